"""What a watcher has done is visible: `flashpoint watch --status` and GET /api/sources."""

from __future__ import annotations

import subprocess
import sys

from fastapi.testclient import TestClient

from flashpoint.serve.app import create_app
from flashpoint.store import open_store


def watched_store(url: str) -> None:
    """Two sources as a watcher leaves them: one healthy, one failing with a hostile error text."""
    with open_store(url) as store:
        store.sync_source("a1", "http://127.0.0.1:9/a.rss", "feed", "Wire A")
        store.sync_source("b2", "http://127.0.0.1:9/b.rss", "feed", None)
        store.update_source("a1", last_poll=1_700_000_000.0, last_status="ok", next_poll=1_700_000_300.0)
        store.update_source("b2", last_poll=1_700_000_000.0, last_status="error", next_poll=1_700_000_600.0,
                            failures=2, failures_total=5, last_error="HTTP 500 \x1b[31mred\x1b[0m")
        store.mark_items([{"source_id": "a1", "url": f"http://127.0.0.1:9/n/{i}", "outcome": o, "article_id": None,
                           "seen_at": 1_700_000_000.0} for i, o in enumerate(["stored", "stored", "duplicate"])])


def test_status_lists_each_source_with_polls_counts_failures_and_no_terminal_escapes(db_url):
    watched_store(db_url)
    out = subprocess.run([sys.executable, "-m", "flashpoint", "watch", "--status", "--db", db_url],
                         capture_output=True, text=True, check=True).stdout
    lines = out.splitlines()
    assert lines[0].split() == ["source", "kind", "last", "poll", "status", "seen", "stored", "failures", "next",
                                "poll", "last", "error"]
    assert lines[1].split()[:9] == ["Wire", "A", "feed", "2023-11-14", "22:13:20", "ok", "3", "2", "0"]
    assert "2 (5 in all)" in lines[2] and "2023-11-14 22:23:20" in lines[2]
    assert "\x1b" not in out and "HTTP 500 ?[31mred?[0m" in lines[2]


def test_api_sources_gives_the_same_state_as_json(monitor_url):
    watched_store(monitor_url)
    with TestClient(create_app(monitor_url, token="t")) as client:
        items = client.get("/api/sources").json()["items"]
    assert [(s["outlet"], s["items_seen"], s["items_stored"], s["failures"], s["last_poll"], s["next_poll"])
            for s in items] == [("Wire A", 3, 2, 0, "2023-11-14T22:13:20+00:00", "2023-11-14T22:18:20+00:00"),
                                (None, 0, 0, 2, "2023-11-14T22:13:20+00:00", "2023-11-14T22:23:20+00:00")]
    assert "etag" not in items[0]
