"""Who did what to whom: subjects, objects, passives, conjunctions, control verbs, nominal triggers."""
from __future__ import annotations


def _event(doc, type_):
    events = [e for e in doc.events if e.type == type_]
    assert events, f"no {type_} event in {[(e.type, e.trigger.text) for e in doc.events]}"
    return events[0]


def _countries(doc, ids):
    return {doc.actor(i).country for i in ids}


def test_subject_and_object(code_text):
    doc = code_text("Russia attacked Ukraine on Monday.")
    event = _event(doc, "ASSAULT")
    assert _countries(doc, event.actor) == {"RUS"}
    assert _countries(doc, event.recipient) == {"UKR"}
    assert event.trigger.text == "attacked"
    assert doc.article.text[event.trigger.start:event.trigger.end] == "attacked"


def test_passive_agent_is_the_actor(code_text):
    doc = code_text("Ukraine was attacked by Russia on Monday.")
    event = _event(doc, "ASSAULT")
    assert _countries(doc, event.actor) == {"RUS"}
    assert _countries(doc, event.recipient) == {"UKR"}


def test_conjoined_subjects(code_text):
    doc = code_text("France and Germany condemned Iran on Tuesday.")
    event = _event(doc, "ACCUSE")
    assert _countries(doc, event.actor) == {"FRA", "DEU"}
    assert _countries(doc, event.recipient) == {"IRN"}


def test_prepositional_recipient(code_text):
    doc = code_text("The United States imposed sanctions on Iran.")
    event = _event(doc, "SANCTION")
    assert _countries(doc, event.actor) == {"USA"}
    assert _countries(doc, event.recipient) == {"IRN"}


def test_control_verb_passes_its_subject(code_text):
    doc = code_text("Israel pledged to withdraw its troops from Lebanon.")
    retreat = _event(doc, "RETREAT")
    assert _countries(doc, retreat.actor) == {"ISR"}
    assert retreat.hypothetical


def test_relative_clause_subject(code_text):
    doc = code_text("Officials blamed Hamas, which attacked Israel on Saturday.")
    assault = _event(doc, "ASSAULT")
    assert {doc.actor(i).text for i in assault.actor} == {"Hamas"}


def test_nominal_trigger_possessor_and_of(code_text):
    doc = code_text("Germany criticized France. The resignation of Emmanuel Macron followed.")
    resign = _event(doc, "RETREAT")
    assert resign.mode == ["resign"]
    assert {doc.actor(i).text for i in resign.actor} == {"Emmanuel Macron"}


def test_reception_verb_makes_subject_the_recipient(code_text):
    doc = code_text("Brazil's decision drew sharp criticism.")
    accuse = _event(doc, "ACCUSE")
    assert _countries(doc, accuse.recipient) == {"BRA"}


def test_reported_by_media(code_text):
    doc = code_text("Russian forces shelled Kharkiv on Monday, Reuters reported.")
    event = _event(doc, "ASSAULT")
    assert doc.actor(event.reported_by).text == "Reuters"


def test_according_to(code_text):
    doc = code_text("Turkey arrested 20 journalists, according to the Associated Press.")
    event = _event(doc, "COERCE")
    assert "Associated Press" in doc.actor(event.reported_by).text


def test_statement_of_intent_is_agree_or_threaten(code_text):
    doc = code_text("Japan will send aid to the Philippines. North Korea said it would attack South Korea.")
    types = {(e.type, e.hypothetical) for e in doc.events}
    assert ("AGREE", False) in types and ("THREATEN", False) in types
    assert ("AID", True) in types and ("ASSAULT", True) in types


def test_obligation_in_reported_speech_is_a_request(code_text):
    doc = code_text("China said Japan must return the islands.")
    request = _event(doc, "REQUEST")
    assert _countries(doc, request.actor) == {"CHN"}
    assert _countries(doc, request.recipient) == {"JPN"}


def test_future_support_is_a_statement_of_intent(code_text):
    doc = code_text("Norway said it will support the peace plan.")
    asserted = [e.type for e in doc.events if not e.hypothetical]
    assert asserted == ["AGREE"], [(e.type, e.trigger.text, e.hypothetical) for e in doc.events]
    assert any(e.type == "SUPPORT" and e.hypothetical for e in doc.events)
