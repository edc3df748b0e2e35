"""Round 8 of event places: a speaker's seat, a conjoined verb's words, a clause about an earlier
event and a dateline city the story never names again do not locate an event; a place inside a
participant's words ("people in Haiti") does. Sentences written for these tests."""
from __future__ import annotations


def _places_of(doc):
    index = {p.id: p for p in doc.places}
    return {e.trigger.text: index.get(e.place) for e in doc.events}


def _name(place):
    return place.name if place is not None else None


def test_the_seat_of_the_speaker_does_not_locate_what_it_reports(code_text):
    doc = code_text("Mali's army has deployed troops across the country.\n\n"
                    "Soldiers shot three protesters on Friday, the U.N. human rights office in Geneva said.")
    assert _name(_places_of(doc)["shot"]) != "Geneva"


def test_the_speaker_seat_of_another_sentence_does_not_locate_the_next_one(code_text):
    doc = code_text("Protests spread across Mozambique after the election.\n\n"
                    "The U.N. human rights office in Geneva urged the authorities to show restraint. "
                    "Unidentified gunmen killed two opposition officials.")
    found = _places_of(doc)
    assert _name(found["killed"]) != "Geneva"
    assert _name(found["urged"]) == "Geneva"  # its own statement was made there


def test_a_place_inside_the_victims_words_is_where_it_happened(code_text):
    doc = code_text("The rights office said gangs had killed more than 500 people in Haiti since January "
                    "and urged donors to stop the flow of weapons from the United States.")
    assert _name(_places_of(doc)["killed"]) == "Haiti"


def test_a_clause_about_an_earlier_event_keeps_its_places(code_text):
    doc = code_text("North Korea fired a ballistic missile into the sea on Thursday, days after Pyongyang "
                    "warned it would respond to joint drills by Seoul and Washington.")
    assert _name(_places_of(doc)["fired"]) not in {"Seoul", "Washington"}


def test_a_dateline_city_the_story_never_names_is_not_the_fallback(code_text):
    doc = code_text("DUBAI (Reuters) - Houthi forces attacked an oil tanker in the Red Sea on Wednesday.\n\n"
                    "The crew was evacuated by a passing vessel, a shipping firm said.\n\n"
                    "The group said it would keep attacking ships in the Red Sea.")
    found = _places_of(doc)
    assert _name(found["evacuated"]) == "Red Sea"


def test_the_anchor_word_lists_load_and_reject_unknown_sections(tmp_path, monkeypatch):
    import pytest

    from eventwire.events import lexicon
    from eventwire.events.anchor_scope import scope_words

    assert "say" in scope_words()["speaker_verbs"] and "on" in scope_words()["occasion_preps"]
    (tmp_path / "anchors.yaml").write_text("version: 1\nspeaker_verbs: [say]\nplaces_of_speakers: [x]\n")
    monkeypatch.setattr(lexicon, "DATA", tmp_path)
    with pytest.raises(lexicon.LexiconError, match="anchors.yaml"):
        lexicon.load_word_sets("anchors.yaml", ("speaker_verbs",), strict=True)
