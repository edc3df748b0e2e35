"""The actor dictionary: YAML files under actors/data (plus user files) loaded and validated once.

Entries are named actors (organisations, armed groups, people, media); countries and generic
agent nouns have their own tables. Every file is checked at load; errors name file and entry.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

import yaml

DATA_DIR = Path(__file__).parent / "data"
ENTRY_FILES = ("igos.yaml", "institutions.yaml", "armed_groups.yaml", "people.yaml", "leaders.yaml", "leaders_1980s.yaml",
               "media.yaml")
KINDS = {"country", "organization", "armed_group", "person", "agent", "media"}
INTERNATIONAL = {"IGO", "NGO", "IMG"}  # CAMEO-style codes for bodies that are not one country


_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: ten times faster


class LexiconError(ValueError):
    """A dictionary file is malformed; the message names the file and the entry."""


@dataclass(frozen=True)
class Role:
    title: str
    sector: str
    start: str | None  # ISO date, inclusive
    end: str | None  # ISO date, exclusive; None while in office
    country: str | None = None  # where the office is not the person's own country (NATO: IGO)

    def holds_on(self, date: str) -> bool:
        return (self.start is None or self.start <= date) and (self.end is None or date < self.end)

    def distance(self, date: str) -> int:
        """Days between `date` and this role's period (0 inside it)."""
        if self.holds_on(date):
            return 0
        day = _dt.date.fromisoformat(date)
        edges = [d for d in (self.start, self.end) if d]
        return min(abs((day - _dt.date.fromisoformat(d)).days) for d in edges) if edges else 10**6


@dataclass(frozen=True)
class Entry:
    id: str
    name: str
    kind: str
    country: str
    sector: str | None = None
    aliases: tuple[str, ...] = ()
    qid: str | None = None
    backers: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    source: str = ""

    def role_on(self, date: str | None) -> Role | None:
        if not date:
            return None
        return next((r for r in self.roles if r.holds_on(date)), None)

    def role_distance(self, date: str | None) -> int:
        if not date or not self.roles:
            return 10**6
        return min(r.distance(date) for r in self.roles)

    @property
    def short(self) -> str:
        """Acronym if it has one ("SDF"), else the canonical name: used in role texts."""
        acronyms = [a for a in self.aliases
                    if a.isupper() and a.isalpha() and len(a) <= 6 and a != self.name.upper()]
        return acronyms[0] if acronyms else self.name

    @property
    def referred(self) -> str:
        """How a role text names it: "the SDF", "the Houthis", "the Taliban", but "Hamas"."""
        short = self.short
        takes_the = short != self.name or " " in short or f"the {short}" in self.aliases
        takes_the = takes_the and not short.lower().startswith("the ")
        return f"the {short}" if takes_the else short


@dataclass(frozen=True)
class Country:
    iso3: str
    name: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()  # cities standing for the government when they act
    seats: tuple[str, ...] = ()  # seats of government: always the government

    @property
    def metonyms(self) -> tuple[str, ...]:
        return self.capitals + self.seats


@dataclass(frozen=True)
class Agent:
    noun: str
    sector: str
    inherit: bool = False
    coref: tuple[str, ...] = ()
    title: bool = False
    alone: bool = True  # False: an actor only when its owner is known ("members of X")
    country: str | None = None  # the code it has when nothing names its owner ("peacekeepers": IGO)
    backed: bool = False  # its owner backs it rather than being its country ("Israel's militia ally")
    weapon: bool = False  # "in/at X" after it is where it landed, not whose it is


@dataclass
class Lexicon:
    sectors: dict[str, dict[str, Any]] = field(default_factory=dict)
    countries: dict[str, Country] = field(default_factory=dict)
    entries: dict[str, Entry] = field(default_factory=dict)
    agents: dict[str, Agent] = field(default_factory=dict)
    international_words: frozenset[str] = frozenset()  # unknown org names with these are NGOs

    def cameo_to_sector(self, role: str) -> str | None:
        """Read a CAMEO role code (first three letters count): "JRN" -> "MED", "CVLkur" -> "CVL"."""
        role = role[:3].upper()
        for code, info in self.sectors.items():
            if role == code or role in info.get("cameo", ()):
                return code
        return None


def _fail(path: Path, where: str, message: str) -> LexiconError:
    return LexiconError(f"{path}: {where}: {message}")


def _read(path: Path) -> dict[str, Any]:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
    except (OSError, yaml.YAMLError) as exc:
        raise LexiconError(f"{path}: cannot read: {exc}") from exc
    if not isinstance(data, dict) or "version" not in data:
        raise LexiconError(f"{path}: must be a mapping with a `version:` key")
    return data


def _date(value: Any, path: Path, where: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, _dt.date):
        return value.isoformat()
    try:
        return _dt.date.fromisoformat(str(value)).isoformat()
    except ValueError as exc:
        raise _fail(path, where, f"bad date {value!r}") from exc


def _strings(value: Any, path: Path, where: str, key: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _fail(path, where, f"`{key}` must be a list of non-empty strings")
    return tuple(dict.fromkeys(v.strip() for v in value))


def _load_sectors(path: Path) -> dict[str, dict[str, Any]]:
    data = _read(path)
    sectors = data.get("sectors")
    if not isinstance(sectors, dict) or not sectors:
        raise _fail(path, "sectors", "must be a non-empty mapping")
    for code, info in sectors.items():
        if not (isinstance(code, str) and len(code) == 3 and code.isupper()):
            raise _fail(path, str(code), "sector codes are three capital letters")
        if not isinstance(info, dict) or "label" not in info:
            raise _fail(path, code, "needs a `label`")
    return sectors


def _load_countries(path: Path) -> dict[str, Country]:
    countries: dict[str, Country] = {}
    for n, item in enumerate(_read(path).get("countries") or []):
        where = f"countries[{n}] {item.get('iso3') if isinstance(item, dict) else item!r}"
        if not isinstance(item, dict) or not isinstance(item.get("iso3"), str) or not item.get("name"):
            raise _fail(path, where, "needs `iso3` and `name`")
        iso3 = item["iso3"]
        if len(iso3) != 3 or not iso3.isupper() or iso3 in countries:
            raise _fail(path, where, "iso3 must be three capital letters and unique")
        countries[iso3] = Country(
            iso3, item["name"],
            _strings(item.get("aliases"), path, where, "aliases"),
            _strings(item.get("demonyms"), path, where, "demonyms"),
            _strings(item.get("capitals"), path, where, "capitals"),
            _strings(item.get("seats"), path, where, "seats"),
        )
    return countries


def _load_agents(path: Path, sectors: dict[str, Any], countries: dict[str, Country]) -> dict[str, Agent]:
    agents: dict[str, Agent] = {}
    for n, item in enumerate(_read(path).get("agents") or []):
        where = f"agents[{n}] {item.get('noun') if isinstance(item, dict) else item!r}"
        if not isinstance(item, dict) or not isinstance(item.get("noun"), str):
            raise _fail(path, where, "needs `noun`")
        noun = item["noun"].strip().lower()
        if item.get("sector") not in sectors:
            raise _fail(path, where, f"unknown sector {item.get('sector')!r}")
        coref = _strings(item.get("coref"), path, where, "coref")
        if set(coref) - KINDS - {"igo"}:
            raise _fail(path, where, f"coref kinds must be among {sorted(KINDS | {'igo'})}")
        if noun in agents:
            raise _fail(path, where, "duplicate noun")
        country = item.get("country")
        if country is not None and country not in INTERNATIONAL and country not in countries:
            raise _fail(path, where, f"unknown country code {country!r}")
        agents[noun] = Agent(noun, item["sector"], bool(item.get("inherit")), coref, bool(item.get("title")),
                             item.get("alone", True) is not False, country, bool(item.get("backed")),
                             bool(item.get("weapon")))
    return agents


def _role(value: Any, path: Path, where: str, sectors: dict[str, Any], countries: dict[str, Country]) -> Role:
    if isinstance(value, dict):
        value = [value.get(k) for k in ("title", "sector", "start", "end", "country")]
    if not isinstance(value, list) or len(value) not in (4, 5) or not isinstance(value[0], str):
        raise _fail(path, where, "a role is [title, sector, start, end] or [title, sector, start, end, country]")
    title, sector, start, end, country = (value + [None])[:5]
    if sector not in sectors:
        raise _fail(path, where, f"role {title!r}: unknown sector {sector!r}")
    if country is not None and country not in countries and country not in INTERNATIONAL:
        raise _fail(path, where, f"role {title!r}: unknown country code {country!r}")
    role = Role(title, sector, _date(start, path, where), _date(end, path, where), country)
    if role.start and role.end and role.end <= role.start:
        raise _fail(path, where, f"role {title!r} ends before it starts")
    return role


def _load_entries(path: Path, countries: dict[str, Country], sectors: dict[str, Any]) -> list[Entry]:
    data = _read(path)
    defaults = data.get("defaults") or {}
    entries = []
    for n, raw in enumerate(data.get("entries") or []):
        if not isinstance(raw, dict):
            raise _fail(path, f"entries[{n}]", "must be a mapping")
        item = {**defaults, **raw}
        where = f"entries[{n}] {item.get('id')!r}"
        for key in ("id", "name", "kind", "country"):
            if not isinstance(item.get(key), str) or not item[key]:
                raise _fail(path, where, f"needs `{key}`")
        if item["kind"] not in KINDS:
            raise _fail(path, where, f"kind must be one of {sorted(KINDS)}")
        if item["country"] not in countries and item["country"] not in INTERNATIONAL:
            raise _fail(path, where, f"unknown country code {item['country']!r}")
        sector = item.get("sector")
        if sector is not None and sector not in sectors:
            raise _fail(path, where, f"unknown sector {sector!r}")
        qid = item.get("qid")
        if qid is not None and not (isinstance(qid, str) and qid[:1] == "Q" and qid[1:].isdigit()):
            raise _fail(path, where, f"qid must look like Q123, not {qid!r}")
        backers = _strings(item.get("backers"), path, where, "backers")
        if set(backers) - set(countries):
            raise _fail(path, where, f"unknown backer {sorted(set(backers) - set(countries))}")
        roles = tuple(_role(r, path, where, sectors, countries) for r in item.get("roles") or [])
        aliases = tuple(a for a in _strings(item.get("aliases"), path, where, "aliases") if a != item["name"])
        entries.append(Entry(item["id"], item["name"], item["kind"], item["country"], sector, aliases,
                             qid, backers, roles, path.name))
    return entries


def load_lexicon(extra_files: Iterable[str] = ()) -> Lexicon:
    """The bundled dictionary plus user files (same entry format); cached per tuple of files."""
    return _load(tuple(str(f) for f in extra_files))


@lru_cache(maxsize=8)
def _load(extra_files: tuple[str, ...]) -> Lexicon:
    sectors = _load_sectors(DATA_DIR / "sectors.yaml")
    lex = Lexicon(sectors=sectors)
    lex.countries = _load_countries(DATA_DIR / "countries.yaml")
    lex.agents = _load_agents(DATA_DIR / "agents.yaml", sectors, lex.countries)
    igos = DATA_DIR / "igos.yaml"
    lex.international_words = frozenset(_strings(_read(igos).get("name_words"), igos, "name_words", "name_words"))
    paths = [DATA_DIR / name for name in ENTRY_FILES] + [Path(f) for f in extra_files]
    for path in paths:
        for entry in _load_entries(path, lex.countries, sectors):
            if entry.id in lex.entries and path.parent == DATA_DIR:
                raise _fail(path, entry.id, f"duplicate id (also in {lex.entries[entry.id].source})")
            lex.entries[entry.id] = entry  # a user file may replace a bundled entry by id
    return lex
