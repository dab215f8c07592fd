"""Train the target-head model (flashpoint/extract/events/target_model.py) on the tune half of the
ConfliBERT source/target spans, and write its weights to flashpoint/extract/events/data/target_heads.json.

    .venv/bin/python scripts/train_target_heads.py            # needs ../shared and scikit-learn

For each tune sentence with a gold target (or reciprocal) span, the pipeline's main event (bench/events.py
`strongest`) gives the verb; every candidate noun head of the sentence is an example, labelled by whether
it lies inside a gold target span. The held-out half (bench/_split.py) is never read here. Prints the
5-fold cross-validated log loss and accuracy on the tune half.
"""

from __future__ import annotations

import datetime
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from _split import part_of  # noqa: E402
from events import docs_for, strongest  # noqa: E402

from flashpoint.extract.events import target_model  # noqa: E402
from flashpoint.extract.events.arguments import MentionIndex  # noqa: E402
from flashpoint.paths import shared_dir  # noqa: E402
from flashpoint.pipeline import build_pipeline  # noqa: E402
from flashpoint.settings import load_config  # noqa: E402

NAME = "target-heads-1"


def gold_char_spans(row: dict) -> list[tuple[int, int]]:
    """Character spans of the gold target/reciprocal spans in the row's space-joined text."""
    starts, pos = [], 0
    for tok in row["tokens"]:
        pos = row["text"].find(tok, pos)
        starts.append((pos, pos + len(tok)))
        pos += len(tok)
    return [(starts[s["start_tok"]][0], starts[s["end_tok"] - 1][1]) for s in row["spans"]
            if s["role"] in ("target", "reciprocal")]


def main() -> None:
    # scikit-learn is a training dependency only (pyproject's "train" extra): imported here
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import cross_validate

    shared = shared_dir()
    if shared is None:
        sys.exit("train_target_heads: ../shared not found (set FLASHPOINT_SHARED)")
    rows = [json.loads(line) for line in (shared / "data/cameo-conflibert/cameo_ner_train.jsonl").read_text().splitlines()]
    rows = [r for r in rows if part_of(r["id"]) == "tune" and any(s["role"] != "source" for s in r["spans"])]
    config = load_config()
    config["components"]["fp_events"]["target_model"] = False  # what the rules leave, without the model
    nlp = build_pipeline(config)
    docs = docs_for(nlp, [r["text"] for r in rows], datetime.date(2018, 1, 1))
    X, y = [], []
    for r, doc in zip(rows, docs):
        ev = strongest(doc, doc._.fp_events or [])
        if ev is None:
            continue
        verb = next((t for t in doc if t.text == ev.verb and ev.evidence.start <= t.idx < ev.evidence.end), None)
        if verb is None:
            continue
        gold = gold_char_spans(r)
        index = MentionIndex(doc, list(doc._.fp_actor_mentions or []))
        src = set()
        if ev.source is not None and ev.source.text:
            at = doc.text.find(ev.source.text)
            src = {t.i for t in doc if at >= 0 and at <= t.idx < at + len(ev.source.text)}
        for tok in target_model.candidates(verb.sent, verb, src):
            X.append({f: 1 for f in target_model.features(verb, tok, ev.code, index.at)})
            y.append(int(any(a <= tok.idx < b for a, b in gold)))
    vec = DictVectorizer()
    Xv = vec.fit_transform(X)
    clf = LogisticRegression(C=0.5, max_iter=2000)
    cv = cross_validate(clf, Xv, y, cv=5, scoring=("neg_log_loss", "accuracy"))
    print(f"train_target_heads: {len(y)} candidates ({sum(y)} in a gold target) from {len(rows)} tune sentences; "
          f"5-fold log loss {-cv['test_neg_log_loss'].mean():.3f}, accuracy {cv['test_accuracy'].mean():.3f}")
    clf.fit(Xv, y)
    weights = {name: round(float(w), 4) for name, w in zip(vec.get_feature_names_out(), clf.coef_[0]) if abs(w) > 1e-4}
    out = {"name": NAME, "trained_on": "cameo-conflibert cameo_ner_train.jsonl, tune half (bench/_split.py)",
           "examples": len(y), "threshold": 0.5, "intercept": round(float(clf.intercept_[0]), 4), "weights": weights}
    target_model.MODEL_PATH.parent.mkdir(parents=True, exist_ok=True)
    target_model.MODEL_PATH.write_text(json.dumps(out, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"train_target_heads: {len(weights)} weights -> {target_model.MODEL_PATH.relative_to(REPO)}")


if __name__ == "__main__":
    main()
