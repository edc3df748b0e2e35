"""Actor and dyad coding on a second batch of eight wire-style articles written for the project
(fixtures/unseen/round7_*.txt): a disputed election in Maputo, Gaza ceasefire talks in Doha, a
North Korean missile launch, Kashmir border firing, a coup attempt in Bissau with ECOWAS, Haitian
gangs and the Kenyan-led mission, a European Parliament migration vote, Houthi attacks in the Red
Sea. Each test codes its article once and checks what an ACLED/PLOVER coder would: the key actors'
country and sector, and the actor/recipient countries of the main events."""
from __future__ import annotations

import pytest



def _actor(doc, text: str, nth: int = 0):
    found = [a for a in doc.actors if a.text == text]
    assert len(found) > nth, f"no actor {text!r} in {[a.text for a in doc.actors]}"
    return found[nth]


def _code(doc, text: str, nth: int = 0) -> str | None:
    return _actor(doc, text, nth).code


def _event(doc, trigger: str, inside: str):
    found = [e for e in doc.events if e.trigger.text == trigger and inside in e.sentence.text]
    assert found, f"no event {trigger!r} in a sentence with {inside!r}"
    return found[0]


def _codes(doc, ids: list[str]) -> set[str | None]:
    index = {a.id: a for a in doc.actors}
    return {index[i].code for i in ids}


def _countries(doc, ids: list[str]) -> set[str]:
    index = {a.id: a for a in doc.actors}
    return {index[i].country for i in ids if index[i].country}


def test_mozambique_disputed_election(coded):
    doc = coded("round7_01-mozambique-election.txt")
    assert _code(doc, "Mozambican police") == "MOZ COP"
    assert _actor(doc, "candidate Venancio Mondlane").country == "MOZ"
    assert _code(doc, "Podemos party") == "MOZ OPP"  # Mozambique's Podemos, not Spain's
    assert _code(doc, "protest leaders") == "MOZ OPP"  # not the government's leaders
    assert _code(doc, "opposition officials") == "MOZ OPP"
    assert _code(doc, "union") == "MOZ LAB"  # "the national teachers' union"
    assert _code(doc, "Constitutional Council") == "MOZ JUD"
    assert not [a for a in doc.actors if a.text == "assembly"]  # "the right to peaceful assembly"
    fired = _event(doc, "fired", "tear gas")
    assert _codes(doc, fired.actor) == {"MOZ COP"} and _codes(doc, fired.recipient) == {"MOZ OPP"}
    arrested = _event(doc, "arrested", "Security forces")
    assert _codes(doc, arrested.actor) == {"MOZ COP"} and _countries(doc, arrested.recipient) == {"MOZ"}
    urged = _event(doc, "urged", "human rights office")
    assert _countries(doc, urged.actor) == {"IGO"} and _countries(doc, urged.recipient) == {"MOZ"}


def test_gaza_ceasefire_talks(coded):
    doc = coded("round7_02-gaza-ceasefire-talks.txt")
    assert _code(doc, "Qatari") == "QAT GOV" and _code(doc, "Egyptian mediators") == "EGY GOV"
    assert _code(doc, "Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani") == "QAT GOV"
    assert _code(doc, "Egyptian intelligence chief Hassan Rashad") == "EGY SPY"
    assert _code(doc, "Hamas official Osama Hamdan") == "PSE REB"
    assert _code(doc, "ministry") == "PSE GOV"  # "the enclave's health ministry"
    assert _code(doc, "it") == "ISR MIL"  # "The Israeli military said it had struck"
    backed = _actor(doc, "Iran-backed group")  # after "Hezbollah fired dozens of rockets"
    assert (backed.code, backed.entity) == ("LBN REB", "HEZBOLLAH")
    assert _code(doc, "commanders") == "LBN REB"
    met = _event(doc, "met", "mediators")
    assert _countries(doc, met.actor) == {"QAT", "EGY"} and _countries(doc, met.recipient) == {"PSE"}
    struck = _event(doc, "struck", "Israeli military")
    assert _countries(doc, struck.actor) == {"ISR"} and _codes(doc, struck.recipient) == {"PSE REB"}
    fired = _event(doc, "fired", "Hezbollah")
    assert _countries(doc, fired.actor) == {"LBN"} and _countries(doc, fired.recipient) == {"ISR"}


def test_north_korea_missile_launch(coded):
    doc = coded("round7_03-north-korea-missile.txt")
    assert _code(doc, "Joint Chiefs of Staff") == "KOR MIL"  # South Korea's, not the Pentagon's
    assert _code(doc, "Japanese Prime Minister Shigeru Ishiba") == "JPN GOV"
    assert _code(doc, "Japan's Defence Ministry") == "JPN GOV"
    assert _code(doc, "South Korean President Yoon Suk Yeol") == "KOR GOV"
    assert _code(doc, "Minister Kim Yung-ho") == "KOR GOV"  # the South's unification minister
    assert _code(doc, "officials") == "KOR GOV"  # whom Yoon ordered
    assert _code(doc, "Kim Yo Jong") == "PRK GOV"
    assert _countries(doc, _event(doc, "fired", "ballistic missile").actor) == {"PRK"}
    protest = _event(doc, "protest", "Tokyo")
    assert _countries(doc, protest.actor) == {"JPN"} and _countries(doc, protest.recipient) == {"PRK"}
    sanctions = _event(doc, "impose", "sanctions")
    assert _countries(doc, sanctions.actor) == {"KOR"} and _codes(doc, sanctions.recipient) == {"PRK GOV"}


def test_india_pakistan_border_firing(coded):
    doc = coded("round7_04-india-pakistan-loc.txt")
    assert _code(doc, "Indian Army") == "IND MIL"
    assert _code(doc, "soldiers") == "IND MIL"  # "The Indian Army said ... its soldiers responded"
    assert _code(doc, "Inter-Services Public Relations") == "PAK MIL"
    assert _code(doc, "Pakistan's Foreign Office") == "PAK GOV"
    assert _code(doc, "Indian charge d'affaires in Islamabad") == "IND GOV"
    assert _code(doc, "police officer") == "IND COP"  # not Pakistan's: the men came from there
    assert _code(doc, "Indian", 1) == "IND MIL"  # "destroyed two Indian bunkers"
    exchanged = _event(doc, "killing", "exchanged fire")
    assert _countries(doc, exchanged.actor) == {"IND", "PAK"}
    shelled = _event(doc, "shelled", "Indian forces")
    assert _countries(doc, shelled.actor) == {"IND"}
    destroyed = _event(doc, "destroyed", "bunkers")
    assert _codes(doc, destroyed.actor) == {"PAK MIL"} and _codes(doc, destroyed.recipient) == {"IND MIL"}
    summoned = _event(doc, "summoned", "charge d'affaires")
    assert _codes(doc, summoned.actor) == {"PAK GOV"} and _codes(doc, summoned.recipient) == {"IND GOV"}
    killed = _event(doc, "killed", "Kupwara")
    assert _codes(doc, killed.actor) == {"IND COP"} and _countries(doc, killed.recipient) == {"IND"}


def test_guinea_bissau_coup_attempt(coded):
    doc = coded("round7_05-guinea-bissau-coup.txt")
    assert _code(doc, "President Umaro Sissoco Embalo") == "GNB GOV"
    assert _actor(doc, "Guinea-Bissau").kind == "country"  # "Guinea-Bissau's capital" is no organisation
    assert _code(doc, "Residents of Bissau") == "GNB CVL"
    assert _code(doc, "Government spokesman Fernando Vaz") == "GNB GOV"
    bloc = _actor(doc, "bloc")  # "The regional bloc has a stabilisation force"
    assert (bloc.country, bloc.entity) == ("IGO", "ECOWAS")
    assert _code(doc, "Nigerian President Bola Tinubu") == "NGA GOV"
    assert _code(doc, "Opposition leader Domingos Simoes Pereira") == "GNB OPP"
    assert _code(doc, "PAIGC") == "GNB PTY"
    attacked = _event(doc, "attacked", "presidential palace")
    assert _codes(doc, attacked.actor) == {"GNB MIL"} and _countries(doc, attacked.recipient) == {"GNB"}
    repelled = _event(doc, "repelled", "attackers")
    assert _codes(doc, repelled.actor) == {"GNB MIL"} and _codes(doc, repelled.recipient) == {"GNB UAF"}
    assert _countries(doc, _event(doc, "condemned", "Economic Community").actor) == {"IGO"}
    detained = _event(doc, "detained", "lawmakers")
    assert _codes(doc, detained.actor) == {"GNB COP"} and _codes(doc, detained.recipient) == {"GNB LEG"}


def test_haiti_gangs_and_the_kenyan_led_mission(coded):
    doc = coded("round7_06-haiti-gangs-kenya-mission.txt")
    assert _code(doc, "Kenyan police officers") == "KEN COP"
    gunmen = _actor(doc, "Gunmen")  # "Gunmen from the Viv Ansanm coalition"
    assert (gunmen.code, gunmen.entity) == ("HTI CRM", "VIVANSANM")
    assert {a.entity for a in doc.actors if a.text == "coalition"} == {"VIVANSANM"}
    assert _code(doc, "former police officer Jimmy Cherizier") == "HTI CRM"  # a gang leader now
    assert _code(doc, "Multinational Security Support mission") == "IGO COP"
    assert _code(doc, "Prime Minister Garry Conille") == "HTI GOV"
    assert _code(doc, "gang members") == "HTI CRM"
    assert _code(doc, "gunmen") == "HTI UAF"  # "A local mayor in the Artibonite region said gunmen"
    assert _code(doc, "police station") == "HTI COP"  # "a police station in Haiti's capital"
    attacked = _event(doc, "attacked", "police station")
    assert _codes(doc, attacked.actor) == {"HTI CRM"} and _codes(doc, attacked.recipient) == {"HTI COP"}
    killed = _event(doc, "killed", "gang members")
    assert _codes(doc, killed.recipient) == {"HTI CRM"}
    assert _countries(doc, _event(doc, "attacked", "Pont-Sonde").actor) == {"HTI"}
    assert _countries(doc, _event(doc, "urged", "human rights office").actor) == {"IGO"}  # not the gangs
    assert _codes(doc, _event(doc, "promised", "Conille").actor) == {"HTI GOV"}  # not the residents


def test_european_parliament_migration_vote(coded):
    doc = coded("round7_07-eu-migration-vote.txt")
    assert _code(doc, "European Parliament") == "IGO LEG"
    lawmakers = _actor(doc, "Lawmakers")
    assert (lawmakers.code, lawmakers.entity) == ("IGO LEG", "EP")
    assert _code(doc, "European People's Party") == "IGO PTY"
    assert _actor(doc, "bloc").country == "IGO"  # "the bloc needed to show voters"
    assert _code(doc, "Italian Interior Minister Matteo Piantedosi") == "ITA GOV"
    assert _code(doc, "Hungary's government") == "HUN GOV"
    assert _code(doc, "Polish Prime Minister Donald Tusk") == "POL GOV"
    assert _code(doc, "Sea-Watch") == "NGO"  # a German charity, not Italy's
    assert _code(doc, "Amnesty International") == "NGO"
    assert not [a for a in doc.actors if a.text == "Lampedusa"]  # "detained ... in Lampedusa" is a place
    assert _countries(doc, _event(doc, "backed", "Lawmakers").actor) == {"IGO"}
    assert _countries(doc, _event(doc, "urged", "Save the Children").actor) == {"NGO"}
    assert _countries(doc, _event(doc, "detained", "Sea-Watch").actor) == {"ITA"}


def test_red_sea_houthi_attacks_and_strikes(coded):
    doc = coded("round7_08-red-sea-houthis.txt")
    assert _code(doc, "Houthi movement") == "YEM REB"
    assert _code(doc, "British forces") == "GBR MIL"
    assert _code(doc, "United Kingdom Maritime Trade Operations") == "GBR MIL"
    assert _code(doc, "UKMTO") == "GBR MIL"
    assert _actor(doc, "firm Ambrey").kind == "organization"
    assert _code(doc, "Houthi military spokesman Yahya Saree") == "YEM REB"
    group = _actor(doc, "group")  # "Saree said ... the group had targeted the ship"
    assert (group.code, group.entity) == ("YEM REB", "HOUTHI")
    assert _code(doc, "Houthi-run health ministry") == "YEM GOV"
    assert _code(doc, "British Defence Secretary John Healey") == "GBR GOV"
    assert _code(doc, "drones") == "YEM REB"  # "two Houthi drones" are the group's
    assert _code(doc, "Aspides") == "IGO MIL"
    assert _code(doc, "frigates") == "IGO MIL"  # "Aspides, said one of its frigates shot down"
    shot = _event(doc, "shot", "frigates")
    assert _countries(doc, shot.actor) == {"IGO"} and _codes(doc, shot.recipient) == {"YEM REB"}
    attacked = _event(doc, "attacked", "oil tanker")
    assert _countries(doc, attacked.actor) == {"YEM"} and _countries(doc, attacked.recipient) == {"GRC"}
    struck = _event(doc, "struck", "missile launchers")
    assert _codes(doc, struck.actor) == {"USA MIL", "GBR MIL"}
    targeted = _event(doc, "targeted", "Saree")
    assert _codes(doc, targeted.actor) == {"YEM REB"}
