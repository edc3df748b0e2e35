"""Round 7 of the places stage, on sentences written for these tests: abbreviations and regions
news uses ("SA", "Latin America"), datelines the resolver reads as towns wherever they stand, and
oblasts and other divisions the words after a name ask for ("the Kursk region")."""
from __future__ import annotations

from eventwire.places.index_build import _oblast_names
from eventwire.places.readings import names_division


def test_sa_is_the_country_the_article_is_about(bundled_index, resolve_names):
    text = "Mining towns in Limpopo and Gauteng grew as SA exported more platinum."
    places = resolve_names(text, ["Limpopo", "Gauteng", "SA"], bundled_index)
    assert (places["SA"].country_code, places["SA"].feature_code) == ("ZA", "PCLI")
    text = "Oil ministers met in Riyadh and Jeddah before SA raised its output."
    places = resolve_names(text, ["Riyadh", "Jeddah", "SA"], bundled_index)
    assert places["SA"].country_code == "SA"


def test_latin_america_is_read_as_the_continent_holding_most_of_it(bundled_index, resolve_names):
    text = "Exports to Latin America fell, and Latin American buyers turned to Brazil."
    places = resolve_names(text, ["Latin America", "Latin American", "Brazil"], bundled_index)
    for name in ("Latin America", "Latin American"):
        assert (places[name].name, places[name].feature_code, places[name].precision) == ("South America", "CONT", 4)


def test_a_dateline_is_the_town_even_inside_brackets_or_after_a_headline(bundled_index, resolve_names):
    text = "(NEW YORK) — Police in Brooklyn and Queens arrested two men on Friday."
    places = resolve_names(text, ["NEW YORK", "Brooklyn", "Queens"], bundled_index)
    assert (places["NEW YORK"].name, places["NEW YORK"].precision) == ("New York City", 1)
    # a headline run into the story, as some feeds deliver it
    text = ("Faulty wiring worries troops in Iraq. WASHINGTON — Inspectors from Pittsburgh, Pa., "
            "and Houston checked the bases.")
    places = resolve_names(text, ["Iraq", "WASHINGTON", "Pittsburgh", "Pa.", "Houston"], bundled_index)
    assert (places["WASHINGTON"].feature_code, places["WASHINGTON"].admin1) == ("PPLC", "District of Columbia")


def test_the_words_after_a_name_ask_for_the_division(bundled_index, resolve_names):
    text = "Drones hit the Kursk region, and a court in Bryansk jailed two men."
    places = resolve_names(text, ["Kursk", "Bryansk"], bundled_index)
    assert (places["Kursk"].feature_code, places["Kursk"].precision) == ("ADM1", 3)
    assert places["Bryansk"].feature_code.startswith("PPL")
    assert names_division("the Belgorod, Kursk and Bryansk regions", len("the Belgorod")) == "regions"
    assert names_division("in New York state", len("in New York")) == "state"
    assert names_division("at Portland State University", len("at Portland")) is None
    assert names_division("in Kursk on Monday", len("in Kursk")) is None


def test_every_oblast_of_a_list_is_found_and_read_as_the_division(bundled_index, locate_text):
    places = locate_text("Ukrainian drones struck the Belgorod, Kursk and Bryansk regions overnight.", bundled_index)
    by_text = {p.text: p for p in places}
    for name in ("Kursk", "Bryansk"):
        assert (by_text[name].feature_code, by_text[name].country_code) == ("ADM1", "RU")


def test_an_oblast_is_also_indexed_under_the_name_of_its_centre():
    towns = [(448_733, "Kursk"), (12_000, "Kurchatov")]
    assert _oblast_names("Kurskaya oblast'", towns) == ["Kursk", "Kursk Oblast", "Kursk Region"]
    assert _oblast_names("Moskovskaya oblast'", [(100_000, "Podolsk")]) == []  # no town starts the name
    assert _oblast_names("Bavaria", towns) == []
