"""`eventwire code --workers N`: the run of runner.py spread over N worker processes.

The main process reads, cleans, marks near-duplicates and skips stored articles (scale/plan.py),
sends small chunks to the workers and writes what comes back in input order (scale/writer.py).
Each worker loads one pipeline and runs `pipeline.process_partition` on its chunks, the same
function Spark runs, so documents are identical whatever the runner. At most `2 x workers`
chunks are in flight: memory stays flat whatever the corpus size.
"""
from __future__ import annotations

import itertools
import multiprocessing
import signal
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import nullcontext
from typing import Iterable, Iterator, TextIO

from ..config import Config
from ..ingest import InputError
from ..model import Article, ArticleDocument
from ..pipeline import get_pipeline
from ..runner import RunStats, code_inputs, internal_error
from ..store import Store
from .plan import Planner
from .progress import RunProgress, count_inputs
from .writer import DocumentWriter

CHUNK = 8  # articles per task: small enough to keep workers even, big enough for nlp.pipe batching
IN_FLIGHT_PER_WORKER = 2


def _init_worker(config: Config) -> None:
    # Ctrl-C reaches the whole process group: the main process alone decides how to stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    get_pipeline(config)


def code_chunk(articles: list[Article], config: Config) -> tuple[list[ArticleDocument], list[InputError]]:
    """Worker side: documents of one chunk, and the articles whose stages raised."""
    failures: list[InputError] = []
    docs = list(get_pipeline(config).process_partition(articles, on_error=lambda a, exc: failures.append(internal_error(a, exc))))
    return docs, failures


def chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(articles)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def code_parallel(
    paths: Iterable[str],
    config: Config,
    store: Store | None,
    out: TextIO | None = None,
    default_date: str | None = None,
    default_source: str | None = None,
    workers: int = 2,
    quiet: bool = False,
    keep_documents: bool = False,
    resume: bool = True,
    chunk_size: int = CHUNK,
    batch_size: int = 64,
) -> RunStats:
    """Code `paths` with `workers` processes (1: in this process); Ctrl-C keeps what was written."""
    paths = list(paths)
    progress = nullcontext(None) if quiet else RunProgress(count_inputs(paths))
    with progress as bar:
        if workers <= 1:
            return code_inputs(paths, config, store, out, default_date, default_source, keep_documents=keep_documents,
                               on_article=bar.advance if bar else None, batch_size=batch_size, resume=resume,
                               on_skip=bar.skip if bar else None)
        return _code_in_workers(paths, config, store, out, default_date, default_source, workers, bar,
                                keep_documents, resume, chunk_size, batch_size)


def _code_in_workers(paths, config, store, out, default_date, default_source, workers, bar,
                     keep_documents, resume, chunk_size, batch_size) -> RunStats:
    stats = RunStats()
    writer = DocumentWriter(store, out, stats, batch_size=batch_size, keep_documents=keep_documents)

    def fail(error: InputError) -> None:
        writer.fail(error)
        if bar:
            bar.skip()

    planner = Planner(paths, store, default_date, default_source, resume=resume, on_failure=fail,
                      on_skip=bar.skip if bar else None, on_stored=writer.stored)
    in_flight: deque[Future] = deque()

    def collect(future: Future) -> None:
        docs, failures = future.result()
        for doc in docs:
            writer.write(doc)
            if bar:
                bar.advance()
        for error in failures:
            fail(error)

    # spawn: a clean interpreter per worker (no inherited DuckDB connection or threads)
    context = multiprocessing.get_context("spawn")
    executor = ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker, initargs=(config,))
    try:
        for chunk in chunks(planner, chunk_size):
            in_flight.append(executor.submit(code_chunk, chunk, config))
            while len(in_flight) >= IN_FLIGHT_PER_WORKER * workers:
                collect(in_flight.popleft())
        while in_flight:
            collect(in_flight.popleft())
    except BaseException:
        # Ctrl-C or a broken worker: drop queued chunks, keep every document already back.
        for future in in_flight:
            future.cancel()
        executor.shutdown(wait=False, cancel_futures=True)
        for future in in_flight:  # chunks that came back meanwhile are kept too
            if future.done() and not future.cancelled() and future.exception() is None:
                collect(future)
        writer.flush()
        raise
    executor.shutdown(wait=True)
    writer.finish()
    stats.skipped = planner.counts.skipped + planner.counts.repeated
    stats.duplicates = planner.counts.duplicates
    return stats
