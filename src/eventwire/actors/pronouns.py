"""Pronouns that stand for an actor already named: "he"/"she" for the last person, "it"/"they"
for a group, body or country when only one candidate is in reach. Each resolved pronoun becomes a
mention sharing the antecedent's entity and code at a lower confidence (method "pronoun")."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..nlp import sent_of, tokens_of
from .mention import Mention, sentence_index

PERSONAL = {"he", "she", "him"}  # "her" only when not a possessive determiner
GROUP = {"it", "they", "them"}
PERSON_WINDOW = 2  # sentences back in which "he" looks for a named person
GROUP_WINDOW = 1  # "it"/"they" look only in the same and the previous sentence
GROUP_KINDS = {"organization", "armed_group", "country"}
# "it is reported", "it seems": "it" as an empty subject stands for nothing.
EMPTY_IT_VERBS = {"be", "seem", "appear", "remain", "take", "rain", "happen", "matter"}


def link_pronouns(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """New mentions for the pronouns that resolve; run after entities are assigned."""
    sentence = sentence_index(doc)
    taken = {i for m in mentions for i in range(m.start, m.end)}
    ordered = sorted(mentions, key=lambda m: m.head)
    found = []
    gendered: dict[tuple[int, str], str | None] = {}  # (sentence, he|she) -> entity, so "she ... he" differ
    for tok in tokens_of(doc):
        if tok.i in taken or tok.pos_ != "PRON":
            continue
        word = tok.lower_
        if word in PERSONAL or (word == "her" and tok.dep_ != "poss"):
            gender = "she" if word in ("she", "her") else "he"
            other = gendered.get((sentence[tok.i], "he" if gender == "she" else "she"))
            target = _last_person(tok, ordered, sentence, exclude=other)  # "she said he": two people
            gendered.setdefault((sentence[tok.i], gender), target.entity if target else None)
        elif word in GROUP and _refers(tok):
            target = _speaker(tok, ordered) or _only_group(tok, ordered, sentence)
        else:
            continue
        if target is not None:
            found.append(_pronoun_mention(tok, target))
    return found


def _last_person(tok: Token, ordered: list[Mention], sentence: list[int], exclude: str | None) -> Mention | None:
    here = sentence[tok.i]
    people = [m for m in ordered if m.kind == "person" and m.head < tok.i and here - sentence[m.head] <= PERSON_WINDOW
              and (m.country or m.sector) and m.entity != exclude]
    if not people:
        return None
    if len({m.entity for m in people}) > 1:
        people = _subjects_first(tok, people)
    last = people[-1]
    # Two different people in the pronoun's own sentence before it: too close to call.
    rivals = {m.entity for m in people if sentence[m.head] == here}
    return None if len(rivals) > 1 else last


def _only_group(tok: Token, ordered: list[Mention], sentence: list[int]) -> Mention | None:
    here = sentence[tok.i]
    plural = tok.lower_ in ("they", "them")
    candidates = [m for m in ordered if m.head < tok.i and here - sentence[m.head] <= GROUP_WINDOW and m.country
                  and _group_like(m, plural)]
    if len({m.entity for m in candidates}) > 1:
        candidates = _subjects_first(tok, candidates)
    if len({m.entity for m in candidates}) != 1:
        return None  # none, or several bodies it could be: leave it
    return candidates[-1]


def _speaker(tok: Token, ordered: list[Mention]) -> Mention | None:
    """"The Israeli military said it had struck ...": the subject of what a body reports doing is
    the body that reports it, whatever else the sentences before named."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    # Up from the pronoun's clause to the first one with a subject of its own before it ("The
    # Foreign Office summoned the envoy to lodge a protest over what it called ...", "said the
    # bloc needed to show voters it could control"): that subject, when it can be an "it"/"they".
    clause, subject = tok.head, None
    while clause.head.i != clause.i:
        clause = clause.head
        subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < tok.i), None)
        if subject is not None:
            break
    if subject is None:
        return None
    found = next((m for m in ordered if m.start <= subject.i < m.end or m.head == subject.i), None)
    if found is None or not found.country or found.kind == "person":
        return None
    plural = tok.lower_ in ("they", "them")
    if found.kind == "agent":
        if (subject.tag_ in ("NNS", "NNPS")) != plural:
            return None  # "it" is no "troops"
        return found
    return found if _group_like(found, plural) else None


def _subjects_first(tok: Token, candidates: list[Mention]) -> list[Mention]:
    """A subject pronoun continues the last sentence's subject ("Hamas fired at Israel. It said"):
    among several candidates keep those that were subjects, when the pronoun is one."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return candidates
    doc = tok.doc
    subjects = [m for m in candidates if _is_subject(doc[m.head])]
    if not subjects:
        return candidates
    last = subjects[-1]
    # "Hamas and Hezbollah ... they": coordinated subjects all stay candidates
    together = {m.entity for m in subjects if sent_of(doc[m.head]) == sent_of(doc[last.head])
                and (doc[m.head].dep_ == "conj" or doc[last.head].dep_ == "conj")}
    return [m for m in subjects if m.entity == last.entity or m.entity in together]


def _is_subject(token: Token) -> bool:
    while token.dep_ in ("appos", "conj") and token.head.i != token.i:
        token = token.head  # "Hamas and Hezbollah said": both are subjects
    return token.dep_ in ("nsubj", "nsubjpass")


def _group_like(mention: Mention, plural: bool) -> bool:
    if mention.kind in GROUP_KINDS:
        return not (plural and mention.kind == "country")  # "they" is rarely a country
    # "they" may be the troops or rebels named before; "it" never a plural agent
    return plural and mention.kind == "agent" and mention.sector is not None and mention.method != "agent-noun"


def _refers(tok: Token) -> bool:
    """"it"/"they" as subject or object of a verb that is not an empty-subject one."""
    if tok.dep_ == "expl":
        return False
    if tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj"):
        return False
    if tok.lower_ == "it" and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_ in EMPTY_IT_VERBS:
        return False
    return True


def _pronoun_mention(tok: Token, target: Mention) -> Mention:
    return Mention(tok.i, tok.i + 1, tok.i, target.kind, target.name, target.country, target.sector,
                   qid=target.qid, role=target.role, entity=target.entity,
                   confidence=round(min(target.confidence, 0.5), 2), method="pronoun", entry=target.entry,
                   agent=target.agent)
