"""Round 5: the scene-setting clause of a sentence, nominalisations of trigger verbs, harm done by a
non-violent event noun, and what an actor calls an act."""
from __future__ import annotations

import pytest

from eventwire.events.lexicon import LexiconError, _nominal_triggers, load_lexicon


def _asserted(doc):
    return sorted(e.type for e in doc.events if not e.hypothetical and not e.negated)


@pytest.mark.parametrize("text, types", [
    ("Italy recalled its ambassador from Belgrade after gunmen attacked the embassy.", ["SANCTION"]),
    ("The interior minister resigned as protesters stormed the parliament building.", ["RETREAT"]),
    ("Police arrested 30 students when they marched on the palace.", ["COERCE"]),
    ("The government lifted the curfew on Monday, a day after rebels shelled the airport.", ["CONCEDE"]),
    # the news is a noun: the clause still sets its scene
    ("Greece announced a suspension of flights to Turkey on Monday, a day after Turkish jets shot down a Greek drone.",
     ["SANCTION"]),
    # a "where" clause on a place looks back: its "killed in clashes" is no event of the sentence
    ("Hundreds of students demonstrated in Pristina, where 20 people were killed in clashes last year.", ["PROTEST"]),
])
def test_a_temporal_clause_under_the_news_is_background(code_text, text, types):
    assert _asserted(code_text(text)) == types


def test_a_temporal_clause_alone_still_reports(code_text):
    # nothing else is coded in the sentence: the clause's event is the news
    assert "ASSAULT" in _asserted(code_text("After rebels attacked the town, residents fled into the forest."))


def test_a_participle_on_the_news_verb_is_part_of_it(code_text):
    assert _asserted(code_text("Israel rejected the plan, urging Egypt to propose a new one.")) == ["REJECT"]
    # a dateline the parser took for the subject still lets the nominal attack through
    doc = code_text("GOMA, Congo - Suspected rebels killed at least 30 civilians in overnight attacks on two villages, officials said.")
    assert "ASSAULT" in _asserted(doc)


@pytest.mark.parametrize("text, type_", [
    ("The rebels called off their offensive on the capital.", "RETREAT"),
    ("The guerrillas renounced violence on Monday.", "RETREAT"),
    ("The junta gave its approval to the peace plan on Tuesday.", "AGREE"),
    ("Jordan put pressure on the PLO to accept the plan.", "REQUEST"),
    ("The president hinted at military action against the rebels.", "THREATEN"),
    ("The two sides came to terms on a new border arrangement.", "AGREE"),
])
def test_round5_phrasings(code_text, text, type_):
    assert type_ in _asserted(code_text(text))


def test_a_nominalisation_codes_like_its_verb(code_text, event_of):
    doc = code_text("The imposition of sanctions on Iran by the European Union angered Tehran.")
    event = event_of(doc, "SANCTION")
    assert event.trigger.text == "imposition"
    assert "nominal-of:impose" in event.method
    assert {doc.actor(i).text for i in event.actor} == {"European Union"}


@pytest.mark.parametrize("text, type_", [
    ("The deportation of 300 migrants by Italy drew criticism from rights groups.", "COERCE"),
    ("The closure of the border by Pakistan stranded thousands of trucks.", "SANCTION"),
    ("The easing of restrictions on the press came after the talks.", "CONCEDE"),
    ("The confiscation of farmland by the army angered villagers.", "COERCE"),
])
def test_nominalisations_of_trigger_verbs(code_text, text, type_):
    assert type_ in _asserted(code_text(text))


@pytest.mark.parametrize("text", [
    "The closure of the factory left 300 workers without jobs.",
    "The approval of the budget took three weeks.",
    "The removal of snow from the roads took two days.",
])
def test_a_nominalisation_needs_the_object_its_verb_needs(code_text, text):
    assert _asserted(code_text(text)) == []


def test_harm_done_by_a_non_violent_event_noun_is_figurative(code_text):
    assert _asserted(code_text("Sanctions have hit the Iranian economy hard.")) == ["SANCTION"]
    assert _asserted(code_text("The suspension of aid by donors hit the budget.")) == ["SANCTION"]
    assert "ASSAULT" in _asserted(code_text("A car bomb killed 12 people in Kabul on Monday."))


@pytest.mark.parametrize("text", [
    "Beijing described the visit as a hostile act.",
    "Seoul called the missile launch an act of aggression.",
    "The ministry labelled the raid a violation of its sovereignty.",
])
def test_calling_an_act_a_hostile_one_accuses(code_text, text):
    assert "ACCUSE" in _asserted(code_text(text))


def test_nominalisation_entries_are_validated_by_name():
    triggers = load_lexicon().triggers
    with pytest.raises(LexiconError, match="nominalizations.yaml: entry 1.*no verb entry"):
        _nominal_triggers(triggers, {"version": 1, "nominalizations": [{"noun": "glorification", "verb": "glorify"}]})
    with pytest.raises(LexiconError, match="nominalizations.yaml: entry 1.*needs text"):
        _nominal_triggers(triggers, {"version": 1, "nominalizations": [{"noun": "imposition", "verbs": "impose"}]})
    derived = load_lexicon().by_lemma[("imposition", "noun")]
    assert derived and all(t.nominal_of == "impose" for t in derived)


def _coded_right(expected: str, doc) -> bool:
    """"-": no asserted event; "TYPE:hypothetical": an event of that type, asserted or not."""
    if expected.endswith(":hypothetical"):
        return expected.split(":")[0] in {e.type for e in doc.events}
    asserted = _asserted(doc)
    return not asserted if expected == "-" else expected in asserted


def test_round5_sentences_get_their_type(typed_sentences):
    rows = typed_sentences("typed_sentences_round5.tsv")
    assert len(rows) >= 250
    misses = [(expected, text) for expected, text, doc in rows if not _coded_right(expected, doc)]
    assert len(misses) <= len(rows) // 8, misses  # 28 of 253 missed at the end of round 5
