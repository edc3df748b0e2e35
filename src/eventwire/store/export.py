"""Exports: article documents as JSONL; one table as CSV or Parquet (pyarrow)."""
from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from .base import Filters, Store


def export_documents(store: Store, path: Path, filters: Filters | None = None) -> int:
    n = 0
    with open(path, "w", encoding="utf-8") as out:
        for document in store.documents(filters):
            out.write(json.dumps(document, ensure_ascii=False) + "\n")
            n += 1
    return n


def export_table(store: Store, table: str, path: Path, fmt: str, filters: Filters | None = None) -> int:
    rows = store.table(table, filters)
    arrow = pa.Table.from_pylist(rows) if rows else pa.table({})
    if fmt == "parquet":
        pq.write_table(arrow, path)
    elif fmt == "csv":
        pacsv.write_csv(arrow, path)
    else:
        raise ValueError(f"unknown format {fmt!r}")
    return len(rows)
