"""The pipeline: a plain list of stages run in order over one parsed article.

`process` and `process_partition` are the only entry points the CLI, the parallel runner and
Spark use, so every runner gives identical documents.
"""
from __future__ import annotations

import gc
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

from .config import Config
from .model import Article, ArticleDocument
from .nlp import ParsedArticle, load_model, parse

StageFn = Callable[[ParsedArticle, ArticleDocument, Config], None]


@dataclass(frozen=True)
class Stage:
    name: str
    run: StageFn


def _actors(parsed: ParsedArticle, doc: ArticleDocument, config: Config) -> None:
    from .actors import find_actors

    doc.actors = find_actors(parsed, doc, config)


def _places(parsed: ParsedArticle, doc: ArticleDocument, config: Config) -> None:
    from .places import locate

    doc.places = locate(parsed, doc, config)


def _times(parsed: ParsedArticle, doc: ArticleDocument, config: Config) -> None:
    from .time import resolve_times

    doc.times = resolve_times(parsed, doc, config)


def _events(parsed: ParsedArticle, doc: ArticleDocument, config: Config) -> None:
    from .events import code_events

    doc.events = code_events(parsed, doc, config)


def _quotes(parsed: ParsedArticle, doc: ArticleDocument, config: Config) -> None:
    from .quotes import attribute

    doc.quotes, doc.claims = attribute(parsed, doc, config)


DEFAULT_STAGES: tuple[Stage, ...] = (
    Stage("actors", _actors),
    Stage("places", _places),
    Stage("time", _times),
    Stage("events", _events),
    Stage("quotes", _quotes),
)


class Pipeline:
    def __init__(self, config: Config | None = None, stages: Iterable[Stage] = DEFAULT_STAGES):
        self.config = config or Config()
        self.stages = list(stages)
        self.nlp = load_model(self.config.model)

    def run_stages(self, parsed: ParsedArticle) -> ArticleDocument:
        doc = ArticleDocument(article=parsed.article)
        for stage in self.stages:
            stage.run(parsed, doc, self.config)
        _freeze_loaded_data()
        return doc

    def process(self, article: Article) -> ArticleDocument:
        return self.run_stages(ParsedArticle(article, self.nlp(article.text)))

    def process_partition(
        self,
        articles: Iterable[Article],
        batch_size: int = 16,
        on_error: Callable[[Article, Exception], None] | None = None,
    ) -> Iterator[ArticleDocument]:
        """Documents in input order. With `on_error`, an article whose stages raise is reported
        there and skipped, so one bad article never stops a batch."""
        for parsed in parse(articles, self.nlp, batch_size=batch_size):
            if on_error is None:
                yield self.run_stages(parsed)
                continue
            try:
                doc = self.run_stages(parsed)
            except Exception as exc:  # noqa: BLE001 - reported per article, batch goes on
                on_error(parsed.article, exc)
                continue
            yield doc


_PIPELINES: dict[Config, Pipeline] = {}
_FROZEN: list[bool] = []


def _freeze_loaded_data() -> None:
    """Once per process, after a first article has made the stages load their data: the model and
    the lexicons are never garbage, and leaving them to the cyclic collector cost ~3% of a run's
    CPU (scanned at each full collection). Same output; docs/scale.md."""
    if not _FROZEN:
        _FROZEN.append(True)
        gc.collect()
        gc.freeze()


def get_pipeline(config: Config | None = None) -> Pipeline:
    """One pipeline per configuration per process (workers and Spark executors reuse it)."""
    config = config or Config()
    if config not in _PIPELINES:
        _PIPELINES[config] = Pipeline(config)
    return _PIPELINES[config]


def process(article: Article, config: Config | None = None) -> ArticleDocument:
    return get_pipeline(config).process(article)


def process_partition(articles: Iterable[Article], config: Config | None = None) -> Iterator[ArticleDocument]:
    return get_pipeline(config).process_partition(articles)
