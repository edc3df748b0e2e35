"""Round-4 rules (speaker mention of a relative clause, object phrases of attitude verbs, event
verbs out of the object cues), one per test, on sentences written for the test."""


def contents(doc):
    return {q.span.text: q for q in doc.quotes}


def test_which_as_speaker_mention_names_the_antecedent(code_text):
    doc = code_text("The council passed a budget, which showed that the city would borrow more money.")
    q = contents(doc)["that the city would borrow more money"]
    # the mention is the relative pronoun (as for "who"); the speaker is the noun it stands for
    assert q.speaker_span.text == "which" and q.speaker_text == "budget"
    assert q.method.endswith("+relative")


def test_object_phrase_goes_on_with_to_and_with(code_text):
    doc = code_text("She compared his struggles to those of the former president.")
    assert contents(doc)["his struggles to those of the former president"].method == "indirect-object"
    doc = code_text("The poll showed Clinton with a lead in the low single digits.")
    assert "Clinton with a lead in the low single digits" in contents(doc)


def test_object_content_does_not_end_in_a_conjunction(code_text):
    doc = code_text("He criticized the southern border and how many people can slip through.")
    assert not [q for q in doc.quotes if q.span.text.endswith(" and")]


def test_event_verbs_are_not_object_cues(code_text):
    doc = code_text("The storm hit the coast on Monday. The company unveiled a new phone. Critics rated the film.")
    assert not doc.quotes
