"""The grammar runs a rule only in windows holding what every match of it contains: the same
mentions as running every rule everywhere, only faster."""
from __future__ import annotations

import re
import sys

import pytest

from eventwire.time import grammar
from eventwire.time.grammar import FOLDS_TO_ASCII, PATTERNS, RULE_NEEDS, compiled, find_mentions, need_patterns

SENTENCES = [
    "On Friday, March 15, 2019, police said the attack happened at 3:30 p.m. local time.",
    "The talks ran from 3-5 May 2018 and resumed the following week, two days later.",
    "Officials met last night and again this morning; the vote is due in the third quarter of 2020.",
    "Since the 1990s and well into the 21st century the group held rallies every summer.",
    "He was jailed for 10 years in 2003 and released on Christmas Eve, 12/24/2013, around midnight.",
    "The ceasefire of 2014-2015 collapsed; fighting resumed the next month, three weeks ago.",
    "Q3 2021 earnings, reported on 2021-10-05 at 14:00 GMT, fell for a second year.",
    "Mr. Ahmed said the army is now in control, and that the situation will improve soon.",
    "Early in the month, on Tuesday afternoon, the council met until noon on 4.7.2016.",
    "ſunday at 9 am the İmam spoke; the KELVİN figure rose in late ſpring.",
]


def _all_rules(text, window_start, window_end):
    return [(order, rule, pattern) for order, (rule, pattern) in enumerate(compiled())]


@pytest.mark.parametrize("given_span", [False, True])
def test_time_rule_needs_same_mentions_as_every_rule(monkeypatch, given_span):
    fast = [find_mentions(s, given_span) for s in SENTENCES]
    monkeypatch.setattr(grammar, "_rules_for", _all_rules)
    slow = [find_mentions(s, given_span) for s in SENTENCES]
    assert fast == slow
    assert sum(len(m) for m in fast) > 20  # the sentences do exercise the rules


def test_time_rule_needs_hold_inside_every_match():
    """Each match of a rule contains each of its needs, found by the search and by the pieces."""
    seen = set()
    for rule, pattern in compiled():
        for sentence in SENTENCES:
            for match in pattern.finditer(sentence):
                if not match.group():
                    continue
                seen.add(rule)
                lowered = match.group().lower()
                for need in RULE_NEEDS.get(rule, ()):
                    assert need_patterns()[need].search(match.group()), (rule, need, match.group())
                    if need != "digit" and not FOLDS_TO_ASCII.search(match.group()):
                        assert grammar._has_need(need, sentence, match.start(), match.end(), lowered)
    assert len(seen) >= 20


def test_time_rule_needs_name_known_rules_and_searches():
    assert set(RULE_NEEDS) <= set(PATTERNS)
    assert {need for needs in RULE_NEEDS.values() for need in needs} <= set(need_patterns())


def test_time_rule_needs_case_folding_exceptions_are_complete():
    """Every non-ASCII character re.IGNORECASE matches with an ASCII letter is in FOLDS_TO_ASCII."""
    letter = re.compile("[a-z]", re.IGNORECASE)
    folding = [chr(c) for c in range(128, sys.maxunicode + 1)
               if not 0xD800 <= c <= 0xDFFF and letter.fullmatch(chr(c))]
    assert folding and all(FOLDS_TO_ASCII.fullmatch(c) for c in folding)
