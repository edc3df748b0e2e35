"""Sizes: numbers in words and digits, attached to the event they count."""
from __future__ import annotations

import pytest

from eventwire.events.sizes import parse_number


@pytest.mark.parametrize("text,value", [
    ("5,000", 5000), ("some 5,000", 5000), ("more than 60,000", 60000), ("twenty-five", 25),
    ("1.5 million", 1_500_000), ("three hundred", 300), ("12", 12), ("two thousand", 2000),
])
def test_parse_number(text, value):
    assert parse_number(text) == value


def test_parse_number_rejects_words():
    assert parse_number("several") is None


def _only(doc, type_):
    events = [e for e in doc.events if e.type == type_]
    assert events, f"no {type_} event in {[(e.type, e.trigger.text) for e in doc.events]}"
    return events[0]


def test_killed_count_from_object(code_text):
    doc = code_text("Gunmen killed 12 villagers in northern Nigeria on Sunday.")
    assert _only(doc, "ASSAULT").size == {"killed": 12}


def test_arrested_count_in_words(code_text):
    doc = code_text("Police arrested thirty protesters in the capital on Friday.")
    assert _only(doc, "COERCE").size["arrested"] == 30


def test_troops_count(code_text):
    doc = code_text("Russia deployed some 5,000 troops to the border with Ukraine.")
    assert _only(doc, "MOBILIZE").size["troops"] == 5000


def test_protest_crowd_size(code_text):
    doc = code_text("More than 2,000 students protested in Dhaka on Monday.")
    assert _only(doc, "PROTEST").size["people"] == 2000


def test_surrendered_fighters_through_including(code_text):
    doc = code_text("Hundreds of militants were surrendering, including some 500 fighters, the army said.")
    assert _only(doc, "RETREAT").size.get("surrendered") == 500


def test_folded_casualties(code_text):
    doc = code_text("Militiamen attacked a camp in Ituri, killing at least 15 people.")
    attacks = [e for e in doc.events if e.type == "ASSAULT"]
    assert len(attacks) == 1 and attacks[0].size["killed"] == 15


def test_casualties_of_a_nominal_event(code_text):
    doc = code_text("At least 30 people died in clashes between rival militias in Tripoli.")
    assert _only(doc, "ASSAULT").size == {"killed": 30}


def test_money_is_not_a_crowd(code_text):
    doc = code_text("Saudi Arabia donated $100 million to the relief effort.")
    assert _only(doc, "AID").size == {}


def test_hostages_counted(code_text):
    doc = code_text("Rebels took 12 tourists hostage near the border.")
    event = _only(doc, "COERCE")
    assert "abduct" in event.mode and event.size == {"people": 12}
