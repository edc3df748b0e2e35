"""How a cue's clause sits among its neighbours: a comment on the sentence ("..., as X said"), a
speaker's next act conjoined to the reported clause, the same speech going on after a quote, a
word inside an "according to" phrase."""
from __future__ import annotations

from spacy.tokens import Token

from .cues import cue_of
from .lexicon import Lexicon


def conjoined_cue(tok: Token, comp: Token, lexicon: Lexicon) -> bool:
    """"... that she was “a con” and encouraged Americans to ...": a cue verb conjoined to the
    reported clause without a subject of its own is the speaker's next act, not part of the words."""
    return tok.dep_ == "conj" and tok.head.i == comp.i and tok.i > comp.i and tok.pos_ == "VERB" \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) and cue_of(tok, lexicon) is not None


def as_clause(cue: Token) -> bool:
    """"..., as police have said": the cue's clause comments on the sentence it hangs on."""
    return cue.dep_ == "advcl" and cue.head is not cue and any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children)


def same_speech(cue: Token, earlier: Token) -> bool:
    """The cue is the earlier quote's own cue, or a participle or conjunct hanging on it."""
    return cue.i == earlier.i or (cue.head.i == earlier.i and cue.dep_ in ("advcl", "conj", "xcomp"))


def in_according(tok: Token) -> bool:
    """The token is part of an "according to X" phrase (or the phrase heads it)."""
    for anc in [tok, *tok.ancestors]:
        if anc.lower_ == "according" and anc.dep_ in ("prep", "advcl", "advmod"):
            return True
    return False
