"""Building blocks of the expected-items checker (`eventwire eval example`).

Text normalisation, finding a phrase in the article, `any_of` alternatives, comparing an expected
value with a predicted one, and deciding whether a predicted actor/place is the one an expected
name ("SDF", "Trump", "USA") refers to. Nothing here knows any particular article.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field
from typing import Any, Iterable

from ..model import Actor, ArticleDocument, Place
from .metrics import token_overlap

# Typographic quotes and dashes fold to ASCII one character for one, so offsets stay valid.
_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-", "\u00a0": " "})
_STRIP = " \t\n\"'.,;:!?()[]#"


def fold(text: str) -> str:
    """Same-length case/quote folding, so positions in the folded text are positions in the original."""
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text.translate(_FOLD))


def norm(text: Any) -> str:
    """Comparison form of a value: folded, whitespace collapsed, outer quotes/punctuation stripped."""
    return " ".join(fold(as_text(text)).split()).strip(_STRIP)


def as_text(value: Any) -> str:
    """YAML reads 2019-03-18 as a date; expected and predicted values compare as ISO strings."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return "" if value is None else str(value)


def alternatives(expected: Any) -> list[Any]:
    """`{any_of: [a, b]}` or a list means any of them; anything else is the one accepted value."""
    if isinstance(expected, dict) and "any_of" in expected:
        return list(expected["any_of"])
    if isinstance(expected, list):
        return list(expected)
    return [expected]


def show(expected: Any) -> str:
    options = alternatives(expected)
    return as_text(options[0]) if len(options) == 1 else " | ".join(as_text(o) for o in options)


def same_value(expected: Any, got: Any) -> bool:
    """Numbers compare as numbers, booleans as booleans, everything else as normalised text."""
    if got is None:
        return expected is None
    if isinstance(expected, bool) or isinstance(got, bool):
        return bool(expected) == bool(got) and isinstance(expected, bool) == isinstance(got, bool)
    if isinstance(expected, (int, float)) and isinstance(got, (int, float)):
        return math.isclose(float(expected), float(got), rel_tol=1e-9, abs_tol=1e-9)
    return norm(expected) == norm(got)


def matches(expected: Any, got: Any) -> bool:
    return any(same_value(option, got) for option in alternatives(expected))


def occurrences(text: str, phrase: str) -> list[tuple[int, int]]:
    """Every (start, end) of `phrase` in `text`, ignoring case and quote style."""
    needle = fold(phrase.strip())
    if not needle:
        return []
    haystack, found, start = fold(text), [], 0
    while (i := haystack.find(needle, start)) >= 0:
        found.append((i, i + len(needle)))
        start = i + 1
    return found


def contains_words(haystack: str, needle: str) -> bool:
    """`needle` appears in `haystack` as whole words (after normalisation)."""
    needle, haystack = norm(needle), norm(haystack)
    if not needle or not haystack:
        return False
    return re.search(rf"(?<!\w){re.escape(needle)}(?!\w)", haystack) is not None


def token_overlap_ok(expected: str, got: str, threshold: float = 0.5) -> bool:
    """At least `threshold` of the expected words appear in the predicted text."""
    return bool(expected.strip()) and token_overlap(expected, got) >= threshold


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Characters two half-open ranges share (0 when disjoint)."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(min(1.0, a)))


@dataclass
class Check:
    """One expected attribute compared with the prediction."""

    name: str
    ok: bool
    detail: str


@dataclass
class ItemResult:
    section: str
    label: str
    met: bool
    reason: str  # why it is missed, or what it matched
    matched: str | None = None  # id of the predicted item it was compared with
    checks: list[Check] = field(default_factory=list)
    unchecked: list[str] = field(default_factory=list)  # expected keys this checker does not know

    def as_dict(self) -> dict[str, Any]:
        return {"label": self.label, "met": self.met, "reason": self.reason, "matched": self.matched,
                "checks": [{"name": c.name, "ok": c.ok, "detail": c.detail} for c in self.checks],
                "unchecked": self.unchecked}


def verdict(section: str, label: str, matched: str | None, described: str, checks: list[Check],
            unchecked: Iterable[str] = ()) -> ItemResult:
    """Met when every check passes; otherwise the reason names what was found and what failed."""
    failed = [c for c in checks if not c.ok]
    if failed:
        reason = f"{described} found but " + "; ".join(c.detail for c in failed)
    else:
        reason = f"matched {described}"
    return ItemResult(section, label, not failed, reason, matched, checks, list(unchecked))


class Names:
    """Resolves the short names the expected file uses ("SDF", "Mattis", "USA") to predicted actors.

    A name stands for the expected actor entries whose text or aliases contain it, so "SDF" also
    accepts a predicted mention "U.S.-backed fighters" when the file lists that as an alias.
    """

    def __init__(self, expected_actors: Iterable[dict[str, Any]], document: ArticleDocument):
        self.entries = [(as_text(e.get("text", "")), [as_text(a) for a in e.get("aliases_in_text", []) or []])
                        for e in expected_actors if isinstance(e, dict)]
        self.doc = document

    def group(self, name: str) -> set[str]:
        """The name itself plus the text and aliases of every expected actor it names."""
        forms = {norm(name)}
        for text, aliases in self.entries:
            if contains_words(text, name) or any(norm(a) == norm(name) for a in aliases):
                forms.add(norm(text))
                forms.update(norm(a) for a in aliases)
        return {f for f in forms if f}

    def text_matches(self, name: str, text: str | None) -> bool:
        """A predicted surface text names `name`: equal to one of its forms, containing one, or
        (for the name itself only, never its expansions) contained in it."""
        if not text or not norm(text):
            return False
        if any(norm(text) == form or contains_words(text, form) for form in self.group(name)):
            return True
        return contains_words(name, text)

    def _direct(self, name: str, actor: Actor) -> bool:
        codes = {norm(actor.country), norm(actor.code)} | ({norm(actor.code.split()[0])} if actor.code else set())
        if norm(name) in codes - {""}:
            return True
        return self.text_matches(name, actor.text) or self.text_matches(name, actor.name)

    def actor_matches(self, name: str, actor: Actor | None) -> bool:
        """Directly, or through another mention of the same entity (coreference)."""
        if actor is None:
            return False
        if self._direct(name, actor):
            return True
        if actor.entity:
            return any(self._direct(name, other) for other in self.doc.actors
                       if other.entity == actor.entity and other is not actor)
        return False

    def any_actor(self, name: str, actor_ids: Iterable[str]) -> bool:
        return any(self.actor_matches(name, self.doc.actor(i)) for i in actor_ids)

    def describe(self, actor_ids: Iterable[str]) -> str:
        shown = []
        for i in actor_ids:
            a = self.doc.actor(i)
            shown.append(f"{a.text!r}" + (f" ({a.code})" if a.code else "") if a else f"unknown id {i}")
        return ", ".join(shown) or "none"


def place_matches(name: str, place: Place | None) -> bool:
    """A predicted place is the expected one when either text contains the other as whole words,
    or the expected name is its country code."""
    if place is None:
        return False
    texts = [place.text, place.name]
    return (any(contains_words(t, name) or contains_words(name, t) for t in texts if t)
            or (bool(place.country_code) and norm(name) == norm(place.country_code)))
