"""POST /api/code: clean posted text or HTML like `eventwire code` does, run the pipeline, store it."""
from __future__ import annotations

import threading
from typing import Any, Optional

from fastapi import HTTPException
from pydantic import BaseModel, Field, model_validator

from .db import Database

_pipeline_lock = threading.Lock()  # one article through spaCy at a time keeps memory flat


class CodeInput(BaseModel):
    """{"text": "..."} or {"html": "..."}, with optional title, published (YYYY-MM-DD), source, url, store."""

    text: Optional[str] = Field(None, description="Plain article text")
    html: Optional[str] = Field(None, description="An HTML page; the article body is extracted")
    title: Optional[str] = Field(None, max_length=1000)
    published: Optional[str] = Field(None, max_length=40, description="Publication date when the input has none")
    source: Optional[str] = Field(None, max_length=200)
    url: Optional[str] = Field(None, max_length=2000)
    store: bool = Field(True, description="Also save the document in the server's database")

    @model_validator(mode="after")
    def one_input(self) -> "CodeInput":
        if bool(self.text) == bool(self.html):
            raise ValueError("give exactly one of `text` or `html`")
        return self


def code_document(db: Database, payload: CodeInput) -> dict[str, Any]:
    from ..ingest import to_article
    from ..ingest.readers import InputProblem, html_article, text_article
    from ..pipeline import get_pipeline

    try:
        if payload.html:
            raw = html_article("api:post", payload.html, url=payload.url)
        else:
            raw = text_article("api:post", payload.text or "")
            raw.url = payload.url
        if payload.title:
            raw.title = payload.title
        article = to_article(raw, default_date=payload.published, default_source=payload.source)
    except (InputProblem, ValueError) as exc:
        raise HTTPException(422, f"could not read the input: {exc}") from exc
    article.path = None  # a posted text has no file to re-read
    with _pipeline_lock:
        doc = get_pipeline().process(article)
    if payload.store:
        db.save(doc)
    return doc.to_dict()
