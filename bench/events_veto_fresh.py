"""The sense veto on fresh items (ven37): does a root 18-20 event come out where someone is plainly hurt by someone,
and none where a violent word is a metaphor, a sport, a market or a disaster?

    python bench/events_veto_fresh.py          # right/wrong per half of bench/data/veto_fresh37.jsonl
    python bench/events_veto_fresh.py -v       # ... and, for the tune half, every vetoed candidate with its reason

bench/data/veto_fresh37.jsonl (bench/data/annotate_ven37.py) was annotated before the system ran on it; its
"aside" half is only ever counted. -v also traces the tune half of bench/data/fresh_dyads37.jsonl.
"""
from __future__ import annotations

import argparse
import datetime
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from events import docs_for  # noqa: E402

from flashpoint.extract.events import sense  # noqa: E402

VIOLENT = ("18", "19", "20")
TRACE: list[str] = []


def traced(check):
    def wrapper(self, doc, ce, ev):
        kept = check(self, doc, ce, ev)
        if ev.root in VIOLENT and not kept:
            facts = sense.veto_facts(doc, ce, ev, None)
            score = self.score(doc, ce.sentence, doc[ce.verb], ev.root, facts.source_code, facts.target_code,
                               ev.sentence, facts.harm)
            TRACE.append(f"    VETO {ev.code} {doc[ce.verb].text!r} {facts.source_code}>{facts.target_code} "
                         f"out={facts.ruled_out} harm={facts.harm} framed={facts.framed} plain={facts.plain} "
                         f"genre={self.genre_piece(doc)} read={self.genre_read(doc)} art={self.article_logit(doc):.2f} "
                         f"score={score:.2f} bar={self.bar(self.article_logit(doc), ev.root, facts.harm or facts.across, facts.across, self.genre_read(doc) is not None):.2f}")
        return kept
    return wrapper


def rows_of(name: str) -> list[dict]:
    return [json.loads(line) for line in (REPO / "bench/data" / name).open(encoding="utf-8") if line.strip()]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    if args.verbose:
        sense.SenseVeto.check = traced(sense.SenseVeto.check)
    from flashpoint.pipeline import build_pipeline
    nlp = build_pipeline()
    rows = rows_of("veto_fresh37.jsonl")
    tally = {h: {True: [0, 0], False: [0, 0]} for h in ("tune", "aside")}
    for r in rows:
        TRACE.clear()
        doc = docs_for(nlp, [r["text"]], datetime.date(2004, 10, 1))[0]
        events = [e for e in doc._.fp_events or [] if e.root in VIOLENT and e.modality != "denied"]
        ok = bool(events) == r["violent"]
        t = tally[r["half"]][r["violent"]]
        t[0] += ok
        t[1] += 1
        if args.verbose and r["half"] == "tune":
            got = "; ".join(f"{e.code} {e.source.code if e.source else None}>{e.target.code if e.target else None} "
                            f"{e.rule}" for e in events) or "-"
            print(f"  {'ok ' if ok else 'BAD'} {r['id']} gold={'attack' if r['violent'] else 'none'} got {got} | "
                  f"{' '.join(r['text'].split())[:150]}")
            print("\n".join(TRACE)) if TRACE else None
    if args.verbose:
        print("-- fresh_dyads37 tune half, vetoed candidates")
        for r in rows_of("fresh_dyads37.jsonl"):
            if r["half"] != "tune":
                continue
            TRACE.clear()
            doc = docs_for(nlp, [r["text"]], datetime.date(2004, 10, 1))[0]
            events = [e for e in doc._.fp_events or [] if e.root in VIOLENT]
            if TRACE:
                print(f"  {r['id']} gold roots={r['roots']} got {len(events)} | {' '.join(r['text'].split())[:150]}")
                print("\n".join(TRACE))
    for h, t in tally.items():
        a, n = t[True]
        b, m = t[False]
        print(f"veto fresh37 {h}: attacks found {a}/{n}, near misses clean {b}/{m}, right {a + b}/{n + m}")


if __name__ == "__main__":
    main()
