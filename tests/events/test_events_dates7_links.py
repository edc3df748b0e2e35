"""Round 7 of event dates: an event with no date of its own takes the date of the event that caused
it, that it followed or answered, or that it refers back to; one the sentence marks as earlier
takes no date rather than the article's (events/date_links.py). Sentences written for these tests."""
from __future__ import annotations

import pytest

from eventwire.events import date_links
from eventwire.events.lexicon import LexiconError


def _event(doc, trigger: str):
    found = [e for e in doc.events if e.trigger.text == trigger]
    assert found, f"no event {trigger!r} in {[(e.type, e.trigger.text) for e in doc.events]}"
    return found[-1]


def _inherited(event, date: str, how: str, precision: int):
    assert (event.date, event.date_source) == (date, "event"), (event.date, event.date_source, event.method)
    assert f";date:{how}<-" in event.method
    assert event.precision["time"] == precision


def test_an_effect_takes_the_date_of_its_cause(code_text):
    doc = code_text("Rebels attacked an army base on Monday. The attack prompted the resignation of the defence minister.",
                    published="2024-03-20")
    _inherited(_event(doc, "resignation"), "2024-03-18", "cause", 1)
    assert _event(doc, "resignation").time == _event(doc, "attacked").time  # the expression that dates it


def test_a_passive_cause_verb_dates_its_subject(code_text):
    doc = code_text("Rebels attacked an army base on Monday. The resignation of the defence minister was prompted by the attack.",
                    published="2024-03-20")
    _inherited(_event(doc, "resignation"), "2024-03-18", "cause", 1)


def test_a_cause_dated_since_a_month_passes_the_month_on(code_text):
    # "since December" opens the state the decision started; its announcement prompted the resignation
    doc = code_text("The president has said since December that the war is over, defending his decision to withdraw the "
                    "troops. His initial announcement of the withdrawal prompted the resignation of the army chief.",
                    published="2019-03-18")
    _inherited(_event(doc, "resignation"), "2018-12", "cause", 3)


def test_came_after_and_in_response_to_date_by_the_earlier_event_within_a_week(code_text):
    doc = code_text("Militants stormed a prison on Saturday. The resignation of the interior minister came after the attack.",
                    published="2024-03-20")
    _inherited(_event(doc, "resignation"), "2024-03-16", "after", 2)
    doc = code_text("Gunmen killed ten villagers on Sunday. The army launched air strikes in response to the killings.",
                    published="2024-03-20")
    _inherited(_event(doc, "strikes"), "2024-03-17", "response", 2)
    doc = code_text("Thousands of people protested in the capital on Monday. Police arrested 30 people after the protest.",
                    published="2024-03-20")
    _inherited(_event(doc, "arrested"), "2024-03-18", "after", 2)


def test_a_definite_event_noun_refers_back_to_the_dated_event(code_text):
    doc = code_text("Police arrested the opposition leader on Tuesday. His lawyers said the arrest was illegal.",
                    published="2024-03-21")
    _inherited(_event(doc, "arrest"), "2024-03-19", "refers-back", 1)


def test_a_reporting_verbs_date_gives_way_to_the_event_referred_back_to(code_text):
    doc = code_text("Washington imposed sanctions on Moscow on Thursday. The Kremlin said on Friday the sanctions were illegal.",
                    published="2024-02-23")
    _inherited(_event(doc, "sanctions"), "2024-02-22", "refers-back", 1)


def test_an_event_inside_an_earlier_one_takes_its_date(code_text):
    doc = code_text("Gunmen stormed a prison on Sunday. Five guards were killed in the attack.", published="2024-03-20")
    _inherited(_event(doc, "killed"), "2024-03-17", "circumstance", 1)


def test_harm_done_by_an_earlier_event_takes_its_date(code_text):
    doc = code_text("Militants attacked a police station on Saturday. The attack killed two officers.", published="2024-03-20")
    _inherited(_event(doc, "killed"), "2024-03-16", "circumstance", 1)


def test_a_complement_of_a_past_verb_follows_its_antecedent(code_text):
    doc = code_text("Rebels attacked a base on Monday. The minister was forced to resign after the attack.",
                    published="2024-03-20")
    _inherited(_event(doc, "resign"), "2024-03-18", "after", 2)


@pytest.mark.parametrize("text", [
    "Rebels attacked a base on Monday. An attack on a market killed five people.",  # a new, indefinite attack
    "Russian troops attacked Kharkiv on Monday. The Ukrainian attack on Belgorod killed two people.",  # other side
    "Rebels attacked a base on Monday. The group says its attacks are legitimate.",  # a habit, not one event
    "Rebels attacked a base on Monday. The attack will prompt the resignation of the minister.",  # not past
    "The rebels threatened on Monday to attack the capital. The mayor took the threat seriously.",  # a danger
])
def test_no_link_keeps_the_article_date(code_text, text):
    doc = code_text(text, published="2024-03-20")
    later = [e for e in doc.events if e.sentence.start > 0]
    assert later and all(e.date_source == "article" and e.date == "2024-03-20" for e in later), \
        [(e.trigger.text, e.date, e.date_source, e.method) for e in later]


def test_an_event_the_sentence_marks_as_earlier_takes_no_article_date(code_text):
    doc = code_text("The protests prompted the resignation of then-Interior Minister John Smith.", published="2024-03-20")
    resignation = _event(doc, "resignation")
    assert (resignation.date, resignation.date_source) == (None, "before-article")
    assert "time" not in (resignation.precision or {})
    assert _event(doc, "protests").date_source == "article"  # "then-" is the resignation's, not the protests'
    doc = code_text("Police had previously arrested the journalist.", published="2024-03-20")
    assert _event(doc, "arrested").date_source == "before-article"


def test_an_event_with_its_own_date_keeps_it(code_text):
    doc = code_text("Rebels attacked a base in January. The minister resigned after the attack on Monday.",
                    published="2024-03-20")
    resigned = _event(doc, "resigned")
    assert (resigned.date, resigned.date_source) == ("2024-03-18", "time")


def test_the_word_list_file_is_checked_at_load(tmp_path, monkeypatch):
    (tmp_path / "date_links.yaml").write_text("version: 1\ncause_verbs: [prompt]\n", encoding="utf-8")
    monkeypatch.setattr(date_links, "DATA", tmp_path)
    monkeypatch.setattr("eventwire.events.lexicon.DATA", tmp_path)
    date_links.load_link_words.cache_clear()
    try:
        with pytest.raises(LexiconError, match="date_links.yaml.*cause_verbs"):
            date_links.load_link_words()
    finally:
        date_links.load_link_words.cache_clear()


def test_the_shipped_word_lists_load():
    words = date_links.load_link_words()
    assert words.cause_verbs["lead"] == "to" and "after" in words.sequence_preps
    assert {"initial", "previous"} <= words.earlier_modifiers


def test_the_example_resignation_is_dated_by_the_announcement_it_followed(example_document):
    # the resignation's cause, "the initial announcement of a full withdrawal", refers back to the
    # withdrawal decision the article dates with "since December"
    resignation = _event(example_document, "resignation")
    assert (resignation.date, resignation.date_source) == ("2018-12", "event"), resignation.method
