"""The `eventwire` command line (Typer + Rich).

Exit codes: 0 everything coded, 1 some inputs failed, 2 usage error.
Subcommands owned by other parts of the package (eval, bench, serve, gazetteer, claims, spark)
attach themselves through a `register(app)` function in their own `cli` module.
"""
from __future__ import annotations

import importlib
import json
import sys
import time
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table

from . import __version__
from .config import Config
from .store import DEFAULT_DB, Filters, open_store

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Turn news reports into a database of political events.")
console = Console(stderr=True)
out_console = Console()

DbOption = typer.Option(DEFAULT_DB, "--db", help="DuckDB file path or postgresql:// URL.")


def fail_usage(message: str) -> None:
    console.print(f"[red]eventwire:[/red] {message}")
    raise typer.Exit(2)


def version_callback(value: bool) -> None:
    if value:
        out_console.print(f"eventwire {__version__}")
        raise typer.Exit(0)


@app.callback()
def main(version: bool = typer.Option(False, "--version", callback=version_callback, is_eager=True, help="Show the version.")) -> None:
    """eventwire: who did what to whom, where, when, and who said so."""


def build_config(model: Optional[str], actors: Optional[list[Path]] = None) -> Config:
    for path in actors or []:
        if not path.exists():
            fail_usage(f"actor dictionary {path} does not exist")
    return Config(model=model, actor_files=tuple(str(p) for p in actors or []))


@app.command()
def code(
    paths: list[str] = typer.Argument(..., help="Files, directories, or - for standard input."),
    date: Optional[str] = typer.Option(None, "--date", help="Publication date (YYYY-MM-DD) for inputs that carry none."),
    source: Optional[str] = typer.Option(None, "--source", help="Source name for inputs that carry none."),
    db: str = DbOption,
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Also write article documents as JSONL here."),
    model: Optional[str] = typer.Option(None, "--model", help="Installed spaCy pipeline name or path."),
    actors: Optional[list[Path]] = typer.Option(None, "--actors", help="Extra actor dictionary (YAML); repeatable."),
    workers: int = typer.Option(1, "--workers", min=1, help="Worker processes."),
    no_db: bool = typer.Option(False, "--no-db", help="Do not write to a database (only -o)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar or summary."),
    summary: bool = typer.Option(True, "--summary/--no-summary", help="Print a table of the coded articles."),
    recode: bool = typer.Option(False, "--recode", help="Code again articles already in the database (default: skip them, so a stopped run resumes)."),
    batch_size: int = typer.Option(64, "--batch-size", min=1, help="Articles written per database transaction."),
) -> None:
    """Code articles into events and store them."""
    from .ingest.dates import normalise_date

    if date and not normalise_date(date):
        fail_usage(f"--date {date!r} is not a date (use YYYY-MM-DD)")
    date = normalise_date(date) if date else None
    config = build_config(model, actors)
    try:
        from .nlp import load_model

        load_model(config.model)
    except RuntimeError as exc:
        fail_usage(str(exc))
    store = None if no_db else open_store(db)
    out = open(output, "w", encoding="utf-8") if output else None
    started = time.perf_counter()
    try:
        stats = _run(paths, config, store, out, date, source, workers, quiet, summary, resume=not recode, batch_size=batch_size)
    except KeyboardInterrupt:
        console.print("[yellow]interrupted: what was written so far is kept; run the same command to go on[/yellow]")
        raise typer.Exit(130)
    finally:
        if out:
            out.close()
        if store:
            store.close()
    elapsed = time.perf_counter() - started
    if not quiet:
        if summary and stats.documents:
            out_console.print(summary_table(stats.documents))
        rate = stats.coded / elapsed if elapsed else 0.0
        console.print(
            f"coded {stats.coded} article(s), {stats.events} event(s), {stats.failed} failure(s) "
            f"in {elapsed:.1f}s ({rate:.1f} articles/s)" + ("" if no_db else f" -> {db}")
            + (f"; skipped {stats.skipped} already stored or repeated" if stats.skipped else "")
            + (f"; {stats.duplicates} near-duplicate(s) marked" if stats.duplicates else "")
        )
    raise typer.Exit(1 if stats.failed else 0)


def _run(paths, config, store, out, date, source, workers, quiet, summary, resume=True, batch_size=64):
    # one entry for 1 or N workers: progress bar with ETA, resume, near-duplicates (scale/local.py)
    from .scale.local import code_parallel

    return code_parallel(paths, config, store, out, date, source, workers=workers, quiet=quiet,
                         keep_documents=summary and not quiet, resume=resume, batch_size=batch_size)


def summary_table(documents) -> Table:
    table = Table(title="coded articles")
    table.add_column("published", no_wrap=True)
    table.add_column("title", min_width=20, max_width=44, overflow="fold")
    for column in ("actors", "places", "times", "events", "quotes", "claims"):
        table.add_column(column[:3], justify="right")  # short headers keep the table in 80 columns
    for doc in documents:
        a = doc.article
        counts = (doc.actors, doc.places, doc.times, doc.events, doc.quotes, doc.claims)
        table.add_row(a.published or "-", (a.title or a.text[:60]).strip(), *(str(len(c)) for c in counts))
    return table


def _filters(since, until, source, text, type_=None, limit=None) -> Filters:
    return Filters(since=since, until=until, source=source, text=text, type=type_, limit=limit)


def _open_existing(db: str):
    if not db.startswith(("postgresql://", "postgres://")) and not Path(db).exists():
        fail_usage(f"database {db} does not exist; run `eventwire code` first")
    return open_store(db, read_only=True)


@app.command()
def articles(
    db: str = DbOption,
    since: Optional[str] = typer.Option(None, help="Published on or after (YYYY-MM-DD)."),
    until: Optional[str] = typer.Option(None, help="Published on or before (YYYY-MM-DD)."),
    source: Optional[str] = typer.Option(None, help="Only this source."),
    text: Optional[str] = typer.Option(None, "--text", help="Text search (case-insensitive substring)."),
    limit: int = typer.Option(50, help="Rows to show."),
    as_json: bool = typer.Option(False, "--json", help="JSON lines instead of a table."),
) -> None:
    """List stored articles."""
    with _open_existing(db) as store:
        rows = store.articles(_filters(since, until, source, text, limit=limit))
    if as_json:
        for row in rows:
            out_console.print_json(json.dumps(row, default=str))
        return
    table = Table(title=f"articles ({len(rows)})")
    for column in ("id", "published", "source", "title", "events"):
        table.add_column(column, overflow="fold")
    for r in rows:
        table.add_row(r["id"][:10], r["published"] or "-", r["source"] or "-", r["title"] or "-", str(r["events"]))
    out_console.print(table)


@app.command()
def events(
    db: str = DbOption,
    since: Optional[str] = typer.Option(None, help="Event date on or after (YYYY-MM-DD)."),
    until: Optional[str] = typer.Option(None, help="Event date on or before (YYYY-MM-DD)."),
    source: Optional[str] = typer.Option(None, help="Only articles from this source."),
    text: Optional[str] = typer.Option(None, "--text", help="Search the event sentences."),
    type_: Optional[str] = typer.Option(None, "--type", help="PLOVER event type, e.g. ASSAULT."),
    limit: int = typer.Option(50, help="Rows to show."),
    as_json: bool = typer.Option(False, "--json", help="JSON lines instead of a table."),
) -> None:
    """List stored events."""
    with _open_existing(db) as store:
        rows = store.events(_filters(since, until, source, text, type_, limit))
    if as_json:
        for row in rows:
            sys.stdout.write(json.dumps(row, default=str) + "\n")
        return
    table = Table(title=f"events ({len(rows)})")
    for column in ("date", "type", "mode", "actor", "recipient", "place", "trigger", "flags"):
        table.add_column(column, overflow="fold")
    for r in rows:
        flags = ",".join(f for f, on in (("neg", r["negated"]), ("hyp", r["hypothetical"]), ("rep", r["reported_by"])) if on)
        table.add_row(r["date"] or "-", r["type"], ",".join(json.loads(r["mode"] or "[]")),
                      ",".join(json.loads(r["actor_codes"] or "[]")), ",".join(json.loads(r["recipient_codes"] or "[]")),
                      r["place_name"] or "-", r["trigger_text"], flags)
    out_console.print(table)


@app.command()
def export(
    output: Path = typer.Option(..., "-o", "--output", help="File to write."),
    fmt: str = typer.Option("jsonl", "--format", help="jsonl (article documents), csv or parquet (one table)."),
    table: str = typer.Option("events", "--table", help="Table for csv/parquet: events, articles, actors, places, times, quotes, claims, event_actors, failures."),
    db: str = DbOption,
    since: Optional[str] = typer.Option(None, help="On or after (YYYY-MM-DD)."),
    until: Optional[str] = typer.Option(None, help="On or before (YYYY-MM-DD)."),
    source: Optional[str] = typer.Option(None, help="Only this source."),
    text: Optional[str] = typer.Option(None, "--text", help="Text search."),
) -> None:
    """Export documents (JSONL) or a table (CSV, Parquet)."""
    from .store.export import export_documents, export_table

    if fmt not in ("jsonl", "csv", "parquet"):
        fail_usage(f"--format must be jsonl, csv or parquet, not {fmt!r}")
    with _open_existing(db) as store:
        filters = _filters(since, until, source, text)
        try:
            n = export_documents(store, output, filters) if fmt == "jsonl" else export_table(store, table, output, fmt, filters)
        except ValueError as exc:
            fail_usage(str(exc))
    console.print(f"wrote {n} row(s) to {output}")


@app.command()
def failures(db: str = DbOption) -> None:
    """List inputs that could not be coded, with the reason."""
    with _open_existing(db) as store:
        rows = store.failures()
    table = Table(title=f"failures ({len(rows)})")
    for column in ("time", "path", "reason"):
        table.add_column(column, overflow="fold")
    for r in rows:
        table.add_row(str(r["time"])[:19], r["path"], r["reason"])
    out_console.print(table)


@app.command()
def migrate(db: str = DbOption) -> None:
    """Create or upgrade the database schema."""
    with open_store(db) as store:
        version = store.schema_version()
        extra = ""
        if store.backend == "postgres":
            extra = ", PostGIS point column events.geom" if store.has_geometry() else ", no PostGIS (lat/lon columns only)"
    console.print(f"{db}: schema v{version}{extra}")


for _module in ("eval.cli", "api.cli", "places.cli", "quotes.cli", "scale.cli"):
    importlib.import_module(f"{__package__}.{_module}").register(app)


if __name__ == "__main__":
    app()
