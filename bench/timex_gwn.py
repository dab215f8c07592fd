"""Time expressions on fresh GeoWebNews articles, BBC passages and AG News World items (bench/data/timex_fresh_gwn.jsonl: DATE expressions and their values
annotated by hand, before the system ran on them, with the publication date assumed): found, value right and
expressions of ours that overlap neither a DATE nor a listed duration, time or set ("neutral"), for the half tuned
on and the half kept aside.

    .venv/bin/python bench/timex_gwn.py          # figures
    .venv/bin/python bench/timex_gwn.py -v       # and every miss, wrong value and extra
    .venv/bin/python bench/timex_gwn.py --gold bench/data/timex_fresh_tim36.jsonl    # a later round, same format
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import date
from pathlib import Path

from flashpoint.eval.shared_text import items_by_id
from flashpoint.eval.timex import value_for
from flashpoint.extract.timex import find_time_expressions, iso_value
from flashpoint.paths import shared_dir

GOLD = Path(__file__).parent / "data" / "timex_fresh_gwn.jsonl"
GOLD36 = Path(__file__).parent / "data" / "timex_fresh_tim36.jsonl"
GOLD37 = Path(__file__).parent / "data" / "timex_fresh_tim37.jsonl"
GOLD38 = Path(__file__).parent / "data" / "timex_fresh_tim38.jsonl"
GOLD39 = Path(__file__).parent / "data" / "timex_fresh_tim39.jsonl"
GOLD40 = Path(__file__).parent / "data" / "timex_fresh_tim40.jsonl"
GOLD41 = Path(__file__).parent / "data" / "timex_fresh_tim41.jsonl"
BBC_PASSAGE = 1400     # characters of a BBC article read (its opening passage)


def spans(text: str, phrase: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", text)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--gold", type=Path, default=None, help=f"a round's file (default: each round's, {GOLD.name}, "
                                                            f"{GOLD36.name}, {GOLD37.name}, {GOLD38.name}, {GOLD39.name}, {GOLD40.name} and "
                                                            f"{GOLD41.name})")
    args = ap.parse_args(argv)
    shared = shared_dir()
    if shared is None:
        print("../shared not found")
        return 0
    texts = {}
    for line in open(shared / "data" / "geoparsing-dev" / "geowebnews.jsonl", encoding="utf-8"):
        d = json.loads(line)
        texts[d["id"]] = d["text"]
    for line in open(shared / "data" / "news" / "bbc-fulltext-2004-2005" / "bbc.jsonl", encoding="utf-8"):
        d = json.loads(line)
        texts[d["id"]] = d["text"][:BBC_PASSAGE]
    ag = items_by_id(shared)
    texts.update({k: ag[k].text for k in ag if k.startswith("ag-test-")})
    for gold in [args.gold] if args.gold else [GOLD, GOLD36, GOLD37, GOLD38, GOLD39, GOLD40, GOLD41]:
        if not args.gold:
            print(f"{gold.stem}:")
        score(texts, gold, args.verbose)
    return 0


def score(texts: dict[str, str], gold_file: Path, verbose: bool) -> None:
    """One round's DATE expressions: found, value right and extras per half (`verbose`: each miss and extra)."""
    tally = {h: [0, 0, 0, 0] for h in ("tune", "aside")}     # gold, found, right, extras
    for line in gold_file.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        text, dct = texts[row["id"]][:row.get("upto")], date.fromisoformat(row["dct"])     # "upto": the characters read
        out = find_time_expressions(text, dct)
        gold = [(spans(text, p)[n], p, v) for p, v, n in row["dates"]]
        ok = [s for p in row.get("neutral", []) + row.get("dateline", []) for s in spans(text, p)] + [g[0] for g in gold]
        t = tally[row["half"]]
        for (a, b), p, v in gold:
            t[0] += 1
            hit = [m for m in out if m.start_char < b and a < m.end_char]
            if not hit:
                if verbose:
                    print(f"  {row['half']:5} {row['id']} missed {p!r} = {v} | {text[max(0, a - 60):b + 30]!r}")
                continue
            t[1] += 1
            got = value_for(hit[0], a)     # a range's second half by its end, as bench/timex.py reads it
            if got == v:
                t[2] += 1
            elif verbose:
                print(f"  {row['half']:5} {row['id']} wrong  {p!r} -> {hit[0].text!r} {got} [{hit[0].rule}], want {v} | "
                      f"{text[max(0, a - 60):b + 30]!r}")
        for m in out:
            if not any(m.start_char < b and a < m.end_char for a, b in ok):
                t[3] += 1
                if verbose:
                    print(f"  {row['half']:5} {row['id']} extra  {m.text!r} {iso_value(m)[0]} [{m.rule}] | "
                          f"{text[max(0, m.start_char - 60):m.end_char + 30]!r}")
    for h, (g, f, r, x) in tally.items():
        print(f"  {h:5}: found {f}/{g}, value right {r}/{f} (right of all: {r}/{g}), extras {x}")


if __name__ == "__main__":
    sys.exit(main())
