"""Options and output helpers shared by the command modules."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable

import typer
from rich.console import Console

from flashpoint.errors import FlashpointError, QueryError

DB_OPTION = typer.Option(None, "--db", help="Database URL: sqlite:///path or postgresql://...; default: the embedded store in the user data dir.")
CONFIG_OPTION = typer.Option(None, "--config", help="A pipeline config file (default: the packaged one).")
SET_OPTION = typer.Option(None, "--set", help="Override one pipeline setting, e.g. --set components.fp_actors.fuzzy_threshold=85 (repeatable).")
err_console = Console(stderr=True, soft_wrap=True)


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
