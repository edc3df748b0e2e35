"""Joining mentions into larger expressions: "since December", "from March to May",
"between 2014 and 2016", "3 p.m. Monday". The joined mention keeps its components in `parts`,
so evaluation against TimeML (which tags "March" and "May" separately) can look inside."""
from __future__ import annotations

import re

from .grammar import Mention

# "since X" and "as of X" open a state that still holds at publication
SINCE = re.compile(r"\b(since|as\s+of)\s+$", re.IGNORECASE)
RANGE_OPENERS = {"from": re.compile(r"^\s*(?:to|until|till|through|thru|-|–)\s*$", re.IGNORECASE),
                 "between": re.compile(r"^\s*(?:and|-|–)\s*$", re.IGNORECASE)}
OPENER = re.compile(r"\b(from|between)\s+$", re.IGNORECASE)
CLOCK_RULES = {"clock", "clock24", "clock_word"}
DAY_RULES = {"weekday", "deictic", "date_mdy", "date_dmy", "iso", "iso_slash", "dotted", "numeric", "holiday"}
CLOCK_DAY_GLUE = re.compile(r"^\s*(?:,|on|,\s*on)?\s*$", re.IGNORECASE)
DAY_CLOCK_GLUE = re.compile(r"^\s*(?:,|at|,\s*at|around|about)?\s*$", re.IGNORECASE)


def _joined(text: str, rule: str, start: int, end: int, parts: list[Mention], groups: dict | None = None) -> Mention:
    return Mention(start, end, text[start:end], rule, groups or {}, parts)


def combine(text: str, mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    i = 0
    while i < len(mentions):
        m = mentions[i]
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        gap = text[m.end:nxt.start] if nxt else ""
        opener = OPENER.search(text[max(0, m.start - 12):m.start])
        if nxt and opener and RANGE_OPENERS[opener.group(1).lower()].match(gap) \
                and m.rule not in CLOCK_RULES and nxt.rule not in CLOCK_RULES:
            start = max(0, m.start - 12) + opener.start()  # the span takes in "from" / "between"
            out.append(_joined(text, "range", start, nxt.end, [m, nxt]))
            i += 2
            continue
        if nxt and m.rule == "pod_of" and nxt.rule in DAY_RULES and not gap.strip():
            # "the morning of June 3": the day, with its part
            out.append(_joined(text, "pod_day", m.start, nxt.end, [nxt], {"pod": m.groups["pod"]}))
            i += 2
            continue
        if nxt and m.rule in CLOCK_RULES and nxt.rule in DAY_RULES and CLOCK_DAY_GLUE.match(gap):
            out.append(_joined(text, "clock_day", m.start, nxt.end, [nxt, m]))
            i += 2
            continue
        if nxt and m.rule in DAY_RULES and nxt.rule in CLOCK_RULES and DAY_CLOCK_GLUE.match(gap):
            out.append(_joined(text, "clock_day", m.start, nxt.end, [m, nxt]))
            i += 2
            continue
        out.append(m)
        i += 1
    return [_since(text, m) for m in out]


def _since(text: str, m: Mention) -> Mention:
    """"since early January", "as of last month": the span takes in "since"/"as of"; the period runs
    from then to publication."""
    found = SINCE.search(text[max(0, m.start - 10):m.start])
    if not found or m.rule in ("duration", "past_span", "ago", "range"):
        return m
    start = m.start - (len(text[max(0, m.start - 10):m.start]) - found.start())
    return _joined(text, "since", start, m.end, [m], {"opener": " ".join(found.group(1).lower().split())})
