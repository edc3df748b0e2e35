"""A clock time or "overnight" read against the day its own sentence names.

"Jets bombed the village on Friday shortly after noon" means noon on Friday, and "gunmen attacked
the post overnight, police said on Friday" the night before Friday: a clock time whose sentence
names no day takes the one day the article named before it ("Soldiers attacked the palace on
Friday. ... Gunfire erupted shortly before noon": Friday noon). The publication date is only the
fallback when neither holds.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from spacy.tokens import Doc

from .calendar import Resolution

_SENTENCE_END = re.compile(r"[.!?][\"”’')]*\s+(?=[\"“‘'(]?[A-Z0-9])|\n+")
_NIGHT_BEFORE = {"overnight"}


def date_by_sentence_day(text: str, tagged: list, spacy_doc: Doc | None) -> list:
    """`tagged` (time Tagged, in text order) with undated clock times and "overnight" moved to the
    one day named in the same sentence; unchanged where the sentence names no day or several."""
    days = [t for t in tagged if t.resolution.granularity == "day" and t.resolution.start is not None]
    if not days:
        return tagged
    bounds = _sentence_bounds(text, spacy_doc)
    out = []
    for t in tagged:
        moved = None
        if _movable(t):
            sentence = _sentence_of(bounds, t.start)
            named = {d.resolution.start for d in days if _sentence_of(bounds, d.start) == sentence}
            if len(named) == 1:
                moved = _moved(t, named.pop())
            elif not named and t.resolution.method == "clock":
                # the story's day: every day named before this clock time is the same one
                earlier = {d.resolution.start for d in days if d.start < t.start}
                if len(earlier) == 1:
                    moved = _moved(t, earlier.pop(), "clock/article-day")
        out.append(moved or t)
    return out


def _movable(t) -> bool:
    method = t.resolution.method
    return method == "clock" or (method == "deictic" and t.text.lower() in _NIGHT_BEFORE)


def _moved(t, day: dt.date, method: str = "clock/sentence-day"):
    r = t.resolution
    if r.method == "clock":
        clock = r.timex[r.timex.index("T"):]
        stamp = f"{day.isoformat()}{clock}"
        return replace(t, resolution=Resolution(stamp, stamp, day, day, "time", method, "TIME"))
    night = day - dt.timedelta(days=1)
    pod = r.timex[r.timex.index("T"):] if r.timex and "T" in r.timex else "TNI"
    return replace(t, resolution=Resolution(night.isoformat(), f"{night.isoformat()}{pod}", night, night,
                                            "part_of_day", "deictic/sentence-day", "TIME"))


def _sentence_bounds(text: str, spacy_doc: Doc | None) -> list[int]:
    """Start offsets of the sentences, from the parse when there is one."""
    from ..nlp import sents_of, text_of  # text_of: spaCy's doc.text joins every token on each call

    if spacy_doc is not None and text_of(spacy_doc) == text:
        return [s.start_char for s in sents_of(spacy_doc)]
    return [0] + [m.end() for m in _SENTENCE_END.finditer(text)]


def _sentence_of(bounds: list[int], char: int) -> int:
    lo, hi = 0, len(bounds)
    while hi - lo > 1:  # the last sentence start at or before char
        mid = (lo + hi) // 2
        if bounds[mid] <= char:
            lo = mid
        else:
            hi = mid
    return lo
