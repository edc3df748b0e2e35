"""Where names the gazetteer lacks go, and far-off namesakes with them: the place the text puts
them in ("Meydan Racecourse in Dubai"), a known place inside the name ("Dubai World Cup"), else
the article's local focus, the town its places cluster around."""
from __future__ import annotations

import re
from collections import Counter

from .gazetteer import Entry, Gazetteer
from .lexicon import lexicon
from .names import normalise
from .readings import Mention, Resolution, candidates, prior
from .regions import SOURCE as REGIONS_SOURCE, regions
from .spatial import distance_km

INNER_NEAR_KM = 150  # a town named inside a longer name must lie this near one of the article's places
INNER_BIG_CITY = 100_000  # ... or be a city this big in one of the article's countries
STRAY_VILLAGE_POP = 5_000  # a town this small read farther than STRAY_VILLAGE_KM from every other
STRAY_ALIAS_POP = 50_000  # the same for a town read by one of its alternate names ("South Side" -> Eltingville)
STRAY_VILLAGE_KM = 400  # town or division of the article is taken for a local feature (fallback)
SETTLEMENT_WINDOW = 600  # characters: how far from an unknown village the division holding it may be named
LOCAL_FOCUS_NEAR_KM = 150  # the local focus is the town with most mentions of it and of places this near
# "the village of X", "the villages of A and X": a settlement, which lies in a division the text names
_SETTLEMENT_BEFORE = re.compile(r"\b(?:village|town|hamlet|settlement|locality)s?\s+of\s+"
                                r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s*(?:,\s*|\s+and\s+|\s+or\s+))*$")
HIERARCHY_GAP = re.compile(r"^\s*,\s*$|^\s+in\s+$|^\s*\(\s*$")  # "X, Y", "X in Y", "X (Y"


def drop_stray_villages(results: list[Resolution], keys: list[str]) -> None:
    """A village read far from every other town or division of the article is most likely a
    namesake of something the gazetteer lacks ("Congress" beside Chicago read as Congress,
    Arizona), and so is a town read by one of its alternate names ("South Side" as Eltingville,
    New York): let the fallback place it where the article is instead."""
    local = [r.entry for r in results if r.entry is not None and _is_local(r.entry)]
    for res, key in zip(results, keys):
        e = res.entry
        if e is None or e.fclass != "P":
            continue
        if e.population > (STRAY_ALIAS_POP if normalise(e.name) != key else STRAY_VILLAGE_POP):
            continue
        others = [o for o in local if o.id != e.id]
        if others and all(distance_km(e.lat, e.lon, o.lat, o.lon) > STRAY_VILLAGE_KM for o in others):
            res.entry = None


def _is_local(entry: Entry) -> bool:
    """A town or division: a place that says where in a country the article is."""
    return not entry.is_country and entry.fcode != "CONT" and entry.source != REGIONS_SOURCE


def fallback(gaz: Gazetteer, mentions: list[Mention], results: list[Resolution], text: str) -> None:
    """A name the gazetteer lacks: first the known place the text puts it in ("Meydan Racecourse
    in Dubai", "Baghouz, Deir ez-Zor"), then a known place inside it ("Dubai World Cup" -> Dubai,
    "Lake Manassas" -> Manassas), else the article's local focus (the town its places cluster
    around, else a division or the country), since unknown names are mostly local features; an
    unknown settlement ("the village of X") goes to the division the text names near it, else the
    country, never to the dateline city."""
    resolved = [r.entry for r in results if r.entry is not None and not r.fallback]
    focus = _local_focus(resolved)
    for n, (mention, res) in enumerate(zip(mentions, results)):
        if res.entry is not None:
            continue
        if _placed_in_next(mentions, results, n, text):
            res.entry, res.method, res.fallback = results[n + 1].entry, "in-next", True
            continue
        # With no other place to go by, any place inside the name beats none.
        inner = _inner_place(gaz, mention.text, resolved, strict=focus is not None)
        if inner is not None:  # the place the mention names, as far as the gazetteer knows
            res.entry, res.method = inner, "inner-name"
    # The places inside names say where the article is too ("Dubai World Cup" four times)
    resolved = [r.entry for r in results if r.entry is not None and not r.fallback]
    focus = _local_focus(resolved)
    for n, res in enumerate(results):
        if res.entry is None and _SETTLEMENT_BEFORE.search(text, max(0, mentions[n].start - 80), mentions[n].start):
            country = _main_country(gaz, resolved)
            division = _named_division(mentions, results, n, text, country)
            if division is not None:
                res.entry, res.method, res.fallback = division, "named-division", True
            elif country is not None:  # the article's country, not the town it was filed from
                res.entry, res.method, res.fallback = country, "near-focus", True
        if res.entry is None:
            res.entry, res.method, res.fallback = (focus, "near-focus", True) if focus else (None, "unresolved", False)
    _same_name_same_place(mentions, results)


def _same_name_same_place(mentions: list[Mention], results: list[Resolution]) -> None:
    """One sense per article: a name the text placed once ("Scarborough Shoal in the South China
    Sea", "the village of Kan Gyi" in the Sagaing region) is there in its other mentions too, such
    as a headline that gives no cue."""
    placed = {normalise(m.text): r for m, r in zip(mentions, results) if r.method in ("in-next", "named-division")}
    for m, r in zip(mentions, results):
        where = placed.get(normalise(m.text))
        if where is not None and r.method in ("near-focus", "unresolved"):
            r.entry, r.method, r.fallback = where.entry, where.method, True


def _placed_in_next(mentions: list[Mention], results: list[Resolution], n: int, text: str) -> bool:
    """Whether the text puts mention n inside the next, resolved one: "X in Y", or "X, Y" / "X (Y"
    where Y is a country or province ("Beyond Madinaty, Liverpool" lists two places)."""
    if n + 1 >= len(results) or results[n + 1].entry is None or results[n + 1].fallback:
        return False
    gap, outer = text[mentions[n].end:mentions[n + 1].start], results[n + 1].entry
    if re.fullmatch(r"\s+in\s+(?:the\s+)?", gap):  # "Scarborough Shoal in the South China Sea"
        return True
    return bool(HIERARCHY_GAP.match(gap)) and (outer.is_country or outer.fcode == "ADM1")


def _named_division(mentions: list[Mention], results: list[Resolution], n: int, text: str,
                    country: Entry | None) -> Entry | None:
    """The division of the article's country nearest an unknown settlement among those named in
    its paragraph or the one before, and no farther than SETTLEMENT_WINDOW characters
    ("airstrikes in the northwestern Sagaing region ... the village of Kan Gyi"): where a writer
    places a village, rather than the dateline city the story was filed from."""
    start = mentions[n].start
    para = text.rfind("\n\n", 0, start)
    window_start = text.rfind("\n\n", 0, para) if para > 0 else 0
    window_end = text.find("\n\n", mentions[n].end)
    window_end = len(text) if window_end < 0 else window_end
    best, best_gap = None, None
    for m, r in zip(mentions, results):
        e = r.entry
        if e is None or r.fallback or not window_start <= m.start < window_end or not _is_division(e):
            continue
        gap = abs(m.start - start)
        if country is not None and e.cc != country.cc or gap > SETTLEMENT_WINDOW:
            continue
        if best_gap is None or gap < best_gap:
            best, best_gap = e, gap
    return best


def _is_division(entry: Entry) -> bool:
    """A province, district or sub-national region: a place that holds towns, smaller than a country."""
    if entry.source == REGIONS_SOURCE:  # Darfur, Kivu: regions.yaml's sub-national regions
        region = regions().get(entry.id)
        return region is not None and region.precision == 3 and len(region.countries) == 1
    return entry.fclass == "A" and not entry.is_country


def _main_country(gaz: Gazetteer, resolved: list[Entry]) -> Entry | None:
    """The country most of the article's resolved places lie in."""
    counts = Counter(e.cc for e in resolved if e.cc)
    return gaz.country(counts.most_common(1)[0][0]) if counts else None


def _local_focus(resolved: list[Entry]) -> Entry | None:
    if not resolved:
        return None
    countries = Counter(e.cc for e in resolved)
    top_cc = max(countries, key=lambda c: countries[c])
    resolved = [e for e in resolved if e.cc == top_cc]
    local = [e for e in resolved if _is_local(e)]

    def weight(e: Entry, counts: Counter[int]) -> int:
        """Its mentions, and the article's other places near it: the town the story is around,
        not a namesake read far from the rest ("Washington Square" beside New Orleans)."""
        return counts[e.id] + sum(1 for o in local if o.id != e.id and distance_km(e.lat, e.lon, o.lat, o.lon)
                                  <= LOCAL_FOCUS_NEAR_KM)

    for rank in (lambda e: e.fclass == "P", lambda e: e.fcode == "ADM2", lambda e: e.fcode == "ADM1", lambda e: True):
        pool = [e for e in resolved if rank(e)]
        if pool:
            counts = Counter(e.id for e in pool)
            best = max(weight(e, counts) for e in pool)
            return next(e for e in pool if weight(e, counts) == best)
    return None


def _fits_article(entry: Entry, how: str, resolved: list[Entry], known_cc: Counter[str]) -> bool:
    """Whether a place found inside a longer name agrees with the article. A country or larger
    always does ("Bank of Japan"), but one only a demonym names must be the article's main country;
    a province, or a city of INNER_BIG_CITY people, in a country of the article; any other town
    when it is one of the article's places or lies within INNER_NEAR_KM of one. A common word that
    is also a far-off village ("Trump Tower" -> Tower) does not."""
    if how == "demonym":  # "British Embassy" in a British story; "French Quarter" in an American one
        return bool(known_cc) and entry.cc == known_cc.most_common(1)[0][0]
    if entry.is_country or entry.fcode == "CONT" or entry.source == REGIONS_SOURCE:
        return True
    if any(e.id == entry.id for e in resolved):
        return True
    if entry.fcode == "ADM1" or entry.population >= INNER_BIG_CITY:
        return entry.cc in known_cc
    return any(distance_km(entry.lat, entry.lon, e.lat, e.lon) <= INNER_NEAR_KM for e in resolved if _is_local(e))


def _inner_place(gaz: Gazetteer, text: str, resolved: list[Entry], strict: bool = True) -> Entry | None:
    """The likeliest known place named inside a longer name: "Bank of England" -> England; with
    `strict`, only one that fits the article (_fits_article)."""
    words = text.split()
    known_cc = Counter(e.cc for e in resolved if e.cc)
    best, best_score = None, -1e9
    for n in range(len(words) - 1, 0, -1):
        for i in range(len(words) - n + 1):
            part = " ".join(words[i:i + n])
            key = normalise(part)
            if not part[:1].isupper() or key in lexicon().not_places or len(key) < 3 and not part.isupper():
                continue
            entries, how = candidates(gaz, part)
            for e in entries:
                if strict and not _fits_article(e, how, resolved, known_cc):
                    continue
                score = prior(e, key) + 0.5 * n + (1.5 if known_cc.get(e.cc or "") else 0.0)
                if score > best_score:
                    best, best_score = e, score
    return best
