"""`flashpoint export --format jsonl|gdelt|parquet [--output FILE]`."""

from __future__ import annotations

import sys

import typer

from flashpoint.cli._common import DB_OPTION, check_format, err_console, write_jsonl
from flashpoint.errors import QueryError
from flashpoint.export.gdelt import write_gdelt_merged
from flashpoint.export.parquet import write_parquet
from flashpoint.store import open_store
from flashpoint.store.schema import RECORD_TABLES


def export_command(
    fmt: str = typer.Option("jsonl", "--format", help="jsonl | gdelt | parquet"),
    output: str = typer.Option(None, "--output", "-o", help="Output file (default stdout; required for parquet)."),
    kind: str = typer.Option(None, "--kind", help="Record kind for jsonl/parquet (article, actor, event, quote, figure, place); jsonl default: all."),
    db: str = DB_OPTION,
) -> None:
    """Export stored records."""
    check_format(fmt, ("jsonl", "gdelt", "parquet"))
    if kind and kind not in RECORD_TABLES:
        raise QueryError("--kind", f"unknown record kind {kind!r}")
    if fmt == "parquet" and not output:
        raise QueryError("--output", "parquet export needs an output file")
    with open_store(db) as store:
        if fmt == "parquet":
            n = write_parquet(store.records(kind or "event"), output)
        else:
            out = open(output, "w", encoding="utf-8") if output else sys.stdout
            try:
                if fmt == "gdelt":
                    n = write_gdelt_merged(store, out)  # GDELT's unit: one row per merged event
                else:
                    kinds = [kind] if kind else list(RECORD_TABLES)
                    n = sum(write_jsonl(store.records(k), out) for k in kinds)
            finally:
                if output:
                    out.close()
    if output:
        err_console.print(f"wrote {n} rows to {output}", highlight=False)


def register(app: typer.Typer) -> None:
    app.command("export")(export_command)
