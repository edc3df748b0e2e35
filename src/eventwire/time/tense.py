"""Which way a time expression looks from publication, read from the tense of its clause.

"fighters moved in on Monday" looks back (the latest Monday on or before publication), "talks will
resume on Monday" looks forward; a present tense or no verb gives "nearest".
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .calendar import FUTURE, NEAREST, PAST, PRESENT

FUTURE_AUX = {"will", "'ll", "shall", "wo", "would", "’ll"}
# verbs whose complement lies ahead: "is due to meet Monday", "plans to vote in May"
FUTURE_VERBS = {"plan", "expect", "schedule", "set", "due", "intend", "aim", "hope", "prepare", "vow", "pledge",
                "promise", "threaten", "go", "seek", "want", "agree", "decide", "call", "urge", "propose"}
# present-tense reporting verbs in news narrate the past: "the SDF says Sunday ..."
REPORTING_VERBS = {"say", "tell", "report", "announce", "claim", "add", "state", "confirm", "note", "write",
                   "tweet", "insist", "deny", "admit", "acknowledge", "warn", "accuse"}
# states say nothing about when: "the impact of Monday's debate is still small"
STATIVE_VERBS = {"be", "have", "remain", "seem", "appear", "look", "stay", "mean", "know", "believe", "think"}
PAST_AUX = {"was", "were", "had", "did", "'d"}
PERFECT_AUX = {"has", "have", "'ve", "'s"}
PRESENT_BE = {"is", "are", "am", "'re", "'m", "'s"}
MAX_HOPS = 8


def clause_verb(token: Token) -> Token | None:
    """The nearest verb or auxiliary governing `token` (itself included)."""
    for _ in range(MAX_HOPS):
        if token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB"):
            return token
        if token.head is token:
            return None
        token = token.head
    return None


def verb_direction(verb: Token, depth: int = 0) -> str:
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if aux & FUTURE_AUX:
        return FUTURE
    if "going" in aux or (verb.lemma_ == "go" and verb.tag_ == "VBG" and any(c.dep_ == "xcomp" for c in verb.children)):
        return FUTURE
    if "to" in aux and verb.tag_ == "VB":
        head = verb.head
        if head is verb or head.lemma_ in FUTURE_VERBS or head.lower_ == "due":
            return FUTURE  # "to visit Paris on Friday" in a headline, "plans to vote"
        if depth < 2 and clause_verb(head) is not None and clause_verb(head) is not verb:
            return verb_direction(clause_verb(head), depth + 1)
        return NEAREST
    if aux & PAST_AUX or verb.tag_ == "VBD":
        return PAST
    if verb.tag_ == "VBN":
        if aux & PERFECT_AUX:
            return PAST  # present perfect: "has pushed ISIS from ..."
        if verb.lemma_ in FUTURE_VERBS or verb.lower_ in ("scheduled", "expected", "set", "due", "slated"):
            return FUTURE  # "the vote is scheduled for Tuesday"
        if not aux:
            return PAST  # reduced relative clause: "the emergency, declared in March, ..."
        return NEAREST
    if verb.tag_ == "VBG" and aux & PRESENT_BE:
        return FUTURE  # present progressive with a date is an arrangement: "is meeting on Tuesday"
    if verb.tag_ == "VBG" and not aux and depth < 2 and verb.head is not verb:
        governor = clause_verb(verb.head)  # "will expand ... starting Monday": the finite verb decides
        if governor is not None and governor is not verb:
            return verb_direction(governor, depth + 1)
    if verb.dep_ == "conj" and not aux and depth < 2 and verb.head.pos_ in ("VERB", "AUX"):
        return verb_direction(verb.head, depth + 1)  # "would assume office in May, run in November"
    if verb.tag_ in ("VBZ", "VBP"):
        if verb.lemma_ in REPORTING_VERBS:
            return PAST
        if verb.lemma_ in FUTURE_VERBS:
            return FUTURE
        return NEAREST if verb.lemma_ in STATIVE_VERBS else PRESENT
    return NEAREST


def strong_direction(verb: Token) -> str:
    """Only the unmistakable signs: a future auxiliary, a past form, a perfect."""
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if aux & FUTURE_AUX or "going" in aux:
        return FUTURE
    if aux & PAST_AUX or aux & PERFECT_AUX or verb.tag_ == "VBD":
        return PAST
    if verb.tag_ in ("VBZ", "VBP") and not aux and verb.lemma_ not in REPORTING_VERBS | STATIVE_VERBS:
        return PRESENT  # "the candidates face off in their first debate Monday"
    return NEAREST


def direction_at(doc: Doc | None, start: int, end: int) -> str:
    """The direction for the expression at characters [start, end) of `doc`. When the expression
    hangs off a noun ("problems during Monday's debate"), the verb says less about it: only its
    unmistakable tense counts."""
    if doc is None:
        return NEAREST
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return NEAREST
    verb = clause_verb(span.root)
    if verb is None:
        return NEAREST
    path, token = [], span.root.head
    while token is not verb and token not in path and len(path) < MAX_HOPS:
        path.append(token)
        token = token.head
    through_noun = any(t.pos_ in ("NOUN", "PROPN", "PRON") and t not in span for t in path)
    return strong_direction(verb) if through_noun else verb_direction(verb)
