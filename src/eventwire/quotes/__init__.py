"""Quotes and claims: who said what, through which medium; numeric claims and disputes.

Public surface: `attribute(parsed, doc, config) -> (list[Quote], list[Claim])`.
Direct quotes come from quotation marks and the nearest cue verb (quotes/data/cues.yaml);
indirect ones from a cue verb's clausal complement or "according to X"; speakers are the cue's
subject matched to `doc.actors` by span, times are matched to `doc.times` by span.
"""
from __future__ import annotations

from ..config import Config
from ..model import ArticleDocument, Claim, Quote
from ..nlp import ParsedArticle, text_of
from .assemble import build_quotes
from .boundaries import clip_datelines, drop_conditions
from .claims import extract_claims
from .contradict import mark_disputed
from .find import Finder
from .lexicon import load_lexicon


def attribute(parsed: ParsedArticle, doc: ArticleDocument, config: Config) -> tuple[list[Quote], list[Claim]]:
    lexicon = load_lexicon()
    found = Finder(parsed.doc, lexicon).run()
    clip_datelines(found, parsed.doc)
    found = drop_conditions(found, text_of(parsed.doc), lexicon.not_content)
    records = build_quotes(found, doc, lexicon, parsed.doc)
    claims = extract_claims(parsed.doc, doc, records, lexicon)
    mark_disputed(parsed.doc, doc, records, claims, lexicon)
    return [r.quote for r in records], claims
