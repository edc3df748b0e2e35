"""Browser fixtures: Debian's /usr/bin/chromium driven by Playwright (never a downloaded browser),
the real app served by uvicorn on 127.0.0.1, screenshots under test-artifacts/."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


@pytest.fixture(scope="session")
def browser():
    if not os.access(CHROMIUM, os.X_OK):
        pytest.skip(f"browser tests need Debian's chromium at {CHROMIUM} (apt-get install chromium)")
    from playwright.sync_api import expect, sync_playwright

    # CI has 2 cores shared with the API server: give assertions more than Playwright's 5 s default
    expect.set_options(timeout=15_000)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def serve_db():
    """Start the real app over a database; returns the base URL. Servers stop at the session's end."""
    from eventwire.api.app import Settings, create_app
    from eventwire.api.liveserver import LiveServer

    servers = []

    def start(db: str) -> str:
        server = LiveServer(create_app(Settings(db=db))).start()
        servers.append(server)
        return server.url

    yield start
    for server in servers:
        server.stop()


@pytest.fixture(scope="session")
def sample_site(serve_db, tmp_path_factory):
    from eventwire.api.samples import sample_documents
    from eventwire.store import open_store

    db = str(tmp_path_factory.mktemp("web") / "samples.duckdb")
    with open_store(db) as store:
        store.save_many(sample_documents())
    return serve_db(db)


@pytest.fixture
def page(browser, request):
    """A fresh page that fails the test on any JavaScript error or request leaving loopback."""
    context = browser.new_context(viewport={"width": 1400, "height": 850})
    page = context.new_page()
    problems: list[str] = []
    page.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
    page.on("console", lambda msg: problems.append(f"console error: {msg.text}") if msg.type == "error" else None)
    page.on("request", lambda req: None if req.url.startswith(("http://127.0.0.1", "data:")) else problems.append(f"outside request: {req.url}"))
    yield page
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{request.node.name}.png"))
    context.close()
    assert not problems, problems


def open_dashboard(page, url: str) -> None:
    page.goto(url + "/")
    page.wait_for_selector("body[data-ready=true]", timeout=20_000)


@pytest.fixture
def dashboard():
    return open_dashboard
