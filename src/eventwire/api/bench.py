"""`eventwire serve-bench`: latency of the API under concurrent clients on loopback.

Builds a database of synthetic article documents (DuckDB file, or a throwaway PostgreSQL server),
starts `eventwire serve` over it in its own process, and fires requests from N concurrent HTTP
clients: a filtered /api/events page (type, country and a 90-day window, 50 rows), /api/stats
over every event (week x type x country) and /api/stats?by=week. Reports p50/p95/p99 per endpoint. Not a test: numbers depend on the machine.
"""
from __future__ import annotations

import asyncio
import datetime as dt
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Iterator

from ..model import Actor, Article, ArticleDocument, Event, Place, Span
from ..store import open_store
from ..store.rows import document_rows
from .pgserver import ThrowawayPostgres, free_port

TYPES = ["ASSAULT", "COERCE", "PROTEST", "THREATEN", "REJECT", "ACCUSE", "REQUEST", "CONSULT", "CONCEDE",
         "AGREE", "SUPPORT", "AID", "COOPERATE", "MOBILIZE", "SANCTION", "RETREAT"]
# (ISO2, ISO3, a point in the country): enough spread for maps and country filters.
COUNTRIES = [("SY", "SYR", 35.0, 38.5), ("IQ", "IRQ", 33.3, 44.4), ("UA", "UKR", 49.0, 31.0), ("RU", "RUS", 55.7, 37.6),
             ("US", "USA", 38.9, -77.0), ("FR", "FRA", 48.9, 2.35), ("NG", "NGA", 9.1, 7.4), ("ML", "MLI", 12.6, -8.0),
             ("AF", "AFG", 34.5, 69.2), ("YE", "YEM", 15.4, 44.2), ("SD", "SDN", 15.6, 32.5), ("MM", "MMR", 19.8, 96.1),
             ("CO", "COL", 4.7, -74.1), ("MX", "MEX", 19.4, -99.1), ("IN", "IND", 28.6, 77.2), ("PK", "PAK", 33.7, 73.1),
             ("IL", "ISR", 31.8, 35.2), ("LB", "LBN", 33.9, 35.5), ("SO", "SOM", 2.0, 45.3), ("ET", "ETH", 9.0, 38.7)]
SECTORS = ["GOV", "MIL", "REB", "COP", "CVL", "OPP"]
START = dt.date(2023, 1, 2)
DAYS = 730


def synthetic_documents(events: int, per_article: int = 5, seed: int = 7) -> Iterator[ArticleDocument]:
    """Articles of `per_article` one-sentence events each, spans computed as the text is written."""
    rng = random.Random(seed)
    for n in range((events + per_article - 1) // per_article):
        published = START + dt.timedelta(days=rng.randrange(DAYS))
        text, doc_actors, doc_places, doc_events = "", [], [], []
        for i in range(min(per_article, events - n * per_article)):
            cc2, cc3, lat, lon = rng.choice(COUNTRIES)
            other = rng.choice(COUNTRIES)[1]
            kind = rng.choice(TYPES)
            a_code, r_code = f"{cc3} {rng.choice(SECTORS)}", f"{other} {rng.choice(SECTORS)}"
            start = len(text)
            a_text, verb, r_text, p_text = f"{a_code} forces", kind.lower() + "ed", f"{r_code} units", f"Town{rng.randrange(500)}"
            sentence = f"{a_text} {verb} {r_text} near {p_text}. "
            text += sentence
            spans = {k: Span.of(text, start + sentence.index(v), start + sentence.index(v) + len(v))
                     for k, v in (("a", a_text), ("v", verb), ("r", r_text), ("p", p_text))}
            doc_actors += [Actor(f"a{2 * i + 1}", spans["a"], a_text, a_text, code=a_code, country=a_code[:3], sector=a_code[4:]),
                           Actor(f"a{2 * i + 2}", spans["r"], r_text, r_text, code=r_code, country=r_code[:3], sector=r_code[4:])]
            doc_places.append(Place(f"p{i + 1}", spans["p"], p_text, p_text, lat=lat + rng.uniform(-1.5, 1.5),
                                    lon=lon + rng.uniform(-1.5, 1.5), country_code=cc2, precision=1))
            date = published - dt.timedelta(days=rng.randrange(3))
            doc_events.append(Event(f"e{i + 1}", kind, spans["v"], Span.of(text, start, len(text) - 1), mode=[],
                                    actor=[f"a{2 * i + 1}"], recipient=[f"a{2 * i + 2}"], place=f"p{i + 1}",
                                    date=date.isoformat(), date_source="article", confidence=round(rng.uniform(0.3, 1), 2),
                                    method="synthetic"))
        text = text.strip()
        article = Article(id=Article.content_id(f"{n}:{text}"), text=text, title=f"Synthetic report {n}",
                          source=f"Wire {n % 7}", published=published.isoformat())
        yield ArticleDocument(article, actors=doc_actors, places=doc_places, events=doc_events)


def bulk_load(url: str, events: int) -> None:
    """Write the synthetic documents with one bulk insert per table (row-by-row would take minutes)."""
    tables: dict[str, list[dict[str, Any]]] = {}
    for doc in synthetic_documents(events):
        for table, rows in document_rows(doc).items():
            tables.setdefault(table, []).extend(rows)
    with open_store(url) as store:
        for table, rows in tables.items():
            if not rows:
                continue
            columns = list(rows[0])
            if store.backend == "duckdb":
                import pyarrow as pa

                store.conn.register("bulk_rows", pa.Table.from_pylist(rows))
                names = ", ".join(f'"{c}"' for c in columns)
                store.conn.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM bulk_rows")
                store.conn.unregister("bulk_rows")
            else:
                names = ", ".join(f'"{c}"' for c in columns)
                with store.conn.cursor().copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row([row[c] for c in columns])
        if store.backend == "postgres":
            store.execute("ANALYZE")


def request_plan(requests: int, seed: int = 11) -> dict[str, list[str]]:
    rng = random.Random(seed)
    pages = []
    for _ in range(requests):
        since = START + dt.timedelta(days=rng.randrange(DAYS - 90))
        until = since + dt.timedelta(days=90)
        params = {"type": rng.choice(TYPES), "country": rng.choice(COUNTRIES)[0], "since": since.isoformat(),
                  "until": until.isoformat(), "limit": "50"}
        pages.append("/api/events?" + "&".join(f"{k}={v}" for k, v in params.items()))
    return {"filtered /api/events page": pages, "/api/stats (week x type x country)": ["/api/stats"] * requests,
            "/api/stats?by=week (the dashboard's timeline)": ["/api/stats?by=week"] * requests}


async def fire(base: str, paths: list[str], clients: int) -> tuple[list[float], list[str]]:
    """Latencies of the successful requests and a description of each failed one."""
    import httpx

    latencies: list[float] = []
    errors: list[str] = []
    queue = iter(paths)
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as client:
        async def worker() -> None:
            for path in queue:
                t0 = time.perf_counter()
                try:
                    try:
                        response = await client.get(path)
                    except httpx.TransportError:  # an idle keep-alive connection the server closed: retry once
                        response = await client.get(path)
                except httpx.HTTPError as exc:
                    errors.append(f"{type(exc).__name__} {path}")
                    continue
                if response.status_code != 200:
                    errors.append(f"HTTP {response.status_code} {path}: {response.text[:200]}")
                    continue
                latencies.append(time.perf_counter() - t0)

        await asyncio.gather(*(worker() for _ in range(clients)))
    return latencies, errors


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def start_server(db: str, folder: str) -> tuple[subprocess.Popen, str]:
    port = free_port()
    # the server's log goes to a file: a pipe nobody reads would fill up and stall it
    log = open(Path(folder) / "server.log", "wb")
    process = subprocess.Popen([sys.executable, "-m", "eventwire", "serve", "--db", db, "--port", str(port)],
                               stdout=subprocess.DEVNULL, stderr=log)
    base = f"http://127.0.0.1:{port}"
    import httpx

    deadline = time.monotonic() + 60
    while True:
        try:
            if httpx.get(base + "/api/health", timeout=2).status_code == 200:
                return process, base
        except httpx.HTTPError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            raise RuntimeError("server did not start: " + Path(log.name).read_text()[-500:])
        time.sleep(0.2)


def run_bench(events: int, clients: int, requests: int, postgres: bool, db: str | None) -> Iterator[str]:
    pg = None
    tmp = tempfile.TemporaryDirectory(prefix="eventwire-bench-")
    try:
        if db is None and postgres:
            pg = ThrowawayPostgres().start()
            db = pg.create_database("bench")
        elif db is None:
            db = str(Path(tmp.name) / "bench.duckdb")
        with open_store(db) as store:
            empty = store.counts()["events"] == 0
        if empty:  # an existing --db with events is benchmarked as it is
            t0 = time.perf_counter()
            bulk_load(db, events)
            yield f"loaded {events} synthetic events into {'PostgreSQL' if postgres else 'DuckDB'} in {time.perf_counter() - t0:.1f}s"
        with open_store(db, read_only=True) as store:
            counts = store.counts()
        process, base = start_server(db, tmp.name)
        try:
            yield f"server {base} over {counts['events']} events / {counts['articles']} articles; {clients} concurrent clients; cpus={os.cpu_count()}"
            for name, paths in request_plan(requests).items():
                asyncio.run(fire(base, paths[: max(clients, 20)], clients))  # warm-up: connections, caches
                t0 = time.perf_counter()
                latencies, errors = asyncio.run(fire(base, paths, clients))
                wall = time.perf_counter() - t0
                ms = lambda q: 1000 * percentile(latencies, q)  # noqa: E731
                yield (f"{name}: {len(latencies)} requests, p50 {ms(0.5):.0f} ms, p95 {ms(0.95):.0f} ms, "
                       f"p99 {ms(0.99):.0f} ms, max {ms(1.0):.0f} ms, {len(latencies) / wall:.0f} req/s, errors {len(errors)}, "
                       f"load average {os.getloadavg()[0]:.1f}")
                for error in errors[:3]:
                    yield f"  failed: {error}"
            import httpx

            sample = json.loads(httpx.get(base + request_plan(1)["filtered /api/events page"][0]).text)
            yield f"(a filtered page returns {len(sample['items'])} events)"
        finally:
            process.terminate()
            process.wait(timeout=10)
    finally:
        if pg:
            pg.stop()
        tmp.cleanup()
