"""Towns, cities and provinces named where something happens ("imposed a curfew in the town of
Cizre", "fired at targets in Jericho"): actors standing for their people (CVL) of their country,
so that events can be aimed at the place they happen in, as coders do. The country is
the city's or province's (cities.py), else the one written after it ("Cizre in southeastern
Turkey"), else the one country its sentence names."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..nlp import tokens_of
from .cities import place_country
from .ethnic import sentence_codes
from .mention import COUNTRY_KINDS, PLACE_NOUNS, Hits, Mention, place_name

WHERE = {"in", "at", "near", "inside", "outside", "around"}


def located_places(doc: Doc, hits: Hits, taken: set[int]) -> list[Mention]:
    out = []
    for tok in tokens_of(doc):
        if tok.dep_ != "pobj" or tok.head.lower_ not in WHERE or tok.i in taken or hits.named_at(tok.i) is not None:
            continue
        name = place_name(tok)
        if not name:
            continue
        start, end = _bounds(tok)
        if taken.intersection(range(start, end)) or any(hits.named_at(i) is not None for i in range(start, end)):
            continue
        named = sentence_codes(tok, hits)
        country = place_country(name, named) or _country_after(tok, hits)
        if country is None and len(named) == 1:
            country = next(iter(named))
        if country is None:
            continue
        taken.update(range(start, end))
        out.append(Mention(start, end, tok.i, "country", name, country, "CVL", entity=country,
                           confidence=0.4, method="place-country"))
    return out


def _bounds(tok: Token) -> tuple[int, int]:
    """"Cizre", "West Darfur State", "town of Cizre", "Sindh province"."""
    if tok.lower_ in PLACE_NOUNS:
        inner = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        if inner:  # "the city of Kharkiv": the name alone, the span the places stage gives the place
            tok = inner[0]
    names = [c.i for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return min(names + [tok.i]), tok.i + 1


def _country_after(tok: Token, hits: Hits) -> str | None:
    """"the town of Cizre in southeastern Turkey": a country named in a place phrase on the place."""
    heads = [tok] + [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    for head in heads:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "near"):
                continue
            for pobj in prep.children:
                hit = hits.named_at(pobj.i)
                if pobj.dep_ == "pobj" and hit is not None and hit.target.kind in COUNTRY_KINDS:
                    return hit.target.ref
    return None
