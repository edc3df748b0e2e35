"""Statements of intent are events of their own (the CAMEO/PLOVER convention).

- A commitment verb ("pledged", "offered", "is willing to") is AGREE when the promised action is
  cooperative and THREATEN when it is conflictual.
- A future action stated by its own actor ("will withdraw", "would meet") is, besides the
  hypothetical action itself, an AGREE (cooperative) or THREATEN (conflictual, or conditional on
  "unless") by that actor.
- "X said Y must/should do Z" is a REQUEST by X of Y, whatever Z is; so is "X wants Y to do Z".
"""
from __future__ import annotations

from spacy.tokens import Span as SpacySpan, Token

from ..model import Actor
from . import arguments as args
from .coding import Draft
from .lexicon import Trigger
from .modality import clause_verb, condition, future_aux, is_negated, obligation_aux, reporter, words
from .triggers import Hit

# Verbal types whose future is no statement of intent ("will demand" is the demand); a future
# SUPPORT ("will support the resolution") is intent to cooperate, AGREE (CAMEO 032).
VERBAL = {"AGREE", "THREATEN", "REQUEST", "ACCUSE"}
# The entry behind "X said Y must ...": no trigger word of its own, the modal carries it.
OBLIGATION = Trigger(type="REQUEST", lemmas=frozenset({"must"}), pos="verb", cameo="100", quad=3, mode="demand",
                     confidence=0.6, rule="intent:obligation:REQUEST")
# Wanting someone else to act is asking it of them ("Washington wants Israel to withdraw").
WANT_VERBS = {"want", "wish"}
INTENT_CAMEO = {"AGREE": ("030", 1), "THREATEN": ("130", 3), "REQUEST": ("100", 3), "REJECT": ("120", 3)}


def _embedded(tok: Token, drafts: list[Draft]) -> Draft | None:
    """The action a commitment verb governs ("pledged to pull out" -> pull out)."""
    by_token = {d.hit.token.i: d for d in drafts}
    frontier = [c for c in tok.children if c.dep_ in {"xcomp", "ccomp", "dobj", "prep", "acomp", "advcl", "acl"}]
    for _ in range(3):
        nxt = []
        for node in frontier:
            if node.i in by_token and by_token[node.i].hit.token != tok:
                return by_token[node.i]
            nxt.extend(c for c in node.children if c.dep_ in {"xcomp", "ccomp", "dobj", "pobj", "conj", "prep"})
        frontier = nxt
    return None


def _same_doer(intent: Token, action: Token) -> bool:
    """The action is the intending actor's own: no other subject stands between them ("plans to
    withdraw", "its willingness to resume talks"; not "we hope folks will visit")."""
    node = action
    for _ in range(5):
        if node == intent:
            return True
        if node.pos_ in {"VERB", "AUX"} and any(c.dep_ in {"nsubj", "nsubjpass"} for c in node.children):
            return False
        if node.head == node:
            return False
        node = node.head
    return False


def _governed_by_trigger(tok: Token, drafts: list[Draft]) -> bool:
    ids = {d.hit.token.i for d in drafts}
    node = clause_verb(tok)
    for _ in range(4):
        if node.head == node:
            return False
        node = node.head
        if node.i in ids:
            return True
    return False


def _intent_type(action: Draft | None, tok: Token) -> str:
    if condition(tok) == "unless" or (action is not None and condition(action.hit.token) == "unless"):
        return "THREATEN"
    if action is not None and action.quad in (3, 4):
        return "THREATEN"
    if action is None and any(c.dep_ == "dobj" and c.lemma_.lower() in words().conflict_objects for c in tok.children):
        return "THREATEN"  # "vowed revenge"
    return "AGREE"


def _retype_as_request(draft: Draft, action: Draft, actors: list[Actor]) -> None:
    """"X wants Y to do Z": X asks it of Y; Z stays hypothetical."""
    doers = args.actors_for([c for c in draft.hit.token.children if c.dep_ == "dobj"] + args.subjects(action.hit.token), actors)
    draft.type, draft.mode = "REQUEST", ["demand"]
    draft.cameo, draft.quad = INTENT_CAMEO["REQUEST"]
    draft.method += ";intent:want:REQUEST"
    draft.recipient = [a for a in doers if a not in draft.actor] or draft.recipient
    action.hypothetical = True


def _derived(base: Draft, type_: str, method: str, span: tuple[int, int] | None = None) -> Draft:
    cameo, quad = INTENT_CAMEO[type_]
    entry: Trigger = base.hit.entry
    return Draft(
        hit=Hit(base.hit.token, entry, base.hit.end), type=type_, cameo=cameo, quad=quad, method=method,
        actor=list(base.actor), recipient=list(base.recipient), mode=[], negated=False,  # the type says it
        hypothetical=False, reporter_ids=list(base.reporter_ids), confidence=round(base.confidence - 0.05, 2),
        trigger_span=span,
    )


def intent_events(sent: SpacySpan, drafts: list[Draft], actors: list[Actor]) -> list[Draft]:
    """Retype commitments in place (dropping "plans to ..." with no coded action from `drafts`) and
    return the new intent and obligation events of the sentence."""
    out: list[Draft] = []
    for draft in list(drafts):
        tok = draft.hit.token
        if draft.hit.entry.intent:  # retype the commitment itself
            if tok.lemma_.lower() in words().readiness_when_negated:
                if not draft.negated or future_aux(tok) is None:
                    drafts.remove(draft)  # "hesitated to act", "did not hesitate to fire": no statement of intent
                    continue
                draft.negated = draft.hypothetical = False  # "will not hesitate to strike": the statement is the threat
            action = _embedded(tok, drafts)
            if draft.hit.entry.needs_action and action is not None and not _same_doer(tok, action.hit.token):
                if tok.lemma_.lower() in WANT_VERBS and action.hit.token.head == tok and action.hit.token.pos_ == "VERB":
                    _retype_as_request(draft, action, actors)  # "wants Israel to withdraw": a demand of Israel
                    continue
                action = None  # "we hope folks will visit": someone else's action is no intent of ours
            if action is None and draft.hit.entry.needs_action:
                drafts.remove(draft)  # "plans to build homes": no coded action, no event
                continue
            draft.type = _intent_type(action, tok)
            draft.cameo, draft.quad = INTENT_CAMEO[draft.type]
            draft.method += f";intent:{draft.type}"
            if action is not None:
                draft.recipient = draft.recipient or [r for r in action.recipient if r not in draft.actor]
                action.hypothetical = True
            continue
        light = tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in words().light_verbs
        if draft.type in VERBAL or (tok.pos_ not in {"VERB", "AUX"} and not light) or _governed_by_trigger(tok, drafts):
            continue  # "will resume negotiations": the light verb carries the intent of its noun
        if not draft.actor and args.is_passive(tok):
            continue  # "the meeting will be held in Vienna": nobody states an intent
        aux = future_aux(tok)
        if aux is not None and aux.lemma_.lower() not in {"could", "may", "might", "can"}:
            draft.hypothetical = True
            type_ = _intent_type(draft, tok)
            if draft.negated:  # "will not allow": a refusal; "will not attack": a promise
                type_ = "AGREE" if type_ == "THREATEN" else "REJECT"
            verb = clause_verb(tok)
            span = (min(aux.idx, verb.idx), verb.idx + len(verb.text))
            if any(t.is_punct for t in sent.doc[min(aux.i, verb.i):max(aux.i, verb.i)]):
                span = (verb.idx, verb.idx + len(verb.text))  # 'would "liberate"': a trigger is words only
            out.append(_derived(draft, type_, f"intent:future:{type_}", span))
    out.extend(_obligations(sent, drafts, actors))
    return out


def _obligations(sent: SpacySpan, drafts: list[Draft], actors: list[Actor]) -> list[Draft]:
    """"Russia said Sudan must return the helicopter": Russia demands it of Sudan."""
    w = words()
    out = []
    requested = {d.hit.token.i for d in drafts if d.type == "REQUEST"}
    for tok in sent:
        if tok.pos_ not in {"VERB", "AUX"} or tok.dep_ != "ccomp":
            continue
        aux = obligation_aux(tok)
        gov = tok.head
        if aux is None or gov.lemma_.lower() not in w.reporting_verbs or gov.i in requested or is_negated(tok):
            continue
        speaker = reporter(tok)
        subj = args.subjects(tok)
        if speaker is None or not subj:
            continue
        speaker_ids = args.actors_for(args.resolve_pronouns([speaker]), actors)
        subject_ids = [a for a in args.actors_for(subj, actors) if a not in speaker_ids]
        if not speaker_ids or not subject_ids:
            continue  # "we must act": a resolve, not a demand of someone else
        base = next((d for d in drafts if d.hit.token == tok), None)
        draft = Draft(
            hit=Hit(tok, OBLIGATION, tok.idx + len(tok.text)), type="REQUEST", cameo="100", quad=3,
            method="intent:obligation:REQUEST", actor=speaker_ids, recipient=subject_ids, mode=["demand"],
            confidence=0.6, trigger_span=(aux.idx, tok.idx + len(tok.text)),
        )
        if base is not None:
            base.hypothetical = True
        out.append(draft)
    return out
