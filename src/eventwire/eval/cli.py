"""`eventwire eval ...` and `eventwire bench`: each scorer module registers its own subcommand."""
from __future__ import annotations

import importlib

import typer

eval_app = typer.Typer(no_args_is_help=True, help="Score eventwire against gold sets.")

# One module per gold format; each defines `register(eval_app)`.
SCORERS = ("events", "actors", "geo", "quotes", "dates", "example")


def register(app: typer.Typer) -> None:
    for name in SCORERS:
        importlib.import_module(f"{__package__}.{name}").register(eval_app)
    app.add_typer(eval_app, name="eval")
    importlib.import_module(f"{__package__}.bench").register(app)
