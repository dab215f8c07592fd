"""Train the sense veto of material-conflict events (flashpoint/extract/events/sense.py).

    PYTHONPATH=<scikit-learn> .venv/bin/python training/train_sense.py [--shared ../shared] [--out PATH]
    make sense-model                        # the same, with scikit-learn installed from the [train] extra

Reads only the TUNE parts (flashpoint/eval/splits.py) of:
- ConfliBERT CAMEO sentences (data/cameo-conflibert/cameo_class_train.jsonl): a candidate event is
  real material conflict when the sentence's PentaClass is 4 (or 3 for root 16, the labels' convention);
- PLOVER gold sentences (data/plover/plover_gsr_cameo.jsonl): real when the gold type is a
  material-conflict type (PROTEST, MOBILIZE, SANCTION, COERCE, ASSAULT, FIGHT);
- NGEC synthetic stories (data/plover/ngec_synthetic_events_2023-10-19.jsonl), weighted down to a
  tenth as the label is the story's, not the sentence's: real in stories of those types, not in
  cooperative ones (CONSULT, AGREE, ...), which still tell of violence in their background;
- AG News test (Sports, Business, Sci/Tech) and BBC (sport, business, tech, entertainment) items
  (data/news/): every material-conflict event the coder finds there is a negative — violent verbs
  in non-violent senses ("Brazil beat Haiti", "fighting off Greece in the final", "shares plunged");
- BBC politics articles and the AG News World items that tell of disasters and accidents, hand-labelled
  event by event (training/data/*_labels.jsonl: ids and sentence hashes, no text; `politics_labels`):
  a literal, physical sense against a figurative one ("attacked the plans"), or harm a storm, a quake
  or a crash did.
The candidates are exactly what the veto sees at run time: the events in roots 14-20 that fp_events
codes without the veto, with the features sense.py computes.

The article model is trained on the same tune parts: AG News and BBC items (sport, business, tech,
entertainment against world news and politics) and the gold sentences and stories (political news).
Both are L2 logistic regressions (scikit-learn) over hashed features; C is chosen by grouped 5-fold
cross-validation (events of one article stay in one fold), and the combination of the two is a
logistic regression on their out-of-fold logits. Prints the cross-validated figures on the tune part per
threshold, then those of the whole veto as fp_events runs it (the rules that drop a candidate whatever
its score, the genre frame and the bars of default_config.cfg: sense.veto_facts, recorded per candidate)
on the out-of-fold scores: material-conflict events kept per 100 non-conflict items, each kept one
listed. That is the honest tune figure; bench/events_precision.py's tune figure is in-sample, and the
held-out parts are for it alone.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import sys
import time
import zlib
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import numpy as np  # noqa: E402

from flashpoint.eval.news import CONFLIBERT_CLASS, NON_CONFLICT, PLOVER_GOLD, gold_rows, news_items  # noqa: E402
from flashpoint.eval.split import TUNE  # noqa: E402
from flashpoint.extract.events.sense import (MATERIAL_ROOTS, MODEL_DIR, N_BITS, article_features,  # noqa: E402
                                             SenseVeto, clip_article, hashed, sentence_features,
                                             veto_facts)
from flashpoint.paths import shared_dir  # noqa: E402
from flashpoint.pipeline import build_pipeline  # noqa: E402
from flashpoint.settings import load_config  # noqa: E402
from flashpoint.records import Article  # noqa: E402

NAME = "sense-v2"
NGEC = Path("data/plover/ngec_synthetic_events_2023-10-19.jsonl")
MATERIAL_PLOVER = {"PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT", "FIGHT"}
CALM_PLOVER = {"CONSULT", "COOPERATE", "AID", "AGREE", "SUPPORT", "CONCEDE", "REQUEST"}
NGEC_WEIGHT = 0.1
BBC_POLITICS_LABELS = REPO / "training" / "data" / "bbc_politics_tune_labels.jsonl"


def short_id(key: str) -> str:
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


class Recorder:
    """Stands in for the veto while the pipeline runs: keeps every event and records the features
    of each candidate (root 14-20), as sense.SenseVeto.check would compute them."""

    def __init__(self):
        self.rows: list[dict] = []

    def check(self, doc, ce, ev) -> bool:
        if ev.root in MATERIAL_ROOTS:
            facts = veto_facts(doc, ce, ev)
            self.rows.append({"doc": doc._.fp_article.id, "root": ev.root, "code": ev.code, "rule": ev.rule,
                              "verb": doc[ce.verb].lemma_.lower(), "sentence": ce.sentence.text,
                              "feats": sentence_features(doc, ce.sentence, doc[ce.verb], ev.root, facts.source_code,
                                                         facts.target_code, ev.sentence, facts.harm),
                              "harm": facts.harm, "across": facts.across, "ruled_out": facts.ruled_out,
                              "framed": facts.framed, "genre_words": facts.genre_words,
                              "source_code": facts.source_code, "target_code": facts.target_code})
        return True


def survives(veto: SenseVeto, r: dict, score: float, article_logit: float) -> bool:
    """Whether the whole veto (sense.SenseVeto.check: its rules, the genre frame, the bar) keeps a recorded
    candidate with this score and article logit (out of fold: what the veto does on items it never saw)."""
    if r["ruled_out"]:
        return False
    if (article_logit > 0 or r["genre_words"]) and not r["framed"]:
        return False
    return veto.keeps(score, article_logit, r["root"], r["harm"] or r["across"], r["across"])


def split_rows(rows: list[dict], part: str = TUNE) -> list[dict]:
    """The rows of one part of the split (the training script reads only the tune part)."""
    return [r for r in rows if r["part"] == part]


def documents(shared: Path) -> list[dict]:
    """Every tune-part document: {"id", "text", "title", "day", "source", "label" (a function of an
    event's root, or None: no sentence label), "weight", "topic" (1 = not conflict news, 0 = political or
    conflict news, None = not used for the article model)}."""
    docs: list[dict] = []
    for r in split_rows(gold_rows(shared, CONFLIBERT_CLASS)):
        pc = int(r["pentaclass"])
        docs.append({"id": r["id"], "text": r["text"], "title": None, "day": datetime.date(2018, 1, 1),
                     "source": "conflibert", "label": (lambda root, pc=pc: int(pc == 4 or (pc == 3 and root == "16"))),
                     "weight": 1.0, "topic": 0})
    for r in split_rows(gold_rows(shared, PLOVER_GOLD)):
        lab = int(r["event_plover_current"] in MATERIAL_PLOVER)
        docs.append({"id": r["id"], "text": r["text"], "title": None, "day": datetime.date(2000, 1, 1),
                     "source": "plover", "label": (lambda root, lab=lab: lab), "weight": 1.0, "topic": 0})
    for r in split_rows(gold_rows(shared, NGEC)):
        if r["label"] in MATERIAL_PLOVER or r["label"] in CALM_PLOVER:
            lab = int(r["label"] in MATERIAL_PLOVER)
            label = (lambda root, lab=lab: lab)
        else:
            label = None
        docs.append({"id": r["id"], "text": r["text"], "title": None, "day": datetime.date(2023, 1, 1),
                     "source": "ngec", "label": label, "weight": NGEC_WEIGHT, "topic": 0})
    for it in news_items(shared):
        if it.part != TUNE:
            continue
        calm = it.group in NON_CONFLICT
        docs.append({"id": short_id(it.key), "text": it.text, "title": it.title, "day": datetime.date(2004, 6, 1),
                     "source": it.group, "label": (lambda root: 0) if calm else None, "weight": 1.0,
                     "topic": int(calm)})
    return docs


def sentence_key(sentence: str) -> str:
    return hashlib.sha1(" ".join(sentence.split()).encode("utf-8")).hexdigest()[:12]


AG_WORLD_LABELS = REPO / "training" / "data" / "ag_world_tune_labels.jsonl"


def politics_labels() -> dict[tuple[str, str, str], int]:
    """Hand labels of the material-conflict events (roots 14-20) the coder finds in the tune parts of
    BBC politics and of AG News World (the World items whose text tells of a disaster or accident: storms,
    quakes, crashes, mine blasts, beside the attacks among them), keyed by (article, verb lemma, sentence
    hash): the files keep no text. 1 = the verb's literal, physical sense (someone hurt or attacked,
    arrested, a real protest or embargo), 0 = a figurative sense ("attacked the plans", "defeat the
    government"), money ("pounds"), animals, or harm done by a disaster or accident with no attacker."""
    out = {}
    for path, key, to_id in ((BBC_POLITICS_LABELS, "article", short_id), (AG_WORLD_LABELS, "item", str)):
        if path.is_file():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    r = json.loads(line)
                    out[(to_id(r[key]), r["verb"], r["sentence_sha1"])] = int(r["label"])
    return out


def extract(docs: list[dict]) -> tuple[list[dict], dict[str, list[str]]]:
    # the coder without any veto (the model being trained may not exist yet)
    nlp = build_pipeline(load_config(overrides={"components.fp_events.sense_model": ""}))
    recorder = Recorder()
    nlp.get_pipe("fp_events").sense = recorder
    by_id = {d["id"]: d for d in docs}
    art_feats: dict[str, list[str]] = {}

    def gen():
        for d in docs:
            doc = nlp.make_doc(d["text"])
            doc._.fp_article = Article(id=d["id"], title=d["title"], published=d["day"], source=d["source"],
                                       text=d["text"])
            yield doc

    t0 = time.perf_counter()
    for i, doc in enumerate(nlp.pipe(gen(), batch_size=16)):
        art_feats[doc._.fp_article.id] = article_features(doc)
        if (i + 1) % 1000 == 0:
            print(f"  {i + 1}/{len(docs)} documents, {time.perf_counter() - t0:.0f} s", flush=True)
    for r in recorder.rows:
        r["source"] = by_id[r["doc"]]["source"]
    return recorder.rows, art_feats


def matrix(feature_lists: list[list[str]]):
    """Hashed binary features, one row per list."""
    from scipy.sparse import csr_matrix  # scikit-learn's dependency: the [train] extra only

    indptr, indices = [0], []
    for feats in feature_lists:
        idx = np.sort(hashed(feats, N_BITS))
        indices.extend(idx.tolist())
        indptr.append(len(indices))
    data = np.ones(len(indices), dtype=np.float64)
    return csr_matrix((data, np.array(indices), np.array(indptr)), shape=(len(feature_lists), 1 << N_BITS))


def fit_lr(X, y, w, groups, Cs=(0.3, 1.0)):
    """The C with the best grouped 5-fold log loss; returns (model fit on all, out-of-fold logits, C)."""
    # the [train] extra only: the product and its tests run without scikit-learn
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import log_loss
    from sklearn.model_selection import GroupKFold

    folds = list(GroupKFold(n_splits=5).split(X, y, groups))
    best = None
    for C in Cs:
        oof = np.zeros(len(y))
        for tr, te in folds:
            m = LogisticRegression(C=C, solver="liblinear", max_iter=2000, class_weight="balanced")
            m.fit(X[tr], y[tr], sample_weight=w[tr])
            oof[te] = m.decision_function(X[te])
        loss = log_loss(y, 1 / (1 + np.exp(-oof)), sample_weight=w)
        print(f"    C={C:<5} out-of-fold log loss {loss:.4f}")
        if best is None or loss < best[0]:
            best = (loss, C, oof)
    m = LogisticRegression(C=best[1], solver="liblinear", max_iter=2000, class_weight="balanced")
    m.fit(X, y, sample_weight=w)
    return m, best[2], best[1]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=None)
    ap.add_argument("--out", type=Path, default=MODEL_DIR / f"{NAME}.npz")
    ap.add_argument("--cache", type=Path, default=None, help="keep the extracted candidates in this JSON file")
    ap.add_argument("--dump", type=Path, default=None, help="write each candidate's out-of-fold score here")
    args = ap.parse_args(argv)
    shared = args.shared or shared_dir()
    if shared is None:
        sys.exit("error: ../shared not found (pass --shared PATH)")

    docs = documents(shared)
    print(f"train_sense: {len(docs)} tune-part documents: " + ", ".join(
        f"{k} {v}" for k, v in sorted(Counter(d['source'] for d in docs).items())))
    if args.cache and args.cache.is_file():
        cached = json.loads(args.cache.read_text())
        rows, art_feats = cached["rows"], cached["articles"]
    else:
        rows, art_feats = extract(docs)
        if args.cache:
            args.cache.write_text(json.dumps({"rows": rows, "articles": art_feats}))

    # -- the article model -------------------------------------------------------------------------
    by_id = {d["id"]: d for d in docs}
    adocs = [d for d in docs if d["topic"] is not None]
    Xa = matrix([art_feats[d["id"]] for d in adocs])
    ya = np.array([d["topic"] for d in adocs])
    wa = np.array([1.0 if d["source"].startswith(("ag/", "bbc/")) else 0.5 for d in adocs])
    print(f"  article model: {len(adocs)} documents, {int(ya.sum())} not conflict news")
    am, a_oof, a_c = fit_lr(Xa, ya, wa, np.arange(len(adocs)))
    a_oof_by_id = {d["id"]: z for d, z in zip(adocs, a_oof)}

    # -- the sentence model ------------------------------------------------------------------------
    plabels = politics_labels()
    ex = []
    for r in rows:
        d = by_id[r["doc"]]
        lab = plabels.get((r["doc"], r["verb"], sentence_key(r["sentence"])))
        if lab is None and d["source"] in ("bbc/politics", "ag/World"):
            continue  # unlabelled political or world news: no label to learn from
        if lab is None:
            if d["label"] is None:
                continue
            lab = d["label"](r["root"])
        ex.append((r, lab, d["weight"]))
    print(f"  sentence model: {len(ex)} candidate events: " + ", ".join(
        f"{s} {sum(1 for r, l, _ in ex if r['source'] == s and l)}+/{sum(1 for r, l, _ in ex if r['source'] == s and not l)}-"
        for s in sorted({r['source'] for r, _, _ in ex})))
    Xs = matrix([r["feats"] for r, _, _ in ex])
    ys = np.array([lab for _, lab, _ in ex])
    ws = np.array([w for _, _, w in ex])
    groups = np.array([zlib.crc32(r["doc"].encode()) for r, _, _ in ex])
    sm, s_oof, s_c = fit_lr(Xs, ys, ws, groups)

    # -- the combination, on out-of-fold logits ----------------------------------------------------
    from sklearn.linear_model import LogisticRegression  # the [train] extra only

    za = np.array([clip_article(a_oof_by_id.get(r["doc"], 0.0)) for r, _, _ in ex])
    Z = np.column_stack([s_oof, za])
    stacker = LogisticRegression(C=1.0, class_weight="balanced").fit(Z, ys, sample_weight=ws)
    stack = np.array([stacker.coef_[0][0], stacker.coef_[0][1], stacker.intercept_[0]])
    p = 1 / (1 + np.exp(-(Z @ stack[:2] + stack[2])))
    print(f"  combination: {stack[0]:.3f} * sentence + {stack[1]:.3f} * article + {stack[2]:.3f}")
    print("  tune part, out of fold: threshold, real events kept, false events kept (per source)")
    for th in (0.4, 0.5, 0.6, 0.7):
        kept = p >= th
        per = []
        for s in sorted({r["source"] for r, _, _ in ex}):
            m = np.array([r["source"] == s for r, _, _ in ex])
            per.append(f"{s} {int((kept & m & (ys == 1)).sum())}/{int((m & (ys == 1)).sum())}+ "
                       f"{int((kept & m & (ys == 0)).sum())}/{int((m & (ys == 0)).sum())}-")
        print(f"    {th:.1f}: " + "; ".join(per))

    # the whole veto (its rules, the genre frame, the bars of default_config.cfg) on the out-of-fold scores:
    # the honest figure of the tune part (bench/events_precision.py's tune figure is in-sample)
    ev_cfg = load_config()["components"]["fp_events"]
    veto = SenseVeto(None, ev_cfg["sense_threshold"], ev_cfg["sense_floor"], ev_cfg["sense_harmless"],
                     ev_cfg["sense_harm_floor"])
    kept = np.array([survives(veto, r, score, z_a) for (r, _, _), score, z_a in zip(ex, p, za)])
    items = Counter(d["source"] for d in docs)
    print(f"  tune part, out of fold, the whole veto (threshold {veto.threshold}, floor {veto.floor}, harmless "
          f"{veto.harmless}, harm floor {veto.harm_floor}): false events kept per 100 items of the non-conflict "
          "corpora (kept/candidates), real events kept elsewhere")
    per = []
    for s_ in sorted({r["source"] for r, _, _ in ex}):
        m = np.array([r["source"] == s_ for r, _, _ in ex])
        if s_ in NON_CONFLICT:
            per.append(f"{s_} {100 * int((kept & m).sum()) / items[s_]:.1f} ({int((kept & m).sum())}/{int(m.sum())})")
        else:
            per.append(f"{s_} {int((kept & m & (ys == 1)).sum())}/{int((m & (ys == 1)).sum())}+ "
                       f"{int((kept & m & (ys == 0)).sum())}/{int((m & (ys == 0)).sum())}-")
    print("    " + "; ".join(per))
    calm_kept = [(r, score) for (r, _, _), score, k in zip(ex, p, kept) if k and r["source"] in NON_CONFLICT]
    for r, score in calm_kept:
        print(f"    kept {r['source']:<16} {r['code']} {r['source_code'] or '-'} -> {r['target_code'] or '-'} "
              f"{score:.2f} {r['rule']} | {' '.join(r['sentence'].split())[:160]}")

    if args.dump:
        with args.dump.open("w", encoding="utf-8") as f:
            for (r, lab, _), score, zs, z_a, k in zip(ex, p, s_oof, za, kept):
                f.write(json.dumps({"source": r["source"], "label": lab, "score": round(float(score), 3),
                                    "sentence_logit": round(float(zs), 2), "article_logit": round(float(z_a), 2),
                                    "code": r["code"], "rule": r["rule"], "harm": r.get("harm"), "ruled_out": r.get("ruled_out"),
                                    "kept": bool(k),
                                    "sentence": r["sentence"]}) + "\n")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.out, name=np.array(NAME), bits=np.array(N_BITS),
                        sentence_w=sm.coef_[0].astype(np.float16), sentence_b=np.array(sm.intercept_[0]),
                        article_w=am.coef_[0].astype(np.float16), article_b=np.array(am.intercept_[0]),
                        stack=stack, sentence_C=np.array(s_c), article_C=np.array(a_c))
    print(f"train_sense: wrote {args.out} ({args.out.stat().st_size / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
