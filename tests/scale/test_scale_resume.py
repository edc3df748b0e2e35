"""A run killed by SIGKILL, then one stopped by Ctrl-C, then a resumed run: same database as a clean run."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from eventwire.config import Config
from eventwire.scale.local import code_parallel
from eventwire.store import open_store


def start(corpus: Path, db: Path, out: Path) -> subprocess.Popen:
    command = [sys.executable, "-m", "eventwire", "code", str(corpus), "--db", str(db), "-o", str(out),
               "--workers", "2", "--batch-size", "3", "--date", "2024-05-01", "-q"]
    # own session: a signal to the group reaches the workers too, like Ctrl-C in a terminal
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)


def wait_for_lines(out: Path, lines: int, proc: subprocess.Popen, timeout: float = 180) -> None:
    """Until `out` has that many JSONL lines; the writer adds them only after each commit."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if out.exists() and out.read_text(encoding="utf-8").count("\n") >= lines:
            return
        assert proc.poll() is None, f"run ended before it could be stopped: {proc.stderr.read().decode()}"
        time.sleep(0.02)
    raise AssertionError(f"no {lines} documents written in {timeout}s")


def stored(db: Path) -> int:
    with open_store(str(db)) as store:
        return store.counts()["articles"]


def test_killed_and_stopped_run_resumes_to_the_clean_database(tmp_path, corpus, pipeline, db_snapshot):
    folder = corpus(40)
    clean = tmp_path / "clean.duckdb"
    with open_store(str(clean)) as store:
        stats = code_parallel([str(folder)], Config(), store, default_date="2024-05-01", workers=1, quiet=True)
    assert (stats.coded, stats.failed, stats.duplicates, stats.skipped) == (38, 1, 3, 1)

    db = tmp_path / "run.duckdb"
    first = start(folder, db, out := tmp_path / "first.jsonl")
    wait_for_lines(out, 3, first)  # lines are written after their commit
    os.killpg(first.pid, signal.SIGKILL)
    first.wait(timeout=30)
    after_kill = stored(db)
    assert 3 <= after_kill < 38, "the killed run should stop half-way"

    second = start(folder, db, out := tmp_path / "second.jsonl")
    wait_for_lines(out, after_kill + 3, second)  # stored articles come first, read back; then new ones
    os.killpg(second.pid, signal.SIGINT)
    assert second.wait(timeout=60) == 130
    after_interrupt = stored(db)
    assert after_kill + 3 <= after_interrupt <= 38

    third = start(folder, db, out := tmp_path / "third.jsonl")
    assert third.wait(timeout=180) == 1  # the empty file is a failure on every run
    assert out.read_text(encoding="utf-8").count("\n") == 38  # coded now or read back from the store
    assert db_snapshot(str(db)) == db_snapshot(str(clean))
