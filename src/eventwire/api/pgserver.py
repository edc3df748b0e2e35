"""A throwaway PostgreSQL server in a temporary folder, for tests and `eventwire serve-bench --postgres`.

Uses the Debian binaries (/usr/lib/postgresql/N/bin); PostgreSQL refuses to run as root, so as
root it runs as the `postgres` system user through runuser. Listens on 127.0.0.1 only.
"""
from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path


class ServerUnavailable(RuntimeError):
    """No PostgreSQL binaries, or no way to run them here; the message says why."""


def find_bin_dir() -> Path:
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: [int(x) for x in Path(p).parent.name.split(".") if x.isdigit()])
    for path in reversed(candidates):
        if os.access(Path(path) / "initdb", os.X_OK):
            return Path(path)
    raise ServerUnavailable("PostgreSQL binaries not found in /usr/lib/postgresql/*/bin (Debian package postgresql)")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ThrowawayPostgres:
    """initdb + pg_ctl start in a temp dir; `url` connects as the superuser `eventwire` (trust auth on loopback)."""

    user = "eventwire"

    def __init__(self) -> None:
        self.bin = find_bin_dir()
        self.port = free_port()
        self.dir = Path(tempfile.mkdtemp(prefix="eventwire-pg-"))
        self.data = self.dir / "data"
        self.run_as: list[str] = []
        if os.geteuid() == 0:
            if shutil.which("runuser") is None:
                raise ServerUnavailable("running as root and runuser is missing: cannot start PostgreSQL as another user")
            try:
                import pwd

                account = pwd.getpwnam("postgres")
            except KeyError as exc:
                raise ServerUnavailable("running as root and there is no 'postgres' system user to run PostgreSQL") from exc
            os.chown(self.dir, account.pw_uid, account.pw_gid)
            self.run_as = ["runuser", "-u", "postgres", "--"]

    @property
    def url(self) -> str:
        return f"postgresql://{self.user}@127.0.0.1:{self.port}/postgres"

    def _run(self, *args: str) -> None:
        result = subprocess.run([*self.run_as, *args], capture_output=True, text=True, timeout=120)
        if result.returncode != 0:
            raise ServerUnavailable(f"{Path(args[0]).name} failed: {(result.stderr or result.stdout).strip()[-500:]}")

    def start(self) -> "ThrowawayPostgres":
        self._run(str(self.bin / "initdb"), "-D", str(self.data), "-U", self.user, "--auth=trust", "-E", "UTF8", "--no-sync")
        options = f"-h 127.0.0.1 -p {self.port} -k {self.dir} -c fsync=off -c full_page_writes=off -c max_connections=200"
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-o", options, "-l", str(self.dir / "log"), "-w", "-t", "60", "start")
        self._wait()
        return self

    def _wait(self) -> None:
        import psycopg

        deadline = time.monotonic() + 30
        while True:
            try:
                psycopg.connect(self.url, connect_timeout=2).close()
                return
            except psycopg.OperationalError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)

    def create_database(self, name: str) -> str:
        """A fresh database on this server; returns its URL."""
        import psycopg

        with psycopg.connect(self.url, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return f"postgresql://{self.user}@127.0.0.1:{self.port}/{name}"

    def stop(self) -> None:
        try:
            self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")
        except ServerUnavailable:
            pass  # already gone; the folder is removed all the same
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)

    def __enter__(self) -> "ThrowawayPostgres":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
