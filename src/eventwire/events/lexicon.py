"""Loads and validates the event data files (triggers, codebook, ACLED mapping).

Every check names the file and the entry, so an edited lexicon fails loudly at load time rather
than silently coding nothing.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

import yaml

from ..model import SIZE_KEYS

DATA = Path(__file__).parent / "data"
POS = {"verb": {"VERB", "AUX"}, "noun": {"NOUN", "PROPN"}, "adj": {"ADJ"}}
ARG_SOURCES = {"subject", "object", "of", "by"}
_LIST_KEYS = ("lemmas", "prep", "particle", "object", "also_object", "not_object", "compound", "not_compound", "subject", "not_subject",
              "governor", "context", "actor_from")
_KEYS = set(_LIST_KEYS) | {"pos", "cameo", "mode", "quad", "intent", "needs_action", "size", "confidence"}


class LexiconError(ValueError):
    """A data file is malformed; the message names the file and the entry."""


@dataclass(frozen=True)
class Trigger:
    type: str
    lemmas: frozenset[str]
    pos: str
    cameo: str
    quad: int
    mode: str | None = None
    context: tuple[str, ...] = ()
    prep: frozenset[str] = frozenset()
    particle: frozenset[str] = frozenset()
    object: frozenset[str] = frozenset()
    also_object: frozenset[str] = frozenset()  # a second object the entry needs too ("put aid on hold")
    not_object: frozenset[str] = frozenset()
    compound: frozenset[str] = frozenset()
    not_compound: frozenset[str] = frozenset()
    subject: frozenset[str] = frozenset()
    not_subject: frozenset[str] = frozenset()
    governor: frozenset[str] = frozenset()
    actor_from: tuple[str, ...] = ("subject",)
    intent: bool = False
    needs_action: bool = False
    size: str | None = None
    confidence: float = 0.7
    rule: str = ""
    nominal_of: str | None = None  # the verb a nominalisation entry was derived from (nominalizations.yaml)

    @property
    def specificity(self) -> int:
        """Constrained entries are tried first, so "open fire" beats a bare "open"."""
        return sum(bool(x) for x in (self.prep, self.particle, self.object, self.compound, self.subject, self.governor))


@dataclass
class Lexicon:
    triggers: list[Trigger]
    by_lemma: dict[tuple[str, str], list[Trigger]]
    types: dict[str, dict]
    modes: dict[str, str]
    assault_modes: dict[str, frozenset[str]]
    size_nouns: dict[str, frozenset[str]]
    size_verbs: dict[str, frozenset[str]]
    acled_rules: list[dict] = field(default_factory=list)
    armed_sectors: frozenset[str] = frozenset()


def load_data(name: str) -> dict:
    """A versioned data file of this package as a mapping; clear errors naming the file."""
    path = DATA / name
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise LexiconError(f"{path}: not valid YAML: {exc}") from exc
    if not isinstance(data, dict) or "version" not in data:
        raise LexiconError(f"{path}: expected a mapping with a `version:` key")
    return data


def load_word_sets(name: str, fields, strict: bool = False) -> dict[str, frozenset[str]]:
    """Lists of lemmas of a data file, one per name in `fields`, lower-cased; `strict` also
    rejects keys the caller does not know."""
    path = DATA / name
    data = load_data(name)
    values = {}
    for key in fields:
        if not isinstance(data.get(key), list) or not all(isinstance(x, str) for x in data[key]):
            raise LexiconError(f"{path}: `{key}` must be a list of lemmas (quote on/off/yes/no)")
        values[key] = frozenset(x.lower() for x in data[key])
    unknown = set(data) - set(fields) - {"version"}
    if strict and unknown:
        raise LexiconError(f"{path}: unknown keys {sorted(unknown)}")
    return values


def _trigger(type_name: str, quad: int, raw: dict, where: str, modes: dict) -> Trigger:
    unknown = set(raw) - _KEYS
    if unknown:
        raise LexiconError(f"{where}: unknown keys {sorted(unknown)}")
    if not raw.get("lemmas") or raw.get("pos") not in POS or not raw.get("cameo"):
        raise LexiconError(f"{where}: needs lemmas, pos (verb|noun|adj) and cameo")
    for key in _LIST_KEYS:
        if key in raw and not isinstance(raw[key], list):
            raise LexiconError(f"{where}: `{key}` must be a list")
        bad = [x for x in raw.get(key, []) if not isinstance(x, str)]
        if bad:  # YAML reads bare on/off/yes/no as booleans and digits as numbers
            raise LexiconError(f"{where}: `{key}` holds non-text items {bad}; quote them")
    if raw.get("mode") and raw["mode"] not in modes:
        raise LexiconError(f"{where}: mode {raw['mode']!r} is not defined in codebook.yaml")
    if raw.get("size") and raw["size"] not in SIZE_KEYS:
        raise LexiconError(f"{where}: size {raw['size']!r} is not one of {SIZE_KEYS}")
    bad_sources = set(raw.get("actor_from", [])) - ARG_SOURCES
    if bad_sources:
        raise LexiconError(f"{where}: actor_from {sorted(bad_sources)} not in {sorted(ARG_SOURCES)}")
    low = lambda key: frozenset(str(x).lower() for x in raw.get(key, []))  # noqa: E731
    lemmas = low("lemmas")
    return Trigger(
        type=type_name, lemmas=lemmas, pos=raw["pos"], cameo=str(raw["cameo"]), quad=int(raw.get("quad", quad)),
        mode=raw.get("mode"), context=tuple(raw.get("context", [])), prep=low("prep"), particle=low("particle"),
        object=low("object"), also_object=low("also_object"), not_object=low("not_object"), compound=low("compound"),
        not_compound=low("not_compound"), subject=low("subject"), not_subject=low("not_subject"), governor=low("governor"),
        actor_from=tuple(raw.get("actor_from", ["subject"])), intent=bool(raw.get("intent", False)), needs_action=bool(raw.get("needs_action", False)),
        size=raw.get("size"), confidence=float(raw.get("confidence", 0.7)),
        rule=f"lexicon:{type_name}:{raw['pos']}:{sorted(lemmas)[0]}" + (f":{raw['mode']}" if raw.get("mode") else ""),
    )


_NOMINAL_KEYS = {"noun", "verb", "only_with_object"}


def _nominal_triggers(triggers: list[Trigger], data: dict | None = None) -> list[Trigger]:
    """Noun entries derived from verb entries (data/nominalizations.yaml, or `data` in its shape):
    "the imposition of sanctions" fires what "imposed sanctions" fires, a little less confidently."""
    data = load_data("nominalizations.yaml") if data is None else data
    out = []
    for i, raw in enumerate(data.get("nominalizations") or []):
        where = f"nominalizations.yaml: entry {i + 1} {raw!r}"
        if not isinstance(raw, dict) or set(raw) - _NOMINAL_KEYS or not isinstance(raw.get("noun"), str) \
                or not isinstance(raw.get("verb"), str):
            raise LexiconError(f"{where}: needs text `noun` and `verb` (and optional `only_with_object`)")
        noun, verb = raw["noun"].lower(), raw["verb"].lower()
        sources = [t for t in triggers if t.pos == "verb" and verb in t.lemmas and not t.nominal_of
                   and not (t.intent or t.needs_action or t.particle or t.subject or t.governor)
                   and (t.object or not raw.get("only_with_object"))]
        if not sources:
            raise LexiconError(f"{where}: no verb entry of {verb!r} in triggers.yaml to derive from")
        for t in sources:
            out.append(replace(t, lemmas=frozenset({noun}), pos="noun", nominal_of=verb,
                               confidence=round(t.confidence - 0.1, 2), rule=t.rule.replace(":verb:", ":noun:", 1)))
    return out


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    codebook = load_data("codebook.yaml")
    types, modes = codebook.get("types") or {}, codebook.get("modes") or {}
    data = load_data("triggers.yaml")
    triggers: list[Trigger] = []
    for type_name, spec in (data.get("types") or {}).items():
        if type_name not in types:
            raise LexiconError(f"triggers.yaml: type {type_name} is not defined in codebook.yaml")
        quad = spec.get("quad", types[type_name].get("quad"))
        for i, raw in enumerate(spec.get("triggers") or []):
            triggers.append(_trigger(type_name, quad, raw, f"triggers.yaml: {type_name} entry {i + 1} {raw.get('lemmas')}", modes))
    missing = set(types) - {t.type for t in triggers}
    if missing:
        raise LexiconError(f"triggers.yaml: no trigger for types {sorted(missing)}")
    triggers += _nominal_triggers(triggers)
    triggers.sort(key=lambda t: -t.specificity)  # stable: file order among equals
    by_lemma: dict[tuple[str, str], list[Trigger]] = {}
    for trig in triggers:
        for lemma in trig.lemmas:
            by_lemma.setdefault((lemma, trig.pos), []).append(trig)
    for key in ("assault_modes", "size_nouns", "size_verbs"):
        if not isinstance(data.get(key), dict):
            raise LexiconError(f"triggers.yaml: `{key}` must be a mapping")
    for mode in data["assault_modes"]:
        if mode not in modes:
            raise LexiconError(f"triggers.yaml: assault_modes: mode {mode!r} is not defined in codebook.yaml")
    for key in ("size_nouns", "size_verbs"):
        for size_key in data[key]:
            if size_key not in SIZE_KEYS:
                raise LexiconError(f"triggers.yaml: {key}: {size_key!r} is not one of {SIZE_KEYS}")
    acled = load_data("acled.yaml")
    rules = acled.get("rules") or []
    for i, rule in enumerate(rules):
        if rule.get("type") not in types or not rule.get("event_type") or not rule.get("sub_event_type"):
            raise LexiconError(f"acled.yaml: rule {i + 1} needs a known `type`, `event_type` and `sub_event_type`")
    as_sets = lambda m: {k: frozenset(str(x).lower() for x in v) for k, v in m.items()}  # noqa: E731
    return Lexicon(
        triggers=triggers, by_lemma=by_lemma, types=types, modes=modes,
        assault_modes=as_sets(data["assault_modes"]), size_nouns=as_sets(data["size_nouns"]),
        size_verbs=as_sets(data["size_verbs"]), acled_rules=rules,
        armed_sectors=frozenset(acled.get("armed_sectors") or []),
    )
