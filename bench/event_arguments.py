"""Both sides of an event: source and target against annotated spans, and coded dyads on conflict news.

    .venv/bin/python bench/event_arguments.py                 # everything
    .venv/bin/python bench/event_arguments.py spans -v        # one part, listing the misses (tune part only)
    .venv/bin/python bench/event_arguments.py --limit 200

The targets of events the rules leave without one are completed by a model trained on the tune
half of the ConfliBERT spans (flashpoint/extract/events/target_model.py): its tune figure is a
training score; the held-out half and the PLOVER spans are the honest ones.

Every gold file is split before anyone looked at it by a hash of each item's id (bench/_split.py):
the "tune" half is what rules and models were developed on, the "held-out" half is only ever
scored. Each figure is printed for both halves side by side.

- spans: ../shared/data/cameo-conflibert/cameo_ner_train.jsonl (1,153 news sentences with source,
  target and reciprocal spans). The sentence's main event (bench/events.py `strongest`) must have a
  source whose words overlap the gold source span (a reciprocal span counts for either side), and
  a target overlapping the gold target span. Denominator: sentences with such a gold span.
- plover: PLOVER type with source country on ../shared/data/plover/plover_gsr_cameo.jsonl, scored as
  in bench/events.py; and, as the cross-corpus figure, the same span agreement on its gold
  source/target actor texts (nothing was tuned on this file's spans).
- conflict: the share of root 18-20 events with a coded source and a coded target on conflict news
  (printed in two readings: any actor code, and, strictly, a code that says whose side it is: a
  bare role such as REB for "gunmen" or CVL for "villagers" in a story whose country nothing tells
  names a kind of actor, not a side, and ACLED-style gold always names the country; and a third,
  leaving out events an open side of which the snippet names no one for at all, no actor and, for a
  target, no place: "four soldiers were injured when a bomb exploded" has no attacker to code, and
  the records leave an unknown actor's code null. The denominator is our own events, so the measure
  is a precision of sides, not a recall: an event found with one side unknowable lowers it):
  CASE 2021 task 2 snippets whose label is an ACLED violent type (battles, explosions, violence
  against civilians), and BBC politics articles that report violence (a casualty or attack word in
  the text; the selection is by words, not by our events).
- reports: bench/data/violent_reports.jsonl, 20 short violent reports in the style of Indian, African and
  Latin American local news (parties, unions, local police, militias, their supporters), written for this
  bench with their attacker and victim codes annotated before the system ran on them: the share whose root
  18-20 events include one with the gold source (a null gold source: none coded) and a target whose code
  starts with the gold's. Not split: all of it was written and read while tuning (a tune figure).
- fresh, fresh36, fresh37, fresh38, fresh39, fresh41: AG News World items (and, in fresh36, GLOCON sample sentences; in fresh37,
  CASE 2021 mob-violence snippets; in fresh38, CASE 2021 protest-violence snippets and GeoWebNews sentences; in fresh41, GLOCON
  passages of two or three sentences) about attacks, in no gold file,
  their source, target and root annotated before the system ran on them, half kept aside (bench_fresh).
"""

from __future__ import annotations

import argparse
import datetime
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from _split import PARTS, part_of  # noqa: E402
from events import docs_for, source_ok, strongest  # noqa: E402

from flashpoint.codes.agents import COUNTRYLESS_ROLES  # noqa: E402
from flashpoint.extract.events.arguments import is_media  # noqa: E402
from flashpoint.extract.words import REPORTING_VERBS  # noqa: E402
from flashpoint.paths import shared_dir  # noqa: E402

VIOLENT_ACLED = {"Battles", "Explosions/Remote violence", "Violence against civilians"}
# a BBC politics article "reports violence" when it says someone was killed, wounded or attacked
VIOLENT_WORDS = re.compile(r"\b(killed|killing|wounded|injured|bomb(ing|ed|s)?|shot dead|attack(s|ed)? on|"
                           r"air ?strikes?|insurgents?|troops)\b", re.I)
TUNE_ONLY = False  # --tune-only: while developing, print the tune half alone
STOP = {"the", "a", "an", "of", "'s", "its", "their", "his", "her", "and", "in", "on", "to", "for", "'"}


def rows_of(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def words(text: str) -> set[str]:
    return {w for w in re.findall(r"[\w'-]+", text.lower()) if w not in STOP}


def agrees(ref, gold_texts: list[str]) -> bool:
    """The event's actor words overlap a gold span's words (a span is a phrase; heads may differ)."""
    if ref is None or not ref.text:
        return False
    mine = words(ref.text)
    return any(mine & words(g) for g in gold_texts)


class Tally:
    def __init__(self):
        self.n = {p: [0, 0] for p in PARTS}

    def add(self, part: str, ok: bool) -> None:
        self.n[part][0] += ok
        self.n[part][1] += 1

    def cell(self, part: str) -> str:
        a, b = self.n[part]
        return f"{a / b:.3f} ({a}/{b})" if b else "  -  (0/0)"

    def line(self, label: str) -> str:
        parts = PARTS[:1] if TUNE_ONLY else PARTS
        return f"{label:<52} " + "   ".join(f"{p} {self.cell(p):<18}" for p in parts)


def span_agreement(docs, golds: list[tuple[str, list[str], list[str]]], label: str, verbose: bool) -> None:
    src, tgt = Tally(), Tally()
    for doc, (part, gsrc, gtgt) in zip(docs, golds):
        best = strongest(doc, doc._.fp_events or [])
        s = best.source if best is not None and best.source and best.source.text else None
        t = best.target if best is not None else None
        if gsrc:
            src.add(part, agrees(s, gsrc))
        if gtgt:
            tgt.add(part, agrees(t, gtgt))
        if verbose and part == "tune" and ((gsrc and not agrees(s, gsrc)) or (gtgt and not agrees(t, gtgt))):
            got = f"{best.code} {s.text if s else '-'} -> {t.text if t else '-'}" if best else "no event"
            print(f"  MISS S={gsrc} T={gtgt} got [{got}] | {doc.text[:140]}")
    print(src.line(f"{label}: source span agreement"))
    print(tgt.line(f"{label}: target span agreement"))


def bench_spans(nlp, shared: Path, verbose: bool, limit: int | None) -> None:
    rows = rows_of(shared / "data/cameo-conflibert/cameo_ner_train.jsonl")[:limit]
    docs = docs_for(nlp, [r["text"] for r in rows], datetime.date(2018, 1, 1))
    golds = []
    for r in rows:
        sp = r["spans"]
        golds.append((part_of(r["id"]), [s["text"] for s in sp if s["role"] in ("source", "reciprocal")],
                      [s["text"] for s in sp if s["role"] in ("target", "reciprocal")]))
    span_agreement(docs, golds, "conflibert", verbose)


def bench_plover(nlp, shared: Path, verbose: bool, limit: int | None) -> None:
    rows = rows_of(shared / "data/plover/plover_gsr_cameo.jsonl")[:limit]
    docs = docs_for(nlp, [r["text"] for r in rows], datetime.date(2000, 1, 1))
    typed = Tally()
    golds = []
    for i, (r, doc) in enumerate(zip(rows, docs)):
        part = part_of(str(r.get("id") or r["text"]))
        gsrc = r.get("source") if isinstance(r.get("source"), list) else []
        gtgt = r.get("target") if isinstance(r.get("target"), list) else []
        events = [e for e in doc._.fp_events or [] if e.plover.type == r["event_plover_current"]]
        ok = any(source_ok(e, gsrc) for e in events)
        typed.add(part, ok)
        if verbose and part == "tune" and not ok:
            got = ", ".join(f"{e.source.code if e.source else None}>{e.target.code if e.target else None}:{e.code}"
                            for e in doc._.fp_events or []) or "-"
            print(f"  MISS {r['event_plover_current']} src={[g.get('code') for g in gsrc]} got {got} | {r['text'][:120]}")
        golds.append((part, [a["actorText"] for a in gsrc if a.get("actorText")],
                      [a["actorText"] for a in gtgt if a.get("actorText")]))
    print(typed.line("plover: type with source country"))
    span_agreement(docs, golds, "plover (cross-corpus)", False)


def coded(ref) -> bool:
    """Any actor code: a bare role ("REB" for "gunmen" in a story that names no place) counts."""
    return ref is not None and bool(ref.code) and ref.code != "---"


def placed(ref) -> bool:
    """The strict reading: the code names whose side it is, a country (or region) or an international or
    known group, as ACLED's actor names always do ("Unidentified Armed Group (Nigeria)"); a bare role
    (REB, CVL, COP ...) says what kind of actor but not whose, and does not count."""
    return coded(ref) and ref.code not in COUNTRYLESS_ROLES


def reporter(doc, m) -> bool:
    """The mention only tells the story ("a police official said", "according to officials")."""
    tok = doc[m.end - 1]
    return (tok.dep_.startswith("nsubj") and tok.head.lemma_.lower() in REPORTING_VERBS) or any(
        t.lower_ == "according" for t in doc[max(0, m.start - 3):m.start])


def named_elsewhere(doc, other, targets: bool) -> bool:
    """The snippet names some actor (coded or not; for a target, a place too) besides the event's other side
    and those who only report it: an open side could have been filled from its words."""
    taken = other.text if other is not None and other.text else ""
    names = [m.text for m in doc._.fp_actor_mentions or [] if not is_media(m) and not reporter(doc, m)]
    if targets:
        names += [p.evidence.text for p in doc._.fp_places or []]
    return any(n and n not in taken for n in names)


def answerable(doc, e) -> bool:
    """Each open side of the event has a name in the snippet it could have come from. An agentless report
    ("Four soldiers were injured when a bomb exploded") names no attacker at all, and the record contract
    leaves such a source's code null (records.md: "Unknown: code is null"): the main reading counts it as a
    miss, this one leaves it out."""
    return (coded(e.source) or named_elsewhere(doc, e.target, False)) and (
        coded(e.target) or named_elsewhere(doc, e.source, True))


def dyads(docs, parts: list[str], label: str, verbose: bool) -> None:
    both, strict, named = Tally(), Tally(), Tally()
    for doc, part in zip(docs, parts):
        for e in doc._.fp_events or []:
            if e.root in ("18", "19", "20") and e.modality != "denied":
                ok = coded(e.source) and coded(e.target)
                both.add(part, ok)
                strict.add(part, placed(e.source) and placed(e.target))
                if answerable(doc, e):
                    named.add(part, ok)
                if verbose and part == "tune" and not ok:
                    print(f"  HALF {e.code} {e.source.code if e.source else None}({e.source.text if e.source else ''})"
                          f" -> {e.target.code if e.target else None}({e.target.text if e.target else ''})"
                          f" | {e.evidence.text[:120]}")
    print(both.line(f"{label}: root 18-20 with coded source+target"))
    print(strict.line("  the same, a bare role (REB, CVL ...) not counted"))
    print(named.line("  the same, open sides the snippet names no one for left out"))


def bench_conflict(nlp, shared: Path, verbose: bool, limit: int | None) -> None:
    case = [r for r in rows_of(shared / "data/case/case2021_task2_test_labeled.jsonl")
            if r.get("acled_event_type") in VIOLENT_ACLED][:limit]
    docs = docs_for(nlp, [r["text"] for r in case], datetime.date(2020, 1, 1))
    dyads(docs, [part_of(r["id"]) for r in case], "CASE 2021 violent snippets", verbose)
    bbc = [r for r in rows_of(shared / "data/news/bbc-fulltext-2004-2005/bbc.jsonl")
           if r.get("category") == "politics" and VIOLENT_WORDS.search(r["text"])][:limit]
    docs = docs_for(nlp, [r["text"] for r in bbc], datetime.date(2005, 1, 1))
    dyads(docs, [part_of(r["id"]) for r in bbc], f"BBC politics, {len(bbc)} violent reports", verbose)


def bench_reports(nlp, shared: Path, verbose: bool, limit: int | None) -> None:
    rows = rows_of(REPO / "bench/data/violent_reports.jsonl")[:limit]
    docs = docs_for(nlp, [r["text"] for r in rows], datetime.date(2020, 6, 1))

    def fits(ref, gold: str | None) -> bool:
        code = ref.code if ref is not None else None
        return not code if gold is None else bool(code) and code.startswith(gold)

    right = 0
    for r, doc in zip(rows, docs):
        events = [e for e in doc._.fp_events or [] if e.root in ("18", "19", "20") and e.modality != "denied"]
        ok = any(fits(e.source, r["source"]) and fits(e.target, r["target"]) for e in events)
        right += ok
        if verbose and not ok:
            got = "; ".join(f"{e.code} {e.source.code if e.source else None}>{e.target.code if e.target else None}"
                            for e in events) or "no 18-20 event"
            print(f"  MISS gold {r['source']}>{r['target']} got {got} | {r['text'][:100]}")
    print(f"{'own violent reports: gold source and target (tune)':<52} {right / max(1, len(rows)):.3f} ({right}/{len(rows)})")


def bench_fresh(nlp, shared: Path, verbose: bool, limit: int | None, name: str = "fresh_dyads.jsonl",
                label: str = "fresh AG World") -> None:
    """bench/data/fresh_dyads.jsonl: AG News World items about attacks (in no gold file), their source, target and
    root annotated before the system ran on them; half of them ("aside") kept out of tuning. Right: a root 18-20
    event whose source and target codes start with one of the gold's (None: no code; no gold at all: no root 18-20
    event, an accident or a disaster); a wrong target: a coded target that fits no gold one."""
    rows = rows_of(REPO / "bench/data" / name)[:limit]
    docs = docs_for(nlp, [r["text"] for r in rows], datetime.date(2004, 10, 1))

    def fits(ref, gold: list) -> bool:
        code = ref.code if coded(ref) else None
        return any(code is None if g is None else bool(code) and code.startswith(g) for g in gold)

    tally = {h: [0, 0, 0] for h in ("tune", "aside")}
    for r, doc in zip(rows, docs):
        events = [e for e in doc._.fp_events or [] if e.root in ("18", "19", "20") and e.modality != "denied"]
        if r["roots"] is None:
            ok, wrong = not events, len(events)
        else:
            ok = any(fits(e.source, r["source"]) and fits(e.target, r["target"]) for e in events)
            wrong = sum(coded(e.target) and not fits(e.target, r["target"]) for e in events)
        t = tally[r["half"]]
        t[0] += ok
        t[1] += 1
        t[2] += wrong
        if verbose and r["half"] == "tune" and (not ok or wrong):
            got = "; ".join(f"{e.code} {e.source.code if e.source else None}({e.source.text if e.source else ''})>"
                            f"{e.target.code if e.target else None}({e.target.text if e.target else ''})"
                            for e in events) or "no 18-20 event"
            print(f"  MISS {r['id']} gold {r['source']}>{r['target']} got {got} | {r['text'][:110]}")
    print(f"{label + ': gold source and target':<52} " + "   ".join(
        f"{h} {a / max(1, n):.3f} ({a}/{n}) wrong targets {w}" for h, (a, n, w) in tally.items()))


def bench_fresh36(nlp, shared: Path, verbose: bool, limit: int | None) -> None:
    """bench/data/fresh_dyads36.jsonl: 66 more AG News World items about attacks (none in fresh_dyads.jsonl) and
    7 GLOCON sample sentences, annotated as fresh_dyads.jsonl was, before the system ran on them."""
    bench_fresh(nlp, shared, verbose, limit, "fresh_dyads36.jsonl", "fresh AG World and GLOCON (cse36)")


def bench_fresh37(nlp, shared: Path, verbose: bool, limit: int | None) -> None:
    """bench/data/fresh_dyads37.jsonl: 59 more AG News World items about attacks (in no earlier fresh set) and 9 CASE
    2021 mob-violence snippets (a label the conflict part does not read), annotated before the system ran on them."""
    bench_fresh(nlp, shared, verbose, limit, "fresh_dyads37.jsonl", "fresh AG World and CASE mobs (cse37)")


def bench_fresh38(nlp, shared: Path, verbose: bool, limit: int | None) -> None:
    """bench/data/fresh_dyads38.jsonl: 33 more AG News World items about attacks (in no earlier fresh set), 19 CASE 2021
    snippets of police and protest violence (labels the conflict part does not read) and 13 GeoWebNews sentences about
    attacks, annotated before the system ran on them; an unnamed attacker may be uncoded or coded by the scene's country."""
    bench_fresh(nlp, shared, verbose, limit, "fresh_dyads38.jsonl", "fresh AG, CASE protests, GeoWebNews (cse38)")


def bench_fresh39(nlp, shared: Path, verbose: bool, limit: int | None) -> None:
    """bench/data/fresh_dyads39.jsonl: 27 more AG News World items (attacks, and accidents, disasters and threats that must
    give no root 18-20 event), 28 CASE 2021 snippets of claims of responsibility, property destruction, violent
    demonstrations and crime, 8 GLOCON sentences and 3 GeoWebNews sentences, annotated before the system ran on them."""
    bench_fresh(nlp, shared, verbose, limit, "fresh_dyads39.jsonl", "fresh AG, CASE claims and riots, GLOCON (cse39)")


def bench_fresh41(nlp, shared: Path, verbose: bool, limit: int | None) -> None:
    """bench/data/fresh_dyads41.jsonl: 32 more AG News World items (attacks, clashes, hostage-takings, and disasters,
    plots, threats and metaphors that must give no root 18-20 event), 31 CASE 2021 snippets (riots, protests met by
    force, claims; disasters and diplomacy) and 23 GLOCON sentences or short passages of two or three sentences,
    annotated before the system ran on them (bench/data/annotate_cse41.py)."""
    bench_fresh(nlp, shared, verbose, limit, "fresh_dyads41.jsonl", "fresh AG, CASE riots, GLOCON passages (cse41)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("parts", nargs="*", default=["spans", "plover", "conflict", "reports", "fresh", "fresh36",
                                                          "fresh37", "fresh38", "fresh39", "fresh41"])
    ap.add_argument("--shared", type=Path, default=None)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--tune-only", action="store_true", help="print the tune half alone (while developing)")
    args = ap.parse_args()
    global TUNE_ONLY
    TUNE_ONLY = args.tune_only
    shared = args.shared or shared_dir()
    if shared is None:
        sys.exit("../shared not found (use --shared)")
    from flashpoint.pipeline import build_pipeline

    nlp = build_pipeline()
    for part in args.parts:
        {"spans": bench_spans, "plover": bench_plover, "conflict": bench_conflict, "reports": bench_reports,
         "fresh": bench_fresh, "fresh36": bench_fresh36, "fresh37": bench_fresh37, "fresh38": bench_fresh38,
         "fresh39": bench_fresh39, "fresh41": bench_fresh41}[part](
            nlp, shared, args.verbose, args.limit)


if __name__ == "__main__":
    main()
