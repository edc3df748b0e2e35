"""Turning found content into contract Quotes, in text order: speakers matched to actors,
pronouns resolved to the previous speaker, uncued quotes continuing the previous speaker."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from ..model import ArticleDocument, Quote, Span
from ..nlp import sent_of, text_of
from .cues import RESOLVABLE, actor_for, antecedent, is_outlet, medium_and_cue_end, mention_bounds, subject_of, time_for
from .found import Found
from .lexicon import Lexicon
from .speakers import (according_is_source, announcer_on_line_before, controlling_object, credit, cue_on_line_before,
                       issuer_of_document, not_a_speaker, noun_owner, occasion_speaker, outer_cue, owner_of_object,
                       subject_before_colon)


@dataclass
class Attributed:
    """A quote with what claims need beyond the contract fields."""

    quote: Quote
    found: Found
    stance: str = "asserted"
    carrier_text: str | None = None  # "a report" when a denial targets a reported proposition


def build_quotes(found: list[Found], doc: ArticleDocument, lexicon: Lexicon, sdoc: Doc | None = None) -> list[Attributed]:
    """`sdoc`, the parse, lets a quote under a "He said:" line take that line's cue."""
    text = doc.article.text
    out: list[Attributed] = []
    last_speaker: Attributed | None = None  # most recent quote with a named (non-pronoun) speaker
    for item in found:
        qid = f"q{len(out) + 1}"
        content = (item.start, item.end)
        quote = Quote(id=qid, span=Span.of(text, item.start, item.end), kind=item.kind, method=item.method)
        record = Attributed(quote, item)
        line_cue = cue_on_line_before(item, sdoc, lexicon) if sdoc is not None and item.kind == "direct" \
            and item.cue is None and item.according is None else None
        if line_cue is not None:
            item.cue, item.entry = line_cue
            item.subject = subject_of(item.cue)
            quote.method = item.method = "direct-cue+line-before"
        outer = outer_cue(item, found, lexicon) if item.kind == "direct" and item.cue is not None else None
        if outer is not None:  # "X said the museum would document ... -- “...”": X's words
            item.cue, item.entry = outer
            item.subject = subject_of(item.cue)
            quote.method += "+outer-cue"
        if item.cue is not None:
            item.subject = issuer_of_document(item, lexicon, doc) or controlling_object(item, doc) or item.subject
            if item.subject is not None and not_a_speaker(item.subject, found):
                item.subject = None  # the actor nearest the cue is tried instead
            _attach_cue(record, item, doc, lexicon, content, last_speaker, out)
            owner = owner_of_object(item, sdoc, lexicon) if sdoc is not None else None
            if owner is not None:  # "seized on Trump's claim that ...": Trump's words
                credit(quote, owner, doc, "+noun-owner")
        elif item.according is not None:
            _attach_according_speaker(record, item, doc, lexicon)
        elif item.cue_word is not None:  # "charges that ...": a speech noun with no owner named
            quote.cue = Span.of(text, item.cue_word.idx, item.cue_word.idx + len(item.cue_word.text))
            quote.confidence = 0.4
            owner = noun_owner(item)
            if owner is not None:
                credit(quote, owner, doc, "+governing-subject")
        else:
            announcer, how = _announcer(item, sdoc)
            if announcer is not None:  # "X released the following statement:", "X took the stance: “...”"
                credit(quote, announcer, doc, how)
                quote.confidence = 0.6
            else:
                _continue_previous(record, out, item)
        if item.according is not None and item.cue is not None:
            if according_is_source(item.according, item.cue, is_outlet(item.according, lexicon, doc)):
                credit(quote, item.according, doc, "+according")  # "officers saw ..., according to police"
            else:  # "officials say ..., according to Reuters": Reuters relayed it
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
                content: tuple[int, int], last_speaker: Attributed | None, earlier: list[Attributed]) -> None:
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
    if _resolve_document_subject(record, item, doc, lexicon, last_speaker, earlier):
        return
    named = antecedent(item.subject)
    if named is not None:
        start, end = mention_bounds(named)
        # the mention stays the pronoun ("a poll that found", "the senator, who said"), as
        # annotators mark it; speaker and speaker_text name what it stands for
        quote.method += "+relative"
    actor = actor_for(doc, start, end, _first_conjunct(named or item.subject).idx)
    quote.speaker = actor.id if actor else None
    quote.speaker_text = text[start:end]


def _first_conjunct(head):
    """"the World Food Programme and local activists": the parser may hang the first conjunct,
    with its "and", on the last one as a modifier; the first named conjunct is the actor."""
    return next((c for c in head.children if c.dep_ in ("nmod", "compound") and c.i < head.i
                 and any(g.dep_ == "cc" for g in c.children)), head)


def _resolve_document_subject(record: Attributed, item: Found, doc: ArticleDocument, lexicon: Lexicon,
                              last_speaker: Attributed | None, earlier: list[Attributed]) -> bool:
    """"..., the statement said", "it added": a speech noun is the medium, not who spoke. Its owner
    ("the army's statement", "a statement from the army") speaks, else the source that last used
    that medium, else the previous speaker; "it" goes to a previous speaker that is not a person.
    `speaker_span` keeps the words of the sentence, as annotators mark them."""
    quote, subject = record.quote, item.subject
    medium = lexicon.medium_of(subject.lower_) if subject.pos_ in ("NOUN", "PROPN") else None
    if subject.lower_ == "it":
        actor = _actor_by_id(doc, last_speaker.quote.speaker) if last_speaker is not None else None
        if actor is None or actor.kind == "person":
            return False
        quote.speaker, quote.speaker_text = actor.id, last_speaker.quote.speaker_text
        quote.method += "+pronoun"
        return True
    if medium is None:
        return False
    quote.medium = quote.medium or medium
    owner = next((c for c in subject.children if c.dep_ == "poss"), None) or next(
        (g for c in subject.children if c.dep_ == "prep" and c.lower_ in ("from", "by", "of")
         for g in c.children if g.dep_ == "pobj"), None)
    if owner is not None:
        start, end = mention_bounds(owner)
        end = min(end, owner.idx + len(owner.text)) if owner.dep_ == "poss" else end  # not the "'s"
        actor = actor_for(doc, start, end, owner.idx)
        quote.speaker, quote.speaker_text = (actor.id if actor else None), doc.article.text[start:end]
        return True
    start, end = mention_bounds(subject)
    if actor_for(doc, start, end, subject.idx) is not None or not any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in subject.children):
        return False  # "a UN report said": the document is the source named; "the statement" points back
    source = next((r for r in reversed(earlier) if r.quote.medium == medium and r.quote.speaker_text), last_speaker)
    if source is None or not source.quote.speaker_text:
        return False
    quote.speaker, quote.speaker_text = source.quote.speaker, source.quote.speaker_text
    quote.method += "+medium-owner"
    return True


def _actor_by_id(doc: ArticleDocument, actor_id: str | None):
    return next((a for a in doc.actors if a.id == actor_id), None) if actor_id else None


def _attach_according_speaker(record: Attributed, item: Found, doc: ArticleDocument, lexicon: Lexicon) -> None:
    quote, text = record.quote, doc.article.text
    start, end = item.speaker_bounds or mention_bounds(item.according)
    speaker = occasion_speaker(item, lexicon)
    if speaker is not None:  # "In a speech in Miami, Clinton laid out ...": the speech is Clinton's
        start, end = mention_bounds(speaker)
    actor = actor_for(doc, start, end, (speaker or item.according).idx)
    quote.speaker = actor.id if actor else None
    quote.speaker_text = text[start:end]
    quote.speaker_span = Span.of(text, start, end)
    anchor = item.according.head.head if item.according.head is not None else item.according
    quote.cue = Span.of(text, anchor.idx, anchor.idx + len(anchor.text)) if anchor.lower_ == "according" else None
    if item.cue_word is not None:  # "Trump's claim that ...": the noun is the cue
        quote.cue = Span.of(text, item.cue_word.idx, item.cue_word.idx + len(item.cue_word.text))
    quote.confidence = 0.6


def _announcer(item: Found, sdoc: Doc | None):
    """Who a direct quote with no cue is credited to by the line or clause introducing it."""
    if sdoc is None or item.kind != "direct":
        return None, ""
    line = announcer_on_line_before(item, sdoc)
    if line is not None:
        return line, "+line-before"
    return subject_before_colon(item, sdoc), "+colon"


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
    """The actor closest to a cue in its sentence, outside the reported content and the cue's
    own objects: the addressee ("tells Breitbart News", "telling the crowd") is not the speaker."""
    sent = sent_of(cue)
    addressed = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)) for c in cue.children
                 if c.dep_ in ("dobj", "dative", "iobj")]
    candidates = [a for a in doc.actors
                  if sent.start_char <= a.span.start < sent.end_char and not content[0] <= a.span.start < content[1]
                  and not any(lo <= a.span.start < hi for lo, hi in addressed)
                  and a.kind in ("person", "organization", "agent", "media", "armed_group")]
    return min(candidates, key=lambda a: (_possessor(cue.doc, a), abs(a.span.start - cue.idx)), default=None)


def _possessor(sdoc, actor) -> bool:
    """"treating Mrs. Clinton's remark as ...": a possessor names whose thing it is, so any other
    actor in the sentence is the likelier speaker."""
    span = sdoc.char_span(actor.span.start, actor.span.end, alignment_mode="expand")
    return span is not None and span.root.dep_ == "poss"
