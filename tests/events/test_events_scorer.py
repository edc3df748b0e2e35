"""`eval events` arithmetic on hand-made gold/prediction pairs, scores worked out by hand."""
from __future__ import annotations

import json

from eventwire.eval.events import GoldEvent, GoldSentence, PredEvent, Tally, figures_of, load_gold, score_sentence


def _gold(*types, source=("USA", "GOV")):
    return GoldSentence("s", "2020-01-01", "dev", [GoldEvent(t, [{"code": source[0], "sector": source[1]}], []) for t in types])


def test_perfect_match():
    tally = Tally()
    score_sentence(_gold("ASSAULT"), [PredEvent("ASSAULT", [("USA", "GOV")], [])], tally)
    figures = figures_of(tally, 1)
    assert (figures["micro_precision"], figures["micro_recall"], figures["micro_f1"]) == (1.0, 1.0, 1.0)
    assert figures["actor_country_accuracy"] == 1.0 and figures["actor_sector_accuracy"] == 1.0


def test_wrong_type_is_one_fp_and_one_fn():
    tally = Tally()
    score_sentence(_gold("ASSAULT"), [PredEvent("COERCE", [], [])], tally)
    figures = figures_of(tally, 1)
    assert (figures["tp"], figures["fp"], figures["fn"]) == (0, 1, 1)
    assert figures["micro_f1"] == 0.0 and figures["macro_f1"] == 0.0
    assert tally.pairs == [("ASSAULT", "COERCE")]
    assert "actor_country_accuracy" not in figures  # no matched events, nothing to judge


def test_extra_prediction_and_missed_gold():
    # sentence 1: gold AGREE, predicted AGREE + ASSAULT; sentence 2: gold REJECT, nothing predicted
    tally = Tally()
    score_sentence(_gold("AGREE"), [PredEvent("AGREE", [("FRA", None)], []), PredEvent("ASSAULT", [], [])], tally)
    score_sentence(_gold("REJECT"), [], tally)
    figures = figures_of(tally, 2)
    # tp 1, fp 1, fn 1: P = R = F1 = 0.5; per type AGREE 1.0, ASSAULT 0, REJECT 0 -> macro 1/3
    assert (figures["micro_precision"], figures["micro_recall"], figures["micro_f1"]) == (0.5, 0.5, 0.5)
    assert figures["macro_f1"] == round(1 / 3, 4)
    assert figures["actor_country_accuracy"] == 0.0  # FRA is not USA
    assert ("-", "ASSAULT") in tally.pairs and ("REJECT", "-") in tally.pairs


def test_empty_everything():
    figures = figures_of(Tally(), 0)
    assert figures["micro_f1"] == 0.0 and figures["macro_f1"] == 0.0 and figures["tp"] == 0


def test_labels_are_mapped_and_sentences_grouped(tmp_path):
    records = [
        {"id": "doc", "event": "DOCUMENT"},
        {"event": "DEMAND", "text": "A asked B.", "date": "2001-01-01", "source": [{"code": "USA"}], "target": ""},
        {"event": "FIGHT", "text": "C shot D.", "date": "2001-01-02", "source": [], "target": None},
        {"event": "INVESTIGATE", "text": "A asked B.", "date": "2001-01-01", "source": [], "target": [{"code": "RUS"}]},
    ]
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(records))
    sentences = load_gold(path)
    assert [s.text for s in sentences] == ["A asked B.", "C shot D."]
    assert [e.type for e in sentences[0].events] == ["REQUEST", "ACCUSE"]
    assert [s.split for s in sentences] == ["dev", "heldout"]
    assert sentences[1].events[0].type == "ASSAULT"


def test_cameo_gold_codes_are_read_as_iso_countries_and_sectors():
    from eventwire.eval.events import gold_country, gold_sector

    assert gold_country("JAP") == "JPN" and gold_country("ITL") == "ITA" and gold_country("VTN") == "VNM"
    assert gold_country("USAGOV") == "USA" and gold_country(None) is None
    assert gold_sector("JRN") == "MED" and gold_sector("CVLkur") == "CVL" and gold_sector("GOV") == "GOV"
    assert gold_sector("***") is None and gold_sector(None) is None


def test_cameo_gold_matches_iso_prediction():
    # gold Japanese journalists (JAP, JRN) vs predicted (JPN, MED): both sides right
    tally = Tally()
    gold = GoldSentence("s", "2020-01-01", "dev", [GoldEvent("ACCUSE", [{"code": "JAP", "sector": "JRN"}], [])])
    score_sentence(gold, [PredEvent("ACCUSE", [("JPN", "MED")], [])], tally)
    figures = figures_of(tally, 1)
    assert figures["actor_country_accuracy"] == 1.0 and figures["actor_sector_accuracy"] == 1.0


def test_igo_ngo_merged_figure_beside_the_strict_one():
    tally = Tally()
    gold = GoldSentence("s", "2020-01-01", "dev", [GoldEvent("ACCUSE", [{"code": "IGO", "sector": None}], [])])
    score_sentence(gold, [PredEvent("ACCUSE", [("NGO", None)], [])], tally)
    figures = figures_of(tally, 1)
    assert figures["actor_country_accuracy"] == 0.0
    assert figures["actor_country_igo_ngo_merged_accuracy"] == 1.0
