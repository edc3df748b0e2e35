"""Database access for the server: one connection per worker thread, over DuckDB or PostgreSQL.

The request handlers run in a thread pool; DuckDB connections and psycopg connections must not
be shared by concurrent queries, so each thread gets its own (DuckDB: a cursor on the one
database instance, PostgreSQL: its own read-only session). Writes (POST /api/code) go through
the Store under a lock.
"""
from __future__ import annotations

import json
import threading
from typing import Any, Iterable

from ..model import ArticleDocument
from ..store import Store, open_store


class Database:
    def __init__(self, url: str, writable: bool = False) -> None:
        self.url = url
        self.store: Store = open_store(url, read_only=not writable)
        if self.store.schema_version() == 0:
            self.store.close()
            raise RuntimeError(f"{url} has no eventwire tables; run `eventwire migrate --db ...` or `eventwire code` first")
        self.backend = self.store.backend
        self.placeholder = self.store.placeholder
        self.has_geom = self.backend == "postgres" and self.store.has_geometry()
        self._local = threading.local()
        self._write_lock = threading.Lock()
        self._open: list[Any] = []
        self._open_lock = threading.Lock()

    def _connection(self) -> Any:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            if self.backend == "duckdb":
                with self._open_lock:  # duplicating the parent connection is not safe from many threads at once
                    conn = self.store.conn.cursor()
            else:
                from ..store.postgres import connect

                conn = connect(self.url, read_only=True)
            self._local.conn = conn
            with self._open_lock:
                self._open.append(conn)
        return conn

    def query(self, statement: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
        """Rows as dicts; `statement` uses `?` placeholders whatever the backend."""
        names, rows = self.tuples(statement, params)
        return [dict(zip(names, row)) for row in rows]

    def tuples(self, statement: str, params: Iterable[Any] = ()) -> tuple[list[str], list[tuple]]:
        """Column names and rows as tuples (cheaper for large aggregates)."""
        sql = self.store.sql(statement)
        params = list(params)
        if self.backend == "duckdb":
            cur = self._connection().execute(sql, params)
            return [d[0] for d in cur.description], cur.fetchall()
        conn = self._connection()
        try:
            return self._run_postgres(conn, sql, params)
        except Exception:
            if not (conn.closed or conn.broken):
                raise
            self._local.conn = None  # the server restarted or dropped the session: reconnect once
            return self._run_postgres(self._connection(), sql, params)

    @staticmethod
    def _run_postgres(conn: Any, sql: str, params: list[Any]) -> tuple[list[str], list[tuple]]:
        cur = conn.cursor()
        cur.execute(sql, params or None)
        return [d[0] for d in cur.description], cur.fetchall()

    def document(self, article_id: str) -> dict[str, Any] | None:
        rows = self.query("SELECT document FROM articles WHERE id = ?", [article_id])
        return json.loads(rows[0]["document"]) if rows else None

    def save(self, doc: ArticleDocument) -> None:
        with self._write_lock:
            self.store.save(doc)

    def close(self) -> None:
        with self._open_lock:
            for conn in self._open:
                try:
                    conn.close()
                except Exception:  # noqa: BLE001 - closing at shutdown; the process is going away
                    pass
            self._open.clear()
        self.store.close()
