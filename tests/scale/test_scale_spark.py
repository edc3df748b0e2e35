"""`eventwire spark` in local[2] gives what `eventwire code` gives: same documents, same table rows."""
from __future__ import annotations

import json
import shutil

import pyarrow.parquet as pq
import pytest

from eventwire.config import Config
from eventwire.scale.local import code_parallel
from eventwire.store import open_store
from eventwire.store.schema import TABLES

pytestmark = pytest.mark.slow
VOLATILE = {"coded_at", "time"}


@pytest.fixture(scope="module")
def java():
    if shutil.which("java") is None:
        pytest.skip("Spark needs a Java runtime (java not on PATH)")


def rows(records) -> list[tuple]:
    return sorted(tuple(sorted((k, repr(v)) for k, v in r.items() if k not in VOLATILE)) for r in records)


def test_spark_local2_matches_the_local_runner(java, tmp_path, corpus, pipeline):
    from eventwire.scale.spark import run_spark

    folder = corpus(9, "small")  # 4 stories, an exact repeat, an empty file, 3 syndicated copies
    output = tmp_path / "parquet"
    counts = run_spark([str(folder)], str(output), master="local[2]", default_date="2024-05-01", partitions=2)

    with open_store(str(tmp_path / "local.duckdb")) as store:
        code_parallel([str(folder)], Config(), store, default_date="2024-05-01", workers=1, quiet=True)
        local = {t: store.query(f"SELECT * FROM {t}") for t in TABLES + ("failures",)}

    spark_documents = {r["id"]: json.loads(r["document"]) for r in pq.read_table(output / "documents").to_pylist()}
    assert spark_documents == {r["id"]: json.loads(r["document"]) for r in local["articles"]}
    assert sum(d["article"]["duplicate_of"] is not None for d in spark_documents.values()) == 2
    for table in TABLES + ("failures",):
        assert counts[table] == len(local[table]), table
        assert rows(pq.read_table(output / table).to_pylist()) == rows(local[table]), table
