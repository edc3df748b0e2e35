"""Coding a batch in this process: read inputs, run the pipeline, write documents to the store and JSONL.

Failures are recorded and reported, never fatal; writes are batched in transactions. With a store,
a run resumes: articles already stored are skipped (scale/plan.py), so a killed run started again
with the same command codes only what is missing. `scale.local.code_parallel` is the same run
spread over worker processes.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable, TextIO

from .config import Config
from .ingest import InputError
from .model import Article, ArticleDocument
from .pipeline import get_pipeline
from .scale.plan import Planner
from .scale.writer import DocumentWriter, report_failure
from .store import Store

__all__ = ["RunStats", "code_inputs", "report_failure"]


@dataclass
class RunStats:
    coded: int = 0
    failed: int = 0
    events: int = 0  # events of canonical articles: a near-duplicate's events are counted once
    skipped: int = 0  # already stored (resumed run) or repeated inputs
    duplicates: int = 0  # near-duplicate articles marked
    documents: list[ArticleDocument] = field(default_factory=list)  # kept only when asked (summaries)


def internal_error(article: Article, exc: Exception) -> InputError:
    return InputError(article.path or article.id, f"internal error while coding: {type(exc).__name__}: {exc}")


def code_inputs(
    paths: Iterable[str],
    config: Config,
    store: Store | None,
    out: TextIO | None = None,
    default_date: str | None = None,
    default_source: str | None = None,
    keep_documents: bool = False,
    on_article: Callable[[ArticleDocument], None] | None = None,
    batch_size: int = 32,
    resume: bool = True,
    on_skip: Callable[[Article | InputError], None] | None = None,
) -> RunStats:
    """`on_skip` hears of every input that gives no document: already stored, repeated or failed."""
    stats = RunStats()
    writer = DocumentWriter(store, out, stats, batch_size=batch_size, keep_documents=keep_documents)
    skip = on_skip or (lambda _item: None)

    def fail(error: InputError) -> None:
        writer.fail(error)
        skip(error)

    planner = Planner(paths, store, default_date, default_source, resume=resume, on_failure=fail, on_skip=skip,
                      on_stored=writer.stored)
    pipeline = get_pipeline(config)
    try:
        for doc in pipeline.process_partition(planner, on_error=lambda a, exc: fail(internal_error(a, exc))):
            writer.write(doc)
            if on_article:
                on_article(doc)
    except KeyboardInterrupt:
        writer.flush()  # keep the documents already coded; the next run starts after them
        raise
    writer.finish()
    stats.skipped = planner.counts.skipped + planner.counts.repeated
    stats.duplicates = planner.counts.duplicates
    return stats
