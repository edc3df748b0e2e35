"""The quote stage's data files (cues, mediums, claim words), loaded once and validated.

A malformed entry raises `LexiconError` naming the file and the entry, so a user extending the
lists sees exactly what to fix.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

STANCES = ("asserted", "denied")
APPROX = ("more_than", "less_than", "about")


class LexiconError(ValueError):
    """A data file of the quotes stage is malformed."""


@dataclass(frozen=True)
class Cue:
    lemma: str
    medium: str | None = None
    stance: str = "asserted"
    # what the verb reports: a clause ("said that ..."), an infinitive ("vowed to ..."),
    # an object ("criticized the deal")
    takes: frozenset[str] = frozenset({"clause"})
    preps: frozenset[str] = frozenset()  # "talked about X", "called for X": X is the content


@dataclass(frozen=True)
class Lexicon:
    cues: dict[str, Cue]
    carriers: frozenset[str]  # nouns whose "that" clause is a reported proposition ("a report that")
    media: dict[str, tuple[str, ...]]  # medium -> lowercased words/phrases
    outlets: frozenset[str]  # lowercased outlet names
    approx: dict[str, tuple[tuple[str, ...], ...]]  # approx -> phrases as token tuples
    units: dict[str, frozenset[str]]  # unit -> lowercased words/symbols
    scales: dict[str, float]
    contradictions: dict[str, tuple[tuple[str, ...], ...]]  # "ended" / "persisting" -> phrases
    # predicate adjectives of stance or belief ("is confident that ...", "is critical of ...")
    adjectives: dict[str, Cue] = field(default_factory=dict)
    # nouns of communication or stance whose owner is the source ("Trump's claim that ...")
    speech_nouns: dict[str, Cue] = field(default_factory=dict)
    # documents and events that hold what a sentence reports ("In the latest poll, ...")
    source_nouns: frozenset[str] = frozenset()
    # labels before a colon that are the publication's, not a source ("The Latest: ...")
    headline_labels: frozenset[str] = frozenset()
    # verbs that only carry a speech noun, whose subject owns it ("voiced concerns that ...")
    light_verbs: frozenset[str] = frozenset()
    # whole contents that are a condition of speaking, not speech ("asked not to be named")
    not_content: frozenset[str] = frozenset()

    def medium_of(self, phrase: str) -> str | None:
        """The medium named by a lowercased word or phrase, if any."""
        for medium, words in self.media.items():
            if phrase in words:
                return medium
        return None

    def unit_of(self, word: str) -> str | None:
        word = word.lower()
        return next((unit for unit, words in self.units.items() if word in words), None)


def _read(name: str) -> dict[str, Any]:
    text = resources.files(__package__).joinpath(f"data/{name}").read_text("utf-8")
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise LexiconError(f"quotes/data/{name}: not valid YAML: {exc}") from exc
    if not isinstance(raw, dict) or not isinstance(raw.get("version"), int):
        raise LexiconError(f"quotes/data/{name}: expected a mapping with an integer `version`")
    return raw


def _strings(name: str, key: str, value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, (str, int, float)) for v in value):
        raise LexiconError(f"quotes/data/{name}: `{key}` must be a list of strings, got {value!r}")
    flags = [v for v in value if isinstance(v, bool)]
    if flags:  # YAML reads a bare on, off, yes or no as a boolean
        raise LexiconError(f"quotes/data/{name}: `{key}` holds the boolean {flags[0]!r}: quote the word (\"on\")")
    return [str(v) for v in value]


def _cues(raw: dict[str, Any], media: dict[str, tuple[str, ...]]) -> dict[str, Cue]:
    cues: dict[str, Cue] = {}
    for i, entry in enumerate(raw.get("verbs") or [], 1):
        if isinstance(entry, str):
            entry = {"lemma": entry}
        if not isinstance(entry, dict) or not isinstance(entry.get("lemma"), str):
            raise LexiconError(f"quotes/data/cues.yaml: verbs entry {i} ({entry!r}) needs a string `lemma`")
        unknown = set(entry) - {"lemma", "medium", "stance"}
        if unknown:
            raise LexiconError(f"quotes/data/cues.yaml: verbs entry {entry['lemma']!r} has unknown keys {sorted(unknown)}")
        lemma = entry["lemma"].lower()
        if lemma in cues:
            raise LexiconError(f"quotes/data/cues.yaml: verb {lemma!r} is listed twice")
        medium = entry.get("medium")
        if medium is not None and medium not in media:
            raise LexiconError(f"quotes/data/cues.yaml: verb {lemma!r} names medium {medium!r}, not in mediums.yaml")
        stance = entry.get("stance", "asserted")
        if stance not in STANCES:
            raise LexiconError(f"quotes/data/cues.yaml: verb {lemma!r} has stance {stance!r}, expected one of {STANCES}")
        cues[lemma] = Cue(lemma, medium, stance)
    if not cues:
        raise LexiconError("quotes/data/cues.yaml: no `verbs` listed")
    for key, takes in (("infinitive_verbs", "infinitive"), ("object_verbs", "object")):
        for lemma in _strings("cues.yaml", key, raw.get(key) or []):
            lemma = lemma.lower()
            old = cues.get(lemma)
            if old is not None and takes in old.takes:
                raise LexiconError(f"quotes/data/cues.yaml: verb {lemma!r} is listed twice in `{key}`")
            base = old or Cue(lemma, takes=frozenset())
            cues[lemma] = Cue(base.lemma, base.medium, base.stance, base.takes | {takes}, base.preps)
    preps = raw.get("preposition_verbs") or {}
    if not isinstance(preps, dict):
        raise LexiconError("quotes/data/cues.yaml: `preposition_verbs` must map lemmas to preposition lists")
    for lemma, words in preps.items():
        lemma = str(lemma).lower()
        base = cues.get(lemma) or Cue(lemma, takes=frozenset())
        words = frozenset(w.lower() for w in _strings("cues.yaml", f"preposition_verbs.{lemma}", words))
        cues[lemma] = Cue(base.lemma, base.medium, base.stance, base.takes | {"preposition"}, base.preps | words)
    return cues


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    med_raw = _read("mediums.yaml")
    if not isinstance(med_raw.get("media"), dict):
        raise LexiconError("quotes/data/mediums.yaml: `media` must map medium names to word lists")
    media = {str(k): tuple(w.lower() for w in _strings("mediums.yaml", f"media.{k}", v)) for k, v in med_raw["media"].items()}
    outlets = frozenset(w.lower() for w in _strings("mediums.yaml", "outlets", med_raw.get("outlets", [])))
    cue_raw = _read("cues.yaml")
    cues = _cues(cue_raw, media)
    carriers = frozenset(w.lower() for w in _strings("cues.yaml", "carrier_nouns", cue_raw.get("carrier_nouns") or []))

    claim_raw = _read("claims.yaml")
    approx: dict[str, tuple[tuple[str, ...], ...]] = {}
    for key, words in (claim_raw.get("approx") or {}).items():
        if key not in APPROX:
            raise LexiconError(f"quotes/data/claims.yaml: approx {key!r} is not one of {APPROX}")
        phrases = sorted((tuple(w.lower().split()) for w in _strings("claims.yaml", f"approx.{key}", words)), key=len, reverse=True)
        approx[key] = tuple(phrases)
    units = {str(k): frozenset(w.lower() for w in _strings("claims.yaml", f"units.{k}", v))
             for k, v in (claim_raw.get("units") or {}).items()}
    scales: dict[str, float] = {}
    for word, factor in (claim_raw.get("scales") or {}).items():
        if not isinstance(factor, (int, float)):
            raise LexiconError(f"quotes/data/claims.yaml: scale {word!r} needs a number, got {factor!r}")
        scales[str(word).lower()] = float(factor)
    contradictions: dict[str, tuple[tuple[str, ...], ...]] = {}
    raw_contra = claim_raw.get("contradictions") or {}
    for key in ("ended", "persisting"):
        words = _strings("claims.yaml", f"contradictions.{key}", raw_contra.get(key) or [])
        contradictions[key] = tuple(tuple(w.lower().split()) for w in words)
    source_nouns = _lowered(cue_raw, "source_nouns")
    return Lexicon(cues, carriers, media, outlets, approx, units, scales, contradictions,
                   _adjectives(cue_raw, "adjectives"), _adjectives(cue_raw, "speech_nouns"), source_nouns,
                   _lowered(cue_raw, "headline_labels"), _lowered(cue_raw, "light_verbs"),
                   _lowered(cue_raw, "not_content"))


def _lowered(raw: dict[str, Any], key: str) -> frozenset[str]:
    """A plain word list of cues.yaml, lowercased."""
    return frozenset(w.lower() for w in _strings("cues.yaml", key, raw.get(key) or []))


def _adjectives(raw: dict[str, Any], key: str) -> dict[str, Cue]:
    """`adjectives` / `speech_nouns`: word -> prepositions whose object is the content."""
    table = raw.get(key) or {}
    if not isinstance(table, dict):
        raise LexiconError(f"quotes/data/cues.yaml: `{key}` must map words to preposition lists")
    out = {}
    for word, preps in table.items():
        word = str(word).lower()
        preps = frozenset(w.lower() for w in _strings("cues.yaml", f"{key}.{word}", preps or []))
        takes = {"clause", "preposition"} if preps else {"clause"}
        if key == "adjectives":
            takes.add("infinitive")  # "is eager to help", "were willing to go forward"
        out[word] = Cue(word, takes=frozenset(takes), preps=preps)
    return out
