"""Datelines ("NAIROBI, Kenya (AP) - ") are where and by whom a report was filed, not story actors."""
from eventwire.datelines import find_datelines


def _parts(text):
    return [(text[d.start:d.place_end], text[d.start:d.end]) for d in find_datelines(text)]


def test_dateline_forms():
    assert _parts("DOHA, Qatar - Talks resumed.") == [("DOHA, Qatar", "DOHA, Qatar - ")]
    assert _parts("WASHINGTON, March 3 (Reuters) -- The") == [("WASHINGTON", "WASHINGTON, March 3 (Reuters) -- ")]
    assert _parts("EAGLE PASS, Texas (AP) — City") == [("EAGLE PASS, Texas", "EAGLE PASS, Texas (AP) — ")]
    assert _parts("First paragraph.\n\nBEIRUT - Jets struck.") == [("BEIRUT", "BEIRUT - ")]


def test_not_datelines():
    assert _parts("U.S. - China talks resumed.") == []
    assert _parts("Officials in BEIRUT - a city of two million - said") == []
    assert _parts("A - B lists are not datelines") == []


def test_dateline_place_is_not_an_actor(code_text):
    doc = code_text("MANILA, Philippines - The Philippines accused China's coast guard on Sunday of ramming "
                    "a supply boat.")
    assert "MANILA" not in [a.text for a in doc.actors]
    accuse = next(e for e in doc.events if e.type == "ACCUSE")
    by_id = {a.id: a for a in doc.actors}
    assert [by_id[i].text for i in accuse.actor] == ["Philippines"]


def test_dateline_is_not_glued_to_the_story(code_text):
    doc = code_text("DOHA, Qatar - Negotiators from Israel and Hamas resumed indirect talks on Monday.")
    assert not any(" - " in a.text for a in doc.actors)
    negotiators = next(a for a in doc.actors if a.text.startswith("Negotiators"))
    assert negotiators.country == "ISR"


def test_dateline_agency_is_a_medium_not_a_party(code_text):
    doc = code_text("TBILISI (World Wire) - Police in Georgia used tear gas against protesters on Saturday.")
    agency = next(a for a in doc.actors if a.text == "World Wire")
    assert agency.kind == "media" and agency.sector == "MED"
    assert all(agency.id not in e.actor for e in doc.events)
