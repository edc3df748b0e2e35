"""Direct-quote regions found from quotation marks alone (no parse needed).

Handles straight and curly double marks (mixed within one paragraph, as copy-edited wire text
often is), treebank-style ``double'' marks, guillemets, nested single quotes (left inside), and
multi-paragraph quotes: a paragraph that ends inside a quote continues it when the next
paragraph opens with a mark.
"""
from __future__ import annotations

from dataclasses import dataclass

OPENERS = "“«„"
CLOSERS = "”»"
STRAIGHT = '"'


@dataclass(frozen=True)
class Region:
    """The words between quotation marks: [start, end) excludes the marks themselves."""

    start: int
    end: int
    outer_start: int  # position of the opening mark
    outer_end: int  # position after the closing mark (or the paragraph end when unclosed)
    paragraph: int  # index of the paragraph where the quote opens
    last_paragraph: int


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Non-blank lines of the text as (start, end) offsets: each line is one paragraph."""
    spans, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:–—-"):
        end -= 1
    return start, end


def find_regions(text: str) -> list[Region]:
    # Treebank-style ``double'' marks read as one curly/straight mark plus a space (same length)
    text = text.replace("``", "“ ").replace("''", '" ')
    regions: list[Region] = []
    paras = paragraphs(text)
    carried: tuple[int, int] | None = None  # (opening mark position, paragraph) of an unclosed quote
    for p, (pstart, pend) in enumerate(paras):
        open_at: int | None = None
        open_para = p
        first = pstart
        if carried is not None:
            if text[pstart] in OPENERS + STRAIGHT:
                open_at, open_para = carried
                first = pstart + 1  # the reopening mark belongs to the carried quote
            else:
                _close(text, regions, carried[0], paras[p - 1][1], paras[p - 1][1], carried[1], p - 1)
        carried = None
        for pos in range(first, pend):
            ch = text[pos]
            if open_at is None:
                if ch in OPENERS or ch == STRAIGHT or (ch in CLOSERS and _looks_opening(text, pos, pend)):
                    open_at, open_para = pos, p
            elif ch in CLOSERS or ch == STRAIGHT:
                _close(text, regions, open_at, pos, pos + 1, open_para, p)
                open_at = None
            elif ch in OPENERS:  # a new opening mark before any close: the previous quote ended unmarked
                _close(text, regions, open_at, pos, pos, open_para, p)
                open_at, open_para = pos, p
        if open_at is not None:
            carried = (open_at, open_para)
    if carried is not None and paras:
        _close(text, regions, carried[0], paras[-1][1], paras[-1][1], carried[1], len(paras) - 1)
    return regions


def _looks_opening(text: str, pos: int, pend: int) -> bool:
    """A closing curly mark used as an opener: at a word start, followed by a letter."""
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + 1] if pos + 1 < pend else " "
    return before.isspace() and after.isalnum()


def _close(text: str, regions: list[Region], mark: int, end: int, outer_end: int, para: int, last_para: int) -> None:
    start, stop = _trim(text, mark + 1, end)
    if stop > start:
        regions.append(Region(start, stop, mark, outer_end, para, last_para))
