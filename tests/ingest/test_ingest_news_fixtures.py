"""Ingest on the realistic articles of fixtures/news: an HTML page with site furniture, a JSONL
feed whose fields are named as feeds name them, and plain text with a headline."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.ingest import InputError, read_articles
from eventwire.ingest.columns import ColumnsError, column_names, split_row
from eventwire.ingest.dates import normalise_date

NEWS = Path(__file__).parent / "fixtures" / "news"


def test_html_page_keeps_the_story_and_drops_the_furniture():
    (art,) = read_articles([str(NEWS / "10-html-boilerplate.html")])
    assert art.published == "2024-05-01" and art.source == "World News Daily"
    assert art.title.startswith("Protesters clash with police in Tbilisi")
    assert art.text.startswith("TBILISI (World News) - Police in Georgia")
    assert "vote on the bill by mid-May." in art.text
    for furniture in ("cookies", "Subscribe", "Related stories", "Share this article", "All rights reserved",
                      "Privacy policy", "newsletter", "By Nino Beridze", "Home"):
        assert furniture not in art.text, furniture


def test_feed_fields_named_as_feeds_name_them():
    arts = list(read_articles([str(NEWS / "11-feed.jsonl")]))
    assert not [a for a in arts if isinstance(a, InputError)]
    mali, armenia, haiti = arts
    assert (mali.published, mali.title, mali.url, mali.source) == (
        "2024-04-11", "Mali junta suspends political parties", "https://example.org/mali-parties", "Sahel Wire")
    assert mali.meta == {"id": "feed-1", "section": "Africa"}  # the fields used are not repeated in meta
    assert armenia.published == "2024-04-20" and armenia.meta == {"id": "feed-2", "lang": "en"}
    assert haiti.published == "2024-03-04"  # "date": "03/04/2024", month first as US feeds write it


def test_feed_date_wins_over_the_default_date():
    arts = list(read_articles([str(NEWS / "11-feed.jsonl")], default_date="1999-01-01"))
    assert [a.published for a in arts] == ["2024-04-11", "2024-04-20", "2024-03-04"]


def test_headline_line_of_a_text_file_is_the_title_not_text():
    (art,) = read_articles([str(NEWS / "01-protest-capital.txt")], default_date="2024-06-18")
    assert art.title == "Thousands march in Nairobi against finance bill"
    assert art.text.startswith("NAIROBI, Kenya (AP) - Thousands of protesters")
    assert [r.reason for r in art.removed] == ["repeated headline"]


def test_csv_with_body_and_pubdate_columns(tmp_path):
    p = tmp_path / "feed.csv"
    p.write_text('Headline,Body,pubDate,Link\n'
                 'Strike ends,"Dock workers in Durban ended a two-week strike on Friday, their union said.",'
                 '"Sat, 06 Jul 2024 08:00:00 GMT",https://example.org/durban\n', encoding="utf-8")
    (art,) = read_articles([str(p)])
    assert (art.title, art.published, art.url) == ("Strike ends", "2024-07-06", "https://example.org/durban")
    assert art.text.startswith("Dock workers in Durban")


def test_api_style_rows_epoch_dates_and_source_objects(tmp_path):
    p = tmp_path / "api.jsonl"
    row = {"content": "Farmers blocked roads into Brussels on Monday to protest against EU rules.",
           "publishedAt": 1712827800, "source": {"id": "eu-wire", "name": "EU Wire"}}
    p.write_text(json.dumps(row) + "\n", encoding="utf-8")
    (art,) = read_articles([str(p)])
    assert (art.published, art.source) == ("2024-04-11", "EU Wire")


@pytest.mark.parametrize("value, expected", [
    ("Thu, 11 Apr 2024 09:30:00 GMT", "2024-04-11"), ("20240411T093000Z", "2024-04-11"),
    (1712827800, "2024-04-11"), ("1712827800000", "2024-04-11"), (True, None), (12, None), ("soon", None),
])
def test_publication_dates_in_feed_forms(value, expected):
    assert normalise_date(value) == expected


def test_column_names_compare_without_case_or_separators():
    fields, meta = split_row({"Published-At": "2024-01-02", "TEXT": "x", "author": "A"})
    assert fields == {"published": "2024-01-02", "text": "x"} and meta == {"author": "A"}
    assert "pubdate" in column_names()["published"]


def test_columns_file_errors_name_the_problem(monkeypatch):
    import eventwire.ingest.columns as columns

    bad = "version: 1\ncolumns: {text: [text], title: [title, text], published: [date], url: [url], source: [source]}\n"

    class FakeFile:
        def joinpath(self, _):
            return self

        def read_text(self, _):
            return bad

    monkeypatch.setattr(columns.resources, "files", lambda _: FakeFile())
    columns.column_names.cache_clear()
    try:
        with pytest.raises(ColumnsError, match=r"columns.yaml: column 'text' is listed under both text and title"):
            columns.column_names()
    finally:
        columns.column_names.cache_clear()
