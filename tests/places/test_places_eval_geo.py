"""`eval geo` scorers on tiny hand-made gold/prediction pairs whose scores are worked out by hand."""
from __future__ import annotations

import json

from eventwire.eval.geo import GoldToponym, ResolutionScore, _match, load_gold, select
from eventwire.model import Place, Span

LGL = """<?xml version="1.0" encoding="utf-8"?>
<articles><article docid="7"><title>t</title><text>Fire in Quillbrook. Smoke reached Paris.</text>
<toponyms><toponym><start>8</start><end>18</end><phrase>Quillbrook</phrase>
<gaztag geonameid="9900003"><name>Quillbrook</name><fclass>P</fclass><fcode>PPL</fcode><lat>45.10</lat><lon>-93.20</lon></gaztag>
</toponym><toponym><start>34</start><end>39</end><phrase>Paris</phrase></toponym></toponyms></article></articles>"""

GWN = """<?xml version="1.0" ?>
<articles><article file="0"><title>t</title><link>l</link><text>German troops left Kabul.</text><toponyms>
<toponym><extractedName>German</extractedName><normalisedName/><type>Non_Literal_Modifier</type><modifierType>Adjective</modifierType>
<nonLocational>No</nonLocational><start>0</start><end>6</end><geonamesID>2921044</geonamesID><latitude>51.5</latitude><longitude>10.5</longitude></toponym>
<toponym><extractedName>Kabul</extractedName><normalisedName/><type>Literal</type><modifierType/>
<nonLocational>No</nonLocational><start>19</start><end>24</end><geonamesID>1138958</geonamesID><latitude>34.5</latitude><longitude>69.2</longitude></toponym>
</toponyms></article></articles>"""


def _place(start, end, gid=None, lat=None, lon=None):
    return Place(id="p", span=Span(start, end, "x"), text="x", name="x", geonameid=gid, lat=lat, lon=lon)


def test_loads_lgl_and_gwn_formats(tmp_path):
    (tmp_path / "lgl.xml").write_text(LGL, encoding="utf-8")
    (tmp_path / "GWN.xml").write_text(GWN, encoding="utf-8")
    (art,) = load_gold(tmp_path / "lgl.xml")
    assert [t.text for t in art.toponyms] == ["Quillbrook", "Paris"]
    assert art.toponyms[0].geonameid == 9900003 and not art.toponyms[1].located
    (art,) = load_gold(tmp_path / "GWN.xml")
    assert [(t.text, t.kind) for t in art.toponyms] == [("German", "Non_Literal_Modifier"), ("Kabul", "Literal")]
    (tmp_path / "gwn_full.txt").write_text("Kabul,,Kabul,,34.5,,69.2,,19,,24||\n", encoding="utf-8")
    (art,) = load_gold(tmp_path / "gwn_full.txt")
    assert art.toponyms[0].text == "Kabul" and art.toponyms[0].geonameid is None


def test_resolution_score_by_hand():
    gold = GoldToponym(0, 5, "Kabul", 1138958, 34.5, 69.2)
    score = ResolutionScore()
    score.add(_place(0, 5, 1138958, 30.0, 60.0), gold)  # same id: error 0 whatever our centre
    score.add(_place(0, 5, 1, 34.6, 69.2), gold)  # other id, about 11 km away: within 161 km
    score.add(_place(0, 5, 2, 0.0, 0.0), gold)  # far away
    score.add(None, gold)  # unresolved: counted as the farthest miss
    figures = score.figures()
    assert figures["toponyms"] == 4 and figures["exact_id"] == 0.25 and figures["acc_161km"] == 0.5
    assert figures["median_km"] > 100


def test_empty_and_all_wrong():
    assert ResolutionScore().figures() == {"toponyms": 0, "exact_id": 0.0, "acc_161km": 0.0, "mean_km": 0.0,
                                           "median_km": 0.0}
    score = ResolutionScore()
    score.add(None, GoldToponym(0, 5, "Kabul", 1138958, 34.5, 69.2))
    assert score.figures()["acc_161km"] == 0.0 and score.figures()["exact_id"] == 0.0


def test_overlap_matching_is_one_to_one():
    golds = [GoldToponym(0, 5, "a", None, 1.0, 1.0), GoldToponym(10, 15, "b", None, 1.0, 1.0)]
    pairs = _match([_place(0, 3), _place(2, 4), _place(12, 20), _place(30, 35)], golds)
    assert [g.text if g else None for _, g in pairs] == ["a", None, "b", None]


def test_split_alternates_articles():
    arts = list(range(5))
    assert select(arts, "dev", None) == [0, 2, 4] and select(arts, "test", None) == [1, 3]
    assert select(arts, "all", 2) == [0, 1]


def test_cli_resolution_json(tmp_path, fixture_index):
    from typer.testing import CliRunner

    from eventwire.cli import app

    (tmp_path / "lgl.xml").write_text(LGL, encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "geo", "--gold", str(tmp_path / "lgl.xml"), "--protocol", "resolution",
                                           "--gazetteer", str(fixture_index), "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output.strip().splitlines()[-1])
    assert figures["resolution_exact_id"] == 1.0 and figures["resolution_toponyms"] == 1
