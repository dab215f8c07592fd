"""An ingest killed with SIGKILL at random points leaves a consistent store, and a re-run ends with
exactly the records of an uninterrupted run (the promise in README's RELIABILITY section)."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from flashpoint.store import open_store
from flashpoint.store.schema import RECORD_TABLES

KILLS = 20


def ingest_cmd(corpus, db):
    return [sys.executable, "-m", "flashpoint", "ingest", str(corpus), "--db", db, "--quiet"]


def all_records(db):
    with open_store(db) as store:
        return {kind: sorted(json.dumps(r, sort_keys=True) for r in store.records(kind)) for kind in RECORD_TABLES}


def assert_consistent(path):
    # a kill can land while the store is still being created (a slow start under load): opening it
    # again must finish its schema, and what it holds must then be whole
    with open_store(f"sqlite:///{path}"):
        pass
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        for table in ("sentences", "actors", "events", "quotes", "figures", "places"):
            orphans = conn.execute(f"SELECT COUNT(*) FROM {table} WHERE article_id NOT IN (SELECT id FROM articles)")
            assert orphans.fetchone()[0] == 0, table
        # an article is written with its sentences in one transaction: none may be stored without them
        bare = conn.execute("SELECT COUNT(*) FROM articles a WHERE NOT EXISTS "
                            "(SELECT 1 FROM sentences s WHERE s.article_id = a.id)").fetchone()[0]
        assert bare == 0
    finally:
        conn.close()


@pytest.fixture(scope="module")
def corpus(shared_dir, tmp_path_factory):
    src = shared_dir / "data" / "news" / "bbc-fulltext-2004-2005" / "bbc.jsonl"
    rows = [json.loads(line) for line in src.open(encoding="utf-8")]
    politics = [r for r in rows if r["category"] == "politics"]
    path = tmp_path_factory.mktemp("corpus") / "bbc-politics.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for i, r in enumerate(politics):
            fh.write(json.dumps({"id": f"bbc-{r['id']}", "title": r["title"], "text": r["text"],
                                 "published": f"2005-01-{1 + i % 28:02d}", "source": "BBC"}) + "\n")
    return path


@pytest.mark.slow
def test_sigkill_at_random_points_then_rerun_equals_an_uninterrupted_run(corpus, tmp_path):
    rng = random.Random(20211)
    killed_db = tmp_path / "killed.db"
    url = f"sqlite:///{killed_db}"
    env = {**os.environ}
    kills = 0
    while kills < KILLS:
        proc = subprocess.Popen(ingest_cmd(corpus, url), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(1.0, 4.5))
        if proc.poll() is not None:
            break  # the ingest finished before this kill: the rest of the test still holds
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        kills += 1
        assert_consistent(killed_db)
    subprocess.run(ingest_cmd(corpus, url), env=env, check=True, capture_output=True)
    clean_url = f"sqlite:///{tmp_path / 'clean.db'}"
    subprocess.run(ingest_cmd(corpus, clean_url), env=env, check=True, capture_output=True)
    assert kills == KILLS, "the ingest finished before it was killed enough times: use a larger corpus"
    killed, clean = all_records(url), all_records(clean_url)
    assert {k: len(v) for k, v in killed.items()} == {k: len(v) for k, v in clean.items()}
    assert killed == clean


DASK_KILLS = 6


@pytest.mark.slow
def test_dask_ingest_killed_at_random_points_then_rerun_equals_a_single_process_run(corpus, tmp_path):
    """The same promise on the Dask path: the whole process group (client, scheduler, workers) is
    SIGKILLed; the loader's per-article transactions keep the store consistent."""
    small = tmp_path / "small.jsonl"
    small.write_text("".join(corpus.read_text(encoding="utf-8").splitlines(keepends=True)[:200]), encoding="utf-8")
    rng = random.Random(8)
    killed_db = tmp_path / "dask-killed.db"
    url = f"sqlite:///{killed_db}"
    dask_cmd = ingest_cmd(small, url) + ["--engine", "dask", "--workers", "2"]
    kills = 0
    while kills < DASK_KILLS:
        proc = subprocess.Popen(dask_cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        # the cluster and the models take 3-4 s to start: most kills land while shards are extracted
        # or loaded, few after the end (a faster pipeline finishes 200 articles in about 12 s)
        time.sleep(rng.uniform(3.0, 9.0))
        if proc.poll() is not None:
            break
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        kills += 1
        if killed_db.exists():
            assert_consistent(killed_db)
    subprocess.run(dask_cmd, check=True, capture_output=True)
    clean_url = f"sqlite:///{tmp_path / 'single.db'}"
    subprocess.run(ingest_cmd(small, clean_url), check=True, capture_output=True)
    assert kills >= 3, "the Dask ingest finished before it was killed enough times"
    assert all_records(url) == all_records(clean_url)
