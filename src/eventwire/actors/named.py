"""Named actors standing on their own: dictionary organisations, armed groups, media and countries
(with capitals as governments and demonyms as peoples), and spaCy organisation names missing from
the dictionary, coded from what is written inside them."""
from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Token

from ..nlp import sent_of, tokens_of
from .attacks import attack_words
from .cities import place_country
from .lexicon import Lexicon
from .matching import Match
from .mention import COUNTRY_KINDS, MODIFIER_DEPS, PLACE_NOUNS, Hits, Mention, demonym_modifier, longer_names, match_head

COUNTERPART_PREPS = {"with", "to", "against", "by", "from", "toward", "towards", "between"}  # "talks with Tehran"


def named_mentions(doc: Doc, hits: Hits, lex: Lexicon) -> list[Mention]:
    """Organisations, armed groups, media and countries matched in the dictionary."""
    mentions = []

    def noun_demonym_first(match: Match) -> bool:  # "Bosnian Serbs" claims "Bosnian" before it stands alone
        return not (match.target.kind == "demonym" and match_head(doc, match).dep_ not in MODIFIER_DEPS)

    longer = longer_names(doc, hits, lex)
    for match in sorted(hits.matches, key=noun_demonym_first):
        if not match.named or hits.is_used(match):
            continue
        head = match_head(doc, match)
        target = match.target
        if target.kind == "entry":
            entry = lex.entries[target.ref]
            if entry.kind == "person":
                continue
            if (match.start, match.end) in longer:  # "Kurdish Democratic Party" is not the US party
                mentions.append(longer[(match.start, match.end)])
                continue
            other = _owner_before(doc, match.start, hits)
            if other is not None and entry.kind == "organization" and entry.sector in STATE_BODIES and \
                    entry.country not in (other, "IGO", "NGO", "IMG"):
                # "South Korea's Joint Chiefs of Staff", "Pakistani Supreme Court": the body of that
                # country by the same name, not the one the dictionary knows
                mentions.append(Mention(match.start, match.end, head.i, entry.kind, match.text, other, entry.sector,
                                        entity=f"{other}:{entry.sector}:{match.text.lower()}", confidence=0.6,
                                        method="nationality-adjective"))
                continue
            mentions.append(Mention(match.start, match.end, head.i, entry.kind, entry.name, entry.country,
                                    entry.sector, qid=entry.qid, entity=entry.id, confidence=0.9,
                                    method="dictionary", entry=entry))
            continue
        country = lex.countries[target.ref]
        start, code, kind = match.start, country.iso3, "country"
        if target.kind == "metonym":
            # A seat of government ("the Kremlin") always speaks for it; a capital city only as
            # the one acting ("Moscow said", "Moscow's decision"), not as a place ("shelled Kabul").
            seat = match.text not in country.capitals
            acting = head.dep_ in ("nsubj", "poss", "agent") or (head.dep_ == "conj" and head.head.dep_ == "nsubj") or (
                head.dep_ == "pobj" and head.head.lower_ in COUNTERPART_PREPS)
            method, sector, confidence = "capital-metonym", ("GOV" if seat or acting else None), 0.7
            if sector is None and head.dep_ == "dobj":
                # "blockade Paris", "shelled Kabul": the city's people bear it; "accused Washington",
                # "urged Moscow": the government is addressed
                sector = "CVL" if head.head.lemma_.lower() in attack_words().struck else "GOV"
        elif target.kind == "demonym":
            method, sector, confidence = "nationality-adjective", None, 0.6
            if head.dep_ not in MODIFIER_DEPS:  # "Palestinians", "a Syrian was killed": people of the country
                kind, sector = "agent", "CVL"
                outer = demonym_modifier(head, hits)
                if outer is not None:  # "Bosnian Serbs": the people of the first country named
                    hits.use(outer)
                    start, code = outer.start, outer.target.ref
                elif any(c.lower_ == "ethnic" for c in head.children):
                    code = _host_country(doc, head, code, hits) or code  # "ethnic Albanians in Macedonia"
                sector = _shared_noun_sector(head, hits, lex) or sector
            elif head.head.dep_ in ("dobj", "pobj", "nsubjpass") and head.head.pos_ == "NOUN" and \
                    hits.at(head.head.i) is None:
                # "demolished Palestinian homes": the people whose homes they are; "fired on
                # Indian posts": the forces holding them
                sector = "MIL" if head.head.lemma_.lower() in attack_words().military else "CVL"
        else:
            method, sector, confidence = "dictionary", None, 0.85
        mentions.append(Mention(start, match.end, head.i, kind, country.name if code == country.iso3 else match.text,
                                code, sector, entity=code, confidence=confidence, method=method))
    return mentions


STATE_BODIES = {"GOV", "MIL", "LEG", "JUD", "SPY", "COP"}


def _owner_before(doc: Doc, start: int, hits: Hits) -> str | None:
    """The country written just before a name: "South Korea's ...", "Pakistani ..."."""
    i = start - 1
    if i >= 1 and doc[i].lower_ in ("'s", "’s"):
        i -= 1
    hit = hits.at(i) if i >= 0 else None
    if hit is None or hit.target.kind not in COUNTRY_KINDS or hit.end != i + 1:
        return None
    return hit.target.ref


def _shared_noun_sector(head: Token, hits: Hits, lex: Lexicon) -> str | None:
    """"Sierra Leonean and Liberian refugees" parsed as two conjuncts: the first adjective shares
    the noun of the second."""
    if head.tag_ in ("NNS", "NNPS") or head.lower_.endswith("s"):
        return None  # "Hungarians and Romanian officials": a people, then officials
    for conj in head.conjuncts:
        hit = hits.at(conj.i)
        if conj.i > head.i and hit is not None and hit.target.kind == "agent" and \
                any(hits.named_at(c.i) is not None and hits.named_at(c.i).target.kind == "demonym"
                    for c in conj.children if c.dep_ == "amod"):
            return lex.agents[hit.target.ref].sector
    return None


def _host_country(doc: Doc, head: Token, own: str, hits: Hits) -> str | None:
    """The other country the sentence of an "ethnic X" mention is about: where they live. With
    several, the one named most ("near Macedonia's border with Bulgaria, Macedonian officials")."""
    sent = sent_of(head)
    named = Counter(m.target.ref for m in hits.matches if sent.start <= m.start < sent.end
                    and m.target.kind in COUNTRY_KINDS and m.target.ref != own)
    ranked = named.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


CHANNEL_VERBS = {"say", "write", "post", "tweet", "announce", "state", "publish", "share"}


def unknown_org_mentions(doc: Doc, hits: Hits, lex: Lexicon, taken: set[int]) -> list[Mention]:
    """spaCy ORG names missing from the dictionary: kept, coded from what is inside them
    ("Kenyan Electoral Commission" -> KEN GOV) at a lower confidence; "(ABC)" after one defines an
    acronym that later mentions share."""
    mentions: list[Mention] = []
    acronyms: dict[str, Mention] = {}
    for ent in doc.ents:
        if ent.label_ != "ORG" or taken.intersection(range(ent.start, ent.end)):
            continue
        if ent.text.islower() or any(hits.named_at(i) is not None and hits.entry_of(hits.named_at(i)) is not None
                                     for i in range(ent.start, ent.end)):
            continue
        if ent.root.head.lower_ == "of" and ent.root.head.head.lower_ in PLACE_NOUNS:
            continue  # "bombed the village of Kan Gyi" names a place
        if ent.root.head.lower_ == "on" and ent.root.head.head.lemma_.lower() in CHANNEL_VERBS:
            continue  # "said on Telegram", "wrote on X": the channel of a statement, not a party
        start = ent.start + (1 if ent[0].lower_ == "the" else 0)
        end = next((t.i for t in ent if t.text == "("), ent.end)  # spaCy may swallow "(ABC"
        end -= 1 if doc[end - 1].text in ("'s", "’s") and end - 1 > start else 0  # "Guinea-Bissau's capital"
        if start >= end:
            continue
        name = doc[start:end].text
        if name in acronyms:
            continue  # the acronym pass below codes it
        whole = hits.named_at(start)
        if whole is not None and whole.start <= start and whole.end >= end:
            continue  # "the Kremlin": the dictionary knows the whole name
        mention = _unknown_org(doc, start, end, hits, lex)
        mentions.append(mention)
        taken.update(range(start, end))
        acronym = _parenthesised(doc, end)
        if acronym:
            acronyms[acronym] = mention
    for tok in tokens_of(doc):
        first = acronyms.get(tok.text)
        if first is None or tok.i in taken or hits.named_at(tok.i) is not None:
            continue
        mentions.append(Mention(tok.i, tok.i + 1, tok.i, first.kind, first.name, first.country, first.sector,
                                entity=first.entity, confidence=0.6, method="acronym"))
    return mentions


def _unknown_org(doc: Doc, start: int, end: int, hits: Hits, lex: Lexicon) -> Mention:
    country = sector = None
    root = doc[start:end].root
    for i in range(start, end):
        hit = hits.at(i)
        if hit is None:
            continue
        if hit.target.kind in COUNTRY_KINDS:
            country = country or hit.target.ref
            hits.use(hit)
        elif hit.target.kind == "agent" and hit.start <= root.i < hit.end:
            sector = lex.agents[hit.target.ref].sector  # "... Commission" -> GOV, "... Party" -> PTY
            hits.use(hit)
    name = doc[start:end].text
    country = country or _owner_before(doc, start, hits)  # "Pakistan's Foreign Office"
    if country is None and lex.international_words.intersection(t.text for t in doc[start:end]):
        country = "NGO"  # "Third World Water Forum": an international body, not the sentence's country
    country = country or (place_country(name) if end - start <= 3 else None)  # a city the parser took for an ORG
    return Mention(start, end, root.i, "organization", name, country, sector,
                   entity="org:" + " ".join(name.lower().split()), confidence=0.4, method="ner-unknown")


def _parenthesised(doc: Doc, i: int) -> str | None:
    if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")" and doc[i + 1].text.isupper():
        return doc[i + 1].text
    return None
