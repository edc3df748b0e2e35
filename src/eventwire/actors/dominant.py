"""The article's dominant country for agents the text leaves without one: bare state agents
("police", "officials"), unnamed armed men, the opposition and unions, and whom the article's own
forces act on; the first dateline's country weighs in ("BAMAKO (Reuters) -")."""
from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc

from ..datelines import datelines_of
from ..nlp import text_of
from .cities import place_country
from .mention import Mention, sentence_index

# Bare state agents ("police", "soldiers", "officials") are guessed only from a clearly dominant
# country; civilians and refugees named in the article do not count, as they are often the
# victims of another state's forces ("soldiers shot a Palestinian").
STATE_SECTORS = {"MIL", "COP", "GOV", "SPY", "LEG", "JUD"}
# Unnamed armed men ("gunmen", "the assailants", "militants") are coded by the country they operate
# in, as ACLED codes unidentified armed groups; victims and protesters are not guessed this way.
ARMED_SECTORS = {"REB", "UAF", "CRM"}
VICTIM_SECTORS = {"CVL", "OPP", "LAB", "EDU"}
# The opposition and unions of a story are the country's own ("the opposition was spreading
# lies", "the national teachers' union") wherever their sentence names no other country.
DOMESTIC_SECTORS = {"OPP", "LAB"}
EVIDENCE_SECTORS = {None, "GOV", "MIL", "COP", "LEG", "JUD", "SPY", "PTY", "OPP", "REB"}
GUESSED = {"sentence-country", "article-country", "agent-noun", "title+sentence-country", "pronoun", "place-country"}
DOMINANCE = 3  # with rivals, the top country needs this many mentions and this many times the runner-up's
DATELINE_WEIGHT = 2  # the first dateline's country counts as this many mentions
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
    home = _dateline_country(doc, mentions)
    if home:
        counts[home] += DATELINE_WEIGHT  # "BAMAKO (Reuters) -": the story is about where it was filed
    if not counts:
        return
    ranked = counts.most_common(2)
    top, n = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if runner_up and not (n >= DOMINANCE and n >= DOMINANCE * runner_up):
        if home == top and n > runner_up:
            _home_armed(doc, mentions, home, by_sentence, sentence)
        return
    for m in mentions:
        # a titled official missing from the dictionary ("Interior Minister X", "regional governor
        # Y") is, like a bare "police", most likely of the country the article is about
        titled = m.kind == "person" and m.method == "ner-unknown" and m.sector in STATE_SECTORS | DOMESTIC_SECTORS
        if not (m.method == "agent-noun" or titled) or m.country or \
                m.sector not in STATE_SECTORS | ARMED_SECTORS | DOMESTIC_SECTORS:
            continue
        named_here = by_sentence.get(sentence[m.head], set())
        at_home = m.sector in ARMED_SECTORS and top == home and top in named_here  # see _home_armed
        if (named_here - {top} and not at_home) or (n < MIN_MENTIONS and top not in named_here):
            continue
        m.country, m.method, m.confidence = top, "article-country", 0.4
    for m in mentions:
        # "Security forces arrested 40 protesters": whom the article's own state forces act on
        # are its people; those of a foreign force stay unguessed ("soldiers shot a Palestinian")
        if m.method != "agent-noun" or m.country or m.sector not in VICTIM_SECTORS:
            continue
        head = doc[m.head]
        verb = head.head if head.dep_ == "dobj" else None
        while verb is not None and verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
            verb = verb.head  # "blocked the avenue and arrested 40 protesters"
        doers = [d for d in mentions if verb is not None and doc[d.head].head.i == verb.i
                 and doc[d.head].dep_ in ("nsubj", "agent") and d.country == top and d.sector in STATE_SECTORS]
        if doers and not by_sentence.get(sentence[m.head], set()) - {top}:
            m.country, m.method, m.confidence = top, "article-country", 0.35


def _home_armed(doc: Doc, mentions: list[Mention], home: str, by_sentence: dict[int, set[str]],
                sentence: list[int]) -> None:
    """With foreign forces in the story too ("PORT-AU-PRINCE - ... Kenyan police ... gang
    members"), unnamed armed men still operate where the story was filed, the dateline's country
    when it is named most: in sentences naming it or no country at all."""
    for m in mentions:
        if m.method != "agent-noun" or m.country or m.sector not in ARMED_SECTORS:
            continue
        named_here = by_sentence.get(sentence[m.head], set())
        if home in named_here or not named_here:
            m.country, m.method, m.confidence = home, "article-country", 0.35


def _dateline_country(doc: Doc, mentions: list[Mention]) -> str | None:
    """The country of the article's first dateline: a country it names ("NAIROBI, Kenya"), else its
    city's or region's ("BAMAKO", "EAGLE PASS, Texas")."""
    lines = datelines_of(doc)
    if not lines:
        return None
    line = lines[0]
    for m in mentions:
        if m.kind == "country" and m.country and line.start <= doc[m.head].idx < line.place_end:
            return m.country
    parts = [p.strip() for p in text_of(doc)[line.start:line.place_end].split(",")]
    for part in reversed(parts):
        code = place_country(part.title()) or place_country(_title_particles(part)) or place_country(part)
        if code:
            return code
    return None


NAME_PARTICLES = {"au", "de", "des", "du", "la", "le", "es", "el", "al", "of", "da", "do", "dos"}


def _title_particles(upper: str) -> str:
    """"PORT-AU-PRINCE" -> "Port-au-Prince", "DAR ES SALAAM" -> "Dar es Salaam"."""
    pieces = re.split(r"([ -])", upper.lower())
    return "".join(p if (n and p in NAME_PARTICLES) or p in (" ", "-") else p.capitalize()
                   for n, p in enumerate(pieces))
