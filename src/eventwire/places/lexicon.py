"""Load and validate the places stage's data files (data/lexicon.yaml, data/demonyms.yaml)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from .names import normalise

DATA = Path(str(resources.files(__package__).joinpath("data")))


class LexiconError(ValueError):
    pass


@dataclass(frozen=True)
class Lexicon:
    aliases: dict[str, tuple[int, ...]]  # normalised name -> geonameids
    demonyms: dict[str, str]  # normalised demonym (and plural) -> ISO alpha-2
    abbreviations: dict[str, tuple[str, str]]  # "La." as written -> (country, admin1 code)
    region_words: frozenset[str]
    part_nouns: frozenset[str]
    metonym_verbs: frozenset[str]
    place_nouns: frozenset[str]
    feature_nouns: frozenset[str]
    city_named_nouns: frozenset[str]  # "Commission" of "the Venice Commission": named after a big city
    not_places: frozenset[str]  # normalised


def load_data(name: str) -> dict:
    """A versioned data file of this package as a mapping; clear errors naming the file."""
    path = DATA / name
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise LexiconError(f"{path}: not valid YAML ({exc})") from exc
    if not isinstance(data, dict) or "version" not in data:
        raise LexiconError(f"{path}: expected a mapping with a 'version' key")
    return data


def _words(path: str, data: dict, key: str) -> list[str]:
    value = data.get(key)
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise LexiconError(f"{DATA / path}: '{key}' must be a list of non-empty strings")
    return value


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    lex = load_data("lexicon.yaml")
    aliases: dict[str, list[int]] = {}
    for gid, names in (lex.get("aliases") or {}).items():
        if not isinstance(gid, int) or not isinstance(names, list):
            raise LexiconError(f"{DATA / 'lexicon.yaml'}: aliases entry {gid!r} must be a GeoNames id with a list of names")
        for name in names:
            aliases.setdefault(normalise(str(name)), []).append(gid)
    abbreviations: dict[str, tuple[str, str]] = {}
    for cc, table in (lex.get("admin1_abbreviations") or {}).items():
        if not isinstance(table, dict):
            raise LexiconError(f"{DATA / 'lexicon.yaml'}: admin1_abbreviations.{cc} must map abbreviations to codes")
        for abbreviation, code in table.items():
            abbreviations[str(abbreviation)] = (str(cc), str(code))
    dem = load_data("demonyms.yaml")
    demonyms: dict[str, str] = {}
    for cc, forms in (dem.get("demonyms") or {}).items():
        if not isinstance(cc, str) or len(cc) != 2 or not isinstance(forms, list):
            raise LexiconError(f"{DATA / 'demonyms.yaml'}: entry {cc!r} must be an ISO alpha-2 code with a list of forms")
        for form in forms:
            key = normalise(str(form))
            if demonyms.get(key, cc) != cc:
                raise LexiconError(f"{DATA / 'demonyms.yaml'}: {form!r} is listed under {demonyms[key]} and {cc}")
            demonyms[key] = cc
            if not key.endswith(("ese", "sh", "ch", "ss")):  # "Iraqis", "Frenchmen"; not "Chineses"
                demonyms.setdefault(key[:-3] + "men" if key.endswith("man") else key + "s", cc)
    return Lexicon(
        aliases={k: tuple(v) for k, v in aliases.items()},
        demonyms=demonyms,
        abbreviations=abbreviations,
        region_words=frozenset(w.lower() for w in _words("lexicon.yaml", lex, "region_words")),
        part_nouns=frozenset(w.lower() for w in _words("lexicon.yaml", lex, "part_nouns")),
        metonym_verbs=frozenset(w.lower() for w in _words("lexicon.yaml", lex, "metonym_verbs")),
        place_nouns=frozenset(w.lower() for w in _words("lexicon.yaml", lex, "place_nouns")),
        feature_nouns=frozenset(w.lower() for w in _words("lexicon.yaml", lex, "feature_nouns")),
        city_named_nouns=frozenset(_words("lexicon.yaml", lex, "city_named_nouns")),
        not_places=frozenset(normalise(w) for w in _words("lexicon.yaml", lex, "not_places")),
    )
