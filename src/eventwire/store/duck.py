"""DuckDB backend: one embedded file, no server."""
from __future__ import annotations

import os
import re
from pathlib import Path

import duckdb

from .base import Store
from .schema import TABLES


CHILD_TABLES = tuple(t for t in TABLES if t != "articles")
INDEXES = ("events_type_idx", "events_date_idx", "event_actors_code_idx", "articles_duplicate_of_idx")
WRITER_MEMORY = "32MB"  # measured, child keys dropped: 2,000 -> 20,000 short articles, main process +7% (64MB: +19%)


def _quoted(names) -> str:
    return ", ".join(f"'{name}'" for name in names)


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
            self.in_transaction(self.drop_memory_indexes)

    def drop_memory_indexes(self) -> None:
        """DuckDB keeps every index (ART) in memory and a long run's writer grows with them: 1.4 KiB
        per article for the child tables' primary keys. `_replace` already keeps (article_id, id)
        unique by replacing whole articles, so on DuckDB the child tables are rebuilt once without
        keys and the secondary indexes are dropped (filters scan, fast in a column store).
        Only `articles` keeps its key: the resume lookups need it. PostgreSQL keeps everything."""
        for index in self.query(f"SELECT index_name FROM duckdb_indexes() WHERE index_name IN ({_quoted(INDEXES)})"):
            self.execute(f'DROP INDEX "{index["index_name"]}"')
        keyed = self.query("SELECT table_name, constraint_column_names AS cols FROM duckdb_constraints() "
                           f"WHERE constraint_type = 'PRIMARY KEY' AND table_name IN ({_quoted(CHILD_TABLES)})")
        for row in keyed:
            table = row["table_name"]
            (create,) = self.query("SELECT sql FROM duckdb_tables() WHERE table_name = ?", [table])
            unkeyed = re.sub(r",\s*PRIMARY KEY\s*\([^)]*\)\s*\)\s*;?\s*$", ")", create["sql"])
            if unkeyed == create["sql"]:
                raise RuntimeError(f"cannot read the primary key of {table} in: {create['sql']}")
            self.execute(unkeyed.replace(f"CREATE TABLE {table}(", f"CREATE TABLE {table}__unkeyed(", 1))
            for column in row["cols"]:
                self.execute(f'ALTER TABLE {table}__unkeyed ALTER COLUMN "{column}" SET NOT NULL')
            self.execute(f"INSERT INTO {table}__unkeyed SELECT * FROM {table}")
            self.execute(f"DROP TABLE {table}")
            self.execute(f"ALTER TABLE {table}__unkeyed RENAME TO {table}")

    def relieve(self, exc: Exception) -> bool:
        """Out of the memory budget (the articles key stays in memory and grows with the database):
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
