"""Checking the article, actors, places and times of an expected-items file against a document.

Each expected item is matched to the predicted item whose span overlaps the expected text in the
article (or, when the phrase is not in the cleaned text, whose text contains it or is contained in
it); among several, the one passing most checks wins, so the report shows the closest miss.
"""
from __future__ import annotations

from typing import Any, Callable, Sequence

from ..model import Actor, ArticleDocument, Place, TimeExpr
from .expected_match import (Check, ItemResult, Names, alternatives, as_text, contains_words, haversine_km,
                             matches, norm, occurrences, overlaps, show, token_overlap_ok, verdict)

IGNORED = {"note", "notes"}  # commentary for human readers
DEFAULT_TOLERANCE_KM = 161.0  # the customary "within 100 miles" of geoparsing evaluation


def attribute_check(key: str, expected: Any, got: Any) -> Check:
    ok = matches(expected, got)
    return Check(key, ok, f"{key} {as_text(got) or 'missing'}" + ("" if ok else f", expected {show(expected)}"))


def generic_checks(spec: dict[str, Any], item: Any, handled: set[str]) -> tuple[list[Check], list[str]]:
    """Keys no special rule handles compare with the predicted attribute of the same name."""
    checks, unchecked = [], []
    for key, expected in spec.items():
        if key in handled or key in IGNORED:
            continue
        if hasattr(item, key):
            checks.append(attribute_check(key, expected, getattr(item, key)))
        else:
            unchecked.append(key)
    return checks, unchecked


def best_by_text(document: ArticleDocument, items: Sequence[Any], phrase: str,
                 checker: Callable[[Any], tuple[list[Check], list[str]]]):
    """(item, checks, unchecked) of the best candidate for `phrase`, or None with the reason."""
    spots = occurrences(document.article.text, phrase)
    scored = []
    for item in items:
        span = (item.span.start, item.span.end)
        shared = max((overlaps(span, o) for o in spots), default=0)
        similar = contains_words(item.text, phrase) or contains_words(phrase, item.text)
        if not (shared if spots else similar):
            continue
        checks, unchecked = checker(item)
        exact = norm(item.text) == norm(phrase)
        scored.append(((sum(c.ok for c in checks), exact, shared), item, checks, unchecked))
    if not scored:
        where = f"{len(spots)} occurrence(s) in the text" if spots else "not in the cleaned text"
        return None, f"no predicted item overlapping {phrase!r} ({where})"
    _, item, checks, unchecked = max(scored, key=lambda s: s[0])
    return (item, checks, unchecked), ""


def check_article(spec: dict[str, Any], document: ArticleDocument) -> list[ItemResult]:
    article, results = document.article, []
    text = article.text
    for key, expected in spec.items():
        if key in IGNORED:
            continue
        if key in ("cleaned_text_must_not_contain", "cleaned_text_must_contain"):
            present = [s for s in alternatives(expected) if occurrences(text, as_text(s))]
            absent = [s for s in alternatives(expected) if s not in present]
            bad = present if key.endswith("not_contain") else absent
            ok = not bad
            reason = ("text is as required" if ok else
                      ("text still contains " if key.endswith("not_contain") else "text lacks ") + ", ".join(map(repr, bad)))
        elif key == "title_occurrences_in_text":
            title = as_text(spec.get("title") or article.title or "")
            count = len(occurrences(text, title)) if title else 0
            ok = count == int(expected)
            reason = f"title occurs {count} time(s) in the text" + ("" if ok else f", expected {expected}")
        elif hasattr(article, key):
            got = getattr(article, key)
            ok = matches(expected, got)
            reason = f"{key} {as_text(got) or 'missing'}" + ("" if ok else f", expected {show(expected)}")
        else:
            results.append(ItemResult("article", key, False, f"unknown article check {key!r}", unchecked=[key]))
            continue
        results.append(ItemResult("article", key, ok, reason))
    return results


def _role_check(expected: Any, got: str | None) -> Check:
    ok = any(token_overlap_ok(as_text(option), got or "") for option in alternatives(expected))
    return Check("role", ok, f"role {got or 'missing'}" + ("" if ok else f", expected {show(expected)}"))


def _alias_check(aliases: list[Any], actor: Actor, document: ArticleDocument) -> Check:
    """Each alias present in the text must be covered by a mention of the same entity (or by the
    matched mention itself, as "militia" inside "the SDF militia")."""
    text, unlinked, absent = document.article.text, [], []
    for alias in map(as_text, aliases):
        spots = occurrences(text, alias)
        if not spots:
            absent.append(alias)
            continue
        linked = False
        for spot in spots:
            for other in document.actors:
                if not overlaps((other.span.start, other.span.end), spot):
                    continue
                if other is actor or (actor.entity and other.entity == actor.entity):
                    linked = True
        if not linked:
            unlinked.append(alias)
    note = f" (not in text: {', '.join(map(repr, absent))})" if absent else ""
    if unlinked:
        return Check("aliases_in_text", False, "aliases not linked to it: " + ", ".join(map(repr, unlinked)) + note)
    return Check("aliases_in_text", True, "aliases linked" + note)


def check_actor(spec: dict[str, Any], document: ArticleDocument, names: Names) -> ItemResult:
    phrase = as_text(spec.get("text", ""))

    def checker(actor: Actor):
        checks = []
        if "code_any_of" in spec:
            options = [" ".join(as_text(c).split()) for c in alternatives(spec["code_any_of"])]
            ok = any(same_code(o, actor.code) for o in options)
            checks.append(Check("code", ok, f"code {actor.code or 'missing'}" + ("" if ok else f", expected {' | '.join(options)}")))
        if "role" in spec:
            checks.append(_role_check(spec["role"], actor.role))
        if spec.get("aliases_in_text"):
            checks.append(_alias_check(list(spec["aliases_in_text"]), actor, document))
        more, unchecked = generic_checks(spec, actor, {"text", "code_any_of", "role", "aliases_in_text"})
        return checks + more, unchecked

    found, why = best_by_text(document, document.actors, phrase, checker)
    if found is None:
        return ItemResult("actors", phrase, False, why)
    actor, checks, unchecked = found
    return verdict("actors", phrase, actor.id, f"actor {actor.id} {actor.text!r}", checks, unchecked)


def same_code(expected: str, got: str | None) -> bool:
    return bool(got) and " ".join(expected.upper().split()) == " ".join(got.upper().split())


def check_place(spec: dict[str, Any], document: ArticleDocument) -> ItemResult:
    phrase = as_text(spec.get("text", ""))

    def checker(place: Place):
        checks = []
        if "lat" in spec and "lon" in spec:
            tolerance = float(spec.get("tolerance_km", DEFAULT_TOLERANCE_KM))
            if place.lat is None or place.lon is None:
                checks.append(Check("coordinates", False, f"no coordinates, expected within {tolerance:g} km of {spec['lat']},{spec['lon']}"))
            else:
                km = haversine_km(float(spec["lat"]), float(spec["lon"]), place.lat, place.lon)
                checks.append(Check("coordinates", km <= tolerance, f"{km:.0f} km from the expected point (tolerance {tolerance:g} km)"))
        if "admin1" in spec:
            ok = any(contains_words(place.admin1 or "", as_text(o)) or contains_words(as_text(o), place.admin1 or "")
                     for o in alternatives(spec["admin1"]))
            checks.append(Check("admin1", ok, f"admin1 {place.admin1 or 'missing'}" + ("" if ok else f", expected {show(spec['admin1'])}")))
        more, unchecked = generic_checks(spec, place, {"text", "lat", "lon", "tolerance_km", "admin1"})
        return checks + more, unchecked

    found, why = best_by_text(document, document.places, phrase, checker)
    if found is None:
        return ItemResult("places", phrase, False, why)
    place, checks, unchecked = found
    return verdict("places", phrase, place.id, f"place {place.id} {place.text!r}", checks, unchecked)


def check_time(spec: dict[str, Any], document: ArticleDocument) -> ItemResult:
    phrase = as_text(spec.get("text", ""))

    def checker(time: TimeExpr):
        return generic_checks(spec, time, {"text"})

    found, why = best_by_text(document, document.times, phrase, checker)
    if found is None:
        return ItemResult("times", phrase, False, why)
    time, checks, unchecked = found
    return verdict("times", phrase, time.id, f"time {time.id} {time.text!r}", checks, unchecked)
