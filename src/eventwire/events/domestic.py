"""Whom a domestic event is aimed at when the grammar names no one: CAMEO and PLOVER coders code
the state the event happens in ("the vice-president declined to resign despite pressure from the
Kenya Anti-Corruption Commission" -> KEN; "rebels in the Ivory Coast blocked transport" -> CIV).

Runs last, after dyads and place targets. Reads only `doc.actors` by id and span.
"""
from __future__ import annotations

from ..model import Actor, Event

# Conflictual and yielding events whose implicit target is the actor's own state. Not RETREAT or
# MOBILIZE: their objects are the doer's own forces ("withdrew its troops"), never the target.
DOMESTIC_TYPES = {"REJECT", "THREATEN", "PROTEST", "CONCEDE", "COERCE"}
# Bodies above states are no one's home state.
NOT_STATES = {"IGO", "NGO", "IMG"}
# Who can stand for the state aimed at: its institutions, its opposition and rebels, or a bare
# country or city name (no sector); not a nationality adjective on civilians ("the Kenyan capital").
TARGET_SECTORS = {"GOV", "MIL", "COP", "SPY", "LEG", "JUD", "OPP", "REB", None}


def _key(actor: Actor) -> str:
    return actor.entity or (actor.name or actor.text).lower()


def fill_domestic_targets(events: list[Event], actors: list[Actor]) -> None:
    index = {a.id: a for a in actors}
    for event in events:
        if event.recipient or event.hypothetical or event.type not in DOMESTIC_TYPES:
            continue
        doers = [index[a] for a in event.actor if a in index]
        countries = {a.country for a in doers}
        if len(countries) != 1 or None in countries or countries & NOT_STATES:
            continue
        country, own = next(iter(countries)), {_key(a) for a in doers}
        candidates = [a for a in actors
                      if event.sentence.start <= a.span.start and a.span.end <= event.sentence.end
                      and a.country == country and a.sector in TARGET_SECTORS and a.kind != "media"
                      and a.id != event.reported_by
                      and a.id not in event.actor and _key(a) not in own
                      and not any(d.span.start <= a.span.start and a.span.end <= d.span.end for d in doers)]
        if not candidates:
            continue
        nearest = min(candidates, key=lambda a: abs(a.span.start - event.trigger.start))
        event.recipient = [nearest.id]
        event.method += ";recipient:domestic"
        event.confidence = round(max(0.1, event.confidence - 0.1), 2)
