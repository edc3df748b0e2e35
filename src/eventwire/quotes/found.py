"""A finding of reported content, and how overlapping findings are reconciled: a direct quote
inside a paraphrase, a paraphrase crossing a quotation, a cue inside another content.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan, Token

from .lexicon import Cue
from .marks import Region

WORD = re.compile(r"\w+")

@dataclass
class Found:
    start: int  # reported content, character offsets
    end: int
    kind: str  # direct | indirect
    method: str
    cue: Token | None = None
    entry: Cue | None = None
    subject: Token | None = None
    according: Token | None = None  # pobj of "according to", when it names the speaker
    carrier: SpacySpan | None = None  # "a report" in "denied a report that ..."
    speaker_bounds: tuple[int, int] | None = None  # the name before a headline colon
    cue_word: Token | None = None  # the noun of "Trump's claim that ...", which has no cue verb
    region: Region | None = None
    paragraph: int = 0
    last_paragraph: int = 0


def words(text: str) -> int:
    return len(WORD.findall(text))


def drop_nested(found: list[Found]) -> list[Found]:
    """A cue inside another attribution's content ("officials say they expect ...") is part of
    what the outer source reported, not a second attribution."""
    return [f for f in found if f.kind == "direct" or f.cue is None
            or not any(g.start <= f.cue.idx < g.end for g in found if g is not f)]


def merge(direct: list[Found], indirect: list[Found], text: str) -> list[Found]:
    """An indirect content holding a direct quote: keep the quote when it is most of the content
    (a quoted clause), else keep the paraphrase, which then stands for the quoted fragment."""
    keep_direct = {id(d): True for d in direct}
    kept_indirect = []
    for ind in indirect:
        inside = [d for d in direct if ind.start <= d.start and d.end <= ind.end + 2]
        if not inside:
            crossing = [d for d in direct if d.start < ind.end and ind.start < d.end]
            if crossing and not _trim_to_unquoted(ind, crossing[0], text):
                continue  # the parse split a quotation and too little is left outside it
            kept_indirect.append(ind)
            continue
        quoted = sum(d.end - d.start for d in inside)  # in characters: words are near enough
        total = max(ind.end - ind.start, 1)
        if len(inside) == 1 and quoted / total >= 0.8:
            continue  # a quoted clause: the direct quote stands for it
        for d in inside:
            keep_direct[id(d)] = False
        ind.method += "+partial-quote"
        kept_indirect.append(ind)
    return [d for d in direct if keep_direct[id(d)]] + kept_indirect



def _trim_to_unquoted(ind: Found, quote: Found, text: str) -> bool:
    """Cut a paraphrase that runs into (or out of) a quotation back to its unquoted part."""
    region = quote.region
    if region.outer_start > ind.start:
        start, end = ind.start, region.outer_start
    else:
        start, end = region.outer_end, ind.end
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    if words(text[start:end]) < 3:
        return False
    ind.start, ind.end = start, end
    return True
