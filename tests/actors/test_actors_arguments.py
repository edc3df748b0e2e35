"""Who the events stage picks as doer (events/arguments.py), on sentences written for these tests."""
from __future__ import annotations


def doers(doc, event_type: str) -> list[str]:
    actors = {a.id: a for a in doc.actors}
    event = next(e for e in doc.events if e.type == event_type)
    return [actors[i].code for i in event.actor]


def test_subject_misread_into_an_opening_phrase(code_text):
    doc = code_text("With the signing of the accord on Monday, the Malian government and the Tuareg rebels "
                    "have agreed to a ceasefire.")
    assert doers(doc, "AGREE") == ["MLI GOV", "MLI REB"]


def test_a_statement_speaks_for_whoever_issues_it(code_text):
    doc = code_text("The Karen National Union issued a statement demanding that the Burmese government "
                    "release all prisoners.")
    assert doers(doc, "REQUEST") == ["MMR REB"]


def test_unattributed_attack_is_the_doer(code_text):
    doc = code_text("An explosion in Mosul wounded three workers.")
    assert doers(doc, "ASSAULT") == ["IRQ UAF"]


def test_state_action_with_no_doer_is_done_by_the_country_it_happens_in(code_text):
    doc = code_text("A Canadian aid worker was arrested in Lebanon on Friday.")
    assert doers(doc, "COERCE") == ["LBN"]


def test_a_past_tense_with_an_object_is_not_a_headline_passive(code_text):
    doc = code_text("Police in Punjab arrested ten men, Pakistani officials said.")
    assert doers(doc, "COERCE") == ["PAK COP"]


def test_threat_is_aimed_at_the_subject_of_its_condition(code_text):
    doc = code_text("Chile threatened to cut trade ties if Peru moves troops to the border.")
    actors = {a.id: a for a in doc.actors}
    threat = next(e for e in doc.events if e.type == "THREATEN")
    assert [actors[i].code for i in threat.recipient] == ["PER"]


def test_a_plural_pronoun_reported_by_a_spokesman_is_the_group_he_speaks_for(code_text):
    doc = code_text("A spokesman for the rebels said they had captured the town.")
    actors = {a.id: a for a in doc.actors}
    capture = next(e for e in doc.events if e.type == "ASSAULT")
    assert [actors[i].text for i in capture.actor] == ["rebels"]


def test_between_names_both_sides_of_a_nominal_event(code_text):
    doc = code_text("Qatar's emir launched a mediation effort on Saturday between the Emirates and Saudi Arabia.")
    actors = {a.id: a for a in doc.actors}
    mediation = next(e for e in doc.events if e.type == "CONSULT")
    assert [actors[i].code for i in mediation.actor] == ["QAT GOV"]
    assert [actors[i].code for i in mediation.recipient] == ["ARE", "SAU"]


def test_a_nominal_protest_is_aimed_at_whom_its_purpose_names(code_text):
    doc = code_text("Islamic fundamentalists continued their hunger strike to demand the resignation of "
                    "Algerian President Ahmed Ben Bella.")
    actors = {a.id: a for a in doc.actors}
    strike = next(e for e in doc.events if e.type == "PROTEST")
    assert [actors[i].code for i in strike.recipient] == ["DZA GOV"]


def test_placed_under_arrest_in_a_country(code_text):
    doc = code_text("The opposition leader was placed under arrest in Harare.")
    actors = {a.id: a for a in doc.actors}
    arrest = next(e for e in doc.events if e.type == "COERCE")
    assert [actors[i].country for i in arrest.actor] == ["ZWE"]
    assert [actors[i].code for i in arrest.recipient] == ["ZWE OPP"]
