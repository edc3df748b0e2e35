"""Syndicated copies of a story (near-duplicates) count once in the API unless asked for."""
from __future__ import annotations

import copy

from fastapi.testclient import TestClient

from eventwire.api.app import Settings, create_app
from eventwire.store import open_store


def test_events_and_stats_count_a_syndicated_story_once(samples, empty_db):
    original = next(doc for doc in samples if doc.events)
    syndicated = copy.deepcopy(original)
    syndicated.article.id = "copy-of-" + original.article.id[:10]
    syndicated.article.duplicate_of = original.article.id
    with open_store(empty_db) as store:
        store.save_many([original, syndicated])
    with TestClient(create_app(Settings(db=empty_db))) as client:
        once = client.get("/api/events", params={"limit": 500}).json()
        every = client.get("/api/events", params={"limit": 500, "duplicates": True}).json()
        copy_only = client.get("/api/events", params={"article": syndicated.article.id}).json()
        stats = client.get("/api/stats", params={"by": "type"}).json()
    n = len(original.events)
    assert len(once["items"]) == n and len(every["items"]) == 2 * n
    assert len(copy_only["items"]) == n  # one article's own events are always shown
    assert stats["total"] == n and sum(stats["by_type"].values()) == n
