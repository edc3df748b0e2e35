"""Places: toponyms in the text, resolved against a gazetteer.

Public surface: `locate(parsed, doc, config) -> list[Place]`.
Until the gazetteer lands, places are spaCy's GPE/LOC/FAC entities, unresolved and provisional.
"""
from __future__ import annotations

from ..config import Config
from ..model import ArticleDocument, Place, Span
from ..nlp import ParsedArticle


def locate(parsed: ParsedArticle, doc: ArticleDocument, config: Config) -> list[Place]:
    places = []
    for ent in parsed.doc.ents:
        if ent.label_ in ("GPE", "LOC", "FAC"):
            places.append(
                Place(
                    id=f"p{len(places) + 1}",
                    span=Span.from_token_span(ent),
                    text=ent.text,
                    name=ent.text,
                    confidence=0.3,
                    method=f"spacy-ner:{ent.label_}",
                    provisional=True,
                )
            )
    return places
