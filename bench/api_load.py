"""API throughput and latency on loopback: a 100-event page of /api/events.

    .venv/bin/python bench/api_load.py [--events 20000] [--requests 6000] [--seconds 20]
                                       [--clients 2] [--threads 4] [--workers 1] [--path ...]

Fills a temporary SQLite store with synthetic events (the monitor's own generator), starts
`flashpoint serve` on 127.0.0.1 in a subprocess, then runs a bounded load: --clients processes of
--threads threads, each thread one keep-alive HTTP/1.1 connection (stdlib http.client: the lightest
Python client, so the load generator takes as little of the 2 cores as it can), cycling through
the first 20 pages (offset 0..1900), until --requests are done or --seconds have passed. Prints
requests/s, p50, p99 and errors for: one worker with the response cache (the default setup: a hit
needs an unchanged store), one worker without it, two workers without it. The server and the load
generator share the machine's cores.
"""

from __future__ import annotations

import argparse
import http.client
import multiprocessing as mp
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date
from pathlib import Path

from _server import free_port, wait_up  # bench/ is on sys.path when a benchmark runs

REPO = Path(__file__).resolve().parent.parent
DEFAULT_PATH = "/api/events?limit=100&offset={offset}"


def fill(url: str, n_events: int) -> None:
    from flashpoint.analyze.maintain import rebuild
    from flashpoint.analyze.synthetic import synthetic_stream
    from flashpoint.store import open_store

    with open_store(url) as store:
        with store.monitor_paused():
            for recs in synthetic_stream(n_events, start=date(2024, 1, 1), days=365, seed=1):
                store.write_article(recs)
        rebuild(store, store.monitor_settings)


def client_process(port: int, path: str, threads: int, quota: int, deadline: float, out) -> None:
    lat: list[float] = []
    errors = [0]
    nbytes = [0]
    lock = threading.Lock()
    per_thread = quota // threads

    def run(seed: int) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        mine, bad, size = [], 0, 0
        for i in range(per_thread):
            if time.time() > deadline:
                break
            target = path.format(offset=((seed + i) % 20) * 100)
            t0 = time.perf_counter()
            try:
                conn.request("GET", target)
                resp = conn.getresponse()
                body = resp.read()
                if resp.status != 200:
                    bad += 1
                size += len(body)
            except (OSError, http.client.HTTPException):
                bad += 1
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            mine.append(time.perf_counter() - t0)
        with lock:
            lat.extend(mine)
            errors[0] += bad
            nbytes[0] += size

    ts = [threading.Thread(target=run, args=(k * 7,)) for k in range(threads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    out.put((lat, errors[0], nbytes[0]))


def run_scenario(url: str, home: str, args, workers: int, cache: bool) -> None:
    port = free_port()
    env = dict(os.environ, FLASHPOINT_HOME=home)
    cmd = [sys.executable, "-c", "from flashpoint.cli import run; run()", "serve", "--db", url, "--host", "127.0.0.1",
           "--port", str(port), "--workers", str(workers)]
    if not cache:
        from flashpoint.analyze.config import MONITOR_CONFIG_PATH

        cfg = Path(home) / "no-cache.cfg"
        cfg.write_text(MONITOR_CONFIG_PATH.read_text(encoding="utf-8").replace("cache_mb = 64", "cache_mb = 0"))
        cmd += ["--monitor-config", str(cfg)]
    server = subprocess.Popen(cmd, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              start_new_session=True)
    try:
        wait_up(port, timeout=30)
        conn = http.client.HTTPConnection("127.0.0.1", port)  # warm-up: connections, page cache
        for i in range(50):
            conn.request("GET", args.path.format(offset=(i % 20) * 100))
            body = conn.getresponse().read()
        conn.close()
        out: mp.Queue = mp.Queue()
        quota = args.requests // args.clients
        start = time.time()
        deadline = start + args.seconds
        procs = [mp.Process(target=client_process, args=(port, args.path, args.threads, quota, deadline, out))
                 for _ in range(args.clients)]
        for p in procs:
            p.start()
        results = [out.get() for _ in procs]
        for p in procs:
            p.join()
        elapsed = time.time() - start
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(10)
    lat = sorted(x for r in results for x in r[0])
    errors = sum(r[1] for r in results)
    mb = sum(r[2] for r in results) / 1e6
    n = len(lat)
    p99 = lat[min(n - 1, int(n * 0.99))] if n else float("nan")
    print(f"\n[{workers} worker(s), response cache {'on' if cache else 'off'}] {args.path.format(offset=0)}: "
          f"{len(body):,} bytes per page")
    print(f"  requests: {n} in {elapsed:.2f} s over {args.clients}x{args.threads} keep-alive connections")
    print(f"  throughput: {n / elapsed:,.0f} req/s ({mb / elapsed:,.1f} MB/s)")
    print(f"  latency: p50 {statistics.median(lat) * 1000:.1f} ms, p99 {p99 * 1000:.1f} ms, max {lat[-1] * 1000:.1f} ms")
    print(f"  errors: {errors}", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=20_000)
    ap.add_argument("--requests", type=int, default=6_000)
    ap.add_argument("--seconds", type=float, default=20.0)
    ap.add_argument("--clients", type=int, default=2)
    ap.add_argument("--threads", type=int, default=4)
    ap.add_argument("--workers", type=int, default=0, help="server workers; 0 (default) runs the three standard "
                    "scenarios: 1 worker with the response cache, 1 and 2 workers without it")
    ap.add_argument("--no-cache", action="store_true", help="with --workers N: turn the response cache off")
    ap.add_argument("--path", default=DEFAULT_PATH, help="request path; {offset} is replaced by 0, 100, ... 1900")
    ap.add_argument("--db", help="use this existing store instead of a temporary one")
    args = ap.parse_args()

    tmp = tempfile.TemporaryDirectory()
    url = args.db or f"sqlite:///{tmp.name}/api.db"
    if not args.db:
        t0 = time.time()
        fill(url, args.events)
        print(f"store: {args.events} synthetic events in {time.time() - t0:.1f} s", flush=True)
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} before the run")
    scenarios = [(args.workers, not args.no_cache)] if args.workers else [(1, True), (1, False), (2, False)]
    try:
        for workers, cache in scenarios:
            run_scenario(url, tmp.name, args, workers, cache)
    finally:
        tmp.cleanup()


if __name__ == "__main__":
    main()
