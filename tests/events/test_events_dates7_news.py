"""Round 7 of event dates on the realistic articles of tests/ingest/fixtures/news: the events whose
own sentence gives them no date (or only a reporting verb's) take the date an analyst reads off the
article, and no event there gains a date it should not have."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("article, trigger, inside, date, how", [
    # "The Kremlin said on Friday the sanctions were illegal": the sanctions imposed on Thursday
    ("03-sanctions.txt", "sanctions", "Kremlin said", "2024-02-22", "refers-back"),
    # "The deal covers a section of the frontier": the deal agreed on Friday
    ("11-feed.jsonl#2", "deal", "covers", "2024-04-19", "refers-back"),
    # "killed in the assault on the National Penitentiary": the prison stormed overnight
    ("11-feed.jsonl#3", "killed", "assault", "2024-03-02", "circumstance"),
])
def test_undated_events_take_the_date_of_the_event_they_belong_to(news_documents, article, trigger, inside, date, how):
    doc = news_documents[article]
    found = [e for e in doc.events if e.trigger.text == trigger and inside in e.sentence.text]
    assert found, [(e.trigger.text, e.sentence.text[:40]) for e in doc.events]
    assert (found[0].date, found[0].date_source) == (date, "event"), found[0].method
    assert f";date:{how}<-" in found[0].method


def test_inherited_dates_point_at_another_dated_event(news_documents):
    for name, doc in news_documents.items():
        by_id = {e.id: e for e in doc.events}
        for event in doc.events:
            if event.date_source != "event":
                continue
            source = by_id[event.method.rsplit("<-", 1)[1].split(";")[0]]
            assert source.date == event.date and source.date_source in {"time", "event"}, (name, event.method)
            assert source is not event and event.time == source.time, (name, event.method)
