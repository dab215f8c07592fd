"""List the pipeline's entity errors of one label on the TUNE halves of PUD, re3d and CrossNER, by class.

    .venv/bin/python training/ner_errors.py [--label ORG] [--set pud-tune|re3d-tune|crossner-tune] [--model-only]

Classes for each gold entity of the label: right; found with another label (as LOC / as PER); boundary
(an entity of the pipeline overlaps it with other ends: cut or too long); missed (nothing overlaps it).
Then the pipeline's entities of the label that match no gold entity: false, or over a gold entity of
another label. Only tune halves: the held-out halves are scored as figures (eval_nlp.py), never listed.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path

TRAINING_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(TRAINING_DIR))

import eval_nlp  # noqa: E402
from shared_path import resolve_shared  # noqa: E402

TUNE_SETS = ("pud-tune", "re3d-tune", "crossner-tune")


def errors(nlp, gold_docs, label: str) -> tuple[Counter, list[tuple[str, str, str]]]:
    counts, rows = Counter(), []
    for gold in gold_docs:
        doc = nlp(gold.text)
        pred = {(e.start_char, e.end_char): e.label_ for e in doc.ents}
        gold_spans = {(e.start_char, e.end_char): e.label_ for e in gold.ents}
        unknown = [(t.idx, t.idx + len(t)) for t in gold if t.ent_iob == 0]     # re3d's other mentions
        text = gold.text

        def ctx(s, e, text=text):
            return text[max(0, s - 50):s].replace("\n", " ") + "[[" + text[s:e] + "]]" + text[e:e + 40].replace("\n", " ")

        for (s, e), g in gold_spans.items():
            if g != label:
                continue
            if pred.get((s, e)) == label:
                counts["right"] += 1
                continue
            if (s, e) in pred:
                cls = "as " + pred[(s, e)]
            else:
                over = [(ps, pe, pl) for (ps, pe), pl in pred.items() if ps < e and s < pe]
                cls = "boundary" if over else "missed"
                if over:
                    cls += " " + ",".join(f"{text[ps:pe]!r}/{pl}" for ps, pe, pl in over)
            counts[cls.split()[0] + (" " + cls.split()[1] if cls.startswith("as") else "")] += 1
            rows.append((cls.split(" ", 1)[0] if not cls.startswith("as") else cls, ctx(s, e), cls))
        for (s, e), p in pred.items():
            if p != label or gold_spans.get((s, e)) == label or any(us < e and s < ue for us, ue in unknown):
                continue
            over = [(gs, ge, gl) for (gs, ge), gl in gold_spans.items() if gs < e and s < ge]
            if any(gl == label for *_, gl in over):
                continue        # counted as boundary above
            cls = "false" if not over else "false, gold " + ",".join(f"{text[gs:ge]!r}/{gl}" for gs, ge, gl in over)
            counts["false" if not over else "false over other"] += 1
            rows.append(("false", ctx(s, e), cls))
    return counts, rows


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=None)
    ap.add_argument("--label", default="ORG")
    ap.add_argument("--set", choices=TUNE_SETS, action="append")
    ap.add_argument("--model-only", action="store_true")
    ap.add_argument("--places", action="store_true", help="gold ORG place names as LOC (eval_nlp's places as places)")
    args = ap.parse_args(argv)
    shared = resolve_shared(args.shared)
    nlp = eval_nlp.load(eval_nlp.PACKAGE_MODEL, args.model_only)
    with tempfile.TemporaryDirectory() as tmp:
        for key in args.set or TUNE_SETS:
            gold = (eval_nlp.re3d_gold(shared, key, nlp) if key.startswith("re3d")
                    else eval_nlp.crossner_gold(shared, key, nlp.vocab) if key.startswith("crossner")
                    else eval_nlp.gold_docs(shared, key, Path(tmp), nlp.vocab))
            if args.places:
                import augment

                gold = eval_nlp.places_as_places(gold, set(augment.name_pools()["LOC"]))
            counts, rows = errors(nlp, gold, args.label)
            print(f"## {key} {args.label}: " + ", ".join(f"{k} {v}" for k, v in counts.most_common()))
            for cls, context, detail in sorted(rows):
                print(f"{cls:10s} {context}    <{detail}>")
    return 0


if __name__ == "__main__":
    sys.exit(main())
