"""From a matched mention to dates: one function per grammar rule.

Each gets the mention, the anchor (publication date, or None), the direction the clause's tense
points ("past", "future", "nearest") and the reference date for anaphora ("the previous day"), and
returns a `Resolution`, or None when the match is no real date (a 31 February).
"""
from __future__ import annotations

import datetime as dt
from typing import Callable

from . import calendar as cal
from .calendar import Date, Resolution
from .grammar import Mention
from .vocabulary import load_vocabulary

UNANCHORED = "unanchored"
DURATION_CODES = {"day": "D", "week": "W", "weekend": "WE", "fortnight": "W", "month": "M", "quarter": "Q",
                  "year": "Y", "decade": "DE", "century": "CE", "hour": "H", "minute": "M"}
TIME_UNITS = {"hour", "minute"}


def _g(m: Mention, name: str) -> str | None:
    value = m.groups.get(name)
    return " ".join(value.lower().split()) if value else None


def _vocab(section: str, word: str | None):
    if word is None:
        return None
    return getattr(load_vocabulary(), section).get(word.rstrip(".").strip())


def _unanchored(m: Mention, granularity: str) -> Resolution:
    return Resolution(None, None, None, None, granularity, f"{m.rule}/{UNANCHORED}")


def _year_of(m: Mention, anchor: Date | None) -> int | None:
    """An explicit year, or one relative to the anchor ("of this year", "of last year")."""
    if m.groups.get("year"):
        return int(m.groups["year"])
    shift = _vocab("shifts", _g(m, "yshift"))
    if shift is not None and anchor is not None:
        return anchor.year + shift
    return None


def _day(d: Date, m: Mention, method: str, pod: str | None = None) -> Resolution:
    if pod:
        return Resolution(d.isoformat(), f"{d.isoformat()}T{pod}", d, d, "part_of_day", method, "TIME")
    return Resolution(d.isoformat(), d.isoformat(), d, d, "day", method)


def _period(value: str, start: Date, end: Date, granularity: str, m: Mention, method: str) -> Resolution:
    """A period narrowed by its modifier ("early January": 1-10 January); the value stays the
    whole period, as TimeML writes it."""
    start, end = cal.narrow(start, end, _vocab("period_modifiers", _g(m, "mod")))
    return Resolution(value, value, start, end, granularity, method)


def iso(m: Mention, anchor, direction, reference) -> Resolution | None:
    """2019-03-18 (and a time), 2019/03/18, and day-first 18.03.2019."""
    d = Date(int(m.groups["year"]), int(m.groups["month_n"]), int(m.groups["day"]))
    if m.groups.get("hour"):
        stamp = f"{d.isoformat()}T{m.groups['hour']}:{m.groups['minute']}"
        return Resolution(stamp, stamp, d, d, "time", m.rule, "TIME")
    return _day(d, m, m.rule)


def numeric(m: Mention, anchor, direction, reference) -> Resolution | None:
    a, b, year = int(m.groups["a"]), int(m.groups["b"]), int(m.groups["year"])
    month, day = (b, a) if a > 12 else (a, b)  # month first (US wire style) unless impossible
    if year < 100:
        year += 2000 if year < 50 else 1900
    return _day(Date(year, month, day), m, "numeric")


def month_day(m: Mention, anchor, direction, reference) -> Resolution | None:
    month, day = _vocab("months", _g(m, "month")), int(m.groups["day"])
    year = _year_of(m, anchor)
    if year is not None:
        return _day(Date(year, month, day), m, m.rule)
    if anchor is None:
        Date(2000, month, day)  # still refuse impossible days
        return _unanchored(m, "day")
    d = cal.date_for_month_day(anchor, month, day, direction)
    return _day(d, m, f"{m.rule}/{direction}") if d else None


def day_range(m: Mention, anchor, direction, reference) -> Resolution | None:
    month = _vocab("months", _g(m, "month"))
    first, last = int(m.groups["day"]), int(m.groups["day2"])
    if last <= first:
        return None
    year = _year_of(m, anchor)
    if year is None:
        if anchor is None:
            return _unanchored(m, "range")
        year = cal.date_for_month_day(anchor, month, first, direction).year
    start, end = Date(year, month, first), Date(year, month, last)
    value = f"{start.isoformat()}/{end.isoformat()}"
    return Resolution(value, value, start, end, "range", m.rule)


def month_name(m: Mention, anchor, direction, reference) -> Resolution | None:
    month = _vocab("months", _g(m, "month"))
    year = _year_of(m, anchor)
    method = m.rule
    if year is None:
        if anchor is None:
            return _unanchored(m, "month")
        shift = _vocab("shifts", _g(m, "shift"))
        year = cal.year_for_month(anchor, month, direction, shift)
        method = f"month/{'shift' if shift is not None else direction}"
    start, end = cal.month_bounds(year, month)
    return _period(f"{year}-{month:02d}", start, end, "month", m, method)


def year(m: Mention, anchor, direction, reference) -> Resolution | None:
    y = int(m.groups["year"])
    return _period(str(y), Date(y, 1, 1), Date(y, 12, 31), "year", m, "year")


def year_range(m: Mention, anchor, direction, reference) -> Resolution | None:
    first, second = m.groups["year"], m.groups["year2"]
    last = int(second) if len(second) == 4 else int(first[:2] + second)
    if not int(first) < last <= int(first) + 50:
        return None
    value = f"{first}/{last}"
    return Resolution(value, value, Date(int(first), 1, 1), Date(last, 12, 31), "range", "year_range")


def decade(m: Mention, anchor, direction, reference) -> Resolution | None:
    """"the 1990s"; "the '90s" is the last such decade before publication (1990s, not 2090s)."""
    if m.groups.get("decade"):
        first = int(m.groups["decade"])
    else:
        tens = int(m.groups["decade2"])
        century = (anchor.year // 100) * 100 if anchor else 1900
        first = century + tens if anchor is None or century + tens <= anchor.year else century - 100 + tens
    return _period(str(first // 10), Date(first, 1, 1), Date(first + 9, 12, 31), "decade", m, "decade")


def century(m: Mention, anchor, direction, reference) -> Resolution | None:
    """"the 20th century" is 1900-1999, TimeML value 19."""
    number = int(m.groups["century"])
    first = (number - 1) * 100
    return _period(f"{number - 1:02d}", Date(max(first, 1), 1, 1), Date(first + 99, 12, 31), "century", m, "century")


def season(m: Mention, anchor, direction, reference) -> Resolution | None:
    code = _vocab("seasons", _g(m, "season"))
    year = _year_of(m, anchor)
    if year is None:
        if anchor is None:
            return _unanchored(m, "season")
        year = cal.year_for_season(anchor, code, direction, _vocab("shifts", _g(m, "shift")))
    start, end = cal.season_bounds(year, code)
    return _period(f"{year}-{code}", start, end, "season", m, "season")


def quarter(m: Mention, anchor, direction, reference) -> Resolution | None:
    """"the first quarter" (Q1), "the second half" (H2): of the year named, else the anchor's."""
    months = 6 if _g(m, "qunit") == "half" else 3
    count = 12 // months
    number = int(m.groups["qn"]) if m.groups.get("qn") else _vocab("ordinals", _g(m, "ord"))
    number = count if number == -1 else number
    if not 1 <= number <= count:
        return None
    year = _year_of(m, anchor)
    if year is None:
        if anchor is None:
            return _unanchored(m, "quarter")
        year = anchor.year
        if direction == cal.PAST and number > (anchor.month - 1) // months + 1:
            year -= 1
    start = Date(year, number * months - months + 1, 1)
    end = cal.month_bounds(year, number * months)[1]
    code = "H" if months == 6 else "Q"
    return _period(f"{year}-{code}{number}", start, end, "half" if months == 6 else "quarter", m, "quarter")


def holiday(m: Mention, anchor, direction, reference) -> Resolution | None:
    rule = _vocab("holidays", _g(m, "holiday").replace("’", "'"))
    year = _year_of(m, anchor)
    if year is None and anchor is None:
        return _unanchored(m, "day")
    years = [year] if year is not None else [anchor.year - 1, anchor.year, anchor.year + 1]
    if "day" in rule:
        days = [Date(y, rule["month"], rule["day"]) for y in years]
    else:
        days = [cal.nth_weekday(y, rule["month"], rule["weekday"], rule["nth"]) for y in years]
    return _day(days[0] if year is not None else cal.pick(days, anchor, direction), m, "holiday")


def pod_day(m: Mention, anchor, direction, reference) -> Resolution | None:
    """"the morning of June 3": the day's resolution with its part of day."""
    day = resolve_mention(m.parts[0], anchor, direction, reference)
    pod = _vocab("parts_of_day", _g(m, "pod"))
    if day is None or day.value is None or day.granularity != "day":
        return day
    return _day(day.start, m, f"pod/{day.method}", pod)


def deictic(m: Mention, anchor, direction, reference) -> Resolution | None:
    entry = _vocab("deictic_days", _g(m, "deictic"))
    if anchor is None:
        return _unanchored(m, "day")
    pod = _vocab("parts_of_day", _g(m, "pod")) or entry.get("part")
    return _day(anchor + dt.timedelta(days=entry["days"]), m, "deictic", pod)


def weekday(m: Mention, anchor, direction, reference) -> Resolution | None:
    wd = _vocab("weekdays", _g(m, "wd"))
    if anchor is None:
        return _unanchored(m, "day")
    shift = _vocab("shifts", _g(m, "shift"))
    if shift is not None:
        d, method = cal.weekday_shifted(anchor, wd, shift), "weekday/shift"
    else:
        d, method = cal.weekday_near(anchor, wd, direction), f"weekday/{direction}"
    return _day(d, m, method, _vocab("parts_of_day", _g(m, "pod")))


def relative(m: Mention, anchor, direction, reference) -> Resolution | None:
    unit = _vocab("units", _g(m, "unit"))
    if unit in TIME_UNITS:
        return None
    if anchor is None:
        return _unanchored(m, unit)
    shift = _vocab("shifts", _g(m, "shift"))
    if unit == "weekend":
        return _weekend(m, anchor, direction, shift)
    if unit == "day":  # "next day" follows the last day mentioned, like "the next day"
        return _day((reference or anchor) + dt.timedelta(days=shift or 0), m, "relative")
    value, start, end, granularity = cal.period_of(cal.shift_by_unit(anchor, unit, shift or 0), unit)
    resolution = _period(value, start, end, granularity, m, "relative")
    if _g(m, "mod") == "earlier" and shift == 0:
        resolution.end = min(resolution.end, anchor)  # "earlier this year": up to publication
    if _g(m, "mod") == "later" and shift == 0:
        resolution.start = max(resolution.start, anchor)
    return resolution


def _weekend(m: Mention, anchor: Date, direction: str, shift: int | None) -> Resolution:
    """"last weekend" on a weekday is the one just gone; "this weekend" follows the tense."""
    saturday = cal.weekday_near(anchor, 6, cal.PAST if shift == -1 or direction == cal.PAST else cal.FUTURE)
    if shift == -1 and anchor.isoweekday() >= 6:
        saturday -= dt.timedelta(days=7)
    if shift == 1:
        saturday = cal.weekday_shifted(anchor, 6, 1)
    value, start, end, granularity = cal.period_of(saturday, "weekend")
    return Resolution(value, value, start, end, granularity, "weekend")


def anaphoric(m: Mention, anchor, direction, reference) -> Resolution | None:
    base = reference or anchor
    unit = _vocab("units", _g(m, "unit"))
    if base is None:
        return _unanchored(m, unit)
    if m.groups.get("ashift"):
        word = _g(m, "ashift")
        step = 0 if word == "same" else (1 if word in ("next", "following") else -1)
    else:
        step = -1 if _g(m, "adir") in ("before", "earlier") else 1
    if unit in TIME_UNITS:
        return None
    value, start, end, granularity = cal.period_of(cal.shift_by_unit(base, unit, step), unit)
    return Resolution(value, value, start, end, granularity, "anaphoric" if reference else "anaphoric/anchor")


def _count(m: Mention) -> float | str:
    word = _g(m, "num")
    if word is None:  # "the coming weeks": some weeks; "the coming week": one
        return "X" if (_g(m, "unit") or "").endswith("s") else 1.0
    if word[0].isdigit():
        return float(word)
    if word not in load_vocabulary().numbers:  # "seventy-four"
        return float(sum(_vocab("numbers", part) for part in word.replace("-", " ").split()))
    return _vocab("numbers", word)


# precisions a count from an earlier date keeps: "profit for the fourth quarter fell from a year
# earlier" is the fourth quarter of the year before, as TimeML writes it
KEPT_PRECISION = {"week": ("week", "month", "quarter", "year"), "month": ("month", "quarter", "year"),
                  "quarter": ("quarter", "year")}


def ago(m: Mention, anchor, direction, reference) -> Resolution | None:
    """"two weeks ago" counts from publication; "two days later", "a year earlier" from
    `reference`, here a (date, granularity) pair for the last date mentioned."""
    unit, count, word = _vocab("units", _g(m, "unit")), _count(m), _g(m, "dir")
    from_anchor = word in ("ago", "from now", "hence") or reference is None
    base, base_granularity = (anchor, None) if from_anchor else reference
    if base is None or count == "X":
        return _unanchored(m, unit) if base is None else Resolution(None, None, None, None, unit, "ago/vague")
    sign = -1 if word in ("ago", "earlier", "before") else 1
    day = cal.shift_by_unit(base, unit, sign * count)
    if unit in TIME_UNITS or unit == "day":
        return _day(day, m, "ago")
    if unit in KEPT_PRECISION.get(base_granularity, ()):
        unit = base_granularity
    value, start, end, granularity = cal.period_of(day, unit)
    return Resolution(value, value, start, end, granularity, "ago")


def _duration_code(count: float | str, unit: str) -> str:
    if unit == "fortnight" and count != "X":
        count, unit = count * 2, "week"
    amount = "X" if count == "X" else (str(int(count)) if float(count).is_integer() else str(count))
    return f"PT{amount}{DURATION_CODES[unit]}" if unit in TIME_UNITS else f"P{amount}{DURATION_CODES[unit]}"


def duration(m: Mention, anchor, direction, reference) -> Resolution | None:
    code = _duration_code(_count(m), _vocab("units", _g(m, "unit")))
    return Resolution(code, code, None, None, "duration", "duration", "DURATION")


def past_span(m: Mention, anchor, direction, reference) -> Resolution | None:
    """"the past two weeks": a duration ending (or, for "the next", starting) at publication."""
    unit, count = _vocab("units", _g(m, "unit")), _count(m)
    code = _duration_code(count, unit)
    start = end = None
    if anchor is not None and count != "X":
        forward = _g(m, "pshift") in ("next", "coming", "following")
        other = cal.shift_by_unit(anchor, unit, count if forward else -count)
        start, end = (anchor, other) if forward else (other, anchor)
    return Resolution(code, code, start, end, "duration", "past_span", "DURATION")


def clock(m: Mention, anchor, direction, reference) -> Resolution | None:
    if m.groups.get("clockword"):
        hour, minute = (12, 0) if _g(m, "clockword") == "noon" else (0, 0)
    else:
        hour, minute = int(m.groups["hour"]), int(m.groups.get("minute") or 0)
        if m.groups.get("ampm"):
            if not 1 <= hour <= 12:
                return None
            hour = (hour % 12) + (12 if _g(m, "ampm").startswith("p") else 0)
    clock_text = f"T{hour:02d}:{minute:02d}"
    if anchor is None:
        return Resolution(None, clock_text, None, None, "time", f"clock/{UNANCHORED}", "TIME")
    stamp = f"{anchor.isoformat()}{clock_text}"
    return Resolution(stamp, stamp, anchor, anchor, "time", "clock", "TIME")


def reference_word(m: Mention, anchor, direction, reference) -> Resolution | None:
    code = _vocab("references", _g(m, "ref"))
    return Resolution(None, code, None, None, "reference", "reference")


RESOLVERS: dict[str, Callable[..., Resolution | None]] = {
    "iso": iso, "iso_slash": iso, "dotted": iso, "numeric": numeric, "date_mdy": month_day, "date_dmy": month_day,
    "day_range_mdy": day_range, "day_range_dmy": day_range, "month": month_name, "year": year,
    "year_range": year_range, "decade": decade, "century": century, "season": season, "quarter": quarter,
    "quarter_code": quarter, "deictic": deictic, "weekday": weekday, "pod_day": pod_day,
    "pod_of": lambda *args: None, "holiday": holiday,
    "relative": relative, "relative_in": relative, "anaphoric": anaphoric, "anaphoric_after": anaphoric, "ago": ago,
    "past_span": past_span, "duration": duration, "clock": clock, "clock24": clock, "clock_word": clock,
    "reference": reference_word,
}


def resolve_mention(m: Mention, anchor: Date | None, direction: str, reference: Date | None) -> Resolution | None:
    try:
        return RESOLVERS[m.rule](m, anchor, direction, reference)
    except (ValueError, OverflowError, TypeError):  # impossible dates ("February 30") are no dates
        return None
