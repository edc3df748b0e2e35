"""The gazetteer index: built from the bundled packages, GeoNames dumps added, rebuilt on upgrade."""
from __future__ import annotations

import sqlite3
import time
import zipfile

import pytest

from eventwire.places import gazetteer as gz
from eventwire.places import index_build
from eventwire.places.geonames_dump import DumpFormatError, add_dumps


def test_index_holds_countries_divisions_and_cities(bundled_index):
    gaz = gz.Gazetteer(bundled_index)
    syria = [e for e in gaz.lookup("Syria") if e.is_country]
    assert syria and syria[0].cc == "SY" and syria[0].id == 163843
    louisiana = [e for e in gaz.lookup("Louisiana") if e.fcode == "ADM1"]
    assert louisiana and louisiana[0].admin1 == "LA"
    assert any(e.fclass == "P" and e.cc == "SY" for e in gaz.lookup("Deir ez-Zor"))
    assert gaz.lookup("Baghouz") == ()  # a village: too small for the bundled lists


def test_index_opens_fast_and_answers_in_microseconds(bundled_index):
    started = time.perf_counter()
    gaz = gz.Gazetteer(bundled_index)
    assert time.perf_counter() - started < 2.0
    names = ["Paris", "Aleppo", "Mosul", "Kyiv", "Lagos", "Quito"]
    started = time.perf_counter()
    for name in names:
        gaz.lookup.__wrapped__(name) if hasattr(gaz.lookup, "__wrapped__") else gaz.lookup(name)
    uncached = (time.perf_counter() - started) / len(names)
    assert uncached < 0.005  # an indexed SQLite query, cold


def test_gazetteer_add_loads_dump_files_plain_and_zipped(bundled_index, tmp_path):
    from eventwire.places.cli import gazetteer_app
    from typer.testing import CliRunner

    index = tmp_path / "g.sqlite"
    index.write_bytes(bundled_index.read_bytes())
    archive = tmp_path / "SY.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.write(__import__("pathlib").Path(__file__).parent / "data" / "geonames_fixture.txt", "SY.txt")
    result = CliRunner().invoke(gazetteer_app, ["add", str(archive), "--index", str(index)])
    assert result.exit_code == 0, result.output
    assert "loaded 4 entries" in result.output
    gaz = gz.Gazetteer(index)
    (village,) = gaz.lookup("Baghouz")
    assert (village.id, village.cc, village.fcode, village.source) == (9900001, "SY", "PPL", "user:SY.zip")
    assert gaz.lookup("Al-Baghuz Fawqani")[0].id == 9900001  # alternate names are indexed too


def test_bad_dump_line_names_file_and_line(bundled_index, tmp_path):
    index = tmp_path / "g.sqlite"
    index.write_bytes(bundled_index.read_bytes())
    bad = tmp_path / "bad.txt"
    bad.write_text("not\ta\tgeonames\tline\n", encoding="utf-8")
    with pytest.raises(DumpFormatError, match=r"bad.txt:1"):
        add_dumps(index, [bad])


def test_rebuild_on_new_package_version_keeps_added_entries(tmp_path, monkeypatch):
    """A tiny stand-in for the bundled data keeps this fast; the carry-over logic is the real one."""

    def tiny_rows():
        rows = index_build._Rows()
        rows.add(163843, "Syria", 35.0, 38.0, "A", "PCLI", "SY", None, None, 17_000_000, ["Syrian Arab Republic"])
        return rows, []

    monkeypatch.setattr(index_build, "build_rows", tiny_rows)
    monkeypatch.setattr(gz, "build_index", index_build.build_index)
    index = tmp_path / "g.sqlite"
    gz.ensure_index(index)
    dump = tmp_path / "XX.txt"
    dump.write_text("9900009\tTestville\tTestville\t\t1.0\t2.0\tP\tPPL\tSY\t\t07\t\t\t\t10\t\t\tAsia/Damascus\t2024-01-01\n")
    add_dumps(index, [dump])
    monkeypatch.setattr(index_build, "source_versions", lambda: "schema=next")
    monkeypatch.setattr(gz, "source_versions", lambda: "schema=next")
    gz.ensure_index(index)
    con = sqlite3.connect(index)
    assert con.execute("SELECT value FROM meta").fetchone()[0] == "schema=next"
    assert con.execute("SELECT name FROM places WHERE id = 9900009").fetchone() == ("Testville",)
    assert con.execute("SELECT count(*) FROM names WHERE key = 'syrian arab republic'").fetchone() == (1,)


def test_cache_dir_follows_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("EVENTWIRE_CACHE_DIR", str(tmp_path))
    assert gz.default_index_path() == tmp_path / "gazetteer.sqlite"
