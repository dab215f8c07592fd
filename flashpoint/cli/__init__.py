"""The `flashpoint` command: a thin skin over importable functions.

Each module in this package that defines `register(app)` adds its commands (one file per command
group: extract.py, ingest.py, query.py, export.py, actors.py, eval.py, serve.py, ...); they are found
by name, so adding a command never edits this file. User errors print one line and exit non-zero.
"""

from __future__ import annotations

import difflib
import importlib
import pkgutil
import sys

import typer

import flashpoint
from flashpoint.errors import CommandUsageError, FlashpointError

# rich_markup_mode=None: help text is plain, so "[serve]" in a help string prints as written
app = typer.Typer(help="Flashpoint: sourced, structured conflict event data from news.",
                  no_args_is_help=True, pretty_exceptions_enable=False, add_completion=False,
                  rich_markup_mode=None, context_settings={"help_option_names": ["-h", "--help"]})


def _version(value: bool) -> None:
    if value:
        print(f"flashpoint {flashpoint.__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(version: bool = typer.Option(False, "--version", "-V", callback=_version, is_eager=True,
                                       help="Print the version and exit.")) -> None:
    """Flashpoint: sourced, structured conflict event data from news."""


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
    except SystemExit as exc:
        return int(exc.code or 0)
    except typer.Exit as exc:  # --version, or a command that exits early
        return exc.exit_code
    except typer.Abort:
        return 1
    except typer.TyperException as exc:  # usage mistakes (typer's vendored click): a line, never a traceback
        print(usage_line(exc, argv if argv is not None else sys.argv[1:]), file=sys.stderr)
        return 2
    return 0


def usage_line(exc: typer.TyperException, argv: list[str]) -> str:
    """One line for a usage mistake, with the closest command for an unknown one."""
    message = exc.format_message()
    ctx = getattr(exc, "ctx", None)
    if "No such command" in message and "Did you mean" not in message:
        typed = next((a for a in argv if not a.startswith("-")), "")
        commands = dict(getattr(ctx.command, "commands", {}) or {}) if ctx else {}
        names = {name: name for name in commands}
        for group, cmd in commands.items():  # "redate" -> "articles redate"
            for sub in getattr(cmd, "commands", {}) or {}:
                names.setdefault(sub, f"{group} {sub}")
        close = [names[c] for c in difflib.get_close_matches(typed, list(names), n=3, cutoff=0.5)]
        if close:
            message += f" Did you mean {' or '.join(repr(c) for c in close)}?"
    where = ctx.command_path if ctx is not None else "flashpoint"
    return CommandUsageError(where, f"{message} (see `{where} --help`)").one_line()


def run() -> None:
    sys.exit(main())
