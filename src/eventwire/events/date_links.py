"""Dates an event takes from another event, as a coder reads them across the article.

An event whose sentence gives it no date of its own otherwise falls back to the article's date,
which is wrong for the past events news retells. Three readings come first:
- cause: "the announcement prompted the resignation", "the resignation came after X", "in response
  to X": the event takes the date of its cause or trigger, when that is dated;
- reference back: "the arrest", "the deal", "his decision" name an event the article already dated
  (same PLOVER type, compatible mode and actors): the same event, the same date; so do "killed in
  the assault" and "the attack killed two officers" (circumstance);
- marked earlier: "then-Defense Secretary", "the initial announcement", "had previously resigned"
  with nothing to date it: no date rather than the article's (date_source "before-article").
An inherited date has date_source "event", `time` the expression that dates the source event, and
the method names the link and the source event (";date:cause<-e7").
Word lists: data/date_links.yaml.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from ..model import Actor, ArticleDocument, Event
from .anchors import clause_range
from .lexicon import DATA, Lexicon, LexiconError, load_data

OWN_DATES = {"time", "event"}  # events whose date can be passed on
PAST_TAGS = {"VBD", "VBN"}


@dataclass(frozen=True)
class LinkWords:
    cause_verbs: dict[str, str]
    sequence_preps: frozenset[str]
    response_nouns: frozenset[str]
    sequence_verbs: frozenset[str]
    content_nouns: frozenset[str]
    circumstance_preps: frozenset[str]
    definite_words: frozenset[str]
    earlier_modifiers: frozenset[str]
    earlier_adverbs: frozenset[str]
    generic_nouns: frozenset[str]


@lru_cache(maxsize=1)
def load_link_words() -> LinkWords:
    path, data = DATA / "date_links.yaml", load_data("date_links.yaml")
    causes = data.get("cause_verbs")
    if not isinstance(causes, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in causes.items()):
        raise LexiconError(f"{path}: `cause_verbs` must map a verb lemma to a preposition (\"\" for a direct object)")
    lists = {}
    for key in ("sequence_preps", "response_nouns", "sequence_verbs", "content_nouns", "circumstance_preps",
                "definite_words", "earlier_modifiers", "earlier_adverbs", "generic_nouns"):
        values = data.get(key)
        if not isinstance(values, list) or not all(isinstance(x, str) and x for x in values):
            raise LexiconError(f"{path}: `{key}` must be a list of lemmas")
        lists[key] = frozenset(x.lower() for x in values)
    unknown = set(data) - set(lists) - {"cause_verbs", "version"}
    if unknown:
        raise LexiconError(f"{path}: unknown keys {sorted(unknown)}")
    return LinkWords(cause_verbs={k.lower(): v.lower() for k, v in causes.items()}, **lists)


def _trigger_token(sdoc: Doc, event: Event) -> Token | None:
    span = sdoc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    return span.root if span is not None else None


def _children(tok: Token, *deps: str) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def _subject(verb: Token) -> Token | None:
    """The subject of a verb, shared along conjoined verbs ("X drew backlash and prompted Y")."""
    while True:
        found = _children(verb, "nsubj", "csubj")
        if found or verb.dep_ != "conj" or verb.head == verb:
            return found[0] if found else None
        verb = verb.head


def _is_past(verb: Token) -> bool:
    """A past verb, or the complement or conjunct of one ("was forced to resign")."""
    while verb.dep_ in {"conj", "xcomp"} and verb.tag_ not in PAST_TAGS and verb.head != verb:
        verb = verb.head
    return verb.tag_ in PAST_TAGS


def _prep_object(prep: Token, words: LinkWords) -> tuple[Token, str] | None:
    """(cause, how) of a preposition: "after X" (sequence), "in response to X" (response)."""
    lemma = prep.lemma_.lower()
    objects = _children(prep, "pobj", "dobj")
    if not objects:
        return None
    if lemma in words.sequence_preps or prep.text.lower() in words.sequence_preps:
        return objects[0], "after"
    if objects[0].lemma_.lower() in words.response_nouns:
        inner = [o for p in _children(objects[0], "prep") for o in _children(p, "pobj")]
        return (inner[0], "response") if inner else None
    return None


def cause_of(tok: Token, words: LinkWords) -> tuple[Token, str] | None:
    """(the cause's head word, how it is linked) for an event's trigger in a past-tense sentence."""
    node = tok
    while node.dep_ == "conj" and node.head != node and node.head.pos_ == node.pos_:
        node = node.head  # "prompted the resignation and arrest of": the first conjunct's slot
    head = node.head
    # the effect as object: "X prompted Y", "X led to Y", "X forced him to resign"
    cause = None
    if node.dep_ in {"dobj", "xcomp", "ccomp"} and words.cause_verbs.get(head.lemma_.lower()) == "" and _is_past(head):
        cause = _subject(head)
    elif (node.dep_ == "pobj" and head.dep_ in {"prep", "prt"} and head.head.pos_ in {"VERB", "AUX"}
            and words.cause_verbs.get(head.head.lemma_.lower()) == head.lemma_.lower() and _is_past(head.head)):
        cause = _subject(head.head)
    elif node.dep_ == "nsubjpass" and head.lemma_.lower() in words.cause_verbs and _is_past(head):
        cause = next((o for a in _children(head, "agent") for o in _children(a, "pobj")), None)
    if cause is not None:
        return cause, "cause"
    # the event then its antecedent: "resigned after X", "the resignation came after / followed X"
    carriers = [node] if node.pos_ in {"VERB", "AUX"} else []
    if node.dep_ == "xcomp" and head.pos_ == "VERB":
        carriers.append(head)  # "was forced to resign after X"
    if node.dep_ == "dobj" and head.pos_ == "VERB":
        carriers.append(head)  # "launched air strikes in response to X": the light verb carries it
    if node.dep_ == "nsubj" and head.lemma_.lower() in words.sequence_verbs:
        carriers.append(head)
        if head.lemma_.lower() == "follow" and _is_past(head) and _children(head, "dobj"):
            return _children(head, "dobj")[0], "after"
    for carrier in carriers:
        if not _is_past(carrier):
            continue
        for prep in _children(carrier, "prep"):
            found = _prep_object(prep, words)
            if found is not None:
                return found
        for clause in _children(carrier, "advcl"):  # "resigned after Trump announced X"
            if any(m.lemma_.lower() in words.sequence_preps for m in _children(clause, "mark")):
                return clause, "after"
    return None


def _is_definite(noun: Token, words: LinkWords) -> bool:
    """"the attack", "his decision", "that deal", "the initial announcement"; "an initial deal" is new."""
    if any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children):
        return False
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lemma_.lower() in words.definite_words)
               or (c.dep_ == "amod" and c.lemma_.lower() in words.earlier_modifiers) for c in noun.children)


def _content(noun: Token, words: LinkWords) -> list[Token]:
    """The words that name the event a noun phrase stands for: "the announcement of a withdrawal" ->
    [withdrawal, announcement]; "his decision to withdraw" -> [withdraw, decision]."""
    found = []
    if noun.lemma_.lower() in words.content_nouns:
        found += [o for p in _children(noun, "prep") if p.lemma_.lower() == "of" for o in _children(p, "pobj")]
        found += [v for v in _children(noun, "acl") if v.pos_ == "VERB"]
    return found + [noun]


def _kinds(tok: Token, lex: Lexicon) -> set[tuple[str, str | None]]:
    """(type, mode) pairs the lexicon gives a word, whatever its arguments."""
    group = "verb" if tok.pos_ in {"VERB", "AUX"} else "noun"
    entries = lex.by_lemma.get((tok.lemma_.lower(), group)) or lex.by_lemma.get((tok.text.lower(), group)) or []
    return {(e.type, e.mode) for e in entries if not e.intent}


def _actor_ids_in(doc: ArticleDocument, tokens: list[Token]) -> list[str]:
    spans = [(t.idx, t.idx + len(t.text)) for t in tokens]
    return [a.id for a in doc.actors if any(a.span.start < end and start < a.span.end for start, end in spans)]


def _same_side(ours: list[str], theirs: list[str], index: dict[str, Actor]) -> bool:
    """One entity in common, or no two different countries: an actor of unknown country ("the
    attackers", "militants") is no objection."""
    mine = [index[i] for i in ours if i in index]
    other = [index[i] for i in theirs if i in index]
    if any(a.entity and a.entity == b.entity for a in mine for b in other):
        return True
    countries, their_countries = {a.country for a in mine if a.country}, {b.country for b in other if b.country}
    return not countries or not their_countries or bool(countries & their_countries)


def _stem(word: str) -> str:
    return word.lower()[:5]


def antecedent(kinds: set[tuple[str, str | None]], before: int, actors: list[str], recipients: list[str],
               candidates: list[Event], index: dict[str, Actor], exclude: Event | None = None,
               word: str = "", either_side: bool = False) -> Event | None:
    """The nearest earlier event of the same type, a compatible mode and the same sides, one named
    with the same word ("the arrest" after "arrested") before any other, when it is dated: an
    undated nearer one is what the mention most likely means. `either_side`: the mention's actors
    may be either side of the earlier event ("soldiers killed in the attack")."""
    best, best_key = None, None
    for event in candidates:
        if event is exclude or event.trigger.start >= before:
            continue
        modes = {m for t, m in kinds if t == event.type}
        if not modes or (None not in modes and event.mode and not modes & set(event.mode)):
            continue
        if either_side:
            if not (_same_side(actors, event.actor, index) or _same_side(actors, event.recipient, index)):
                continue
        elif not _same_side(actors, event.actor, index) or not _same_side(recipients, event.recipient, index):
            continue
        key = (bool(word) and _stem(event.trigger.text) == _stem(word), event.trigger.start)
        if best_key is None or key > best_key:
            best, best_key = event, key
    return best if best is not None and best.date_source in OWN_DATES else None


def _confirmed(found: Event | None, word: Token, before: int, events: list[Event]) -> Event | None:
    """No same word between the antecedent and the mention that no event was coded from ("learned
    of a meeting in December 2009 ... crashed the meeting"): that one is what the mention means."""
    if found is None:
        return None
    triggers = {e.trigger.start for e in events}
    lemma = word.lemma_.lower()
    # the antecedent's own sentence names its parts ("imposed sanctions")
    between = (t for t in word.doc if found.sentence.end <= t.idx < before and t.lemma_.lower() == lemma)
    return None if any(t.idx not in triggers for t in between) else found


def _date_of_phrase(cause: Token, effect: Event, doc: ArticleDocument, events: list[Event],
                    lex: Lexicon, words: LinkWords, index: dict[str, Actor]) -> Event | None:
    """The dated event a cause phrase is or names: one of its own triggers, else, for a definite
    noun phrase, the earlier event it refers back to."""
    lo, hi = cause.left_edge.idx, cause.right_edge.idx + len(cause.right_edge.text)
    inside = [e for e in events if lo <= e.trigger.start < hi and e.date_source in OWN_DATES]
    if inside:
        return min(inside, key=lambda e: abs(e.trigger.start - cause.idx))
    nouns = [cause] if cause.pos_ in {"NOUN", "PROPN"} else _children(cause, "dobj", "nsubjpass")
    for noun in nouns:
        if not _is_definite(noun, words):
            continue
        owners = _actor_ids_in(doc, [t for c in _children(noun, "poss") for t in c.subtree])
        for word in _content(noun, words):
            found = _confirmed(antecedent(_kinds(word, lex), lo, owners, [], events, index, exclude=effect,
                                          word=word.text), word, lo, events)
            if found is not None:
                return found
    return None


def _refers_back(tok: Token, event: Event, candidates: list[Event], words: LinkWords,
                 index: dict[str, Actor]) -> Event | None:
    """A definite event noun ("the arrest", "his decision") names the nearest earlier event of its
    type, mode and sides."""
    if tok.pos_ != "NOUN" or not _is_definite(tok, words) or _generic(tok) or _children(tok, "relcl") \
            or tok.lemma_.lower() in words.generic_nouns:
        return None  # "the threat that X would pose" defines a new referent
    kinds = {(event.type, m) for m in event.mode} or {(event.type, None)}
    found = antecedent(kinds, event.trigger.start, event.actor, event.recipient, candidates, index, exclude=event,
                       word=tok.text)
    return _confirmed(found, tok, event.trigger.start, candidates)


def _generic(noun: Token) -> bool:
    """"its attacks are in solidarity with": a plural in the present speaks of a habit, not one event."""
    verb = noun.head if noun.dep_ in {"nsubj", "nsubjpass"} else None
    return noun.tag_ == "NNS" and verb is not None and verb.tag_ in {"VBP", "VBZ"} \
        and not any(c.dep_ in {"aux", "auxpass"} and c.tag_ in PAST_TAGS for c in verb.children)


def _circumstance(tok: Token, event: Event, doc: ArticleDocument, events: list[Event], lex: Lexicon,
                  words: LinkWords, index: dict[str, Actor]) -> Event | None:
    """"Twelve people were killed in the assault", "the explosion injured 29 people": the event
    inside or done by an earlier one takes its date."""
    if tok.pos_ not in {"VERB", "AUX"} or not _is_past(tok):
        return None
    nouns = [n for p in _children(tok, "prep") if p.lemma_.lower() in words.circumstance_preps
             for n in _children(p, "pobj")]
    nouns += _children(tok, "nsubj")
    for noun in nouns:
        if noun.pos_ != "NOUN" or not _is_definite(noun, words):
            continue
        named = [e for e in events if e.trigger.start == noun.idx and e is not event]
        if named:  # the noun is an event of its own, dated already or not at all
            return named[0] if named[0].date_source in OWN_DATES else None
        owners = _actor_ids_in(doc, [t for c in _children(noun, "poss") for t in c.subtree]) or event.actor
        found = _confirmed(antecedent(_kinds(noun, lex), noun.idx, owners, [], events, index, exclude=event,
                                      word=noun.text, either_side=True), noun, noun.idx, events)
        if found is not None:
            return found
    return None


def _marked_earlier(tok: Token, words: LinkWords) -> bool:
    """"then-Defense Secretary" among the event's words, "the initial announcement", "had previously resigned"."""
    doc = tok.doc
    if any(t.lower_ == "then" and t.i + 1 < len(doc) and doc[t.i + 1].text in {"-", "–"} for t in tok.subtree):
        return True
    if any(c.dep_ == "amod" and c.lemma_.lower() in words.earlier_modifiers for c in tok.children):
        return True
    return any(c.dep_ == "advmod" and c.lemma_.lower() in words.earlier_adverbs for c in tok.children)


def _time_in_clause(tok: Token, event: Event, doc: ArticleDocument) -> bool:
    time = next((t for t in doc.times if t.id == event.time), None)
    lo, hi = clause_range(tok)
    return time is not None and lo <= time.span.start and time.span.end <= hi


def _inherit(event: Event, source: Event, how: str) -> None:
    event.date, event.date_source, event.time = source.date, "event", source.time
    precision = dict(event.precision or {})
    source_precision = (source.precision or {}).get("time", 3)
    # "after X" says the event followed X, not that it fell on the same day
    precision["time"] = max(source_precision, 2) if how in {"after", "response"} else source_precision
    event.precision = precision
    event.method += f";date:{how}<-{source.id}"


def inherit_dates(events: list[Event], sdoc: Doc, doc: ArticleDocument, lex: Lexicon) -> None:
    """Date the events that only had the article's date (or a reporting verb's) from the events
    they are tied to; events are visited in text order, so a date can be passed along a chain."""
    words = load_link_words()
    index = {a.id: a for a in doc.actors}
    for event in sorted(events, key=lambda e: e.trigger.start):
        if event.hypothetical or event.negated or event.date_source not in {"article", "time"}:
            continue
        tok = _trigger_token(sdoc, event)
        if tok is None:
            continue
        if event.date_source == "time":
            # a definite event noun dated only by its sentence's reporting verb ("X said on Friday
            # the sanctions were illegal") is the event it refers back to
            if _time_in_clause(tok, event, doc):
                continue
            source = _refers_back(tok, event, events, words, index)
            if source is not None and source.date != event.date:
                _inherit(event, source, "refers-back")
            continue
        link = cause_of(tok, words)
        source = _date_of_phrase(link[0], event, doc, events, lex, words, index) if link else None
        how = link[1] if source is not None else ""
        if source is None:
            source, how = _refers_back(tok, event, events, words, index), "refers-back"
        if source is None:
            source, how = _circumstance(tok, event, doc, events, lex, words, index), "circumstance"
        if source is not None and source is not event:
            _inherit(event, source, how)
        elif _marked_earlier(tok, words):
            event.date, event.date_source = None, "before-article"
            event.precision = {k: v for k, v in (event.precision or {}).items() if k != "time"} or None
            event.method += ";date:before-article"
