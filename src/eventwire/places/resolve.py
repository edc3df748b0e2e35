"""Toponym resolution: pick one gazetteer entry per mention, using the whole article as context.

Score of a candidate = prior (population, feature class, exact vs alternate name)
  + focus (share of the article's distinct names whose best reading lies in the candidate's country)
  + local focus (share of the article's other names read in the candidate's state/province)
  + hierarchy ("Baghouz, Deir ez-Zor": the next mention contains the candidate)
  + spatial support (other names in the article with a reading near this one, holding it or inside it).
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

import numpy as np

from .gazetteer import Entry, Gazetteer
from .lexicon import lexicon
from .names import normalise
from .regions import SOURCE as REGIONS_SOURCE, regions

POPULATION_WEIGHT = 0.5  # per power of ten of population
FOCUS_WEIGHT = 2.0  # times the share of the article's mentions in the candidate's country
EXACT_NAME_BONUS = 1.0  # the mention is the entry's own name, not one of its alternate names
FEATURE_BONUS = {"PCLI": 2.5, "PCLD": 1.5, "PCLS": 1.5, "PCLF": 1.5, "PCLIX": 1.5, "PCL": 1.5, "CONT": 2.5,
                 "ADM1": 0.9, "PPLC": 1.6, "PPLA": 0.4, "ADM2": 0.1}
REGION_BONUS = 4.5  # a sea or world region (data/regions.yaml) has no population to speak for it
ADMIN1_FOCUS_WEIGHT = 1.5  # times the share of the article's other names in the candidate's admin1
FOCUS_ROUNDS = 1  # re-votes of the focus from the chosen readings
TOP_READINGS = 25  # readings per mention considered for spatial support
NEAR_GAINS = (1.0, 0.6, 0.25)  # support from another name read within 50 / 150 / 400 km
SPATIAL_CAP = 6.0
CONTAINED_GAIN = 1.5  # another name in the article is a division holding this reading
_HIERARCHY_GAP = re.compile(r"^\s*,\s*$|^\s+in\s+$|^\s*\(\s*$")
_SUFFIXES = re.compile(r"(['’]s|['’])$")
_INHABITANT_SUFFIXES = (("ians", ""), ("ans", "as"), ("ans", ""), ("ans", "a"), ("ers", ""), ("ites", ""))


@dataclass
class Mention:
    start: int
    end: int
    text: str  # the toponym itself ("Syria" in "eastern Syria")


@dataclass
class Resolution:
    entry: Entry | None
    score: float
    method: str
    fallback: bool = False  # `entry` is not the place itself but where the article says it is (near)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


def _variants(text: str) -> list[str]:
    text = text.strip().lstrip("#")
    out = [text, _SUFFIXES.sub("", text)]
    key = normalise(text)
    if key.startswith("st "):
        out.append("saint " + key[3:])
    if key.startswith("mt "):
        out.append("mount " + key[3:])
    for generic in (" county", " parish", " province", " governorate", " state", " city", " district", " region"):
        if key.endswith(generic) and len(key) > len(generic) + 2:
            out.append(key[: -len(generic)])
    # Names of inhabitants, tried last: "Ohioans", "New Londoners", "Californians", "Texans".
    for suffix, place_end in _INHABITANT_SUFFIXES:
        if key.endswith(suffix) and len(key) > len(suffix) + 2:
            out.append(key[: -len(suffix)] + place_end)
    return out


def candidates(gaz: Gazetteer, text: str) -> tuple[list[Entry], str]:
    """Entries a mention may mean, and how they were found (name | alias | demonym)."""
    lex = lexicon()
    stripped = text.strip()
    abbreviation = stripped if stripped in lex.abbreviations else stripped + "."  # a span may end before the dot
    if abbreviation in lex.abbreviations:
        entry = gaz.admin1_entry(*lex.abbreviations[abbreviation])
        if entry is not None:
            return [entry], "alias"
    cc = lex.demonyms.get(normalise(stripped))
    if cc and gaz.country(cc) is not None:
        return [gaz.country(cc)], "demonym"
    found: dict[int, Entry] = {}
    how = "name"
    for variant in _variants(text):
        key = normalise(variant)
        for gid in lex.aliases.get(key, ()):
            entry = gaz.get(gid)
            if entry is not None:
                found[entry.id] = entry
                how = "alias"
        for entry in gaz.lookup(variant):
            found.setdefault(entry.id, entry)
        if found:
            break
    return list(found.values()), how


def prior(entry: Entry, key: str) -> float:
    score = math.log10(max(entry.population, 0) + 10) * POPULATION_WEIGHT
    score += FEATURE_BONUS.get(entry.fcode or "", 0.0)
    if entry.fclass not in ("P", "A", "L"):
        score -= 0.3  # streets, buildings and hills rarely outrank towns of the same name
    if normalise(entry.name) == key:
        score += EXACT_NAME_BONUS
    if entry.source.startswith("user:"):
        score += 0.2  # the user loaded it because their news is about it
    if entry.source == REGIONS_SOURCE:  # every indexed name of these is hand-picked, so all count as own
        score += REGION_BONUS + (0.0 if normalise(entry.name) == key else EXACT_NAME_BONUS)
    return score


def _countries(entry: Entry) -> tuple[str, ...]:
    """The countries a reading lies in: one, or for a sea or world region those it spans."""
    if entry.source == REGIONS_SOURCE and entry.id in regions():
        return regions()[entry.id].countries
    return (entry.cc,) if entry.cc else ()


def _admin1_key(entry: Entry) -> tuple[str, str] | None:
    """Where a reading sits for the local focus: its (country, admin1); a country is its own area,
    so "Mexico" among Mexican towns keeps the country rather than a town of that name."""
    if entry.cc and entry.is_country:
        return entry.cc, "*"
    if entry.cc and entry.admin1:
        return entry.cc, entry.admin1
    return None


def _admin1_votes(mentions: list[Mention], chosen: list[Entry | None]) -> dict[tuple[str, str], set[str]]:
    """(country, admin1) and (country, "*") -> the distinct names read there, kept as names so a
    mention's own name can be left out of the context it is judged by."""
    votes: dict[tuple[str, str], set[str]] = {}
    for m, e in zip(mentions, chosen):
        a1 = _admin1_key(e) if e is not None else None
        if a1 is not None:
            votes.setdefault(a1, set()).add(normalise(m.text))
            votes.setdefault((a1[0], "*"), set()).add(normalise(m.text))
    return votes


def contains(outer: Entry, inner: Entry) -> bool:
    """Whether `outer` (a country or division) holds `inner`."""
    if outer.id == inner.id or not outer.cc or outer.cc != inner.cc:
        return False
    if outer.is_country:
        return True
    if outer.fcode == "ADM1":
        return inner.admin1 == outer.admin1 and inner.fcode != "ADM1"
    if outer.fcode == "ADM2":
        return inner.admin2 == outer.id or (inner.admin1 == outer.admin1 and inner.fclass == "P"
                                            and distance_km(outer.lat, outer.lon, inner.lat, inner.lon) < 60)
    return False


def resolve(gaz: Gazetteer, mentions: list[Mention], text: str) -> list[Resolution]:
    cands: list[list[Entry]] = []
    hows: list[str] = []
    priors: list[dict[int, float]] = []
    for m in mentions:
        entries, how = candidates(gaz, m.text)
        key = normalise(_SUFFIXES.sub("", m.text.strip().lstrip("#")))
        cands.append(entries)
        hows.append(how)
        priors.append({e.id: prior(e, key) + (3.0 if how == "alias" and e.is_country else 0.0) for e in entries})

    # Focus: the countries the article's mentions most likely lie in.
    votes: Counter[str] = Counter()
    seen: set[str] = set()
    for m, entries, pri in zip(mentions, cands, priors):
        key = normalise(m.text)
        if entries and key not in seen:  # one vote per distinct name: repeating "Athens" proves nothing
            seen.add(key)
            best = max(entries, key=lambda e: pri[e.id])
            if best.cc:  # a country named outright, or a name that is the entry's own, says more
                votes[best.cc] += 2.0 if best.is_country else 1.0 if normalise(best.name) == key else 0.5
    total = sum(votes.values()) or 1.0

    # Hierarchy: "X, Y" where Y holds X boosts both readings.
    bonus: list[Counter[int]] = [Counter() for _ in mentions]
    for i in range(len(mentions) - 1):
        j = i + 1
        if not _HIERARCHY_GAP.match(text[mentions[i].end:mentions[j].start]):
            continue
        for inner in cands[i]:
            for outer in cands[j]:
                if contains(outer, inner):
                    bonus[i][inner.id] = max(bonus[i][inner.id], 3.0)
                    bonus[j][outer.id] = max(bonus[j][outer.id], 1.5)

    spatial = _spatial_support(mentions, cands, priors)

    keys = [normalise(m.text) for m in mentions]
    names = len({k for k, entries in zip(keys, cands) if entries})

    def local_focus(i: int, e: Entry, a1votes: dict[tuple[str, str], set[str]]) -> float:
        """Share of the article's *other* names read in the candidate's admin1 (US local news:
        "Paris" among Tennessee towns is Paris, Tennessee; "Georgia" beside Atlanta the state)."""
        a1 = _admin1_key(e)
        if a1 is None or names < 2:
            return 0.0
        names_there = a1votes.get(a1, ())
        others = len(names_there) - (keys[i] in names_there)
        return ADMIN1_FOCUS_WEIGHT * others / (names - 1)

    def choose(votes: Counter[str], total: float,
               a1votes: dict[tuple[str, str], set[str]]) -> list[tuple[Entry | None, float]]:
        scored: list[tuple[Entry | None, float]] = []
        for i, entries in enumerate(cands):
            best, best_score = None, -1e9
            for e in entries:
                focus = max((votes.get(c, 0) for c in _countries(e)), default=0) / total
                s = (priors[i][e.id] + FOCUS_WEIGHT * focus + bonus[i][e.id]
                     + spatial[i].get(e.id, 0.0) + local_focus(i, e, a1votes))
                if s > best_score:
                    best, best_score = e, s
            scored.append((best, best_score))
        return scored

    first = [max(entries, key=lambda e: pri[e.id]) if entries else None for entries, pri in zip(cands, priors)]
    scored = choose(votes, total, _admin1_votes(mentions, first))
    for _ in range(FOCUS_ROUNDS):  # the focus again, from the readings context chose
        votes = Counter()
        seen = set()
        for m, (e, _) in zip(mentions, scored):
            key = normalise(m.text)
            if e is not None and e.cc and key not in seen:
                seen.add(key)
                votes[e.cc] += 2.0 if e.is_country else 1.0
        scored = choose(votes, sum(votes.values()) or 1.0, _admin1_votes(mentions, [e for e, _ in scored]))
    results = [Resolution(e, s, hows[i]) for i, (e, s) in enumerate(scored)]
    _fallback(gaz, mentions, results)
    return results


def _fallback(gaz: Gazetteer, mentions: list[Mention], results: list[Resolution]) -> None:
    """A name the gazetteer lacks: first a known place inside it ("Dubai World Cup" -> Dubai,
    "Lake Manassas" -> Manassas), else the article's local focus (its most mentioned town, else its
    most mentioned division or country), since unknown names are mostly local features."""
    resolved = [r.entry for r in results if r.entry is not None and not r.fallback]
    focus = _local_focus(resolved)
    for mention, res in zip(mentions, results):
        if res.entry is not None:
            continue
        inner = _inner_place(gaz, mention.text, resolved)
        if inner is not None:  # the place the mention names, as far as the gazetteer knows
            res.entry, res.method = inner, "inner-name"
        elif focus is not None:
            res.entry, res.method, res.fallback = focus, "near-focus", True
        else:
            res.method = "unresolved"


def _local_focus(resolved: list[Entry]) -> Entry | None:
    if not resolved:
        return None
    countries = Counter(e.cc for e in resolved)
    top_cc = max(countries, key=lambda c: countries[c])
    resolved = [e for e in resolved if e.cc == top_cc]
    for rank in (lambda e: e.fclass == "P", lambda e: e.fcode == "ADM2", lambda e: e.fcode == "ADM1", lambda e: True):
        pool = [e for e in resolved if rank(e)]
        if pool:
            counts = Counter(e.id for e in pool)
            return next(e for e in pool if counts[e.id] == max(counts.values()))
    return None


def _inner_place(gaz: Gazetteer, text: str, resolved: list[Entry]) -> Entry | None:
    """The likeliest known place named inside a longer name: "Bank of England" -> England."""
    words = text.split()
    known_cc = Counter(e.cc for e in resolved if e.cc)
    best, best_score = None, -1e9
    for n in range(len(words) - 1, 0, -1):
        for i in range(len(words) - n + 1):
            part = " ".join(words[i:i + n])
            key = normalise(part)
            if not part[:1].isupper() or key in lexicon().not_places or len(key) < 3 and not part.isupper():
                continue
            entries, _ = candidates(gaz, part)
            for e in entries:
                score = prior(e, key) + 0.5 * n + (1.5 if known_cc.get(e.cc or "") else 0.0)
                if score > best_score:
                    best, best_score = e, score
    return best


def _spatial_support(mentions: list[Mention], cands: list[list[Entry]],
                     priors: list[dict[int, float]]) -> list[dict[int, float]]:
    """For each reading, how many *other* names in the article have a reading near it (or, for a
    division, inside it): the readings that make the article's places cluster win."""
    keys = [normalise(m.text) for m in mentions]
    pool: list[tuple[int, Entry]] = []
    for i, entries in enumerate(cands):
        top = sorted(entries, key=lambda e: -priors[i][e.id])[:TOP_READINGS]
        pool.extend((i, e) for e in top if not e.is_country and e.fcode != "CONT" and not (
            e.source == REGIONS_SOURCE and e.id in regions() and regions()[e.id].precision == 4))
    support: list[dict[int, float]] = [dict() for _ in mentions]
    if len(pool) < 2:
        return support
    lat = np.radians(np.array([e.lat for _, e in pool]))
    lon = np.radians(np.array([e.lon for _, e in pool]))
    dlat, dlon = lat[:, None] - lat[None, :], lon[:, None] - lon[None, :]
    a = np.sin(dlat / 2) ** 2 + np.cos(lat)[:, None] * np.cos(lat)[None, :] * np.sin(dlon / 2) ** 2
    dist = 2 * 6371.0 * np.arcsin(np.sqrt(np.clip(a, 0, 1)))
    for col, (j, outer) in enumerate(pool):  # a division holds the towns inside it
        if outer.fcode in ("ADM1", "ADM2"):
            for row, (i, inner) in enumerate(pool):
                if i != j and contains(outer, inner):
                    dist[row, col] = dist[col, row] = -1.0  # and the division is supported by its towns
    groups: dict[str, list[int]] = {}
    for col, (j, _) in enumerate(pool):
        groups.setdefault(keys[j], []).append(col)
    weights = np.zeros(len(pool))
    for key, cols in groups.items():
        nearest = dist[:, cols].min(axis=1)
        gain = np.where(nearest < 0, CONTAINED_GAIN, np.where(nearest < 50, NEAR_GAINS[0], np.where(
            nearest < 150, NEAR_GAINS[1], np.where(nearest < 400, NEAR_GAINS[2], 0.0))))
        own = np.array([keys[i] == key for i, _ in pool])
        weights += np.where(own, 0.0, gain)
    for row, (i, entry) in enumerate(pool):
        support[i][entry.id] = float(min(weights[row], SPATIAL_CAP))
    return support
