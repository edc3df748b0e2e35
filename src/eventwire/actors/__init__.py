"""Actors: who acts in an article, coded as country + PLOVER sector ("SYR REB").

Public surface: `find_actors(parsed, doc, config) -> list[Actor]`, one Actor per mention.
Order of work: dictionary phrase matches (actors/data/*.yaml plus `--actors` files) -> people with
their titles and appositions -> agent nouns with the countries and organisations attached to them
-> spaCy ORG names missing from the dictionary -> named organisations and countries -> peoples
named as nouns ("Kurds", data/ethnic_groups.yaml) -> towns where something happens ("a curfew
in Kisumu") -> coreference (surnames, "the group", "X-backed fighters") -> the sentence's one
country for bare local nouns ("rebels") -> the article's dominant country for bare state agents ("police") ->
attacks with no attacker named ("a bombing killed ...") as unidentified armed forces -> entity
ids -> pronouns ("he", "it", "they") sharing the entity they stand for -> dateline places dropped
(the "(Agency)" of a dateline is a medium).
"""
from __future__ import annotations

from ..config import Config
from ..datelines import datelines_of, in_dateline, in_dateline_agency
from ..model import Actor, ArticleDocument, Span
from ..nlp import ParsedArticle
from .agents import agent_mentions
from .coref import (assign_entities, link_commanded, link_descriptors, link_members, link_possessed,
                    link_repeated_nouns, link_surnames, sentence_countries)
from .dominant import dominant_countries
from .ethnic import ethnic_mentions
from .lexicon import Lexicon, LexiconError, load_lexicon
from .located import located_places
from .matching import find_matches, phrase_index
from .mention import Hits, Mention
from .named import named_mentions, unknown_org_mentions
from .persons import person_mentions
from .pronouns import link_pronouns
from .attacks import unattributed_attacks

__all__ = ["find_actors", "load_lexicon", "Lexicon", "LexiconError"]


def find_actors(parsed: ParsedArticle, doc: ArticleDocument, config: Config) -> list[Actor]:
    files = tuple(config.actor_files)
    lex = load_lexicon(files)
    date = (parsed.article.published or "")[:10] or None
    spacy_doc = parsed.doc
    hits = Hits(spacy_doc, find_matches(spacy_doc, files, date), lex)
    mentions = person_mentions(spacy_doc, hits, lex, date)
    mentions += agent_mentions(spacy_doc, hits, lex, phrase_index(files))
    taken = {i for m in mentions for i in range(m.start, m.end)}
    mentions += unknown_org_mentions(spacy_doc, hits, lex, taken)
    mentions += named_mentions(spacy_doc, hits, lex)
    mentions += ethnic_mentions(spacy_doc, hits, {i for m in mentions for i in range(m.start, m.end)})
    mentions += located_places(spacy_doc, hits, {i for m in mentions for i in range(m.start, m.end)})
    link_surnames(mentions)
    mentions = link_descriptors(spacy_doc, _without_overlaps(mentions))
    link_possessed(spacy_doc, mentions)
    link_commanded(spacy_doc, mentions)
    link_repeated_nouns(spacy_doc, mentions)  # a repeat of a coded agent before guessing from its sentence
    sentence_countries(spacy_doc, mentions)
    link_repeated_nouns(spacy_doc, mentions)
    link_members(spacy_doc, mentions)
    dominant_countries(spacy_doc, mentions)
    mentions += unattributed_attacks(spacy_doc, mentions)
    assign_entities(mentions)
    mentions += link_pronouns(spacy_doc, mentions)
    mentions = _outside_datelines(spacy_doc, mentions)
    return [_actor(n, m, spacy_doc) for n, m in enumerate(sorted(mentions, key=lambda m: m.start), 1)]


def _outside_datelines(spacy_doc, mentions: list[Mention]) -> list[Mention]:
    """"NAIROBI, Kenya (AP) -" says where and by whom a report was filed: the place is no actor
    (the places stage has it), and whatever sits in the parentheses is a news medium."""
    kept = []
    for mention in mentions:
        start = spacy_doc[mention.start].idx
        end = spacy_doc[mention.end - 1].idx + len(spacy_doc[mention.end - 1])
        if in_dateline(spacy_doc, start, end):
            continue
        if mention.kind != "media" and in_dateline_agency(spacy_doc, start, end):
            mention.kind, mention.sector, mention.method = "media", "MED", "dateline-agency"
        kept.append(mention)
    taken = {i for m in kept for i in range(m.start, m.end)}
    for line in datelines_of(spacy_doc):
        span = spacy_doc.char_span(*line.agency, alignment_mode="contract") if line.agency else None
        if span is not None and len(span) and not taken & set(range(span.start, span.end)):
            kept.append(Mention(span.start, span.end, span.root.i, "media", span.text, sector="MED",
                                confidence=0.6, method="dateline-agency"))
    return kept


def _without_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Earlier-built mentions (people, then agents, then names) keep their tokens."""
    taken: set[int] = set()
    kept = []
    for mention in mentions:
        tokens = set(range(mention.start, mention.end))
        if tokens & taken:
            continue
        taken |= tokens
        kept.append(mention)
    return kept


def _actor(n: int, mention: Mention, spacy_doc) -> Actor:
    span = spacy_doc[mention.start:mention.end]
    return Actor(
        id=f"a{n}",
        span=Span.from_token_span(span),
        text=span.text,
        name=mention.name,
        code=mention.code(),
        country=mention.country,
        sector=mention.sector,
        qid=mention.qid,
        kind=mention.kind,
        role=mention.role,
        entity=mention.entity,
        confidence=round(mention.confidence, 2),
        method=mention.method,
        provisional=False,
    )
