"""Subcommands of this part of eventwire, attached to the main CLI by `register`: `eventwire spark`."""
from __future__ import annotations

from typing import Optional

import typer
from rich.console import Console

console = Console(stderr=True)


def spark(
    inputs: list[str] = typer.Argument(..., help="Input files or directories (on a filesystem every executor sees)."),
    output: str = typer.Argument(..., help="Output directory: one Parquet dataset per table."),
    master: Optional[str] = typer.Option("local[2]", "--master", help="Spark master; empty under spark-submit, which sets it."),
    date: Optional[str] = typer.Option(None, "--date", help="Publication date (YYYY-MM-DD) for inputs that carry none."),
    source: Optional[str] = typer.Option(None, "--source", help="Source name for inputs that carry none."),
    model: Optional[str] = typer.Option(None, "--model", help="Installed spaCy pipeline name or path."),
    partitions: Optional[int] = typer.Option(None, "--partitions", min=1, help="Input partitions (default: 4 per core)."),
) -> None:
    """Code a corpus with PySpark (mapInPandas) into Parquet tables."""
    from ..config import Config
    from ..ingest.dates import normalise_date
    from .spark import run_spark

    if date and not normalise_date(date):
        console.print(f"[red]eventwire:[/red] --date {date!r} is not a date (use YYYY-MM-DD)")
        raise typer.Exit(2)
    try:
        counts = run_spark(inputs, output, master=master or None, config=Config(model=model),
                           default_date=normalise_date(date) if date else None, default_source=source,
                           partitions=partitions)
    except ValueError as exc:
        console.print(f"[red]eventwire:[/red] {exc}")
        raise typer.Exit(2)
    console.print(", ".join(f"{name} {n}" for name, n in counts.items()) + f" -> {output}")
    raise typer.Exit(1 if counts.get("failures") else 0)


def register(app: typer.Typer) -> None:
    """Attach this module's commands to the main `eventwire` app."""
    app.command(name="spark")(spark)
