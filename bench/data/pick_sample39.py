"""How the sam39 sample was picked (run once, before any annotation or system run).

    FLASHPOINT_SHARED=/work/shared /work/main/.venv/bin/python bench/data/pick_sample39.py > /tmp/cands39.tsv

The same exclusion as pick_sample37.py (whose helpers this reuses): an AG News test World item or BBC politics
article is dropped when an id of it in any spelling (ag123, ag_123, ag-test-123, bbc-politics-123, ...), or a
40-letter stretch of its text, occurs in any tracked file of /work/main (gold files under flashpoint/eval/gold
and bench/data, sample37.jsonl, every fresh set included) or in any file of any /work/wt/*/ worktree other than
this one (sam39: its own sample would exclude itself). The survivors are shuffled with random.Random(39) and
printed in that order with a keyword tag (conflict / diplomacy / politics / other); the sample was taken by
reading down that list: the first AG items about attacks, clashes, diplomacy or protests (casualties and quotes
preferred) plus 4 non-conflict political AG items, and the first 6 BBC politics articles read in that order.
"""

from __future__ import annotations

import csv
import json
import os
import random
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pick_sample37 as p37  # noqa: E402

OWN = "sam39"


def files(own: str = OWN) -> list[Path]:
    """Every tracked file of /work/main and every file of the worktrees but the sample's own (``own``)."""
    out = [p37.MAIN / p for p in subprocess.run(["git", "-C", str(p37.MAIN), "ls-files"], capture_output=True,
                                                text=True, check=True).stdout.split("\n") if p]
    for root, dirs, names in os.walk(p37.WT):
        dirs[:] = sorted(d for d in dirs if d not in p37.SKIP_DIRS)
        if f"/{own}/" in root + "/":
            continue
        out += [Path(root) / n for n in sorted(names)]
    return out


def referenced(title: str, body: str, hay: str) -> bool:
    """Whether a 40-letter stretch of the body, or the whole title, is in the haystack."""
    b = p37.alnum(body)
    return b[len(b) // 3:len(b) // 3 + 40] in hay or (len(p37.alnum(title)) >= 25 and p37.alnum(title) in hay)


def candidates(own: str, seed: int):
    """The unreferenced AG World items and BBC politics articles, shuffled with ``seed``; with the AG test rows, the
    rows too near a referenced id, the haystack and the referenced AG ids (for a sample's further lists)."""
    p37.files = lambda: files(own)  # haystack() reads every file that files() lists
    hay, ag_ids, bbc_ids = p37.haystack()
    with (p37.SHARED / "data/news/ag_news-test/test.csv").open(encoding="utf-8") as f:
        rows = list(csv.reader(f))
    world = [i for i, r in enumerate(rows) if r[0] == "1"]
    bad_rows = {n + d for n in ag_ids for d in (-1, 0, 1)}
    bad_world = {world[n + d] for n in ag_ids for d in (-1, 0, 1) if 0 <= n + d < len(world)}
    cands = []
    for i in world:
        if i in bad_rows or i in bad_world:
            continue
        title, body = rows[i][1], rows[i][2].replace("\\", " ")
        if referenced(title, body, hay):
            continue
        cands.append((f"ag-test-{i}", title, body))
    for line in (p37.SHARED / "data/news/bbc-fulltext-2004-2005/bbc.jsonl").open(encoding="utf-8"):
        r = json.loads(line)
        if r["category"] != "politics":
            continue
        n = int(r["id"].rsplit("-", 1)[1])
        b = p37.alnum(r["text"][:600])
        if n in bbc_ids or b[100:140] in hay or p37.alnum(r["title"]) in hay:
            continue
        cands.append((r["id"], r["title"], r["text"][:600].replace("\n", " ")))
    random.Random(seed).shuffle(cands)
    print(f"# {len(cands)} unreferenced candidates ({sum(c[0].startswith('ag') for c in cands)} AG World, "
          f"{sum(c[0].startswith('bbc') for c in cands)} BBC politics); AG ids referenced: {len(ag_ids)}")
    for key, title, body in cands:
        print(f"{key}\t{p37.tag(title + ' ' + body)}\t{title} || {body[:300]}")
    return rows, bad_rows, hay


def main() -> None:
    candidates(OWN, 39)


if __name__ == "__main__":
    main()
