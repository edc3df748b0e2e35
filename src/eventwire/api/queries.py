"""SQL for the API: event filters, keyset (cursor) pagination, weekly stats, quotes, claims, articles.

Every value reaches the database as a parameter; only names from fixed allow-lists (sort keys,
backend expressions) are written into the SQL text.
"""
from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field
from typing import Any

from .db import Database

MAX_PAGE = 500

# Sort key -> SQL expression; NULLs become a value that sorts last in descending order.
SORTS = {
    "date": "coalesce(e.date, '')",
    "published": "coalesce(e.published, '')",
    "confidence": "coalesce(e.confidence, -1.0)",
}

EVENT_COLUMNS = (
    "e.article_id, e.id, e.type, e.mode, e.context, e.cameo, e.quad, e.place_id, e.time_id, e.date, e.date_source, "
    "e.negated, e.hypothetical, e.reported_by, e.size, e.trigger_start, e.trigger_end, e.trigger_text, "
    "e.sentence_start, e.sentence_end, e.sentence_text, e.confidence, e.method, e.actor_codes, e.recipient_codes, "
    "e.place_name, e.lat, e.lon, e.country_code, e.geo_precision, e.acled_event_type, e.acled_sub_event_type, "
    "e.published, e.source"
)


class BadRequest(ValueError):
    """A filter or cursor the client sent is malformed; the message is safe to show."""


def like_pattern(text: str) -> str:
    """A LIKE pattern matching `text` anywhere, with LIKE's own wildcards escaped."""
    escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def split_values(values: list[str] | None, upper: bool = True) -> list[str]:
    """Repeated and comma-separated query values, e.g. type=ASSAULT,COERCE&type=PROTEST."""
    out: list[str] = []
    for value in values or []:
        for part in value.split(","):
            part = part.strip()
            if part:
                out.append(part.upper() if upper else part)
    return list(dict.fromkeys(out))


def parse_bbox(value: str | None) -> tuple[float, float, float, float] | None:
    if not value:
        return None
    try:
        west, south, east, north = (float(x) for x in value.split(","))
    except ValueError as exc:
        raise BadRequest("bbox must be four numbers: west,south,east,north") from exc
    if not (-180 <= west <= 180 and -180 <= east <= 180 and -90 <= south <= north <= 90):
        raise BadRequest("bbox out of range: longitudes -180..180, latitudes -90..90, south <= north")
    return west, south, east, north


@dataclass
class EventFilter:
    type: list[str] = field(default_factory=list)
    mode: list[str] = field(default_factory=list)
    actor: str | None = None  # actor-side code, code prefix ("SYR" matches "SYR REB") or name substring
    recipient: str | None = None
    party: str | None = None  # either side
    country: list[str] = field(default_factory=list)
    bbox: tuple[float, float, float, float] | None = None
    since: str | None = None
    until: str | None = None
    text: str | None = None
    article: str | None = None
    source: str | None = None
    negated: bool | None = None
    hypothetical: bool | None = None
    min_confidence: float | None = None
    duplicates: bool = False  # syndicated copies of a story count once unless asked for

    def where(self, db: Database) -> tuple[list[str], list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if self.type:
            clauses.append(f"e.type IN ({', '.join('?' for _ in self.type)})")
            params += self.type
        for mode in self.mode:  # modes are stored as a JSON list of strings
            clauses.append("upper(e.mode) LIKE ? ESCAPE '\\'")
            params.append(like_pattern(json.dumps(mode)).upper())
        for role, value in (("actor", self.actor), ("recipient", self.recipient), ("", self.party)):
            if value:
                clause, values = _party_clause(role, value)
                clauses.append(clause)
                params += values
        if self.country:
            clauses.append(f"e.country_code IN ({', '.join('?' for _ in self.country)})")
            params += self.country
        if self.bbox:
            clauses.append(_bbox_clause(db, self.bbox))
            params += _bbox_params(db, self.bbox)
        if self.since:
            clauses.append("e.date >= ?")
            params.append(self.since)
        if self.until:
            clauses.append("e.date <= ?")
            params.append(self.until + "~")  # '~' sorts after digits: 2019-03 <= 2019-03~
        if self.text:
            clauses.append("lower(e.sentence_text) LIKE ? ESCAPE '\\'")
            params.append(like_pattern(self.text))
        if self.article:
            clauses.append("e.article_id = ?")
            params.append(self.article)
        if self.source:
            clauses.append("lower(e.source) = lower(?)")
            params.append(self.source)
        for column, flag in (("negated", self.negated), ("hypothetical", self.hypothetical)):
            if flag is not None:
                clauses.append(f"coalesce(e.{column}, FALSE) = ?")
                params.append(flag)
        if self.min_confidence is not None:
            clauses.append("e.confidence >= ?")
            params.append(self.min_confidence)
        if not self.duplicates and not self.article:  # one article's own events are always shown
            clauses.append("e.duplicate_of IS NULL")
        return clauses, params


def _party_clause(role: str, value: str) -> tuple[str, list[Any]]:
    role_sql = "ea.role = ? AND " if role else ""
    clause = (
        "EXISTS (SELECT 1 FROM event_actors ea WHERE ea.article_id = e.article_id AND ea.event_id = e.id AND "
        f"{role_sql}(upper(ea.code) = ? OR upper(ea.code) LIKE ? ESCAPE '\\' OR lower(ea.name) LIKE ? ESCAPE '\\'))"
    )
    prefix = value.upper().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + " %"
    return clause, ([role] if role else []) + [value.upper(), prefix, like_pattern(value)]


def _bbox_clause(db: Database, bbox: tuple[float, float, float, float]) -> str:
    west, _, east, _ = bbox
    if db.has_geom and west <= east:
        return "e.geom && ST_MakeEnvelope(?, ?, ?, ?, 4326)"
    if west <= east:
        return "e.lon BETWEEN ? AND ? AND e.lat BETWEEN ? AND ?"
    return "(e.lon >= ? OR e.lon <= ?) AND e.lat BETWEEN ? AND ?"  # box across the antimeridian


def _bbox_params(db: Database, bbox: tuple[float, float, float, float]) -> list[float]:
    west, south, east, north = bbox
    if db.has_geom and west <= east:
        return [west, south, east, north]
    return [west, east, south, north]


# -- cursor pagination ---------------------------------------------------------------------------
def parse_sort(sort: str) -> tuple[str, bool]:
    descending = sort.startswith("-")
    key = sort.lstrip("-")
    if key not in SORTS:
        raise BadRequest(f"sort must be one of {', '.join(sorted(SORTS))}, optionally prefixed with '-'")
    return key, descending


def encode_cursor(sort: str, row: dict[str, Any]) -> str:
    """The position after `row`: the sort it belongs to, the row's sort value and its key."""
    raw = json.dumps([sort, row["_sort"], row["article_id"], row["id"]], separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(cursor: str, sort: str) -> list[Any]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        made_for, value, article_id, event_id = json.loads(raw)
    except (ValueError, TypeError) as exc:
        raise BadRequest("cursor is not one this server issued") from exc
    if made_for != sort:
        raise BadRequest("cursor was issued for another sort order")
    if not isinstance(article_id, str) or not isinstance(event_id, str) or not isinstance(value, (str, int, float)):
        raise BadRequest("cursor is not one this server issued")
    return [value, article_id, event_id]


def events_page(db: Database, f: EventFilter, sort: str = "-date", limit: int = 50, cursor: str | None = None,
                located_only: bool = False) -> tuple[list[dict[str, Any]], str | None]:
    """One page of events in `sort` order and the cursor of the next page (None at the end)."""
    key, descending = parse_sort(sort)
    limit = max(1, min(int(limit), MAX_PAGE if not located_only else 10 * MAX_PAGE))
    clauses, params = f.where(db)
    if located_only:
        clauses.append("e.lat IS NOT NULL AND e.lon IS NOT NULL")
    expr = SORTS[key]
    if cursor:
        clauses.append(f"({expr}, e.article_id, e.id) {'<' if descending else '>'} (?, ?, ?)")
        params += decode_cursor(cursor, sort)
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    direction = "DESC" if descending else "ASC"
    sql = (f"SELECT {EVENT_COLUMNS}, {expr} AS _sort FROM events e {where} "
           f"ORDER BY {expr} {direction}, e.article_id {direction}, e.id {direction} LIMIT {limit + 1}")
    rows = db.query(sql, params)
    next_cursor = encode_cursor(sort, rows[limit - 1]) if len(rows) > limit else None
    return rows[:limit], next_cursor


def event_parties(db: Database, rows: list[dict[str, Any]]) -> dict[tuple[str, str], list[dict[str, Any]]]:
    """The actors of each event on a page, by (article_id, event_id)."""
    article_ids = sorted({r["article_id"] for r in rows})
    if not article_ids:
        return {}
    marks = ", ".join("?" for _ in article_ids)
    parties: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for p in db.query(f"SELECT article_id, event_id, actor_id, role, name, code, country, sector FROM event_actors "
                      f"WHERE article_id IN ({marks}) ORDER BY article_id, event_id, role, actor_id", article_ids):
        parties.setdefault((p["article_id"], p["event_id"]), []).append(
            {k: p[k] for k in ("actor_id", "role", "name", "code", "country", "sector")})
    return parties


def shape_event(row: dict[str, Any], parties: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """A flat events row as the API's nested event object."""
    loads = lambda v, empty: json.loads(v) if v else empty  # noqa: E731
    return {
        "article_id": row["article_id"], "id": row["id"], "type": row["type"],
        "mode": loads(row["mode"], []), "context": loads(row["context"], []),
        "cameo": row["cameo"], "quad": row["quad"], "date": row["date"], "date_source": row["date_source"],
        "negated": bool(row["negated"]), "hypothetical": bool(row["hypothetical"]), "reported_by": row["reported_by"],
        "size": loads(row["size"], {}),
        "trigger": {"start": row["trigger_start"], "end": row["trigger_end"], "text": row["trigger_text"]},
        "sentence": {"start": row["sentence_start"], "end": row["sentence_end"], "text": row["sentence_text"]},
        "confidence": row["confidence"], "method": row["method"],
        "actor_codes": loads(row["actor_codes"], []), "recipient_codes": loads(row["recipient_codes"], []),
        "actors": [p for p in parties or [] if p["role"] == "actor"],
        "recipients": [p for p in parties or [] if p["role"] == "recipient"],
        "place": {"id": row["place_id"], "name": row["place_name"], "lat": row["lat"], "lon": row["lon"],
                  "country_code": row["country_code"], "precision": row["geo_precision"]} if row["place_id"] else None,
        "time_id": row["time_id"],
        "acled": {"event_type": row["acled_event_type"], "sub_event_type": row["acled_sub_event_type"]}
        if row["acled_event_type"] else None,
        "published": row["published"], "source": row["source"],
    }


def week_expr(db: Database, column: str) -> str:
    """The Monday of the week of an ISO date in `column`, as text; NULL unless the date has a day
    (events dated only to a month or a year have no week)."""
    if db.backend == "postgres":
        week = f"to_char(date_trunc('week', CAST({column} AS DATE)), 'YYYY-MM-DD')"
    else:
        week = f"CAST(CAST(date_trunc('week', CAST({column} AS DATE)) AS DATE) AS VARCHAR)"
    return f"CASE WHEN length({column}) = 10 THEN {week} END"


STAT_DIMENSIONS = ("week", "type", "country")


def parse_dimensions(by: str | None) -> list[str]:
    dims = [d.strip().lower() for d in (by or ",".join(STAT_DIMENSIONS)).split(",") if d.strip()]
    if not dims or any(d not in STAT_DIMENSIONS for d in dims):
        raise BadRequest(f"by must list some of {', '.join(STAT_DIMENSIONS)}")
    return list(dict.fromkeys(dims))


def stats(db: Database, f: EventFilter, by: str | None = None) -> dict[str, Any]:
    """Event counts grouped by week, type and/or country (all three by default), with totals by
    type and by country. Weeks are Mondays; events dated only to a month or year have week null."""
    dims = parse_dimensions(by)
    clauses, params = f.where(db)
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    # Count by the raw date first, so the date arithmetic runs once per distinct day rather than
    # once per event, then fold the days into weeks.
    inner = {"week": "e.date AS day", "type": "e.type AS type", "country": "e.country_code AS country"}
    outer = {"week": week_expr(db, "day") + " AS week", "type": "type", "country": "country"}
    inner_groups = ", ".join(str(i + 1) for i in range(len(dims)))
    _, rows = db.tuples(
        f"SELECT {', '.join(outer[d] for d in dims)}, CAST(sum(n) AS BIGINT) AS n FROM "
        f"(SELECT {', '.join(inner[d] for d in dims)}, count(*) AS n FROM events e {where} GROUP BY {inner_groups}) AS g "
        f"GROUP BY {inner_groups} ORDER BY {inner_groups}", params)
    keys = (*dims, "count")
    buckets = [dict(zip(keys, row)) for row in rows]
    by_type = {r["type"]: int(r["n"]) for r in db.query(
        f"SELECT e.type AS type, count(*) AS n FROM events e {where} GROUP BY 1 ORDER BY 2 DESC, 1", params)}
    by_country = {r["country"] or "": int(r["n"]) for r in db.query(
        f"SELECT e.country_code AS country, count(*) AS n FROM events e {where} GROUP BY 1 ORDER BY 2 DESC, 1", params)}
    without_week = sum(b["count"] for b in buckets if b["week"] is None) if "week" in dims else None
    return {"total": sum(by_type.values()), "by": dims, "without_week": without_week,
            "buckets": buckets, "by_type": by_type, "by_country": by_country}


# -- articles, quotes, claims (offset pages: these lists are small next to events) ---------------
def _page(limit: int, offset: int) -> str:
    return f" LIMIT {max(1, min(int(limit), MAX_PAGE))} OFFSET {max(0, int(offset))}"


def articles(db: Database, since: str | None, until: str | None, source: str | None, text: str | None,
             limit: int, offset: int) -> list[dict[str, Any]]:
    clauses, params = _published_clauses(since, until)
    if source:
        clauses.append("lower(a.source) = lower(?)")
        params.append(source)
    if text:
        clauses.append("(lower(a.text) LIKE ? ESCAPE '\\' OR lower(coalesce(a.title, '')) LIKE ? ESCAPE '\\')")
        params += [like_pattern(text)] * 2
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    return db.query(
        "SELECT a.id, a.published, a.source, a.title, a.url, a.duplicate_of, length(a.text) AS chars, "
        "(SELECT count(*) FROM events e WHERE e.article_id = a.id) AS events "
        f"FROM articles a {where} ORDER BY coalesce(a.published, '') DESC, a.id" + _page(limit, offset), params)


def _published_clauses(since: str | None, until: str | None) -> tuple[list[str], list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if since:
        clauses.append("a.published >= ?")
        params.append(since)
    if until:
        clauses.append("a.published <= ?")
        params.append(until + "~")
    return clauses, params


def quotes(db: Database, article: str | None, speaker: str | None, kind: str | None, text: str | None,
           since: str | None, until: str | None, limit: int, offset: int) -> list[dict[str, Any]]:
    clauses, params = _published_clauses(since, until)
    if article:
        clauses.append("q.article_id = ?")
        params.append(article)
    if speaker:
        clauses.append("(upper(coalesce(q.speaker_code, '')) = ? OR lower(coalesce(q.speaker_text, '')) LIKE ? ESCAPE '\\')")
        params += [speaker.upper(), like_pattern(speaker)]
    if kind:
        clauses.append("q.kind = ?")
        params.append(kind.lower())
    if text:
        clauses.append("lower(q.text) LIKE ? ESCAPE '\\'")
        params.append(like_pattern(text))
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    return db.query(
        f"SELECT q.*, a.published, a.title FROM quotes q JOIN articles a ON a.id = q.article_id {where} "
        "ORDER BY coalesce(a.published, '') DESC, q.article_id, q.span_start, q.id" + _page(limit, offset), params)


def claims(db: Database, article: str | None, subject: str | None, source: str | None, stance: str | None,
           unit: str | None, since: str | None, until: str | None, limit: int, offset: int) -> list[dict[str, Any]]:
    clauses, params = _published_clauses(since, until)
    if article:
        clauses.append("c.article_id = ?")
        params.append(article)
    if subject:
        clauses.append("lower(c.subject) LIKE ? ESCAPE '\\'")
        params.append(like_pattern(subject))
    if source:
        clauses.append("(upper(coalesce(c.source_code, '')) = ? OR lower(coalesce(c.source_text, '')) LIKE ? ESCAPE '\\')")
        params += [source.upper(), like_pattern(source)]
    if stance:
        clauses.append("c.stance = ?")
        params.append(stance.lower())
    if unit:
        clauses.append("lower(coalesce(c.unit, '')) = lower(?)")
        params.append(unit)
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    return db.query(
        f"SELECT c.*, a.published, a.title FROM claims c JOIN articles a ON a.id = c.article_id {where} "
        "ORDER BY coalesce(a.published, '') DESC, c.article_id, c.span_start, c.id" + _page(limit, offset), params)
