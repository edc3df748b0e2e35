"""Quotation-mark regions, without any parse."""
from eventwire.quotes.marks import find_regions


def texts(text):
    return [text[r.start:r.end] for r in find_regions(text)]


def test_curly_and_straight_marks():
    text = '“We will hold the line,” she said. "Nobody leaves today."'
    assert texts(text) == ["We will hold the line", "Nobody leaves today."]


def test_mixed_marks_in_one_paragraph():
    text = '"The road is open now,” he said. “Trucks can pass again."'
    assert texts(text) == ["The road is open now", "Trucks can pass again."]


def test_nested_single_quotes_stay_inside():
    text = "“They told us: ‘go home now’ and we left,” the farmer said."
    assert texts(text) == ["They told us: ‘go home now’ and we left"]


def test_hashtags_and_handles_inside_quotes():
    text = 'The mayor wrote: "Water is back in #Eastside, thanks @CityWorks."'
    assert texts(text) == ["Water is back in #Eastside, thanks @CityWorks."]


def test_multi_paragraph_quote_reopens_on_next_paragraph():
    text = "“The first part of the speech ran long.\n\n“And the second part ran longer,” he said."
    regions = find_regions(text)
    assert len(regions) == 1
    assert text[regions[0].start:regions[0].end].endswith("ran longer")
    assert (regions[0].paragraph, regions[0].last_paragraph) == (0, 1)


def test_unclosed_quote_ends_with_its_paragraph():
    text = "“This one never closes\n\nA plain paragraph follows."
    assert texts(text) == ["This one never closes"]


def test_treebank_double_marks():
    text = "''The plan is not dead yet,'' he said. ``We will try again.''"
    assert texts(text) == ["The plan is not dead yet", "We will try again."]
