"""How the sam37 sample was picked (run once, before any annotation or system run).

    /work/main/.venv/bin/python bench/data/pick_sample37.py

Candidates: AG News test World items (class 1; id ag-test-N, N the 0-based row of test.csv) and BBC politics
articles (bbc.jsonl id). An item is dropped when it is referenced anywhere we could find:
- an id of it in any text file of /work/main (git ls-files) or of any /work/wt/*/ worktree (tracked or not),
  in any spelling: ag123, ag_123, ag-123, ag:123, ag-test-123, agnews-123, agw-123, cas-ag-00123,
  bbc-politics-123. An AG number excludes the rows N-1, N, N+1 and the World items whose World-only index is
  N-1..N+1 (files differ on 0- or 1-based rows and on counting all rows or World rows only);
- or its text in any of those files (a 40-letter stretch of its body, or its title when long enough, compared
  on letters and digits only), which catches gold files that carry the text and not the id.
The survivors are shuffled with random.Random(37); the script prints them in that order with a keyword tag
(conflict / diplomacy / politics) and the sample was taken by reading down that list (see sample37.jsonl).
"""

from __future__ import annotations

import csv
import json
import os
import random
import re
import subprocess
from pathlib import Path

SHARED = Path(os.environ.get("FLASHPOINT_SHARED", "/work/shared"))
MAIN = Path("/work/main")
WT = Path("/work/wt")
ID_RE = re.compile(r"(?i)\b(?:cas-)?ag(?:news|w|-test|_test|_news)?[-_: ]?0*(\d+)\b")
BBC_RE = re.compile(r"(?i)bbc-politics-0*(\d+)")
SKIP_DIRS = {".git", ".venv", "node_modules", "__pycache__", ".mypy_cache", ".ruff_cache"}


def alnum(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", s.lower())


def files() -> list[Path]:
    out = [MAIN / p for p in subprocess.run(["git", "-C", str(MAIN), "ls-files"], capture_output=True,
                                            text=True, check=True).stdout.split("\n") if p]
    for root, dirs, names in os.walk(WT):
        dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS)
        if Path(root).name == "sam37" or "/sam37/" in root + "/":
            continue  # our own worktree (this script, the sample)
        out += [Path(root) / n for n in sorted(names)]
    return out


def haystack() -> tuple[str, set[int], set[int]]:
    text, ag, bbc = [], set(), set()
    for p in files():
        try:
            if not p.is_file() or p.stat().st_size > 30_000_000:
                continue
            s = p.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        ag.update(int(m) for m in ID_RE.findall(s))
        bbc.update(int(m) for m in BBC_RE.findall(s))
        text.append(alnum(s))
    return "\n".join(text), ag, bbc


TAGS = (("conflict", r"kill|attack|clash|bomb|troops|protest|fight|rebel|militant|wound|shot|dead|police|army|"
                     r"soldier|hostage|insurgent|raid|strike|violence|gunmen"),
        ("diplomacy", r"talks|summit|minister|sanction|envoy|president|nuclear|treaty|visit|urge|warn"),
        ("politics", r"election|vote|parliament|party|poll|campaign|referendum|opposition|tory|labour"))


def tag(s: str) -> str:
    return next((t for t, rx in TAGS if re.search(rx, s, re.I)), "other")


def main() -> None:
    hay, ag_ids, bbc_ids = haystack()
    with (SHARED / "data/news/ag_news-test/test.csv").open(encoding="utf-8") as f:
        rows = list(csv.reader(f))
    world = [i for i, r in enumerate(rows) if r[0] == "1"]
    bad_rows = {n + d for n in ag_ids for d in (-1, 0, 1)}
    bad_world = {world[n + d] for n in ag_ids for d in (-1, 0, 1) if 0 <= n + d < len(world)}
    cands = []
    for i in world:
        if i in bad_rows or i in bad_world:
            continue
        title, body = rows[i][1], rows[i][2].replace("\\", " ")
        b = alnum(body)
        if b[len(b) // 3:len(b) // 3 + 40] in hay or (len(alnum(title)) >= 25 and alnum(title) in hay):
            continue
        cands.append((f"ag-test-{i}", title, body))
    bbc = [json.loads(line) for line in (SHARED / "data/news/bbc-fulltext-2004-2005/bbc.jsonl").open()]
    for r in bbc:
        if r["category"] != "politics":
            continue
        n = int(r["id"].rsplit("-", 1)[1])
        b = alnum(r["text"][:600])
        if n in bbc_ids or b[100:140] in hay or alnum(r["title"]) in hay:
            continue
        cands.append((r["id"], r["title"], r["text"][:600].replace("\n", " ")))
    random.Random(37).shuffle(cands)
    print(f"# {len(cands)} unreferenced candidates ({sum(c[0].startswith('ag') for c in cands)} AG World, "
          f"{sum(c[0].startswith('bbc') for c in cands)} BBC politics); AG ids referenced: {len(ag_ids)}")
    for key, title, body in cands:
        print(f"{key}\t{tag(title + ' ' + body)}\t{title} || {body[:300]}")


if __name__ == "__main__":
    main()
