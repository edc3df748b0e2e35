"""What can be an event's location: not the dateline's city (where the report was filed), not a
region adjective, and the places stage's focus when nothing nearer is named. Articles written for
these tests."""
from __future__ import annotations


def _places_of(doc):
    index = {p.id: p for p in doc.places}
    return {e.trigger.text: index.get(e.place) for e in doc.events}


def test_the_dateline_city_is_not_where_the_event_happened(code_text):
    doc = code_text("LIMA, Peru (AP) - Bolivian troops attacked a border post on Friday, officials said.\n\n"
                    "Bolivia later denied the account.")
    found = _places_of(doc)
    # the story's country (the places stage's focus) stands in where the sentence names no place
    assert (found["attacked"].name, found["denied"].name) == ("Peru", "Peru")


def test_a_region_adjective_is_not_a_location(code_text):
    doc = code_text("European ministers condemned the raid. The police in Kenya arrested 12 people in Nairobi.")
    found = _places_of(doc)
    assert found["condemned"] is None or found["condemned"].country_code is not None
    assert found["arrested"].name == "Nairobi"
