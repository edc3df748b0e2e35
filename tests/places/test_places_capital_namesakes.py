"""A national capital called by its own name is the capital, even in a story about the country of a
smaller place that carries the same name as an alias; at home, the name may still be a county."""
from __future__ import annotations


def test_a_capital_beats_a_foreign_alias_namesake_near_the_story(bundled_index, resolve_names):
    # Anantnag in Kashmir is also called Islamabad; the story's other places are all in India
    text = ("Troops in Srinagar and Kupwara exchanged fire across the line in Kashmir, and "
            "India summoned an envoy over remarks made in Islamabad.")
    places = resolve_names(text, ["Srinagar", "Kupwara", "Kashmir", "India", "Islamabad"], bundled_index)
    assert (places["Islamabad"].country_code, places["Islamabad"].feature_code) == ("PK", "PPLC")
    assert places["Srinagar"].country_code == "IN"


def test_a_capitals_name_still_reads_as_a_place_at_home(bundled_index, resolve_names):
    text = "Floods closed roads in Washington, and officials in Oregon asked for help."
    places = resolve_names(text, ["Washington", "Oregon"], bundled_index)
    assert places["Washington"].country_code == "US"
