"""Numeric claims and disputes: values, approximations, units, stances, and the CLI."""
import json

from typer.testing import CliRunner

from eventwire.quotes.disputes import find_disputes, subject_key


def claim_values(doc):
    return {(c.quantity.value, c.quantity.unit, c.quantity.approx) for c in doc.claims}


def test_more_than_about_and_exact(code_text):
    doc = code_text("The agency said that more than 2,000 people fled, about 300 of them children, "
                    "and that 45 houses burned.")
    values = claim_values(doc)
    assert (2000.0, None, "more_than") in values
    assert (300.0, None, "about") in values
    assert (45.0, None, "exact") in values
    assert all(c.source_text == "agency" and c.stance == "asserted" for c in doc.claims)


def test_percent_and_money_units(code_text):
    doc = code_text("The minister said unemployment fell to 7 percent and the budget grew by $3.5 billion.")
    values = claim_values(doc)
    assert (7.0, "percent", "exact") in values
    assert (3.5e9, "USD", "exact") in values


def test_years_and_dates_are_not_claims(code_text):
    doc = code_text("The council said the law from 2015 will change on 3 May.")
    assert doc.claims == []


def test_disputes_within_and_across_articles():
    rows = [
        {"article_id": "a", "subject": "troops in Syria", "value": 400, "unit": None, "stance": "asserted", "source_text": "Pentagon"},
        {"article_id": "a", "subject": "troops in Syria", "value": 1000, "unit": None, "stance": "denied", "source_text": "a report"},
        {"article_id": "b", "subject": "the people killed", "value": 12, "unit": None, "stance": "asserted", "source_text": "police"},
        {"article_id": "c", "subject": "people killed", "value": 30, "unit": None, "stance": "asserted", "source_text": "rebels"},
        {"article_id": "d", "subject": "percent", "value": 90, "unit": "percent", "stance": "asserted", "source_text": "Trump"},
        {"article_id": "d", "subject": "percent", "value": 92, "unit": "percent", "stance": "asserted", "source_text": "Trump"},
    ]
    disputes = {d.subject: d for d in find_disputes(rows)}
    assert disputes["troops in Syria"].scope == "article"
    assert disputes["troops in Syria"].reason == "values+stance"
    killed = next(d for d in disputes.values() if subject_key(d.subject) == "people killed")
    assert killed.scope == "articles" and killed.reason == "values"
    assert "percent" not in disputes  # one source, two figures: not a dispute
    assert find_disputes([]) == []


def test_claims_cli_lists_disputes(code_text, tmp_path):
    from eventwire.cli import app
    from eventwire.store import open_store

    docs = [code_text("The army said that 500 soldiers were deployed in Mali."),
            code_text("Rebel leaders said that 2,000 soldiers were deployed in Mali.")]
    db = str(tmp_path / "claims.duckdb")
    with open_store(db) as store:
        store.save_many(docs)
    runner = CliRunner()
    result = runner.invoke(app, ["claims", "--disputed", "--db", db, "--json"])
    assert result.exit_code == 0, result.output
    (line,) = [json.loads(l) for l in result.output.splitlines() if l.strip()]
    assert line["scope"] == "articles" and {c["value"] for c in line["claims"]} == {500.0, 2000.0}
    listed = runner.invoke(app, ["claims", "--db", db])
    assert listed.exit_code == 0 and "soldiers" in listed.output
    missing = runner.invoke(app, ["claims", "--db", str(tmp_path / "none.duckdb")])
    assert missing.exit_code == 2


def test_ended_versus_persisting_statements_dispute_a_claim(code_text):
    doc = code_text("“We have taken 100 percent of Mosul now,” General Adams said on Monday.\n\n"
                    "Local officials in Mosul said the militants still hold two districts of the city.")
    hundred = next(c for c in doc.claims if c.quantity.value == 100)
    assert hundred.stance == "disputed" and hundred.disputed_by
    officials = next(q for q in doc.quotes if "still hold" in q.span.text)
    assert hundred.disputed_by == [officials.speaker or officials.speaker_text]
    two = next(c for c in doc.claims if c.quantity.value == 2)
    assert two.stance == "asserted" and not two.disputed_by


def test_no_dispute_without_a_shared_entity(code_text):
    doc = code_text("“We have taken 100 percent of Mosul now,” General Adams said on Monday.\n\n"
                    "Officials in Aleppo said the rebels still hold two districts.")
    assert all(c.stance == "asserted" for c in doc.claims)
