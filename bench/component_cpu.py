"""CPU time of each pipeline component on BBC politics articles (process time, one process, model loaded).

Each component runs over the same batches as nlp.pipe would (16 articles); the whole run is repeated and
each component's best time is kept, since other processes on a shared machine slow it down unevenly.

    python bench/component_cpu.py [--articles 120] [--repeat 3]
"""

from __future__ import annotations

import argparse
import collections
import datetime
import json
import os
import time
from pathlib import Path

from flashpoint.pipeline import build_pipeline, warm_up
from flashpoint.records import Article

SHARED = Path(os.environ.get("FLASHPOINT_SHARED", "/work/shared"))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=120)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    nlp = build_pipeline()
    warm_up(nlp)
    with (SHARED / "data/news/bbc-fulltext-2004-2005/bbc.jsonl").open(encoding="utf-8") as f:
        rows = [r for r in map(json.loads, f) if r["category"] == "politics"][:args.articles]
    best: dict[str, float] = {}
    for _ in range(args.repeat):
        spent: collections.Counter = collections.Counter()
        for i in range(0, len(rows), 16):
            batch = []
            for r in rows[i:i + 16]:
                text = r["title"] + "\n\n" + r["text"]
                t0 = time.process_time()
                doc = nlp.make_doc(text)
                spent["make_doc"] += time.process_time() - t0
                doc._.fp_article = Article(id=r["id"], title=r["title"], published=datetime.date(2005, 3, 1),
                                           source="p", text=text)
                batch.append(doc)
            for name, proc in nlp.pipeline:
                t0 = time.process_time()
                batch = list(proc.pipe(batch, batch_size=16)) if hasattr(proc, "pipe") else [proc(d) for d in batch]
                spent[name] += time.process_time() - t0
        for name, v in spent.items():
            best[name] = min(best.get(name, v), v)
    total = sum(best.values())
    print(f"total CPU {total:.2f}s for {len(rows)} articles = {len(rows) / total:.1f} art/CPU-s (best of {args.repeat})")
    for name, v in sorted(best.items(), key=lambda kv: -kv[1]):
        print(f"  {name:22s} {v:6.3f}s {100 * v / total:5.1f}%")


if __name__ == "__main__":
    main()
