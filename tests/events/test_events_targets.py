"""Whom an event is aimed at: foreign objects stay recipients, the doer's own forces and the things
it imposes do not, who stands behind the object, and the place an untargeted event happens in."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, type_, recipient", [
    ("Basque separatists wounded two Spanish policemen in a bomb attack on Monday.", "ASSAULT", "ESP"),
    ("A landmine near the border killed three Indian soldiers, officials said.", "ASSAULT", "IND"),
    ("Cambodia accused Thai troops of crossing the border.", "ACCUSE", "THA"),
    ("The rebels kidnapped up to 12 German engineers from a dam site.", "COERCE", "DEU"),
])
def test_foreign_forces_are_recipients(code_text, text, type_, recipient, event_of, countries_of):
    doc = code_text(text)
    assert recipient in countries_of(doc, event_of(doc, type_).recipient)


@pytest.mark.parametrize("text, type_, recipient", [
    ("Canada expelled three Chinese diplomats for spying.", "SANCTION", "CHN"),
    ("Ghana summoned the Nigerian ambassador over the border incident.", "ACCUSE", "NGA"),
])
def test_expelled_and_summoned_diplomats_are_recipients(code_text, text, type_, recipient, event_of, countries_of):
    doc = code_text(text)
    assert recipient in countries_of(doc, event_of(doc, type_).recipient)


def test_own_forces_withdrawn_are_no_recipient(code_text, event_of, countries_of):
    doc = code_text("Morocco withdrew its troops from the buffer zone on Friday.")
    assert "MAR" not in countries_of(doc, event_of(doc, "RETREAT").recipient)


def test_own_ambassador_recalled_is_no_recipient(code_text, event_of, countries_of):
    doc = code_text("Peru recalled its ambassador from Caracas.")
    event = event_of(doc, "SANCTION")
    assert "PER" not in countries_of(doc, event.recipient)


def test_same_country_other_side_is_a_recipient(code_text, event_of):
    doc = code_text("The Sri Lankan navy sank a rebel boat off the northern coast.")
    event = event_of(doc, "ASSAULT")
    assert {doc.actor(i).sector for i in event.recipient} == {"REB"}


@pytest.mark.parametrize("text, type_, recipient", [
    ("The Togolese court decided to allow opposition leader Gilchrist Olympio to run in the election.", "CONCEDE", "TGO"),
    ("The Kenyan government accepted demands from Somali elders to reopen the border.", "CONCEDE", "SOM"),
    ("Ayatollah Khomeini called for the overthrow of Iraq's President Saddam Hussein.", "REQUEST", "IRQ"),
])
def test_who_stands_behind_the_object(code_text, text, type_, recipient, event_of, countries_of):
    doc = code_text(text)
    assert recipient in countries_of(doc, event_of(doc, type_).recipient)


def test_arrest_by_hangs_off_the_of_object(code_text, event_of, countries_of):
    doc = code_text("The arrest of two Dutch reporters by Egyptian police angered the Netherlands.")
    event = event_of(doc, "COERCE")
    assert countries_of(doc, event.actor) == {"EGY"}
    assert "NLD" in countries_of(doc, event.recipient)


def test_called_on_names_who_should_act(code_text, countries_of):
    doc = code_text("Washington called on Beijing to release political prisoners.")
    action = next(e for e in doc.events if e.hypothetical and e.type == "RETREAT")
    assert countries_of(doc, action.actor) == {"CHN"}


@pytest.mark.parametrize("text, type_, recipient", [
    ("Israeli tanks fired shells at targets in Damascus on Monday.", "ASSAULT", "SYR"),
    ("The aid agency suspended food deliveries in Mogadishu after the shooting.", "SANCTION", "SOM"),
    ("A car bomb exploded outside the Turkish embassy in Athens.", "ASSAULT", "TUR"),
])
def test_an_untargeted_event_is_aimed_at_its_place(code_text, text, type_, recipient, event_of, countries_of):
    doc = code_text(text)
    event = event_of(doc, type_)
    assert recipient in countries_of(doc, event.recipient)


def test_a_dyad_comes_before_the_place(code_text):
    doc = code_text("Congolese troops attacked the rebels on Monday. "
                    "On Tuesday Congolese troops shelled positions in Kinshasa.")
    second = [e for e in doc.events if e.type == "ASSAULT"][1]
    assert {doc.actor(i).sector for i in second.recipient} == {"REB"}
    assert second.method.endswith("recipient:dyad")


@pytest.mark.parametrize("text, actor, recipient", [
    ("Two Turkish soldiers were killed in a clash with Kurdish rebels near Hakkari.", "REB", "MIL"),
    ("Five policemen were killed in an ambush by Maoist rebels.", "REB", "COP"),
])
def test_passive_harm_in_a_fight_is_done_by_its_other_side(code_text, text, actor, recipient, event_of):
    doc = code_text(text)
    event = event_of(doc, "ASSAULT")
    assert actor in {doc.actor(i).sector for i in event.actor}
    assert recipient in {doc.actor(i).sector for i in event.recipient}


@pytest.mark.parametrize("text, type_", [
    ("The meeting between Arafat and Peres ended without agreement.", "CONSULT"),
    ("Heavy fighting broke out between Armenian troops and Azerbaijani forces.", "ASSAULT"),
])
def test_between_names_actor_and_recipient(code_text, text, type_, event_of):
    doc = code_text(text)
    event = event_of(doc, type_)
    assert len(event.actor) == 1 and event.recipient
    assert not set(event.actor) & set(event.recipient)


def test_its_fighters_stand_for_the_body_a_spokesman_speaks_for(code_text, event_of, countries_of):
    doc = code_text("A spokesman for the Khmer Rouge said its fighters had captured two government posts.")
    assert countries_of(doc, event_of(doc, "ASSAULT").actor) == {"KHM"}


def test_exchanged_fire_is_done_by_the_subjects(code_text, event_of, countries_of):
    doc = code_text("Ethiopia and Eritrea exchanged artillery fire along their border.")
    assert countries_of(doc, event_of(doc, "ASSAULT").actor) == {"ETH", "ERI"}


def test_purpose_of_a_used_weapon_names_the_target(code_text, event_of):
    doc = code_text("Police used tear gas to break up a demonstration by students in Manila.")
    event = event_of(doc, "COERCE")
    assert {doc.actor(i).sector for i in event.recipient} & {"EDU", "CVL"}


def test_attacking_a_garrison_is_an_assault_not_criticism(code_text):
    doc = code_text("The rebels attacked a government garrison on Monday.")
    assert [e.type for e in doc.events] == ["ASSAULT"]


def test_forces_attacked_are_the_other_side_even_of_the_same_country(code_text, event_of):
    doc = code_text("Cambodian Prime Minister Hun Sen's forces attacked royalist troops in Phnom Penh.")
    event = event_of(doc, "ASSAULT")
    assert {doc.actor(i).text for i in event.recipient} == {"troops"}


def test_a_country_name_with_a_possessive_is_no_person(code_text):
    doc = code_text("Sri Lanka's navy sank a rebel boat.")
    assert {(a.country, a.sector) for a in doc.actors if a.kind != "person"} >= {("LKA", "MIL")}
    assert not any(a.kind == "person" for a in doc.actors)


def test_a_protest_takes_the_target_of_its_folded_demand(code_text, event_of, countries_of):
    doc = code_text("Thousands of Basques demonstrated in Bilbao on Sunday calling for independence from Spain.")
    assert "ESP" in countries_of(doc, event_of(doc, "PROTEST").recipient)


def test_asylum_is_asked_of_the_state_it_is_sought_in(code_text, event_of, countries_of):
    doc = code_text("Some 800 Albanians sought asylum in Italy last month.")
    assert countries_of(doc, event_of(doc, "REQUEST").recipient) == {"ITA"}
