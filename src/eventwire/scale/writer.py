"""Where coded documents go: batched transactions in the store, JSONL lines, run counts.

A batch is one transaction (Store.save_many), so a run killed at any point leaves whole
articles or none; `count_sources` is recomputed from the stored rows at the end of every run,
so it is the same after a resumed run as after a clean one.
"""
from __future__ import annotations

import json
import signal
import sys
import threading
from contextlib import contextmanager
from typing import Iterator, TextIO

from ..ingest import InputError
from ..model import Article, ArticleDocument
from ..store import Store

SUMMARY_LIMIT = 200  # documents kept for the end-of-run table: enough to read, bounded in memory


def report_failure(store: Store | None, error: InputError, stderr: TextIO | None = None) -> None:
    print(f"eventwire: {error.path}: {error.reason}", file=stderr or sys.stderr)
    if store is not None:
        store.record_failure(error.path, error.reason)


class DocumentWriter:
    def __init__(self, store: Store | None, out: TextIO | None, stats, batch_size: int = 64,
                 keep_documents: bool = False):
        self.store = store
        self.out = out
        self.stats = stats
        self.batch_size = batch_size
        self.keep_documents = keep_documents
        self.pending: list[ArticleDocument] = []
        self.stored_lines: list[str] = []  # JSONL lines of articles a previous run already stored

    def write(self, doc: ArticleDocument) -> None:
        self.stats.coded += 1
        if doc.article.duplicate_of is None:  # a copy's events are the canonical article's events
            self.stats.events += len(doc.events)
        if self.keep_documents and len(self.stats.documents) < SUMMARY_LIMIT:
            self.stats.documents.append(doc)
        self.pending.append(doc)
        if len(self.pending) >= self.batch_size:
            self.flush()

    def stored(self, article: Article) -> None:
        """An article skipped because it is stored still goes to the JSONL: -o holds the whole input."""
        if self.out is not None and self.store is not None:
            document = self.store.document(article.id)
            if document is not None:
                self.stored_lines.append(json.dumps(document, ensure_ascii=False))
                if len(self.stored_lines) >= self.batch_size:
                    self.flush()

    def fail(self, error: InputError) -> None:
        self.stats.failed += 1
        with interrupts_deferred():
            report_failure(self.store, error)

    def flush(self) -> None:
        with interrupts_deferred():
            # the document dict serves both the store's JSON column and the JSONL line: build it once
            documents = [doc.to_dict() for doc in self.pending] if self.out is not None else None
            if self.store is not None and self.pending:
                self.store.save_many(self.pending, documents)
            if self.out is not None:  # after the commit: the JSONL never holds what the store lost
                for line in self.stored_lines:
                    self.out.write(line + "\n")
                for document in documents:
                    self.out.write(json.dumps(document, ensure_ascii=False) + "\n")
                self.out.flush()
            self.pending.clear()
            self.stored_lines.clear()

    def finish(self) -> None:
        self.flush()
        if self.store is not None:
            with interrupts_deferred():
                count_sources(self.store)


@contextmanager
def interrupts_deferred() -> Iterator[None]:
    """Ctrl-C during a write waits for the write to end, so it never leaves a transaction open."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    received: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, frame: received.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if received:
        raise KeyboardInterrupt


def count_sources(store: Store) -> None:
    """`sources` on each canonical article and its events: how many outlets carried the story.

    Articles with no source name count as one outlet each; copies keep NULL (they are not counted).
    """
    def recount() -> None:
        store.execute("UPDATE articles SET sources = NULL WHERE duplicate_of IS NOT NULL AND sources IS NOT NULL")
        store.execute(
            "UPDATE articles SET sources = c.n FROM ("
            "SELECT coalesce(duplicate_of, id) AS canonical, count(DISTINCT coalesce(source, id)) AS n "
            "FROM articles GROUP BY coalesce(duplicate_of, id)) AS c "
            "WHERE articles.id = c.canonical AND articles.sources IS DISTINCT FROM c.n"
        )
        store.execute(
            "UPDATE events SET sources = a.sources FROM articles AS a "
            "WHERE a.id = events.article_id AND events.sources IS DISTINCT FROM a.sources"
        )

    store.in_transaction(recount)
