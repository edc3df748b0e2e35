"""Load and validate data/regions.yaml: oceans, seas, rivers, lakes and world regions that the
PyPI packages behind the gazetteer lack. The index builder adds them as entries with source
"regions"; resolution and precision read their per-entry fields from here."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache

import yaml

from .lexicon import DATA, LexiconError, load_data

PATH = DATA / "regions.yaml"
SOURCE = "regions"
_CLASSES = frozenset("HLT")


@dataclass(frozen=True)
class Region:
    id: int  # the GeoNames id, or a negative project id when none is known
    name: str
    aliases: tuple[str, ...]
    lat: float
    lon: float
    fclass: str
    fcode: str
    precision: int
    countries: tuple[str, ...]

    @property
    def cc(self) -> str | None:
        return self.countries[0] if len(self.countries) == 1 else None


def _region(n: int, item: object) -> Region:
    where = f"{PATH}: regions entry {n}"
    if not isinstance(item, dict) or not isinstance(item.get("name"), str):
        raise LexiconError(f"{where}: expected a mapping with a 'name'")
    where += f" ({item['name']})"
    try:
        lat, lon = float(item["lat"]), float(item["lon"])
        fclass, fcode = str(item["feature"]).split(".")
        precision = int(item["precision"])
    except (KeyError, TypeError, ValueError) as exc:
        raise LexiconError(f"{where}: needs lat, lon, feature 'CLASS.CODE' and precision ({exc})") from exc
    aliases, countries = item.get("aliases") or [], item.get("countries") or []
    gid = item.get("geonameid")
    if not (-90 <= lat <= 90 and -180 <= lon <= 180) or fclass not in _CLASSES or precision not in (1, 2, 3, 4):
        raise LexiconError(f"{where}: lat/lon out of range, feature class not H/L/T or precision not 1-4")
    if not all(isinstance(a, str) and a for a in aliases) or not all(
            isinstance(c, str) and len(c) == 2 and c.isupper() for c in countries):
        raise LexiconError(f"{where}: aliases must be names and countries ISO alpha-2 codes")
    if gid is not None and (not isinstance(gid, int) or gid <= 0):
        raise LexiconError(f"{where}: geonameid must be a positive integer")
    return Region(gid if gid is not None else -n, item["name"], tuple(aliases), lat, lon, fclass, fcode,
                  precision, tuple(countries))


@lru_cache(maxsize=1)
def regions() -> dict[int, Region]:
    data = load_data(PATH.name)
    if not isinstance(data.get("regions"), list):
        raise LexiconError(f"{PATH}: expected a mapping with 'version' and a 'regions' list")
    out: dict[int, Region] = {}
    for n, item in enumerate(data["regions"], start=1):
        region = _region(n, item)
        if region.id in out:
            raise LexiconError(f"{PATH}: regions entry {n} ({region.name}) repeats geonameid {region.id}")
        out[region.id] = region
    return out


def regions_version() -> str:
    """The file's version and content digest: any edit rebuilds cached indexes."""
    text = PATH.read_bytes()
    version = (yaml.safe_load(text) or {}).get("version")
    return f"{version}.{hashlib.sha1(text).hexdigest()[:8]}"
