"""Turning found content into contract Quotes, in text order: speakers matched to actors,
pronouns resolved to the previous speaker, uncued quotes continuing the previous speaker."""
from __future__ import annotations

from dataclasses import dataclass

from ..model import ArticleDocument, Quote, Span
from ..nlp import sent_of, text_of
from .cues import RESOLVABLE, actor_for, antecedent, medium_and_cue_end, mention_bounds, time_for
from .found import Found
from .lexicon import Lexicon


@dataclass
class Attributed:
    """A quote with what claims need beyond the contract fields."""

    quote: Quote
    found: Found
    stance: str = "asserted"
    carrier_text: str | None = None  # "a report" when a denial targets a reported proposition


def build_quotes(found: list[Found], doc: ArticleDocument, lexicon: Lexicon) -> list[Attributed]:
    text = doc.article.text
    out: list[Attributed] = []
    last_speaker: Attributed | None = None  # most recent quote with a named (non-pronoun) speaker
    for item in found:
        qid = f"q{len(out) + 1}"
        content = (item.start, item.end)
        quote = Quote(id=qid, span=Span.of(text, item.start, item.end), kind=item.kind, method=item.method)
        record = Attributed(quote, item)
        if item.cue is not None:
            _attach_cue(record, item, doc, lexicon, content, last_speaker)
        elif item.according is not None:
            _attach_according_speaker(record, item, doc)
        elif item.cue_word is not None:  # "charges that ...": a speech noun with no owner named
            quote.cue = Span.of(text, item.cue_word.idx, item.cue_word.idx + len(item.cue_word.text))
            quote.confidence = 0.4
        else:
            _continue_previous(record, out, item)
        if item.according is not None and item.cue is not None:
            relay = actor_for(doc, *mention_bounds(item.according), item.according.idx)
            quote.reported_by = relay.id if relay else _phrase(item.according)
        if record.quote.speaker_text and record.quote.method != "direct-continuation" \
                and (record.quote.speaker_span is None or record.quote.speaker_span.text.lower() not in RESOLVABLE):
            last_speaker = record
        out.append(record)
    return out


def _phrase(token) -> str:
    start, end = mention_bounds(token)
    return text_of(token.doc)[start:end]


def _attach_cue(record: Attributed, item: Found, doc: ArticleDocument, lexicon: Lexicon,
                content: tuple[int, int], last_speaker: Attributed | None) -> None:
    quote, cue, text = record.quote, item.cue, doc.article.text
    medium, cue_end = medium_and_cue_end(cue, item.entry, lexicon, doc, content)
    quote.cue = Span.of(text, cue.idx, cue_end)
    quote.medium = medium
    when = time_for(cue, doc, content)
    quote.time = when.id if when else None
    record.stance = item.entry.stance
    record.carrier_text = item.carrier.text if item.carrier is not None else None
    quote.confidence = 0.85 if item.kind == "direct" else 0.45 if item.method == "indirect-object" else 0.7
    if item.subject is None:
        quote.confidence -= 0.3
        # a passive stance's subject is its target ("He was criticized for ..."): no source to guess
        nearest = None if item.method.startswith("indirect-passive") else _actor_near(cue, doc, content)
        if nearest is not None:  # the parse lost the subject ("said Jane Doe, an adviser"): nearest actor
            quote.speaker, quote.speaker_text, quote.speaker_span = nearest.id, nearest.text, nearest.span
            quote.method += "+nearest-actor"
        return
    start, end = mention_bounds(item.subject)
    quote.speaker_span = Span.of(text, start, end)
    if item.subject.lower_ in RESOLVABLE and last_speaker is not None:
        quote.speaker = last_speaker.quote.speaker
        quote.speaker_text = last_speaker.quote.speaker_text
        quote.method += "+pronoun"
        return
    named = antecedent(item.subject)
    if named is not None:
        start, end = mention_bounds(named)
        # the mention stays the pronoun ("a poll that found", "the senator, who said"), as
        # annotators mark it; speaker and speaker_text name what it stands for
        quote.method += "+relative"
    actor = actor_for(doc, start, end, (named or item.subject).idx)
    quote.speaker = actor.id if actor else None
    quote.speaker_text = text[start:end]


def _attach_according_speaker(record: Attributed, item: Found, doc: ArticleDocument) -> None:
    quote, text = record.quote, doc.article.text
    start, end = item.speaker_bounds or mention_bounds(item.according)
    actor = actor_for(doc, start, end, item.according.idx)
    quote.speaker = actor.id if actor else None
    quote.speaker_text = text[start:end]
    quote.speaker_span = Span.of(text, start, end)
    anchor = item.according.head.head if item.according.head is not None else item.according
    quote.cue = Span.of(text, anchor.idx, anchor.idx + len(anchor.text)) if anchor.lower_ == "according" else None
    if item.cue_word is not None:  # "Trump's claim that ...": the noun is the cue
        quote.cue = Span.of(text, item.cue_word.idx, item.cue_word.idx + len(item.cue_word.text))
    quote.confidence = 0.6


def _continue_previous(record: Attributed, out: list[Attributed], item: Found) -> None:
    """A direct quote with no cue, right after an attributed quote (direct, or a paraphrase
    followed by the speaker's own words) in the same or the previous paragraph, continues
    that speaker."""
    quote = record.quote
    quote.confidence = 0.35
    prev = out[-1] if out else None
    if prev is not None and len(out) > 1 and _hangs_on(prev, out[-2]):
        prev = out[-2]  # “A,” said X, who spoke of Y. “B.”: B continues A, not the aside about Y
    if prev is None or item.kind != "direct" or not (prev.quote.speaker_text or prev.quote.speaker):
        return
    if prev.found.method == "direct-signoff" or item.paragraph < prev.found.last_paragraph:
        return  # a sign-off ("” ― Jane Doe") closes its speaker's words
    if item.paragraph - prev.found.last_paragraph > 1:
        if item.paragraph - prev.found.last_paragraph <= 3:  # farther on: likely the same voice, not one quote
            quote.speaker, quote.speaker_text = prev.quote.speaker, prev.quote.speaker_text
            quote.speaker_span = prev.quote.speaker_span
            quote.method = "direct-marks+previous-speaker"
            quote.confidence = 0.4
        return
    quote.speaker, quote.speaker_text = prev.quote.speaker, prev.quote.speaker_text
    quote.speaker_span = prev.quote.speaker_span
    quote.continuation_of = prev.quote.id
    quote.medium, quote.time = prev.quote.medium, prev.quote.time
    quote.method = "direct-continuation"
    quote.confidence = 0.7


def _hangs_on(record: Attributed, earlier: Attributed) -> bool:
    """A paraphrase whose cue sits in the sentence of the direct quote before it."""
    cue, first = record.found.cue, earlier.found.cue
    return record.found.kind == "indirect" and earlier.found.kind == "direct" and cue is not None \
        and first is not None and sent_of(cue).start == sent_of(first).start


def _actor_near(cue, doc: ArticleDocument, content: tuple[int, int]):
    """The actor closest to a cue in its sentence, outside the reported content."""
    sent = sent_of(cue)
    candidates = [a for a in doc.actors
                  if sent.start_char <= a.span.start < sent.end_char and not content[0] <= a.span.start < content[1]
                  and a.kind in ("person", "organization", "agent", "media", "armed_group")]
    return min(candidates, key=lambda a: abs(a.span.start - cue.idx), default=None)
