"""An armed subject makes an attack verb an attack whatever its object; a market hit by a product is not."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Militants bombed a market in the north on Saturday.",
    "Gunmen attacked a crowded market in the capital.",
    "Insurgents shelled the grain market at dawn.",
])
def test_events_armed_subject_attacks_a_market(code_text, event_of, text):
    event = event_of(code_text(text), "ASSAULT")
    assert event.trigger.text in {"bombed", "attacked", "shelled"}


@pytest.mark.parametrize("text", [
    "The new phone will hit the market in May.",
    "Cheaper imports hit the market last year.",
])
def test_events_market_without_armed_subject_is_no_attack(code_text, text):
    assert [e.type for e in code_text(text).events if e.type == "ASSAULT"] == []
