"""Turn trigger hits of one sentence into events: arguments, modality, sizes, anchors."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span as SpacySpan, Token

from ..model import Actor, ArticleDocument, Event, Place, Span
from . import arguments as args
from . import targets
from .acled import acled_for
from .anchors import attach_place, attach_time, date_of
from .formulas import retaliation_warning
from .lexicon import Lexicon, Trigger
from .modality import clause_verb, is_hypothetical, is_negated, reporter, words
from .sizes import sizes_for
from .triggers import CARRIERS, Hit

# "demonstrated calling for independence", "rioted, setting fire to mattresses": part of the protest.
FOLD_INTO_PROTEST = {"REQUEST", "ACCUSE", "COERCE"}
# What kills or injures by accident when named under "in" ("killed in a crash").
ACCIDENTS = {"accident", "crash", "collision", "wreck", "rollover", "pileup", "overdose", "flood", "storm", "hurricane",
             "earthquake", "quake", "landslide", "mudslide", "avalanche", "tornado", "cyclone", "typhoon", "stampede"}
# Conjunctions of a clause that sets the scene for the sentence's main event.
BACKGROUND_MARKS = {"after", "as", "when", "since", "following", "while", "whilst"}
ARG_DEPS = {"dobj", "nsubj", "nsubjpass", "pobj", "attr", "dative", "conj"}


@dataclass
class Draft:
    """An event before ids are given: what the sentence rules produce."""

    hit: Hit
    type: str
    cameo: str
    quad: int
    method: str
    actor: list[str] = field(default_factory=list)
    recipient: list[str] = field(default_factory=list)
    mode: list[str] = field(default_factory=list)
    folded: list[Token] = field(default_factory=list)
    hypothetical: bool = False
    negated: bool = False
    reporter_ids: list[str] = field(default_factory=list)
    confidence: float = 0.5
    trigger_span: tuple[int, int] | None = None
    place_targets: list[str] = field(default_factory=list)  # the located target, once dyads are read


def _is_argument_of(tok: Token, other: Token) -> bool:
    """A noun trigger that fills a slot of another trigger is part of that event ("suspended aid")."""
    node, hops = _carrier(tok), 0
    if tok.pos_ not in {"NOUN", "PROPN"} and tok.dep_ != "pcomp":
        return False  # verbs only as the content of a preposition: "accused X of violating"
    while node.head != node and hops < 3:
        if node.dep_ not in ARG_DEPS | {"prep", "agent", "pcomp"}:
            return False
        below, node, hops = node, node.head, hops + 1
        if node == other:
            return True
        if (tok.pos_ == "NOUN" and node.dep_ == "conj" and node.pos_ in {"VERB", "AUX"}
                and any(c.dep_ in args.SUBJ and c != below for c in node.children)):
            return False  # "X clashed over exports, and Beijing launched an investigation": a clause with its own doer
    return False


def select_hits(hits: list[Hit]) -> tuple[list[Hit], dict[int, list[Token]]]:
    """Drop noun triggers that are arguments of another trigger; fold same-type verbs into their
    head ("attacked the camp, killing 156" is one attack)."""
    # an authority's order whose object names the action ("ordered the expulsion of") is that action
    ordered = {h.token.i for h in hits if h.entry.mode == "order"
               and any(o.token.head == h.token and o.token.dep_ == "dobj" and o.token.pos_ == "NOUN" for o in hits)}
    hits = [h for h in hits if h.token.i not in ordered]
    # "the suspension of aid hit the budget", "sanctions have hit the economy": harm done by a
    # non-violent event noun is figurative; the noun is the event
    figurative = {h.token.i for h in hits if h.entry.type == "ASSAULT" and h.token.pos_ == "VERB"
                  and any(o.token.head == h.token and o.token.dep_ == "nsubj"
                          and o.entry.type not in {"ASSAULT", "COERCE"} for o in hits)}
    hits = [h for h in hits if h.token.i not in figurative]
    verbs = {h.token.i: h for h in hits}
    # "lodged a protest with Albania, charging it with ...": the light verb stands for its object's event
    news_nouns = {h.token.head.i: h for h in hits if h.token.pos_ == "NOUN" and h.token.dep_ == "dobj"}
    kept: list[Hit] = []
    folded: dict[int, list[Token]] = {}
    for hit in hits:
        tok = hit.token
        if any(_is_argument_of(tok, o.token) for o in hits if o is not hit):
            continue
        head = verbs.get(tok.head.i)
        if head is None and tok.dep_ == "advcl" and tok.tag_ == "VBG":
            head = news_nouns.get(tok.head.i)
        if head is not None and head.entry.type == "SANCTION" and tok.tag_ == "VBG" and tok.dep_ in {"xcomp", "dobj"}:
            continue  # "suspended providing aid": the aid is what was cut, no aid event
        same = head is not None and head is not hit and (
            head.entry.type == hit.entry.type
            or (head.entry.type == "PROTEST" and hit.entry.type in FOLD_INTO_PROTEST and tok.tag_ == "VBG")
            or (head.entry.type == "ASSAULT" and hit.entry.mode == "destroy"))  # "shelled the town, destroying homes"
        if same and tok.dep_ in {"advcl", "conj", "xcomp"} and not any(c.dep_ in args.SUBJ for c in tok.children):
            folded.setdefault(head.token.i, []).append(tok)
            continue
        kept.append(hit)
    # what was folded into a folded participle goes with it ("killing 12 and wounding 20")
    home = {t.i: head for head, toks in folded.items() for t in toks}
    for i in list(folded):
        top = _chain(i, home)[-1]
        if top != i:
            folded.setdefault(top, []).extend(folded.pop(i))
    kept = [h for h in kept if not _background_circumstance(h.token, {o.token.i for o in kept if o is not h})]
    kept_at = {h.token.i for h in kept} | {h.token.head.i for h in kept if news_nouns.get(h.token.head.i) is h}
    # "rejected the proposal, urging India to sign SAFTA instead": a subjectless participle hung on
    # the news verb says how that act was done; the sentence reports one event, as coders code it
    participles = [h for h in kept if h.token.dep_ == "advcl" and h.token.tag_ == "VBG" and h.token.head.i in kept_at
                   and not any(c.dep_ in args.SUBJ for c in h.token.children)]
    # "fired tear gas at the crowd, killing three": force that kills is an assault, the news the participle says
    escalated = {h.token.head.i for h in participles if h.entry.type == "ASSAULT" and verbs.get(h.token.head.i)
                 and verbs[h.token.head.i].entry.type == "COERCE"}
    kept = [h for h in kept if h.token.i not in escalated
            and not (any(h is p for p in participles) and h.token.head.i not in escalated)]
    return kept, folded


def _chain(i: int, home: dict[int, int]) -> list[int]:
    """A folded token, the head it was folded into, that head's head ... up to a kept hit."""
    chain = [i]
    while chain[-1] in home and home[chain[-1]] not in chain:
        chain.append(home[chain[-1]])
    return chain


def _background_circumstance(tok: Token, others: set[int]) -> bool:
    """An event in a temporal clause of a sentence that codes another event outside it ("suspended aid
    deliveries *after* their vehicles were hit", "announced a suspension of links a day *after* a jet
    shot down a helicopter") is the circumstance of the news, reported in its own right before: only
    the news is coded."""
    node = tok
    while node.head != node:
        if (node.dep_ == "advcl" and any(c.dep_ in {"mark", "advmod"} and c.lower_ in BACKGROUND_MARKS
                                         and c.i < node.i for c in node.children)) or (
                node.dep_ == "relcl" and node.head.dep_ not in {"nsubj", "nsubjpass"}):
            # a "who/which" clause on another event's object describes a participant of the news ("blamed
            # Hezbollah, which fired rockets", "arrested men who attacked a synagogue"): background like a
            # temporal clause; on the subject it is part of the news ("rebels who attacked the town fled")
            inside = {t.i for t in node.subtree}
            return any(i not in inside for i in others)  # the event the clause sets the scene for
        node = node.head
    return False


def _carrier(tok: Token) -> Token:
    """The noun standing in the clause for a nominal trigger: "a mediation effort", "days of war games"."""
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in CARRIERS:
        return tok.head
    if tok.dep_ == "pobj" and tok.head.lemma_.lower() == "of" and tok.head.head.lemma_.lower() in CARRIERS:
        return tok.head.head
    return tok


def _actor_tokens(tok: Token, entry: Trigger, actors: list[Actor]) -> tuple[list[Token], list[Token]]:
    """(actor tokens, recipient tokens) following the entry's `actor_from` order."""
    w = words()
    nominal = tok.pos_ in {"NOUN", "PROPN"}
    anchor = _carrier(tok) if nominal else tok
    verb = anchor.head if nominal and anchor.dep_ in {"dobj", "attr"} else None
    via_prep = nominal and anchor.dep_ == "pobj" and anchor.head.head.pos_ in {"VERB", "AUX"}
    if via_prep:  # "returned to Geneva for talks", "went on strike", "put under investigation"
        verb = anchor.head.head
    received = verb is not None and verb.lemma_.lower() in w.reception_verbs
    light = verb is not None and (verb.lemma_.lower() in w.light_verbs or (via_prep and anchor.head.lemma_.lower() != "under"))
    own = args.resolve_pronouns(args.noun_actor_tokens(tok) + (args.noun_actor_tokens(anchor) if anchor != tok else []))
    if received and not own:  # "drew protests from Paris": who protests comes with "from"
        own = args.pobjs(anchor, {"from"}) or args.pobjs(verb, {"from"})
    if own and all(t.lemma_.lower() in args.PRONOUNS or t.text.lower() in args.PRONOUNS for t in own) and light:
        own = []  # "held their first meeting": their = the subject of "held"
    sources = {
        "subject": (own or (args.subjects(verb) if light else []))
        if nominal else args.subjects(tok),
        "object": [] if nominal else args.objects(tok),
        "of": args.of_tokens(tok),
        "by": args.pobjs(tok, {"by"}),
    }
    order = list(entry.actor_from)
    if not nominal and tok.tag_ == "VBG" and "object" in order and any(c.dep_ == "dobj" for c in tok.children):
        order.remove("object")  # "surrendering ISIS supporters": the participle describes its "object"
        order.insert(0, "object")
    actor: list[Token] = []
    used = None
    for source in order:  # first source that names a known actor wins
        found = args.possessor_fallback(args.resolve_pronouns(sources.get(source) or []), actors)
        if found and (args.actors_for(found, actors) or not actor):
            actor, used = found, source
            if args.actors_for(found, actors):
                break
    if nominal:
        recipient = args.noun_recipient_tokens(tok)
        if used != "of":
            recipient = recipient or [t for t in args.of_tokens(tok) if t not in actor]
        if received:
            recipient = args.subjects(verb) + recipient
    else:
        # the thing given or imposed ("imposed sanctions") is dropped later (targets.keep_recipient)
        recipient = [t for t in args.objects(tok) if t not in actor]
        if used == "object":
            recipient = [t for t in args.objects(tok) if t not in actor and t.dep_ not in {"dobj"}]
        named = [t for t in recipient if not (t.dep_ == "dobj" and t.lemma_.lower() in entry.object)]
        if not args.actors_for(named, actors):  # "left troops in Syria to back the SDF": the purpose names the beneficiary
            for purpose in tok.children:
                purposive = purpose.dep_ == "advcl" or (purpose.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in tok.children))
                if purposive and any(c.dep_ == "aux" and c.text.lower() == "to" for c in purpose.children):
                    aimed = [t for t in args.purpose_targets(tok) if t not in actor]  # "to break up a protest by students"
                    recipient = aimed if args.actors_for(aimed, actors) else recipient
                    break
    return actor, args.resolve_pronouns(recipient)


def _affiliation(speaker: Token) -> list[Token]:
    """"Bali, a spokesman for the SDF" -> the SDF."""
    w = words()
    for appos in [c for c in speaker.children if c.dep_ == "appos"] + ([speaker] if speaker.lemma_.lower() in w.affiliation_nouns else []):
        if appos.lemma_.lower() in w.affiliation_nouns:
            orgs = args.pobjs(appos, {"for", "of"})
            if orgs:
                return orgs
    return []


def _natural_cause(tok: Token) -> bool:
    causes = words().natural_causes
    doers = args.subjects(tok) if tok.pos_ in {"VERB", "ADJ"} else args.noun_actor_tokens(tok)

    def natural(d: Token) -> bool:  # "Hurricane Betsy destroyed": the name's head noun is a compound
        return d.lemma_.lower() in causes or any(c.dep_ == "compound" and c.lemma_.lower() in causes for c in d.children)
    if doers and all(natural(d) for d in doers):
        return True
    if tok.tag_ == "VBG" and tok.dep_ in {"advcl", "conj"} and tok.head.lemma_.lower() in words().accident_verbs:
        return True  # "a bus plunged into a ravine, killing 20": what the mishap did
    # "was killed in a crash", "injured in the collision": an accident with no doer named ("killed in
    # mortar fire" is not: fire can be a weapon's)
    return (not doers and tok.pos_ in {"VERB", "ADJ"}
            and any(t.lemma_.lower() in ACCIDENTS for t in args.pobjs(tok, {"in"})))


def _assault_modes(tok: Token, lex: Lexicon) -> list[str]:
    verb = clause_verb(tok)
    lemmas = {t.lemma_.lower() for t in tok.subtree} | {t.lemma_.lower() for t in verb.subtree} | {tok.lemma_.lower()}
    lemmas |= {t.text.lower() for t in tok.subtree}
    for mode, cues in lex.assault_modes.items():
        if lemmas & cues:
            return [mode]
    return []


def draft_events(sent: SpacySpan, hits: list[Hit], doc: ArticleDocument, lex: Lexicon) -> list[Draft]:
    actors = doc.actors
    actor_index = {a.id: a for a in actors}
    kept, folded = select_hits(hits)
    drafts = []
    for hit in kept:
        tok, entry = hit.token, hit.entry
        if entry.quad == 4 and _natural_cause(tok):
            continue  # "a fire destroyed the home": an accident, not an event between actors
        actor_toks, recipient_toks = _actor_tokens(tok, entry, actors)
        actor_ids = args.actors_for(actor_toks, actors)
        own_forces = lex.size_nouns.get("troops", frozenset())
        kept = [t for t in recipient_toks if targets.keep_recipient(
            t, entry.type, entry.object, own_forces, actor_ids, actors, actor_index)]  # not "withdrew its troops"
        # mentions that are the dropped noun itself ("its ambassador from Caracas"), not its possessor
        own_ids = {a.id for t in recipient_toks if t not in kept for a in actors
                   if a.span.start <= t.idx < a.span.end}
        recipient_toks = kept
        recipient_ids = [a for a in args.actors_for(recipient_toks, actors) if a not in actor_ids]
        if not actor_ids and len(recipient_ids) > 1 and tok.pos_ in {"NOUN", "PROPN"} and args.between_sides(tok):
            actor_ids, recipient_ids = recipient_ids[:1], recipient_ids[1:]  # "the meeting between X and Y"
        if not actor_ids and entry.type in targets.OWN_FORCES_TYPES and args.is_passive(tok):
            forces = [a for a in recipient_ids if actor_index[a].sector in {"MIL", "COP"}]
            if forces:  # "the army was placed on high alert": the forces moved are the doer
                actor_ids, recipient_ids = forces, [a for a in recipient_ids if a not in forces]
        event_type, cameo, quad, mode = entry.type, entry.cameo, entry.quad, entry.mode
        doers = args.actors_for([t for a in actor_toks for t in a.subtree], actors)  # "Indian and US troops"
        if entry.mode == "exercise" and len(targets.countries_of(doers, actor_index)) > 1:
            event_type, cameo, quad, mode = "COOPERATE", "061", 2, "military"  # "French and Egyptian warships launched war games"
        parties = targets.parties_only(event_type, recipient_ids, tok.doc, actor_index, own_forces)
        if not parties and (split := targets.mutual_sides(event_type, cameo, actor_ids, actor_index)):
            actor_ids, recipient_ids = split  # "Ethiopia and Eritrea signed an accord", "X and Y agreed to a truce in Z"
        else:  # a place stays the target only when no party is named
            recipient_ids = parties or targets.parties_only(event_type, recipient_ids, tok.doc, actor_index, own_forces, False)
        if not recipient_ids and entry.quad in (1, 3) and tok.pos_ in {"VERB", "ADJ"}:
            recipient_ids = [a for a in args.actors_for(args.complement_targets(tok), actors) if a not in actor_ids]
            recipient_ids = targets.parties_only(event_type, recipient_ids, tok.doc, actor_index, own_forces) \
                or targets.parties_only(event_type, recipient_ids, tok.doc, actor_index, own_forces, False)
        if not recipient_ids:  # "violated a ban by X", "allowed X to run"
            recipient_ids = [a for a in args.actors_for(targets.behind_objects(tok), actors)
                             if a not in actor_ids and a not in own_ids]
        for part in folded.get(tok.i, []) if not recipient_ids else []:  # "demonstrated, calling for independence from Iraq"
            aimed = args.objects(part) + targets.behind_objects(part)
            aimed += [o for thing in args.pobjs(part, {"for"}) for o in args.pobjs(thing, {"from", "of"})]
            recipient_ids = recipient_ids or [a for a in args.actors_for(aimed, actors) if a not in actor_ids]
        place_ids: list[str] = []
        if not recipient_ids and targets.aimed_at_place(entry.type, tok):
            place_ids = [a for a in args.actors_for(targets.located(tok, clause_verb(tok), entry.type), actors)
                         if a not in actor_ids and actor_index.get(a) is not None and actor_index[a].country]
            if entry.type not in targets.DYAD_FIRST:
                recipient_ids, place_ids = place_ids, []
        speaker = reporter(tok)
        reporter_ids = args.actors_for(args.resolve_pronouns([speaker]), actors) if speaker is not None else []
        if retaliation_warning(tok):  # "Ukrainian attacks would not go unanswered": the speaker warns the attackers
            warned = actor_ids
            actor_ids = reporter_ids
            recipient_ids = [a for a in warned + recipient_ids if a not in actor_ids]
        method = f"lexicon:{event_type}:{entry.pos}:{tok.lemma_.lower()}" + (f":{mode}" if mode else "")
        method += f"+nominal-of:{entry.nominal_of}" if entry.nominal_of else ""  # "the imposition of" = "imposed"
        if not actor_ids and speaker is not None and (args.is_passive(tok) or not actor_toks):
            actor_ids = [a for a in args.actors_for(_affiliation(speaker), actors) if a not in recipient_ids]
            method += "+speaker-affiliation" if actor_ids else ""
        modes = [mode] if mode else []
        if entry.type == "ASSAULT":
            modes += [m for m in _assault_modes(tok, lex) if m not in modes]
        confidence = entry.confidence + (0.1 if actor_ids else -0.1) + (0.05 if recipient_ids else 0.0)
        drafts.append(Draft(
            hit=hit, type=event_type, cameo=cameo, quad=quad, method=method,
            actor=actor_ids, recipient=recipient_ids, mode=modes, folded=folded.get(tok.i, []),
            hypothetical=is_hypothetical(tok), negated=is_negated(tok), reporter_ids=reporter_ids,
            confidence=round(max(0.1, min(0.95, confidence)), 2), place_targets=place_ids,
        ))
    return drafts


def finish(draft: Draft, event_id: str, sent: SpacySpan, doc: ArticleDocument, lex: Lexicon,
           actor_index: dict[str, Actor], places: tuple[list[Place], dict] | None = None) -> Event:
    """`places`: the article's place mentions and described places (descriptions.py), once per article."""
    tok = draft.hit.token
    mentions, described = places if places is not None else (None, None)
    place, place_how = attach_place(tok, sent, doc, set(draft.actor) | set(draft.recipient), mentions, described)
    time = attach_time(tok, sent, doc)
    date, date_source, time_precision = date_of(time, doc)
    precision = {}
    if place is not None and place.precision:
        precision["geo"] = place.precision
    if time_precision:
        precision["time"] = time_precision
    media = [a for a in draft.reporter_ids if a not in draft.actor]
    start, end = draft.trigger_span or (tok.idx, draft.hit.end)
    return Event(
        id=event_id, type=draft.type, trigger=Span.of(doc.article.text, start, end),
        sentence=Span.of(doc.article.text, sent.start_char, sent.end_char), mode=draft.mode,
        context=list(draft.hit.entry.context), cameo=draft.cameo, quad=draft.quad,
        actor=draft.actor, recipient=draft.recipient, place=place.id if place else None,
        time=time.id if time else None, date=date, date_source=date_source, precision=precision or None,
        negated=draft.negated, hypothetical=draft.hypothetical, reported_by=media[0] if media else None,
        size=sizes_for(tok, draft.hit.entry, lex, draft.folded),
        confidence=draft.confidence if place_how != "none" else round(draft.confidence - 0.05, 2),
        method=f"{draft.method};place:{place_how}",
        acled=acled_for(draft.type, draft.mode, draft.actor, draft.recipient, actor_index, lex),
    )
