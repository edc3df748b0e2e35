"""What a trigger asserts: negated, hypothetical or future, and who reported it.

Word lists live in data/modality.yaml.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from ..nlp import sent_of
from .lexicon import load_word_sets

UNREALISED_MARKS = {"if", "unless", "before", "until", "till", "lest"}
# Clause links along which the embedding verb governs the trigger's truth.
EMBED = {"xcomp", "ccomp", "advcl", "acomp", "dobj", "pobj", "prep", "relcl", "acl", "conj", "pcomp", "nsubj", "nsubjpass", "attr", "oprd"}


@dataclass(frozen=True)
class ModalityWords:
    future_aux: frozenset[str]
    obligation_aux: frozenset[str]
    hypothetical_governors: frozenset[str]
    negating_governors: frozenset[str]
    negators: frozenset[str]
    conditional_marks: frozenset[str]
    reporting_verbs: frozenset[str]
    reception_verbs: frozenset[str]
    light_verbs: frozenset[str]
    affiliation_nouns: frozenset[str]
    conflict_objects: frozenset[str]
    natural_causes: frozenset[str]
    accident_verbs: frozenset[str]
    scheduling_predicates: frozenset[str]
    allegation_verbs: frozenset[str]
    readiness_when_negated: frozenset[str]


@lru_cache(maxsize=1)
def words() -> ModalityWords:
    return ModalityWords(**load_word_sets("modality.yaml", ModalityWords.__dataclass_fields__))


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def clause_verb(tok: Token) -> Token:
    """The verb a nominal trigger hangs off ("imposed sanctions" -> imposed); a verb is its own."""
    hops = 0
    while tok.pos_ in {"NOUN", "PROPN"} and tok.dep_ in {"dobj", "pobj", "nsubj", "nsubjpass", "attr", "prep"} and hops < 3:
        tok = tok.head
        hops += 1
    while tok.pos_ == "ADP" and tok.head != tok:
        tok = tok.head
    return tok


def _aux(tok: Token) -> list[Token]:
    return [c for c in tok.children if c.dep_ in {"aux", "auxpass", "neg", "advmod", "det"}]


def is_negated(trigger: Token) -> bool:
    w = words()
    verb = clause_verb(trigger)
    for tok in {trigger, verb}:
        if any(c.dep_ == "neg" or _lemma(c) in w.negators for c in _aux(tok)):
            return True
        # "would no longer take part", "will no more negotiate": the "no" hangs off "longer"
        if any(c.dep_ == "advmod" and c.lower_ in {"longer", "more"} and any(_lemma(n) == "no" for n in c.children)
               for c in tok.children):
            return True
    for subj in (c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}):  # "no soldiers were hurt"
        if any(d.dep_ == "det" and _lemma(d) in {"no", "neither"} for d in subj.children):
            return True
    # the nearest embedding verb that denies or refuses its complement
    gov = verb
    for _ in range(2):
        if gov.dep_ not in EMBED or gov.head == gov:
            break
        gov = gov.head
        if _lemma(gov) in w.negating_governors:
            return True
        if gov.pos_ == "VERB":
            break
    return False


def future_aux(trigger: Token) -> Token | None:
    """The future/possibility auxiliary of the trigger's clause ("will", "would", "going to")."""
    w = words()
    verb = clause_verb(trigger)
    for c in verb.children:
        if c.dep_ in {"aux", "auxpass"} and (_lemma(c) in w.future_aux or c.text.lower() in w.future_aux):
            return c
    if verb.dep_ == "xcomp" and _lemma(verb.head) == "go" and verb.head.tag_ == "VBG":  # "is going to attack"
        return verb.head
    head = verb.head  # "X is willing/ready to": the adjective's copula carries the tense
    if verb.dep_ == "conj" and head != verb:
        return future_aux(head)
    return None


def obligation_aux(trigger: Token) -> Token | None:
    w = words()
    verb = clause_verb(trigger)
    for c in verb.children:
        if c.dep_ == "aux" and _lemma(c) in w.obligation_aux and (_lemma(c) != "have" or any(
                x.dep_ == "aux" and x.text.lower() == "to" for x in verb.children)):
            return c
    return None


def condition(trigger: Token) -> str | None:
    """"unless"/"if" clause hanging off the trigger's clause, if any."""
    w = words()
    verb = clause_verb(trigger)
    for c in verb.children:
        if c.dep_ == "advcl":
            marks = [_lemma(m) for m in c.children if m.dep_ == "mark"]
            for m in marks:
                if m in w.conditional_marks:
                    return m
    return None


def _alleged_by(head: Token, w: ModalityWords) -> bool:
    """The reason clause hangs off an allegation verb, directly or through the noun phrase of its
    object ("expelled two diplomats based in Geneva for spying")."""
    for _ in range(4):
        if _lemma(head) in w.allegation_verbs:
            return True
        if head.head == head or head.dep_ in {"ROOT", "ccomp", "advcl", "conj"}:
            return False
        head = head.head
    return False


def is_hypothetical(trigger: Token, depth: int = 0) -> bool:
    w = words()
    verb = clause_verb(trigger)
    if future_aux(trigger) is not None or obligation_aux(trigger) is not None:
        return True
    if any(_lemma(m) in UNREALISED_MARKS for m in verb.children if m.dep_ == "mark"):
        return True  # "unless they agree", "before they demobilize": not (yet) happened
    if trigger.pos_ == "NOUN" and trigger.dep_ in {"nsubj", "nsubjpass"} and (
            _lemma(verb) in w.scheduling_predicates
            or any(c.dep_ in {"acomp", "xcomp"} and _lemma(c) in w.scheduling_predicates for c in verb.children)):
        return True  # "talks are expected to resume", "the summit is due to open": not held yet
    if verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.text.lower() == "to" for c in verb.children):
        return True  # purpose clause: "staged protests to demand reforms"
    if verb.dep_ in {"pcomp", "pobj"} and _lemma(verb.head) in {"of", "for", "with"} and _alleged_by(verb.head.head, w):
        return True  # "suspected of blowing up", "expelled for spying": alleged, not established
    if verb.dep_ in {"ccomp", "acl"} and _demanded(verb, w):
        return True  # "renewed its call that the rebels release ...": what is asked for has not happened
    gov, tok = verb, verb
    for _ in range(3):
        if tok.dep_ not in EMBED or tok.head == tok:
            break
        gov = tok.head
        if _lemma(gov) in w.hypothetical_governors and tok.dep_ in {"xcomp", "ccomp", "dobj", "prep", "pobj", "acomp", "oprd", "acl"}:
            return True
        if gov.pos_ in {"VERB", "AUX"} and tok.dep_ not in {"prep", "pobj"}:
            # "sent police to help fight gangs": a complement of an unrealised verb is unrealised too
            return depth < 2 and tok.dep_ in {"xcomp", "conj"} and is_hypothetical(gov, depth + 1)
        tok = gov
    return False


def _demanded(clause: Token, w: ModalityWords) -> bool:
    """A "that" clause of a demand, plan or promise noun ("its demand that Israel ease ..."), also
    where the parser hangs it on the verb whose object the noun is ("reiterated its demand today that")."""
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return False
    head = clause.head
    nouns = [head] if head.pos_ == "NOUN" else [c for c in head.children if c.dep_ == "dobj" and c.i < clause.i]
    return any(_lemma(n) in w.hypothetical_governors for n in nouns)


def reporter(trigger: Token) -> Token | None:
    """The token of whoever reports the event: "according to X", or the subject of a saying verb
    governing the trigger ("X said that ...", "..., Reuters reported")."""
    w = words()
    sent = sent_of(trigger)
    for tok in sent:
        if _lemma(tok) == "accord" and tok.dep_ in {"prep", "advcl", "advmod"}:
            for prep in tok.children:
                objs = [c for c in prep.children if c.dep_ == "pobj"] if prep.dep_ == "prep" else []
                if objs:
                    return objs[0]
    tok = clause_verb(trigger)
    for _ in range(6):
        if tok.head == tok:
            break
        if tok.dep_ in {"ccomp", "xcomp", "conj", "advcl", "parataxis"} or tok.pos_ != "VERB":
            head = tok.head
            if _lemma(head) in w.reporting_verbs and tok.dep_ in {"ccomp", "parataxis", "xcomp", "dobj"}:
                subj = [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}]
                if subj:
                    return subj[0]
            tok = head
        else:
            break
    root = sent.root  # "X attacked Y, police said" is sometimes parsed with "said" below the event
    if clause_verb(trigger) == root:
        for c in root.children:
            if c.dep_ in {"parataxis", "ccomp", "advcl"} and _lemma(c) in w.reporting_verbs:
                subj = [s for s in c.children if s.dep_ == "nsubj"]
                if subj:
                    return subj[0]
    return None
