"""Shared fixtures: the spaCy pipeline (loaded once), the shared/ reference folder, the example."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    from eventwire.nlp import load_model

    return load_model()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"../shared not found at {SHARED}: reference data tests need it beside the checkout")
    return SHARED


@pytest.fixture(scope="session")
def example_path(shared_dir) -> Path:
    path = shared_dir / "examples" / "baghouz-2019-03-18.txt"
    if not path.exists():
        pytest.skip(f"{path} missing")
    return path


@pytest.fixture(scope="session")
def pipeline():
    from eventwire.pipeline import get_pipeline

    return get_pipeline()


@pytest.fixture
def code_text(pipeline):
    """Code a text written in a test as a one-article document."""
    from eventwire.model import Article

    def run(text: str, published: str | None = "2024-03-18", title: str | None = None):
        article = Article(id=Article.content_id(text), text=text, published=published, title=title)
        return pipeline.process(article)

    return run


@pytest.fixture(scope="session")
def example_document(example_path, pipeline):
    """The canonical example article, coded once per test session."""
    from eventwire.ingest import read_articles

    (article,) = list(read_articles([str(example_path)], default_date="2019-03-18"))
    return pipeline.process(article)


@pytest.fixture(scope="session")
def news_documents(pipeline):
    """The realistic articles of tests/ingest/fixtures/news, coded once per session, by file name
    ("11-feed.jsonl#2" for a feed's rows); plain-text ones get their dates from published.yaml."""
    import yaml

    from eventwire.ingest import read_articles

    news = Path(__file__).parent / "ingest" / "fixtures" / "news"
    published = yaml.safe_load((news / "published.yaml").read_text("utf-8"))
    docs = {}
    for name in [*published, "10-html-boilerplate.html", "11-feed.jsonl"]:
        for n, art in enumerate(read_articles([str(news / name)], default_date=published.get(name))):
            docs[name if name in published or name.endswith(".html") else f"{name}#{n + 1}"] = pipeline.process(art)
    return docs


@pytest.fixture(scope="session")
def pg_server():
    """One throwaway PostgreSQL server on 127.0.0.1 for the whole session (API and store tests)."""
    from eventwire.api.pgserver import ServerUnavailable, ThrowawayPostgres

    try:
        server = ThrowawayPostgres().start()
    except ServerUnavailable as exc:
        pytest.skip(f"PostgreSQL tests need a local server: {exc}")
    yield server
    server.stop()
