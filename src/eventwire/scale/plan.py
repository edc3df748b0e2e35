"""What a run has to code: read and clean inputs in order, mark near-duplicates, skip stored ids.

Reading and cleaning are cheap next to parsing, so a restarted run re-reads everything: article ids
are content hashes, and whatever is already stored is skipped. Duplicate marks are decided over
the whole input in order (stored or not), so they never depend on where a run was killed.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from ..ingest import InputError, read_articles
from ..model import Article
from ..store import Store
from .dedup import NearDuplicates

LOOKUP_BATCH = 256  # ids checked against the store per query


@dataclass
class PlanCounts:
    read: int = 0
    skipped: int = 0  # already stored by an earlier (possibly killed) run
    repeated: int = 0  # same cleaned text as an earlier input of this run: coded once
    duplicates: int = 0  # near-duplicates marked (still coded, their events count once)
    failed: int = 0
    seen: set[str] = field(default_factory=set, repr=False)


class Planner:
    """Iterate over the articles still to code, in input order.

    `on_failure(error)` gets each unreadable input, `on_skip(article)` each input that needs no
    coding (already stored or an exact repeat), so progress and failure records stay complete;
    `on_stored(article)` hears of the stored ones alone.
    """

    def __init__(
        self,
        paths: Iterable[str],
        store: Store | None = None,
        default_date: str | None = None,
        default_source: str | None = None,
        resume: bool = True,
        dedup: bool = True,
        on_failure: Callable[[InputError], None] | None = None,
        on_skip: Callable[[Article], None] | None = None,
        on_stored: Callable[[Article], None] | None = None,
    ):
        self.paths = list(paths)
        self.store = store
        self.default_date = default_date
        self.default_source = default_source
        self.resume = resume and store is not None
        self.dedup = NearDuplicates() if dedup else None
        self.on_failure = on_failure or (lambda error: None)
        self.on_skip = on_skip or (lambda article: None)
        self.on_stored = on_stored or (lambda article: None)
        self.counts = PlanCounts()

    def __iter__(self) -> Iterator[Article]:
        pending: list[Article] = []
        for article in self._marked():
            pending.append(article)
            if len(pending) >= LOOKUP_BATCH:
                yield from self._unstored(pending)
                pending = []
        yield from self._unstored(pending)

    def _marked(self) -> Iterator[Article]:
        counts = self.counts
        for item in read_articles(self.paths, self.default_date, self.default_source):
            if isinstance(item, InputError):
                counts.failed += 1
                self.on_failure(item)
                continue
            counts.read += 1
            if item.id in counts.seen:
                counts.repeated += 1
                self.on_skip(item)
                continue
            counts.seen.add(item.id)
            if self.dedup is not None:
                item.duplicate_of = self.dedup.canonical_of(item.id, item.text)
                counts.duplicates += item.duplicate_of is not None
            yield item

    def _unstored(self, articles: list[Article]) -> Iterator[Article]:
        stored = self._stored_ids([a.id for a in articles]) if self.resume and articles else set()
        for article in articles:
            if article.id in stored:
                self.counts.skipped += 1
                self.on_stored(article)
                self.on_skip(article)
            else:
                yield article

    def _stored_ids(self, ids: list[str]) -> set[str]:
        marks = ", ".join("?" for _ in ids)
        rows = self.store.query(f"SELECT id FROM articles WHERE id IN ({marks})", ids)
        return {row["id"] for row in rows}
