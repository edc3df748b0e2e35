"""The FastAPI application: REST endpoints under /api, the dashboard at /, OpenAPI docs at /docs.

Safe by default: read-only, no CORS, request bodies capped, page sizes capped, parameterised SQL
(queries.py), and clients never see a traceback. `create_app(Settings(...))` builds one app.
"""
from __future__ import annotations

import hmac
import json
import logging
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

from fastapi import Depends, FastAPI, Header, HTTPException, Path as PathParam, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from . import queries
from .db import Database
from .queries import BadRequest, EventFilter

log = logging.getLogger("eventwire.api")
STATIC = Path(__file__).resolve().parents[1] / "web" / "static"
VENDOR = "/static/vendor"
# The dashboard loads only its own files; OpenStreetMap tiles are the one optional outside source.
DASHBOARD_CSP = ("default-src 'self'; img-src 'self' data: https://tile.openstreetmap.org; "
                 "style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'")


@dataclass
class Settings:
    db: str
    allow_code: bool = False
    token: str | None = None
    cors_origins: list[str] = field(default_factory=list)
    max_body_bytes: int = 1_000_000


def create_app(settings: Settings, database: Database | None = None) -> FastAPI:
    if settings.allow_code and not settings.token:
        raise ValueError("--allow-code needs --token: coding writes to the database")
    db = database or Database(settings.db, writable=settings.allow_code)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        db.close()

    app = FastAPI(title="eventwire", version=__version__, docs_url=None, redoc_url=None, lifespan=lifespan,
                  description="Political events coded from news articles, each with its evidence spans.")
    app.state.db = db
    app.state.settings = settings
    install_guards(app, settings)
    if settings.cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins, allow_methods=["GET"], allow_headers=[])

    add_read_routes(app, db)
    add_code_route(app, db, settings)
    add_dashboard(app)
    return app


class BodyLimit:
    """Plain ASGI middleware (cheaper than Starlette's BaseHTTPMiddleware on every request): refuses a
    declared body over the limit before reading it, and marks every response nosniff."""

    def __init__(self, app, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        length = dict(scope["headers"]).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_bytes):
            response = JSONResponse({"detail": f"request body over {self.max_bytes} bytes"}, status_code=413)
            return await response(scope, receive, send)

        async def send_nosniff(message):
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], (b"x-content-type-options", b"nosniff")]
            await send(message)

        await self.app(scope, receive, send_nosniff)


def install_guards(app: FastAPI, settings: Settings) -> None:
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)

    @app.exception_handler(BadRequest)
    async def bad_request(_request: Request, exc: BadRequest):
        return JSONResponse({"detail": str(exc)}, status_code=400)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, exc: StarletteHTTPException):
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, exc: RequestValidationError):
        errors = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", "")} for e in exc.errors()]
        return JSONResponse({"detail": errors}, status_code=422)

    @app.exception_handler(Exception)
    async def internal(_request: Request, exc: Exception):
        log.exception("internal error", exc_info=exc)  # the operator's log keeps the traceback
        return JSONResponse({"detail": "internal server error"}, status_code=500)


DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"


def fast_json(body: Any, media_type: str = "application/json") -> Response:
    """Serialise plain JSON data directly: FastAPI's generic encoder is slow on large result sets."""
    return Response(json.dumps(body, ensure_ascii=False, separators=(",", ":"), default=str), media_type=media_type)


def add_read_routes(app: FastAPI, db: Database) -> None:
    def filters(
        type: Optional[list[str]] = Query(None, description="PLOVER type(s); repeat or comma-separate", max_length=200),
        mode: Optional[list[str]] = Query(None, description="Event mode(s), e.g. verbal", max_length=200),
        actor: Optional[str] = Query(None, max_length=100, description="Actor code, code prefix (SYR) or name"),
        recipient: Optional[str] = Query(None, max_length=100, description="Recipient code, code prefix or name"),
        party: Optional[str] = Query(None, max_length=100, description="Actor or recipient: code, prefix or name"),
        country: Optional[list[str]] = Query(None, max_length=200, description="ISO alpha-2 country of the place"),
        bbox: Optional[str] = Query(None, max_length=100, description="west,south,east,north in degrees"),
        since: Optional[str] = Query(None, pattern=DATE, description="Event date on or after"),
        until: Optional[str] = Query(None, pattern=DATE, description="Event date on or before"),
        text: Optional[str] = Query(None, max_length=200, description="Substring of the event sentence"),
        article: Optional[str] = Query(None, max_length=64),
        source: Optional[str] = Query(None, max_length=200),
        negated: Optional[bool] = None,
        hypothetical: Optional[bool] = None,
        min_confidence: Optional[float] = Query(None, ge=0, le=1),
        duplicates: bool = Query(False, description="Include events of near-duplicate articles (counted once by default)"),
    ) -> EventFilter:
        return EventFilter(
            type=queries.split_values(type), mode=queries.split_values(mode), actor=actor, recipient=recipient,
            party=party, country=queries.split_values(country), bbox=queries.parse_bbox(bbox), since=since,
            until=until, text=text, article=article, source=source, negated=negated, hypothetical=hypothetical,
            min_confidence=min_confidence, duplicates=duplicates)

    Filters = Depends(filters)

    @app.get("/api/events", tags=["events"], summary="Events, filtered, with cursor pagination")
    def list_events(f: EventFilter = Filters, sort: str = Query("-date", max_length=20),
                    limit: int = Query(50, ge=1, le=queries.MAX_PAGE), cursor: Optional[str] = Query(None, max_length=500)):
        rows, next_cursor = queries.events_page(db, f, sort, limit, cursor)
        parties = queries.event_parties(db, rows)
        items = [queries.shape_event(r, parties.get((r["article_id"], r["id"]))) for r in rows]
        return fast_json({"items": items, "next": next_cursor, "limit": limit, "sort": sort})

    @app.get("/api/events.geojson", tags=["events"], summary="Events with a location as a GeoJSON FeatureCollection")
    def events_geojson(f: EventFilter = Filters, sort: str = Query("-date", max_length=20),
                       limit: int = Query(1000, ge=1, le=10 * queries.MAX_PAGE), cursor: Optional[str] = Query(None, max_length=500)):
        rows, next_cursor = queries.events_page(db, f, sort, limit, cursor, located_only=True)
        features = []
        for r in rows:
            event = queries.shape_event(r)
            props = {k: event[k] for k in ("article_id", "id", "type", "mode", "date", "confidence", "method",
                                           "actor_codes", "recipient_codes", "negated", "hypothetical")}
            props.update(trigger=r["trigger_text"], place=r["place_name"], country_code=r["country_code"])
            features.append({"type": "Feature", "id": f"{r['article_id']}/{r['id']}",
                             "geometry": {"type": "Point", "coordinates": [r["lon"], r["lat"]]}, "properties": props})
        return fast_json({"type": "FeatureCollection", "features": features, "next": next_cursor}, "application/geo+json")

    @app.get("/api/stats", tags=["events"], summary="Event counts by week x type x country")
    def event_stats(f: EventFilter = Filters, by: Optional[str] = Query(None, max_length=40, description="Comma list of week, type, country (default all)")):
        return fast_json(queries.stats(db, f, by))

    @app.get("/api/articles", tags=["articles"], summary="Articles, newest first")
    def list_articles(since: Optional[str] = Query(None, pattern=DATE), until: Optional[str] = Query(None, pattern=DATE),
                      source: Optional[str] = Query(None, max_length=200), text: Optional[str] = Query(None, max_length=200),
                      limit: int = Query(50, ge=1, le=queries.MAX_PAGE), offset: int = Query(0, ge=0, le=1_000_000)):
        return {"items": queries.articles(db, since, until, source, text, limit, offset), "limit": limit, "offset": offset}

    @app.get("/api/articles/{article_id}", tags=["articles"], summary="The full article document")
    def get_article(article_id: str = PathParam(..., max_length=64)):
        document = db.document(article_id)
        if document is None:
            raise HTTPException(404, f"no article {article_id!r}")
        return document

    @app.get("/api/quotes", tags=["quotes"], summary="Quotes with their speakers")
    def list_quotes(article: Optional[str] = Query(None, max_length=64), speaker: Optional[str] = Query(None, max_length=100),
                    kind: Optional[str] = Query(None, pattern="^(direct|indirect)$"), text: Optional[str] = Query(None, max_length=200),
                    since: Optional[str] = Query(None, pattern=DATE), until: Optional[str] = Query(None, pattern=DATE),
                    limit: int = Query(50, ge=1, le=queries.MAX_PAGE), offset: int = Query(0, ge=0, le=1_000_000)):
        rows = queries.quotes(db, article, speaker, kind, text, since, until, limit, offset)
        return {"items": rows, "limit": limit, "offset": offset}

    @app.get("/api/claims", tags=["claims"], summary="Numeric claims with their sources")
    def list_claims(article: Optional[str] = Query(None, max_length=64), subject: Optional[str] = Query(None, max_length=100),
                    source: Optional[str] = Query(None, max_length=100), stance: Optional[str] = Query(None, max_length=20),
                    unit: Optional[str] = Query(None, max_length=50),
                    since: Optional[str] = Query(None, pattern=DATE), until: Optional[str] = Query(None, pattern=DATE),
                    limit: int = Query(50, ge=1, le=queries.MAX_PAGE), offset: int = Query(0, ge=0, le=1_000_000)):
        rows = queries.claims(db, article, subject, source, stance, unit, since, until, limit, offset)
        return {"items": rows, "limit": limit, "offset": offset}

    @app.get("/api/health", tags=["server"], summary="Backend and schema version")
    def health():
        return {"status": "ok", "backend": db.backend, "postgis": db.has_geom, "version": __version__}


def add_code_route(app: FastAPI, db: Database, settings: Settings) -> None:
    from .coding import CodeInput, code_document

    @app.post("/api/code", tags=["code"], summary="Code posted text or HTML (needs --allow-code and the token)")
    async def code(request: Request, authorization: Optional[str] = Header(None)) -> Any:
        if not settings.allow_code:
            raise HTTPException(403, "coding is off: start the server with --allow-code --token ...")
        expected = f"Bearer {settings.token}"
        if not authorization or not hmac.compare_digest(authorization.encode(), expected.encode()):
            raise HTTPException(401, "missing or wrong bearer token", headers={"WWW-Authenticate": "Bearer"})
        body = await read_limited(request, settings.max_body_bytes)
        try:
            payload = CodeInput.model_validate_json(body)
        except ValueError as exc:
            raise HTTPException(422, "body must be JSON with `text` or `html` (and optional title, published, source, url)") from exc
        from starlette.concurrency import run_in_threadpool

        return await run_in_threadpool(code_document, db, payload)

    code.__doc__ = "Body: " + CodeInput.__doc__


async def read_limited(request: Request, limit: int) -> bytes:
    """The body, refusing more than `limit` bytes even when no Content-Length was sent."""
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise HTTPException(413, f"request body over {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def add_dashboard(app: FastAPI) -> None:
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    def dashboard():
        return FileResponse(STATIC / "index.html", headers={"Content-Security-Policy": DASHBOARD_CSP, "Cache-Control": "no-cache"})

    @app.get("/docs", include_in_schema=False)
    def docs():
        return get_swagger_ui_html(openapi_url="/openapi.json", title="eventwire API",
                                   swagger_js_url=f"{VENDOR}/swagger-ui/swagger-ui-bundle.js",
                                   swagger_css_url=f"{VENDOR}/swagger-ui/swagger-ui.css", swagger_favicon_url="data:,")
