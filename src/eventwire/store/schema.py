"""Database schema and migrations, portable between DuckDB and PostgreSQL.

Each migration is a list of statements; `schema_version` records the highest one applied, so a
newer eventwire upgrades an older database in place (`eventwire migrate`).
"""
from __future__ import annotations

TABLES = ("articles", "actors", "places", "times", "events", "event_actors", "quotes", "claims")

MIGRATIONS: list[tuple[int, list[str]]] = [
    (
        1,
        [
            """CREATE TABLE IF NOT EXISTS articles (
                id VARCHAR PRIMARY KEY, title TEXT, url TEXT, source TEXT, language VARCHAR,
                published VARCHAR, text TEXT, path TEXT, duplicate_of VARCHAR, meta TEXT,
                removed TEXT, document TEXT, coded_at TIMESTAMP)""",
            """CREATE TABLE IF NOT EXISTS actors (
                article_id VARCHAR NOT NULL, id VARCHAR NOT NULL, span_start INTEGER, span_end INTEGER,
                text TEXT, name TEXT, code VARCHAR, country VARCHAR, sector VARCHAR, qid VARCHAR,
                kind VARCHAR, role TEXT, entity VARCHAR, confidence DOUBLE PRECISION, method VARCHAR,
                PRIMARY KEY (article_id, id))""",
            """CREATE TABLE IF NOT EXISTS places (
                article_id VARCHAR NOT NULL, id VARCHAR NOT NULL, span_start INTEGER, span_end INTEGER,
                text TEXT, name TEXT, geonameid BIGINT, lat DOUBLE PRECISION, lon DOUBLE PRECISION,
                feature_code VARCHAR, admin1 TEXT, country_code VARCHAR, precision INTEGER,
                confidence DOUBLE PRECISION, method VARCHAR, PRIMARY KEY (article_id, id))""",
            """CREATE TABLE IF NOT EXISTS times (
                article_id VARCHAR NOT NULL, id VARCHAR NOT NULL, span_start INTEGER, span_end INTEGER,
                text TEXT, value VARCHAR, start_date VARCHAR, end_date VARCHAR, granularity VARCHAR,
                PRIMARY KEY (article_id, id))""",
            """CREATE TABLE IF NOT EXISTS events (
                article_id VARCHAR NOT NULL, id VARCHAR NOT NULL, type VARCHAR, mode TEXT, context TEXT,
                cameo VARCHAR, quad INTEGER, place_id VARCHAR, time_id VARCHAR, date VARCHAR,
                date_source VARCHAR, negated BOOLEAN, hypothetical BOOLEAN, reported_by VARCHAR, size TEXT,
                trigger_start INTEGER, trigger_end INTEGER, trigger_text TEXT,
                sentence_start INTEGER, sentence_end INTEGER, sentence_text TEXT,
                confidence DOUBLE PRECISION, method VARCHAR,
                actor_codes TEXT, recipient_codes TEXT,
                place_name TEXT, lat DOUBLE PRECISION, lon DOUBLE PRECISION, country_code VARCHAR,
                geo_precision INTEGER, acled_event_type VARCHAR, acled_sub_event_type VARCHAR,
                published VARCHAR, source TEXT, duplicate_of VARCHAR,
                PRIMARY KEY (article_id, id))""",
            """CREATE TABLE IF NOT EXISTS event_actors (
                article_id VARCHAR NOT NULL, event_id VARCHAR NOT NULL, actor_id VARCHAR NOT NULL,
                role VARCHAR NOT NULL, name TEXT, code VARCHAR, country VARCHAR, sector VARCHAR,
                PRIMARY KEY (article_id, event_id, actor_id, role))""",
            """CREATE TABLE IF NOT EXISTS quotes (
                article_id VARCHAR NOT NULL, id VARCHAR NOT NULL, kind VARCHAR, span_start INTEGER,
                span_end INTEGER, text TEXT, speaker VARCHAR, speaker_text TEXT, speaker_code VARCHAR,
                cue_text TEXT, medium VARCHAR, time_id VARCHAR, continuation_of VARCHAR,
                PRIMARY KEY (article_id, id))""",
            """CREATE TABLE IF NOT EXISTS claims (
                article_id VARCHAR NOT NULL, id VARCHAR NOT NULL, span_start INTEGER, span_end INTEGER,
                text TEXT, subject TEXT, value DOUBLE PRECISION, unit VARCHAR, approx VARCHAR,
                stance VARCHAR, source VARCHAR, source_text TEXT, source_code VARCHAR, quote_id VARCHAR,
                PRIMARY KEY (article_id, id))""",
            """CREATE TABLE IF NOT EXISTS failures (
                path TEXT PRIMARY KEY, reason TEXT NOT NULL, time TIMESTAMP NOT NULL)""",
            "CREATE INDEX IF NOT EXISTS events_type_idx ON events (type)",
            "CREATE INDEX IF NOT EXISTS events_date_idx ON events (date)",
            "CREATE INDEX IF NOT EXISTS event_actors_code_idx ON event_actors (code)",
        ],
    ),
    (
        2,  # near-duplicates (scale/dedup.py): how many outlets carried a canonical article's story
        [
            "ALTER TABLE articles ADD COLUMN IF NOT EXISTS sources INTEGER",
            "ALTER TABLE events ADD COLUMN IF NOT EXISTS sources INTEGER",
            "CREATE INDEX IF NOT EXISTS articles_duplicate_of_idx ON articles (duplicate_of)",
        ],
    ),
    (
        5,  # the places stage marks one place per article as its focus (events fall back to it)
        ["ALTER TABLE places ADD COLUMN IF NOT EXISTS focus BOOLEAN"],
    ),
]

SCHEMA_VERSION = MIGRATIONS[-1][0]
