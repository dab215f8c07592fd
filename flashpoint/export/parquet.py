"""Parquet export of one record kind (nested references kept as Parquet structs)."""

from __future__ import annotations

import json
from collections.abc import Iterable


def write_parquet(records: Iterable[dict], path: str) -> int:
    import pyarrow as pa  # deferred: heavy dependency, only for --format parquet
    import pyarrow.parquet as pq  # deferred: heavy dependency, only for --format parquet

    rows = list(records)
    # Nested values of varying shape (null vs struct) become JSON strings, so every row shares one schema.
    flat = [{k: (json.dumps(v, ensure_ascii=False) if isinstance(v, (dict, list)) else v) for k, v in r.items()}
            for r in rows]
    table = pa.Table.from_pylist(flat) if flat else pa.table({"kind": pa.array([], pa.string())})
    pq.write_table(table, path)
    return len(rows)
