"""Ingest: read inputs (text, HTML, JSONL/CSV, WARC, directories, stdin) and clean them into Articles."""
from __future__ import annotations

from typing import Iterable, Iterator

from ..model import Article
from .clean import clean
from .dates import normalise_date
from .readers import DEFAULT_MAX_BYTES, InputError, RawArticle, iter_inputs

__all__ = ["read_articles", "to_article", "InputError", "RawArticle", "DEFAULT_MAX_BYTES"]

MIN_WORDS = 3  # fewer words than this after cleaning is not an article


def to_article(raw: RawArticle, default_date: str | None = None, default_source: str | None = None) -> Article:
    """Clean a raw article; raises ValueError with a reason when nothing article-like is left."""
    text, removed = clean(raw.body, raw.title)
    if len(text.split()) < MIN_WORDS:
        raise ValueError("no article text left after cleaning")
    published = normalise_date(raw.published) or normalise_date(default_date)
    return Article(
        id=Article.content_id(text),
        text=text,
        title=raw.title,
        url=raw.url,
        source=raw.source or default_source,
        published=published,
        removed=removed,
        path=raw.path,
        meta=dict(raw.meta),
    )


def read_articles(
    paths: Iterable[str],
    default_date: str | None = None,
    default_source: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Article | InputError]:
    """Articles in input order; every bad input comes out as an InputError instead."""
    for item in iter_inputs(paths, max_bytes):
        if isinstance(item, InputError):
            yield item
            continue
        try:
            yield to_article(item, default_date, default_source)
        except ValueError as exc:
            yield InputError(item.path, str(exc))
