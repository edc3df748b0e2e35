"""/api/articles, /api/articles/{id}, /api/quotes, /api/claims, docs, dashboard and safety, on both backends."""
from __future__ import annotations

import pytest


def test_articles_newest_first_with_filters(client):
    items = client.get("/api/articles").json()["items"]
    assert [a["title"] for a in items] == ["Egypt and Jordan agree to talks", "Protest in Kyiv", "Shelling near Aleppo"]
    assert items[1]["events"] == 3
    assert [a["title"] for a in client.get("/api/articles", params={"text": "kyiv"}).json()["items"]] == ["Protest in Kyiv"]
    assert len(client.get("/api/articles", params={"source": "TEST WIRE"}).json()["items"]) == 2
    assert len(client.get("/api/articles", params={"since": "2024-03-20", "until": "2024-03-31"}).json()["items"]) == 1
    page = client.get("/api/articles", params={"limit": 1, "offset": 1}).json()
    assert [a["title"] for a in page["items"]] == ["Protest in Kyiv"]


def test_article_document_roundtrips(client, samples):
    doc = samples[0]
    body = client.get(f"/api/articles/{doc.article.id}").json()
    assert body == doc.to_dict()
    assert client.get("/api/articles/nope").status_code == 404


def test_quotes_filters(client, samples):
    assert [q["text"] for q in client.get("/api/quotes").json()["items"]] == ["We will respond to every attack,"]
    for params in ({"speaker": "SYR REB"}, {"speaker": "commander"}, {"kind": "direct"}, {"text": "respond"},
                   {"article": samples[0].article.id}, {"since": "2024-03-18", "until": "2024-03-18"}):
        assert len(client.get("/api/quotes", params=params).json()["items"]) == 1, params
    assert client.get("/api/quotes", params={"speaker": "UKR GOV"}).json()["items"] == []
    assert client.get("/api/quotes", params={"kind": "rumour"}).status_code == 422


def test_claims_filters(client, samples):
    items = client.get("/api/claims").json()["items"]
    assert {c["subject"] for c in items} == {"killed", "arrested"}
    assert [c["value"] for c in client.get("/api/claims", params={"subject": "kill"}).json()["items"]] == [12]
    for params, n in (({"source": "UKR GOV"}, 1), ({"source": "observatory"}, 1), ({"stance": "asserted"}, 2),
                      ({"unit": "PEOPLE"}, 2), ({"article": samples[1].article.id}, 1), ({"since": "2024-03-20"}, 1)):
        assert len(client.get("/api/claims", params=params).json()["items"]) == n, params


def test_openapi_docs_and_dashboard_are_served_locally(client):
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/static/vendor/swagger-ui/swagger-ui-bundle.js" in docs.text
    assert "cdn" not in docs.text.lower()
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/events", "/api/events.geojson", "/api/stats", "/api/articles", "/api/articles/{article_id}",
                 "/api/quotes", "/api/claims", "/api/code"):
        assert path in paths
    page = client.get("/")
    assert page.status_code == 200 and "default-src 'self'" in page.headers["content-security-policy"]
    assert client.get("/static/vendor/leaflet/leaflet.js").status_code == 200
    assert client.get("/static/vendor/world-atlas/countries-110m.json").status_code == 200


def test_no_cors_by_default(client):
    r = client.get("/api/events", headers={"Origin": "https://elsewhere.example"})
    assert "access-control-allow-origin" not in r.headers
    assert r.headers["x-content-type-options"] == "nosniff"


def test_health_names_backend(client, api_db):
    body = client.get("/api/health").json()
    assert body["backend"] == ("postgres" if api_db.startswith("postgresql") else "duckdb")


def test_code_is_off_unless_allowed(client):
    r = client.post("/api/code", json={"text": "Police arrested three men in Paris on Monday."})
    assert r.status_code == 403


def test_internal_errors_hide_the_traceback(client, monkeypatch):
    from eventwire.api import queries

    def broken(*_a, **_k):
        raise RuntimeError("secret detail in /srv/app.py")

    monkeypatch.setattr(queries, "stats", broken)
    r = client.get("/api/stats")
    assert r.status_code == 500 and r.json() == {"detail": "internal server error"}


@pytest.fixture
def coding_client(empty_db):
    from fastapi.testclient import TestClient

    from eventwire.api.app import Settings, create_app

    settings = Settings(db=empty_db, allow_code=True, token="s3cret", max_body_bytes=5000,
                        cors_origins=["http://localhost:9999"])
    with TestClient(create_app(settings), raise_server_exceptions=False) as c:
        yield c


def test_code_needs_token_limits_size_and_stores(coding_client):
    text = "Police arrested three protesters in Paris on Monday, the ministry said."
    assert coding_client.post("/api/code", json={"text": text}).status_code == 401
    wrong = {"Authorization": "Bearer nope"}
    assert coding_client.post("/api/code", json={"text": text}, headers=wrong).status_code == 401
    auth = {"Authorization": "Bearer s3cret"}
    assert coding_client.post("/api/code", json={"text": "x" * 6000}, headers=auth).status_code == 413
    chunked = (b"x" * 1000 for _ in range(6))  # no Content-Length: the body is counted while read
    assert coding_client.post("/api/code", content=chunked, headers=auth).status_code == 413
    assert coding_client.post("/api/code", json={"title": "only a title"}, headers=auth).status_code == 422
    r = coding_client.post("/api/code", json={"text": text, "published": "2024-05-06", "source": "Posted"}, headers=auth)
    assert r.status_code == 200, r.text
    doc = r.json()
    assert doc["article"]["text"] == text and doc["article"]["published"] == "2024-05-06"
    stored = coding_client.get(f"/api/articles/{doc['article']['id']}").json()
    assert stored["article"]["source"] == "Posted"
    cors = coding_client.get("/api/articles", headers={"Origin": "http://localhost:9999"})
    assert cors.headers["access-control-allow-origin"] == "http://localhost:9999"


def test_allow_code_without_token_is_refused(tmp_path):
    from eventwire.api.app import Settings, create_app

    with pytest.raises(ValueError):
        create_app(Settings(db=str(tmp_path / "x.duckdb"), allow_code=True))
