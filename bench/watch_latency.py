"""`flashpoint watch` on loopback: how soon a published article is stored and its alert delivered.

    .venv/bin/python bench/watch_latency.py [--feeds 200] [--items 20] [--rate 5] [--every 15s] [--kills 20]

A local server publishes `feeds x items` articles over time, `rate` a second, round-robin over the
feeds (each feed lists its items with an ETag and answers 304 when nothing changed); the articles
alternate between full BBC stories and short AG News wire items (../shared/data/news). One
`flashpoint watch` process polls every feed each `every` and delivers alerts to a local webhook
receiver. Printed: median and 95th percentile seconds from an article's publication to its stored
events and to the delivery of an alert it raised, and the articles per second the watcher sustained.

Then the kill phase: a fresh store, a smaller publication (feeds/5 x items/2), the watcher SIGKILLed
at `kills` random points and restarted; at the end every published item must be recorded once,
no URL stored twice, and every alert in the store delivered at its severity (deduplicated by id).
Targets (issue 20, 2 cores): median < 30 s, p95 < 120 s at 5 articles/s; nothing lost.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import deque
from email.utils import format_datetime
from datetime import datetime, timezone
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
NEWS = REPO.parent.parent / "shared" / "data" / "news"
if not NEWS.is_dir():
    NEWS = Path(os.environ.get("FLASHPOINT_SHARED", "/work/shared")) / "data" / "news"
MONITOR_CFG = """
[monitor]
merge_window_days = 1
[monitor.alerts]
levels = ["country"]
baseline_days = 7
min_coverage = 0.0
z_threshold = 3.5
mad_floor = 3.0
min_intensity = 15.0
min_events = 2
severity_medium = 6.0
severity_high = 10.0
[monitor.webhook]
url = ""
max_age_days = 0
"""


def corpus(n: int) -> list[tuple[str, str]]:
    """n (title, text): BBC stories and AG News items, alternately."""
    bbc = [(r["title"], r["text"]) for r in map(json.loads, (NEWS / "bbc-fulltext-2004-2005" / "bbc.jsonl").open())]
    with (NEWS / "ag_news-test" / "test.csv").open(encoding="utf-8") as fh:
        ag = [(t, d.replace("\\", " ")) for c, t, d in csv.reader(fh) if len(d) > 80]
    ag.sort(key=lambda r: 0)  # keep file order
    out, seen = [], set()
    for i in range(max(len(bbc), len(ag))):
        for pool in (bbc, ag):
            if i < len(pool) and pool[i][1] not in seen:
                seen.add(pool[i][1])
                out.append(pool[i])
    if len(out) < n:
        raise SystemExit(f"the corpus has {len(out)} distinct articles, fewer than {n}")
    return out[:n]


class Publisher:
    """Article j appears at start + j / rate, in feed j % feeds, dated over 28 days."""

    def __init__(self, feeds: int, items: int, rate: float, articles):
        self.feeds, self.items, self.rate, self.articles = feeds, items, rate, articles
        self.n = feeds * items
        self.start = None

    def published_at(self, j: int) -> float:
        return self.start + j / self.rate

    def visible(self, now: float) -> int:
        return 0 if self.start is None else min(self.n, int((now - self.start) * self.rate) + 1)

    def day(self, j: int) -> str:
        return f"2024-03-{1 + j * 28 // self.n:02d}"  # 28 days of news, in publication order


def serve(pub: Publisher, received: list, lock: threading.Lock) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *a):
            pass

        def _send(self, status, body=b"", ctype="text/html; charset=utf-8", headers=()):
            self.send_response(status)
            for k, v in headers:
                self.send_header(k, v)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self):
            host = f"http://127.0.0.1:{self.server.server_address[1]}"
            if self.path.startswith("/feed/"):
                f = int(self.path.split("/")[2].split(".")[0])
                shown = [j for j in range(f, pub.visible(time.time()), pub.feeds)]
                etag = f'"{f}-{len(shown)}"'
                if self.headers.get("If-None-Match") == etag:
                    self._send(304)
                    return
                items = "".join(
                    f"<item><title>{escape(pub.articles[j][0])}</title><link>{host}/a/{j}.html</link>"
                    f"<pubDate>{format_datetime(datetime.fromisoformat(pub.day(j)).replace(hour=9, tzinfo=timezone.utc))}"
                    f"</pubDate></item>" for j in reversed(shown))
                body = (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Feed {f}</title>'
                        f"<link>{host}/</link><description>bench</description>{items}</channel></rss>").encode()
                self._send(200, body, "application/rss+xml", [("ETag", etag)])
            elif self.path.startswith("/a/"):
                j = int(self.path.split("/")[2].split(".")[0])
                title, text = pub.articles[j]
                paras = "".join(f"<p>{escape(p)}</p>" for p in text.split("\n") if p.strip())
                self._send(200, (f"<!doctype html><html><head><title>{escape(title)}</title>"
                                 f'<meta property="article:published_time" content="{pub.day(j)}T09:00:00Z"></head>'
                                 f"<body><article><h1>{escape(title)}</h1>{paras}</article></body></html>").encode())
            else:
                self._send(404)

        def do_POST(self):
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            with lock:
                received.append((time.time(), json.loads(body)))
            self._send(200)

    class Server(ThreadingHTTPServer):
        daemon_threads = True

        def handle_error(self, request, client_address):  # a killed watcher resets its connections
            if not isinstance(sys.exc_info()[1], (ConnectionResetError, BrokenPipeError)):
                super().handle_error(request, client_address)

    httpd = Server(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd


def write_inputs(tmp: Path, port: int, feeds: int, every: str, batch: int | None = None) -> tuple[Path, Path]:
    sources = tmp / "sources.toml"
    # one loopback host serves every feed: its politeness caps are raised so they do not set the pace
    sources.write_text("[settings]\nper_host_rate = 60.0\nper_host_concurrency = 8\nfetchers = 8\ntimeout_seconds = 10.0\n"
                       + (f"batch_size = {batch}\n" if batch else "") + "\n"
                       + "".join(f'[[source]]\nurl = "http://127.0.0.1:{port}/feed/{f}.rss"\nevery = "{every}"\n'
                                 f'outlet = "Outlet {f % 40}"\n\n' for f in range(feeds)), encoding="utf-8")
    cfg = tmp / "monitor.cfg"
    cfg.write_text(MONITOR_CFG, encoding="utf-8")
    return sources, cfg


def watch_cmd(sources, cfg, db, port, *extra):
    return [sys.executable, "-m", "flashpoint", "watch", str(sources), "--db", f"sqlite:///{db}",
            "--monitor-config", str(cfg), "--webhook", f"http://127.0.0.1:{port}/hook", "--no-stdout", *extra]


def recorded(db: Path) -> dict[str, str]:
    if not db.exists():
        return {}
    conn = sqlite3.connect(db, timeout=30)
    try:
        return dict(conn.execute("SELECT url, outcome FROM watch_items"))
    except sqlite3.OperationalError:
        return {}
    finally:
        conn.close()


def pct(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] if len(values) > 1 else (values or [0])[0]


def latency_phase(args, tmp: Path) -> None:
    pub = Publisher(args.feeds, args.items, args.rate, corpus(args.feeds * args.items))
    received, lock = [], threading.Lock()
    httpd = serve(pub, received, lock)
    port = httpd.server_address[1]
    sources, cfg = write_inputs(tmp, port, args.feeds, args.every, args.batch)
    db = tmp / "latency.db"
    proc = subprocess.Popen(watch_cmd(sources, cfg, db, port), stderr=subprocess.PIPE, text=True)
    for line in proc.stderr:  # publication starts once the model is loaded and the watcher polls
        if line.startswith("watching"):
            break
    tail: deque[str] = deque(maxlen=5)
    threading.Thread(target=lambda: tail.extend(proc.stderr), daemon=True).start()
    print(f"publishing {pub.n} articles in {args.feeds} feeds at {args.rate:g}/s (feeds polled every {args.every})",
          flush=True)
    pub.start = time.time()
    stored_at: dict[str, float] = {}
    conn = sqlite3.connect(db, timeout=30)
    last_rowid, last_report, deadline = 0, 0.0, None
    while True:
        now = time.time()
        for rowid, url in conn.execute("SELECT rowid, url FROM articles WHERE rowid > ? ORDER BY rowid", (last_rowid,)):
            stored_at.setdefault(url, now)
            last_rowid = rowid
        if now - last_report >= 30:
            print(f"  {now - pub.start:5.0f} s: {pub.visible(now)}/{pub.n} published, {len(stored_at)} stored", flush=True)
            last_report = now
        if proc.poll() is not None:
            raise SystemExit(f"the watcher exited with {proc.returncode}: {' | '.join(tail)}")
        if pub.visible(now) >= pub.n and deadline is None:
            deadline = now + 180
        done = len(recorded(db)) >= pub.n if deadline else False
        if done or (deadline and now > deadline):
            break
        time.sleep(0.5)
    proc.send_signal(signal.SIGTERM)
    rc = proc.wait(timeout=300)
    handled = recorded(db)
    for _, url in conn.execute("SELECT rowid, url FROM articles WHERE rowid > ?", (last_rowid,)):
        stored_at.setdefault(url, time.time())
    conn.close()
    host = f"http://127.0.0.1:{port}"
    pub_of = {f"{host}/a/{j}.html": pub.published_at(j) for j in range(pub.n)}
    lat = sorted(stored_at[u] - pub_of[u] for u in stored_at if u in pub_of)
    # an alert's trigger: the last-published article with a report on the alert's dyad-day that was
    # stored before the delivery (the report that raised it, or raised its severity)
    alert_lat = []
    conn = sqlite3.connect(db, timeout=30)
    with lock:
        for t, payload in received:
            a = payload["alert"]
            urls = [u for (u,) in conn.execute(
                "SELECT a.url FROM event_mentions m JOIN merged_events me ON me.id = m.merged_id"
                " JOIN articles a ON a.id = m.article_id WHERE me.src_country = ? AND me.tgt_country = ? AND m.day = ?",
                (a["source"], a["target"], a["day"]))]
            times = [pub_of[u] for u in urls if u in pub_of and stored_at.get(u, t + 1) <= t]
            if times:
                alert_lat.append(t - max(times))
    conn.close()
    span = max(stored_at.values()) - pub.start if stored_at else 0
    lost = pub.n - len(handled)
    print(f"stored {len(stored_at)} of {pub.n} published articles ({pub.n - len(stored_at) - lost} duplicates or "
          f"unreadable, {lost} not handled); watcher exit {rc} on SIGTERM")
    print(f"publication -> stored events: median {pct(lat, 50):.1f} s, p95 {pct(lat, 95):.1f} s, max {lat[-1] if lat else 0:.1f} s")
    if alert_lat:
        print(f"publication -> alert delivered: median {pct(alert_lat, 50):.1f} s, p95 {pct(alert_lat, 95):.1f} s "
              f"({len(alert_lat)} deliveries)")
    else:
        print("publication -> alert delivered: no alerts raised")
    print(f"sustained: {len(stored_at) / span:.2f} articles/s stored over {span:.0f} s (offered {args.rate:g}/s)")
    httpd.shutdown()


def kill_phase(args, tmp: Path) -> None:
    feeds, items = max(1, args.feeds // 5), max(1, args.items // 2)
    pub = Publisher(feeds, items, args.rate, corpus(feeds * items))
    received, lock = [], threading.Lock()
    httpd = serve(pub, received, lock)
    port = httpd.server_address[1]
    kdir = tmp / "kills"
    kdir.mkdir()
    sources, cfg = write_inputs(kdir, port, feeds, "2s")
    db = kdir / "killed.db"
    rng = random.Random(20)
    pub.start = time.time() + 5
    print(f"kill phase: {pub.n} articles in {feeds} feeds at {args.rate:g}/s, {args.kills} SIGKILLs at random points",
          flush=True)
    stored_between = []
    for k in range(args.kills):
        before = len(recorded(db))
        proc = subprocess.Popen(watch_cmd(sources, cfg, db, port), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                text=True)
        for line in proc.stderr:  # the model is loaded: kill while it polls, fetches, extracts and stores
            if line.startswith("watching"):
                break
        time.sleep(rng.uniform(0.2, 8.0))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        proc.stderr.close()
        stored_between.append(len(recorded(db)) - before)
    pub.start = min(pub.start, time.time() - pub.n / args.rate)  # everything is published now
    subprocess.run(watch_cmd(sources, cfg, db, port, "--once"), check=True)
    handled = recorded(db)
    conn = sqlite3.connect(db)
    twice = conn.execute("SELECT COUNT(*) FROM (SELECT url FROM articles GROUP BY url HAVING COUNT(*) > 1)").fetchone()[0]
    alerts = dict(conn.execute("SELECT id, severity_rank FROM alerts"))
    conn.close()
    delivered: dict[str, int] = {}
    with lock:
        for _, payload in received:
            aid, rank = payload["id"].rsplit(":", 1)
            delivered[aid] = max(delivered.get(aid, 0), int(rank))
    missing = [a for a, r in alerts.items() if delivered.get(a) != r]
    print(f"items recorded between kills: {stored_between} (the rest by the final --once)")
    print(f"after {args.kills} kills: {len(handled)}/{pub.n} items handled ({pub.n - len(handled)} lost), "
          f"{twice} URLs stored twice, {len(alerts)} alerts of which {len(missing)} undelivered "
          f"({len(received)} POSTs for {len(delivered)} alert ids)")
    httpd.shutdown()
    if pub.n - len(handled) or twice or missing:
        raise SystemExit("the watcher lost or doubled something")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--feeds", type=int, default=200)
    ap.add_argument("--items", type=int, default=20)
    ap.add_argument("--rate", type=float, default=5.0)
    ap.add_argument("--every", default="15s")
    ap.add_argument("--kills", type=int, default=20)
    ap.add_argument("--batch", type=int, default=None, help="articles per pipeline batch (default: [watch] batch_size)")
    ap.add_argument("--phase", choices=("both", "latency", "kills"), default="both")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="fp-watch-bench-") as tmp:
        os.environ["FLASHPOINT_HOME"] = tmp
        if args.phase in ("both", "latency"):
            latency_phase(args, Path(tmp))
        if args.phase in ("both", "kills") and args.kills:
            kill_phase(args, Path(tmp))


if __name__ == "__main__":
    main()
