"""Storage: the contract's tables in DuckDB (embedded, default) or PostgreSQL (servers).

Public surface: `open_store(url)` returning a `Store`; storage knows the contract, nothing of NLP.
"""
from __future__ import annotations

from .base import Filters, Store
from .duck import DuckDBStore

DEFAULT_DB = "eventwire.duckdb"

__all__ = ["open_store", "Store", "Filters", "DEFAULT_DB"]


def open_store(url: str | None = None, read_only: bool = False) -> Store:
    """`postgresql://...` opens PostgreSQL; anything else is a DuckDB file path (created if missing)."""
    url = url or DEFAULT_DB
    if url.startswith(("postgresql://", "postgres://")):
        from .postgres import PostgresStore

        return PostgresStore(url, read_only=read_only)
    return DuckDBStore(url, read_only=read_only)
