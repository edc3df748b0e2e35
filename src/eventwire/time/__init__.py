"""Time: date expressions found in the text and resolved against the publication date.

Public surface:
- `resolve_times(parsed, doc, config) -> list[TimeExpr]`: the pipeline stage.
- `tag_text(text, published, spacy_doc=None)`: the same tagger on any text, returning `Tagged` items
  with TimeML-style values and components (used by `eventwire eval dates`).
- `normalise_span(text, start, end, published, spacy_doc=None)`: the meaning of a span someone
  else found (the "given spans" protocol).

With no publication date, expressions that need one stay unresolved (value None) and their
method ends in "/unanchored".
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc

from ..config import Config
from ..datelines import find_datelines
from ..model import ArticleDocument, Place, Span, TimeExpr
from ..nlp import ParsedArticle
from .calendar import NEAREST, PAST, Resolution
from .combine import combine
from .fallback import dateparser_resolution
from .grammar import Mention, find_mentions
from .resolve import UNANCHORED, resolve_mention
from .sentence_day import date_by_sentence_day
from .tense import direction_at
from .vocabulary import load_vocabulary

__all__ = ["resolve_times", "tag_text", "normalise_span", "Tagged", "parse_anchor"]

REFERENCE_GRANULARITIES = {"day", "part_of_day", "time"}
EVENT_AFTER = re.compile(r"\s+(?!and\b|or\b|but\b|to\b)[\w\"“']", re.IGNORECASE)
UNTIL = re.compile(r"\b(?:until|till|through|by)\s+$", re.IGNORECASE)


@dataclass
class Tagged:
    start: int
    end: int
    text: str
    resolution: Resolution
    parts: list["Tagged"] = field(default_factory=list)

    def leaves(self) -> list["Tagged"]:
        """The smallest expressions: a range's ends, the date inside "since ..."."""
        return [leaf for part in self.parts for leaf in part.leaves()] if self.parts else [self]


def parse_anchor(published: str | None) -> dt.date | None:
    if not published:
        return None
    try:
        return dt.date.fromisoformat(str(published)[:10])
    except ValueError:
        return None


class _Resolver:
    """Resolves mentions in text order, remembering the last specific day for "the previous day"."""

    def __init__(self, text: str, anchor: dt.date | None, spacy_doc: Doc | None, day_first: bool = False):
        self.text, self.anchor, self.doc = text, anchor, spacy_doc
        self.day_first = day_first  # "3/4/2024" is 3 April (the article's country writes day first)
        self.reference: dt.date | None = None  # the last specific day: "the previous day"
        self.last_time: tuple[dt.date, str] | None = None  # the last date of any precision: "a year earlier"

    def remember(self, resolution: Resolution) -> None:
        if resolution.start is not None and resolution.granularity != "duration":
            self.last_time = (resolution.start, resolution.granularity)
            if resolution.granularity in REFERENCE_GRANULARITIES:
                self.reference = resolution.start

    def direction(self, m: Mention) -> str:
        found = direction_at(self.doc, m.start, m.end)
        if found == PAST and UNTIL.search(self.text[max(0, m.start - 12):m.start]):
            return NEAREST  # "was extended until Feb. 15": the end may lie after publication
        return found

    def single(self, m: Mention, direction: str | None = None) -> Tagged | None:
        reference = self.last_time if m.rule == "ago" else self.reference
        if self._counted_from_event(m):
            # "six years after she was released", "the day after the debate": from an event, not a date
            return Tagged(m.start, m.end, m.text, Resolution(None, None, None, None, "day", f"{m.rule}/from-event"))
        if m.rule == "numeric" and self.day_first:  # read as month first with the two numbers swapped
            m = replace(m, groups={**m.groups, "a": m.groups["b"], "b": m.groups["a"]})
        resolution = resolve_mention(m, self.anchor, direction or self.direction(m), reference)
        if resolution is None:
            return None
        if m.rule == "numeric" and self.day_first:
            resolution = replace(resolution, method="numeric/day_first")
        self.remember(resolution)
        return Tagged(m.start, m.end, m.text, resolution)

    def _counted_from_event(self, m: Mention) -> bool:
        word = (m.groups.get("dir") or m.groups.get("adir") or "").lower()
        return m.rule in ("ago", "anaphoric_after") and word in ("before", "after") \
            and EVENT_AFTER.match(self.text, m.end) is not None

    def __call__(self, m: Mention) -> Tagged | None:
        if m.rule == "since":
            as_of = m.groups.get("opener") == "as of"  # "as of Monday" may look ahead; "since" never does
            part = m.parts[0]
            if part.rule in ("clock_day", "range"):  # "as of 8:15 p.m. Monday": a joined mention of its own
                inner = self(part)
            else:
                inner = self.single(part) if as_of else self.single(part, PAST)
            return inner and self._since(m, inner)
        if m.rule == "range":
            first, second = (self.single(p) for p in m.parts)
            return first and second and self._range(m, first, second)
        if m.rule == "clock_day":
            day, clock = self.single(m.parts[0]), self.single(m.parts[1])
            return day and clock and self._clock_day(m, day, clock)
        return self.single(m)

    def _tagged(self, m: Mention, resolution: Resolution, parts: list[Tagged]) -> Tagged:
        return Tagged(m.start, m.end, m.text, resolution, parts)

    def _since(self, m: Mention, inner: Tagged) -> Tagged:
        r = inner.resolution
        end = self.anchor if self.anchor and r.start and self.anchor >= r.start else r.end
        label = "as_of" if m.groups.get("opener") == "as of" else "since"
        return self._tagged(m, replace(r, end=end, method=f"{label}/{r.method}"), [inner])

    def _range(self, m: Mention, first: Tagged, second: Tagged) -> Tagged:
        a, b = first.resolution, second.resolution
        value = f"{a.value}/{b.value}" if a.value and b.value else None
        method = f"range/{UNANCHORED}" if value is None else "range"
        return self._tagged(m, Resolution(value, value, a.start, b.end, "range", method), [first, second])

    def _clock_day(self, m: Mention, day: Tagged, clock: Tagged) -> Tagged:
        d, c = day.resolution, clock.resolution
        value = f"{d.value}{c.timex[c.timex.index('T'):]}" if d.value and c.timex else None
        method = "clock_day" if value else f"clock_day/{UNANCHORED}"
        return self._tagged(m, Resolution(value, value, d.start, d.end, "time", method, "TIME"), [])


def _tag(text: str, start: int, end: int, anchor: dt.date | None, spacy_doc: Doc | None,
         given_span: bool = False, earlier: list[Tagged] = (), day_first: bool = False) -> list[Tagged]:
    """Expressions in text[start:end], read with the whole text (and its parse) as context, and
    the `earlier` expressions before `start` as references for "the previous day"."""
    resolver = _Resolver(text, anchor, spacy_doc, day_first)
    for t in earlier:
        if t.end <= start:
            resolver.remember(t.resolution)
    tagged = (resolver(m) for m in combine(text, find_mentions(text, given_span, start, end)))
    return date_by_sentence_day(text, [t for t in tagged if t is not None], spacy_doc)


def tag_text(text: str, published: str | None, spacy_doc: Doc | None = None, day_first: bool = False) -> list[Tagged]:
    """Every time expression in `text` (whose parse, if given, is `spacy_doc`); `day_first` reads
    numeric dates such as 3/4/2024 as day/month (see `writes_day_first`)."""
    return _tag(text, 0, len(text), parse_anchor(published), spacy_doc, day_first=day_first)


def writes_day_first(text: str, places: list[Place]) -> bool:
    """Whether the article's country writes numeric dates day first: its dateline's country
    ("LAGOS, Nigeria -"), else its main place's; with neither, month first (US wire style)."""
    lines = find_datelines(text)
    dateline = next((p for p in places if p.country_code and any(
        d.start <= p.span.start and p.span.end <= d.place_end for d in lines)), None)
    place = dateline or next((p for p in places if p.focus and p.country_code), None)
    if place is None:
        return False
    return load_vocabulary().numeric_date_order.get(place.country_code.lower(), "day_first") == "day_first"


def normalise_span(text: str, start: int, end: int, published: str | None,
                   spacy_doc: Doc | None = None, earlier: list[Tagged] = ()) -> Tagged | None:
    """The meaning of text[start:end] taken as one time expression; dateparser for forms the
    grammar lacks; None when neither understands it. `earlier`: the text's expressions (from
    `tag_text`), whose last ones before `start` anchor "the previous day" and "a year earlier"."""
    anchor = parse_anchor(published)
    found = _tag(text, start, end, anchor, spacy_doc, given_span=True, earlier=earlier)
    best = max(found, key=lambda t: t.end - t.start) if found else None
    if best is not None and 2 * (best.end - best.start) >= len(text[start:end].strip()):
        return best if len(found) == 1 or best.resolution.granularity == "range" else _join_found(found, best)
    resolution = dateparser_resolution(text[start:end], anchor)  # the grammar missed most of the span
    if resolution is not None:
        return Tagged(start, end, text[start:end], resolution)
    return best


def _join_found(found: list[Tagged], best: Tagged) -> Tagged:
    """Two mentions inside one given span ("Monday, 3 p.m." parsed apart): keep the most specific."""
    timed = [t for t in found if t.resolution.timex_type == "TIME" and t.resolution.value]
    return timed[0] if timed else best


def _expr(article_text: str, index: int, t: Tagged) -> TimeExpr:
    r = t.resolution
    return TimeExpr(
        id=f"t{index}",
        span=Span.of(article_text, t.start, t.end),
        text=t.text,
        value=r.value,
        start=r.start.isoformat() if r.start else None,
        end=r.end.isoformat() if r.end else None,
        granularity=r.granularity,
        method=r.method,
    )


def resolve_times(parsed: ParsedArticle, doc: ArticleDocument, config: Config) -> list[TimeExpr]:
    text = parsed.article.text
    tagged = tag_text(text, doc.article.published, parsed.doc, writes_day_first(text, doc.places))
    return [_expr(text, i, t) for i, t in enumerate(tagged, 1)]
