"""Events: who did what to whom, coded in PLOVER and CAMEO.

Public surface: `code_events(parsed, doc, config) -> list[Event]`.

Per sentence: find trigger words from the lexicon (data/triggers.yaml), read their arguments off
the dependency parse and map them onto `doc.actors` by span, decide modality (negated,
hypothetical, reported by whom), add statements of intent as events of their own, count sizes,
then attach place and date from `doc.places` / `doc.times` (else the article's date). Last, a
conflict event missing its other side takes it from the article's earlier conflict events.
"""
from __future__ import annotations

from ..config import Config
from ..model import ArticleDocument, Event
from ..nlp import ParsedArticle
from .coding import draft_events, finish
from .date_links import inherit_dates
from .descriptions import described_places, place_mentions
from .domestic import fill_domestic_targets
from .dyads import fill_counterparts
from .intent import intent_events
from .lexicon import load_lexicon
from .triggers import find_hits

__all__ = ["code_events"]


def code_events(parsed: ParsedArticle, doc: ArticleDocument, config: Config) -> list[Event]:
    lex = load_lexicon()
    actor_index = {a.id: a for a in doc.actors}
    mentions = place_mentions(doc)
    places = (mentions, described_places(parsed.doc, mentions))
    events: list[Event] = []
    located: dict[str, list[str]] = {}  # event id -> where it happened, its target if dyads give none
    for sent in parsed.sents:
        hits = find_hits(sent, lex)
        drafts = draft_events(sent, hits, doc, lex) if hits else []
        drafts += intent_events(sent, drafts, doc.actors)
        drafts.sort(key=lambda d: (d.trigger_span or (d.hit.token.idx,))[0])
        for draft in drafts:
            events.append(finish(draft, f"e{len(events) + 1}", sent, doc, lex, actor_index, places))
            located[events[-1].id] = draft.place_targets
    fill_counterparts(events, actor_index)
    for event in events:
        if not event.recipient and located.get(event.id):
            event.recipient = located[event.id]
            event.method += ";recipient:place"
    fill_domestic_targets(events, doc.actors)
    inherit_dates(events, parsed.doc, doc, lex)  # undated events take the date of their cause or antecedent
    return events
