"""`flashpoint serve`: the API and the dashboard over a store (uvicorn)."""

from __future__ import annotations

import json
import os

import typer

from flashpoint.analyze.config import load_monitor_settings
from flashpoint.cli._common import CONFIG_OPTION, DB_OPTION, SET_OPTION, err_console
from flashpoint.errors import QueryError
from flashpoint.paths import default_db_url
from flashpoint.pipeline import build_pipeline, warm_up
from flashpoint.serve.app import create_app
from flashpoint.serve.auth import ensure_token
from flashpoint.settings import load_config, parse_overrides
from flashpoint.store import open_store


def dashboard_url(host: str, port: int) -> str:
    shown = "127.0.0.1" if host in ("0.0.0.0", "::", "") else host
    return f"http://{shown}:{port}/"


def dashboard_line() -> str:
    """What `flashpoint summary` (and so `make run`) ends with: where the dashboard will be."""
    s = load_monitor_settings().serve
    return f"dashboard: run `make serve` (or `.venv/bin/flashpoint serve`) and open {dashboard_url(s.host, s.port)}"


def serve_command(
    db: str = DB_OPTION,
    host: str = typer.Option(None, "--host", help="Address to listen on (default from [serve]: 127.0.0.1)."),
    port: int = typer.Option(None, "--port", help="Port (default from [serve]: 8000)."),
    workers: int = typer.Option(1, "--workers", help="Server processes (one is enough on a laptop)."),
    monitor_config: str = typer.Option(None, "--monitor-config", help="Monitor settings file."),
    config: str = CONFIG_OPTION,
    sets: list[str] = SET_OPTION,
) -> None:
    """Serve the dashboard at / and the API under /api/ (reads open; writes need the token)."""
    import uvicorn  # deferred: heavy dependency, only when serving

    settings = load_monitor_settings(monitor_config)
    overrides = parse_overrides(sets)
    pipeline_config = load_config(config, overrides)  # POST /api/articles extracts with these settings
    host = host or settings.serve.host
    port = port if port is not None else settings.serve.port
    if not 0 < port < 65536:
        raise QueryError("--port", "port must be 1..65535")
    if not 1 <= workers <= 16:
        raise QueryError("--workers", "workers must be 1..16")
    url = db or default_db_url()
    _, token_where = ensure_token()
    err_console.print(f"store: {url}", highlight=False, markup=False)
    err_console.print(f"write token (for POST /api/articles): {token_where}", highlight=False, markup=False)
    err_console.print(f"dashboard: {dashboard_url(host, port)}  API: {dashboard_url(host, port)}api/  "
                      f"OpenAPI: {dashboard_url(host, port)}api/openapi.json", highlight=False, markup=False)
    if workers == 1:
        # the model loads before the server answers, so no POST /api/articles waits for it (it took
        # the first writes of a soak 20 s); a write then costs its extraction and its transaction
        with err_console.status("loading the model"):
            nlp = build_pipeline(pipeline_config)
            warm_up(nlp)
        uvicorn.run(create_app(url, settings, nlp_factory=lambda: nlp), host=host, port=port, log_level="warning",
                    access_log=False)
    else:
        os.environ["FLASHPOINT_DB"] = url
        if monitor_config:
            os.environ["FLASHPOINT_MONITOR_CONFIG"] = monitor_config
        if config or overrides:
            os.environ["FLASHPOINT_PIPELINE_CONFIG"] = json.dumps({"path": config, "overrides": overrides})
        open_store(url).close()  # migrate once before the workers start
        uvicorn.run("flashpoint.serve.app:app_from_env", factory=True, host=host, port=port, workers=workers,
                    log_level="warning", access_log=False)


def register(app: typer.Typer) -> None:
    app.command("serve")(serve_command)
