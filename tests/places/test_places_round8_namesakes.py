"""Round 8 of the places stage, on sentences written for these tests: a division of another
country no longer outweighs a bigger city of the same name, and the state an article keeps naming
holds its towns."""
from __future__ import annotations


def test_a_lone_city_name_is_the_city_not_a_smaller_division_abroad(bundled_index, resolve_names):
    places = resolve_names("Portland selectmen hired a lawyer on Monday.", ["Portland"], bundled_index)
    assert (places["Portland"].country_code, places["Portland"].feature_code) == ("US", "PPL")
    assert places["Portland"].admin1 == "Oregon"
    # the text can still ask for the division abroad
    text = "Floods hit Portland, Jamaica, and the roads to Kingston closed."
    places = resolve_names(text, ["Portland", "Jamaica", "Kingston"], bundled_index)
    assert places["Portland"].country_code == "JM"


def test_the_state_an_article_keeps_naming_holds_its_towns(bundled_index, resolve_names):
    text = ("Ohio will insulate homes. The Ohio plan is large, and Ohio agencies are hiring. "
            "Crews in Columbus started work. One worker moved back from Minnesota.")
    places = resolve_names(text, ["Ohio", "Ohio", "Ohio", "Columbus", "Minnesota"], bundled_index)
    assert (places["Columbus"].admin1, places["Columbus"].feature_code) == ("Ohio", "PPL")


def test_a_compass_word_is_a_province_only_in_a_story_about_its_country(bundled_index, resolve_names):
    # "Western" is a province of Rwanda, Uganda, Ghana...: not the bloc of a story about Russia
    text = "Moscow warned Western countries after sanctions hit Russia."
    places = resolve_names(text, ["Moscow", "Western", "Russia"], bundled_index)
    assert places["Western"].feature_code != "ADM1"
    text = "Rebels crossed from Kivu into Western Province, east of Kigali in Rwanda."
    places = resolve_names(text, ["Kivu", "Western", "Kigali", "Rwanda"], bundled_index)
    assert (places["Western"].country_code, places["Western"].feature_code) == ("RW", "ADM1")
