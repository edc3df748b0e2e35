"""Name normalisation shared by the index builder and lookups, so both sides agree on keys."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from unidecode import unidecode

_DROP = re.compile(r"[.'’`ʻ]")  # "U.S." -> "us", "Côte d'Ivoire" -> "cote divoire"
_SPACE = re.compile(r"[^a-z0-9]+")
_THE = re.compile(r"^the ")


@lru_cache(maxsize=1 << 16)  # articles look up the same few names over and over
def normalise(name: str) -> str:
    """Lower-case ASCII key: accents folded, dots and apostrophes dropped, other punctuation a space."""
    text = name.lower() if name.isascii() else unidecode(unicodedata.normalize("NFKC", name)).lower()
    text = _DROP.sub("", text)
    text = _SPACE.sub(" ", text).strip()
    return _THE.sub("", text)


def is_latin(name: str) -> bool:
    """True for names written in Latin script (the only ones worth indexing for English news)."""
    if name.isascii():
        return True
    for char in name:
        if char.isalpha() and not ("LATIN" in unicodedata.name(char, "")):
            return False
    return True
