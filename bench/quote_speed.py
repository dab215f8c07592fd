"""What fp_quotes costs per article, with the speaker ranker and with the frame rules alone.

    .venv/bin/python bench/quote_speed.py [--articles 200] [--repeats 2]

The articles: the first --articles of the BBC items (all five classes, tune and held-out alike, in a fixed
shuffled order), run once through the pipeline before fp_quotes; then fp_quotes alone is timed on each,
best of --repeats, with the shipped ranker (extract/claims/speaker_model.py) and without it. Prints the
milliseconds per article, how many quotes each finds and how many speakers the ranker chose.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from flashpoint.eval.news import bbc  # noqa: E402
from flashpoint.extract.claims.quotes import QuoteFinder  # noqa: E402
from flashpoint.extract.claims.speaker_model import load_speaker_model  # noqa: E402
from flashpoint.ingest.article_input import ArticleInput  # noqa: E402
from flashpoint.paths import shared_dir  # noqa: E402
from flashpoint.pipeline import article_from_input, build_pipeline  # noqa: E402
from flashpoint.settings import component_defaults, load_config  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--repeats", type=int, default=2)
    args = ap.parse_args(argv)
    items = bbc(shared_dir())
    random.Random(5).shuffle(items)
    nlp = build_pipeline(load_config())
    docs = []
    for it in items[:args.articles]:
        art = article_from_input(ArticleInput(text=it.text, id=it.key, published=date(2005, 1, 15)), date(2020, 1, 1))
        doc = nlp.make_doc(art.text)
        doc._.fp_article = art
        docs.append(doc)
    docs = list(nlp.pipe(docs, batch_size=16, disable=["fp_quotes", "fp_figures", "fp_casualties", "fp_events"]))
    model = load_speaker_model(component_defaults("fp_quotes")["speaker_model"])
    for label, finder in (("rules alone", QuoteFinder(None)), (f"with {model.name}", QuoteFinder(model))):
        best = None
        for _ in range(args.repeats):
            t0 = time.perf_counter()
            found = [finder.find(d) for d in docs]
            took = time.perf_counter() - t0
            best = took if best is None else min(best, took)
        quotes = [q for f in found for q in f]
        chose = sum("|model:" in q.rule for q in quotes)
        print(f"fp_quotes {label:>16}: {best / len(docs) * 1000:.2f} ms/article ({len(docs)} articles, "
              f"{len(quotes)} quotes, {chose} speakers chosen by the ranker)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
