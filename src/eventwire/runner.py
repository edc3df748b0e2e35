"""Coding a batch: read inputs, run the pipeline, write documents to the store and JSONL.

Failures are recorded and reported, never fatal; writes are batched in transactions.
"""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from typing import Callable, Iterable, TextIO

from .config import Config
from .ingest import InputError, read_articles
from .model import Article, ArticleDocument
from .pipeline import get_pipeline
from .store import Store


@dataclass
class RunStats:
    coded: int = 0
    failed: int = 0
    events: int = 0
    documents: list[ArticleDocument] = field(default_factory=list)  # kept only when asked (summaries)


def report_failure(store: Store | None, error: InputError) -> None:
    print(f"eventwire: {error.path}: {error.reason}", file=sys.stderr)
    if store is not None:
        store.record_failure(error.path, error.reason)


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
) -> RunStats:
    stats = RunStats()
    pipeline = get_pipeline(config)
    pending: list[ArticleDocument] = []

    def articles() -> Iterable[Article]:
        for item in read_articles(paths, default_date, default_source):
            if isinstance(item, InputError):
                stats.failed += 1
                report_failure(store, item)
            else:
                yield item

    def flush() -> None:
        if store is not None and pending:
            store.save_many(pending)
        pending.clear()

    def stage_failed(article: Article, exc: Exception) -> None:
        stats.failed += 1
        report_failure(store, InputError(article.path or article.id, f"internal error while coding: {type(exc).__name__}: {exc}"))

    for doc in pipeline.process_partition(articles(), on_error=stage_failed):
        stats.coded += 1
        stats.events += len(doc.events)
        if out is not None:
            out.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")
        if keep_documents:
            stats.documents.append(doc)
        pending.append(doc)
        if len(pending) >= batch_size:
            flush()
        if on_article:
            on_article(doc)
    flush()
    return stats
