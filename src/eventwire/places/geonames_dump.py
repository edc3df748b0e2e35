"""Load GeoNames dump files (allCountries.txt, cities500.txt, XX.txt; plain or .zip) into the index.

The dump format: 19 tab-separated columns, geonameid, name, asciiname, alternatenames (comma
separated), latitude, longitude, feature class, feature code, country code, cc2, admin1..admin4
codes, population, elevation, dem, timezone, modification date.
"""
from __future__ import annotations

import io
import sqlite3
import zipfile
from pathlib import Path
from typing import Iterator

from .index_build import _names_of

# Feature classes worth geocoding news against: areas, waters, parks, populated places,
# roads/buildings, spots, hypsography (mountains), vegetation.
KEEP_CLASSES = frozenset("AHLPRSTUV")


class DumpFormatError(ValueError):
    pass


def _lines(path: Path) -> Iterator[str]:
    if path.suffix.lower() == ".zip":
        with zipfile.ZipFile(path) as archive:
            members = [m for m in archive.namelist() if m.endswith(".txt") and "readme" not in m.lower()]
            if not members:
                raise DumpFormatError(f"{path}: no .txt member in the zip archive")
            for member in members:
                with archive.open(member) as raw:
                    yield from io.TextIOWrapper(raw, encoding="utf-8")
        return
    with open(path, encoding="utf-8") as handle:
        yield from handle


def parse_dump(path: Path) -> Iterator[tuple[tuple, set[str]]]:
    """(place row, name keys) per line; a line that is not in dump format raises with its number."""
    for number, line in enumerate(_lines(path), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.rstrip("\n").split("\t")
        try:
            if len(cols) < 15:
                raise ValueError(f"{len(cols)} columns, expected 19")
            gid, lat, lon = int(cols[0]), float(cols[4]), float(cols[5])
            population = int(cols[14] or 0)
        except ValueError as exc:
            raise DumpFormatError(f"{path}:{number}: not a GeoNames dump line ({exc})") from exc
        if cols[6] not in KEEP_CLASSES:
            continue
        row = (gid, cols[1], lat, lon, cols[6], cols[7], cols[8] or None, cols[10] or None, None,
               population, f"user:{path.name}")
        yield row, _names_of(cols[1], cols[2], *cols[3].split(","))


def add_dumps(index: Path, paths: list[Path]) -> int:
    """Insert or replace the entries of each dump file; returns the number of entries loaded."""
    con = sqlite3.connect(index)
    total = 0
    try:
        with con:
            for path in paths:
                batch, names = [], []
                for row, keys in parse_dump(path):
                    batch.append(row)
                    names.extend((key, row[0]) for key in keys)
                    if len(batch) >= 50_000:
                        total += _flush(con, batch, names)
                        batch, names = [], []
                total += _flush(con, batch, names)
    finally:
        con.close()
    return total


def _flush(con: sqlite3.Connection, batch: list[tuple], names: list[tuple]) -> int:
    con.executemany("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?)", batch)
    con.executemany("INSERT OR IGNORE INTO names VALUES (?,?)", names)
    return len(batch)
