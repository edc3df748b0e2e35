"""Publication dates from metadata in whatever form pages give them, as ISO dates."""
from __future__ import annotations

import datetime as dt

from dateutil import parser as dateutil_parser


def normalise_date(value: object) -> str | None:
    """'2019-03-18T10:02:00Z', 'March 18, 2019', a date or datetime -> '2019-03-18'; junk -> None."""
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dateutil_parser.parse(str(value), default=dt.datetime(1900, 1, 1)).date().isoformat()
    except (ValueError, OverflowError):
        return None
