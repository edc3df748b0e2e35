"""Near-duplicate marks, input counting and the parallel runner's write path (no model needed)."""
from __future__ import annotations

import io
import json

from eventwire.ingest import InputError
from eventwire.scale.dedup import NearDuplicates, shingles
from eventwire.scale.plan import Planner
from eventwire.scale.progress import count_inputs
from eventwire.scale.writer import count_sources
from eventwire.store import open_store

WIRE = ("Rebel fighters shelled the northern outskirts of the provincial capital overnight, local officials said, "
        "and at least twelve civilians were wounded as families fled toward the river crossing before dawn. "
        "The regional governor asked for an immediate ceasefire and for ambulances to be let through the checkpoints.")


def test_syndicated_copy_is_marked_and_rewrites_are_not():
    detector = NearDuplicates()
    assert detector.canonical_of("wire", WIRE) is None
    assert detector.canonical_of("copy", WIRE + " Reporting by a staff correspondent.") == "wire"
    assert detector.canonical_of("other", "Parliament passed the budget on Tuesday after a long debate over "
                                          "fuel subsidies and teacher salaries in the capital.") is None
    rewrite = "Overnight shelling hit the capital's northern outskirts; officials blamed rebel fighters for it."
    assert detector.canonical_of("rewrite", rewrite) is None
    assert detector.canonical_of("copy of copy", WIRE + " Reporting by a staff correspondent. Edited.") == "wire"


def test_shingles_of_short_text_are_one_item():
    assert shingles("Two words") == [b"two words"]
    assert len(shingles("one two three four five six")) == 2


def test_count_inputs_counts_rows_without_reading_articles(tmp_path):
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "rows.jsonl").write_text('{"text": "a"}\n\n{"text": "b"}\n', encoding="utf-8")
    (tmp_path / "rows.csv").write_text("text,title\nfirst,a\nsecond,b\nthird,c\n", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("x", encoding="utf-8")
    assert count_inputs([str(tmp_path)]) == 1 + 2 + 3
    (tmp_path / "crawl.warc.gz").write_bytes(b"\x1f\x8b")
    assert count_inputs([str(tmp_path)]) is None  # unknown without reading: the bar shows no total


def test_planner_marks_copies_skips_repeats_and_stored_articles(tmp_path):
    rows = [{"text": WIRE, "source": "A"}, {"text": WIRE + " Reporting by a staff correspondent.", "source": "B"},
            {"text": WIRE, "source": "C"}, {"text": "Too short"}]
    (tmp_path / "in.jsonl").write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    failures: list[InputError] = []
    planner = Planner([str(tmp_path / "in.jsonl")], on_failure=failures.append)
    first, copy = list(planner)
    assert (first.duplicate_of, copy.duplicate_of) == (None, first.id)
    assert (planner.counts.repeated, planner.counts.duplicates, len(failures)) == (1, 1, 1)

    with open_store(":memory:") as store:
        store.execute("INSERT INTO articles (id, source) VALUES (?, 'A')", [first.id])
        resumed = Planner([str(tmp_path / "in.jsonl")], store)
        assert [a.id for a in resumed] == [copy.id]
        assert [a.duplicate_of for a in Planner([str(tmp_path / "in.jsonl")], store)] == [first.id]
        store.execute("INSERT INTO articles (id, source, duplicate_of) VALUES (?, 'B', ?)", [copy.id, first.id])
        store.execute("INSERT INTO events (article_id, id, duplicate_of) VALUES (?, 'e1', NULL), (?, 'e1', ?)",
                      [first.id, copy.id, first.id])
        count_sources(store)
        assert store.query("SELECT id, sources FROM articles ORDER BY sources NULLS LAST") == [
            {"id": first.id, "sources": 2}, {"id": copy.id, "sources": None}]
        assert [e["article_id"] for e in store.events()] == [first.id]  # a copy's events count once
        assert store.events()[0]["sources"] == 2


def test_failures_reach_stderr_and_the_store(tmp_path, capsys):
    from eventwire.runner import RunStats
    from eventwire.scale.writer import DocumentWriter

    with open_store(":memory:") as store:
        writer = DocumentWriter(store, io.StringIO(), RunStats())
        writer.fail(InputError("x.txt", "empty file (0 bytes)"))
        assert store.failures()[0]["reason"] == "empty file (0 bytes)"
    assert "x.txt: empty file" in capsys.readouterr().err
