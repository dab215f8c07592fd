"""Evaluate the shipped pipeline on held-out test sets, from raw text.

    .venv/bin/python training/eval_nlp.py [--shared ../shared] [--model PATH]

Prints one JSON line per test set: UD/UNER English-PUD test (news + Wikipedia; never used in training or
model selection) whole and in the two halves of flashpoint.eval.split.part_of by article (newdoc id:
NER rules are tuned on the tune half only), UD/UNER English-EWT test, and CrossNER politics test (NER
only; its labels mapped to PER/ORG/LOC as in training, news_ner.py) in the two halves by sentence id, and
re3d (Syria/Iraq conflict texts from governments and Wikipedia, never trained on; NER only, its names read
by news_ner.read_re3d) in the two halves by document.
Gold sentences are grouped into documents of 10; the pipeline sees only each document's raw text (its
own tokenization and sentence splitting), and spaCy's scorer aligns its tokens to the gold ones, as
`spacy evaluate` does.

The entities scored are those the extraction components read: the model's, corrected by fp_entities
(flashpoint/extract/entities.py: titles, adjectives, treaty names, datelines, the knowledge base's
organisation names) with its packaged settings; `--model-only` scores the model's own.

PUD is printed a second way too ("places as places"): Universal NER tags a country or city standing for
its government or team as ORG ("Russia said", "Australia won"), where Flashpoint keeps it LOC on purpose:
the places component reads LOC (an ORG over a place name hides the place) and the actor coder codes
"Russia" from the knowledge base whatever its NER label. The second scoring relabels the gold ORG spans
that are place names (countries, capitals and places of 100,000 people or more: augment.name_pools()'s
LOC) as LOC; the strict scoring stays the headline figure.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

TRAINING_DIR = Path(__file__).resolve().parent
REPO = TRAINING_DIR.parent
sys.path.insert(0, str(TRAINING_DIR))

import spacy  # noqa: E402
from spacy.tokens import DocBin  # noqa: E402
from spacy.training import Example  # noqa: E402
from spacy.training.converters import conllu_to_docs  # noqa: E402

import corpora  # noqa: E402
import news_ner  # noqa: E402
from shared_path import resolve_shared  # noqa: E402

PACKAGE_MODEL = REPO / "flashpoint" / "nlp" / "en_flashpoint"
TEST_SETS = {
    "pud": ("UD_English-PUD test + UNER English-PUD", "ud-english-pud/en_pud-ud-test.conllu",
            "uner-english-pud/en_pud-ud-test.iob2"),
    "pud-tune": ("UD_English-PUD test + UNER English-PUD, tune half (by article)", "ud-english-pud/en_pud-ud-test.conllu",
                 "uner-english-pud/en_pud-ud-test.iob2"),
    "pud-heldout": ("UD_English-PUD test + UNER English-PUD, held-out half (by article)",
                    "ud-english-pud/en_pud-ud-test.conllu", "uner-english-pud/en_pud-ud-test.iob2"),
    "ewt": ("UD_English-EWT test + UNER English-EWT", "ud-english-ewt/en_ewt-ud-test.conllu",
            "uner-english-ewt/en_ewt-ud-test.iob2"),
}
NER_TEST_SETS = {  # NER-only test sets: key -> (name, file, part of flashpoint.eval.split)
    "crossner-tune": ("CrossNER politics test, tune half", "crossner-politics/test.jsonl", "tune"),
    "crossner-heldout": ("CrossNER politics test, held-out half", "crossner-politics/test.jsonl", "held-out"),
    "re3d-tune": ("re3d (Syria/Iraq conflict texts), tune half (by document)", "re3d", "tune"),
    "re3d-heldout": ("re3d (Syria/Iraq conflict texts), held-out half (by document)", "re3d", "held-out"),
}


PARTS = {"pud-tune": "tune", "pud-heldout": "held-out"}


def gold_docs(shared: Path, key: str, work: Path, vocab) -> list:
    """Gold documents of 10 sentences, in the model's vocab (the scorer looks up strings there); for a
    half, the sentences of the articles (newdoc ids) in that part of flashpoint.eval.split.part_of."""
    _, conllu, iob2 = TEST_SETS[key]
    merged = work / f"{key}-test.conllu"
    corpora.merge_uner(shared / "corpora" / conllu, shared / "corpora" / iob2, merged)
    text = merged.read_text(encoding="utf-8")
    if key in PARTS:
        text = sentences_of_part(text, PARTS[key])
    docs = conllu_to_docs(text, n_sents=10, no_print=True)
    return list(DocBin(docs=docs).get_docs(vocab))


def sentences_of_part(conllu: str, part: str) -> str:
    """The CoNLL-U sentences of the documents (`# newdoc id`) in `part`, in file order."""
    from flashpoint.eval.split import part_of

    keep, doc_id = [], ""
    for block in conllu.strip("\n").split("\n\n"):
        for line in block.split("\n"):
            if line.startswith("# newdoc id = "):
                doc_id = line[14:].strip()
        if part_of(doc_id) == part:
            keep.append(block)
    return "\n\n".join(keep) + "\n\n"


def crossner_gold(shared: Path, key: str, vocab) -> list:
    """CrossNER test sentences of one half (by sentence id), 10 to a document."""
    from flashpoint.eval.split import part_of

    _, path, part = NER_TEST_SETS[key]
    ids = [json.loads(line)["id"] for line in open(shared / "corpora" / path, encoding="utf-8")]
    sents = news_ner.read_crossner(shared / "corpora" / path)
    return news_ner.sentences_to_docs([s for i, s in zip(ids, sents) if part_of(i) == part], vocab)


def re3d_gold(shared: Path, key: str, nlp) -> list:
    """re3d documents of one half (by document id), whole, with their names (news_ner.read_re3d) as entities
    on the pipeline's own tokens (a name cut inside a token takes the whole token), and the tokens of its
    other mentions outside the names missing (the scorer ignores an entity found over them)."""
    from flashpoint.eval.split import part_of
    from spacy.util import filter_spans

    _, path, part = NER_TEST_SETS[key]
    docs = []
    for doc_id, text, ents, other in news_ner.read_re3d(shared / "corpora" / path):
        if part_of(doc_id) != part:
            continue
        doc = nlp.make_doc(text)
        names = filter_spans([s for s in (doc.char_span(s, e, label=label, alignment_mode="expand")
                                          for s, e, label in ents) if s is not None])
        named = {i for s in names for i in range(s.start, s.end)}
        unknown = {i for s, e in other for t in [doc.char_span(s, e, alignment_mode="expand")] if t is not None
                   for i in range(t.start, t.end)} - named
        doc.set_ents(names, missing=[doc[i:i + 1] for i in sorted(unknown)], default="outside")
        docs.append(doc)
    return docs


def _pct(x) -> float | None:
    return None if x is None else round(100 * x, 1)


def evaluate(nlp, docs: list, name: str) -> dict:
    examples = [Example(nlp.make_doc(d.text), d) for d in docs]
    t0 = time.time()
    s = nlp.evaluate(examples, batch_size=32)
    seconds = time.time() - t0
    per_type = {label: _pct(v["f"]) for label, v in sorted((s.get("ents_per_type") or {}).items())}
    return {
        "set": name, "docs": len(docs), "tokens": sum(len(d) for d in docs),
        "TOK": _pct(s.get("token_acc")), "TAG": _pct(s.get("tag_acc")), "POS": _pct(s.get("pos_acc")),
        "LEMMA": _pct(s.get("lemma_acc")), "UAS": _pct(s.get("dep_uas")), "LAS": _pct(s.get("dep_las")),
        "SENT_F": _pct(s.get("sents_f")), "ENTS_P": _pct(s.get("ents_p")), "ENTS_R": _pct(s.get("ents_r")),
        "ENTS_F": _pct(s.get("ents_f")), "ENTS_F_PER_TYPE": per_type, "seconds": round(seconds, 1),
    }


def load(model: Path, model_only: bool = False):
    """The model, and unless `model_only` the fp_entities corrections after it, as the pipeline runs them."""
    nlp = spacy.load(model)
    if not model_only:
        import flashpoint.extract  # noqa: F401  (registers fp_entities)
        from flashpoint.settings import component_defaults

        nlp.add_pipe("fp_entities", config=component_defaults("fp_entities"))
    return nlp


def places_as_places(docs: list, place_names: set[str]) -> list:
    """The gold docs with their ORG spans that are place names relabelled LOC (metonymy scored as places)."""
    from spacy.tokens import Span

    for doc in docs:      # only those spans set: tokens of missing annotation (re3d) stay missing
        doc.set_ents([Span(doc, e.start, e.end, label="LOC") for e in doc.ents
                      if e.label_ == "ORG" and e.text in place_names], default="unmodified")
    return docs


def evaluate_all(model: Path, shared: Path, work: Path | None = None, model_only: bool = False) -> dict:
    import augment

    nlp = load(model, model_only)
    places = set(augment.name_pools()["LOC"])
    with tempfile.TemporaryDirectory() as tmp:
        w = Path(work) if work else Path(tmp)
        w.mkdir(parents=True, exist_ok=True)
        scores = {key: evaluate(nlp, gold_docs(shared, key, w, nlp.vocab), TEST_SETS[key][0]) for key in TEST_SETS}
        for key in ("pud", "pud-tune", "pud-heldout"):
            docs = places_as_places(gold_docs(shared, key, w, nlp.vocab), places)
            row = evaluate(nlp, docs, TEST_SETS[key][0] + ", places as places")
            scores[key + "-places"] = {k: v for k, v in row.items() if k.startswith(("set", "docs", "tokens", "ENTS"))}
    for key, (name, _, _) in NER_TEST_SETS.items():
        gold = re3d_gold(shared, key, nlp) if key.startswith("re3d") else crossner_gold(shared, key, nlp.vocab)
        row = evaluate(nlp, gold, name)
        scores[key] = {k: v for k, v in row.items() if k not in ("TAG", "POS", "LEMMA", "UAS", "LAS", "SENT_F")}
        if key.startswith("re3d"):     # re3d, like PUD, tags a country acting as ORG ("The UK is committed")
            row = evaluate(nlp, places_as_places(gold, places), name + ", places as places")
            scores[key + "-places"] = {k: v for k, v in row.items() if k.startswith(("set", "docs", "tokens", "ENTS"))}
    return scores


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=None, help="the shared reference folder (default: ../shared)")
    ap.add_argument("--model", type=Path, default=PACKAGE_MODEL)
    ap.add_argument("--model-only", action="store_true", help="score the model's entities without fp_entities")
    args = ap.parse_args(argv)
    shared = resolve_shared(args.shared)
    if not (args.model / "config.cfg").is_file():
        sys.exit(f"error: no trained model at {args.model} (run `make model`)")
    for line in evaluate_all(args.model, shared, model_only=args.model_only).values():
        print(json.dumps(line), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
