"""The shared scoring arithmetic, on counts whose right answers are worked out by hand."""
from __future__ import annotations

import io
import json

import pytest
from rich.console import Console

from eventwire.eval.metrics import (PRF, confusion, confusion_table, emit, macro_f1, mean, median, micro, prf_table,
                                    ratio, span_overlap, token_overlap, word_tokens)


def test_prf_by_hand():
    # P = 2/3, R = 2/5, F1 = 2PR/(P+R) = (8/15)/(16/15) = 0.5
    s = PRF(tp=2, fp=1, fn=3)
    assert s.precision == pytest.approx(2 / 3)
    assert s.recall == pytest.approx(0.4)
    assert s.f1 == pytest.approx(0.5)
    assert s.as_dict() == {"precision": 0.6667, "recall": 0.4, "f1": 0.5, "tp": 2, "fp": 1, "fn": 3}


def test_prf_empty_and_all_wrong_are_zero_not_errors():
    for s in (PRF(), PRF(tp=0, fp=4, fn=4), PRF(fp=3), PRF(fn=2)):
        assert (s.precision, s.recall, s.f1) == (0.0, 0.0, 0.0)


def test_prf_perfect():
    assert PRF(tp=5).f1 == 1.0


def test_macro_and_micro():
    perfect, wrong = PRF(tp=1), PRF(fp=1, fn=1)
    assert macro_f1([perfect, wrong]) == pytest.approx(0.5)  # (1 + 0) / 2
    pooled = micro([perfect, wrong])  # tp 1, fp 1, fn 1
    assert (pooled.tp, pooled.fp, pooled.fn) == (1, 1, 1)
    assert pooled.f1 == pytest.approx(0.5)
    assert macro_f1([]) == 0.0
    assert micro([]).f1 == 0.0
    # macro differs from micro when classes differ in size: F1 1.0 on 9 items, 0 on 1 item
    assert macro_f1([PRF(tp=9), PRF(fn=1, fp=1)]) == pytest.approx(0.5)
    assert micro([PRF(tp=9), PRF(fn=1, fp=1)]).f1 == pytest.approx(0.9)


def test_ratio_mean_median():
    assert ratio(1, 3) == 0.3333
    assert ratio(0, 0) == 0.0
    assert mean([1, 2, 6]) == 3.0
    assert median([1, 2, 6]) == 2.0
    assert median([1, 2, 6, 10]) == 4.0
    assert mean([]) == median([]) == 0.0


def test_token_overlap_counts_repeats_and_ignores_case_and_punctuation():
    assert word_tokens("The U.S., now!") == ["the", "u", "s", "now"]
    assert token_overlap("the cat sat", "Cat sat down.") == pytest.approx(2 / 3)
    assert token_overlap("a a b", "a b") == pytest.approx(2 / 3)  # only one "a" predicted
    assert token_overlap("", "anything") == 0.0
    assert token_overlap("x y", "") == 0.0
    assert token_overlap("x y", "y x") == 1.0


def test_span_overlap():
    assert span_overlap((0, 10), (5, 20)) == 0.5
    assert span_overlap((0, 10), (10, 20)) == 0.0
    assert span_overlap((0, 10), (0, 10)) == 1.0
    assert span_overlap((3, 3), (0, 10)) == 0.0


def test_confusion_matrix_and_tables_render():
    matrix = confusion([("ASSAULT", "ASSAULT"), ("ASSAULT", "COERCE"), ("ASSAULT", "ASSAULT"), ("AID", "-")])
    assert matrix == {"ASSAULT": {"ASSAULT": 2, "COERCE": 1}, "AID": {"-": 1}}
    out = io.StringIO()
    console = Console(file=out, width=120)
    console.print(confusion_table("types", matrix))
    console.print(prf_table("per type", {"ASSAULT": PRF(2, 1, 1)}))
    text = out.getvalue()
    assert "COERCE" in text and "0.667" in text
    assert confusion([]) == {}


def test_emit_ends_with_one_json_line(capsys):
    console = Console(file=io.StringIO())
    emit("t", {"f1": 0.5, "per_type": {"A": 1}}, as_json=True, console=console)
    last = capsys.readouterr().out.strip().splitlines()[-1]
    assert json.loads(last) == {"f1": 0.5, "per_type": {"A": 1}}
