"""Round-6 rules (quotes on ordinary wire news), one per test, on sentences written for the test."""


def contents(doc):
    return {q.span.text: q for q in doc.quotes}


def test_dateline_is_not_part_of_the_reported_content(code_text):
    doc = code_text("LIMA (AP) - Flooding destroyed two bridges in the north of the country on Sunday, "
                    "local officials said.")
    q = contents(doc)["Flooding destroyed two bridges in the north of the country on Sunday"]
    assert q.speaker_text == "local officials"


def test_the_statement_as_subject_is_the_medium_and_points_back_to_its_source(code_text):
    doc = code_text("Troops repelled an attack on a border post on Monday, the navy said in a statement.\n\n"
                    "The attackers fled toward the hills, the statement said.")
    q = contents(doc)["The attackers fled toward the hills"]
    assert q.speaker_span.text == "statement"  # the words of the sentence, as annotators mark them
    assert q.speaker_text == "navy" and q.medium == "statement"
    assert q.method.endswith("+medium-owner")


def test_a_statement_with_an_owner_credits_the_owner(code_text):
    doc = code_text("The port will reopen on Friday, the ministry's statement said.")
    q = contents(doc)["The port will reopen on Friday"]
    assert q.speaker_text == "ministry" and q.medium == "statement"


def test_it_after_an_organisation_resolves_to_that_organisation(code_text):
    doc = code_text("The Red Cross said two of its clinics were shelled overnight. "
                    "Three nurses were wounded in the attack, it added.")
    q = contents(doc)["Three nurses were wounded in the attack"]
    assert q.speaker_span.text == "it" and "Red Cross" in q.speaker_text


def test_it_after_a_person_stays_unresolved(code_text):
    doc = code_text("Mayor Tom Reyes said the bridge would reopen. "
                    "The repairs cost more than planned, it added.")
    q = contents(doc)["The repairs cost more than planned"]
    assert q.speaker_text == "it"


def test_asking_not_to_be_named_is_a_condition_not_a_quote(code_text):
    doc = code_text("A police officer, who asked not to be named, said three men were detained.")
    assert "not to be named" not in contents(doc)
    assert contents(doc)["three men were detained"].speaker_text == "police officer"


def test_a_closing_as_clause_is_the_writers_circumstance(code_text):
    doc = code_text("More than 2,000 people fled across the border last week, the refugee agency said on "
                    "Friday, as fighting between the two armies spread to the capital.")
    found = contents(doc)
    assert "More than 2,000 people fled across the border last week" in found
    assert not any(text.startswith("as fighting") for text in found)


def test_headline_noun_after_a_preposition_is_no_cue(code_text):
    doc = code_text("Gunmen Kill Nine In Attacks On Farming Villages\n\nThe attacks began on Friday.")
    assert not [q for q in doc.quotes if q.method == "indirect-headline"]


def test_participle_object_after_the_cue_is_not_the_speaker(code_text):
    doc = code_text("“Do you really think the plan will work? Who will pay for it?” the senator asked the "
                    "minister, suggesting a few questions of her own.")
    q = contents(doc)["Do you really think the plan will work? Who will pay for it?"]
    assert q.speaker_text != "few questions"


def test_transcript_turn_opened_with_a_quotation_mark(code_text):
    doc = code_text("The exchange went as follows.\n\n"
                    "\"HOST: Will you run for governor next year?\n\n"
                    "\"REYES: We have not decided yet, but I would not rule it out.")
    turns = [q for q in doc.quotes if q.method == "direct-transcript"]
    assert [q.speaker_text for q in turns] == ["HOST", "REYES"]
    assert turns[1].span.text == "We have not decided yet, but I would not rule it out."
    assert not any(q.span.text.startswith(("HOST:", "REYES:")) for q in doc.quotes)


def test_first_conjunct_of_a_misparsed_coordination_is_the_speakers_actor(code_text):
    doc = code_text("Rebels shelled a camp on Thursday, killing at least 30 civilians, the World Food "
                    "Programme and local activists said.")
    q = next(q for q in doc.quotes if q.speaker_text and "activists" in q.speaker_text)
    actor = next(a for a in doc.actors if a.id == q.speaker)
    assert "World Food Programme" in actor.span.text


def test_asked_whether_opening_the_sentence_has_no_named_asker(code_text):
    doc = code_text("Asked whether the city would raise taxes, Mayor Tom Reyes said: \"All options are on the table.\"")
    q = contents(doc)["whether the city would raise taxes"]
    assert q.speaker is None and q.speaker_text is None and q.method == "indirect-passive"
    assert contents(doc)["All options are on the table."].speaker_text == "Mayor Tom Reyes"
    # after a first paragraph the tagger may read "Asked" as a past tense; still no asker named
    doc = code_text("Officials met on Monday.\n\nAsked whether the city would raise taxes, Mayor Tom Reyes said: "
                    "\"All options are on the table.\"")
    assert contents(doc)["whether the city would raise taxes"].speaker is None


def test_asked_by_a_named_interviewer_keeps_the_interviewer(code_text):
    doc = code_text("Asked by reporter Ann Lee to explain the delay, the mayor said the budget was late.")
    q = next(q for q in doc.quotes if "delay" in q.span.text)
    assert q.speaker_text and "Ann Lee" in q.speaker_text
