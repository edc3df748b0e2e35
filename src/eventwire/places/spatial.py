"""Spatial reasoning for resolution: great-circle distance, containment of a town in a division,
and the support a reading gets from the article's other names read near it or inside it."""
from __future__ import annotations

import math

import numpy as np

from .gazetteer import Entry
from .regions import SOURCE as REGIONS_SOURCE, regions

TOP_READINGS = 25  # readings per mention considered for spatial support
NEAR_GAINS = (1.0, 0.6, 0.25)  # support from another name read within 50 / 150 / 400 km
SPATIAL_CAP = 6.0
CONTAINED_GAIN = 1.5  # another name in the article is a division holding this reading


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


def contains(outer: Entry, inner: Entry) -> bool:
    """Whether `outer` (a country or division) holds `inner`."""
    if outer.id == inner.id or not outer.cc or outer.cc != inner.cc:
        return False
    if outer.is_country:
        return True
    if outer.fcode == "ADM1":
        return inner.admin1 == outer.admin1 and inner.fcode != "ADM1"
    if outer.fcode == "ADM2":
        return inner.admin2 == outer.id or (inner.admin1 == outer.admin1 and inner.fclass == "P"
                                            and distance_km(outer.lat, outer.lon, inner.lat, inner.lon) < 60)
    return False


def spatial_support(keys: list[str], cands: list[list[Entry]],
                    priors: list[dict[int, float]]) -> list[dict[int, float]]:
    """For each reading, how many *other* names in the article have a reading near it (or, for a
    division, inside it): the readings that make the article's places cluster win. `keys` are the
    mentions' normalised names, `priors` each mention's prior per candidate id."""
    pool: list[tuple[int, Entry]] = []
    for i, entries in enumerate(cands):
        top = sorted(entries, key=lambda e: -priors[i][e.id])[:TOP_READINGS]
        pool.extend((i, e) for e in top if not e.is_country and e.fcode != "CONT" and not (
            e.source == REGIONS_SOURCE and e.id in regions() and regions()[e.id].precision == 4))
    support: list[dict[int, float]] = [dict() for _ in keys]
    if len(pool) < 2:
        return support
    lat = np.radians(np.array([e.lat for _, e in pool]))
    lon = np.radians(np.array([e.lon for _, e in pool]))
    dlat, dlon = lat[:, None] - lat[None, :], lon[:, None] - lon[None, :]
    a = np.sin(dlat / 2) ** 2 + np.cos(lat)[:, None] * np.cos(lat)[None, :] * np.sin(dlon / 2) ** 2
    dist = 2 * 6371.0 * np.arcsin(np.sqrt(np.clip(a, 0, 1)))
    for col, (j, outer) in enumerate(pool):  # a division holds the towns inside it
        if outer.fcode in ("ADM1", "ADM2"):
            for row, (i, inner) in enumerate(pool):
                if i != j and contains(outer, inner):
                    dist[row, col] = dist[col, row] = -1.0  # and the division is supported by its towns
    groups: dict[str, list[int]] = {}
    for col, (j, _) in enumerate(pool):
        groups.setdefault(keys[j], []).append(col)
    weights = np.zeros(len(pool))
    for key, cols in groups.items():
        nearest = dist[:, cols].min(axis=1)
        gain = np.where(nearest < 0, CONTAINED_GAIN, np.where(nearest < 50, NEAR_GAINS[0], np.where(
            nearest < 150, NEAR_GAINS[1], np.where(nearest < 400, NEAR_GAINS[2], 0.0))))
        own = np.array([keys[i] == key for i, _ in pool])
        weights += np.where(own, 0.0, gain)
    for row, (i, entry) in enumerate(pool):
        support[i][entry.id] = float(min(weights[row], SPATIAL_CAP))
    return support
