"""Datelines: "NAIROBI, Kenya (AP) - " at the start of a paragraph says where a report was filed.

spaCy's NER often runs a dateline into the first words of the story ("Nigeria - Traders" ORG,
"BEIRUT - Israeli" NORP), and the stages then code the filing place as an actor. The component
`eventwire_datelines` (run after NER) finds the datelines once per Doc and drops entities that
cross the dash; `datelines_of(doc)` tells every stage where they are.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

# CITY[, Region][, Month Day][ (Agency)] dash: the city in capitals, the region as written.
_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z'.\-]+(?: [A-Z][A-Z'.\-]+){0,3}"
    r"(?:, [A-Z][\w.'\-]*(?: (?:of |and |the |d')?[A-Z][\w.'\-]*){0,4})?)"
    r"(?:,? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2})?"
    r"(?:(?: \((?P<agency>[^()\n]{1,40})\))? ?(?:--?|—|–) "
    r"|--\((?P<release>[^()\n]{1,40})\)--"  # press releases: "PLEASANTON, Calif.--(BUSINESS WIRE)--"
    # a wire agency in one word may stand for the dash: "ATLANTA (AP) An aide", "(APP):Chief"
    r"| \((?P<wire>[A-Za-z]{2,12})\):? ?)")
_PARAGRAPH = re.compile(r"\n\s*")
_KEY = "eventwire_datelines"


@dataclass(frozen=True)
class Dateline:
    start: int  # character offsets into the Doc's text
    place_end: int  # end of "NAIROBI, Kenya"
    end: int  # just after the dash: the story starts here
    agency: tuple[int, int] | None = None  # "AP" in "(AP)": who filed the report


def find_datelines(text: str) -> list[Dateline]:
    """Datelines opening the text or one of its paragraphs."""
    starts = [0] + [m.end() for m in _PARAGRAPH.finditer(text)]
    found = []
    for start in starts:
        match = _DATELINE.match(text, start)
        # a city name has three capitals or more: not "U.S. - China talks" or "A - B" lists
        if match and sum(c.isupper() for c in match["place"].split(",")[0]) >= 3:
            name = next((g for g in ("agency", "release", "wire") if (match[g] or "").strip()), None)
            agency = match.span(name) if name else None
            found.append(Dateline(start, match.end("place"), match.end(), agency))
    return found


def datelines_of(doc: Doc) -> list[Dateline]:
    """The Doc's datelines (found once, kept in doc.user_data)."""
    if _KEY not in doc.user_data:
        doc.user_data[_KEY] = find_datelines(doc.text)
    return doc.user_data[_KEY]


def in_dateline(doc: Doc, start_char: int, end_char: int) -> bool:
    """Whether a span lies in the place part of a dateline ("NAIROBI, Kenya")."""
    return _inside(((d.start, d.place_end) for d in datelines_of(doc)), start_char, end_char)


def opens_dateline(doc: Doc, start_char: int, end_char: int) -> bool:
    """Whether a span is the city a dateline opens with ("NAIROBI" of "NAIROBI, Kenya (AP) -")."""
    return any(d.start == start_char and (end_char == d.place_end or doc.text[end_char:end_char + 1] == ",")
               and end_char <= d.place_end for d in datelines_of(doc))


def within_dateline(doc: Doc, start_char: int, end_char: int) -> bool:
    """Whether a span lies anywhere in a dateline, "(Agency)" and dash included."""
    return _inside(((d.start, d.end) for d in datelines_of(doc)), start_char, end_char)


def story_start(doc: Doc, char: int) -> int:
    """Where the story around `char` starts: the end of the last dateline before it, else 0.
    Words before it are the dateline's, never modifiers of the story's words ("Qatar - Negotiators")."""
    return max((d.end for d in datelines_of(doc) if d.end <= char), default=0)


def in_dateline_agency(doc: Doc, start_char: int, end_char: int) -> bool:
    """Whether a span lies in a dateline's "(Agency)": a news medium, not an actor."""
    return _inside((d.agency for d in datelines_of(doc) if d.agency), start_char, end_char)


def _inside(bounds, start_char: int, end_char: int) -> bool:
    return any(lo <= start_char and end_char <= hi for lo, hi in bounds)


@Language.component("eventwire_datelines")
def drop_entities_across_datelines(doc: Doc) -> Doc:
    """An entity that runs from a dateline into the story is two things glued together: drop it,
    so the places and actors stages see the dateline and the story's words separately."""
    lines = datelines_of(doc)
    if lines:
        doc.ents = [e for e in doc.ents
                    if not any(e.start_char < d.end <= e.end_char or e.start_char < d.place_end < e.end_char
                               for d in lines)]
    return doc
