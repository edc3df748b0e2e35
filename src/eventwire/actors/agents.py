"""Generic agent nouns ("Syrian troops", "U.S. officials", "Lawmakers in Congress", "the group"),
coded from the countries, organisations and places attached to them. Named organisations and
countries acting on their own are in `named.py`."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..datelines import story_start
from ..nlp import sent_of
from .cities import place_country
from .ethnic import ethnic_groups, group_country, group_modifier
from .lexicon import Lexicon
from .matching import Match, PhraseIndex
from .mention import (BACKED, COUNTRY_KINDS, MODIFIER_DEPS, PLACE_NOUNS, Hits, Mention, backed_prefix, demonym_modifier,
                      is_nounish, match_head, place_name, stance_prefix)

ATTACH_PREPS = {"in", "of", "from", "for", "at", "throughout", "across"}
DEFINITE = {"the", "this", "that", "these", "those"}
BASED = {"based", "stationed", "deployed", "headquartered", "operating"}
ARMED = {"MIL", "REB", "COP", "UAF", "CRM"}
ARMED_GENERIC = {"REB", "UAF", "CRM"}
OWNED = {"led", "run", "controlled"}  # "X-led", "X-run": X's own, not a backer's
COUNTRY_WORDS = {"country", "nation", "enclave", "territory", "kingdom", "republic", "island", "emirate"}
GROUP_NOUNS = {"group", "movement", "organization", "organisation", "militia", "faction", "network", "coalition", "gang"}  # gunmen, militants, fighters: whose they are is written after them
AFFILIATED = {"belong", "link", "linked", "loyal", "affiliate", "affiliated", "tie", "tied"}
STRUCK_PREPS = {"on", "at", "against", "into", "upon", "toward", "towards"}
STATE = {"GOV", "COP", "LEG", "JUD", "MIL"}  # "the government of Sindh": a province's government is its state's
COMMUNITY_HEADS = {"leader", "chief", "elder", "chieftain", "notable"}
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
    armed_of = kept = None
    named_side = False  # a sector word, not a title, says whose the noun is ("opposition supporters")
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
                    if kept is not None and not agent.backed and stance is None and \
                            any(t.dep_ == "cc" for t in doc[kept.end:hit.start]):
                        # "Qatari and Egyptian mediators" parsed as two modifiers: the first is its own actor
                        out.append(Mention(kept.start, kept.end, match_head(doc, kept).i, "agent", kept.text,
                                           kept.target.ref, agent.sector, confidence=0.7,
                                           method="nationality-adjective", agent=agent))
                        country, start = None, hit.start
                    last = kept = _coordinated(doc, child, hit, hits, agent, out)
                    if agent.backed or stance == "pro":  # "Israel's militia ally", "pro-Syrian militiamen": backers
                        backer = backer or last.target.ref
                    else:
                        country = country or last.target.ref
                    start = min(start, last.start - (2 if stance else 0))
                elif entry is not None and not any(c.dep_ == "cc" for c in child.children):
                    org = org or entry  # not "the World Food Programme and local activists": a conjunct
                continue
            if child.dep_ == "poss" and child.lower_ in COUNTRY_WORDS:
                country_coref = True  # "the country's army", "the enclave's health ministry": the country named just before
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
            if child.text in ethnic_groups():  # "a Tamil party" is a party of Tamils, not civilians
                if inner is not None and not hits.is_used(inner):
                    hits.use(inner)
                continue
            if inner is not None and inner.target.kind == "agent" and agent.inherit and not hits.is_used(inner):
                inner_sector = lex.agents[inner.target.ref].sector  # "rebel leaders", "civilian advisers"
                if not (agent.sector in ("MIL", "COP") and inner_sector not in ARMED):  # "Moslem forces" stay armed
                    modifier_sector = modifier_sector or inner_sector
                    named_side = named_side or not lex.agents[inner.target.ref].title
                hits.use(inner)
                start = min(start, inner.start)
                continue
            who = backed_prefix(child)
            if who is None and BACKED.match("x-" + child.lower_):
                who = _backer_word(child, hits)
            if who is not None:
                code = _country_code(who, hits, index)
                if child.lower_.rsplit("-", 1)[-1] in OWNED:
                    country = country or code  # "Saudi-led forces" are Saudi forces, a "Houthi-run ministry" Yemen's
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
            if hit is None and pobj is not None and pobj.lemma_.lower() in GROUP_NOUNS and (
                    child.lower_ == "of" or (child.lower_ == "from" and agent.sector in ARMED_GENERIC)):
                # "dissidents of the former FARC rebel group", "gunmen from the Viv Ansanm coalition"
                named = [hits.named_at(t.i) for t in pobj.subtree if t.i < pobj.i and t.dep_ in ("compound", "nmod")]
                entry = next((hits.entry_of(n) for n in named if n is not None and hits.entry_of(n) is not None), None)
                if entry is not None and entry.kind != "person":
                    org = org or entry  # "dissidents of the former FARC rebel group": the group stays an actor
                    armed_of = armed_of or (entry if agent.sector in ARMED_GENERIC else None)
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
    before = hits.named_at(match.start - 1) if match.start > 0 else None
    if country is None and org is None and before is not None and not hits.is_used(before) and \
            before.target.kind == "demonym" and head.i + 1 < len(doc) and doc[head.i + 1].text == "-":
        # "Albanian rebel-held territory": the demonym goes with the agent of the hyphenated word
        hits.use(before)
        country, start = before.target.ref, before.start
    affiliated = armed_of  # "gunmen from the Viv Ansanm coalition" are the coalition's
    if country is None and org is None and person is None and backer is None and agent.sector in ARMED_GENERIC:
        affiliated = org = _affiliation(head, hits)  # "gunmen believed to belong to the Jalisco cartel"
    people = None
    if country is None and org is None and person is None and backer is None:
        people = group_modifier(head)  # "Kurdish rebels", "Hutu militiamen", "Tamils"
        if people is not None:
            start = min(start, people[1].i)
            country = group_country(people[0], _sentence_countries(head, hits))
    sector = modifier_sector or agent.sector
    if people is not None and agent.noun in COMMUNITY_HEADS:
        sector = "ELI"  # "Yoruba leaders", "Kurdish elders": a people's notables, not a state's
    if sector == "MED" and any(t.text in STATE_OWNED for t in doc[head.left_edge.i:head.i]):
        sector = "GOV"  # "the official Syrian newspaper", "state-run television" speak for the government
    entity = None
    method, confidence = "agent-noun", 0.5
    if org is not None:
        # "U.N. officials in Geneva": a body's people stay the body's wherever they are
        country = org.country if located and org.country else country or org.country
        if (agent.inherit or affiliated is not None) and org.sector and not modifier_sector:
            sector = org.sector
        elif org.sector == "PTY" and sector in ("LAB", "CVL", "OPP"):
            sector = "PTY"  # "PTI workers", "party activists": members of the party
        elif org.kind == "armed_group" and sector == "OPP":
            sector = org.sector or sector  # "dissidents of the FARC" still carry arms
        if agent.inherit or agent.coref or affiliated is not None:
            entity = org.id
        method, confidence = "agent-of-organization", 0.75
    elif person is not None:
        country = country or person.country
        method, confidence = "agent-of-person", 0.7
    elif located:
        method, confidence = "agent-in-city", 0.6
    elif people is not None and country is not None:
        method, confidence = "ethnic-group", 0.55
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
        if not backer and not (definite and agent.coref) and not agent.alone and not (named_side and not agent.weapon):
            return None  # "members" alone is no one; "opposition supporters" are the opposition's
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
                return (demonym_modifier(child, hits) if hit.target.kind == "demonym" else None) or hit
    return None


def _affiliation(head: Token, hits: Hits):
    """The armed group or body of a "belonging to / linked to / loyal to / affiliated with X"
    clause on an unnamed armed noun; X stays an actor of its own."""
    clauses = [c for c in head.children if c.dep_ in ("acl", "amod", "relcl")]
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.lemma_.lower() in ("believe", "suspect", "think", "say"):
        clauses += [c for c in head.head.children if c.dep_ == "xcomp"]  # the parser's "Gunmen believed [ROOT] to belong"
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.lemma_.lower() in AFFILIATED:
        clauses.append(head.head)  # and its "Gunmen linked [ROOT] to the cartel killed ..."
    for clause in clauses:
        for prep in clause.subtree:
            if prep.dep_ != "prep" or prep.lower_ not in ("to", "with") or prep.head.lemma_.lower() not in AFFILIATED:
                continue
            for pobj in prep.children:
                hit = hits.named_at(pobj.i) if pobj.dep_ == "pobj" else None
                entry = hits.entry_of(hit) if hit is not None else None
                if entry is not None and entry.kind != "person":
                    return entry
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
