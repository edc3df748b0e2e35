"""Dictionary phrase matching over a spaCy Doc, and the rule that picks among colliding entries.

Matching is on characters, anchored at token starts and ends, so aliases need not share spaCy's
tokenisation ("Lt. Gen." is three tokens, "al-Qaeda" three). Aliases with capitals after the first
letter or with dots ("ISIS", "U.S.", "JeM") must match exactly; others match any case but the
text must contain a capital, so "the tigers" never reads as a name.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc

from ..nlp import text_of, tokens_of
from .lexicon import Lexicon, load_lexicon

NAMED = ("entry", "country", "demonym", "metonym")
# Odd spaces and curly apostrophes read as plain ones; one character for one keeps offsets.
_SAME_LENGTH = str.maketrans({"\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2019": "'", "\u2018": "'"})


@dataclass(frozen=True)
class Target:
    kind: str  # entry | country | demonym | metonym | agent
    ref: str  # entry id, ISO3 code or agent noun


@dataclass
class Match:
    start: int  # token index, inclusive
    end: int  # token index, exclusive
    text: str
    targets: list[Target] = field(default_factory=list)

    @property
    def target(self) -> Target:
        return self.targets[0]

    @property
    def named(self) -> bool:
        return self.target.kind in NAMED


def _exact(alias: str) -> bool:
    return "." in alias or any(c.isupper() for c in alias[1:])


def _plurals(noun: str) -> list[str]:
    """Surface forms of an agent noun; the last word is the one that inflects."""
    head, _, last = noun.rpartition(" ")
    prefix = head + " " if head else ""
    if last.endswith("."):
        return [noun]
    forms = {last, last + "s"}
    if last.endswith(("s", "x", "ch", "sh")):
        forms.add(last + "es")
    if last.endswith("y") and last[-2:-1] not in "aeiou":
        forms.add(last[:-1] + "ies")
    if last.endswith("man"):
        forms.add(last[:-3] + "men")
    if last.endswith("person"):
        forms.add(last[:-6] + "people")
    if last == "child":
        forms.add("children")
    if last == "woman":
        forms.add("women")
    return [prefix + f for f in forms]


class PhraseIndex:
    """Every alias of the lexicon, bucketed by its first two lower-cased characters."""

    def __init__(self, lex: Lexicon):
        self.buckets: dict[str, list[tuple[str, bool, Target]]] = defaultdict(list)
        for entry in lex.entries.values():
            for alias in (entry.name, *entry.aliases):
                self._add(alias, Target("entry", entry.id))
        for country in lex.countries.values():
            for alias in (country.name, *country.aliases):
                self._add(alias, Target("country", country.iso3))
            for alias in country.demonyms:
                self._add(alias, Target("demonym", country.iso3))
            for alias in country.metonyms:
                self._add(alias, Target("metonym", country.iso3))
        for noun in lex.agents:
            for form in _plurals(noun):
                self.buckets[form[:2]].append((form, False, Target("agent", noun)))
        for items in self.buckets.values():
            items.sort(key=lambda item: -len(item[0]))  # longest first
        self.by_length = {key: _by_length(items) for key, items in self.buckets.items()}
        self.longest = {key: max(groups) for key, groups in self.by_length.items()}

    def _add(self, alias: str, target: Target) -> None:
        low = alias.lower()
        self.buckets[low[:2]].append((alias if _exact(alias) else low, _exact(alias), target))

    def find(self, doc: Doc) -> list[Match]:
        """Longest match at each token start, left to right, without overlaps."""
        text = text_of(doc).translate(_SAME_LENGTH)
        low = text.lower()
        if len(low) != len(text):  # a few letters ("İ") lower-case to two characters
            low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
        tokens = tokens_of(doc)
        starts = [tok.idx for tok in tokens]
        ends = [start + len(tok.text) for start, tok in zip(starts, tokens)]
        matches: list[Match] = []
        buckets = self.by_length
        i = 0
        while i < len(starts):
            # most tokens start no alias: skip the call (same test as _longest_at's first)
            start = starts[i]
            found = self._longest_at(text, low, start, ends, i) if buckets.get(low[start:start + 2]) else None
            if found is not None:
                matches.append(found)
                i = found.end
            else:
                i += 1
        return matches

    def _longest_at(self, text: str, low: str, start: int, ends: list[int], i: int) -> Match | None:
        """The longest alias starting at token i and ending at a token end."""
        by_length = self.by_length.get(low[start:start + 2])
        if not by_length:
            return None
        longest = self.longest[low[start:start + 2]]
        last = i
        while last + 1 < len(ends) and ends[last + 1] - start <= longest:
            last += 1
        for j in range(last, i - 1, -1):  # longest first
            stop = ends[j]
            aliases = by_length.get(stop - start)
            if aliases is None:
                continue
            exact_aliases, loose_aliases = aliases
            surface = text[start:stop]
            hits = exact_aliases.get(surface, [])
            if not surface.islower():
                hits = hits + loose_aliases.get(low[start:stop], [])
            else:  # a lower-case surface reads only as an agent noun
                hits = hits + [h for h in loose_aliases.get(low[start:stop], ()) if h[1].kind == "agent"]
            if not hits:
                continue
            found = Match(i, j + 1, surface)
            for _order, target in sorted(hits, key=lambda hit: hit[0]):
                if target not in found.targets:
                    found.targets.append(target)
            # A named reading beats an agent-noun reading of the same words ("Security Council").
            found.targets.sort(key=lambda t: t.kind == "agent")
            return found
        return None


def _by_length(items: list[tuple[str, bool, Target]]) -> dict[int, tuple[dict, dict]]:
    """One bucket regrouped by alias length, each length keyed by the text it must equal: exact
    aliases by their own form, the others by their lower-cased form. Each hit keeps its place in
    the bucket so targets come out in bucket order."""
    groups: dict[int, tuple[dict, dict]] = {}
    for order, (alias, exact, target) in enumerate(items):
        exact_aliases, loose_aliases = groups.setdefault(len(alias), ({}, {}))
        (exact_aliases if exact else loose_aliases).setdefault(alias, []).append((order, target))
    return groups


@lru_cache(maxsize=8)
def phrase_index(extra_files: tuple[str, ...]) -> PhraseIndex:
    return PhraseIndex(load_lexicon(extra_files))


def resolve(matches: list[Match], lex: Lexicon, date: str | None) -> None:
    """Order each match's targets so the first is the reading to use.

    The rule for an alias claimed by several entries: prefer the one whose country the article
    names most, then (people) the one holding a role on the article date or nearest to it, then
    the entry listed first. Integrity tests check every shared alias can be told apart this way.
    """
    countries: Counter[str] = Counter()
    for match in matches:
        codes = {_country_of(t, lex) for t in match.targets if t.kind != "agent"}
        if len(codes) == 1:
            countries[codes.pop()] += 1
    for match in matches:
        named = [t for t in match.targets if t.kind != "agent"]
        if len({_country_of(t, lex) for t in named}) <= 1 and len(named) <= 1:
            continue

        def score(target: Target) -> tuple:
            if target.kind == "agent":
                return (1, 0, 0)
            entry = lex.entries.get(target.ref) if target.kind == "entry" else None
            distance = entry.role_distance(date) if entry else 10**6
            return (0, -countries[_country_of(target, lex)], distance)

        match.targets.sort(key=score)


def _country_of(target: Target, lex: Lexicon) -> str:
    if target.kind == "entry":
        return lex.entries[target.ref].country
    return target.ref


def find_matches(doc: Doc, extra_files: tuple[str, ...], date: str | None) -> list[Match]:
    lex = load_lexicon(extra_files)
    matches = phrase_index(extra_files).find(doc)
    resolve(matches, lex, date)
    return matches
