"""Real attacks and their metaphors on passages no event bench scores (task rec36's own check).

    .venv/bin/python bench/events_attacks_fresh.py [tune|aside|all]

bench/data/rec36_fresh_attacks.jsonl holds 51 passages written down before the coder read them: AG News
World items that report an attack (gunmen, a mob, a man with a knife), AG News Sports, Business and Sci/Tech
items of the tune part that no `--limit 2000` run of bench/events_precision.py reads ("beat", "shot", "attack"
used literally and as metaphor) and GeoWebNews sentences of crime. Each has the expected outcome ("violent":
a root 18-20 event; "none": no root 14-20 event) and the sides a reader codes (for the eye, not scored).
Every fourth pair is kept aside ("aside"): its figure is reported, never tuned on.
"""

from __future__ import annotations

import datetime
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from flashpoint.pipeline import build_pipeline  # noqa: E402
from flashpoint.records import Article  # noqa: E402

DATA = REPO / "bench" / "data" / "rec36_fresh_attacks.jsonl"
MATERIAL = {str(r) for r in range(14, 21)}
VIOLENT = {str(r) for r in range(18, 21)}


def main() -> None:
    which = sys.argv[1] if len(sys.argv) > 1 else "all"
    rows = [json.loads(line) for line in DATA.open(encoding="utf-8") if line.strip()]
    nlp = build_pipeline()
    right = {"tune": [0, 0], "aside": [0, 0]}
    for r in rows:
        title, _, _ = r["text"].partition("\n\n")
        doc = nlp.make_doc(r["text"])
        doc._.fp_article = Article(id=r["id"], title=title, published=datetime.date(2004, 10, 1), source="bench",
                                   text=r["text"])
        doc = nlp(doc)
        events = [e for e in doc._.fp_events or [] if e.root in MATERIAL]
        ok = any(e.root in VIOLENT for e in events) if r["expect"] == "violent" else not events
        right[r["set"]][0] += ok
        right[r["set"]][1] += 1
        if which not in ("all", r["set"]):
            continue
        got = "; ".join(f"{e.code} {e.source.name if e.source else '-'}[{e.source.code if e.source else ''}] -> "
                        f"{e.target.name if e.target else '-'}[{e.target.code if e.target else ''}] {e.rule}"
                        for e in events) or "-"
        print(f"{'ok ' if ok else 'BAD'} {r['id']} {r['set']:<5} want {r['expect']:<7} {r['source']} -> {r['target']}\n"
              f"    got {got}\n    | {' '.join(r['text'].split())[:220]}")
    for part, (k, n) in right.items():
        print(f"{part}: {k}/{n} right")


if __name__ == "__main__":
    main()
