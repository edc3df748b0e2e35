"""Round 8 of event dates: a date on a noun names that thing's date ("the 2021 ceasefire
understanding"), a deadline or a date of an action asked for or promised is not the date of the
asking or promising, a "since" span stays with its own verb, and a dated occasion ("at its July
summit") still dates the event. Sentences written for these tests (published Monday 2024-03-18)."""
from __future__ import annotations


def _dates_of(doc):
    return {e.trigger.text: (e.date, e.date_source) for e in doc.events}


def test_a_year_on_a_noun_dates_that_thing_not_the_event(code_text):
    doc = code_text("Pakistan's Foreign Office summoned the Indian envoy to lodge a protest over a violation "
                    "of the 2021 ceasefire understanding.")
    assert _dates_of(doc)["summoned"] == ("2024-03-18", "article")


def test_a_deadline_of_a_promise_is_not_the_promise_date(code_text):
    doc = code_text("Prime Minister Garry Conille promised to restore order before the end of the year.")
    assert _dates_of(doc)["promised"] == ("2024-03-18", "article")


def test_a_date_of_the_action_asked_for_is_not_the_request_date(code_text):
    doc = code_text("The U.N. office urged the authorities to respect the right to assembly and to "
                    "investigate the killing of two opposition officials last week.")
    assert _dates_of(doc)["urged"] == ("2024-03-18", "article")


def test_a_since_span_stays_with_its_own_verb(code_text):
    doc = code_text("The rights office said gangs had killed more than 500 people in Haiti since January "
                    "and urged donors to stop the flow of weapons.")
    found = _dates_of(doc)
    assert found["killed"] == ("2024-01", "time")
    assert found["urged"] == ("2024-03-18", "article")


def test_a_dated_occasion_still_dates_the_event(code_text):
    doc = code_text("NATO leaders ordered the deployment of four battalions at their July summit in Warsaw.")
    assert _dates_of(doc)["ordered"][0] == "2023-07"


def test_a_clock_time_takes_the_story_day_named_before(code_text):
    doc = code_text("Soldiers attacked the presidential palace on Friday, officials said.\n\n"
                    "Residents said heavy gunfire erupted near the palace shortly before noon.")
    assert _dates_of(doc)["gunfire"] == ("2024-03-15", "time")
