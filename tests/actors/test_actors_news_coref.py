""""The government" and other state descriptors on unseen-style news: a country named only as
where someone went is no antecedent. Sentences written for these tests."""
from __future__ import annotations


def _government(actors):
    return next(a for a in actors if a.text.lower() == "government")


def test_a_country_visited_is_no_antecedent(actors_of):
    actors = actors_of("Gunmen attacked Peru's largest prison on Sunday. The president was in Spain at the "
                       "time for a summit. The government declared a state of emergency on Monday.")
    assert _government(actors).country == "PER"


def test_a_country_acting_is_still_the_antecedent(actors_of):
    actors = actors_of("Chile said on Monday it would recall its ambassador to Peru. "
                       "The government also suspended trade talks.")
    assert _government(actors).country == "CHL"


def test_with_only_a_location_the_location_is_the_antecedent(actors_of):
    actors = actors_of("Fighting continued in Sudan on Monday. The government blamed the rebels.")
    assert _government(actors).country == "SDN"


def test_the_dateline_country_codes_bare_state_agents(actors_of):
    text = ("BAMAKO (Reuters) - The junta suspended all political parties on Wednesday, citing public "
            "order. France and Russia did not comment.")
    junta = next(a for a in actors_of(text) if a.text == "junta")
    assert junta.country == "MLI"
    assert next(a for a in actors_of(text.split(" - ", 1)[1]) if a.text == "junta").country is None
