"""Who did what to whom: subjects, objects, passives, conjunctions, control verbs, nominal triggers."""
from __future__ import annotations


def test_subject_and_object(code_text, event_of, countries_of):
    doc = code_text("Russia attacked Ukraine on Monday.")
    event = event_of(doc, "ASSAULT")
    assert countries_of(doc, event.actor) == {"RUS"}
    assert countries_of(doc, event.recipient) == {"UKR"}
    assert event.trigger.text == "attacked"
    assert doc.article.text[event.trigger.start:event.trigger.end] == "attacked"


def test_passive_agent_is_the_actor(code_text, event_of, countries_of):
    doc = code_text("Ukraine was attacked by Russia on Monday.")
    event = event_of(doc, "ASSAULT")
    assert countries_of(doc, event.actor) == {"RUS"}
    assert countries_of(doc, event.recipient) == {"UKR"}


def test_conjoined_subjects(code_text, event_of, countries_of):
    doc = code_text("France and Germany condemned Iran on Tuesday.")
    event = event_of(doc, "ACCUSE")
    assert countries_of(doc, event.actor) == {"FRA", "DEU"}
    assert countries_of(doc, event.recipient) == {"IRN"}


def test_prepositional_recipient(code_text, event_of, countries_of):
    doc = code_text("The United States imposed sanctions on Iran.")
    event = event_of(doc, "SANCTION")
    assert countries_of(doc, event.actor) == {"USA"}
    assert countries_of(doc, event.recipient) == {"IRN"}


def test_control_verb_passes_its_subject(code_text, event_of, countries_of):
    doc = code_text("Israel pledged to withdraw its troops from Lebanon.")
    retreat = event_of(doc, "RETREAT")
    assert countries_of(doc, retreat.actor) == {"ISR"}
    assert retreat.hypothetical


def test_relative_clause_subject(code_text, event_of):
    # round 7: under another event ("Officials blamed Hamas, which attacked ...") the clause is background
    doc = code_text("Hamas, which attacked Israel on Saturday, has a large following in Gaza.")
    assault = event_of(doc, "ASSAULT")
    assert {doc.actor(i).text for i in assault.actor} == {"Hamas"}


def test_nominal_trigger_possessor_and_of(code_text, event_of):
    doc = code_text("Germany criticized France. The resignation of Emmanuel Macron followed.")
    resign = event_of(doc, "RETREAT")
    assert resign.mode == ["resign"]
    assert {doc.actor(i).text for i in resign.actor} == {"Emmanuel Macron"}


def test_reception_verb_makes_subject_the_recipient(code_text, event_of, countries_of):
    doc = code_text("Brazil's decision drew sharp criticism.")
    accuse = event_of(doc, "ACCUSE")
    assert countries_of(doc, accuse.recipient) == {"BRA"}


def test_reported_by_media(code_text, event_of):
    doc = code_text("Russian forces shelled Kharkiv on Monday, Reuters reported.")
    event = event_of(doc, "ASSAULT")
    assert doc.actor(event.reported_by).text == "Reuters"


def test_according_to(code_text, event_of):
    doc = code_text("Turkey arrested 20 journalists, according to the Associated Press.")
    event = event_of(doc, "COERCE")
    assert "Associated Press" in doc.actor(event.reported_by).text


def test_statement_of_intent_is_agree_or_threaten(code_text):
    doc = code_text("Japan will send aid to the Philippines. North Korea said it would attack South Korea.")
    types = {(e.type, e.hypothetical) for e in doc.events}
    assert ("AGREE", False) in types and ("THREATEN", False) in types
    assert ("AID", True) in types and ("ASSAULT", True) in types


def test_obligation_in_reported_speech_is_a_request(code_text, event_of, countries_of):
    doc = code_text("China said Japan must return the islands.")
    request = event_of(doc, "REQUEST")
    assert countries_of(doc, request.actor) == {"CHN"}
    assert countries_of(doc, request.recipient) == {"JPN"}


def test_future_support_is_a_statement_of_intent(code_text):
    doc = code_text("Norway said it will support the peace plan.")
    asserted = [e.type for e in doc.events if not e.hypothetical]
    assert asserted == ["AGREE"], [(e.type, e.trigger.text, e.hypothetical) for e in doc.events]
    assert any(e.type == "SUPPORT" and e.hypothetical for e in doc.events)
