"""The web app: the API under /api/ and the dashboard at / (static files, no CDN).

`create_app(db_url)` builds it; `flashpoint serve` runs it with uvicorn. Security defaults: CORS
closed (same origin only) unless [serve] cors_origins lists origins; a Content-Security-Policy
that only allows the page's own scripts; writes need the bearer token (serve/auth.py).
"""

from __future__ import annotations

import asyncio
import threading
import contextlib
import json
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from thinc.api import Config

from flashpoint.analyze.config import MonitorSettings, load_monitor_settings
from flashpoint.analyze.webhook import deliver_new_alerts
from flashpoint.errors import FlashpointError
from flashpoint.paths import default_db_url
from flashpoint.pipeline import build_pipeline, load_config
from flashpoint.serve.api import make_router
from flashpoint.serve.auth import load_token
from flashpoint.serve.cache import ResponseCache
from flashpoint.serve.stores import StorePool
from flashpoint.serve.writer import ArticleWriter

STATIC_DIR = Path(__file__).resolve().parent / "static"
log = logging.getLogger("flashpoint.serve")

SECURITY_HEADERS = [
    (b"content-security-policy", b"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                                 b"img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; "
                                 b"base-uri 'none'; frame-ancestors 'none'; form-action 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]


class SecurityHeaders:
    """Plain ASGI middleware (BaseHTTPMiddleware would cost a task per request)."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", [])) + SECURITY_HEADERS
            await send(message)

        return await self.app(scope, receive, send_with_headers)


class BodyLimit:
    """Refuse request bodies over the cap with 413, by Content-Length and while streaming, so a
    client cannot make the server buffer an unbounded body."""

    def __init__(self, app, max_bytes: int):
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        for name, value in scope.get("headers", []):
            if name == b"content-length" and (not value.isdigit() or int(value) > self.max_bytes):
                return await _too_large(send, self.max_bytes)
        seen = 0
        refused = False

        async def counted_receive():
            nonlocal seen, refused
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes and not refused:
                    refused = True
                    await _too_large(send, self.max_bytes)
                    return {"type": "http.disconnect"}  # the app stops reading; its own answer is dropped
            return message

        async def guarded_send(message):
            if not refused:
                await send(message)

        try:
            return await self.app(scope, counted_receive, guarded_send)
        except Exception:
            if refused:  # the app failed on the cut-off body: the client already has its 413
                return None
            raise


async def _too_large(send, max_bytes: int) -> None:
    body = f'{{"detail": "request body over the {max_bytes} byte limit"}}'.encode()
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


@dataclass
class AppState:
    pool: StorePool
    settings: MonitorSettings
    token: str | None
    nlp_factory: object = None
    pipeline_config: object = None
    _nlp: object = field(default=None, repr=False)
    model_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)  # one extraction at a time
    writer: ArticleWriter | None = field(default=None, repr=False)

    def invalidate(self) -> None:
        """Called after a write through the API (room for response caches)."""

    def nlp(self):
        if self._nlp is None:
            self._nlp = build_pipeline(self.pipeline_config)
        return self._nlp


def create_app(db_url: str | None = None, settings: MonitorSettings | None = None, token: str | None = None,
               nlp_factory=None, pipeline_config: Config | None = None) -> FastAPI:
    settings = settings or load_monitor_settings()
    state = AppState(pool=StorePool(db_url or _default_url(), settings), settings=settings,
                     token=token if token is not None else load_token(), pipeline_config=pipeline_config)
    state.nlp_factory = nlp_factory or state.nlp

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI):
        task = None
        if settings.webhook.url and settings.serve.deliver_every_seconds > 0:
            task = asyncio.create_task(_deliver_loop(state))
        state.writer = ArticleWriter(state)
        state.writer.start()
        try:
            yield
        finally:
            if task:
                task.cancel()
            await asyncio.to_thread(state.writer.stop)  # store what was queued before the server exits
            state.pool.close()

    app = FastAPI(title="Flashpoint monitor API", version="1",
                  description="Sourced conflict events from news: records with provenance, merged events, dyad "
                              "series and explained escalation alerts. Reads are open; POST /api/articles needs "
                              "`Authorization: Bearer <token>`.",
                  docs_url=None, redoc_url=None, openapi_url="/api/openapi.json", lifespan=lifespan)
    app.state.fp = state
    app.include_router(make_router(state))

    @app.exception_handler(FlashpointError)
    async def flashpoint_error(request: Request, exc: FlashpointError):
        return JSONResponse({"detail": exc.message, "code": exc.code, "input": exc.input}, status_code=400)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError):
        errors = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", "")} for e in exc.errors()]
        return JSONResponse({"detail": errors}, status_code=422)

    @app.get("/", include_in_schema=False)
    async def index():
        return FileResponse(STATIC_DIR / "index.html", media_type="text/html")

    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    app.add_middleware(ResponseCache, version=lambda: state.pool.get().data_version(),
                       max_bytes=int(settings.serve.cache_mb * 1_000_000))
    if settings.serve.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=list(settings.serve.cors_origins),
                           allow_methods=["GET", "POST"], allow_headers=["Authorization", "Content-Type"])
    app.add_middleware(BodyLimit, max_bytes=int(settings.serve.max_body_mb * 1_000_000))
    app.add_middleware(SecurityHeaders)
    return app


async def _deliver_loop(state: AppState) -> None:
    def deliver_once():
        return deliver_new_alerts(state.pool.get(), state.settings)

    while True:
        try:
            result = await asyncio.to_thread(deliver_once)
            if result.sent or result.failed:
                log.info("webhook: %d delivered, %d failed", len(result.sent), len(result.failed))
        except Exception:  # a broken receiver must not stop the server; retried next round
            log.exception("webhook delivery failed")
        await asyncio.sleep(state.settings.serve.deliver_every_seconds)


def _default_url() -> str:
    return default_db_url()


def app_from_env() -> FastAPI:
    """Factory for `uvicorn --factory` with several workers: settings come from the environment."""
    path = os.environ.get("FLASHPOINT_MONITOR_CONFIG") or None
    pipeline = json.loads(os.environ.get("FLASHPOINT_PIPELINE_CONFIG") or '{"path": null, "overrides": {}}')
    return create_app(os.environ.get("FLASHPOINT_DB") or None, load_monitor_settings(path),
                      pipeline_config=load_config(pipeline["path"], pipeline["overrides"]))
