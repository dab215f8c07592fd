"""Actor codes on fresh passages annotated by hand before the system ran on them (bench/data/actors_fresh*.jsonl).

Each item is an AG News World item (2004, rows past the 600 bench/actors_bbc.py --agnews reads) or the opening
of a GeoWebNews article (2018), run through the shipped pipeline as title + blank line + text, on the date
written with it. Each expected mention is a piece of the text (its n-th occurrence) with the codes that are
right for it, or null where no coded actor should stand there (a headline's words, a thing). A mention is
right when the actor mention over it (the one overlapping it most) has one of those codes; for a null, when
no coded actor overlaps it. Items carry a part: "tune" (the errors looked at) and "aside" (kept untouched, a
held-out check); -v lists the tune part's misses only. Every round's file (actors_fresh35: AG and GeoWebNews;
actors_fresh37: AG World December 2004, GeoWebNews and BBC business openings; actors_fresh37m: AG World phrases of
an agent word modifying a noun after a country, all aside; actors_fresh37b: AG World and BBC business/politics
openings rich in common nouns of people and bodies, written by bench/data/annotate_actors_fresh37b.py: 26/38 tune,
25/41 aside at a96968b; its branch's derived agent nouns were reverted: "coalition" became a legislature, "US-led
coalition" USALEG; actors_fresh38: AG World items picked for titles, capitals, parties and police, written by
bench/data/annotate_act38.py: 37/45 tune, 33/41 aside at e4acb68; actors_fresh41: AG World items' source and target
actors whose country the text gives indirectly, written with plover_fresh41 by bench/data/annotate_act41.py, half by
SHA-1 of "act41:" + id: 71/78 tune, 74/86 aside at d037c40, 75/78 and 75/86 after act41's fixes) is scored by
default, each apart.

    .venv/bin/python bench/actors_fresh.py [-v] [--file bench/data/actors_fresh37.jsonl]
"""

from __future__ import annotations

import argparse
import datetime
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def spans(text: str, piece: str) -> list[tuple[int, int]]:
    pattern = r"\s+".join(re.escape(w) for w in piece.split())
    return [(m.start(), m.end()) for m in re.finditer(pattern, text)]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--file", action="append", help="an annotation file (default: every bench/data/actors_fresh*.jsonl)")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    from flashpoint.pipeline import build_pipeline

    files = args.file or sorted(str(p) for p in (REPO / "bench" / "data").glob("actors_fresh*.jsonl"))
    nlp = build_pipeline()
    for name in files:
        print(Path(name).name)
        score_file(nlp, name, args.verbose)
    return 0


def score_file(nlp, name: str, verbose: bool) -> None:
    """Print one annotation file's right mentions per part (and with `verbose` the tune part's misses)."""
    from flashpoint.ingest import ArticleInput
    from flashpoint.ingest.article_input import decoded_references, even_spacing
    from flashpoint.pipeline import article_from_input

    rows = [json.loads(line) for line in Path(name).open(encoding="utf-8")]
    score = {p: [0, 0] for p in ("tune", "aside")}
    for r in rows:
        item = ArticleInput(text=r["title"] + "\n\n" + r["text"], title=r["title"], id=r["id"],
                            published=datetime.date.fromisoformat(r["date"]))
        art = article_from_input(item)
        doc = nlp.make_doc(art.text)
        doc._.fp_article = art
        doc = nlp(doc)
        mentions = doc._.fp_actor_mentions or []
        for e in r["expected"]:
            start, end = spans(art.text, even_spacing(decoded_references(e["text"])))[e["n"]]
            over = [(min(end, m.end_char) - max(start, m.start_char), m) for m in mentions
                    if m.start_char < end and start < m.end_char and m.code]
            best = max(over, key=lambda x: x[0])[1] if over else None
            ok = best is None if e["codes"] is None else best is not None and best.code in e["codes"]
            score[r["part"]][0] += ok
            score[r["part"]][1] += 1
            if verbose and not ok and r["part"] == "tune":
                got = f"{best.code} {best.text!r} {best.rule}" if best else "-"
                print(f"  {r['id']:9s} {e['text'][:45]!r:48s} want {e['codes']}  got {got}")
    for p, (right, n) in score.items():
        print(f"  {p:6s} {right:3d}/{n:3d} right ({right / n:.1%})" if n else f"  {p}: none")


if __name__ == "__main__":
    sys.exit(main())
