"""Bounded soak test on loopback (`make soak`): mixed reads and writes against `flashpoint serve`
while a separate `flashpoint ingest` writes into the same store, on SQLite and on PostgreSQL.

    .venv/bin/python bench/soak.py [--seconds 120] [--threads 4] [--backend sqlite|postgres|both]

Each client thread keeps one connection; 90% of requests read (event pages, series, alerts,
actors), 10% POST a new, unique article with the bearer token. At the end every acknowledged
write must be in the store (zero lost writes) and no request may have failed (zero errors).
Prints requests/s, p50 and p99 per kind, errors, and lost writes. Exits non-zero on any error.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from _server import free_port, wait_up  # bench/ is on sys.path when a benchmark runs

REPO = Path(__file__).resolve().parent.parent
TOKEN = "soak-" + "x" * 40
READS = ["/api/events?limit=100&offset={o}", "/api/events?actor=RUS&limit=50", "/api/series?source=RUS&target=UKR",
         "/api/alerts?limit=20", "/api/actors?limit=50", "/api/articles?limit=20"]


def corpus_file(shared: Path, tmp: Path, n: int) -> Path:
    src = shared / "data" / "news" / "bbc-fulltext-2004-2005" / "bbc.jsonl"
    out = tmp / "ingest.jsonl"
    with out.open("w") as fh:
        for i, line in enumerate(src.open()):
            if i >= n:
                break
            r = json.loads(line)
            fh.write(json.dumps({"id": f"soak-bbc-{r['id']}", "text": r["text"], "title": r["title"],
                                 "published": "2005-02-14", "source": "BBC"}) + "\n")
    return out


def client_loop(port, stop, rng, results, acknowledged, lock):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    while not stop.is_set():
        write = rng.random() < 0.10
        t0 = time.perf_counter()
        try:
            if write:
                n = rng.randrange(10**12)
                body = json.dumps({"text": f"Russian forces shelled positions near Kharkiv on Monday, officials said. "
                                           f"Report number {n}.", "published": "2025-03-03", "source": "soak"})
                conn.request("POST", "/api/articles", body=body, headers={"Authorization": f"Bearer {TOKEN}",
                                                                         "Content-Type": "application/json"})
            else:
                conn.request("GET", rng.choice(READS).format(o=rng.randrange(0, 10) * 100))
            resp = conn.getresponse()
            data = resp.read()
            ok = resp.status in (200, 201, 202)  # 202: queued, stored by the server's writer (serve/writer.py)
            if ok and write:
                with lock:
                    acknowledged.append(json.loads(data)["article"])
        except (OSError, http.client.HTTPException, ValueError):
            ok = False
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        with lock:
            results.append(("write" if write else "read", time.perf_counter() - t0, ok))


def pct(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(p * len(xs)))] * 1000 if xs else float("nan")


def soak(url: str, label: str, seconds: float, threads: int, shared: Path, tmp: Path) -> bool:
    env = {**os.environ, "FLASHPOINT_API_TOKEN": TOKEN, "FLASHPOINT_HOME": str(tmp / "home")}
    fp = [sys.executable, "-m", "flashpoint"]
    subprocess.run(fp + ["ingest", str(corpus_file(shared, tmp, 40)), "--db", url, "--quiet"], env=env, check=True)
    port = free_port()
    server = subprocess.Popen(fp + ["serve", "--db", url, "--host", "127.0.0.1", "--port", str(port)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    ingest = None
    try:
        wait_up(port, timeout=60)
        bulk = corpus_file(shared, tmp, 400)
        bulk2 = tmp / "ingest2.jsonl"
        bulk2.write_text(bulk.read_text().replace("soak-bbc-", "soak-bbc2-"))
        ingest = subprocess.Popen(fp + ["ingest", str(bulk2), "--db", url, "--quiet"], env=env,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        stop, lock = threading.Event(), threading.Lock()
        results, acknowledged = [], []
        workers = [threading.Thread(target=client_loop, args=(port, stop, random.Random(i), results, acknowledged, lock))
                   for i in range(threads)]
        t0 = time.time()
        for w in workers:
            w.start()
        time.sleep(seconds)
        stop.set()
        for w in workers:
            w.join()
        elapsed = time.time() - t0
    finally:
        server.terminate()
        server.wait()
        if ingest is not None:
            ingest_running = ingest.poll() is None
            ingest.terminate()
            ingest.wait()
    from flashpoint.store import open_store

    with open_store(url) as store:
        stored = {r[0] for r in store.query("SELECT id FROM articles")}
    lost = [a for a in set(acknowledged) if a not in stored]
    errors = sum(1 for _, _, ok in results if not ok)
    print(f"[{label}] {len(results)} requests in {elapsed:.0f} s = {len(results) / elapsed:.0f} req/s; "
          f"errors {errors}; acknowledged writes {len(set(acknowledged))}, lost {len(lost)}; "
          f"ingest {'still running at the end' if ingest_running else 'finished during the run'}")
    for kind in ("read", "write"):
        lat = [d for k, d, ok in results if k == kind and ok]
        print(f"[{label}]   {kind}: n={len(lat)} p50 {pct(lat, 0.5):.1f} ms  p99 {pct(lat, 0.99):.1f} ms")
    writes = [d for k, d, ok in results if k == "write" and ok]
    print(f"[{label}] write p99 {pct(writes, 0.99):.0f} ms under a running ingest (target: under 1000 ms)")
    return errors == 0 and not lost


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=120)
    ap.add_argument("--threads", type=int, default=4)
    ap.add_argument("--backend", choices=("sqlite", "postgres", "both"), default="both")
    ap.add_argument("--shared", default=str(REPO.parent / "shared"))
    args = ap.parse_args()
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        if args.backend in ("sqlite", "both"):
            ok &= soak(f"sqlite:///{tmp / 'soak.db'}", "sqlite", args.seconds, args.threads, Path(args.shared), tmp)
        if args.backend in ("postgres", "both"):
            pg = os.environ.get("FLASHPOINT_TEST_PG_URL")
            if not pg:
                print("[postgres] FLASHPOINT_TEST_PG_URL not set (scripts/soak.sh starts a server)")
                return 2
            ok &= soak(pg, "postgres", args.seconds, args.threads, Path(args.shared), tmp)
    print("soak:", "OK, zero errors and zero lost writes" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
