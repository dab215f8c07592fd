"""`flashpoint ingest PATH...`: extract and store articles, idempotently, with a progress bar."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, nullcontext

import typer
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from flashpoint.analyze.maintain import rebuild
from flashpoint.cli._common import CONFIG_OPTION, DB_OPTION, SET_OPTION, err_console, report_errors
from flashpoint.errors import QueryError
from flashpoint.ingest import ArticleInput, iter_inputs, parse_published
from flashpoint.ingest.count import count_inputs
from flashpoint.pipeline import build_pipeline, ingest
from flashpoint.scale import ingest_dask
from flashpoint.settings import load_config, parse_overrides
from flashpoint.store import open_store


def ingest_command(
    paths: list[str] = typer.Argument(..., help="Files and folders (recursive): .txt, .html, feeds, .jsonl dumps."),
    db: str = DB_OPTION,
    config: str = CONFIG_OPTION,
    sets: list[str] = SET_OPTION,
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
    engine: str = typer.Option("local", "--engine", help="local: this process; dask: Dask workers (see docs/SCALING.md)."),
    scheduler: str = typer.Option(None, "--scheduler", help="With --engine dask: a scheduler address (tcp://host:8786); default: a local cluster."),
    workers: int = typer.Option(None, "--workers", min=1, help="With --engine dask and no --scheduler: local worker processes (default: one per core)."),
    defer_monitor: bool = typer.Option(False, "--defer-monitor", help="For backfills: store the records without keeping merged events, series and alerts current, and recompute them once at the end (what `flashpoint analyze` does)."),
    shard_size: int = typer.Option(64, "--shard-size", min=1, help="With --engine dask: articles per shard at most (whole model batches; shards shrink toward the end of the input)."),
    published: str = typer.Option(None, "--published", help="Publication date YYYY-MM-DD for inputs that carry none (a file's own date, a feed's or a .meta.json sidecar's wins)."),
) -> None:
    """Ingest articles into the store; already stored articles (same content) are skipped."""
    if engine not in ("local", "dask"):
        raise QueryError("--engine", f"unknown engine {engine!r} (local or dask)")
    if engine == "dask" and published:
        raise QueryError("--published", "only with --engine local (give dask runs dated inputs or .meta.json sidecars)")
    if engine == "local" and (scheduler or workers):
        raise QueryError("--scheduler" if scheduler else "--workers", "only used with --engine dask")
    day = parse_published(published, "--published") if published else None
    store = open_store(db)
    try:
        pipeline_config = load_config(config, parse_overrides(sets))
        # both engines feed the model the same batches, so they store byte-identical records
        batch_size = int(pipeline_config["nlp"].get("batch_size") or 16)
        nlp = None
        if engine == "local":
            with err_console.status("loading the model") if not quiet else nullcontext():
                nlp = build_pipeline(pipeline_config)
        total = count_inputs(paths)  # JSON Lines lines, feed items, files: a total, a rate and an ETA
        with Progress(TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), RateColumn(), TimeRemainingColumn(),
                      TextColumn("{task.fields[info]}"), TimeElapsedColumn(), console=err_console, disable=quiet,
                      transient=False) as progress:
            task = progress.add_task("ingest", total=total, info="")
            undated = UndatedInputs(day, progress.console)

            def on_progress(stats):
                progress.update(task, completed=stats.seen, info=f"stored {stats.stored}, skipped {stats.skipped}")

            with store.monitor_paused() if defer_monitor else nullcontext(), _stale_monitor_warning(defer_monitor):
                if engine == "dask":
                    undated_before = store.published_from_counts().get("today", 0)  # workers read the inputs
                    stats = ingest_dask(paths, store, pipeline_config, scheduler=scheduler, workers=workers,
                                        shard_size=shard_size, batch_size=batch_size, on_progress=on_progress)
                else:
                    stats = ingest(undated.watch(iter_inputs(paths)), store, nlp=nlp, batch_size=batch_size,
                                   on_progress=on_progress)
            progress.update(task, total=stats.seen, completed=stats.seen)
        if defer_monitor and stats.stored:
            rebuilt = rebuild(store, store.monitor_settings)
            err_console.print("monitor recomputed: " + ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in rebuilt.items()),
                              highlight=False)
        counts = ", ".join(f"{k} {v}" for k, v in sorted(stats.counts.items()))
        err_console.print(f"articles: {stats.seen} read, {stats.stored} stored, {stats.skipped} already stored"
                          + (f"; new records: {counts}" if counts else ""), highlight=False)
        if stats.skipped and published:
            err_console.print("already stored articles keep their date: `flashpoint articles redate ID DATE` changes one")
        # the Dask workers read the inputs: count the undated ones the run stored, after the fact
        undated.report(store.published_from_counts().get("today", 0) - undated_before if engine == "dask" else 0)
        if stats.not_coded:  # one line, whatever the number
            langs = ", ".join(f"{lang} {n}" for lang, n in sorted(stats.not_coded.items()))
            err_console.print(f"warning: {sum(stats.not_coded.values())} article(s) not in English ({langs}) were "
                              "stored, flagged with their language, and not coded")
        if stats.errors:
            err_console.print(f"{len(stats.errors)} input(s) could not be read:", highlight=False)
            report_errors(stats.errors)
            raise typer.Exit(1)
    finally:
        store.close()


class RateColumn(ProgressColumn):
    """Articles per second (per minute when slower than one a second)."""

    def render(self, task) -> Text:
        speed = task.finished_speed or task.speed
        if not speed:
            return Text("-/s")
        return Text(f"{speed:.1f}/s" if speed >= 1 else f"{speed * 60:.1f}/min")


LONG_ARTICLE_CHARS = 100_000


class UndatedInputs:
    """Gives undated inputs the --published date, or flags them: an input with no date is dated the
    day it is ingested, for good (relative dates, office holders), so the user must hear about it."""

    SHOWN = 5

    def __init__(self, day, console):
        self.day, self.console, self.names = day, console, []

    def watch(self, items):
        for item in items:
            if isinstance(item, ArticleInput) and len(item.text) >= LONG_ARTICLE_CHARS:
                # a long article holds the bar still for a while: say what is being read
                self.console.print(f"reading a long article: {item.origin or item.path or item.article_id} "
                                   f"({len(item.text):,} characters)")
            if isinstance(item, ArticleInput) and item.published is None:
                if self.day is not None:
                    item.published, item.published_from = self.day, "given"
                else:
                    self.names.append(item.origin or item.path or item.article_id)
                    if len(self.names) <= self.SHOWN:
                        self.console.print(f"warning: {self.names[-1]}: no publication date; dated today "
                                           "(give --published DATE or a .meta.json sidecar)")
            yield item

    def report(self, unseen: int = 0) -> None:
        """The run's closing line; `unseen`: undated inputs read elsewhere (Dask workers)."""
        if self.names or unseen:
            err_console.print(f"warning: {len(self.names) + unseen} input(s) had no publication date and were dated "
                              "today; `flashpoint summary` counts them, `flashpoint articles redate ID DATE` fixes one")


@contextmanager
def _stale_monitor_warning(deferred: bool) -> Iterator[None]:
    """A deferred run that stops early has stored records the monitor has not seen: say how to mend it."""
    try:
        yield
    except BaseException:
        if deferred:
            err_console.print("the run stopped before the monitor was recomputed: run `flashpoint analyze` "
                              "to bring merged events, series and alerts up to date", highlight=False)
        raise


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest_command)
