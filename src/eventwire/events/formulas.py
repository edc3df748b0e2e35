"""Stock phrases of news writing that hold a trigger word and report no event between actors:
a source's terms ("who asked not to be named"), warnings phrased as permission ("nobody will be
allowed to"), general statements ("Kidnapping is incompatible with peace") and the thing a warning
of retaliation is about ("attacks would not go unanswered"). Word lists: data/formulas.yaml."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from .lexicon import load_word_sets
from .modality import future_aux, is_negated

# Modifiers that make an event noun a particular event ("the kidnapping", "two attacks", "rebel attacks").
PARTICULAR_DEPS = {"det", "poss", "nummod", "amod", "compound", "prep", "acl", "relcl", "appos"}
NEGATIVE_PRONOUNS = {"nobody", "noone", "no-one", "none"}


@dataclass(frozen=True)
class FormulaWords:
    identity_verbs: frozenset[str]
    press_verbs: frozenset[str]
    anonymity_nouns: frozenset[str]
    source_verbs: frozenset[str]
    permission_verbs: frozenset[str]
    unnamed_wrongdoers: frozenset[str]
    copulas: frozenset[str]
    retaliation_states: frozenset[str]


@lru_cache(maxsize=1)
def formula_words() -> FormulaWords:
    return FormulaWords(**load_word_sets("formulas.yaml", FormulaWords.__dataclass_fields__, strict=True))


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def source_terms(tok: Token) -> bool:
    """"asked not to be named", "declined to be identified", "not authorised to speak",
    "requested anonymity": how a source agreed to talk to the reporter."""
    w = formula_words()
    if _lemma(tok) not in w.source_verbs:
        return False
    for comp in tok.children:
        if comp.dep_ == "xcomp" and (_lemma(comp) in w.press_verbs or (
                _lemma(comp) in w.identity_verbs and any(c.dep_ == "auxpass" for c in comp.children))):
            return True
        if comp.dep_ == "dobj" and _lemma(comp) in w.anonymity_nouns:
            return True
    return False


def negated_permission(tok: Token) -> bool:
    """"Nobody will be allowed to take the law into their own hands", "we will not let criminals
    take over": a warning about the future, not a permission refused to anyone."""
    w = formula_words()
    if _lemma(tok) not in w.permission_verbs:
        return False
    for subj in (c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}):
        if _lemma(subj) in NEGATIVE_PRONOUNS or any(d.dep_ == "det" and _lemma(d) == "no" for d in subj.children):
            return True  # "Nobody / No one / No group will be allowed to ..."
    # whom it is about: "let criminals take over" (subject of the complement), "allow foreign troops"
    permitted = [c for c in tok.children if c.dep_ == "dobj"]
    permitted += [g for c in tok.children if c.dep_ in {"ccomp", "xcomp"} for g in c.children if g.dep_ == "nsubj"]
    unnamed = any(_lemma(p) in w.unnamed_wrongdoers for p in permitted)
    return unnamed and is_negated(tok) and future_aux(tok) is not None


def general_statement(tok: Token) -> bool:
    """A bare event noun that is the subject of "is/remains" with a description ("Kidnapping is
    incompatible with peace", "Violence is never acceptable") states a view, no event."""
    w = formula_words()
    head = tok.head
    if tok.dep_ != "nsubj" or _lemma(head) not in w.copulas:
        return False
    if any(c.dep_ in PARTICULAR_DEPS for c in tok.children):
        return False
    return any(c.dep_ in {"acomp", "attr"} for c in head.children)


def warned_about(tok: Token) -> bool:
    """"Ukrainian attacks would not go unanswered": the attacks are what the warning is about."""
    return tok.dep_ == "nsubj" and any(
        c.dep_ == "acomp" and _lemma(c) in formula_words().retaliation_states for c in tok.head.children)


def retaliation_warning(tok: Token) -> bool:
    """The adjective of "would not go unanswered": the speaker warns whoever did the noun."""
    return tok.pos_ == "ADJ" and tok.dep_ == "acomp" and _lemma(tok) in formula_words().retaliation_states


def no_event(tok: Token) -> bool:
    if tok.pos_ in {"NOUN", "PROPN"}:
        return general_statement(tok) or warned_about(tok)
    return source_terms(tok) or negated_permission(tok)
