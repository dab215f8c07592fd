"""`flashpoint import gdelt FILE...`: load GDELT event exports into the store."""

from __future__ import annotations

import typer

from flashpoint.analyze.config import load_monitor_settings
from flashpoint.cli._common import DB_OPTION, err_console, report_errors
from flashpoint.importers.gdelt import import_gdelt
from flashpoint.store import open_store

import_app = typer.Typer(help="Import event data made elsewhere into the store.", no_args_is_help=True)


@import_app.command("gdelt")
def gdelt_command(
    files: list[str] = typer.Argument(..., help="GDELT 2.0 event exports (61 columns; .CSV or .CSV.zip) or 1.0 daily files."),
    db: str = DB_OPTION,
    monitor_config: str = typer.Option(None, "--monitor-config", help="Monitor settings file."),
) -> None:
    """Import GDELT events (rule gdelt:import); rows already stored are skipped."""
    settings = load_monitor_settings(monitor_config)
    with open_store(db) as store:
        store.monitor_settings = settings
        stats = import_gdelt(files, store)
    err_console.print(f"gdelt: {stats.rows} rows read, {stats.events} events stored in {stats.articles} source "
                      f"articles, {stats.skipped} already stored", highlight=False)
    if stats.errors:
        err_console.print(f"{len(stats.errors)} line(s) could not be imported:", highlight=False)
        report_errors(stats.errors[:50])
        if not stats.rows:
            raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.add_typer(import_app, name="import")
