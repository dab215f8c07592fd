"""Every record of a fixed input, as sorted-key JSON, for proving a speed change leaves output alone.

Input: every 7th BBC article (all categories, up to 300), the first 300 AG News test items and the
example article. Write the dump before and after a change and `cmp` the two files.

    python bench/records_identity.py OUT.jsonl [--bbc 300] [--ag 300]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
from datetime import date
from pathlib import Path

from flashpoint.ingest import ArticleInput
from flashpoint.pipeline import build_pipeline, extract_records

SHARED = Path(os.environ.get("FLASHPOINT_SHARED", "/work/shared"))
EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "kremlin-warns-ukraine-2021-04.txt"


def fixed_items(n_bbc: int, n_ag: int) -> list[ArticleInput]:
    items = []
    with (SHARED / "data/news/bbc-fulltext-2004-2005/bbc.jsonl").open(encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    for r in rows[::7][:n_bbc]:
        items.append(ArticleInput(text=r["text"], title=r["title"], source="BBC", id=r["id"],
                                  published=date(2005, 3, 1)))
    with (SHARED / "data/news/ag_news-test/test.csv").open(encoding="utf-8") as f:
        for i, r in enumerate(list(csv.reader(f))[:n_ag]):
            items.append(ArticleInput(text=r[2].replace("\\", " "), title=r[1], source="AG", id=f"ag-{i}",
                                      published=date(2004, 9, 1)))
    meta = json.loads(EXAMPLE.with_name(EXAMPLE.name + ".meta.json").read_text(encoding="utf-8"))
    items.append(ArticleInput(text=EXAMPLE.read_text(encoding="utf-8"), title=meta["title"], source=meta["source"],
                              published=date.fromisoformat(meta["published"]), id="example"))
    return items


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--bbc", type=int, default=300)
    ap.add_argument("--ag", type=int, default=300)
    args = ap.parse_args()
    nlp = build_pipeline()
    with open(args.out, "w", encoding="utf-8") as out:
        for recs in extract_records(nlp, fixed_items(args.bbc, args.ag), today=date(2005, 6, 30)):
            for d in recs.to_dicts():
                out.write(json.dumps(d, sort_keys=True, ensure_ascii=False) + "\n")
            out.write(json.dumps({"sentences": [list(s) for s in recs.sentences]}) + "\n")
    print(hashlib.md5(Path(args.out).read_bytes()).hexdigest())


if __name__ == "__main__":
    main()
