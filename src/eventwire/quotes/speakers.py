"""Speaker repairs: where the cue's grammatical subject is not who the statement belongs to.

`assemble.py` takes the cue's subject as the speaker; these rules correct it for patterns where
news writing (and the PolNeAR annotators) credit someone else: a non-media "according to"
source, an occasion of speaking named after "In ...", an ownerless speech noun's carrier verb,
the issuer of a statement a participle hangs on, a subject the parser invented (a date, a word
of a quotation), a quote under a line "He said:" or "... the following statement:" in the
paragraph before, and a quote after a colon with no cue ("X took the stance: “...”"); from
round 7 the outer cue of a direct quote hanging on a cue inside a complement, the object that
controls an infinitive when the actors stage names it, and the owner of a speech noun object.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..model import ArticleDocument, Quote, Span
from ..nlp import sent_of, text_of
from .cues import actor_for, cue_of, governing_subject, mention_bounds, own_subject
from .found import Found
from .lexicon import Cue, Lexicon

# pronouns that name no source: expletives, demonstratives and relatives
_DUMMY = ("it", "there", "this", "that", "which", "what")


def credit(quote: Quote, token: Token, doc: ArticleDocument, method: str) -> None:
    """Make the phrase headed by `token` the quote's speaker (mention, span and actor)."""
    text = doc.article.text
    start, end = mention_bounds(token)
    if token.dep_ == "poss":
        end = min(end, token.idx + len(token.text))  # "Trump's claim": the name, not the "'s"
    actor = actor_for(doc, start, end, token.idx)
    quote.speaker = actor.id if actor else None
    quote.speaker_text = text[start:end]
    quote.speaker_span = Span.of(text, start, end)
    quote.method += method


def not_a_speaker(subject: Token, found: list[Found]) -> bool:
    """A date the parser took for the subject ("..., Chief Jordan said Monday"), or a word of
    another quotation (“That makes me smart” -- and, when questioned, asserting ...)."""
    if subject.dep_ == "npadvmod" or (subject.ent_type_ in ("DATE", "TIME") and subject.ent_iob_ == "B" and subject.is_title):
        return True  # "Monday", "Saturday at the convention": a day name opening a date
    return any(f.kind == "direct" and f.start <= subject.idx < f.end for f in found)


def outer_cue(item: Found, found: list[Found], lexicon: Lexicon) -> tuple[Token, Cue] | None:
    """"Mr. Obama said the museum would document ... -- “the president but also the slave ...”",
    "He told the crowd that he wants a policy “focused on ...”": a direct quote hanging on a cue
    inside another cue's clausal complement is part of what the outer source said (the
    annotators mark one attribution for the whole), so the outer cue is the quote's."""
    tok, through_complement = item.cue, False
    # up through complements that follow their verb, and conjuncts with no subject of their own
    # ("“...,” she said, but ... Melanie said yes": a complement before its verb is a quote of its own)
    while (tok.dep_ in ("ccomp", "xcomp") and tok.head.i < tok.i) or (tok.dep_ == "conj" and own_subject(tok) is None):
        through_complement = through_complement or tok.dep_ in ("ccomp", "xcomp")
        tok = tok.head
        entry = cue_of(tok, lexicon)
        if entry is not None and through_complement \
                and not any(f.kind == "direct" and f.start <= tok.idx < f.end for f in found):
            return tok, entry
    return None


def according_is_source(according: Token, cue: Token, is_outlet: bool) -> bool:
    """"Officers saw ..., according to police": a source that is not a news outlet, in the
    cue's own clause, is where the account comes from, whatever the subject did. A news outlet
    only relayed it ("officials say ..., according to Reuters"), and "according to" in a clause
    beside the cue's ("..., according to a count, but the senator has vowed ...") is not its."""
    return not is_outlet and any(a.i == cue.i for a in according.ancestors)


def occasion_speaker(item: Found, lexicon: Lexicon) -> Token | None:
    """The sentence's subject when "In ..." names an occasion of speaking (a speech, interview,
    statement: any medium but a report) rather than a document such as a poll."""
    if not item.method.startswith("indirect-in-source"):
        return None
    medium = lexicon.medium_of(item.according.lower_)
    if medium is None or medium == "report":
        return None
    root = sent_of(item.according).root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > item.according.i), None)
    return None if subject is None or subject.lower_ in _DUMMY else subject


def issuer_of_document(item: Found, lexicon: Lexicon, doc: ArticleDocument | None = None) -> Token | None:
    """"The Council issued a statement calling the test a violation", "she said at a news
    conference announcing that ...", "lawyers filed papers opposing the unsealing": a participle
    on a thing someone issued, sent or spoke at speaks for that someone. A report, poll or other
    document of record speaks for itself; a noun naming people or groups (an actor, an entity:
    "emailed supporters saying") is who the participle describes."""
    subject, cue = item.subject, item.cue
    if subject is None or cue.dep_ != "acl" or subject.i != cue.head.i:
        return None
    medium = _medium_noun(subject, lexicon)
    if medium == "report" or (medium is None and (doc is None or subject.lower_ in lexicon.source_nouns
                                                   or _names_someone(subject, doc))):
        return None
    if subject.dep_ == "dobj":
        verb = subject.head
    elif subject.dep_ == "pobj" and subject.head.dep_ == "prep" and subject.head.head.pos_ in ("VERB", "AUX") \
            and (medium is not None or subject.head.i < subject.head.head.i):
        # "said in a statement saying", "spoke at a rally vowing"; an opening adverbial the parser
        # hung a participle in ("in many cases reporting ...", "in a box labeled “...”, a doctor
        # typed"); not a verb's argument ("gave $25 million to a group backing Rubio")
        verb = subject.head.head
    else:
        return None
    issuer = own_subject(verb)
    return None if issuer is None or issuer.lower_ in _DUMMY else issuer


def owner_of_object(item: Found, sdoc: Doc, lexicon: Lexicon) -> Token | None:
    """"Politifact seized on Trump's claim that ...", "Clinton is seizing upon a New York Times
    report that ...": an object content that is an owned speech noun with its "that" clause
    reports what the owner said; the annotators credit the owner, not who took it up."""
    if not item.method.startswith("indirect-object"):
        return None
    span = sdoc.char_span(item.start, item.end, alignment_mode="expand")
    head = span.root if span is not None else None
    if head is None or head.lower_ not in lexicon.speech_nouns or not any(
            c.dep_ in ("acl", "relcl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            for c in head.children):
        return None
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is None:  # "a New York Times report": the name compounded with the noun
        owner = next((c for c in reversed(list(head.children)) if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
    return None if owner is None or owner.lower_ in _DUMMY else owner


def controlling_object(item: Found, doc: ArticleDocument) -> Token | None:
    """"pushing private doctors to query veterans", "left many nations feeling that ...": the
    object of the verb an infinitive or participle complement hangs on does its act when the
    actors stage names it as people or a group (the parse-only rule in `cues.py` needs a name
    entity, so "doctors" and "voters" were missed)."""
    cue = item.cue
    if item.subject is None or cue.dep_ != "xcomp" or cue.head.pos_ not in ("VERB", "AUX"):
        return None
    if cue.tag_ != "VBG" and not any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children):
        return None
    obj = next((c for c in cue.head.children if c.dep_ == "dobj" and c.i < cue.i), None)
    if obj is None or obj.i == item.subject.i or not _names_someone(obj, doc):
        return None
    return obj


def _names_someone(noun: Token, doc: ArticleDocument) -> bool:
    """Whether a noun phrase names a person or group: an actor or a name entity covers it."""
    start, end = mention_bounds(noun)
    if any(t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") for t in noun.subtree if start <= t.idx < end):
        return True
    return actor_for(doc, start, end, noun.idx) is not None


def _medium_noun(noun: Token, lexicon: Lexicon) -> str | None:
    """The medium a noun names, with its compound ("news conference") or alone ("statement")."""
    compounds = [c.lower_ for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
    return lexicon.medium_of(" ".join(compounds + [noun.lower_])) or lexicon.medium_of(noun.lower_)


def noun_owner(item: Found) -> Token | None:
    """"Democrats persisted in arguments that ...": the subject of the verb carrying an ownerless
    speech noun, which the annotators take as its source."""
    return governing_subject(item.cue_word)


def _colon_ending_line_before(item: Found, sdoc: Doc) -> Token | None:
    """The colon ending the paragraph right before a quotation that opens a paragraph."""
    region = item.region
    if region is None:
        return None
    text = text_of(sdoc)
    before = text[:region.outer_start].rstrip()
    if not before.endswith(":") or "\n" not in text[len(before):region.outer_start]:
        return None
    colon = sdoc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    return colon[0] if colon is not None else None


def _line_tokens(colon: Token) -> list[Token]:
    """The tokens of the colon's line, last first."""
    out = []
    for tok in reversed(list(sent_of(colon))[: colon.i - sent_of(colon).start]):
        if tok.is_space and "\n" in tok.text:
            break
        out.append(tok)
    return out


def cue_on_line_before(item: Found, sdoc: Doc, lexicon: Lexicon) -> tuple[Token, Cue] | None:
    """A quotation opening a paragraph right after a line ending in "<speaker> <cue>:" ("He
    said:", "The New York Times reports:"): that line's cue, with no content of its own."""
    colon = _colon_ending_line_before(item, sdoc)
    if colon is None:
        return None
    for tok in _line_tokens(colon):
        entry = cue_of(tok, lexicon)
        if entry is not None:
            if any(c.dep_ in ("ccomp", "xcomp") and tok.i < c.i < colon.i for c in tok.children):
                return None  # "He said the plan failed:": the line has content of its own
            return tok, entry
    return None


def subject_before_colon(item: Found, sdoc: Doc) -> Token | None:
    """"Kaine has adopted the stance common among Catholics: “I'm pro-life ...”": a quotation
    with no cue right after a colon in its own paragraph is the words of the subject of the
    clause the colon ends."""
    region = item.region
    if region is None:
        return None
    text = text_of(sdoc)
    before = text[:region.outer_start].rstrip()
    if not before.endswith(":") or "\n" in text[len(before):region.outer_start]:
        return None
    colon = sdoc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    if colon is None:
        return None
    colon = colon[0]
    head = colon.doc[colon.i - 1] if colon.i > 0 else colon  # the clause before the colon, not the quote
    # up to the main clause: not a relative or adverbial clause inside it ("..., which hits liberals where they live:")
    while (head.pos_ not in ("VERB", "AUX") or head.dep_ in ("relcl", "acl", "advcl")) and head.i != head.head.i:
        head = head.head
    subject = own_subject(head) if head.pos_ in ("VERB", "AUX") and head.i < colon.i else None
    return None if subject is None or subject.lower_ in _DUMMY or region.outer_start <= subject.idx else subject


def announcer_on_line_before(item: Found, sdoc: Doc) -> Token | None:
    """"The senator released the following statement:", "Transcript as follows:": a line that
    announces what follows names its source: the subject of the line's verb, or the noun that
    heads a verbless line."""
    colon = _colon_ending_line_before(item, sdoc)
    if colon is None:
        return None
    line = _line_tokens(colon)
    words = [t.lower_ for t in line]
    if "following" not in words and "follows" not in words:
        return None
    root = sent_of(colon).root
    if root not in line:
        return None
    if root.pos_ in ("VERB", "AUX") and root.lower_ != "follows":
        subject = own_subject(root)
        return None if subject is None or subject.lower_ in _DUMMY else subject
    head = root if root.pos_ in ("NOUN", "PROPN") else next((c for c in root.children if c.dep_ in ("nsubj", "npadvmod")
                                                             and c.pos_ in ("NOUN", "PROPN")), None)
    return head
