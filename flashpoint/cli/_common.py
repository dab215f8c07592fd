"""Options and output helpers shared by the command modules."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path

import typer
from rich.console import Console

from flashpoint.errors import FlashpointError, NoSuchStoreError, QueryError
from flashpoint.ingest import parse_published

# Commands that may create a SQLite store that does not exist yet; every other command refuses a
# missing file, so a typo in --db is an error, not an empty store reporting zeros.
CREATING_COMMANDS = frozenset({"ingest", "gdelt", "watch"})  # `import gdelt` is named "gdelt"


def _check_db(ctx: typer.Context, value: str | None) -> str | None:
    if value and value.startswith("sqlite:") and ctx.info_name not in CREATING_COMMANDS:
        path = value.removeprefix("sqlite:///").removeprefix("sqlite://")
        if path != ":memory:" and not Path(path).expanduser().exists():
            raise NoSuchStoreError(value, "no such SQLite store (check the path; `flashpoint ingest --db URL` creates one)")
    return value


DB_OPTION = typer.Option(None, "--db", callback=_check_db,
                         help="Database URL: sqlite:///path or postgresql://...; default: the embedded store in the user data dir.")


# Event filters shared by `events` and `export` (flashpoint/store/filters.py checks them)
ACTOR_OPTION = typer.Option(None, "--actor", help="An actor on either side: a code prefix (RUS, RUSGOV) or a name (Iraq, Hamas, Putin).")
ROOT_OPTION = typer.Option(None, "--root", help="CAMEO root code 01..20.")
SINCE_OPTION = typer.Option(None, "--since", help="From date YYYY-MM-DD.")
UNTIL_OPTION = typer.Option(None, "--until", help="To date YYYY-MM-DD.")


def iso_day(value: str | None, name: str) -> str | None:
    """A date option as YYYY-MM-DD, checked (BadDateError names the option)."""
    return parse_published(value, name).isoformat() if value else None


def terminal(stderr: bool = False, soft_wrap: bool = True, **kwargs) -> Console:
    """A console that never reads text as Rich markup or :emoji: codes: article text is untrusted,
    and "[/]" or "verb:bomb:" in it must print as written. Style with Text objects, not markup."""
    return Console(stderr=stderr, markup=False, emoji=False, highlight=False, soft_wrap=soft_wrap, **kwargs)


err_console = terminal(stderr=True)
CONFIG_OPTION = typer.Option(None, "--config", help="A pipeline config file (default: the packaged one).")
SET_OPTION = typer.Option(None, "--set", help="Override one pipeline setting, e.g. --set components.fp_actors.fuzzy_threshold=85 (repeatable).")


def check_format(fmt: str, allowed: tuple[str, ...]) -> str:
    if fmt not in allowed:
        raise QueryError("--format", f"unknown format {fmt!r} (one of {', '.join(allowed)})")
    return fmt


def write_jsonl(dicts: Iterable[dict], out=None) -> int:
    out = out or sys.stdout
    n = 0
    for d in dicts:
        out.write(json.dumps(d, ensure_ascii=False) + "\n")
        n += 1
    return n


def report_errors(errors: list[FlashpointError]) -> None:
    for e in errors:  # plain print: one line each, never wrapped by the terminal width
        print(e.one_line(), file=sys.stderr)
