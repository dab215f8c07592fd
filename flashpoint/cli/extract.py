"""`flashpoint extract FILE|-`: the records of one article (or of every article in a dump) to stdout."""

from __future__ import annotations

import json
import sys

import typer
from rich.table import Table
from rich.text import Text

from flashpoint.cli._common import CONFIG_OPTION, SET_OPTION, check_format, report_errors, terminal, write_jsonl
from flashpoint.errors import FlashpointError
from flashpoint.ingest import ArticleInput, iter_inputs, parse_published
from flashpoint.pipeline import build_pipeline, extract_records
from flashpoint.settings import load_config, parse_overrides


def extract_command(
    file: str = typer.Argument(..., help="A .txt/.html article, a feed, a JSON Lines dump, or - for stdin."),
    published: str = typer.Option(None, "--published", help="Publication date YYYY-MM-DD (anchors 'on Thursday')."),
    source: str = typer.Option(None, "--source", help="Outlet or source name."),
    fmt: str = typer.Option("jsonl", "--format", help="jsonl | json | table"),
    config: str = CONFIG_OPTION,
    sets: list[str] = SET_OPTION,
) -> None:
    """Extract events, actors, quotes, figures and places from an article."""
    check_format(fmt, ("jsonl", "json", "table"))
    day = parse_published(published, "--published") if published else None
    errors: list[FlashpointError] = []

    def items():
        for item in iter_inputs([file]):
            if isinstance(item, FlashpointError):
                errors.append(item)
                continue
            yield _override(item, day, source)

    nlp = build_pipeline(load_config(config, parse_overrides(sets)))
    all_records = extract_records(nlp, items())
    if fmt == "jsonl":
        for records in all_records:
            write_jsonl(records.to_dicts())
            sys.stdout.flush()
    elif fmt == "json":
        json.dump([d for r in all_records for d in r.to_dicts()], sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        for records in all_records:
            print_table(records)
    if errors:
        report_errors(errors)
        raise typer.Exit(1)


def _override(item: ArticleInput, day, source) -> ArticleInput:
    if day is not None:
        item.published, item.published_from = day, "given"
    if source:
        item.source = source
    return item


def print_table(records) -> None:
    console = terminal()
    art = records.article
    console.print(Text.assemble((str(art.title or art.path or art.id), "bold"),
                                f"  published {art.published}  ({art.id})"))
    table = Table("date", "source", "code", "target", "modality", "evidence", show_lines=False)
    for e in records.events:
        table.add_row(str(e.date), f"{e.source.code or '-'} {e.source.name}" if e.source else "-", e.code,
                      f"{e.target.code or '-'} {e.target.name}" if e.target else "-", e.modality,
                      e.evidence.text[:80])
    console.print(table)
    console.print(f"actors {len(records.actors)}, events {len(records.events)}, quotes {len(records.quotes)}, "
                  f"figures {len(records.figures)}, places {len(records.places)}", highlight=False)


def register(app: typer.Typer) -> None:
    app.command("extract")(extract_command)
