"""Whom an event is aimed at when the parser hangs it a level away: "a suspension of links with X",
"its demand today that X ease ...", "mobilized reservists for a war against X". Sentences written
for these tests."""
from __future__ import annotations


def _event(doc, event_type: str):
    found = [e for e in doc.events if e.type == event_type and not e.hypothetical]
    assert found, f"no {event_type} in {[(e.type, e.trigger.text) for e in doc.events]}"
    return found[0]


def _recipients(doc, event) -> set[str | None]:
    index = {a.id: a for a in doc.actors}
    return {index[i].country for i in event.recipient if i in index}


def test_a_nominal_event_is_aimed_at_the_partner_of_what_it_acts_on(code_text):
    doc = code_text("Portugal announced a suspension of air links with Belarus on Friday.")
    assert _recipients(doc, _event(doc, "SANCTION")) == {"BLR"}


def test_a_demand_clause_hung_on_the_verb_names_whom_it_is_made_of(code_text):
    doc = code_text("The World Health Organization repeated its demand on Monday that Syria open the border crossings.")
    assert "SYR" in _recipients(doc, _event(doc, "REQUEST"))


def test_forces_readied_for_a_war_are_aimed_at_its_other_side(code_text):
    doc = code_text("Britain mobilized army reservists for a possible war against Iraq on Tuesday.")
    assert _recipients(doc, _event(doc, "MOBILIZE")) == {"IRQ"}
