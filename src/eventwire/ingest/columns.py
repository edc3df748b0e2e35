"""The column names that mean text, title, published, url and source in JSONL/CSV inputs.

Feeds name these fields in many ways ("pubDate", "published_at", "headline", "link"); the names
live in `data/columns.yaml` so users can add their feed's. Unknown columns stay in `meta`.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

FIELDS = ("text", "title", "published", "url", "source")
_DATA = "data/columns.yaml"


class ColumnsError(ValueError):
    """columns.yaml is malformed."""


def column_key(name: str) -> str:
    """'Published_At', 'published-at' and 'publishedAt' compare equal."""
    return re.sub(r"[\s_\-]", "", str(name)).lower()


@lru_cache(maxsize=1)
def column_names() -> dict[str, tuple[str, ...]]:
    """Field -> accepted column keys, in order of preference."""
    raw = yaml.safe_load(resources.files(__package__).joinpath(_DATA).read_text("utf-8")) or {}
    columns = raw.get("columns")
    if not isinstance(raw.get("version"), int) or not isinstance(columns, dict):
        raise ColumnsError(f"{_DATA}: needs an integer 'version' and a 'columns' mapping")
    out: dict[str, tuple[str, ...]] = {}
    seen: dict[str, str] = {}
    for field in FIELDS:
        names = columns.get(field)
        if not isinstance(names, list) or not names or not all(isinstance(n, str) and n.strip() for n in names):
            raise ColumnsError(f"{_DATA}: columns.{field} must be a non-empty list of names")
        for name in names:
            if column_key(name) in seen:
                raise ColumnsError(f"{_DATA}: column {name!r} is listed under both "
                                   f"{seen[column_key(name)]} and {field}")
            seen[column_key(name)] = field
        out[field] = tuple(column_key(n) for n in names)
    if unknown := set(columns) - set(FIELDS):
        raise ColumnsError(f"{_DATA}: unknown field(s) {sorted(unknown)}; known: {', '.join(FIELDS)}")
    return out


def split_row(row: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """(fields, meta): each field from the first of its names the row has a value for."""
    by_key: dict[str, str] = {}
    for col in row:
        by_key.setdefault(column_key(col), col)
    fields: dict[str, Any] = {}
    used: set[str] = set()
    for field, keys in column_names().items():
        for key in keys:
            col = by_key.get(key)
            if col is not None and row[col] not in (None, ""):
                fields[field] = row[col]
                used.add(col)
                break
    meta = {k: v for k, v in row.items() if k not in used and v not in (None, "")}
    return fields, meta


def text_column(columns: list[str]) -> bool:
    """Whether a CSV header has a column that can be the article text."""
    return any(column_key(c) in column_names()["text"] for c in columns)
