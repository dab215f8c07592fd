"""`flashpoint events` and `flashpoint stats`: read the store."""

from __future__ import annotations

import typer
from rich.console import Console
from rich.table import Table

from flashpoint.cli._common import DB_OPTION, check_format, write_jsonl
from flashpoint.cli.serve import dashboard_line
from flashpoint.errors import UnknownCodeError
from flashpoint.ingest import parse_published
from flashpoint.store import EventQuery, open_store


def events_command(
    actor: str = typer.Option(None, "--actor", help="Actor code prefix on either side (RUS, RUSGOV, IGOWSTNAT)."),
    source: str = typer.Option(None, "--source", help="Source actor code prefix."),
    target: str = typer.Option(None, "--target", help="Target actor code prefix."),
    code: str = typer.Option(None, "--code", help="CAMEO event code (e.g. 130)."),
    root: str = typer.Option(None, "--root", help="CAMEO root code 01..20."),
    since: str = typer.Option(None, "--since", help="From date YYYY-MM-DD."),
    until: str = typer.Option(None, "--until", help="To date YYYY-MM-DD."),
    limit: int = typer.Option(100, "--limit"),
    offset: int = typer.Option(0, "--offset"),
    fmt: str = typer.Option("table", "--format", help="table | jsonl"),
    db: str = DB_OPTION,
) -> None:
    """Query stored events."""
    check_format(fmt, ("table", "jsonl"))
    q = EventQuery(actor=actor, source=source, target=target, code=_code(code, "--code"), root=_code(root, "--root"),
                   since=_day(since, "--since"), until=_day(until, "--until"), limit=limit, offset=offset)
    with open_store(db) as store:
        rows = store.events(q)
    if fmt == "jsonl":
        write_jsonl(rows)
        return
    table = Table("date", "source", "code", "target", "modality", "evidence")
    for e in rows:
        table.add_row(e["date"] or "", _actor(e["source"]), e["code"], _actor(e["target"]), e["modality"],
                      e["evidence"]["text"][:90])
    Console().print(table)


def _actor(ref):
    return f"{ref.get('code') or '-'} {ref.get('name')}" if ref else "-"


def _day(value, name):
    return parse_published(value, name).isoformat() if value else None


def _code(value, name):
    if value is None:
        return None
    if not value.isdigit() or not 2 <= len(value) <= 4:
        raise UnknownCodeError(name, f"{value!r} is not a CAMEO code (2-4 digits)")
    return value


def summary_command(db: str = DB_OPTION) -> None:
    """What the store holds: record counts, the busiest dyads, and where the dashboard is."""
    with open_store(db) as store:
        counts = store.counts()
        dyads = store.top_dyads(limit=5)
    console = Console()
    console.print("  ".join(f"{k} {v}" for k, v in counts.items()), highlight=False)
    if dyads:
        console.print("busiest dyads: " + ", ".join(f"{s or '?'}->{t or '?'} ({n})" for s, t, n in dyads), highlight=False)
    console.print(f"store: {store.url}", highlight=False)
    console.print(dashboard_line(), highlight=False)


def register(app: typer.Typer) -> None:
    app.command("events")(events_command)
    app.command("summary")(summary_command)
