"""What keeps the main process flat: a DuckDB writer without in-memory child indexes, streamed JSONL input."""
from __future__ import annotations

import json
from pathlib import Path

import duckdb

from eventwire.ingest.readers import decode, read_file, read_jsonl
from eventwire.model import Actor, Article, ArticleDocument, Event, Span
from eventwire.store import open_store
from eventwire.store.schema import MIGRATIONS


def small_doc(text: str) -> ArticleDocument:
    art = Article(id=Article.content_id(text), text=text, title="T", published="2024-05-01", path="in.txt")
    actor = Actor("a1", Span.of(text, 0, 6), "Police", "police", code="POL", kind="agent")
    event = Event("e1", "ARREST", trigger=Span.of(text, 7, 15), sentence=Span.of(text, 0, len(text)),
                  actor=["a1"], method="test", confidence=0.8)
    return ArticleDocument(art, actors=[actor], events=[event])


def keys_and_indexes(store) -> tuple[set[str], set[str]]:
    keyed = {r["table_name"] for r in store.query(
        "SELECT table_name FROM duckdb_constraints() WHERE constraint_type IN ('PRIMARY KEY', 'UNIQUE')")}
    return keyed, {r["index_name"] for r in store.query("SELECT index_name FROM duckdb_indexes()")}


def test_duckdb_writer_keeps_only_the_article_key_and_still_replaces(tmp_path):
    with open_store(str(tmp_path / "w.duckdb")) as store:
        keyed, indexes = keys_and_indexes(store)
        doc = small_doc("Police arrested two men in the port on Monday.")
        store.save_many([doc])
        store.save_many([doc, small_doc("Police arrested four women near the bridge.")])
        counts = store.counts()
    assert keyed == {"articles", "failures"} and indexes == set()
    assert counts["articles"] == 2 and counts["actors"] == 2 and counts["events"] == 2 and counts["event_actors"] == 2


def test_keyed_database_is_rebuilt_with_its_rows_columns_and_not_nulls(tmp_path):
    path = str(tmp_path / "old.duckdb")
    with open_store(path) as store:
        store.save(small_doc("Police arrested two men in the port on Monday."))
        before = {t: store.query(f"SELECT * FROM {t}") for t in ("actors", "events", "event_actors")}
    conn = duckdb.connect(path)  # put back the keys and indexes an older eventwire created
    for table in ("actors", "events", "event_actors"):
        (create,) = [s for s in MIGRATIONS[0][1] if f"EXISTS {table} (" in s]
        conn.execute(f"CREATE TABLE {table}_old AS SELECT * FROM {table}")
        conn.execute(f"DROP TABLE {table}")
        conn.execute(create)
        extra = [c for c in before[table][0] if c not in {d[0] for d in conn.execute(f"SELECT * FROM {table}").description}]
        for column in extra:
            conn.execute(f"ALTER TABLE {table} ADD COLUMN {column} INTEGER")
        conn.execute(f"INSERT INTO {table} SELECT * FROM {table}_old")
        conn.execute(f"DROP TABLE {table}_old")
    conn.execute("CREATE INDEX events_type_idx ON events (type)")
    conn.close()
    with open_store(path) as store:
        keyed, indexes = keys_and_indexes(store)
        after = {t: store.query(f"SELECT * FROM {t}") for t in before}
        nullable = store.query("SELECT is_nullable FROM information_schema.columns "
                               "WHERE table_name = 'actors' AND column_name = 'article_id'")[0]["is_nullable"]
    assert keyed == {"articles", "failures"} and indexes == set()
    assert after == before and [list(r) for r in after["events"]] == [list(r) for r in before["events"]]
    assert nullable == "NO"


def test_jsonl_is_streamed_with_the_whole_file_reading(tmp_path):
    rows = [json.dumps({"text": "Police arrested two men in the port on Monday.", "title": "A"}),
            "", "[1]", "{broken", json.dumps({"text": "Crowds marched \u2028 through the capital on Friday."}, ensure_ascii=False)]
    plain = tmp_path / "plain.jsonl"
    plain.write_bytes(b"\xef\xbb\xbf" + "\r\n".join(rows).encode("utf-8"))  # BOM, CRLF, U+2028 inside a string
    latin = tmp_path / "latin.jsonl"
    latin.write_bytes(json.dumps({"text": "Caf\u00e9 owners protested against the new tax on Monday."},
                                 ensure_ascii=False).encode("latin-1") + b"\n")
    for path in (plain, latin):
        whole = list(read_jsonl(str(path), decode(Path(path).read_bytes()), 5_000_000))
        assert list(read_file(path)) == whole
    kinds = [type(item).__name__ for item in read_file(plain)]
    assert kinds == ["RawArticle", "InputError", "InputError", "RawArticle"]
    assert [item.path.rsplit("#", 1)[1] for item in read_file(plain)] == ["1", "3", "4", "5"]
