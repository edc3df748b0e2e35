"""A name the gazetteer lacks that the actors stage read as a person is no place near the story."""
from __future__ import annotations

from pathlib import Path

UNSEEN = Path(__file__).parents[1] / "actors" / "fixtures" / "unseen"


def test_places_an_unknown_surname_of_a_person_is_no_place(code_text):
    # the president's surname alone, in a later paragraph, is tagged as a place by the parser
    doc = code_text((UNSEEN / "round7_05-guinea-bissau-coup.txt").read_text(encoding="utf-8"))
    people = [a for a in doc.actors if a.kind == "person" and a.span.text == "Embalo"]
    assert people, "the fixture no longer names the president by his surname alone"
    assert [p.span.text for p in doc.places if p.span.text == "Embalo"] == []
    assert any(p.name == "Bissau" for p in doc.places)


def test_places_a_known_town_inside_a_persons_title_stays_a_place(code_text):
    doc = code_text("Texas Gov. Greg Abbott sent troops to El Paso on Monday.")
    assert {p.name for p in doc.places} >= {"Texas", "El Paso"}
