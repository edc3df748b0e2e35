"""Scoring arithmetic shared by every scorer, and the report printer.

Every `eval` subcommand prints a readable report and, with `--json`, one JSON object holding every
figure as the last line of output.
"""
from __future__ import annotations

import json
import re
import statistics
from collections import Counter
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


def micro(scores: Iterable[PRF]) -> PRF:
    """Pool the counts of several PRFs (micro-averaging)."""
    total = PRF()
    for score in scores:
        total = total.add(score)
    return total


def mean(values: Iterable[float]) -> float:
    values = list(values)
    return round(statistics.fmean(values), 4) if values else 0.0


def median(values: Iterable[float]) -> float:
    values = list(values)
    return round(statistics.median(values), 4) if values else 0.0


_WORD = re.compile(r"\w+")


def word_tokens(text: str) -> list[str]:
    """Lower-cased word tokens (letters/digits), punctuation dropped."""
    return [w.lower() for w in _WORD.findall(text or "")]


def token_overlap(gold: str, predicted: str) -> float:
    """Share of the gold words (counted with repeats) that the prediction also contains: 0..1."""
    gold_counts, predicted_counts = Counter(word_tokens(gold)), Counter(word_tokens(predicted))
    total = sum(gold_counts.values())
    if not total:
        return 0.0
    return sum(min(n, predicted_counts[w]) for w, n in gold_counts.items()) / total


def span_overlap(gold: tuple[int, int], predicted: tuple[int, int]) -> float:
    """Share of the gold character span [start, end) that the predicted span covers: 0..1."""
    shared = max(0, min(gold[1], predicted[1]) - max(gold[0], predicted[0]))
    return shared / (gold[1] - gold[0]) if gold[1] > gold[0] else 0.0


def prf_table(title: str, scores: dict[str, PRF]) -> Table:
    """Per-label precision/recall/F1 with support, labels in the given order."""
    table = Table(title=title)
    for column in ("label", "P", "R", "F1", "tp", "fp", "fn"):
        table.add_column(column, justify="left" if column == "label" else "right")
    for label, s in scores.items():
        table.add_row(label, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", str(s.tp), str(s.fp), str(s.fn))
    return table


def confusion(pairs: Iterable[tuple[str, str]]) -> dict[str, dict[str, int]]:
    """{gold: {predicted: count}} from (gold, predicted) pairs; use a label such as "-" for none."""
    matrix: dict[str, dict[str, int]] = {}
    for gold, predicted in pairs:
        row = matrix.setdefault(gold, {})
        row[predicted] = row.get(predicted, 0) + 1
    return matrix


def confusion_table(title: str, matrix: dict[str, dict[str, int]]) -> Table:
    """Rows are gold labels, columns predicted labels; zero cells are left blank."""
    columns = sorted({p for row in matrix.values() for p in row})
    table = Table(title=title)
    table.add_column("gold \\ predicted")
    for column in columns:
        table.add_column(column, justify="right")
    for gold in sorted(matrix):
        table.add_row(gold, *(str(matrix[gold].get(c, "")) for c in columns))
    return table


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
