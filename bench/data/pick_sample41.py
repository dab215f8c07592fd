"""How the sam41 sample was picked (run once, before any annotation or system run).

    FLASHPOINT_SHARED=/work/shared /work/main/.venv/bin/python bench/data/pick_sample41.py > /tmp/cands41.tsv

The same exclusion as pick_sample37.py (whose helpers this reuses): an AG News test World item or BBC politics
article is dropped when an id of it in any spelling (ag123, ag_123, ag-test-123, bbc-politics-123, ...), or a
40-letter stretch of its text, occurs in any tracked file of /work/main (gold files under flashpoint/eval/gold
and bench/data, sample37.jsonl, every fresh set included) or in any file of any /work/wt/*/ worktree other than
this one (sam41: its own sample would exclude itself). The survivors are shuffled with random.Random(41) and
printed in that order with a keyword tag (conflict / diplomacy / politics / other).

The brief asked for 24 AG World items about attacks, clashes, bombings, shootings or kidnappings that report deaths
or injuries. None of the 216 unreferenced AG World items reports an injury and only one reports a death in so many
words (ag-test-6689, a son killed by an American bullet; ag-test-1605 Beslan and ag-test-2215 Hensley are cut off
before the verb): earlier gold sets took every other one. So this script also prints, after the World list, the AG
test items of the other classes (2 Sports, 3 Business, 4 Sci/Tech) that survive the same exclusion and whose text has
a casualty word (CASUALTY below), in row order (this second pass takes some minutes). The sample was taken by reading
down both lists:
- every World item of the first list about an attack, clash, kidnapping or hostages, the capture or detention of a
  wanted man, or a torture or war-crimes case (16, in list order: 6120 1605 2632 497 4080 1189 506 4134 1843 1205 98
  420 1064 5463 2215 6689);
- from the second list every item that tells of real violence against people or of clashes (7: 2357 2870 2916 4586
  6811 5456 5380), not a sports injury, a drug's side effects or an accident (4535, a plane crash, left out); 5456
  and 5509 tell one story, the first in row order was taken;
- one precision trap from the second list, kind non-conflict-other: 5686 tells a video game's killings;
- the first 6 World items about diplomacy or protests not already taken (3625 7471 6210 1492 5965 5613, in list
  order; the one protest item, 506, is among the clashes);
- the first 6 BBC politics articles in list order (182 319 127 391 217 277).
"""

from __future__ import annotations

import csv
import json
import os
import random
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pick_sample37 as p37  # noqa: E402

OWN = "sam41"
CASUALTY = re.compile(r"kill|dead|died|death|dies|injur|wound|bomb|shot|casualt|toll|bullet|murder|slain|bodies|"
                      r"hostage|kidnap|abduct|stab", re.I)


def files() -> list[Path]:
    out = [p37.MAIN / p for p in subprocess.run(["git", "-C", str(p37.MAIN), "ls-files"], capture_output=True,
                                                text=True, check=True).stdout.split("\n") if p]
    for root, dirs, names in os.walk(p37.WT):
        dirs[:] = sorted(d for d in dirs if d not in p37.SKIP_DIRS)
        if f"/{OWN}/" in root + "/":
            continue
        out += [Path(root) / n for n in sorted(names)]
    return out


def main() -> None:
    p37.files = files  # haystack() reads every file that files() lists
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
        b = p37.alnum(body)
        if b[len(b) // 3:len(b) // 3 + 40] in hay or (len(p37.alnum(title)) >= 25 and p37.alnum(title) in hay):
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
    random.Random(41).shuffle(cands)
    print(f"# {len(cands)} unreferenced candidates ({sum(c[0].startswith('ag') for c in cands)} AG World, "
          f"{sum(c[0].startswith('bbc') for c in cands)} BBC politics); AG ids referenced: {len(ag_ids)}")
    for key, title, body in cands:
        print(f"{key}\t{p37.tag(title + ' ' + body)}\t{title} || {body[:300]}")
    print("# AG test items of the other classes (2 Sports, 3 Business, 4 Sci/Tech), unreferenced, with a casualty word")
    for i, r in enumerate(rows):
        if r[0] == "1" or i in bad_rows:
            continue
        title, body = r[1], r[2].replace("\\", " ")
        b = p37.alnum(body)
        if b[len(b) // 3:len(b) // 3 + 40] in hay or (len(p37.alnum(title)) >= 25 and p37.alnum(title) in hay):
            continue
        if CASUALTY.search(title + " " + body):
            print(f"ag-test-{i}\tclass-{r[0]}\t{title} || {body[:300]}")


if __name__ == "__main__":
    main()
