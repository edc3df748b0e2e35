"""Content of attitude verbs beyond a plain direct object: the phrase after a pronoun object
("accused her of lying", "thanked him for his support"), the complement of a passive
("was criticized for his policies", "was dubbed the winner"), and a "that" clause the parser
hung on the cue's object or adverbial ("told a meeting of leaders that ...").
"""
from __future__ import annotations

from spacy.tokens import Token

# prepositions whose object carries what the stance is about: "accused X of", "blamed X for"
COMPLEMENT_PREPS = ("of", "for", "as", "over", "with", "about")
SUBJECTS = ("nsubj", "nsubjpass")


def pronoun_object_complement(cue: Token) -> tuple[int, int] | None:
    """Token range of "of lying" in "accused her of lying": with a pronoun object, the stance is
    about the phrase that follows it."""
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i), None)
    if obj is None or obj.pos_ != "PRON":
        return None
    prep = next((c for c in cue.children if c.i > obj.i and c.dep_ == "prep" and c.lower_ in COMPLEMENT_PREPS), None)
    if prep is None or not any(c.dep_ in ("pobj", "pcomp") for c in prep.children):
        return None
    return prep.i + 1, prep.right_edge.i


def passive_complement(cue: Token) -> tuple[int, int] | None:
    """Token range of what a passive attitude verb says of its subject: "(He) was criticized |for
    his policies|", "(Pence) was dubbed |the debate winner|"; with no complement but an agent, the
    subject itself ("|The nominee| has been endorsed by the Times"). The agent is the source."""
    if not any(c.dep_ == "nsubjpass" for c in cue.children):
        return None
    comp = next((c for c in cue.children if c.i > cue.i and (
        c.dep_ in ("oprd", "xcomp", "attr") or c.dep_ == "prep" and c.lower_ in COMPLEMENT_PREPS)), None)
    if comp is None:  # "(She) has been endorsed by dozens of papers": what the agent backs is the subject
        agent = next((c for c in cue.children if c.dep_ == "agent"), None)
        subject = next(c for c in cue.children if c.dep_ == "nsubjpass")
        if agent is None or subject.pos_ == "PRON":
            return None
        return subject.left_edge.i, subject.right_edge.i
    lo = comp.i + 1 if comp.dep_ == "prep" else comp.left_edge.i
    if lo > comp.right_edge.i:
        return None
    return lo, comp.right_edge.i


def stray_that_clause(cue: Token) -> Token | None:
    """A "that" clause with its own subject that the parse hung below the cue's object or an
    adverbial instead of on the cue: "told a meeting of leaders that few people understood ...",
    "tweeted in the early hours that she was ..."."""
    for child in cue.children:
        if child.dep_ not in ("dobj", "dative", "prep", "npadvmod") or child.i < cue.i:
            continue
        for tok in child.subtree:
            if tok.dep_ in ("acl", "ccomp", "relcl", "advcl") and tok.i > child.i \
                    and any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children) \
                    and any(c.dep_ in SUBJECTS for c in tok.children):
                return tok
    return None
