"""The time stage in the pipeline: the example article, unanchored articles, things that are no dates."""
from __future__ import annotations

import pytest

from eventwire.time import normalise_span, tag_text
from eventwire.time.vocabulary import load_vocabulary, validate

EXAMPLE_TIMES = {
    "on Monday": "2019-03-18",
    "late Sunday": "2019-03-17",
    "on Sunday": "2019-03-17",
    "since early January of this year": "2019-01",
    "since December": "2018-12",
    "last month": "2019-02",
}


@pytest.mark.parametrize("expression,value", EXAMPLE_TIMES.items())
def test_example_dates(example_document, expression, value):
    text = example_document.article.text
    at = text.index(expression)
    covering = [t for t in example_document.times if t.span.start <= at + len(expression) and at < t.span.end]
    assert covering, f"no time over {expression!r}"
    time = covering[0]
    assert time.value == value
    assert text[time.span.start:time.span.end] == time.text
    # the span leaves out "on" but keeps "late", "early", "since"
    assert time.text == expression.removeprefix("on ")


def test_example_since_runs_to_publication(example_document):
    since = next(t for t in example_document.times if t.text.startswith("since early January"))
    assert (since.start, since.end, since.granularity) == ("2019-01-01", "2019-03-18", "month")
    assert since.method.startswith("since/")


def test_unanchored_article_leaves_relative_dates_open(code_text):
    doc = code_text("Rebels attacked the town on Monday. The treaty was signed on March 3, 2009.", published=None)
    by_text = {t.text: t for t in doc.times}
    assert by_text["Monday"].value is None
    assert by_text["Monday"].method.endswith("/unanchored")
    assert by_text["March 3, 2009"].value == "2009-03-03"


def test_stage_output_fields(code_text):
    doc = code_text("Police said Thursday that the protest would continue next week.", published="2024-07-04")
    thursday, next_week = doc.times
    assert (thursday.id, thursday.value, thursday.granularity) == ("t1", "2024-07-04", "day")
    assert (next_week.value, next_week.start, next_week.end, next_week.granularity) == \
        ("2024-W28", "2024-07-08", "2024-07-14", "week")


@pytest.mark.parametrize("sentence", [
    "May I ask a question?",
    "The march drew 2000 people.",
    "He commands 2,000 troops and 1500 fighters.",
    "Sun Microsystems and Mar Gardens were sold.",
    "Article 5 of the treaty covers 9 cases.",
    "They will march on the capital.",
    "It was the year of the rat.",
    "He is a 63-year-old veteran.",
    "USA Today reported the story.",
    "The ruling could benefit the country one day.",
])
def test_no_false_dates(nlp, sentence):
    assert tag_text(sentence, "2019-03-18", nlp(sentence)) == []


def test_given_span_normalises_vague_references_and_falls_back(nlp):
    text = "Talks are now stalled; the deal dates from 2019.03.01 in Paris."
    parsed = nlp(text)
    now = normalise_span(text, text.index("now"), text.index("now") + 3, "2019-03-18", parsed)
    assert now.resolution.timex == "PRESENT_REF"
    assert normalise_span(text, 0, 5, "2019-03-18", parsed) is None  # "Talks" is no date
    start = text.index("2019.03.01")
    assert normalise_span(text, start, start + 10, "2019-03-18", parsed).resolution.value == "2019-03-01"


def test_previous_day_follows_the_last_date(nlp):
    text = "Rebels took the town on March 2. The previous day, the army had left."
    found = {t.text: t.resolution.value for t in tag_text(text, "2019-03-18", nlp(text))}
    assert found["The previous day"] == "2019-03-01"


def test_vocabulary_loads_and_rejects_bad_entries():
    assert load_vocabulary().months["sept"] == 9
    raw = {"version": 1, **{name: dict(getattr(load_vocabulary(), name)) for name in load_vocabulary().__dataclass_fields__}}
    raw["months"] = {**raw["months"], "smarch": 13}
    with pytest.raises(ValueError, match=r"months.*smarch"):
        validate(raw, "test.yaml")
    with pytest.raises(ValueError, match="version"):
        validate({"months": {}}, "test.yaml")


def test_count_from_an_event_stays_open(nlp):
    text = "She became leader six years after she was released."
    (found,) = tag_text(text, "2016-09-16", nlp(text))
    assert (found.text, found.resolution.value, found.resolution.method) == ("six years after", None, "ago/from-event")


def test_bare_period_counts_only_for_given_spans(nlp):
    text = "Profit for the quarter rose 5 percent."
    parsed = nlp(text)
    assert tag_text(text, "1998-02-27", parsed) == []  # the tagger alone does not take "the quarter"
    at = text.index("the quarter")
    assert normalise_span(text, at, at + 11, "1998-02-27", parsed).resolution.value == "1998-Q1"
