"""Peoples that are not one country's demonym (data/ethnic_groups.yaml): placed in the home state
their sentence names, else in their one home state when the sentence names no country. Sentences
written for these tests."""
from __future__ import annotations

import pytest

from eventwire.actors.ethnic import ethnic_groups, group_country, load_groups
from eventwire.actors.lexicon import LexiconError, load_lexicon


def test_people_on_an_agent_noun_take_the_home_state_the_sentence_names(actors_of, actor_in):
    actors = actors_of("Kurdish guerrillas ambushed a convoy in eastern Turkey, the army said.")
    fighters = actor_in(actors, "Kurdish guerrillas")
    assert (fighters.code, fighters.method) == ("TUR REB", "ethnic-group")


def test_a_people_with_one_home_state_is_placed_there_when_no_country_is_named(actors_of, actor_in):
    assert actor_in(actors_of("Chechen fighters shot down a helicopter."), "Chechen fighters").code == "RUS REB"
    assert actor_in(actors_of("Tamils marched through the town on Sunday."), "Tamils").code == "LKA CVL"


def test_a_people_of_several_states_waits_for_the_sentence(actors_of, actor_in):
    rebels = actor_in(actors_of("Hutu rebels burned a market on Friday."), "Hutu rebels")
    assert rebels.country is None and rebels.sector == "REB"
    # a sentence naming only another country still places them there (where they act)
    kurds = actor_in(actors_of("Thousands of Kurds demonstrated in Germany on Saturday."), "Kurds")
    assert kurds.code == "DEU CVL"


def test_a_people_word_is_no_first_name_and_no_sector_of_its_noun(actors_of, actor_in):
    actors = actors_of("Burmese troops attacked Karen rebels near the border.")
    assert actor_in(actors, "Karen rebels").code == "MMR REB"
    assert not [a for a in actors if a.kind == "person"]
    party = actor_in(actors_of("Sri Lanka's main Tamil party demanded autonomy."), "Tamil party")
    assert party.code == "LKA PTY"


def test_group_country_prefers_the_named_home_state():
    kurds = ethnic_groups()["Kurdish"]
    assert group_country(kurds, {"IRQ", "USA"}) == "IRQ"
    assert group_country(kurds, {"IRQ", "TUR"}) is None
    assert group_country(kurds, set()) is None
    assert group_country(ethnic_groups()["Tamil"], set()) == "LKA"


def test_bundled_groups_are_valid_and_not_country_demonyms():
    lex = load_lexicon()
    demonyms = {d for c in lex.countries.values() for d in c.demonyms}
    groups = ethnic_groups()
    assert len({g.name for g in groups.values()}) >= 40
    assert not demonyms & set(groups)


@pytest.mark.parametrize("body, message", [
    ("groups: [{name: A, words: [Aa], countries: [XXX]}]", "unknown country code 'XXX'"),
    ("groups: [{name: A, words: [Aa], countries: [TUR], home: IRQ}]", "`home` must be one of"),
    ("groups: [{name: A, words: [Aa], countries: [TUR]}, {name: B, words: [Aa], countries: [IRQ]}]", "already belongs"),
    ("groups: [{name: A, countries: [TUR]}]", "needs `words`"),
])
def test_group_file_errors_name_the_file_and_entry(tmp_path, body, message):
    path = tmp_path / "groups.yaml"
    path.write_text("version: 1\n" + body + "\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=message) as info:
        load_groups(path)
    assert str(path) in str(info.value)


def test_leaders_of_a_people_are_notables_not_a_government(actors_of, actor_in):
    leaders = actor_in(actors_of("Kurdish leaders met in Erbil to discuss the vote in Iraq."), "Kurdish leaders")
    assert leaders.code == "IRQ ELI"
