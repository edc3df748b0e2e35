"""The working record of one actor mention while the stage runs, and the shared token helpers."""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..nlp import sents_of
from .lexicon import Agent, Entry, Lexicon
from .matching import Match

# "U.S.-backed", "Iranian-led": a country or group inside one token, naming who stands behind.
BACKED = re.compile(r"^(?P<who>.+?)-(?P<how>backed|led|allied|supported|sponsored|aligned|trained|funded|armed|run|controlled)$", re.I)
CHAIN_WORDS = {"then", "-", "former", "ex", "acting", "interim", "late", "top", "senior", "deputy", "vice", "'s", "’s",
               "outgoing", "incoming", "chief", "chairman", "new"}


@dataclass
class Mention:
    start: int  # token span [start, end)
    end: int
    head: int
    kind: str
    name: str
    country: str | None = None
    sector: str | None = None
    qid: str | None = None
    role: str | None = None
    entity: str | None = None
    confidence: float = 0.5
    method: str = "dictionary"
    entry: Entry | None = None
    agent: Agent | None = None
    coref_kinds: tuple[str, ...] = ()  # what a descriptor may stand for, when not the noun's own

    def code(self) -> str | None:
        if not self.country:
            return None
        return f"{self.country} {self.sector}" if self.sector else self.country


class Hits:
    """Dictionary matches by token, with a flag for matches another mention has absorbed."""

    def __init__(self, doc: Doc, matches: list[Match], lex: Lexicon):
        self.doc, self.lex, self.matches = doc, lex, matches
        self.by_token: dict[int, Match] = {}
        for match in matches:
            for i in range(match.start, match.end):
                self.by_token[i] = match
        self.used: set[int] = set()  # ids of matches consumed by a larger mention

    def at(self, i: int) -> Match | None:
        return self.by_token.get(i)

    def named_at(self, i: int) -> Match | None:
        match = self.by_token.get(i)
        return match if match is not None and match.named else None

    def use(self, match: Match) -> None:
        self.used.add(id(match))

    def is_used(self, match: Match) -> bool:
        return id(match) in self.used

    def country_of(self, match: Match) -> str:
        target = match.target
        return self.lex.entries[target.ref].country if target.kind == "entry" else target.ref

    def entry_of(self, match: Match) -> Entry | None:
        return self.lex.entries.get(match.target.ref) if match.target.kind == "entry" else None


def is_nounish(token: Token) -> bool:
    return token.pos_ in ("NOUN", "PROPN") or (token.pos_ == "ADJ" and token.dep_ in ("nsubj", "dobj", "pobj", "conj"))


def match_head(doc: Doc, match: Match) -> Token:
    """The syntactic head of a matched phrase: the token whose head lies outside it."""
    for i in range(match.end - 1, match.start - 1, -1):
        tok = doc[i]
        if not (match.start <= tok.head.i < match.end) or tok.head.i == tok.i:
            return tok
    return doc[match.end - 1]


MODIFIER_DEPS = {"amod", "compound", "nmod", "poss", "npadvmod"}
COUNTRY_KINDS = ("country", "demonym", "metonym")


def demonym_modifier(head: Token, hits: Hits) -> Match | None:
    """The unused country word modifying a noun: "Bosnian" in "Bosnian Serbs"."""
    for child in head.children:
        if child.i < head.i and child.dep_ in ("amod", "compound", "nmod"):
            hit = hits.named_at(child.i)
            if hit is not None and hit.target.kind in COUNTRY_KINDS and not hits.is_used(hit):
                return hit
    return None


PLACE_ENTS = {"GPE", "LOC", "FAC", "NORP", ""}  # the small model reads some towns as NORP
PLACE_NOUNS = {"city", "town", "village", "province", "state", "region", "governorate", "district", "capital",
               "port", "area", "prefecture"}


def place_name(token: Token) -> str | None:
    """The place a preposition's object names, if any: "Mosul", "Kuala Lumpur", "Sindh province",
    "the town of Samarra"."""
    names = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if token.pos_ == "PROPN" and token.ent_type_ in PLACE_ENTS:
        return token.doc[names[0].i if names else token.i:token.i + 1].text
    if token.lower_ in PLACE_NOUNS:
        if names:
            return token.doc[names[0].i:token.i + 1].text
        inner = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        if inner and inner[0].pos_ == "PROPN":  # "the town of X" says X is a place, whatever its entity tag
            names = [c for c in inner[0].lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
            return token.doc[names[0].i if names else inner[0].i:inner[0].i + 1].text
    return None


def stance_prefix(doc: Doc, i: int) -> str | None:
    """"pro" or "anti" written as a prefix before token i ("pro-Syrian", "anti-American")."""
    if i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in ("pro", "anti"):
        return doc[i - 2].lower_
    return None


def backed_prefix(token: Token) -> str | None:
    found = BACKED.match(token.text)
    return found.group("who") if found else None


def sentence_index(doc: Doc) -> list[int]:
    """Sentence number of every token (cheap lookups for coreference windows)."""
    index = [0] * len(doc)
    for n, sent in enumerate(sents_of(doc)):
        for i in range(sent.start, sent.end):
            index[i] = n
    return index



# Last words of generic organisation names that other countries' bodies share ("Democratic Party").
GENERIC_ORG_WORDS = {"party", "front", "army", "movement", "congress", "union", "council", "league", "alliance"}


def longer_names(doc: Doc, hits: Hits, lex) -> dict[tuple[int, int], Mention]:
    """Dictionary names written inside a longer one, which is another body: "*South African*
    Communist Party", "*Kurdish* Democratic Party" are not the parties of that name elsewhere. Keyed
    by the inner match's (start, end); the other country's demonym is used up."""
    out = {}
    for match in hits.matches:
        entry = hits.entry_of(match)
        if entry is None or entry.kind in ("person", "country") or match.start == 0 or hits.is_used(match):
            continue
        generic = doc[match.end - 1].lower_ in GENERIC_ORG_WORDS and not any(t.text.isupper() for t in doc[match.start:match.end])
        after = _country_after(doc, match, hits, entry.country) if generic else None
        if after is not None:  # "Democratic Party of Albania", "Congress of South African Trade Unions"
            country, sector = after
            name = doc[match.start:match.end].text
            out[(match.start, match.end)] = Mention(match.start, match.end, match_head(doc, match).i, entry.kind, name,
                                                    country, sector or entry.sector, entity=f"org:{country}:{name.lower()}",
                                                    confidence=0.5, method="longer-name")
            continue
        before = doc[match.start - 1]
        if not before.text[:1].isupper() or before.dep_ not in ("compound", "amod", "nmod") \
                or not (match.start <= before.head.i < match.end):
            continue
        hit = hits.named_at(before.i)
        if hit is not None and hit.target.kind == "demonym" and hit.target.ref != entry.country:
            start, country = hit.start, hit.target.ref
            hits.use(hit)
        elif hit is None and before.ent_type_ in ("NORP", "ORG", "GPE") and generic:
            start, country = before.i, None
            outer = _demonym_before(doc, before, hits, entry.country)  # "Iraqi National Congress"
            if outer is not None:
                start, country = outer.start, outer.target.ref
                hits.use(outer)
        else:
            continue
        name = doc[start:match.end].text
        out[(match.start, match.end)] = Mention(start, match.end, match_head(doc, match).i, entry.kind, name, country,
                                                entry.sector, entity="org:" + name.lower(), confidence=0.5,
                                                method="longer-name")
    return out


def _demonym_before(doc: Doc, word: Token, hits: Hits, own: str) -> Match | None:
    """Another country's demonym further left in the same capitalised name, over unknown words."""
    i = word.i - 1
    while i >= 0 and doc[i].text[:1].isupper() and doc[i].dep_ in ("compound", "amod", "nmod") and doc[i].head.i > i:
        hit = hits.named_at(i)
        if hit is not None:
            return hit if hit.target.kind == "demonym" and hit.target.ref != own else None
        i -= 1
    return None


def _country_after(doc: Doc, match: Match, hits: Hits, own: str) -> tuple[str, str | None] | None:
    """(country, sector) of an "of <country or its people>" phrase that goes on the same named
    organisation: the country's, and the sector of the body it names ("Trade Unions" -> LAB)."""
    end = match.end
    if end + 1 >= len(doc) or doc[end].lower_ != "of" or not doc[end].ent_type_ or not doc[end + 1].text[:1].isupper():
        return None
    pobj = next((c for c in doc[end].children if c.dep_ == "pobj"), None)
    if pobj is None or doc[end].head.i not in range(match.start, match.end):
        return None
    country = sector = None
    for i in range(end + 1, pobj.i + 1):
        hit = hits.at(i)
        if hit is None:
            continue
        if hit.target.kind in COUNTRY_KINDS and country is None:
            country = hit.target.ref
        elif hit.target.kind == "agent" and i == pobj.i:
            sector = hits.lex.agents[hit.target.ref].sector
    return (country, sector) if country and country != own else None
