"""API fixtures: the sample documents stored in DuckDB and in a throwaway PostgreSQL server."""
from __future__ import annotations

import pytest

BACKENDS = ("duckdb", "postgres")


@pytest.fixture(scope="session")
def samples():
    from eventwire.api.samples import sample_documents

    return sample_documents()


def _database_url(backend: str, request, tmp_path_factory, name: str) -> str:
    if backend == "postgres":
        return request.getfixturevalue("pg_server").create_database(name)
    return str(tmp_path_factory.mktemp(name) / "api.duckdb")


@pytest.fixture(scope="session", params=BACKENDS)
def api_db(request, tmp_path_factory, samples) -> str:
    """A database URL holding the sample documents, once per backend."""
    from eventwire.store import open_store

    url = _database_url(request.param, request, tmp_path_factory, "api_read")
    with open_store(url) as store:
        store.save_many(samples)
    return url


@pytest.fixture(scope="session")
def client(api_db):
    from fastapi.testclient import TestClient

    from eventwire.api.app import Settings, create_app

    with TestClient(create_app(Settings(db=api_db)), raise_server_exceptions=False) as c:
        yield c


@pytest.fixture(params=BACKENDS)
def empty_db(request, tmp_path_factory) -> str:
    """A fresh, empty database per test, for the writing endpoint."""
    import uuid

    return _database_url(request.param, request, tmp_path_factory, f"api_w{uuid.uuid4().hex[:8]}")
