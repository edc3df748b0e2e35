"""End to end on the canonical example (skips without ../shared): every expected actor is coded."""
from __future__ import annotations


def actors_covering(document, text):
    return [a for a in document.actors if text in a.text]


def test_expected_actors_get_country_and_sector(example_document):
    doc = example_document

    def one(text):
        found = actors_covering(doc, text)
        assert found, f"no actor for {text!r}"
        return found[0]

    sdf = one("Syrian Democratic Forces")
    assert sdf.country == "SYR" and sdf.sector in ("REB", "MIL")
    isis = one("ISIS")
    assert isis.code in ("IMG", "IMG REB")
    bali = one("Mustafa Bali")
    assert bali.country == "SYR" and bali.role == "spokesman for the SDF"
    assert one("Trump").code == "USA GOV"
    assert one("Joseph Votel").code == "USA MIL"
    mattis = one("James Mattis")
    assert mattis.country == "USA" and mattis.sector in ("GOV", "MIL")
    assert one("Joseph Dunford").code == "USA MIL"
    lawmakers = one("Lawmakers")
    assert lawmakers.code == "USA LEG" and lawmakers.text.startswith("Lawmakers")
    for reuters in actors_covering(doc, "Reuters"):
        assert reuters.kind == "media"


def test_aliases_share_entities(example_document):
    doc = example_document
    sdf = actors_covering(doc, "Syrian Democratic Forces")[0].entity
    backed = [a for a in doc.actors if "backed fighters" in a.text]
    assert backed and all(a.entity == sdf for a in backed)
    assert all(a.entity == sdf for a in actors_covering(doc, "SDF"))
    assert all(a.entity == sdf for a in doc.actors if a.text == "militia")
    isis = actors_covering(doc, "ISIS")[0].entity
    groups = [a for a in doc.actors if a.text == "group"]
    assert groups and all(a.entity == isis for a in groups)
