"""Readings of a toponym: the gazetteer entries a mention may mean (names, aliases, demonyms,
adjectives) and the prior of each (population, feature class, own name or alternate name)."""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

from .gazetteer import Entry, Gazetteer
from .lexicon import lexicon
from .names import normalise
from .regions import SOURCE as REGIONS_SOURCE

POPULATION_WEIGHT = 0.5  # per power of ten of population
EXACT_NAME_BONUS = 1.0  # the mention is the entry's own name, not one of its alternate names
FEATURE_BONUS = {"PCLI": 2.5, "PCLD": 1.5, "PCLS": 1.5, "PCLF": 1.5, "PCLIX": 1.5, "PCL": 1.5, "CONT": 2.5,
                 "ADM1": 0.9, "PPLC": 1.6, "PPLA": 0.4, "ADM2": 0.1}
REGION_BONUS = 4.5  # a sea or world region (data/regions.yaml) has no population to speak for it
STATE_NAMESAKE_POP = 50_000  # a town named like its country's province must be this big to be read
SUFFIXES = re.compile(r"(['’]s|['’])$")
_INHABITANT_SUFFIXES = (("ians", ""), ("ans", "as"), ("ans", ""), ("ans", "a"), ("ers", ""), ("ites", ""),
                        ("ian", "y"), ("an", "a"))  # adjectives: "Sicilian", "Central American"


# "the Kursk region", "New York state"; not "Portland State University", "Kent State" (names of their own)
_DIVISION_NOUN_AFTER = re.compile(r"\s+(?:province|region|governorate|county|district|department|canton|territory|"
                                  r"oblast|state)\b|\s+(?:Province|Region|Governorate|Oblast|County|District)\b(?!\s+[A-Z])")
# "the Belgorod, Kursk and Bryansk regions": every name of the list is a division
_DIVISIONS_AFTER = re.compile(r"(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)*,?(?:\s+(?:and|or)\s+[A-Z][\w'’-]*"
                              r"(?:\s+[A-Z][\w'’-]*)?)?\s+(?:provinces|states|regions|governorates|counties|districts|"
                              r"departments|territories|oblasts)\b")


def names_division(text: str, end: int) -> str | None:
    """The division noun after a name ending at `end` that makes it a division ("region" of "the
    Kursk region", "state" of "New York state", "regions" of "the Belgorod, Kursk and Bryansk
    regions"), lower-cased; None when there is none."""
    match = _DIVISION_NOUN_AFTER.match(text, end) or _DIVISIONS_AFTER.match(text, end)
    return match.group(0).split()[-1].lower() if match else None


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
    out = [text, SUFFIXES.sub("", text)]
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


def without_state_namesakes(entries: list[Entry], key: str) -> list[Entry]:
    """ "Florida" is the state, not Florida, New York: a town named like a first-order division of
    its own country, and far smaller than a city, is not what the bare name means."""
    states = {e.cc for e in entries if e.fcode == "ADM1" and normalise(e.name) == key}
    if not states:
        return entries
    return [e for e in entries if not (e.fclass == "P" and e.cc in states and e.population < STATE_NAMESAKE_POP)]


def without_capital_namesakes(entries: list[Entry], key: str) -> list[Entry]:
    """ "Islamabad" is Pakistan's capital, not Anantnag, which also goes by that name: a national
    capital called by its own name outranks smaller places abroad that carry the name only as an
    alias (at home, "Washington" may still be a county the article's other places point to)."""
    capitals = [e for e in entries if e.fcode == "PPLC" and normalise(e.name) == key]
    if not capitals:
        return entries
    biggest = max(e.population for e in capitals)
    homes = {e.cc for e in capitals}
    return [e for e in entries if normalise(e.name) == key or e.cc in homes or e.population >= biggest]


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
