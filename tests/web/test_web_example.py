"""The dashboard over the coded canonical example article: whatever events the stages find today
appear on the map, the timeline and in the table, and each opens its evidence in the text."""
from __future__ import annotations

import re

from playwright.sync_api import expect

TIMELINE_TOTAL = """() => [...document.querySelectorAll('#timeline rect.bar')].reduce((n, b) => n + Number(b.dataset.count), 0)"""


def timeline_total(page) -> int:
    """Events the timeline's bars add up to, read in one go (a redraw cannot interleave)."""
    return page.evaluate(TIMELINE_TOTAL)


def test_web_example_article_events_and_evidence(page, example_document, serve_db, dashboard, tmp_path):
    from eventwire.store import open_store

    db = str(tmp_path / "example.duckdb")
    with open_store(db) as store:
        store.save(example_document)
    dashboard(page, serve_db(db))

    events = example_document.events
    located = [e for e in events if (p := example_document.place(e.place)) and p.lat is not None and p.lon is not None]
    dated = [e for e in events if e.date and len(e.date) == 10]
    expect(page.locator("#events tbody tr[data-event]")).to_have_count(len(events))
    expect(page.locator("#map path.event-marker")).to_have_count(len(located))
    assert timeline_total(page) == len(dated)
    if not events:
        expect(page.locator("#events tbody")).to_contain_text("No events match")
        return

    event = events[0]
    page.check(f"#type-list input[data-type={event.type}]")
    same_type = sum(1 for e in events if e.type == event.type)
    expect(page.locator("#events tbody tr[data-event]")).to_have_count(same_type)
    page.locator(f'#events tbody tr[data-event="{example_document.article.id}/{event.id}"]').click()
    expect(page.get_by_test_id("card-trigger")).to_have_text(f"“{event.trigger.text}”")
    text = page.get_by_test_id("article-text")
    expect(text.locator(".hl-trigger.selected-evidence")).to_have_text(event.trigger.text)
    # an actor's span may be cut by a place inside it ("... in Iraq and Syria"): check every piece of it
    for kind, item_id in [("actor", a) for a in event.actor + event.recipient] + ([("place", event.place)] if event.place else []):
        pieces = text.locator(f'[data-ids~="{kind}:{item_id}"]')
        expect(pieces.first).to_be_visible()
        for i in range(pieces.count()):
            expect(pieces.nth(i)).to_have_class(re.compile(r"\bselected-evidence\b"))
