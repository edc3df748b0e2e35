"""Body cleaning: drop lines that are page furniture rather than reporting.

Works line by line on the raw body so every removal is a span of the raw input with a reason.
The patterns live in `data/boilerplate.yaml` so users can extend them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from ..model import Removal


@dataclass
class BoilerplateRules:
    patterns: list[tuple[re.Pattern[str], str]]  # (full-line regex, reason)
    max_line_words: int


@lru_cache(maxsize=1)
def load_rules() -> BoilerplateRules:
    raw = yaml.safe_load(resources.files(__package__).joinpath("data/boilerplate.yaml").read_text("utf-8"))
    patterns = []
    for entry in raw["patterns"]:
        try:
            patterns.append((re.compile(entry["regex"], re.IGNORECASE), entry["reason"]))
        except re.error as exc:  # a clear error naming the bad rule
            raise ValueError(f"boilerplate.yaml: bad regex {entry['regex']!r}: {exc}") from exc
    return BoilerplateRules(patterns, int(raw.get("max_line_words", 40)))


def normalise_headline(line: str) -> str:
    return re.sub(r"\W+", " ", line).strip().lower()


def looks_like_headline(line: str) -> bool:
    """A first line that is short, has no sentence-final punctuation and starts like a title."""
    line = line.strip()
    words = line.split()
    return (
        0 < len(words) <= 25
        and len(line) <= 200
        and not line.endswith((".", ",", ";"))
        and (line[0].isupper() or line[0].isdigit() or line[0] in "\"“'‘")
    )


def clean(raw: str, title: str | None = None) -> tuple[str, list[Removal]]:
    """Return the cleaned body and the removed spans (offsets into `raw`).

    Paragraphs stay separated by a blank line; lines inside a paragraph are kept as they are so
    quotes spanning lines survive.
    """
    rules = load_rules()
    removed: list[Removal] = []
    kept: list[str] = []
    headline = normalise_headline(title) if title else None
    offset = 0
    for line in raw.splitlines(keepends=True):
        start, body = offset, line.rstrip("\r\n")
        offset += len(line)
        stripped = body.strip()
        if not stripped:
            kept.append("")
            continue
        reason = None
        if headline and normalise_headline(stripped) == headline:
            reason = "repeated headline"
        elif len(stripped.split()) <= rules.max_line_words:
            for pattern, why in rules.patterns:
                if pattern.fullmatch(stripped):
                    reason = why
                    break
        if reason:
            removed.append(Removal(start, start + len(body), body, reason))
        else:
            kept.append(stripped)
    text = _join_paragraphs(kept)
    repeated = next((r for r in removed if r.reason == "repeated headline"), None)
    if not text and repeated is not None:
        # a brief that is only its headline ("Suit aims to stop move of clinic."): the headline is the article
        removed.remove(repeated)
        text = repeated.text.strip()
    return text, removed


def _join_paragraphs(lines: list[str]) -> str:
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        if line:
            current.append(line)
        elif current:
            paragraphs.append("\n".join(current))
            current = []
    if current:
        paragraphs.append("\n".join(current))
    return "\n\n".join(paragraphs)
