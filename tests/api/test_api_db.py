"""The server's per-thread database access: refuses empty databases, survives dropped sessions."""
from __future__ import annotations

import pytest


def test_database_without_schema_is_refused(pg_server):
    import psycopg

    from eventwire.api.db import Database

    url = pg_server.create_database("api_noschema")
    with psycopg.connect(url, autocommit=True):
        pass
    with pytest.raises(RuntimeError, match="no eventwire tables"):
        Database(url)


def test_postgres_session_reconnects_after_a_drop(pg_server, samples):
    from eventwire.api.db import Database
    from eventwire.store import open_store

    url = pg_server.create_database("api_reconnect")
    with open_store(url) as store:
        store.save_many(samples)
    db = Database(url)
    try:
        assert db.query("SELECT count(*) AS n FROM events")[0]["n"] == 7
        db._local.conn.close()  # as if the server had dropped this thread's session
        assert db.query("SELECT count(*) AS n FROM events")[0]["n"] == 7
    finally:
        db.close()
