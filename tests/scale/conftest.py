"""Synthetic corpora for the scale tests (sentences written here) and a whole-database snapshot."""
from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

GROUPS = ["Police", "Protesters", "Government troops", "Rebel fighters", "The army", "Villagers", "Officials",
          "Students", "Farmers", "Doctors"]
ACTIONS = ["attacked", "met", "arrested", "criticized", "fired on", "negotiated with", "thanked", "blockaded"]
CITIES = ["Kabul", "Aleppo", "Mosul", "Lagos", "Nairobi", "Caracas", "Kyiv", "Manila", "Dhaka", "Lima"]
FOLLOW_UPS = [
    "Witnesses said the streets of the old market were closed for {n} hours afterwards.",
    "The governor promised an inquiry and asked residents to stay indoors until {day}.",
    "Local radio reported that {n} vehicles had been damaged near the bus station.",
    "A curfew announced on {day} was lifted a day later, the mayor's office said.",
    "Aid groups said {n} families had left the district since the start of the month.",
    "Opposition leaders called for a general strike on {day} to protest the arrests.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
NEAR_DUPLICATES = 3  # rows of copies.jsonl that are syndicated copies of earlier articles


def story(i: int) -> str:
    """A short news story; different i give different wording, numbers and places."""
    rng = random.Random(i)
    a, b = rng.sample(GROUPS, 2)
    follow = rng.sample(FOLLOW_UPS, 3)
    lines = [
        f"{a} {rng.choice(ACTIONS)} {b.lower()} in {rng.choice(CITIES)} on {rng.choice(DAYS)}, "
        f"according to a statement numbered {1000 + i}.",
        f"At least {rng.randint(2, 90)} people were hurt and {rng.randint(1, 30)} were detained, the interior ministry said.",
        *(f.format(n=rng.randint(3, 400), day=rng.choice(DAYS)) for f in follow),
        f"\"We will not accept this,\" said spokesman Omar Haddad, who has held the post since {1990 + i % 30}.",
    ]
    return "\n\n".join(lines) + "\n"


def write_corpus(folder: Path, n: int) -> Path:
    """n-? text files, one exact repeat, one empty file, and copies.jsonl (near-duplicates, other sources)."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = n - NEAR_DUPLICATES - 2
    for i in range(texts):
        (folder / f"story{i:03d}.txt").write_text(story(i), encoding="utf-8")
    (folder / "story_repeat.txt").write_text(story(1), encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    rows = [{"text": story(k) + f"\n\nThe partner newspaper in region {j} first published this report.",
             "source": f"Outlet {j}", "published": "2024-05-02"} for j, k in enumerate((2, 5, 5))]
    (folder / "zz_copies.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return folder


VOLATILE = {"coded_at", "time"}  # when a row was written, not what it says


def snapshot(db: str) -> dict[str, list[tuple]]:
    """Every row of every table (sorted, without write times): two equal snapshots are the same database."""
    from eventwire.store import open_store
    from eventwire.store.schema import TABLES

    with open_store(db, read_only=True) as store:
        return {table: sorted(tuple(sorted((k, repr(v)) for k, v in row.items() if k not in VOLATILE))
                              for row in store.query(f"SELECT * FROM {table}"))
                for table in TABLES + ("failures",)}


@pytest.fixture
def db_snapshot():
    return snapshot


@pytest.fixture
def corpus(tmp_path):
    return lambda n, name="corpus": write_corpus(tmp_path / name, n)
