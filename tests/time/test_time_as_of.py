""""as of X", like "since X", opens a state that still holds at publication: the span takes in
"as of", the value stays X and the period runs from X to the publication date."""
from __future__ import annotations

from datetime import date

from eventwire.time import tag_text


def _one(text: str, published: str = "2019-03-18"):
    (tagged,) = tag_text(text, published)
    r = tagged.resolution
    return tagged.text, r.value, r.start, r.end, r.method


def test_as_of_last_month_runs_to_publication():
    assert _one("As of last month, the army has controlled the crossing.") == (
        "As of last month", "2019-02", date(2019, 2, 1), date(2019, 3, 18), "as_of/relative")


def test_as_of_an_absolute_date_keeps_its_value():
    text, value, start, end, method = _one("The rules have applied as of January 1, 2019.")
    assert (text, value, start, end) == ("as of January 1, 2019", "2019-01-01", date(2019, 1, 1), date(2019, 3, 18))
    assert method.startswith("as_of/")


def test_as_of_a_later_date_ends_with_that_period():
    assert _one("As of next month, the tax will apply.")[1:4] == ("2019-04", date(2019, 4, 1), date(2019, 4, 30))


def test_since_is_unchanged():
    assert _one("Rebels have held the town since December.")[0::4] == ("since December", "since/month/past")


def test_an_event_in_a_state_opened_by_as_of_is_dated_by_its_start(code_text):
    doc = code_text("As of last month, the army has blockaded the port.", published="2019-03-18")
    dated = [e for e in doc.events if e.date_source == "time"]
    assert dated and all(e.date == "2019-02" for e in dated), [(e.trigger.text, e.date) for e in doc.events]


def test_as_of_and_since_a_clock_time_on_a_day():
    # a joined "8:15 p.m. Monday" inside "as of"/"since" once raised KeyError: 'clock_day'
    text, value, start, _, method = _one("As of 8:15 p.m. Monday, the river stood at 27 feet.", "2009-03-28")
    assert (text, value[10:], start.weekday(), method) == ("As of 8:15 p.m. Monday", "T20:15", 0, "as_of/clock_day")
    text, value, *_, method = _one("Since 6 a.m. Tuesday, police have closed the road.", "2009-03-28")
    assert (text, value, method) == ("Since 6 a.m. Tuesday", "2009-03-24T06:00", "since/clock_day")
