"""Each linking rule of the actor stage, on sentences written for these tests."""
from __future__ import annotations


def find(actors, text: str, occurrence: int = 0):
    found = [a for a in actors if text in a.text]
    assert len(found) > occurrence, f"no actor covering {text!r} in {[a.text for a in actors]}"
    return found[occurrence]


def test_dictionary_codes_armed_groups_igos_and_media(actors_of):
    actors = actors_of("Islamic State fighters attacked a UN convoy, the Associated Press reported.")
    assert find(actors, "Islamic State").code == "IMG REB"
    assert find(actors, "Islamic State").kind == "armed_group"
    assert find(actors, "UN").country == "IGO"
    press = find(actors, "Associated Press")
    assert press.kind == "media" and press.sector == "MED"
    assert all(a.provisional is False for a in actors)


def test_spans_are_offsets_into_the_text(actors_of):
    text = "Hezbollah fired rockets at Israeli troops on Monday."
    for actor in actors_of(text):
        assert text[actor.span.start:actor.span.end] == actor.span.text == actor.text


def test_nationality_adjective_codes_agent_noun(actors_of):
    actors = actors_of("Syrian troops shelled the town while Turkish police arrested protesters.")
    troops = find(actors, "troops")
    assert (troops.code, troops.text, troops.method) == ("SYR MIL", "Syrian troops", "nationality-adjective")
    assert find(actors, "police").code == "TUR COP"
    assert find(actors, "protesters").sector == "CVL"


def test_coordinated_adjectives_each_get_an_actor(actors_of):
    actors = actors_of("Senior Kenyan and Ugandan officials met in Nairobi.")
    assert find(actors, "Kenyan").code == "KEN GOV"
    assert find(actors, "Ugandan officials").code == "UGA GOV"


def test_prepositional_attachment_keeps_the_head_noun_in_the_span(actors_of):
    actors = actors_of("Lawmakers in Parliament and rebels from Mali rejected the plan. Legislators in Congress agreed.")
    lawmakers = find(actors, "Legislators")
    assert lawmakers.text == "Legislators in Congress" and lawmakers.code == "USA LEG"
    assert find(actors, "rebels").code == "MLI REB"


def test_title_and_article_date_pick_the_role(actors_of):
    in_office = find(actors_of("President Obama spoke in Cairo.", published="2010-06-01"), "Obama")
    assert (in_office.code, in_office.role, in_office.qid) == ("USA GOV", "President", "Q76")
    after = find(actors_of("Obama spoke in Chicago.", published="2019-06-01"), "Obama")
    assert after.code == "USA ELI" and after.role is None


def test_military_rank_and_unknown_officer(actors_of):
    actors = actors_of("British Gen. Arthur Fernsby said the base was safe.")
    officer = find(actors, "Fernsby")
    assert officer.code == "GBR MIL"
    assert officer.text == "British Gen. Arthur Fernsby"


def test_then_and_former_titles(actors_of):
    actors = actors_of("The plan angered then-Defense Secretary Robert Gates and former President Jimmy Carterson.",
                       published="2015-01-01")
    gates = find(actors, "Gates")
    assert gates.text.startswith("then-Defense Secretary") and gates.code == "USA GOV"
    carter = find(actors, "Carterson")
    assert carter.sector == "ELI"


def test_spokesman_of_inherits_the_organisation(actors_of):
    actors = actors_of("\"We hold the hill,\" Karim Haddad, a spokesman for the Houthis, said.")
    speaker = find(actors, "Karim Haddad")
    assert speaker.code == "YEM REB"
    assert speaker.role == "spokesman for the Houthis"
    assert speaker.method == "spokesman-of"


def test_title_chain_with_organisation(actors_of):
    actors = actors_of("Taliban spokesman Zabiullah Qari denied the report.")
    assert find(actors, "Zabiullah Qari").code == "AFG REB"


def test_acronym_defined_in_parentheses(actors_of):
    actors = actors_of("The Northern Valley Defence Front (NVDF) seized a road. The NVDF said it would hold it.")
    first, later = find(actors, "Northern Valley"), find(actors, "NVDF", 1)
    assert later.entity == first.entity
    assert later.method == "acronym"


def test_surname_repeat_links_to_the_full_name(actors_of):
    actors = actors_of("Rebel commander Idris Kamaluddin led the raid. Kamaluddin later said it succeeded.")
    full, short = find(actors, "Idris Kamaluddin"), find(actors, "Kamaluddin", 1)
    assert short.entity == full.entity and short.method == "surname-repeat"
    assert short.sector == full.sector == "REB"


def test_the_group_links_to_the_most_recent_armed_group(actors_of):
    actors = actors_of("Government troops clashed with al-Shabaab near Mogadishu. The group said it lost two fighters.")
    group = find(actors, "group")
    assert group.entity == "SHABAAB" and group.code == "SOM REB" and group.method == "coref-descriptor"


def test_unresolved_descriptor_is_dropped(actors_of):
    assert not [a for a in actors_of("The group met on Monday.") if a.text == "group"]


def test_backed_descriptor_links_to_the_backed_group(actors_of):
    actors = actors_of("Iran-backed militias fired rockets. Kataib Hezbollah denied any role.")
    militias = find(actors, "militias")
    assert militias.entity == "KATAIBHEZ" and militias.code == "IRQ REB"


def test_led_names_the_country_itself(actors_of):
    assert find(actors_of("Saudi-led forces bombed the port."), "forces").code == "SAU MIL"


def test_capital_metonym_acts_only_as_subject(actors_of):
    actors = actors_of("Moscow said it would retaliate after drones hit Kyiv. The Kremlin denied it.")
    assert find(actors, "Moscow").code == "RUS GOV"
    assert find(actors, "Kyiv").code == "UKR CVL"  # a city struck: its people, not its government
    assert find(actors, "Kremlin").code == "RUS GOV"


def test_alias_collision_resolved_by_country_in_article(actors_of):
    sudan = actors_of("In Darfur, Sudanese troops fought the SLA on Monday.")
    lebanon = actors_of("In southern Lebanon, the SLA withdrew as Lebanese forces advanced.")
    assert find(sudan, "SLA").country == "SDN"
    assert find(lebanon, "SLA").country == "LBN"


def test_alias_collision_resolved_by_date(actors_of):
    assert find(actors_of("Bush visited Kuwait.", published="1991-03-01"), "Bush").entity == "george-hw-bush"
    assert find(actors_of("Bush visited Iraq.", published="2003-06-01"), "Bush").entity == "george-w-bush"


def test_named_actor_missing_from_dictionary_is_kept(actors_of):
    actors = actors_of("Zarnovian Liberation Council members met Pedro Alvarenga.")
    person = find(actors, "Pedro Alvarenga")
    assert person.kind == "person" and person.method == "ner-unknown" and person.confidence < 0.5


def test_hashtags_are_not_people(actors_of):
    assert not [a for a in actors_of("Fighters are inside the camp in #Baghouz.") if a.kind == "person"]


def test_user_dictionary_extends_the_bundled_one(actors_of, tmp_path):
    extra = tmp_path / "my_actors.yaml"
    extra.write_text(
        "version: 1\nentries:\n"
        "  - {id: RIVERFRONT, name: Riverfront Brigade, aliases: [RFB], kind: armed_group, country: COL, sector: REB}\n",
        encoding="utf-8",
    )
    actors = actors_of("The RFB attacked a patrol.", actor_files=(str(extra),))
    assert find(actors, "RFB").code == "COL REB"


def test_name_containing_a_country_is_a_person(actors_of):
    actors = actors_of("Chad Whitcombe, a spokesman for the Pentagon, declined to comment.")
    person = find(actors, "Chad Whitcombe")
    assert person.kind == "person" and person.code == "USA MIL"
    assert not [a for a in actors if a.kind == "country"]


def test_no_date_and_empty_text(actors_of):
    assert actors_of("", published=None) == []
    undated = find(actors_of("President Putin met Iraqi officials.", published=None), "Putin")
    assert undated.country == "RUS" and undated.sector == "GOV"


def test_city_gives_the_country_of_an_agent(actors_of):
    militants = find(actors_of("Militants in Mosul attacked a checkpoint."), "Militants")
    assert militants.code == "IRQ REB" and militants.method == "agent-in-city"


def test_offsets_survive_odd_characters(actors_of):
    text = "İstanbul\u00a0police and Syrian\u00a0troops clashed."
    for actor in actors_of(text):
        assert text[actor.span.start:actor.span.end] == actor.text
    assert find(actors_of(text), "troops").code == "SYR MIL"


def test_the_countrys_army_links_to_the_country_named_before(actors_of):
    army = find(actors_of("Mali expelled the envoy. The country's army later closed the border."), "army")
    assert army.code == "MLI MIL" and army.method == "coref-descriptor"


def test_weapons_stand_for_whoever_fires_them(actors_of):
    actors = actors_of("Israeli strikes killed ten people. Hamas rockets hit Ashdod. The strike was condemned.")
    assert find(actors, "Israeli strikes").code == "ISR MIL"
    assert find(actors, "rockets").code == "PSE REB"
    assert not [a for a in actors if a.text == "strike"]


def test_bare_local_noun_takes_the_one_country_of_its_sentence(actors_of):
    actors = actors_of("Rebels attacked a convoy, the Sudanese government said. Troops fired on protesters.")
    assert find(actors, "Rebels").code == "SDN REB" and find(actors, "Rebels").method == "sentence-country"
    assert find(actors, "Troops").country is None  # one mention in another sentence: not a dominant country
    assert find(actors, "protesters").country is None  # no country named in that sentence


def test_role_text_names_the_organisation_naturally(actors_of):
    actors = actors_of("Fawzi Barhoumi, a spokesman for Hamas, said the talks failed.")
    assert find(actors, "Fawzi Barhoumi").role == "spokesman for Hamas"


def test_apposition_with_a_country_owner(actors_of):
    actors = actors_of("Fuad Hussein, Iraq's foreign minister, met the head of the IAEA.")
    minister = find(actors, "Fuad Hussein")
    assert (minister.code, minister.role) == ("IRQ GOV", "Iraq's foreign minister")
    assert not [a for a in actors if a.text == "Iraq"]
    assert find(actors, "head of the IAEA").code == "IGO GOV"
