"""What surrounds a cue word: its speaker mention, the medium, the time, the cue's own span.

All of it is read off the spaCy dependency parse of the cue's clause; the actors and times that
earlier stages found are matched to these mentions by character span.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..datelines import in_dateline
from ..model import Actor, ArticleDocument, TimeExpr
from ..nlp import sent_of
from .lexicon import Cue, Lexicon

SUBJECTS = ("nsubj", "nsubjpass", "csubj")
# Clause links through which a participle or conjoined cue inherits the main verb's subject:
# "..., adding that ...", "and said ...", "went on to say ...", and a predicate adjective's
# infinitive up to the copula ("has been slow to embrace", "will be unable to ... accuse").
_INHERIT = ("conj", "advcl", "xcomp", "acl", "acomp")
# Branches of a subject phrase that describe the speaker rather than name it.
_PRUNE = ("appos", "relcl", "acl", "punct", "advcl", "parataxis")
RELATIVE = {"who", "that", "which", "whom"}
PRONOUNS = {"he", "she", "they", "it", "we", "i"}
RESOLVABLE = {"he", "she", "they"}


def cue_of(token: Token, lexicon: Lexicon) -> Cue | None:
    """The cue entry when `token` is a verb, used as a verb, whose lemma is listed in cues.yaml."""
    if token.pos_ == "ADJ" and token.dep_ == "acomp":  # "is confident that ...", "was critical of ..."
        return lexicon.adjectives.get(token.lower_)
    if _mistagged_verb(token):  # "Trump claims that ...": the tagger read a verb as a plural noun
        return next((lexicon.cues[form] for form in _inflection_stems(token.lower_) if form in lexicon.cues), None)
    if not token.tag_.startswith("VB") or token.dep_ in ("amod", "compound", "acomp", "nmod", "nsubj", "dobj", "pobj"):
        return None  # participles used as adjectives or nouns: "continued support", "the said"
    entry = lexicon.cues.get(token.lemma_.lower())
    if entry is None:  # the lemmatiser errs on some verbs ("hoping", "hopes" -> "hop")
        entry = next((lexicon.cues[form] for form in _inflection_stems(token.lower_) if form in lexicon.cues), None)
    return entry


def _mistagged_verb(token: Token) -> bool:
    """A plural noun heading its sentence with a subject and a clause or object of its own."""
    return token.tag_ == "NNS" and token.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in token.children) \
        and any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in token.children)


def _inflection_stems(word: str) -> list[str]:
    stems = [word]
    for suffix, repl in (("ing", "e"), ("ing", ""), ("ed", "e"), ("ed", ""), ("es", "e"), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stems.append(word[: -len(suffix)] + repl)
    return stems


def _dateline(token: Token) -> bool:
    """"WASHINGTON (AP) — Officials said ...": the parser may take the dateline for the subject.
    Besides the datelines module's capitalised ones, "New York (AFP) – ..." (title case with the
    agency in brackets) at a paragraph start."""
    doc = token.doc
    if in_dateline(doc, token.idx, token.idx + len(token.text)):
        return True
    first = token.left_edge
    if first.i > 0 and "\n" not in doc[first.i - 1].text:
        return False
    after = [t.text for t in doc[token.i + 1:token.i + 8]]
    if "(" not in after or ")" not in after:
        return False
    close = after.index(")")
    return after.index("(") < close and close + 1 < len(after) and after[close + 1] in ("—", "–", "-", "--")


def subject_of(cue: Token) -> Token | None:
    """The speaker token of a cue verb: its subject, the agent of a passive, or an inherited one."""
    verb = cue.head if cue.dep_ == "acomp" else cue  # a predicate adjective's subject is the copula's
    for _ in range(4):
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if agent is not None and any(c.dep_ == "nsubjpass" for c in verb.children):
            by = next((c for c in agent.children if c.dep_ == "pobj"), None)
            if by is not None:  # "was endorsed by the Times": the agent, not the passive subject
                return by
        subject = own_subject(verb)
        if subject is not None:
            return subject  # a relative "who" stays; `antecedent` names whom it stands for
        for child in verb.children:
            if child.dep_ == "agent":
                return next((c for c in child.children if c.dep_ == "pobj"), None)
        if verb.dep_ in ("relcl", "acl") and (verb.head.pos_ in ("NOUN", "PROPN", "NUM")
                                              or verb.head.lower_ in ("those", "some", "others", "many")):
            return verb.head  # "Mr. Trump, saying ...", "officials opposing the deal", "one saying that ..."
        controller = _object_controller(verb)
        if controller is not None:  # "forced Stumpf to admit that ...": Stumpf admits
            return controller
        if verb.dep_ in _INHERIT and verb.head is not verb:
            verb = verb.head
            continue
        break
    if cue.tag_ == "VBG" and cue.dep_ == "pcomp":
        # a gerund after a preposition ("after the FBI decided against recommending ...", "which
        # is dedicated to promoting ..."): the subject of the nearest clause above it
        for verb in cue.ancestors:
            subject = own_subject(verb) if verb.pos_ in ("VERB", "AUX") else None
            if subject is not None and cue not in subject.subtree:
                return subject
    if cue.tag_ == "VBG":  # a loose participle ("..., saying that ..."): the sentence's subject
        root = sent_of(cue).root
        before = next((c for c in root.children if c.dep_ in SUBJECTS and c.i < cue.i), None)
        if before is not None or cue.i > root.i:
            return before
        # "After saying he was nervous, the man asked ...", "When Trump launched it by talking
        # about ...": the participle opens its sentence; the nearest clause above with a subject
        for verb in cue.ancestors:
            subject = own_subject(verb) if verb.pos_ in ("VERB", "AUX") else None
            if subject is not None and cue not in subject.subtree:
                return subject
    return None


def governing_subject(noun: Token) -> Token | None:
    """The subject of the verb a noun hangs on, through prepositions ("Democrats persisted in
    arguments that ...", "Christie repeated accusations that ..."): the owner of an ownerless
    speech noun."""
    head = noun
    for _ in range(3):
        if head.dep_ not in ("dobj", "pobj", "prep", "attr"):
            return None
        head = head.head
        if head.pos_ in ("VERB", "AUX"):
            subject = own_subject(head)
            if subject is None or subject.lower_ in ("it", "there", "this", "that", "which", "what"):
                return None
            return subject
    return None


def own_subject(verb: Token) -> Token | None:
    """The verb's own subject. A dateline the parser took for it gives way to the name after the
    dash; with two subjects (a headline run into the sentence, "THE BORROWING Back when ...,
    Mr. McKinley said"), the one nearest before the verb; a dash parsed as a subject is none."""
    found = []
    for child in verb.children:
        if child.dep_ not in SUBJECTS or child.is_punct:
            continue
        if _dateline(child):
            real = [a for a in child.children if a.dep_ == "appos" and a.i > child.i + 1]
            if real:  # "CLEVELAND, Ohio — Jane Doe said": the name after the dash
                found.append(real[-1])
            continue
        found.append(child)
    if len(found) > 1:
        before = [c for c in found if c.i < verb.i]
        return max(before, key=lambda c: c.i) if before else found[0]
    return found[0] if found else None


# Words naming people or groups, which an object-control verb passes on as the infinitive's subject
_PERSON_ENTS = ("PERSON", "ORG", "NORP", "GPE")


def _object_controller(verb: Token) -> Token | None:
    """The object of the verb an infinitive hangs on ("forced Stumpf to admit", "led the
    journalist to fear"): that object, not the main subject, does the infinitive's act. Only a
    person or group counts ("used the speech to say" keeps the subject)."""
    if verb.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    obj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if obj is None:
        return None
    if obj.pos_ == "PRON" and obj.lower_ not in ("it", "this", "that", "what"):
        return obj
    return obj if any(t.ent_type_ in _PERSON_ENTS for t in obj.subtree) else None


def antecedent(subject: Token) -> Token | None:
    """The noun a relative pronoun subject stands for ("the senator, who said ...")."""
    if subject.lower_ in RELATIVE and subject.head.dep_ == "relcl":
        return subject.head.head
    return None


def mention_bounds(subject: Token) -> tuple[int, int]:
    """Character bounds of the speaker's name: the subject phrase without appositions and clauses."""
    kept = [subject]
    stack = [subject]
    while stack:
        tok = stack.pop()
        for child in tok.children:
            if child.dep_ in _PRUNE:
                continue
            kept.append(child)
            stack.append(child)
    kept.sort(key=lambda t: t.i)
    # keep only the contiguous run around the head (drop material beyond a pruned apposition)
    first = last = subject.i
    ids = {t.i for t in kept}
    while first - 1 in ids:
        first -= 1
    while last + 1 in ids:
        last += 1
    doc = subject.doc
    while first < last and doc[first].dep_ == "det" and doc[first].lower_ in ("the", "a", "an"):
        first += 1
    return doc[first].idx, doc[last].idx + len(doc[last].text)


def actor_for(doc: ArticleDocument, start: int, end: int, head_offset: int | None = None) -> Actor | None:
    """The actor whose span overlaps the mention; the one covering the head word wins."""
    overlapping = [a for a in doc.actors if a.span.start < end and start < a.span.end]
    if not overlapping:
        return None
    if head_offset is not None:
        covering = [a for a in overlapping if a.span.start <= head_offset < a.span.end]
        if covering:
            return max(covering, key=lambda a: a.span.end - a.span.start)
    return max(overlapping, key=lambda a: a.span.end - a.span.start)


def clause_tokens(cue: Token, exclude: tuple[int, int] | None) -> list[Token]:
    """Tokens of the cue's clause, minus the reported content and the subject phrase."""
    skip: set[int] = set()
    for child in cue.children:
        if child.dep_ in SUBJECTS:
            skip.update(t.i for t in child.subtree)
    out = []
    for tok in cue.subtree:
        if tok.i in skip:
            continue
        if exclude and exclude[0] <= tok.idx < exclude[1]:
            continue
        out.append(tok)
    return out


def medium_and_cue_end(cue: Token, entry: Cue, lexicon: Lexicon, doc: ArticleDocument,
                       exclude: tuple[int, int] | None) -> tuple[str | None, int]:
    """The medium of a cue and where its span ends ("told CNN" covers the outlet)."""
    cue_end = cue.idx + len(cue.text)
    for child in cue.children:
        if child.dep_ == "prt" and child.i == cue.i + 1:
            cue_end = child.idx + len(child.text)
    if entry.lemma == "tell":
        for child in cue.children:
            if child.dep_ in ("dobj", "dative") and child.i > cue.i and is_outlet(child, lexicon, doc):
                return "interview", child.idx + len(child.text)
    if entry.medium:
        return entry.medium, cue_end
    words = [t.lower_ for t in clause_tokens(cue, exclude) if t.i != cue.i]
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            medium = lexicon.medium_of(" ".join(words[i:i + size]))
            if medium:
                return medium, cue_end
    return None, cue_end


def is_outlet(token: Token, lexicon: Lexicon, doc: ArticleDocument) -> bool:
    """Whether the phrase ending at `token` names a news organisation (listed, or a media actor)."""
    phrase = token.doc[token.left_edge.i: token.i + 1].text.strip().lower()
    if phrase in lexicon.outlets or phrase.removeprefix("the ") in lexicon.outlets:
        return True
    actor = actor_for(doc, token.idx, token.idx + len(token.text), token.idx)
    return bool(actor and actor.kind == "media")


def time_for(cue: Token, doc: ArticleDocument, exclude: tuple[int, int] | None) -> TimeExpr | None:
    """The time expression in the cue's own clause ("tweeted late Sunday"), nearest the cue."""
    offsets = [t.idx for t in clause_tokens(cue, exclude)]
    if not offsets:
        return None
    lo, hi = min(offsets), max(offsets) + 1
    candidates = [
        t for t in doc.times
        if lo <= t.span.start < hi and not (exclude and exclude[0] <= t.span.start < exclude[1])
        and any(t.span.start <= o < t.span.end for o in offsets)
    ]
    if not candidates:
        return None
    return min(candidates, key=lambda t: abs(t.span.start - cue.idx))
