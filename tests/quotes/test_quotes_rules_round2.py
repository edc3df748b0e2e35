"""Round-2 rules (attitude adjectives, speech nouns, parenthetical cues, datelines, content
boundaries), one per test, on sentences written for the test."""


def contents(doc):
    return {q.span.text: q for q in doc.quotes}


def test_attitude_adjective_with_that_clause(code_text):
    doc = code_text("The mayor is confident that the new bridge will open before winter.")
    q = contents(doc)["that the new bridge will open before winter"]
    assert q.speaker_text == "mayor" or q.speaker_text.endswith("mayor")
    assert q.cue.text.startswith("confident")


def test_attitude_adjective_with_preposition(code_text):
    doc = code_text("Local farmers were critical of the new water tax on Tuesday.")
    q = contents(doc)["the new water tax"]
    assert "farmers" in q.speaker_text


def test_speech_noun_with_owner_and_that_clause(code_text):
    doc = code_text("Nobody in the room accepted Senator Jane Miller's claim that the budget was balanced.")
    q = contents(doc)["that the budget was balanced"]
    assert q.speaker_text == "Senator Jane Miller" and q.cue.text == "claim"
    assert q.method == "indirect-noun"


def test_speech_noun_without_owner_reports_a_that_clause_with_no_speaker(code_text):
    doc = code_text("The claim that the budget was balanced spread quickly.")
    q = contents(doc)["that the budget was balanced"]
    assert q.method == "indirect-noun" and q.speaker is None and q.speaker_text is None
    assert q.cue.text == "claim"


def test_speech_noun_without_owner_and_with_a_topic_only_is_no_attribution(code_text):
    doc = code_text("The claim about the budget spread quickly.")
    assert not [q for q in doc.quotes if q.method == "indirect-noun"]


def test_parenthetical_cue_inside_its_content(code_text):
    doc = code_text("The economy, he said, is recovering slowly.")
    (q,) = doc.quotes
    assert q.method.startswith("indirect-parenthetical")
    assert q.span.text.startswith("The economy") and q.span.text.endswith("recovering slowly")


def test_call_for_someone_to_act(code_text):
    doc = code_text("The union is calling for the city to hire more teachers.")
    assert "the city to hire more teachers" in contents(doc)


def test_trailing_relative_clause_is_the_writers(code_text):
    doc = code_text("Ms. Reyes said the letters were written by Tom Hall, who was then her deputy.")
    q = next(q for q in doc.quotes if q.kind == "indirect")
    assert q.span.text == "the letters were written by Tom Hall"


def test_but_that_clause_stays_in_the_content(code_text):
    doc = code_text("Mr. Okafor said he opposes the plan but that he will not vote against it.")
    q = next(q for q in doc.quotes if q.kind == "indirect")
    assert q.span.text.endswith("he will not vote against it")


def test_dateline_is_not_the_speaker(code_text):
    doc = code_text("LISBON, Portugal — Former minister Ana Costa said Monday that the port would reopen.")
    q = next(q for q in doc.quotes if q.kind == "indirect")
    assert "Costa" in q.speaker_text and "LISBON" not in q.speaker_span.text


def test_quoted_clause_is_part_of_the_paraphrase(code_text):
    doc = code_text('The coach said "it makes me proud" every time the young players win away from home.')
    (q,) = doc.quotes
    assert q.kind == "indirect" and q.span.text.endswith("win away from home")


def test_speech_noun_as_subject_of_a_copula(code_text):
    doc = code_text("The senator's view is that the new tax will hurt farmers.")
    q = contents(doc)["that the new tax will hurt farmers"]
    assert q.speaker_text == "The senator" or q.speaker_text.endswith("senator")


def test_quote_hangs_on_its_own_verb_not_a_nearer_cue(code_text):
    doc = code_text('The mayor warned that "the bridge will stay closed until the repairs are finished," '
                    "while police said the detour would remain.")
    direct = [q for q in doc.quotes if q.kind == "direct"]
    assert [(q.speaker_text, q.cue.text) for q in direct] == [("mayor", "warned")]
