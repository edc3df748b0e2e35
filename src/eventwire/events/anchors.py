"""Where and when: attach the places and times earlier stages found to an event, by span.

Place: a place under a locative preposition in the trigger's clause, else any place in that
clause, else the sentence's place nearest the trigger, else the article's focus; never the
dateline's city (where the report was filed) or a region adjective ("European carmakers").
Time: the time expression in the trigger's clause, else the sentence's nearest, else the
article's date (marked date_source="article").
Since round 8 a place's clause leaves out conjoined verbs and "days after X" clauses, and a place
or time that belongs to another event or to a speaker is skipped (events/anchor_scope.py).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter

from spacy.tokens import Span as SpacySpan, Token

from ..datelines import in_dateline
from ..model import ArticleDocument, Place, TimeExpr
from ..nlp import sent_of
from .anchor_scope import (conjunct_of_owner, dates_another_event, in_sequence_clause, locates_inside_participant,
                           own_clause, speaker_places)
from .descriptions import is_definite, named_here

LOCATIVE = {"in", "at", "near", "into", "inside", "outside", "across", "around", "throughout", "on", "from", "to", "toward", "towards", "through", "within", "along", "off"}
# ACLED time precision: 1 exact day, 2 a week or part of a month, 3 a month or vaguer.
TIME_PRECISION = {"day": 1, "part_of_day": 1, "time": 1, "week": 2, "range": 2, "month": 3, "quarter": 3,
                  "half": 3, "season": 3, "year": 3, "decade": 3, "century": 3}
# How much of the period's first day an event date keeps: a week is dated by its first day (with
# precision 2), a quarter or season by its first month, a decade by its first year.
DATE_LENGTH = {"week": 10, "range": 10, "month": 7, "quarter": 7, "half": 7, "season": 7, "year": 4,
               "decade": 4, "century": 4}
DAY_LIKE = {"day", "part_of_day", "time", "week"}
ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _char_range(tok: Token) -> tuple[int, int]:
    return tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)


def clause_range(trigger: Token) -> tuple[int, int]:
    """The trigger's clause; a nominal trigger borrows the clause of the verb it hangs off."""
    head = trigger
    while head.pos_ in {"NOUN", "PROPN", "ADP"} and head.dep_ not in {"ROOT", "ccomp", "advcl", "conj"} and head.head != head:
        head = head.head
    return _char_range(head)


def _inside(span_start: int, span_end: int, rng: tuple[int, int]) -> bool:
    return span_start >= rng[0] and span_end <= rng[1]


def _distance(trigger: Token, start: int) -> int:
    return abs(start - trigger.idx)


def _is_argument(place: Place, sent: SpacySpan) -> bool:
    """A place named as subject or object is acting ("pull the U.S. out"), not the event's location."""
    span = sent.doc.char_span(place.span.start, place.span.end, alignment_mode="expand")
    return span is not None and span.root.dep_ in {"nsubj", "nsubjpass", "dobj", "poss", "dative"}


def _paragraph_places(trigger: Token, mentions: list[Place], text: str, excluded) -> list[Place]:
    """Places of the trigger's paragraph (text between blank lines), for sentences that name none."""
    start = text.rfind("\n\n", 0, trigger.idx)
    end = text.find("\n\n", trigger.idx)
    start, end = (start + 2 if start >= 0 else 0), (end if end >= 0 else len(text))
    return [p for p in mentions if start <= p.span.start and p.span.end <= end and not excluded(p)]


def focus_place(doc: ArticleDocument) -> Place | None:
    """The place an article is about: the one the places stage marked, else its most mentioned
    place name, ties to the first mention."""
    if not doc.places:
        return None
    marked = next((p for p in doc.places if p.focus), None)
    if marked is not None:
        return marked
    counts = Counter(p.name.lower() for p in doc.places)
    best = max(counts.values())
    return next(p for p in doc.places if counts[p.name.lower()] == best)


def _described(trigger: Token, clause: tuple[int, int], described: dict[str, list[tuple[Place, int, bool]]]) -> Place | None:
    """The named place a definite description among the trigger's words stands for ("moved into the
    last enclave" where another sentence says "an enclave in the town of Baghouz"): its mention
    nearest before the trigger, else the first after. A description named on the spot ("the town
    of X") is left to the sentence's own places."""
    sent = sent_of(trigger)
    for tok in trigger.subtree:
        links = described.get(tok.lemma_.lower()) if tok.pos_ == "NOUN" else None
        if not links or not _inside(tok.idx, tok.idx + len(tok.text), clause) or not is_definite(tok):
            continue
        if named_here(tok) or any(noun == tok.i and names for _, noun, names in links):
            continue
        elsewhere = [place for place, noun, _ in links if not sent.start <= noun < sent.end]
        if elsewhere:
            before = [p for p in elsewhere if p.span.start < trigger.idx]
            return before[-1] if before else elsewhere[0]
    return None


def attach_place(trigger: Token, sent: SpacySpan, doc: ArticleDocument, participants: set[str] = frozenset(),
                 mentions: list[Place] | None = None, described: dict[str, list[tuple[Place, int, bool]]] | None = None) -> tuple[Place | None, str]:
    """`mentions`: the places to choose from (default doc.places; hashtags added by the caller);
    `described`: description lemma -> the places the article names it with."""
    # A place inside an actor's name ("Islamic State in Iraq") or naming a participant
    # ("pull the U.S. out") is not where the event happened.
    # Plain tuples: this test runs for every place, actor and trigger of a sentence.
    actor_spans = sorted((a.span.start, a.span.end, a.id) for a in doc.actors)
    in_participant: set[int] = set()  # places kept although inside a participant's words
    actor_starts = [a_start for a_start, _, _ in actor_spans]
    longest = max((a_end - a_start for a_start, a_end, _ in actor_spans), default=0)

    def part_of_actor(place: Place) -> bool:
        start, end = place.span.start, place.span.end
        # only actors starting before the place ends, and late enough to reach it, can overlap it
        near = actor_spans[bisect_left(actor_starts, start - longest):bisect_left(actor_starts, end)]
        overlapping = any(start < a_end and (a_id in participants or a_end - a_start > end - start)
                          for a_start, a_end, a_id in near)
        # "killed 3,600 people in Haiti", "shot the men in central Maputo": still where it happened,
        # though second to a place of the clause's own ("the police in Kenya arrested 12 in Nairobi")
        if overlapping and locates_inside_participant(_root(sent, place)):
            in_participant.add(id(place))
            return False
        return overlapping

    speakers = speaker_places(sent)

    def describes_speaker(place: Place) -> bool:
        # "The U.N. office in Geneva said ...": where the speaker sits, not where what it reports happened
        # (a town only: "the naval mission in the Red Sea" says where it operates)
        return place.precision == 1 and any(lo <= place.span.start and place.span.end <= hi and verb.i != trigger.i
                                            for lo, hi, verb in speakers)

    def not_a_location(place: Place) -> bool:
        # the dateline says where the report was filed; "European carmakers" says whose
        return part_of_actor(place) or in_dateline(sent.doc, place.span.start, place.span.end) \
            or "region-adjective" in (place.method or "")

    mentions = doc.places if mentions is None else mentions
    places = [p for p in mentions if _inside(p.span.start, p.span.end, (sent.start_char, sent.end_char))
              and not not_a_location(p) and not describes_speaker(p)
              and not in_sequence_clause(_root(sent, p), trigger)]
    clause = clause_range(trigger)
    named = _described(trigger, clause, described) if described else None
    if named is not None:
        return named, "description"
    own = own_clause(trigger)
    in_clause = [p for p in places if _root(sent, p).i in own and not _is_argument(p, sent)]
    locative = []
    for p in in_clause:
        tok = sent.doc.char_span(p.span.start, p.span.end, alignment_mode="expand")
        head = tok.root if tok is not None else None
        while head is not None and head.dep_ in {"compound", "pobj", "prep", "amod", "nmod", "poss", "appos", "conj"} and head.head != head:
            if head.dep_ == "pobj" and head.head.lemma_.lower() in LOCATIVE:
                locative.append(p)
                break
            head = head.head
    paragraph = _paragraph_places(trigger, mentions, doc.article.text, not_a_location)
    # the sentence's own places were weighed above; a speaker's seat elsewhere locates nothing here
    paragraph = [p for p in paragraph if not _speaker_elsewhere(p, sent)
                 and not sent.start_char <= p.span.start < sent.end_char]
    for group, how in ((locative, "clause-prep"), (in_clause, "clause"), (places, "sentence"), (paragraph, "paragraph")):
        if group:
            return min(group, key=lambda p: (id(p) in in_participant, _distance(trigger, p.span.start))), how
    focus = _story_focus(doc, sent.doc)
    return focus, ("article-focus" if focus else "none")


def _root(sent: SpacySpan, place: Place) -> Token:
    span = sent.doc.char_span(place.span.start, place.span.end, alignment_mode="expand")
    return span.root if span is not None else sent.doc[0]


def _speaker_elsewhere(place: Place, sent: SpacySpan) -> bool:
    """A place describing a speaker in another sentence of the paragraph locates nothing here."""
    tok = sent.doc.char_span(place.span.start, place.span.end, alignment_mode="expand")
    if tok is None or sent.start_char <= place.span.start < sent.end_char:
        return False
    return place.precision == 1 and any(lo <= place.span.start and place.span.end <= hi
                                        for lo, hi, _ in speaker_places(tok.root.sent))


def _story_focus(doc: ArticleDocument, sdoc) -> Place | None:
    """The article's focus, unless that is a dateline place whose country the story never names
    (where the report was filed: "DUBAI (Reuters) -" over a Red Sea story): then the story's most
    named place."""
    focus = focus_place(doc)
    if focus is None or focus.precision != 1 or not in_dateline(sdoc, focus.span.start, focus.span.end):
        return focus
    story = [p for p in doc.places if not in_dateline(sdoc, p.span.start, p.span.end)]
    if any(p.name.lower() == focus.name.lower() or (focus.country_code and p.country_code == focus.country_code)
           for p in story):
        return focus
    if not story:
        return focus
    counts = Counter(p.name.lower() for p in story)
    best = max(counts.values())
    return next(p for p in story if counts[p.name.lower()] == best) if best > 1 else focus


def event_date(time: TimeExpr) -> tuple[str, int] | None:
    """(ISO date, month or year; ACLED precision) of a time expression, None when it dates nothing:
    a duration ("for three weeks"), an unresolved or non-calendar value."""
    granularity = time.granularity or ""
    if granularity == "duration" or not time.value:
        return None
    if granularity in {"day", "part_of_day", "time"}:  # "2019-03-18T15:00" is dated by its day
        day = time.value[:10] if ISO_DATE.match(time.value[:10]) else (time.start or "")[:10]
        return (day, 1) if ISO_DATE.match(day) else None
    if granularity in DATE_LENGTH:
        value = time.value if ISO_DATE.match(time.value) and len(time.value) == DATE_LENGTH[granularity] else None
        value = value or (time.start or "")[:DATE_LENGTH[granularity]]
        return (value, TIME_PRECISION[granularity]) if ISO_DATE.match(value) else None
    if ISO_DATE.match(time.value):
        return time.value, 1 if len(time.value) == 10 else 3
    return None


def attach_time(trigger: Token, sent: SpacySpan, doc: ArticleDocument) -> TimeExpr | None:
    def root(t: TimeExpr) -> Token | None:
        span = sent.doc.char_span(t.span.start, t.span.end, alignment_mode="expand")
        return span.root if span is not None else None

    def elsewhere(t: TimeExpr) -> bool:
        return root(t) is not None and dates_another_event(root(t), trigger, t.granularity not in DAY_LIKE)

    def lent(t: TimeExpr) -> bool:
        # "had killed 3,600 people since January and urged ...": a "since" span stays with its verb
        return not (t.method or "").startswith("since") or root(t) is None or not conjunct_of_owner(root(t), trigger)

    times = [t for t in doc.times if _inside(t.span.start, t.span.end, (sent.start_char, sent.end_char))
             and not elsewhere(t)]
    clause = clause_range(trigger)  # conjoined verbs share their dates ("shot and killed him last week")
    in_clause = [t for t in times if _inside(t.span.start, t.span.end, clause)]
    for group in (in_clause, [t for t in times if t in in_clause or lent(t)]):
        resolved = [t for t in group if event_date(t) is not None]
        if resolved:
            return min(resolved, key=lambda t: _distance(trigger, t.span.start))
    return None


def date_of(time: TimeExpr | None, doc: ArticleDocument) -> tuple[str | None, str | None, int | None]:
    """(date, date_source, time precision)."""
    dated = event_date(time) if time is not None else None
    if dated is not None:
        return dated[0], "time", dated[1]
    if doc.article.published:
        return doc.article.published, "article", 2
    return None, None, None
