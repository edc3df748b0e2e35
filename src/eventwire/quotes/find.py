"""Finding reported content: indirect quotes (a cue verb's complement or object) here, direct
quotes (marks + nearest cue) in `direct.py`, and the finders of the sibling modules ("according
to X", speech nouns, headlines, layout). Speakers are resolved later, in order.
"""
from __future__ import annotations

import bisect

from spacy.tokens import Doc, Span as SpacySpan, Token

from ..nlp import text_of, tokens_of

from .according import according_to, in_source
from .boundaries import contrast_clause, trim_trailing_aside
from .clauses import as_clause, conjoined_cue, in_according
from .complements import passive_complement, pronoun_object_complement, stray_that_clause
from .cues import SUBJECTS, cue_of, subject_of
from .direct import DirectQuotes, is_quotation
from .found import Found, drop_nested, merge, words
from .headlines import colon_headlines, cue_headlines
from .layout import block_quotes, transcript_turns
from .lexicon import Cue, Lexicon
from .marks import find_regions, paragraphs
from .nouns import speech_nouns

# what an attitude verb says about its object goes on in these phrases ("showed Clinton with a
# lead", "compared his record to hers", "rated him higher than ..."), and in others unless they
# say when or through what ("cited her work after the attacks", not "on Monday", "on Twitter")
OBJECT_PREPS = ("for", "as", "over", "of", "to", "with", "than")
# a wh-clause stands for an object verb's object: "condemned what he called ...", "pressed how ..."
WH_WORDS = ("what", "how", "why", "whether", "who", "where", "when", "which", "if")
# a clause after the cue opening with these is the writer's circumstance ("..., UNHCR said, as fighting spread")
WRITER_SUBORDINATORS = ("as", "while", "when", "after", "because", "since", "before", "until", "amid")


class Finder(DirectQuotes):
    def __init__(self, sdoc: Doc, lexicon: Lexicon):
        self.sdoc = sdoc
        self.tokens = tokens_of(sdoc)  # shared per-Doc list: `doc[i]` builds a new Token each call
        self.text = text_of(sdoc)
        self.lexicon = lexicon
        self.paras = paragraphs(self.text)
        self._para_starts = [start for start, _ in self.paras]
        # short quoted fragments (scare quotes, titles) are read as ordinary words of the sentence
        self.regions = [r for r in find_regions(self.text) if is_quotation(self.text[r.start:r.end])]
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
        turns = transcript_turns(self)  # a transcript turn holds everything said inside it
        # (a quotation mark opening the turn, "PENCE: ..., makes the marks' quote start before it)
        found = [f for f in found if not any(f.start < t.end and t.start < f.end for t in turns)] + turns
        found.extend(according_to(self, found))
        found.extend(in_source(self, found))
        found.extend(speech_nouns(self, found))
        found.extend(colon_headlines(self, found))
        found.extend(cue_headlines(self, found))
        found.extend(block_quotes(self, found))
        return sorted(found, key=lambda f: f.start)

    # --- indirect quotes -----------------------------------------------------------------
    def _indirect(self) -> list[Found]:
        out = []
        for tok in self.tokens:
            entry = cue_of(tok, self.lexicon)
            if entry is None or self.in_quote(tok.idx) or in_according(tok):
                continue  # "according to show insiders": a verb inside the source phrase is no cue
            comp, carrier = self._complement(tok, entry)
            method = "carrier" if carrier is not None else "complement"
            if comp is None and "clause" in entry.takes and (tok.dep_ == "parataxis" or as_clause(tok)):
                start, end = self._content_bounds(tok.head, tok)  # "The economy, he said, is ...", "..., as X said"
                method = "parenthetical"
            elif comp is not None:
                start, end = self._content_bounds(comp, tok)
                end = self._infinitive_list_end(tok, comp, end)
            elif "object" in entry.takes and any(c.dep_ == "dobj" for c in tok.children):
                start, end = self._object_bounds(tok)
                if end <= start:  # "accused her of lying": the phrase after a pronoun object
                    start, end = self._range_bounds(pronoun_object_complement(tok))
                method = "object"
            elif "object" in entry.takes and self._wh_clause(tok) is not None:
                start, end = self._content_bounds(self._wh_clause(tok), tok)
                method = "object"
            elif "preposition" in entry.takes and self._prep_bounds(tok, entry)[1]:
                start, end = self._prep_bounds(tok, entry)
                method = "object"
            elif passive_complement(tok):
                start, end = self._range_bounds(passive_complement(tok))
                method = "passive"
            else:
                continue
            if end <= start or words(self.text[start:end]) < (1 if method == "object" else 2):
                continue
            subject = subject_of(tok)
            if conjoined_cue(tok, tok.head, self.lexicon) and tok.head.dep_ in ("ccomp", "advcl") \
                    and cue_of(tok.head.head, self.lexicon) is not None:
                subject = subject_of(tok.head.head)  # "... that she was a con and encouraged ...": Trump's act
            outer = self._outer_cue(tok)
            if outer is not None:  # "X said he disagreed, arguing that ...": X goes on arguing
                subject = subject_of(outer)
            if method == "passive" and subject is not None and subject.dep_ == "nsubjpass" and "clause" not in entry.takes:
                subject = None  # "He was criticized for ...": he is what the stance is about, not its source
            participle = tok.tag_ == "VBN" or (tok.tag_ == "VBD" and tok.is_sent_start)  # the tagger's "Asked" VBD
            if participle and tok.dep_ == "advcl" and tok.i < tok.head.i and "infinitive" in entry.takes \
                    and not any(c.dep_ in SUBJECTS or c.dep_ == "agent" for c in tok.children):
                # "Asked whether ..., the minister said": a verb with an addressee (ask, tell, urge),
                # passive: the sentence's subject was asked, by someone unnamed ("Asked by X": X speaks)
                subject, method = None, "passive"
            out.append(Found(start, end, "indirect", "indirect-" + method,
                             cue=tok, entry=entry, subject=subject, carrier=carrier,
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
        if entry.takes & {"clause", "object"}:  # "proposed dropping the tax", "admitted using ..."
            gerund = next((c for c in cue.children if c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VBG" and c.i > cue.i), None)
            if gerund is not None:
                return gerund, None
        if "clause" in entry.takes:
            return stray_that_clause(cue), None
        return None, None

    def _clause(self, cue: Token) -> tuple[Token | None, SpacySpan | None]:
        comps = [c for c in cue.children if c.dep_ == "ccomp" and not self._beyond_clause_break(c, cue)]
        if comps:
            # content on both sides: the later clause, unless it opens with a subordinator (", as
            # fighting spread ..."): then it is the writer's circumstance and the earlier clause was said
            later = comps[-1]
            both = comps[0].i < cue.i < later.i
            return later if both and later.left_edge.lower_ not in WRITER_SUBORDINATORS else comps[0], None
        head = cue.head  # "..., after he admitted he had not been held ...": the parser hung the cue's
        # clause above it and made the cue its adverbial (the cue before it, both with subjects)
        if cue.dep_ == "advcl" and head.dep_ == "ccomp" and head.i > cue.i and head.left_edge.lower_ in WRITER_SUBORDINATORS \
                and any(c.dep_ in SUBJECTS for c in cue.children) and any(c.dep_ in SUBJECTS for c in head.children):
            return head, None
        for child in cue.children:  # "said after the meeting he would not accept": a clause parsed as adverbial
            if child.dep_ == "advcl" and child.i > cue.i and any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children) \
                    and not any(c.dep_ in ("mark", "advmod") and c.i < child.i and c.lower_ != "that" for c in child.children):
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

    def _wh_clause(self, cue: Token) -> Token | None:
        """An object verb's wh-clause after it ("questioned why she ...", "condemned what he called ...")."""
        return next((c for c in cue.children if c.dep_ in ("ccomp", "xcomp") and c.i > cue.i
                     and c.left_edge.lower_ in WH_WORDS), None)

    def _outer_cue(self, cue: Token) -> Token | None:
        """The cue whose reported clause a participle cue hangs on ("said he ..., arguing that"):
        the parse attaches the participle inside the report, but the reporter is the one arguing."""
        if cue.tag_ != "VBG" or cue.dep_ not in ("advcl", "parataxis") or any(c.dep_ in SUBJECTS for c in cue.children):
            return None
        for anc in cue.ancestors:
            if anc.dep_ == "ccomp" and cue_of(anc.head, self.lexicon) is not None:
                return anc.head
        return None

    def _infinitive_list_end(self, cue: Token, comp: Token, end: int) -> int:
        """"pledged to triple the program, grow the corps and create a reserve": the parser hangs the
        later bare infinitives on the cue; they belong to the pledge."""
        if comp.dep_ != "xcomp" or not cue.tag_.startswith("VB") or cue.tag_ == "VB" or end <= 0:
            return end
        for conj in cue.children:
            if conj.dep_ == "conj" and conj.tag_ == "VB" and conj.i > comp.i and conj.idx >= end - 1 \
                    and not any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children) \
                    and self.para(conj.idx) == self.para(comp.idx):
                hi = trim_trailing_aside(self.tokens, conj.i, conj.right_edge.i)
                for clause in conj.children:  # "... and he, once again, pledged ...": a new clause stops it
                    if clause.i > conj.i and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
                        hi = min(hi, clause.left_edge.i - 1)
                last = self.tokens[hi]
                while last.i > conj.i and (last.is_punct or last.is_space or last.dep_ == "cc"):
                    last = self.tokens[last.i - 1]
                end = max(end, last.idx + len(last.text))
        return end

    def _beyond_clause_break(self, clause: Token, cue: Token) -> bool:
        """"It's unlikely; his team says she will ...": a clause before the cue across a semicolon
        or colon is the writer's, not the reported one."""
        if clause.i > cue.i:
            return False
        return any(t.text in (";", ":") for t in self.tokens[clause.right_edge.i + 1:cue.i])

    def _prep_bounds(self, cue: Token, entry: Cue) -> tuple[int, int]:
        """What "talked about", "called for", "referred to" point at: the preposition's object."""
        prep = next((c for c in cue.children if c.dep_ in ("prep", "prt") and c.lower_ in entry.preps and c.i > cue.i), None)
        obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
        if obj is None:  # "called for the city to hire ...": the parse makes "for" a clause mark
            clause = next((c for c in cue.children if c.dep_ == "advcl" and c.i > cue.i and any(
                m.dep_ == "mark" and m.lower_ in entry.preps and m.i == c.left_edge.i for m in c.children)), None)
            if clause is not None and not self.in_quote(clause.idx):
                lo, hi = clause.left_edge.i + 1, trim_trailing_aside(self.tokens, clause.left_edge.i + 1, clause.right_edge.i)
                return self.tokens[lo].idx, self.tokens[hi].idx + len(self.tokens[hi].text)
        if obj is None or obj.pos_ == "PRON" or self.in_quote(obj.idx) or obj.ent_type_ in ("DATE", "TIME"):
            return 0, 0  # "spoke on Monday": when, not what
        lo, hi = obj.left_edge.i, obj.right_edge.i
        for sib in cue.children:  # "referred to the US as the enemy": the "as" phrase belongs to it
            if sib.i > hi and sib.dep_ == "prep" and sib.lower_ in ("as", "for", "of"):
                hi = max(hi, sib.right_edge.i)
        doc = self.tokens
        hi = trim_trailing_aside(doc, lo, hi)
        while hi > lo and (doc[hi].is_punct or doc[hi].is_space):
            hi -= 1
        return doc[lo].idx, doc[hi].idx + len(doc[hi].text)

    def _range_bounds(self, tokens: tuple[int, int] | None) -> tuple[int, int]:
        """Character bounds of a token range, without a trailing aside or punctuation."""
        if tokens is None or self.in_quote(self.tokens[tokens[0]].idx):
            return 0, 0
        lo, hi = tokens[0], trim_trailing_aside(self.tokens, *tokens)
        while hi > lo and (self.tokens[hi].is_punct or self.tokens[hi].is_space):
            hi -= 1
        return self.tokens[lo].idx, self.tokens[hi].idx + len(self.tokens[hi].text)

    def _object_bounds(self, cue: Token) -> tuple[int, int]:
        """What an attitude verb is about: its object, with "for ..."/"as ..." after it
        ("criticized the senator for his vote")."""
        obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i), None)
        named = obj is not None and any(c.dep_ in ("oprd", "xcomp") and c.i > obj.i for c in cue.children)
        if obj is None or obj.pos_ == "PRON" and not named \
                and obj.lower_ not in ("himself", "herself", "themselves", "it", "this", "that", "what") \
                or self.in_quote(obj.idx):  # "called him a liar": the pronoun and what he is called
            return 0, 0
        hi = obj.right_edge.i
        for sib in cue.children:
            if sib.i > hi and (sib.dep_ in ("oprd", "xcomp", "ccomp")
                               or sib.dep_ == "prep" and (sib.lower_ in OBJECT_PREPS or not self._time_or_medium(sib))):
                hi = max(hi, sib.right_edge.i)
        doc = self.tokens
        lo = obj.left_edge.i
        hi = trim_trailing_aside(doc, lo, hi)
        while hi > lo and (doc[hi].is_punct or doc[hi].is_space or doc[hi].dep_ == "cc"):
            hi -= 1
        return doc[lo].idx, doc[hi].idx + len(doc[hi].text)

    def _time_or_medium(self, prep: Token) -> bool:
        """A phrase saying when or through what it was said ("on Monday", "in a statement")."""
        obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
        if obj is None:
            return True
        return any(t.ent_type_ in ("DATE", "TIME") or self.lexicon.medium_of(t.lower_) is not None for t in obj.subtree)

    def _content_bounds(self, comp: Token, cue: Token) -> tuple[int, int]:
        excluded: set[int] = set()
        for t in comp.subtree:
            if t.i in excluded:
                continue
            if in_according(t) or (t.i > comp.i and t.dep_ in ("advcl", "parataxis") and t.tag_ == "VBG"
                                     and cue_of(t, self.lexicon) is not None) or contrast_clause(t, comp) \
                    or conjoined_cue(t, comp, self.lexicon):
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
        hi = trim_trailing_aside(doc, lo, hi)
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
