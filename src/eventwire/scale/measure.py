"""Figures for docs/scale.md, printed as one JSON line each:

    python -m eventwire.scale.measure memory CORPUS.jsonl [WORKERS]   peak RSS of workers and main process
    python -m eventwire.scale.measure spark CORPUS.jsonl SHARDS       Spark local[2] against code --workers 2

Both code into temporary files, removed afterwards.
"""
from __future__ import annotations

import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path


def memory(corpus: str, workers: int = 2) -> dict:
    from ..config import Config
    from ..store import open_store
    from .local import code_parallel

    with tempfile.TemporaryDirectory(prefix="eventwire-measure-") as tmp:
        load = os.getloadavg()[0]
        started = time.perf_counter()
        with open_store(os.path.join(tmp, "run.duckdb")) as store:
            stats = code_parallel([corpus], Config(), store, workers=workers, quiet=True)
        seconds = time.perf_counter() - started
    return {"corpus": corpus, "workers": workers, "coded": stats.coded, "duplicates": stats.duplicates,
            "seconds": round(seconds, 1), "articles_per_s": round(stats.coded / seconds, 2),
            "worker_peak_rss_mib": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1),
            "main_peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            "load_before": round(load, 1), "load_after": round(os.getloadavg()[0], 1)}


def spark_against_local(corpus: str, shards: int) -> dict:
    from ..config import Config
    from ..store import open_store
    from .local import code_parallel
    from .spark import run_spark

    rows = Path(corpus).read_text(encoding="utf-8").splitlines()
    with tempfile.TemporaryDirectory(prefix="eventwire-measure-") as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        for k in range(shards):  # a file is Spark's unit of work: shard the corpus
            (folder / f"part-{k:02d}.jsonl").write_text("\n".join(rows[k::shards]) + "\n", encoding="utf-8")
        load = os.getloadavg()[0]
        started = time.perf_counter()
        with open_store(os.path.join(tmp, "local.duckdb")) as store:
            stats = code_parallel([str(folder)], Config(), store, workers=2, quiet=True)
        local_seconds = time.perf_counter() - started
        started = time.perf_counter()
        counts = run_spark([str(folder)], os.path.join(tmp, "out"), master="local[2]", partitions=shards)
        spark_seconds = time.perf_counter() - started
    return {"inputs": len(rows), "shards": shards, "local_workers2_seconds": round(local_seconds, 1),
            "spark_local2_seconds": round(spark_seconds, 1), "local_coded": stats.coded,
            "spark_documents": counts["documents"], "load_before": round(load, 1),
            "load_after": round(os.getloadavg()[0], 1)}


def main(argv: list[str]) -> None:
    if len(argv) >= 2 and argv[0] == "memory":
        print(json.dumps(memory(argv[1], int(argv[2]) if len(argv) > 2 else 2)))
    elif len(argv) == 3 and argv[0] == "spark":
        print(json.dumps(spark_against_local(argv[1], int(argv[2]))))
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":  # workers are spawned: the guard keeps them from re-running this
    main(sys.argv[1:])
