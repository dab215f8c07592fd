"""How well Flashpoint reads claims: figures, quotes and time expressions against the gold sets.

    .venv/bin/python bench/claims.py [--model PATH] [--misses]
    .venv/bin/python bench/claims.py --rules-only      # blank tokenizer + sentencizer, no parse, no NER

Prints, for each set, the share of gold items extracted right (figures: value, hedge, category
and claimant; quotes: found, speaker and direct/reported; dates: resolved date and end), the
extra items predicted, per-field tallies (subject, actor, scope, via) and the shares per gold
batch. ``--misses`` lists every miss, for work on the rules.

The quote gold also holds 170 quotes annotated on BBC politics/business and AG News World sentences
(issue 18), split by ``part_of`` of the article id before any tuning into "tune" and "held-out"; for
them the table "quotes by part" prints, side by side, the right speaker for direct and for indirect
(reported, partial, colon, headline, "according to") quotes and the precision of the quote records
(targets on held-out: 0.90, 0.75, 0.95). ``--misses`` lists the tune part's misses only. A second round of
103 quotes on 66 more passages (mostly direct speech, marked "added": "quo18") was annotated before any run,
and a third of 199 quotes (93 direct) on 57 passages of BBC politics, business and entertainment and AG
News World items nobody had used ("quo19": split around their frame, over paragraphs, pronoun and
title speakers, organisations, and rows of scare quotes and titles that hold no quote); a fourth ("tq20") and
a fifth ("quo21": 76 quotes, 44 direct, on ten unused BBC politics, business, entertainment and sport
passages rich in multi-paragraph, split, colon, nested and "according to" quotes, annotated by reading
before any run) follow; a sixth ("quo22": 137 quotes, 87 direct, on ten unused BBC sport, politics, entertainment
and business passages thick with quotes running on over paragraphs with no frame of their own, split
frames, "told the BBC", "in a statement", partial quotes inside reported clauses and organisation sources,
annotated by reading before any run); a seventh ("quo23": 98 quotes, 55 direct, on twelve unused BBC sport, entertainment,
politics, business and tech and AG News World items: pronoun speakers across sentences, quotes running on over
paragraphs, "he added", colon frames, speakers after the quote, annotated by reading before any run) and an eighth
("quo24": 101 quotes, 42 direct, on twelve unused BBC passages of all five classes and seven AG News World items:
organisations by their whole name, "in a statement", "according to" a person, a survey or analysts, newspapers
as sources, plural "they said", headlines with the speaker after a colon or "Says", annotated by reading before any
run) and a ninth ("quo26": 149 quotes, 76 direct, on thirteen unused BBC articles of all five classes and twenty-four
AG News World items: quotes running on over sentences and paragraphs with no frame of their own, pronoun and title
speakers ("the 30-year-old", "the Tory leader"), colon frames, headline speakers, "according to", annotated by reading
before any run) follow; a tenth ("quo27": 104 quotes, 57 direct, on thirteen unused BBC articles of all five classes and
four AG News World items, annotated by reading before any run) is the fresh judge of the speaker ranker
(extract/claims/speaker_model.py), which is trained on the tune part of the nine rounds before it and never on
quo27; an eleventh ("quo28": 149 quotes, 64 direct, on eighteen unused BBC politics, business and entertainment
articles and twelve AG News World items, five of which hold only scare quotes, titles or nicknames, annotated by reading
before any run) is the fresh judge of the quote changes after it; a twelfth ("quo29": 182 quotes, 86 direct, on eleven
unused BBC sport, tech, entertainment, business and politics articles thick with speech running on over sentences and
paragraphs with no frame of their own, "the Dutchman", "the 36-year-old" and other title speakers, spokesmen and
spokeswomen, organisations, reports and polls, annotated by reading before any run, its held-out half scored only at
the end) judges the changes after it; a thirteenth ("quo34": 221 quotes, 102 direct, on seventeen unused BBC articles
of all five classes and thirty AG News World items: speech running on over paragraphs, pronoun and title speakers
("the tournament debutant", "the Waterford man"), opening participle clauses, spokesmen for a person, organisations,
"according to" a report, headline and colon quotes, annotated by reading before any run) was the fresh set the
changes after it were found on, both halves read, so its held-out half is no unseen judge; the rounds are also printed
apart.

The gold rows are hand-written news-style sentences (conflict and politics wire copy, none from
the example article). Batches: "dev" rows are the ones the rules were tuned on; "heldout-1" rows
were written afterwards and first scored as written at 19/27 figures and 18/21 quotes (70%, 86%)
before the rules were extended; "heldout-2" rows were written last and first scored at 14/16
figures (two counts the annotation had missed were then added) and 13/13 quotes; the dates
"heldout-1" rows scored 12/12 as written. The "actor" tally depends on the actors component
coding demonyms ("Russian soldiers" -> RUS); with recognised names only it stays low.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from flashpoint.eval import GOLD_DIR  # noqa: E402
from flashpoint.eval.claims import (gold_inputs, score_dates, score_figures, score_quote_parts,  # noqa: E402
                                    score_quotes)
from flashpoint.eval.shared_text import GoldError, read_gold  # noqa: E402
from flashpoint.paths import shared_dir  # noqa: E402
from flashpoint.pipeline import build_pipeline, extract_records, load_config  # noqa: E402

DATA = GOLD_DIR
# the quote gold's annotation rounds on BBC and AG News: (label, the rows' "added" field)
ROUNDS = (("first round", None), ("second round (added quo18)", "quo18"), ("third round (added quo19)", "quo19"),
          ("fourth round (added tq20)", "tq20"), ("fifth round (added quo21)", "quo21"),
          ("sixth round (added quo22)", "quo22"), ("seventh round (added quo23)", "quo23"),
          ("eighth round (added quo24)", "quo24"), ("ninth round (added quo26)", "quo26"),
          ("tenth round (added quo27)", "quo27"),
          ("eleventh round (added quo28)", "quo28"), ("twelfth round (added quo29)", "quo29"),
          ("thirteenth round (added quo34)", "quo34"))


def rules_only_pipeline(config):
    """spaCy's blank English tokenizer and rule sentencizer with the extraction components."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    for name in config["pipeline"]["components"]:
        nlp.add_pipe(name, config=dict(config["components"].get(name) or {}))
    return nlp


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", help="spaCy model directory (default: the shipped one)")
    ap.add_argument("--misses", action="store_true", help="list every miss")
    ap.add_argument("--rules-only", action="store_true", help="no trained model: what the rules do alone")
    ap.add_argument("--speaker-model", default=None,
                    help="the speaker ranker of fp_quotes by name or path ('' for none: the frame rules alone)")
    args = ap.parse_args(argv)
    try:
        gold = {name: read_gold(DATA / f"{name}_gold.jsonl", shared_dir()) for name in ("figures", "quotes")}
    except GoldError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    overrides = {"nlp.model": args.model} if args.model else {}
    if args.speaker_model is not None:
        overrides["components.fp_quotes.speaker_model"] = args.speaker_model
    config = load_config(overrides=overrides or None)
    t0 = time.perf_counter()
    nlp = rules_only_pipeline(config) if args.rules_only else build_pipeline(config)
    print(f"pipeline: {', '.join(nlp.pipe_names)} (loaded in {time.perf_counter() - t0:.1f}s)")
    scores = []
    for name, scorer in (("figures", score_figures), ("quotes", score_quotes)):
        rows = gold[name]
        t0 = time.perf_counter()
        results = list(extract_records(nlp, gold_inputs(rows)))
        scores.append(scorer(rows, results))
        if name == "quotes":
            parts = score_quote_parts(rows, results)
            # each annotation round apart: the first (no "added"), then the rows each later round added
            rounds = {}
            for label, added in ROUNDS:
                pairs = [(r, rec) for r, rec in zip(rows, results) if r.get("added") == added]
                rounds[label] = score_quote_parts([r for r, _ in pairs], [rec for _, rec in pairs])
        print(f"  ({len(rows)} texts in {time.perf_counter() - t0:.1f}s)")
    scores.append(score_dates(read_gold(DATA / "dates_gold.jsonl")))
    # a held-out row's misses are never listed: only its figures are printed
    held_out = tuple(f"{r['id']}:" for r in gold["quotes"] if r.get("batch") == "held-out")
    for s in scores:
        print(s.line())
        if args.misses:
            for m in s.misses:
                if not (s.name == "quotes" and m.startswith(held_out)):
                    print("   ", m)
    print(parts.table())
    for label, p in rounds.items():
        print(f"{label}:\n" + p.table().split("\n", 1)[1])
    if args.misses:
        for m in parts.misses.get("tune", []):
            print("    tune", m)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
