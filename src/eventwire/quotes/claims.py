"""Numeric claims inside attributed content: value, unit, approximation, subject, source, stance."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ..model import ArticleDocument, Claim, Quantity, Span
from ..nlp import sent_of
from .assemble import Attributed
from .lexicon import Lexicon

_NOT_COUNTS = {"DATE", "TIME", "ORDINAL"}
_NUMBER = re.compile(r"^\d[\d,]*(\.\d+)?$")
_SMALL = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
_SMALL.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
               "hundred": 100, "dozen": 12, "dozens": 24, "hundreds": 200, "thousands": 2000})


def number_value(tok: Token) -> float | None:
    text = tok.text.lower()
    if _NUMBER.match(text):
        return float(text.replace(",", ""))
    return float(_SMALL[text]) if text in _SMALL else None


def extract_claims(sdoc: Doc, doc: ArticleDocument, quotes: list[Attributed], lexicon: Lexicon) -> list[Claim]:
    claims: list[Claim] = []
    text = doc.article.text
    taken: set[int] = set()  # a number inside nested quotes belongs to the outermost one
    for rec in sorted(quotes, key=lambda r: r.quote.span.start - r.quote.span.end):
        q = rec.quote
        span = sdoc.char_span(q.span.start, q.span.end, alignment_mode="expand")
        if span is None:
            continue
        skip: set[int] = set()
        for tok in span:
            if tok.i in skip or tok.i in taken or not (tok.like_num or tok.pos_ == "NUM") or tok.ent_type_ in _NOT_COUNTS:
                continue
            taken.add(tok.i)
            value = number_value(tok)
            if value is None or _is_year(tok, value):
                continue
            last = tok
            nxt = sdoc[tok.i + 1] if tok.i + 1 < len(sdoc) else None
            if nxt is not None and nxt.lower_ in lexicon.scales:
                value *= lexicon.scales[nxt.lower_]
                skip.add(nxt.i)
                last = nxt
            unit, last = _unit(sdoc, tok, last, lexicon)
            first = _approx_start(sdoc, tok, lexicon)
            approx = _approx(sdoc, first, tok, lexicon)
            noun = _counted_noun(tok, last)
            subject = _subject(sdoc, doc, tok, noun, unit)
            denied = rec.stance == "denied"
            claims.append(Claim(
                id=f"c{len(claims) + 1}",
                span=Span.of(text, sdoc[first].idx, _phrase_end(noun, last)),
                subject=subject,
                quantity=Quantity(value=value, unit=unit, approx=approx),
                stance="denied" if denied else "asserted",
                source=None if denied and rec.carrier_text else q.speaker,
                source_text=rec.carrier_text if denied and rec.carrier_text else q.speaker_text,
                denied_by=(q.speaker or q.speaker_text) if denied else None,
                quote=q.id,
                confidence=round(q.confidence * 0.9, 2),
                method=f"claim-in-{q.kind}",
            ))
    claims.sort(key=lambda c: c.span.start)
    for i, claim in enumerate(claims, 1):
        claim.id = f"c{i}"
    return claims


def _is_year(tok: Token, value: float) -> bool:
    return 1800 <= value <= 2100 and "," not in tok.text and "." not in tok.text


def _unit(sdoc: Doc, tok: Token, last: Token, lexicon: Lexicon) -> tuple[str | None, Token]:
    nxt = sdoc[last.i + 1] if last.i + 1 < len(sdoc) else None
    if nxt is not None:
        unit = lexicon.unit_of(nxt.text)
        if unit is None and nxt.i + 1 < len(sdoc):
            unit = lexicon.unit_of(f"{nxt.text} {sdoc[nxt.i + 1].text}")
        if unit:
            return unit, nxt
    prev = sdoc[tok.i - 1] if tok.i > 0 else None
    if prev is not None and lexicon.unit_of(prev.text):
        return lexicon.unit_of(prev.text), last
    return None, last


def _approx_start(sdoc: Doc, tok: Token, lexicon: Lexicon) -> int:
    """Index of the first token of the number phrase (currency sign and approximation words)."""
    start = tok.i
    if start > 0 and lexicon.unit_of(sdoc[start - 1].text):
        start -= 1
    for phrases in lexicon.approx.values():
        for phrase in phrases:
            n = len(phrase)
            if start - n >= 0 and tuple(t.lower_ for t in sdoc[start - n:start]) == phrase \
                    and _modifies_number(sdoc[start - n], tok):
                return start - n
    return start


def _modifies_number(word: Token, number: Token) -> bool:
    """"over 100 troops" qualifies the number; "took over 100 percent" is a verb particle."""
    if word.dep_ == "prt":
        return False
    return any(anc.i in (number.i, number.head.i) for anc in (word, word.head, word.head.head))


def _approx(sdoc: Doc, first: int, tok: Token, lexicon: Lexicon) -> str:
    words = tuple(t.lower_ for t in sdoc[first:tok.i] if not lexicon.unit_of(t.text))
    for key, phrases in lexicon.approx.items():
        if words in phrases:
            return key
    return "exact"


def _counted_noun(tok: Token, last: Token) -> Token | None:
    """The noun the number counts: "1,000 troops", "60,000 people", "400 of them"."""
    for cand in (last, tok):
        head = cand.head
        if cand.dep_ in ("nummod", "quantmod", "compound") and head.pos_ in ("NOUN", "PROPN") and head.i > cand.i:
            return head
    if last.pos_ == "NOUN" and last is not tok:
        of = next((c for c in last.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        return obj
    return None


def _phrase_end(noun: Token | None, last: Token) -> int:
    end_tok = noun if noun is not None and noun.i > last.i else last
    return end_tok.idx + len(end_tok.text)


def _subject(sdoc: Doc, doc: ArticleDocument, tok: Token, noun: Token | None, unit: str | None) -> str:
    """A short comparable phrase: the counted noun with its modifiers, and the place named in the
    same sentence ("troops in Syria"), so two sources' figures on one subject group together."""
    if noun is not None:
        mods = [c for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i and not c.like_num]
        words = [m.text for m in sorted(mods, key=lambda m: m.i)] + [noun.text]
        phrase = " ".join(words)
    elif unit:
        phrase = unit
    else:
        phrase = "number"
    sent = sent_of(tok)
    places = [p for p in doc.places if sent.start_char <= p.span.start < sent.end_char and p.span.text not in phrase]
    # the place closest after the number ("keep 1,000 troops in Syria"), else the nearest one
    place = min(places, key=lambda p: (p.span.start < tok.idx, abs(p.span.start - tok.idx)), default=None)
    if place is not None:
        phrase += f" in {place.span.text}"
    return phrase
