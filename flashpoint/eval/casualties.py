"""Compare the casualty summaries of articles with the hand-made casualty gold set.

Gold rows (flashpoint/eval/gold/casualties_gold.jsonl) hold an item reference (AG News World
row or BBC article id, with the character spans annotated and a hash: the text is read from
../shared when scoring, see shared_text.py; reports written by the project carry their `text`),
and for `killed` and `injured` either null (the text gives none) or `{"best", "low", "high",
"unknown", "approx", "claimants"}`, where claimants are words that must appear in the name or
the words of a claimant of the count. `set` is "tune", "heldout" (split by a hash of the id),
"heldout2" (a fresh held-out part picked by scripts/pick_casualty_heldout.py and annotated before the
system was run on it, never tuned on), "tune2" (a second tune part picked the same way), "tune3" (a third: AG News World, CASE 2021
snippets and GeoWebNews articles), "heldout3" / "tune4" (a fourth round's fresh judge and tuning part, CASE 2021,
GeoWebNews and AG News World, held-out and tune halves), "heldout4" / "tune5" (a fifth round's, GLOCON
documents and BBC politics articles joining them), "heldout5" / "tune6" (a sixth round's: CASE 2021 injury
reports, BBC politics paragraphs that say someone died, AG News World near-misses), "heldout-cas26" / "tune-cas26"
(a seventh round's, each item in its corpus's half: AG News World and BBC politics near-misses, sport and
accidents, CASE 2021 incident reports), "heldout-cas27" / "tune-cas27" (an eighth round's, split by
split.part_of on the row id: AG News World items with tempting figures, BBC politics near-misses, CASE 2021 and
GLOCON incident reports) or "own". Natural deaths,
deaths recalled from another time (history, inquests, anniversaries) and projections give no count. Conventions: the count is over the
incidents the text reports, each counted once; counts
for another period ("since January", "in 1994") or projections are not the article's; "at
least N" and "more than N" have best N; "dozens" is 24, "hundreds" 200, "scores" 40.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from flashpoint.eval import GOLD_DIR
from flashpoint.eval.claims import names_match
from flashpoint.eval.shared_text import read_gold
from flashpoint.records import ArticleRecords, CasualtyCount

GOLD = GOLD_DIR / "casualties_gold.jsonl"
MEASURES = ("killed best exact", "injured exact", "invented deaths", "claimants right", "killed (sum of figures)")


@dataclass
class CasualtyScore:
    tallies: dict[str, list[int]] = field(default_factory=lambda: {m: [0, 0] for m in MEASURES})
    misses: list[str] = field(default_factory=list)

    def note(self, measure: str, ok: bool) -> None:
        self.tallies[measure][0] += int(ok)
        self.tallies[measure][1] += 1

    def share(self, measure: str) -> float:
        right, total = self.tallies[measure]
        return right / total if total else 0.0


def read_casualty_gold(shared: Path | None, path: Path = GOLD) -> list[dict]:
    """The casualty gold rows, each with its text (shared items resolved from `shared`)."""
    return read_gold(path, shared)


def _exact(gold: dict, got: CasualtyCount | None) -> bool:
    if got is None:
        return False
    if gold.get("unknown"):
        return got.best is None and got.unknown
    return got.best is not None and float(got.best) == float(gold["best"])


def _claimants_right(gold: dict, got: CasualtyCount | None) -> bool:
    if got is None or not (got.best is not None or got.unknown):
        return False
    counted = [c for c in got.claims if c.link in ("counted", "restates", "alternative", "part")]
    if not gold["claimants"]:
        return all(c.claimant is None for c in counted)
    return all(any(names_match(word, c.claimant) for c in counted) for word in gold["claimants"])


def _describe(got: CasualtyCount | None) -> str:
    if got is None:
        return "none"
    who = sorted({c.claimant.name for c in got.claims if c.claimant is not None and c.link != "apart"})
    return f"{got.best}{'?' if got.unknown else ''} [{got.low},{got.high}] by {who}"


def score_casualties(rows: list[dict], results: Iterable[ArticleRecords]) -> CasualtyScore:
    score = CasualtyScore()
    for row, res in zip(rows, results):
        cas = res.article.casualties
        killed, injured = (cas.killed, cas.injured) if cas is not None else (None, None)
        gk, gi = row.get("killed"), row.get("injured")
        if gk is not None:
            ok = _exact(gk, killed)
            score.note("killed best exact", ok)
            naive = sum(f.value for f in res.figures if f.category == "killed")
            score.note("killed (sum of figures)", gk.get("best") is not None and naive == gk["best"])
            if not ok:
                score.misses.append(f"{row['id']} killed: gold {gk['best']}{'?' if gk['unknown'] else ''} got "
                                    f"{_describe(killed)}")
        else:
            invented = killed is not None and (bool(killed.best) or killed.unknown)
            score.note("invented deaths", invented)
            if invented:
                score.misses.append(f"{row['id']} killed: gold none, got {_describe(killed)}")
        if gi is not None:
            ok = _exact(gi, injured)
            score.note("injured exact", ok)
            if not ok:
                score.misses.append(f"{row['id']} injured: gold {gi['best']}{'?' if gi['unknown'] else ''} got "
                                    f"{_describe(injured)}")
        for name, gold, got in (("killed", gk, killed), ("injured", gi, injured)):
            if gold is not None:
                ok = _claimants_right(gold, got)
                score.note("claimants right", ok)
                if not ok and _exact(gold, got):
                    score.misses.append(f"{row['id']} {name} claimants: gold {gold['claimants']} got {_describe(got)}")
    return score
