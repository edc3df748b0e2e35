"""PostgresStore on a throwaway local server: migrations, PostGIS column, writes, reads, CLI migrate."""
from __future__ import annotations

import pytest


@pytest.fixture
def pg_url(pg_server, request):
    return pg_server.create_database("store_" + request.node.name.lower().replace("[", "_").replace("]", "")[:40])


def test_postgres_migrates_and_roundtrips_documents(pg_url):
    from eventwire.api.samples import sample_documents
    from eventwire.store import Filters, open_store
    from eventwire.store.schema import SCHEMA_VERSION

    docs = sample_documents()
    with open_store(pg_url) as store:
        assert store.backend == "postgres" and store.schema_version() == SCHEMA_VERSION
        store.save_many(docs)
        store.save_many(docs[:1])  # a re-run replaces, never duplicates
        counts = store.counts()
        assert counts["articles"] == 3 and counts["events"] == 7 and counts["claims"] == 2
        assert store.document(docs[0].article.id) == docs[0].to_dict()
        assert [e["trigger_text"] for e in store.events(Filters(type="coerce"))] == ["arrested"]
        assert store.migrate() == []  # nothing left to apply


def test_postgis_point_follows_lat_lon(pg_url):
    from eventwire.api.samples import sample_documents
    from eventwire.store import open_store

    with open_store(pg_url) as store:
        if not store.has_postgis():
            pytest.skip("PostGIS extension not installed (Debian package postgis)")
        assert store.has_geometry()
        store.save_many(sample_documents())
        rows = store.query("SELECT trigger_text, ST_X(geom) AS lon, ST_Y(geom) AS lat FROM events WHERE geom IS NOT NULL ORDER BY trigger_text")
        assert {r["trigger_text"]: (round(r["lon"], 2), round(r["lat"], 2)) for r in rows}["shelled"] == (37.13, 36.2)
        assert store.query("SELECT count(*) AS n FROM events WHERE geom IS NULL")[0]["n"] == 2


def test_read_only_store_refuses_writes(pg_url):
    from eventwire.api.samples import sample_documents
    from eventwire.store import open_store

    open_store(pg_url).close()  # create the schema
    with open_store(pg_url, read_only=True) as store:
        with pytest.raises(Exception, match="read-only"):
            store.save(sample_documents()[0])


def test_adapt_ddl_spells_postgres_types():
    from eventwire.store.postgres import PostgresStore

    ddl = PostgresStore.adapt_ddl(None, "CREATE TABLE t (a DOUBLE, b DOUBLE PRECISION, c JSON, jsonish TEXT)")
    assert ddl == "CREATE TABLE t (a DOUBLE PRECISION, b DOUBLE PRECISION, c TEXT, jsonish TEXT)"


def test_cli_migrate_on_postgres(pg_url):
    from typer.testing import CliRunner

    from eventwire.cli import app

    result = CliRunner().invoke(app, ["migrate", "--db", pg_url])
    assert result.exit_code == 0, result.output
    assert "schema v" in result.output and "PostGIS" in result.output
