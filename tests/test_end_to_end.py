"""End to end through the real CLI: the example article, re-runs, and a batch with bad files."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.store import open_store

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[1]


def test_example_twice_one_row_clean_text(example_path, tmp_path):
    db, out = str(tmp_path / "e.duckdb"), tmp_path / "out.jsonl"
    for _ in range(2):
        result = runner.invoke(app, ["code", str(example_path), "--date", "2019-03-18", "--db", db, "-o", str(out), "-q"])
        assert result.exit_code == 0, result.output
    with open_store(db, read_only=True) as store:
        assert store.counts()["articles"] == 1
    (line,) = out.read_text(encoding="utf-8").splitlines()
    doc = json.loads(line)
    art = doc["article"]
    assert "© Getty Images" not in art["text"]
    assert art["title"] == "US-backed fighters move into last ISIS enclave in eastern Syria: report"
    assert art["title"] not in art["text"]
    assert art["published"] == "2019-03-18"
    for kind in ("actors", "places", "times"):
        for item in doc[kind]:
            span = item["span"]
            assert art["text"][span["start"]:span["end"]] == span["text"], (kind, item)
    assert {r["reason"] for r in art["removed"]} >= {"repeated headline", "photo credit"}


def test_folder_with_bad_files(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("Troops clashed with rebels near the border on Monday, the army said in a statement.")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "nocol.csv").write_text("summary\nsomething\n")  # "body" would be a text column (ingest/data/columns.yaml)
    db = str(tmp_path / "b.duckdb")
    result = runner.invoke(app, ["code", str(folder), "--db", db, "--date", "2024-01-01", "-q"])
    assert result.exit_code == 1, result.output
    assert result.output.count("eventwire: ") == 3, result.output
    with open_store(db, read_only=True) as store:
        assert store.counts()["articles"] == 1
        failures = {Path(f["path"]).name: f["reason"] for f in store.failures()}
    assert set(failures) == {"empty.txt", "binary.txt", "nocol.csv"}
    # a re-run neither duplicates nor drops rows
    assert runner.invoke(app, ["code", str(folder), "--db", db, "-q"]).exit_code == 1
    with open_store(db, read_only=True) as store:
        counts = store.counts()
    assert counts["articles"] == 1 and counts["failures"] == 3


def test_usage_errors_exit_2(tmp_path):
    assert runner.invoke(app, ["code", "x.txt", "--date", "yesterday-ish"]).exit_code == 2
    assert runner.invoke(app, ["code", "x.txt", "--model", "no_such_pipeline_xyz"]).exit_code == 2
    assert runner.invoke(app, ["events", "--db", str(tmp_path / "missing.duckdb")]).exit_code == 2
    assert runner.invoke(app, ["export", "-o", str(tmp_path / "x"), "--format", "xml"]).exit_code == 2


def test_listing_and_export_commands(tmp_path):
    text = tmp_path / "a.txt"
    text.write_text("Protesters marched in Nairobi on Thursday against new taxes, police said.")
    db = str(tmp_path / "c.duckdb")
    assert runner.invoke(app, ["code", str(text), "--db", db, "--date", "2024-06-21", "--source", "Wire", "-q"]).exit_code == 0
    listed = runner.invoke(app, ["articles", "--db", db, "--json"])
    assert listed.exit_code == 0 and "2024-06-21" in listed.output
    assert runner.invoke(app, ["articles", "--db", db, "--source", "nobody", "--json"]).output.strip() == ""
    assert runner.invoke(app, ["events", "--db", db]).exit_code == 0
    for fmt, suffix in (("jsonl", "jsonl"), ("csv", "csv"), ("parquet", "parquet")):
        result = runner.invoke(app, ["export", "--db", db, "--format", fmt, "--table", "actors", "-o", str(tmp_path / f"x.{suffix}")])
        assert result.exit_code == 0, result.output
        assert (tmp_path / f"x.{suffix}").stat().st_size > 0


def test_installed_console_script_reads_stdin(tmp_path):
    exe = Path(sys.executable).with_name("eventwire")
    if not exe.exists():
        pytest.skip("eventwire console script not installed in this environment")
    proc = subprocess.run(
        [str(exe), "code", "-", "--no-db", "-o", str(tmp_path / "o.jsonl"), "--date", "2024-01-01", "-q"],
        input="Soldiers fired on protesters in the capital on Friday, witnesses said.".encode(),
        capture_output=True, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr.decode()
    doc = json.loads((tmp_path / "o.jsonl").read_text())
    assert doc["article"]["path"] == "<stdin>"
