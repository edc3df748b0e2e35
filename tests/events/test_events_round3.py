"""Round 3 of the trigger lexicon and hit rules: everyday wire vocabulary of every type
(data/typed_sentences_round3.tsv) and the rules that keep non-event senses out."""
from __future__ import annotations


def _asserted(doc) -> set[str]:
    return {e.type for e in doc.events if not e.hypothetical}


def test_round3_sentences_get_their_type(typed_sentences):
    rows = typed_sentences("typed_sentences_round3.tsv")
    assert len(rows) >= 300
    misses = [(expected, text) for expected, text, doc in rows if expected not in _asserted(doc)]
    assert len(misses) <= len(rows) // 12, misses


def test_leaving_talks_and_expelling_members_are_sanctions(code_text):
    assert "SANCTION" in _asserted(code_text("France pulled out of the talks on Wednesday."))
    assert "SANCTION" in _asserted(code_text("The ruling party expelled three dissident lawmakers."))
    assert "SANCTION" in _asserted(code_text("Four diplomats were declared persona non grata on Monday."))
    assert "SANCTION" in _asserted(code_text("Washington has frozen 50 million dollars in aid to the government."))


def test_an_order_naming_its_action_is_that_action(code_text):
    doc = code_text("The government ordered the expulsion of two foreign aid agencies.")
    assert _asserted(doc) == {"SANCTION"}


def test_a_statement_doing_something_carries_the_event(code_text):
    assert "ACCUSE" in _asserted(code_text("The ministry issued a statement condemning the bombing."))


def test_wanting_someone_else_to_act_is_a_request(code_text):
    doc = code_text("Washington wants Israel to withdraw from Gaza.")
    assert "REQUEST" in _asserted(doc)
    assert "RETREAT" not in _asserted(doc)


def test_protesting_participles_report_a_protest(code_text):
    doc = code_text("Police dispersed thousands of students demonstrating against the war.")
    assert {"COERCE", "PROTEST"} <= _asserted(doc)
    assert not code_text("Refugees fleeing the war arrived in the camp.").events


def test_crowds_with_stones_and_capitalised_plurals_are_riots(code_text):
    assert "PROTEST" in _asserted(code_text("Youths hurled stones at police in the old city."))
    assert "PROTEST" in _asserted(code_text("Mobs torched cars and looted shops in the port city."))


def test_forces_moving_in_without_fighting_are_mobilisation(code_text):
    assert "MOBILIZE" in _asserted(code_text("Troops poured into the region after the election."))
    assert "MOBILIZE" in _asserted(code_text("The Pentagon ordered two aircraft carriers to the Gulf."))


def test_courts_finding_guilty_accuse(code_text):
    assert _asserted(code_text("The court convicted the former minister of corruption.")) == {"ACCUSE"}


def test_accidents_and_other_senses_are_no_violence(code_text):
    for text in ("The driver was killed in a crash on the highway.",
                 "Hurricane Betsy destroyed the church.",
                 "The minister fired two senior aides on Friday.",
                 "The unemployment rate hit a record high in March.",
                 "Agents executed a search warrant at the house.",
                 "China does not want a trade war with its neighbours.",
                 "He suffered a cardiac arrest at home.",
                 "A bystander captured the incident on video."):
        assert not ({"ASSAULT", "COERCE"} & _asserted(code_text(text))), text
    assert "ASSAULT" in _asserted(code_text("Soldiers fired on the crowd, killing three."))
    assert "ASSAULT" in _asserted(code_text("The troops fired warning shots."))


def test_passive_relative_clauses_refer_back(code_text):
    doc = code_text("Russia asked Sudan to return a helicopter that was captured last week.")
    assert "COERCE" not in _asserted(doc)
    assert "ASSAULT" in _asserted(code_text("Rebels who attacked the town on Monday fled into the hills."))


def test_destruction_in_an_attack_is_part_of_the_attack(code_text):
    doc = code_text("Israeli jets bombed the building, destroying it completely.")
    assert [e.type for e in doc.events] == ["ASSAULT"]


def test_fewer_troops_and_an_eased_blockade_are_retreats(code_text):
    assert "RETREAT" in _asserted(code_text("The United States reduced its military presence in the Gulf."))
    assert "RETREAT" in _asserted(code_text("The army eased the blockade of the town on Monday."))
    assert not code_text("The company cut its workforce by 10 percent.").events


def test_disapproving_adjectives_accuse(code_text):
    assert "ACCUSE" in _asserted(code_text("The European Union was critical of the decision."))
    assert "ACCUSE" in _asserted(code_text("The ministry said the move was unacceptable."))
