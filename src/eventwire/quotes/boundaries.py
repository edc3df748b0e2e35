"""Where reported content ends: a comment the writer tacks on after it, and a contrast clause
of the writer's own conjoined to it."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..datelines import datelines_of

ASIDE_DEPS = ("relcl", "advcl", "acl", "appos")
ASIDE_MARKS = (",", "–", "—", "(")


def trim_trailing_aside(doc: list[Token], lo: int, hi: int) -> int:
    """Cut a comment the writer tacks on after a comma or dash at the end of the content
    (", who was then ...", ", putting them ahead ..."): annotators leave it out of what was said."""
    changed = True
    while changed:
        changed = False
        for tok in doc[lo + 1:hi + 1]:
            edge = tok.left_edge.i
            if tok.dep_ in ASIDE_DEPS and edge > lo + 2 and doc[edge - 1].text in ASIDE_MARKS \
                    and tok.right_edge.i >= hi - 1:
                hi = edge - 2
                changed = True
                break
    return hi


def contrast_clause(tok: Token, comp: Token) -> bool:
    """", but for Republicans, it is ...": the writer's own clause conjoined to the reported one."""
    if tok.dep_ != "conj" or tok.head.i != comp.i or not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return False
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children):
        return False  # "... but that ...": a second reported clause
    return any(c.dep_ == "cc" and c.lower_ in ("but", "while", "although", "yet") for c in comp.children if c.i < tok.i)


def clip_datelines(found: list, sdoc: Doc) -> None:
    """"YANGON (AP) - Jets bombed a village, residents said": the dateline says where the report
    was filed, not what was said; content the parser ran into it starts after its dash."""
    for item in found:
        for line in datelines_of(sdoc):
            if line.start <= item.start < line.end < item.end:
                item.start = line.end


def drop_conditions(found: list, text: str, not_content: frozenset[str]) -> list:
    """"who asked not to be named", "requested anonymity": a condition of speaking, no content."""
    return [item for item in found if text[item.start:item.end].strip().rstrip(".").lower() not in not_content]
