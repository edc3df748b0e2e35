"""Clock times and "overnight" take the day their own sentence names. Sentences written for these tests."""
from __future__ import annotations

from eventwire.time import tag_text

PUBLISHED = "2024-03-04"  # a Monday


def _values(text: str) -> dict[str, tuple[str, str]]:
    return {t.text: (t.resolution.value, t.resolution.method) for t in tag_text(text, PUBLISHED)}


def test_a_clock_time_takes_the_day_of_its_sentence():
    found = _values("Jets bombed the market on Friday shortly after noon, witnesses said.")
    assert found["noon"] == ("2024-03-01T12:00", "clock/sentence-day")


def test_a_clock_time_with_no_day_in_its_sentence_takes_the_one_day_named_before():
    found = _values("Jets bombed the market on Friday. The sirens sounded again at 3 p.m.")
    assert found["3 p.m."] == ("2024-03-01T15:00", "clock/article-day")


def test_a_clock_time_after_two_different_days_keeps_the_publication_day():
    found = _values("Jets bombed the market on Friday and the port on Saturday. The sirens sounded at 3 p.m.")
    assert found["3 p.m."] == ("2024-03-04T15:00", "clock")


def test_a_clock_time_with_no_day_named_before_keeps_the_publication_day():
    found = _values("The sirens sounded at 3 p.m. Jets bombed the market on Friday.")
    assert found["3 p.m."] == ("2024-03-04T15:00", "clock")


def test_overnight_is_the_night_before_the_day_the_sentence_names():
    found = _values("Drones struck the port overnight, the navy said on Saturday.")
    assert found["overnight"] == ("2024-03-01", "deictic/sentence-day")


def test_two_different_days_in_one_sentence_leave_the_clock_alone():
    found = _values("The talks ran from Thursday to Saturday and ended at midnight.")
    assert found["midnight"][1] == "clock"
