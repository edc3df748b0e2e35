"""`eventwire eval events`."""
from __future__ import annotations

import typer


def register(eval_app: typer.Typer) -> None:
    """Attach `eval events` to the eval command group."""
