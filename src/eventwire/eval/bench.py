"""`eventwire bench`: the full pipeline's speed against bare spaCy on the same texts, same run.

The corpus is read once, cleaned by ingest and written to a temporary JSONL file; then two fresh
processes run one after the other, so each one's peak memory is its own:
  bare  `nlp.pipe` over the cleaned texts with the model as spaCy ships it (`spacy.load(name)`, its
        default components, none of eventwire's changes), same batch size;
  full  `eventwire code` of that JSONL into a temporary DuckDB (ingest, stages, storage), or with
        --workers W > 1 the parallel runner `eventwire.scale.local.code_parallel`.
Each phase loads its model and warms up on the corpus's first WARM_UP articles (the full phase also
writes them to an in-memory store) before the clock starts: one-time costs (imports, data files
loaded on first use) are reported as load seconds, apart from the throughput.
"""
from __future__ import annotations

import faulthandler
import itertools
import json
import multiprocessing
import os
import queue as queue_module
import resource
import signal
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any, Iterator, Optional

import typer
from rich.console import Console

from .metrics import emit

BATCH_SIZE = 16  # what Pipeline.process_partition uses, so both phases batch alike
WARM_UP = 8  # articles run before timing: enough for the stages to load their data files
PROGRESS_EVERY = 100  # articles between progress lines on stderr
PROJECT_ROOT = Path(__file__).resolve().parents[3]


def shared_geo_files() -> list[Path]:
    """GeoWebNews / LGL XML files of ../shared/data/geo (beside the checkout or the working directory)."""
    for root in (Path.cwd().parent / "shared", PROJECT_ROOT.parent / "shared"):
        files = sorted((root / "data" / "geo").glob("*.xml"))
        if files:
            return files
    return []


def xml_rows(path: Path) -> Iterator[dict[str, str]]:
    """Article rows of a GeoWebNews/LGL-style XML file: <article> elements with <title> and <text>."""
    for article in ET.parse(path).getroot().iter("article"):
        text = (article.findtext("text") or "").strip()
        if not text:
            continue
        row = {"text": text, "title": (article.findtext("title") or "").strip(), "source": path.stem}
        url = article.findtext("url") or article.findtext("link")
        if url:
            row["url"] = url.strip()
        published = (article.findtext("dltime") or "")[:10]
        if published:
            row["published"] = published
        yield row


def corpus_rows(corpus: list[str] | None, limit: int | None) -> tuple[list[dict[str, Any]], str, int]:
    """(rows, description, inputs that failed to read) for the chosen corpus."""
    failed = 0
    rows: list[dict[str, Any]] = []
    if corpus:
        from ..ingest import InputError, read_articles

        for item in read_articles(corpus):
            if isinstance(item, InputError):
                failed += 1
                continue
            rows.append({"text": item.text, "title": item.title, "published": item.published, "url": item.url,
                         "source": item.source})
            if limit and len(rows) >= limit:
                break
        return rows, ", ".join(corpus), failed
    files = shared_geo_files()
    if files:
        for path in files:
            rows.extend(xml_rows(path))
        return rows[:limit] if limit else rows, ", ".join(str(f) for f in files), 0
    examples = PROJECT_ROOT / "examples"
    return corpus_rows([str(examples)], limit)[0], str(examples), 0


def peak_rss_mib(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident set size (Linux reports KiB): of this process, or of its largest waited-for child."""
    return round(resource.getrusage(who).ru_maxrss / 1024, 1)


def cpu_seconds() -> float:
    """User + system CPU time of this process (all threads) and of its reaped children (workers)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _phase_started(name: str) -> None:
    """A long phase says where it is: progress on stderr, and `kill -USR1 PID` dumps its Python stack."""
    faulthandler.register(signal.SIGUSR1, all_threads=True)
    print(f"bench: {name} phase in process {os.getpid()}", file=sys.stderr, flush=True)


def _progress(name: str, done: int) -> None:
    if done % PROGRESS_EVERY == 0:
        print(f"bench: {name} {done} articles", file=sys.stderr, flush=True)


def _bare_phase(texts: list[str], model: str | None, queue) -> None:
    _phase_started("bare")
    try:
        import spacy

        from ..nlp import DEFAULT_MODEL

        started = time.perf_counter()
        nlp = spacy.load(model or DEFAULT_MODEL)  # as shipped: eventwire.nlp.load_model adds our changes
        for _ in nlp.pipe(texts[:WARM_UP], batch_size=BATCH_SIZE):
            pass
        loaded = time.perf_counter() - started
        started, cpu_started = time.perf_counter(), cpu_seconds()
        for done, _ in enumerate(nlp.pipe(texts, batch_size=BATCH_SIZE), 1):
            _progress("bare", done)
        queue.put({"seconds": time.perf_counter() - started, "cpu_seconds": cpu_seconds() - cpu_started,
                   "load_seconds": loaded, "peak_rss_mib": peak_rss_mib()})
    except Exception as exc:  # noqa: BLE001 - reported to the parent as the phase's result
        queue.put({"error": f"{type(exc).__name__}: {exc}"})


def _full_phase(jsonl: str, db: str, model: str | None, workers: int, queue) -> None:
    _phase_started("full")
    try:
        from ..config import Config
        from ..ingest import InputError, read_articles
        from ..pipeline import get_pipeline
        from ..runner import code_inputs
        from ..store import open_store

        config = Config(model=model)
        started = time.perf_counter()
        pipeline = get_pipeline(config)
        first = [a for a in itertools.islice(read_articles([jsonl]), WARM_UP) if not isinstance(a, InputError)]
        with open_store(":memory:") as scratch:  # warm-up: stage data files load on first use, writes import pyarrow
            scratch.save_many(list(pipeline.process_partition(first)))
        loaded = time.perf_counter() - started
        result: dict[str, Any] = {"load_seconds": loaded, "workers": 1}
        store = open_store(db)
        done = 0

        def counter(_doc) -> None:
            nonlocal done
            done += 1
            _progress("full", done)

        started, cpu_started = time.perf_counter(), cpu_seconds()
        try:
            if workers > 1:
                try:
                    from ..scale.local import code_parallel
                except ImportError as exc:
                    result["parallel_error"] = f"eventwire.scale.local.code_parallel not importable ({exc}); ran 1 process"
                    stats = code_inputs([jsonl], config, store, on_article=counter)
                else:
                    result["workers"] = workers
                    stats = code_parallel([jsonl], config, store, None, None, None, workers=workers, quiet=True,
                                          keep_documents=False)
            else:
                stats = code_inputs([jsonl], config, store, on_article=counter)
        finally:
            seconds, cpu = time.perf_counter() - started, cpu_seconds() - cpu_started
            store.close()
        result.update(seconds=seconds, cpu_seconds=cpu, coded=stats.coded, failed=stats.failed, events=stats.events,
                      peak_rss_mib=peak_rss_mib(), children_peak_rss_mib=peak_rss_mib(resource.RUSAGE_CHILDREN))
        queue.put(result)
    except Exception as exc:  # noqa: BLE001 - reported to the parent as the phase's result
        queue.put({"error": f"{type(exc).__name__}: {exc}"})


def run_phase(target, *args) -> dict[str, Any]:
    """Run one phase in a fresh (spawned) process and return what it reports."""
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    process = context.Process(target=target, args=(*args, queue))
    process.start()
    while True:
        try:
            result = queue.get(timeout=2)
            break
        except queue_module.Empty:
            if not process.is_alive():  # killed or crashed before reporting
                return {"error": f"phase process exited with code {process.exitcode} before reporting"}
    process.join()
    return result


def bench(corpus: list[str] | None, limit: int | None, workers: int, model: str | None) -> dict[str, Any]:
    from ..ingest import InputError, read_articles

    rows, described, unreadable = corpus_rows(corpus, limit)
    load_before = os.getloadavg()[0]  # other processes on the machine skew timings: reported with them
    with tempfile.TemporaryDirectory(prefix="eventwire-bench-") as tmp:
        jsonl = os.path.join(tmp, "corpus.jsonl")
        with open(jsonl, "w", encoding="utf-8") as handle:
            for row in rows:
                # ASCII escapes: a raw U+2028 in a text would otherwise split the JSONL line when read back
                handle.write(json.dumps({k: v for k, v in row.items() if v}) + "\n")
        texts = [a.text for a in read_articles([jsonl]) if not isinstance(a, InputError)]
        if not texts:
            raise ValueError(f"no article text in {described}")
        bare = run_phase(_bare_phase, texts, model)
        full = run_phase(_full_phase, jsonl, os.path.join(tmp, "bench.duckdb"), model, workers)
    for name, phase in (("bare", bare), ("full", full)):
        if "error" in phase:
            raise RuntimeError(f"{name} phase failed: {phase['error']}")
    words = sum(len(t.split()) for t in texts)
    figures: dict[str, Any] = {
        "corpus": described, "articles": len(texts), "words": words, "unreadable_inputs": unreadable,
        "cpu_count": os.cpu_count(), "workers": full["workers"],
        "load_average_before": round(load_before, 2), "load_average_after": round(os.getloadavg()[0], 2),
        "bare_seconds": round(bare["seconds"], 3), "full_seconds": round(full["seconds"], 3),
        "bare_articles_per_s": round(len(texts) / bare["seconds"], 2),
        "full_articles_per_s": round(full["coded"] / full["seconds"], 2),
        "bare_words_per_s": round(words / bare["seconds"], 1),
        "full_words_per_s": round(words / full["seconds"], 1),
        "ratio_full_over_bare_time": round(full["seconds"] / bare["seconds"], 2),
        "bare_cpu_seconds": round(bare["cpu_seconds"], 2), "full_cpu_seconds": round(full["cpu_seconds"], 2),
        "ratio_full_over_bare_cpu": round(full["cpu_seconds"] / bare["cpu_seconds"], 2) if bare["cpu_seconds"] else 0.0,
        "bare_words_per_cpu_s": round(words / bare["cpu_seconds"], 1) if bare["cpu_seconds"] else 0.0,
        "full_words_per_cpu_s": round(words / full["cpu_seconds"], 1) if full["cpu_seconds"] else 0.0,
        "bare_load_seconds": round(bare["load_seconds"], 2), "full_load_seconds": round(full["load_seconds"], 2),
        "bare_peak_rss_mib": bare["peak_rss_mib"], "full_peak_rss_mib": full["peak_rss_mib"],
        "full_children_peak_rss_mib": full["children_peak_rss_mib"],
        "full_coded": full["coded"], "full_failed": full["failed"], "full_events": full["events"],
    }
    if "parallel_error" in full:
        figures["parallel_error"] = full["parallel_error"]
    return figures


def register(app: typer.Typer) -> None:
    """Attach `bench` to the main app."""

    @app.command("bench")
    def bench_command(
        corpus: Optional[list[str]] = typer.Option(None, "--corpus", help="Any input `eventwire code` takes; repeatable. Default: ../shared/data/geo/*.xml, else examples/."),
        limit: Optional[int] = typer.Option(None, "--limit", min=1, help="Use at most N articles."),
        workers: int = typer.Option(1, "--workers", min=1, help="Worker processes for the full pipeline (parallel runner)."),
        model: Optional[str] = typer.Option(None, "--model", help="Installed spaCy pipeline name or path."),
        as_json: bool = typer.Option(False, "--json", help="End with one JSON line holding every figure."),
    ) -> None:
        """Time bare spaCy and the full eventwire pipeline on the same texts."""
        try:
            figures = bench(corpus, limit, workers, model)
        except (ValueError, RuntimeError, OSError) as exc:
            Console(stderr=True).print(f"[red]eventwire:[/red] {exc}")
            raise typer.Exit(2)
        emit("bench: bare spaCy vs full eventwire", figures, as_json)
        if "parallel_error" in figures:
            Console(stderr=True).print(f"[yellow]{figures['parallel_error']}[/yellow]")
