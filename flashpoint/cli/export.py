"""`flashpoint export --format jsonl|csv|parquet|gdelt [--output FILE] [filters]`."""

from __future__ import annotations

import sys

import typer

from flashpoint.cli._common import (
    ACTOR_OPTION,
    DB_OPTION,
    ROOT_OPTION,
    SINCE_OPTION,
    UNTIL_OPTION,
    check_format,
    err_console,
    iso_day,
    write_jsonl,
)
from flashpoint.errors import QueryError
from flashpoint.export.gdelt import write_gdelt, write_gdelt_merged
from flashpoint.export.table import write_csv, write_parquet
from flashpoint.store import open_store
from flashpoint.store.filters import event_query
from flashpoint.store.schema import RECORD_TABLES

FORMATS = ("jsonl", "csv", "parquet", "gdelt")


def export_command(
    fmt: str = typer.Option("jsonl", "--format", help="jsonl | csv | parquet | gdelt"),
    output: str = typer.Option(None, "--output", "-o", help="Output file (default stdout; required for parquet)."),
    kind: str = typer.Option(None, "--kind", help="Record kind (article, actor, event, quote, figure, place); jsonl default: all, csv/parquet default: event."),
    since: str = SINCE_OPTION,
    until: str = UNTIL_OPTION,
    actor: str = ACTOR_OPTION,
    root: str = ROOT_OPTION,
    all_modalities: bool = typer.Option(False, "--all-modalities", help="gdelt: also write negated, hypothetical, conditional and future events, one row each (GDELT has no modality column, so they are indistinguishable there)."),
    db: str = DB_OPTION,
) -> None:
    """Export stored records. csv and parquet are typed tables (one column per field, dates as dates,
    modality kept); gdelt writes one row per merged event (asserted and reported events only)."""
    check_format(fmt, FORMATS)
    if kind and kind not in RECORD_TABLES:
        raise QueryError("--kind", f"unknown record kind {kind!r}")
    if fmt == "parquet" and not output:
        raise QueryError("--output", "parquet export needs an output file")
    filtered = any((since, until, actor, root))
    if filtered and (kind or "event") != "event":
        raise QueryError("--kind", "--since, --until, --actor and --root filter events; use --kind event")
    if all_modalities and fmt != "gdelt":
        raise QueryError("--all-modalities", "only for --format gdelt (the other formats keep a modality column)")
    q, _ = event_query(actor=actor, root=root, since=iso_day(since, "--since"), until=iso_day(until, "--until"))
    with open_store(db) as store:
        if fmt == "parquet":
            n = write_parquet(store.iter_events(q) if (kind or "event") == "event" else store.records(kind), output)
        else:
            out = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout
            try:
                if fmt == "gdelt":
                    n = _gdelt(store, out, q if filtered else None, all_modalities)
                elif fmt == "csv":
                    n = write_csv(store.iter_events(q) if (kind or "event") == "event" else store.records(kind), out)
                elif filtered:
                    n = write_jsonl(store.iter_events(q), out)
                else:
                    kinds = [kind] if kind else list(RECORD_TABLES)
                    n = sum(write_jsonl(store.records(k), out) for k in kinds)
            finally:
                if output:
                    out.close()
    if output:
        err_console.print(f"wrote {n} rows to {output}")


def _gdelt(store, out, q, all_modalities: bool) -> int:
    """One row per merged event (GDELT's unit); its counted modalities only, unless asked, and said."""
    counted = set(store.monitor_settings.count_modalities)
    wanted = {e["id"] for e in store.iter_events(q)} if q is not None else None
    n = write_gdelt_merged(store, out, keep=(lambda merged: not wanted.isdisjoint(merged["events"]))
                           if wanted is not None else None)
    events = q if q is not None else event_query()[0]
    others = [e for e in store.iter_events(events) if e["modality"] not in counted]
    if all_modalities:
        urls = {a["id"]: a.get("url") or a.get("path") or "" for a in store.records("article")}
        n += write_gdelt(others, out, urls)
    elif others:
        err_console.print(f"note: {len(others)} event(s) that are {', '.join(sorted({e['modality'] for e in others}))} "
                          "are not in the GDELT export (it has no modality column); --all-modalities adds them, "
                          "csv/parquet/jsonl keep them with their modality")
    return n


def register(app: typer.Typer) -> None:
    app.command("export")(export_command)
