"""Fixtures for the actor tests: the actor stage over sentences the tests write, and the whole
pipeline over the project-written unseen-style articles."""
from __future__ import annotations

from pathlib import Path

import pytest

UNSEEN = Path(__file__).parent / "fixtures" / "unseen"


@pytest.fixture
def actors_of(nlp):
    """Actors of a text coded as a one-article document published on `published`."""
    from eventwire.actors import find_actors
    from eventwire.config import Config
    from eventwire.model import Article, ArticleDocument
    from eventwire.nlp import ParsedArticle

    def run(text: str, published: str | None = "2019-03-18", actor_files: tuple[str, ...] = ()):
        article = Article(id=Article.content_id(text), text=text, published=published)
        parsed = ParsedArticle(article, nlp(text))
        return find_actors(parsed, ArticleDocument(article=article), Config(actor_files=actor_files))

    return run



@pytest.fixture
def actor_in():
    """The first actor whose words contain `text`; fails naming the actors found instead."""

    def first(actors, text: str):
        found = [a for a in actors if text in a.text]
        assert found, f"no actor covering {text!r} in {[a.text for a in actors]}"
        return found[0]

    return first


@pytest.fixture
def actor_named():
    """The first actor whose words are exactly `text`; fails naming the actors found instead."""

    def first(actors, text: str):
        found = [a for a in actors if a.text == text]
        assert found, f"no actor {text!r} in {[a.text for a in actors]}"
        return found[0]

    return first


@pytest.fixture
def coded(pipeline):
    """Code one of the project-written unseen-style articles (fixtures/unseen/NAME) as one document."""
    from eventwire.model import Article

    def run(name: str):
        text = (UNSEEN / name).read_text("utf-8")
        return pipeline.process(Article(id=Article.content_id(text), text=text, published="2024-10-15"))

    return run
