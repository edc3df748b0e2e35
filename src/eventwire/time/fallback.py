"""dateparser as a last resort for absolute forms the grammar lacks (given spans only: it accepts
too much to run over whole articles)."""
from __future__ import annotations

import datetime as dt
from functools import lru_cache

from .calendar import Resolution, month_bounds


@lru_cache(maxsize=64)
def _parser(anchor: dt.date):
    from dateparser.date import DateDataParser

    settings = {"PREFER_DATES_FROM": "past", "RETURN_TIME_AS_PERIOD": True,
                "RELATIVE_BASE": dt.datetime.combine(anchor, dt.time(12))}
    return DateDataParser(languages=["en"], settings=settings)


def dateparser_resolution(text: str, anchor: dt.date | None) -> Resolution | None:
    if anchor is None or not any(ch.isalnum() for ch in text):
        return None
    try:
        data = _parser(anchor).get_date_data(text)
    except Exception:  # noqa: BLE001 - dateparser raises assorted errors on odd input
        return None
    if data is None or data.date_obj is None:
        return None
    found = data.date_obj.date()
    if data.period == "month":
        start, end = month_bounds(found.year, found.month)
        value, granularity = f"{found.year}-{found.month:02d}", "month"
    elif data.period == "year":
        start, end, value, granularity = dt.date(found.year, 1, 1), dt.date(found.year, 12, 31), str(found.year), "year"
    else:
        start, end, value, granularity = found, found, found.isoformat(), "day"
    return Resolution(value, value, start, end, granularity, "dateparser")
