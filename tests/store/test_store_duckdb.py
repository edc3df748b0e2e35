import json

import pyarrow.parquet as pq

from eventwire.model import Actor, Article, ArticleDocument, Event, Place, Span
from eventwire.store import Filters, open_store
from eventwire.store.export import export_documents, export_table
from eventwire.store.schema import SCHEMA_VERSION


def make_doc(text="Rebels attacked the town of Foo on Monday.", published="2024-03-18", source="Wire"):
    art = Article(id=Article.content_id(text), text=text, title="T", published=published, source=source, path="x.txt")
    rebels = Actor("a1", Span.of(text, 0, 6), "Rebels", "rebels", code="SYR REB", country="SYR", sector="REB", kind="agent")
    place = Place("p1", Span.of(text, 28, 31), "Foo", "Foo", lat=1.0, lon=2.0, country_code="SY", precision=1)
    event = Event("e1", "ASSAULT", trigger=Span.of(text, 7, 15), sentence=Span.of(text, 0, len(text)),
                  actor=["a1"], place="p1", date=published, size={"killed": 3}, method="test", confidence=0.9)
    return ArticleDocument(art, actors=[rebels], places=[place], events=[event])


def test_save_twice_keeps_one_copy(tmp_path):
    db = tmp_path / "t.duckdb"
    doc = make_doc()
    with open_store(str(db)) as store:
        store.save(doc)
        store.save(doc)
        counts = store.counts()
    assert counts["articles"] == 1 and counts["events"] == 1 and counts["actors"] == 1 and counts["event_actors"] == 1
    with open_store(str(db), read_only=True) as store:
        assert store.schema_version() == SCHEMA_VERSION
        stored = store.document(doc.article.id)
    assert ArticleDocument.from_dict(stored) == doc


def test_event_row_is_denormalised_for_queries(tmp_path):
    with open_store(str(tmp_path / "t.duckdb")) as store:
        store.save(make_doc())
        (row,) = store.events()
    assert row["type"] == "ASSAULT" and json.loads(row["actor_codes"]) == ["SYR REB"]
    assert (row["lat"], row["lon"], row["country_code"], row["place_name"]) == (1.0, 2.0, "SY", "Foo")
    assert json.loads(row["size"]) == {"killed": 3}


def test_filters(tmp_path):
    with open_store(str(tmp_path / "t.duckdb")) as store:
        store.save_many([make_doc(), make_doc("Police arrested 5 people in Bar on Friday.", "2023-01-06", "Other")])
        assert len(store.articles()) == 2
        assert len(store.articles(Filters(since="2024-01-01"))) == 1
        assert len(store.articles(Filters(source="other"))) == 1
        assert [a["published"] for a in store.articles(Filters(text="POLICE"))] == ["2023-01-06"]
        assert len(store.events(Filters(type="assault"))) == 2
        assert store.events(Filters(type="PROTEST")) == []
        assert [e["date"] for e in store.events(Filters(until="2023-12-31"))] == ["2023-01-06"]
        assert [e["date"] for e in store.events(Filters(since="2024-03-18"))] == ["2024-03-18"]
        assert len(store.articles(Filters(limit=1))) == 1


def test_failure_rows_replace_and_clear_on_success(tmp_path):
    with open_store(str(tmp_path / "t.duckdb")) as store:
        store.record_failure("x.txt", "empty file")
        store.record_failure("x.txt", "empty file")
        assert len(store.failures()) == 1
        store.save(make_doc())  # x.txt now coded: its failure is gone
        assert store.failures() == []


def test_failed_transaction_writes_nothing(tmp_path):
    good, bad = make_doc(), make_doc("Another text about troops in Baz.")
    bad.actors[0].confidence = object()  # not storable: the whole batch must roll back
    with open_store(str(tmp_path / "t.duckdb")) as store:
        try:
            store.save_many([good, bad])
        except Exception:
            pass
        assert store.counts()["articles"] == 0


def test_exports(tmp_path):
    with open_store(str(tmp_path / "t.duckdb")) as store:
        store.save(make_doc())
        assert export_documents(store, tmp_path / "d.jsonl") == 1
        assert export_table(store, "events", tmp_path / "e.parquet", "parquet") == 1
        assert export_table(store, "actors", tmp_path / "a.csv", "csv") == 1
    (line,) = (tmp_path / "d.jsonl").read_text().splitlines()
    assert json.loads(line)["events"][0]["type"] == "ASSAULT"
    assert pq.read_table(tmp_path / "e.parquet").column("type").to_pylist() == ["ASSAULT"]
    assert "SYR REB" in (tmp_path / "a.csv").read_text()


def test_old_database_is_migrated_in_place(tmp_path):
    import duckdb

    from eventwire.store.schema import MIGRATIONS

    path = str(tmp_path / "old.duckdb")
    conn = duckdb.connect(path)  # a database written by the first release: schema v1 only
    conn.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    for statement in MIGRATIONS[0][1]:
        conn.execute(statement)
    conn.execute("INSERT INTO schema_version VALUES (1)")
    conn.close()
    with open_store(path) as store:
        assert store.schema_version() == SCHEMA_VERSION
        store.save(make_doc())  # the newer columns exist now
        assert store.query("SELECT focus FROM places")[0]["focus"] is False


def test_writer_memory_is_bounded_and_recoding_replaces(tmp_path, monkeypatch):
    # a long run's writer must not cache the whole database: DuckDB's pool is capped (configurable)
    monkeypatch.setenv("EVENTWIRE_DUCKDB_MEMORY", "48MB")
    with open_store(str(tmp_path / "t.duckdb")) as store:
        limit = store.query("SELECT current_setting('memory_limit') AS m")[0]["m"]
        first, second = make_doc(), make_doc("Police arrested ten men in Foo.")
        store.save_many([first])
        store.save_many([first, second])  # one already stored, one new: old rows replaced, none doubled
        counts = store.counts()
    assert limit.replace(" ", "").upper().startswith(("48MB", "45.7MIB", "45.7MB")), limit
    assert counts["articles"] == 2 and counts["events"] == 2 and counts["actors"] == 2  # one each, not three


def test_writer_out_of_memory_budget_grows_and_loses_nothing(tmp_path, monkeypatch):
    # primary-key indexes stay in memory: a budget too small for them is doubled, the batch retried
    monkeypatch.setenv("EVENTWIRE_DUCKDB_MEMORY", "2MB")
    docs = [make_doc(f"Rebels attacked the town of Foo on day {n} of the siege, officials said.") for n in range(3000)]
    with open_store(str(tmp_path / "t.duckdb")) as store:
        for start in range(0, len(docs), 500):
            store.save_many(docs[start:start + 500])
        assert store.memory_mb > 2
        assert store.counts()["articles"] == 3000 and store.counts()["events"] == 3000
