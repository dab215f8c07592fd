"""`flashpoint watch SOURCES.toml`: keep up with live feeds (see flashpoint/watch)."""

from __future__ import annotations

import signal
import sys
import threading
import time
from datetime import datetime, timezone
from pathlib import Path

import typer

from flashpoint.analyze.config import load_monitor_settings
from flashpoint.cli._common import CONFIG_OPTION, DB_OPTION, SET_OPTION
from flashpoint.errors import QueryError
from flashpoint.paths import data_dir
from flashpoint.settings import load_config, parse_overrides
from flashpoint.store import open_store
from flashpoint.watch.engines import extractor
from flashpoint.watch.export import Exporter
from flashpoint.watch.loop import Watcher
from flashpoint.watch.outbox import Outbox, default_sinks
from flashpoint.watch.sources import load_sources, load_watch_settings, parse_duration

STATUS_COLUMNS = ("source", "kind", "last poll", "status", "seen", "stored", "failures", "next poll", "last error")


def watch_command(
    sources_file: str = typer.Argument(None, metavar="SOURCES.toml", help="The sources to watch (see README: Watching live feeds)."),
    db: str = DB_OPTION,
    config: str = CONFIG_OPTION,
    sets: list[str] = SET_OPTION,
    engine: str = typer.Option("local", "--engine", help="local: this process; dask: a local Dask cluster (or --scheduler)."),
    scheduler: str = typer.Option(None, "--scheduler", help="With --engine dask: a scheduler address (tcp://host:8786)."),
    once: bool = typer.Option(False, "--once", help="Poll every source once, process what is new, deliver alerts, exit."),
    status: bool = typer.Option(False, "--status", help="Print each source's state (last poll, items seen and stored, failures, next poll) and exit."),
    export_every: str = typer.Option(None, "--export-every", help="Write a GDELT-style export of newly stored events beside the store this often (e.g. 15m)."),
    export_dir: str = typer.Option(None, "--export-dir", help="Folder for --export-every files (default: the store's folder)."),
    alerts_file: str = typer.Option(None, "--alerts-file", help="Also append each alert, as a JSON line, to this file."),
    webhook: str = typer.Option(None, "--webhook", help="Webhook URL (default: [monitor.webhook] url or FLASHPOINT_WEBHOOK_URL)."),
    no_stdout: bool = typer.Option(False, "--no-stdout", help="Do not print alerts on standard output."),
    monitor_config: str = typer.Option(None, "--monitor-config", help="Monitor settings file ([monitor], [watch] sections)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress lines on standard error."),
) -> None:
    """Watch feeds, sitemaps, pages and folders; store new articles and send alerts as they happen."""
    if status:
        with open_store(db) as store:
            print_status(store.source_states())
        return
    if not sources_file:
        raise QueryError("SOURCES.toml", "give the sources file to watch (or --status)")
    pipeline_config = load_config(config, parse_overrides(sets))
    if engine not in ("local", "dask"):
        raise QueryError("--engine", f"unknown engine {engine!r} (local or dask)")
    every = parse_duration(export_every, "--export-every") if export_every else None
    sources, settings = load_sources(sources_file, load_watch_settings(monitor_config))
    monitor = load_monitor_settings(monitor_config)
    run_watch(sources, settings, monitor, db, engine=engine, scheduler=scheduler, once=once, export_every=every,
              export_dir=export_dir, alerts_file=alerts_file, webhook=webhook or monitor.webhook.url or None,
              to_stdout=not no_stdout, quiet=quiet, pipeline_config=pipeline_config)


def run_watch(sources, settings, monitor, db, *, engine="local", scheduler=None, once=False, export_every=None,
              export_dir=None, alerts_file=None, webhook=None, to_stdout=True, quiet=False,
              pipeline_config=None) -> None:
    def log(line: str) -> None:
        if not quiet:
            print(_printable(line), file=sys.stderr, flush=True)

    store = open_store(db)
    store.monitor_settings = monitor
    try:
        folder = Path(export_dir) if export_dir else (Path(store.path).resolve().parent
                                                        if getattr(store, "path", ":memory:") != ":memory:" else data_dir())
        exporter = Exporter(store, folder, export_every) if export_every else None
        outbox = Outbox(store, monitor, settings, default_sinks(webhook, alerts_file, to_stdout))
        with extractor(engine, pipeline_config or load_config(), settings.batch_size, scheduler) as extract:
            watcher = Watcher(store, sources, settings, extract, outbox, exporter=exporter, log=log)
            previous = {sig: signal.signal(sig, lambda *_: watcher.stop.set()) for sig in (signal.SIGTERM, signal.SIGINT)}
            log(f"watching {len(sources)} source(s) into {_redacted(store)}"
                + (" (once)" if once else "; SIGTERM or Ctrl-C finishes the batch in hand and stops"))
            started = time.monotonic()
            try:
                watcher.run(once=once) if once else _run_with_progress(watcher, log)
            finally:
                for sig, handler in previous.items():
                    signal.signal(sig, handler)
                watcher.close()
            log(f"done in {time.monotonic() - started:.0f} s: {watcher.stats.line()}")
    finally:
        store.close()


def _run_with_progress(watcher, log) -> None:
    """Run until stopped, with a progress line (totals so far) each minute."""
    def report():
        while not watcher.stop.wait(60):
            log(f"so far: {watcher.stats.line()}")

    threading.Thread(target=report, daemon=True).start()
    watcher.run()


def _redacted(store) -> str:
    return getattr(store, "path", None) or "the PostgreSQL store"  # never the URL: it may hold a password


def print_status(rows: list[dict]) -> None:
    if not rows:
        print("no sources watched yet (run `flashpoint watch SOURCES.toml`)")
        return
    table = [STATUS_COLUMNS] + [tuple(_printable(str(v)) for v in (
        r["outlet"] or r["location"], r["kind"], _when(r["last_poll"]), r["last_status"] or "never polled",
        r["items_seen"], r["items_stored"], f"{r['failures']} ({r['failures_total']} in all)", _when(r["next_poll"]),
        (r["last_error"] or "")[:80])) for r in rows]
    widths = [max(len(row[i]) for row in table) for i in range(len(STATUS_COLUMNS))]
    for row in table:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip())


def _when(ts: float | None) -> str:
    return datetime.fromtimestamp(ts, timezone.utc).strftime("%Y-%m-%d %H:%M:%S") if ts else "-"


def _printable(text: str) -> str:
    """Fetched text is untrusted: no terminal control characters reach the screen."""
    return "".join(ch if ch.isprintable() else "?" for ch in text)


def register(app: typer.Typer) -> None:
    app.command("watch")(watch_command)
