"""Within-article coreference: surname-only repeats, "the group"/"the militia" descriptors and
"X-backed fighters", so that all mentions of one real-world actor share an entity id."""
from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from .mention import Mention, sentence_index

WINDOW = 3  # sentences back in which "the group" looks for what it stands for
# Owners of these sectors are usually of the place the sentence is about ("rebels", "police",
# "refugees"); soldiers and officials are often foreign, so they are never guessed.
LOCAL_SECTORS = {"REB", "COP", "CVL", "REF", "OPP", "EDU", "LAB", "REL", "CRM", "UAF", "AGR", "HLH"}


def link_surnames(mentions: list[Mention]) -> None:
    """"Joseph Smith ... Smith said": a one-word name repeats the last word of an earlier name."""
    people = sorted((m for m in mentions if m.kind == "person"), key=lambda m: m.start)
    known: dict[str, Mention] = {}
    for mention in people:
        words = mention.name.split()
        if len(words) >= 2:
            known.setdefault(words[-1], mention)
            continue
        earlier = known.get(words[0]) if words else None
        if earlier is None or earlier.entity == mention.entity:
            continue
        if mention.entry is not None and earlier.entry is None:
            pass  # an earlier unknown full name beats a dictionary surname ("Cori Bush ... Bush")
        elif mention.entry is not None:
            continue
        mention.name, mention.entity, mention.qid, mention.entry = earlier.name, earlier.entity, earlier.qid, earlier.entry
        mention.country = mention.country or earlier.country
        mention.sector = mention.sector or earlier.sector
        mention.role = mention.role or earlier.role
        mention.method, mention.confidence = "surname-repeat", min(earlier.confidence, 0.8)


def link_descriptors(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Resolve "the group" and "U.S.-backed fighters"; drop descriptors that stay unresolved."""
    sentence = sentence_index(doc)
    named = sorted((m for m in mentions if m.entry is not None or m.kind == "country"), key=lambda m: m.head)
    counts = Counter(m.entity for m in named)
    kept = []
    for mention in mentions:
        if mention.method == "coref-descriptor" and mention.country is None:
            target = _antecedent(mention, named, sentence)
            if target is None:
                continue
            _inherit(mention, target, keep_sector=target.kind == "country")
        elif mention.method == "backed-descriptor":
            backer = mention.role.removeprefix("backed by ") if mention.role else None
            target = _backed_group(backer, named, counts)
            if target is not None:
                _inherit(mention, target, keep_sector=False)
                mention.method = "coref-descriptor"
        kept.append(mention)
    return kept


def _antecedent(mention: Mention, named: list[Mention], sentence: list[int]) -> Mention | None:
    kinds = set(mention.coref_kinds or (mention.agent.coref if mention.agent else ()))
    here = sentence[mention.head]
    before = [m for m in named if m.head < mention.start and m.kind in kinds and here - sentence[m.head] <= WINDOW]
    if before:
        return before[-1]
    after = [m for m in named if m.head >= mention.end and m.kind in kinds and sentence[m.head] == here]
    return after[0] if after else None


def _backed_group(backer: str | None, named: list[Mention], counts: Counter) -> Mention | None:
    groups = [m for m in named if m.entry is not None and backer and backer in m.entry.backers]
    if not groups:
        return None
    best = max(groups, key=lambda m: (counts[m.entity], -m.head))
    return next(m for m in groups if m.entity == best.entity)


def _inherit(mention: Mention, target: Mention, keep_sector: bool) -> None:
    mention.country = target.country
    if not keep_sector:
        mention.sector = target.sector or mention.sector
    mention.entity = target.entity
    mention.qid = target.qid if target.kind != "country" else None
    mention.name = target.name if target.kind != "country" else mention.name
    mention.confidence = 0.6


def assign_entities(mentions: list[Mention]) -> None:
    """Mentions without a linked entity get one from their code and head noun."""
    for mention in mentions:
        if mention.entity is None:
            noun = mention.agent.noun if mention.agent else mention.name.lower()
            mention.entity = f"{mention.country or '?'}:{mention.sector or '?'}:{noun}"


def sentence_countries(doc: Doc, mentions: list[Mention]) -> None:
    """A bare local agent noun takes the one country its sentence names ("rebels ... Sudanese
    government" -> SDN); with no country or several named, it stays without one."""
    sentence = sentence_index(doc)
    named: dict[int, set[str]] = {}
    for m in mentions:
        if m.country and m.country not in ("IGO", "NGO", "IMG") and (m.kind == "country" or m.method == "nationality-adjective"):
            named.setdefault(sentence[m.head], set()).add(m.country)
    for m in mentions:
        if m.method != "agent-noun" or m.country or m.sector not in LOCAL_SECTORS:
            continue
        codes = named.get(sentence[m.head], set())
        if len(codes) == 1:
            m.country, m.method, m.confidence = next(iter(codes)), "sentence-country", 0.45


# Bare state agents ("police", "soldiers", "officials") are guessed only from a clearly dominant
# country; civilians and refugees named in the article do not count, as they are often the
# victims of another state's forces ("soldiers shot a Palestinian").
STATE_SECTORS = {"MIL", "COP", "GOV", "SPY", "LEG", "JUD"}
EVIDENCE_SECTORS = {None, "GOV", "MIL", "COP", "LEG", "JUD", "SPY", "PTY", "OPP", "REB"}
GUESSED = {"sentence-country", "article-country", "agent-noun", "title+sentence-country", "pronoun"}
DOMINANCE = 3  # with rivals, the top country needs this many mentions and this many times the runner-up's
MIN_MENTIONS = 2  # a country named once elsewhere in the article is too little; once in the same sentence will do


def dominant_countries(doc: Doc, mentions: list[Mention]) -> None:
    """A bare state agent takes the article's one dominant country: the only country named (twice,
    or once in the agent's own sentence), or one named at least three times as often as any other.
    A sentence naming another country blocks it."""
    sentence = sentence_index(doc)
    counts: Counter[str] = Counter()
    by_sentence: dict[int, set[str]] = {}
    for m in mentions:
        if not m.country or m.country in ("IGO", "NGO", "IMG") or m.method in GUESSED:
            continue
        if m.sector not in EVIDENCE_SECTORS:
            continue
        counts[m.country] += 1
        by_sentence.setdefault(sentence[m.head], set()).add(m.country)
    if not counts:
        return
    ranked = counts.most_common(2)
    top, n = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if runner_up and not (n >= DOMINANCE and n >= DOMINANCE * runner_up):
        return
    for m in mentions:
        if m.method != "agent-noun" or m.country or m.sector not in STATE_SECTORS:
            continue
        named_here = by_sentence.get(sentence[m.head], set())
        if named_here - {top} or (n < MIN_MENTIONS and top not in named_here):
            continue
        m.country, m.method, m.confidence = top, "article-country", 0.4
