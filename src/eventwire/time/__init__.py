"""Time: date expressions resolved against the publication date.

Public surface: `resolve_times(parsed, doc, config) -> list[TimeExpr]`.
Until the resolver lands, times are spaCy's DATE entities with no value, marked provisional.
"""
from __future__ import annotations

from ..config import Config
from ..model import ArticleDocument, Span, TimeExpr
from ..nlp import ParsedArticle


def resolve_times(parsed: ParsedArticle, doc: ArticleDocument, config: Config) -> list[TimeExpr]:
    return [
        TimeExpr(id=f"t{i}", span=Span.from_token_span(ent), text=ent.text, provisional=True)
        for i, ent in enumerate((e for e in parsed.doc.ents if e.label_ == "DATE"), 1)
    ]
