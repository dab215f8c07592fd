"""`--engine dask` runs the same pipeline batches on Dask workers: the same records as in-process."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from watch_corpus import ARTICLES
from watch_kit import MONITOR_CFG, feed_of, write_sources
from watch_server import Route

from flashpoint.store import open_store


@pytest.mark.slow
def test_watch_with_the_dask_engine_stores_the_records_of_the_local_engine(server, tmp_path):
    server.routes["/a.rss"] = Route(body=feed_of(server, [a[0] for a in ARTICLES]))
    sources = write_sources(tmp_path / "sources.toml", server, ["/a.rss"])
    stored = {}
    for engine in ("dask", "local"):
        db = f"sqlite:///{tmp_path / engine}.db"
        subprocess.run([sys.executable, "-m", "flashpoint", "watch", str(sources), "--once", "--engine", engine,
                        "--db", db, "--monitor-config", str(MONITOR_CFG), "--no-stdout"], check=True, capture_output=True)
        with open_store(db) as store:
            stored[engine] = sorted(json.dumps(r, sort_keys=True) for r in store.records("event"))
    assert stored["dask"] == stored["local"] and len(stored["local"]) > len(ARTICLES)
