"""Generic agent nouns ("Syrian troops", "U.S. officials", "Lawmakers in Congress", "the group")
and the named organisations and countries that are actors on their own."""
from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Token

from ..datelines import story_start
from ..nlp import sent_of, tokens_of
from .attacks import attack_words
from .cities import place_country
from .lexicon import Lexicon
from .matching import Match, PhraseIndex
from .mention import (BACKED, PLACE_NOUNS, Hits, Mention, backed_prefix, is_nounish, longer_names, match_head, place_name,
                      stance_prefix)

MODIFIER_DEPS = {"amod", "compound", "nmod", "poss", "npadvmod"}
ATTACH_PREPS = {"in", "of", "from", "for", "at", "throughout", "across"}
COUNTERPART_PREPS = {"with", "to", "against", "by", "from", "toward", "towards", "between"}  # "talks with Tehran"
DEFINITE = {"the", "this", "that", "these", "those"}
BASED = {"based", "stationed", "deployed", "headquartered", "operating"}
COUNTRY_KINDS = ("country", "demonym", "metonym")
ARMED = {"MIL", "REB", "COP", "UAF", "CRM"}
STRUCK_PREPS = {"on", "at", "against", "into", "upon", "toward", "towards"}
STATE = {"GOV", "COP", "LEG", "JUD", "MIL"}  # "the government of Sindh": a province's government is its state's
STATE_OWNED = {"official", "state", "state-run", "state-owned", "government-run", "government-owned", "state-controlled"}


def agent_mentions(doc: Doc, hits: Hits, lex: Lexicon, index: PhraseIndex) -> list[Mention]:
    mentions = []
    for match in hits.matches:
        if match.target.kind != "agent" or hits.is_used(match):
            continue
        head = match_head(doc, match)
        if not is_nounish(head):
            continue
        if _modifies_noun(head):
            agent = lex.agents[match.target.ref]
            outer = head.head
            acting = outer.dep_ in ("nsubj", "agent") and outer.pos_ == "NOUN" and agent.sector in ARMED
            struck = outer.pos_ == "NOUN" and agent.sector in ARMED and not agent.weapon and (
                outer.dep_ in ("dobj", "nsubjpass") or (outer.dep_ == "pobj" and outer.head.lower_ in STRUCK_PREPS))
            if not (acting or struck):
                continue  # "police station", "army base", "Government Development Bank"
            # "army bulldozers demolished": the machines act for the army; "bombed rebel bases",
            # "attacked a police station": the force whose post is hit bears it
            head = outer
        mention = _agent_mention(doc, match, head, hits, lex, index, mentions)
        if mention is not None:
            hits.use(match)
            mentions.append(mention)
    return mentions


def _modifies_noun(token: Token) -> bool:
    """"police station", "army base": the agent word only modifies another noun."""
    return token.dep_ in ("compound", "amod", "nmod") and token.head.i > token.i and token.head.pos_ in ("NOUN", "PROPN")


def _agent_mention(doc: Doc, match: Match, head: Token, hits: Hits, lex: Lexicon, index: PhraseIndex,
                   out: list[Mention]) -> Mention | None:
    agent = lex.agents[match.target.ref]
    start, end = match.start, max(match.end, head.i + 1)
    country = backer = modifier_sector = None
    located = False
    country_coref = False
    org = person = None
    definite = False
    for child in _children(doc, match, head):
        if child.i < match.start:
            if child.lower_ in DEFINITE and child.dep_ == "det":
                definite = True
            if child.dep_ not in MODIFIER_DEPS and child.dep_ != "conj":
                continue
            hit = hits.named_at(child.i)
            entry = hits.entry_of(hit) if hit is not None else None
            if entry is not None and entry.kind == "person":
                person = person or entry  # "the Trump administration": the person stays an actor too
                continue
            if hit is not None and not hits.is_used(hit):
                stance = stance_prefix(doc, hit.start)
                if hit.target.kind in COUNTRY_KINDS and stance == "anti":
                    hits.use(hit)  # "anti-Syrian protesters" are not Syrian
                    start = min(start, hit.start - 2)
                elif hit.target.kind in COUNTRY_KINDS:
                    hits.use(hit)
                    last = _coordinated(doc, child, hit, hits, agent, out)
                    if agent.backed or stance == "pro":  # "Israel's militia ally", "pro-Syrian militiamen": backers
                        backer = backer or last.target.ref
                    else:
                        country = country or last.target.ref
                    start = min(start, last.start - (2 if stance else 0))
                elif entry is not None:
                    org = org or entry
                continue
            if child.dep_ == "poss" and child.lower_ in ("country", "nation"):
                country_coref = True  # "the country's army": the country named just before
                continue
            if child.dep_ == "poss" and child.lower_ in ("its", "their"):
                owner = _clause_subject(head, hits)  # "Ethiopia said its troops", "Bosnian Serbs said their forces"
                owner_entry = hits.entry_of(owner) if owner is not None else None
                if owner is not None and agent.backed:
                    backer = backer or hits.country_of(owner)  # "the United States and its allies"
                elif owner_entry is not None:
                    org = org or owner_entry
                elif owner is not None:
                    country = country or owner.target.ref
                continue
            inner = hits.at(child.i)
            if inner is not None and inner.target.kind == "agent" and agent.inherit and not hits.is_used(inner):
                inner_sector = lex.agents[inner.target.ref].sector  # "rebel leaders", "civilian advisers"
                if not (agent.sector in ("MIL", "COP") and inner_sector not in ARMED):  # "Moslem forces" stay armed
                    modifier_sector = modifier_sector or inner_sector
                hits.use(inner)
                start = min(start, inner.start)
                continue
            who = backed_prefix(child)
            if who is None and BACKED.match("x-" + child.lower_):
                who = _backer_word(child, hits)
            if who is not None:
                code = _country_code(who, hits, index)
                if child.lower_.rsplit("-", 1)[-1] == "led":
                    country = country or code  # "Saudi-led forces" are Saudi forces
                else:
                    backer = code or backer
                start = min(start, child.i, *(c.i for c in child.children if c.dep_ in MODIFIER_DEPS))
        elif child.dep_ == "prep" and child.lower_ in ATTACH_PREPS:
            if child.head.lower_ in BASED and child.head.dep_ == "acl" and (country or org):
                continue  # "Syrian troops stationed in Lebanon": Lebanon stays an actor of its own
            if agent.weapon and child.lower_ not in ("of", "from", "for"):
                continue  # "strikes in Gaza", "missiles at Haifa": where they landed, not whose they are
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            hit = hits.named_at(pobj.i) if pobj is not None else None
            local = child.lower_ in ("in", "from") or (child.lower_ == "of" and agent.sector in STATE)
            name = place_name(pobj) if hit is None and pobj is not None and local else None
            if name:  # "militants in Mosul" -> IRQ, "the government of Sindh province" -> PAK
                found = place_country(name, _sentence_countries(head, hits))
                if found and not country:
                    country, located = found, True
                continue
            if hit is None and pobj is not None and local and pobj.lemma_.lower() in PLACE_NOUNS:
                owner = next((hits.named_at(c.i) for c in pobj.children if c.dep_ in ("amod", "compound", "poss")
                              and hits.named_at(c.i) is not None and hits.named_at(c.i).target.kind in COUNTRY_KINDS), None)
                if owner is not None and not country:  # "protesters in several West German cities" -> DEU
                    country, located = owner.target.ref, True
                    hits.use(owner)
                    end = max(end, pobj.i + 1)
                continue
            if hit is None or hits.is_used(hit) or match_head(doc, hit).i != pobj.i:
                continue
            entry = hits.entry_of(hit)
            if entry is not None and entry.kind == "person":
                continue
            if entry is not None:
                org = org or entry
            else:
                country = country or hit.target.ref
            hits.use(hit)
            end = max(end, hit.end)
    sector = modifier_sector or agent.sector
    if sector == "MED" and any(t.text in STATE_OWNED for t in doc[head.left_edge.i:head.i]):
        sector = "GOV"  # "the official Syrian newspaper", "state-run television" speak for the government
    entity = None
    method, confidence = "agent-noun", 0.5
    if org is not None:
        country = country or org.country
        if agent.inherit and org.sector and not modifier_sector:
            sector = org.sector
        if agent.inherit or agent.coref:
            entity = org.id
        method, confidence = "agent-of-organization", 0.75
    elif person is not None:
        country = country or person.country
        method, confidence = "agent-of-person", 0.7
    elif located:
        method, confidence = "agent-in-city", 0.6
    elif country is not None:
        method, confidence = "nationality-adjective", 0.8
    elif agent.country and not backer:
        country, confidence = agent.country, 0.45  # "a regional peacekeeping force": an international one
    mention = Mention(start, end, head.i, "agent", doc[start:end].text, country, sector,
                      entity=entity, confidence=confidence, method=method, agent=agent,
                      role=f"backed by {backer}" if backer else None)
    if country is None and country_coref:
        mention.method, mention.coref_kinds, mention.confidence = "coref-descriptor", ("country",), 0.4
        return mention
    if country is None:
        mention.role = f"backed by {backer}" if backer else None
        mention.method = "backed-descriptor" if backer else ("coref-descriptor" if definite and agent.coref else "agent-noun")
        if not backer and not (definite and agent.coref) and not agent.alone:
            return None
        mention.confidence = 0.4
    return mention


def _sentence_countries(token: Token, hits: Hits) -> set[str]:
    """Countries, demonyms and capitals named in the token's sentence."""
    sent = sent_of(token)
    return {m.target.ref for m in hits.matches if sent.start <= m.start < sent.end and m.target.kind in COUNTRY_KINDS}


def _clause_subject(head: Token, hits: Hits) -> Match | None:
    """The named country or body that is subject of a clause above `head`, written before it."""
    tok = head
    while tok.head.i != tok.i:
        tok = tok.head
        for child in tok.children:
            if child.dep_ not in ("nsubj", "nsubjpass") or child.i >= head.i:
                continue
            hit = hits.named_at(child.i)
            entry = hits.entry_of(hit) if hit is not None else None
            if hit is not None and (hit.target.kind in COUNTRY_KINDS or (entry is not None and entry.kind != "person")):
                # "Bosnian Serbs said their forces": the people of the first country named
                return (_demonym_modifier(child, hits) if hit.target.kind == "demonym" else None) or hit
    return None


def _children(doc: Doc, match: Match, head: Token) -> list[Token]:
    inside = range(match.start, max(match.end, head.i + 1))
    story = story_start(doc, doc[match.start].idx)
    children = [c for i in inside for c in doc[i].children if c.i not in inside and c.idx >= story]
    # "a group based in Trinidad": the place of a "based/stationed in" clause attaches like "in"
    children += [p for c in head.children if c.dep_ == "acl" and c.lower_ in BASED for p in c.children
                 if p.dep_ == "prep" and p.lower_ == "in"]
    return sorted(children, key=lambda t: t.i)


def _coordinated(doc: Doc, modifier: Token, hit: Match, hits: Hits, agent, out: list[Mention]) -> Match:
    """"Hungarian and Romanian officials": the adjective next to the noun goes with it; each
    earlier one becomes an actor of its own. Returns the match that stays with the noun."""
    chain = [hit]
    for conj in modifier.children:
        other = hits.named_at(conj.i) if conj.dep_ == "conj" else None
        if other is not None and not hits.is_used(other) and other.target.kind in COUNTRY_KINDS:
            hits.use(other)
            chain.append(other)
    chain.sort(key=lambda m: m.start)
    for match in chain[:-1]:
        out.append(Mention(match.start, match.end, match_head(doc, match).i, "agent", match.text, match.target.ref,
                           agent.sector, confidence=0.7, method="nationality-adjective", agent=agent))
    return chain[-1]


def _backer_word(word: Token, hits: Hits) -> str | None:
    """"Iran - backed" split into tokens: the country is a child of "backed"."""
    story = story_start(word.doc, word.idx)
    for child in word.children:
        hit = hits.named_at(child.i)
        if hit is not None and child.idx >= story:  # not "HAITI, Haiti - Armed gangs": a dateline's dash
            hits.use(hit)
            return hit.text
    return None


def _country_code(text: str, hits: Hits, index: PhraseIndex) -> str | None:
    low = text.lower()
    for alias, exact, target in index.buckets.get(low[:2], ()):
        if (alias == text if exact else alias == low) and target.kind != "agent":
            return hits.lex.entries[target.ref].country if target.kind == "entry" else target.ref
    return None


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
                outer = _demonym_modifier(head, hits)
                if outer is not None:  # "Bosnian Serbs": the people of the first country named
                    hits.use(outer)
                    start, code = outer.start, outer.target.ref
                elif any(c.lower_ == "ethnic" for c in head.children):
                    code = _host_country(doc, head, code, hits) or code  # "ethnic Albanians in Macedonia"
            elif head.head.dep_ in ("dobj", "pobj", "nsubjpass") and head.head.pos_ == "NOUN" and \
                    hits.at(head.head.i) is None:
                sector = "CVL"  # "demolished Palestinian homes": the people whose homes they are
        else:
            method, sector, confidence = "dictionary", None, 0.85
        mentions.append(Mention(start, match.end, head.i, kind, country.name if code == country.iso3 else match.text,
                                code, sector, entity=code, confidence=confidence, method=method))
    return mentions


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


def _demonym_modifier(head: Token, hits: Hits) -> Match | None:
    for child in head.children:
        if child.i < head.i and child.dep_ in ("amod", "compound", "nmod"):
            hit = hits.named_at(child.i)
            if hit is not None and hit.target.kind in COUNTRY_KINDS and not hits.is_used(hit):
                return hit
    return None


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
        start = ent.start + (1 if ent[0].lower_ == "the" else 0)
        end = next((t.i for t in ent if t.text == "("), ent.end)  # spaCy may swallow "(ABC"
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
    if country is None and lex.international_words.intersection(t.text for t in doc[start:end]):
        country = "NGO"  # "Third World Water Forum": an international body, not the sentence's country
    country = country or (place_country(name) if end - start <= 3 else None)  # a city the parser took for an ORG
    return Mention(start, end, root.i, "organization", name, country, sector,
                   entity="org:" + " ".join(name.lower().split()), confidence=0.4, method="ner-unknown")


def _parenthesised(doc: Doc, i: int) -> str | None:
    if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")" and doc[i + 1].text.isupper():
        return doc[i + 1].text
    return None
