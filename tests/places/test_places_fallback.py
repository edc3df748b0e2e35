"""Names the gazetteer lacks or reads as far-off namesakes, and focus votes, on sentences written
for these tests: where the fallback puts them, and when a place inside a longer name counts."""
from __future__ import annotations


def test_common_word_inside_a_name_is_not_a_far_off_village(bundled_index, resolve_names):
    # "Tower" is a village in Ireland; an American story keeps the building in its own city.
    text = "Protesters marched from Trump Tower. Police in Chicago and Evanston closed roads."
    tower = resolve_names(text, ["Trump Tower", "Chicago", "Evanston"], bundled_index)["Trump Tower"]
    assert tower.method.endswith("+near-focus") and tower.country_code == "US" and tower.geonameid is None


def test_country_inside_a_name_counts_in_any_story(bundled_index, resolve_names):
    text = "The Bank of Japan moved markets as traders in London and Manchester watched."
    bank = resolve_names(text, ["Bank of Japan", "London", "Manchester"], bundled_index)["Bank of Japan"]
    assert bank.method.endswith("+inner-name") and bank.country_code == "JP"


def test_demonym_inside_a_name_counts_only_for_the_main_country(bundled_index, resolve_names):
    text = "Bands played in the French Quarter as New Orleans and Baton Rouge celebrated."
    quarter = resolve_names(text, ["French Quarter", "New Orleans", "Baton Rouge"], bundled_index)["French Quarter"]
    assert quarter.country_code == "US" and quarter.admin1 == "Louisiana"
    text = "The British Embassy issued a warning. Police in London and Leeds were on alert."
    embassy = resolve_names(text, ["British Embassy", "London", "Leeds"], bundled_index)["British Embassy"]
    assert embassy.method.endswith("+inner-name") and embassy.country_code == "GB"


def test_a_name_does_not_vote_for_its_own_country(bundled_index, resolve_names):
    # Cambridge, England is the likelier reading alone; beside Miami only Miami's vote counts.
    cambridge = resolve_names("Students from Cambridge flew to Miami.", ["Cambridge", "Miami"], bundled_index)["Cambridge"]
    assert (cambridge.country_code, cambridge.admin1) == ("US", "Massachusetts")


def test_adjectives_of_regions_resolve_to_the_region(bundled_index, resolve_names):
    text = "A Sicilian court and Central American migrants were in the news."
    by_text = resolve_names(text, ["Sicilian", "Central American"], bundled_index)
    assert by_text["Sicilian"].country_code == "IT" and by_text["Sicilian"].feature_code == "ADM1"
    assert by_text["Central American"].name == "Central America"


def test_far_off_village_namesake_falls_back_to_the_article(bundled_index, resolve_names):
    # Congress, Arizona (a village) is 2,000 km from the story's towns: the name is something else.
    text = "Lawmakers in Congress argued while Chicago and Evanston voted."
    congress = resolve_names(text, ["Congress", "Chicago", "Evanston"], bundled_index)["Congress"]
    assert congress.method.endswith("+near-focus") and congress.admin1 == "Illinois"
    text = "Voters in Congress and Prescott backed the plan."  # beside a town near it, it is the village
    assert resolve_names(text, ["Congress", "Prescott"], bundled_index)["Congress"].admin1 == "Arizona"


def test_one_vote_per_place_and_a_sea_gathers_its_countries(bundled_index, resolve_names):
    # "US" and "United States" are one country; the Gulf's shores (Saudi Arabia, Qatar) outvote it.
    text = ("US officials in Washington said the United States would send ships to the Gulf, "
            "where Saudi Arabia and Qatar wait.")
    gulf = resolve_names(text, ["US", "Washington", "United States", "Gulf", "Saudi Arabia", "Qatar"], bundled_index)["Gulf"]
    assert gulf.name == "Persian Gulf"


def test_far_off_town_read_by_an_alternate_name_falls_back_to_the_article(bundled_index, resolve_names):
    # "South Side" is an alternate name of Eltingville, New York: beside Chicago it is Chicago's
    text = "A South Side man was stabbed near Chicago and died in Evanston."
    side = resolve_names(text, ["South Side", "Chicago", "Evanston"], bundled_index)["South Side"]
    assert side.method.endswith("+near-focus") and side.admin1 == "Illinois"


def test_local_focus_is_the_town_the_other_places_cluster_around(bundled_index, resolve_names):
    # each town is named once: the fallback goes where the story's places are, not to the first named
    text = "Fans flew from Miami to Salem and Eugene for the game at Zorblatt Arena."
    arena = resolve_names(text, ["Miami", "Salem", "Eugene", "Zorblatt Arena"], bundled_index)["Zorblatt Arena"]
    assert arena.method.endswith("+near-focus") and arena.admin1 == "Oregon"


def test_a_name_that_names_a_team_or_a_treaty_is_the_big_city(bundled_index, resolve_names):
    text = "The Houston Rockets beat the Portland Trail Blazers in Houston as fans in Dallas and San Antonio watched."
    portland = resolve_names(text, ["Houston", "Portland", "Houston", "Dallas", "San Antonio"], bundled_index)["Portland"]
    assert portland.admin1 == "Oregon"  # not Portland, Texas, beside the Texan cities
    venice = resolve_names("Officials in Washington and Kyiv ignored the Venice Commission.",
                      ["Washington", "Kyiv", "Venice"], bundled_index)["Venice"]
    assert venice.country_code == "IT"


def test_a_state_name_is_the_state_not_a_village_named_after_it(bundled_index, resolve_names):
    text = "A man in Florida won the lottery, officials in New York and Riverdale said."
    florida = resolve_names(text, ["Florida", "New York", "Riverdale"], bundled_index)["Florida"]
    assert florida.feature_code == "ADM1" and florida.admin1 == "Florida"


def test_places_inside_names_count_for_the_local_focus(bundled_index, resolve_names):
    text = ("Thunder Snow won the Dubai World Cup. The Dubai World Cup is rich. The Dubai World Cup drew horses "
            "from the USA and Kentucky to Dubai. The Dubai World Cup ended at Meydan Racecourse.")
    names = ["Dubai World Cup"] * 3 + ["USA", "Kentucky", "Dubai", "Dubai World Cup", "Meydan Racecourse"]
    course = resolve_names(text, names, bundled_index)["Meydan Racecourse"]
    assert course.method.endswith("+near-focus") and course.country_code == "AE"
