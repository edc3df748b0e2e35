"""Places: toponyms in the text, resolved against a GeoNames gazetteer built from PyPI data.

Public surface: `locate(parsed, doc, config) -> list[Place]`, one Place per toponym mention, in
text order. Exactly one place (when the article has any resolved place) has `focus=True`: the
article's main place, which events with no place of their own fall back to (docs/places.md).
`resolve_spans(text, spans)` resolves given spans (the gold-span evaluation protocol).
"""
from __future__ import annotations

from collections import Counter

from ..config import Config
from ..model import ArticleDocument, Place, Span
from ..nlp import ParsedArticle, text_of
from .gazetteer import Entry, Gazetteer, open_gazetteer
from .lexicon import lexicon
from .recognize import find_candidates
from .regions import SOURCE as REGIONS_SOURCE, regions
from .resolve import Mention, Resolution, resolve


def precision_of(entry: Entry, part: bool) -> int:
    """1 town, 2 district or part of a country/province, 3 province, 4 country or larger."""
    code = entry.fcode or ""
    if entry.source == REGIONS_SOURCE and entry.id in regions():
        return max(2, regions()[entry.id].precision) if part else regions()[entry.id].precision
    if part and (entry.is_country or code in ("ADM1", "CONT")):
        return 2
    if entry.is_country or code in ("CONT", "RGN") or entry.fclass == "L" and entry.population > 5_000_000:
        return 4
    if code == "ADM1":
        return 3
    if code.startswith("ADM") or entry.fclass == "L":
        return 2
    return 1


def _confidence(res: Resolution, alternatives: int) -> float:
    if res.entry is None:
        return 0.2
    if alternatives <= 1:
        return 0.9
    return round(min(0.95, 0.5 + res.score / 20), 3)


def _place(pid: str, text: str, start: int, end: int, res: Resolution, part: bool, method: str,
           gaz: Gazetteer, alternatives: int) -> Place:
    entry = res.entry
    place = Place(id=pid, span=Span.of(text, start, end), text=text[start:end], name=text[start:end],
                  confidence=_confidence(res, alternatives), method=f"{method}+{res.method}")
    if entry is not None and res.fallback:
        # Not the place itself: where the article puts it, one precision level coarser than a town.
        place.lat, place.lon, place.country_code = entry.lat, entry.lon, entry.cc
        admin1 = gaz.admin1(entry)
        place.admin1 = admin1[1] if admin1 else None
        place.precision = max(2, precision_of(entry, part))
    elif entry is not None:
        admin1 = gaz.admin1(entry)
        place.name, place.lat, place.lon = entry.name, entry.lat, entry.lon
        place.geonameid = entry.id if entry.id > 0 else None  # regions.yaml entries GeoNames id unknown
        place.feature_code, place.country_code = entry.fcode, entry.cc
        place.admin1 = admin1[1] if admin1 else (entry.name if entry.fcode == "ADM1" else None)
        place.precision = precision_of(entry, part)
    return place


def _mark_focus(places: list[Place]) -> None:
    """The focus: the country most resolved mentions lie in (ties: the first mentioned); its own
    mention when the article names it, else its coarsest resolved place there."""
    resolved = [p for p in places if p.geonameid is not None and p.country_code]
    if not resolved:
        return
    counts = Counter(p.country_code for p in resolved)
    first = {}
    for n, p in enumerate(resolved):
        first.setdefault(p.country_code, n)
    cc = max(counts, key=lambda c: (counts[c], -first[c]))
    focus = max((p for p in resolved if p.country_code == cc), key=lambda p: (p.precision or 0, -p.span.start))
    focus.focus = True


def locate(parsed: ParsedArticle, doc: ArticleDocument, config: Config) -> list[Place]:
    gaz = open_gazetteer(config.gazetteer)
    text = text_of(parsed.doc)
    cands = find_candidates(parsed.doc, gaz, lexicon())
    results = resolve(gaz, [Mention(c.top_start, c.top_end, c.text) for c in cands], text)
    people = [(a.span.start, a.span.end) for a in doc.actors if a.kind == "person"]
    places = []
    for cand, res in zip(cands, results):
        # a name the gazetteer lacks that the actors stage read as a person ("Embalo" after
        # "President Umaro Sissoco Embalo") is that person, not a village near the story
        if (res.entry is None or res.method in ("near-focus", "unresolved")) and any(
                start <= cand.start and cand.end <= end for start, end in people):
            continue
        alternatives = len(gaz.lookup(cand.text)) if res.method == "name" else 1
        places.append(_place(f"p{len(places) + 1}", text, cand.start, cand.end, res, cand.part, cand.method, gaz,
                             alternatives))
    _mark_focus(places)
    return places


def resolve_spans(text: str, spans: list[tuple[int, int]], gazetteer: str | None = None) -> list[Place]:
    """Resolve the given (start, end) toponym spans of `text` together, as `locate` would."""
    gaz = open_gazetteer(gazetteer)
    mentions = [Mention(s, e, text[s:e]) for s, e in spans]
    results = resolve(gaz, mentions, text)
    return [_place(f"p{n}", text, m.start, m.end, res, False, "gold-span", gaz, 1)
            for n, (m, res) in enumerate(zip(mentions, results), start=1)]
