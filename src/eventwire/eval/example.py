"""`eventwire eval example FILE.expected.yaml`: is every item a human coder expects there?

The expected-items file lists what a careful coder extracts from one article (article checks,
actors, places, times, events, quotes, claims). The paired input has the same stem
(`x.expected.yaml` -> `x.txt`/`x.html`) and is coded with the expected `article.published` as
its date; each expected item is then reported as met, or missed with the reason.
Format of the file: docs/eval.md.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Optional

import typer
import yaml
from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..model import ArticleDocument
from .expected_entities import check_actor, check_article, check_place, check_time
from .expected_match import ItemResult, Names, as_text
from .expected_relations import check_claim, check_event, check_quote
from .metrics import emit

SECTIONS = ("article", "actors", "places", "times", "events", "quotes", "claims")
LIST_SECTIONS = SECTIONS[1:]
INPUT_SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".csv")
_CHECKERS = {"actors": check_actor, "events": check_event, "quotes": check_quote, "claims": check_claim}


class ExpectedFileError(ValueError):
    """The expected-items file is missing, unreadable or not in the format (message names the entry)."""


def load_expected(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ExpectedFileError(f"{path}: cannot read expected items: {exc}") from exc
    if not isinstance(data, dict):
        raise ExpectedFileError(f"{path}: expected a mapping with sections {', '.join(SECTIONS)}")
    unknown = sorted(set(data) - set(SECTIONS))
    if unknown:
        raise ExpectedFileError(f"{path}: unknown section(s) {', '.join(unknown)}; known: {', '.join(SECTIONS)}")
    if not isinstance(data.get("article") or {}, dict):
        raise ExpectedFileError(f"{path}: 'article' must be a mapping of checks")
    for section in LIST_SECTIONS:
        items = data.get(section) or []
        if not isinstance(items, list):
            raise ExpectedFileError(f"{path}: '{section}' must be a list of items")
        for i, item in enumerate(items, 1):
            if not isinstance(item, dict):
                raise ExpectedFileError(f"{path}: {section} item {i} is not a mapping: {item!r}")
            if section in ("actors", "places", "times") and not item.get("text"):
                raise ExpectedFileError(f"{path}: {section} item {i} has no 'text'")
            if section == "quotes" and not (item.get("starts") or item.get("about")):
                raise ExpectedFileError(f"{path}: quotes item {i} needs 'starts' (direct) or 'about' (indirect)")
    return data


def paired_input(expected_path: Path) -> Path:
    """`name.expected.yaml` -> the article `name.<txt|html|...>` beside it."""
    stem = expected_path.name
    for suffix in (".expected.yaml", ".expected.yml", ".yaml", ".yml"):
        if stem.endswith(suffix):
            stem = stem[: -len(suffix)]
            break
    for suffix in INPUT_SUFFIXES:
        candidate = expected_path.with_name(stem + suffix)
        if candidate.exists():
            return candidate
    raise ExpectedFileError(f"no article beside {expected_path} named {stem}{{{','.join(INPUT_SUFFIXES)}}}")


def check_document(expected: dict[str, Any], document: ArticleDocument) -> list[ItemResult]:
    """Every expected item of every section, in file order."""
    names = Names(expected.get("actors") or [], document)
    results = check_article(expected.get("article") or {}, document)
    for section in LIST_SECTIONS:
        for spec in expected.get(section) or []:
            if section in _CHECKERS:
                results.append(_CHECKERS[section](spec, document, names))
            elif section == "places":
                results.append(check_place(spec, document))
            else:
                results.append(check_time(spec, document))
    return results


def summarise(results: list[ItemResult], document: ArticleDocument) -> dict[str, Any]:
    """Totals overall and per section, plus how many predicted items no expected item points at."""
    sections: dict[str, Any] = {}
    for section in SECTIONS:
        mine = [r for r in results if r.section == section]
        entry: dict[str, Any] = {"met": sum(r.met for r in mine), "total": len(mine), "items": [r.as_dict() for r in mine]}
        if section in LIST_SECTIONS:
            predicted = getattr(document, section)
            referenced = {r.matched for r in mine}
            entry["predicted"] = len(predicted)
            entry["predicted_unreferenced"] = sum(1 for p in predicted if p.id not in referenced)
        sections[section] = entry
    figures: dict[str, Any] = {"article_id": document.article.id, "met": sum(r.met for r in results),
                               "total": len(results)}
    for section, entry in sections.items():
        figures[f"{section}_met"] = entry["met"]
        figures[f"{section}_total"] = entry["total"]
    figures["sections"] = sections
    return figures


def report_tables(results: list[ItemResult]) -> list[Table]:
    tables = []
    for section in SECTIONS:
        mine = [r for r in results if r.section == section]
        if not mine:
            continue
        table = Table(title=f"{section}: {sum(r.met for r in mine)}/{len(mine)} met", show_lines=False)
        table.add_column("expected", max_width=44, overflow="fold")
        table.add_column("", no_wrap=True)
        table.add_column("reason", overflow="fold")
        for r in mine:
            status = "[green]met[/green]" if r.met else "[red]missed[/red]"
            extra = f" (not checked: {', '.join(r.unchecked)})" if r.unchecked else ""
            table.add_row(Text(r.label), status, Text(r.reason + extra))  # Text: no markup in quoted article words
        tables.append(table)
    return tables


def read_document(path: Path) -> ArticleDocument:
    """The first article document of a JSONL file written by `eventwire code -o`."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                return ArticleDocument.from_dict(json.loads(line))
    raise ExpectedFileError(f"{path} holds no article document")


def code_paired(expected_path: Path, expected: dict[str, Any], model: str | None) -> ArticleDocument:
    from ..config import Config
    from ..ingest import InputError, read_articles
    from ..pipeline import get_pipeline

    source = paired_input(expected_path)
    published = as_text((expected.get("article") or {}).get("published")) or None
    items = list(read_articles([str(source)], default_date=published))
    if not items or isinstance(items[0], InputError):
        raise ExpectedFileError(f"{source}: {items[0].reason if items else 'no article read'}")
    return get_pipeline(Config(model=model)).process(items[0])


def register(eval_app: typer.Typer) -> None:
    """Attach `eval example` to the eval command group."""

    @eval_app.command("example")
    def example(
        expected_path: Path = typer.Argument(..., help="Expected-items YAML (its article sits beside it, same stem)."),
        document: Optional[Path] = typer.Option(None, "--document", help="Check this already-coded JSONL document instead of coding the article."),
        model: Optional[str] = typer.Option(None, "--model", help="Installed spaCy pipeline name or path."),
        as_json: bool = typer.Option(False, "--json", help="End with one JSON line holding every figure."),
    ) -> None:
        """Code an example article and report each expected item as met or missed, with the reason."""
        err = Console(stderr=True)
        try:
            expected = load_expected(expected_path)
            coded = read_document(document) if document else code_paired(expected_path, expected, model)
        except (ExpectedFileError, OSError, RuntimeError) as exc:
            err.print(f"[red]eventwire:[/red] {exc}")
            raise typer.Exit(2)
        results = check_document(expected, coded)
        figures = {"expected": str(expected_path), **summarise(results, coded)}
        emit(f"expected items: {expected_path.name}", figures, as_json, report_tables(results))
