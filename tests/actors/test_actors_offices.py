"""Titled people with no dictionary entry: the country from where the office is (a state, city
or province before the title or after the name, a US party-state tag), from a title's own usage
("Sen.", "Rep.") and from the words of a longer title. Sentences written for these tests."""
from __future__ import annotations


def test_a_state_or_city_before_the_title_gives_the_country(actors_of, actor_in):
    gov = actor_in(actors_of("Nevada Gov. Henry Larkin signed the water bill."), "Henry Larkin")
    assert (gov.code, gov.method) == ("USA GOV", "title+place")
    assert gov.text.startswith("Nevada")
    mayor = actor_in(actors_of("Chicago Mayor Ann Keller declared an emergency."), "Ann Keller")
    assert mayor.code == "USA GOV"
    governor = actor_in(actors_of("Kaduna State Governor Nasir Bello imposed a curfew on Monday."), "Nasir Bello")
    assert governor.code == "NGA GOV"


def test_a_place_after_the_name_gives_the_country(actors_of, actor_in):
    mayor = actor_in(actors_of("Mayor Ann Keller of Chicago criticised the raids."), "Ann Keller")
    assert (mayor.code, mayor.method) == ("USA GOV", "title+place")


def test_a_party_state_tag_is_american(actors_of, actor_in):
    senator = actor_in(actors_of("Sen. Tom Harlan (R-Okla.) opposed the treaty."), "Tom Harlan")
    assert (senator.code, senator.method) == ("USA LEG", "title+place")


def test_us_style_titles_are_american_only_where_no_country_is_named(actors_of, actor_in):
    rep = actor_in(actors_of("Rep. Dana Whitfield called for an inquiry."), "Dana Whitfield")
    assert (rep.code, rep.method) == ("USA LEG", "title-country")
    senator = actor_in(actors_of("Philippine Sen. Lorna Cruz asked the army to explain."), "Lorna Cruz")
    assert senator.code == "PHL LEG"
    other = actor_in(actors_of("Sen. Lorna Cruz said Manila would protest to China."), "Lorna Cruz")
    assert other.country != "USA"


def test_a_company_before_a_title_is_no_place(actors_of, actor_in):
    person = actor_in(actors_of("Acme President Brad Colson testified on Tuesday."), "Brad Colson")
    assert person.country is None


def test_words_of_a_longer_title_lead_to_its_country(actors_of, actor_in):
    actors = actors_of("Chinese Foreign Ministry spokeswoman Hua Chunying criticised the visit.")
    assert actor_in(actors, "Hua Chunying").code == "CHN GOV"
