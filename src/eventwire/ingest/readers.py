"""Readers: turn files, directories and stdin into raw articles, or failures with a reason.

Each reader yields `RawArticle`s (or `InputError`s); `to_article` cleans one into an `Article`.
A bad input never stops the batch: it becomes an `InputError` naming the path and the reason.
"""
from __future__ import annotations

import codecs
import csv
import io
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

from charset_normalizer import from_bytes

from .columns import split_row, text_column

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
TABLE_SUFFIXES = {".jsonl", ".ndjson", ".csv"}
WARC_SUFFIXES = {".warc", ".warc.gz", ".arc", ".arc.gz"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | TABLE_SUFFIXES | WARC_SUFFIXES

DEFAULT_MAX_BYTES = 5_000_000  # a news article is rarely over 100 kB; 5 MB is a dump, not a story
MIN_BODY_WORDS = 5


@dataclass
class RawArticle:
    path: str
    body: str
    title: str | None = None
    published: str | int | float | None = None  # as the input gives it; normalise_date reads it
    url: str | None = None
    source: str | None = None
    is_html: bool = False
    title_from_first_line: bool = False
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass
class InputError:
    path: str
    reason: str


class InputProblem(Exception):
    """Raised inside a reader for one bad input; caught and turned into an InputError."""


def iter_inputs(paths: Iterable[str], max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawArticle | InputError]:
    for path in paths:
        if path == "-":
            yield from _guard("<stdin>", lambda: _read_stdin(max_bytes))
            continue
        p = Path(path)
        if p.is_dir():
            for child in sorted(p.rglob("*")):
                # inside a directory only known article formats are read (not databases, images ...)
                if child.is_file() and not child.name.startswith(".") and suffix_of(child) in SUPPORTED:
                    yield from _guard(str(child), lambda c=child: read_file(c, max_bytes))
        elif p.exists():
            yield from _guard(str(p), lambda: read_file(p, max_bytes))
        else:
            yield InputError(str(p), "no such file or directory")


def _guard(path: str, produce) -> Iterator[RawArticle | InputError]:
    try:
        yield from produce()
    except InputProblem as exc:
        yield InputError(path, str(exc))
    except (OSError, UnicodeError, ValueError, EOFError) as exc:
        yield InputError(path, f"{type(exc).__name__}: {exc}")


def suffix_of(path: Path) -> str:
    name = path.name.lower()
    for double in (".warc.gz", ".arc.gz"):
        if name.endswith(double):
            return double
    return path.suffix.lower()


def read_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawArticle | InputError]:
    suffix = suffix_of(path)
    size = path.stat().st_size
    if size == 0:
        raise InputProblem("empty file (0 bytes)")
    if suffix in WARC_SUFFIXES:
        yield from read_warc(path, max_bytes)
        return
    if suffix not in TABLE_SUFFIXES and size > max_bytes:
        raise InputProblem(f"file too large for one article ({size:,} bytes > {max_bytes:,})")
    if suffix in {".jsonl", ".ndjson"} and _plain_utf8(path):
        yield from read_jsonl_lines(path, max_bytes)  # streamed: memory does not grow with the file
        return
    data = path.read_bytes()
    if suffix in HTML_SUFFIXES:
        yield html_article(str(path), decode(data))
    elif suffix in {".jsonl", ".ndjson"}:
        yield from read_jsonl(str(path), decode(data), max_bytes)
    elif suffix == ".csv":
        yield from read_csv(str(path), decode(data), max_bytes)
    elif suffix in TEXT_SUFFIXES or suffix == "":
        yield text_article(str(path), decode(data))
    else:
        text = decode(data)  # unknown suffix: sniff for HTML, else treat as text
        yield html_article(str(path), text) if _looks_like_html(text) else text_article(str(path), text)


def decode(data: bytes) -> str:
    """UTF-8 when valid, else the detected charset; binary data is refused."""
    if b"\x00" in data[:8192]:
        raise InputProblem("binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputProblem("invalid UTF-8 and no other character set detected")
    text = str(best)
    printable = sum(ch.isprintable() or ch in "\n\r\t" for ch in text[:4096])
    if printable < 0.95 * min(len(text), 4096):
        raise InputProblem("undecodable bytes: looks binary, not text")
    return text


def _looks_like_html(text: str) -> bool:
    head = text[:2048].lower()
    return "<html" in head or "<!doctype html" in head or "<body" in head


def text_article(path: str, text: str) -> RawArticle:
    """A .txt: the first line is the title when it looks like a headline and a blank line follows."""
    from .clean import looks_like_headline

    lines = text.splitlines()
    first = lines[0].strip() if lines else ""
    if len(lines) > 2 and not lines[1].strip() and looks_like_headline(first):
        return RawArticle(path, text, title=first, title_from_first_line=True)
    return RawArticle(path, text)


def html_article(path: str, html: str, url: str | None = None, meta: dict | None = None) -> RawArticle:
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False, include_tables=False)
    except Exception as exc:  # trafilatura raises assorted lxml errors on broken markup
        raise InputProblem(f"HTML could not be parsed: {exc}") from exc
    body = (doc.text if doc is not None else None) or ""
    if len(body.split()) < MIN_BODY_WORDS:  # navigation crumbs are not an article
        raise InputProblem("HTML has no article body")
    paragraphs = "\n\n".join(line for line in body.splitlines() if line.strip())
    extra = dict(meta or {})
    if doc.author:
        extra["author"] = doc.author
    return RawArticle(
        path,
        paragraphs,
        title=doc.title,
        published=doc.date,
        url=doc.url or url,
        source=doc.sitename or doc.hostname,
        is_html=True,
        meta=extra,
    )


def _row_article(path: str, row: dict[str, Any], max_bytes: int) -> RawArticle:
    fields, meta = split_row(row)  # "pubDate", "headline", "link"... (data/columns.yaml)
    text = fields.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputProblem("row has no 'text'")
    if len(text.encode("utf-8")) > max_bytes:
        raise InputProblem(f"text too large for one article (> {max_bytes:,} bytes)")
    if isinstance(fields.get("source"), dict):  # news APIs give {"id": ..., "name": ...}
        fields["source"] = fields["source"].get("name") or fields["source"].get("id")
    pick = lambda key: (str(fields[key]).strip() or None) if fields.get(key) not in (None, "") else None  # noqa: E731
    if _looks_like_html(text):  # the page's own metadata first, the row's where the page has none
        raw = html_article(path, text, url=pick("url"), meta=meta)
        raw.title, raw.published = raw.title or pick("title"), raw.published or fields.get("published")
        raw.source = raw.source or pick("source")
        return raw
    return RawArticle(path, text, title=pick("title"), published=fields.get("published"), url=pick("url"),
                      source=pick("source"), meta=meta)


def read_jsonl(path: str, text: str, max_bytes: int, first: int = 1) -> Iterator[RawArticle | InputError]:
    # only "\n" ends a record: str.splitlines would also break on U+2028 etc., valid inside JSON strings
    for number, line in enumerate(text.split("\n"), first):
        if not line.strip():
            continue
        where = f"{path}#{number}"
        try:
            row = json.loads(line)
            if not isinstance(row, dict):
                raise InputProblem("line is not a JSON object")
            yield _row_article(where, row, max_bytes)
        except json.JSONDecodeError as exc:
            yield InputError(where, f"invalid JSON: {exc.msg}")
        except InputProblem as exc:
            yield InputError(where, str(exc))


def _plain_utf8(path: Path, chunk: int = 1 << 20) -> bool:
    """True when `decode` would take the file as UTF-8 (no NUL in its head, valid throughout),
    checked in chunks so a big file is never held whole."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    with open(path, "rb") as stream:
        head = stream.read(8192)
        if b"\x00" in head:
            return False
        try:
            data = head
            while data:
                decoder.decode(data)
                data = stream.read(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return False
    return True


def read_jsonl_lines(path: Path, max_bytes: int) -> Iterator[RawArticle | InputError]:
    """`read_jsonl` over a UTF-8 file read line by line; binary lines end at b"\n" alone, as there."""
    with open(path, "rb") as stream:
        for number, raw in enumerate(stream, 1):
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            yield from read_jsonl(str(path), line[:-1] if line.endswith("\n") else line, max_bytes, number)


def read_csv(path: str, text: str, max_bytes: int) -> Iterator[RawArticle | InputError]:
    csv.field_size_limit(max(max_bytes, 131072))
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or not text_column([f.strip() for f in reader.fieldnames]):
        raise InputProblem(f"CSV has no 'text' column (columns: {', '.join(reader.fieldnames or []) or 'none'})")
    for number, row in enumerate(reader, 2):
        where = f"{path}#{number}"
        try:
            yield _row_article(where, {k.strip(): v for k, v in row.items() if k}, max_bytes)
        except InputProblem as exc:
            yield InputError(where, str(exc))


def read_warc(path: Path, max_bytes: int) -> Iterator[RawArticle | InputError]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    found = 0
    try:
        with open(path, "rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type != "response":
                    continue
                ctype = (record.http_headers.get_header("Content-Type") if record.http_headers else "") or ""
                if "html" not in ctype.lower():
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                where = f"{path}#{url}"
                payload = record.content_stream().read(max_bytes + 1)
                if len(payload) > max_bytes:
                    yield InputError(where, f"response too large (> {max_bytes:,} bytes)")
                    continue
                found += 1
                try:
                    yield html_article(where, decode(payload), url=url, meta={"warc_date": record.rec_headers.get_header("WARC-Date")})
                except InputProblem as exc:
                    yield InputError(where, str(exc))
    except ArchiveLoadFailed as exc:
        raise InputProblem(f"not a readable WARC file: {exc}") from exc
    if not found:
        raise InputProblem("WARC file has no HTML response records")


def _read_stdin(max_bytes: int) -> Iterator[RawArticle]:
    data = sys.stdin.buffer.read(max_bytes + 1)
    if not data.strip():
        raise InputProblem("standard input is empty")
    if len(data) > max_bytes:
        raise InputProblem(f"standard input too large for one article (> {max_bytes:,} bytes)")
    text = decode(data)
    yield html_article("<stdin>", text) if _looks_like_html(text) else text_article("<stdin>", text)
