"""`eventwire eval dates`: time expressions against TimeML (.tml) gold, the TempEval-3 layout.

Each file's document creation time (the TIMEX3 with functionInDocument="CREATION_TIME", usually
inside <DCT>) is the anchor; the text scored is the content of <TEXT>. Two protocols:
(a) given the gold spans: the tagger normalises each gold DATE/TIME span (`time.normalise_span`)
    and the TimeML value must match exactly (case-insensitive);
(b) end to end: the tagger's expressions (ranges and "since X" split into their parts, as TimeML
    tags them) against all gold TIMEX3 spans, strict (same offsets) and relaxed (overlap) P/R/F1,
    and value accuracy of the relaxed-matched DATE/TIME pairs.
"""
from __future__ import annotations

import time
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

import typer
from rich.table import Table

from .metrics import PRF, emit, ratio

SCORED_TYPES = ("DATE", "TIME")


@dataclass
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass
class TimeMLDocument:
    name: str
    text: str
    dct: str | None
    timexes: list[GoldTimex] = field(default_factory=list)


def _flatten(element: ET.Element, pieces: list[str], timexes: list[GoldTimex], offset: list[int]) -> None:
    """Collect the element's text in order, recording where each TIMEX3 starts and ends."""
    start = offset[0]
    if element.text:
        pieces.append(element.text)
        offset[0] += len(element.text)
    for child in element:
        _flatten(child, pieces, timexes, offset)
        if child.tail:
            pieces.append(child.tail)
            offset[0] += len(child.tail)
    if element.tag == "TIMEX3":
        text = "".join(pieces)[start:offset[0]]
        timexes.append(GoldTimex(start, offset[0], text, element.get("type", ""), element.get("value", "")))


def read_tml(path: Path) -> TimeMLDocument:
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise ValueError(f"{path}: not well-formed TimeML: {exc}") from exc
    dct = None
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            dct = timex.get("value")
            break
    body = root.find("TEXT")
    if body is None:
        raise ValueError(f"{path}: no <TEXT> element")
    pieces: list[str] = []
    timexes: list[GoldTimex] = []
    _flatten(body, pieces, timexes, [0])
    return TimeMLDocument(path.name, "".join(pieces), dct, sorted(timexes, key=lambda t: t.start))


def tml_files(gold: Path) -> list[Path]:
    return [gold] if gold.is_file() else sorted(gold.rglob("*.tml"))


def same_value(predicted: str | None, gold: str) -> bool:
    return predicted is not None and predicted.strip().upper() == gold.strip().upper()


@dataclass
class Scores:
    given: Counter = field(default_factory=Counter)  # "<TYPE>_total" / "<TYPE>_correct"
    strict: PRF = field(default_factory=PRF)
    relaxed: PRF = field(default_factory=PRF)
    matched_values: Counter = field(default_factory=Counter)
    errors: list[tuple[str, str, str, str | None]] = field(default_factory=list)  # file, text, gold, predicted
    files: int = 0


def score_document(doc: TimeMLDocument, nlp, scores: Scores, baseline: bool = False) -> None:
    """`baseline`: normalise the given spans with dateparser alone, for comparison."""
    from ..time import normalise_span, parse_anchor, tag_text
    from ..time.fallback import dateparser_resolution

    anchor = doc.dct[:10] if doc.dct else None
    parsed = nlp(doc.text)
    scores.files += 1
    tagged = tag_text(doc.text, anchor, parsed)
    leaves = [leaf for t in tagged for leaf in t.leaves()]
    for gold in doc.timexes:
        if gold.type not in SCORED_TYPES:
            continue
        if baseline:
            resolution = dateparser_resolution(gold.text, parse_anchor(anchor))
            predicted = resolution.timex if resolution else None
        else:
            found = normalise_span(doc.text, gold.start, gold.end, anchor, parsed, earlier=leaves)
            predicted = found.resolution.timex if found else None
        scores.given[f"{gold.type}_total"] += 1
        if same_value(predicted, gold.value):
            scores.given[f"{gold.type}_correct"] += 1
        else:
            scores.errors.append((doc.name, gold.text, gold.value, predicted))
    score_spans(doc.timexes, leaves, scores)


def score_spans(gold: list[GoldTimex], predicted: Iterable, scores: Scores) -> None:
    """Strict and relaxed span P/R/F1; each gold matched at most once, in text order."""
    predicted = list(predicted)
    exact = {(p.start, p.end) for p in predicted}
    strict_hits = sum(1 for g in gold if (g.start, g.end) in exact)
    scores.strict = scores.strict.add(PRF(strict_hits, len(predicted) - strict_hits, len(gold) - strict_hits))
    used: set[int] = set()
    relaxed_hits = 0
    for g in gold:
        match = next((i for i, p in enumerate(predicted) if i not in used and p.start < g.end and g.start < p.end), None)
        if match is None:
            continue
        used.add(match)
        relaxed_hits += 1
        if g.type in SCORED_TYPES:
            scores.matched_values["total"] += 1
            scores.matched_values["correct"] += same_value(predicted[match].resolution.timex, g.value)
    scores.relaxed = scores.relaxed.add(PRF(relaxed_hits, len(predicted) - relaxed_hits, len(gold) - relaxed_hits))


def figures_of(scores: Scores) -> dict:
    g = scores.given
    total = sum(g[f"{t}_total"] for t in SCORED_TYPES)
    correct = sum(g[f"{t}_correct"] for t in SCORED_TYPES)
    figures = {
        "files": scores.files,
        "given_spans_total": total,
        "given_spans_value_accuracy": ratio(correct, total),
        "end_to_end_strict": scores.strict.as_dict(),
        "end_to_end_relaxed": scores.relaxed.as_dict(),
        "end_to_end_value_accuracy": ratio(scores.matched_values["correct"], scores.matched_values["total"]),
        "end_to_end_matched_date_time": scores.matched_values["total"],
    }
    for kind in SCORED_TYPES:
        figures[f"given_spans_{kind.lower()}_total"] = g[f"{kind}_total"]
        figures[f"given_spans_{kind.lower()}_accuracy"] = ratio(g[f"{kind}_correct"], g[f"{kind}_total"])
    return figures


def run_eval(gold: Path, limit: int | None = None, nlp=None, baseline: bool = False) -> tuple[dict, Scores]:
    from ..nlp import load_model

    nlp = nlp or load_model()
    files = tml_files(gold)[:limit] if limit else tml_files(gold)
    if not files:
        raise ValueError(f"{gold}: no .tml files")
    scores = Scores()
    started = time.perf_counter()
    for path in files:
        score_document(read_tml(path), nlp, scores, baseline)
    figures = figures_of(scores)
    figures["seconds"] = round(time.perf_counter() - started, 2)
    return figures, scores


def _errors_table(scores: Scores, count: int) -> Table:
    table = Table(title=f"first {count} given-span misses")
    for column in ("file", "text", "gold", "predicted"):
        table.add_column(column)
    for name, text, gold, predicted in scores.errors[:count]:
        table.add_row(name, text, gold, str(predicted))
    return table


def register(eval_app: typer.Typer) -> None:
    """Attach `eval dates` to the eval command group."""

    @eval_app.command("dates")
    def dates(
        gold: Path = typer.Option(..., "--gold", exists=True, help="A .tml file or a directory of them (recursive)."),
        limit: Optional[int] = typer.Option(None, "--limit", min=1, help="Score only the first N files."),
        errors: int = typer.Option(0, "--errors", min=0, help="List the first N given-span misses."),
        baseline: bool = typer.Option(False, "--dateparser-baseline", help="Given spans: dateparser alone."),
        as_json: bool = typer.Option(False, "--json", help="End with one JSON line of every figure."),
    ) -> None:
        """Time expressions: value accuracy given gold spans; end-to-end span P/R/F1 and value accuracy."""
        try:
            figures, scores = run_eval(gold, limit, baseline=baseline)
        except ValueError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2) from exc
        figures["gold"] = str(gold)
        figures["given_spans_normaliser"] = "dateparser" if baseline else "eventwire"
        flat = {**figures}
        for key in ("end_to_end_strict", "end_to_end_relaxed"):
            for name, value in figures[key].items():
                flat[f"{key}_{name}"] = value
        emit("eval dates", flat, as_json, tables=[_errors_table(scores, errors)] if errors else ())
