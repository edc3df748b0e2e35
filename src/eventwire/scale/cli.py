"""Subcommands of this part of eventwire, attached to the main CLI by `register`."""
from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Attach this module's commands to the main `eventwire` app."""
