"""False material conflict on news that is not about conflict, and what the event coder's sense veto costs.

    .venv/bin/python bench/events_precision.py                 # everything (several minutes)
    .venv/bin/python bench/events_precision.py --limit 100     # the first 100 items of each corpus and part
    .venv/bin/python bench/events_precision.py news -v         # one part, listing every 14-20 event (tune part)

Every corpus is split by a hash of each item's id or text (flashpoint/eval/splits.py) into a tune part
(the sense model is trained and its threshold chosen on it: training/train_sense.py) and a held-out
part nobody tunes on; the figures of both are printed side by side.

- news: material-conflict events (CAMEO roots 14-20) per 100 items of AG News test (Sports, Business,
  Sci/Tech: headline + description) and of the BBC sport, business, tech and entertainment articles,
  with and without the veto (the same parses, coded twice); then the BBC politics articles' root
  18-20 events per part, those of the tune part printed with their sentence and rule, so a reader can
  judge whether someone was hurt or attacked physically (`--show-heldout` lists the held-out part's
  too: for the closing judgement, not while tuning).
- pentaclass: ConfliBERT CAMEO sentences, the strongest event's PentaClass against the label
  (as in bench/events.py), accuracy and macro-F1 per part.
- plover: PLOVER gold sentences, type with source country (as in bench/events.py), per part.
- fresh40: bench/data/precision_fresh40.jsonl (bench/data/annotate_prc40.py): 50 GeoWebNews articles judged not
  about violence and 52 short items written with the classic traps of sport, business, tech, arts, election and
  weather news, annotated before the system ran with the material-conflict roots an event may rightly have there
  (a protest 14, an arrest or a charge 17, a real assault 18-20); every other 14-20 event is false. Its tune half
  lists its false events with their sentence and rule (-v: the right ones too); its aside half is only counted.
- cross: CASE 2021 task 2 snippets, never used in training: the share of violent snippets (ACLED
  battles, explosions, violence against civilians, riots, protests) with a material-conflict event,
  and material-conflict events per 100 snippets about disasters, diplomacy and agreements.
"""

from __future__ import annotations

import argparse
import copy
import datetime
import importlib.util
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from flashpoint.eval.news import (CASE2021, CONFLIBERT_CLASS, NON_CONFLICT, PLOVER_GOLD, gold_rows,  # noqa: E402
                                  news_items)
from flashpoint.eval.split import PARTS  # noqa: E402
from flashpoint.paths import shared_dir  # noqa: E402
from flashpoint.pipeline import build_pipeline  # noqa: E402
from flashpoint.records import Article  # noqa: E402

MATERIAL = {str(r) for r in range(14, 21)}
VIOLENT = {str(r) for r in range(18, 21)}
CASE_VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots", "Protests"}
CASE_PEACEFUL = {"NATURAL_DISASTER", "MAN_MADE_DISASTER", "DIPLO", "AGREEMENT"}
DAY = datetime.date(2004, 6, 1)


def _events_bench():
    spec = importlib.util.spec_from_file_location("bench_events", REPO / "bench" / "events.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


class Coders:
    """The pipeline up to fp_events, then fp_events as configured (with the sense veto where the
    config names a model) and fp_events without the veto, on the same parses."""

    def __init__(self):
        self.nlp = build_pipeline()
        self.coder = self.nlp.get_pipe("fp_events")
        self.plain = None
        if getattr(self.coder, "sense", None) is not None:
            self.plain = copy.copy(self.coder)
            self.plain.sense = None
        self.seconds = defaultdict(float)

    @property
    def has_veto(self) -> bool:
        return self.plain is not None

    def run(self, texts: list[str], keys: list[str], titles: list[str | None] | None = None):
        """Per text: (events with the veto, events without it, sentence texts)."""
        titles = titles or [None] * len(texts)

        def gen():
            for t, k, title in zip(texts, keys, titles):
                d = self.nlp.make_doc(t)
                d._.fp_article = Article(id=k[:40], title=title, published=DAY, source="bench", text=t)
                yield d

        out = []
        t0 = time.perf_counter()
        with self.nlp.select_pipes(disable=["fp_events"]):
            docs = list(self.nlp.pipe(gen(), batch_size=16))
        self.seconds["pipeline before fp_events"] += time.perf_counter() - t0
        for d in docs:
            t0 = time.perf_counter()
            with_veto = self.coder.find(d)
            self.seconds["fp_events"] += time.perf_counter() - t0
            if self.plain is not None:
                t0 = time.perf_counter()
                without = self.plain.find(d)
                self.seconds["fp_events without veto"] += time.perf_counter() - t0
            else:
                without = with_veto
            d._.fp_events = with_veto
            sents = [s.text for s in d.sents]
            out.append((d, with_veto, without, sents))
        return out


def material(events) -> list:
    return [e for e in events if e.root in MATERIAL]


def fmt_event(e, sents: list[str]) -> str:
    src = f"{e.source.name}[{e.source.code or '-'}]" if e.source else "-"
    tgt = f"{e.target.name}[{e.target.code or '-'}]" if e.target else "-"
    sent = sents[e.sentence] if e.sentence < len(sents) else ""
    return f"{e.code} {src} -> {tgt}  rule={e.rule}\n        | {' '.join(sent.split())[:300]}"


def limited(items, limit: int | None):
    if not limit:
        return items
    seen: Counter = Counter()
    out = []
    for it in items:
        k = (getattr(it, "group", None) or "", it.part if hasattr(it, "part") else it["part"])
        if seen[k] < limit:
            seen[k] += 1
            out.append(it)
    return out


def bench_news(coders: Coders, shared: Path, limit: int | None, verbose: bool, show_heldout: bool) -> None:
    items = limited([it for it in news_items(shared) if it.group in NON_CONFLICT or it.group == "bbc/politics"], limit)
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])  # items, with veto, without
    violent_politics = []
    examples = []
    by_group: dict[str, list] = defaultdict(list)
    for it in items:
        by_group[it.group].append(it)
    for group, its in by_group.items():
        results = coders.run([i.text for i in its], [i.key for i in its], [i.title for i in its])
        for it, (_, ev, ev0, sents) in zip(its, results):
            c = counts[(group, it.part)]
            c[0] += 1
            c[1] += len(material(ev))
            c[2] += len(material(ev0))
            if group == "bbc/politics":
                violent_politics += [(it, e, sents) for e in ev if e.root in VIOLENT]
            elif verbose:
                examples += [(it, e, sents) for e in material(ev)]
    print("news: material-conflict events (roots 14-20) per 100 non-conflict items"
          + ("; with the sense veto (without it)" if coders.has_veto else ""))
    if coders.has_veto:
        print("  (the sense model was trained on the tune part: its tune figures are in-sample; "
              "training/train_sense.py prints out-of-fold ones)")
    print(f"  {'corpus':<20} {'tune':>22} {'held-out':>22}")
    totals = {p: [0, 0, 0] for p in PARTS}

    def cell(c):
        if not c[0]:
            return "-"
        s = f"{100 * c[1] / c[0]:.1f}"
        if coders.has_veto:
            s += f" ({100 * c[2] / c[0]:.1f})"
        return s + f" n={c[0]}"

    for group in NON_CONFLICT:
        row = [counts.get((group, p), [0, 0, 0]) for p in PARTS]
        for p, c in zip(PARTS, row):
            totals[p] = [a + b for a, b in zip(totals[p], c)]
        print(f"  {group:<20} {cell(row[0]):>22} {cell(row[1]):>22}")
    print(f"  {'all non-conflict':<20} {cell(totals[PARTS[0]]):>22} {cell(totals[PARTS[1]]):>22}")
    # the target is "at most 1 per 100": the rounded rate hides which side of it a count near 1.0 is on
    print(f"  {'(events / items)':<20} " + " ".join(
        f"{f'{totals[p][1]}/{totals[p][0]} = {100 * totals[p][1] / max(1, totals[p][0]):.2f}':>22}" for p in PARTS))
    for p in PARTS:
        c = counts.get(("bbc/politics", p), [0])
        n = sum(1 for it, _, _ in violent_politics if it.part == p)
        print(f"news: BBC politics {p}: {n} events in roots 18-20 in {c[0]} articles")
    for p in PARTS if show_heldout else PARTS[:1]:
        print(f"  -- BBC politics, {p} part: roots 18-20 (did someone get hurt or attacked physically?)")
        for it, e, sents in violent_politics:
            if it.part == p:
                print(f"    {it.key}: {fmt_event(e, sents)}")
    if verbose:
        print("  -- every material-conflict event on the non-conflict items")
        for it, e, sents in examples:
            if it.part != PARTS[0] and not show_heldout:
                continue
            print(f"    {it.part:<7} {it.group:<16} {fmt_event(e, sents)}")


def bench_pentaclass(coders: Coders, shared: Path, limit: int | None) -> None:
    eb = _events_bench()
    rows = limited(gold_rows(shared, CONFLIBERT_CLASS), limit)
    res = coders.run([r["text"] for r in rows], [r["id"] for r in rows])
    print("pentaclass: ConfliBERT sentences, strongest event's PentaClass vs label (CAMEO's classes; in "
          "brackets the labels' convention, which counts root 16 'reduce relations' as verbal conflict)")
    for variant, idx in (("with veto", 1), ("without veto", 2)) if coders.has_veto else (("", 1),):
        figs = []
        for p in PARTS:
            gold = [int(r["pentaclass"]) for r in rows if r["part"] == p]
            pred = [eb.strongest_class(x[0], x[idx]) for r, x in zip(rows, res) if r["part"] == p]
            alt = [eb.strongest_class(x[0], x[idx], "conflibert") for r, x in zip(rows, res) if r["part"] == p]
            acc = sum(g == q for g, q in zip(gold, pred)) / max(1, len(gold))
            figs.append(f"{p} macro-F1 {eb.macro_f1(gold, pred):.3f} ({eb.macro_f1(gold, alt):.3f}) acc {acc:.3f} "
                        f"(n={len(gold)})")
        print(f"  {variant:<13} " + "   ".join(figs))
    # the tune part's confusion (the held-out part is only ever scored): where the classes are confused
    tune = [(int(r["pentaclass"]), eb.strongest_class(x[0], x[1])) for r, x in zip(rows, res) if r["part"] == PARTS[0]]
    confusion = Counter(tune)
    print(f"  {PARTS[0]} part, gold\\predicted " + " ".join(f"{c:>4}" for c in range(5)))
    for g in range(5):
        print(f"  {'':<5} {g:>15} " + " ".join(f"{confusion[(g, c)]:>4}" for c in range(5)))


def bench_plover(coders: Coders, shared: Path, limit: int | None) -> None:
    eb = _events_bench()
    rows = limited(gold_rows(shared, PLOVER_GOLD), limit)
    res = coders.run([r["text"] for r in rows], [r["id"] for r in rows])
    print("plover: PLOVER gold sentences, type with source country")
    for variant, idx in (("with veto", 1), ("without veto", 2)) if coders.has_veto else (("", 1),):
        figs = []
        for p in PARTS:
            hits = n = 0
            for r, x in zip(rows, res):
                if r["part"] != p:
                    continue
                gsrc = r.get("source") if isinstance(r.get("source"), list) else []
                n += 1
                hits += any(eb.source_ok(e, gsrc) for e in x[idx] if e.plover.type == r["event_plover_current"])
            figs.append(f"{p} {hits}/{n} ({100 * hits / max(1, n):.1f}%)")
        print(f"  {variant:<13} " + "   ".join(figs))


FRESH40 = REPO / "bench" / "data" / "precision_fresh40.jsonl"
GEOWEBNEWS = Path("data/geoparsing-dev/geowebnews.jsonl")


def fresh40_items(shared: Path) -> list[dict]:
    """The rows of precision_fresh40.jsonl, GeoWebNews articles with their title and text from the shared corpus."""
    rows = [json.loads(line) for line in FRESH40.open(encoding="utf-8") if line.strip()]
    gwn = {}
    for line in (shared / GEOWEBNEWS).open(encoding="utf-8"):
        if line.strip():
            r = json.loads(line)
            gwn[r["id"]] = r
    for r in rows:
        if r["source"] == "geowebnews":
            g = gwn[r["id"]]
            r["title"], r["text"] = g["title"], f"{g['title']}\n\n{g['text']}"
        else:
            r["title"] = None
    return rows


def bench_fresh40(coders: Coders, shared: Path, verbose: bool) -> None:
    rows = fresh40_items(shared)
    res = coders.run([r["text"] for r in rows], [r["id"] for r in rows], [r["title"] for r in rows])
    print("fresh40: material-conflict events (roots 14-20) on fresh non-conflict items (bench/data/precision_fresh40.jsonl)")
    lines = []
    for h in ("tune", "aside"):
        n = false = right = wrong_items = 0
        for r, (_, ev, _, sents) in zip(rows, res):
            if r["half"] != h:
                continue
            n += 1
            bad = [e for e in material(ev) if e.root not in r["allowed"] + r["tolerable"]]
            good = [e for e in material(ev) if e.root in r["allowed"] + r["tolerable"]]
            false += len(bad)
            right += len(good)
            wrong_items += bool(bad)
            if h == "tune":
                lines += [f"    FALSE {r['id']}: {fmt_event(e, sents)}" for e in bad]
                if verbose:
                    lines += [f"    ok    {r['id']}: {fmt_event(e, sents)}" for e in good]
        print(f"  {h:<6} {n:>3} items: {false} false 14-20 events ({100 * false / max(1, n):.1f} per 100 items), "
              f"{n - wrong_items}/{n} items right; {right} events of an allowed root")
    print("\n".join(lines))


def bench_cross(coders: Coders, shared: Path, limit: int | None) -> None:
    rows = limited(gold_rows(shared, CASE2021), limit)
    res = coders.run([r["text"] for r in rows], [r["id"] for r in rows])
    print("cross: CASE 2021 task 2 snippets (no part of them trained or tuned on; both parts together)")
    for variant, idx in (("with veto", 1), ("without veto", 2)) if coders.has_veto else (("", 1),):
        viol = [bool(material(x[idx])) for r, x in zip(rows, res) if r["acled_event_type"] in CASE_VIOLENT]
        calm = [len(material(x[idx])) for r, x in zip(rows, res) if r["label"] in CASE_PEACEFUL]
        print(f"  {variant:<13} violent snippets with a 14-20 event {sum(viol)}/{len(viol)} "
              f"({100 * sum(viol) / max(1, len(viol)):.1f}%); 14-20 events per 100 disaster/diplomacy/agreement "
              f"snippets {100 * sum(calm) / max(1, len(calm)):.1f} (n={len(calm)})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("parts", nargs="*", default=["news", "fresh40", "pentaclass", "plover", "cross"])
    ap.add_argument("--shared", type=Path, default=None)
    ap.add_argument("--limit", type=int, default=None, help="at most N items per corpus and part")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--show-heldout", action="store_true", help="list the held-out part's events too")
    args = ap.parse_args()
    shared = args.shared or shared_dir()
    if shared is None:
        sys.exit("../shared not found (use --shared or FLASHPOINT_SHARED)")
    t0 = time.perf_counter()
    coders = Coders()
    for part in args.parts:
        {"news": lambda: bench_news(coders, shared, args.limit, args.verbose, args.show_heldout),
         "pentaclass": lambda: bench_pentaclass(coders, shared, args.limit),
         "plover": lambda: bench_plover(coders, shared, args.limit),
         "fresh40": lambda: bench_fresh40(coders, shared, args.verbose),
         "cross": lambda: bench_cross(coders, shared, args.limit)}[part]()
    s = coders.seconds
    line = f"speed: pipeline before fp_events {s['pipeline before fp_events']:.1f} s, fp_events {s['fp_events']:.1f} s"
    if coders.has_veto:
        line += f" (without the veto {s['fp_events without veto']:.1f} s)"
    print(line + f"; {time.perf_counter() - t0:.0f} s in all")


if __name__ == "__main__":
    main()
