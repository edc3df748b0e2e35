"""`eventwire bench`."""
from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Attach `bench` to the main app."""
