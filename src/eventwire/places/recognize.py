"""Toponym recognition: spaCy's GPE/LOC/FAC entities, plus gazetteer matches the model missed,
minus demonyms, people and organisations that share a place's name, and metonyms."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span as SpacySpan

from ..datelines import datelines_of, opens_dateline
from ..nlp import text_of, tokens_of
from .gazetteer import Gazetteer
from .lexicon import Lexicon
from .names import normalise
from .readings import candidates as readings, names_division
from .regions import SOURCE as REGIONS_SOURCE, regions

PLACE_LABELS = ("GPE", "LOC", "FAC")
LOCATIVE = frozenset({"in", "at", "near", "outside", "into", "across", "from", "to", "around", "inside", "toward",
                      "towards", "through", "throughout", "within", "via", "between", "off"})
MISLABELS = ("PERSON", "ORG", "NORP", "PRODUCT", "WORK_OF_ART")  # labels spaCy gives places it does not know
MAX_GAZ_TOKENS = 4
MIN_UNTAGGED_POPULATION = 100_000  # a name spaCy missed, with no locative cue, must be this big to count


@dataclass
class Candidate:
    start: int  # the mention as it will be reported ("eastern Syria")
    end: int
    top_start: int  # the toponym inside it ("Syria")
    top_end: int
    text: str
    part: bool  # a part of the place ("eastern Syria", "the outskirts of Mosul")
    method: str


def _strip_the(span: SpacySpan) -> SpacySpan:
    while len(span) > 1 and span[0].lower_ in ("the", "a"):
        span = span[1:]
    return span


def _extend_part(doc: Doc, span: SpacySpan, lex: Lexicon) -> tuple[int, bool]:
    """Start token of "eastern Syria" / "the northeastern corner of Syria" around a toponym."""
    i = span.start
    if i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in lex.part_nouns:
        j = i - 2
        while j > 0 and doc[j - 1].lower_ in lex.region_words:
            j -= 1
        return j, True
    j = i
    while j > 0 and doc[j - 1].lower_ in lex.region_words and doc[j - 1].pos_ in ("ADJ", "ADV", "NOUN", "PROPN"):
        j -= 1
    return j, j < i


def _is_metonym(span: SpacySpan, lex: Lexicon) -> bool:
    root = span.root
    if root.dep_ not in ("nsubj", "nsubjpass") or root.head.pos_ not in ("VERB", "AUX"):
        return False
    return root.head.lemma_.lower() in lex.metonym_verbs and root.dep_ == "nsubj"


def _after_locative(doc: Doc, start: int) -> bool:
    j = start - 1
    while j >= 0 and doc[j].lower_ in ("the", "northern", "southern", "eastern", "western", "central"):
        j -= 1
    return j >= 0 and doc[j].lower_ in LOCATIVE


def _extend_to_known(doc: Doc, span: SpacySpan, gaz: Gazetteer) -> SpacySpan:
    """spaCy cuts some names short ("Deir" of "Deir ez-Zor", "Croix" of "Croix-des-Bouquets"):
    take the longest known extension."""
    for extra in (4, 3, 2, 1):
        longer = doc[span.start:span.end + extra]
        if len(longer) != len(span) + extra or any(t.is_punct and t.text != "-" or t.is_space or t.text in ("'s", "’s")
                                                 for t in longer[len(span):]):
            continue
        # "the southern Gaza city of Rafah" is Rafah, qualified: not Gaza City
        place_noun_of = longer[-1].is_lower and longer.end < len(doc) and doc[longer.end].lower_ == "of"
        if longer[-1].text != "-" and not place_noun_of and gaz.has_name(longer.text):
            return longer
    return span


NAME_PARTICLES = frozenset({"de", "des", "du", "la", "le", "les", "au", "aux", "en", "el", "al", "sur", "sous"})


def _trim(ent: SpacySpan) -> SpacySpan | None:
    """An entity without a possessive or a preposition spaCy took in at its end."""
    end = ent.end
    # "St. Patrick's" is the church's name; "Henry's" tagged a person stays the person's
    keep_possessive = ent[0].lower_.rstrip(".") in ("st", "saint", "ste") or ent.label_ not in PLACE_LABELS
    while end > ent.start and (ent.doc[end - 1].text in ("'s", "’s", "'", "’") and not keep_possessive
                               or ent.doc[end - 1].pos_ == "ADP"):
        end -= 1
    return ent if end == ent.end else (SpacySpan(ent.doc, ent.start, end, label=ent.label_) if end > ent.start else None)


def _demonym_adjective(doc: Doc, ent: SpacySpan, lex: Lexicon) -> bool:
    """ "in the Chadian border town of Adre": a demonym before a noun qualifies it; it names no place."""
    return (ent.label_ == "NORP" and normalise(ent.text) in lex.demonyms and ent.end < len(doc)
            and doc[ent.end].pos_ in ("NOUN", "PROPN", "ADJ"))


def _country_possessive(doc: Doc, ent: SpacySpan, people: set[str]) -> bool:
    """ "Mali's military government", tagged a person: a country's name with a possessive is the
    country unless a person of the article bears it ("Jordan's" after "Michael Jordan")."""
    return ent.end < len(doc) and doc[ent.end].text in ("'s", "’s") and ent.text not in people


def _conjoined_with_place(ent: SpacySpan) -> bool:
    """ "Khan Younis and Gaza City": in a coordination with a name spaCy tagged as a place."""
    root = ent.root
    others = ([root.head] if root.dep_ == "conj" else []) + [c for c in root.children if c.dep_ == "conj"]
    return any(t.ent_type_ in PLACE_LABELS for t in others)


def _acronym(gaz: Gazetteer, lex: Lexicon, span: SpacySpan) -> bool:
    """ "at TTC", "from BP": a short upper-case word tagged an organisation is its acronym, not one
    of the villages that have it as an alternate name; a country's ("US", "UAE") or one of the
    lexicon's aliases ("EU") is the place."""
    text = span.text
    return (len(span) == 1 and len(text) <= 4 and text.isupper() and normalise(text) not in lex.aliases
            and not any(e.is_country for e in gaz.lookup(text)))


def _world_region_adjective(gaz: Gazetteer, text: str) -> bool:
    """ "African", "European", "Latin American": the adjective of a continent or world region, which
    spaCy tags NORP like a nationality (a country's demonym stays an actor's business)."""
    if text.endswith("s"):
        return False  # "Europeans", "Africans": people, like "Syrians"
    return any(e.fcode == "CONT" or _world_region(e) for e in readings(gaz, text)[0])


def _named_division(doc: Doc, ent: SpacySpan, gaz: Gazetteer) -> bool:
    """ "the Kursk region", "the Belgorod, Kursk and Bryansk regions": a name the words after it
    make a division, and the gazetteer knows a division by it, whatever label spaCy gave it
    ("state" is left out: "Iranian state media" is no place)."""
    noun = names_division(text_of(doc), ent.end_char)
    if noun is None or noun in ("state", "states"):  # "Iranian state media", "Russia state TV"
        return False
    return any(e.fclass == "A" and not e.is_country for e in gaz.lookup(ent.text))


def _country_name(gaz: Gazetteer, text: str) -> bool:
    """The text is a country's own name ("Burkina Faso"), which no person or company bears."""
    key = normalise(text)
    return any(e.is_country and normalise(e.name) == key for e in gaz.lookup(text))


def _glued_to_next(doc: Doc, span: SpacySpan) -> bool:
    """ "Croix" of "Croix-des-Bouquets": the name goes on after a hyphen with a particle, so the
    span is only its start. ("Gori-based", "Lebanon-Syria" still name Gori and Lebanon.)"""
    return (span.end + 1 < len(doc) and not span[-1].whitespace_ and doc[span.end].text == "-"
            and not doc[span.end].whitespace_ and doc[span.end + 1].lower_ in NAME_PARTICLES)


def _person_words(doc: Doc) -> set[str]:
    """Words of the people named in the article: "Salah" after "Mohamed Salah" is the person."""
    return {tok.text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1 for tok in ent}


def find_candidates(doc: Doc, gaz: Gazetteer, lex: Lexicon) -> list[Candidate]:
    found: list[Candidate] = []
    covered: set[int] = set()
    people = _person_words(doc)
    surnames = {ent[-1].text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1}  # "Bolton" of "John Bolton"
    for ent in doc.ents:
        for tok in ent:
            covered.add(tok.i)
        ent = _trim(ent)  # "South Sudan's", "Macomia in"
        if ent is None:
            continue
        if ent.label_ != "PERSON" and len(ent) == 1 and ent.text in people and not _after_locative(doc, ent.start):
            continue
        named_place = ent.start >= 2 and doc[ent.start - 1].lower_ == "of" and (
            doc[ent.start - 2].lower_ in lex.place_nouns or doc[ent.start - 2].lemma_.lower() in lex.place_nouns)
        if ent.label_ in PLACE_LABELS:
            if normalise(ent.text) in lex.not_places and not _after_locative(doc, ent.start):
                continue  # "Easter", "North" on their own
            method = f"spacy-ner:{ent.label_}"
        elif ent.label_ in ("ORG", "PERSON") and len(ent) > 1 and ent[-1].lower_.rstrip(".") in lex.feature_nouns \
                and ent[-1].text[:1].isupper():
            method = f"pattern:feature-noun:{ent.label_}"  # "Carnegie Library", "Neches River"
        elif ent.label_ in MISLABELS and named_place:
            method = f"pattern:place-noun-of:{ent.label_}"  # "the village of Baghouz", "the port of Primorsk"
        elif ent.label_ in MISLABELS and _named_division(doc, ent, gaz):
            method = f"gazetteer:division-noun:{ent.label_}"  # "in the Kursk region" tagged PRODUCT
        elif (ent.label_ in ("PERSON", "ORG", "NORP") and (_after_locative(doc, ent.start) or _before_division(doc, ent, lex))
              and normalise(ent.text) not in lex.not_places and gaz.has_name(ent.text)
              and not _demonym_adjective(doc, ent, lex)
              and not _acronym(gaz, lex, ent) and not (len(ent) == 1 and ent.text in surnames)):
            method = f"gazetteer:after-preposition:{ent.label_}"  # "fighting in Baghouz" mis-tagged
        elif ent.label_ in ("PERSON", "ORG", "NORP", "PRODUCT") and _dateline(doc, ent) and gaz.has_name(ent.text):
            method = f"gazetteer:dateline:{ent.label_}"  # "KINSHASA, Congo (Reuters) -" tagged ORG
        elif ent.label_ in MISLABELS and (len(ent) > 1 or ent.label_ != "PERSON") and _conjoined_with_place(ent) \
                and normalise(ent.text) not in lex.not_places and gaz.has_name(ent.text):
            method = f"gazetteer:conjoined:{ent.label_}"  # "strikes hit Khan Younis and Gaza City"
        elif ent.label_ in ("ORG", "NORP", "PERSON") and (len(ent) > 1 or ent.label_ != "PERSON"
                                                         or _country_possessive(doc, ent, people)) \
                and _country_name(gaz, ent.text):
            method = f"gazetteer:country:{ent.label_}"  # "Niger" ORG, "Burkina Faso" PERSON
        elif ent.label_ == "NORP" and _world_region_adjective(gaz, ent.text):
            method = "gazetteer:region-adjective:NORP"  # "African countries", "European markets"
        else:
            continue
        span = _extend_to_known(doc, _strip_the(ent), gaz)
        if not method.startswith("spacy") and _glued_to_next(doc, span):
            continue  # "Croix-des-Bouquets" cut short to a name the gazetteer lacks: not Croix (France)
        covered.update(range(span.start, span.end))
        if not span.text[:1].isupper() and not span.text[:1].isdigit():
            continue  # "veranda", "bay colt": lower-case spans are not names
        key = normalise(span.text)
        if not key or key in lex.demonyms and not gaz.has_name(span.text):
            continue
        if _is_metonym(span, lex) and not _dateline(doc, span):
            continue  # a dateline parsed as the subject ("MANILA, Philippines - ... accused") is still a place
        if (len(span) == 1 and method.startswith("spacy") and not _after_locative(doc, span.start)
                and not gaz.has_name(span.text) and not named_place):
            continue  # a lone unknown word with no locative cue is more often a name or a product
        start_tok, part = _extend_part(doc, span, lex)
        found.append(Candidate(doc[start_tok].idx, span.end_char, span.start_char, span.end_char, span.text, part, method))
    datelines = _dateline_regions(doc, gaz, _tokens_of(doc, found))
    found.extend(datelines)
    found.extend(_gazetteer_matches(doc, gaz, lex, covered | _tokens_of(doc, datelines)))
    found.extend(_abbreviations(doc, lex, _tokens_of(doc, found)))
    found.extend(_feature_names(doc, lex, covered | _tokens_of(doc, found)))
    found.sort(key=lambda c: c.start)
    return found


def _tokens_of(doc: Doc, found: list[Candidate]) -> set[int]:
    return {t.i for c in found for t in doc.char_span(c.start, c.end, alignment_mode="expand") or ()}


def _before_division(doc: Doc, span: SpacySpan, lex: Lexicon) -> bool:
    """ "Albuquerque, N.M.": a name followed by a comma and a state abbreviation."""
    return span.end + 1 < len(doc) and doc[span.end].text == "," and doc[span.end + 1].text in lex.abbreviations


def _dateline(doc: Doc, span: SpacySpan) -> bool:
    """ "ALBUQUERQUE, N.M. -" / "WASHINGTON (Reuters) -": the upper-case city a dateline opens with."""
    return span.text.isupper() and opens_dateline(doc, span.start_char, span.end_char)


def _dateline_regions(doc: Doc, gaz: Gazetteer, taken: set[int]) -> list[Candidate]:
    """A dateline's city and its country or state, "ABUJA, Nigeria (AP) -", "BEIRUT - Israeli...",
    which spaCy often tags as an adverb or merges with the next words ("BEIRUT - Israeli" NORP,
    "Nigeria - Traders" ORG)."""
    out = []
    text = text_of(doc)
    for line in datelines_of(doc):
        comma = text.find(",", line.start, line.place_end)
        city = doc.char_span(line.start, comma if comma >= 0 else line.place_end)
        if city is not None and not any(t.i in taken for t in city) and len(city.text) > 3 \
                and gaz.has_name(city.text):  # not "GBI, police..."
            out.append(Candidate(city.start_char, city.end_char, city.start_char, city.end_char, city.text, False,
                                 "pattern:dateline"))
        region = doc.char_span(comma + 2, line.place_end) if comma >= 0 else None
        if region is not None and not any(t.i in taken for t in region) and gaz.has_name(region.text):
            out.append(Candidate(region.start_char, region.end_char, region.start_char, region.end_char,
                                 region.text, False, "pattern:dateline"))
    return out


def _abbreviations(doc: Doc, lex: Lexicon, covered: set[int]) -> list[Candidate]:
    """State and province abbreviations after a comma: "Alexandria, La.", "Nelson, BC"."""
    out = []
    tokens = tokens_of(doc)
    for tok in tokens[2:]:
        if tok.i not in covered and tok.text in lex.abbreviations and tokens[tok.i - 1].text == ",":
            end = tok.idx + len(tok.text)
            out.append(Candidate(tok.idx, end, tok.idx, end, tok.text, False, "pattern:abbreviation"))
    return out


def _gazetteer_matches(doc: Doc, gaz: Gazetteer, lex: Lexicon, covered: set[int]) -> list[Candidate]:
    """Longest runs of proper-noun tokens outside spaCy's entities that the gazetteer knows."""
    out: list[Candidate] = []
    tokens = tokens_of(doc)
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if i in covered or tok.pos_ != "PROPN" or not tok.text[:1].isupper() and not tok.text.startswith("#"):
            i += 1
            continue
        match = None
        for n in range(2 * MAX_GAZ_TOKENS - 1, 0, -1):
            span = doc[i:i + n]
            if len(span) < n or any(t.i in covered or t.is_sent_start and t.i != i for t in span):
                continue
            if sum(t.text != "-" for t in span) > MAX_GAZ_TOKENS:
                continue  # hyphens do not count as words: "PORT-AU-PRINCE" is three
            if not all(t.pos_ == "PROPN" or t.text in ("-", "'s") for t in span) or span[-1].text in ("-", "'s") \
                    or _glued_to_next(doc, span):
                continue
            key = normalise(span.text.lstrip("#"))
            if key in lex.not_places or key in lex.demonyms or n == 1 and tok.is_stop:
                continue
            entries = list(gaz.lookup(span.text.lstrip("#"))) + [e for i in lex.aliases.get(key, ()) if (e := gaz.get(i))]
            if not entries:
                continue
            if n == 1 and len(tok.text) <= 4 and tok.text.isupper() and not any(e.is_country for e in entries) \
                    and not (len(tok.text) == 4 and _dateline(doc, span)):
                continue  # acronyms ("CEO", "PSC") are rarely places; "US", "UK" and datelines ("GOMA, Congo -") are
            cue = _after_locative(doc, i) or span.text.startswith("#") or _before_division(doc, span, lex) \
                or _dateline(doc, span)
            biggest = max(e.population for e in entries)
            major = any(e.is_country or e.fcode in ("ADM1", "PPLC") or _world_region(e) for e in entries)
            if n == 1 and not (major or cue and (not tok.is_sent_start or _dateline(doc, span))):
                continue  # one capitalised word ("Oil", "District") needs a cue or to be a major place
            if cue or biggest >= MIN_UNTAGGED_POPULATION or major:
                match = span
                break
        if match is None:
            i += 1
            continue
        start = match.start_char + (1 if match.text.startswith("#") else 0)
        start_tok, part = _extend_part(doc, match, lex)
        out.append(Candidate(min(start, doc[start_tok].idx) if part else start, match.end_char, start,
                             match.end_char, text_of(doc)[start:match.end_char], part, "gazetteer:match"))
        i = match.end
    return out


def _world_region(entry) -> bool:
    """A sea or world region of data/regions.yaml: as well known as a country ("the Sahel")."""
    return entry.source == REGIONS_SOURCE and entry.id in regions() and regions()[entry.id].precision == 4


def _feature_names(doc: Doc, lex: Lexicon, covered: set[int]) -> list[Candidate]:
    """Capitalised runs ending in a feature noun outside any entity: "Royal Street", "Elm Creek"."""
    out: list[Candidate] = []
    tokens = tokens_of(doc)
    for tok in tokens:
        if tok.i in covered or tok.i == 0 or tok.lower_.rstrip(".") not in lex.feature_nouns or not tok.text[:1].isupper():
            continue
        start = tok.i
        while start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].i not in covered \
                and not doc[start - 1].is_sent_start and doc[start - 1].pos_ in ("PROPN", "NOUN", "ADJ", "NUM"):
            start -= 1
        if start == tok.i or doc[start].lower_ in lex.not_places and start + 1 == tok.i:
            continue
        span = doc[start:tok.i + 1]
        out.append(Candidate(span.start_char, span.end_char, span.start_char, span.end_char, span.text, False,
                             "pattern:feature-noun"))
        covered.update(range(start, tok.i + 1))
    return out

