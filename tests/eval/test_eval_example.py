"""The expected-items checker on a short hand-made article and hand-made predictions."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from eventwire.eval.example import ExpectedFileError, check_document, load_expected, paired_input, summarise
from eventwire.eval.expected_match import Names, haversine_km, matches, occurrences
from eventwire.model import (Actor, Article, ArticleDocument, Claim, Event, Place, Quantity, Quote, Span, TimeExpr)

TEXT = ('Rebels of the Northern Front seized the town of Alderhaven on Monday, the army said. '
        '"We will return soon," General Ivo Brandt told reporters. "The town is ours." '
        'The group later said that 300 people had fled the town.')


def span(phrase: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(phrase, start + 1)
    return Span.of(TEXT, start, start + len(phrase))


def full_document() -> ArticleDocument:
    """Predictions a perfect coder would make for TEXT."""
    article = Article(id="x1", text=TEXT, title="Rebels take Alderhaven", published="2024-05-07")
    actors = [
        Actor("a1", span("Northern Front"), "Northern Front", "Northern Front", code="XYZ REB", country="XYZ",
              sector="REB", kind="armed_group", entity="e1"),
        Actor("a2", span("the army"), "the army", "army", code="XYZ MIL", country="XYZ", sector="MIL", entity="e2"),
        Actor("a3", span("General Ivo Brandt"), "General Ivo Brandt", "Ivo Brandt", code="XYZ MIL", country="XYZ",
              sector="MIL", kind="person", role="commander of the army", entity="e3"),
        Actor("a4", span("The group"), "The group", "group", code="XYZ REB", country="XYZ", sector="REB", entity="e1"),
    ]
    places = [Place("p1", span("Alderhaven"), "Alderhaven", "Alderhaven", lat=10.05, lon=20.0, country_code="XY",
                    precision=1, admin1="North Province")]
    times = [TimeExpr("t1", span("Monday"), "Monday", value="2024-05-06", granularity="day")]
    events = [Event("ev1", "ASSAULT", span("seized"), span(TEXT[:85]), mode=["seize"], actor=["a1"], recipient=[],
                    place="p1", time="t1", date="2024-05-06", reported_by="a2", method="test")]
    quotes = [
        Quote("q1", span("We will return soon,"), "direct", speaker="a3", speaker_text="General Ivo Brandt",
              cue=span("told reporters"), medium="statement"),
        Quote("q2", span("The town is ours."), "direct", speaker="a3", speaker_text="General Ivo Brandt",
              continuation_of="q1"),
        Quote("q3", span("300 people had fled the town"), "indirect", speaker="a4", speaker_text="The group"),
    ]
    claims = [Claim("c1", span("300 people"), "people who fled the town", Quantity(300, "people"), source="a4")]
    return ArticleDocument(article, actors, places, times, events, quotes, claims)


EXPECTED = """
article:
  published: 2024-05-07
  title: Rebels take Alderhaven
  cleaned_text_must_not_contain: ["Getty Images"]
  title_occurrences_in_text: 0
actors:
  - {text: "Rebels of the Northern Front", country: XYZ, sector: {any_of: [REB, MIL]}, aliases_in_text: ["The group"]}
  - {text: "General Ivo Brandt", code_any_of: ["XYZ MIL", "XYZ GOV"], role: "army commander", note: ignored}
places:
  - {text: "the town of Alderhaven", country_code: XY, lat: 10.0, lon: 20.0, tolerance_km: 25, precision: {any_of: [1, 2]}}
times:
  - {text: "on Monday", value: 2024-05-06}
events:
  - {type: {any_of: [ASSAULT, COERCE]}, mode: seize, actor: Northern Front, place: Alderhaven, date: 2024-05-06, trigger: "seized", reported_by: army}
quotes:
  - {kind: direct, starts: "We will return", speaker: "Ivo Brandt", cue: "told reporters"}
  - {kind: direct, starts: "The town is ours", speaker: "Brandt", continuation: true}
  - {kind: indirect, about: "300 people fled the town", speaker: "Northern Front"}
claims:
  - {subject: "people who fled", quantity: {value: 300}, source: "The group"}
"""


def results_for(doc: ArticleDocument, expected_yaml: str = EXPECTED):
    expected = yaml.safe_load(expected_yaml)
    return {r.label: r for r in check_document(expected, doc)}, summarise(check_document(expected, doc), doc)


def test_perfect_document_meets_every_item():
    by_label, figures = results_for(full_document())
    missed = {label: r.reason for label, r in by_label.items() if not r.met}
    assert missed == {}
    assert figures["met"] == figures["total"] == 4 + 2 + 1 + 1 + 1 + 3 + 1
    assert figures["sections"]["actors"] == {**figures["sections"]["actors"], "met": 2, "total": 2, "predicted": 4}
    # the army (a2) and the alias mention "The group" (a4) are predicted but no expected actor matched them
    assert figures["sections"]["actors"]["predicted_unreferenced"] == 2


def test_empty_document_misses_everything_but_the_article_checks():
    doc = full_document()
    empty = ArticleDocument(doc.article)
    by_label, figures = results_for(empty)
    assert figures["met"] == 4 and figures["total"] == 13
    assert by_label["Rebels of the Northern Front"].reason.startswith("no predicted item overlapping")
    assert "no event with trigger 'seized' (1 occurrence(s) in the text); no ASSAULT | COERCE event at all" == \
        by_label["ASSAULT | COERCE 'seized'"].reason
    assert by_label["direct starting 'We will return'"].reason == "no quote starting 'We will return' (0 quote(s) predicted)"
    assert "no claim with value 300" in by_label["people who fled = 300"].reason


def test_missed_event_says_which_attribute_is_wrong():
    doc = full_document()
    doc.events[0].actor = ["a2"]  # the army instead of the rebels
    doc.events[0].type = "RETREAT"
    by_label, _ = results_for(doc)
    result = by_label["ASSAULT | COERCE 'seized'"]
    assert not result.met and result.matched == "ev1"
    assert result.reason == ("event ev1 RETREAT 'seized' found but type RETREAT, expected ASSAULT | COERCE; "
                             "actor 'the army' (XYZ MIL), expected Northern Front")


def test_event_found_through_another_mention_of_the_same_entity():
    doc = full_document()
    doc.events[0].actor = ["a4"]  # "The group", same entity e1 as the Northern Front
    by_label, _ = results_for(doc)
    assert by_label["ASSAULT | COERCE 'seized'"].met


def test_actor_optional_accepts_no_actor_but_not_a_wrong_one():
    doc = full_document()
    doc.events[0].actor = []
    base = EXPECTED.replace("reported_by: army}", "reported_by: army, actor_optional: true}")
    assert results_for(doc, base)[0]["ASSAULT | COERCE 'seized'"].met
    assert not results_for(doc)[0]["ASSAULT | COERCE 'seized'"].met
    doc.events[0].actor = ["a2"]
    assert not results_for(doc, base)[0]["ASSAULT | COERCE 'seized'"].met


def test_place_tolerance_and_country_fallback():
    doc = full_document()
    # expected point 10.0,20.0; predicted 10.05,20.0 is about 5.6 km away
    assert haversine_km(10.0, 20.0, 10.05, 20.0) == pytest.approx(5.56, abs=0.05)
    tight = EXPECTED.replace("tolerance_km: 25", "tolerance_km: 5")
    result = results_for(doc, tight)[0]["the town of Alderhaven"]
    assert not result.met and "6 km from the expected point (tolerance 5 km)" in result.reason
    doc.places[0].lat = doc.places[0].lon = None
    assert "no coordinates" in results_for(doc)[0]["the town of Alderhaven"].reason


def test_code_any_of_and_role_overlap():
    doc = full_document()
    assert results_for(doc)[0]["General Ivo Brandt"].met  # "army commander" vs "commander of the army"
    doc.actors[2].code = "XYZ REB"
    result = results_for(doc)[0]["General Ivo Brandt"]
    assert not result.met and "code XYZ REB, expected XYZ MIL | XYZ GOV" in result.reason


def test_alias_must_be_linked_to_the_same_entity():
    doc = full_document()
    doc.actors[3].entity = "e9"
    result = results_for(doc)[0]["Rebels of the Northern Front"]
    assert not result.met and "aliases not linked to it: 'The group'" in result.reason


def test_quote_checks_continuation_cue_and_boundaries():
    doc = full_document()
    doc.quotes[1].continuation_of = None
    doc.quotes[0].cue = None
    doc.quotes[0].span = span('"We will return soon,"')  # quote marks inside the span are fine
    by_label, _ = results_for(doc)
    assert by_label["direct starting 'We will return'"].reason.endswith("cue missing, expected told reporters")
    assert "continuation_of missing, expected a previous quote" in by_label["direct starting 'The town is ours'"].reason
    doc.quotes[0].span = span("Brandt told reporters")  # wrong boundaries: starts elsewhere
    assert "no quote starting 'We will return'" in results_for(doc)[0]["direct starting 'We will return'"].reason


def test_indirect_quote_needs_half_the_words():
    doc = full_document()
    doc.quotes[2].span = span("the town.")  # 1 of 5 expected words ("the" matches, "town" too: 2/5 < 0.5)
    result = results_for(doc)[0]["indirect about '300 people fled the town'"]
    assert not result.met and "covering 50% of the words" in result.reason


def test_claim_checks_and_unknown_keys_are_reported():
    doc = full_document()
    text = EXPECTED.replace('source: "The group"}', 'source: "The group", quantity: {value: 300, approx: more_than}, mood: calm}')
    result = results_for(doc, text)[0]["people who fled = 300"]
    assert not result.met and "approx exact, expected more_than" in result.reason
    assert result.unchecked == ["mood"]


def test_article_checks_report_what_is_wrong():
    doc = full_document()
    doc.article.published = "2024-05-08"
    doc.article.text = TEXT + " Getty Images"
    by_label, _ = results_for(doc)
    assert by_label["published"].reason == "published 2024-05-08, expected 2024-05-07"
    assert by_label["cleaned_text_must_not_contain"].reason == "text still contains 'Getty Images'"


def test_value_helpers():
    import datetime as dt

    assert matches(dt.date(2019, 3, 18), "2019-03-18")
    assert matches({"any_of": [2, 3]}, 3) and not matches({"any_of": [2, 3]}, 4)
    assert matches(True, True) and not matches(True, 1) and not matches(True, None)
    assert matches("REB", "reb")
    assert occurrences("It’s here and it's here", "it's here") == [(0, 9), (14, 23)]


def test_names_resolve_country_codes_and_aliases():
    doc = full_document()
    names = Names([{"text": "Rebels of the Northern Front", "aliases_in_text": ["The group"]}], doc)
    assert names.actor_matches("XYZ", doc.actors[1])  # country code
    assert names.actor_matches("Northern Front", doc.actors[3])  # alias of the expected actor
    assert not names.actor_matches("Northern Front", doc.actors[1])
    assert not names.actor_matches("Northern Front", None)


def test_load_expected_names_the_bad_entry(tmp_path: Path):
    bad = tmp_path / "a.expected.yaml"
    bad.write_text("actors:\n  - {country: SYR}\n")
    with pytest.raises(ExpectedFileError, match="actors item 1 has no 'text'"):
        load_expected(bad)
    bad.write_text("actorz: []\n")
    with pytest.raises(ExpectedFileError, match="unknown section"):
        load_expected(bad)
    bad.write_text("quotes:\n  - {kind: direct}\n")
    with pytest.raises(ExpectedFileError, match="quotes item 1 needs"):
        load_expected(bad)


def test_paired_input_and_cli_with_a_coded_document(tmp_path: Path):
    from typer.testing import CliRunner

    from eventwire.cli import app

    expected = tmp_path / "story.expected.yaml"
    expected.write_text(EXPECTED)
    with pytest.raises(ExpectedFileError, match="no article beside"):
        paired_input(expected)
    (tmp_path / "story.txt").write_text(TEXT)
    assert paired_input(expected) == tmp_path / "story.txt"
    coded = tmp_path / "coded.jsonl"
    coded.write_text(json.dumps(full_document().to_dict()) + "\n")
    result = CliRunner().invoke(app, ["eval", "example", str(expected), "--document", str(coded), "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output.strip().splitlines()[-1])
    assert (figures["met"], figures["total"], figures["events_met"]) == (13, 13, 1)


def test_indirect_quote_is_identified_by_its_words_before_its_speaker():
    doc = full_document()
    # q1 now holds the expected words but the wrong speaker; q3 keeps the right speaker with fewer words
    doc.quotes[0].span, doc.quotes[0].kind = span("300 people had fled the town"), "indirect"
    doc.quotes[2].span = span("people had fled")  # 3 of 5 expected words
    result = results_for(doc)[0]["indirect about '300 people fled the town'"]
    assert result.matched == "q1" and not result.met
    assert "speaker General Ivo Brandt, expected Northern Front" in result.reason


def test_article_must_contain_and_unknown_checks():
    doc = full_document()
    expected = {"article": {"cleaned_text_must_contain": ["General Ivo Brandt", "Colonel"], "weather": "sunny",
                            "note": "not a check"}}
    by_label = {r.label: r for r in check_document(expected, doc)}
    assert by_label["cleaned_text_must_contain"].reason == "text lacks 'Colonel'"
    assert not by_label["weather"].met and by_label["weather"].reason == "unknown article check 'weather'"
    assert set(by_label) == {"cleaned_text_must_contain", "weather"}
