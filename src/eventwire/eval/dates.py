"""`eventwire eval dates`."""
from __future__ import annotations

import typer


def register(eval_app: typer.Typer) -> None:
    """Attach `eval dates` to the eval command group."""
