"""Toponym resolution: pick one gazetteer entry per mention, using the whole article as context.

Score of a candidate = prior (population, feature class, exact vs alternate name)
  + focus (share of the article's other names whose best reading lies in the candidate's country)
  + local focus (share of the article's other names read in the candidate's state/province)
  + hierarchy ("Baghouz, Deir ez-Zor": the next mention contains the candidate)
  + spatial support (other names in the article with a reading near this one, holding it or inside it).
Names the gazetteer lacks, and far-off village namesakes, then go where the article puts them
(fallback.py): the place the text puts them in, a place inside the name, or the article's focus.
"""
from __future__ import annotations

import re
from collections import Counter

from .fallback import HIERARCHY_GAP, drop_stray_villages, fallback
from .gazetteer import Entry, Gazetteer
from .lexicon import lexicon
from .names import normalise
from .readings import (SUFFIXES, Mention, Resolution, candidates, names_division, prior, without_capital_namesakes,
                       without_state_namesakes)
from .regions import SOURCE as REGIONS_SOURCE, regions
from .spatial import contains, distance_km, spatial_support

__all__ = ["Mention", "Resolution", "candidates", "distance_km", "prior", "resolve"]

FOCUS_WEIGHT = 2.0  # times the share of the article's mentions in the candidate's country
ADMIN1_FOCUS_WEIGHT = 1.5  # times the share of the article's other names in the candidate's admin1
FOCUS_ROUNDS = 1  # re-votes of the focus from the chosen readings
DATELINE_TOWN_BONUS = 5.0  # a dateline names the town a report was filed from, not the state ("NEW YORK")
PLACE_NOUN_BONUS = 1.5  # "the city of X" reads X as a town, "the province of X" as a division
TOWN_OVER_DIVISION_BONUS = 1.0  # "Geneva" alone is the city, not the district or canton named after it
TOWN_OVER_DIVISION_POP = 100_000  # ... when the town is a city
_DIVISION_AFTER = re.compile(r"\s+(?:province|provinces|state|region|governorate|county|district|department|"
                             r"canton|territory|oblast)\b", re.IGNORECASE)
_TOWN_BEFORE = re.compile(r"\b(?:city|town|village|port|hamlet|capital|suburb)\s+of\s+$", re.IGNORECASE)
_DIVISION_BEFORE = re.compile(r"\b(?:province|provinces|state|region|governorate|county|district|department)\s+of\s+$",
                              re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?]\s+$")
# what follows a dateline's city: ", Region", ", Month Day", "(Agency)" and a dash
_DATELINE_DASH = re.compile(r"\)?(?:, [A-Z][\w.'-]*(?: [A-Z][\w.'-]*)?)?(?:,? [A-Z][a-z]{2,8}\.? \d{1,2})?"
                            r"(?: \([^()\n]{1,40}\))? ?(?:--?|—|–) ")
_MIXED_CASE_DATELINE = re.compile(r"(?:, [A-Z][\w.'-]*)? (?:—|–|--?) [A-Z]")  # "Washington — By most measures"
HOME_DIVISION_BONUS = 1.0  # for towns of the division an article names most ("Ohio" six times)
HOME_DIVISION_MENTIONS = 3  # ... when it names it at least this often
TEAM_CITY_BONUS = 2.0  # for the biggest town of a name that also names a sports team or a treaty
_NEXT_WORD = re.compile(r" (\w+)")
# " Trail Blazers", " Bisons"; not " Bus", nor a local newspaper ("the Suffolk Times")
_TEAM_AFTER = re.compile(r" (?!Times\b|News\b)(?:[A-Z][a-z]+ )?[A-Z][a-z]*[a-hj-rtv-z]s\b")


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


def _is_dateline(text: str, m: Mention) -> bool:
    """The city a dateline opens with: "GOMA, Congo -" or "(NEW YORK) -" at the start of a line,
    or a city and a dash after a headline run into the story ("... in Iraq. WASHINGTON - The")."""
    start = m.start - 1 if text[m.start - 1:m.start] == "(" else m.start
    line_start = start == 0 or text[start - 1] == "\n"
    if m.text.isupper() and len(m.text) > 3 and line_start and text[m.end:m.end + 1] in (",", "(", " ", ")"):
        return True
    if not (line_start or _SENTENCE_END.search(text, max(0, start - 3), start)):
        return False
    return bool(_DATELINE_DASH.match(text, m.end) if m.text.isupper() and len(m.text) > 3
                else _MIXED_CASE_DATELINE.match(text, m.end))


def _kind_asked(text: str, m: Mention, dateline: bool) -> str | None:
    """GeoNames feature class the words around a mention ask for: "the western city of Kisumu"
    and a dateline ("GOMA, Congo -") are towns (P), not the district of that name; "the province
    of Zambales" and "the Kursk region" are divisions (A)."""
    if dateline:
        return "P"
    before = text[max(0, m.start - 30):m.start]
    if _TOWN_BEFORE.search(before):
        return "P"
    if _DIVISION_BEFORE.search(before) or names_division(text, m.end) is not None:
        return "A"
    return None


def _prefer_town_over_division(text: str, m: Mention, kind: str | None, entries: list[Entry],
                               pri: dict[int, float]) -> None:
    """A town and a division of its own country that bears its name and holds it ("Geneva",
    "Mombasa", "Lagos"): with no word of the text asking for a division ("Lagos State", "the
    province of X"), news means the town; so it does over a division of any country with fewer
    people than the city (a lone "Portland" is not the Jamaican parish)."""
    if kind == "A" or _DIVISION_AFTER.match(text, m.end):
        return
    key = normalise(m.text)
    if any(key.endswith(" " + w) for w in ("province", "state", "region", "county", "district", "governorate")):
        return
    for town in entries:
        if town.fclass != "P" or town.population < TOWN_OVER_DIVISION_POP:
            continue
        if any(d.fclass == "A" and not d.is_country and pri[d.id] >= pri[town.id]
               and (d.cc == town.cc and contains(d, town) or 0 < d.population < town.population)
               for d in entries):
            pri[town.id] += TOWN_OVER_DIVISION_BONUS


def _favour_home_division(first: list[Entry | None], cands: list[list[Entry]], bonus: list[Counter[int]]) -> None:
    """The first-order division an article names most often, and more often than any other, is the
    one it is about: its towns win over namesakes elsewhere that other names merely lie near
    ("Columbus" in a story naming Ohio six times and Minnesota once is Columbus, Ohio)."""
    named = Counter(e.id for e in first if e is not None and e.fcode == "ADM1")
    ranked = named.most_common(2)
    if not ranked or ranked[0][1] < HOME_DIVISION_MENTIONS or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return
    home = next(e for e in first if e is not None and e.id == ranked[0][0])
    for entries, extra in zip(cands, bonus):
        for e in entries:
            if e.fclass == "P" and contains(home, e):
                extra[e.id] += HOME_DIVISION_BONUS


def resolve(gaz: Gazetteer, mentions: list[Mention], text: str) -> list[Resolution]:
    cands: list[list[Entry]] = []
    hows: list[str] = []
    priors: list[dict[int, float]] = []
    kinds: list[str | None] = []
    for m in mentions:
        entries, how = candidates(gaz, m.text)
        key = normalise(SUFFIXES.sub("", m.text.strip().lstrip("#")))
        entries = without_capital_namesakes(without_state_namesakes(entries, key), key)
        cands.append(entries)
        hows.append(how)
        dateline = _is_dateline(text, m)
        kind = _kind_asked(text, m, dateline)
        kinds.append(kind)
        kind_bonus = DATELINE_TOWN_BONUS if dateline else PLACE_NOUN_BONUS
        priors.append({e.id: prior(e, key) + (3.0 if how == "alias" and e.is_country else 0.0)
                       + (kind_bonus if kind and e.fclass == kind else 0.0) for e in entries})

    for m, kind, entries, pri in zip(mentions, kinds, cands, priors):
        _prefer_town_over_division(text, m, kind, entries, pri)

    # A name that also names a sports team ("the Portland Trail Blazers", "Buffalo Bisons") or a
    # treaty or body ("the Venice Commission") is a city big enough for one, in all its mentions.
    named = lexicon().city_named_nouns
    teams = {normalise(m.text) for m in mentions if _TEAM_AFTER.match(text, m.end)
             or (after := _NEXT_WORD.match(text, m.end)) and after[1] in named}
    for m, entries, pri in zip(mentions, cands, priors):
        key = normalise(m.text)
        towns = [e for e in entries if e.fclass == "P" and normalise(e.name) == key] if key in teams else []
        if towns:  # the best known town of that name: the most populous
            pri[max(towns, key=lambda e: e.population).id] += TEAM_CITY_BONUS

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
        if not HIERARCHY_GAP.match(text[mentions[i].end:mentions[j].start]):
            continue
        for inner in cands[i]:
            for outer in cands[j]:
                if contains(outer, inner):
                    bonus[i][inner.id] = max(bonus[i][inner.id], 3.0)
                    bonus[j][outer.id] = max(bonus[j][outer.id], 1.5)

    keys = [normalise(m.text) for m in mentions]
    compass_words = {normalise(w) for w in lexicon().region_words} | {"the " + normalise(w) for w in lexicon().region_words}
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
            compass = keys[i] in compass_words
            for e in entries:
                # a sea or region spanning several countries gathers the votes of all of them
                share = sum(by_cc.get(c, 0) - (own if c == own_cc else 0) for c in _countries(e))
                if compass and share <= 0 and e.fclass == "A":
                    continue  # "the West", "Western countries": Rwanda's Western Province only in a story about Rwanda
                focus = share / total if total > 0 else 0.0
                s = (priors[i][e.id] + FOCUS_WEIGHT * focus + bonus[i][e.id]
                     + spatial[i].get(e.id, 0.0) + local_focus(i, e, a1votes))
                if s > best_score:
                    best, best_score = e, s
            scored.append((best, best_score))
        return scored

    first = [max(entries, key=lambda e: pri[e.id]) if entries else None for entries, pri in zip(cands, priors)]
    _favour_home_division(first, cands, bonus)
    scored = choose(votes, _admin1_votes(mentions, first))
    for _ in range(FOCUS_ROUNDS):  # the focus again, from the readings context chose
        votes, voted = {}, set()
        for key, (e, _) in zip(keys, scored):
            if e is not None and e.cc and key not in votes and e.id not in voted:
                voted.add(e.id)
                votes[key] = e.cc, 2.0 if e.is_country else 1.0
        scored = choose(votes, _admin1_votes(mentions, [e for e, _ in scored]))
    results = [Resolution(e, s, hows[i]) for i, (e, s) in enumerate(scored)]
    drop_stray_villages(results, [normalise(SUFFIXES.sub("", m.text.strip().lstrip("#"))) for m in mentions])
    fallback(gaz, mentions, results, text)
    return results
