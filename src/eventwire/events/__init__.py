"""Events: who did what to whom, coded in PLOVER and CAMEO.

Public surface: `code_events(parsed, doc, config) -> list[Event]`.
"""
from __future__ import annotations

from ..config import Config
from ..model import ArticleDocument, Event
from ..nlp import ParsedArticle


def code_events(parsed: ParsedArticle, doc: ArticleDocument, config: Config) -> list[Event]:
    return []  # the trigger lexicon arrives with the events issue
