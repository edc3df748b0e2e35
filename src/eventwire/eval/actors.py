"""`eventwire eval actors`: actor country and sector accuracy on PLOVER gold sentences.

Each gold sentence is coded as a one-sentence article dated with the gold date (actor stage only).
For every gold source/target actor the predicted actor whose span overlaps the gold actorText most
is compared with the gold code: the country part (CAMEO three-letter codes, a few read as ISO3:
JAP->JPN, ITL->ITA, VTN->VNM) and the sector (CAMEO role codes read through sectors.yaml `cameo`).
Records alternate dev (even index) and held-out (odd index), DOCUMENT pseudo-records skipped.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import typer
from rich.table import Table

from .metrics import emit, ratio

CAMEO_COUNTRY = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
GAP = re.compile(r"\s*\.{2,}\s*")


@dataclass
class GoldActor:
    record: str
    split: str
    text: str
    country: str | None
    sector: str | None
    spans: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class Tally:
    gold: int = 0
    located: int = 0
    covered: int = 0
    country_scored: int = 0
    country_right: int = 0
    country_right_intl: int = 0  # IGO and NGO read as one class (the gold codes NGOs as IGO)
    sector_scored: int = 0
    sector_right: int = 0

    def figures(self) -> dict[str, Any]:
        return {
            "gold_actors": self.gold,
            "located": self.located,
            "coverage": ratio(self.covered, self.located),
            "country_accuracy": ratio(self.country_right, self.country_scored),
            "country_scored": self.country_scored,
            "country_accuracy_igo_ngo_merged": ratio(self.country_right_intl, self.country_scored),
            "country_recall": ratio(self.country_right, self.located),
            "sector_accuracy": ratio(self.sector_right, self.sector_scored),
            "sector_scored": self.sector_scored,
        }


def load_gold(path: Path) -> list[tuple[dict[str, Any], str]]:
    """(record, split) for every real record: even positions are dev, odd are held out."""
    records = [r for r in json.loads(path.read_text(encoding="utf-8")) if r.get("event") != "DOCUMENT"]
    return [(r, "dev" if n % 2 == 0 else "heldout") for n, r in enumerate(records)]


def gold_actors(record: dict[str, Any], split: str, cameo_to_sector) -> list[GoldActor]:
    text = record.get("text") or ""
    found = []
    for key in ("source", "target"):
        items = record.get(key)
        items = [items] if isinstance(items, dict) else items
        for item in items if isinstance(items, list) else []:
            if not isinstance(item, dict) or not item.get("actorText"):
                continue
            code = (item.get("code") or "")[:3].upper()
            country = CAMEO_COUNTRY.get(code, code) or None
            sector = item.get("sector")
            sector = cameo_to_sector(sector) if sector and sector != "***" else None
            actor = GoldActor(record.get("id", ""), split, item["actorText"], country, sector)
            actor.spans = _locate(text, item["actorText"])
            found.append(actor)
    return found


def _locate(text: str, actor_text: str) -> list[tuple[int, int]]:
    """Character spans of the gold actor text; "U.S. ... negotiators" gives two pieces."""
    spans = []
    low = text.lower()
    for piece in GAP.split(actor_text):
        piece = " ".join(piece.split())
        if not piece:
            continue
        at = low.find(piece.lower())
        if at >= 0:
            spans.append((at, at + len(piece)))
    return spans


def _best(actors, spans):
    """The predicted actor overlapping the gold text most; with "U.S. ... negotiators", the first
    piece names the actor and decides first."""
    def overlap(actor) -> tuple[int, int]:
        pieces = [max(0, min(actor.span.end, e) - max(actor.span.start, s)) for s, e in spans]
        return pieces[0], sum(pieces)

    scored = [(overlap(a), a.country is not None, a) for a in actors]
    scored = [s for s in scored if s[0][1] > 0]
    return max(scored, key=lambda s: (s[0], s[1]))[2] if scored else None


def _intl(code: str | None) -> str | None:
    return "IGO" if code in ("IGO", "NGO") else code


def score(gold_path: Path, valid_countries: set[str]) -> tuple[dict[str, Tally], list[dict[str, Any]]]:
    from ..actors import load_lexicon
    from ..config import Config
    from ..model import Article
    from ..pipeline import DEFAULT_STAGES, Pipeline

    lex = load_lexicon()
    records = load_gold(gold_path)
    pipeline = Pipeline(Config(), [s for s in DEFAULT_STAGES if s.name == "actors"])
    articles = [Article(id=r.get("id", str(n)), text=r.get("text") or "", published=r.get("date"))
                for n, (r, _) in enumerate(records)]
    tallies = {"dev": Tally(), "heldout": Tally()}
    misses: list[dict[str, Any]] = []
    for (record, split), doc in zip(records, pipeline.process_partition(articles)):
        for gold in gold_actors(record, split, lex.cameo_to_sector):
            tally = tallies[split]
            tally.gold += 1
            if not gold.spans:
                continue
            tally.located += 1
            pred = _best(doc.actors, gold.spans)
            if pred is None:
                misses.append({"split": split, "record": gold.record, "gold": gold.text, "why": "no actor"})
                continue
            tally.covered += 1
            if gold.country in valid_countries:
                tally.country_scored += 1
                tally.country_right += pred.country == gold.country
                tally.country_right_intl += _intl(pred.country) == _intl(gold.country)
            if gold.sector:
                tally.sector_scored += 1
                tally.sector_right += pred.sector == gold.sector
            if pred.country != gold.country or (gold.sector and pred.sector != gold.sector):
                misses.append({"split": split, "record": gold.record, "gold": gold.text,
                               "gold_code": f"{gold.country} {gold.sector or ''}".strip(),
                               "predicted": pred.text, "code": pred.code, "sector": pred.sector, "method": pred.method})
    return tallies, misses


def register(eval_app: typer.Typer) -> None:
    """Attach `eval actors` to the eval command group."""

    @eval_app.command("actors")
    def actors_command(
        gold: Path = typer.Option(Path("../shared/data/events/plover_gsr.json"), help="PLOVER gold records (JSON list)."),
        as_json: bool = typer.Option(False, "--json", help="End with one JSON line holding every figure."),
        show_misses: int = typer.Option(0, "--misses", help="Print this many dev-split disagreements."),
    ) -> None:
        """Actor country/sector accuracy and coverage on PLOVER gold actors (dev and held-out)."""
        if not gold.exists():
            raise typer.BadParameter(f"gold file not found: {gold}")
        from ..actors import load_lexicon

        valid = set(load_lexicon().countries) | {"IGO", "NGO", "IMG"}
        tallies, misses = score(gold, valid)
        figures: dict[str, Any] = {"gold": str(gold)}
        table = Table("split", "gold", "located", "coverage", "country acc", "country n", "sector acc", "sector n")
        for split, tally in tallies.items():
            f = tally.figures()
            figures[split] = f
            table.add_row(split, str(f["gold_actors"]), str(f["located"]), str(f["coverage"]),
                          str(f["country_accuracy"]), str(f["country_scored"]),
                          str(f["sector_accuracy"]), str(f["sector_scored"]))
        for miss in [m for m in misses if m["split"] == "dev"][:show_misses]:
            typer.echo(json.dumps(miss))
        emit("eval actors (PLOVER gold)", figures, as_json, [table])
