"""Claims disputed inside one article: one source says something has ended ("ISIS has been fully
defeated", "it's 100 percent"), another that it persists ("still has fighters", "remains a
threat"), and their statements name the same entity. The phrases are data (claims.yaml)."""
from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Doc

from ..model import ArticleDocument, Claim
from ..nlp import sent_of, tokens_of
from .assemble import Attributed
from .lexicon import Lexicon

_TOPICS = ("ORG", "GPE", "NORP", "PERSON", "LOC", "FAC")


def mark_disputed(sdoc: Doc, doc: ArticleDocument, quotes: list[Attributed], claims: list[Claim],
                  lexicon: Lexicon) -> None:
    ended: dict[str, set[str]] = defaultdict(set)  # speaker key -> entities of their "ended" statements
    persisting: dict[str, set[str]] = defaultdict(set)
    ended_quotes: dict[str, set[str]] = defaultdict(set)  # speaker key -> quote ids saying "ended"
    speaker_ref: dict[str, str] = {}
    entities = [(e.start_char, e.text.lower()) for e in sdoc.ents if e.label_ in _TOPICS]  # once, not per quote
    for rec in quotes:
        q = rec.quote
        key = _speaker_key(doc, q.speaker, q.speaker_text)
        if key is None:
            continue
        speaker_ref.setdefault(key, q.speaker or q.speaker_text)
        tokens = _tokens(sdoc, q.span.start, q.span.end)
        words = [t.lower_ for t in tokens]
        topics = _topics(tokens, entities)
        if _has(words, lexicon.contradictions.get("persisting", ())):
            persisting[key] |= topics
        if _has(words, lexicon.contradictions.get("ended", ())) and rec.stance != "denied":
            ended[key] |= topics
            ended_quotes[key].add(q.id)
    for key, quote_ids in ended_quotes.items():
        disputers = [speaker_ref[other] for other, topics in persisting.items()
                     if other != key and topics & ended[key]]
        if not disputers:
            continue
        for claim in claims:
            if claim.quote in quote_ids and claim.stance == "asserted":
                claim.stance = "disputed"
                claim.disputed_by = disputers


def _speaker_key(doc: ArticleDocument, speaker: str | None, text: str | None) -> str | None:
    """One key per source: the actors stage's entity when it has one; else a short proper name's
    last word ("President Trump" and "Trump"); else the whole phrase ("Western officials")."""
    actor = doc.actor(speaker)
    if actor is not None and actor.entity:
        return f"entity:{actor.entity}"
    words = (text or "").split()
    if not words:
        return None
    if len(words) <= 3 and words[-1][:1].isupper():
        return words[-1].lower()
    return " ".join(words).lower()


def _tokens(sdoc: Doc, start: int, end: int):
    span = sdoc.char_span(start, end, alignment_mode="expand")
    return tokens_of(sdoc)[span.start:span.end] if span is not None else []


def _topics(tokens: list, entities: list[tuple[int, str]]) -> set[str]:
    """Named entities of the sentences a statement's tokens sit in (the topic is often outside the quote)."""
    if not tokens:
        return set()
    lo, hi = sent_of(tokens[0]).start_char, sent_of(tokens[-1]).end_char
    return {text for start, text in entities if lo <= start < hi}


def _has(words: list[str], phrases) -> bool:
    present = set(words)
    for phrase in phrases:
        n = len(phrase)
        if n == 0:
            return True
        first = phrase[0]  # compare whole phrases only where their first word occurs
        if first in present and any(w == first and tuple(words[i:i + n]) == phrase for i, w in enumerate(words)):
            return True
    return False
