"""Actors of events on whole news articles: the BBC politics stories (../shared/data/news/bbc-fulltext-2004-2005).

Every politics article goes through the shipped pipeline, dated 2005-03-01 (the collection's stories are
from 2004-2005 and carry no dates). Printed for the tune and held-out parts side by side (flashpoint/eval/
split.py, by article id):
- country-less role codes: the share of event actors (sources and targets with a code) whose code is a
  bare role ("GOV", "LEG", "COP"), neither a country's, a region's (EURGOV) nor an organisation's
  (IGO/NGO/MNC...); a region alone (EUR) is no role and does not count;
- events with a coded source: the share of events whose source actor has a code;
- coded quote speakers: the share of quotes whose speaker has a code.

    .venv/bin/python bench/actors_bbc.py             # the figures
    .venv/bin/python bench/actors_bbc.py -v          # plus the most frequent country-less codes and their words
    .venv/bin/python bench/actors_bbc.py --category business   # another category, as a cross-check
    .venv/bin/python bench/actors_bbc.py --agnews 600          # cross-corpus: the first 600 AG News World items
                                                               # (../shared/data/news/ag_news-test, 2004 wire
                                                               # snippets), dated 2004-09-01, split by row number
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from flashpoint.eval.split import part_in_thirds as part  # noqa: E402
from flashpoint.paths import shared_dir  # noqa: E402

ORG_PREFIXES = ("IGO", "NGO", "IMG", "NGM", "MNC", "INT", "UIS")
DAY = datetime.date(2005, 3, 1)


def countryless(code: str, kb) -> bool:
    """A bare role ("GOV", "LEGOPP"): no country, region or organisation before the role."""
    if code.startswith(ORG_PREFIXES):
        return False
    country, role = kb.split(code)
    return country is None and role is not None and code.startswith(role)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--category", default="politics")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--agnews", type=int, default=0, metavar="N")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    shared = shared_dir()
    if shared is None:
        print("../shared not found", file=sys.stderr)
        return 2
    from flashpoint.ingest import ArticleInput
    from flashpoint.kb.knowledge_base import default_kb
    from flashpoint.pipeline import build_pipeline, extract_records

    kb = default_kb()
    day, label = DAY, f"BBC {args.category}"
    if args.agnews:
        import csv

        day, label = datetime.date(2004, 9, 1), "AG News World"
        with (shared / "data" / "news" / "ag_news-test" / "test.csv").open(encoding="utf-8") as f:
            rows = [{"id": f"agnews-{i}", "title": r[1], "text": r[2].replace("\\", " ")}
                    for i, r in enumerate(csv.reader(f)) if r[0] == "1"][:args.agnews]
    else:
        path = shared / "data" / "news" / "bbc-fulltext-2004-2005" / "bbc.jsonl"
        rows = [json.loads(l) for l in path.open(encoding="utf-8")]
        rows = [r for r in rows if r.get("category") == args.category]
    if args.limit:
        rows = rows[:args.limit]
    items = [ArticleInput(text=(r.get("title") or "") + "\n\n" + r["text"], title=r.get("title"), published=day,
                          id=r["id"]) for r in rows]
    nlp = build_pipeline()
    unsourced: Counter = Counter()
    unspoken: Counter = Counter()
    stats = {p: Counter() for p in ("tune", "held-out")}
    bare = {p: Counter() for p in ("tune", "held-out")}
    for recs in extract_records(nlp, items):
        p = part(recs.article.id)
        s = stats[p]
        s["articles"] += 1
        for e in recs.events:
            s["events"] += 1
            s["sourced"] += bool(e.source and e.source.code)
            if p == "tune" and not (e.source and e.source.code):
                unsourced[(e.source.text.lower() if e.source else "-", e.verb or e.root)] += 1
            for a in (e.source, e.target):
                if a is not None and a.code:
                    s["actors"] += 1
                    if countryless(a.code, kb):
                        s["countryless"] += 1
                        bare[p][(a.code, a.text.lower())] += 1
        for q in recs.quotes:
            s["quotes"] += 1
            s["speakers"] += bool(q.speaker and q.speaker.code)
            if p == "tune" and not (q.speaker and q.speaker.code):
                unspoken[q.speaker.text if q.speaker else "-"] += 1

    def pct(a, b):
        return f"{a / b:6.1%}" if b else "   n/a"

    print(f"{label}, dated {day}: {'':28s}{'tune':>10s}{'held-out':>10s}")
    print(f"  {'articles':44s}" + "".join(f"{stats[p]['articles']:>10d}" for p in stats))
    print(f"  {'events':44s}" + "".join(f"{stats[p]['events']:>10d}" for p in stats))
    print(f"  {'country-less role codes / event actors (<= 5%)':44s}"
          + "".join(f"{pct(stats[p]['countryless'], stats[p]['actors']):>10s}" for p in stats))
    print(f"  {'events with a coded source (>= 85%)':44s}"
          + "".join(f"{pct(stats[p]['sourced'], stats[p]['events']):>10s}" for p in stats))
    print(f"  {'quotes with a coded speaker':44s}"
          + "".join(f"{pct(stats[p]['speakers'], stats[p]['quotes']):>10s}" for p in stats))
    if args.verbose:
        for (code, text), n in bare["tune"].most_common(40):      # the tune part only: held-out stays unseen
            print(f"    {n:4d} {code:8s} {text}")
        print("  events without a coded source (tune part): source words, verb")
        for (text, verb), n in unsourced.most_common(40):
            print(f"    {n:4d} {text[:40]:40s} {verb}")
        print("  quotes without a coded speaker (tune part): speaker words")
        for text, n in unspoken.most_common(40):
            print(f"    {n:4d} {text[:60]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
