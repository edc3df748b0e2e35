"""Fixtures of the places tests: a gazetteer index built once per session in a temporary cache
dir (never the user's), and a copy of it with the project's GeoNames-format fixture loaded."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

FIXTURE_DUMP = Path(__file__).parent / "data" / "geonames_fixture.txt"


@pytest.fixture(scope="session")
def places_cache(tmp_path_factory) -> Path:
    cache = tmp_path_factory.mktemp("eventwire-cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("EVENTWIRE_CACHE_DIR", str(cache))
        from eventwire.places.gazetteer import default_index_path, ensure_index

        ensure_index(default_index_path())
    return cache


@pytest.fixture(scope="session")
def bundled_index(places_cache) -> Path:
    return places_cache / "gazetteer.sqlite"


@pytest.fixture(scope="session")
def fixture_index(bundled_index, tmp_path_factory) -> Path:
    """The bundled index plus the villages of tests/places/data/geonames_fixture.txt."""
    from eventwire.places.geonames_dump import add_dumps

    path = tmp_path_factory.mktemp("with-fixture") / "gazetteer.sqlite"
    shutil.copy(bundled_index, path)
    add_dumps(path, [FIXTURE_DUMP])
    return path


@pytest.fixture
def locate_text(nlp):
    """Run the places stage alone over a sentence written in a test."""
    from eventwire.config import Config
    from eventwire.model import Article, ArticleDocument
    from eventwire.nlp import ParsedArticle
    from eventwire.places import locate

    def run(text: str, index: Path):
        article = Article(id=Article.content_id(text), text=text)
        return locate(ParsedArticle(article, nlp(text)), ArticleDocument(article=article), Config(gazetteer=str(index)))

    return run


@pytest.fixture
def resolve_names():
    """Resolve the named spans of a text (each name found after the previous one) with an index;
    the resolved places by their text."""
    from eventwire.places import resolve_spans

    def resolve(text: str, names: list[str], index) -> dict:
        spans, pos = [], 0
        for name in names:
            start = text.index(name, pos)
            spans.append((start, start + len(name)))
            pos = start + len(name)
        return {p.text: p for p in resolve_spans(text, spans, str(index))}

    return resolve
