"""Whom an event is aimed at when the parser hangs it a level away: "a suspension of links with X",
"its demand today that X ease ...", "mobilized reservists for a war against X". Sentences written
for these tests."""
from __future__ import annotations


def test_a_nominal_event_is_aimed_at_the_partner_of_what_it_acts_on(code_text, event_of, countries_of):
    doc = code_text("Portugal announced a suspension of air links with Belarus on Friday.")
    assert countries_of(doc, event_of(doc, "SANCTION").recipient) == {"BLR"}


def test_a_demand_clause_hung_on_the_verb_names_whom_it_is_made_of(code_text, event_of, countries_of):
    doc = code_text("The World Health Organization repeated its demand on Monday that Syria open the border crossings.")
    assert "SYR" in countries_of(doc, event_of(doc, "REQUEST").recipient)


def test_forces_readied_for_a_war_are_aimed_at_its_other_side(code_text, event_of, countries_of):
    doc = code_text("Britain mobilized army reservists for a possible war against Iraq on Tuesday.")
    assert countries_of(doc, event_of(doc, "MOBILIZE").recipient) == {"IRQ"}
