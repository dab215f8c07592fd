"""`flashpoint ingest PATH...`: extract and store articles, idempotently, with a progress bar."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, nullcontext

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from flashpoint.analyze.maintain import rebuild
from flashpoint.cli._common import CONFIG_OPTION, DB_OPTION, SET_OPTION, err_console, report_errors
from flashpoint.errors import QueryError
from flashpoint.ingest import iter_inputs
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
) -> None:
    """Ingest articles into the store; already stored articles (same content) are skipped."""
    if engine not in ("local", "dask"):
        raise QueryError("--engine", f"unknown engine {engine!r} (local or dask)")
    if engine == "local" and (scheduler or workers):
        raise QueryError("--scheduler" if scheduler else "--workers", "only used with --engine dask")
    store = open_store(db)
    try:
        pipeline_config = load_config(config, parse_overrides(sets))
        # both engines feed the model the same batches, so they store byte-identical records
        batch_size = int(pipeline_config["nlp"].get("batch_size") or 16)
        nlp = build_pipeline(pipeline_config) if engine == "local" else None
        with Progress(TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[info]}"),
                      TimeElapsedColumn(), console=err_console, disable=quiet, transient=False) as progress:
            task = progress.add_task("ingest", total=None, info="")

            def on_progress(stats):
                progress.update(task, completed=stats.seen, info=f"stored {stats.stored}, skipped {stats.skipped}")

            with store.monitor_paused() if defer_monitor else nullcontext(), _stale_monitor_warning(defer_monitor):
                if engine == "dask":
                    stats = ingest_dask(paths, store, pipeline_config, scheduler=scheduler, workers=workers,
                                        shard_size=shard_size, batch_size=batch_size, on_progress=on_progress)
                else:
                    stats = ingest(iter_inputs(paths), store, nlp=nlp, batch_size=batch_size, on_progress=on_progress)
            progress.update(task, total=stats.seen, completed=stats.seen)
        if defer_monitor and stats.stored:
            rebuilt = rebuild(store, store.monitor_settings)
            err_console.print("monitor recomputed: " + ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in rebuilt.items()),
                              highlight=False)
        counts = ", ".join(f"{k} {v}" for k, v in sorted(stats.counts.items()))
        err_console.print(f"articles: {stats.seen} read, {stats.stored} stored, {stats.skipped} already stored"
                          + (f"; new records: {counts}" if counts else ""), highlight=False)
        if stats.errors:
            err_console.print(f"{len(stats.errors)} input(s) could not be read:", highlight=False)
            report_errors(stats.errors)
            raise typer.Exit(1)
    finally:
        store.close()


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
