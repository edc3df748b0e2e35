"""Place, ACLED type and conflict dyads attached to events."""
from __future__ import annotations


def _event(doc, type_):
    events = [e for e in doc.events if e.type == type_]
    assert events, f"no {type_} event in {[(e.type, e.trigger.text) for e in doc.events]}"
    return events[0]


def test_place_from_the_event_clause(code_text):
    doc = code_text("Police arrested 30 protesters in Nairobi on Friday, officials in Mombasa said.")
    event = _event(doc, "COERCE")
    assert doc.place(event.place).text == "Nairobi"
    assert "place:clause-prep" in event.method


def test_place_falls_back_to_the_article_focus(code_text):
    doc = code_text("Fighting continued in Idlib on Monday. Rebels ambushed a patrol.")
    ambush = [e for e in doc.events if e.trigger.text == "ambushed"][0]
    assert doc.place(ambush.place).text == "Idlib"


def test_acled_types(code_text):
    strike = _event(code_text("Israeli warplanes struck targets in Gaza on Monday."), "ASSAULT")
    assert strike.acled == {"event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike"}
    protest = _event(code_text("Thousands of students rallied in Lagos on Sunday."), "PROTEST")
    assert protest.acled == {"event_type": "Protests", "sub_event_type": "Peaceful protest"}


def test_implicit_other_side_comes_from_the_previous_conflict_event(code_text):
    doc = code_text("Nigerian troops attacked Boko Haram near Maiduguri on Monday. "
                    "Nigerian troops later captured two villages.")
    capture = [e for e in doc.events if e.trigger.text == "captured"][0]
    assert any("Boko Haram" in doc.actor(i).text for i in capture.recipient)
    assert "recipient:dyad" in capture.method
