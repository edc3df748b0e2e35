"""Places as a careful geocoder reads them on news nobody tuned for, on sentences written for these
tests: a city rather than the division named after it, an unknown village in the division the text
names (never the dateline city), one place per name, and spans and demonyms that are no places."""
from __future__ import annotations

from eventwire.places import resolve_spans


def _by_text(places) -> dict:
    return {p.text: p for p in places}


def test_a_city_alone_is_the_city_not_the_division_named_after_it(bundled_index, resolve_names):
    # Geneva is also a Swiss district and canton, Mombasa a Kenyan county: news means the city.
    text = "The aid agency said in Geneva that talks would resume. Protests spread to Mombasa and Nakuru."
    places = resolve_names(text, ["Geneva", "Mombasa", "Nakuru"], bundled_index)
    assert (places["Geneva"].feature_code[:3], places["Geneva"].country_code, places["Geneva"].precision) == ("PPL", "CH", 1)
    assert places["Mombasa"].feature_code.startswith("PPL") and places["Mombasa"].precision == 1


def test_a_word_asking_for_the_division_keeps_the_division(bundled_index):
    text = "Officials in Mombasa county and in the province of Mombasa said roads were closed."
    start = text.rindex("Mombasa")
    places = resolve_spans(text, [(13, 20), (start, start + 7)], str(bundled_index))
    assert [p.feature_code for p in places] == ["ADM1", "ADM1"]


def test_unknown_village_lies_in_the_division_the_text_names_not_the_dateline(bundled_index, resolve_names):
    # "Zorbotha" is in no gazetteer; the story was filed from Yangon, the village is in Sagaing.
    text = ("YANGON - Soldiers raided a monastery in the northwestern Sagaing region on Monday.\n\n"
            "Troops burned the village of Zorbotha after the raid, residents said.")
    places = resolve_names(text, ["YANGON", "Sagaing", "Zorbotha"], bundled_index)
    village = places["Zorbotha"]
    assert village.method.endswith("+named-division")
    assert (village.admin1, village.country_code, village.precision, village.geonameid) == ("Sagaing", "MM", 3, None)


def test_unknown_village_with_no_division_named_falls_back_to_the_country(bundled_index, resolve_names):
    text = ("BAMAKO, Mali - Gunmen attacked a market in central Mali on Sunday.\n\n"
            "They raided the town of Kouroubadji at dawn, officials said.")
    places = resolve_names(text, ["BAMAKO", "Mali", "Mali", "Kouroubadji"], bundled_index)
    town = places["Kouroubadji"]
    assert (town.country_code, town.precision, town.admin1) == ("ML", 4, None)


def test_second_village_of_a_pair_and_a_division_of_another_country_far_away(bundled_index, resolve_names):
    # The division must be of the article's country and named near the village.
    text = ("GOMA, Congo - Rebels struck the villages of Mbudi and Kalunguta near Beni in North Kivu "
            "province. The army chief flew to Kinshasa.")
    places = resolve_names(text, ["GOMA", "Congo", "Kalunguta", "Beni", "North Kivu", "Kinshasa"], bundled_index)
    assert (places["Kalunguta"].country_code, places["Kalunguta"].precision) == ("CD", 3)
    assert places["Kalunguta"].admin1 == "Nord-Kivu"


def test_a_name_placed_once_is_placed_in_all_its_mentions(bundled_index):
    # The headline gives no cue; the body puts the reef in a sea.
    text = ("Navy ships shadow boats near Tarbaw Reef\n\n"
            "MANILA - Two ships sailed near Tarbaw Reef in the South China Sea, the navy said.")
    spans = [(text.index("Tarbaw Reef"), text.index("Tarbaw Reef") + 11), (42, 48),
             (text.rindex("Tarbaw Reef"), text.rindex("Tarbaw Reef") + 11),
             (text.index("South China Sea"), text.index("South China Sea") + 15)]
    assert text[42:48] == "MANILA"
    places = resolve_spans(text, spans, str(bundled_index))
    headline, body = places[0], places[2]
    assert body.method.endswith("+in-next") and headline.method.endswith("+in-next")
    assert (headline.lat, headline.lon) == (body.lat, body.lon) and headline.country_code is None


def test_headline_place_span_stops_before_the_blank_line(locate_text, bundled_index):
    text = "Gunmen kill villagers in eastern Congo\n\nGOMA, Congo - Gunmen killed 12 people on Friday."
    places = locate_text(text, bundled_index)
    assert "eastern Congo" in [p.text for p in places]
    assert all(not p.text.endswith("\n") for p in places)


def test_a_demonym_before_a_noun_is_no_place(locate_text, bundled_index):
    text = "Most refugees arrived in the Chadian border town of Adre after fleeing the fighting."
    places = locate_text(text, bundled_index)
    assert "Chadian" not in [p.text for p in places]
    assert any(p.text == "Adre" and p.country_code == "TD" for p in places)


def test_a_country_with_a_possessive_tagged_as_a_person_is_the_country(locate_text, bundled_index):
    text = "BAMAKO (Sahel Wire) - Mali's military government on Wednesday suspended all political parties."
    places = locate_text(text, bundled_index)
    mali = [p for p in places if p.text == "Mali"]
    assert mali and mali[0].feature_code == "PCLI" and mali[0].focus


def test_first_of_two_villages_tagged_as_a_person_is_a_place(locate_text, bundled_index):
    text = ("The attackers struck the villages of Mayikengo and Kasinga, about 20 km from the town of Beni "
            "in North Kivu province.")
    places = {p.text: p for p in locate_text(text, bundled_index)}
    assert "Mayikengo" in places and places["Mayikengo"].country_code == "CD"
    assert places["Mayikengo"].admin1 == "Nord-Kivu" and places["Mayikengo"].precision == 3
