"""Pick the fresh held-out part of the casualty gold ("heldout2") from AG News World, reproducibly.

    .venv/bin/python scripts/pick_casualty_heldout.py [--shared PATH] [--tune]

Prints, for annotation by reading, the AG News World items not already in the gold: a fixed-seed
sample of items whose text names a casualty word (incident reports, and near-misses that turn out
to have none) and of items that do not; then, because fewer than half of the first sample were
incident reports, a second sample from the rest of items that say someone was killed, died or was
hurt (the first sample stays as it was). With --tune, another seed picks a second tune part
("tune2": 50 items that say someone was killed, died or was hurt and 10 others) from the items
neither part holds, to tune on after the first tune part was exhausted. The annotations go into flashpoint/eval/gold/casualties_gold.jsonl
with `set: heldout2`, written before the system is run on these items; nothing is tuned on them.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from flashpoint.eval.casualties import GOLD  # noqa: E402
from flashpoint.eval.news import AG_NEWS, ag_news, bbc, glocon_documents, incident_snippets, web_news  # noqa: E402
from flashpoint.eval.split import HELDOUT, TUNE, document_half, part_of  # noqa: E402
from flashpoint.paths import shared_dir  # noqa: E402

SEED = 20261205
INCIDENTS, OTHERS, MORE_INCIDENTS = 75, 25, 30
CASUALTY_WORDS = re.compile(r"\b(kill\w*|dead|death|died|dies|wound\w*|injur\w*|hurt|casualt\w*|shot|"
                            r"bomb\w*|blast|explosion|massacre\w*|toll|fatalit\w*)\b", re.I)

HURT_WORDS = re.compile(r"\b(kill(s|ed|ing)|dead|died|wounded|wounding|injur(ed|ing|ies))\b", re.I)
INJURY_WORDS = re.compile(r"\b(wounded|wounding|injur(ed|ing|ies))\b", re.I)


def tune3(shared: Path, world, hit, miss, taken) -> list:
    """The third tune part: AG News World had only 10 unused items that say someone was killed or
    hurt, so CASE 2021 snippets (incident reports from other outlets) and GeoWebNews articles (2018 web
    news, local shootings among them) join them; only items in the tune half of their corpus's split."""
    rng = random.Random(SEED + 2)
    hurt = [w for w in hit if HURT_WORDS.search(w[1].text)]
    near = [w for w in hit if w not in hurt]
    picked = hurt + rng.sample(near, 10) + rng.sample(miss, 10)
    case = [(it.key, it) for it in incident_snippets(shared) if it.part == TUNE and it.key not in taken]
    case_hurt = [w for w in case if HURT_WORDS.search(w[1].text)]
    case_other = [w for w in case if not HURT_WORDS.search(w[1].text)]
    picked += rng.sample(case_hurt, 40) + rng.sample(case_other, 10)
    web = [(it.key, it) for it in web_news(shared) if document_half(it.key) == TUNE and it.key not in taken]
    web_hurt = [w for w in web if HURT_WORDS.search(w[1].text)]
    web_other = [w for w in web if not HURT_WORDS.search(w[1].text)]
    picked += rng.sample(web_hurt, min(12, len(web_hurt))) + rng.sample(web_other, 8)
    return picked


def fresh(shared: Path, world, hit, miss, taken, half: str, seed: int) -> list:
    """A fourth round's part ("heldout3" from the held-out halves, "tune4" from the tune halves): AG News
    World has no unused item left that says someone was killed or hurt, so 55 CASE 2021 snippets that do,
    10 that do not, 5 GeoWebNews articles that do and 12 AG News World items with a casualty word but
    none of those (near-misses: threats, trials, past wars), all from the given half of each corpus's split."""
    rng = random.Random(seed)
    case = [(it.key, it) for it in incident_snippets(shared) if it.part == half and it.key not in taken]
    case_hurt = [w for w in case if HURT_WORDS.search(w[1].text)]
    case_other = [w for w in case if not HURT_WORDS.search(w[1].text)]
    web = [(it.key, it) for it in web_news(shared) if document_half(it.key) == half and it.key not in taken]
    web_hurt = [w for w in web if HURT_WORDS.search(w[1].text)]
    near = [w for w in hit if w[1].part == half and not HURT_WORDS.search(w[1].text)]
    return (rng.sample(case_hurt, 55) + rng.sample(case_other, 10) + rng.sample(web_hurt, 5)
            + rng.sample(near, 12))


def fifth(shared: Path, hit, taken, half: str, seed: int) -> list:
    """A fifth round's part ("heldout4" from the held-out halves, "tune5" from the tune halves), wider than
    the fourth: 40 CASE 2021 snippets that say someone was killed or hurt and 8 that do not, 4 GLOCON
    documents (protest and politics copy), 4 GeoWebNews articles that say someone was killed or hurt,
    6 BBC politics articles with a casualty word (near-misses: wars and inquests recalled, policy) and 8
    AG News World near-misses, each from the given half of its corpus's split and not in the gold."""
    rng = random.Random(seed)
    case = [(it.key, it) for it in incident_snippets(shared) if it.part == half and it.key not in taken]
    case_hurt = [w for w in case if HURT_WORDS.search(w[1].text)]
    case_other = [w for w in case if not HURT_WORDS.search(w[1].text)]
    glocon = [(it.key, it) for it in glocon_documents(shared) if it.part == half and it.key not in taken]
    web = [(it.key, it) for it in web_news(shared) if document_half(it.key) == half and it.key not in taken]
    web_hurt = [w for w in web if HURT_WORDS.search(w[1].text)]
    politics = [(it.key, it) for it in bbc(shared) if it.category == "politics" and it.part == half
                and it.key not in taken and CASUALTY_WORDS.search(it.text)]
    near = [w for w in hit if w[1].part == half and not HURT_WORDS.search(w[1].text)]
    return (rng.sample(case_hurt, 40) + rng.sample(case_other, 8) + rng.sample(glocon, 4)
            + rng.sample(web_hurt, min(4, len(web_hurt))) + rng.sample(politics, 6)
            + rng.sample(near, min(8, len(near))))


def sixth(shared: Path, hit, taken, half: str, seed: int) -> list:
    """A sixth round's part ("heldout5" from the held-out halves, "tune6" from the tune halves): AG News World
    has no unused item left that says someone was killed or hurt, and BBC politics few, so 8 CASE 2021
    snippets that tell of injuries (injured counts, claimants), 7 BBC politics articles that say someone was
    killed, died or was hurt (as the paragraphs that say it: deaths recalled, inquests, natural deaths, policy
    tolls) and 6 AG News World near-misses (threats, trials, anniversaries), each from the given half."""
    rng = random.Random(seed)
    case = [(it.key, it) for it in incident_snippets(shared) if it.part == half and it.key not in taken
            and HURT_WORDS.search(it.text) and INJURY_WORDS.search(it.text)]
    politics = [(it.key, it) for it in bbc(shared) if it.category == "politics" and it.part == half
                and it.key not in taken and HURT_WORDS.search(it.text)]
    near = [w for w in hit if w[1].part == half and not HURT_WORDS.search(w[1].text)]
    return rng.sample(case, 8) + rng.sample(politics, 7) + rng.sample(near, 6)


def seventh(shared: Path, world, taken) -> list:
    """A seventh round's parts ("tune-cas26" and "heldout-cas26", each item in its corpus's half of the split):
    every AG News World item left with a casualty word (near-misses: AG News World has no unused item that
    says someone was killed or hurt), every BBC politics article left that says someone was killed, died or
    was hurt (as the headline and those paragraphs) and 4 with a casualty word but none of those, 6 AG News
    Sports and 8 Sci/Tech or Business items of the tune half that say someone was killed or hurt (injured
    players, accidents; the held-out half of those is the non-conflict line's), and 18 CASE 2021 snippets
    that say someone was killed or hurt (incident reports, every one left in the tune half)."""
    rng = random.Random(SEED + 9)
    near = [w for w in world if CASUALTY_WORDS.search(w[1].text)]
    politics = [(it.key, it) for it in bbc(shared) if it.category == "politics" and it.key not in taken]
    pol_hurt = [w for w in politics if HURT_WORDS.search(w[1].text)]
    pol_near = [w for w in politics if CASUALTY_WORDS.search(w[1].text) and not HURT_WORDS.search(w[1].text)]
    others = [(f"ag-test-{i}", it) for i, it in enumerate(ag_news(shared))
              if it.category != "World" and it.part == TUNE and f"ag-test-{i}" not in taken
              and HURT_WORDS.search(it.text)]
    sport = [w for w in others if w[1].category == "Sports"]
    trade = [w for w in others if w[1].category != "Sports"]
    case = [(it.key, it) for it in incident_snippets(shared) if it.key not in taken and HURT_WORDS.search(it.text)]
    case_tune = [w for w in case if w[1].part == TUNE]
    case_held = [w for w in case if w[1].part == HELDOUT]
    return (near + pol_hurt + rng.sample(pol_near, 4) + rng.sample(sport, 6) + rng.sample(trade, min(8, len(trade)))
            + case_tune + rng.sample(case_held, 18 - len(case_tune)))


TEMPTING = re.compile(r"\b(troops?|soldiers?|police|rebels?|militants?|guerrillas?|insurgents?|attacks?|hostages?|"
                      r"arrest\w*|protest\w*|refugees?|fighting|war|army|prisoners?|detain\w*|storm\w*|clash\w*)\b", re.I)
NUMBER = re.compile(r"\b(\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds|thousands)\b", re.I)


def eighth(shared: Path, world, taken) -> list:
    """An eighth round's items ("tune-cas27" and "heldout-cas27", each by the halves of split.part_of on its
    row id): 19 AG News World items with a figure and a word of force (troops, rebels, hostages, protests,
    arrests: tempting figures; no AG News World item left says anyone was killed or hurt) and 6 BBC politics
    articles with a casualty word but none that says someone was killed or hurt (as the headline and the
    paragraphs with that word); then, because neither corpus has an unused item left that tells of deaths or
    injuries, every CASE 2021 snippet left that says someone was killed or hurt and the 3 shortest GLOCON
    documents left that do."""
    rng = random.Random(SEED + 10)
    tempting = [w for w in world if TEMPTING.search(w[1].text) and NUMBER.search(w[1].text)]
    politics = [(it.key, it) for it in bbc(shared) if it.category == "politics" and it.key not in taken
                and CASUALTY_WORDS.search(it.text) and not HURT_WORDS.search(it.text)]
    case = [(it.key, it) for it in incident_snippets(shared) if it.key not in taken and HURT_WORDS.search(it.text)]
    glocon = sorted(((it.key, it) for it in glocon_documents(shared) if it.key not in taken
                     and HURT_WORDS.search(it.text)), key=lambda w: len(w[1].text))
    return rng.sample(tempting, 19) + rng.sample(politics, 6) + case + glocon[:3]


def hurt_paragraphs(text: str, words: re.Pattern = HURT_WORDS) -> list[list[int]]:
    """The spans of the headline and of the paragraphs that say someone was killed, died or was hurt
    (or, given other `words`, that name one of them)."""
    spans, at = [], 0
    for i, para in enumerate(text.split("\n\n")):
        if i == 0 or words.search(para):
            spans.append([at, at + len(para)])
        at += len(para) + 2
    return spans


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=None)
    ap.add_argument("--tune", action="store_true", help="pick the second tune part instead")
    ap.add_argument("--tune3", action="store_true", help="pick the third tune part instead")
    ap.add_argument("--heldout3", action="store_true", help="pick the third held-out part instead")
    ap.add_argument("--tune4", action="store_true", help="pick the fourth tune part instead")
    ap.add_argument("--heldout4", action="store_true", help="pick the fifth round's held-out part instead")
    ap.add_argument("--tune5", action="store_true", help="pick the fifth tune part instead")
    ap.add_argument("--heldout5", action="store_true", help="pick the sixth round's held-out part instead")
    ap.add_argument("--tune6", action="store_true", help="pick the sixth tune part instead")
    ap.add_argument("--cas26", action="store_true", help="pick the seventh round's parts instead")
    ap.add_argument("--cas27", action="store_true", help="pick the eighth round's items instead")
    args = ap.parse_args(argv)
    shared = args.shared or shared_dir()
    if shared is None or not (shared / AG_NEWS).is_file():
        print("error: ../shared with data/news/ag_news-test not found (pass --shared PATH)", file=sys.stderr)
        return 2
    taken = {json.loads(line).get("item") for line in GOLD.open(encoding="utf-8") if line.strip()}
    world = [(f"ag-test-{i}", it) for i, it in enumerate(ag_news(shared))   # the ids news.items_by_id gives
             if it.category == "World" and f"ag-test-{i}" not in taken]
    hit = [w for w in world if CASUALTY_WORDS.search(w[1].text)]
    miss = [w for w in world if not CASUALTY_WORDS.search(w[1].text)]
    if args.cas27:
        for ref, it in eighth(shared, world, taken):
            rid = f"cas-ag-{int(ref.rsplit('-', 1)[1]):05d}" if ref.startswith("ag-test-") else f"cas-{ref}"
            row = {"id": rid, "item": ref, "set": "tune-cas27" if part_of(rid) == TUNE else "heldout-cas27",
                   "text": it.text}
            if ref.startswith("bbc-"):
                row["spans"] = hurt_paragraphs(it.text, CASUALTY_WORDS)
                row["text"] = "\n\n".join(it.text[a:b] for a, b in row["spans"])
            print(json.dumps(row, ensure_ascii=False))
        return 0
    if args.cas26:
        for ref, it in seventh(shared, world, taken):
            row = {"item": ref, "part": it.part, "text": it.text}
            if ref.startswith("bbc-"):
                row["spans"] = hurt_paragraphs(it.text, HURT_WORDS if HURT_WORDS.search(it.text) else CASUALTY_WORDS)
                row["text"] = "\n\n".join(it.text[a:b] for a, b in row["spans"])
            print(json.dumps(row, ensure_ascii=False))
        return 0
    if args.heldout5 or args.tune6:
        half, seed = (HELDOUT, SEED + 7) if args.heldout5 else (TUNE, SEED + 8)
        for ref, it in sixth(shared, hit, taken, half, seed):
            row = {"item": ref, "text": it.text}
            if ref.startswith("bbc-"):
                row["spans"] = hurt_paragraphs(it.text)
                row["text"] = "\n\n".join(it.text[a:b] for a, b in row["spans"])
            print(json.dumps(row, ensure_ascii=False))
        return 0
    if args.heldout4 or args.tune5:
        half, seed = (HELDOUT, SEED + 5) if args.heldout4 else (TUNE, SEED + 6)
        for ref, it in fifth(shared, hit, taken, half, seed):
            print(json.dumps({"item": ref, "text": it.text}, ensure_ascii=False))
        return 0
    if args.heldout3 or args.tune4:
        half, seed = (HELDOUT, SEED + 3) if args.heldout3 else (TUNE, SEED + 4)
        for ref, it in fresh(shared, world, hit, miss, taken, half, seed):
            print(json.dumps({"item": ref, "text": it.text}, ensure_ascii=False))
        return 0
    if args.tune3:
        for ref, it in tune3(shared, world, hit, miss, taken):
            print(json.dumps({"item": ref, "text": it.text}, ensure_ascii=False))
        return 0
    if args.tune:
        rng = random.Random(SEED + 1)
        hurt = [w for w in hit if HURT_WORDS.search(w[1].text)]
        picked = rng.sample(hurt, 50) + rng.sample(miss, 10)
    else:
        rng = random.Random(SEED)
        picked = rng.sample(hit, INCIDENTS) + rng.sample(miss, OTHERS)
        rest = [w for w in hit if w not in picked and HURT_WORDS.search(w[1].text)]
        picked += rng.sample(rest, MORE_INCIDENTS)
    for ref, it in sorted(picked, key=lambda w: int(w[0].rsplit("-", 1)[1])):
        print(json.dumps({"item": ref, "text": it.text}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
