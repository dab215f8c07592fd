"""The `flashpoint` command: a thin skin over importable functions.

Each module in this package that defines `register(app)` adds its commands (one file per command
group: extract.py, ingest.py, query.py, export.py, actors.py, eval.py, serve.py, ...); they are found
by name, so adding a command never edits this file. User errors print one line and exit non-zero.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys

import click
import typer

from flashpoint.errors import FlashpointError

app = typer.Typer(help="Flashpoint: sourced, structured conflict event data from news.",
                  no_args_is_help=True, pretty_exceptions_enable=False, add_completion=False)


def _register_commands() -> None:
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(app)


_register_commands()


def main(argv: list[str] | None = None) -> int:
    try:
        rc = app(args=argv, prog_name="flashpoint", standalone_mode=False)
        if isinstance(rc, int):  # click returns typer.Exit's code when not in standalone mode
            return rc
    except FlashpointError as exc:
        print(exc.one_line(), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except SystemExit as exc:  # typer.Exit from a command
        return int(exc.code or 0)
    except Exception as exc:  # click usage errors and the like
        if isinstance(exc, click.exceptions.Exit):
            return exc.exit_code
        if isinstance(exc, click.ClickException):
            exc.show()
            return exc.exit_code
        if isinstance(exc, click.exceptions.Abort):
            return 1
        raise
    return 0


def run() -> None:
    sys.exit(main())
