"""Times on the realistic articles of tests/ingest/fixtures/news, resolved against their
publication dates the way an analyst would read them."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def coded(news_documents):
    return news_documents


def _times(doc) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in doc.times]


@pytest.mark.parametrize("article, text, value", [
    ("01-protest-capital.txt", "Tuesday", "2024-06-18"),
    ("01-protest-capital.txt", "two weeks ago", "2024-W23"),
    ("01-protest-capital.txt", "June 27", "2024-06-27"),  # "is scheduled to vote": ahead
    ("02-election-dispute.txt", "last month", "2023-12"),  # across the new year
    ("02-election-dispute.txt", "late Sunday", "2023-12-31"),
    ("02-election-dispute.txt", "January 12", "2024-01-12"),
    ("03-sanctions.txt", "earlier this year", "2024"),
    ("03-sanctions.txt", "Thursday", "2024-02-22"),
    ("04-ceasefire-talks.txt", "overnight", "2024-04-02"),
    ("04-ceasefire-talks.txt", "Tuesday night", "2024-04-02"),
    ("04-ceasefire-talks.txt", "mid-March", "2024-03"),
    ("05-militia-attack.txt", "late last month", "2024-05"),
    ("06-court-ruling.txt", "two days earlier", "2023-05-09"),  # counted from "Thursday"
    ("06-court-ruling.txt", "Friday", "2023-05-12"),  # "will appear ... on Friday"
    ("07-refugees.txt", "April of last year", "2023-04"),
    ("08-press-conference.txt", "9 a.m. on Saturday", "2024-04-27T09:00"),
    ("09-us-dateline-numeric.txt", "3/4/2024", "2024-03-04"),  # a US dateline: month first
    ("12-day-first-numeric.txt", "3/4/2024", "2024-04-03"),  # a Nigerian dateline: day first
    ("12-day-first-numeric.txt", "28/3/2024", "2024-03-28"),
    ("10-html-boilerplate.html", "since mid-April", "2024-04"),  # dated by the page's own metadata
    ("10-html-boilerplate.html", "overnight", "2024-04-30"),
    ("11-feed.jsonl#1", "March 26", "2024-03-26"),  # dated by the feed's "pubDate"
    ("11-feed.jsonl#2", "last September", "2023-09"),  # ... its "published_at"
    ("11-feed.jsonl#3", "Saturday", "2024-03-02"),  # ... its "date"
])
def test_times_resolve_against_the_publication_date(coded, article, text, value):
    assert (text, value) in _times(coded[article]), _times(coded[article])


def test_since_runs_to_publication(coded):
    (since,) = [t for t in coded["05-militia-attack.txt"].times if t.text == "since 2019"]
    assert (since.start, since.end) == ("2019-01-01", "2024-06-08")


def test_overnight_is_the_night_before(coded):
    (night,) = [t for t in coded["11-feed.jsonl#3"].times if t.text == "overnight"]
    # "stormed the prison overnight, officials said on Sunday": the night before that Sunday
    assert (night.value, night.granularity, night.method) == ("2024-03-02", "part_of_day", "deictic/sentence-day")


def test_day_first_only_where_the_country_writes_so(nlp):
    from eventwire.model import Place, Span
    from eventwire.time import writes_day_first

    text = "LONDON - Police closed the road on 3/4/2024."

    def place(cc: str, focus: bool = False, start: int = 0, name: str = "LONDON") -> Place:
        return Place(id="p1", span=Span(start, start + len(name), name), text=name, name=name, country_code=cc,
                     focus=focus)

    assert writes_day_first(text, [place("GB")])
    assert not writes_day_first(text, [place("US")])
    assert not writes_day_first(text, [])  # no country known: month first, as US wires write
    assert writes_day_first("Police in Lagos closed it.", [place("NG", focus=True, start=10, name="Lagos")])
