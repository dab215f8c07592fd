"""Throughput of the shipped NLP pipeline on news text, beside spaCy's blank English tokenizer.

    .venv/bin/python bench/nlp_speed.py [--shared ../shared] [--repeats 2]

Text: the BBC politics articles (2004-2005) in ../shared/data/news/bbc-fulltext-2004-2005/bbc.jsonl
(title + body, one document each). Reports tokens per second, best of --repeats, for the full trained
pipeline (flashpoint.nlp.model.load_model: model components only, no extraction components) with
its default matrix backend (NumPy's BLAS, one thread per process), the same with thinc's BLIS
(`[nlp] matmul = "blis"`), and the blank tokenizer, each with 1 and 2 processes, in the same run.
Prints a table, then one JSON line.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BBC = Path("data/news/bbc-fulltext-2004-2005/bbc.jsonl")


def politics_texts(shared: Path) -> list[str]:
    path = shared / BBC
    if not path.is_file():
        sys.exit(f"error: BBC articles not found at {path} (pass --shared PATH)")
    rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    return [r["title"] + "\n\n" + r["text"] for r in rows if r.get("category") == "politics"]


def tokens_per_second(nlp, texts: list[str], n_process: int, repeats: int) -> tuple[int, float, float]:
    """(tokens, tokens per wall-clock second, tokens per CPU second of this process), best of `repeats`.
    The CPU-time figure is meaningful for one process only: it shows the speed of one core when other
    jobs share the machine (with 2 processes the work happens in child processes)."""
    best = best_cpu = None
    n_tokens = 0
    for _ in range(repeats):
        t0, c0 = time.perf_counter(), time.process_time()
        n_tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=32, n_process=n_process))
        dt, dc = time.perf_counter() - t0, time.process_time() - c0
        best = dt if best is None or dt < best else best
        best_cpu = dc if best_cpu is None or dc < best_cpu else best_cpu
    return n_tokens, n_tokens / best, n_tokens / max(best_cpu, 1e-9)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--model", type=Path, default=None, help="model directory (default: the shipped one)")
    ap.add_argument("--repeats", type=int, default=2)
    ap.add_argument("--limit", type=int, default=0, help="use only the first N articles (smoke runs)")
    args = ap.parse_args(argv)
    texts = politics_texts(args.shared)
    if args.limit:
        texts = texts[:args.limit]

    import spacy

    from flashpoint.nlp.model import MODEL_DIR, load_model

    model_dir = args.model or MODEL_DIR
    if not (model_dir / "config.cfg").is_file():
        sys.exit(f"error: no trained model at {model_dir} (run `make model`)")
    pipelines = {"pipeline": load_model(model_dir), "pipeline_blis": load_model(model_dir, matmul="blis"),
                 "blank_tokenizer": spacy.blank("en")}
    results = {}
    print(f"{len(texts)} BBC politics articles; best of {args.repeats}")
    print(f"{'pipeline':<18} {'components':<64} {'procs':>5} {'tokens':>8} {'tokens/s':>10} {'per CPU-s':>10}")
    for name, nlp in pipelines.items():
        for n_process in (1, 2):
            n_tokens, tps, cpu_tps = tokens_per_second(nlp, texts, n_process, args.repeats)
            results[f"{name}_{n_process}proc_tokens_per_s"] = round(tps)
            if n_process == 1:
                results[f"{name}_1proc_tokens_per_cpu_s"] = round(cpu_tps)
            results[f"{name}_tokens"] = n_tokens
            comps = ",".join(nlp.pipe_names) or "(tokenizer only)"
            cpu = f"{cpu_tps:>10,.0f}" if n_process == 1 else f"{'-':>10}"
            print(f"{name:<18} {comps:<64} {n_process:>5} {n_tokens:>8} {tps:>10,.0f} {cpu}", flush=True)
    print(json.dumps({"bench": "nlp_speed", "articles": len(texts), "load_average_1min": os.getloadavg()[0],
                      **results}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
