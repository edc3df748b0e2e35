"""`eventwire eval geo`: toponym resolution and end-to-end geoparsing against gold sets.

Formats: GeoWebNews (`GWN.xml`, or `gwn_full.txt` with `GWN.xml` beside it for the texts) and
LGL / TR-News XML (`<toponym><start/><end/><phrase/><gaztag geonameid=..><lat/><lon/>`).

Protocols:
(a) resolution given the gold spans of the toponyms that have a GeoNames id: exact id,
    accuracy within 161 km, mean and median error in km. When the predicted id equals the gold id
    the error is 0 (the same GeoNames entry; our bundled areas carry approximate centres).
(b) end to end on the places stage: a prediction matches a gold toponym it overlaps (one to one).
    GeoWebNews: "literal" gold = Literal, Mixed, Literal_Modifier, Embedded_Literal and Coercion
    toponyms that are not demonyms ("Turkish army": the actors stage's business); associative ones
    (metonyms, "German" modifiers) and demonyms are neither required nor penalised.
    "all" counts every gold toponym with coordinates. LGL: every gold toponym.
Split: articles at even positions are `dev`, odd positions `test` (held out); `all` is both.
"""
from __future__ import annotations

import statistics
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import typer

from .metrics import PRF, emit, ratio

LITERAL_TYPES = {"Literal", "Mixed", "Literal_Modifier", "Embedded_Literal", "Coercion"}
ASSOCIATIVE_TYPES = {"Metonymic", "Non_Literal_Modifier", "Embedded_Non_Lit"}


@dataclass
class GoldToponym:
    start: int
    end: int
    text: str
    geonameid: int | None
    lat: float | None
    lon: float | None
    kind: str = "Literal"  # GeoWebNews type; LGL toponyms are all literal

    @property
    def located(self) -> bool:
        return self.lat is not None and self.lon is not None


@dataclass
class GoldArticle:
    id: str
    text: str
    toponyms: list[GoldToponym] = field(default_factory=list)


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None


def _int(value: str | None) -> int | None:
    return int(value) if value and value.strip().isdigit() else None


def load_gold(path: Path) -> list[GoldArticle]:
    if path.suffix == ".txt":
        return _load_gwn_txt(path)
    root = ET.parse(path).getroot()
    articles = []
    for number, art in enumerate(root.iter("article")):
        text = art.findtext("text") or ""
        gold = GoldArticle(art.get("docid") or art.get("file") or str(number), text)
        for top in art.iter("toponym"):
            start, end = int(top.findtext("start")), int(top.findtext("end"))
            gaz = top.find("gaztag")
            if gaz is not None:  # LGL / TR-News
                gold.toponyms.append(GoldToponym(start, end, text[start:end], _int(gaz.get("geonameid")),
                                                 _float(gaz.findtext("lat")), _float(gaz.findtext("lon"))))
            elif top.find("extractedName") is not None:  # GeoWebNews
                gold.toponyms.append(GoldToponym(start, end, text[start:end], _int(top.findtext("geonamesID")),
                                                 _float(top.findtext("latitude")), _float(top.findtext("longitude")),
                                                 top.findtext("type") or ""))
            else:
                gold.toponyms.append(GoldToponym(start, end, text[start:end], None, None, None))
        articles.append(gold)
    return articles


def _load_gwn_txt(path: Path) -> list[GoldArticle]:
    """gwn_full.txt: one line per GWN.xml article, `name,,text,,lat,,lon,,start,,end||...`."""
    xml = path.with_name("GWN.xml")
    if not xml.exists():
        raise typer.BadParameter(f"{path} needs GWN.xml beside it for the article texts")
    texts = [a.text for a in load_gold(xml)]
    articles = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        gold = GoldArticle(str(number), texts[number])
        for item in filter(None, line.strip().split("||")):
            _, _, lat, lon, start, end = item.split(",,")
            gold.toponyms.append(GoldToponym(int(start), int(end), texts[number][int(start):int(end)], None,
                                             float(lat), float(lon)))
        articles.append(gold)
    return articles


def select(articles: list[GoldArticle], split: str, limit: int | None) -> list[GoldArticle]:
    if split != "all":
        articles = [a for i, a in enumerate(articles) if (i % 2 == 0) == (split == "dev")]
    return articles[:limit] if limit else articles


def _error_km(pred, gold: GoldToponym) -> float | None:
    from ..places.resolve import distance_km

    if pred is None or pred.lat is None:
        return None
    if gold.geonameid is not None and pred.geonameid == gold.geonameid:
        return 0.0
    return distance_km(pred.lat, pred.lon, gold.lat, gold.lon)


@dataclass
class ResolutionScore:
    total: int = 0
    exact: int = 0
    with_id: int = 0
    within: int = 0
    errors: list[float] = field(default_factory=list)

    def add(self, pred, gold: GoldToponym) -> None:
        self.total += 1
        if gold.geonameid is not None:
            self.with_id += 1
            self.exact += int(pred is not None and pred.geonameid == gold.geonameid)
        error = _error_km(pred, gold)
        self.errors.append(20038.0 if error is None else error)  # unresolved counts as the farthest miss
        self.within += int(error is not None and error <= 161)

    def figures(self) -> dict:
        return {"toponyms": self.total, "exact_id": ratio(self.exact, self.with_id),
                "acc_161km": ratio(self.within, self.total),
                "mean_km": round(statistics.fmean(self.errors), 1) if self.errors else 0.0,
                "median_km": round(statistics.median(self.errors), 1) if self.errors else 0.0}


def score_resolution(articles: list[GoldArticle], gazetteer: str | None) -> tuple[dict, list[tuple]]:
    from ..places import resolve_spans

    score, misses, started, count = ResolutionScore(), [], time.perf_counter(), 0
    for art in articles:
        golds = sorted((t for t in art.toponyms if t.located and t.geonameid), key=lambda t: t.start)
        preds = resolve_spans(art.text, [(t.start, t.end) for t in golds], gazetteer)
        count += len(golds)
        for pred, gold in zip(preds, golds):
            score.add(pred, gold)
            error = _error_km(pred, gold)
            if error is None or error > 161:
                misses.append((art.id, gold.text, gold.geonameid, getattr(pred, "name", None), error))
    elapsed = time.perf_counter() - started
    return {**score.figures(), "toponyms_per_s": round(count / elapsed, 1) if elapsed else 0.0}, misses


def _match(preds: list, golds: list[GoldToponym]) -> list[tuple]:
    """One-to-one overlap matching in text order: (pred, gold or None)."""
    used, pairs = set(), []
    for pred in preds:
        hit = next((g for g in golds if id(g) not in used and pred.span.start < g.end and g.start < pred.span.end), None)
        if hit is not None:
            used.add(id(hit))
        pairs.append((pred, hit))
    return pairs


def score_end_to_end(articles: list[GoldArticle], gazetteer: str | None, model: str | None) -> dict:
    from ..config import Config
    from ..model import Article, ArticleDocument
    from ..nlp import ParsedArticle, load_model
    from ..places import locate

    from ..places.lexicon import lexicon
    from ..places.names import normalise

    def is_demonym(text: str) -> bool:
        return normalise(text) in lexicon().demonyms

    config, nlp = Config(model=model, gazetteer=gazetteer), load_model(model)
    strict, literal, located = PRF(), PRF(), ResolutionScore()
    texts = [a.text for a in articles]
    for art, sdoc in zip(articles, nlp.pipe(texts, batch_size=8)):
        article = Article(id=art.id, text=art.text)
        preds = locate(ParsedArticle(article, sdoc), ArticleDocument(article=article), config)
        gold_all = [t for t in art.toponyms if t.located or not t.kind or t.kind in LITERAL_TYPES | ASSOCIATIVE_TYPES]
        pairs = _match(preds, gold_all)
        matched = {id(g) for _, g in pairs if g is not None}
        strict = strict.add(PRF(len(matched), sum(g is None for _, g in pairs), len(gold_all) - len(matched)))
        lit_gold = [g for g in gold_all if (g.kind in LITERAL_TYPES or not g.kind) and not is_demonym(g.text)]
        lit_tp = sum(1 for _, g in pairs if g is not None and id(g) in {id(x) for x in lit_gold})
        lit_fp = sum(1 for _, g in pairs if g is None)
        literal = literal.add(PRF(lit_tp, lit_fp, len(lit_gold) - lit_tp))
        for pred, gold in pairs:
            if gold is not None and gold.located:
                located.add(pred, gold)
    return {"all": strict.as_dict(), "literal": literal.as_dict(), "matched_acc_161km": located.figures()["acc_161km"],
            "matched_exact_id": located.figures()["exact_id"], "matched": located.total}


def register(eval_app: typer.Typer) -> None:
    """Attach `eval geo` to the eval command group."""

    @eval_app.command("geo")
    def geo(
        gold: Path = typer.Option(..., "--gold", exists=True, help="GWN.xml, gwn_full.txt, lgl.xml or a TR-News XML file."),
        split: str = typer.Option("all", "--split", help="dev (even articles), test (odd, held out) or all."),
        limit: Optional[int] = typer.Option(None, "--limit", help="Score only the first N articles of the split."),
        protocol: str = typer.Option("both", "--protocol", help="resolution, end-to-end or both."),
        gazetteer: Optional[str] = typer.Option(None, "--gazetteer", help="Gazetteer index file (default: user cache)."),
        model: Optional[str] = typer.Option(None, "--model", help="spaCy pipeline for the end-to-end protocol."),
        show_misses: int = typer.Option(0, "--show-misses", help="Print this many resolution misses."),
        as_json: bool = typer.Option(False, "--json", help="End with one JSON line of figures."),
    ) -> None:
        """Toponym resolution (gold spans) and end-to-end geoparsing scores."""
        if split not in ("dev", "test", "all") or protocol not in ("resolution", "end-to-end", "both"):
            raise typer.BadParameter("--split is dev|test|all and --protocol resolution|end-to-end|both")
        articles = select(load_gold(gold), split, limit)
        figures: dict = {"gold": str(gold), "split": split, "articles": len(articles)}
        if protocol in ("resolution", "both"):
            figures["resolution"], misses = score_resolution(articles, gazetteer)
            for miss in misses[:show_misses]:
                print("miss", *miss, sep="\t")
            for key, value in figures["resolution"].items():
                figures[f"resolution_{key}"] = value
        if protocol in ("end-to-end", "both"):
            figures["end_to_end"] = e2e = score_end_to_end(articles, gazetteer, model)
            for name in ("all", "literal"):
                for key in ("precision", "recall", "f1"):
                    figures[f"e2e_{name}_{key}"] = e2e[name][key]
            figures["e2e_matched_acc_161km"] = e2e["matched_acc_161km"]
        emit("eval geo", figures, as_json)
