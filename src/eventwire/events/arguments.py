"""Who did it and to whom: event arguments from the dependency parse, mapped onto doc.actors.

Tokens become actors by character-span overlap with the actor mentions an earlier stage found, so
this works with any actor stage that fills `doc.actors` with spans.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..datelines import datelines_of, within_dateline
from ..model import Actor

SUBJ = {"nsubj", "csubj"}
PASS_SUBJ = {"nsubjpass", "csubjpass"}
OBJ = {"dobj", "dative", "iobj", "attr", "oprd"}
# Prepositions whose object is the one acted upon ("attack on", "sanctions against").
RECIPIENT_PREPS = {"against", "on", "upon", "into", "with", "at", "to", "toward", "towards", "onto", "over", "of", "from", "inside"}
PRONOUNS = {"he", "she", "they", "it", "we", "i", "his", "her", "their", "its", "our", "them", "him", "us"}
# Participles that describe their subject's stance rather than something done to it.
STATIVE_PARTICIPLES = {"commit", "prepare", "determine", "resolve", "dedicate", "poise", "set"}
RELATIVE = {"who", "which", "that", "whom", "whose"}
# Verbs whose "on/to" object is asked to do the "to ..." clause ("appealed to the UN to act").
CALL_ON_VERBS = {"call", "appeal", "prevail", "press"}
# Verbs with no passive: a bare participle of one is a past tense ("Hundreds of students clashed").
INTRANSITIVE = {"protest", "clash", "riot", "march", "demonstrate", "rally", "gather", "flee", "mutiny", "revolt",
                "rebel", "picket", "parade", "arrive", "return", "resign", "walk", "die", "fight", "retreat", "rise"}
# What only a state does to people: done in a country with no doer named, that country did it.
STATE_ACTIONS = {"arrest", "detain", "jail", "imprison", "sentence", "convict", "indict", "charge", "deport", "expel",
                 "extradite", "execute", "hang", "interrogate", "question", "investigate", "prosecute", "try", "fine",
                 "ban", "outlaw", "exile", "intern", "apprehend"}
STATE_ACTION_NOUNS = {"investigation", "arrest", "detention", "surveillance", "custody", "guard",
                      "curfew", "ban", "sanction", "indictment", "prosecution", "interrogation", "inquiry", "probe"}
# Fights a passive harm happens in, whose other side did it.
CLASHES = {"clash", "fighting", "battle", "attack", "ambush", "raid", "skirmish", "gunbattle", "firefight", "shootout",
           "offensive", "bombing", "assault", "strike", "airstrike", "encounter", "exchange", "crossfire", "shelling"}
# Fights a force is readied "for", whose other side the readying is aimed at.
WARS = CLASHES | {"war", "invasion", "conflict", "confrontation", "showdown", "campaign", "operation"}
# Texts that speak for whoever issues them ("issued a statement calling for ...").
DOCUMENTS = {"statement", "declaration", "communique", "letter", "resolution", "message", "appeal", "note",
             "memorandum", "decree", "report", "document", "proclamation", "manifesto", "petition", "motion"}
# Quantity-like heads whose "of" object is the real argument ("part of the programme").
PARTITIVE = {"part", "some", "all", "most", "much", "portion", "half", "rest", "many", "dozen", "dozens", "hundred",
             "hundreds", "thousand", "thousands", "tens", "scores", "millions", "number", "batch", "patch", "deployment", "one", "two", "few", "several"}


def is_passive(tok: Token) -> bool:
    if any(c.dep_ in PASS_SUBJ or c.dep_ == "auxpass" for c in tok.children):
        return True
    # "positions captured" headline style: a bare participle with a subject and no auxiliary
    # (a participle with a direct object, or of a verb with no passive, is a mistagged past tense:
    # "Police arrested ten men", "Thousands of workers protested")
    if tok.lemma_.lower() in INTRANSITIVE:
        return False
    return tok.tag_ == "VBN" and not any(c.dep_ in {"aux", "auxpass", "dobj"} for c in tok.children) and tok.dep_ not in {"amod", "acl"} and any(c.dep_ == "nsubj" for c in tok.children)


def with_conjuncts(tokens: list[Token]) -> list[Token]:
    out: list[Token] = []
    for tok in tokens:
        out.append(tok)
        out.extend(t for t in tok.conjuncts if t.i > tok.i)
    return list(dict.fromkeys(out))


def _children(tok: Token, deps: set[str]) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def pobjs(tok: Token, preps: set[str]) -> list[Token]:
    out = []
    for prep in tok.children:
        if prep.dep_ in {"prep", "agent", "prt"} and prep.lemma_.lower() in preps:
            out.extend(_children(prep, {"pobj", "pcomp"}))
            for inner in _children(prep, {"prep"}):  # "out of", "away from"
                out.extend(_children(inner, {"pobj"}))
    return out


def _unwrap(tokens: list[Token]) -> list[Token]:
    """Partitive heads give way to their "of" object; relative pronouns to the noun they modify."""
    out = []
    for tok in tokens:
        if tok.lemma_.lower() in RELATIVE and tok.head.dep_ == "relcl":
            tok = tok.head.head
        for _ in range(3):  # "tens of thousands of students"
            inner = pobjs(tok, {"of"}) if tok.lemma_.lower() in PARTITIVE or tok.pos_ == "NUM" else []
            if not inner:
                break
            tok = inner[0]
        out.append(tok)
    return out


def subjects(tok: Token, depth: int = 0) -> list[Token]:
    """The doer of a verbal trigger, following passives, control verbs, conjunctions and relative clauses."""
    if depth > 4:
        return []
    if is_passive(tok):
        agents = pobjs(tok, {"by"})
        if not agents and tok.pos_ == "ADJ" or (not agents and tok.lemma_.lower() in STATIVE_PARTICIPLES):
            agents = _children(tok, PASS_SUBJ)  # "Vietnam is committed to": a state, not a passive action
        if not agents and tok.lemma_.lower() in STATE_ACTIONS:
            agents = pobjs(tok, {"in"})  # "was arrested in Lebanon": the state where it happened did it
        if not agents:
            agents = clash_sides(tok)  # "were killed in a clash with rebels"
        return _unwrap(with_conjuncts(agents))
    subj = _children(tok, SUBJ)
    if subj:
        return _unwrap(with_conjuncts(subj))
    head = tok.head
    if tok.dep_ == "conj" and head != tok and _finite_after_embedded(tok, head):
        # "said gangs had killed 3,600 people and urged ...", "called on residents to cooperate and
        # promised ...": a simple past hung on an embedded verb continues the clause above it
        return subjects(head.head, depth + 1)
    if tok.dep_ == "conj" and head != tok:
        return subjects(head, depth + 1)
    if tok.dep_ in {"xcomp", "advcl", "ccomp"} and head != tok:
        if tok.dep_ == "xcomp":
            controller = _children(head, {"dobj"})  # "urged the EU to act": the EU acts
            if controller and head.lemma_.lower() not in {"promise", "pledge", "vow"}:
                return _unwrap(with_conjuncts(controller))
        if head.lemma_.lower() in CALL_ON_VERBS:  # "called on Beijing to release": Beijing acts
            controller = pobjs(head, {"on", "upon", "to"})
            if controller:
                return _unwrap(with_conjuncts(controller))
        return subjects(head, depth + 1)
    if tok.dep_ == "relcl":
        return [tok.head]
    if tok.dep_ == "acl" and any(c.dep_ == "aux" and c.text.lower() == "to" for c in tok.children):
        noun = tok.head  # "Moscow's plans to withdraw", "announced plans to withdraw": the planner acts
        owner = _children(noun, {"poss"})
        if owner:
            return owner
        return subjects(noun.head, depth + 1) if noun.dep_ in {"dobj", "attr"} else []
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.lemma_.lower() in DOCUMENTS and tok.head.dep_ in {"dobj", "attr"}:
        return subjects(tok.head.head, depth + 1)  # "issued a declaration demanding": the issuer demands
    if tok.dep_ == "acl" and (tok.tag_ == "VBG" or (tok.head.dep_ == "ROOT" and not pobjs(tok, {"by"}))):
        return [tok.head]  # "fighters fleeing", and a finite verb misparsed under its subject
    if tok.dep_ in {"acomp", "amod"}:
        return subjects(head, depth + 1) if tok.dep_ == "acomp" else []
    if tok.dep_ == "ROOT":
        return stranded_subject(tok)
    return []


def _finite_after_embedded(tok: Token, head: Token) -> bool:
    """A bare simple past joined to an embedded infinitive or perfect ("had killed", "to cooperate")."""
    if tok.tag_ != "VBD" or any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return False
    auxes = {c.lower_ for c in head.children if c.dep_ == "aux"}
    return head.dep_ in ("ccomp", "xcomp") and head.tag_ in ("VB", "VBN") and bool(auxes & {"to", "had"})


def clash_sides(tok: Token) -> list[Token]:
    """The other side of the fight a passive harm happened in: "killed in a clash *with rebels*",
    "wounded in an attack *by* militants", "killed in a *Hezbollah* ambush", "in an *Israeli* air strike"."""
    for fight in pobjs(tok, {"in", "during"}):
        if fight.lemma_.lower() in CLASHES:
            sides = pobjs(fight, {"with", "by"})
            return sides or [c for c in fight.children if c.dep_ in {"poss", "compound", "amod"}
                             and (c.ent_type_ in {"NORP", "ORG", "GPE"} or c.pos_ == "PROPN")]
    return []


def stranded_subject(verb: Token) -> list[Token]:
    """A finite main verb the parser left without a subject, its subject misread as part of an
    opening phrase ("With the signing of a memorandum, the government and the rebels have agreed"):
    the nouns written just before it, back to the previous comma."""
    finite = verb.tag_ in {"VBD", "VBZ", "VBP"} or any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
    if not finite or verb.pos_ != "VERB" or any(c.dep_ == "expl" for c in verb.children):
        return []
    sent = verb.sent
    i = verb.i - 1
    while i >= sent.start and verb.doc[i].dep_ in {"aux", "auxpass", "neg", "advmod"} and verb.doc[i].head == verb:
        i -= 1
    if i < sent.start or verb.doc[i].pos_ not in {"NOUN", "PROPN"}:
        return []
    first = i
    while first > sent.start and verb.doc[first - 1].text not in {",", ";", ":", "(", ")"}:
        first -= 1
    phrase = verb.doc[first:i + 1]
    return [t for t in phrase if t.pos_ in {"NOUN", "PROPN"}
            and (t.dep_ == "conj" or not (first <= t.head.i <= i))]


def objects(tok: Token) -> list[Token]:
    """What a verbal trigger acts on: direct object, passive subject, recipient prepositions."""
    found = _children(tok, OBJ)
    if is_passive(tok):
        found = _children(tok, PASS_SUBJ | {"nsubj"}) + found
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.dep_ != "ROOT":
        found.append(tok.head)
    found += pobjs(tok, RECIPIENT_PREPS - {"of", "from"})
    # "kidnapped up to 16 advisers": the parser reads "up" as a particle and the number as its "to"
    found += [p for p in pobjs(tok, {"up"}) if any(c.dep_ == "nummod" for c in p.children)]
    for obj in list(found):  # "shelled positions of the security forces", "imposed sanctions on Iran"
        found += pobjs(obj, {"of", "on", "against", "to", "upon", "into", "with"})
    found += pobjs(tok, {"from"})  # "withdrew from Lebanon", "expelled from Kuwait": after the others
    for aim in pobjs(tok, {"for"}):  # "mobilized reservists for a possible war against Iraq"
        if aim.lemma_.lower() in WARS:
            found += pobjs(aim, {"against", "on", "with"})
    return _unwrap(with_conjuncts(found))


def complement_targets(tok: Token) -> list[Token]:
    """Whom a verbal event is about when it embeds a clause: "demanded that *the US* cancel",
    "threatened to break relations *with Russia*"."""
    for child in tok.children:
        if child.dep_ == "ccomp":
            subj = _children(child, SUBJ | PASS_SUBJ)
            if subj:
                return _unwrap(with_conjuncts(subj))
        if child.dep_ == "xcomp":
            return objects(child) + conditions(child) + conditions(tok)
    return conditions(tok)


def conditions(verb: Token) -> list[Token]:
    """Subjects of "if"/"unless" clauses under a verb: whom a threat or demand is aimed at
    ("threatened to walk out if *the United States* goes ahead")."""
    subj = [s for clause in verb.children if clause.dep_ == "advcl"
            and any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in clause.children)
            for s in _children(clause, SUBJ | PASS_SUBJ) if s.lemma_.lower() not in PRONOUNS]
    return _unwrap(with_conjuncts(subj))


def locative_actors(tok: Token) -> list[Token]:
    """Names under "in/at/from/into" in the trigger's clause: the state where it happened."""
    return with_conjuncts(pobjs(tok, {"in", "at", "from", "into", "inside", "across", "throughout"}))


def noun_actor_tokens(tok: Token) -> list[Token]:
    """The doer of a nominal trigger: possessor, modifying name ("ISIS supporters"), "by" object."""
    found = _children(tok, {"poss"})
    found += [c for c in tok.children if c.dep_ in {"compound", "amod", "nmod"} and (c.ent_type_ or c.pos_ == "PROPN")]
    found += pobjs(tok, {"by"})
    if not found:  # "the arrest of two journalists by the police": "by" hangs off the "of" object
        found = [a for obj in pobjs(tok, {"of"}) for a in pobjs(obj, {"by"})]
    if not found and tok.head.lower_ == "under" and tok.lemma_.lower() in STATE_ACTION_NOUNS:
        found = pobjs(tok, {"in"}) or pobjs(tok.head.head, {"in"})  # "put under investigation in Italy": Italy investigates
    return _unwrap(with_conjuncts(found))


def noun_recipient_tokens(tok: Token) -> list[Token]:
    """Whom a nominal trigger is aimed at; "talks between X and Y" and "a mediation effort between
    X and Y" name both sides (a compound trigger reads the prepositions of the noun it modifies)."""
    found = pobjs(tok, RECIPIENT_PREPS - {"of", "from"}) or between_sides(tok)
    if not found:  # "a suspension of air links with Serbia", "the imposition of sanctions on Iran"
        found = [p for obj in pobjs(tok, {"of"}) for p in pobjs(obj, {"with", "on", "against", "upon"})]
    carrier = tok.head if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" else tok
    if not found and tok.head.lower_ == "under" and tok.lemma_.lower() in STATE_ACTION_NOUNS:
        found = _children(tok.head.head, PASS_SUBJ)  # "X was placed under arrest": X bears it
    if not found and carrier.dep_ == "dobj":  # "began a hunger strike to demand the resignation of X"
        return purpose_targets(carrier.head)
    return _unwrap(with_conjuncts(found))


def between_sides(tok: Token) -> list[Token]:
    """Both sides of a nominal event named with "between": on the noun ("talks between X and Y"),
    on the noun it modifies ("a mediation effort between"), or on its verb ("launched an effort ...
    between", "fighting broke out between X and Y")."""
    carrier = tok.head if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" else tok
    holders = [tok, carrier]
    if carrier.dep_ in {"dobj", "nsubj", "nsubjpass"}:
        holders.append(carrier.head)
    for holder in holders:
        found = pobjs(holder, {"between"})
        if found:
            return found
    return []


def purpose_targets(verb: Token) -> list[Token]:
    """Whom the "to ..." purpose clause of a verb is aimed at: its objects, and who did what they
    name ("to demand reforms by the government", "the return of property seized by the army")."""
    for clause in verb.children:
        if clause.dep_ in {"advcl", "xcomp"} and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            found = objects(clause)
            for obj in list(found):
                found += pobjs(obj, {"by"})
                found += [a for acl in obj.children if acl.dep_ == "acl" for a in pobjs(acl, {"by"})]
            return _unwrap(with_conjuncts(found))
    return []


def of_tokens(tok: Token) -> list[Token]:
    return _unwrap(with_conjuncts(pobjs(tok, {"of"})))


def phrase_bounds(tok: Token) -> tuple[int, int]:
    """Character range of the noun phrase headed by `tok`, without relative clauses or prepositions."""
    left = tok
    for child in tok.lefts:
        if child.dep_ not in {"punct", "cc", "prep", "relcl", "acl", "appos"}:
            left = min(left, child.left_edge, key=lambda t: t.i)
            break
    start = min(left.idx, tok.idx)
    end = tok.idx + len(tok.text)
    for child in tok.rights:  # names split over several tokens: "Joseph Dunford", "(SDF)"
        if child.dep_ in {"compound", "flat", "nmod"} or (child.dep_ == "appos" and child.pos_ == "PROPN" and child.i - tok.i <= 3):
            end = max(end, child.right_edge.idx + len(child.right_edge.text))
    return start, end


def actors_for(tokens: list[Token], actors: list[Actor]) -> list[str]:
    """Actor ids whose mention overlaps the phrase of each token; the head's own mention first."""
    ids: list[str] = []
    if tokens and datelines_of(tokens[0].doc):  # a dateline's place and agency are no party to the story's events
        actors = [a for a in actors if not within_dateline(tokens[0].doc, a.span.start, a.span.end)]
    for tok in tokens:
        tok_start = tok.idx  # read once: each Token attribute is a Cython call, and actors are many
        tok_end = tok_start + len(tok.text)
        head_hits = [a for a in actors if a.span.start < tok_end and a.span.end > tok_start]
        start, end = phrase_bounds(tok)
        in_phrase = [a for a in actors if a.span.start < end and a.span.end > start]
        around = [tok.head] if tok.dep_ == "appos" else []  # "Qatar's emir, Sheikh Hamad, launched"
        around += [c for c in tok.children if c.dep_ == "appos"]
        appositions = []
        for c in around:  # each apposition's bounds once, not once per actor
            low, right = c.left_edge.idx, c.right_edge
            high, is_head = right.idx + len(right.text), c == tok.head
            appositions += [a for a in actors if a.span.start >= low and a.span.end <= high
                            and not (is_head and a.span.start <= tok_start < a.span.end)]
        hits = head_hits or in_phrase or appositions  # "The Minister, Aftab Sherpao, allowed"
        if head_hits and not any(a.country for a in head_hits):
            # "the Trump administration", "Qatar's emir, Sheikh Hamad": the uncoded name takes the coded one beside it;
            # "troops of the Saudi-led coalition": the body in its "of" phrase
            owners = [a for o in pobjs(tok, {"of"}) for a in actors if a.country and a.span.start <= o.idx < a.span.end]
            hits = [a for a in in_phrase + appositions + owners if a.country and a not in head_hits] + head_hits
        if head_hits:  # "Indian and Pakistani troops", "American and British aircraft": both sides act
            mods = [m for m in tok.children if m.dep_ in ("amod", "compound")]
            paired = any(c.dep_ == "cc" for m in mods for c in m.children)  # "Qatari and Egyptian mediators"
            others = [c.idx for m in mods if m.conjuncts or paired for c in (m, *m.conjuncts)]
            hits += [a for a in actors if a.country and a not in hits and any(a.span.start <= i < a.span.end for i in others)]
        if not hits:  # "leaders of the rebels": the actor sits in the "of" phrase
            right = tok.right_edge
            hits = [a for a in actors if a.span.start >= tok.idx and a.span.end <= right.idx + len(right.text)
                    and not _inside_clause(tok, a)]
        ids.extend(a.id for a in sorted(hits, key=lambda a: a.span.start))
    return list(dict.fromkeys(ids))


def _inside_clause(tok: Token, actor: Actor) -> bool:
    """True when the actor sits inside a relative clause or verb phrase hanging off `tok`."""
    for child in tok.rights:
        if child.dep_ in {"relcl", "acl", "appos", "ccomp"}:
            lo, hi = child.left_edge.idx, child.right_edge.idx + len(child.right_edge.text)
            if actor.span.start >= lo and actor.span.end <= hi:
                return True
    return False


def resolve_pronouns(tokens: list[Token]) -> list[Token]:
    """A pronoun in a reported or embedded clause stands for the subject of the clause above it
    ("Syria says it will withdraw": it = Syria)."""
    out = []
    for tok in tokens:
        if tok.lemma_.lower() in PRONOUNS or tok.text.lower() in PRONOUNS:
            clause = tok.head
            while clause.dep_ not in {"ccomp", "xcomp", "advcl", "conj", "ROOT"} and clause.head != clause:
                clause = clause.head
            if tok.dep_ == "poss":  # "reiterated its demand": its = the clause's own subject
                own = [s for s in _children(clause, SUBJ) if s.lemma_.lower() not in PRONOUNS and s.i != tok.head.i]
                if own:
                    out.extend(with_conjuncts(own))
                    continue
            governor = clause.head if clause.dep_ != "ROOT" else None
            if governor is not None:
                above = [s for s in _children(governor, SUBJ) if s.lemma_.lower() not in PRONOUNS]
                if above:
                    out.extend(with_conjuncts(_plural_for(tok, above)))
                    continue
        out.append(tok)
    return out


def _plural_for(pronoun: Token, nouns: list[Token]) -> list[Token]:
    """"A spokesman for the rebels said they ...": a plural pronoun does not stand for one person;
    it takes the plural "for/of" complement of that noun when there is one."""
    if pronoun.lower_ not in {"they", "them", "their"} or len(nouns) != 1 or nouns[0].tag_ not in {"NN", "NNP"}:
        return nouns
    inner = [t for t in pobjs(nouns[0], {"for", "of"}) if t.tag_ in {"NNS", "NNPS"} or t.ent_type_ in {"ORG", "NORP"}]
    return inner or nouns


def possessor_fallback(tokens: list[Token], actors: list[Actor]) -> list[Token]:
    """"their forces" with no actor of its own, or one of no known country ("a spokesman for the
    Khmer Rouge said its fighters"), stands for whoever "their" is."""
    out = []
    for tok in tokens:
        poss = _children(tok, {"poss"})
        own = actors_for([tok], actors)
        uncoded = own and not any(a.country for a in actors if a.id in own)
        owners = resolve_pronouns(poss) if poss and poss[0].lower_ in PRONOUNS else poss
        if poss and (not own or (uncoded and owners != poss and any(
                a.country for a in actors if a.id in actors_for(owners, actors)))):
            out.extend(owners)
        else:
            out.append(tok)
    return out
