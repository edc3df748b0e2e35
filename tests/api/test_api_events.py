"""/api/events, /api/events.geojson and /api/stats: every filter, sorting and cursor pages, on both backends."""
from __future__ import annotations

import pytest


def triggers(client, **params) -> set[str]:
    r = client.get("/api/events", params=params)
    assert r.status_code == 200, r.text
    return {e["trigger"]["text"] for e in r.json()["items"]}


def test_events_unfiltered_lists_all_with_evidence(client):
    body = client.get("/api/events").json()
    assert len(body["items"]) == 7 and body["next"] is None
    shelled = next(e for e in body["items"] if e["trigger"]["text"] == "shelled")
    assert shelled["sentence"]["text"].startswith("Government forces shelled")
    assert shelled["place"]["name"] == "Aleppo" and shelled["place"]["country_code"] == "SY"
    assert [a["code"] for a in shelled["actors"]] == ["SYR GOV"]
    assert [a["name"] for a in shelled["recipients"]] == ["Syrian rebels"]
    assert shelled["size"] == {"killed": 12} and shelled["mode"] == ["explosives"]


@pytest.mark.parametrize("params, expected", [
    ({"type": "assault"}, {"shelled", "fire"}),
    ({"type": ["PROTEST", "COERCE"]}, {"gathered", "arrested"}),
    ({"type": "AGREE,CONSULT"}, {"agreed", "met"}),
    ({"mode": "arrest"}, {"arrested"}),
    ({"actor": "SYR GOV"}, {"shelled"}),
    ({"actor": "UKR"}, {"gathered", "arrested", "fire"}),  # country prefix of UKR CVL, UKR COP
    ({"actor": "police"}, {"arrested", "fire"}),  # name substring
    ({"recipient": "JOR GOV"}, {"agreed"}),
    ({"party": "JOR"}, {"agreed", "criticised"}),
    ({"country": "ua"}, {"gathered", "arrested", "fire"}),
    ({"country": "SY,EG"}, {"shelled", "agreed"}),
    ({"bbox": "20,40,40,60"}, {"gathered", "arrested", "fire"}),  # around Kyiv
    ({"bbox": "170,-10,40,40"}, {"shelled", "agreed"}),  # across the antimeridian, south of Kyiv
    ({"since": "2024-03-24", "until": "2024-03-31"}, {"gathered", "arrested", "fire"}),
    ({"until": "2024-03"}, {"shelled", "gathered", "arrested", "fire"}),
    ({"text": "PARLIAMENT"}, {"arrested"}),
    ({"text": "100%_"}, set()),  # LIKE wildcards are literal
    ({"source": "other wire"}, {"gathered", "arrested", "fire"}),
    ({"negated": "true"}, {"fire"}),
    ({"min_confidence": 0.85}, {"shelled"}),
    ({"type": "ASSAULT", "negated": "false", "country": "SY"}, {"shelled"}),
])
def test_event_filters(client, params, expected):
    assert triggers(client, **params) == expected


def test_filter_by_article(client, samples):
    assert triggers(client, article=samples[2].article.id) == {"agreed", "met", "criticised"}


@pytest.mark.parametrize("sort", ["-date", "date", "confidence", "-confidence", "-published"])
def test_cursor_pages_cover_everything_once_in_order(client, sort):
    seen, cursor = [], None
    for _ in range(10):
        params = {"limit": 2, "sort": sort, **({"cursor": cursor} if cursor else {})}
        body = client.get("/api/events", params=params).json()
        seen += body["items"]
        cursor = body["next"]
        if cursor is None:
            break
    assert len(seen) == 7 and len({(e["article_id"], e["id"]) for e in seen}) == 7
    key = sort.lstrip("-")
    values = [(e[key] if e[key] is not None else "") for e in seen]
    assert values == sorted(values, reverse=sort.startswith("-"))


@pytest.mark.parametrize("params, status", [
    ({"sort": "id;DROP TABLE x"}, 400),
    ({"cursor": "not-a-cursor"}, 400),
    ({"bbox": "1,2,3"}, 400),
    ({"bbox": "0,80,10,10"}, 400),
    ({"since": "March"}, 422),
    ({"limit": 100000}, 422),
    ({"min_confidence": 2}, 422),
])
def test_bad_requests_are_refused_without_tracebacks(client, params, status):
    r = client.get("/api/events", params=params)
    assert r.status_code == status
    assert "Traceback" not in r.text and "detail" in r.json()


def test_cursor_from_another_sort_is_refused(client):
    cursor = client.get("/api/events", params={"limit": 1, "sort": "date"}).json()["next"]
    assert client.get("/api/events", params={"cursor": cursor, "sort": "-date"}).status_code == 400


def test_geojson_has_located_events_only(client):
    r = client.get("/api/events.geojson", params={"type": "ASSAULT,AGREE,CONSULT"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/geo+json")
    body = r.json()
    assert body["type"] == "FeatureCollection"
    by_trigger = {f["properties"]["trigger"]: f for f in body["features"]}
    assert set(by_trigger) == {"shelled", "fire", "agreed"}  # "met" has no place
    assert by_trigger["agreed"]["geometry"] == {"type": "Point", "coordinates": [31.2357, 30.0444]}
    page = client.get("/api/events.geojson", params={"limit": 1}).json()
    assert len(page["features"]) == 1 and page["next"]


def test_stats_by_week_type_country(client):
    body = client.get("/api/stats").json()
    assert body["total"] == 7 and body["without_week"] == 0
    assert {"week": "2024-03-18", "type": "ASSAULT", "country": "SY", "count": 1} in body["buckets"]
    assert {"week": "2024-03-25", "type": "COERCE", "country": "UA", "count": 1} in body["buckets"]
    assert body["by_type"]["ASSAULT"] == 2 and body["by_country"]["UA"] == 3
    filtered = client.get("/api/stats", params={"country": "UA", "type": "ASSAULT"}).json()
    assert filtered["total"] == 1 and filtered["buckets"][0]["week"] == "2024-03-25"


def test_stats_by_chosen_dimensions(client):
    weekly = client.get("/api/stats", params={"by": "week"}).json()
    assert weekly["buckets"] == [{"week": "2024-03-18", "count": 2}, {"week": "2024-03-25", "count": 2},
                                 {"week": "2024-04-01", "count": 3}]
    by_country = client.get("/api/stats", params={"by": "country", "type": "ASSAULT"}).json()
    assert by_country["buckets"] == [{"country": "SY", "count": 1}, {"country": "UA", "count": 1}]
    assert by_country["without_week"] is None
    assert client.get("/api/stats", params={"by": "week,source"}).status_code == 400
