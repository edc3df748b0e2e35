"""Headline-style attributions: "Sanders: We Will Win" (a short name, a colon, then the words) and
"Black Lawmakers Rip Trump As A Fraud" (a name, a cue word, then the words), where the parser,
misled by title case, read the cue as a noun.
"""
from __future__ import annotations

from spacy.tokens import Span as SpacySpan, Token

from ..nlp import sents_of
from .found import Found
from .lexicon import Cue, Lexicon


def colon_headlines(finder, found: list[Found]) -> list[Found]:
    """Headline style "Sanders: We Will Win": a short proper name, a colon, then the words;
    in the headline itself any short title-cased source ("Poll: ...", "Newspaper: ...")."""
    out = []
    for sent in segments(finder):
        colon = next((t for t in finder.tokens[sent.start:min(sent.start + 7, sent.end)] if t.text == ":"), None)
        if colon is None or colon.i == sent.start or finder.in_quote(colon.idx):
            continue
        prefix = [t for t in finder.tokens[sent.start:colon.i] if not t.is_space]
        label = finder.text[prefix[0].idx:colon.idx].strip().lower().replace("’", "'") if prefix else ""
        if label in finder.lexicon.headline_labels:
            continue  # "The Latest: ...": the publication's label, not a source
        headline = finder.para(sent.start_char) == 0
        if headline:  # "EXCLUSIVE – Roger Stone: ...": the label before the dash is no source
            prefix = _after_label(finder, prefix)
        # in the headline a source may hold lowercase words: "Clinton camp:", "Clinton to Planned Parenthood:"
        if not prefix or not (headline and prefix[0].text[:1].isupper() or all(
                t.pos_ == "PROPN" or t.is_title or t.is_punct or t.dep_ in ("det", "poss", "case") for t in prefix)) \
                or not (any(t.pos_ == "PROPN" or t.ent_type_ for t in prefix) or headline):
            continue
        # the parser may end a sentence at the headline's colon: the words run to the line's end
        last = sent.end if not headline else max(sent.end, finder.token_at(finder.paras[0][1] - 1).i + 1)
        rest = [t for t in finder.tokens[colon.i + 1:last] if not t.is_space]
        while rest and rest[-1].is_punct and rest[-1].text not in "”\"’'":
            rest.pop()
        if len(rest) < 3 or any(f.start <= rest[0].idx < f.end for f in found):
            continue
        head = next((t for t in prefix if not (sent.start <= t.head.i < colon.i) or t.head is t), prefix[-1])
        start, end = rest[0].idx, rest[-1].idx + len(rest[-1].text)
        out.append(Found(start, end, "indirect", "indirect-colon", according=head,
                         speaker_bounds=(prefix[0].idx, prefix[-1].idx + len(prefix[-1].text)),
                         paragraph=finder.para(start), last_paragraph=finder.para(end - 1)))
    return out


MAX_HEADLINE_SUBJECT = 5  # words naming the source before the cue: "Federal court", "Black Lawmakers"
MAX_HEADLINE_TOKENS = 25  # a longer first line is the article's first paragraph, not a headline


def cue_headlines(finder, found: list[Found]) -> list[Found]:
    """In the headline (the first line), with nothing found in it yet: the first cue word, read off
    its surface ("Rips", "Vows"), after a short source phrase opening with a capital; what follows
    is the content ("Vows To ...", "rules against X": X)."""
    if not finder.paras:
        return []
    start, end = finder.paras[0]
    toks = [t for t in finder.tokens if start <= t.idx < end and not t.is_space]
    if not toks or len(toks) > MAX_HEADLINE_TOKENS or any(start <= f.start < end for f in found) \
            or not toks[0].text[:1].isupper() or finder.in_quote(toks[0].idx):
        return []
    for k, tok in enumerate(toks[1:MAX_HEADLINE_SUBJECT + 1], start=1):
        if finder.in_quote(tok.idx) or (tok.is_punct and tok.text not in ".'’"):
            return []  # the source phrase is plain words
        entry = _surface_cue(tok.lower_, finder.lexicon)
        phrase = finder.text[toks[0].idx:tok.idx + len(tok.text)]
        if entry is None or _noun_in_headline(tok, toks[k - 1], phrase, finder.lexicon):
            continue
        rest = toks[k + 1:]
        if rest and "preposition" in entry.takes and rest[0].lower_ in entry.preps:
            rest = rest[1:]  # "rules against X": X
        elif not entry.takes & {"clause", "object"} and not (rest and rest[0].lower_ == "to"):
            return []  # "Clinton Plan for Taxes": an infinitive verb without its "to" is a noun
        while rest and rest[-1].is_punct and rest[-1].text not in "”\"’'":
            rest.pop()
        if not rest:
            return []
        lo, hi = rest[0].idx, rest[-1].idx + len(rest[-1].text)
        return [Found(lo, hi, "indirect", "indirect-headline", according=toks[k - 1],
                      speaker_bounds=(toks[0].idx, toks[k - 1].idx + len(toks[k - 1].text)),
                      cue_word=tok, paragraph=0, last_paragraph=0)]
    return []


def _noun_in_headline(tok: Token, before: Token, phrase: str, lexicon: Lexicon) -> bool:
    """"Obama Power Plant Rules Face ...", "A Curious Plan to ...", "One Tweet Sums Up ...",
    "Washington Post Hit Piece ...": the cue word is a noun (the subject of a later finite verb,
    after a modifier, or the end of an outlet's name)."""
    to_follows = tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to"  # "Vows To Veto ...": a verb
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i > tok.i and tok.head.tag_ in ("VBZ", "VBP", "VBD") \
            and not to_follows:
        return True
    name = phrase.lower().replace("’", "'")
    # after a preposition too: "Gunmen Kill Dozens In Attacks On Villages"
    return before.tag_ in ("JJ", "DT", "CD", "PRP$", "IN") or any(name.endswith(outlet) for outlet in lexicon.outlets)


def _surface_cue(word: str, lexicon: Lexicon) -> Cue | None:
    """A cue read off the word alone: "rips", "vows", "questions", "rules"."""
    forms = [word[:-3] + "y"] if word.endswith("ies") else []
    forms += [word, word[:-2], word[:-1]] if word.endswith("es") else [word, word[:-1]] if word.endswith("s") else [word]
    return next((lexicon.cues[f] for f in forms if f in lexicon.cues), None)


def _after_label(finder, prefix: list[Token]) -> list[Token]:
    dash = next((i for i, t in enumerate(prefix) if t.text in "–—-―" and i > 0), None)
    if dash is None:
        return prefix
    label = finder.text[prefix[0].idx:prefix[dash].idx].strip().lower().replace("’", "'")
    return prefix[dash + 1:] if label in finder.lexicon.headline_labels else prefix


def segments(finder) -> list[SpacySpan]:
    """Sentences cut at paragraph breaks (headlines often end without a full stop)."""
    out = []
    for sent in sents_of(finder.sdoc):
        start = sent.start
        for tok in finder.tokens[sent.start:sent.end]:
            if "\n" in tok.text and tok.is_space:
                if tok.i > start:
                    out.append(finder.sdoc[start:tok.i])
                start = tok.i + 1
        if start < sent.end:
            out.append(finder.sdoc[start:sent.end])
    return out
