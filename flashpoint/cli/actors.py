"""`flashpoint actors ...`: the knowledge base of who is who.

    flashpoint actors import Phoenix.Countries.actors.txt     # a PETRARCH/TABARI actors dictionary
    flashpoint actors import Phoenix.agents.txt --agents      # an agents dictionary
    flashpoint actors lookup "Joe Biden" --date 2018-06-01    # -> USAELI (and USAGOV in 2021)
    flashpoint actors list [--kind person] [--source import] [--format jsonl]
    flashpoint actors imports | flashpoint actors forget NAME
Imports are kept in the user data dir (FLASHPOINT_HOME) and used by every later run.
"""

from __future__ import annotations

import datetime
from pathlib import Path

import typer
from rich.table import Table

from flashpoint.cli._common import check_format, terminal, write_jsonl
from flashpoint.errors import DictionaryError, MissingInputError, UnknownNameError
from flashpoint.ingest import parse_published
from flashpoint.kb.knowledge_base import default_kb
from flashpoint.kb.petrarch import load_petrarch_actors, load_petrarch_agents
from flashpoint.kb.user import imported_files, remove_import, save_import

actors_app = typer.Typer(help="The actor knowledge base: import dictionaries, look names up.", no_args_is_help=True)


def default_kb_cache_clear() -> None:
    """Later lookups in this process see the new import too."""
    default_kb.cache_clear()


def _day(value: str | None):
    if not value:
        return None
    return parse_published(value, "--date")


@actors_app.command("import")
def import_command(
    file: Path = typer.Argument(..., help="A PETRARCH/TABARI actors (or, with --agents, agents) dictionary."),
    agents: bool = typer.Option(False, "--agents", help="The file is an agents dictionary (noun -> role code)."),
) -> None:
    """Import a Phoenix/PETRARCH dictionary; its entries extend or replace the built-in ones from now on."""
    if not file.is_file():
        raise MissingInputError(str(file), "no such file")
    if agents:
        found = load_petrarch_agents(file)
        if not found:
            raise DictionaryError(str(file), "no agents found (is this an agents dictionary?)")
        written = save_import(file, agents=found)
        default_kb_cache_clear()
        what = f"{len(found)} agent forms"
    else:
        found = load_petrarch_actors(file)
        if not found:
            raise DictionaryError(str(file), "no actor entries found (is this an actors dictionary?)")
        written = save_import(file, entries=found)
        default_kb_cache_clear()
        names = sum(len(e.names) for e in found)
        what = f"{len(found)} actors ({names} names)"
    print(f"imported {what} from {file} -> {written[0]}")


@actors_app.command("lookup")
def lookup_command(
    name: str = typer.Argument(..., help="A name as written ('Putin', 'the Kremlin', 'NATO', 'troops')."),
    date: str = typer.Option(None, "--date", help="Code for this day (YYYY-MM-DD); default today."),
    fmt: str = typer.Option("table", "--format", help="table | jsonl"),
) -> None:
    """What a name stands for in the knowledge base, and its code on a date."""

    check_format(fmt, ("table", "jsonl"))
    day = _day(date) or datetime.date.today()
    hits = default_kb().lookup(name, day)
    if not hits:
        raise UnknownNameError(name, "not in the knowledge base")
    rows = [{"name": e.name, "code": code, "kb_id": e.id, "kind": e.kind, "source": e.source, "date": day.isoformat(),
             "role": (e.dated_at(day).title if e.dated_at(day) else None)} for e, code in hits]
    if fmt == "jsonl":
        write_jsonl(rows)
        return
    table = Table("name", "code", "kind", "role on the day", "kb_id", "source")
    for r in rows:
        table.add_row(r["name"], r["code"] or "-", r["kind"], r["role"] or "", r["kb_id"], r["source"])
    terminal().print(table)


@actors_app.command("list")
def list_command(
    kind: str = typer.Option(None, "--kind", help="country | region | organisation | institution | person | group"),
    source: str = typer.Option(None, "--source", help="builtin | import (any imported file)"),
    limit: int = typer.Option(0, "--limit", help="At most this many (0: all)."),
    fmt: str = typer.Option("table", "--format", help="table | jsonl"),
) -> None:
    """List knowledge-base entries."""
    check_format(fmt, ("table", "jsonl"))
    entries = [e for e in default_kb().entries.values()
               if (kind is None or e.kind == kind)
               and (source is None or e.source == source or (source == "import" and e.source.startswith("import")))]
    if limit:
        entries = entries[:limit]
    if fmt == "jsonl":
        write_jsonl(e.to_dict() for e in entries)
        return
    table = Table("kb_id", "name", "kind", "code", "names", "source")
    for e in entries:
        table.add_row(e.id, e.name, e.kind, e.code or ("(dated)" if e.dated else "-"), str(len(e.names)), e.source)
    terminal().print(table)


@actors_app.command("imports")
def imports_command() -> None:
    """The dictionaries imported so far."""
    for p in imported_files():
        with p.open(encoding="utf-8") as f:
            n = sum(1 for line in f if line.strip())
        print(f"{p.name}\t{n}")


@actors_app.command("forget")
def forget_command(name: str = typer.Argument(..., help="Part of an imported dictionary's name.")) -> None:
    """Drop an imported dictionary."""
    removed = remove_import(name)
    if not removed:
        raise UnknownNameError(name, "no imported dictionary of that name (see `flashpoint actors imports`)")
    default_kb_cache_clear()
    for p in removed:
        print(f"removed {p.name}")


def register(app: typer.Typer) -> None:
    app.add_typer(actors_app, name="actors")

