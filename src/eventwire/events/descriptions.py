"""Places an article names once and then refers to by description or hashtag.

A definite description ("the enclave", "the town") in an event's clause is read as the named place
the article identifies with it ("an enclave in the town of Baghouz", "the camp in #Baghouz",
"Baghouz, a village near ..."); a hashtag spelling a place's name ("#Baghouz") is a mention of
that place. Only `doc.places` is read: the places stage decides what the names are.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc, Token

from ..model import ArticleDocument, Place, Span
from .lexicon import DATA, LexiconError, load_data

HASHTAG = re.compile(r"#(\w+)")
LINKING_PREPS = {"of", "in", "at", "near", "inside", "outside"}
DEFINITE = {"the", "this", "that", "its", "their"}
UNIQUE = {"last", "remaining", "final", "besieged"}  # "last enclave" names one place even without "the"


@lru_cache(maxsize=1)
def place_nouns() -> frozenset[str]:
    path = DATA / "places.yaml"
    data = load_data(path.name)
    nouns = data.get("place_nouns")
    if not isinstance(nouns, list) or not all(isinstance(x, str) and x.strip() for x in nouns):
        raise LexiconError(f"{path}: `place_nouns` must be a list of lemmas")
    return frozenset(x.lower() for x in nouns)


def place_mentions(doc: ArticleDocument) -> list[Place]:
    """Every place mention: the places stage's places plus, for a hashtag spelling a known place's
    name, a copy of that place (same id) spanning the hashtag."""
    mentions = list(doc.places)
    names: dict[str, Place] = {}
    for p in doc.places:
        for name in (p.text, p.name):
            names.setdefault(name.lower().replace(" ", ""), p)
    for m in HASHTAG.finditer(doc.article.text):
        place = names.get(m.group(1).lower())
        if place is not None and not any(p.span.start <= m.start(1) < p.span.end for p in doc.places):
            mentions.append(replace(place, span=Span.of(doc.article.text, m.start(), m.end())))
    return sorted(mentions, key=lambda m: m.span.start)


def _descriptions_of(tok: Token, nouns: frozenset[str]) -> list[tuple[Token, bool]]:
    """(description noun, names it) pairs for a place token: "town of X", "X, a village", "the X
    camp" name it; "enclave in the town of X", "camp in X" locate in it."""
    found = [(c, True) for c in tok.children if c.dep_ == "appos" and c.lemma_.lower() in nouns]
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in nouns:
        found.append((tok.head, True))
    node = tok
    while node.dep_ == "pobj" and node.head.lemma_.lower() in LINKING_PREPS and node.head.head.lemma_.lower() in nouns:
        names = node is tok and node.head.lemma_.lower() == "of"
        node = node.head.head
        found.append((node, names))
    return found


def described_places(spacy_doc: Doc, mentions: list[Place]) -> dict[str, list[tuple[Place, int, bool]]]:
    """Description lemma -> (place mention, index of the describing noun, names it) in text order."""
    nouns = place_nouns()
    links: dict[str, list[tuple[Place, int, bool]]] = {}
    for mention in mentions:
        span = spacy_doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
        if span is None:
            continue
        for noun, names in _descriptions_of(span.root, nouns):
            links.setdefault(noun.lemma_.lower(), []).append((mention, noun.i, names))
    return links


def named_here(tok: Token) -> bool:
    """"the town of Kidal", "Kidal, a town", "the Kidal camp": the description carries its own name."""
    for child in tok.children:
        if child.dep_ in {"appos", "compound"} and child.pos_ == "PROPN":
            return True
        if child.dep_ == "prep" and child.lower_ == "of" and any(g.pos_ == "PROPN" for g in child.children if g.dep_ == "pobj"):
            return True
    return tok.dep_ == "appos" and tok.head.pos_ == "PROPN"


def is_definite(tok: Token) -> bool:
    """"the enclave", "its stronghold", "ISIS's last enclave": a description meant to be known."""
    return any((c.dep_ == "det" and c.lower_ in DEFINITE) or c.dep_ == "poss" or (c.dep_ == "amod" and c.lower_ in UNIQUE)
               for c in tok.children)
