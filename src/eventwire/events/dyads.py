"""Conflict dyads across an article: a fight or surrender named without its other side takes the
side from the article's earlier conflict events ("SDF pushed ISIS ... positions captured" -> ISIS).

News reports usually follow one dyad, so the counterpart of an actor in the previous material
conflict event is the best guess for an event that leaves it implicit. Confidence drops a little.
"""
from __future__ import annotations

from ..model import Actor, Event

DYAD_TYPES = {"ASSAULT", "COERCE", "RETREAT", "MOBILIZE"}


def _key(actor: Actor | None) -> str | None:
    if actor is None:
        return None
    return actor.entity or (actor.name or actor.text).lower()


def _countries(ids: list[str], actors: dict[str, Actor]) -> set[str]:
    return {actors[a].country for a in ids if a in actors and actors[a].country}


def _counterpart(keys: set[str], countries: set[str], earlier: Event, actor_keys: set[str],
                 recipient_keys: set[str], actors: dict[str, Actor]) -> list[str] | None:
    """The other side of an earlier event for an actor on one of its sides: the same entity, or
    between two states the same country ("Russia launched drones at Ukraine ... Ukrainian air
    defences destroyed 84" -> Russia)."""
    if keys & actor_keys:
        return earlier.recipient
    if keys & recipient_keys:
        return earlier.actor
    ours, theirs = _countries(earlier.actor, actors), _countries(earlier.recipient, actors)
    if not (countries and ours and theirs) or ours & theirs:
        return None  # a fight inside one country is told apart by entities only
    if countries <= theirs:
        return earlier.actor
    if countries <= ours:
        return earlier.recipient
    return None


def fill_counterparts(events: list[Event], actors: dict[str, Actor]) -> None:
    seen: list[tuple[set[str], set[str], Event]] = []  # (actor keys, recipient keys, event)
    for event in events:
        keys = {k for k in (_key(actors.get(a)) for a in event.actor) if k}
        if event.type in DYAD_TYPES and keys and not event.recipient and not event.hypothetical:
            countries = _countries(event.actor, actors)
            for actor_keys, recipient_keys, earlier in reversed(seen):
                other = _counterpart(keys, countries, earlier, actor_keys, recipient_keys, actors)
                if other is None:
                    continue
                event.recipient = [a for a in other if _key(actors.get(a)) not in keys]
                if event.recipient:
                    event.method += ";recipient:dyad"
                    event.confidence = round(max(0.1, event.confidence - 0.1), 2)
                    break
        if event.type in DYAD_TYPES and event.actor and event.recipient:
            seen.append((keys, {k for k in (_key(actors.get(a)) for a in event.recipient) if k}, event))
