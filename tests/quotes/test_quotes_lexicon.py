"""The quotes stage's data files load, are big enough, and bad entries are named."""
import pytest

from eventwire.quotes import lexicon as lex


def test_cue_file_has_at_least_80_verbs_and_media():
    lexicon = lex.load_lexicon()
    assert len(lexicon.cues) >= 80
    assert lexicon.cues["tweet"].medium == "tweet"
    assert lexicon.cues["deny"].stance == "denied"
    assert {"tweet", "interview", "statement", "press conference", "report"} <= set(lexicon.media)
    assert lexicon.medium_of("news conference") == "press conference"
    assert "cnn" in lexicon.outlets


def test_bad_cue_entry_is_named():
    media = {"tweet": ("tweet",)}
    with pytest.raises(lex.LexiconError, match="cues.yaml.*'mumble'.*medium 'radio'"):
        lex._cues({"verbs": [{"lemma": "mumble", "medium": "radio"}]}, media)
    with pytest.raises(lex.LexiconError, match="listed twice"):
        lex._cues({"verbs": ["say", "say"]}, media)
    with pytest.raises(lex.LexiconError, match="stance"):
        lex._cues({"verbs": [{"lemma": "deny", "stance": "maybe"}]}, media)


def test_adjectives_and_speech_nouns_load_and_bad_entries_are_named():
    lexicon = lex.load_lexicon()
    assert "of" in lexicon.adjectives["critical"].preps
    assert lexicon.adjectives["adamant"].takes == frozenset({"clause", "infinitive"})
    assert lexicon.speech_nouns["statement"].takes == frozenset({"clause", "preposition"})
    assert "claim" in lexicon.speech_nouns
    with pytest.raises(lex.LexiconError, match="speech_nouns"):
        lex._adjectives({"speech_nouns": ["claim"]}, "speech_nouns")
    with pytest.raises(lex.LexiconError, match="adjectives.sure"):
        lex._adjectives({"adjectives": {"sure": "of"}}, "adjectives")


def test_source_nouns_and_headline_labels_load_and_bad_entries_are_named():
    lexicon = lex.load_lexicon()
    assert "poll" in lexicon.source_nouns and "the latest" in lexicon.headline_labels
    assert "opponent" in lexicon.speech_nouns and "liken" in lexicon.cues
    with pytest.raises(lex.LexiconError, match="cues.yaml.*headline_labels"):
        lex._strings("cues.yaml", "headline_labels", "the latest")


def test_a_bare_on_read_as_a_boolean_is_named():
    # YAML reads `[on]` as [True]; quoted, "on" is a preposition that cues match
    assert "on" in lex.load_lexicon().cues["focus"].preps
    with pytest.raises(lex.LexiconError, match="cues.yaml.*preposition_verbs.focus.*boolean"):
        lex._strings("cues.yaml", "preposition_verbs.focus", [True])
