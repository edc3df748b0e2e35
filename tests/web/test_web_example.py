"""The dashboard over the coded canonical example article: whatever events the stages find today
appear on the map, the timeline and in the table, and each opens its evidence in the text."""
from __future__ import annotations

from playwright.sync_api import expect


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
    bars = page.locator("#timeline rect.bar")
    assert sum(int(bars.nth(i).get_attribute("data-count")) for i in range(bars.count())) == len(dated)
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
    for actor_id in event.actor + event.recipient:
        expect(text.locator(".selected-evidence", has_text=example_document.actor(actor_id).span.text).first).to_be_visible()
    if event.place:
        expect(text.locator(".hl-place.selected-evidence").first).to_have_text(example_document.place(event.place).span.text)
