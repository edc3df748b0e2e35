"""Progress of a run: inputs counted cheaply up front, a bar with articles/s and an ETA.

Counting reads no article: a text/HTML file is one input, a JSONL file one per non-blank line,
a CSV file one per line after the header (a quoted multi-line field over-counts, the bar then
ends early). WARC files and standard input cannot be counted without reading them: no total.
"""
from __future__ import annotations

import time
from pathlib import Path
from typing import Iterable

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from ..ingest.readers import SUPPORTED, WARC_SUFFIXES, suffix_of


def count_inputs(paths: Iterable[str]) -> int | None:
    """Number of articles the inputs hold, or None when some input cannot be counted cheaply."""
    total = 0
    for path in paths:
        if path == "-":
            total += 1
            continue
        p = Path(path)
        files = sorted(c for c in p.rglob("*") if c.is_file() and not c.name.startswith(".")
                       and suffix_of(c) in SUPPORTED) if p.is_dir() else [p]
        for file in files:
            counted = _count_file(file)
            if counted is None:
                return None
            total += counted
    return total


def _count_file(path: Path) -> int | None:
    suffix = suffix_of(path)
    if suffix in WARC_SUFFIXES:
        return None
    if suffix not in {".jsonl", ".ndjson", ".csv"} or not path.is_file():
        return 1  # one article (or one failure for a missing or unreadable file)
    with open(path, "rb") as lines:
        count = sum(1 for line in lines if line.strip())
    return max(count - 1, 0) if suffix == ".csv" else count


class RunProgress:
    """Rich bar over the articles to code: skipped articles shrink the total instead of advancing,
    so the rate and the ETA are those of coding alone."""

    def __init__(self, total: int | None, console: Console | None = None):
        self.progress = Progress(
            SpinnerColumn(), TextColumn("[bold]coding"), BarColumn(), MofNCompleteColumn(),
            TextColumn("[cyan]{task.fields[rate]}"), TextColumn("{task.fields[eta]}"), TimeElapsedColumn(),
            console=console or Console(stderr=True), refresh_per_second=4,
        )
        self.task = self.progress.add_task("coding", total=total, rate="", eta="")
        self.total = total
        self.done = 0
        self.started: float | None = None

    def __enter__(self) -> "RunProgress":
        self.progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.progress.stop()

    def skip(self, _article=None) -> None:
        if self.total is not None:
            self.total = max(self.total - 1, self.done)
            self.progress.update(self.task, total=self.total)

    def advance(self, _item=None) -> None:
        now = time.perf_counter()
        if self.started is None:
            self.started = now  # the first article carries the model load and the worker start
        self.done += 1
        rate = (self.done - 1) / (now - self.started) if now > self.started else 0.0
        eta = ""
        if rate and self.total is not None:
            left = max(self.total - self.done, 0) / rate
            eta = f"ETA {int(left // 3600)}:{int(left % 3600 // 60):02d}:{int(left % 60):02d}"
        self.progress.update(self.task, completed=self.done, rate=f"{rate:.1f} articles/s" if rate else "", eta=eta)
