"""Places on the shared geoparsing dev sets (GeoWebNews, news 2018; WoTR-Topo, 1860s military reports):
recall of annotated toponyms, precision, share within 161 km and country/region records placed more than
161 km off, on the tune and held-out halves side by side (split by a hash of the document id; see
flashpoint/eval/geoparsing.py).

    .venv/bin/python bench/geoparsing.py              # the packaged pipeline
    .venv/bin/python bench/geoparsing.py --rules      # blank tokenizer + sentencizer + fp_places (faster)
    .venv/bin/python bench/geoparsing.py -v           # and the tune half's misses, wrong spans and far places
"""

from __future__ import annotations

import argparse
import sys
import time

from flashpoint.eval.geoparsing import load, score
from flashpoint.paths import shared_dir

SETS = (("GeoWebNews", "geowebnews.jsonl"), ("WoTR-Topo", "wotr-topo-test.jsonl"))


def pipeline(rules: bool):
    if rules:
        import spacy

        import flashpoint.extract.places  # noqa: F401  (registers fp_places)

        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        nlp.add_pipe("fp_places")
        return nlp
    from flashpoint.pipeline import build_pipeline

    return build_pipeline()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rules", action="store_true", help="rules only instead of the packaged pipeline")
    ap.add_argument("-v", "--verbose", action="store_true", help="list the tune half's errors")
    args = ap.parse_args(argv)
    shared = shared_dir()
    if shared is None:
        print("../shared not found: no geoparsing dev sets to score")
        return 0
    nlp = pipeline(args.rules)

    def finder(docs):
        return [list(d._.fp_places or []) for d in nlp.pipe((d["text"] for d in docs), batch_size=16)]

    for label, name in SETS:
        docs = load(shared / "data" / "geoparsing-dev" / name)
        t0 = time.perf_counter()
        scores = score(docs, finder)
        print(f"{label} ({len(docs)} documents, {time.perf_counter() - t0:.1f} s)")
        for part, s in scores.items():
            print(f"  {part:8} {s.docs:3} docs: {s.line()}")
        if args.verbose:
            s = scores["tune"]
            for title, rows in (("missed", s.misses), ("not a gold toponym", s.wrong), ("far", s.far)):
                print(f"  tune, {title}: {len(rows)}")
                for r in rows:
                    print("    " + r.replace("\n", " "))
    return 0


if __name__ == "__main__":
    sys.exit(main())
