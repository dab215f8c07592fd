"""Train the article genre model of the sense veto (flashpoint/extract/events/sense.py, `GenreModel`).

    .venv/bin/python training/train_genre.py [--shared ../shared] [--out PATH]

What kind of piece is an article: news of the world and politics, sport, business, technology or the
arts? The news corpora carry the answer as their own category labels, so the model learns it from them
instead of from the events the coder got wrong: the TUNE parts (flashpoint/eval/split.py) of the BBC
full-text articles (politics, sport, business, tech, entertainment) and of AG News test (World, Sports,
Business, Sci/Tech: headline and description). Features are those of the sense model's article model
(sense.article_features: the distinct words of the first ARTICLE_TOKENS tokens, the tokenizer's only),
hashed into 2^GENRE_BITS slots; a multinomial L2 logistic regression (scikit-learn), C chosen by 5-fold
cross-validation on the tune part. Prints the cross-validated accuracy per class on the tune part, then
the held-out part's accuracy (a figure only: nothing is chosen on it). The weights ship as float16 in
models/<name>.npz and are applied with NumPy alone.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import numpy as np  # noqa: E402

from flashpoint.eval.news import news_items  # noqa: E402
from flashpoint.eval.split import TUNE  # noqa: E402
from flashpoint.extract.events.sense import GENRE_BITS, GENRES, MODEL_DIR, article_features, hashed  # noqa: E402
from flashpoint.paths import shared_dir  # noqa: E402
from flashpoint.pipeline import build_pipeline  # noqa: E402

NAME = "genre-v1"
LEAD_TOKENS = 40
# the corpora's categories as the model's classes (sense.GENRES)
CLASS_OF = {"bbc/politics": "news", "ag/World": "news", "bbc/sport": "sport", "ag/Sports": "sport",
            "bbc/business": "business", "ag/Business": "business", "bbc/tech": "tech", "ag/Sci/Tech": "tech",
            "bbc/entertainment": "arts"}


def matrix(rows: list[list[str]]):
    from scipy.sparse import csr_matrix

    indptr, indices = [0], []
    for feats in rows:
        idx = np.unique(hashed(feats, GENRE_BITS))
        indices.extend(idx.tolist())
        indptr.append(len(indices))
    return csr_matrix((np.ones(len(indices), dtype=np.float32), indices, indptr), shape=(len(rows), 1 << GENRE_BITS))


def main(argv: list[str] | None = None) -> int:
    from sklearn.linear_model import LogisticRegression

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=None)
    ap.add_argument("--out", type=Path, default=MODEL_DIR / f"{NAME}.npz")
    args = ap.parse_args(argv)
    shared = args.shared or shared_dir()
    if shared is None:
        sys.exit("../shared not found (use --shared or FLASHPOINT_SHARED)")
    tok = build_pipeline().make_doc  # the pipeline's tokenizer: the tokens the model reads at run time
    items = [it for it in news_items(shared) if it.group in CLASS_OF]
    docs = [tok(it.text) for it in items]
    feats = [article_features(d) for d in docs]
    # each BBC article's opening (headline and first words) as a short item too, so that a short text of the arts
    # has examples as short as AG News's items
    short = [(it, article_features(d[:LEAD_TOKENS])) for it, d in zip(items, docs) if it.corpus == "bbc"]
    kinds = [it.corpus for it in items] + ["bbc-lead"] * len(short)
    items += [it for it, _ in short]
    feats += [f for _, f in short]
    y_all = np.array([GENRES.index(CLASS_OF[it.group]) for it in items])
    # BBC articles are what the model reads at run time (whole articles); AG items are short
    w_all = np.array([1.0] * (len(items) - len(short)) + [0.5] * len(short))
    tune = np.array([it.part == TUNE for it in items])
    X_all = matrix(feats)
    X, y, w = X_all[tune], y_all[tune], w_all[tune]
    print(f"genre model: {len(y)} tune items ({', '.join(f'{g} {int((y == i).sum())}' for i, g in enumerate(GENRES))})")
    # an article and its opening stay in one fold
    from sklearn.model_selection import GroupKFold
    keys = np.array([it.key for it, t in zip(items, tune) if t])
    folds = list(GroupKFold(n_splits=5).split(X, y, keys))
    best = None
    for C in (1.0, 4.0, 16.0):
        pred = np.zeros(len(y), dtype=int)
        for tr, te in folds:
            m = LogisticRegression(C=C, max_iter=3000, class_weight="balanced")
            m.fit(X[tr], y[tr], sample_weight=w[tr])
            pred[te] = m.predict(X[te])
        acc = float((pred == y).mean())
        print(f"  C={C:<5} out-of-fold accuracy {acc:.3f}")
        if best is None or acc > best[0]:
            best = (acc, C, pred)
    _, C, pred = best
    groups = np.array([k for k, t in zip(kinds, tune) if t])
    for corpus in ("bbc", "bbc-lead", "ag"):
        for i, g in enumerate(GENRES):
            sel = (groups == corpus) & (y == i)
            if sel.any():
                print(f"    tune out-of-fold {corpus}/{g:<9} {float((pred[sel] == i).mean()):.3f} (n={int(sel.sum())})")
    m = LogisticRegression(C=C, max_iter=3000, class_weight="balanced")
    m.fit(X, y, sample_weight=w)
    held = ~tune
    hp = m.predict(X_all[held])
    hy, hc = y_all[held], np.array([k for k, t in zip(kinds, held) if t])
    for corpus in ("bbc", "bbc-lead", "ag"):
        sel = hc == corpus
        print(f"  held-out accuracy {corpus}: {float((hp[sel] == hy[sel]).mean()):.3f} (n={int(sel.sum())})")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.out, name=np.array(NAME), weights=m.coef_.T.astype(np.float16),
                        bias=m.intercept_.astype(np.float32), genres=np.array(GENRES), bits=np.array(GENRE_BITS),
                        C=np.array(C), cv_accuracy=np.array(best[0]))
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
