"""The article document of the output contract (shared/docs/output-contract.md) as dataclasses.

Every stage returns these; storage, exports, the API and eval read them. Field names are the
contract: extra fields may be added, existing ones are never renamed.
"""
from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from typing import Any

SIZE_KEYS = ("killed", "injured", "arrested", "displaced", "surrendered", "troops", "people")


@dataclass
class Span:
    """Character offsets into the cleaned article text, end-exclusive."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> "Span":
        return cls(start, end, text[start:end])

    @classmethod
    def from_token_span(cls, span) -> "Span":
        """From a spaCy Span/Token (whose doc text is the cleaned text)."""
        if hasattr(span, "start_char"):
            return cls(span.start_char, span.end_char, span.text)
        return cls(span.idx, span.idx + len(span.text), span.text)


@dataclass
class Removal:
    """A piece of the raw input that cleaning dropped (offsets into the raw input)."""

    start: int
    end: int
    text: str
    reason: str


@dataclass
class Article:
    id: str
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    language: str = "en"
    published: str | None = None  # ISO date
    removed: list[Removal] = field(default_factory=list)
    path: str | None = None  # where it was read from (file, file#row, warc record)
    meta: dict[str, Any] = field(default_factory=dict)
    duplicate_of: str | None = None  # id of the first-seen near-duplicate, if any

    @staticmethod
    def content_id(text: str) -> str:
        """Stable id: same cleaned text gives the same id, so re-runs replace instead of duplicating."""
        normalised = " ".join(text.split())
        return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:20]


@dataclass
class Actor:
    id: str
    span: Span
    text: str
    name: str
    code: str | None = None  # "SYR REB": country/IGO code + PLOVER sector
    country: str | None = None
    sector: str | None = None
    qid: str | None = None
    kind: str = "organization"  # country | organization | armed_group | person | agent | media
    role: str | None = None
    entity: str | None = None  # id shared by all mentions of one real-world actor in the article
    confidence: float = 0.5
    method: str = "spacy-ner"
    provisional: bool = False


@dataclass
class Place:
    id: str
    span: Span
    text: str
    name: str
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    feature_code: str | None = None
    admin1: str | None = None
    country_code: str | None = None  # ISO 3166-1 alpha-2, as GeoNames uses
    precision: int | None = None  # 1 town, 2 district/part of a country, 3 province, 4 country
    confidence: float = 0.5
    method: str = "spacy-ner"
    provisional: bool = False
    focus: bool = False  # the article's main place (one per article): events with no place of their own fall back to it


@dataclass
class TimeExpr:
    id: str
    span: Span
    text: str
    value: str | None = None  # ISO date, month (YYYY-MM) or year; None when unresolvable
    start: str | None = None
    end: str | None = None
    granularity: str | None = None  # day | week | month | year | part_of_day | range
    method: str = "spacy-ner"
    provisional: bool = False


@dataclass
class Event:
    id: str
    type: str
    trigger: Span
    sentence: Span
    mode: list[str] = field(default_factory=list)
    context: list[str] = field(default_factory=list)
    cameo: str | None = None
    quad: int | None = None
    actor: list[str] = field(default_factory=list)
    recipient: list[str] = field(default_factory=list)
    place: str | None = None
    time: str | None = None
    date: str | None = None
    # where `date` came from: "time" | "article" | "event" (another event's) | "before-article" (date null)
    date_source: str | None = None
    precision: dict[str, int] | None = None  # {"geo": 1..4, "time": 1..3} like ACLED's precision codes
    negated: bool = False
    hypothetical: bool = False
    reported_by: str | None = None
    size: dict[str, int] = field(default_factory=dict)
    confidence: float = 0.5
    method: str = ""
    acled: dict[str, str] | None = None  # {"event_type": ..., "sub_event_type": ...}


@dataclass
class Quote:
    id: str
    span: Span
    kind: str  # direct | indirect
    speaker: str | None = None
    speaker_text: str | None = None
    cue: Span | None = None
    medium: str | None = None
    time: str | None = None
    continuation_of: str | None = None
    reported_by: str | None = None
    confidence: float = 0.5
    method: str = ""
    speaker_span: Span | None = None  # the words naming the speaker here (a pronoun stays a pronoun)


@dataclass
class Quantity:
    value: float
    unit: str | None = None
    approx: str = "exact"  # more_than | less_than | about | exact


@dataclass
class Claim:
    id: str
    span: Span
    subject: str
    quantity: Quantity
    stance: str = "asserted"  # asserted | denied | disputed
    source: str | None = None
    quote: str | None = None
    source_text: str | None = None
    denied_by: str | None = None
    confidence: float = 0.5
    method: str = ""
    disputed_by: list[str] = field(default_factory=list)  # actor ids (or names) whose statements contradict it


@dataclass
class ArticleDocument:
    article: Article
    actors: list[Actor] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """Equal to `dataclasses.asdict(self)`, about 3x faster (it ran twice per stored article)."""
        return _plain(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "ArticleDocument":
        return _from_dict(cls, data)

    def actor(self, actor_id: str | None) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)

    def place(self, place_id: str | None) -> Place | None:
        return next((p for p in self.places if p.id == place_id), None)

    def time(self, time_id: str | None) -> TimeExpr | None:
        return next((t for t in self.times if t.id == time_id), None)


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}
_ATOMS = (str, int, float, bool, type(None))


@dataclass
class _Box:
    value: Any


def _plain(value: Any) -> Any:
    """`dataclasses.asdict` for the types documents hold, without its per-call `fields()` lookups and
    deepcopy of every leaf; any other type goes through asdict itself, so the result is the same."""
    kind = type(value)
    if kind in _ATOMS:
        return value
    names = _FIELD_NAMES.get(kind)
    if names is None and dataclasses.is_dataclass(kind):
        names = _FIELD_NAMES[kind] = tuple(f.name for f in dataclasses.fields(kind))
    if names is not None:
        return {name: _plain(getattr(value, name)) for name in names}
    if kind is list:
        return [_plain(v) for v in value]
    if kind is dict:
        return {_plain(k): _plain(v) for k, v in value.items()}
    return dataclasses.asdict(_Box(value))["value"]


@dataclass
class Failure:
    path: str
    reason: str
    time: str  # ISO timestamp


# Which dataclass a nested field holds, for from_dict.
_NESTED: dict[tuple[type, str], type] = {
    (ArticleDocument, "article"): Article,
    (ArticleDocument, "actors"): Actor,
    (ArticleDocument, "places"): Place,
    (ArticleDocument, "times"): TimeExpr,
    (ArticleDocument, "events"): Event,
    (ArticleDocument, "quotes"): Quote,
    (ArticleDocument, "claims"): Claim,
    (Article, "removed"): Removal,
    (Actor, "span"): Span,
    (Place, "span"): Span,
    (TimeExpr, "span"): Span,
    (Event, "trigger"): Span,
    (Event, "sentence"): Span,
    (Quote, "span"): Span,
    (Quote, "cue"): Span,
    (Quote, "speaker_span"): Span,
    (Claim, "span"): Span,
    (Claim, "quantity"): Quantity,
}


def _from_dict(cls: type, data: dict[str, Any]):
    names = {f.name for f in dataclasses.fields(cls)}
    kwargs: dict[str, Any] = {}
    for key, value in data.items():
        if key not in names:
            continue  # tolerate extra fields written by newer versions
        nested = _NESTED.get((cls, key))
        if nested is not None and value is not None:
            if isinstance(value, list):
                value = [_from_dict(nested, v) for v in value]
            else:
                value = _from_dict(nested, value)
        kwargs[key] = value
    return cls(**kwargs)
