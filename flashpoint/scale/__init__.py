"""Scale-out: the same pipeline over input shards on a Dask cluster (local or remote).

`ingest_dask(paths, store)` is what `flashpoint ingest --engine dask` runs; see dask_engine.py
for the flow, shards.py for how input is cut, batches.py for the Parquet record batches.
Dask is imported only when an engine actually starts, so the single-process path never pays for it.
"""

from flashpoint.scale.batches import batch_to_records, load_batch, records_to_batch
from flashpoint.scale.shards import plan_shards, read_shard


def ingest_dask(*args, **kwargs):
    from flashpoint.scale.dask_engine import ingest_dask as run  # deferred: heavy, optional (Dask)

    return run(*args, **kwargs)


__all__ = ["ingest_dask", "plan_shards", "read_shard", "records_to_batch", "batch_to_records", "load_batch"]
