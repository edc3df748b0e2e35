"""Within-article coreference: surname-only repeats, "the group"/"the militia" descriptors and
"X-backed fighters", so that all mentions of one real-world actor share an entity id."""
from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Token

from .cities import place_country
from .dominant import STATE_SECTORS
from .mention import Mention, place_name, sentence_index

WINDOW = 3  # sentences back in which "the group" looks for what it stands for
INTERNATIONAL = {"IGO", "NGO", "IMG"}
# Owners of these sectors are usually of the place the sentence is about ("rebels", "police",
# "refugees"); soldiers and officials are often foreign, so they are never guessed.
LOCAL_SECTORS = {"REB", "COP", "CVL", "REF", "OPP", "EDU", "LAB", "REL", "CRM", "UAF", "AGR", "HLH"}


def link_surnames(mentions: list[Mention]) -> None:
    """"Joseph Smith ... Smith said": a one-word name repeats the last word of an earlier name."""
    people = sorted((m for m in mentions if m.kind == "person"), key=lambda m: m.start)
    known: dict[str, Mention] = {}
    for mention in people:
        words = mention.name.split()
        if len(words) >= 2:
            known.setdefault(words[-1], mention)
            continue
        earlier = known.get(words[0]) if words else None
        if earlier is None or earlier.entity == mention.entity:
            continue
        if mention.entry is not None and earlier.entry is None:
            pass  # an earlier unknown full name beats a dictionary surname ("Cori Bush ... Bush")
        elif mention.entry is not None:
            continue
        mention.name, mention.entity, mention.qid, mention.entry = earlier.name, earlier.entity, earlier.qid, earlier.entry
        mention.country = mention.country or earlier.country
        mention.sector = mention.sector or earlier.sector
        mention.role = mention.role or earlier.role
        mention.method, mention.confidence = "surname-repeat", min(earlier.confidence, 0.8)


def link_descriptors(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Resolve "the group" and "U.S.-backed fighters"; drop descriptors that stay unresolved unless
    their noun codes someone alone ("the army" stays, sector only)."""
    sentence = sentence_index(doc)
    named = sorted((m for m in mentions if m.entry is not None or m.kind == "country"), key=lambda m: m.head)
    counts = Counter(m.entity for m in named)
    kept = []
    for mention in mentions:
        if mention.method == "coref-descriptor" and mention.country is None:
            target = _antecedent(doc, mention, named, sentence)
            if target is None and mention.agent is not None and mention.agent.alone and not mention.coref_kinds:
                # "the army" with nothing to stand for is still an army, like a bare "troops": the
                # sentence's or article's country may code it below
                mention.method, mention.confidence = "agent-noun", 0.4
            elif target is None:
                continue
            else:
                _inherit(mention, target, keep_sector=target.kind == "country")
        elif mention.method == "backed-descriptor":
            backer = mention.role.removeprefix("backed by ") if mention.role else None
            # "Hezbollah fired rockets ... The Iran-backed group said": the one it backs named
            # in the sentences just before, else the one the article names most
            near = [m for m in named if m.head < mention.start and sentence[mention.head] - sentence[m.head] <= 1]
            recent = [m for m in near if m.entry is not None and backer and backer in m.entry.backers]
            target = recent[-1] if recent else _backed_group(backer, named, counts)
            if target is not None:
                _inherit(mention, target, keep_sector=False)
                mention.method = "coref-descriptor"
        kept.append(mention)
    return kept


def _antecedent(doc: Doc, mention: Mention, named: list[Mention], sentence: list[int]) -> Mention | None:
    kinds = set(mention.coref_kinds or (mention.agent.coref if mention.agent else ()))
    here = sentence[mention.head]
    if "igo" in kinds:  # "the bloc": an intergovernmental body, not any organisation
        named = [m for m in named if m.kind in kinds or (m.kind == "organization" and m.country == "IGO")]
        named = [m for m in named if m.sector not in ("PTY", "OPP")]  # a party group is no bloc
        kinds = kinds | {"organization"}
    before = [m for m in named if m.head < mention.start and m.kind in kinds and here - sentence[m.head] <= WINDOW
              and not on_border(doc, m) and m.method != "place-country"]
    speakers = [m for m in named if m.kind == "person" and m.head < mention.start and sentence[m.head] == here]
    own = [m for m in before if speakers and (m.country, m.sector) == (speakers[-1].country, speakers[-1].sector)]
    if own:  # "Houthi military spokesman Yahya Saree said the group had ...": the speaker's own group
        return own[-1]
    if before and any(c.dep_ == "poss" and c.lower_ in PLACE_OWNERS for c in doc[mention.head].children):
        return before[-1]  # "killed 25 Palestinians in central Gaza, the enclave's health ministry said"
    if before:
        # "Henry, who was in Kenya at the time ... The government declared": a country named only as
        # where someone went is no antecedent while a country the story is about precedes it
        actors = [m for m in before if not _only_location(doc, m)]
        return actors[-1] if actors else before[-1]
    after = [m for m in named if m.head >= mention.end and m.kind in kinds and sentence[m.head] == here]
    return after[0] if after else None


def _only_location(doc: Doc, mention: Mention) -> bool:
    head = doc[mention.head]
    return (mention.kind == "country" and head.dep_ == "pobj"
            and head.head.lemma_.lower() in {"in", "to", "from", "into", "at", "for"})


PLACE_OWNERS = {"enclave", "territory", "island"}  # named as places: the last place named is theirs
BORDER_NOUNS = {"border", "frontier", "borders", "frontiers"}


def on_border(doc: Doc, mention: Mention) -> bool:
    """"near the border with Venezuela", "stuck at the Chad border": a neighbour named as a border
    is where something is, never whose it is nor what the story is about."""
    if mention.kind != "country":
        return False
    head = doc[mention.head]
    if head.dep_ == "compound" or head.dep_ == "amod":
        return head.head.lower_ in BORDER_NOUNS
    if head.dep_ in ("pobj", "conj"):
        prep = head.head if head.dep_ == "pobj" else head.head.head
        return prep.lower_ in ("with", "of") and prep.head.lower_ in BORDER_NOUNS
    return False


def link_repeated_nouns(doc: Doc, mentions: list[Mention]) -> None:
    """"Ukraine's air force said ... the air force said", "police officers ... two officers": a bare
    agent noun repeating the noun (or the last word) of an agent named just before stands for it,
    when all such agents of the last few sentences share one code."""
    sentence = sentence_index(doc)
    agents = sorted((m for m in mentions if m.agent is not None), key=lambda m: m.head)
    for mention in agents:
        if mention.method != "agent-noun" or mention.country or mention.agent.weapon:
            continue
        # "the air force" refers back; "84 drones" after "Ukrainian drones" may be anyone's, but a
        # shorter form of a compound ("officers" after "police officers") says which kind it was
        definite = "the" in (doc[mention.start].lower_, doc[max(mention.start - 1, 0)].lower_)
        noun, here = mention.agent.noun, sentence[mention.head]
        # ... and a compound of the earlier noun is one of it ("a police officer" after "police in Jammu")
        earlier = [m for m in agents if m.head < mention.start and 0 <= here - sentence[m.head] <= WINDOW
                   and ((definite and m.agent.noun == noun) or m.agent.noun.endswith(" " + noun)
                        or noun.startswith(m.agent.noun + " "))
                   and (m.country or m.sector != mention.sector)]
        if len({(m.country, m.sector) for m in earlier}) != 1:
            continue
        target = earlier[-1]
        mention.sector = target.sector or mention.sector
        if target.country:
            mention.country, mention.entity = target.country, target.entity
            mention.method, mention.confidence = "coref-repeat", 0.55


def link_members(doc: Doc, mentions: list[Mention]) -> None:
    """"The European Parliament approved new rules ... Lawmakers backed the measure": bare members
    of a legislature stand for the one named in their own or the previous sentence."""
    sentence = sentence_index(doc)
    bodies = sorted((m for m in mentions if m.sector == "LEG" and m.country
                     and (m.kind == "organization" or m.method == "agent-of-organization")), key=lambda m: m.head)
    for mention in mentions:
        if mention.method != "agent-noun" or mention.country or mention.sector != "LEG":
            continue
        here = sentence[mention.head]
        before = [b for b in bodies if b.head < mention.start and 0 <= here - sentence[b.head] <= 1]
        if len({b.entity for b in before}) == 1:
            target = before[-1]
            mention.country, mention.entity = target.country, target.entity
            mention.method, mention.confidence = "coref-repeat", 0.55


COMMAND_VERBS = {"order", "instruct", "direct", "command", "dispatch", "deploy", "send", "mobilize", "mobilise"}


def link_commanded(doc: Doc, mentions: list[Mention]) -> None:
    """"President Yoon ordered officials to ...", "Moscow deployed troops": state agents a coded
    state actor orders or sends are its own."""
    by_head = {m.head: m for m in mentions if m.country and m.country not in INTERNATIONAL}
    for mention in mentions:
        if mention.method != "agent-noun" or mention.country or mention.sector not in STATE_SECTORS:
            continue
        head = doc[mention.head]
        if head.dep_ != "dobj" or head.head.lemma_.lower() not in COMMAND_VERBS:
            continue
        boss = next((by_head[c.i] for c in head.head.children if c.dep_ == "nsubj" and c.i in by_head), None)
        if boss is not None and boss.sector in STATE_SECTORS | {None}:
            mention.country, mention.method, mention.confidence = boss.country, "commanded-by", 0.5


def link_possessed(doc: Doc, mentions: list[Mention]) -> None:
    """"Russia's Defence Ministry said its air defence units ...", "The group said its fighters":
    "its"/"their" on a bare agent noun stands for the coded subject of a clause above it, once the
    dictionary and descriptors have coded that subject."""
    by_head = {m.head: m for m in mentions if m.country}
    for mention in mentions:
        if mention.method != "agent-noun" or mention.country or mention.agent is None:
            continue
        head = doc[mention.head]
        pronoun = next((c.lower_ for c in head.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
        if pronoun is None:
            continue
        owner, tok = None, head
        while owner is None and tok.head.i != tok.i:
            tok = tok.head
            # "The Indian Army said Pakistani troops opened fire and that its soldiers responded":
            # "its" skips a plural subject on its way up to the singular one
            # "The EU's naval mission, Aspides, said one of its frigates": the subject or its apposition
            owner = next((by_head[t.i] for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < head.i
                          and not (pronoun == "its" and c.tag_ in ("NNS", "NNPS"))
                          for t in [c, *(a for a in c.children if a.dep_ == "appos")] if t.i in by_head), None)
        if owner is None or (owner.country in INTERNATIONAL and mention.sector not in ("MIL", "COP")):
            continue  # "NATO said its members": states; "Aspides said one of its frigates": the mission's
        mention.country, mention.method, mention.confidence = owner.country, "possessive-owner", 0.55
        if owner.sector == mention.sector or mention.agent.inherit:
            mention.entity, mention.sector = owner.entity, owner.sector or mention.sector


def _backed_group(backer: str | None, named: list[Mention], counts: Counter) -> Mention | None:
    groups = [m for m in named if m.entry is not None and backer and backer in m.entry.backers]
    if not groups:
        return None
    best = max(groups, key=lambda m: (counts[m.entity], -m.head))
    return next(m for m in groups if m.entity == best.entity)


def _inherit(mention: Mention, target: Mention, keep_sector: bool) -> None:
    mention.country = target.country
    if not keep_sector:
        mention.sector = target.sector or mention.sector
    mention.entity = target.entity
    mention.qid = target.qid if target.kind != "country" else None
    mention.name = target.name if target.kind != "country" else mention.name
    mention.confidence = 0.6


def assign_entities(mentions: list[Mention]) -> None:
    """Mentions without a linked entity get one from their code and head noun."""
    for mention in mentions:
        if mention.entity is None:
            noun = mention.agent.noun if mention.agent else mention.name.lower()
            mention.entity = f"{mention.country or '?'}:{mention.sector or '?'}:{noun}"


# Mentions whose country the text states: by a demonym or country name, or, for forces and people
# acting where they are, by the city or province they are in ("Police in Lagos arrested
# protesters" -> NGA protesters). Not officials, diplomats or reporters in a city, nor dictionary
# people: they often speak of another country ("Western diplomats in Islamabad said rebels ...").
ACTING_HERE = LOCAL_SECTORS | {"COP", "MIL", "JUD"}


def _states_country(m: Mention) -> bool:
    if m.method == "place-country":
        return False  # a town's country was read from this very sentence, or is only where it happened
    return m.kind == "country" or m.method == "nationality-adjective" or (
        m.method == "agent-in-city" and m.sector in ACTING_HERE)


def sentence_countries(doc: Doc, mentions: list[Mention]) -> None:
    """A bare local agent noun takes the one country its sentence names ("rebels ... Sudanese
    government" -> SDN), or with several the one where its own clause happens; with none it stays
    without one. Organisations and names unknown to the dictionary take the sentence's one country."""
    sentence = sentence_index(doc)
    named: dict[int, set[str]] = {}
    for m in mentions:
        if m.country and m.country not in INTERNATIONAL and _states_country(m) and not on_border(doc, m):
            named.setdefault(sentence[m.head], set()).add(m.country)
    for m in mentions:
        local = m.method in ("agent-noun", "backed-descriptor") and m.sector in LOCAL_SECTORS
        if m.country or not (local or m.method == "ner-unknown"):
            continue
        if m.method == "ner-unknown" and _coded_modifier(doc, m, mentions):
            continue  # "U.N. mediator Diego Cordovez": the name belongs with the body before it
        # "pro-Syrian militiamen ... in Beirut": a backer is not the country
        backer = {m.role.removeprefix("backed by ")} if m.method == "backed-descriptor" and m.role else set()
        codes = named.get(sentence[m.head], set()) - backer
        if local and len(codes) != 1:
            codes = (clause_place(doc, m, mentions) - backer) or codes  # "Prisoners rioted at a jail in Dili, ... Indonesian rule"
        if len(codes) == 1:
            # an unknown party, union or newspaper is usually of the country its sentence is about
            confidence = 0.45 if local else 0.35
            m.country, m.method, m.confidence = next(iter(codes)), "sentence-country", confidence


def _coded_modifier(doc: Doc, mention: Mention, mentions: list[Mention]) -> bool:
    left = doc[mention.head].left_edge.i
    return any(o.country and left <= o.start and o.end <= mention.start for o in mentions)


PLACE_PREPS = {"in", "at", "inside", "near", "outside", "across", "throughout", "through"}


def clause_place(doc: Doc, mention: Mention, mentions: list[Mention]) -> set[str]:
    """Countries named where the agent's own clause happens: the "in/at/near" phrases of the verb
    it is subject or object of, and of its own noun."""
    tok = doc[mention.head]
    # and the "in/at" phrases of its own noun ("attacked a police station in Haiti's capital")
    return place_countries(doc, [tok, tok.head] if tok.dep_ in ("nsubj", "nsubjpass", "dobj") else [tok], mentions)


def place_countries(doc: Doc, heads: list[Token], mentions: list[Mention]) -> set[str]:
    """Countries named in the "in/at/near X" phrases hanging off `heads`, without entering clauses
    below them: countries, capitals, cities of 100,000+ people and provinces."""
    places = {m.head: m.country for m in mentions
              if m.kind == "country" and m.method != "nationality-adjective" and m.country not in INTERNATIONAL}
    codes: set[str] = set()
    sent = heads[0].sent
    named = {m.country for m in mentions if m.country and sent.start <= m.start < sent.end}
    stack = [c for head in heads for c in head.children if c.dep_ == "prep" and c.lower_ in PLACE_PREPS]
    while stack:
        node = stack.pop()
        if node.lower_ in BORDER_NOUNS:
            continue  # "stuck at the Chad border": the neighbour is not where it happens
        if node.i in places:
            codes.add(places[node.i])
        elif node.dep_ in ("pobj", "conj") and place_name(node):
            code = place_country(place_name(node), named)  # "the town of Samarra", "Sindh province"
            codes.update([code] if code else [])
        stack.extend(c for c in node.children if c.pos_ not in ("VERB", "AUX") and c.dep_ not in ("relcl", "acl", "advcl"))
    return codes
