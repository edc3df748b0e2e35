"""The time tagger's word lists (data/vocabulary.yaml), loaded once and checked entry by entry."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Callable

import yaml

FILE = "data/vocabulary.yaml"


@dataclass(frozen=True)
class Vocabulary:
    months: dict[str, int]
    weekdays: dict[str, int]
    parts_of_day: dict[str, str]
    seasons: dict[str, str]
    units: dict[str, str]
    numbers: dict[str, float | str]
    ordinals: dict[str, int]
    shifts: dict[str, int]
    deictic_days: dict[str, dict[str, Any]]
    period_modifiers: dict[str, str]
    holidays: dict[str, dict[str, int]]
    references: dict[str, str]
    numeric_date_order: dict[str, str]  # lower-case ISO country code -> month_first | day_first


UNITS = {"day", "week", "weekend", "fortnight", "month", "quarter", "year", "decade", "century", "hour", "minute"}
PARTS = {"start", "mid", "end"}


def _int_in(low: int, high: int) -> Callable[[Any], bool]:
    return lambda v: isinstance(v, int) and not isinstance(v, bool) and low <= v <= high


def _is_code(v: Any) -> bool:
    return isinstance(v, str) and v.isupper()


def _is_deictic(v: Any) -> bool:
    return (isinstance(v, dict) and isinstance(v.get("days"), int) and set(v) <= {"days", "part"}
            and (v.get("part") is None or _is_code(v["part"])))


def _is_holiday(v: Any) -> bool:
    if not isinstance(v, dict) or not _int_in(1, 12)(v.get("month")):
        return False
    if set(v) == {"month", "day"}:
        return _int_in(1, 31)(v["day"])
    return set(v) == {"month", "weekday", "nth"} and _int_in(1, 7)(v["weekday"]) and v["nth"] in (-1, 1, 2, 3, 4, 5)


# section -> (check on each value, what a value must be, for the error message)
CHECKS: dict[str, tuple[Callable[[Any], bool], str]] = {
    "months": (_int_in(1, 12), "a month number 1..12"),
    "weekdays": (_int_in(1, 7), "an ISO weekday 1..7"),
    "parts_of_day": (_is_code, "an upper-case TimeML code such as MO"),
    "seasons": (_is_code, "an upper-case TimeML code such as SU"),
    "units": (lambda v: v in UNITS, f"one of {sorted(UNITS)}"),
    "numbers": (lambda v: v == "X" or (isinstance(v, (int, float)) and not isinstance(v, bool) and v > 0),
                "a positive number or X (vague)"),
    "ordinals": (lambda v: isinstance(v, int) and (v == -1 or 1 <= v <= 5), "1..5, or -1 for last"),
    "shifts": (_int_in(-1, 1), "-1, 0 or 1"),
    "deictic_days": (_is_deictic, "{days: int, part: optional code}"),
    "period_modifiers": (lambda v: v in PARTS, f"one of {sorted(PARTS)}"),
    "holidays": (_is_holiday, "{month, day} or {month, weekday, nth}"),
    "references": (lambda v: v in {"PRESENT_REF", "PAST_REF", "FUTURE_REF"}, "PRESENT_REF, PAST_REF or FUTURE_REF"),
    "numeric_date_order": (lambda v: v in {"month_first", "day_first"}, "month_first or day_first"),
}


def validate(raw: Any, source: str = FILE) -> Vocabulary:
    """A Vocabulary from parsed YAML; a ValueError naming the file, section and entry otherwise."""
    if not isinstance(raw, dict) or "version" not in raw:
        raise ValueError(f"{source}: expected a mapping with a `version:` key")
    unknown = set(raw) - set(CHECKS) - {"version"}
    if unknown:
        raise ValueError(f"{source}: unknown sections {sorted(unknown)}")
    sections: dict[str, dict[str, Any]] = {}
    for name, (check, wanted) in CHECKS.items():
        entries = raw.get(name)
        if not isinstance(entries, dict) or not entries:
            raise ValueError(f"{source}: section `{name}` must be a non-empty mapping")
        cleaned: dict[str, Any] = {}
        for word, value in entries.items():
            key = " ".join(str(word).lower().split())
            if key in cleaned:
                raise ValueError(f"{source}: `{name}` lists {word!r} twice")
            if not check(value):
                raise ValueError(f"{source}: `{name}` entry {word!r}: {value!r} is not {wanted}")
            cleaned[key] = value
        sections[name] = cleaned
    return Vocabulary(**sections)


@lru_cache(maxsize=1)
def load_vocabulary() -> Vocabulary:
    text = resources.files(__package__).joinpath(FILE).read_text("utf-8")
    return validate(yaml.safe_load(text), f"eventwire/time/{FILE}")
