"""Direct quotes: the quotation marks give the content; the cue is the verb the quoted clause
hangs on, else the nearest cue verb in the sentences where the quote starts and ends.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..nlp import sent_of
from .clauses import same_speech
from .cues import cue_of, subject_of
from .found import Found, words
from .layout import signoff
from .lexicon import Cue
from .marks import Region, opens_sentence

MIN_DIRECT_WORDS = 4  # shorter quoted strings are titles or scare quotes, not quotations


def is_quotation(content: str) -> bool:
    return words(content) >= MIN_DIRECT_WORDS or (words(content) >= 2 and content[-1:] in ".!?")


class DirectQuotes:
    """The direct-quote half of the Finder (which supplies text, tokens, regions, in_quote ...)."""

    def _direct(self) -> list[Found]:
        out = []
        for region in self.regions:
            found = Found(region.start, region.end, "direct", "direct-marks", region=region,
                          paragraph=region.paragraph, last_paragraph=region.last_paragraph)
            cue = self._nearest_cue(region)
            last = next((f for f in reversed(out) if f.cue is not None), None)
            if cue is not None and last is not None and last.end <= cue[0].idx < region.start \
                    and same_speech(cue[0], last.cue):
                cue = None  # “A,” said X, speaking of Y. “B.”: B goes on with what X said in A
            if cue is not None:
                found.cue, found.entry = cue
                found.subject = self._speaker_outside(subject_of(found.cue), found.cue, region)
                found.method = "direct-cue"
            else:
                found = signoff(self, region) or found
            out.append(found)
        return out

    def _speaker_outside(self, subject: Token | None, cue: Token, region: Region) -> Token | None:
        """The parse may take a word of the quotation for the cue's subject ("“We will win,” said
        Chief Jordan"): then the name after the cue, else none (the nearest actor is tried later)."""
        if subject is None or not region.outer_start <= subject.idx < region.outer_end:
            return subject
        if cue.tag_ == "VBG":  # "..., suggesting a few questions": a participle's object is what, not who
            return None
        # the inverted subject follows the cue at once ("said Chief Jordan", "said a spokesman")
        return next((c for c in cue.children if c.i > cue.i and c.dep_ in ("dobj", "npadvmod", "attr", "appos", "nsubj")
                     and c.pos_ in ("PROPN", "NOUN") and c.left_edge.i == cue.i + 1 and not self.in_quote(c.idx)), None)

    def _nearest_cue(self, region: Region) -> tuple[Token, Cue] | None:
        first = sent_of(self.token_at(region.start))
        last = sent_of(self.token_at(max(region.end - 1, region.start)))
        sents = {first.start: first, last.start: last}
        prev = sent_of(self.tokens[first.start - 1]) if first.start > 0 else None
        if prev is not None and prev.text.rstrip().endswith(":"):
            sents[prev.start] = prev  # "He said:" ending the sentence before the quote
        lo_para, hi_para = region.paragraph, region.last_paragraph
        # "... Mrs. Clinton also spoke. “Tolerance is ...”": a quote opening a new sentence takes no
        # cue from before it, even where the parser ran the two sentences together
        new_sentence = region.outer_start if opens_sentence(self.text, region.outer_start) else -1
        inside = [t for t in self.tokens if region.start <= t.idx < region.end] if first == last else []
        governing = {a.i for t in inside for a in t.ancestors}
        best = None
        for sent in sents.values():
            for tok in self.tokens[sent.start:sent.end]:
                if self.in_quote(tok.idx) or not lo_para <= self.para(tok.idx) <= hi_para \
                        or tok.idx < new_sentence:
                    continue
                entry = cue_of(tok, self.lexicon)
                if entry is None:
                    continue
                distance = min(abs(tok.idx - region.outer_end), abs(region.outer_start - tok.idx))
                if tok.i in governing:
                    distance -= len(self.text)  # the verb the quoted clause hangs on wins over a nearer one
                if best is None or distance < best[0]:
                    best = (distance, tok, entry)
        if best is None and prev is not None and prev.start_char >= self.paras[lo_para][0] \
                and not any(prev.start_char <= r.outer_start < prev.end_char for r in self.regions):
            # "Trump wrote on Twitter." then the quote: a cue with no content of its own
            for tok in reversed(self.tokens[prev.start:prev.end]):
                entry = cue_of(tok, self.lexicon)
                if entry and not self.in_quote(tok.idx) and not any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in tok.children):
                    return tok, entry
        if best is None:
            return self._cue_right_after(region)
        return best[1], best[2]

    def _cue_right_after(self, region: Region) -> tuple[Token, Cue] | None:
        """“... 14 million votes?” Trump said: the parser starts a new sentence after the closing
        mark; a cue among the first words after it, with no content of its own, is the quote's."""
        pos = region.outer_end
        while pos < len(self.text) and self.text[pos] in " \t\u00a0":
            pos += 1
        if pos >= len(self.text):
            return None
        after = self.token_at(pos)
        for tok in self.tokens[after.i:after.i + 6]:
            if self.para(tok.idx) != region.last_paragraph or self.in_quote(tok.idx) or tok.text in ".!?":
                return None
            entry = cue_of(tok, self.lexicon)
            if entry and not any(c.dep_ in ("ccomp", "xcomp", "dobj") and c.idx > tok.idx for c in tok.children):
                return tok, entry
        return None
