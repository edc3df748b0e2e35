"""`eventwire eval geo`."""
from __future__ import annotations

import typer


def register(eval_app: typer.Typer) -> None:
    """Attach `eval geo` to the eval command group."""
