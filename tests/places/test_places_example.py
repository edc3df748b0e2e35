"""The canonical example article: Baghouz with and without a gazetteer that holds it."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def example_text(example_path):
    from eventwire.ingest import read_articles

    (article,) = list(read_articles([str(example_path)], default_date="2019-03-18"))
    return article.text


def test_baghouz_resolves_to_the_village_when_loaded(example_text, locate_text, fixture_index):
    places = locate_text(example_text, fixture_index)
    baghouz = [p for p in places if "Baghouz" in p.text]
    assert baghouz and all(p.geonameid == 9900001 and p.precision == 1 for p in baghouz)
    assert abs(baghouz[0].lat - 34.48) < 0.25 and abs(baghouz[0].lon - 40.94) < 0.25


def test_baghouz_falls_back_to_syria_without_it(example_text, locate_text, bundled_index):
    places = locate_text(example_text, bundled_index)
    baghouz = [p for p in places if "Baghouz" in p.text]
    assert baghouz and all(p.country_code == "SY" and p.precision == 4 and p.geonameid is None for p in baghouz)
    eastern = [p for p in places if p.text == "eastern Syria"]
    assert eastern and eastern[0].country_code == "SY" and eastern[0].precision in (2, 3)
    focus = [p for p in places if p.focus]
    assert len(focus) == 1 and focus[0].country_code == "SY"
