"""Scoring arithmetic shared by every scorer, and the report printer.

Every `eval` subcommand prints a readable report and, with `--json`, one JSON object holding every
figure as the last line of output.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Iterable

from rich.console import Console
from rich.table import Table


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: "PRF") -> "PRF":
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def as_dict(self) -> dict[str, float | int]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


def macro_f1(scores: Iterable[PRF]) -> float:
    scores = list(scores)
    return sum(s.f1 for s in scores) / len(scores) if scores else 0.0


def ratio(hits: int, total: int) -> float:
    return round(hits / total, 4) if total else 0.0


def emit(title: str, figures: dict[str, Any], as_json: bool, tables: Iterable[Table] = (), console: Console | None = None) -> None:
    """Print a readable report; with `as_json`, end with one JSON line holding every figure."""
    console = console or Console()
    console.rule(title)
    for key, value in figures.items():
        if not isinstance(value, (dict, list)):
            console.print(f"{key:>32}: {value}")
    for table in tables:
        console.print(table)
    if as_json:
        print(json.dumps(figures, default=str, sort_keys=True))
