"""`eventwire gazetteer ...`: build the local index, load GeoNames dumps into it, look names up."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

gazetteer_app = typer.Typer(no_args_is_help=True, help="The local gazetteer index used to resolve places.")
console = Console()

IndexOption = typer.Option(None, "--index", help="Index file (default: the user cache dir, or $EVENTWIRE_CACHE_DIR).")


def _index(path: Optional[Path]) -> Path:
    from .gazetteer import default_index_path, ensure_index

    return ensure_index(path or default_index_path())


@gazetteer_app.command("add")
def add(
    files: list[Path] = typer.Argument(..., help="GeoNames dump files: allCountries.txt, cities500.txt, XX.txt, or .zip."),
    index: Optional[Path] = IndexOption,
) -> None:
    """Load GeoNames dump files into the local index (kept across rebuilds)."""
    from .gazetteer import forget_open
    from .geonames_dump import DumpFormatError, add_dumps

    for path in files:
        if not path.exists():
            console.print(f"[red]eventwire:[/red] {path} does not exist")
            raise typer.Exit(2)
    target = _index(index)
    try:
        count = add_dumps(target, files)
    except DumpFormatError as exc:
        console.print(f"[red]eventwire:[/red] {exc}")
        raise typer.Exit(1) from exc
    forget_open()
    console.print(f"loaded {count} entries into {target}")


@gazetteer_app.command("build")
def build(index: Optional[Path] = IndexOption) -> None:
    """Build (or rebuild) the index from the bundled packages now, keeping added entries."""
    from .index_build import build_index

    target = index or _index(None)
    build_index(target, keep_from=target if target.exists() else None)
    console.print(f"built {target}")


@gazetteer_app.command("lookup")
def lookup(name: str, index: Optional[Path] = IndexOption) -> None:
    """Print the entries a name matches, most populous first."""
    from .gazetteer import Gazetteer

    gaz = Gazetteer(_index(index))
    for entry in sorted(gaz.lookup(name), key=lambda e: -e.population):
        console.print(f"{entry.id}\t{entry.name}\t{entry.fcode}\t{entry.cc}\t{entry.lat:.4f},{entry.lon:.4f}\tpop {entry.population}\t{entry.source}")


def register(app: typer.Typer) -> None:
    """Attach `eventwire gazetteer` to the main app."""
    app.add_typer(gazetteer_app, name="gazetteer")
