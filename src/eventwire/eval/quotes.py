"""`eventwire eval quotes`: quote attribution against BRAT standoff corpora (PolNeAR layout).

A corpus directory holds `text/NAME.txt` and `attributions/NAME_ANNOTATOR.ann`, whose `T` lines
are Source / Cue / Content spans (possibly discontinuous, "a b;c d") and whose `E` lines tie them
into one attribution. When several annotators coded an article, the first file in name order is
the gold. A predicted quote matches a gold content when they share at least half of the word
tokens of each (|G∩P| >= 0.5 * max(|G|, |P|)); pairs are matched one to one, best overlap first.
The speaker is right when the predicted speaker mention overlaps the gold Source.
"""
from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

import typer

from .metrics import PRF, emit, ratio

_WORD = re.compile(r"\w+")
OVERLAP = 0.5


@dataclass
class GoldAttribution:
    content: list[tuple[int, int]]
    source: list[tuple[int, int]] = field(default_factory=list)
    text: str = ""


@dataclass
class Predicted:
    fragments: list[tuple[int, int]]
    speaker: tuple[int, int] | None
    kind: str = "direct"


def parse_ann(text: str) -> list[GoldAttribution]:
    spans: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
    links: list[dict[str, str]] = []
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        if parts[0].startswith("T"):
            label, _, offsets = parts[1].partition(" ")
            try:
                frags = [(int(a), int(b)) for a, b in (f.split() for f in offsets.split(";"))]
            except ValueError:
                continue
            spans[parts[0]] = (label, frags, parts[2] if len(parts) > 2 else "")
        elif parts[0].startswith("E"):
            links.append(dict(x.split(":", 1) for x in parts[1].split() if ":" in x))
    gold = []
    for link in links:
        content = spans.get(link.get("Content", ""))
        if content is None:
            continue
        source = spans.get(link.get("Source", ""))
        gold.append(GoldAttribution(content[1], source[1] if source else [], content[2]))
    return gold


def word_set(text: str, fragments: Iterable[tuple[int, int]]) -> frozenset[int]:
    """Start offsets of the word tokens inside the fragments."""
    out = set()
    for start, end in fragments:
        out.update(start + m.start() for m in _WORD.finditer(text[start:end]))
    return frozenset(out)


def overlaps(a: tuple[int, int], fragments: Iterable[tuple[int, int]]) -> bool:
    return any(a[0] < end and start < a[1] for start, end in fragments)


def score_article(text: str, gold: list[GoldAttribution], predicted: list[Predicted]) -> tuple[PRF, PRF, int]:
    """Content PRF, content+speaker PRF, and how many gold contents holding a quotation mark matched."""
    gsets = [word_set(text, g.content) for g in gold]
    psets = [word_set(text, p.fragments) for p in predicted]
    pairs = []
    for gi, g in enumerate(gsets):
        for pi, p in enumerate(psets):
            if not g or not p:
                continue
            shared = len(g & p)
            if shared >= OVERLAP * max(len(g), len(p)):
                pairs.append((shared / max(len(g), len(p)), gi, pi))
    used_g, used_p, speaker_hits, quoted_hits = set(), set(), 0, 0
    for _, gi, pi in sorted(pairs, reverse=True):
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        speaker = predicted[pi].speaker
        if speaker is not None and overlaps(speaker, gold[gi].source):
            speaker_hits += 1
        if _quoted(gold[gi].text):
            quoted_hits += 1
    tp = len(used_g)
    content = PRF(tp, len(predicted) - tp, len(gold) - tp)
    with_speaker = PRF(speaker_hits, len(predicted) - speaker_hits, len(gold) - speaker_hits)
    return content, with_speaker, quoted_hits


def _quoted(text: str) -> bool:
    return any(mark in text for mark in '"“”')


def load_corpus(gold_dir: Path, limit: int | None = None) -> list[tuple[str, str, list[GoldAttribution]]]:
    texts = sorted((gold_dir / "text").glob("*.txt"))
    anns = sorted((gold_dir / "attributions").glob("*.ann"))
    by_stem: dict[str, Path] = {}
    for ann in anns:
        stem = ann.stem.rsplit("_", 1)[0]
        by_stem.setdefault(stem, ann)
    out = []
    for path in texts:
        ann = by_stem.get(path.stem)
        if ann is None:
            continue
        out.append((path.stem, path.read_text("utf-8"), parse_ann(ann.read_text("utf-8"))))
        if limit and len(out) >= limit:
            break
    return out


def predictions(documents) -> list[list[Predicted]]:
    """Scored units: a continuation quote joins the quote it continues, as the gold annotates
    '"A," she said. "B."' as one attribution with a discontinuous content."""
    out = []
    for doc in documents:
        units: dict[str, Predicted] = {}
        root: dict[str, str] = {}  # quote id -> id of the first quote of its chain
        for q in doc.quotes:
            head = root.get(q.continuation_of or "")
            if head is not None:
                units[head].fragments.append((q.span.start, q.span.end))
                root[q.id] = head
                continue
            speaker = (q.speaker_span.start, q.speaker_span.end) if q.speaker_span else None
            units[q.id] = Predicted([(q.span.start, q.span.end)], speaker, q.kind)
            root[q.id] = q.id
        out.append(list(units.values()))
    return out


def run_eval(gold_dir: Path, limit: int | None = None) -> dict:
    from ..model import Article
    from ..pipeline import get_pipeline

    corpus = load_corpus(gold_dir, limit)
    if not corpus:
        raise typer.BadParameter(f"{gold_dir}: no text/*.txt with attributions/*.ann found")
    pipeline = get_pipeline()
    started = time.perf_counter()
    articles = [Article(id=name, text=text) for name, text, _ in corpus]
    docs = list(pipeline.process_partition(articles))
    elapsed = time.perf_counter() - started
    content, with_speaker, quoted_hits = PRF(), PRF(), 0
    kinds: dict[str, int] = {}
    for (name, text, gold), preds in zip(corpus, predictions(docs)):
        c, s, qh = score_article(text, gold, preds)
        content, with_speaker, quoted_hits = content.add(c), with_speaker.add(s), quoted_hits + qh
        for p in preds:
            kinds[p.kind] = kinds.get(p.kind, 0) + 1
    gold_quoted = sum(_quoted(g.text) for _, _, gold in corpus for g in gold)
    return {
        "articles": len(corpus),
        "gold_attributions": content.tp + content.fn,
        "predicted_quotes": content.tp + content.fp,
        "predicted_by_kind": kinds,
        "content": content.as_dict(),
        "content_speaker": with_speaker.as_dict(),
        "content_f1": round(content.f1, 4),
        "content_speaker_f1": round(with_speaker.f1, 4),
        "recall_on_gold_with_quotation_marks": ratio(quoted_hits, gold_quoted),
        "seconds": round(elapsed, 1),
    }


def register(eval_app: typer.Typer) -> None:
    """Attach `eval quotes` to the eval command group."""

    @eval_app.command("quotes")
    def quotes(
        gold: Path = typer.Option(..., "--gold", exists=True, file_okay=False, help="BRAT corpus dir (text/, attributions/)."),
        limit: Optional[int] = typer.Option(None, "--limit", min=1, help="Score only the first N articles."),
        as_json: bool = typer.Option(False, "--json", help="End with one JSON line of every figure."),
    ) -> None:
        """Quote attribution: content P/R/F1 (>= 50% word overlap) and content+speaker F1."""
        figures = run_eval(gold, limit)
        figures["gold"] = str(gold)
        flat = {**figures}
        for key in ("content", "content_speaker"):
            for name, value in figures[key].items():
                flat[f"{key}_{name}"] = value
        emit("eval quotes", flat, as_json)
