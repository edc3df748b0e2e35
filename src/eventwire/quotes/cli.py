"""`eventwire claims`: numeric claims from the database, and where sources disagree."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

DB_HELP = "Database: DuckDB file path or postgresql:// URL."


def register(app: typer.Typer) -> None:
    """Attach this module's commands to the main `eventwire` app."""

    @app.command()
    def claims(
        disputed: bool = typer.Option(False, "--disputed", help="Only subjects on which sources disagree."),
        db: str = typer.Option("eventwire.duckdb", "--db", help=DB_HELP),
        as_json: bool = typer.Option(False, "--json", help="JSON lines instead of a table."),
    ) -> None:
        """List numeric claims (value, subject, source, stance); --disputed groups disagreements."""
        from ..store import open_store
        from .disputes import find_disputes

        if not db.startswith(("postgresql://", "postgres://")) and not Path(db).exists():
            typer.echo(f"database {db} does not exist; run `eventwire code` first", err=True)
            raise typer.Exit(2)
        with open_store(db, read_only=True) as store:
            rows = store.table("claims")
        console = Console()
        if not disputed:
            _print_claims(rows, as_json, console, "claims")
            return
        disputes = find_disputes(rows)
        if as_json:
            for d in disputes:
                sys.stdout.write(json.dumps({"subject": d.subject, "unit": d.unit, "scope": d.scope,
                                             "reason": d.reason, "claims": d.claims}, default=str) + "\n")
            return
        if not disputes:
            console.print("no disputed claims")
        for d in disputes:
            where = "within one article" if d.scope == "article" else "across articles"
            _print_claims(d.claims, False, console, f"{d.subject} ({d.reason} differ, {where})")


def _print_claims(rows, as_json: bool, console: Console, title: str) -> None:
    if as_json:
        for row in rows:
            sys.stdout.write(json.dumps(row, default=str) + "\n")
        return
    table = Table(title=f"{title} ({len(rows)})")
    for column in ("article", "subject", "value", "unit", "approx", "stance", "source", "text"):
        table.add_column(column, overflow="fold")
    for r in rows:
        value = r.get("value")
        table.add_row(str(r.get("article_id") or "")[:10], r.get("subject") or "-",
                      f"{value:g}" if isinstance(value, (int, float)) else "-", r.get("unit") or "-",
                      r.get("approx") or "-", r.get("stance") or "-",
                      r.get("source_code") or r.get("source_text") or "-", r.get("text") or "-")
    console.print(table)
