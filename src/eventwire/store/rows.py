"""Flatten an ArticleDocument into the rows of each table (shared by every backend and Parquet)."""
from __future__ import annotations

import datetime as dt
import json
from typing import Any

from ..model import ArticleDocument


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def document_rows(doc: ArticleDocument, document: dict[str, Any] | None = None) -> dict[str, list[dict[str, Any]]]:
    """`document` is `doc.to_dict()` when the caller already has it (the JSONL writer does)."""
    art = doc.article
    aid = art.id
    actors = {a.id: a for a in doc.actors}
    places = {p.id: p for p in doc.places}
    sources = None if art.duplicate_of else 1  # outlets carrying the story; a run's end recounts (scale/writer.py)
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in
                                             ("articles", "actors", "places", "times", "events", "event_actors", "quotes", "claims")}
    rows["articles"].append({
        "id": aid, "title": art.title, "url": art.url, "source": art.source, "language": art.language,
        "published": art.published, "text": art.text, "path": art.path, "duplicate_of": art.duplicate_of,
        "sources": sources,
        "meta": _json(art.meta), "removed": _json([r.__dict__ for r in art.removed]),
        "document": _json(doc.to_dict() if document is None else document), "coded_at": dt.datetime.now(dt.timezone.utc).replace(tzinfo=None),
    })
    for a in doc.actors:
        rows["actors"].append({
            "article_id": aid, "id": a.id, "span_start": a.span.start, "span_end": a.span.end, "text": a.text,
            "name": a.name, "code": a.code, "country": a.country, "sector": a.sector, "qid": a.qid, "kind": a.kind,
            "role": a.role, "entity": a.entity, "confidence": a.confidence, "method": a.method,
        })
    for p in doc.places:
        rows["places"].append({
            "article_id": aid, "id": p.id, "span_start": p.span.start, "span_end": p.span.end, "text": p.text,
            "name": p.name, "geonameid": p.geonameid, "lat": p.lat, "lon": p.lon, "feature_code": p.feature_code,
            "admin1": p.admin1, "country_code": p.country_code, "precision": p.precision, "focus": p.focus,
            "confidence": p.confidence, "method": p.method,
        })
    for t in doc.times:
        rows["times"].append({
            "article_id": aid, "id": t.id, "span_start": t.span.start, "span_end": t.span.end, "text": t.text,
            "value": t.value, "start_date": t.start, "end_date": t.end, "granularity": t.granularity,
        })
    for e in doc.events:
        place = places.get(e.place)
        codes = lambda ids: _json([actors[i].code for i in ids if i in actors and actors[i].code])  # noqa: E731
        rows["events"].append({
            "article_id": aid, "id": e.id, "type": e.type, "mode": _json(e.mode), "context": _json(e.context),
            "cameo": e.cameo, "quad": e.quad, "place_id": e.place, "time_id": e.time, "date": e.date,
            "date_source": e.date_source, "negated": e.negated, "hypothetical": e.hypothetical,
            "reported_by": e.reported_by, "size": _json(e.size),
            "trigger_start": e.trigger.start, "trigger_end": e.trigger.end, "trigger_text": e.trigger.text,
            "sentence_start": e.sentence.start, "sentence_end": e.sentence.end, "sentence_text": e.sentence.text,
            "confidence": e.confidence, "method": e.method,
            "actor_codes": codes(e.actor), "recipient_codes": codes(e.recipient),
            "place_name": place.name if place else None, "lat": place.lat if place else None,
            "lon": place.lon if place else None, "country_code": place.country_code if place else None,
            "geo_precision": place.precision if place else None,
            "acled_event_type": (e.acled or {}).get("event_type"),
            "acled_sub_event_type": (e.acled or {}).get("sub_event_type"),
            "published": art.published, "source": art.source, "duplicate_of": art.duplicate_of,
            "sources": sources,
        })
        for role, ids in (("actor", e.actor), ("recipient", e.recipient)):
            for actor_id in dict.fromkeys(ids):
                a = actors.get(actor_id)
                rows["event_actors"].append({
                    "article_id": aid, "event_id": e.id, "actor_id": actor_id, "role": role,
                    "name": a.name if a else None, "code": a.code if a else None,
                    "country": a.country if a else None, "sector": a.sector if a else None,
                })
    for q in doc.quotes:
        speaker = actors.get(q.speaker)
        rows["quotes"].append({
            "article_id": aid, "id": q.id, "kind": q.kind, "span_start": q.span.start, "span_end": q.span.end,
            "text": q.span.text, "speaker": q.speaker, "speaker_text": q.speaker_text,
            "speaker_code": speaker.code if speaker else None, "cue_text": q.cue.text if q.cue else None,
            "medium": q.medium, "time_id": q.time, "continuation_of": q.continuation_of,
        })
    for c in doc.claims:
        source = actors.get(c.source)
        rows["claims"].append({
            "article_id": aid, "id": c.id, "span_start": c.span.start, "span_end": c.span.end, "text": c.span.text,
            "subject": c.subject, "value": c.quantity.value, "unit": c.quantity.unit, "approx": c.quantity.approx,
            "stance": c.stance, "source": c.source, "source_text": c.source_text,
            "source_code": source.code if source else None, "quote_id": c.quote,
        })
    return rows
