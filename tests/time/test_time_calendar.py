"""Calendar arithmetic the resolver relies on, worked out by hand."""
from __future__ import annotations

import datetime as dt

from eventwire.time import calendar as cal

D = dt.date


def test_iso_weeks_across_year_ends():
    assert cal.week_value(D(2021, 1, 1)) == "2020-W53"  # a Friday in the last ISO week of 2020
    assert cal.week_value(D(2019, 12, 30)) == "2020-W01"
    assert cal.week_bounds(D(2019, 3, 20)) == (D(2019, 3, 18), D(2019, 3, 24))


def test_nth_weekday_holidays():
    assert cal.nth_weekday(2019, 11, 4, 4) == D(2019, 11, 28)  # Thanksgiving
    assert cal.nth_weekday(2024, 5, 1, -1) == D(2024, 5, 27)  # Memorial Day
    assert cal.nth_weekday(2016, 9, 1, 1) == D(2016, 9, 5)  # Labor Day


def test_narrow_thirds():
    start, end = cal.month_bounds(2019, 1)
    assert cal.narrow(start, end, "start") == (D(2019, 1, 1), D(2019, 1, 10))
    assert cal.narrow(start, end, "mid") == (D(2019, 1, 11), D(2019, 1, 21))
    assert cal.narrow(start, end, "end") == (D(2019, 1, 22), D(2019, 1, 31))
    assert cal.narrow(D(2019, 3, 17), D(2019, 3, 17), "end") == (D(2019, 3, 17), D(2019, 3, 17))


def test_month_shift_clamps_to_month_end():
    assert cal.shift_by_unit(D(2019, 3, 31), "month", -1) == D(2019, 2, 28)
    assert cal.shift_by_unit(D(2020, 3, 31), "month", -1) == D(2020, 2, 29)
    assert cal.shift_by_unit(D(2019, 3, 18), "week", -2) == D(2019, 3, 4)


def test_weekday_directions():
    monday = D(2019, 3, 18)
    assert cal.weekday_near(monday, 1, cal.PAST) == monday
    assert cal.weekday_near(monday, 1, cal.FUTURE) == monday
    assert cal.weekday_near(monday, 5, cal.PAST) == D(2019, 3, 15)
    assert cal.weekday_near(monday, 5, cal.FUTURE) == D(2019, 3, 22)
    assert cal.weekday_near(monday, 5, cal.PRESENT) == D(2019, 3, 22)
    friday = D(2016, 9, 30)
    assert cal.weekday_near(friday, 1, cal.NEAREST) == D(2016, 9, 26)  # 4 back beats 3 ahead, by the past lean
    assert cal.weekday_shifted(monday, 2, -1) == D(2019, 3, 12)
    assert cal.weekday_shifted(monday, 1, 1) == D(2019, 3, 25)


def test_year_for_month():
    march = D(2019, 3, 18)
    assert cal.year_for_month(march, 12, cal.PAST) == 2018
    assert cal.year_for_month(march, 3, cal.PAST) == 2019
    assert cal.year_for_month(march, 2, cal.FUTURE) == 2020
    assert cal.year_for_month(march, 5, cal.NEAREST) == 2019
    assert cal.year_for_month(march, 11, cal.NEAREST) == 2018
    assert cal.year_for_month(march, 1, None, shift=-1) == 2019  # "last January"
