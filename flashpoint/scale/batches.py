"""Record batches: the records of a shard as one Parquet file, from a worker to the loader.

One row per article, holding every record of that article as its JSON (`to_dict()`, article
first) plus the sentence offsets the store keeps. JSON inside Parquet, rather than a column per
field, keeps the batch exact (floats, nulls, nested references) and indifferent to fields other
layers add to the records; Parquet gives one compact, typed, self-describing blob per shard that
any tool can open (`pyarrow.parquet.read_table`).

`load_batch` is the single loader: it writes the batch with `store.write_articles` (one
transaction, one monitor update), which skips articles already stored (same id or content), so
loading a batch twice stores nothing twice.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from flashpoint.records import ArticleRecords

BATCH_FORMAT = "flashpoint-records/1"

SCHEMA = pa.schema(
    [
        ("article_id", pa.string()),
        ("content_hash", pa.string()),
        ("records", pa.list_(pa.large_string())),        # JSON of each record, article first
        ("sentences", pa.list_(pa.list_(pa.int64()))),   # [index, start_char, end_char]
    ],
    metadata={"flashpoint.batch": BATCH_FORMAT},
)


def records_to_table(batch: list[ArticleRecords]) -> pa.Table:
    return pa.Table.from_pydict(
        {
            "article_id": [r.article.id for r in batch],
            "content_hash": [r.article.content_hash for r in batch],
            "records": [r.to_jsons() for r in batch],
            "sentences": [[list(s) for s in r.sentences] for r in batch],
        },
        schema=SCHEMA,
    )


def records_to_batch(batch: list[ArticleRecords]) -> bytes:
    """Parquet bytes (zstd) of the articles' records."""
    sink = pa.BufferOutputStream()
    pq.write_table(records_to_table(batch), sink, compression="zstd")
    return sink.getvalue().to_pybytes()


def batch_to_records(data: bytes | str | Path) -> list[ArticleRecords]:
    """The articles' records back, equal to what the worker extracted (bytes, or a file path); each
    keeps its JSON (ArticleRecords.encoded), which the store then writes as it is."""
    source = pa.BufferReader(data) if isinstance(data, (bytes, bytearray, memoryview)) else str(data)
    table = pq.ParquetFile(source).read()  # one file: read_table would import pyarrow.dataset (0.2 CPU-s)
    fmt = (table.schema.metadata or {}).get(b"flashpoint.batch", b"").decode()
    if fmt != BATCH_FORMAT:
        raise ValueError(f"not a Flashpoint record batch (format {fmt or 'unknown'!r}, expected {BATCH_FORMAT!r})")
    out = []
    for row in table.select(["records", "sentences"]).to_pylist():
        out.append(ArticleRecords.from_dicts([json.loads(r) for r in row["records"]], row["sentences"],
                                             encoded=row["records"]))
    return out


def load_batch(store, data: bytes | str | Path, on_article: Callable[[ArticleRecords, bool], None] | None = None
               ) -> tuple[int, int]:
    """Write a batch's articles to the store, in order; returns (stored, already stored)."""
    stored = skipped = 0
    batch = batch_to_records(data)
    for records, written in zip(batch, store.write_articles(batch)):
        stored += written
        skipped += not written
        if on_article:
            on_article(records, written)
    return stored, skipped
