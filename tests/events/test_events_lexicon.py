"""The event data files load, cover every PLOVER type, and reject malformed entries by name."""
from __future__ import annotations

import pytest

from eventwire.events.lexicon import LexiconError, _trigger, load_lexicon

PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


def test_every_type_has_triggers_and_a_definition():
    lex = load_lexicon()
    assert {t.type for t in lex.triggers} == PLOVER_TYPES
    assert set(lex.types) == PLOVER_TYPES
    assert all(lex.types[t]["definition"] for t in PLOVER_TYPES)


def test_every_mode_used_is_defined():
    lex = load_lexicon()
    used = {t.mode for t in lex.triggers if t.mode} | set(lex.assault_modes)
    assert used <= set(lex.modes)


def test_nominal_triggers_exist_for_common_news_nouns():
    lex = load_lexicon()
    for noun, expected in (("resignation", "RETREAT"), ("airstrike", "ASSAULT"), ("backlash", "ACCUSE"), ("offensive", "ASSAULT")):
        assert lex.by_lemma[(noun, "noun")][0].type == expected


def test_constrained_entries_are_tried_before_bare_ones():
    entries = load_lexicon().by_lemma[("open", "verb")]
    assert entries[0].specificity >= entries[-1].specificity


def test_unknown_key_is_reported_with_the_entry():
    with pytest.raises(LexiconError, match="entry 3.*unknown keys"):
        _trigger("ASSAULT", 4, {"lemmas": ["attack"], "pos": "verb", "cameo": "190", "weapon": "gun"}, "triggers.yaml: ASSAULT entry 3", {})


def test_undefined_mode_is_reported():
    with pytest.raises(LexiconError, match="mode 'flying'"):
        _trigger("ASSAULT", 4, {"lemmas": ["attack"], "pos": "verb", "cameo": "190", "mode": "flying"}, "x", {"aerial": "."})


def test_acled_rules_name_known_types():
    lex = load_lexicon()
    assert lex.acled_rules and all(rule["type"] in PLOVER_TYPES for rule in lex.acled_rules)


def test_place_nouns_load():
    from eventwire.events.descriptions import place_nouns

    nouns = place_nouns()
    assert {"enclave", "town", "camp"} <= nouns and "country" not in nouns


def test_military_strikes_are_not_labour_strikes(code_text):
    doc = code_text("Drones hit the port overnight. The ministry said its strikes were aimed at military depots.")
    assert "PROTEST" not in {e.type for e in doc.events}
    doc = code_text("Nurses at three public hospitals went on strike on Thursday over unpaid salaries.")
    assert [e.type for e in doc.events if e.trigger.text == "strike"] == ["PROTEST"]
