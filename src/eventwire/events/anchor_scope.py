"""Which words of a sentence speak of an event, for choosing its place and time (events/anchors.py).

A verb's parse subtree holds more than its own clause: the verbs conjoined to it ("had killed 3,600
people in Haiti and urged ... from the United States"), a clause about an earlier event ("days
after Pyongyang warned ... drills by Seoul") and the actions it promises or asks for ("promised to
restore order before the end of the year"). Places found in the first two and dates found in the
last belong to those other events (conjoined verbs do share dates: "shot and killed him last
week"). Word lists: data/anchors.yaml.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span as SpacySpan, Token

from .lexicon import load_word_sets

VERBAL = {"VERB", "AUX"}
# clauses that hold another action the trigger's verb reports, asks for or promises, and finite
# relative clauses ("who shot him last week"); not participle modifiers ("a village held by rebels
# on Friday"), where the parser hangs the main verb's date too often
COMPLEMENTS = {"xcomp", "ccomp", "csubj", "relcl"}
# a time written inside a noun phrase ("the 2021 ceasefire understanding") dates that noun's thing
NOUN_MODIFIERS = {"nummod", "compound", "nmod", "amod"}


@lru_cache(maxsize=1)
def scope_words() -> dict[str, frozenset[str]]:
    return load_word_sets("anchors.yaml", ("speaker_verbs", "sequence_markers", "locating_preps", "time_nouns",
                                           "occasion_preps", "same_action_verbs"), strict=True)


def clause_head(trigger: Token) -> Token:
    """The trigger's verb; a nominal trigger borrows the clause of the verb it hangs off."""
    head = trigger
    while head.pos_ in {"NOUN", "PROPN", "ADP"} and head.dep_ not in {"ROOT", "ccomp", "advcl", "conj"} and head.head != head:
        head = head.head
    return head


def _sequence_clause(tok: Token) -> bool:
    """A clause opened by "days after/hours before" ("days after Pyongyang warned"): another event."""
    markers = scope_words()["sequence_markers"]
    return tok.dep_ == "advcl" and tok.pos_ in VERBAL and any(
        c.dep_ in {"mark", "prep"} and c.lower_ in markers for c in tok.children) and any(
        c.dep_ == "npadvmod" for c in tok.children)


def own_clause(trigger: Token) -> set[int]:
    """Token indices of the trigger's clause without its conjoined verbs and "after X" clauses
    (unless the trigger sits inside them)."""
    head = clause_head(trigger)
    keep: set[int] = set()
    stack = [head]
    while stack:
        tok = stack.pop()
        keep.add(tok.i)
        for child in tok.children:
            other_event = (child.dep_ == "conj" and child.pos_ in VERBAL) or _sequence_clause(child)
            if other_event and not (child.left_edge.i <= trigger.i <= child.right_edge.i):
                continue
            stack.append(child)
    return keep


def in_sequence_clause(tok: Token, trigger: Token) -> bool:
    """Whether `tok` sits in an "after/before X" clause that does not hold the trigger."""
    for anc in [tok, *tok.ancestors]:
        if _sequence_clause(anc):
            return not (anc.left_edge.i <= trigger.i <= anc.right_edge.i)
    return False


def dates_another_event(time_root: Token, trigger: Token, on_noun: bool = True) -> bool:
    """Whether a time expression dates something other than the trigger: a noun it modifies ("the
    2021 ceasefire understanding"), or an action reported, promised or asked for under the trigger
    ("promised to restore order before the end of the year", "urged them to investigate the killing
    last week"). A day on a noun ("after Friday prayers") still dates the clause: `on_noun` is
    False for days."""
    noun = time_root.head
    if on_noun and time_root.dep_ in NOUN_MODIFIERS and noun.pos_ in {"NOUN", "PROPN"} \
            and noun.lemma_.lower() not in scope_words()["time_nouns"]:
        # "at its July summit": the occasion of the event, so its date too
        occasion = noun.dep_ == "pobj" and noun.head.lower_ in scope_words()["occasion_preps"]
        return noun.i != trigger.i and not occasion
    head = clause_head(trigger)
    owner = next((a for a in time_root.ancestors if a.pos_ in VERBAL), None)
    if owner is None or owner.i in (trigger.i, head.i) or not (head.is_ancestor(owner) or trigger.is_ancestor(owner)):
        return False
    node = owner  # reached from the trigger's verb through a complement clause: another action
    while node.i not in (trigger.i, head.i) and node.head.i != node.i:
        if node.dep_ in COMPLEMENTS and not (node.dep_ == "xcomp" and node.head.lemma_.lower() in scope_words()["same_action_verbs"]):
            return True
        node = node.head
    return False


def speaker_places(sent: SpacySpan) -> list[tuple[int, int, Token]]:
    """(start, end, speaking verb) of the "in/at X" on the subject of each verb of saying in the
    sentence: where the speaker sits ("The U.N. human rights office in Geneva")."""
    verbs = scope_words()["speaker_verbs"]
    found = []
    for tok in sent:
        if tok.pos_ in VERBAL and tok.lemma_.lower() in verbs:
            # only the speaker noun's own "in X" ("office in Geneva"): a subject that runs over a
            # whole clause ("airstrikes killed 25 in Gaza, the ministry said", misparsed) is no seat
            for subj in tok.children:
                if subj.dep_ not in {"nsubj", "nsubjpass"}:
                    continue
                for prep in subj.children:
                    if prep.dep_ == "prep" and prep.lower_ in {"in", "at"} and not any(t.pos_ in VERBAL for t in prep.subtree):
                        end = prep.right_edge
                        found.append((prep.idx, end.idx + len(end.text), tok))
    return found


def locates_inside_participant(place_root: Token) -> bool:
    """A place under "in/near/across" after a common noun locates the event even inside a
    participant's words ("people in Haiti", "the Indian charge d'affaires in Islamabad", "Palestinians in
    Gaza"), unlike a name ("Islamic State in Iraq")."""
    preps = scope_words()["locating_preps"]
    head = place_root
    while head.dep_ in {"compound", "amod", "conj"} and head.head.i != head.i:
        head = head.head
    if head.dep_ != "pobj" or head.head.lower_ not in preps:
        return False
    before = head.head.head
    # a common noun or a people ("Palestinians in Gaza"), not part of a named body
    return before.i == head.head.i or before.pos_ in VERBAL or before.ent_type_ in {"", "NORP"}


def conjunct_of_owner(time_root: Token, trigger: Token) -> bool:
    """Whether the trigger is a verb conjoined after the verb a time hangs on ("had killed 3,600
    people since January and urged ..."): that verb's "since" span is not the trigger's."""
    owner = next((a for a in time_root.ancestors if a.pos_ in VERBAL), None)
    crossed = False
    for node in [clause_head(trigger), *clause_head(trigger).ancestors]:
        if owner is not None and node.i == owner.i:
            return crossed
        crossed = crossed or node.dep_ == "conj"
    return False
