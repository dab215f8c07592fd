"""Unseen articles, right and wrong: the system against an analyst's reading of items nobody here had used.

    PYTHONPATH=$PWD .venv/bin/python bench/sample37.py                        # every bench/data/sample*.jsonl
    PYTHONPATH=$PWD .venv/bin/python bench/sample37.py --sample bench/data/sample39.jsonl > bench/data/sample39.out

Each sample file (bench/data/sample37.jsonl, sample39.jsonl, ...) holds 30 AG News World items and 6 BBC politics
articles that no id, gold file or worktree referenced when it was made (bench/data/pick_sampleNN.py says how they
were picked), annotated by reading before the system ran on them (bench/data/annotate_sampleNN.py states the
conventions). --sample PATH (repeatable) scores those files; without it every bench/data/sample*.jsonl is scored,
one after another, each with its own totals (one model load for all). For each kind of record this prints the
right/wrong counts, then every annotated item on one line: expected vs got, with the words of the text, so a reader
sees the right and the wrong cases (the material for the closing notes of issues 15-18).

Matching:
- events: strict = same root, the source code starting with the analyst's (country + role, or country only where
  the analyst coded no role) and the target likewise; a null side in the annotation is not judged. Lenient:
  "src-country" = same root and same source country; "root" = same root anywhere in the item. Each system
  event is used once per level. Events the analyst did not code are listed as extra; material-conflict extras
  (roots 14-20) are counted separately (invented violence).
- actors: the system actor whose name or a mention matches the analyst's name (containment, determiners and
  case ignored; not an actor whose canonical name is another person's); right when its code is the analyst's.
- casualties: the article's killed and injured `best` (and `unknown`) against the analyst's; {} = none.
- places: a place record whose name or words hold the analyst's name, or lie inside it and keep its head word
  ("Gaza Strip" or "Delhi" for "Gaza" or "New Delhi"; not "Panama" for "Panama Canal"); right when its country is
  the analyst's.
- dates: a time record whose text overlaps the analyst's expression with the same value (or the value anywhere).
- quotes: a quote record whose speaker (name or words) matches the analyst's speaker; right unless the system
  resolved those words to another named person (WRONG-NAME), PART when its speaker is only a part of the
  analyst's without its head word ("Panama" for "Panama's security chief": the institution collapsed to its
  country); direct/indirect shown.
- a person whose canonical name differs from the analyst's is still the analyst's person when one of its mentions
  holds the analyst's whole name (a spelling: "Iyad Allawi" kept as "Ayad Allawi").
"""

from __future__ import annotations

import argparse
import datetime
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
MATERIAL = {f"{r:02d}" for r in range(14, 21)}


def norm(s: str | None) -> str:
    s = (s or "").lower().replace("\u2019", "'")
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"^(the|a|an)\s+", "", s.strip())
    return " ".join(re.sub(r"[^a-z0-9 ]", " ", s).split())


def names_match(a: str | None, b: str | None) -> bool:
    a, b = norm(a), norm(b)
    return bool(a and b) and (a == b or f" {a} " in f" {b} " or f" {b} " in f" {a} ")


def proper(s: str | None) -> bool:
    """A personal or proper name of two words or more, every word capitalised ("Azmat Begg")."""
    words = (s or "").split()
    return len(words) >= 2 and all(w[:1].isupper() for w in words) and "(" not in (s or "")


def covers(want: str | None, got: str | None) -> bool:
    """The system's words or name cover the analyst's head word (its last word): "Gaza Strip" covers "Gaza",
    "New Delhi" covers "Delhi"; "Panama" does not cover "Panama Canal" nor "Panama's security chief" (they match
    only because the system's shorter name is inside the analyst's)."""
    head = norm(want).split()[-1:] if norm(want) else []
    return names_match(want, got) and bool(head) and head[0] in norm(got).split()


def other_person(want: str, got_name: str | None, mentions: list[str] | tuple = ()) -> bool:
    """The system resolved the words to another named person: "Azmat Begg" read as "Moazzam Begg" (its mention
    "Begg" is inside the analyst's name, but the canonical name says someone else). Not when one of its mentions
    holds the analyst's whole name: "Iyad Allawi" kept as the knowledge base's "Ayad Allawi" is a spelling."""
    if any(f" {norm(want)} " in f" {norm(m)} " for m in mentions if norm(want)):
        return False
    return proper(want) and proper(got_name) and not names_match(want, got_name)


def code_of(ref) -> str | None:
    return ref.code if ref is not None else None


def side_ok(want: str | None, got: str | None, country_only: bool = False) -> bool:
    if want is None:
        return True
    if got is None:
        return False
    return got[:3] == want[:3] if country_only else got.startswith(want)


def ev_str(e) -> str:
    s = f"{e.source.name}[{e.source.code or '-'}]" if e.source else "-"
    t = f"{e.target.name}[{e.target.code or '-'}]" if e.target else "-"
    return f"{s} -> {t} {e.code} ({e.modality}; {e.rule}) \"{' '.join(e.evidence.text.split())[:120]}\""


def score_events(items, recs, out: list[str]) -> None:
    levels = ("strict", "src-country", "root")
    hits: Counter = Counter()
    total = extra = extra_material = 0
    lines, extras = [], []
    for it, r in zip(items, recs):
        got = list(r.events)
        used = {lv: set() for lv in levels}
        matched_any: set[int] = set()
        for x in it["events"]:
            total += 1
            best, which = None, "MISS"
            for lv in levels:
                for i, e in enumerate(got):
                    if i in used[lv] or e.root != x["root"]:
                        continue
                    if lv == "strict" and not (side_ok(x["source"], code_of(e.source))
                                               and side_ok(x["target"], code_of(e.target))):
                        continue
                    if lv == "src-country" and not side_ok(x["source"], code_of(e.source), country_only=True):
                        continue
                    used[lv].add(i)
                    if best is None:
                        best, which = e, lv
                    break
            for lv in levels[levels.index(which):] if which != "MISS" else ():
                hits[lv] += 1
            if best is not None:
                matched_any.add(got.index(best))
            exp = f"{x['source'] or '?'} -> {x['target'] or '?'} {x['root']}"
            shown = ev_str(best) if best else ("; ".join(ev_str(e) for e in got) or "no event")
            lines.append(f"  {which:<11} {it['id']:<17} expected {exp} \"{x['text']}\" | got {shown}")
        for i, e in enumerate(got):
            if i in matched_any or any(e.root == x["root"] for x in it["events"]):
                continue
            extra += 1
            extra_material += e.root in MATERIAL
            tag = "EXTRA-MC" if e.root in MATERIAL else "extra"
            extras.append(f"  {tag:<11} {it['id']:<17} [{it['kind']}] got {ev_str(e)}")
    out.append(f"events: {total} coded by the analyst; strict {hits['strict']}, source country + root "
               f"{hits['src-country']}, root only {hits['root']}; missed {total - hits['root']}")
    out.append(f"  events the analyst did not code: {extra}, of them material conflict (roots 14-20): {extra_material}")
    political = [(it, r) for it, r in zip(items, recs) if it["kind"] != "conflict"]
    mc = [e for _, r in political for e in r.events if e.root in MATERIAL]
    violent = [e for e in mc if e.root in {"18", "19", "20"}]
    out.append(f"  material-conflict events on the {len(political)} political items (AG non-conflict politics, BBC "
               f"politics): {len(mc)}, of them roots 18-20: {len(violent)} (analyst: "
               f"{sum(x['root'] in MATERIAL for it, _ in political for x in it['events'])})")
    out += lines + extras


def score_actors(items, recs, out: list[str]) -> None:
    c: Counter = Counter()
    lines = []
    for it, r in zip(items, recs):
        for x in it["actors"]:
            cands = [a for a in r.actors if any(names_match(x["name"], m) for m in [a.name, *a.mentions])
                     and not other_person(x["name"], a.name, a.mentions)]
            right = [a for a in cands if a.code == x["code"]]
            if right:
                verdict, a = "RIGHT", right[0]
            elif cands:
                verdict, a = "WRONG-CODE", cands[0]
            else:
                verdict, a = "MISSING", None
            c[verdict] += 1
            got = f"{a.name}[{a.code or '-'}] mentions {a.mentions[:3]}" if a else "no actor of that name"
            lines.append(f"  {verdict:<11} {it['id']:<17} expected \"{x['name']}\" {x['code']} | got {got}")
    n = sum(c.values())
    out.append(f"actors: {n} coded by the analyst; right code {c['RIGHT']}, wrong code {c['WRONG-CODE']}, "
               f"not found {c['MISSING']}")
    out += lines


def cas_value(count) -> str:
    if count is None:
        return "none"
    if count.best is not None:
        return f"{count.best:g}"
    return "unknown" if count.unknown else "none"


def score_casualties(items, recs, out: list[str]) -> None:
    c: Counter = Counter()
    lines = []
    for it, r in zip(items, recs):
        if it["casualties"] is None:
            continue
        cas = r.article.casualties
        parts, ok = [], True
        for cat in ("killed", "injured"):
            want = it["casualties"].get(cat)
            w = "none" if want is None else ("unknown" if want.get("best") is None else f"{want['best']:g}")
            got_count = getattr(cas, cat, None) if cas else None
            g = cas_value(got_count)
            claim = ""
            if got_count is not None and got_count.claims:
                claim = " claimed by " + ", ".join(sorted({(cl.claimant.name if cl.claimant else "-")
                                                           for cl in got_count.claims}))
                claim += " \"" + " | ".join(" ".join(cl.text.split())[:80] for cl in got_count.claims[:2]) + "\""
            ok &= w == g
            parts.append(f"{cat} expected {w} got {g}{claim}")
        verdict = "RIGHT" if ok else "WRONG"
        c[verdict] += 1
        c["with" if it["casualties"] else "without"] += 1
        c[f"{verdict}-{'with' if it['casualties'] else 'without'}"] += 1
        head = " ".join(it["text"].split("\n", 1)[0].split())[:60]
        lines.append(f"  {verdict:<11} {it['id']:<17} \"{head}\" " + "; ".join(parts))
    out.append(f"casualties (killed and injured best per item): right {c['RIGHT']}/{c['RIGHT'] + c['WRONG']} "
               f"(items with casualties {c['RIGHT-with']}/{c['with']}, items with none {c['RIGHT-without']}/{c['without']})")
    out += lines


def score_places(items, recs, out: list[str]) -> None:
    c: Counter = Counter()
    lines, extras = [], []
    for it, r in zip(items, recs):
        seen: set[int] = set()
        for x in it["places"]:
            cands = [(i, p) for i, p in enumerate(r.places)
                     if covers(x["name"], p.name) or covers(x["name"], p.evidence.text)]
            right = [(i, p) for i, p in cands if p.country == x["country"]]
            pick = right or cands
            verdict = "RIGHT" if right else ("WRONG" if cands else "MISSING")
            c[verdict] += 1
            seen.update(i for i, _ in cands)
            got = "; ".join(f"{p.name}[{p.country}, {p.feature}, {p.lat:.1f},{p.lon:.1f}]" if p.lat is not None
                            else f"{p.name}[{p.country}, {p.feature}]" for _, p in pick[:2]) or "no place"
            lines.append(f"  {verdict:<11} {it['id']:<17} expected \"{x['name']}\" {x['country']} {x['feature']} | got {got}")
        for i, p in enumerate(r.places):
            if i not in seen:
                c["extra"] += 1
                extras.append(f"  extra       {it['id']:<17} got \"{p.evidence.text}\" -> {p.name}[{p.country}, {p.feature}]")
    n = c["RIGHT"] + c["WRONG"] + c["MISSING"]
    out.append(f"places: {n} marked by the analyst; right country {c['RIGHT']}, wrong country {c['WRONG']}, "
               f"not found {c['MISSING']}; place records the analyst did not mark: {c['extra']}")
    out += lines + extras


def score_dates(items, recs, out: list[str]) -> None:
    c: Counter = Counter()
    lines = []
    for it, r in zip(items, recs):
        for x in it["dates"]:
            over = [t for t in r.times if names_match(x["text"], t.text)]
            exact = [t for t in over if t.value == x["value"]] or [t for t in r.times if t.value == x["value"]]
            verdict = "RIGHT" if exact else ("WRONG" if over else "MISSING")
            c[verdict] += 1
            pick = exact or over
            got = "; ".join(f"\"{t.text}\" = {t.value} ({t.precision}{', future' if t.future else ''})"
                            for t in pick[:2]) or "no time record"
            lines.append(f"  {verdict:<11} {it['id']:<17} expected \"{x['text']}\" = {x['value']} "
                         f"(published {it['published']}) | got {got}")
    out.append(f"dates: {sum(c.values())} expressions; right value {c['RIGHT']}, wrong value {c['WRONG']}, "
               f"not found {c['MISSING']}")
    out += lines


def speaker_str(q) -> str:
    if q.speaker is None:
        return "no speaker"
    return f"{q.speaker.name} [words \"{q.speaker.text}\"]"


def score_quotes(items, recs, out: list[str]) -> None:
    c: Counter = Counter()
    lines, extras = [], []
    for it, r in zip(items, recs):
        used: set[int] = set()
        for x in it["quotes"]:
            cands = [(i, q) for i, q in enumerate(r.quotes) if i not in used and q.speaker is not None
                     and (names_match(x["speaker"], q.speaker.name) or names_match(x["speaker"], q.speaker.text))]
            def whole(q) -> bool:
                return covers(x["speaker"], q.speaker.name) or covers(x["speaker"], q.speaker.text)

            # a speaker not resolved to someone else first, then one that covers the analyst's speaker, then the
            # same kind (direct or indirect)
            cands.sort(key=lambda iq: (other_person(x["speaker"], iq[1].speaker.name, [iq[1].speaker.text]), not whole(iq[1]),
                                       iq[1].direct != x["direct"]))
            if cands:
                i, q = cands[0]
                used.add(i)
                verdict = ("WRONG-NAME" if other_person(x["speaker"], q.speaker.name, [q.speaker.text])
                           else "RIGHT" if whole(q) else "PART")
                got = f"{speaker_str(q)} ({'direct' if q.direct else 'indirect'}) \"{' '.join(q.text.split())[:100]}\""
            else:
                verdict = "MISS"
                got = "; ".join(f"{speaker_str(q)}: \"{' '.join(q.text.split())[:60]}\"" for q in r.quotes) or "no quote"
            c[verdict] += 1
            lines.append(f"  {verdict:<11} {it['id']:<17} expected {x['speaker']} "
                         f"({'direct' if x['direct'] else 'indirect'}) | got {got}")
        for i, q in enumerate(r.quotes):
            if i not in used:
                c["extra"] += 1
                extras.append(f"  extra       {it['id']:<17} got {speaker_str(q)} "
                              f"({'direct' if q.direct else 'indirect'}) \"{' '.join(q.text.split())[:100]}\"")
    out.append(f"quotes: {c['RIGHT'] + c['PART'] + c['WRONG-NAME'] + c['MISS']} speech acts; speaker name right "
               f"{c['RIGHT']}, speaker only a part of the analyst's (\"Panama\" for \"Panama's security chief\") "
               f"{c['PART']}, speaker's words right but resolved to another person {c['WRONG-NAME']}, no quote with "
               f"that speaker {c['MISS']}; quote records the analyst did not count: {c['extra']}")
    out += lines + extras


def score_sample(nlp, path: Path, head: str) -> list[str]:
    from flashpoint.ingest import ArticleInput
    from flashpoint.pipeline import extract_records

    items = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    name = path.stem
    inputs = [ArticleInput(text=it["text"], title=it["text"].split("\n", 1)[0], id=it["id"], source=name,
                           published=datetime.date.fromisoformat(it["published"])) for it in items]
    recs = list(extract_records(nlp, inputs))
    kinds = ", ".join(f"{n} {k}" for k, n in sorted(Counter(it["kind"] for it in items).items()))
    out = [f"{name}: {len(items)} unseen items ({kinds}); code: {head}", ""]
    for fn in (score_events, score_actors, score_casualties, score_places, score_dates, score_quotes):
        fn(items, recs, out)
        out.append("")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--sample", action="append", type=Path, metavar="PATH",
                    help="an annotated sample (JSON Lines); repeatable; default: every bench/data/sample*.jsonl")
    args = ap.parse_args()
    paths = args.sample or sorted(DATA.glob("sample*.jsonl"))
    from flashpoint.pipeline import build_pipeline

    nlp = build_pipeline()
    code = sys.modules["flashpoint"].__file__.rsplit("/flashpoint/", 1)[0]
    head = subprocess.run(["git", "-C", code, "log", "-1", "--format=%h %s"], capture_output=True, text=True).stdout
    for i, path in enumerate(paths):
        if i:
            print("\n" + "=" * 100 + "\n")
        print("\n".join(score_sample(nlp, path, f"{code} at {head.strip()[:100]}")), flush=True)


if __name__ == "__main__":
    main()
