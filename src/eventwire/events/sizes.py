"""Numbers attached to an event: killed, injured, arrested, displaced, surrendered, troops, people.

A number counts when it modifies a noun that is an argument of the trigger (or of a verb folded
into it), including nouns reached through "including"/"of" ("supporters including some 5,000
fighters"). Which key it fills comes from the noun ("400 troops"), else the verb ("12 were
killed"), else the trigger's own `size` key in the lexicon.
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from .lexicon import Lexicon, Trigger

UNITS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
         "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
         "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
         "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a": 1, "an": 1}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
# Not counts of people even when they look like one ("1988", "50 percent").
NOT_COUNTS = {"percent", "%", "$", "€", "£", "¥", "dollar", "euro", "pound", "yuan", "rupee", "shilling", "year", "month", "day", "week", "hour", "minute", "dollar", "km", "kilometer",
              "kilometre", "mile", "ton", "tonne", "am", "pm"}


CURRENCY = {"$", "€", "£", "¥", "US$"}


def parse_number(text: str) -> int | None:
    """'5,000' -> 5000, 'some 1.5 million' -> 1500000, 'twenty-five' -> 25; None when not a number."""
    text = text.lower().replace(",", "").strip()
    words = [w for w in re.split(r"[\s\-]+", text) if w]
    total, current, seen = 0.0, 0.0, False
    for word in words:
        if re.fullmatch(r"\d+(\.\d+)?", word):
            current += float(word)
            seen = True
        elif word in UNITS and word not in {"a", "an"}:
            current += UNITS[word]
            seen = True
        elif word in {"a", "an"}:
            current += 1
        elif word in SCALES:
            current = (current or 1) * SCALES[word]
            if SCALES[word] >= 1000:
                total, current = total + current, 0.0
            seen = True
        elif seen:
            break
    value = total + current
    return int(value) if seen and value > 0 else None


def number_of(noun: Token) -> int | None:
    """The count modifying a noun ("some 5,000 fighters"), or the noun itself when it is a number."""
    if noun.lemma_.lower() in NOT_COUNTS:
        return None
    nums = [c for c in noun.children if c.dep_ == "nummod"]
    if noun.pos_ == "NUM" and noun.dep_ in {"dobj", "nsubj", "nsubjpass", "pobj", "conj"}:
        nums = [noun]
    if any(c.text in CURRENCY or c.lemma_.lower() in NOT_COUNTS for n in [noun, *nums] for c in n.children):
        return None  # "$100 million", "50 percent of"
    for num in nums:
        parts = sorted([num] + [c for c in num.children if c.dep_ in {"compound", "nummod"} and c.pos_ == "NUM"],
                       key=lambda t: t.i)
        if any(p.text.startswith("19") or p.text.startswith("20") for p in parts if len(p.text) == 4 and p.text.isdigit()):
            continue  # a year
        value = parse_number(" ".join(p.text for p in parts))
        if value is not None:
            return value
    return None


def _key(noun: Token, verb: Token | None, trigger: Trigger, lex: Lexicon) -> str:
    lemma = noun.lemma_.lower()
    if verb is not None:  # what happened to them wins: "killed 5 soldiers" counts the killed
        for key, verbs in lex.size_verbs.items():
            if verb.lemma_.lower() in verbs or verb.text.lower() in verbs:
                return key
    if lemma in lex.size_nouns.get("troops", ()):
        return "troops"
    for key, words in lex.size_verbs.items():  # "left 17 dead": the counted word says what happened
        if lemma in words:
            return key
    if trigger.size:
        return trigger.size
    for key, nouns in lex.size_nouns.items():
        if lemma in nouns:
            return key
    return "people"


def _counts_people(noun: Token, verb: Token, lex: Lexicon) -> bool:
    """"400 troops", "30 hostages": people nouns count; "two missiles" does not, unless the verb
    says what happened to them ("killed 20", "arrested 12")."""
    lemma = noun.lemma_.lower()
    if any(lemma in nouns for nouns in lex.size_nouns.values()) or any(lemma in w for w in lex.size_verbs.values()):
        return True
    if noun.pos_ == "NUM" or noun.ent_type_ in {"NORP", "PERSON"}:
        return True
    return any(verb.lemma_.lower() in verbs for verbs in lex.size_verbs.values()) and lemma not in NOT_COUNTS


def _argument_nouns(verb: Token) -> list[Token]:
    out = []
    for c in verb.children:
        if c.dep_ in {"nsubj", "nsubjpass", "dobj", "attr", "dative", "oprd"}:  # oprd: "left 17 dead"
            out.append(c)
        elif c.dep_ in {"prep", "agent"}:
            out.extend(p for p in c.children if p.dep_ == "pobj")
    more = []
    for noun in out:
        more.extend(noun.conjuncts)
        more.extend(c for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN")  # "took 12 tourists hostage"
        for prep in noun.children:  # "supporters including some 5,000 fighters", "two of them"
            if prep.dep_ == "prep" and prep.lemma_.lower() in {"include", "including", "of", "among"}:
                more.extend(p for p in prep.children if p.dep_ == "pobj")
    return out + more


def sizes_for(trigger_tok: Token, trigger: Trigger, lex: Lexicon, extra_verbs: list[Token] = ()) -> dict[str, int]:
    """Sizes of one event from the trigger's own arguments and those of verbs folded into it."""
    sizes: dict[str, int] = {}
    verbs = [trigger_tok, *extra_verbs]
    if trigger_tok.pos_ in {"NOUN", "PROPN", "ADJ"}:
        head = trigger_tok.head  # nominal trigger: "a bombing killed 12", "12 died in clashes"
        while head.pos_ == "ADP" and head.head != head:
            head = head.head
        verbs.append(head)
    for verb in verbs:
        nouns = _argument_nouns(verb)
        if verb == trigger_tok and verb.pos_ in {"NOUN", "PROPN"}:
            nouns = [verb] + nouns
        if verb.dep_ == "acl":  # "people killed in the blast"
            nouns.append(verb.head)
        for noun in nouns:
            value = number_of(noun)
            if value is None or not _counts_people(noun, verb, lex):
                continue
            key = _key(noun, verb if verb.pos_ in {"VERB", "AUX", "ADJ"} else None, trigger, lex)
            sizes.setdefault(key, value)
    return sizes
