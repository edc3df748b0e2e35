"""`eventwire eval example`."""
from __future__ import annotations

import typer


def register(eval_app: typer.Typer) -> None:
    """Attach `eval example` to the eval command group."""
