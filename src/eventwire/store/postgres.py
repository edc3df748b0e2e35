"""PostgreSQL backend (psycopg 3): the same schema as DuckDB, plus a PostGIS point on events when available.

The portable DDL in schema.py runs unchanged; `adapt_ddl` only rewrites what PostgreSQL spells
differently. The PostGIS column is generated from lat/lon, so writers never need to know of it.
"""
from __future__ import annotations

import re
from typing import Any, Iterable

from .base import Store

# A generated column keeps the point in step with lat/lon without touching the shared writer.
GEOM_COLUMN = (
    "ALTER TABLE events ADD COLUMN IF NOT EXISTS geom geometry(Point, 4326) GENERATED ALWAYS AS "
    "(CASE WHEN lat IS NOT NULL AND lon IS NOT NULL THEN ST_SetSRID(ST_MakePoint(lon, lat), 4326) END) STORED"
)
GEOM_INDEX = "CREATE INDEX IF NOT EXISTS events_geom_idx ON events USING GIST (geom)"


def connect(url: str, read_only: bool = False):
    """An autocommit connection: the store issues its own BEGIN/COMMIT like on DuckDB."""
    try:
        import psycopg
    except ImportError as exc:  # the driver is an optional extra
        raise RuntimeError("PostgreSQL needs psycopg: pip install 'psycopg[binary]'") from exc
    conn = psycopg.connect(url, autocommit=True)
    if read_only:
        conn.execute("SET default_transaction_read_only = on")
    return conn


class PostgresStore(Store):
    backend = "postgres"
    placeholder = "%s"

    def __init__(self, url: str, read_only: bool = False) -> None:
        super().__init__()
        self.url = url
        self.conn = connect(url)
        if not read_only:
            self.migrate()
        self.check_schema()
        if read_only:
            self.execute("SET default_transaction_read_only = on")

    def execute(self, statement: str, params: Iterable[Any] = ()) -> Any:
        cur = self.conn.cursor()
        params = list(params)
        # psycopg treats '%' as a placeholder marker only when parameters are passed.
        cur.execute(self.sql(statement), params or None)
        return cur

    def adapt_ddl(self, statement: str) -> str:
        # DuckDB's DOUBLE and JSON have PostgreSQL spellings; everything else in schema.py is standard SQL.
        statement = re.sub(r"\bDOUBLE\b(?!\s+PRECISION)", "DOUBLE PRECISION", statement)
        return re.sub(r"\bJSON\b", "TEXT", statement)

    def migrate(self) -> list[int]:
        applied = super().migrate()
        self.add_geometry()
        return applied

    def has_postgis(self) -> bool:
        return bool(self.query("SELECT 1 AS x FROM pg_extension WHERE extname = 'postgis'"))

    def has_geometry(self) -> bool:
        return bool(self.query(
            "SELECT 1 AS x FROM information_schema.columns WHERE table_name = 'events' AND column_name = 'geom'"))

    def add_geometry(self) -> bool:
        """Add events.geom when PostGIS is installed (or can be created); False when it cannot."""
        if self.has_geometry():
            return True
        if not self.has_postgis():
            if not self.query("SELECT 1 AS x FROM pg_available_extensions WHERE name = 'postgis'"):
                return False
            try:
                self.execute("CREATE EXTENSION IF NOT EXISTS postgis")
            except Exception:  # noqa: BLE001 - e.g. not allowed for this role: the column is optional
                return False
        self.begin()
        try:
            self.execute(GEOM_COLUMN)
            self.execute(GEOM_INDEX)
            self.commit()
        except Exception:
            self.rollback()
            raise
        return True
