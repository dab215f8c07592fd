"""`flashpoint articles list|redate|delete`: mend stored articles.

An article stored with the wrong date (an undated file is dated the day it was ingested) is
re-coded with the right one: relative dates, office holders ("the prime minister" in 2005 is Blair)
and every record depend on it. Both commands then bring merged events, dyad series and alerts up to
date, so nothing the article said lingers in the monitor.
"""

from __future__ import annotations

import typer
from rich.table import Table

from flashpoint.analyze.maintain import rebuild
from flashpoint.cli._common import (
    DB_OPTION,
    check_format,
    err_console,
    terminal,
    write_jsonl,
)
from flashpoint.errors import NoSuchArticleError
from flashpoint.ingest import ArticleInput, parse_published
from flashpoint.pipeline import build_pipeline, extract_records
from flashpoint.store import open_store

articles_app = typer.Typer(help="Stored articles: list them, correct a date, delete one.", no_args_is_help=True)


@articles_app.command("list")
def list_command(
    undated: bool = typer.Option(False, "--undated", help="Only articles that had no date (dated the day they were ingested)."),
    limit: int = typer.Option(100, "--limit", min=1),
    fmt: str = typer.Option("table", "--format", help="table | jsonl"),
    db: str = DB_OPTION,
) -> None:
    """Stored articles: id, date, how the date was found, title."""
    check_format(fmt, ("table", "jsonl"))
    with open_store(db) as store:
        rows = [r for r in store.records("article") if not undated or r.get("published_from") == "today"][:limit]
    rows = [{k: r.get(k) for k in ("id", "published", "published_from", "title", "source", "path")} for r in rows]
    if fmt == "jsonl":
        write_jsonl(rows)
        return
    table = Table("id", "published", "from", "title")
    for r in rows:
        table.add_row(r["id"], r["published"] or "", r["published_from"] or "", (r["title"] or r["path"] or "")[:70])
    terminal().print(table)


@articles_app.command("redate")
def redate_command(
    article_id: str = typer.Argument(..., metavar="ID", help="The article's id (see `flashpoint articles list`)."),
    day: str = typer.Argument(..., metavar="DATE", help="Its publication date, YYYY-MM-DD."),
    db: str = DB_OPTION,
) -> None:
    """Give a stored article its publication date: re-code its records and update the monitor."""
    published = parse_published(day, "DATE")
    with open_store(db) as store:
        fields = store.article_input_fields(article_id)
        if fields is None:
            raise NoSuchArticleError(article_id, "no stored article has this id (see `flashpoint articles list`)")
        item = ArticleInput(text=fields["text"], title=fields.get("title"), published=published, url=fields.get("url"),
                            path=fields.get("path"), source=fields.get("source"), id=article_id,
                            published_from="given", origin=article_id)
        with err_console.status("loading the model"):
            nlp = build_pipeline()
        (records,) = list(extract_records(nlp, [item]))
        store.remove_article(article_id, replacement=records)
        rebuilt = rebuild(store, store.monitor_settings)
    err_console.print(f"article {article_id}: dated {published} (was {fields.get('published')}); "
                      f"records re-coded: {', '.join(f'{k} {v}' for k, v in records.counts().items())}; "
                      f"monitor: {rebuilt['merged_events']} merged events, {rebuilt['alerts']} alerts")


@articles_app.command("delete")
def delete_command(
    article_id: str = typer.Argument(..., metavar="ID", help="The article's id (see `flashpoint articles list`)."),
    db: str = DB_OPTION,
) -> None:
    """Delete a stored article and all its records, and update the monitor."""
    with open_store(db) as store:
        if not store.remove_article(article_id):
            raise NoSuchArticleError(article_id, "no stored article has this id (see `flashpoint articles list`)")
        rebuilt = rebuild(store, store.monitor_settings)
    err_console.print(f"article {article_id} deleted; monitor: {rebuilt['merged_events']} merged events, "
                      f"{rebuilt['alerts']} alerts")


def register(app: typer.Typer) -> None:
    app.add_typer(articles_app, name="articles")
