"""Dateline forms the places stage reads through the shared finder (eventwire.datelines)."""
from __future__ import annotations

from eventwire.datelines import find_datelines


def _parts(text):
    return [(text[d.start:d.place_end], text[d.start:d.end], d.agency and text[d.agency[0]:d.agency[1]])
            for d in find_datelines(text)]


def test_a_one_word_wire_agency_stands_for_the_dash():
    assert _parts("ATLANTA (AP) An aide was indicted.") == [("ATLANTA", "ATLANTA (AP) ", "AP")]
    assert _parts("SOUTH WAZIRISTAN, April 5 (APP):The army chief") == [
        ("SOUTH WAZIRISTAN", "SOUTH WAZIRISTAN, April 5 (APP):", "APP")]


def test_press_release_datelines():
    assert _parts("PLEASANTON, Calif.--(BUSINESS WIRE)--Acme Corp today") == [
        ("PLEASANTON, Calif.", "PLEASANTON, Calif.--(BUSINESS WIRE)--", "BUSINESS WIRE")]


def test_an_acronym_spelled_out_is_no_dateline():
    assert _parts("NATO (North Atlantic Treaty Organization) said on Monday") == []
