"""Toponym resolution: pick one gazetteer entry per mention, using the whole article as context.

Score of a candidate = prior (population, feature class, exact vs alternate name)
  + focus (share of the article's other names whose best reading lies in the candidate's country)
  + local focus (share of the article's other names read in the candidate's state/province)
  + hierarchy ("Baghouz, Deir ez-Zor": the next mention contains the candidate)
  + spatial support (other names in the article with a reading near this one, holding it or inside it).
Names the gazetteer lacks, and far-off village namesakes, then go where the article puts them
(_fallback): the place the text puts them in, a place inside the name, or the article's focus.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from .gazetteer import Entry, Gazetteer
from .lexicon import lexicon
from .names import normalise
from .regions import SOURCE as REGIONS_SOURCE, regions
from .spatial import contains, distance_km, spatial_support

POPULATION_WEIGHT = 0.5  # per power of ten of population
FOCUS_WEIGHT = 2.0  # times the share of the article's mentions in the candidate's country
EXACT_NAME_BONUS = 1.0  # the mention is the entry's own name, not one of its alternate names
FEATURE_BONUS = {"PCLI": 2.5, "PCLD": 1.5, "PCLS": 1.5, "PCLF": 1.5, "PCLIX": 1.5, "PCL": 1.5, "CONT": 2.5,
                 "ADM1": 0.9, "PPLC": 1.6, "PPLA": 0.4, "ADM2": 0.1}
REGION_BONUS = 4.5  # a sea or world region (data/regions.yaml) has no population to speak for it
ADMIN1_FOCUS_WEIGHT = 1.5  # times the share of the article's other names in the candidate's admin1
FOCUS_ROUNDS = 1  # re-votes of the focus from the chosen readings
INNER_NEAR_KM = 150  # a town named inside a longer name must lie this near one of the article's places
INNER_BIG_CITY = 100_000  # ... or be a city this big in one of the article's countries
STRAY_VILLAGE_POP = 5_000  # a town this small read farther than STRAY_VILLAGE_KM from every other
STRAY_VILLAGE_KM = 400  # town or division of the article is taken for a local feature (_fallback)
PLACE_NOUN_BONUS = 1.5  # "the city of X" reads X as a town, "the province of X" as a division
_TOWN_BEFORE = re.compile(r"\b(?:city|town|village|port|hamlet|capital|suburb)\s+of\s+$", re.IGNORECASE)
_DIVISION_BEFORE = re.compile(r"\b(?:province|provinces|state|region|governorate|county|district|department)\s+of\s+$",
                              re.IGNORECASE)
_HIERARCHY_GAP = re.compile(r"^\s*,\s*$|^\s+in\s+$|^\s*\(\s*$")
_SUFFIXES = re.compile(r"(['’]s|['’])$")
_INHABITANT_SUFFIXES = (("ians", ""), ("ans", "as"), ("ans", ""), ("ans", "a"), ("ers", ""), ("ites", ""),
                        ("ian", "y"), ("an", "a"))  # adjectives: "Sicilian", "Central American"


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
    # Names of inhabitants and adjectives, tried last: "Ohioans", "New Londoners", "Siberian".
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


def _kind_asked(text: str, m: Mention) -> str | None:
    """GeoNames feature class the words around a mention ask for: "the western city of Kisumu"
    and a dateline ("GOMA, Congo -") are towns (P), not the district of that name; "the province
    of Zambales" is a division (A)."""
    if m.text.isupper() and len(m.text) > 3 and (m.start == 0 or text[m.start - 1] == "\n") \
            and text[m.end:m.end + 1] in (",", "(", " "):
        return "P"
    before = text[max(0, m.start - 30):m.start]
    if _TOWN_BEFORE.search(before):
        return "P"
    if _DIVISION_BEFORE.search(before):
        return "A"
    return None


def resolve(gaz: Gazetteer, mentions: list[Mention], text: str) -> list[Resolution]:
    cands: list[list[Entry]] = []
    hows: list[str] = []
    priors: list[dict[int, float]] = []
    for m in mentions:
        entries, how = candidates(gaz, m.text)
        key = normalise(_SUFFIXES.sub("", m.text.strip().lstrip("#")))
        cands.append(entries)
        hows.append(how)
        kind = _kind_asked(text, m)
        priors.append({e.id: prior(e, key) + (3.0 if how == "alias" and e.is_country else 0.0)
                       + (PLACE_NOUN_BONUS if kind and e.fclass == kind else 0.0) for e in entries})

    # Focus: the countries the article's mentions most likely lie in, one vote per distinct name
    # (repeating "Athens" proves nothing), kept per name so a mention is judged by the others only.
    votes: dict[str, tuple[str, float]] = {}
    voted: set[int] = set()  # and one per place: "US" and "United States" are one country
    for m, entries, pri in zip(mentions, cands, priors):
        key = normalise(m.text)
        if entries and key not in votes:
            best = max(entries, key=lambda e: pri[e.id])
            if best.cc and best.id not in voted:  # a country named outright, or an own name, says more
                voted.add(best.id)
                votes[key] = best.cc, 2.0 if best.is_country else 1.0 if normalise(best.name) == key else 0.5

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

    keys = [normalise(m.text) for m in mentions]
    spatial = spatial_support(keys, cands, priors)
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

    def choose(votes: dict[str, tuple[str, float]],
               a1votes: dict[tuple[str, str], set[str]]) -> list[tuple[Entry | None, float]]:
        by_cc: Counter[str] = Counter()
        for cc, weight in votes.values():
            by_cc[cc] += weight
        scored: list[tuple[Entry | None, float]] = []
        for i, entries in enumerate(cands):
            best, best_score = None, -1e9
            own_cc, own = votes.get(keys[i], (None, 0.0))  # a name does not vote for itself
            total = sum(by_cc.values()) - own
            for e in entries:
                # a sea or region spanning several countries gathers the votes of all of them
                share = sum(by_cc.get(c, 0) - (own if c == own_cc else 0) for c in _countries(e))
                focus = share / total if total > 0 else 0.0
                s = (priors[i][e.id] + FOCUS_WEIGHT * focus + bonus[i][e.id]
                     + spatial[i].get(e.id, 0.0) + local_focus(i, e, a1votes))
                if s > best_score:
                    best, best_score = e, s
            scored.append((best, best_score))
        return scored

    first = [max(entries, key=lambda e: pri[e.id]) if entries else None for entries, pri in zip(cands, priors)]
    scored = choose(votes, _admin1_votes(mentions, first))
    for _ in range(FOCUS_ROUNDS):  # the focus again, from the readings context chose
        votes, voted = {}, set()
        for key, (e, _) in zip(keys, scored):
            if e is not None and e.cc and key not in votes and e.id not in voted:
                voted.add(e.id)
                votes[key] = e.cc, 2.0 if e.is_country else 1.0
        scored = choose(votes, _admin1_votes(mentions, [e for e, _ in scored]))
    results = [Resolution(e, s, hows[i]) for i, (e, s) in enumerate(scored)]
    _drop_stray_villages(results)
    _fallback(gaz, mentions, results, text)
    return results


def _drop_stray_villages(results: list[Resolution]) -> None:
    """A village read far from every other town or division of the article is most likely a
    namesake of something the gazetteer lacks ("Congress" beside Chicago read as Congress,
    Arizona): let the fallback place it where the article is instead."""
    local = [r.entry for r in results if r.entry is not None and _is_local(r.entry)]
    for res in results:
        e = res.entry
        if e is None or e.fclass != "P" or e.population > STRAY_VILLAGE_POP:
            continue
        others = [o for o in local if o.id != e.id]
        if others and all(distance_km(e.lat, e.lon, o.lat, o.lon) > STRAY_VILLAGE_KM for o in others):
            res.entry = None


def _is_local(entry: Entry) -> bool:
    """A town or division: a place that says where in a country the article is."""
    return not entry.is_country and entry.fcode != "CONT" and entry.source != REGIONS_SOURCE


def _fallback(gaz: Gazetteer, mentions: list[Mention], results: list[Resolution], text: str) -> None:
    """A name the gazetteer lacks: first the known place the text puts it in ("Meydan Racecourse
    in Dubai", "Baghouz, Deir ez-Zor"), then a known place inside it ("Dubai World Cup" -> Dubai,
    "Lake Manassas" -> Manassas), else the article's local focus (its most mentioned town, else its
    most mentioned division or country), since unknown names are mostly local features."""
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
        elif focus is not None:
            res.entry, res.method, res.fallback = focus, "near-focus", True
        else:
            res.method = "unresolved"


def _placed_in_next(mentions: list[Mention], results: list[Resolution], n: int, text: str) -> bool:
    """Whether the text puts mention n inside the next, resolved one: "X in Y", or "X, Y" / "X (Y"
    where Y is a country or province ("Beyond Madinaty, Liverpool" lists two places)."""
    if n + 1 >= len(results) or results[n + 1].entry is None or results[n + 1].fallback:
        return False
    gap, outer = text[mentions[n].end:mentions[n + 1].start], results[n + 1].entry
    if re.fullmatch(r"\s+in\s+", gap):
        return True
    return bool(_HIERARCHY_GAP.match(gap)) and (outer.is_country or outer.fcode == "ADM1")


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


