"""The gold-reading helpers of `eventwire eval actors`, on records written here."""
from __future__ import annotations

import json

from eventwire.actors import load_lexicon
from eventwire.eval.actors import _locate, gold_actors, load_gold


def test_gold_actor_codes_are_read_as_country_and_sector(tmp_path):
    record = {"id": "R1", "event": "ASSAULT", "date": "2000-01-01",
              "text": "Japanese and U.S. negotiators met Rwandan journalists.",
              "source": [{"actorText": "U.S. ... negotiators", "code": "USA", "sector": "GOV"},
                         {"actorText": "Japanese", "code": "JAP"}],
              "target": [{"actorText": "Rwandan journalists", "code": "RWA", "sector": "JRN"}, "odd"]}
    actors = gold_actors(record, "dev", load_lexicon().cameo_to_sector)
    assert [(a.country, a.sector) for a in actors] == [("USA", "GOV"), ("JPN", None), ("RWA", "MED")]
    assert len(actors[0].spans) == 2


def test_locate_and_splits(tmp_path):
    assert _locate("A b  C", "b C") == []
    assert _locate("Troops of Mali", "troops") == [(0, 6)]
    path = tmp_path / "gold.json"
    path.write_text(json.dumps([{"event": "DOCUMENT"}, {"id": "a"}, {"id": "b"}, {"id": "c"}]), encoding="utf-8")
    assert [(r["id"], s) for r, s in load_gold(path)] == [("a", "dev"), ("b", "heldout"), ("c", "dev")]
