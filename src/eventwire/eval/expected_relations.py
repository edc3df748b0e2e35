"""Checking the events, quotes and claims of an expected-items file against a document.

Events are found by their trigger, quotes by where they start (or, for indirect speech, by the
words of what was said), claims by their number; the predicted item passing most checks is the
one reported, so a miss says exactly which attribute went wrong.
"""
from __future__ import annotations

import math
from typing import Any

from ..model import ArticleDocument, Claim, Event, Quote
from .expected_entities import IGNORED, attribute_check, generic_checks
from .expected_match import (Check, ItemResult, Names, alternatives, as_text, contains_words, matches, norm,
                             occurrences, overlaps, place_matches, show, verdict)
from .metrics import token_overlap

ABOUT_OVERLAP = 0.5  # share of the expected words an indirect quote's span must contain


def _pick(scored: list[tuple[tuple, Any, list[Check], list[str]]]):
    return max(scored, key=lambda s: s[0])[1:]


def _actor_check(key: str, spec: dict[str, Any], ids: list[str], names: Names) -> Check:
    name = as_text(spec[key])
    optional = bool(spec.get(f"{key}_optional"))
    ok = names.any_actor(name, ids) or (optional and not ids)
    return Check(key, ok, f"{key} {names.describe(ids)}" + ("" if ok else f", expected {name}"))


def _linked_check(key: str, name: str, ref: str | None, document: ArticleDocument, names: Names) -> Check:
    """A field holding an actor id (or, from some stages, a plain name)."""
    actor = document.actor(ref)
    ok = names.actor_matches(name, actor) if actor else names.text_matches(name, ref)
    shown = actor.text if actor else (ref or "missing")
    return Check(key, ok, f"{key} {shown}" + ("" if ok else f", expected {name}"))


def _event_checks(spec: dict[str, Any], event: Event, document: ArticleDocument, names: Names):
    checks = []
    if "type" in spec:
        checks.append(attribute_check("type", spec["type"], event.type))
    if "mode" in spec:
        ok = any(norm(o) in {norm(m) for m in event.mode} for o in alternatives(spec["mode"]))
        checks.append(Check("mode", ok, f"mode {event.mode or 'missing'}" + ("" if ok else f", expected {show(spec['mode'])}")))
    for key, ids in (("actor", event.actor), ("recipient", event.recipient)):
        if key in spec:
            checks.append(_actor_check(key, spec, ids, names))
    if "place" in spec:
        place = document.place(event.place)
        ok = place_matches(as_text(spec["place"]), place)
        checks.append(Check("place", ok, f"place {place.text if place else 'missing'}" + ("" if ok else f", expected {spec['place']}")))
    if "size" in spec:
        wrong = {k: event.size.get(k) for k, v in (spec["size"] or {}).items() if not matches(v, event.size.get(k))}
        checks.append(Check("size", not wrong, f"size {event.size or 'missing'}" + (f", expected {spec['size']}" if wrong else "")))
    if "reported_by" in spec:
        checks.append(_linked_check("reported_by", as_text(spec["reported_by"]), event.reported_by, document, names))
    handled = {"type", "mode", "actor", "recipient", "place", "size", "trigger", "reported_by", "actor_optional",
               "recipient_optional"}
    more, unchecked = generic_checks(spec, event, handled)
    return checks + more, unchecked


def check_event(spec: dict[str, Any], document: ArticleDocument, names: Names) -> ItemResult:
    triggers = [as_text(t) for t in alternatives(spec["trigger"])] if "trigger" in spec else []
    label = f"{show(spec.get('type', '?'))} {show(spec['trigger'])!r}" if triggers else show(spec.get("type", "?"))
    spots = [o for t in triggers for o in occurrences(document.article.text, t)]
    scored = []
    for event in document.events:
        span = (event.trigger.start, event.trigger.end)
        shared = max((overlaps(span, o) for o in spots), default=0)
        similar = any(contains_words(event.trigger.text, t) or contains_words(t, event.trigger.text) for t in triggers)
        if triggers and not (shared or similar):
            continue
        checks, unchecked = _event_checks(spec, event, document, names)
        scored.append(((sum(c.ok for c in checks), shared), event, checks, unchecked))
    if not scored:
        same_type = [e for e in document.events if "type" in spec and matches(spec["type"], e.type)]
        where = f"{len(spots)} occurrence(s) in the text" if spots else "not in the cleaned text"
        reason = f"no event with trigger {show(spec.get('trigger'))!r} ({where})"
        if same_type:
            reason += f"; {len(same_type)} {show(spec['type'])} event(s) elsewhere, triggers " + ", ".join(
                repr(e.trigger.text) for e in same_type[:5])
        elif "type" in spec:
            reason += f"; no {show(spec['type'])} event at all"
        return ItemResult("events", label, False, reason)
    event, checks, unchecked = _pick(scored)
    return verdict("events", label, event.id, f"event {event.id} {event.type} {event.trigger.text!r}", checks, unchecked)


def _quote_checks(spec: dict[str, Any], quote: Quote, document: ArticleDocument, names: Names):
    checks = []
    if "starts" in spec:
        ok = norm(quote.span.text).startswith(norm(spec["starts"]))
        checks.append(Check("starts", ok, f"quote starts {quote.span.text[:40]!r}" + ("" if ok else f", expected {spec['starts']!r}")))
    if "kind" in spec:
        checks.append(attribute_check("kind", spec["kind"], quote.kind))
    if "speaker" in spec:
        name = as_text(spec["speaker"])
        actor = document.actor(quote.speaker)
        ok = names.actor_matches(name, actor) or names.text_matches(name, quote.speaker_text)
        shown = quote.speaker_text or (actor.text if actor else "missing")
        checks.append(Check("speaker", ok, f"speaker {shown}" + ("" if ok else f", expected {name}")))
    if "cue" in spec:
        cue = quote.cue.text if quote.cue else ""
        ok = any(contains_words(cue, as_text(o)) or contains_words(as_text(o), cue) for o in alternatives(spec["cue"]))
        checks.append(Check("cue", ok, f"cue {cue or 'missing'}" + ("" if ok else f", expected {show(spec['cue'])}")))
    if "time" in spec:
        time = document.time(quote.time)
        ok = time is not None and matches(spec["time"], time.value)
        shown = f"{time.text!r}={time.value}" if time else "missing"
        checks.append(Check("time", ok, f"time {shown}" + ("" if ok else f", expected {show(spec['time'])}")))
    if "continuation" in spec:
        ok = (quote.continuation_of is not None) == bool(spec["continuation"])
        checks.append(Check("continuation", ok, f"continuation_of {quote.continuation_of or 'missing'}"
                            + ("" if ok else f", expected {'a previous quote' if spec['continuation'] else 'none'}")))
    if "reported_by" in spec:
        checks.append(_linked_check("reported_by", as_text(spec["reported_by"]), quote.reported_by, document, names))
    handled = {"starts", "about", "kind", "speaker", "cue", "time", "continuation", "reported_by"}
    more, unchecked = generic_checks(spec, quote, handled)
    return checks + more, unchecked


def check_quote(spec: dict[str, Any], document: ArticleDocument, names: Names) -> ItemResult:
    starts, about = as_text(spec.get("starts", "")), as_text(spec.get("about", ""))
    label = f"{spec.get('kind', 'quote')} " + (f"starting {starts!r}" if starts else f"about {about!r}")
    spots = occurrences(document.article.text, starts) if starts else []
    scored = []
    for quote in document.quotes:
        span = (quote.span.start, quote.span.end)
        if starts:
            closeness = max((overlaps(span, o) for o in spots), default=0)
            if not closeness and not norm(quote.span.text).startswith(norm(starts)):
                continue
        else:
            closeness = token_overlap(about, quote.span.text)
            if closeness < ABOUT_OVERLAP:
                continue
        checks, unchecked = _quote_checks(spec, quote, document, names)
        passed = sum(c.ok for c in checks)
        # indirect speech is identified by what was said first, then by who said it
        scored.append(((passed, closeness) if starts else (round(closeness, 1), passed), quote, checks, unchecked))
    if not scored:
        what = f"starting {starts!r}" if starts else f"covering {ABOUT_OVERLAP:.0%} of the words of {about!r}"
        return ItemResult("quotes", label, False, f"no quote {what} ({len(document.quotes)} quote(s) predicted)")
    quote, checks, unchecked = _pick(scored)
    return verdict("quotes", label, quote.id, f"quote {quote.id} {quote.span.text[:40]!r}", checks, unchecked)


def _claim_checks(spec: dict[str, Any], claim: Claim, document: ArticleDocument, names: Names):
    checks, quantity = [], spec.get("quantity") or {}
    for key in ("unit", "approx"):
        if key in quantity:
            checks.append(attribute_check(key, quantity[key], getattr(claim.quantity, key)))
    if "source" in spec:
        name = as_text(spec["source"])
        actor = document.actor(claim.source)
        ok = names.actor_matches(name, actor) or names.text_matches(name, claim.source_text)
        shown = claim.source_text or (actor.text if actor else "missing")
        checks.append(Check("source", ok, f"source {shown}" + ("" if ok else f", expected {name}")))
    if "denied_by" in spec:
        checks.append(_linked_check("denied_by", as_text(spec["denied_by"]), claim.denied_by, document, names))
    if "disputed_by" in spec:
        disputers = getattr(claim, "disputed_by", None) or []
        listed = all(any(_linked_check("disputed_by", as_text(n), d, document, names).ok for d in disputers)
                     for n in alternatives(spec["disputed_by"])) if disputers else False
        ok = listed or claim.stance == "disputed"
        checks.append(Check("disputed_by", ok, f"stance {claim.stance}" + ("" if ok else f", expected disputed by {', '.join(map(as_text, alternatives(spec['disputed_by'])))}")))
    handled = {"subject", "quantity", "source", "denied_by", "disputed_by"}
    more, unchecked = generic_checks(spec, claim, handled)
    return checks + more, unchecked


def check_claim(spec: dict[str, Any], document: ArticleDocument, names: Names) -> ItemResult:
    quantity = spec.get("quantity") or {}
    value = quantity.get("value")
    subject = as_text(spec.get("subject", ""))
    label = f"{subject or 'claim'} = {as_text(value)}"
    scored = []
    for claim in document.claims:
        if value is not None and not math.isclose(float(claim.quantity.value), float(value), rel_tol=1e-9):
            continue
        checks, unchecked = _claim_checks(spec, claim, document, names)
        scored.append(((sum(c.ok for c in checks), token_overlap(subject, claim.subject)), claim, checks, unchecked))
    if not scored:
        values = ", ".join(f"{c.quantity.value:g}" for c in document.claims[:8]) or "none"
        return ItemResult("claims", label, False, f"no claim with value {as_text(value)} (predicted values: {values})")
    claim, checks, unchecked = _pick(scored)
    return verdict("claims", label, claim.id, f"claim {claim.id} {claim.quantity.value:g} {claim.subject!r}", checks,
                   [k for k in unchecked if k not in IGNORED])
