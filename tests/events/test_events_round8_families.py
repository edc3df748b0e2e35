"""Round 8 of event coding on unseen-style news: where fighters come from is no target, a judgement
is no threat, warnings of force and ultimatums are threats, an agreement is made with a party,
releases, aid put on hold, persona non grata. All sentences are written for these tests."""
from __future__ import annotations

import pytest

from eventwire.model import Article

SENTENCES = [
    "About 40 fighters infiltrated from Sudan and stormed a village in eastern Chad.",
    "A patrol said the raiders had infiltrated from Tajikistan.",
    "The nuclear test threatened stability across the region, the foreign minister said.",
    "The drought threatens the livelihoods of millions of farmers.",
    "The dispute threatens the peace process, analysts said.",
    "The rebel commander threatened to attack the capital.",
    "Iran threatened Israel with a crushing response.",
    "The general threatened the protesters with arrest.",
    "The prime minister warned of military action if the militia refused to disarm.",
    "Turkey said it would not hesitate to launch a military operation against Kurdish fighters.",
    "The president hesitated to send troops to the border.",
    "The protesters gave the governor until Monday to step down or face a general strike.",
    "Military leaders gave the president 48 hours to resign.",
    "The government said it would take military action against the rebels.",
    "The two governments agreed to withdraw soldiers from the disputed area.",
    "Armenia and Azerbaijan agreed to a ceasefire in Nagorno-Karabakh.",
    "Egypt agreed with Sudan to reopen the border crossing.",
    "The militia let four aid workers go unharmed.",
    "The pirates set the crew free after a ransom was paid.",
    "Police let the marchers pass.",
    "The World Bank has put its lending to the country on hold.",
    "The government put the peace talks on hold after the bombing.",
    "The company put the product launch on hold.",
    "Belgium declared an Iranian diplomat persona non grata on Tuesday.",
    "Canada slaps visa ban on Russian officials",
    "The Red Cross renewed its call today that the rebels release the prisoners.",
    "Officials said that the rebels released the prisoners.",
    "The military government ordered the independent radio station to stop broadcasting.",
    "The junta ordered two newspapers to suspend publication for a month.",
]


@pytest.fixture(scope="module")
def coded(pipeline):
    docs = pipeline.process_partition([Article(id=f"r8-{i}", text=t, published="2024-06-01") for i, t in enumerate(SENTENCES)])
    return dict(zip(SENTENCES, docs))


def _asserted(doc, type_=None):
    return [e for e in doc.events if not e.hypothetical and not e.negated and (type_ is None or e.type == type_)]


def _countries(doc, ids):
    return {doc.actor(i).country for i in ids}


@pytest.mark.parametrize("text,origin", [
    ("About 40 fighters infiltrated from Sudan and stormed a village in eastern Chad.", "SDN"),
    ("A patrol said the raiders had infiltrated from Tajikistan.", "TJK"),
])
def test_where_fighters_come_from_is_no_target(coded, text, origin):
    doc = coded[text]
    assert _asserted(doc, "ASSAULT"), [(e.type, e.trigger.text) for e in doc.events]
    for event in doc.events:
        assert origin not in _countries(doc, event.recipient), (event.type, event.trigger.text, event.method)


@pytest.mark.parametrize("text", [
    "The nuclear test threatened stability across the region, the foreign minister said.",
    "The drought threatens the livelihoods of millions of farmers.",
    "The dispute threatens the peace process, analysts said.",
])
def test_something_endangering_a_good_is_no_threat(coded, text):
    assert not [e for e in coded[text].events if e.type == "THREATEN"]


@pytest.mark.parametrize("text,recipient", [
    ("The rebel commander threatened to attack the capital.", None),
    ("Iran threatened Israel with a crushing response.", "ISR"),
    ("The general threatened the protesters with arrest.", None),
])
def test_threats_by_actors_still_code(coded, event_of, text, recipient):
    event = event_of(coded[text], "THREATEN")
    assert event.actor and not event.negated
    if recipient:
        assert recipient in _countries(coded[text], event.recipient)


@pytest.mark.parametrize("text,target", [
    ("The prime minister warned of military action if the militia refused to disarm.", "militia"),
    ("Turkey said it would not hesitate to launch a military operation against Kurdish fighters.", "Kurdish fighters"),
    ("The protesters gave the governor until Monday to step down or face a general strike.", "governor"),
    ("Military leaders gave the president 48 hours to resign.", "president"),
    ("The government said it would take military action against the rebels.", "rebels"),
])
def test_warnings_of_force_and_ultimatums_are_threats(coded, text, target):
    doc = coded[text]
    threats = _asserted(doc, "THREATEN")
    assert threats, [(e.type, e.trigger.text, e.negated, e.hypothetical) for e in doc.events]
    assert threats[0].actor
    assert any(target in doc.actor(i).text for i in threats[0].recipient), threats[0].recipient


def test_hesitating_is_no_statement_of_intent(coded):
    doc = coded["The president hesitated to send troops to the border."]
    assert not _asserted(doc, "THREATEN") and not _asserted(doc, "AGREE") and not _asserted(doc, "MOBILIZE")


def test_not_hesitating_is_asserted_not_negated(coded):
    doc = coded["Turkey said it would not hesitate to launch a military operation against Kurdish fighters."]
    threat = _asserted(doc, "THREATEN")[0]
    assert "hesitate" in threat.method and _countries(doc, threat.actor) == {"TUR"}


def test_agreement_is_not_with_the_troops_it_moves(coded, event_of):
    doc = coded["The two governments agreed to withdraw soldiers from the disputed area."]
    agree = event_of(doc, "AGREE")
    assert not any("soldier" in doc.actor(i).text for i in agree.recipient)


def test_agreement_is_with_the_other_party_not_the_place(coded, event_of):
    doc = coded["Armenia and Azerbaijan agreed to a ceasefire in Nagorno-Karabakh."]
    agree = event_of(doc, "AGREE")
    assert _countries(doc, agree.actor) == {"ARM"}
    assert _countries(doc, agree.recipient) == {"AZE"}


def test_agreement_with_a_named_party_keeps_it(coded, event_of):
    doc = coded["Egypt agreed with Sudan to reopen the border crossing."]
    assert _countries(doc, event_of(doc, "AGREE").recipient) == {"SDN"}


@pytest.mark.parametrize("text", [
    "The militia let four aid workers go unharmed.",
    "The pirates set the crew free after a ransom was paid.",
])
def test_letting_people_go_is_a_release(coded, event_of, text):
    event = event_of(coded[text], "RETREAT")
    assert "release" in event.mode and event.actor and not event.hypothetical


def test_letting_people_act_stays_a_concession(coded):
    doc = coded["Police let the marchers pass."]
    assert not [e for e in doc.events if e.type == "RETREAT"]


@pytest.mark.parametrize("text", [
    "The World Bank has put its lending to the country on hold.",
    "The government put the peace talks on hold after the bombing.",
])
def test_aid_or_talks_on_hold_are_sanctions(coded, event_of, text):
    event = event_of(coded[text], "SANCTION")
    assert event.actor and "put" in event.trigger.text


def test_other_things_on_hold_are_no_event(coded):
    assert not coded["The company put the product launch on hold."].events


def test_persona_non_grata_is_an_expulsion_of_the_diplomats_state(coded, event_of):
    doc = coded["Belgium declared an Iranian diplomat persona non grata on Tuesday."]
    event = event_of(doc, "SANCTION")
    assert "expel" in event.mode
    assert _countries(doc, event.actor) == {"BEL"} and _countries(doc, event.recipient) == {"IRN"}


def test_headline_ban_named_by_what_it_stops_is_a_sanction(coded):
    doc = coded["Canada slaps visa ban on Russian officials"]
    assert [e.type for e in _asserted(doc)] == ["SANCTION"]


def test_also_object_is_validated(tmp_path):
    from eventwire.events.lexicon import LexiconError, _trigger

    with pytest.raises(LexiconError, match="also_object"):
        _trigger("SANCTION", 4, {"lemmas": ["put"], "pos": "verb", "cameo": "166", "also_object": "aid"}, "test entry", {})


def test_what_a_demand_asks_for_has_not_happened(coded, event_of):
    doc = coded["The Red Cross renewed its call today that the rebels release the prisoners."]
    assert event_of(doc, "REQUEST").actor
    assert event_of(doc, "RETREAT").hypothetical
    assert not event_of(coded["Officials said that the rebels released the prisoners."], "RETREAT").hypothetical


@pytest.mark.parametrize("text", [
    "The military government ordered the independent radio station to stop broadcasting.",
    "The junta ordered two newspapers to suspend publication for a month.",
])
def test_ordering_a_paper_or_station_to_stop_is_a_ban(coded, text):
    doc = coded[text]
    asserted = _asserted(doc)
    assert [(e.type, e.mode) for e in asserted] == [("COERCE", ["ban"])], [(e.type, e.trigger.text) for e in doc.events]
    assert asserted[0].actor
