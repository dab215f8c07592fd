"""How the watcher turns a batch of articles into records: in this process, or on Dask workers.

Both call the pipeline's unit of work (pipeline.process_shard) on the same batches, so they store
identical records; the store is written by the watcher's process either way.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from thinc.api import Config

from flashpoint.errors import QueryError
from flashpoint.pipeline import build_pipeline, process_shard, warm_up
from flashpoint.watch.loop import Extract


@contextmanager
def extractor(engine: str, config: Config, batch_size: int, scheduler: str | None = None) -> Iterator[Extract]:
    if engine == "local":
        nlp = build_pipeline(config)
        warm_up(nlp)  # the tables load now, not during the first articles (whose latency it would add)
        yield lambda items: process_shard(nlp, items, batch_size=batch_size, today=date.today())
        return
    if engine != "dask":
        raise QueryError("--engine", f"unknown engine {engine!r} (local or dask)")
    # Dask is imported only when this engine starts (a heavy optional dependency)
    from flashpoint.scale.batches import batch_to_records  # deferred: heavy optional (pyarrow, Dask)
    from flashpoint.scale.dask_engine import dask_client, extract_shard  # deferred: heavy optional (pyarrow, Dask)
    from flashpoint.scale.dask_engine import warm_up as warm_workers  # deferred: heavy optional (pyarrow, Dask)
    from flashpoint.scale.shards import InlineShard  # deferred: heavy optional (pyarrow, Dask)

    config_text = config.to_str()
    with dask_client(scheduler) as client:
        warm_workers(client, config_text)

        def run(items):
            future = client.submit(extract_shard, InlineShard(tuple(items)), config_text, date.today().isoformat(),
                                   batch_size, frozenset(), pure=False)
            return batch_to_records(future.result().batch)

        yield run
