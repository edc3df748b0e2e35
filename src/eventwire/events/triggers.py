"""Find trigger words in a sentence and pick the lexicon entry whose constraints hold."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan, Token

from ..nlp import tokens_of
from .arguments import is_passive, subjects
from .formulas import no_event
from .lexicon import POS, Lexicon, Trigger

PREP_DEPS = {"prep", "prt", "agent", "advmod", "dative"}
MODIFIER_DEPS = {"compound", "amod", "nmod", "nummod", "npadvmod"}  # npadvmod: "test-fired"


@dataclass
class Hit:
    token: Token
    entry: Trigger
    end: int  # character end of the trigger span (covers particles: "pull ... out" stays the verb)


def _pos_group(tok: Token) -> list[str]:
    groups = [name for name, tags in POS.items() if tok.pos_ in tags]
    if tok.pos_ == "ADJ" and tok.tag_ in {"VBN", "VBG"}:
        groups.append("verb")  # participles tagged as adjectives: "wounded", "surrendering"
    if tok.pos_ == "VERB" and tok.tag_ == "VBG" and tok.dep_ in {"pobj", "dobj", "nsubj"}:
        groups.append("noun")  # gerunds used as nouns: "the fighting"
    return groups


# Amounts whose "in ..." names what was given or cut ("50 million dollars in aid").
AMOUNT_NOUNS = {"dollar", "euro", "pound", "yen", "franc", "mark", "rupee", "million", "billion", "ton", "tonne", "tons"}


# Prepositions whose object counts as the verb's object ("ease restrictions on"); an entry's own
# `prep` words count too ("hinted *at* military action", "abide *by* the resolution").
OBJECT_PREPS = {"on", "to", "from", "of", "as", "into", "onto"}


def _object_lemmas(tok: Token, entry_preps: frozenset[str] = frozenset()) -> set[str]:
    objs = [c for c in tok.children if c.dep_ in {"dobj", "attr", "oprd", "dative"}]
    # a bare small clause is what the verb makes of its object ("declared them persona non grata", "let them go")
    small = [c for c in tok.children if c.i > tok.i and (c.dep_ == "ccomp" and c.tag_ in {"VB", "VBP", "NN", "NNS", "JJ"}
                                                        or c.dep_ == "advcl" and c.tag_ == "JJ")  # "set the crew free"
             and not any(a.dep_ in {"aux", "auxpass", "mark", "neg"} for a in c.children)]
    objs += small + [c for s in small for c in s.children if c.dep_ in {"dobj", "acomp", "advmod", "prt"}]
    if is_passive(tok):
        objs += [c for c in tok.children if c.dep_ in {"nsubjpass", "nsubj"}]
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        objs.append(tok.head)
    for gerund in tok.children:  # "stopped providing aid" cuts the aid: the gerund's object counts
        if gerund.dep_ in {"xcomp", "dobj"} and gerund.tag_ == "VBG":
            objs += [c for c in gerund.children if c.dep_ == "dobj"]
    for prep in tok.children:  # "ease restrictions on", "lift a ban on": also accept the preposition's object
        if prep.dep_ in {"prep", "prt"} and prep.lemma_.lower() in OBJECT_PREPS | entry_preps:
            objs += [c for c in prep.children if c.dep_ == "pobj" or (prep.lower_ == "as" and c.pos_ == "ADJ")]
        if prep.lemma_.lower() == "in" and any(o.lemma_.lower() in AMOUNT_NOUNS for o in objs):
            objs += [c for c in prep.children if c.dep_ == "pobj"]  # "froze 50 million dollars in aid"
        if prep.dep_ in {"prep", "prt"} and prep.lemma_.lower() in {"out", "away"}:  # "pulled out of the talks"
            objs += [c for inner in prep.children if inner.dep_ == "prep" and inner.lemma_.lower() in {"of", "from"}
                     for c in inner.children if c.dep_ == "pobj"]
    # "described the visit as a hostile act": what the object is called is read with it
    objs += [c for o in objs for p in o.children if p.dep_ == "prep" and p.lower_ == "as"
             for c in p.children if c.dep_ == "pobj"]
    # "called the attack cowardly": a "-ly" label right after the object is parsed as an adverb of the verb
    objs += [c for o in objs if o.dep_ == "dobj" and o.head == tok for c in tok.children
             if c.dep_ == "advmod" and c.i == o.right_edge.i + 1]
    # "called the missile launch an act of aggression": a noun tagged as a verb keeps the label as its object
    objs += [c for o in objs if o.dep_ == "dobj" and o.tag_ == "VB" for c in o.children if c.dep_ in {"dobj", "oprd"}]
    lemmas = set()
    for obj in objs + [c for o in objs for c in o.conjuncts]:
        lemmas |= _word_forms(obj)  # "flew 2,000 Marines": a capitalised plural also as its singular
        for inner in obj.children:  # "part of a military aid program", "state of emergency"
            if inner.dep_ == "prep" and inner.lemma_.lower() in {"of", "in"}:  # "10 million pounds in aid"
                lemmas.update(c.lemma_.lower() for c in inner.children if c.dep_ == "pobj")
            if inner.dep_ in {"compound", "amod"}:
                lemmas.add(inner.lemma_.lower())
    return lemmas


def _modifiers(tok: Token) -> set[str]:
    out = {c.lemma_.lower() for c in tok.children if c.dep_ in MODIFIER_DEPS}
    out |= {c.text.lower() for c in tok.children if c.dep_ in MODIFIER_DEPS}
    return out


def _word_forms(tok: Token) -> set[str]:
    """Lemma and text; a capitalised plural the tagger took for a name ("Mobs torched") also as its singular."""
    forms = {tok.lemma_.lower(), tok.text.lower()}
    if tok.pos_ == "PROPN" and tok.text.lower().endswith("s"):
        forms.add(tok.text.lower()[:-1])
    return forms


def _subject_lemmas(tok: Token) -> set[str]:
    lemmas = set()
    # the grammatical subject counts too: a past tense tagged as a headline participle ("students clashed")
    for subj in subjects(tok) + [c for c in tok.children if c.dep_ == "nsubj"]:
        for t in subj.subtree:
            lemmas |= _word_forms(t)
    return lemmas


def _is_particle(tok: Token) -> bool:
    """A verb particle ("give in", "pull out of", "voted down the bill" right after its verb), not a
    preposition with its own object elsewhere ("gave addresses in the 700 block", "In May, ... sent")."""
    if tok.dep_ not in PREP_DEPS:
        return False
    return tok.dep_ != "prep" or tok.i == tok.head.i + 1 or not any(c.dep_ == "pobj" for c in tok.children)


def _dates(prep: Token) -> bool:
    """"on Friday", "at noon": a time, not the preposition an entry asks for ("fired on the crowd")."""
    return any(c.dep_ == "pobj" and c.ent_type_ in {"DATE", "TIME"} for c in prep.children)


def _fits(tok: Token, entry: Trigger) -> bool:
    if entry.particle and not any(_is_particle(c) and c.lemma_.lower() in entry.particle for c in tok.children):
        return False
    if entry.prep:
        near = list(tok.children) + [g for c in tok.children if c.dep_ == "dobj" for g in c.children]
        if not any(c.dep_ in PREP_DEPS and c.lemma_.lower() in entry.prep and (c.lower_ == "until" or not _dates(c))
                   for c in near):  # "gave them until Friday": a deadline is the point of "until"
            return False  # the preposition may hang off the object: "used water cannon against"
    if entry.object or entry.not_object:
        objs = _object_lemmas(tok, entry.prep)
        if entry.object and not objs & entry.object:
            return False
        if entry.also_object and not objs & entry.also_object:
            return False
        if entry.not_object and objs & entry.not_object:
            return False
    if entry.compound or entry.not_compound:
        mods = _modifiers(tok)
        if entry.compound and not mods & entry.compound:
            return False
        if entry.not_compound and mods & entry.not_compound:
            return False
    if entry.subject and not _subject_lemmas(tok) & entry.subject:
        return False
    if entry.not_subject and {s.lemma_.lower() for s in subjects(tok)} & entry.not_subject:
        return False  # "talks failed to bridge differences": no one refused anything
    if entry.governor and tok.head.lemma_.lower() not in entry.governor:
        return False
    return True


# Where a noun can stand and still be the event a sentence reports: an argument of a verb
# ("held talks", "a bombing killed"), the root of a headline, or "under" ("put under investigation").
NOUN_EVENT_DEPS = {"dobj", "nsubj", "nsubjpass", "ROOT", "csubj"}


# Heads that pass the event on to their modifier or "of" object: "a mediation effort", "ten days of war games".
CARRIERS = {"effort", "campaign", "operation", "mission", "process", "drive", "program", "programme", "wave",
            "series", "round", "day", "week", "hour", "month", "spate", "string", "threat", "plan"}


# Nouns for a published text whose "-ing" modifier says what the text does ("a statement condemning ...").
STATEMENT_NOUNS = {"statement", "declaration", "communique", "resolution", "letter", "message", "note", "memorandum",
                   "appeal", "petition", "speech", "broadcast", "decree", "motion", "report", "editorial", "leaflet"}


STATE_VERBS = {"go", "be", "remain", "stay", "put", "place", "come", "continue"}
CASUALTY_VERBS = {"die", "perish", "kill", "wound", "injure", "hurt", "maim", "displace", "flee", "destroy", "damage"}
MOTION_VERBS = {"arrive", "come", "go", "travel", "fly", "head", "leave", "return", "gather", "assemble", "meet", "shuttle"}


def _reported_noun(tok: Token) -> bool:
    head = tok
    while head.dep_ == "conj" and head.head != head:
        head = head.head
    if head.dep_ == "compound" and head.head.lemma_.lower() in CARRIERS:
        head = head.head
    if head.dep_ == "pobj" and head.head.lemma_.lower() == "of" and head.head.head.lemma_.lower() in CARRIERS:
        head = head.head.head
    if head.dep_ in NOUN_EVENT_DEPS:
        return not _background_clause(head.head) if head.dep_ != "ROOT" else True
    prep = head.head
    if head.dep_ != "pobj" or prep.head.pos_ not in {"VERB", "AUX"}:
        return False
    # "put under investigation", "went on strike", "placed on alert", "arrived for a visit", "was in Kabul for talks"
    verb, word = prep.head.lemma_.lower(), prep.lemma_.lower()
    if (prep.head.dep_ == "relcl" or (prep.head.dep_ == "acl" and prep.head.tag_ == "VBN")) and _background_clause(prep.head):
        return False  # "in Serbia, where 24 people were killed in riots", "soldiers killed in the clash": background too
    return (word == "under" or (word == "on" and verb in STATE_VERBS) or (word == "for" and (verb in MOTION_VERBS or verb == "be"))
            or (word in {"in", "during"} and verb in CASUALTY_VERBS)  # "two died in clashes"
            or (word == "in" and verb in {"engage", "embroil"}))  # "engaged in heavy fighting"


def _background_clause(tok: Token) -> bool:
    """Participles and relative clauses describe a noun; a "who/which" clause whose relative pronoun is
    its subject still reports an event of that noun ("rebels who attacked the town")."""
    clause = tok
    while clause.dep_ == "conj" and clause.head != clause:
        clause = clause.head
    if _reporters_question(clause):
        return True
    if clause.dep_ == "relcl":
        # "rebels who attacked the town" reports; "the helicopter that was captured" refers back to an earlier event
        return not any(c.dep_ == "nsubj" and c.lemma_.lower() in {"who", "which", "that"} for c in clause.children)
    if (clause.dep_ in {"amod", "compound"} and clause.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in clause.children)
            and _headline(clause.sent)):
        return False  # "Police detain opposition leader": a headline verb with its subject, hung off its object
    if clause.dep_ == "acl" and clause.head.dep_ == "ROOT" and clause.tag_ in {"VBD", "VBN"}:
        return False  # "2,000 students protested in Dhaka": a finite verb the parser hung off its subject
    if clause.dep_ == "acl" and any(c.dep_ == "aux" and c.text.lower() == "to" for c in clause.children):
        return False  # "plans to withdraw", "the decision to attack": the noun's content, not a modifier
    if clause.dep_ == "acl" and clause.tag_ == "VBG" and clause.head.lemma_.lower() in STATEMENT_NOUNS:
        return False  # "issued a statement condemning the attack": the statement's content is the event
    return clause.dep_ in {"acl", "amod", "compound"}


def _reporters_question(tok: Token) -> bool:
    """"Asked whether Manila would ..., Teodoro said": a journalist's question introducing the answer,
    not a request by anyone in the story."""
    return (tok.dep_ == "advcl" and tok.tag_ == "VBN" and tok.lemma_.lower() in {"ask", "question", "press"}
            and not any(c.dep_ in {"nsubj", "nsubjpass", "auxpass"} for c in tok.children))


# "-ing" participles that report what the people they describe are doing ("students demonstrating
# against the war", "workers striking for higher pay"): the protest is an event of the sentence.
PROTEST_PARTICIPLES = {"protest", "demonstrate", "rally", "march", "strike", "riot", "picket"}


def _protesting_crowd(tok: Token) -> bool:
    return tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.lemma_.lower() in PROTEST_PARTICIPLES


# Plural subject + base form, or singular subject + "-s" form: a verb by agreement ("Rebels attack").
_AGREEING = ({"NNS", "NNPS"}, {"NN", "VB", "VBP"}), ({"NN", "NNP"}, {"NNS", "VBZ"})


def _headline(sent: SpacySpan) -> bool:
    """A headline has no closing stop."""
    return sent.text.rstrip()[-1:] not in {".", "!", "?", '"', "'", ":", ";"}


def _verbless_headline(sent: SpacySpan) -> bool:
    return _headline(sent) and not any(t.pos_ in {"VERB", "AUX"} for t in sent)


def headline_verb(tok: Token, lex: Lexicon) -> bool:
    """A telegraphic headline the parser read without a verb ("Rebels attack army post in north", "EU
    expels envoys"): a noun that agrees with the noun before it as a verb does with its subject, and
    that the lexicon knows as a verb, is that verb. Only in a verbless sentence with no final stop
    (the caller checks the sentence once: `_verbless_headline`)."""
    if tok.pos_ != "NOUN" or tok.i == tok.sent.start:
        return False
    before = tok.doc[tok.i - 1]
    agrees = any(before.tag_ in subj and tok.tag_ in verb for subj, verb in _AGREEING)
    return agrees and before.pos_ in {"NOUN", "PROPN"} and bool(lex.by_lemma.get((tok.lemma_.lower(), "verb")))


def find_hits(sent: SpacySpan, lex: Lexicon) -> list[Hit]:
    hits = []
    verbless = _verbless_headline(sent)
    for tok in tokens_of(sent.doc)[sent.start:sent.end]:
        if verbless and headline_verb(tok, lex):
            entry = next((e for e in lex.by_lemma[(tok.lemma_.lower(), "verb")] if _fits(tok, e)), None)
            if entry is not None:
                hits.append(Hit(tok, entry, tok.idx + len(tok.text)))
            continue
        if tok.dep_ == "compound" and tok.pos_ in {"NOUN", "PROPN"} and tok.head.lemma_.lower() not in CARRIERS:
            continue  # "attack helicopter", "aid workers": modifiers, not events
        if tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and not _reported_noun(tok)):
            continue  # names, and nouns in modifiers ("refugees fleeing the war"), are not reported events
        if tok.pos_ in {"VERB", "ADJ"} and _background_clause(tok) and not _protesting_crowd(tok):
            continue  # relative clauses and modifiers ("the helicopter that was captured") give background
        if no_event(tok):
            continue  # stock phrases: "who asked not to be named", "nobody will be allowed to"
        lemma = tok.lemma_.lower()
        for group in _pos_group(tok):
            candidates = lex.by_lemma.get((lemma, group)) or lex.by_lemma.get((tok.text.lower(), group)) or []
            entry = next((e for e in candidates if _fits(tok, e)), None)
            if entry is not None:
                hits.append(Hit(tok, entry, tok.idx + len(tok.text)))
                break
    return hits
