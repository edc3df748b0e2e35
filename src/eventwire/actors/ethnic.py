"""Peoples that are not one country's demonym ("Kurdish rebels", "Hutu militiamen", "Chechens"):
placed in the one of their home states the sentence names, else, for a group living overwhelmingly
in one state, in that state when the sentence names no country (data/ethnic_groups.yaml)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Token

from ..nlp import sent_of, tokens_of
from .lexicon import DATA_DIR, INTERNATIONAL, LexiconError, _read, _strings, load_lexicon
from .mention import COUNTRY_KINDS, Hits, Mention

FILE = DATA_DIR / "ethnic_groups.yaml"
MODIFIERS = {"amod", "compound", "nmod"}


@dataclass(frozen=True)
class Group:
    name: str
    countries: tuple[str, ...]
    home: str | None


@lru_cache(maxsize=1)
def ethnic_groups() -> dict[str, Group]:
    """Every word form of the bundled groups -> its group."""
    return load_groups(FILE)


def load_groups(path: Path) -> dict[str, Group]:
    """Read and validate a groups file (codes checked against countries.yaml); errors name the
    file and the entry."""
    countries = set(load_lexicon().countries)
    data = _read(path)
    groups = data.get("groups")
    if not isinstance(groups, list) or not groups:
        raise LexiconError(f"{path}: `groups` must be a non-empty list")
    by_word: dict[str, Group] = {}
    for n, item in enumerate(groups):
        where = f"groups[{n}] {item.get('name') if isinstance(item, dict) else item!r}"
        if not isinstance(item, dict) or not isinstance(item.get("name"), str):
            raise LexiconError(f"{path}: {where}: needs `name`")
        words = _strings(item.get("words"), path, where, "words")
        codes = _strings(item.get("countries"), path, where, "countries")
        home = item.get("home")
        if not words or not codes:
            raise LexiconError(f"{path}: {where}: needs `words` and `countries`")
        unknown = [c for c in (*codes, *([home] if home else [])) if c not in countries or c in INTERNATIONAL]
        if unknown:
            raise LexiconError(f"{path}: {where}: unknown country code {unknown[0]!r}")
        if home is not None and home not in codes:
            raise LexiconError(f"{path}: {where}: `home` must be one of `countries`")
        group = Group(item["name"], codes, home)
        for word in words:
            if word in by_word:
                raise LexiconError(f"{path}: {where}: word {word!r} already belongs to {by_word[word].name}")
            by_word[word] = group
    return by_word


def group_country(group: Group, named: set[str]) -> str | None:
    """The home state the sentence names (exactly one), else the group's home if it names none."""
    here = [c for c in group.countries if c in named]
    if len(here) == 1:
        return here[0]
    return group.home if not named else None


def group_modifier(head: Token) -> tuple[Group, Token] | None:
    """The people an agent noun names or is modified by: "Kurdish" in "Kurdish rebels", "Tamils"."""
    groups = ethnic_groups()
    if head.text in groups:
        return groups[head.text], head
    for child in head.lefts:
        if child.dep_ in MODIFIERS and child.text in groups:
            return groups[child.text], child
    return None


def sentence_codes(token: Token, hits: Hits) -> set[str]:
    """Countries, demonyms and capitals named in the token's sentence."""
    sent = sent_of(token)
    return {m.target.ref for m in hits.matches if sent.start <= m.start < sent.end and m.target.kind in COUNTRY_KINDS}


def ethnic_mentions(doc: Doc, hits: Hits, taken: set[int]) -> list[Mention]:
    """A people named as a noun ("Kurds marched", "two Chechens were killed"): its civilians."""
    groups = ethnic_groups()
    out = []
    for tok in tokens_of(doc):
        group = groups.get(tok.text)
        if group is None or tok.i in taken or hits.at(tok.i) is not None or tok.dep_ in MODIFIERS:
            continue
        if tok.tag_ not in ("NNS", "NNPS") and not tok.text.endswith("s"):
            continue  # plural nouns only: "Karen" or "Shan" alone is as likely a first name
        country = group_country(group, sentence_codes(tok, hits))
        out.append(Mention(tok.i, tok.i + 1, tok.i, "agent", group.name, country, "CVL",
                           confidence=0.5 if country else 0.4, method="ethnic-group" if country else "agent-noun"))
    return out
