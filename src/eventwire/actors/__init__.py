"""Actors: who acts in an article, coded as country + PLOVER sector.

Public surface: `find_actors(parsed, doc, config) -> list[Actor]`.
Until the actor dictionary lands, actors are spaCy's PERSON/ORG/NORP/GPE entities, marked provisional.
"""
from __future__ import annotations

from ..config import Config
from ..model import Actor, ArticleDocument, Span
from ..nlp import ParsedArticle

_KINDS = {"PERSON": "person", "ORG": "organization", "NORP": "agent", "GPE": "country"}


def find_actors(parsed: ParsedArticle, doc: ArticleDocument, config: Config) -> list[Actor]:
    actors = []
    for ent in parsed.doc.ents:
        if ent.label_ in _KINDS:
            actors.append(
                Actor(
                    id=f"a{len(actors) + 1}",
                    span=Span.from_token_span(ent),
                    text=ent.text,
                    name=ent.text,
                    kind=_KINDS[ent.label_],
                    confidence=0.3,
                    method=f"spacy-ner:{ent.label_}",
                    provisional=True,
                )
            )
    return actors
