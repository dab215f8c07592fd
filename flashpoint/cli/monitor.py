"""`flashpoint alerts` (explained escalation alerts, webhook delivery) and `flashpoint analyze`."""

from __future__ import annotations

import json

import typer

from flashpoint.analyze.config import load_monitor_settings
from flashpoint.analyze.explain import explain_alert, render_text
from flashpoint.analyze.maintain import rebuild
from flashpoint.analyze.webhook import deliver_new_alerts
from flashpoint.cli._common import DB_OPTION, check_format, err_console, terminal
from flashpoint.errors import QueryError
from flashpoint.ingest import parse_published
from flashpoint.store import open_store

MONITOR_CONFIG_OPTION = typer.Option(None, "--monitor-config",
                                     help="Monitor settings file (default: the packaged flashpoint/monitor_config.cfg).")
SEVERITY_RANKS = {"low": 1, "medium": 2, "high": 3}


def _settings(path):
    return load_monitor_settings(path)


def alerts_command(
    level: str = typer.Option(None, "--level", help="country | role (default: every watched level)."),
    actor: str = typer.Option(None, "--actor", help="Only dyads with this actor code prefix on either side."),
    since: str = typer.Option(None, "--since", help="From day YYYY-MM-DD."),
    until: str = typer.Option(None, "--until", help="To day YYYY-MM-DD."),
    min_severity: str = typer.Option("low", "--min-severity", help="low | medium | high"),
    limit: int = typer.Option(20, "--limit", help="Most recent alerts first; at most this many."),
    fmt: str = typer.Option("text", "--format", help="text | jsonl (jsonl: the explained alerts, one per line)"),
    deliver: bool = typer.Option(False, "--deliver", help="POST new alerts to the configured webhook."),
    webhook: str = typer.Option(None, "--webhook", help="Webhook URL (overrides the config) for --deliver."),
    db: str = DB_OPTION,
    monitor_config: str = MONITOR_CONFIG_OPTION,
) -> None:
    """Escalation alerts, each explained by the events and sentences that drove it."""
    check_format(fmt, ("text", "jsonl"))
    if level is not None and level not in ("country", "role"):
        raise QueryError("--level", "level is country or role")
    if min_severity not in SEVERITY_RANKS:
        raise QueryError("--min-severity", "severity is low, medium or high")
    if not 1 <= limit <= 10_000:
        raise QueryError("--limit", "limit must be 1..10000")
    if actor and not actor.isalnum():
        raise QueryError("--actor", "actor codes are letters and digits only")
    settings = _settings(monitor_config)
    with open_store(db) as store:
        store.monitor_settings = settings
        rows = store.alerts(level=level, actor=actor.upper() if actor else None,
                            since=_day(since, "--since"), until=_day(until, "--until"),
                            min_rank=SEVERITY_RANKS[min_severity], limit=limit)
        explained = [explain_alert(store, a, settings) for a in rows]
        if deliver:
            url = webhook or settings.webhook.url
            if not url:
                raise QueryError("--deliver", "no webhook URL: set [monitor.webhook] url, FLASHPOINT_WEBHOOK_URL or --webhook")
            result = deliver_new_alerts(store, settings, url=url)
            err_console.print(f"webhook: {len(result.sent)} alert(s) delivered, {len(result.failed)} failed",
                              highlight=False)
            for aid, why in result.failed:
                err_console.print(f"  alert {aid}: {why}", highlight=False, markup=False)
    if fmt == "jsonl":
        for e in explained:
            print(json.dumps(e, ensure_ascii=False))
        return
    console = terminal()
    if not explained:
        a = settings.alerts
        console.print(f"no alerts (levels {', '.join(a.levels)}; a dyad alerts when its daily conflict intensity "
                      f"scores >= {a.z_threshold:g} robust deviations above its {a.baseline_days}-day median)",
                      markup=False, soft_wrap=True)
        return
    for e in explained:
        for line in render_text(e):
            console.print(line, markup=False, soft_wrap=True)
        console.print("")


def analyze_command(db: str = DB_OPTION, monitor_config: str = MONITOR_CONFIG_OPTION) -> None:
    """Recompute merged events, dyad series and alerts from every stored event (after bulk loads or
    a change of monitor settings; normal ingest keeps them current by itself)."""
    settings = _settings(monitor_config)
    with open_store(db) as store:
        store.monitor_settings = settings
        stats = rebuild(store, settings)
    err_console.print(", ".join(f"{k.replace('_', ' ')} {v}" for k, v in stats.items()), highlight=False)


def _day(value, name):
    return parse_published(value, name).isoformat() if value else None


def register(app: typer.Typer) -> None:
    app.command("alerts")(alerts_command)
    app.command("analyze")(analyze_command)
