"""Place, ACLED type and conflict dyads attached to events."""
from __future__ import annotations


def test_place_from_the_event_clause(code_text, event_of):
    doc = code_text("Police arrested 30 protesters in Nairobi on Friday, officials in Mombasa said.")
    event = event_of(doc, "COERCE")
    assert doc.place(event.place).text == "Nairobi"
    assert "place:clause-prep" in event.method


def test_place_falls_back_to_the_article_focus(code_text):
    doc = code_text("Fighting continued in Idlib on Monday. Rebels ambushed a patrol.")
    ambush = [e for e in doc.events if e.trigger.text == "ambushed"][0]
    assert doc.place(ambush.place).text == "Idlib"


def test_acled_types(code_text, event_of):
    strike = event_of(code_text("Israeli warplanes struck targets in Gaza on Monday."), "ASSAULT")
    assert strike.acled == {"event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike"}
    protest = event_of(code_text("Thousands of students rallied in Lagos on Sunday."), "PROTEST")
    assert protest.acled == {"event_type": "Protests", "sub_event_type": "Peaceful protest"}


def test_implicit_other_side_comes_from_the_previous_conflictevent_of(code_text, event_of):
    doc = code_text("Nigerian troops attacked Boko Haram near Maiduguri on Monday. "
                    "Nigerian troops later captured two villages.")
    capture = [e for e in doc.events if e.trigger.text == "captured"][0]
    assert any("Boko Haram" in doc.actor(i).text for i in capture.recipient)
    assert "recipient:dyad" in capture.method


def test_definite_description_takes_the_place_the_article_names_it_with(code_text):
    doc = code_text("Government troops stormed the last stronghold in northern Mali on Tuesday.\n\n"
                    "The rebels had retreated to a stronghold in the town of Kidal in March.")
    storm = [e for e in doc.events if e.trigger.text == "stormed"][0]
    assert doc.place(storm.place).text == "Kidal"
    assert "place:description" in storm.method


def test_description_named_on_the_spot_keeps_its_own_place(code_text):
    doc = code_text("Rebels attacked the town of Kidal on Monday.\n\n"
                    "On Tuesday, soldiers shelled the town of Timbuktu.")
    shelling = [e for e in doc.events if e.trigger.text == "shelled"][0]
    assert "place:description" not in shelling.method


def test_hashtag_of_a_named_place_is_a_mention_of_it(code_text):
    doc = code_text("Militants shelled the market in Kidal on Friday.\n\n"
                    "\"Two positions were overrun,\" a spokesman said. \"We are fighting inside the camp in #Kidal.\"")
    overrun = [e for e in doc.events if e.trigger.text == "overrun"]
    assert overrun, [(e.type, e.trigger.text) for e in doc.events]
    assert doc.place(overrun[0].place).text in {"Kidal", "#Kidal"}
    assert "place:paragraph" in overrun[0].method or "place:sentence" in overrun[0].method
