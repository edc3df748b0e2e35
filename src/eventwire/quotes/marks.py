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
        skip_to: int | None = None  # end of a curly pair nested in a straight-quoted passage
        for pos in range(first, pend):
            ch = text[pos]
            if skip_to is not None and pos <= skip_to:
                continue
            if open_at is None:
                if ch in OPENERS or ch == STRAIGHT or (ch in CLOSERS and _looks_opening(text, pos, pend)):
                    open_at, open_para = pos, p
            elif ch in CLOSERS or ch == STRAIGHT:
                _close(text, regions, open_at, pos, pos + 1, open_para, p)
                open_at = None
            elif ch in OPENERS and _nested_curly(text, pos, pend, text[open_at]) is not None:
                skip_to = _nested_curly(text, pos, pend, text[open_at])  # "... “a title” ...": skip over it
            elif ch in OPENERS:  # a new opening mark before any close: the previous quote ended unmarked
                _close(text, regions, open_at, pos, pos, open_para, p)
                open_at, open_para = pos, p
        if open_at is not None:
            carried = (open_at, open_para)
    if carried is not None and paras:
        _close(text, regions, carried[0], paras[-1][1], paras[-1][1], carried[1], len(paras) - 1)
    return regions


def _nested_curly(text: str, pos: int, pend: int, outer: str) -> int | None:
    """A curly pair inside a quoted passage, followed by the passage's own closing mark (straight,
    or a second curly closer), is a quotation within the quotation: “He called it “hell” today.”
    Returns the position of the inner closing mark."""
    close = next((i for i in range(pos + 1, pend) if text[i] in CLOSERS), None)
    if close is None:
        return None
    for i in range(close + 1, pend):
        if text[i] == STRAIGHT and outer == STRAIGHT or text[i] in CLOSERS and outer in OPENERS:
            return close
        if text[i] in OPENERS or text[i] == STRAIGHT:
            return None
    return None


def _looks_opening(text: str, pos: int, pend: int) -> bool:
    """A closing curly mark used as an opener: at a word start, followed by a letter."""
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + 1] if pos + 1 < pend else " "
    return before.isspace() and after.isalnum()


def _close(text: str, regions: list[Region], mark: int, end: int, outer_end: int, para: int, last_para: int) -> None:
    start, stop = _trim(text, mark + 1, end)
    if stop > start:
        regions.append(Region(start, stop, mark, outer_end, para, last_para))


_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "jr", "sr",
                  "st", "prof", "rev", "inc", "co", "corp", "ltd", "no", "vs", "u.s", "ft", "mt", "gop"}


def opens_sentence(text: str, mark: int) -> bool:
    """The text before an opening quotation mark ends a sentence ("... he said. “Quote")."""
    before = text[max(0, mark - 40):mark].rstrip()
    if not before or before[-1] not in ".!?":
        return False
    word = before[:-1].split()[-1].lower() if before[:-1].split() else ""
    return word.strip("“”\"'(") not in _ABBREVIATIONS and not (len(word) == 1 and word.isalpha())
