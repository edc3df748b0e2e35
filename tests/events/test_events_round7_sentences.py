"""Round 7: "who/which" clauses on another event's participant, telegraphic headlines, "no longer",
mishaps, light verbs with a participle, killing force, chained participles, and
`data/typed_sentences_round7.tsv` (349 sentences written for the project)."""
from __future__ import annotations

import pytest


def _asserted(doc) -> set[str]:
    """Asserted types as `eventwire eval events` counts them (hypothetical events left out)."""
    return {e.type for e in doc.events if not e.hypothetical}


def _coded_right(expected: str, doc, strict: bool = False) -> bool:
    """"-": no asserted event; "TYPE:hypothetical": that type, asserted or not; strict: no other type."""
    if expected.endswith(":hypothetical"):
        return expected.split(":")[0] in {e.type for e in doc.events}
    asserted = _asserted(doc)
    if expected == "-":
        return not asserted
    return asserted == {expected} if strict else expected in asserted


def test_round7_sentences_get_their_type(typed_sentences):
    rows = typed_sentences("typed_sentences_round7.tsv")
    assert len(rows) >= 340
    misses = [(expected, text) for expected, text, doc in rows if not _coded_right(expected, doc)]
    assert len(misses) <= len(rows) // 16, misses  # 17 of 349 missed at the end of round 7 (44 before)
    extra = [(expected, text, sorted(_asserted(doc))) for expected, text, doc in rows
             if not _coded_right(expected, doc, strict=True)]
    assert len(extra) <= len(rows) // 12, extra  # 23 of 349 with a wrong or extra type (55 before)


@pytest.mark.parametrize("text, types", [
    # on an object of the news the clause is background: a coder codes the blame, the arrest
    ("Officials blamed Hamas, which attacked Israel on Saturday.", {"ACCUSE"}),
    ("Police arrested three men who attacked a synagogue last month.", {"COERCE"}),
    ("The UN called on both sides, who have fought for a decade, to return to talks.", {"REQUEST"}),
    # on the subject it is part of the news
    ("Rebels who attacked the town on Monday fled into the hills.", {"ASSAULT", "RETREAT"}),
])
def test_a_relative_clause_on_an_object_of_the_news_is_background(code_text, text, types):
    assert _asserted(code_text(text)) == types


def test_a_participle_modifier_refers_back_to_its_event(code_text):
    doc = code_text("India returned the bodies of two soldiers killed in the clash.")
    assert _asserted(doc) == {"RETREAT"}


@pytest.mark.parametrize("text, type_", [
    ("Rebels attack army post in north", "ASSAULT"),
    ("Police detain opposition leader in Minsk", "COERCE"),
    ("US expels two Cuban diplomats", "SANCTION"),
])
def test_telegraphic_headlines_read_their_verb(code_text, text, type_):
    assert type_ in _asserted(code_text(text))


def test_a_headline_reading_needs_a_headline(code_text):
    # with a final stop it is prose: the noun compound stays a noun, and sport "beat" is no attack
    assert not _asserted(code_text("The striker scored twice as United beat Chelsea."))
    assert not _asserted(code_text("The museum displays an attack helicopter."))


def test_a_headline_verb_has_its_actor(code_text, event_of):
    doc = code_text("Militants attack police station in Peshawar")
    assault = event_of(doc, "ASSAULT")
    assert {doc.actor(i).text for i in assault.actor} == {"Militants"}


def test_no_longer_negates(code_text):
    doc = code_text("Georgia said it would no longer negotiate with Moscow.")
    assert _asserted(doc) == {"REJECT"}
    assert all(e.negated for e in doc.events if e.type == "CONSULT")


@pytest.mark.parametrize("text", [
    "A bus plunged into a ravine, killing 20 passengers.",
    "The ferry capsized in a storm, drowning 40 people.",
])
def test_what_a_mishap_kills_is_no_attack(code_text, text):
    assert "ASSAULT" not in _asserted(code_text(text))


def test_a_participle_on_a_light_verb_is_part_of_its_noun(code_text, event_of):
    doc = code_text("Spain lodged a formal protest with Morocco, accusing it of violating its waters.")
    assert [e.type for e in doc.events if not e.hypothetical] == ["ACCUSE"]
    doc = code_text("Rebels launched an attack on the town, killing 12 soldiers and wounding 20.")
    assert [e.type for e in doc.events] == ["ASSAULT"]
    assert event_of(doc, "ASSAULT").size == {"killed": 12, "injured": 20}


def test_chained_participles_keep_their_sizes(code_text, event_of):
    doc = code_text("Rebels attacked the town, killing 12 soldiers and wounding 20.")
    assert event_of(doc, "ASSAULT").size == {"killed": 12, "injured": 20}


def test_force_that_kills_is_an_assault(code_text, event_of):
    doc = code_text("Soldiers fired tear gas and live rounds at the crowd, killing three demonstrators.")
    assert _asserted(doc) == {"ASSAULT"}
    assert event_of(doc, "ASSAULT").size.get("killed") == 3
    assert _asserted(code_text("Police fired tear gas to disperse the crowd.")) == {"COERCE"}


@pytest.mark.parametrize("text, type_", [
    ("Two engineers were taken from their bus by armed men.", "COERCE"),
    ("Gunmen took the two teachers away.", "COERCE"),
    ("The kidnappers set free an Austrian tourist.", "RETREAT"),
    ("Hackers broke into the ministry's computer network.", "COERCE"),
    ("Negotiators returned to the negotiating table on Monday.", "CONSULT"),
    ("The two leaders exchanged views on the crisis.", "CONSULT"),
    ("Syria ended its military presence in Lebanon.", "RETREAT"),
    ("Lithuania kicked out two Russian diplomats.", "SANCTION"),
    ("The government ordered 10,000 police officers onto the streets.", "MOBILIZE"),
    ("Dockworkers walked off the job in a dispute over pay.", "PROTEST"),
    ("Striking workers occupied the factory.", "PROTEST"),
    ("Serb forces drove thousands of villagers from their homes.", "ASSAULT"),
    ("The rebels handed over 50 prisoners of war.", "RETREAT"),
    ("Pyongyang said it reserved the right to respond.", "THREATEN"),
])
def test_round7_phrasings(code_text, text, type_):
    assert type_ in _asserted(code_text(text))


@pytest.mark.parametrize("text", [
    "The film captures the life of a family in wartime Sarajevo.",
    "Keep the keys handy and take them away from anyone who has been drinking.",
    "I have missed sitting at that part of the table.",
    "China held live-fire military exercises off its coast.",
])
def test_round7_non_events(code_text, text):
    assert not _asserted(code_text(text)) - {"MOBILIZE"}  # the drill is a show of force, not a ceasefire
