"""`eventwire eval quotes`."""
from __future__ import annotations

import typer


def register(eval_app: typer.Typer) -> None:
    """Attach `eval quotes` to the eval command group."""
