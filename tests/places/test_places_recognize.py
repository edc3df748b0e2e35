"""Toponym recognition filters, on sentences written for these tests."""
from __future__ import annotations


def _texts(places):
    return [p.text for p in places]


def test_metonym_subject_of_speech_verb_is_not_a_place(locate_text, bundled_index):
    places = locate_text("Washington said on Tuesday that the talks in Geneva had failed.", bundled_index)
    assert "Washington" not in _texts(places)
    assert "Geneva" in _texts(places)


def test_demonyms_are_not_places(locate_text, bundled_index):
    places = locate_text("Syrian and Iraqi officials met French diplomats in Amman.", bundled_index)
    assert _texts(places) == ["Amman"]
    assert places[0].country_code == "JO"


def test_region_phrase_is_part_of_country_precision_2(locate_text, bundled_index):
    places = locate_text("Rebels moved into eastern Syria and took the northeastern corner of Iraq.", bundled_index)
    by_text = {p.text: p for p in places}
    assert by_text["eastern Syria"].country_code == "SY" and by_text["eastern Syria"].precision == 2
    corner = by_text["northeastern corner of Iraq"]
    assert corner.country_code == "IQ" and corner.precision == 2 and corner.name == "Iraq"


def test_person_named_like_a_place_is_not_a_place(locate_text, bundled_index):
    places = locate_text("Mohamed Salah scored twice for the club. Salah later thanked the fans in Liverpool.",
                         bundled_index)
    assert "Salah" not in _texts(places)


def test_acronyms_and_common_words_are_not_matched(locate_text, bundled_index):
    places = locate_text("The CEO said the PSC would buy more gas, oil and air time before Easter.", bundled_index)
    assert places == []


def test_spans_point_into_the_text(locate_text, bundled_index):
    text = "Floods hit Dhaka, Bangladesh, on Monday."
    for place in locate_text(text, bundled_index):
        assert text[place.span.start:place.span.end] == place.span.text == place.text


def test_wire_datelines_without_a_dash(locate_text, bundled_index):
    # "(AP)" or "(APP):" stands for the dash; spaCy tags the first city an organisation
    atlanta = locate_text("ATLANTA (AP) An aide to the former mayor was indicted on Tuesday.", bundled_index)
    assert [(p.text, p.country_code) for p in atlanta] == [("ATLANTA", "US")]
    waziristan = locate_text("SOUTH WAZIRISTAN, April 5 (APP):The army chief opened two markets.", bundled_index)
    assert [(p.text, p.country_code) for p in waziristan] == [("SOUTH WAZIRISTAN", "PK")]


def test_organisation_acronym_after_a_preposition_is_not_a_village(locate_text, bundled_index):
    # "TTC" and "BP" are alternate names of a Chilean and a Malaysian town
    assert _texts(locate_text("She spent ten years at TTC before moving to Toronto.", bundled_index)) == ["Toronto"]
    assert _texts(locate_text("The money came from BP and went to MDC officials in Harare.", bundled_index)) == ["Harare"]


def test_surname_of_a_person_named_in_full_is_the_person(locate_text, bundled_index):
    places = locate_text("John Bolton met reporters in Washington. The president later spoke to Bolton about Iran.",
                         bundled_index)
    assert _texts(places) == ["Washington", "Iran"]


def test_adjectives_of_continents_and_world_regions_are_places(locate_text, bundled_index):
    places = locate_text("African leaders and European ministers met Asian investors in Addis Ababa.", bundled_index)
    assert [(p.text, p.name) for p in places][:3] == [("African", "Africa"), ("European", "Europe"), ("Asian", "Asia")]
    assert places[0].precision == 4 and places[0].method.startswith("gazetteer:region-adjective:NORP")
    # their plurals are people, like "Syrians"
    places = locate_text("Europeans and Africans argued about Latin American trade in Brussels.", bundled_index)
    assert _texts(places) == ["Latin American", "Brussels"]
