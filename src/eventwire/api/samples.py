"""Three small hand-written article documents with every kind of item (actors, places, times,
events, quotes, claims), for `eventwire serve --samples` and the API/browser tests.

They exercise the server and dashboard independently of what the NLP stages extract today;
every span is computed from the text, so the offsets are always consistent.
"""
from __future__ import annotations

from typing import Any

from ..model import (Actor, Article, ArticleDocument, Claim, Event, Place, Quantity, Quote, Span,
                     TimeExpr)


def span(text: str, needle: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Span(start, start + len(needle), needle)


def sentence_of(text: str, inner: Span) -> Span:
    start = text.rfind(". ", 0, inner.start)
    start = 0 if start < 0 else start + 2
    end = text.find(". ", inner.end)
    end = len(text) if end < 0 else end + 1
    return Span.of(text, start, end)


def build(text: str, published: str, source: str, title: str, actors: list[tuple], places: list[tuple],
          times: list[tuple], events: list[dict[str, Any]], quotes: list[dict[str, Any]] = (),
          claims: list[dict[str, Any]] = ()) -> ArticleDocument:
    """Actors (surface, name, code, kind), places (surface, lat, lon, country, precision),
    times (surface, value); events/quotes/claims name their trigger/quote text and item ids."""
    article = Article(id=Article.content_id(text), text=text, title=title, source=source, published=published)
    doc = ArticleDocument(article=article)
    for i, (surface, name, code, kind) in enumerate(actors, 1):
        country, _, sector = (code or "").partition(" ")
        doc.actors.append(Actor(f"a{i}", span(text, surface), surface, name, code=code, country=country or None,
                                sector=sector or None, kind=kind, confidence=0.9, method="sample"))
    for i, (surface, lat, lon, cc, precision) in enumerate(places, 1):
        doc.places.append(Place(f"p{i}", span(text, surface), surface, surface, lat=lat, lon=lon, country_code=cc,
                                precision=precision, confidence=0.9, method="sample"))
    for i, (surface, value) in enumerate(times, 1):
        doc.times.append(TimeExpr(f"t{i}", span(text, surface), surface, value=value, start=value, end=value,
                                  granularity="day", method="sample"))
    for i, e in enumerate(events, 1):
        trigger = span(text, e["trigger"])
        time = doc.time(e.get("time"))
        doc.events.append(Event(
            f"e{i}", e["type"], trigger, sentence_of(text, trigger), mode=e.get("mode", []), actor=e.get("actor", []),
            recipient=e.get("recipient", []), place=e.get("place"), time=e.get("time"),
            date=time.value if time else published, date_source="time" if time else "article",
            negated=e.get("negated", False), reported_by=e.get("reported_by"), size=e.get("size", {}),
            quad=e.get("quad"), confidence=e.get("confidence", 0.8), method="sample"))
    for i, q in enumerate(quotes, 1):
        doc.quotes.append(Quote(f"q{i}", span(text, q["text"]), q.get("kind", "direct"), speaker=q.get("speaker"),
                                speaker_text=q.get("speaker_text"), cue=span(text, q["cue"]) if q.get("cue") else None,
                                confidence=0.8, method="sample"))
    for i, c in enumerate(claims, 1):
        doc.claims.append(Claim(f"c{i}", span(text, c["text"]), c["subject"], Quantity(c["value"], c.get("unit")),
                                source=c.get("source"), source_text=c.get("source_text"), confidence=0.8, method="sample"))
    return doc


def sample_documents() -> list[ArticleDocument]:
    shelling = (
        "Government forces shelled rebel positions near Aleppo on Monday, killing 12 fighters. "
        "\"We will respond to every attack,\" a rebel commander said. "
        "The Observatory for Human Rights said 12 people were killed in the shelling."
    )
    protest = (
        "Thousands of protesters gathered in Kyiv on Sunday to demand the release of prisoners. "
        "Police arrested 30 demonstrators near the parliament, the Interior Ministry said. "
        "Police did not fire on the crowd, witnesses said."
    )
    talks = (
        "Egypt and Jordan agreed on Tuesday to hold talks in Cairo. "
        "The two foreign ministers met to discuss water sharing. "
        "Jordan later criticised the delay in aid deliveries."
    )
    return [
        build(shelling, "2024-03-18", "Test Wire", "Shelling near Aleppo",
              actors=[("Government forces", "Syrian government forces", "SYR GOV", "armed_group"),
                      ("rebel positions", "Syrian rebels", "SYR REB", "armed_group"),
                      ("a rebel commander", "rebel commander", "SYR REB", "person"),
                      ("The Observatory for Human Rights", "Observatory for Human Rights", "SYR NGO", "organization")],
              places=[("Aleppo", 36.2021, 37.1343, "SY", 1)],
              times=[("Monday", "2024-03-18")],
              events=[dict(type="ASSAULT", trigger="shelled", mode=["explosives"], actor=["a1"], recipient=["a2"],
                           place="p1", time="t1", size={"killed": 12}, quad=4, confidence=0.9)],
              quotes=[dict(text="We will respond to every attack,", speaker="a3", speaker_text="a rebel commander", cue="said")],
              claims=[dict(text="12 people were killed", subject="killed", value=12, unit="people", source="a4",
                           source_text="The Observatory for Human Rights")]),
        build(protest, "2024-03-25", "Other Wire", "Protest in Kyiv",
              actors=[("protesters", "protesters", "UKR CVL", "agent"), ("Police", "Ukrainian police", "UKR COP", "agent"),
                      ("30 demonstrators", "demonstrators", "UKR CVL", "agent"),
                      ("the Interior Ministry", "Interior Ministry", "UKR GOV", "organization")],
              places=[("Kyiv", 50.4501, 30.5234, "UA", 1)],
              times=[("Sunday", "2024-03-24")],
              events=[dict(type="PROTEST", trigger="gathered", mode=["demonstrate"], actor=["a1"], place="p1", time="t1", quad=3),
                      dict(type="COERCE", trigger="arrested", mode=["arrest"], actor=["a2"], recipient=["a3"], place="p1",
                           reported_by="a4", size={"arrested": 30}, quad=4),
                      dict(type="ASSAULT", trigger="fire", actor=["a2"], place="p1", negated=True, quad=4, confidence=0.6)],
              claims=[dict(text="30 demonstrators", subject="arrested", value=30, unit="people", source="a4",
                           source_text="the Interior Ministry")]),
        build(talks, "2024-04-03", "Test Wire", "Egypt and Jordan agree to talks",
              actors=[("Egypt", "Egypt", "EGY GOV", "country"), ("Jordan", "Jordan", "JOR GOV", "country"),
                      ("The two foreign ministers", "foreign ministers", "EGY GOV", "person")],
              places=[("Cairo", 30.0444, 31.2357, "EG", 1)],
              times=[("Tuesday", "2024-04-02")],
              events=[dict(type="AGREE", trigger="agreed", mode=["meet"], actor=["a1"], recipient=["a2"], place="p1",
                           time="t1", quad=1),
                      dict(type="CONSULT", trigger="met", mode=["meet"], actor=["a3"], quad=1),
                      dict(type="ACCUSE", trigger="criticised", mode=["disapprove"], actor=["a2"], quad=3)]),
    ]
