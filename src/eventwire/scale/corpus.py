"""A timing corpus of any size: real article texts repeated, each copy made a distinct article.

`python -m eventwire.scale.corpus OUT.jsonl N [XML ...]` writes N JSONL rows drawn in turn from
GeoWebNews/LGL-style XML files (default: ../shared/data/geo/*.xml, read at run time, never copied
into the project). Copy k of an article gets a numbered closing line, so it has its own id and
is coded like a new article (and marked as a near-duplicate of the first copy, as syndication is).
"""
from __future__ import annotations

import json
import sys
from itertools import cycle, islice
from pathlib import Path


def write_corpus(out: Path, n: int, sources: list[Path]) -> int:
    from ..eval.bench import xml_rows

    rows = [row for path in sources for row in xml_rows(path)]
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
    if len(argv) < 2:
        raise SystemExit(__doc__)
    from ..eval.bench import shared_geo_files

    sources = [Path(p) for p in argv[2:]] or shared_geo_files()
    print(f"wrote {write_corpus(Path(argv[0]), int(argv[1]), sources)} rows to {argv[0]}")


if __name__ == "__main__":
    main(sys.argv[1:])
