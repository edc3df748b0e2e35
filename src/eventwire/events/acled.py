"""ACLED-style event type and sub-event type from the PLOVER coding (rules in data/acled.yaml)."""
from __future__ import annotations

from ..model import Actor
from .lexicon import Lexicon


def _sectors(ids: list[str], actors: dict[str, Actor], armed: frozenset[str]) -> set[str]:
    sectors = set()
    for actor_id in ids:
        actor = actors.get(actor_id)
        if actor is not None and actor.sector:
            sectors.update(actor.sector.split())
    if ids and not sectors & armed:
        sectors.add("civilian")
    return sectors


def acled_for(type_: str, modes: list[str], actor_ids: list[str], recipient_ids: list[str],
              actors: dict[str, Actor], lex: Lexicon) -> dict[str, str] | None:
    for rule in lex.acled_rules:
        if rule["type"] != type_:
            continue
        if "mode" in rule and rule["mode"] not in modes:
            continue
        if "actor_sector" in rule and not _sectors(actor_ids, actors, lex.armed_sectors) & set(rule["actor_sector"]):
            continue
        if "recipient_sector" in rule:
            wanted = rule["recipient_sector"]
            wanted = {wanted} if isinstance(wanted, str) else set(wanted)
            if not _sectors(recipient_ids, actors, lex.armed_sectors) & wanted:
                continue
        return {"event_type": rule["event_type"], "sub_event_type": rule["sub_event_type"]}
    return None
