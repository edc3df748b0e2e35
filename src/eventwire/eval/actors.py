"""`eventwire eval actors`."""
from __future__ import annotations

import typer


def register(eval_app: typer.Typer) -> None:
    """Attach `eval actors` to the eval command group."""
