"""Calendar arithmetic for the resolver: periods, ISO weeks, and picking the right year or week
for a name ("Monday", "December") seen from the publication date in a given direction."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

Date = dt.date
# PRESENT: a present tense that is no report ("holds a rally Friday"): forward for weekdays,
# nearest for anything longer ("unemployment stands at 5% in January")
PAST, FUTURE, NEAREST, PRESENT = "past", "future", "nearest", "present"


@dataclass
class Resolution:
    """What one expression means: contract value, TimeML-style value, first and last day covered."""

    value: str | None
    timex: str | None
    start: Date | None
    end: Date | None
    granularity: str
    method: str
    timex_type: str = "DATE"  # DATE | TIME | DURATION, as TimeML types them


def month_bounds(year: int, month: int) -> tuple[Date, Date]:
    first = Date(year, month, 1)
    nxt = Date(year + (month == 12), month % 12 + 1, 1)
    return first, nxt - dt.timedelta(days=1)


def week_bounds(day: Date) -> tuple[Date, Date]:
    monday = day - dt.timedelta(days=day.isoweekday() - 1)
    return monday, monday + dt.timedelta(days=6)


def week_value(day: Date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def add_months(year: int, month: int, count: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + count
    return index // 12, index % 12 + 1


def narrow(start: Date, end: Date, part: str | None) -> tuple[Date, Date]:
    """The first, middle or last third of a period ("early January" is 1-10 January)."""
    days = (end - start).days + 1
    if not part or days < 3:
        return start, end
    third = days // 3
    if part == "start":
        return start, start + dt.timedelta(days=third - 1)
    if part == "end":
        return end - dt.timedelta(days=third - 1), end
    return start + dt.timedelta(days=third), end - dt.timedelta(days=third)


def weekday_near(anchor: Date, weekday: int, direction: str) -> Date:
    """The day named `weekday` (ISO 1..7): past = on or before the anchor, future = on or after,
    nearest = whichever is closer, leaning to the past by a day (news mostly reports); present
    looks forward like future."""
    back = (anchor.isoweekday() - weekday) % 7
    ahead = (weekday - anchor.isoweekday()) % 7
    if direction == PAST or (direction == NEAREST and back <= ahead + 1):
        return anchor - dt.timedelta(days=back)
    return anchor + dt.timedelta(days=ahead)


def weekday_shifted(anchor: Date, weekday: int, shift: int) -> Date:
    """"last Monday" (strictly before the anchor), "next Monday" (strictly after), "this Monday"
    (in the anchor's ISO week)."""
    if shift < 0:
        back = (anchor.isoweekday() - weekday) % 7 or 7
        return anchor - dt.timedelta(days=back)
    if shift > 0:
        ahead = (weekday - anchor.isoweekday()) % 7 or 7
        return anchor + dt.timedelta(days=ahead)
    return week_bounds(anchor)[0] + dt.timedelta(days=weekday - 1)


def year_for_month(anchor: Date, month: int, direction: str, shift: int | None = None) -> int:
    """Which year a year-less month name means ("December" in March 2019, past: 2018)."""
    if shift is not None:
        if shift == 0:
            return anchor.year
        if shift < 0:
            return anchor.year if month < anchor.month else anchor.year - 1
        return anchor.year if month > anchor.month else anchor.year + 1
    if direction == PAST:
        return anchor.year if month <= anchor.month else anchor.year - 1
    if direction == FUTURE:
        return anchor.year if month >= anchor.month else anchor.year + 1
    distance = month - anchor.month  # nearest within half a year, the past on a tie
    if distance > 6:
        return anchor.year - 1
    if distance < -5:
        return anchor.year + 1
    return anchor.year


def date_for_month_day(anchor: Date, month: int, day: int, direction: str) -> Date | None:
    """Which year "March 18" means seen from the anchor."""
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidates.append(Date(year, month, day))
        except ValueError:
            continue
    return pick(candidates, anchor, direction) if candidates else None


def pick(candidates: list[Date], anchor: Date, direction: str) -> Date:
    """Of the same day in neighbouring years: the latest on or before the anchor (past), the first
    on or after (future), or the closest, the past one on a tie."""
    if direction == PAST:
        past = [c for c in candidates if c <= anchor]
        return max(past) if past else min(candidates)
    if direction == FUTURE:
        future = [c for c in candidates if c >= anchor]
        return min(future) if future else max(candidates)
    return min(candidates, key=lambda c: (abs((c - anchor).days), c > anchor))


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> Date:
    """The nth (1..5, or -1 for the last) `weekday` of a month: Thanksgiving is (11, 4, 4)."""
    first, last = month_bounds(year, month)
    if nth == -1:
        return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)
    return first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))


SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


def season_bounds(year: int, code: str) -> tuple[Date, Date]:
    first, last = SEASON_MONTHS[code]
    start = month_bounds(year, first)[0]
    end = month_bounds(year + (last < first), last)[1]
    return start, end


def year_for_season(anchor: Date, code: str, direction: str, shift: int | None) -> int:
    this_start, this_end = season_bounds(anchor.year, code)
    if shift == 0:
        return anchor.year
    if shift is not None and shift < 0:
        return anchor.year if this_end < anchor else anchor.year - 1
    if shift is not None and shift > 0:
        return anchor.year if this_start > anchor else anchor.year + 1
    if direction == PAST and this_start > anchor:
        return anchor.year - 1
    if direction == FUTURE and this_end < anchor:
        return anchor.year + 1
    return anchor.year


def shift_by_unit(day: Date, unit: str, count: float) -> Date:
    """`day` moved by `count` units (negative goes back); months clamp to the month's last day."""
    if unit in ("day", "hour", "minute"):
        if unit != "day":
            count = count / (24 if unit == "hour" else 1440)
        return day + dt.timedelta(days=round(count))
    if unit in ("week", "weekend", "fortnight"):
        return day + dt.timedelta(days=round(count * (14 if unit == "fortnight" else 7)))
    months = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}[unit] * count
    if months != int(months):
        return day + dt.timedelta(days=round(months * 30.44))
    year, month = add_months(day.year, day.month, int(months))
    return Date(year, month, min(day.day, month_bounds(year, month)[1].day))


def period_of(day: Date, unit: str) -> tuple[str, Date, Date, str]:
    """The calendar period of `unit` holding `day`: (value, first day, last day, granularity)."""
    if unit == "week" or unit == "fortnight":
        start, end = week_bounds(day)
        return week_value(day), start, end, "week"
    if unit == "weekend":
        monday, _ = week_bounds(day)
        saturday = monday + dt.timedelta(days=5)
        return f"{week_value(day)}-WE", saturday, saturday + dt.timedelta(days=1), "week"
    if unit == "month":
        start, end = month_bounds(day.year, day.month)
        return f"{day.year}-{day.month:02d}", start, end, "month"
    if unit == "quarter":
        quarter = (day.month - 1) // 3 + 1
        start = Date(day.year, quarter * 3 - 2, 1)
        return f"{day.year}-Q{quarter}", start, month_bounds(day.year, quarter * 3)[1], "quarter"
    if unit == "year":
        return str(day.year), Date(day.year, 1, 1), Date(day.year, 12, 31), "year"
    if unit == "decade":
        first = day.year - day.year % 10
        return str(first // 10), Date(first, 1, 1), Date(first + 9, 12, 31), "decade"
    if unit == "century":
        first = day.year - day.year % 100
        return str(first // 100), Date(first, 1, 1), Date(first + 99, 12, 31), "century"
    return day.isoformat(), day, day, "day"
