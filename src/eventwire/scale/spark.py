"""`eventwire spark INPUT OUTPUT`: the same per-partition coding on a Spark cluster.

The driver lists input files; executors read, clean and code them with `code_files`, a plain
function of this module (importable wherever the eventwire wheel is installed), through
`mapInPandas`. Each Python worker keeps one pipeline per Config (`pipeline.get_pipeline`), so the
model loads once per executor process, not per task. Output is Parquet, one directory per table
of the contract (store/rows.py flattens, as for the database), plus `documents` (article id and
the whole article document as JSON) and `failures`.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import sys
from functools import lru_cache, partial
from pathlib import Path
from typing import Iterable, Iterator

import numpy as np

from ..config import Config
from ..ingest import InputError, read_articles
from ..ingest.readers import SUPPORTED, suffix_of
from ..model import ArticleDocument
from ..pipeline import get_pipeline
from ..store.schema import TABLES
from .dedup import NearDuplicates

CODED_SCHEMA = ("kind string, id string, path string, document string, reason string, "
                "file int, seq int, source string, signature binary")
CODED_COLUMNS = [c.split()[0] for c in CODED_SCHEMA.split(", ")]
ROWS_PER_BATCH = 64  # documents per pandas frame handed back to Spark: bounded executor memory
SPARK_TYPES = {"VARCHAR": "string", "TEXT": "string", "INTEGER": "int", "BIGINT": "bigint", "DOUBLE": "double",
               "BOOLEAN": "boolean", "TIMESTAMP": "timestamp_ntz", "DATE": "date"}


def list_inputs(paths: Iterable[str]) -> list[str]:
    """Files to code, with the directory rules of `eventwire code` (known article formats, no dotfiles)."""
    files: list[str] = []
    for path in paths:
        p = Path(path)
        if p.is_dir():
            files += [str(c) for c in sorted(p.rglob("*"))
                      if c.is_file() and not c.name.startswith(".") and suffix_of(c) in SUPPORTED]
        else:
            files.append(str(p))  # a missing file becomes a failure row, as in `eventwire code`
    return files


@lru_cache(maxsize=1)
def _detector() -> NearDuplicates:
    return NearDuplicates()


def code_files(batches: Iterator, config: Config, default_date: str | None, default_source: str | None) -> Iterator:
    """Executor side of `mapInPandas`: frames of (file number, path) in, frames of coded records out.

    Each document carries its input position (file, seq) and its MinHash signature, so the driver
    can keep the first of exact repeats and mark near-duplicates in input order, as `code` does.
    """
    from ..runner import internal_error

    pipeline = get_pipeline(config)
    for batch in batches:
        records: list[dict] = []
        failures: list[InputError] = []
        position: dict[int, tuple[int, int]] = {}  # id(Article) -> (file, seq)

        def articles():
            for number, path in zip(batch["file"].tolist(), batch["path"].tolist()):
                for seq, item in enumerate(read_articles([path], default_date, default_source)):
                    if isinstance(item, InputError):
                        failures.append(item)
                        continue
                    position[id(item)] = (number, seq)
                    yield item

        def failed(article, exc: Exception) -> None:
            position.pop(id(article), None)
            failures.append(internal_error(article, exc))

        for doc in pipeline.process_partition(articles(), on_error=failed):
            file, seq = position.pop(id(doc.article))
            signature = _detector().signature(doc.article.text).hashvalues.astype(np.uint32).tobytes()
            records.append({"kind": "document", "id": doc.article.id, "path": doc.article.path,
                            "document": json.dumps(doc.to_dict(), ensure_ascii=False), "reason": None,
                            "file": file, "seq": seq, "source": doc.article.source, "signature": signature})
            if len(records) >= ROWS_PER_BATCH:
                yield _frame(records)
                records = []
        records += [{"kind": "failure", "path": f.path, "reason": f.reason} for f in failures]
        if records:
            yield _frame(records)


def _frame(records: list[dict]):
    """Plain Python objects per column: pandas 3's Arrow-backed strings reach Spark as chunked
    arrays, which its Arrow conversion refuses."""
    import pandas as pd

    return pd.DataFrame({name: pd.Series([r.get(name) for r in records], dtype=object) for name in CODED_COLUMNS})


def near_duplicate_marks(documents) -> list[tuple[str, str]]:
    """(id, duplicate_of) for every near-duplicate: signatures stream to the driver in input order
    and go through the same detector as `eventwire code`, so the marks are the same."""
    detector = NearDuplicates()
    marks = []
    for row in documents.select("id", "signature").orderBy("file", "seq").toLocalIterator():
        canonical = detector.canonical_of_signature(row["id"], detector.from_values(np.frombuffer(row["signature"], np.uint32)))
        if canonical is not None:
            marks.append((row["id"], canonical))
    return marks


def apply_marks(batches: Iterator) -> Iterator:
    """Executor side: write `duplicate_of` into the article documents that have one."""
    for batch in batches:
        batch = batch.astype(object)  # see _frame
        marked = batch["duplicate_of"].notna()
        if marked.any():
            batch.loc[marked, "document"] = [
                json.dumps({**doc, "article": {**doc["article"], "duplicate_of": dup}}, ensure_ascii=False)
                for doc, dup in zip(map(json.loads, batch.loc[marked, "document"]), batch.loc[marked, "duplicate_of"])]
        yield batch


@lru_cache(maxsize=1)
def table_columns() -> dict[str, list[tuple[str, str]]]:
    """(column, Spark type) per table, read from the migrated schema itself so Parquet matches the database."""
    from ..store.duck import DuckDBStore

    store = DuckDBStore(":memory:")
    try:
        columns: dict[str, list[tuple[str, str]]] = {}
        for table in TABLES:
            rows = store.query("SELECT column_name, data_type FROM information_schema.columns "
                               "WHERE table_name = ? ORDER BY ordinal_position", [table])
            columns[table] = [(r["column_name"], SPARK_TYPES.get(r["data_type"].split("(")[0], "string")) for r in rows]
        return columns
    finally:
        store.close()


def table_ddl(table: str) -> str:
    return ", ".join(f"`{name}` {kind}" for name, kind in table_columns()[table])


def flatten(batches: Iterator, table: str, columns: list[str]) -> Iterator:
    """Executor side of `mapInArrow`: document JSON in, the table's rows out (store/rows.py)."""
    import pyarrow as pa

    from ..store.rows import document_rows

    for batch in batches:
        rows: list[dict] = []
        for document in batch.column("document").to_pylist():
            for row in document_rows(ArticleDocument.from_dict(json.loads(document)))[table]:
                rows.append({name: row.get(name) for name in columns})
        if rows:
            yield pa.RecordBatch.from_pylist(rows, schema=_arrow_schema(table))


def _arrow_schema(table: str):
    import pyarrow as pa

    arrow = {"string": pa.string(), "int": pa.int32(), "bigint": pa.int64(), "double": pa.float64(),
             "boolean": pa.bool_(), "timestamp_ntz": pa.timestamp("us"), "date": pa.date32()}
    return pa.schema([(name, arrow[kind]) for name, kind in table_columns()[table]])


def spark_session(master: str | None, app_name: str = "eventwire"):
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName(app_name)
    if master:
        builder = builder.master(master)
    if master and master.startswith("local"):
        # local mode: Python workers must run this interpreter (the one with eventwire installed)
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        builder = builder.config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
    return builder.getOrCreate()


def run_spark(
    paths: Iterable[str],
    output: str,
    master: str | None = "local[2]",
    config: Config | None = None,
    default_date: str | None = None,
    default_source: str | None = None,
    partitions: int | None = None,
) -> dict[str, int]:
    """Code `paths` into Parquet under `output`; returns the row count written per table."""
    from pyspark import StorageLevel
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    config = config or Config()
    files = list_inputs(paths)
    if not files:
        raise ValueError("no input files found")
    spark = spark_session(master)
    try:
        slices = partitions or min(len(files), spark.sparkContext.defaultParallelism * 4)
        inputs = spark.createDataFrame(list(enumerate(files)), "file int, path string").repartition(slices)
        coded = inputs.mapInPandas(partial(code_files, config=config, default_date=default_date,
                                           default_source=default_source), CODED_SCHEMA)
        coded = coded.persist(StorageLevel.MEMORY_AND_DISK)  # parsed once, then marked and flattened
        first = Window.partitionBy("id").orderBy("file", "seq")  # exact repeats: the first input wins
        unique = (coded.where(F.col("kind") == "document").withColumn("n", F.row_number().over(first))
                  .where(F.col("n") == 1).drop("n"))
        marks = spark.createDataFrame(near_duplicate_marks(unique), "id string, duplicate_of string")
        documents = (unique.join(F.broadcast(marks), "id", "left")
                     .select("id", "document", "duplicate_of", "source")
                     .mapInPandas(apply_marks, "id string, document string, duplicate_of string, source string")
                     .persist(StorageLevel.MEMORY_AND_DISK))
        sources = (documents.groupBy(F.coalesce("duplicate_of", "id").alias("article_id"))
                   .agg(F.countDistinct(F.coalesce("source", "id")).cast("int").alias("counted")))
        counts = {"documents": _write(documents.select("id", "document"), output, "documents")}
        for table in TABLES:
            names = [name for name, _ in table_columns()[table]]
            rows = documents.select("document").mapInArrow(partial(flatten, table=table, columns=names), table_ddl(table))
            if "sources" in names:  # how many outlets carried the story, as count_sources does in the database
                key = "id" if table == "articles" else "article_id"
                rows = (rows.join(sources.withColumnRenamed("article_id", key), key, "left")
                        .withColumn("sources", F.when(F.col("sources").isNotNull(), F.col("counted")))
                        .select(*names))
            counts[table] = _write(rows, output, table)
        now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
        failures = coded.where(F.col("kind") == "failure").select(
            "path", "reason", F.lit(now).cast("timestamp_ntz").alias("time"))
        counts["failures"] = _write(failures, output, "failures")
        documents.unpersist()
        coded.unpersist()
        return counts
    finally:
        if master and master.startswith("local"):
            spark.stop()


def _write(frame, output: str, name: str) -> int:
    frame.write.mode("overwrite").parquet(f"{output.rstrip('/')}/{name}")
    return frame.sparkSession.read.parquet(f"{output.rstrip('/')}/{name}").count()
