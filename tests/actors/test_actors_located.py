"""Towns and cities named where something happens stand for their people, so that events can be
aimed at them (actors/located.py). Sentences written for these tests."""
from __future__ import annotations


def test_a_city_where_something_happens_is_its_people(actors_of, actor_in):
    town = actor_in(actors_of("Police imposed a curfew in Kisumu after the riots."), "Kisumu")
    assert (town.code, town.method, town.kind) == ("KEN CVL", "place-country", "country")


def test_a_small_town_takes_the_country_written_beside_it_or_the_sentences(actors_of, actor_in):
    actors = actors_of("Soldiers imposed a curfew in the town of Dargel in southern Chad on Friday.")
    assert actor_in(actors, "Dargel").code == "TCD CVL"
    actors = actors_of("Police fired tear gas at students in the town of Kaduru, Kenyan radio said.")
    assert actor_in(actors, "Kaduru").code == "KEN CVL"


def test_a_town_with_no_country_to_read_is_no_place_actor(actors_of):
    actors = actors_of("Gunmen opened fire in the town of Qalqas on Monday.")
    assert not [a for a in actors if "Qalqas" in a.text]


def test_a_place_in_an_attack_phrase_leaves_the_attack_its_doer(actors_of, actor_in):
    actors = actors_of("A roadside bomb near the town of Baiji killed two soldiers in Iraq.")
    bomb = actor_in(actors, "roadside bomb")
    assert (bomb.code, bomb.method) == ("IRQ UAF", "unattributed-attack")


def test_an_event_in_a_town_is_aimed_at_its_country(code_text):
    doc = code_text("Police imposed a curfew in Kisumu after the riots.")
    index = {a.id: a for a in doc.actors}
    curfews = [e for e in doc.events if e.recipient]
    assert curfews and {index[i].country for i in curfews[0].recipient} == {"KEN"}
