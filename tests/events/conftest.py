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


@pytest.fixture
def typed_sentences(pipeline):
    """(expected, text, coded document) for each row of a tests/events/data TSV of sentences the
    project wrote with the type a coder gives them."""
    from pathlib import Path

    from eventwire.model import Article

    def coded(name: str):
        path = Path(__file__).parent / "data" / name
        rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
                if line.strip() and not line.startswith("#")]
        articles = [Article(id=f"{name}-{i}", text=text, published="2000-01-01") for i, (_, text) in enumerate(rows)]
        return [(expected, text, doc) for (expected, text), doc in zip(rows, pipeline.process_partition(articles))]

    return coded
