"""The tagger against the project's table of expressions (tests/time/time_expressions.yaml)."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from eventwire.time import tag_text

TABLE = yaml.safe_load((Path(__file__).parent / "time_expressions.yaml").read_text("utf-8"))
ROWS = [(anchor, *row) for anchor, rows in TABLE["anchors"].items() for row in rows]


def test_table_is_big_enough():
    assert len(ROWS) >= 80


@pytest.mark.parametrize("anchor,sentence,expression,expected", ROWS, ids=[f"{r[0]}:{r[2]}" for r in ROWS])
def test_time_expression(nlp, anchor, sentence, expression, expected):
    found = {t.text: t.resolution.value for t in tag_text(sentence, anchor, nlp(sentence))}
    assert expression in found, f"{expression!r} not tagged in {sentence!r}; found {found}"
    assert found[expression] == expected
