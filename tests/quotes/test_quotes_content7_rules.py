"""Round-7 content rules (issue 8), one per test, on sentences written for the test."""


def contents(doc):
    return {q.span.text: q for q in doc.quotes}


def test_object_goes_on_over_a_later_phrase_of_the_cue(code_text):
    doc = code_text("The union cited her work after the floods as proof of her skill.")
    assert "her work after the floods as proof of her skill" in contents(doc)


def test_object_stops_before_a_time_or_a_medium(code_text):
    doc = code_text("The mayor criticized the budget on Monday.")
    assert "the budget" in contents(doc)
    doc = code_text("The mayor criticized the budget in a statement.")
    assert "the budget" in contents(doc)


def test_wh_clause_is_the_object_of_an_object_verb(code_text):
    doc = code_text("The senator condemned what she called a reckless tax on farmers.")
    q = contents(doc)["what she called a reckless tax on farmers"]
    assert q.method.startswith("indirect-object") and q.speaker_span.text.endswith("senator")


def test_version_7_cue_words(code_text):
    doc = code_text("The governor vouched for the new police chief.")
    assert contents(doc)["the new police chief"].method == "indirect-object"
    doc = code_text("The senator rebutted the claims of her rival.")
    assert "the claims of her rival" in contents(doc)
