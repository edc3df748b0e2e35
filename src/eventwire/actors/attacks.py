"""Attacks with no attacker named ("A roadside bombing near Samarra killed two soldiers"): the
attack phrase becomes an actor, unidentified armed forces (UAF) of the country where it happened,
so the event has a doer as a human coder would give it (data/attacks.yaml)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from ..nlp import tokens_of
from .coref import INTERNATIONAL, place_countries
from .lexicon import DATA_DIR, LexiconError, _read, _strings
from .mention import Mention, sentence_index

FILE = DATA_DIR / "attacks.yaml"


@dataclass(frozen=True)
class AttackWords:
    nouns: frozenset[str]
    verbs: frozenset[str]
    struck: frozenset[str]  # verbs whose object city bears the blow: "shelled Kabul" is its people
    military: frozenset[str] = frozenset()  # "Indian posts" are the army's, "Palestinian homes" the people's


@lru_cache(maxsize=1)
def attack_words() -> AttackWords:
    data = _read(FILE)
    lists = {key: _strings(data.get(key), FILE, key, key) for key in ("nouns", "verbs", "struck_verbs")}
    empty = [key for key, words in lists.items() if not words]
    if empty:
        raise LexiconError(f"{FILE}: {', '.join(empty)}: must be non-empty lists")
    nouns, verbs, struck = (frozenset(w.lower() for w in lists[key]) for key in ("nouns", "verbs", "struck_verbs"))
    military = frozenset(w.lower() for w in _strings(data.get("military_things"), FILE, "military_things", "military_things"))
    return AttackWords(nouns, verbs, struck | verbs, military)


def unattributed_attacks(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """An actor for each attack noun that is the subject of a harming verb with no attacker in its
    phrase; its country is where the clause places it, else the one country its sentence names."""
    words = attack_words()
    # a place named in the attack's phrase says where it was, not who did it ("near the town of X")
    taken = {i for m in mentions if m.method != "place-country" for i in range(m.start, m.end)}
    sentence = sentence_index(doc)
    named: dict[int, set[str]] = {}
    for m in mentions:
        if m.country and m.country not in INTERNATIONAL and m.method in ("dictionary", "capital-metonym", "nationality-adjective"):
            named.setdefault(sentence[m.head], set()).add(m.country)
    out = []
    for tok in tokens_of(doc):
        if tok.dep_ != "nsubj":  # before tok.head: each head is a new Token object
            continue
        verb = tok.head
        if verb.lemma_.lower() not in words.verbs or tok.i in taken:
            continue
        compound = " ".join(t.lower_ for t in tok.lefts if t.dep_ == "compound") + " " + tok.lemma_.lower()
        if tok.lemma_.lower() not in words.nouns and compound.strip() not in words.nouns:
            continue
        phrase = range(tok.left_edge.i, tok.right_edge.i + 1)
        if taken.intersection(phrase) or any(c.dep_ == "poss" for c in tok.children):
            continue  # "a Hamas attack", "an attack by gunmen", "its attack": the attacker is named
        codes = place_countries(doc, [tok, verb], mentions) or named.get(sentence[tok.i], set())
        country = next(iter(codes)) if len(codes) == 1 else None
        start = tok.left_edge.i if tok.left_edge.i < tok.i else tok.i
        out.append(Mention(start, tok.i + 1, tok.i, "agent", "unidentified attackers", country, "UAF",
                           confidence=0.35, method="unattributed-attack"))
    return out
