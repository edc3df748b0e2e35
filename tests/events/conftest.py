"""Fixtures shared by the events tests: pick an event of a type, read the countries of actor ids."""
from __future__ import annotations

import pytest


@pytest.fixture
def event_of():
    """The first event of a type in a coded document; fails naming the events found instead."""

    def first(doc, type_):
        events = [e for e in doc.events if e.type == type_]
        assert events, f"no {type_} event in {[(e.type, e.trigger.text) for e in doc.events]}"
        return events[0]

    return first


@pytest.fixture
def countries_of():
    """The set of countries of the actors a list of ids names (an event's actor or recipient)."""

    def countries(doc, ids):
        return {doc.actor(i).country for i in ids}

    return countries
