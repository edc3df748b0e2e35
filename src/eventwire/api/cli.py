"""`eventwire serve` (REST API + dashboard) and `eventwire serve-bench` (latency benchmark)."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

console = Console(stderr=True)


def register(app: typer.Typer) -> None:
    """Attach this module's commands to the main `eventwire` app."""
    from ..store import DEFAULT_DB

    @app.command()
    def serve(
        db: str = typer.Option(DEFAULT_DB, "--db", help="DuckDB file path or postgresql:// URL."),
        host: str = typer.Option("127.0.0.1", "--host", help="Interface to bind; 0.0.0.0 exposes it to the network."),
        port: int = typer.Option(8000, "--port", min=1, max=65535),
        allow_code: bool = typer.Option(False, "--allow-code", help="Enable POST /api/code (writes to the database)."),
        token: Optional[str] = typer.Option(None, "--token", envvar="EVENTWIRE_TOKEN",
                                            help="Bearer token POST /api/code requires (or EVENTWIRE_TOKEN)."),
        cors_origin: Optional[list[str]] = typer.Option(None, "--cors-origin", help="Allow GET requests from this origin; repeatable."),
        max_body: int = typer.Option(1_000_000, "--max-body", min=1024, help="Largest request body in bytes."),
        samples: bool = typer.Option(False, "--samples", help="Serve three built-in sample articles from memory (ignores --db)."),
    ) -> None:
        """Serve the REST API (/api, docs at /docs) and the dashboard (/)."""
        import uvicorn

        from .app import Settings, create_app

        if allow_code and not token:
            console.print("[red]eventwire:[/red] --allow-code needs --token (or EVENTWIRE_TOKEN)")
            raise typer.Exit(2)
        is_postgres = db.startswith(("postgresql://", "postgres://"))
        if samples:
            db = ":memory:"
        elif not is_postgres and not allow_code and not Path(db).exists():
            console.print(f"[red]eventwire:[/red] database {db} does not exist; run `eventwire code` first")
            raise typer.Exit(2)
        settings = Settings(db=db, allow_code=allow_code, token=token, cors_origins=list(cors_origin or []),
                            max_body_bytes=max_body)
        try:
            application = create_app(settings, sample_database() if samples else None)
        except Exception as exc:  # noqa: BLE001 - e.g. locked DuckDB file, unreachable server
            console.print(f"[red]eventwire:[/red] cannot open {db}: {exc}")
            raise typer.Exit(2)
        if host not in ("127.0.0.1", "localhost", "::1"):
            console.print(f"[yellow]listening on {host}: reachable from the network[/yellow]")
        console.print(f"dashboard http://{host}:{port}/  API docs http://{host}:{port}/docs")
        uvicorn.run(application, host=host, port=port, log_level="info", server_header=False,
                    limit_concurrency=1000, timeout_keep_alive=5)

    def sample_database():
        from .db import Database
        from .samples import sample_documents

        database = Database(":memory:", writable=True)
        database.store.save_many(sample_documents())
        return database

    @app.command("serve-bench")
    def serve_bench(
        events: int = typer.Option(100_000, "--events", min=100, help="Synthetic events to generate."),
        clients: int = typer.Option(50, "--clients", min=1, help="Concurrent HTTP clients."),
        requests: int = typer.Option(2000, "--requests", min=10, help="Requests per endpoint."),
        postgres: bool = typer.Option(False, "--postgres", help="Benchmark on a throwaway PostgreSQL server instead of DuckDB."),
        db: Optional[str] = typer.Option(None, "--db", help="Benchmark this database (filled with synthetic events first when it has none)."),
    ) -> None:
        """p95 latency of a filtered /api/events page and of /api/stats under concurrent clients on loopback."""
        from .bench import run_bench

        for line in run_bench(events=events, clients=clients, requests=requests, postgres=postgres, db=db):
            typer.echo(line)
