"""People: dictionary office holders and spaCy PERSON names, with the titles and appositions
that say whose they are ("Joint Chiefs of Staff Chairman Gen. Joseph Dunford", "Mustafa Bali, a
spokesman for the SDF")."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from ..nlp import sent_of, tokens_of
from .cities import place_country
from .ethnic import ethnic_groups
from .lexicon import Agent, Entry, Lexicon
from .matching import Match
from .mention import CHAIN_WORDS, PLACE_NOUNS, Hits, Mention, match_head, place_name

PLACE_PREPOSITIONS = {"in", "at", "near", "outside", "inside", "into"}
# Nouns of bodies: a name spaCy reads as a person right after one names the body ("firm Ambrey").
ORG_HEADS = {"firm", "company", "group", "agency", "organization", "organisation", "charity", "newspaper",
             "broadcaster", "party", "union", "rights group", "human rights group", "aid group", "aid agency"}
PAST = {"then", "former", "ex", "late"}
RETIRED = {"former", "ex", "late"}  # a former office holder acts as one of the elite (ELI), "then-" as in office
ROLE_PREPS = {"for", "of", "at", "with", "to", "in"}
US_PARTIES = {"R", "D", "I"}  # "Sen. Lindsey Graham (R-S.C.)": a party-state tag is a US convention


@dataclass
class Context:
    """What the words around a name say: titles, country, organisation."""

    titles: list[tuple[Match, Agent]] = field(default_factory=list)  # nearest first
    country: str | None = None
    org: Entry | None = None
    past: bool = False
    retired: bool = False
    start: int = 0
    role: str | None = None
    via_apposition: bool = False
    placed: bool = False  # the country comes from where the office is ("Texas Gov.")
    sentence_countries: list[str] = field(default_factory=list)


def _person_spans(doc: Doc, hits: Hits, lex: Lexicon) -> list[tuple[int, int, Entry | None]]:
    """(start, end, entry) for each person name: dictionary people first, then other PERSON names."""
    spans: list[tuple[int, int, Entry | None]] = []
    taken: set[int] = set()
    ents = [e for e in doc.ents if e.label_ == "PERSON" or (e.label_ == "ORG" and _after_title(doc, e, hits, lex))]
    for match in hits.matches:
        entry = hits.entry_of(match)
        if entry is None or entry.kind != "person" or _inside_hyphenated(doc, match.start):
            continue
        ent = next((e for e in ents if e.start <= match.start and match.end <= e.end), None)
        if ent is not None and _name_start(ent, hits) < match.start:
            continue  # "Cori Bush" is not George W. Bush: the longer name wins
        if ent is not None and match.end - match.start == 1 and match.end < ent.end and doc[match.end].pos_ == "PROPN":
            continue  # "governor Petro Lysenko": a surname alias as someone else's first name
        spans.append((match.start, match.end, entry))
        hits.use(match)
        taken.update(range(match.start, match.end))
    for ent in ents:
        start = _name_start(ent, hits)
        if start >= ent.end or taken.intersection(range(start, ent.end)):
            continue
        inside = [hits.named_at(i) for i in range(start, ent.end) if hits.named_at(i) is not None]
        entries = [hits.entry_of(m) for m in inside]
        end = ent.end - 1 if doc[ent.end - 1].text in ("'s", "'", "’s", "’") else ent.end  # "Sri Lanka's navy"
        if len(inside) >= end - start or any(e is not None and e.kind != "person" for e in entries):
            continue  # a dictionary organisation or country that spaCy took for a name
        # (a dictionary surname inside a longer unknown name is that other person: "Ahmed Saleh")
        for match in inside:
            hits.use(match)  # "Chad Smith" is a person, not the country
        if start > 0 and doc[start - 1].text in ("#", "@"):
            continue  # hashtags and handles are not people
        if ent.end - start == 1 and _people_word(doc[start], hits):
            continue  # "Karen rebels": a people, not a woman named Karen
        if ent.root.head.lower_ == "of" and ent.root.head.head.lower_ in PLACE_NOUNS:
            continue  # "the town of Dargel" names a place
        if ent.end - start == 1 and start > 0 and doc[start - 1].lower_ == "the":
            continue  # "across the Sahel": a one-word name after "the" is a region or a body, not a person
        if ent.end - start == 1 and start == ent.start and ent.root.dep_ == "pobj" and \
                ent.root.head.lower_ in PLACE_PREPOSITIONS:
            continue  # "detained in Lampedusa": a lone name where something happens is a place
        spans.append((start, ent.end, None))
        taken.update(range(start, ent.end))
    return sorted(spans, key=lambda s: s[0])


# Arabic and other name particles joined by a hyphen keep the name a name ("al-Sadr", "bin-Laden").
NAME_PARTICLES = {"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "bin", "ibn", "ben", "abu", "abd", "ould", "ul"}


def _inside_hyphenated(doc: Doc, i: int) -> bool:
    """A name written as the end of a hyphenated word is part of a place or longer name:
    "Mazar-i-Sharif" holds no Sharif."""
    if i < 2 or doc[i - 1].text != "-" or doc[i - 2].whitespace_ or doc[i - 1].whitespace_:
        return False
    before = doc[i - 2].text
    return before.islower() and before not in NAME_PARTICLES


def _people_word(token: Token, hits: Hits) -> bool:
    """A people's name on an agent noun ("Karen rebels"), which the agent's mention will hold."""
    head = hits.at(token.head.i)
    return (token.text in ethnic_groups() and token.dep_ in ("compound", "amod") and token.head.i > token.i
            and head is not None and head.target.kind == "agent")


def _after_title(doc: Doc, ent, hits: Hits, lex: Lexicon) -> bool:
    """spaCy sometimes tags "Vice-President Moody Awori" as an organisation: a title before it says person."""
    match = hits.at(ent.start - 1) if ent.start > 0 else None
    return (match is not None and match.target.kind == "agent" and lex.agents[match.target.ref].title
            and not any(hits.named_at(i) for i in range(ent.start, ent.end)))


def _name_start(ent, hits: Hits) -> int:
    """Skip titles spaCy sometimes puts inside a PERSON entity ("President Trump")."""
    start = ent.start + (1 if ent[0].lower_ == "the" else 0)  # "The Quai d'Orsay" is no one's name
    while start < ent.end:
        match = hits.at(start)
        if match is None or match.target.kind != "agent":
            break
        start = match.end
    return start


def _context(doc: Doc, start: int, hits: Hits, lex: Lexicon) -> Context:
    """Walk left from the name over titles, countries, organisations and words like "then-"."""
    ctx = Context(start=start)
    sent_start = sent_of(doc[start]).start
    i = start - 1
    while i >= sent_start:
        tok, match = doc[i], hits.at(i)
        if tok.is_space:
            i -= 1
            continue
        if match is not None and not hits.is_used(match):
            if match.target.kind == "agent":
                ctx.titles.append((match, lex.agents[match.target.ref]))
            elif match.target.kind in ("country", "demonym", "metonym"):
                ctx.country = ctx.country or match.target.ref
            else:
                entry = hits.entry_of(match)
                if entry is None or entry.kind == "person":
                    break
                ctx.org = ctx.org or entry
            hits.use(match)
            ctx.start = match.start
            i = match.start - 1
            continue
        if ctx.titles and tok.pos_ == "PROPN" and tok.dep_ == "compound" and tok.i < tok.head.i < start:
            i -= 1  # "Chinese Foreign Ministry spokeswoman": a word of the title's own phrase
            continue
        if tok.lower_ in CHAIN_WORDS or tok.text in ("Lt", "Maj", "Brig", "Gen", ".") or tok.pos_ == "ADJ":
            ctx.past = ctx.past or tok.lower_ in PAST
            ctx.retired = ctx.retired or tok.lower_ in RETIRED
            i -= 1
            continue
        break
    # Leading "then-" or "'s" belongs to the title only when something followed it.
    while ctx.start < start and doc[ctx.start].lower_ in ("'s", "’s", "-", "."):
        ctx.start += 1
    if ctx.start > 0 and doc[ctx.start - 1].lower_ in PAST | {"-"} and ctx.titles:
        back = ctx.start - 1
        while back > sent_start and doc[back].lower_ == "-":
            back -= 1
        if doc[back].lower_ in PAST:
            ctx.past, ctx.start = True, back
            ctx.retired = ctx.retired or doc[back].lower_ in RETIRED
    return ctx


def _apposition(doc: Doc, head: Token, hits: Hits, lex: Lexicon, ctx: Context) -> None:
    """"X, a spokesman for the SDF" / "the SDF's spokesman, X": the role noun beside the name."""
    role_tokens = [c for c in head.children if c.dep_ == "appos"]
    if head.dep_ == "appos":
        role_tokens.append(head.head)
        if head.head.dep_ == "pobj":  # "the head of the IAEA, X": the name may hang on "IAEA"
            role_tokens.append(head.head.head.head)
    for role_tok in role_tokens:
        match = hits.at(role_tok.i)
        if match is None or match.target.kind != "agent" or hits.is_used(match):
            continue
        agent = lex.agents[match.target.ref]
        owner, phrase = _owner(doc, role_tok, hits)
        hits.use(match)
        ctx.titles.insert(0, (match, agent))
        ctx.via_apposition = True
        if owner is not None:
            if owner.target.kind == "entry":
                ctx.org = ctx.org or hits.entry_of(owner)
            else:
                ctx.country = ctx.country or owner.target.ref
            ctx.role = phrase
        else:
            ctx.role = match.text
        return


def _owner(doc: Doc, noun: Token, hits: Hits) -> tuple[Match | None, str | None]:
    """The organisation or country a role noun belongs to, and a short role text."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ROLE_PREPS:
            for pobj in child.children:
                if pobj.dep_ != "pobj":
                    continue
                owner = _hit_at_or_under(pobj, hits)
                if owner is not None:
                    entry = hits.entry_of(owner)
                    name = entry.referred if entry is not None else owner.text
                    return owner, f"{noun.text} {child.text} {name}"
    for child in noun.children:
        if child.dep_ in ("poss", "compound", "amod", "nmod") and child.i < noun.i:
            owner = hits.named_at(child.i)
            if owner is not None:
                if owner.target.kind != "entry":
                    hits.use(owner)  # "a Syrian refugee": the adjective is part of the role
                return owner, doc[owner.start:noun.i + 1].text
    return None, None


def _office_place(doc: Doc, head: Token, end: int, hits: Hits, ctx: Context) -> None:
    """Where a titled person holds office when no country is written: a city, state or province
    before the title ("Texas Gov. Greg Abbott", "Los Angeles Mayor Karen Bass"), after the name
    ("Gov. Greg Abbott of Texas", "Mayor X of Kano"), or a US party-state tag ("(R-Texas)")."""
    if end + 3 < len(doc) and doc[end].text == "(" and doc[end + 1].text in US_PARTIES and doc[end + 2].text == "-":
        ctx.country, ctx.placed = "USA", True
        return
    prefer = set(ctx.sentence_countries) | {a.country for _, a in ctx.titles if a.country}
    first = ctx.start  # the capitalised words just before the title, longest name first
    while first > max(0, ctx.start - 4) and doc[first - 1].pos_ == "PROPN" and hits.at(first - 1) is None:
        first -= 1
    for left in range(first, ctx.start):
        name = doc[left:ctx.start].text
        found = place_country(name, prefer) or place_country(place_name(doc[ctx.start - 1]) or "", prefer)
        if found:
            ctx.country, ctx.start, ctx.placed = found, left, True
            return
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "from"):
            for pobj in prep.children:
                name = place_name(pobj) if pobj.dep_ == "pobj" and hits.at(pobj.i) is None else None
                found = place_country(name, prefer) if name else None
                if found:
                    ctx.country, ctx.placed = found, True
                    return


def _hit_at_or_under(token: Token, hits: Hits) -> Match | None:
    match = hits.named_at(token.i)
    if match is not None:
        return match
    found = [hits.named_at(c.i) for c in token.children if c.dep_ in ("compound", "nmod", "poss", "amod")]
    found = [m for m in found if m is not None]
    found.sort(key=lambda m: m.target.kind != "entry")  # an organisation beats a country adjective
    return found[0] if found else None


def person_mentions(doc: Doc, hits: Hits, lex: Lexicon, date: str | None) -> list[Mention]:
    mentions = []
    for start, end, entry in _person_spans(doc, hits, lex):
        ctx = _context(doc, start, hits, lex)
        head = match_head(doc, Match(start, end, doc[start:end].text))
        _apposition(doc, head, hits, lex, ctx)
        sent = sent_of(doc[start])
        ctx.sentence_countries = [m.target.ref for m in hits.matches
                                  if sent.start <= m.start < sent.end and m.target.kind in ("country", "demonym", "metonym")]
        if ctx.titles and ctx.country is None and ctx.org is None:
            _office_place(doc, head, end, hits, ctx)
        mentions.append(_mention(doc, start, end, head.i, entry, ctx, date))
    return mentions + _bare_surnames(doc, hits, mentions)


def _bare_surnames(doc: Doc, hits: Hits, people: list[Mention]) -> list[Mention]:
    """A later capitalised word equal to the last word of a full name that spaCy did not tag
    ("Kamaluddin later said"): the coreference pass links it to that person."""
    covered = {i for m in people for i in range(m.start, m.end)}
    surnames = {doc[m.end - 1].text: m for m in people if len(m.name.split()) >= 2}
    found = []
    for tok in tokens_of(doc):
        earlier = surnames.get(tok.text)
        if earlier is None or tok.i in covered or tok.i < earlier.end or hits.at(tok.i) is not None:
            continue
        if tok.pos_ != "PROPN" or tok.ent_type_ not in ("", "PERSON", "ORG", "NORP"):
            continue
        found.append(Mention(tok.i, tok.i + 1, tok.i, "person", tok.text, method="ner-unknown", confidence=0.4))
    return found


def _mention(doc: Doc, start: int, end: int, head: int, entry: Entry | None, ctx: Context, date: str | None) -> Mention:
    role = None if (entry is None or ctx.past) else entry.role_on(date)
    title = ctx.titles[0][1] if ctx.titles else None
    rank = next((a for _, a in ctx.titles if a.title and a.sector == "MIL" and not a.inherit), None)
    org_sector = ctx.org.sector if ctx.org is not None else None
    standing = entry.sector if entry is not None and not entry.roles and entry.sector not in (None, "ELI") else None
    if ctx.retired and not (standing and title is not None and title.sector != standing):
        sector = "ELI"
    elif ctx.retired:
        sector = standing  # "former police officer Jimmy Cherizier" now leads gangs: what he was is past
    elif role is not None:
        sector = role.sector
    elif rank is not None:
        sector = "MIL"
    elif title is not None:
        # "opposition leader X": an inheriting title takes its owner's sector, or a fuller title's.
        fuller = next((a for _, a in ctx.titles[1:] if not a.inherit), None)
        sector = (org_sector or (fuller.sector if fuller else None)) if title.inherit else None
        sector = sector or title.sector
    else:
        sector = org_sector or (entry.sector if entry is not None else None)
    own = (role.country if role is not None else None) or (entry.country if entry is not None else None)
    country = own or ctx.country or (ctx.org.country if ctx.org else None)
    guessed = False
    head_title = title is not None and title.title and not title.inherit and title.sector in ("GOV", "MIL")
    if country is None and head_title and ctx.sentence_countries and len(set(ctx.sentence_countries)) == 1:
        country, guessed = ctx.sentence_countries[0], True  # "President X" where one country is named
    titled = next((a.country for _, a in ctx.titles if a.country), None)
    by_title = country is None and titled is not None and not ctx.sentence_countries
    if by_title:
        country = titled  # "Sen. X", "Rep. Y" with no country named: the US usage
    span_start = min(ctx.start, start)
    name = entry.name if entry is not None else doc[start:end].text
    if entry is not None:
        method, confidence = "dictionary", 0.9
    elif ctx.via_apposition and country:
        method, confidence = "spokesman-of", 0.8
    elif guessed:
        method, confidence = "title+sentence-country", 0.5
    elif ctx.placed and country:
        method, confidence = "title+place", 0.6
    elif by_title:
        method, confidence = "title-country", 0.4
    elif country:
        method, confidence = ("title+affiliation" if ctx.org else "nationality-adjective"), 0.75
    else:
        method, confidence = "ner-unknown", 0.4
    role_text = (role.title if role else None) or ctx.role or (doc[span_start:start].text.strip() or None)
    if entry is None and title is not None and title.noun in ORG_HEADS and not title.title:
        # "maritime security firm Ambrey", "the rights group Memorial": the name is the body's
        return Mention(span_start, end, head, "organization", name, country, title.sector,
                       entity="org:" + " ".join(name.lower().split()), confidence=0.4, method="ner-unknown")
    return Mention(
        span_start, end, head, "person", name, country, sector,
        qid=entry.qid if entry else None, role=role_text,
        entity=entry.id if entry else "person:" + " ".join(name.lower().split()),
        confidence=confidence, method=method, entry=entry,
    )
