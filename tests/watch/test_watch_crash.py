"""The watcher killed with SIGKILL at random points and restarted ends with the store of an
uninterrupted run, and the webhook receiver got every alert (at least once; once by delivery id).
SIGTERM finishes the batch in hand and exits 0."""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import threading
import time

import pytest
from watch_corpus import ARTICLES
from watch_kit import MONITOR_CFG, feed_of, write_sources
from watch_server import Route

from flashpoint.store import open_store
from flashpoint.store.schema import RECORD_TABLES

KILLS = 4


def watch_cmd(sources, db, server, tmp_path, *extra):
    return [sys.executable, "-m", "flashpoint", "watch", str(sources), "--db", db, "--monitor-config", str(MONITOR_CFG),
            "--webhook", server.url("/hook"), "--alerts-file", str(tmp_path / "alerts.jsonl"), "--no-stdout", *extra]


def store_contents(db):
    with open_store(db) as store:
        records = {kind: sorted(json.dumps(r, sort_keys=True) for r in store.records(kind)) for kind in RECORD_TABLES}
        alerts = {a["id"]: a["severity_rank"] for a in store.alerts(limit=10_000)}
        merged = store.query("SELECT id, num_articles FROM merged_events ORDER BY id")
    return records, alerts, merged


def publish_over_time(server, stop: threading.Event, every: float = 2.5) -> None:
    """The two feeds list one more article of the corpus each `every` seconds, alternately."""
    slugs = [a[0] for a in ARTICLES]
    for n in range(1, len(slugs) + 1):
        shown = slugs[:n]
        server.routes["/a.rss"] = Route(body=feed_of(server, shown[0::2]), etag=f'"a{n}"')
        server.routes["/b.rss"] = Route(body=feed_of(server, shown[1::2]), etag=f'"b{n}"')
        if stop.wait(every):
            return


@pytest.mark.slow
def test_sigkill_at_random_points_then_restart_equals_an_uninterrupted_run(server, tmp_path):
    rng = random.Random(20)
    sources = write_sources(tmp_path / "sources.toml", server, ["/a.rss", "/b.rss"], every="500ms")
    killed = f"sqlite:///{tmp_path / 'killed.db'}"
    stop = threading.Event()
    publisher = threading.Thread(target=publish_over_time, args=(server, stop), daemon=True)
    publisher.start()
    kills = 0
    try:
        while kills < KILLS:
            proc = subprocess.Popen(watch_cmd(sources, killed, server, tmp_path), stdout=subprocess.DEVNULL,
                                    stderr=subprocess.PIPE, text=True)
            for line in proc.stderr:  # the model is loaded: kill while it polls, fetches, extracts, stores
                if line.startswith("watching"):
                    break
            time.sleep(rng.uniform(0.2, 4.0))
            assert proc.poll() is None, "the watcher stopped by itself"
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            proc.stderr.close()
            kills += 1
    finally:
        stop.set()
        publisher.join()
    publish_over_time(server, threading.Event(), every=0)  # everything is published now
    # a delivery that failed in the last run (a slow receiver) waits for the next one, as under cron
    for _ in range(5):
        subprocess.run(watch_cmd(sources, killed, server, tmp_path, "--once"), check=True, capture_output=True)
        with open_store(killed) as store:
            if not store.outbox_waiting(["file", "webhook"]):
                break
    delivered = server.alerts()

    clean = f"sqlite:///{tmp_path / 'clean.db'}"
    (tmp_path / "clean").mkdir()
    subprocess.run(watch_cmd(sources, clean, server, tmp_path / "clean", "--once"), check=True, capture_output=True)
    got, want = store_contents(killed), store_contents(clean)
    assert {k: len(v) for k, v in got[0].items()} == {k: len(v) for k, v in want[0].items()}
    assert got == want
    # every alert reached the receiver (perhaps more than once, with the same delivery id) at its final
    # severity or above: a severity that rose while the articles were arriving and fell back once they had
    # all come was sent at its peak (the outbox sends rises, not falls)
    sent: dict[str, int] = {}
    for payload in delivered:
        aid, rank = payload["id"].rsplit(":", 1)
        sent[aid] = max(sent.get(aid, 0), int(rank))
    assert got[1] and all(sent.get(aid, 0) >= rank for aid, rank in got[1].items()), (sent, got[1])
    in_file = {json.loads(line)["id"] for line in (tmp_path / "alerts.jsonl").read_text().splitlines()}
    assert in_file == {p["id"] for p in delivered}


@pytest.mark.slow
def test_sigterm_finishes_the_batch_in_hand_and_exits_0(server, tmp_path):
    server.routes["/a.rss"] = Route(body=feed_of(server, [a[0] for a in ARTICLES]))
    sources = write_sources(tmp_path / "sources.toml", server, ["/a.rss"])
    db = f"sqlite:///{tmp_path / 'term.db'}"
    proc = subprocess.Popen(watch_cmd(sources, db, server, tmp_path), stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    for line in proc.stderr:
        if line.startswith("watching"):
            break
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert "Traceback" not in err
    with open_store(db) as store:
        stored = store.counts()["articles"]
        recorded = store.query("SELECT COUNT(*) FROM watch_items WHERE outcome = 'stored'")[0][0]
    assert stored == recorded  # the batch it was in finished whole, and its items are recorded
