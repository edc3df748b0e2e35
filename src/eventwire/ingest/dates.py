"""Publication dates from metadata in whatever form pages give them, as ISO dates."""
from __future__ import annotations

import datetime as dt
import re

from dateutil import parser as dateutil_parser

_EPOCH = re.compile(r"\d{10}(?:\d{3})?(?:\.\d+)?")  # Unix seconds or milliseconds


def normalise_date(value: object) -> str | None:
    """'2019-03-18T10:02:00Z', 'March 18, 2019', a date or datetime -> '2019-03-18'; junk -> None."""
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)) or isinstance(value, str) and _EPOCH.fullmatch(value.strip()):
        return _from_epoch(float(value))
    try:
        return dateutil_parser.parse(str(value), default=dt.datetime(1900, 1, 1)).date().isoformat()
    except (ValueError, OverflowError):
        return None


def _from_epoch(seconds: float) -> str | None:
    """Feeds give Unix timestamps in seconds or milliseconds (1712827800, 1712827800000)."""
    if seconds > 1e11:
        seconds /= 1000
    if not 1e8 < seconds < 4e9:  # before 1973 or after 2096: not a publication date
        return None
    return dt.datetime.fromtimestamp(seconds, tz=dt.timezone.utc).date().isoformat()
