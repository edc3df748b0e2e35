"""Finding time expressions in text: regular patterns built from the vocabulary's word lists.

`find_mentions(text)` returns non-overlapping `Mention`s (leftmost-longest), each naming the pattern
that matched and its captured parts; `calendar.py` turns them into dates. Wrappers that join two
mentions ("from March to May", "between 2014 and 2016") or widen one ("since December") are applied
afterwards in `combine.py`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .vocabulary import Vocabulary, load_vocabulary


@dataclass
class Mention:
    start: int
    end: int
    text: str
    rule: str
    groups: dict[str, str]
    parts: list["Mention"] = field(default_factory=list)  # components of ranges and "since X"


def _alternation(words) -> str:
    """Longest first so "last night" wins over "last"; spaces match any whitespace."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


def _fragments(v: Vocabulary) -> dict[str, str]:
    full_months = [m for m in v.months if len(m) > 4 or m in ("may", "june", "july")]
    short_months = [m for m in v.months if m not in full_months]
    full_days = [d for d in v.weekdays if d.endswith("day")]
    short_days = [d for d in v.weekdays if not d.endswith("day")]
    # abbreviations only with a full stop or before a day number: "Sun" and "Mar" are words too
    month = rf"(?:{_alternation(full_months)}|(?:{_alternation(short_months)})(?:\.|(?=\s+\d)))"
    weekday = rf"(?:{_alternation(full_days)}|(?:{_alternation(short_days)})\.)"
    shifts = _alternation(v.shifts)
    return {
        "MONTH": rf"(?P<month>{month})",
        "MONTH2": rf"(?P<month2>{month})",
        "WD": rf"(?P<wd>{weekday})",
        "DAY": r"(?<![\d,.$])(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d%]|,\d|\.\d)",
        "DAY2": r"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?(?![\d%]|,\d)",
        "YEAR": r"(?<![\d,.$])(?P<year>(?:1[89]|20)\d\d)(?![\d%]|,\d|\.\d)",
        "YEAR2": r"(?P<year2>(?:1[89]|20)?\d\d)(?![\d%]|,\d)",
        "MOD": rf"(?P<mod>{_alternation(v.period_modifiers)})",
        "SHIFT": rf"(?P<shift>{shifts})",
        "YSHIFT": rf"(?P<yshift>{shifts})",
        "POD": rf"(?P<pod>{_alternation(v.parts_of_day)})",
        "SEASON": rf"(?P<season>{_alternation(v.seasons)})",
        "UNIT": rf"(?P<unit>{_alternation(v.units)})",
        # "seventy-four" as well as the listed words
        "NUM": rf"(?P<num>\d+(?:\.\d+)?|(?:{_alternation(TENS)})[\s-](?:{_alternation(DIGITS)})|{_alternation(v.numbers)})",
        "ORD": rf"(?P<ord>{_alternation(v.ordinals)})",
        "DEICTIC": rf"(?P<deictic>{_alternation(v.deictic_days)})",
        "REF": rf"(?P<ref>{_alternation(v.references)})",
        "HOLIDAY": rf"(?P<holiday>{_alternation(v.holidays).replace(chr(39), '[' + chr(39) + '’]')})",
        "AMPM": r"(?P<ampm>a\.\s?m\.|p\.\s?m\.|am\b|pm\b)",
        "YEARSPEC": r"(?:(?:,?\s+|\s+of\s+){YEAR}|(?:\s+of)?\s+{YSHIFT}\s+year)",
    }


# rule name -> pattern; {NAME} is replaced by a fragment above. Order breaks ties of equal length.
PATTERNS: dict[str, str] = {
    "iso": r"\b(?P<year>\d{4})-(?P<month_n>[01]\d)-(?P<day>[0-3]\d)(?:[T ](?P<hour>[0-2]\d):(?P<minute>[0-5]\d))?\b",
    "iso_slash": r"\b(?P<year>(?:19|20)\d\d)/(?P<month_n>[01]?\d)/(?P<day>[0-3]?\d)\b(?!/)",
    "dotted": r"(?<![\d.])(?P<day>[0-3]?\d)\.(?P<month_n>[01]?\d)\.(?P<year>(?:19|20)\d\d)(?!\d|\.\d)",
    "numeric": r"(?<![\d/])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<year>(?:19|20)\d\d|\d\d)(?![\d/])",
    "day_range_mdy": r"\b{MONTH}\s+{DAY}\s*(?:-|–|to|through|and)\s*{DAY2}{YEARSPEC}?",
    "day_range_dmy": r"\b{DAY}\s*(?:-|–|to|and)\s*{DAY2}\s+(?:of\s+)?{MONTH}{YEARSPEC}?",
    "date_mdy": r"\b(?:{WD},?\s+)?{MONTH}\s+{DAY}{YEARSPEC}?",
    "date_dmy": r"\b(?:{WD},?\s+)?(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH}{YEARSPEC}?",
    "month": r"\b(?:{MOD}[\s-]*)?(?:{SHIFT}\s+)?{MONTH}(?!\w){YEARSPEC}?",
    "year_range": r"\b{YEAR}\s*(?:-|–)\s*{YEAR2}\b",
    "decade": r"\b(?:the\s+)?(?:{MOD}[\s-]*)?(?:(?P<decade>(?:1[89]|20)\d0)['’]?|['’](?P<decade2>[0-9]0))s\b",
    "century": r"\b(?:the\s+)?(?:{MOD}[\s-]*)?(?P<century>1[0-9]|2[01])(?:st|nd|rd|th)[\s-]+century\b",
    "year": r"\b(?:{MOD}[\s-]*)?{YEAR}\b",
    "season": r"\b(?:{MOD}\s+)?(?:(?:{SHIFT}|the)\s+)?{SEASON}(?:\s+(?:of\s+)?{YEAR})?\b",
    "quarter": r"\b(?:the\s+)?{ORD}\s+(?P<qunit>quarter|half)(?:(?:\s+of)?\s+(?:{YEAR}|{YSHIFT}\s+year))?\b",
    "quarter_code": r"\b[Qq](?P<qn>[1-4])(?:\s+{YEAR})?\b",
    "deictic": r"\b(?:{MOD}\s+)?{DEICTIC}(?:\s+{POD})?\b",
    "weekday": r"\b(?:{MOD}\s+)?(?:{SHIFT}\s+)?{WD}(?!\w)(?:\s+{POD}\b)?",
    "pod_of": r"\b(?:{MOD}\s+)?(?:the\s+)?{POD}\s+of\b",
    "holiday": r"\b{HOLIDAY}(?:,?\s+{YEAR})?\b",
    "relative": r"\b(?:{MOD}[\s-]+)?(?:{SHIFT}|the)\s+{UNIT}\b",
    "relative_in": r"\b(?P<mod>earlier|later|early|late)\s+in\s+the\s+{UNIT}\b",
    "anaphoric": r"\bthe\s+(?P<ashift>previous|next|following|prior|preceding|same)\s+{UNIT}\b",
    "anaphoric_after": r"\bthe\s+{UNIT}\s+(?P<adir>before|after|earlier|later)\b",
    "ago": r"\b(?:(?:about|around|nearly|almost|some|more\s+than|less\s+than|just|only)\s+)?{NUM}[\s-]+{UNIT}\s+(?P<dir>ago|earlier|later|before|after|from\s+now|hence)\b",
    "past_span": r"\bthe\s+(?P<pshift>past|last|previous|next|coming|following)\s+(?:{NUM}\s+)?{UNIT}\b",
    "duration": r"\b(?:(?:about|around|nearly|almost|more\s+than|less\s+than|over|up\s+to|at\s+least)\s+)?{NUM}[\s-]+{UNIT}(?:[\s-]long)?\b",
    "clock": r"(?<![\w.:/])(?P<hour>[01]?\d)(?::(?P<minute>[0-5]\d))?\s*{AMPM}",
    "clock24": r"(?<![\w.:/])(?P<hour>[01]?\d|2[0-3]):?(?P<minute>[0-5]\d)\s*(?:(?-i:GMT|UTC|ET|EST|EDT|CET|BST|hrs|h\b)|local\s+time)",
    "clock_word": r"\b(?P<clockword>noon|midnight)\b",
    "reference": r"\b{REF}\b",
}

# Words before a bare month or year that show it is a date ("in May", not "May I"; "in 2014", not "2014 troops").
DATE_CONTEXT = {"in", "since", "until", "till", "by", "of", "from", "to", "through", "during", "before", "after",
                "between", "and", "early", "late", "mid", "last", "next", "this", "around", "about", "on",
                "for", "circa", "throughout", "year", "end", "start", "beginning", "middle", "or", "as", "than"}
WINDOW_MARGIN = 60
TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
DIGITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
ALWAYS_CAPITALISED = ("month", "month2", "wd", "holiday")
DURATION_INTRO = {"for", "over", "within", "during", "in", "after", "than", "about", "nearly", "almost", "some",
                  "around", "lasting", "least", "past", "last", "spent", "took", "takes", "up", "of"}


@lru_cache(maxsize=1)
def compiled() -> list[tuple[str, re.Pattern[str]]]:
    fragments = _fragments(load_vocabulary())
    # YEARSPEC holds fragments itself, so expand it first
    fragments["YEARSPEC"] = _expand(fragments["YEARSPEC"], fragments)
    return [(name, re.compile(_expand(pattern, fragments), re.IGNORECASE)) for name, pattern in PATTERNS.items()]


def _expand(pattern: str, fragments: dict[str, str]) -> str:
    """{NAME} -> fragment; regex counts such as {4} stay as they are."""
    return re.sub(r"\{([A-Z][A-Z0-9]*)\}", lambda m: fragments[m.group(1)], pattern)


def _word_before(text: str, start: int) -> str:
    match = re.search(r"([A-Za-z]+)\W*$", text[max(0, start - 30):start])
    return match.group(1).lower() if match else ""


def _plausible(rule: str, match: re.Match[str], text: str) -> bool:
    """Filters a pattern cannot express: capital letters, context for bare months and years."""
    groups = match.groupdict()
    for name in ALWAYS_CAPITALISED:
        if groups.get(name) and not groups[name][0].isupper():
            return False
    before = _word_before(text, match.start())
    if rule == "month" and not (groups.get("mod") or groups.get("shift") or groups.get("year") or groups.get("yshift")):
        # "May" and "March" are also a verb and a noun; other month names stand alone
        if groups["month"].lower().rstrip(".") in ("may", "march") and before not in DATE_CONTEXT:
            return False
    if rule == "year" and not groups.get("mod"):
        following = text[match.end():match.end() + 12]
        if re.match(r"\s*(?:%|percent|per|people|troops|soldiers|of\b|[-–]?\s*\d)", following, re.IGNORECASE):
            return False
        round_hundred = groups["year"].endswith("00")  # "the 2000 fighters" is a count
        if before == "the" and not round_hundred:
            return True  # "the 2016 election"
        if before not in DATE_CONTEXT and not re.match(r"['’]s\b|\s*[,.;:)]|\s*$", following):
            return False
    if rule == "season" and not (groups.get("shift") or groups.get("year")) and before not in DATE_CONTEXT:
        return False
    if rule == "relative":
        shift, unit = (groups.get("shift") or "the").lower(), groups["unit"].lower()
        if unit.endswith("s") and unit != "weekends":
            return False  # plural units are spans of time: "the past two weeks" is `past_span`
        if shift == "the" and not groups.get("mod") and unit != "weekend":
            return False  # "the year" alone names no particular year
        if shift == "past" and not groups.get("mod"):
            return False  # "past week" without "the" is rare and usually inside "the past week"
        if unit == "day" and shift in ("this", "the"):
            return False  # "to this day", "at the end of the day": idioms, no dates
    if rule in ("duration", "ago") and groups["num"].lower() in ("a", "an", "some", "many", "few"):
        if rule == "duration" and before not in DURATION_INTRO:
            return False
    if rule == "duration" and not _plausible_duration(groups, before, text[match.end():match.end() + 6]):
        return False
    if rule == "deictic" and groups["deictic"][0].isupper() and re.search(r"[A-Z]\w*\s+$", text[max(0, match.start() - 20):match.start()]):
        return False  # "USA Today", "Russia Today": a name, not a day
    if rule == "holiday" and re.match(r"\s+(?:trees?|cards?|carols?|lights?|decorations?|gifts?|presents?|songs?|music)\b",
                                      text[match.end():match.end() + 14], re.IGNORECASE):
        return False  # "Christmas trees" are no date
    if rule == "reference":
        return False  # vague references are only normalised for given spans, never emitted by the tagger
    return True


def _bare_period(rule: str, match: re.Match[str]) -> bool:
    return rule == "relative" and not match.group("shift") and not match.group("unit").lower().endswith("s")


def _plausible_duration(groups: dict, before: str, following: str) -> bool:
    num, unit = groups["num"].lower(), groups["unit"].lower()
    if re.match(r"-old\b|\s+old\b", following):
        return False  # "a 63-year-old": an age
    if num == "one" and unit == "day" and before not in DURATION_INTRO:
        return False  # "one day" is mostly "some day"
    if unit.startswith("quarter") and following.lstrip().startswith("of"):
        return False  # "a quarter of the cost"
    return True


@lru_cache(maxsize=2)
def _trigger(given_span: bool) -> re.Pattern[str]:
    """Every expression holds a digit or one of these words; the patterns only run near them."""
    v = load_vocabulary()
    words = {*v.months, *v.weekdays, *v.units, *v.deictic_days, *v.seasons, *v.parts_of_day,
             *(name.split()[0] for name in v.holidays), "half", "noon", "midnight"}
    if given_span:
        words |= set(v.references)
    return re.compile(rf"\d|\b(?:{_alternation(words)})\b", re.IGNORECASE)


def _windows(text: str, start: int, end: int, given_span: bool) -> list[tuple[int, int]]:
    """Disjoint stretches of text[start:end] around trigger words, WINDOW_MARGIN characters wide
    on each side (more than any expression reaches beyond its trigger)."""
    windows: list[tuple[int, int]] = []
    for hit in _trigger(given_span).finditer(text, start, end):
        low, high = max(start, hit.start() - WINDOW_MARGIN), min(end, hit.end() + WINDOW_MARGIN)
        if windows and low <= windows[-1][1]:
            windows[-1] = (windows[-1][0], high)
        else:
            windows.append((low, high))
    return windows


# What every match of a rule contains (its mandatory fragments): a window lacking one of these
# cannot hold a match, so the rule is not run there. A rule missing here always runs.
RULE_NEEDS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("iso", "iso_slash", "dotted", "numeric", "year_range", "decade", "century", "year",
                     "quarter_code", "clock", "clock24"), ("digit",)),
    **dict.fromkeys(("day_range_mdy", "day_range_dmy", "date_mdy", "date_dmy"), ("digit", "month")),
    "month": ("month",), "season": ("season",), "quarter": ("ordinal",), "deictic": ("deictic",),
    "weekday": ("weekday",), "pod_of": ("part_of_day",), "holiday": ("holiday",),
    **dict.fromkeys(("relative", "relative_in", "anaphoric", "anaphoric_after", "ago", "past_span", "duration"),
                    ("unit",)),
    "clock_word": ("clock_word",), "reference": ("reference",),
}


def _need_words(v: Vocabulary) -> dict[str, list[str]]:
    return {"month": list(v.months), "weekday": list(v.weekdays), "season": list(v.seasons), "unit": list(v.units),
            "deictic": list(v.deictic_days), "part_of_day": list(v.parts_of_day), "ordinal": list(v.ordinals),
            "reference": list(v.references), "clock_word": ["noon", "midnight"], "holiday": list(v.holidays)}


@lru_cache(maxsize=1)
def need_patterns() -> dict[str, re.Pattern[str]]:
    """One search per need: the bare word list (no boundaries or context), so it finds at least
    what the rules' fragments find."""
    patterns = {name: _alternation(words) for name, words in _need_words(load_vocabulary()).items()}
    patterns["holiday"] = patterns["holiday"].replace(chr(39), "[" + chr(39) + "’]")
    patterns["digit"] = r"\d"
    return {name: re.compile(pattern, re.IGNORECASE) for name, pattern in patterns.items()}


@lru_cache(maxsize=1)
def need_pieces() -> dict[str, tuple[str, ...]]:
    """Per need, lower-case pieces one of which is in any window (free of FOLDS_TO_ASCII) where
    the need's search finds something: each word's longest run without spaces or apostrophes
    (those match variants), minus pieces that contain a shorter kept one. Substring tests are
    much cheaper than a case-blind alternation."""
    pieces = {}
    for name, words in _need_words(load_vocabulary()).items():
        longest = {max(re.split(r"[\s'’]+", w.lower()), key=len) for w in words}
        pieces[name] = tuple(p for p in longest if not any(q != p and q in p for q in longest))
    return pieces


# The only non-ASCII characters re.IGNORECASE matches with an ASCII letter (İ ı ſ K; checked by
# tests/time/test_time_rule_needs.py): where none occurs, str.lower() finds what the patterns find.
FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")


def _has_need(need: str, text: str, start: int, end: int, lowered: str | None) -> bool:
    if lowered is None or need == "digit":  # lowered is None: the window holds one of FOLDS_TO_ASCII
        return need_patterns()[need].search(text, start, end) is not None
    return any(piece in lowered for piece in need_pieces()[need])


def _rules_for(text: str, window_start: int, window_end: int) -> list[tuple[int, str, re.Pattern[str]]]:
    """(order, rule, pattern) of the rules whose needs all occur in text[window_start:window_end]."""
    window = text[window_start:window_end]
    lowered = window.lower() if FOLDS_TO_ASCII.search(window) is None else None
    found: dict[str, bool] = {}
    rules = []
    for order, (rule, pattern) in enumerate(compiled()):
        needs = RULE_NEEDS.get(rule, ())
        for need in needs:
            if need not in found:
                found[need] = _has_need(need, text, window_start, window_end, lowered)
        if all(found[need] for need in needs):
            rules.append((order, rule, pattern))
    return rules


def find_mentions(text: str, given_span: bool = False, start: int = 0, end: int | None = None) -> list[Mention]:
    """All time mentions in text[start:end] (offsets into `text`, whose words around the piece
    still count as context), leftmost-longest, non-overlapping. `given_span`: someone already
    decided text[start:end] is a time expression, so vague references ("now") and a bare
    "the year" / "the quarter" (the current one) count too."""
    end = len(text) if end is None else end
    candidates: list[tuple[int, int, int, str, re.Match[str]]] = []
    for window_start, window_end in _windows(text, start, end, given_span):
        for order, rule, pattern in _rules_for(text, window_start, window_end):
            if rule == "reference" and not given_span:
                continue
            for match in pattern.finditer(text, window_start, window_end):
                if match.end() == match.start():
                    continue
                if rule == "reference" or _plausible(rule, match, text) or (given_span and _bare_period(rule, match)):
                    candidates.append((match.start(), match.end(), order, rule, match))
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    taken: list[Mention] = []
    for start, end, _order, rule, match in candidates:
        if any(start < m.end and m.start < end for m in taken):
            continue
        groups = {k: v for k, v in match.groupdict().items() if v is not None}
        taken.append(Mention(start, end, text[start:end], rule, groups))
    return sorted(taken, key=lambda m: m.start)
