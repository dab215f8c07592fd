"""Place extraction against flashpoint/eval/gold/places_gold.jsonl: how many gold place mentions come out with the
right country and first-level region, and how many non-places ("Russia warned", "Most residents")
stay out; with ../shared, also the PLOVER gold event locations and the speed over a news corpus.

    .venv/bin/python bench/places.py            # rules only (blank tokenizer + sentencizer + fp_places)
    .venv/bin/python bench/places.py --model    # the packaged pipeline (trained model, all components)
    .venv/bin/python bench/places.py -v         # also list every miss
    .venv/bin/python bench/places.py --sample 100   # and 100 random places from news to judge by hand

The gold rows are hand-written conflict-news sentences (Ukraine, Syria, Iraq, Yemen, Sudan, the Sahel,
Gaza, Lebanon, Afghanistan, Myanmar, ...), one mention per row: `place` true rows give the expected ISO
alpha-3 country and GeoNames admin1 code (null for country-level places and multi-region areas);
`place` false rows name a word that must not come out as a place. Rows marked "dev" are the ones the
rules were tuned on; "heldout" rows were written afterwards and first scored as written.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
import time
from pathlib import Path

from flashpoint.eval.places import load_gold, plover_event_locations, rules_pipeline, score
from flashpoint.kb.gazetteer import gazetteer
from flashpoint.paths import shared_dir
from flashpoint.pipeline import build_pipeline


def news_texts(shared: Path) -> list[str]:
    """AG News World items and BBC politics and business articles (local test data, not shipped)."""
    texts = []
    with (shared / "data" / "news" / "ag_news-test" / "test.csv").open(encoding="utf-8") as f:
        texts += [f"{row[1]}. {row[2]}".replace("\\", " ") for row in csv.reader(f) if row[0] == "1"]
    with (shared / "data" / "news" / "bbc-fulltext-2004-2005" / "bbc.jsonl").open(encoding="utf-8") as f:
        bbc = [json.loads(line) for line in f]
    return texts + [b["text"] for b in bbc if b["category"] in ("politics", "business")][:300]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", action="store_true", help="use the packaged pipeline instead of rules only")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    ap.add_argument("--sample", type=int, default=0, help="list N random places from the news corpus to judge")
    args = ap.parse_args(argv)
    rows = load_gold()
    t0 = time.perf_counter()
    if args.model:
        nlp, label = build_pipeline(), "packaged pipeline"
    else:
        nlp, label = rules_pipeline(), "rules (blank tokenizer + sentencizer + fp_places)"
    gazetteer().automaton
    t1 = time.perf_counter()
    print(f"places gold ({label}): {len(rows)} rows, {len({r['text'] for r in rows})} sentences")
    for name, subset in (("all", rows), ("dev", [r for r in rows if r.get("set") == "dev"]),
                         ("held-out", [r for r in rows if r.get("set") == "heldout"])):
        s = score(nlp, subset)
        print(f"  {name:8}: {s.places} place mentions, found {s.found / s.places:.1%}, right country "
              f"{s.country_right / s.places:.1%}, right country+admin1 {s.right}/{s.places} ({s.accuracy:.1%}); "
              f"non-places kept out {s.kept_out}/{s.non_places} ({s.rejection:.1%})")
        if args.verbose and name != "all":
            for m in s.misses:
                print("      " + m)
    print(f"  load {t1 - t0:.2f} s (pipeline + gazetteer)")
    shared = shared_dir()
    if shared is None:
        print("  (../shared not found: PLOVER and news-corpus figures skipped)")
        return 0
    n, found, right = plover_event_locations(nlp, shared)
    print(f"PLOVER gold event locations: {n} records; location named among the places {found} ({found / n:.1%}); "
          f"place chosen for the sentence in the right country {right} ({right / n:.1%})")
    texts = news_texts(shared)
    t2 = time.perf_counter()
    found_places = [(p, doc.text) for doc in nlp.pipe(texts, batch_size=64) for p in doc._.fp_places]
    t3 = time.perf_counter()
    chars = sum(map(len, texts))
    print(f"news corpus (AG World + BBC politics/business): {len(texts)} texts, {chars / 1e6:.2f} M chars, "
          f"{len(found_places)} places, {t3 - t2:.2f} s ({chars / 1e6 / (t3 - t2):.2f} M chars/s)")
    if args.sample:
        random.Random(7).shuffle(found_places)
        print(f"  a random sample of {args.sample} places to judge by hand:")
        for p, text in found_places[:args.sample]:
            around = text[max(0, p.evidence.start - 60):p.evidence.end + 40].replace("\n", " ")
            print(f"    {p.evidence.text!r} -> {p.name}, {p.country}, {p.admin1} [{p.rule}] | {around}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
