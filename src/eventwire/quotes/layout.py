"""Attributions signalled by layout rather than by a cue verb beside the words: a sign-off dash
after a quotation ("“We will win.” ― Jane Doe"), a block quotation, set as its own paragraph
without marks, after a cue sentence that ends in a colon ("Limbaugh added:"), and the turns of an
interview transcript ("PENCE: Well, look, ...").
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from .cues import cue_of, subject_of
from .found import Found, words
from .marks import Region

DASHES = "―—–"
MIN_BLOCK_WORDS = 8
MAX_SIGNOFF_WORDS = 8  # a sign-off names someone ("― Jane Doe, a teacher"), it is not a sentence
# a transcript turn: a speaker's name in capitals and a colon opening the paragraph
_TURN = re.compile(r"[\"“]?((?:[A-Z][A-Z.'\-]*)(?: [A-Z][A-Z.'\-]*){0,3}):\s+(\S)")
_SIGNOFF = re.compile(rf"[^\S\n]*([{DASHES}]|--)[^\S\n]*(\S[^\n]*)")  # \xa0 counts as a space


def signoff(finder, region: Region) -> Found | None:
    """“...” ― Jane Doe: a dash right after the closing mark, then a short name ending the line."""
    text = finder.text
    match = _SIGNOFF.match(text, region.outer_end)
    if match is None or finder.in_quote(match.start(2)):
        return None
    name_start = match.start(2)
    name_end = match.end(2)
    while name_end > name_start and (text[name_end - 1].isspace() or text[name_end - 1] in ".,;"):
        name_end -= 1
    cut = text.find(",", name_start, name_end)  # "― Jane Doe, a teacher in Ohio": the name
    if cut > name_start:
        name_end = cut
    name = text[name_start:name_end]
    if not 1 <= words(name) <= MAX_SIGNOFF_WORDS or not name[:1].isupper():
        return None
    head = finder.token_at(name_end - 1)
    dash = finder.token_at(match.start(1))
    return Found(region.start, region.end, "direct", "direct-signoff", region=region,
                 according=head, cue_word=dash, speaker_bounds=(name_start, name_end),
                 paragraph=region.paragraph, last_paragraph=region.last_paragraph)


def block_quotes(finder, found: list[Found]) -> list[Found]:
    """A paragraph ending in "<speaker> <cue>:" followed by a paragraph of the speaker's words set
    without quotation marks: the whole next paragraph is the content."""
    out = []
    paras = finder.paras
    for p in range(len(paras) - 1):
        start, end = paras[p]
        line = finder.text[start:end].rstrip()
        if not line.endswith(":"):
            continue
        colon = finder.token_at(start + len(line) - 1)
        cue = _cue_before(finder, colon)
        if cue is None:
            continue
        nstart, nend = paras[p + 1]
        block = finder.text[nstart:nend]
        if not _reads_as_speech(block) or any(f.start < nend and nstart < f.end for f in found):
            continue
        while nend > nstart and block[nend - nstart - 1].isspace():
            nend -= 1
        tok, entry = cue
        out.append(Found(nstart, nend, "indirect", "indirect-block", cue=tok, entry=entry,
                         subject=subject_of(tok), paragraph=p + 1, last_paragraph=p + 1))
    return out


def _reads_as_speech(block: str) -> bool:
    """Running sentences, not a list of headlines ("1. FIREWORKS FLY"), markup or a quotation
    in marks (the direct-quote rules take those)."""
    block = block.strip()
    return words(block) >= MIN_BLOCK_WORDS and block[:1].isalpha() and not block.isupper() \
        and block[-1:] in ".!?\"”’"


def _cue_before(finder, colon: Token):
    """The cue verb of the clause a line-final colon ends ("The governor added:"), with no
    content of its own on that line."""
    sent_start = colon.sent.start
    for tok in reversed(finder.tokens[sent_start:colon.i]):
        if finder.in_quote(tok.idx):
            return None
        entry = cue_of(tok, finder.lexicon)
        if entry is not None:
            if any(c.dep_ in ("ccomp", "xcomp") and c.i < colon.i for c in tok.children):
                return None
            return tok, entry
    return None


def transcript_turns(finder) -> list[Found]:
    """"PENCE: Well, look, ... ": in a transcript each paragraph opened by a name in capitals and a
    colon is that speaker's words up to the paragraph's end. Needs two such turns in the article,
    so that a lone "NOTE:" or "UPDATE:" is not read as a speaker."""
    turns = []
    for p, (start, end) in enumerate(finder.paras):
        match = _TURN.match(finder.text, start, end)
        if match is None or words(match.group(1)) > 4:
            continue
        content_start = match.start(2)
        stop = end
        while stop > content_start and (finder.text[stop - 1].isspace() or finder.text[stop - 1] == '"'):
            stop -= 1
        if words(finder.text[content_start:stop]) < 2:
            continue
        name = finder.token_at(match.end(1) - 1)
        turns.append(Found(content_start, stop, "direct", "direct-transcript", according=name,
                           cue_word=finder.token_at(match.end(1)), speaker_bounds=(match.start(1), match.end(1)),
                           paragraph=p, last_paragraph=p))
    return turns if len(turns) >= 2 else []
