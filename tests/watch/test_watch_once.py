"""`flashpoint watch --once` in process: new items stored, hostile sources contained, state kept,
alerts out to stdout, a file and the webhook; a restart asks with ETags and stores nothing twice."""

from __future__ import annotations

import io
import json

import pytest
from watch_corpus import ARTICLES
from watch_kit import MONITOR_CFG, feed_of, write_sources
from watch_server import Route, rss

from flashpoint.analyze.config import load_monitor_settings
from flashpoint.pipeline import process_shard
from flashpoint.store import open_store
from flashpoint.watch.loop import Watcher
from flashpoint.watch.outbox import Outbox, Sinks
from flashpoint.watch.sources import load_sources, load_watch_settings


def watch_once(url, sources_file, nlp, sinks, clock=None):
    sources, settings = load_sources(sources_file, load_watch_settings(MONITOR_CFG))
    monitor = load_monitor_settings(MONITOR_CFG)
    with open_store(url) as store:
        store.monitor_settings = monitor
        outbox = Outbox(store, monitor, settings, sinks, **({"clock": clock} if clock else {}))
        watcher = Watcher(store, sources, settings, lambda items: process_shard(nlp, items, batch_size=4), outbox,
                          **({"clock": clock} if clock else {}))
        try:
            watcher.run(once=True)
        finally:
            watcher.close()
        return watcher.stats, {s["outlet"]: s for s in store.source_states()}


def article_urls(url):
    with open_store(url) as store:
        return sorted(r["url"] for r in store.records("article"))


@pytest.fixture
def hostile(server):
    """Two good feeds (one lists a copy of an article under a new URL, and a huge page) and five bad sources."""
    server.routes["/a.rss"] = Route(body=feed_of(server, ["kharkiv", "donetsk", "oslo"]), etag='"a1"',
                                    content_type="application/rss+xml")
    server.routes["/copy/kharkiv"] = server.routes["/news/kharkiv"]
    server.routes["/news/huge"] = Route(stream_bytes=3_000_000)
    server.routes["/b.rss"] = Route(body=rss([
        ("Hospital hit in Mariupol", server.url("/news/mariupol"), "2024-03-06"),
        ("Shelling in Kharkiv (copy)", server.url("/copy/kharkiv"), "2024-03-04"),
        ("A huge page", server.url("/news/huge"), "2024-03-06", "")]), content_type="application/rss+xml")
    server.routes["/broken.rss"] = Route(body=b"<rss><channel><item><title>cut off", content_type="application/rss+xml")
    server.routes["/down.rss"] = Route(status=500)
    server.routes["/loop.rss"] = Route(redirect="/loop2.rss")
    server.routes["/loop2.rss"] = Route(redirect="/loop.rss")
    server.routes["/slow.rss"] = Route(body=feed_of(server, ["kyiv"]), delay=3.0)
    return server


def test_watch_once_stores_new_items_and_contains_hostile_sources(monitor_url, hostile, nlp, tmp_path):
    sources = write_sources(tmp_path / "sources.toml", hostile,
                            ["/a.rss", "/b.rss", "/broken.rss", "/down.rss", "/loop.rss", "/slow.rss"])
    out = io.StringIO()
    sinks = Sinks(stdout=out, file=tmp_path / "alerts.jsonl", webhook=hostile.url("/hook"))
    stats, state = watch_once(monitor_url, sources, nlp, sinks)

    # Kharkiv's article is stored once, under whichever of its two URLs was fetched first
    assert sorted(u.rsplit("/", 1)[1] for u in article_urls(monitor_url)) == ["donetsk", "kharkiv", "mariupol", "oslo"]
    assert (stats.stored, stats.duplicates, stats.failed) == (4, 1, 1)  # the copy is skipped, the huge page refused
    assert {k: (v["items_seen"], v["failures"]) for k, v in state.items()} == {
        "a.rss": (3, 0), "b.rss": (3, 0), "broken.rss": (0, 1), "down.rss": (0, 1), "loop.rss": (0, 1),
        "slow.rss": (0, 1)}
    assert state["a.rss"]["items_stored"] + state["b.rss"]["items_stored"] == 4
    assert state["down.rss"]["last_error"] == "HTTP 500"
    assert "redirects" in state["loop.rss"]["last_error"]
    assert "timed out" in state["slow.rss"]["last_error"]
    assert "no links" in state["broken.rss"]["last_error"]
    assert state["down.rss"]["next_poll"] - state["down.rss"]["last_poll"] == pytest.approx(2.0)  # backed off

    sent = [json.loads(line) for line in out.getvalue().splitlines()]
    assert "RUS->UKR" in {a["alert"]["source"] + "->" + a["alert"]["target"] for a in sent}
    assert [a["id"] for a in hostile.alerts()] == [a["id"] for a in sent]
    assert [json.loads(line)["id"] for line in (tmp_path / "alerts.jsonl").read_text().splitlines()] == \
        [a["id"] for a in sent]


def test_a_restart_asks_with_the_etag_and_stores_only_what_is_new(monitor_url, server, nlp, tmp_path):
    server.routes["/a.rss"] = Route(body=feed_of(server, ["kharkiv", "donetsk"]), etag='"v1"')
    sources = write_sources(tmp_path / "sources.toml", server, ["/a.rss"])
    sinks = Sinks(webhook=server.url("/hook"))
    watch_once(monitor_url, sources, nlp, sinks)
    delivered = len(server.alerts())

    stats, state = watch_once(monitor_url, sources, nlp, sinks)  # a new process: state comes from the store
    assert server.gets("/a.rss")[-1].get("If-None-Match") == '"v1"'
    assert (stats.new_items, state["a.rss"]["last_status"]) == (0, "not modified")
    assert len(server.alerts()) == delivered

    server.routes["/a.rss"] = Route(body=feed_of(server, ["kharkiv", "donetsk", "mariupol"]), etag='"v2"')
    stats, state = watch_once(monitor_url, sources, nlp, sinks)
    assert (stats.new_items, stats.stored) == (1, 1)
    assert (state["a.rss"]["items_seen"], state["a.rss"]["items_stored"]) == (3, 3)
    assert len(server.gets("/news/kharkiv")) == 1  # each page fetched once over the three runs
    assert article_urls(monitor_url) == sorted(server.url(f"/news/{s}") for s in ("kharkiv", "donetsk", "mariupol"))


def test_failed_webhook_deliveries_are_retried_with_backoff_and_sent_once(monitor_url, server, nlp, tmp_path):
    server.routes["/a.rss"] = Route(body=feed_of(server, ["kharkiv", "donetsk", "mariupol"]))
    server.fail_posts = 1000
    sources = write_sources(tmp_path / "sources.toml", server, ["/a.rss"])
    now = [1_000_000.0]
    stats, _ = watch_once(monitor_url, sources, nlp, Sinks(webhook=server.url("/hook")), clock=lambda: now[0])
    with open_store(monitor_url) as store:
        pending = store.outbox_due(["webhook"], now[0] + 3600)
    assert stats.deliveries_waiting == len(pending) and "failed, waiting to be retried" in stats.line()
    assert pending and all(r["attempts"] >= 1 and r["last_error"] == "RuntimeError: HTTP 500" for r in pending)
    assert all(r["next_attempt"] > now[0] for r in pending)  # waiting their backoff, not hammering the receiver

    server.fail_posts = 0
    now[0] += 3600
    stats, _ = watch_once(monitor_url, sources, nlp, Sinks(webhook=server.url("/hook")), clock=lambda: now[0])
    assert stats.deliveries_waiting == 0 and "waiting" not in stats.line()
    ids = [a["id"] for a in server.alerts()]
    assert sorted(ids) == sorted(r["id"] for r in pending) and len(set(ids)) == len(ids)
    with open_store(monitor_url) as store:
        assert store.outbox_due(["webhook"], now[0] + 3600) == []
        assert all(a["delivered_rank"] == a["severity_rank"] for a in store.alerts())  # serve will not resend


def test_sitemaps_pages_and_folders_are_watched_too(db_url, server, nlp, tmp_path):
    server.routes["/sitemap.xml"] = Route(content_type="application/xml", body=(
        '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f'<url><loc>{server.url("/news/kharkiv")}</loc><lastmod>2024-03-04</lastmod></url>'
        f'<url><loc>{server.url("/news/donetsk")}</loc></url></urlset>').encode())
    server.routes["/live.html"] = server.routes["/news/mariupol"]
    folder = tmp_path / "incoming"
    folder.mkdir()
    (folder / "sumy.txt").write_text("Russian artillery shelled the Ukrainian region of Sumy on Thursday.", encoding="utf-8")
    sources = tmp_path / "sources.toml"
    sources.write_text(f'[[source]]\nurl = "{server.url("/sitemap.xml")}"\nevery = "1m"\noutlet = "map"\n\n'
                       f'[[source]]\nurl = "{server.url("/live.html")}"\nevery = "1m"\noutlet = "live"\n\n'
                       f'[[source]]\npath = "{folder}"\nevery = "1m"\noutlet = "folder"\n', encoding="utf-8")
    stats, state = watch_once(db_url, sources, nlp, Sinks())
    assert {k: (v["kind"], v["items_seen"], v["items_stored"]) for k, v in state.items()} == {
        "map": ("sitemap", 2, 2), "live": ("page", 1, 1), "folder": ("folder", 1, 1)}

    server.routes["/live.html"] = server.routes["/news/kyiv"]  # the page changed: a new article
    (folder / "talks.txt").write_text("French and German diplomats met in Geneva on Thursday.", encoding="utf-8")
    stats, state = watch_once(db_url, sources, nlp, Sinks())
    assert (stats.new_items, stats.stored) == (2, 2)
    assert {k: v["items_stored"] for k, v in state.items()} == {"map": 2, "live": 2, "folder": 2}


def test_a_stop_mid_round_keeps_the_feed_unanswered_so_the_next_run_finishes_it(db_url, server, nlp, tmp_path):
    """SIGTERM lands after the first batch: the rest of the feed must not hide behind a 304 next time."""
    server.routes["/a.rss"] = Route(body=feed_of(server, [a[0] for a in ARTICLES]), etag='"all"')
    sources_file = write_sources(tmp_path / "sources.toml", server, ["/a.rss"])
    sources, settings = load_sources(sources_file, load_watch_settings(MONITOR_CFG))
    with open_store(db_url) as store:
        store.monitor_settings = load_monitor_settings(MONITOR_CFG)
        outbox = Outbox(store, store.monitor_settings, settings, Sinks())

        def extract_then_stop(items):
            watcher.stop.set()  # as the SIGTERM handler does, while this batch is in hand
            return process_shard(nlp, items, batch_size=4)

        watcher = Watcher(store, sources, settings, extract_then_stop, outbox)
        watcher.run(once=True)
        watcher.close()
        first = store.counts()["articles"]
    assert 0 < first <= settings.batch_size  # the batch in hand was finished, and no more

    stats, state = watch_once(db_url, sources_file, nlp, Sinks())
    assert server.gets("/a.rss")[-1].get("If-None-Match") is None
    assert first + stats.stored == len(ARTICLES) and state["a.rss"]["items_stored"] == len(ARTICLES)
