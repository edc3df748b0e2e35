"""`eventwire eval dates` on small TimeML files written for these tests, scores worked out by hand."""
from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from eventwire.eval.dates import GoldTimex, Scores, read_tml, run_eval, score_spans
from eventwire.time import Tagged
from eventwire.time.calendar import Resolution

UNIT = Path(__file__).parent / "fixtures" / "unit"


def test_read_tml_offsets_and_dct():
    doc = read_tml(UNIT / "tiny.tml")
    assert doc.dct == "2019-03-18"
    assert [t.text for t in doc.timexes] == ["Sunday", "Monday", "three weeks", "now"]
    assert all(doc.text[t.start:t.end] == t.text for t in doc.timexes)
    assert "&" in doc.text and "<EVENT" not in doc.text


def test_all_right_file(nlp):
    figures, _ = run_eval(UNIT / "tiny.tml", nlp=nlp)
    # given spans: Sunday, Monday, now (DATE) all right; the DURATION is not scored there
    assert figures["given_spans_total"] == 3
    assert figures["given_spans_value_accuracy"] == 1.0
    # end to end: Sunday, Monday, three weeks found; "now" is never emitted by the tagger
    assert figures["end_to_end_strict"]["tp"] == 3
    assert figures["end_to_end_strict"]["fp"] == 0
    assert figures["end_to_end_strict"]["fn"] == 1
    assert figures["end_to_end_value_accuracy"] == 1.0


def test_all_wrong_file(nlp):
    figures, scores = run_eval(UNIT / "wrong.tml", nlp=nlp)
    assert figures["given_spans_value_accuracy"] == 0.0
    assert scores.errors == [("wrong.tml", "last week", "2019-05", "2020-W01")]
    # "last week" matches, "2018" has no gold: P 0.5, R 1.0
    assert figures["end_to_end_strict"]["precision"] == 0.5
    assert figures["end_to_end_strict"]["recall"] == 1.0
    assert figures["end_to_end_value_accuracy"] == 0.0


def _pred(start, end, timex):
    return Tagged(start, end, "", Resolution(timex, timex, None, None, "day", "test"))


def test_span_scoring_by_hand():
    gold = [GoldTimex(0, 6, "Monday", "DATE", "2019-03-18"), GoldTimex(10, 20, "late March", "DATE", "2019-03")]
    scores = Scores()
    score_spans(gold, [_pred(0, 6, "2019-03-18"), _pred(15, 20, "2019-03"), _pred(30, 34, "2019")], scores)
    assert (scores.strict.tp, scores.strict.fp, scores.strict.fn) == (1, 2, 1)
    assert (scores.relaxed.tp, scores.relaxed.fp, scores.relaxed.fn) == (2, 1, 0)
    assert scores.matched_values == {"total": 2, "correct": 2}


def test_empty_gold_and_prediction():
    scores = Scores()
    score_spans([], [], scores)
    assert scores.strict.f1 == 0.0 and scores.relaxed.tp == 0


def test_cli_json():
    from eventwire.cli import app

    result = CliRunner().invoke(app, ["eval", "dates", "--gold", str(UNIT), "--json", "--errors", "2"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output.strip().splitlines()[-1])
    assert figures["files"] == 2
    assert figures["given_spans_total"] == 4
    assert figures["given_spans_value_accuracy"] == 0.75


def test_dateparser_baseline(nlp):
    # dateparser takes "Monday" in a Monday article a week back and "now" as a date: 1 of 3 right
    figures, scores = run_eval(UNIT / "tiny.tml", nlp=nlp, baseline=True)
    assert figures["given_spans_value_accuracy"] == 0.3333
    assert [e[1] for e in scores.errors] == ["Monday", "now"]
