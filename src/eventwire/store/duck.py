"""DuckDB backend: one embedded file, no server."""
from __future__ import annotations

import os
import re
from pathlib import Path

import duckdb

from .base import Store


WRITER_MEMORY = "64MB"  # measured: 2,000 -> 16,000 stored articles, writer RSS +7% (128MB: +30%)


def _megabytes(size: str) -> int:
    found = re.fullmatch(r"\s*(\d+)\s*([MG])i?B\s*", size, re.IGNORECASE)
    if not found:
        raise ValueError(f"EVENTWIRE_DUCKDB_MEMORY={size!r}: write it as e.g. 64MB or 2GB")
    return int(found[1]) * (1024 if found[2].upper() == "G" else 1)


class DuckDBStore(Store):
    backend = "duckdb"

    def __init__(self, path: str, read_only: bool = False) -> None:
        super().__init__()
        self.path = path
        if path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        self.memory_mb: int | None = None  # the writer's memory budget (read-only connections keep DuckDB's)
        if read_only and path != ":memory:" and Path(path).exists():
            self.conn = duckdb.connect(path, read_only=True)
            self.check_schema()
        else:
            self.conn = duckdb.connect(path)
            # DuckDB's buffer pool may take 80% of RAM and keeps what a long run wrote cached: a
            # writer's memory then grows with the corpus. A small pool keeps it flat (it spills to disk).
            self.memory_mb = _megabytes(os.environ.get("EVENTWIRE_DUCKDB_MEMORY", WRITER_MEMORY))
            if path != ":memory:":  # an in-memory database must hold all its rows
                self.conn.execute(f"SET memory_limit = '{self.memory_mb}MB'")
            self.migrate()
            self.check_schema()

    def relieve(self, exc: Exception) -> bool:
        """Out of the memory budget (primary-key indexes stay in memory and grow with the database):
        double the budget, so the run goes on; memory then grows only as far as the data needs."""
        if not isinstance(exc, duckdb.OutOfMemoryException) or self.memory_mb is None or self.path == ":memory:":
            return False
        self.memory_mb *= 2
        self.conn.execute(f"SET memory_limit = '{self.memory_mb}MB'")
        return True

    def execute(self, statement, params=()):
        # DuckDB cursors are separate connections with their own transactions: stay on one.
        return self.conn.execute(self.sql(statement), list(params))

    def _insert_rows(self, table, rows):
        # a batch of rows goes in as one Arrow table: single-row INSERTs take ~3 ms each in DuckDB
        import pyarrow as pa

        columns = list(dict.fromkeys(c for row in rows for c in row))
        batch = pa.Table.from_pydict({c: [row.get(c) for row in rows] for c in columns})  # = from_pylist, column-wise
        names = ", ".join(f'"{c}"' for c in columns)
        self.conn.register("eventwire_batch", batch)
        try:
            self.conn.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM eventwire_batch")
        finally:
            self.conn.unregister("eventwire_batch")
