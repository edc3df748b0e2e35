"""Seas and world regions (data/regions.yaml) and the article's local focus (its state or
province), on sentences written for these tests."""
from __future__ import annotations

import pytest

from eventwire.places import resolve_spans
from eventwire.places.lexicon import LexiconError
from eventwire.places.regions import _region, regions


def _spans(text: str, names: list[str]) -> list[tuple[int, int]]:
    return [(text.index(n), text.index(n) + len(n)) for n in names]


def test_regions_file_loads_with_unique_ids():
    loaded = regions()
    assert len(loaded) >= 150
    names = {r.name for r in loaded.values()}
    assert {"Atlantic Ocean", "Middle East", "Persian Gulf", "Southeast Asia", "Sahel", "Balkan Peninsula"} <= names


def test_bad_region_entry_names_file_and_entry():
    with pytest.raises(LexiconError, match=r"regions\.yaml: regions entry 7 \(Nowhere Sea\)"):
        _region(7, {"name": "Nowhere Sea", "lat": 95.0, "lon": 0.0, "feature": "H.SEA", "precision": 4})
    with pytest.raises(LexiconError, match="regions entry 3"):
        _region(3, {"name": "Bad Gulf", "lat": 1.0, "lon": 1.0, "feature": "H.GULF", "precision": 4,
                    "countries": ["usa"]})


def test_oceans_and_world_regions_resolve_with_country_precision(bundled_index, resolve_names):
    by_text = resolve_names("Ships crossed the Atlantic while talks on the Middle East stalled.",
                       ["Atlantic", "Middle East"], bundled_index)
    ocean, region = by_text["Atlantic"], by_text["Middle East"]
    assert ocean.name == "Atlantic Ocean" and ocean.geonameid == 3373405 and ocean.precision == 4
    # No GeoNames id written for it: the place has coordinates but claims no id.
    assert region.name == "Middle East" and region.geonameid is None and region.lat is not None
    assert region.precision == 4


def test_regions_are_recognised_in_running_text(locate_text, bundled_index):
    places = locate_text("A tanker sank in the South China Sea as Balkans leaders met.", bundled_index)
    by_name = {p.name: p for p in places}
    assert {"South China Sea", "Balkan Peninsula"} <= set(by_name)
    assert by_name["Balkan Peninsula"].precision == 4


def test_ambiguous_gulf_follows_the_articles_countries(bundled_index, resolve_names):
    text = "Tankers left Dubai and Doha, and the Gulf was calm."
    assert resolve_names(text, ["Dubai", "Doha", "Gulf"], bundled_index)["Gulf"].name == "Persian Gulf"
    text = "Rigs off Houston and New Orleans shut as a storm crossed the Gulf."
    assert resolve_names(text, ["Houston", "New Orleans", "Gulf"], bundled_index)["Gulf"].name == "Gulf of Mexico"


def test_local_focus_prefers_the_namesake_in_the_articles_state(bundled_index, resolve_names):
    # The other towns lie far apart across Texas, so only the shared state speaks for Paris, Texas.
    text = "Officials in Paris joined colleagues from El Paso, Amarillo and Brownsville."
    paris = resolve_names(text, ["Paris", "El Paso", "Amarillo", "Brownsville"], bundled_index)["Paris"]
    assert (paris.country_code, paris.admin1) == ("US", "Texas")
    dublin = resolve_names("Crews from Dublin helped in Toledo and Cincinnati.", ["Dublin", "Toledo", "Cincinnati"],
                      bundled_index)["Dublin"]
    assert (dublin.country_code, dublin.admin1) == ("US", "Ohio")
    # With no US context the capital keeps its prior.
    assert resolve_names("Talks in Paris and Lyon ended.", ["Paris", "Lyon"], bundled_index)["Paris"].country_code == "FR"


def test_state_name_beside_its_towns_is_the_state(bundled_index, resolve_names):
    text = "Farmers in Georgia and growers near Valdosta and Athens lost crops."
    by_text = resolve_names(text, ["Georgia", "Valdosta", "Athens"], bundled_index)
    assert by_text["Georgia"].feature_code == "ADM1" and by_text["Georgia"].country_code == "US"
    assert by_text["Athens"].admin1 == "Georgia"
    text = "Protests spread from Tbilisi to Batumi as Georgia voted."
    assert resolve_names(text, ["Tbilisi", "Batumi", "Georgia"], bundled_index)["Georgia"].country_code == "GE"


def test_postal_state_code_after_a_town_picks_the_state(bundled_index):
    athens, state = resolve_spans("The mayor of Athens, GA, met students.", _spans(
        "The mayor of Athens, GA, met students.", ["Athens", "GA"]), str(bundled_index))
    assert state.name == "Georgia" and state.feature_code == "ADM1"
    assert (athens.country_code, athens.admin1) == ("US", "Georgia")


def test_world_region_needs_no_cue_when_spacy_misses_it(nlp, bundled_index):
    from eventwire.places.gazetteer import open_gazetteer
    from eventwire.places.lexicon import lexicon
    from eventwire.places.recognize import find_candidates

    doc = nlp("Balkans leaders met as the Atlantic storm season began.")
    found = {c.text: c.method for c in find_candidates(doc, open_gazetteer(str(bundled_index)), lexicon())}
    assert "Balkans" in found and "Atlantic" in found


def test_names_of_inhabitants_resolve_to_their_place(bundled_index, resolve_names):
    by_text = resolve_names("Ohioans and Texans voted.", ["Ohioans", "Texans"], bundled_index)
    assert by_text["Ohioans"].name == "Ohio" and by_text["Ohioans"].feature_code == "ADM1"
    assert by_text["Texans"].name == "Texas" and by_text["Texans"].country_code == "US"
    boston = resolve_names("Bostonians waited for the vote.", ["Bostonians"], bundled_index)["Bostonians"]
    assert boston.name == "Boston" and boston.country_code == "US"
