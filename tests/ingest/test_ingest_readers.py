import io
import json

import pytest

from eventwire.ingest import InputError, read_articles
from eventwire.ingest.dates import normalise_date

BODY = "Police arrested 12 protesters in the capital on Monday, the interior ministry said."


def _one(items):
    (item,) = list(items)
    return item


def test_txt_title_from_first_line(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(f"Police arrest protesters\n\nPolice arrest protesters\n\n{BODY}\n", encoding="utf-8")
    art = _one(read_articles([str(p)], default_date="2024-03-18"))
    assert art.title == "Police arrest protesters"
    assert art.text == BODY
    assert art.published == "2024-03-18"
    assert art.path == str(p)


def test_txt_without_headline_keeps_first_line(tmp_path):
    p = tmp_path / "b.txt"
    p.write_text(BODY + "\n" + BODY, encoding="utf-8")
    art = _one(read_articles([str(p)]))
    assert art.title is None and art.text.startswith("Police arrested")


def test_html_metadata_and_body(tmp_path):
    html = f"""<html><head><title>Protest news</title>
    <meta property="article:published_time" content="2021-05-04T10:00:00Z">
    <meta name="author" content="A. Writer"><link rel="canonical" href="https://example.org/x"></head>
    <body><article><h1>Protest news</h1><p>{BODY}</p><p>{BODY.replace('12', '30')}</p></article></body></html>"""
    p = tmp_path / "a.html"
    p.write_text(html, encoding="utf-8")
    art = _one(read_articles([str(p)], default_date="1999-01-01"))
    assert art.published == "2021-05-04"  # the page's own date wins over --date
    assert art.url == "https://example.org/x"
    assert "Writer" in art.meta["author"]
    assert "Police arrested 12" in art.text and "Police arrested 30" in art.text
    assert "Protest news" not in art.text


def test_jsonl_rows_and_bad_row(tmp_path):
    p = tmp_path / "a.jsonl"
    rows = [
        {"text": BODY, "title": "T1", "published": "2020-01-02", "url": "u1", "source": "S", "section": "world"},
        {"title": "no text"},
    ]
    p.write_text("\n".join(json.dumps(r) for r in rows) + "\n{not json\n", encoding="utf-8")
    items = list(read_articles([str(p)]))
    assert len(items) == 3
    art = items[0]
    assert (art.title, art.published, art.url, art.source, art.meta) == ("T1", "2020-01-02", "u1", "S", {"section": "world"})
    assert isinstance(items[1], InputError) and "text" in items[1].reason and items[1].path.endswith("#2")
    assert isinstance(items[2], InputError) and "JSON" in items[2].reason


def test_jsonl_text_with_unicode_line_separator(tmp_path):
    p = tmp_path / "u.jsonl"
    p.write_text(json.dumps({"text": BODY + "\u2028" + BODY}, ensure_ascii=False) + "\r\n", encoding="utf-8")
    art = _one(read_articles([str(p)]))
    assert "\u2028" in art.text or art.text.count("Police") == 2


def test_csv_rows_and_missing_text_column(tmp_path):
    good = tmp_path / "good.csv"
    good.write_text(f'text,title,published,lang\n"{BODY}",T,2020-02-03,en\n', encoding="utf-8")
    art = _one(read_articles([str(good)]))
    assert art.title == "T" and art.published == "2020-02-03" and art.meta == {"lang": "en"}
    bad = tmp_path / "bad.csv"
    bad.write_text("summary,title\nx,y\n", encoding="utf-8")  # "body" and "content" are text columns (columns.yaml)
    err = _one(read_articles([str(bad)]))
    assert isinstance(err, InputError) and "no 'text' column" in err.reason


def test_warc_html_responses(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    p = tmp_path / "crawl.warc.gz"
    with open(p, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        html = f"<html><head><title>W</title></head><body><article><p>{BODY}</p><p>{BODY}</p></article></body></html>"
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.0")
        record = writer.create_warc_record("https://example.org/w", "response", payload=io.BytesIO(html.encode()), http_headers=headers)
        writer.write_record(record)
    art = _one(read_articles([str(p)]))
    assert art.url == "https://example.org/w" and "Police arrested" in art.text


def test_bad_inputs_each_fail_with_reason(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 10)
    (tmp_path / "huge.txt").write_text("word " * 4_200_000)
    (tmp_path / "nobody.html").write_text("<html><body><nav>Home</nav></body></html>")
    (tmp_path / "latin1.txt").write_bytes(("Le président a déclaré que la réunion aura lieu à Genève. " * 3).encode("latin-1"))
    items = {item.path.rsplit("/", 1)[-1]: item for item in read_articles([str(tmp_path)])}
    assert "0 bytes" in items["empty.txt"].reason
    assert "binary" in items["binary.txt"].reason
    assert "too large" in items["huge.txt"].reason
    assert "no article body" in items["nobody.html"].reason
    assert "président" in items["latin1.txt"].text  # a legacy charset is detected, not refused


def test_missing_path():
    err = _one(read_articles(["/nonexistent/file.txt"]))
    assert isinstance(err, InputError) and "no such file" in err.reason


def test_stdin(monkeypatch):
    fake = io.TextIOWrapper(io.BytesIO(BODY.encode()), encoding="utf-8")
    monkeypatch.setattr("sys.stdin", fake)
    art = _one(read_articles(["-"]))
    assert art.path == "<stdin>" and art.text == BODY


def test_same_text_same_id(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(BODY)
    b.write_text(BODY + "\n\n")
    ids = {art.id for art in read_articles([str(a), str(b)])}
    assert len(ids) == 1


@pytest.mark.parametrize("value,expected", [
    ("2019-03-18T10:02:00Z", "2019-03-18"), ("March 18, 2019", "2019-03-18"), ("18 Mar 2019", "2019-03-18"),
    ("not a date", None), (None, None), ("", None),
])
def test_normalise_date(value, expected):
    assert normalise_date(value) == expected
