"""Parquet export of one record kind (nested references kept as Parquet structs)."""

from __future__ import annotations

import json
from collections.abc import Iterable


def with_casualty_columns(record: dict) -> dict:
    """Events and articles gain flat `killed` and `injured` columns (the best counts) beside the
    full `casualties` summary, which travels as JSON like the other nested values."""
    if "casualties" not in record:
        return record
    cas = record["casualties"] or {}
    return {**record, "killed": (cas.get("killed") or {}).get("best"),
            "injured": (cas.get("injured") or {}).get("best")}


def write_parquet(records: Iterable[dict], path: str) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [with_casualty_columns(r) for r in records]
    # Nested values of varying shape (null vs struct) become JSON strings, so every row shares one schema.
    flat = [{k: (json.dumps(v, ensure_ascii=False) if isinstance(v, (dict, list)) else v) for k, v in r.items()}
            for r in rows]
    table = pa.Table.from_pylist(flat) if flat else pa.table({"kind": pa.array([], pa.string())})
    pq.write_table(table, path)
    return len(rows)
