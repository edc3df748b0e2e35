""""according to X": X is the source of the rest of the sentence, or, when the sentence has its
own cue ("officials said ..., according to Reuters"), the one who relayed that quote. Likewise
"In the latest poll, Clinton leads ...": a document or occasion named after "in" (`source_nouns`
in cues.yaml) is the source of a sentence that has no cue of its own."""
from __future__ import annotations

from spacy.tokens import Token

from ..nlp import sent_of, sents_of
from .found import Found, words

# what may follow the source's head inside the phrase: "according to a report |by the UN|"
# findings that record a stance rather than a statement; "according to X" outranks them
_STANCE_METHODS = ("indirect-object", "indirect-passive")
_SOURCE_TAIL = ("prep", "pobj", "compound", "flat", "nummod", "poss", "case", "amod", "det")


def according_to(finder, found: list[Found]) -> list[Found]:
    out = []
    for tok in finder.tokens:
        if tok.lower_ != "according" or finder.in_quote(tok.idx):
            continue
        to = next((c for c in tok.children if c.lower_ == "to"), None)
        # "according to show insiders": the parser may read the source as a verb phrase (pcomp)
        source = next((c for c in to.children if c.dep_ in ("pobj", "pcomp")), None) if to is not None else None
        if source is None:
            continue
        sent = sent_of(tok)
        in_sent = [f for f in found if f.cue is not None and sent.start_char <= f.cue.idx < sent.end_char]
        owner = next((f for f in in_sent if not f.method.startswith(_STANCE_METHODS)), None)
        if owner is None:  # "voters view him favorably, according to a poll": the poll is the source
            for f in in_sent:
                found.remove(f)
        else:
            owner.according = source  # the speaker is known; X only relayed it
            continue
        phrase = phrase_tokens(tok, source)
        toks = [t for t in finder.tokens[sent.start:sent.end] if t.i not in phrase and not t.is_space]
        while toks and toks[0].is_punct:
            toks.pop(0)
        while toks and toks[-1].is_punct:
            toks.pop()
        if not toks:
            continue
        start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        if words(finder.text[start:end]) < 2:
            continue
        out.append(Found(start, end, "indirect", "indirect-according", according=source,
                         paragraph=finder.para(start), last_paragraph=finder.para(end - 1)))
    return out


def phrase_tokens(according: Token, source: Token) -> set[int]:
    """Token ids of "according to X": when the parse hangs the whole sentence on "According"
    ("According to X, the move reeks of fear"), only the part up to the source's phrase end."""
    phrase = {t.i for t in according.subtree}
    sent = sent_of(according)
    if len(phrase) < 0.8 * (sent.end - sent.start):
        return phrase
    keep = {according.i, source.head.i} | {t.i for t in source.subtree if t.i <= source.i}
    stack = [c for c in source.children if c.i > source.i and c.dep_ in _SOURCE_TAIL]
    while stack:
        tok = stack.pop()
        if tok.is_punct:
            continue
        keep.add(tok.i)
        stack.extend(c for c in tok.children if c.dep_ in _SOURCE_TAIL)
    return keep


def in_source(finder, found: list[Found]) -> list[Found]:
    """"In the previous ABC News poll, conducted in September, Clinton led by 5 points"."""
    out = []
    for sent in sents_of(finder.sdoc):
        first = next((t for t in finder.tokens[sent.start:sent.end] if not t.is_space), None)
        if first is None or first.lower_ != "in" or first.dep_ != "prep" or finder.in_quote(first.idx):
            continue
        source = next((c for c in first.children if c.dep_ == "pobj"), None)
        if source is None or source.lemma_.lower() not in finder.lexicon.source_nouns \
                or any(sent.start_char <= f.start < sent.end_char or (f.cue is not None and sent.start_char <= f.cue.idx < sent.end_char)
                       for f in found):
            continue
        phrase = {t.i for t in first.subtree}
        toks = [t for t in finder.tokens[sent.start:sent.end] if t.i not in phrase and not t.is_space]
        while toks and toks[0].is_punct:
            toks.pop(0)
        while toks and toks[-1].is_punct:
            toks.pop()
        if len(toks) < 3:
            continue
        start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        out.append(Found(start, end, "indirect", "indirect-in-source", according=source, cue_word=first,
                         paragraph=finder.para(start), last_paragraph=finder.para(end - 1)))
    return out
