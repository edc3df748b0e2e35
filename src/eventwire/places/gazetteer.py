"""The gazetteer: a SQLite index of GeoNames entries, built on first use in the user cache dir.

`EVENTWIRE_CACHE_DIR` moves the cache (tests point it at a temporary dir); `Config.gazetteer`
names an index file directly. The index is rebuilt when the bundled packages' versions change.
"""
from __future__ import annotations

import os
import sqlite3
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from platformdirs import user_cache_dir

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; concurrent builds still end in an atomic rename
    fcntl = None

from .index_build import build_index, source_versions
from .names import normalise

INDEX_NAME = "gazetteer.sqlite"
_COLUMNS = "id, name, lat, lon, fclass, fcode, cc, admin1, admin2, population, source"


@dataclass(frozen=True)
class Entry:
    id: int
    name: str
    lat: float
    lon: float
    fclass: str | None
    fcode: str | None
    cc: str | None
    admin1: str | None  # GeoNames admin1 code within the country
    admin2: int | None  # geonameid of the admin2 area holding a city, when known
    population: int
    source: str

    @property
    def is_country(self) -> bool:
        return (self.fcode or "").startswith("PCL")


def cache_dir() -> Path:
    return Path(os.environ.get("EVENTWIRE_CACHE_DIR") or user_cache_dir("eventwire"))


def default_index_path() -> Path:
    return cache_dir() / INDEX_NAME


def _current(path: Path) -> bool:
    if not path.exists():
        return False
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        row = con.execute("SELECT value FROM meta WHERE key = 'versions'").fetchone()
        con.close()
    except sqlite3.DatabaseError:
        return False
    return bool(row) and row[0] == source_versions()


def ensure_index(path: Path) -> Path:
    """Build (or rebuild after a package upgrade) the index at `path` when needed."""
    if _current(path):
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    # Parallel workers start together: one builds (about 1 GB at peak), the others wait and reuse it.
    with open(path.with_name(path.name + ".lock"), "w") as lock:
        if fcntl is not None:
            fcntl.flock(lock, fcntl.LOCK_EX)
        if not _current(path):
            build_index(path, keep_from=path if path.exists() else None)
    return path


class Gazetteer:
    def __init__(self, path: Path):
        self.path = ensure_index(path)
        self._local = threading.local()
        self.lookup = lru_cache(maxsize=200_000)(self._lookup)
        self.get = lru_cache(maxsize=100_000)(self._get)
        self._admin1 = {(cc, code): (gid, name) for cc, code, gid, name in
                        self._con.execute("SELECT cc, code, id, name FROM admin1")}
        self._countries = {e.cc: e for e in (Entry(*r) for r in self._con.execute(
            f"SELECT {_COLUMNS} FROM places WHERE fcode LIKE 'PCL%'")) if e.cc}

    @property
    def _con(self) -> sqlite3.Connection:
        # One read-only connection per thread (sqlite3 connections are not shared across threads).
        con = getattr(self._local, "con", None)
        if con is None:
            con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            self._local.con = con
        return con

    def _lookup(self, name: str) -> tuple[Entry, ...]:
        key = normalise(name)
        if not key:
            return ()
        rows = self._con.execute(
            f"SELECT {', '.join('p.' + c.strip() for c in _COLUMNS.split(','))} FROM names n "
            "JOIN places p ON p.id = n.id WHERE n.key = ?", (key,)).fetchall()
        return tuple(Entry(*r) for r in rows)

    def _get(self, gid: int) -> Entry | None:
        row = self._con.execute(f"SELECT {_COLUMNS} FROM places WHERE id = ?", (gid,)).fetchone()
        return Entry(*row) if row else None

    def country(self, cc: str | None) -> Entry | None:
        return self._countries.get(cc or "")

    def admin1(self, entry: Entry) -> tuple[int, str] | None:
        """(geonameid, name) of the first-order division holding `entry`."""
        if not entry.cc or not entry.admin1:
            return None
        return self._admin1.get((entry.cc, entry.admin1))

    def admin1_entry(self, cc: str, code: str) -> Entry | None:
        found = self._admin1.get((cc, code))
        return self.get(found[0]) if found else None

    def has_name(self, name: str) -> bool:
        return bool(self.lookup(name))


_OPEN: dict[str, Gazetteer] = {}
_OPEN_LOCK = threading.Lock()


def open_gazetteer(path: str | os.PathLike | None = None) -> Gazetteer:
    """One Gazetteer per index path per process."""
    resolved = Path(path) if path else default_index_path()
    key = str(resolved.resolve())
    with _OPEN_LOCK:
        if key not in _OPEN:
            _OPEN[key] = Gazetteer(resolved)
        return _OPEN[key]


def forget_open() -> None:
    """Drop open gazetteers (after `gazetteer add` changed an index in this process)."""
    with _OPEN_LOCK:
        _OPEN.clear()
