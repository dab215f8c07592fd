"""Train the speaker ranker of direct quotes (flashpoint/extract/claims/speaker_model.py).

    .venv/bin/python training/train_speakers.py [--out PATH] [--no-rule-features] [--dry-run]
    make speaker-model

The options are exactly what the ranker sees at run time: fp_quotes is run on the quote gold's texts
with ``collect`` (quotes.QuoteFinder.find), which gives each direct quote's options and features. Only
the rows of the tune part are read (``batch`` "tune", every round but the newest, quo27, which stays the
fresh judge of both parts); the held-out part is never opened. An option is a positive when the gold
speaker's name is in its name or words (as bench/claims.py scores), a negative otherwise; the options of
a quote no gold quote matches (scare quotes, titles) are all negatives.

An L2 logistic regression (scikit-learn), C chosen by grouped 5-fold cross-validation (the quotes of one
article stay in one fold) on log-loss. With the out-of-fold probabilities, the decision's two settings
are chosen: the bar (the rules found nobody: the best option speaks when it scores this much) and the
margin (the rules found someone: the best option replaces them when it outscores them by this much),
each to make the most right speakers less extra quotes; of settings that do equally well, the ones that
let the ranker speak most (the lowest bar and margin): the rules were tuned on these quotes, so where the
out-of-fold figures cannot tell the two apart the learned reading is the one expected to carry over. Prints the out-of-fold right speakers of the
rules alone, of the ranker alone (the best option, whatever the rules said) and of the two together.
The rules were tuned on these texts, so their figure here is in-sample and the comparison flatters them.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import numpy as np  # noqa: E402

from flashpoint.eval import GOLD_DIR  # noqa: E402
from flashpoint.eval.claims import names_match  # noqa: E402
from flashpoint.eval.shared_text import read_gold  # noqa: E402
from flashpoint.eval.split import TUNE  # noqa: E402
from flashpoint.extract.claims.speaker_model import MODEL_DIR, choose  # noqa: E402
from flashpoint.ingest.article_input import ArticleInput  # noqa: E402
from flashpoint.paths import shared_dir  # noqa: E402
from flashpoint.pipeline import article_from_input, build_pipeline  # noqa: E402
from flashpoint.settings import load_config  # noqa: E402

NAME = "speaker-v1"
FRESH_ROUNDS = {"quo27"}   # the fresh judge: never trained on
BARS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.01)
MARGINS = (0.0, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)


def collect_options(rows: list[dict]) -> list[dict]:
    """One entry per direct quote fp_quotes finds in the rows: its options, their labels, the gold."""
    config = load_config(overrides={"components.fp_quotes.speaker_model": ""})
    nlp = build_pipeline(config)
    finder = nlp.get_pipe("fp_quotes")
    docs = []
    for r in rows:
        art = article_from_input(ArticleInput(text=r["text"], id=r["id"], published=date.fromisoformat(r["published"])),
                                 date(2020, 1, 1))
        doc = nlp.make_doc(art.text)
        doc._.fp_article = art
        docs.append(doc)
    out = []
    for r, doc in zip(rows, nlp.pipe(docs, batch_size=16)):
        found: list = []
        finder.find(doc, collect=found)
        golds = [g for g in r["quotes"] if g["direct"]]
        for c, ruled, options, held in found:
            words = " ".join(doc.text[a:b] for a, b in (c.parts or [(c.start, c.end)])).lower()
            gold = next((g for g in golds if g["contains"].lower() in words), None)
            out.append({"row": r["id"], "gold": gold, "ruled": ruled, "held": held, "options": options,
                        "labels": [int(gold is not None and names_match(gold["speaker"], o.speaker.ref))
                                   for o in options]})
    return out


def featurise(quotes: list[dict], rule_features: bool) -> tuple[list[str], np.ndarray, np.ndarray, np.ndarray]:
    keep = (lambda f: True) if rule_features else (lambda f: not f.startswith(("is-rule", "rule-only")))
    names = sorted({f for q in quotes for o in q["options"] for f in o.features if keep(f)})
    index = {n: i for i, n in enumerate(names)}
    rows = [(qi, o, y) for qi, q in enumerate(quotes) for o, y in zip(q["options"], q["labels"])]
    X = np.zeros((len(rows), len(names)))
    for k, (_, o, _) in enumerate(rows):
        for f in o.features:
            if f in index:
                X[k, index[f]] = 1.0
    return names, X, np.array([y for _, _, y in rows]), np.array([qi for qi, _, _ in rows])


def out_of_fold(X, y, groups, C: float) -> np.ndarray:
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    p = np.zeros(len(y))
    for train, test in GroupKFold(n_splits=5).split(X, y, groups):
        m = LogisticRegression(C=C, max_iter=2000).fit(X[train], y[train])
        p[test] = m.predict_proba(X[test])[:, 1]
    return p


def tally(quotes: list[dict], scores: list[list[float]], bar: float, margin: float) -> tuple[int, int, int]:
    """(right speakers, gold direct quotes, extra quotes the decision adds) over the quotes."""
    right = total = extra = 0
    for q, s in zip(quotes, scores):
        ruled = q["ruled"]
        speaker = ruled if q["held"] else choose(q["options"], s, ruled, bar, margin)[0]
        if q["gold"] is None:
            extra += speaker is not None and ruled is None
            continue
        total += 1
        right += speaker is not None and names_match(q["gold"]["speaker"], speaker.ref)
    return right, total, extra


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(MODEL_DIR / f"{NAME}.npz"))
    ap.add_argument("--no-rule-features", action="store_true", help="the ranker alone: no feature of the rules' choice")
    ap.add_argument("--dry-run", action="store_true", help="print the figures, write nothing")
    args = ap.parse_args(argv)
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import log_loss

    gold = read_gold(GOLD_DIR / "quotes_gold.jsonl", shared_dir())
    rows = [r for r in gold if r.get("batch") == TUNE and r.get("added") not in FRESH_ROUNDS]
    quotes = collect_options(rows)
    names, X, y, qi = featurise(quotes, not args.no_rule_features)
    groups = np.array([quotes[k]["row"].split(":")[0] for k in qi])
    print(f"{len(rows)} tune rows, {len(quotes)} direct quotes ({sum(q['gold'] is not None for q in quotes)} gold), "
          f"{len(y)} options ({int(y.sum())} right), {len(names)} features")
    best_c, best_loss = None, None
    for C in (0.1, 0.3, 1.0, 3.0):
        loss = log_loss(y, out_of_fold(X, y, groups, C))
        print(f"  C={C}: out-of-fold log-loss {loss:.3f}")
        if best_loss is None or loss < best_loss:
            best_c, best_loss = C, loss
    p = out_of_fold(X, y, groups, best_c)
    by_quote = defaultdict(list)
    for k, q in enumerate(qi):
        by_quote[q].append(p[k])
    scores = [by_quote[k] for k in range(len(quotes))]
    rule = tally(quotes, scores, 2.0, 2.0)
    alone = tally(quotes, scores, 0.0, -1.0)
    best = max(((tally(quotes, scores, b, m), b, m) for b in BARS for m in MARGINS),
               key=lambda t: (t[0][0] - t[0][2], -t[1], -t[2]))
    (right, total, extra), bar, margin = best
    print(f"out of fold on tune (direct quotes): rules {rule[0]}/{rule[1]} ({rule[0] / rule[1]:.3f}, in-sample); "
          f"ranker alone {alone[0]}/{alone[1]} ({alone[0] / alone[1]:.3f}, {alone[2]} extra); "
          f"together (bar {bar}, margin {margin}) {right}/{total} ({right / total:.3f}, {extra} extra)")
    score = (f"C={best_c}; out of fold on {total} tune direct quotes: rules {rule[0]}, ranker {alone[0]}, "
             f"together {right} (+{extra} extra)")
    if args.dry_run:
        return 0
    m = LogisticRegression(C=best_c, max_iter=2000).fit(X, y)
    np.savez(args.out, name=np.array(NAME), features=np.array(names), weights=m.coef_[0], bias=m.intercept_[0],
             bar=bar, margin=margin, score=np.array(score))
    top = sorted(zip(m.coef_[0], names), reverse=True)
    print("heaviest features: " + ", ".join(f"{n} {w:+.1f}" for w, n in top[:8] + top[-5:]))
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
