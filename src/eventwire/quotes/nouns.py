"""Nouns of communication or stance as cues: "Senator Miller's claim that ...", "a statement by
the ministry on ...", "a New York Times report that ...", "Kaine is a staunch opponent of ...";
with no owner named, only a full "that" clause ("charges that he ...") is reported content.
The nouns and their prepositions are `speech_nouns` in data/cues.yaml."""
from __future__ import annotations

from .boundaries import trim_trailing_aside
from .found import Found, words


def speech_nouns(finder, found: list[Found]) -> list[Found]:
    out = []
    for tok in finder.tokens:
        entry = finder.lexicon.speech_nouns.get(tok.lemma_.lower()) if tok.pos_ == "NOUN" else None
        if entry is None or finder.in_quote(tok.idx) or any(f.start <= tok.idx < f.end for f in found):
            continue
        source = next((c for c in tok.children if c.dep_ == "poss"), None)
        if source is None:
            by = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("by", "from")), None)
            source = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
        if source is None and tok.dep_ == "attr":  # "Kaine is a staunch opponent of ...": the subject
            source = next((c for c in tok.head.children if c.dep_ == "nsubj" and c.i < tok.i), None)
        if source is None and tok.dep_ == "dobj" and tok.head.lemma_.lower() in finder.lexicon.light_verbs:
            # "Democrats voiced concerns that ...": the subject of a light verb owns the noun
            source = next((c for c in tok.head.children if c.dep_ == "nsubj" and c.i < tok.i), None)
        if source is None:  # "a New York Times report that ...": a name compounded with the noun
            source = next((c for c in reversed(list(tok.children)) if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
        content = next((c for c in tok.children if c.dep_ in ("acl", "ccomp", "relcl")
                        and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
        ownerless = source is None and content is not None and any(c.dep_ in ("nsubj", "nsubjpass") for c in content.children)
        if content is None and tok.dep_ == "nsubj" and tok.head.lemma_ == "be":  # "Her view is that ..."
            content = next((c for c in tok.head.children if c.dep_ in ("ccomp", "attr") and c.i > tok.i
                            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
        if content is None:
            prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in entry.preps), None)
            content = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
            if content is not None and content.ent_type_ in ("DATE", "TIME"):
                content = None  # "a statement on Saturday": when, not what
        if (source is None and not ownerless) or content is None:
            continue  # with no owner, only a full "that" clause ("charges that he ...") is content
        lo, hi = content.left_edge.i, trim_trailing_aside(finder.tokens, content.left_edge.i, content.right_edge.i)
        while hi > lo and (finder.tokens[hi].is_punct or finder.tokens[hi].is_space):
            hi -= 1
        start, end = finder.tokens[lo].idx, finder.tokens[hi].idx + len(finder.tokens[hi].text)
        if words(finder.text[start:end]) < 1 or any(f.start < end and start < f.end for f in found + out):
            continue
        name = [t for t in source.subtree if t.dep_ != "case"] if source is not None else []  # "Miller's": Miller
        out.append(Found(start, end, "indirect", "indirect-noun", according=source, cue_word=tok,
                         speaker_bounds=(name[0].idx, name[-1].idx + len(name[-1].text)) if name else None,
                         paragraph=finder.para(start), last_paragraph=finder.para(end - 1)))
    return out
