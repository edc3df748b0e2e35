"""Whom an event is aimed at, beyond the trigger's own object: which objects are the doer's own
(troops withdrawn, sanctions imposed) and where to look when the grammar names no recipient.

Reads only `doc.actors` (through `arguments.actors_for`), like the rest of the events stage.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..model import Actor
from . import arguments as args

# Where troops, soldiers and police named as object are the doer's own ("withdrew troops",
# "mobilized reservists"); elsewhere they are whom the event hits ("wounded two British soldiers").
OWN_FORCES_TYPES = {"MOBILIZE", "RETREAT"}
# Where forces named as object are always the other side ("Hun Sen's forces attacked royalist troops").
FIGHTS = {"ASSAULT", "COERCE"}
ORIGIN_TYPES = {"ASSAULT", "MOBILIZE"}  # a "from" object of their verb is where the doers came from
AGREEMENT_TYPES = {"AGREE", "CONSULT"}
# Where an event with no named target is aimed at the place it happens in (CAMEO codes the
# location's state as target: "fired at targets in Jericho", "lifted the emergency in Darfur").
LOCATED_TYPES = {"PROTEST", "SANCTION", "RETREAT", "MOBILIZE", "COERCE", "AID", "CONSULT",
                 "ASSAULT", "CONCEDE", "SUPPORT"}
# Asked of the state it is sought in ("sought refuge in Germany").
SOUGHT_IN = {"asylum", "refuge", "sanctuary", "protection", "shelter"}
# Types whose located target waits until the article's dyads are read (dyads.py comes first).
DYAD_FIRST = {"ASSAULT"}


# Arms fired or launched: as object ("launched 100 drones at Ukraine", "destroyed 84 drones") they
# are the means, not whom the event hits, unless a country other than the doer's owns them.
LAUNCHED = {"drone", "missile", "rocket", "shell", "bomb", "mortar", "projectile", "munition"}

# Sectors of the state: a state's soldiers are its own, its rebels or opposition are not.
STATE_SECTORS = {"GOV", "MIL", "COP", "SPY", "LEG", "JUD"}


def _countries(ids: list[str], index: dict[str, Actor]) -> set[str]:
    return {index[a].country for a in ids if a in index and index[a].country}


def countries_of(ids: list[str], index: dict[str, Actor]) -> set[str]:
    """The countries of the given actors (those that have one)."""
    return _countries(ids, index)


def _side(actor: Actor) -> str | None:
    """"state" or the sector of a non-state actor; None when unknown."""
    if not actor.sector:
        return None
    return "state" if actor.sector in STATE_SECTORS else actor.sector


def _same_side(ids: list[str], other_ids: list[str], index: dict[str, Actor]) -> bool:
    """Some actor of `other_ids` shares a country with one of `ids` and is not on a different side
    of it ("the Sri Lankan navy sank a rebel boat": same country, other side)."""
    for a in (index[i] for i in ids if i in index):
        for b in (index[j] for j in other_ids if j in index):
            if a.country and a.country == b.country and (not _side(a) or not _side(b) or _side(a) == _side(b)):
                return True
    return False


def _owned_by_doer(tok: Token) -> bool:
    """"its troops", "their ambassador": a possessive pronoun makes the noun the doer's own."""
    return any(c.dep_ == "poss" and c.lower_ in {"its", "their", "his", "her", "our"} for c in tok.children)


def is_doers_own(tok: Token, actor_ids: list[str], actors: list[Actor], index: dict[str, Actor]) -> bool:
    """True when an object noun belongs to the doer rather than being acted upon: it names no
    actor of a country other than the doer's ("recalled its ambassador", "sent troops"), whereas
    "expelled two Russian diplomats" or "summoned Niger's ambassador" name the other side."""
    if _owned_by_doer(tok):
        return True
    named = args.actors_for([tok], actors)
    return not _countries(named, index) or _same_side(actor_ids, named, index)


def keep_recipient(tok: Token, event_type: str, entry_objects: frozenset[str], own_forces: frozenset[str],
                   actor_ids: list[str], actors: list[Actor], index: dict[str, Actor]) -> bool:
    """Whether an object token stays a recipient: the thing given or imposed ("imposed sanctions")
    and the doer's own forces ("withdrew its troops") do not; foreign ones do."""
    lemma = tok.lemma_.lower()
    # "infiltrated from Pakistan", "rockets fired from Gaza": where fighters come from is no target
    if event_type in ORIGIN_TYPES and _origin(tok):
        return False
    if lemma in own_forces:
        if event_type in OWN_FORCES_TYPES or _owned_by_doer(tok):
            return False
        # nobody attacks or arrests his own forces: there the same country's troops are the other side
        if event_type not in FIGHTS and _same_side(actor_ids, args.actors_for([tok], actors), index):
            return False
    if tok.dep_ == "dobj" and (lemma in entry_objects or lemma in LAUNCHED):
        return not is_doers_own(tok, actor_ids, actors, index)
    return True


def parties_only(event_type: str, ids: list[str], doc: Doc, index: dict[str, Actor],
                 own_forces: frozenset[str], places: bool = True) -> list[str]:
    """An agreement or a meeting is with the other party, not with the troops or (`places`) the place
    it is about ("agreed to pull troops back", "agreed to a truce in the Gaza Strip")."""
    if event_type not in AGREEMENT_TYPES:
        return ids
    kept = []
    for actor_id in ids:
        actor = index[actor_id]
        span = doc.char_span(actor.span.start, actor.span.end, alignment_mode="expand")
        root = span.root if span is not None else None
        if root is not None and (root.lemma_.lower() in own_forces or (places and root.dep_ == "pobj" and (
                root.head.lower_ in {"in", "at", "across", "inside", "along", "near", "around"}))):
            continue
        kept.append(actor_id)
    return kept


def _small_clause(verb: Token, clause: Token) -> bool:
    """A bare clause after the verb whose subject the verb acts on ("declared *two envoys* persona
    non grata", "let *the hostages* go"), not a reported clause ("said that ...", "said they will")."""
    return clause.dep_ == "ccomp" and clause.i > verb.i and clause.tag_ in {"VB", "VBP", "NN", "NNS", "JJ"} \
        and not any(c.dep_ in {"aux", "auxpass", "mark", "neg"} for c in clause.children)


def behind_objects(tok: Token) -> list[Token]:
    """Who stands behind what the event acts on: "violated a ban *by* X", "accepted demands *from*
    X", "rejected *X's* proposal", "ended mediation *between* X and Y", "investigation into crimes
    committed *by* X"; and whom a verb lets or makes act ("allowed *X* to take part")."""
    nominal = tok.pos_ in {"NOUN", "PROPN"}
    things = args.pobjs(tok, args.RECIPIENT_PREPS - {"of", "from"}) if nominal else args.objects(tok)
    found: list[Token] = []
    if not nominal:  # "called for the overthrow of X"
        found += [o for thing in args.pobjs(tok, {"for"}) for o in args.of_tokens(thing)]
    for thing in things:
        found += [c for c in thing.children if c.dep_ == "poss" and c.lower_ not in args.PRONOUNS]
        found += args.pobjs(thing, {"by", "from", "between"})
        found += [a for acl in thing.children if acl.dep_ == "acl" for a in args.pobjs(acl, {"by"})]
    if not nominal:
        for clause in tok.children:  # "allowed X to take part": X is the subject of the complement
            if clause.dep_ in {"ccomp", "xcomp"} and (any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
                                                      or _small_clause(tok, clause)):
                found += [s for s in clause.children if s.dep_ in args.SUBJ and s.lower_ not in args.PRONOUNS]
    else:
        # "its demand that Israel ease restrictions"; the parser may hang the clause on the verb
        # whose object the demand is ("reiterated its demand today that Israel ease ...")
        clauses = list(tok.children) + (list(tok.head.children) if tok.dep_ == "dobj" else [])
        for clause in clauses:
            if clause.dep_ in {"acl", "ccomp"} and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
                found += [s for s in clause.children if s.dep_ in args.SUBJ | args.PASS_SUBJ]
    return args.with_conjuncts(found)


def located(tok: Token, verb: Token, event_type: str = "") -> list[Token]:
    """Names of places where the event happens: under "in/at/from/into" of its clause verb, and
    of what it acts on ("fired at targets *in Jericho*", "suspended deliveries *in Baghdad*").
    Where fighters come from ("infiltrated *from* Kashmir") is not where an attack is aimed."""
    found = args.locative_actors(verb) + args.pobjs(verb, {"outside"})  # "exploded outside the Israeli embassy"
    things = args.objects(tok) if tok.pos_ in {"VERB", "ADJ"} else args.pobjs(tok, args.RECIPIENT_PREPS)
    if tok.pos_ in {"VERB", "ADJ"}:
        things += [c for c in tok.children if c.dep_ == "dobj"]
    for thing in things:
        found += args.with_conjuncts(args.pobjs(thing, {"in", "at", "near", "inside"}))
    if event_type in ORIGIN_TYPES:
        found = [t for t in found if not _origin(t)]
    return list(dict.fromkeys(found))


def _origin(tok: Token) -> bool:
    """The token (or the phrase it is conjoined in) is the object of a verb's "from"."""
    head = tok
    while head.dep_ == "conj" and head.head != head:
        head = head.head
    return head.dep_ == "pobj" and head.head.lower_ == "from" and head.head.head.pos_ == "VERB"


def aimed_at_place(event_type: str, tok: Token) -> bool:
    """Whether an event with no named target is aimed at the place it happens in."""
    return event_type in LOCATED_TYPES or (
        event_type == "REQUEST" and any(c.dep_ == "dobj" and c.lemma_.lower() in SOUGHT_IN for c in tok.children))


# Events two parties do together: "Ethiopia and Eritrea signed an accord" is one side with the
# other (CAMEO codes the first named as source, the second as target).
MUTUAL_TYPES = {"AGREE", "CONSULT", "COOPERATE"}
MUTUAL_CAMEO = {"057", "064"}  # signing an agreement, restoring relations (coded SUPPORT)


def mutual_sides(event_type: str, cameo: str, actor_ids: list[str],
                 index: dict[str, Actor]) -> tuple[list[str], list[str]] | None:
    """Split coordinated doers of a joint event into actor and recipient when they are of different
    countries ("India and France agreed to ..."); None when the event is not joint or they are one side."""
    if event_type not in MUTUAL_TYPES and cameo not in MUTUAL_CAMEO:
        return None
    if len(actor_ids) < 2 or len(_countries(actor_ids, index)) < 2:
        return None
    first = index[actor_ids[0]].country if actor_ids[0] in index else None
    if not first:
        return None
    rest = [a for a in actor_ids[1:] if a in index and index[a].country and index[a].country != first]
    return (actor_ids[:1], rest) if rest else None
