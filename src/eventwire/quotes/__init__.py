"""Quotes and claims: who said what, through which medium; numeric claims and disputes.

Public surface: `attribute(parsed, doc, config) -> (list[Quote], list[Claim])`.
"""
from __future__ import annotations

from ..config import Config
from ..model import ArticleDocument, Claim, Quote
from ..nlp import ParsedArticle


def attribute(parsed: ParsedArticle, doc: ArticleDocument, config: Config) -> tuple[list[Quote], list[Claim]]:
    return [], []  # quote attribution arrives with the quotes issue
