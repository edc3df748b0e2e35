"""Event dates from time expressions: durations date nothing, clock times date their day."""
from __future__ import annotations

from eventwire.events.anchors import event_date
from eventwire.model import Span, TimeExpr


def _time(value, granularity, start=None):
    return TimeExpr(id="t0", span=Span(0, 1, "x"), text="x", value=value, start=start, granularity=granularity)


def test_durations_and_unresolved_values_date_nothing():
    assert event_date(_time("P3W", "duration")) is None
    assert event_date(_time(None, "day")) is None
    assert event_date(_time("PRESENT_REF", None)) is None


def test_clock_time_is_dated_by_its_day():
    assert event_date(_time("2019-03-18T15:00", "time", "2019-03-18")) == ("2019-03-18", 1)
    assert event_date(_time("2019-03-18TAF", "part_of_day", "2019-03-18")) == ("2019-03-18", 1)


def test_calendar_periods_keep_their_first_day_month_or_year():
    assert event_date(_time("2019-W12", "week", "2019-03-18")) == ("2019-03-18", 2)
    assert event_date(_time("2019-Q1", "quarter", "2019-01-01")) == ("2019-01", 3)
    assert event_date(_time("2019-SU", "season", "2019-06-01")) == ("2019-06", 3)
    assert event_date(_time("201", "decade", "2010-01-01")) == ("2010", 3)
    assert event_date(_time("2018-12", "month", "2018-12-01")) == ("2018-12", 3)
    assert event_date(_time("2019", "year", "2019-01-01")) == ("2019", 3)


def test_a_duration_in_the_sentence_leaves_the_article_date(code_text):
    doc = code_text("Rebels besieged the town for three weeks.", published="2019-03-18")
    siege = [e for e in doc.events if e.type in {"ASSAULT", "COERCE"}]
    assert siege, [(e.type, e.trigger.text) for e in doc.events]
    assert not (siege[0].date or "").startswith("P")
