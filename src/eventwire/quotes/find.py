"""Finding reported content: direct quotes (marks + nearest cue), indirect quotes (a cue verb's
clausal complement), and "according to X" attributions. Speakers are resolved later, in order.
"""
from __future__ import annotations

import bisect

from spacy.tokens import Doc, Span as SpacySpan, Token

from ..nlp import sent_of, sents_of, tokens_of

from .cues import cue_of, subject_of
from .found import Found, drop_nested, merge, words
from .lexicon import Cue, Lexicon
from .marks import Region, find_regions, paragraphs

MIN_DIRECT_WORDS = 4  # shorter quoted strings are titles or scare quotes, not quotations


class Finder:
    def __init__(self, sdoc: Doc, lexicon: Lexicon):
        self.sdoc = sdoc
        self.tokens = tokens_of(sdoc)  # shared per-Doc list: `doc[i]` builds a new Token each call
        self.text = sdoc.text
        self.lexicon = lexicon
        self.paras = paragraphs(self.text)
        self._para_starts = [start for start, _ in self.paras]
        # short quoted fragments (scare quotes, titles) are read as ordinary words of the sentence
        self.regions = [r for r in find_regions(self.text) if _is_quotation(self.text[r.start:r.end])]
        self._outer = sorted((r.outer_start, r.outer_end) for r in self.regions)
        self._starts = [s for s, _ in self._outer]

    def in_quote(self, offset: int) -> bool:
        i = bisect.bisect_right(self._starts, offset) - 1
        return i >= 0 and self._outer[i][0] <= offset < self._outer[i][1]

    def token_at(self, offset: int) -> Token:
        span = self.sdoc.char_span(offset, offset + 1, alignment_mode="expand")
        return self.tokens[span.start] if span is not None and len(span) else self.tokens[-1]

    def para(self, offset: int) -> int:
        return max(bisect.bisect_right(self._para_starts, offset) - 1, 0)

    def run(self) -> list[Found]:
        direct = self._direct()
        indirect = self._indirect()
        found = drop_nested(merge(direct, indirect, self.text))
        found.extend(self._according(found))
        found.extend(self._speech_nouns(found))
        found.extend(self._colon_headlines(found))
        return sorted(found, key=lambda f: f.start)

    # --- "Name: words" -------------------------------------------------------------------
    def _colon_headlines(self, found: list[Found]) -> list[Found]:
        """Headline style "Sanders: We Will Win": a short proper name, a colon, then the words;
        in the headline itself any short title-cased source ("Poll: ...", "Newspaper: ...")."""
        out = []
        for sent in self._segments():
            colon = next((t for t in self.tokens[sent.start:min(sent.start + 7, sent.end)] if t.text == ":"), None)
            if colon is None or colon.i == sent.start or self.in_quote(colon.idx):
                continue
            prefix = [t for t in self.tokens[sent.start:colon.i] if not t.is_space]
            if not prefix or not all(t.pos_ == "PROPN" or t.is_title or t.is_punct or t.dep_ in ("det", "poss", "case")
                                     for t in prefix) or not (any(t.pos_ == "PROPN" or t.ent_type_ for t in prefix)
                                                              or self.para(sent.start_char) == 0):
                continue
            rest = [t for t in self.tokens[colon.i + 1:sent.end] if not t.is_space]
            while rest and rest[-1].is_punct and rest[-1].text not in "”\"’'":
                rest.pop()
            if len(rest) < 3 or any(f.start <= rest[0].idx < f.end for f in found):
                continue
            head = next((t for t in prefix if not (sent.start <= t.head.i < colon.i) or t.head is t), prefix[-1])
            start, end = rest[0].idx, rest[-1].idx + len(rest[-1].text)
            out.append(Found(start, end, "indirect", "indirect-colon", according=head,
                             speaker_bounds=(prefix[0].idx, prefix[-1].idx + len(prefix[-1].text)),
                             paragraph=self.para(start), last_paragraph=self.para(end - 1)))
        return out

    # --- direct quotes -------------------------------------------------------------------
    def _direct(self) -> list[Found]:
        out = []
        for region in self.regions:
            found = Found(region.start, region.end, "direct", "direct-marks", region=region,
                          paragraph=region.paragraph, last_paragraph=region.last_paragraph)
            cue = self._nearest_cue(region)
            if cue is not None:
                found.cue, found.entry = cue
                found.subject = subject_of(found.cue)
                found.method = "direct-cue"
            out.append(found)
        return out

    def _nearest_cue(self, region: Region) -> tuple[Token, Cue] | None:
        first = sent_of(self.token_at(region.start))
        last = sent_of(self.token_at(max(region.end - 1, region.start)))
        sents = {first.start: first, last.start: last}
        prev = sent_of(self.tokens[first.start - 1]) if first.start > 0 else None
        if prev is not None and prev.text.rstrip().endswith(":"):
            sents[prev.start] = prev  # "He said:" ending the sentence before the quote
        lo_para, hi_para = region.paragraph, region.last_paragraph
        inside = [t for t in self.tokens if region.start <= t.idx < region.end] if first == last else []
        governing = {a.i for t in inside for a in t.ancestors}
        best = None
        for sent in sents.values():
            for tok in self.tokens[sent.start:sent.end]:
                if self.in_quote(tok.idx) or not lo_para <= self.para(tok.idx) <= hi_para:
                    continue
                entry = cue_of(tok, self.lexicon)
                if entry is None:
                    continue
                distance = min(abs(tok.idx - region.outer_end), abs(region.outer_start - tok.idx))
                if tok.i in governing:
                    distance -= len(self.text)  # the verb the quoted clause hangs on wins over a nearer one
                if best is None or distance < best[0]:
                    best = (distance, tok, entry)
        if best is None and prev is not None and prev.start_char >= self.paras[lo_para][0]:
            # "Trump wrote on Twitter." then the quote: a cue with no content of its own
            for tok in reversed(self.tokens[prev.start:prev.end]):
                entry = cue_of(tok, self.lexicon)
                if entry and not self.in_quote(tok.idx) and not any(c.dep_ in ("ccomp", "xcomp") for c in tok.children):
                    return tok, entry
        return (best[1], best[2]) if best else None

    # --- indirect quotes -----------------------------------------------------------------
    def _indirect(self) -> list[Found]:
        out = []
        for tok in self.tokens:
            entry = cue_of(tok, self.lexicon)
            if entry is None or self.in_quote(tok.idx):
                continue
            comp, carrier = self._complement(tok, entry)
            method = "carrier" if carrier is not None else "complement"
            if comp is None and tok.dep_ == "parataxis" and tok.head.i > tok.i and "clause" in entry.takes:
                start, end = self._content_bounds(tok.head, tok)  # "The economy, he said, is ..."
                method = "parenthetical"
            elif comp is not None:
                start, end = self._content_bounds(comp, tok)
            elif "object" in entry.takes and any(c.dep_ == "dobj" for c in tok.children):
                start, end = self._object_bounds(tok)
                method = "object"
            elif "preposition" in entry.takes:
                start, end = self._prep_bounds(tok, entry)
                method = "object"
            else:
                continue
            if end <= start or words(self.text[start:end]) < (1 if method == "object" else 2):
                continue
            out.append(Found(start, end, "indirect", "indirect-" + method,
                             cue=tok, entry=entry, subject=subject_of(tok), carrier=carrier,
                             paragraph=self.para(start), last_paragraph=self.para(end - 1)))
        return out

    def _complement(self, cue: Token, entry: Cue) -> tuple[Token | None, SpacySpan | None]:
        if "clause" in entry.takes:
            clause = self._clause(cue)
            if clause[0] is not None:
                return clause
        if "infinitive" in entry.takes:
            for child in cue.children:
                if child.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
                    return child, None
        return None, None

    def _clause(self, cue: Token) -> tuple[Token | None, SpacySpan | None]:
        for child in cue.children:
            if child.dep_ == "ccomp":
                return child, None
        for child in cue.children:
            if child.dep_ in ("dobj", "pobj", "prep"):
                for tok in child.subtree:
                    if tok.dep_ in ("acl", "ccomp") and tok.head.lemma_.lower() in self.lexicon.carriers \
                            and any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children):
                        head = tok.head
                        carrier = cue.doc[head.left_edge.i: head.i + 1]
                        return tok, carrier
        return None, None

    def _prep_bounds(self, cue: Token, entry: Cue) -> tuple[int, int]:
        """What "talked about", "called for", "referred to" point at: the preposition's object."""
        prep = next((c for c in cue.children if c.dep_ in ("prep", "prt") and c.lower_ in entry.preps and c.i > cue.i), None)
        obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
        if obj is None:  # "called for the city to hire ...": the parse makes "for" a clause mark
            clause = next((c for c in cue.children if c.dep_ == "advcl" and c.i > cue.i and any(
                m.dep_ == "mark" and m.lower_ in entry.preps and m.i == c.left_edge.i for m in c.children)), None)
            if clause is not None and not self.in_quote(clause.idx):
                lo, hi = clause.left_edge.i + 1, _trim_trailing_aside(self.tokens, clause.left_edge.i + 1, clause.right_edge.i)
                return self.tokens[lo].idx, self.tokens[hi].idx + len(self.tokens[hi].text)
        if obj is None or obj.pos_ == "PRON" or self.in_quote(obj.idx):
            return 0, 0
        lo, hi = obj.left_edge.i, obj.right_edge.i
        for sib in cue.children:  # "referred to the US as the enemy": the "as" phrase belongs to it
            if sib.i > hi and sib.dep_ == "prep" and sib.lower_ in ("as", "for", "of"):
                hi = max(hi, sib.right_edge.i)
        doc = self.tokens
        hi = _trim_trailing_aside(doc, lo, hi)
        while hi > lo and (doc[hi].is_punct or doc[hi].is_space):
            hi -= 1
        return doc[lo].idx, doc[hi].idx + len(doc[hi].text)

    def _object_bounds(self, cue: Token) -> tuple[int, int]:
        """What an attitude verb is about: its object, with "for ..."/"as ..." after it
        ("criticized the senator for his vote")."""
        obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i), None)
        if obj is None or obj.pos_ == "PRON" and obj.lower_ not in ("himself", "herself", "themselves") \
                or self.in_quote(obj.idx):
            return 0, 0
        hi = obj.right_edge.i
        for sib in cue.children:
            if sib.i > hi and (sib.dep_ in ("oprd", "xcomp", "ccomp")
                               or sib.dep_ == "prep" and sib.lower_ in ("for", "as", "over", "of")):
                hi = max(hi, sib.right_edge.i)
        doc = self.tokens
        lo = obj.left_edge.i
        hi = _trim_trailing_aside(doc, lo, hi)
        while hi > lo and (doc[hi].is_punct or doc[hi].is_space):
            hi -= 1
        return doc[lo].idx, doc[hi].idx + len(doc[hi].text)

    def _content_bounds(self, comp: Token, cue: Token) -> tuple[int, int]:
        excluded: set[int] = set()
        for t in comp.subtree:
            if t.i in excluded:
                continue
            if _in_according(t) or (t.i > comp.i and t.dep_ in ("advcl", "parataxis") and t.tag_ == "VBG"
                                     and cue_of(t, self.lexicon) is not None) or _contrast_clause(t, comp):
                excluded.update(x.i for x in t.subtree)  # a nested attribution ("..., telling X that")
        home = self.para(cue.idx)  # the parse may run over a paragraph break; the content does not
        ids = {t.i for t in comp.subtree if self.para(t.idx) == home} - excluded
        if cue.head.i == comp.i:  # a parenthetical cue sits inside its content: cut it out
            ids -= {t.i for t in cue.subtree}
            if cue.i > comp.left_edge.i and ids:
                return self._discontinuous_bounds(ids)
        if cue.i in ids or comp.i not in ids:
            return 0, 0
        lo = hi = comp.i
        while lo - 1 in ids:
            lo -= 1
        while hi + 1 in ids:
            hi += 1
        doc = self.tokens
        hi = _trim_trailing_aside(doc, lo, hi)
        while lo < hi and (doc[lo].is_punct or doc[lo].is_space):
            lo += 1
        while hi > lo and ((doc[hi].is_punct and doc[hi].text not in "”\"’'") or doc[hi].is_space or doc[hi].dep_ == "cc"):
            hi -= 1
        return doc[lo].idx, doc[hi].idx + len(doc[hi].text)

    def _discontinuous_bounds(self, ids: set[int]) -> tuple[int, int]:
        """The span from the first to the last content word around a parenthetical cue."""
        doc = self.tokens
        words_in = [i for i in sorted(ids) if not (doc[i].is_punct or doc[i].is_space)]
        if len(words_in) < 2:
            return 0, 0
        lo, hi = words_in[0], words_in[-1]
        return doc[lo].idx, doc[hi].idx + len(doc[hi].text)

    def _segments(self) -> list[SpacySpan]:
        """Sentences cut at paragraph breaks (headlines often end without a full stop)."""
        out = []
        for sent in sents_of(self.sdoc):
            start = sent.start
            for tok in self.tokens[sent.start:sent.end]:
                if "\n" in tok.text and tok.is_space:
                    if tok.i > start:
                        out.append(self.sdoc[start:tok.i])
                    start = tok.i + 1
            if start < sent.end:
                out.append(self.sdoc[start:sent.end])
        return out

    # --- "X's claim that ...", "a statement by X on ..." ------------------------------------
    def _speech_nouns(self, found: list[Found]) -> list[Found]:
        out = []
        for tok in self.tokens:
            entry = self.lexicon.speech_nouns.get(tok.lemma_.lower()) if tok.pos_ == "NOUN" else None
            if entry is None or self.in_quote(tok.idx) or any(f.start <= tok.idx < f.end for f in found):
                continue
            source = next((c for c in tok.children if c.dep_ == "poss"), None)
            if source is None:
                by = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("by", "from")), None)
                source = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
            content = next((c for c in tok.children if c.dep_ in ("acl", "ccomp")
                            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
            if content is None and tok.dep_ == "nsubj" and tok.head.lemma_ == "be":  # "Her view is that ..."
                content = next((c for c in tok.head.children if c.dep_ in ("ccomp", "attr") and c.i > tok.i
                                and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
            if content is None:
                prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in entry.preps), None)
                content = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
            if source is None or content is None:
                continue
            lo, hi = content.left_edge.i, _trim_trailing_aside(self.tokens, content.left_edge.i, content.right_edge.i)
            while hi > lo and (self.tokens[hi].is_punct or self.tokens[hi].is_space):
                hi -= 1
            start, end = self.tokens[lo].idx, self.tokens[hi].idx + len(self.tokens[hi].text)
            if words(self.text[start:end]) < 1 or any(f.start < end and start < f.end for f in found + out):
                continue
            name = [t for t in source.subtree if t.dep_ != "case"]  # "Miller's" names Miller
            out.append(Found(start, end, "indirect", "indirect-noun", according=source, cue_word=tok,
                             speaker_bounds=(name[0].idx, name[-1].idx + len(name[-1].text)),
                             paragraph=self.para(start), last_paragraph=self.para(end - 1)))
        return out

    # --- according to X ------------------------------------------------------------------
    def _according(self, found: list[Found]) -> list[Found]:
        out = []
        for tok in self.tokens:
            if tok.lower_ != "according" or self.in_quote(tok.idx):
                continue
            to = next((c for c in tok.children if c.lower_ == "to"), None)
            source = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
            if source is None:
                continue
            sent = sent_of(tok)
            owner = next((f for f in found if f.cue is not None and sent.start_char <= f.cue.idx < sent.end_char), None)
            if owner is not None:
                owner.according = source  # the speaker is known; X only relayed it
                continue
            start, end = self._sentence_without(sent, tok)
            if words(self.text[start:end]) < 2:
                continue
            out.append(Found(start, end, "indirect", "indirect-according", according=source,
                             paragraph=self.para(start), last_paragraph=self.para(end - 1)))
        return out

    def _sentence_without(self, sent: SpacySpan, according: Token) -> tuple[int, int]:
        phrase = {t.i for t in according.subtree}
        toks = [t for t in self.tokens[sent.start:sent.end] if t.i not in phrase and not t.is_space]
        while toks and toks[0].is_punct:
            toks.pop(0)
        while toks and toks[-1].is_punct:
            toks.pop()
        if not toks:
            return 0, 0
        return toks[0].idx, toks[-1].idx + len(toks[-1].text)


ASIDE_DEPS = ("relcl", "advcl", "acl", "appos")
ASIDE_MARKS = (",", "–", "—", "(")


def _trim_trailing_aside(doc: list[Token], lo: int, hi: int) -> int:
    """Cut a comment the writer tacks on after a comma or dash at the end of the content
    (", who was then ...", ", putting them ahead ..."): annotators leave it out of what was said."""
    changed = True
    while changed:
        changed = False
        for tok in doc[lo + 1:hi + 1]:
            edge = tok.left_edge.i
            if tok.dep_ in ASIDE_DEPS and edge > lo + 2 and doc[edge - 1].text in ASIDE_MARKS \
                    and tok.right_edge.i >= hi - 1:
                hi = edge - 2
                changed = True
                break
    return hi


def _contrast_clause(tok: Token, comp: Token) -> bool:
    """", but for Republicans, it is ...": the writer's own clause conjoined to the reported one."""
    if tok.dep_ != "conj" or tok.head.i != comp.i or not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return False
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children):
        return False  # "... but that ...": a second reported clause
    return any(c.dep_ == "cc" and c.lower_ in ("but", "while", "although", "yet") for c in comp.children if c.i < tok.i)


def _is_quotation(content: str) -> bool:
    return words(content) >= MIN_DIRECT_WORDS or (words(content) >= 2 and content[-1:] in ".!?")


def _in_according(tok: Token) -> bool:
    for anc in [tok, *tok.ancestors]:
        if anc.lower_ == "according" and anc.dep_ in ("prep", "advcl", "advmod"):
            return True
    return False

