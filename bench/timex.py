"""Time expressions on MEANTIME (English Wikinews, TIMEX3 gold): DATE expressions found and their values
right, tune and held-out halves side by side (split by a hash of the document id). Values are compared
through the one mapping flashpoint/eval/timex.py documents (PRESENT_REF/PAST_REF/FUTURE_REF, parts of
days and weekends at our precision). The same figures on our own gold (BBC business/politics and AG
World items annotated by hand, eval/timex.NEWS_GOLD): a second source that MEANTIME's fixes were not
made on.

    .venv/bin/python bench/timex.py          # figures
    .venv/bin/python bench/timex.py -v       # and the tune half's misses and wrong values
"""

from __future__ import annotations

import argparse
import sys

from flashpoint.eval.geoparsing import load
from flashpoint.eval.timex import Score, news_gold, score
from flashpoint.extract.timex import find_time_expressions
from flashpoint.paths import shared_dir


def total(parts) -> Score:
    """The parts' scores summed: one figure for a whole gold round."""
    whole = Score()
    for s in parts:
        for f in ("docs", "gold", "found", "right", "predicted", "overlapping", "exact"):
            setattr(whole, f, getattr(whole, f) + getattr(s, f))
    return whole


def show(parts: dict[str, Score], classes: bool, whole: str | None = None, each: bool = True) -> None:
    """One gold set's lines: the whole of it (named `whole`), then each part, with its classes if asked."""
    if whole:
        s = total(parts.values())
        print(f"  {whole:8} {s.docs:3} docs: {s.line()}")
    for part, s in parts.items() if each else ():
        print(f"  {part:8} {s.docs:3} docs: {s.line()}")
        if classes:
            print(f"  {'':8} by class: {s.classes()}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="list the tune half's errors")
    ap.add_argument("-c", "--classes", action="store_true", help="found and right by the gold value's granularity")
    args = ap.parse_args(argv)
    shared = shared_dir()
    if shared is None:
        print("../shared not found: no TIMEX3 gold to score")
        return 0
    docs = load(shared / "data" / "timex-dev" / "meantime-en.jsonl")
    scores = score(docs, find_time_expressions)
    print(f"MEANTIME English ({len(docs)} documents, body DATEs; the dateline is the creation time)")
    show(scores, args.classes)
    own = score(news_gold(shared, fresh=False), find_time_expressions)
    print(f"Own gold, BBC and AG News items annotated by hand ({sum(s.docs for s in own.values())} items, DATEs)")
    show(own, args.classes)
    fresh = score(news_gold(shared, fresh=True), find_time_expressions)
    print("Own gold, fresh round (never tuned on; its halves kept for the next round)")
    show(fresh, False, whole="fresh")
    written = score(news_gold(shared, written=True), find_time_expressions)
    print("Own gold, written round (sentences written for each TIMEX3 DATE class)")
    show(written, False, whole="written", each=False)
    passages = score(news_gold(shared, passages=True), find_time_expressions)
    print("Own gold, passage round (every DATE of 53 unseen BBC and AG passages)")
    show(passages, args.classes, whole="passages")
    if args.verbose:
        for s in written.values():
            for r in s.misses + s.wrong:
                print("    written: " + r)
        for title, rows in (("missed", scores["tune"].misses), ("wrong value", scores["tune"].wrong),
                            ("own gold, missed", own["tune"].misses), ("own gold, wrong value", own["tune"].wrong),
                            ("passages, missed", passages["tune"].misses),
                            ("passages, wrong value", passages["tune"].wrong)):
            print(f"  tune, {title}: {len(rows)}")
            for r in rows:
                print("    " + r)
    return 0


if __name__ == "__main__":
    sys.exit(main())
