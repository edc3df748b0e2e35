"""Names inside longer names and hyphenated words, governing parties and settlers. Sentences
written for these tests."""
from __future__ import annotations


def test_a_generic_name_of_another_country_is_that_countrys_body(actors_of, actor_in):
    party = actor_in(actors_of("The Democratic Party of Albania boycotted parliament."), "Democratic Party")
    assert (party.code, party.method) == ("ALB PTY", "longer-name")
    union = actor_in(actors_of("The Congress of South African Trade Unions threatened a strike."), "Congress")
    assert union.code == "ZAF LAB"


def test_a_demonym_further_left_in_the_name_gives_its_country(actors_of, actor_in):
    body = actor_in(actors_of("The Iraqi National Congress accused Baghdad of massing troops."), "National Congress")
    assert body.country == "IRQ" and body.text == "Iraqi National Congress"


def test_a_name_at_the_end_of_a_hyphenated_place_is_no_person(actors_of, actor_in):
    actors = actors_of("The militia captured the northern city of Mazar-i-Sharif.")
    assert not [a for a in actors if a.kind == "person"]
    # name particles keep a hyphenated name a name
    assert actor_in(actors_of("Moqtada al-Sadr urged his followers to march."), "Sadr").kind == "person"


def test_the_ruling_party_is_the_government(actors_of, actor_in):
    party = actor_in(actors_of("The ruling party in Zambia expelled three lawmakers."), "ruling party")
    assert party.code == "ZMB GOV"


def test_jewish_settlers_are_israeli(actors_of, actor_in):
    settlers = actor_in(actors_of("Jewish settlers attacked farmers near Nablus."), "settlers")
    assert settlers.code == "ISR CVL"


def test_forces_placed_by_their_city_place_their_sentence(actors_of, actor_in):
    # "Lagos" is no country name: the police are placed by their city, and the protesters by them
    actors = actors_of("Police in Lagos arrested 20 protesters on Monday.")
    assert actor_in(actors, "Police").code == "NGA COP"
    assert actor_in(actors, "protesters").code == "NGA CVL"


def test_seats_of_government_at_the_start_of_a_sentence(actors_of, actor_in):
    assert actor_in(actors_of("The Elysee said the summit would go ahead."), "Elysee").code == "FRA GOV"
    quai = actor_in(actors_of("The Quai d'Orsay summoned the Iranian ambassador."), "Quai")
    assert (quai.code, quai.kind) == ("FRA GOV", "country")


def test_supporters_of_a_named_sector_are_actors_without_an_owner(actors_of, actor_in):
    actors = actors_of("The authorities arrested 30 opposition supporters in Minsk.")
    assert actor_in(actors, "opposition supporters").code == "BLR OPP"
    assert not [a for a in actors_of("Members stormed the building.") if "Members" in a.text]
