"""A timing corpus of any size: real article texts repeated, each copy made a distinct article.

`python -m eventwire.scale.corpus OUT.jsonl N [XML ...] [--max-chars C]` writes N JSONL rows drawn
in turn from GeoWebNews/LGL-style XML files (default: ../shared/data/geo/*.xml, read at run time,
never copied into the project). Copy k of an article gets a numbered closing line, so it has its
own id and is coded like a new article (and marked as a near-duplicate of the first copy, as
syndication is). `--max-chars C` keeps each article's opening sentences up to about C characters
(at least one sentence): real text, cheaper to code, for long memory runs.
"""
from __future__ import annotations

import json
import re
import sys
from itertools import cycle, islice
from pathlib import Path


SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def opening(text: str, max_chars: int) -> str:
    """The sentences of `text` that start within its first `max_chars` characters (one at least)."""
    cut = 0
    for end in SENTENCE_END.finditer(text):
        if end.end() > max_chars:
            break
        cut = end.start()
    return text[:cut] if cut else text


def write_corpus(out: Path, n: int, sources: list[Path], max_chars: int | None = None) -> int:
    from ..eval.bench import xml_rows

    rows = [row for path in sources for row in xml_rows(path)]
    if max_chars:
        rows = [{**row, "text": opening(row["text"], max_chars)} for row in rows]
    if not rows:
        raise SystemExit(f"no <article> with <text> in {', '.join(map(str, sources)) or 'no files'}")
    with open(out, "w", encoding="utf-8") as handle:
        for number, row in enumerate(islice(cycle(rows), n)):
            copy = number // len(rows)
            text = row["text"] + (f"\n\nThis is copy {copy} of the report." if copy else "")
            # ASCII escapes: a raw U+2028 in a line would split it for readers using str.splitlines
            handle.write(json.dumps({**row, "text": text}) + "\n")
    return n


def main(argv: list[str]) -> None:
    max_chars = None
    if "--max-chars" in argv:
        at = argv.index("--max-chars")
        max_chars, argv = int(argv[at + 1]), argv[:at] + argv[at + 2:]
    if len(argv) < 2:
        raise SystemExit(__doc__)
    from ..eval.bench import shared_geo_files

    sources = [Path(p) for p in argv[2:]] or shared_geo_files()
    print(f"wrote {write_corpus(Path(argv[0]), int(argv[1]), sources, max_chars)} rows to {argv[0]}")


if __name__ == "__main__":
    main(sys.argv[1:])
