"""Records as typed tables: Parquet, CSV and pandas DataFrames that load without decoding JSON.

Every nested reference is flattened into columns named by its path (`source_code`, `source_name`,
`location_lat`, `evidence_text`, `plover_type`); lists of plain values stay lists in Parquet and
become "; "-joined text in CSV; dates (`date`, `published`, `*_date`, `*_start`, `*_end` holding
ISO days) are typed as dates. The flattening is generic, so a field added to a record later
(casualties, time) becomes columns too, with no change here.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date

from flashpoint.store import open_store
from flashpoint.store.filters import event_query

DATE_NAMES = ("date", "published")
DATE_SUFFIXES = ("_date", "_start", "_end", "_day")


def flatten(record: dict, prefix: str = "") -> dict:
    """{"source": {"code": "RUS"}} -> {"source_code": "RUS"}; a null reference leaves its columns empty."""
    out: dict = {}
    for key, value in record.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            out.update(flatten(value, name + "_"))
        elif isinstance(value, list) and any(isinstance(v, (dict, list)) for v in value):
            out[name] = json.dumps(value, ensure_ascii=False)  # lists of objects (via, reports): one JSON cell
        else:
            out[name] = value
    return out


def _is_date_column(name: str) -> bool:
    return name in DATE_NAMES or name.endswith(DATE_SUFFIXES)


def _as_date(value):
    if isinstance(value, str) and len(value) == 10 and value[4] == "-":
        try:
            return date.fromisoformat(value)
        except ValueError:
            return value
    return value


def flat_rows(records: Iterable[dict]) -> tuple[list[dict], list[str]]:
    """Flattened rows and their columns, in first-seen order (a record's own field order)."""
    rows, columns, seen = [], [], set()
    for r in records:
        flat = flatten(r)
        for k in flat:
            if k not in seen:
                seen.add(k)
                columns.append(k)
        rows.append(flat)
    return rows, _null_refs_replaced(rows, columns)


def _null_refs_replaced(rows: list[dict], columns: list[str]) -> list[str]:
    """A reference that is null in the first rows ("target": null) and an object later is its
    flattened columns (target_code, ...) alone, where "target" stood."""
    out: list[str] = []
    for col in columns:
        children = [c for c in columns if c.startswith(col + "_")]
        if children and all(r.get(col) is None for r in rows):
            out.extend(c for c in children if c not in out)
        elif col not in out:
            out.append(col)
    return out


def to_arrow(records: Iterable[dict]):
    """A pyarrow Table of the records' flat columns."""
    import pyarrow as pa  # deferred: pyarrow and pandas are heavy, and every CLI call imports this module

    rows, columns = flat_rows(records)
    arrays = {}
    for col in columns:
        values = [r.get(col) for r in rows]
        if _is_date_column(col):
            typed = [_as_date(v) for v in values]
            if all(v is None or isinstance(v, date) for v in typed):
                arrays[col] = pa.array(typed, pa.date32())
                continue
        try:
            arrays[col] = pa.array(values)
        except (pa.ArrowInvalid, pa.ArrowTypeError):  # mixed types in one column: keep them as text
            arrays[col] = pa.array([None if v is None else str(v) for v in values], pa.string())
    return pa.table(arrays) if arrays else pa.table({"kind": pa.array([], pa.string())})


def write_parquet(records: Iterable[dict], path: str) -> int:
    import pyarrow.parquet as pq  # deferred: see to_arrow

    table = to_arrow(records)
    pq.write_table(table, path)
    return table.num_rows


def to_frame(records: Iterable[dict]):
    """A DataFrame with typed columns: dates as datetime64, numbers as numbers, codes as text."""
    frame = to_arrow(records).to_pandas(date_as_object=False)
    return frame


def write_csv(records: Iterable[dict], out) -> int:
    frame = to_frame(records)
    for col in frame.columns:  # lists of names or mentions: one readable cell
        if frame[col].map(lambda v: isinstance(v, (list, tuple)) or hasattr(v, "tolist")).any():
            frame[col] = frame[col].map(lambda v: "; ".join(map(str, list(v))) if v is not None and not isinstance(v, float) else v)
    frame.to_csv(out, index=False, date_format="%Y-%m-%d")
    return len(frame)





def load_events(db: str | None = None, *, since: str | None = None, until: str | None = None,
                actor: str | None = None, **filters):
    """Stored events as a typed DataFrame, one row per event, oldest first.

    `db` is a store URL (default: the embedded store); filters are those of `flashpoint events`:
    since/until (YYYY-MM-DD), actor (code prefix or name: "Iraq", "Putin"), source, target, code,
    root, quadclass, plover, modality, country, text."""
    q, _ = event_query(since=since, until=until, actor=actor, **filters)
    with open_store(db) as store:
        return to_frame(store.iter_events(q))


__all__ = ["flatten", "load_events", "to_arrow", "to_frame", "write_csv", "write_parquet"]
