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

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pick_sample39 as p39  # noqa: E402

OWN = "sam41"
CASUALTY = re.compile(r"kill|dead|died|death|dies|injur|wound|bomb|shot|casualt|toll|bullet|murder|slain|bodies|"
                      r"hostage|kidnap|abduct|stab", re.I)


def main() -> None:
    rows, bad_rows, hay = p39.candidates(OWN, 41)
    print("# AG test items of the other classes (2 Sports, 3 Business, 4 Sci/Tech), unreferenced, with a casualty word")
    for i, r in enumerate(rows):
        if r[0] == "1" or i in bad_rows:
            continue
        title, body = r[1], r[2].replace("\\", " ")
        if p39.referenced(title, body, hay):
            continue
        if CASUALTY.search(title + " " + body):
            print(f"ag-test-{i}\tclass-{r[0]}\t{title} || {body[:300]}")


if __name__ == "__main__":
    main()
