"""`eventwire spark` in local[2] gives the documents the local runner gives, as Parquet tables."""
from __future__ import annotations

import json
import shutil

import pyarrow.parquet as pq
import pytest

from eventwire.config import Config
from eventwire.ingest import read_articles
from eventwire.model import Article
from eventwire.pipeline import process_partition
from eventwire.store.rows import document_rows

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def java():
    if shutil.which("java") is None:
        pytest.skip("Spark needs a Java runtime (java not on PATH)")


def test_spark_local2_matches_the_local_runner(java, tmp_path, corpus, pipeline):
    from eventwire.scale.spark import run_spark

    folder = corpus(8, "small")
    output = tmp_path / "parquet"
    counts = run_spark([str(folder)], str(output), master="local[2]", default_date="2024-05-01", partitions=2)

    articles = [a for a in read_articles([str(folder)], default_date="2024-05-01") if isinstance(a, Article)]
    local = {doc.article.id: doc.to_dict() for doc in process_partition(articles, Config())}
    spark = {row["id"]: json.loads(row["document"]) for row in pq.read_table(output / "documents").to_pylist()}
    assert spark == local  # the exact repeat is one id in both

    assert counts["failures"] == 1  # the empty file
    assert pq.read_table(output / "failures").column("reason").to_pylist() == ["empty file (0 bytes)"]
    events = pq.read_table(output / "events")
    assert counts["events"] == events.num_rows == sum(len(d["events"]) for d in local.values())
    one = next(d for d in local.values() if d["events"])
    from eventwire.model import ArticleDocument

    expected = document_rows(ArticleDocument.from_dict(one))["events"][0]
    written = next(r for r in events.to_pylist() if r["article_id"] == one["article"]["id"] and r["id"] == expected["id"])
    assert written == {k: expected.get(k) for k in written}
