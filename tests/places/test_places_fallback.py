"""Names the gazetteer lacks or reads as far-off namesakes, and focus votes, on sentences written
for these tests: where the fallback puts them, and when a place inside a longer name counts."""
from __future__ import annotations

from eventwire.places import resolve_spans


def _resolve(text: str, names: list[str], index) -> dict:
    spans, pos = [], 0
    for name in names:
        start = text.index(name, pos)
        spans.append((start, start + len(name)))
        pos = start + len(name)
    return {p.text: p for p in resolve_spans(text, spans, str(index))}


def test_common_word_inside_a_name_is_not_a_far_off_village(bundled_index):
    # "Tower" is a village in Ireland; an American story keeps the building in its own city.
    text = "Protesters marched from Trump Tower. Police in Chicago and Evanston closed roads."
    tower = _resolve(text, ["Trump Tower", "Chicago", "Evanston"], bundled_index)["Trump Tower"]
    assert tower.method.endswith("+near-focus") and tower.country_code == "US" and tower.geonameid is None


def test_country_inside_a_name_counts_in_any_story(bundled_index):
    text = "The Bank of Japan moved markets as traders in London and Manchester watched."
    bank = _resolve(text, ["Bank of Japan", "London", "Manchester"], bundled_index)["Bank of Japan"]
    assert bank.method.endswith("+inner-name") and bank.country_code == "JP"


def test_demonym_inside_a_name_counts_only_for_the_main_country(bundled_index):
    text = "Bands played in the French Quarter as New Orleans and Baton Rouge celebrated."
    quarter = _resolve(text, ["French Quarter", "New Orleans", "Baton Rouge"], bundled_index)["French Quarter"]
    assert quarter.country_code == "US" and quarter.admin1 == "Louisiana"
    text = "The British Embassy issued a warning. Police in London and Leeds were on alert."
    embassy = _resolve(text, ["British Embassy", "London", "Leeds"], bundled_index)["British Embassy"]
    assert embassy.method.endswith("+inner-name") and embassy.country_code == "GB"


def test_a_name_does_not_vote_for_its_own_country(bundled_index):
    # Cambridge, England is the likelier reading alone; beside Miami only Miami's vote counts.
    cambridge = _resolve("Students from Cambridge flew to Miami.", ["Cambridge", "Miami"], bundled_index)["Cambridge"]
    assert (cambridge.country_code, cambridge.admin1) == ("US", "Massachusetts")


def test_adjectives_of_regions_resolve_to_the_region(bundled_index):
    text = "A Sicilian court and Central American migrants were in the news."
    by_text = _resolve(text, ["Sicilian", "Central American"], bundled_index)
    assert by_text["Sicilian"].country_code == "IT" and by_text["Sicilian"].feature_code == "ADM1"
    assert by_text["Central American"].name == "Central America"


def test_far_off_village_namesake_falls_back_to_the_article(bundled_index):
    # Congress, Arizona (a village) is 2,000 km from the story's towns: the name is something else.
    text = "Lawmakers in Congress argued while Chicago and Evanston voted."
    congress = _resolve(text, ["Congress", "Chicago", "Evanston"], bundled_index)["Congress"]
    assert congress.method.endswith("+near-focus") and congress.admin1 == "Illinois"
    text = "Voters in Congress and Prescott backed the plan."  # beside a town near it, it is the village
    assert _resolve(text, ["Congress", "Prescott"], bundled_index)["Congress"].admin1 == "Arizona"


def test_one_vote_per_place_and_a_sea_gathers_its_countries(bundled_index):
    # "US" and "United States" are one country; the Gulf's shores (Saudi Arabia, Qatar) outvote it.
    text = ("US officials in Washington said the United States would send ships to the Gulf, "
            "where Saudi Arabia and Qatar wait.")
    gulf = _resolve(text, ["US", "Washington", "United States", "Gulf", "Saudi Arabia", "Qatar"], bundled_index)["Gulf"]
    assert gulf.name == "Persian Gulf"
