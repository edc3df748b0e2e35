"""Coverage of the trigger lexicon on a second set of wire-style sentences written for the project
(data/typed_sentences_wide.tsv): synonyms, phrasal verbs, passives and nominalisations of every type."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from eventwire.model import Article


def test_wide_sentences_get_their_type(pipeline):
    path = Path(__file__).parent / "data" / "typed_sentences_wide.tsv"
    rows = [line.rstrip("\n").split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    assert set(Counter(expected for expected, _ in rows)) >= {
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
        "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
    articles = [Article(id=f"w{i}", text=text, published="2000-01-01") for i, (_, text) in enumerate(rows)]
    misses = []
    for (expected, text), doc in zip(rows, pipeline.process_partition(articles)):
        if expected not in {e.type for e in doc.events if not e.hypothetical}:
            misses.append((expected, text, [(e.type, e.trigger.text) for e in doc.events]))
    assert len(misses) <= len(rows) // 20, misses


def test_particles_are_not_prepositions_with_their_own_object(code_text):
    assert "CONCEDE" in {e.type for e in code_text("The government gave in to the strikers on Friday.").events}
    assert not code_text("The suspect gave addresses in two different towns.").events
    assert "REJECT" in {e.type for e in code_text("Lawmakers voted down the budget on Thursday.").events}
