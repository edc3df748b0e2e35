"""`eventwire eval events`: event coding against PLOVER gold-standard records (plover_gsr.json).

Each gold sentence is coded as a one-sentence article dated with the gold date. PLOVER 0.5 labels
are mapped to the current types (DEMAND->REQUEST, DISAPPROVE->ACCUSE, INVESTIGATE->ACCUSE,
FIGHT->ASSAULT). Records sharing a sentence are one sentence with several gold events.

Matching, per sentence: predicted and gold events of the same type pair up one to one (tp); left-
over predictions are false positives of their type, left-over gold events false negatives of
theirs, and left-overs are paired in order for the confusion matrix ("-" = none). By default only
asserted events count (not hypothetical ones: the gold codes the pledge or threat, not the action
promised); `--all-events` scores every event. For matched pairs: actor (gold source) and recipient
(gold target) country and sector accuracy; a side is right when one of its predicted actors has a
country (or code) among the gold codes, and the sector likewise. Gold codes are CAMEO: countries are
read as ISO alpha-3 (JAP->JPN, through `eval.actors.CAMEO_COUNTRY`) and roles as the project's
sectors (JRN->MED, CVLkur->CVL, through the actors lexicon); "***" and unknown roles are not scored.
The gold codes NGOs as IGO, so `*_country_igo_ngo_merged` reads the two as one class (beside the
strict figure).

Records alternate into a fixed dev split (even index among records with text) and a held-out
split (odd index); figures are reported for all, dev and held-out.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import typer

from .metrics import PRF, confusion, confusion_table, emit, macro_f1, micro, prf_table, ratio

LABEL_MAP = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
NONE = "-"


@dataclass
class GoldEvent:
    type: str
    source: list[dict]
    target: list[dict]


@dataclass
class GoldSentence:
    text: str
    date: str | None
    split: str
    events: list[GoldEvent] = field(default_factory=list)


@dataclass
class PredEvent:
    type: str
    actors: list[tuple[str | None, str | None]]  # (country or code, sector) per actor
    recipients: list[tuple[str | None, str | None]]


def _sides(value) -> list[dict]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def load_gold(path: Path) -> list[GoldSentence]:
    try:
        records = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ValueError(f"{path}: cannot read PLOVER gold records: {exc}") from exc
    if not isinstance(records, list):
        raise ValueError(f"{path}: expected a JSON list of records")
    sentences: dict[str, GoldSentence] = {}
    index = 0
    for record in records:
        text = (record.get("text") or "").strip()
        if not text or not record.get("event"):
            continue  # the DOCUMENT record documents the file
        split = "dev" if index % 2 == 0 else "heldout"
        index += 1
        label = LABEL_MAP.get(record["event"], record["event"])
        sentence = sentences.setdefault(text, GoldSentence(text, record.get("date"), split))
        sentence.events.append(GoldEvent(label, _sides(record.get("source")), _sides(record.get("target"))))
    return list(sentences.values())


def predict(sentences: list[GoldSentence], all_events: bool) -> list[list[PredEvent]]:
    from ..model import Article
    from ..pipeline import get_pipeline

    articles = [Article(id=Article.content_id(s.text), text=s.text, published=s.date) for s in sentences]
    out = []
    for doc in get_pipeline().process_partition(articles):
        actors = {a.id: a for a in doc.actors}

        def side(ids: list[str]) -> list[tuple[str | None, str | None]]:
            found = [actors[i] for i in ids if i in actors]
            return [(a.country or (a.code.split()[0] if a.code else None), a.sector) for a in found]

        out.append([PredEvent(e.type, side(e.actor), side(e.recipient)) for e in doc.events
                    if all_events or not e.hypothetical])
    return out


@dataclass
class Tally:
    scores: dict[str, PRF] = field(default_factory=dict)
    pairs: list[tuple[str, str]] = field(default_factory=list)
    sides: dict[str, list[int]] = field(default_factory=dict)  # name -> [right, total]

    def prf(self, label: str) -> PRF:
        return self.scores.setdefault(label, PRF())

    def side(self, name: str, right: bool) -> None:
        counts = self.sides.setdefault(name, [0, 0])
        counts[0] += int(right)
        counts[1] += 1


def gold_country(code) -> str | None:
    """A CAMEO actor code's country part as the ISO alpha-3 code we output ("JAP" -> "JPN")."""
    from .actors import CAMEO_COUNTRY

    code = str(code or "")[:3].upper()
    return CAMEO_COUNTRY.get(code, code) or None


def gold_sector(role) -> str | None:
    """A CAMEO role code as a PLOVER sector ("JRN" -> "MED", "CVLkur" -> "CVL"); None when unknown."""
    from ..actors import load_lexicon

    role = str(role or "")
    if not role or role.startswith("*"):
        return None
    return load_lexicon().cameo_to_sector(role)


def _intl(code: str) -> str:
    return "IGO" if code in ("IGO", "NGO") else code


def _side_right(gold: list[dict], pred: list[tuple[str | None, str | None]], tally: Tally, name: str) -> None:
    codes = {c for c in (gold_country(g.get("code")) for g in gold) if c}
    if codes:
        tally.side(f"{name}_country", any((c or "").upper() in codes for c, _ in pred))
        # the gold codes NGOs (Red Cross, Amnesty) as IGO: reported beside the strict figure
        merged = {_intl(c) for c in codes}
        tally.side(f"{name}_country_igo_ngo_merged", any(_intl((c or "").upper()) in merged for c, _ in pred))
    sectors = {s for s in (gold_sector(g.get("sector")) for g in gold) if s}
    if sectors:
        tally.side(f"{name}_sector", any((s or "").upper() in sectors for _, s in pred))


def score_sentence(gold: GoldSentence, pred: list[PredEvent], tally: Tally) -> None:
    left_gold, left_pred = list(gold.events), list(pred)
    for g in list(left_gold):
        match = next((p for p in left_pred if p.type == g.type), None)
        if match is None:
            continue
        left_gold.remove(g)
        left_pred.remove(match)
        tally.prf(g.type).tp += 1
        tally.pairs.append((g.type, g.type))
        _side_right(g.source, match.actors, tally, "actor")
        _side_right(g.target, match.recipients, tally, "recipient")
    for g in left_gold:
        tally.prf(g.type).fn += 1
    for p in left_pred:
        tally.prf(p.type).fp += 1
    for i in range(max(len(left_gold), len(left_pred))):
        tally.pairs.append((left_gold[i].type if i < len(left_gold) else NONE,
                            left_pred[i].type if i < len(left_pred) else NONE))


def figures_of(tally: Tally, sentences: int) -> dict:
    total = micro(tally.scores.values())
    figures = {
        "sentences": sentences,
        "micro_precision": round(total.precision, 4), "micro_recall": round(total.recall, 4),
        "micro_f1": round(total.f1, 4), "macro_f1": round(macro_f1(tally.scores.values()), 4),
        "tp": total.tp, "fp": total.fp, "fn": total.fn,
    }
    for name, (right, count) in sorted(tally.sides.items()):
        figures[f"{name}_accuracy"] = ratio(right, count)
        figures[f"{name}_n"] = count
    return figures


def run_eval(gold_path: Path, all_events: bool = False, limit: int | None = None) -> tuple[dict, Tally]:
    sentences = load_gold(gold_path)[:limit]
    predictions = predict(sentences, all_events)
    tallies = {"all": Tally(), "dev": Tally(), "heldout": Tally()}
    for sentence, pred in zip(sentences, predictions):
        score_sentence(sentence, pred, tallies["all"])
        score_sentence(sentence, pred, tallies[sentence.split])
    counts = {"all": len(sentences), "dev": sum(s.split == "dev" for s in sentences)}
    counts["heldout"] = counts["all"] - counts["dev"]
    figures = figures_of(tallies["all"], counts["all"])
    for split in ("dev", "heldout"):
        figures[split] = figures_of(tallies[split], counts[split])
        for key in ("micro_f1", "macro_f1", "actor_country_accuracy"):
            figures[f"{split}_{key}"] = figures[split].get(key, 0.0)
    figures["per_type"] = {label: s.as_dict() for label, s in sorted(tallies["all"].scores.items())}
    figures["confusion"] = confusion(tallies["all"].pairs)
    figures["protocol"] = "all events" if all_events else "asserted events (hypothetical ones left out)"
    return figures, tallies["all"]


def register(eval_app: typer.Typer) -> None:
    """Attach `eval events` to the eval command group."""

    @eval_app.command("events")
    def events(
        gold: Path = typer.Option(..., "--gold", exists=True, help="PLOVER gold records (plover_gsr.json)."),
        all_events: bool = typer.Option(False, "--all-events", help="Score hypothetical events too."),
        limit: Optional[int] = typer.Option(None, "--limit", min=1, help="Score only the first N sentences."),
        as_json: bool = typer.Option(False, "--json", help="End with one JSON line of every figure."),
    ) -> None:
        """Event type P/R/F1 (micro, macro, per type), confusion matrix, actor/recipient accuracy."""
        try:
            figures, tally = run_eval(gold, all_events, limit)
        except ValueError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2) from exc
        figures["gold"] = str(gold)
        tables = [prf_table("event types", dict(sorted(tally.scores.items()))),
                  confusion_table("confusion (rows gold, columns predicted)", figures["confusion"])]
        emit("eval events", figures, as_json, tables=tables)
