"""Disputed claims: subjects on which sources give different values or opposite stances.

Works on claim rows as the store returns them (article_id, subject, value, unit, stance, source...),
so it compares claims within one article and across every article in the database alike.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable

_LEADING = ("the ", "a ", "an ", "some ")


@dataclass
class Dispute:
    subject: str
    unit: str | None
    scope: str  # "article" when one article holds the disagreement, else "articles"
    reason: str  # "values" | "stance" | "values+stance"
    claims: list[dict[str, Any]] = field(default_factory=list)


def subject_key(subject: str | None) -> str:
    key = " ".join((subject or "").lower().split())
    for word in _LEADING:
        key = key.removeprefix(word)
    return key


def find_disputes(rows: Iterable[dict[str, Any]]) -> list[Dispute]:
    groups: dict[tuple[str, str | None], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        key = subject_key(row.get("subject"))
        if key:
            groups[(key, row.get("unit"))].append(row)
    disputes = []
    for (key, unit), claims in sorted(groups.items(), key=lambda kv: kv[0][0]):
        reason = _disagreement(claims)
        if reason is None:
            continue
        per_article = defaultdict(list)
        for c in claims:
            per_article[c.get("article_id")].append(c)
        scope = "article" if any(_disagreement(cs) for cs in per_article.values()) else "articles"
        disputes.append(Dispute(claims[0].get("subject") or key, unit, scope, reason, claims))
    return disputes


def _disagreement(claims: list[dict[str, Any]]) -> str | None:
    by_source: dict[str, set[float]] = defaultdict(set)
    for c in claims:
        if c.get("value") is not None:
            by_source[_source(c)].add(float(c["value"]))
    values = set().union(*by_source.values()) if by_source else set()
    stances = {c.get("stance") for c in claims}
    reasons = []
    # one source revising its own figure ("90 percent, 92 percent") is not a dispute between sources
    if len(by_source) > 1 and len(values) > 1:
        reasons.append("values")
    if "disputed" in stances or ("denied" in stances and "asserted" in stances):
        reasons.append("stance")  # a claim the article shows contested, or one source denying another
    return "+".join(reasons) or None


def _source(claim: dict[str, Any]) -> str:
    return str(claim.get("source_code") or claim.get("source_text") or claim.get("source") or "unknown").lower()
