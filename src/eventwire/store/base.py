"""Backend-neutral storage logic; backends supply a DB-API connection and their placeholder."""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator, TypeVar

from ..model import ArticleDocument
from .rows import document_rows
from .schema import MIGRATIONS, SCHEMA_VERSION, TABLES

T = TypeVar("T")
RETRIES = 8  # e.g. DuckDB's memory budget doubled up to eight times (64 MB -> 16 GB)


@dataclass
class Filters:
    since: str | None = None  # ISO date, inclusive
    until: str | None = None  # ISO date, inclusive
    source: str | None = None
    text: str | None = None  # case-insensitive substring
    type: str | None = None  # event type
    limit: int | None = None
    offset: int = 0
    duplicates: bool = False  # include events of near-duplicate articles (counted once by default)


class Store:
    """A database holding article documents; subclasses set `placeholder` and open `self.conn`."""

    placeholder = "?"
    backend = "sql"

    def __init__(self) -> None:
        self.conn: Any = None

    # -- plumbing ---------------------------------------------------------------------------
    def sql(self, statement: str) -> str:
        return statement if self.placeholder == "?" else statement.replace("?", self.placeholder)

    def execute(self, statement: str, params: Iterable[Any] = ()) -> Any:
        cur = self.conn.cursor()
        cur.execute(self.sql(statement), list(params))
        return cur

    def query(self, statement: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
        cur = self.execute(statement, params)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row)) for row in cur.fetchall()]

    def begin(self) -> None:
        self.execute("BEGIN")

    def in_transaction(self, work: Callable[[], T]) -> T:
        """Run `work` in one transaction. A failure the backend can relieve (DuckDB out of its memory
        budget) rolls back and runs the whole transaction again; anything else rolls back and raises."""
        retries = 0
        while True:
            self.begin()
            try:
                result = work()
                self.commit()
                return result
            except Exception as exc:
                self.rollback()
                retries += 1
                if retries > RETRIES or not self.relieve(exc):
                    raise

    def relieve(self, exc: Exception) -> bool:
        """Make a retry of what raised `exc` likely to succeed; False when nothing can be done."""
        return False

    def commit(self) -> None:
        self.execute("COMMIT")

    def rollback(self) -> None:
        self.execute("ROLLBACK")

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- schema -----------------------------------------------------------------------------
    def schema_version(self) -> int:
        exists = self.query("SELECT 1 AS x FROM information_schema.tables WHERE table_name = 'schema_version'")
        if not exists:
            return 0
        rows = self.query("SELECT max(version) AS v FROM schema_version")
        return int(rows[0]["v"] or 0)

    def migrate(self) -> list[int]:
        """Apply every migration newer than the database; returns the versions applied."""
        current = self.schema_version()
        if current == 0:
            self.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
        applied = []
        for version, statements in MIGRATIONS:
            if version <= current:
                continue
            def upgrade(version: int = version, statements: list[str] = statements) -> None:
                for statement in statements:
                    self.execute(self.adapt_ddl(statement))
                self.execute("INSERT INTO schema_version (version) VALUES (?)", [version])

            self.in_transaction(upgrade)  # an index built over a big table may need a bigger budget
            applied.append(version)
        return applied

    def adapt_ddl(self, statement: str) -> str:
        return statement

    def check_schema(self) -> None:
        version = self.schema_version()
        if version > SCHEMA_VERSION:
            raise RuntimeError(f"database schema v{version} is newer than this eventwire (v{SCHEMA_VERSION}); upgrade eventwire")

    # -- writing ----------------------------------------------------------------------------
    def save(self, doc: ArticleDocument) -> None:
        self.save_many([doc])

    def save_many(self, docs: Iterable[ArticleDocument], documents: list[dict[str, Any]] | None = None) -> int:
        """Replace each document's rows in one transaction: a re-run never duplicates, a crash never half-writes.
        `documents`, when given, holds each doc's `to_dict()` in the same order (computed once by the caller)."""
        docs = list(docs)
        if not docs:
            return 0
        self.in_transaction(lambda: self._replace(docs, documents))
        return len(docs)

    def _replace(self, docs: list[ArticleDocument], documents: list[dict[str, Any]] | None = None) -> None:
        """One DELETE and one insert per table for the whole batch: per-row statements cost as much as parsing."""
        latest = {doc.article.id: doc for doc in docs}  # the same article twice in a batch: the last one wins
        as_dict = {id(doc): d for doc, d in zip(docs, documents)} if documents is not None else {}
        ids = list(latest)
        marks = ", ".join("?" for _ in ids)
        # rows of an article are only ever written with its `articles` row, in one transaction: when
        # none of the batch is stored (a first run), no table needs scanning for old rows
        stored = [r["id"] for r in self.query(f"SELECT id FROM articles WHERE id IN ({marks})", ids)]
        if stored:
            stored_marks = ", ".join("?" for _ in stored)
            for table in TABLES:
                key = "id" if table == "articles" else "article_id"
                self.execute(f"DELETE FROM {table} WHERE {key} IN ({stored_marks})", stored)
        rows: dict[str, list[dict[str, Any]]] = {}
        for doc in latest.values():
            for table, table_rows in document_rows(doc, as_dict.get(id(doc))).items():
                rows.setdefault(table, []).extend(table_rows)
        for table, table_rows in rows.items():
            if table_rows:
                self._insert_rows(table, table_rows)
        paths = [doc.article.path for doc in latest.values() if doc.article.path]
        if paths:
            self.execute(f"DELETE FROM failures WHERE path IN ({', '.join('?' for _ in paths)})", paths)

    def _insert_rows(self, table: str, rows: list[dict[str, Any]]) -> None:
        for row in rows:
            columns = ", ".join(f'"{c}"' for c in row)
            marks = ", ".join("?" for _ in row)
            self.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(row.values()))

    def record_failure(self, path: str, reason: str, when: dt.datetime | None = None) -> None:
        when = when or dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)

        def replace() -> None:
            self.execute("DELETE FROM failures WHERE path = ?", [path])
            self.execute("INSERT INTO failures (path, reason, time) VALUES (?, ?, ?)", [path, reason, when])

        self.in_transaction(replace)

    # -- reading ----------------------------------------------------------------------------
    def has_article(self, article_id: str) -> bool:
        return bool(self.query("SELECT 1 AS x FROM articles WHERE id = ?", [article_id]))

    def document(self, article_id: str) -> dict[str, Any] | None:
        rows = self.query("SELECT document FROM articles WHERE id = ?", [article_id])
        return json.loads(rows[0]["document"]) if rows else None

    def documents(self, filters: Filters | None = None) -> Iterator[dict[str, Any]]:
        where, params = self._article_where(filters or Filters())
        cur = self.execute(f"SELECT document FROM articles {where} ORDER BY published, id", params)
        while True:
            batch = cur.fetchmany(200)
            if not batch:
                return
            for (document,) in batch:
                yield json.loads(document)

    def _article_where(self, f: Filters, prefix: str = "") -> tuple[str, list[Any]]:
        clauses, params = [], []
        if f.since:
            clauses.append(f"{prefix}published >= ?")
            params.append(f.since)
        if f.until:
            clauses.append(f"{prefix}published <= ?")
            params.append(f.until)
        if f.source:
            clauses.append(f"lower({prefix}source) = lower(?)")
            params.append(f.source)
        if f.text:
            clauses.append(f"(lower({prefix}text) LIKE ? OR lower(coalesce({prefix}title, '')) LIKE ?)")
            params += [f"%{f.text.lower()}%"] * 2
        return ("WHERE " + " AND ".join(clauses)) if clauses else "", params

    def articles(self, filters: Filters | None = None) -> list[dict[str, Any]]:
        f = filters or Filters()
        where, params = self._article_where(f, "a.")
        sql = (
            "SELECT a.id, a.published, a.source, a.title, a.url, a.duplicate_of, length(a.text) AS chars, "
            "(SELECT count(*) FROM events e WHERE e.article_id = a.id) AS events "
            f"FROM articles a {where} ORDER BY a.published DESC NULLS LAST, a.id"
        )
        return self.query(sql + self._page(f), params)

    def events(self, filters: Filters | None = None) -> list[dict[str, Any]]:
        f = filters or Filters()
        clauses, params = [], []
        if f.since:
            clauses.append("e.date >= ?")
            params.append(f.since)
        if f.until:
            clauses.append("e.date <= ?")
            params.append(f.until + "~")  # '~' sorts after digits and '-', so month values stay in range
        if f.source:
            clauses.append("lower(e.source) = lower(?)")
            params.append(f.source)
        if f.text:
            clauses.append("lower(e.sentence_text) LIKE ?")
            params.append(f"%{f.text.lower()}%")
        if f.type:
            clauses.append("e.type = ?")
            params.append(f.type.upper())
        if not f.duplicates:
            clauses.append("e.duplicate_of IS NULL")
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        sql = f"SELECT e.* FROM events e {where} ORDER BY e.date DESC NULLS LAST, e.article_id, e.id"
        return self.query(sql + self._page(f), params)

    def table(self, name: str, filters: Filters | None = None) -> list[dict[str, Any]]:
        """Rows of one table for export; article filters apply through the article id."""
        if name not in TABLES + ("failures",):
            raise ValueError(f"unknown table {name!r}; choose from {', '.join(TABLES + ('failures',))}")
        if name == "events":
            return self.events(filters)
        f = filters or Filters()
        if name == "failures":
            return self.query("SELECT * FROM failures ORDER BY time, path")
        where, params = self._article_where(f, "a.")
        if name == "articles":
            return self.query(f"SELECT a.* FROM articles a {where} ORDER BY a.published, a.id", params)
        return self.query(
            f"SELECT t.* FROM {name} t JOIN articles a ON a.id = t.article_id {where} ORDER BY t.article_id, t.id"
            if name != "event_actors" else
            f"SELECT t.* FROM {name} t JOIN articles a ON a.id = t.article_id {where} ORDER BY t.article_id, t.event_id",
            params,
        )

    def failures(self) -> list[dict[str, Any]]:
        return self.query("SELECT path, reason, time FROM failures ORDER BY time, path")

    def counts(self) -> dict[str, int]:
        return {t: int(self.query(f"SELECT count(*) AS n FROM {t}")[0]["n"]) for t in TABLES + ("failures",)}

    @staticmethod
    def _page(f: Filters) -> str:
        limit = f" LIMIT {int(f.limit)}" if f.limit else ""
        offset = f" OFFSET {int(f.offset)}" if f.offset else ""
        return limit + offset
