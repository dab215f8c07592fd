"""Store load rates: how fast SQLite and PostgreSQL take extracted articles.

    .venv/bin/python bench/store_load.py [--articles 1000] [--source 64]

Records: the pipeline's own output for the first --source BBC politics articles (extracted once,
not timed), copied under new ids and texts up to --articles articles, each round one day later. Two paths per backend:

- write_article: one transaction and one monitor update per article;
- write_articles: one per batch of 16 articles (what `flashpoint ingest` does per model batch);
- load_batch: the Dask loader, from Parquet record batches of 64 articles (decode + write);
- no monitor: write_articles of 16 without the monitor's upkeep (merged events, dyad-days,
  alerts), to show what that upkeep costs.

PostgreSQL: the server in FLASHPOINT_TEST_PG_URL (`make bench` starts one with scripts/postgres.sh;
synchronous_commit=off, like SQLite's WAL + synchronous=NORMAL); skipped, saying so, without it.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
import uuid
import warnings
from contextlib import nullcontext
from pathlib import Path

BBC = Path("data/news/bbc-fulltext-2004-2005/bbc.jsonl")
BATCH_ARTICLES = 64


def load1() -> float:
    return float(Path("/proc/loadavg").read_text().split()[0])


def source_records(shared: Path, n: int):
    from datetime import date

    from flashpoint.ingest import ArticleInput
    from flashpoint.pipeline import build_pipeline, process_shard

    rows = [json.loads(line) for line in (shared / BBC).open(encoding="utf-8") if line.strip()]
    items = [ArticleInput(text=r["text"], title=r["title"], id=r["id"], source="BBC")
             for r in rows if r.get("category") == "politics"][:n]
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*trained model not found.*")
        nlp = build_pipeline()
    return process_shard(nlp, items, today=date(2005, 6, 30))


def copies(base, total: int):
    """`total` articles: the base records again and again under fresh ids (and so fresh text hashes),
    each round of copies one day later, like a feed that brings len(base) articles a day (copies on
    the same day would pile every report onto the same merged events and dyad-days)."""
    from flashpoint.records import ArticleRecords, content_hash

    out = []
    for k in range(total):
        src = base[k % len(base)]
        day = k // len(base)
        suffix = f"~{day}" if day else ""
        dicts = [_shifted(dict(d), suffix, day) for d in src.to_dicts()]
        for d in dicts:
            if d["kind"] == "article":
                d["text"] = d["text"] + suffix
                d["content_hash"] = content_hash(d["text"])
        out.append(ArticleRecords.from_dicts(dicts, [list(s) for s in src.sentences]))
    return out


def _shifted(d: dict, suffix: str, days: int) -> dict:
    from datetime import date, timedelta

    def later(value):
        return (date.fromisoformat(value) + timedelta(days=days)).isoformat() if value else value

    d["id"] = d["id"] + suffix
    if d["kind"] != "article":
        d["article"] = d["article"] + suffix
    for key in ("published", "date"):
        if key in d:
            d[key] = later(d[key])
    if isinstance(d.get("scope"), dict):
        d["scope"] = dict(d["scope"], start=later(d["scope"].get("start")), end=later(d["scope"].get("end")))
    return d


def rows_of(records) -> int:
    return sum(1 + len(r.sentences) + len(r.actors) + sum(len(a.mentions) for a in r.actors) + len(r.events)
               + len(r.quotes) + len(r.figures) + len(r.places) for r in records)


SIZES: dict[str, float] = {}  # backend -> MB on disk after write_article, for the scaling note


INGEST_BATCH = 16  # flashpoint ingest's default model batch, written in one transaction


def time_batch_writes(url: str, records, monitor: bool = True) -> float:
    from flashpoint.store import open_store

    with open_store(url) as store, nullcontext() if monitor else store.monitor_paused():
        start = time.perf_counter()
        for i in range(0, len(records), INGEST_BATCH):
            store.write_articles(records[i:i + INGEST_BATCH])
        return time.perf_counter() - start


def time_writes_bare(url: str, records) -> float:
    """write_articles without the monitor's upkeep (what the records alone cost)."""
    return time_batch_writes(url, records, monitor=False)


def time_writes(url: str, records) -> float:
    from flashpoint.store import open_store

    with open_store(url) as store:
        start = time.perf_counter()
        for r in records:
            store.write_article(r)
        seconds = time.perf_counter() - start
        SIZES[store.dialect] = size_mb(store)
        return seconds


def size_mb(store) -> float:
    if store.dialect == "sqlite":
        store.checkpoint()
        return Path(store.path).stat().st_size / 2**20
    return store.query("SELECT SUM(pg_total_relation_size(c.oid)) FROM pg_class c"
                       " JOIN pg_namespace n ON n.oid = c.relnamespace"
                       " WHERE n.nspname = current_schema() AND c.relkind = 'r'")[0][0] / 2**20


def time_batches(url: str, records) -> float:
    from flashpoint.scale.batches import load_batch, records_to_batch
    from flashpoint.store import open_store

    batches = [records_to_batch(records[i:i + BATCH_ARTICLES]) for i in range(0, len(records), BATCH_ARTICLES)]
    with open_store(url) as store:
        start = time.perf_counter()
        for b in batches:
            load_batch(store, b)
        return time.perf_counter() - start


class PgSchema:
    """A throwaway schema on the benchmark server, so each measurement starts empty."""

    def __init__(self, base: str):
        self.base, self.name = base, f"fp_bench_{uuid.uuid4().hex[:10]}"

    def __enter__(self) -> str:
        import psycopg

        with psycopg.connect(self.base, autocommit=True) as conn:
            conn.execute(f'CREATE SCHEMA "{self.name}"')
        sep = "&" if "?" in self.base else "?"
        return f"{self.base}{sep}options=-csearch_path%3D{self.name}"

    def __exit__(self, *exc) -> None:
        import psycopg

        with psycopg.connect(self.base, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{self.name}" CASCADE')


PATHS = (("write_article", time_writes), ("write_articles", time_batch_writes), ("load_batch", time_batches),
         ("no monitor", time_writes_bare))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=None)
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--source", type=int, default=64, help="articles actually extracted (then copied)")
    args = ap.parse_args()

    from flashpoint.paths import shared_dir

    shared = args.shared or shared_dir()
    if shared is None or not (shared / BBC).is_file():
        sys.exit("store_load: the BBC articles are not available (../shared missing; pass --shared)")
    base = source_records(shared, args.source)
    records = copies(base, args.articles)
    n, rows = len(records), rows_of(records)
    per = {k: sum(r.counts()[k] for r in records) / n for k in records[0].counts()}
    print(f"store load: {n} articles, {rows:,} rows ({rows / n:.1f} per article: "
          + ", ".join(f"{k} {v:.1f}" for k, v in per.items()) + f", sentences {sum(len(r.sentences) for r in records) / n:.1f})")
    print(f"{'backend':<12}{'path':<16}{'seconds':>9}{'articles/s':>12}{'rows/s':>10}{'load(1m)':>10}")

    def show(backend: str, path: str, seconds: float) -> None:
        print(f"{backend:<12}{path:<16}{seconds:>9.2f}{n / seconds:>12,.0f}{rows / seconds:>10,.0f}{load1():>10.2f}")

    results = {}
    with tempfile.TemporaryDirectory(prefix="fp-store-bench-") as tmp:
        for path, fn in PATHS:
            url = f"sqlite:///{tmp}/{path}.db"
            results[f"sqlite/{path}"] = s = fn(url, records)
            show("SQLite", path, s)
    pg = os.environ.get("FLASHPOINT_TEST_PG_URL")
    if pg:
        for path, fn in PATHS:
            with PgSchema(pg) as url:
                results[f"postgresql/{path}"] = s = fn(url, records)
            show("PostgreSQL", path, s)
    else:
        print("PostgreSQL  skipped: FLASHPOINT_TEST_PG_URL is not set (make bench starts a server)")
    print("size on disk per 1,000 articles (text, records, indexes): "
          + ", ".join(f"{k} {v * 1000 / n:,.1f} MB" for k, v in SIZES.items()))
    print(json.dumps({"bench": "store_load", "articles": n, "rows": rows, "seconds": results, "size_mb": SIZES}))


if __name__ == "__main__":
    main()
