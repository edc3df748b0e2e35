"""The dashboard in a real browser over the sample documents: map, timeline, filters, table, evidence."""
from __future__ import annotations

from playwright.sync_api import expect

TIMELINE_TOTAL = """() => [...document.querySelectorAll('#timeline rect.bar')].reduce((n, b) => n + Number(b.dataset.count), 0)"""


def timeline_total(page) -> int:
    """Events the timeline's bars add up to, read in one go (a redraw cannot interleave)."""
    return page.evaluate(TIMELINE_TOTAL)

def _wait_until_still(page, locator, tries: int = 40) -> None:
    """Until the element's box stops moving (a Leaflet zoom animation is slow on a loaded machine)."""
    last = None
    for _ in range(tries):
        box = locator.bounding_box()
        if box is not None and box == last:
            return
        last = box
        page.wait_for_timeout(250)


MARKERS = "#map path.event-marker"
ROWS = "#events tbody tr[data-event]"


def test_web_dashboard_shows_events_on_map_timeline_and_table(page, sample_site, dashboard):
    dashboard(page, sample_site)
    expect(page.locator(ROWS)).to_have_count(7)
    expect(page.locator(MARKERS)).to_have_count(5)  # two events have no place
    assert timeline_total(page) == 7
    assert page.locator("#map path.country").count() > 150  # the offline Natural Earth outlines are drawn
    expect(page.get_by_test_id("summary")).to_contain_text("7 event(s) match")


def test_web_filter_by_type(page, sample_site, dashboard):
    dashboard(page, sample_site)
    page.check("#type-list input[data-type=ASSAULT]")
    expect(page.locator(ROWS)).to_have_count(2)
    for i in range(2):
        assert page.locator(ROWS).nth(i).get_attribute("data-type") == "ASSAULT"
    expect(page.locator(MARKERS)).to_have_count(2)
    page.select_option("#f-country", "SY")
    expect(page.locator(ROWS)).to_have_count(1)
    expect(page.locator(ROWS).first).to_contain_text("shelled")


def test_web_actor_and_text_filters(page, sample_site, dashboard):
    dashboard(page, sample_site)
    page.fill("#f-party", "JOR")
    page.click("#apply")
    expect(page.locator(ROWS)).to_have_count(2)
    page.click("#reset")
    page.fill("#f-text", "parliament")
    page.press("#f-text", "Enter")
    expect(page.locator(ROWS)).to_have_count(1)
    expect(page.locator(ROWS).first).to_contain_text("arrested")


def test_web_event_opens_its_evidence(page, sample_site, dashboard):
    dashboard(page, sample_site)
    page.locator(ROWS, has_text="shelled").click()
    card = page.get_by_test_id("event-card")
    expect(card).to_contain_text("ASSAULT")
    expect(page.get_by_test_id("card-trigger")).to_have_text("“shelled”")
    expect(page.get_by_test_id("card-actor")).to_contain_text("SYR GOV")
    expect(page.get_by_test_id("card-place")).to_have_text("Aleppo, SY")
    text = page.get_by_test_id("article-text")
    expect(text.locator(".hl-trigger.selected-evidence")).to_have_text("shelled")
    expect(text.locator(".hl-actor.selected-evidence").first).to_have_text("Government forces")
    expect(text.locator(".hl-role-recipient.selected-evidence")).to_have_text("rebel positions")
    expect(text.locator(".hl-place.selected-evidence")).to_have_text("Aleppo")
    expect(text.locator(".hl-time.selected-evidence")).to_have_text("Monday")
    expect(text.locator(".hl-quote").first).to_contain_text("We will respond")
    # clicking another trigger inside the text moves the evidence to that event
    page.locator(ROWS, has_text="arrested").click()
    expect(page.get_by_test_id("card-trigger")).to_have_text("“arrested”")
    expect(page.get_by_test_id("card-reported")).to_contain_text("Interior Ministry")


def test_web_map_marker_opens_evidence(page, sample_site, dashboard):
    dashboard(page, sample_site)
    page.check("#type-list input[data-type=AGREE]")
    expect(page.locator(MARKERS)).to_have_count(1)
    marker = page.locator(MARKERS).first
    _wait_until_still(page, marker)  # the map zooms to the filtered events: click where it ends up
    marker.click(force=True)
    expect(page.get_by_test_id("card-trigger")).to_have_text("“agreed”")
    expect(page.get_by_test_id("article-title")).to_have_text("Egypt and Jordan agree to talks")


def test_web_timeline_brush_filters_dates(page, sample_site, dashboard):
    dashboard(page, sample_site)
    first = page.locator("#timeline rect.bar").first
    assert first.get_attribute("data-week") == "2024-03-18"
    box = first.bounding_box()
    page.mouse.move(box["x"] + 5, box["y"] + box["height"] / 2)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] - 5, box["y"] + box["height"] / 2)
    page.mouse.up()
    expect(page.locator(ROWS)).to_have_count(2)  # shelled (18 March) and gathered (24 March)
    expect(page.locator("#f-since")).to_have_value("2024-03-18")
    expect(page.locator("#f-until")).to_have_value("2024-03-24")
    expect(page.locator("#timeline rect.brush")).to_have_count(1)
    page.locator("#timeline svg").dblclick()
    expect(page.locator(ROWS)).to_have_count(7)


def test_web_api_docs_render_offline(page, sample_site):
    page.goto(sample_site + "/docs")
    expect(page.locator(".opblock-summary-path", has_text="/api/events.geojson")).to_be_visible(timeout=20_000)
    expect(page.locator(".opblock-summary-path", has_text="/api/code")).to_be_visible()
