"""`flashpoint events` and `flashpoint stats`: read the store."""

from __future__ import annotations

import typer
from rich.table import Table

from flashpoint.analyze.dyads import busiest, country_dyads
from flashpoint.cli._common import (
    ACTOR_OPTION,
    DB_OPTION,
    ROOT_OPTION,
    SINCE_OPTION,
    UNTIL_OPTION,
    check_format,
    err_console,
    iso_day,
    terminal,
    write_jsonl,
)
from flashpoint.cli.serve import dashboard_line
from flashpoint.codes.labels import event_label
from flashpoint.store import open_store
from flashpoint.store.filters import event_query


def events_command(
    actor: str = ACTOR_OPTION,
    source: str = typer.Option(None, "--source", help="Source actor: code prefix or name."),
    target: str = typer.Option(None, "--target", help="Target actor: code prefix or name."),
    code: str = typer.Option(None, "--code", help="CAMEO event code at any level (e.g. 190)."),
    root: str = ROOT_OPTION,
    quadclass: str = typer.Option(None, "--quadclass", help="1-4 or a name: verbal cooperation, material cooperation, verbal conflict, material conflict."),
    plover: str = typer.Option(None, "--plover", help="PLOVER event type (ASSAULT, ACCUSE, AGREE, ...)."),
    modality: str = typer.Option(None, "--modality", help="asserted | negated | conditional | hypothetical | future | reported."),
    country: str = typer.Option(None, "--country", help="Where the event happened: country code or name."),
    text: str = typer.Option(None, "--text", help="Words in the record (evidence, actor names)."),
    since: str = SINCE_OPTION,
    until: str = UNTIL_OPTION,
    limit: int = typer.Option(100, "--limit", min=1, max=10_000),
    offset: int = typer.Option(0, "--offset", min=0),
    oldest_first: bool = typer.Option(False, "--oldest-first", help="Oldest first (default: newest first)."),
    fmt: str = typer.Option("table", "--format", help="table | jsonl"),
    db: str = DB_OPTION,
) -> None:
    """Query stored events, newest first; actors by code or by name."""
    check_format(fmt, ("table", "jsonl"))
    q, matches = event_query(actor=actor, source=source, target=target, code=code, root=root, quadclass=quadclass,
                             plover=plover, modality=modality, country=country, text=text,
                             since=iso_day(since, "--since"), until=iso_day(until, "--until"), limit=limit, offset=offset)
    with open_store(db) as store:
        rows = store.events(q, newest_first=not oldest_first)
    if fmt == "jsonl":
        write_jsonl(rows)
        return
    console = terminal()
    for m in matches:
        if m.describe() and m.names != m.codes:
            err_console.print(f"matching {m.describe()}")
    table = Table("date", "source", "event", "target", "modality", "evidence")
    for e in rows:
        table.add_row(e["date"] or "", _actor(e["source"]), event_label(e["code"]),
                      _actor(e["target"]) if e["target"] else "(statement)", e["modality"], e["evidence"]["text"][:90])
    console.print(table)
    if not rows:
        err_console.print("no events match")


def _actor(ref):
    return f"{ref.get('code') or '-'} {ref.get('name')}" if ref else "-"


def summary_command(
    db: str = DB_OPTION,
    self_loops: bool = typer.Option(False, "--self-loops", help="Count a country acting on itself (GBRGOV->GBRLEG) as a dyad."),
) -> None:
    """What the store holds: record counts, where article dates came from, the busiest country dyads
    and statement sources, and where the dashboard is."""
    with open_store(db) as store:
        counts = store.counts()
        rows = store.top_dyads(limit=1_000_000)
        dated = store.published_from_counts()
    dyads, statements = country_dyads(rows, self_loops=self_loops)
    console = terminal()
    console.print("  ".join(f"{k} {v}" for k, v in counts.items()))
    if dated:
        line = "article dates: " + ", ".join(f"{n} {how}" for how, n in sorted(dated.items()))
        if dated.get("today"):
            line += (" (no date in the input: dated the day they were ingested;"
                     " fix with `flashpoint articles redate ID DATE`)")
        console.print(line)
    if dyads:
        console.print("busiest country dyads: " + ", ".join(f"{s}->{t} ({n})" for (s, t), n in busiest(dyads, 5)))
    if statements:
        console.print("most statements (no target): " + ", ".join(f"{s} ({n})" for s, n in busiest(statements, 5)))
    console.print(f"store: {store.url}")
    console.print(dashboard_line())


def register(app: typer.Typer) -> None:
    app.command("events")(events_command)
    app.command("summary")(summary_command)
