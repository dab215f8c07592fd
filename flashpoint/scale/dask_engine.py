"""`flashpoint ingest --engine dask`: the pipeline over input shards on Dask workers.

    client                               workers (one process, one thread, one model each)
    ------                               ----------------------------------------------
    plan_shards(paths)          ──────►  scan_shard: read the shard, hash each article
    store.has_content(hash)?    ──────►  extract_shard: read it again, skip stored articles,
                                         pipeline.process_shard(...) -> Parquet record batch
    load_batch(store, batch)    ◄──────  (bytes; one per shard)

The workers run the very function the single-process path runs (`pipeline.process_shard`), on
shards sized in whole model batches, so records are byte-identical between engines. Shards shrink
toward the end of the input (`shards.guided`), so the workers finish together. The client
never reads article text (workers open their own shards) and loads batches in shard order, so
which copy of a duplicated article wins does not depend on which worker finished first.
Re-running a finished ingest scans the shards, finds every article stored, and extracts nothing.
"""

from __future__ import annotations

import hashlib
import logging
import os
import resource
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from thinc.api import Config

from flashpoint import errors as fp_errors
from flashpoint.errors import EngineError, FlashpointError
from flashpoint.pipeline import RunStats, build_pipeline, load_config, process_shard
from flashpoint.pipeline import warm_up as warm_up_model
from flashpoint.scale.batches import load_batch, records_to_batch
from flashpoint.scale.shards import Shard, guided, plan_shards, read_shard


# Dask settings the pipeline runs faster with (the file says why, and how to use it on a cluster).
DASK_SETTINGS = Path(__file__).resolve().parent / "dask.yaml"


def dask_settings(path: Path = DASK_SETTINGS) -> dict[str, object]:
    """The settings file as dotted keys, for dask.config.set (which would replace whole sections)."""
    import yaml  # deferred: Dask's dependency, only when a cluster starts

    def flat(prefix: str, node) -> Iterator[tuple[str, object]]:
        if isinstance(node, dict):
            for key, value in node.items():
                yield from flat(f"{prefix}.{key}" if prefix else str(key), value)
        else:
            yield prefix, node

    return dict(flat("", yaml.safe_load(path.read_text(encoding="utf-8"))))


# -- on the workers ------------------------------------------------------------------------

_PIPELINES: dict[str, object] = {}
# One model per worker process; spaCy pipelines are not safe to share between threads, so a worker
# started with several threads runs its shards one at a time (start workers with --nthreads 1).
_PIPELINE_LOCK = threading.Lock()


def worker_pipeline(config_text: str):
    """The pipeline for this config, built once per worker process and kept for later shards."""
    key = hashlib.sha256(config_text.encode()).hexdigest()
    nlp = _PIPELINES.get(key)
    if nlp is None:
        nlp = build_pipeline(Config().from_str(config_text))
        warm_up_model(nlp)
        _PIPELINES[key] = nlp
    return nlp


def _error_tuple(exc: FlashpointError) -> tuple[str, str | None, str]:
    # FlashpointError does not survive pickling (its args are not its constructor's), so errors
    # travel as plain tuples and are rebuilt on the client; the class (all in errors.py) carries the code.
    return type(exc).__name__, exc.input, exc.message


def _error_from_tuple(t: tuple[str, str | None, str]) -> FlashpointError:
    name, input_name, message = t
    cls = getattr(fp_errors, name, FlashpointError)
    if not (isinstance(cls, type) and issubclass(cls, FlashpointError)):
        cls = FlashpointError
    return cls(input_name, message)


@dataclass
class ScanResult:
    hashes: list[str]                       # content hash of each readable article, in order
    errors: list[tuple] = field(default_factory=list)


@dataclass
class ShardResult:
    batch: bytes                            # Parquet record batch (see batches.py)
    articles: int
    seconds: float
    peak_rss: int                           # bytes, the worker process's peak so far


def scan_shard(shard: Shard) -> ScanResult:
    out = ScanResult(hashes=[])
    for item in read_shard(shard):
        if isinstance(item, FlashpointError):
            out.errors.append(_error_tuple(item))
        else:
            out.hashes.append(item.content_hash)
    return out


def extract_shard(shard: Shard, config_text: str, today: str, batch_size: int, skip: frozenset[str]) -> ShardResult:
    started = time.perf_counter()
    items = [item for item in read_shard(shard)
             if not isinstance(item, FlashpointError) and item.content_hash not in skip]
    with _PIPELINE_LOCK:
        nlp = worker_pipeline(config_text)
        records = process_shard(nlp, items, batch_size=batch_size, today=date.fromisoformat(today))
    return ShardResult(batch=records_to_batch(records), articles=len(records),
                       seconds=time.perf_counter() - started, peak_rss=peak_rss())


def warm_worker(config_text: str) -> float:
    """Load the model and its tables now (seconds taken), so a run's first shard does not pay for it."""
    started = time.perf_counter()
    with _PIPELINE_LOCK:
        worker_pipeline(config_text)
    return time.perf_counter() - started


def peak_rss() -> int:
    """Peak resident memory of this process, in bytes (Linux reports kilobytes)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


# -- on the client -------------------------------------------------------------------------

@contextmanager
def dask_client(scheduler: str | None = None, workers: int | None = None, timeout: float = 20) -> Iterator:
    """A client for the cluster at `scheduler`, or for a local cluster of `workers` processes."""
    from distributed import Client, LocalCluster  # deferred: heavy optional dependency (Dask)

    if scheduler:
        try:
            client = Client(scheduler, timeout=f"{timeout}s")
        except (OSError, TimeoutError, ValueError) as exc:
            raise EngineError(scheduler, f"cannot reach the Dask scheduler ({exc})") from None
        try:
            yield client
        finally:
            client.close()
        return
    import dask  # deferred: heavy optional dependency (Dask)

    n = workers or os.cpu_count() or 1
    try:
        with dask.config.set(dask_settings()):
            cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None,
                                   silence_logs=logging.ERROR)
    except (OSError, RuntimeError, TimeoutError) as exc:
        raise EngineError("dask", f"cannot start a local cluster of {n} workers ({exc})") from None
    try:
        with Client(cluster) as client:
            yield client
    finally:
        cluster.close()


def warm_up(client, config_text: str) -> dict[str, float]:
    """Load the model on every worker at once; returns seconds per worker address."""
    addresses = list(client.scheduler_info()["workers"])
    futures = [client.submit(warm_worker, config_text, workers=[a], allow_other_workers=False, pure=False,
                             key=f"fp-warm-{uuid.uuid4().hex[:8]}-{i}") for i, a in enumerate(addresses)]
    return dict(zip(addresses, client.gather(futures)))


def worker_peak_memory(client) -> dict[str, int]:
    """Peak resident memory of each worker process, in bytes."""
    return client.run(peak_rss)


def ingest_dask(paths: list[str], store, config=None, *, client=None, scheduler: str | None = None,
                workers: int | None = None, shard_size: int = 64, batch_size: int = 16,
                today: date | None = None, on_progress: Callable[[RunStats], None] | None = None) -> RunStats:
    """Ingest `paths` on a Dask cluster (the given client, the scheduler's, or a local one)."""
    batches_per_shard = max(1, -(-shard_size // batch_size))  # shards hold whole model batches
    config_text = (config or load_config()).to_str()
    today_iso = (today or date.today()).isoformat()
    stats = RunStats()
    batches, plan_errors = plan_shards(paths, batch_size)
    stats.errors.extend(plan_errors)
    with nullcontext(client) if client is not None else dask_client(scheduler, workers) as c:
        shards = guided(batches, batches_per_shard, len(c.scheduler_info()["workers"]))
        _run(c, store, shards, stats, config_text, today_iso, batch_size, on_progress)
    return stats


def _run(client, store, shards: list[Shard], stats: RunStats, config_text: str, today: str, batch_size: int,
         on_progress: Callable[[RunStats], None] | None) -> None:
    from distributed import as_completed  # deferred: heavy optional dependency (Dask)

    run = uuid.uuid4().hex[:8]
    role: dict[str, tuple[str, int]] = {}
    outstanding: dict[str, object] = {}        # key -> future still running (cancelled on error)
    scans: dict[int, ScanResult] = {}
    skipped_by_scan: dict[int, int] = {}
    done: dict[int, ShardResult | None] = {}   # shard index -> its batch (None: nothing to extract)
    next_to_load = 0
    pending = as_completed()
    try:
        for i, shard in enumerate(shards):
            # Work goes in input order; a shard's scan runs a little ahead of the extractions
            # (priority -i + 2 against -i), so the next extraction is planned before a worker frees up.
            fut = client.submit(scan_shard, shard, key=f"fp-scan-{run}-{i}", priority=2 - i, pure=False)
            role[fut.key] = ("scan", i)
            outstanding[fut.key] = fut
            pending.add(fut)
        for fut in pending:
            kind, i = role.pop(fut.key)
            result = fut.result()
            del outstanding[fut.key]
            fut.release()
            if kind == "scan":
                scans[i] = result
                stored = frozenset(h for h in set(result.hashes) if store.has_content(h))
                skipped_by_scan[i] = sum(h in stored for h in result.hashes)
                if skipped_by_scan[i] == len(result.hashes):
                    done[i] = None
                else:
                    ext = client.submit(extract_shard, shards[i], config_text, today, batch_size, stored,
                                        key=f"fp-extract-{run}-{i}", priority=-i, pure=False)
                    role[ext.key] = ("extract", i)
                    outstanding[ext.key] = ext
                    pending.add(ext)
            else:
                done[i] = result
            while next_to_load in done:  # load in shard order: deterministic, whatever finished first
                _load(store, next_to_load, scans.pop(next_to_load), skipped_by_scan.pop(next_to_load),
                      done.pop(next_to_load), stats)
                next_to_load += 1
                if on_progress:
                    on_progress(stats)
    finally:
        if outstanding:  # an error (or Ctrl-C) stopped the run: free the cluster for the next one
            client.cancel(list(outstanding.values()))


def _load(store, index: int, scan: ScanResult, skipped: int, result: ShardResult | None, stats: RunStats) -> None:
    stats.errors.extend(_error_from_tuple(t) for t in scan.errors)
    stats.seen += len(scan.hashes)
    stats.skipped += skipped
    if result is None:
        return
    load_batch(store, result.batch, on_article=stats.count)
