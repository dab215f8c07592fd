"""Scoring time expressions against TIMEX3 gold (../shared/data/timex-dev/meantime-en.jsonl: text, the
document creation time `dct`, and `timexes` with character offsets, type and normalised value).

  - found: gold DATE expressions (the dateline left out: it is the creation time) that an expression
    of ours overlaps;
  - value right: of the found ones, those whose ISO value at our precision equals the gold value, read
    through one mapping (``gold_at_our_precision``), the same the product documents (records.Time):
      * "now", "recently", "in the future", "in recent weeks" are PRESENT_REF / PAST_REF / FUTURE_REF in both
        (the convention and its source: extract/timex.py's docstring);
      * a part of a day ("2008-01-09TMO", this morning) is its day: our records stop at day precision;
      * a weekend ("2010-W04-WE") is its ISO week, as our records write it;
      * a range of ours ("between July and September 2004", "from 1956 to 1957") is one expression where
        TIMEX3 writes two DATEs: the gold DATE that lies in the range's second half is valued by the
        range's end (the record's ``end_date``) at the precision of the expression that ends it;
  - precision: our expressions that overlap any gold TIMEX3 (DATE, TIME, DURATION or SET);
  - extent exact: of the found ones, those whose extent (extract/timex.timex_extent: the text less its opening
    preposition, as the `time` record writes it) is the gold one to the character; "found" needs only an overlap.
Documents go to "tune" or "held-out" by a hash of their id (flashpoint/eval/split.document_half).

A second gold set, ``NEWS_GOLD``, annotates DATE expressions the same way on shared news the MEANTIME
documents do not resemble (BBC business and politics 2004-2005, AG News World): 20 items, 68 DATEs,
annotated by hand before the system was run on them; 15 more items (BBC
business, politics, tech, entertainment, sport and AG News of every class, 54 DATEs) were added the same way
in a second round (split by the same hash of the id, so no earlier item changed part). Rows cite their item (eval/shared_text.py: id,
character span, sha1) and give the creation time ``dct`` the annotator assumed (neither corpus dates
its items: a day the story's events fix where they do, else one in its month). A period ending at a month
("the year to December", "the three months to December") is annotated as TIMEX3 does it: the length is a
DURATION (not scored, and not written in this DATE-only gold), the month that ends it a DATE ("December",
2004-12); the third round wrote it so and the first two rounds' two such periods were brought in line.
A fourth round (``FRESH_ROUND``, the one bench/timex.py scores apart as a judge) annotates one dated sentence each of
30 AG World and BBC items drawn at random (38 DATEs and one dateline, marked ``dateline`` and left out as
MEANTIME's are), written before the system ran on them. The vague references of all four rounds were brought
in line with the convention extract/timex.py documents (two rows added, the nouns "the future" and "future";
"former", "formerly", "future" before a noun and "ex-" stay unmarked).
A fifth round (``WRITTEN_ROUND``) is 85 sentences written for the project (their own ``text``, no shared item), one
or more for each DATE class the TimeML/TIMEX3 guidelines mark ("now", "recently", "the coming weeks", "fiscal
2008", "mid-2010", "late last year", "that day", "the previous quarter", bare weekdays before and after the
publication date, scheduled months, decades, centuries, seasons) and six with no date ("May" the name, "march"
the verb, a score "2-1"), three publication dates, values written before the system ran on them.
A sixth round (``PASSAGE_ROUND``) annotates every DATE in whole passages of 53 BBC and AG News items no gold had
used (25 BBC passages of about a thousand characters, 28 AG items whole; 149 DATEs and one dateline), chosen for
the classes MEANTIME's held-out misses fall in ("currently", "the coming years", fiscal quarters, "mid-2004",
"late last year", weekdays with "night", decades) and read before the system ran on them; each row's `dct` is a
day its story fixes where it does, else one its content allows. "This season" (a sports season, no calendar unit)
is left unmarked; fiscal periods are TIMEX3's ``FY2004-Q4``, ``FY2004-H1``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from flashpoint.eval.geoparsing import overlaps
from flashpoint.eval.shared_text import read_gold
from flashpoint.eval.split import document_half
from flashpoint.extract.base import DateMention
from flashpoint.extract.timex import iso_value, timex_extent

NEWS_GOLD = Path(__file__).parent / "gold" / "timex_news_gold.jsonl"


@dataclass
class Score:
    docs: int = 0
    gold: int = 0
    found: int = 0
    right: int = 0
    predicted: int = 0
    overlapping: int = 0
    exact: int = 0          # found ones whose extent (timex.timex_extent) is the gold one to the character
    misses: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    by_class: dict[str, list[int]] = field(default_factory=dict)    # gold class -> [gold, found, right]

    def classes(self) -> str:
        """Found and right by the granularity of the gold value: an aggregate that names no item."""
        return ", ".join(f"{c} {n[1]}/{n[0]} found {n[2]} right" for c, n in sorted(self.by_class.items()))

    def line(self) -> str:
        f = self.found / self.gold if self.gold else 0.0
        v = self.right / self.found if self.found else 0.0
        p = self.overlapping / self.predicted if self.predicted else 0.0
        x = self.exact / self.found if self.found else 0.0
        return (f"DATE found {f:.3f} ({self.found}/{self.gold}), value right {v:.3f} ({self.right}/{self.found}), "
                f"precision {p:.3f} ({self.overlapping}/{self.predicted}), extent exact {x:.3f}")


PART_OF_DAY = re.compile(r"^(\d{4}-\d\d-\d\d)T(?:MO|AF|EV|NI|DT)$")
WEEKEND = re.compile(r"^(\d{4}-W\d\d)-WE$")


def gold_at_our_precision(value: str) -> str:
    """A TIMEX3 value written the way our records write it: a part of a day is its day, a weekend its week."""
    for rx in (PART_OF_DAY, WEEKEND):
        m = rx.match(value)
        if m:
            return m.group(1)
    return value


END_PRECISION = {"year": "year", "year_after": "year", "month": "month", "month_year": "month", "month_of_year": "month",
                 "month_part": "month", "present": "present"}


def value_for(m: DateMention, gold_start: int) -> str | None:
    """Our value for the gold DATE starting at ``gold_start`` that ``m`` overlaps: a range's end for its
    second half, else the mention's own value."""
    if m.rule.startswith("range:") and m.end_date is not None and gold_start > m.start_char and \
            gold_start >= m.start_char + len(m.text) // 2:
        second = m.rule.split("+", 1)[-1]
        end = replace(m, date=m.end_date, end_date=None, granularity=END_PRECISION.get(second, "day"), rule=second)
        return iso_value(end)[0]
    return iso_value(m)[0]


GOLD_CLASSES = [("vague", re.compile(r"^(?:PRESENT|PAST|FUTURE)_REF$")), ("day", re.compile(r"^\d{4}-\d\d-\d\d(?:T..)?$")),
                ("week", re.compile(r"^\d{4}-W\d\d")), ("month", re.compile(r"^\d{4}-\d\d$")),
                ("quarter/half/season", re.compile(r"^\d{4}-(?:Q\d|H\d|SP|SU|FA|WI)$")), ("year", re.compile(r"^(?:FY)?\d{4}$")),
                ("decade/century", re.compile(r"^\d{2,3}$"))]


def gold_class(value: str) -> str:
    return next((name for name, rx in GOLD_CLASSES if rx.match(value)), "other")


def score_doc(s: Score, doc: dict, mentions: list[DateMention]) -> None:
    text = doc["text"]
    gold = [t for t in doc["timexes"] if t["type"] == "DATE" and not t.get("dateline")]
    body = [t for t in doc["timexes"] if not t.get("dateline")]
    dateline = [t for t in doc["timexes"] if t.get("dateline")]
    mentions = [m for m in mentions if not any(overlaps(m.start_char, m.end_char, t["start"], t["end"]) for t in dateline)]
    s.docs += 1
    s.gold += len(gold)
    s.predicted += len(mentions)
    s.overlapping += sum(any(overlaps(m.start_char, m.end_char, t["start"], t["end"]) for t in body) for m in mentions)
    for t in gold:
        hit = [m for m in mentions if overlaps(m.start_char, m.end_char, t["start"], t["end"])]
        tally = s.by_class.setdefault(gold_class(t["value"]), [0, 0, 0])
        tally[0] += 1
        around = text[max(0, t["start"] - 50):t["end"] + 30].replace("\n", " ")
        if not hit:
            s.misses.append(f"{t['text']!r} = {t['value']} (dct {doc['dct']}) | {around!r}")
            continue
        s.found += 1
        s.exact += timex_extent(hit[0]) == (t["start"], t["end"])
        tally[1] += 1
        value = value_for(hit[0], t["start"])
        if value == gold_at_our_precision(t["value"]):
            s.right += 1
            tally[2] += 1
        else:
            s.wrong.append(f"{t['text']!r} -> {hit[0].text!r} {value} [{hit[0].rule}], gold {t['value']} "
                           f"(dct {doc['dct']}) | {around!r}")


def score(docs: Iterable[dict], finder: Callable[[str, date], list[DateMention]]) -> dict[str, Score]:
    out = {"tune": Score(), "held-out": Score()}
    for doc in docs:
        score_doc(out[document_half(doc["id"])], doc, finder(doc["text"], date.fromisoformat(doc["dct"])))
    return out


FRESH_ROUND = 4
WRITTEN_ROUND = 5
PASSAGE_ROUND = 6
LATER_ROUNDS = (WRITTEN_ROUND, PASSAGE_ROUND)


def news_gold(shared: Path, fresh: bool | None = None, written: bool = False, passages: bool = False) -> list[dict]:
    """The own TIMEX3 gold, each row with its text (resolved from ``shared`` where it cites a news item): all of
    it, or only the fresh round (``fresh=True``) or only the news rounds before it (``fresh=False``); with
    ``written=True`` only the fifth round's sentences written for the project, one or more per TIMEX3 DATE class;
    with ``passages=True`` only the sixth round's whole passages of unseen BBC and AG items."""
    rows = read_gold(NEWS_GOLD, shared)
    if written:
        return [r for r in rows if r.get("round") == WRITTEN_ROUND]
    if passages:
        return [r for r in rows if r.get("round") == PASSAGE_ROUND]
    if fresh is None:
        return rows
    return [r for r in rows if r.get("round") not in LATER_ROUNDS and (r.get("round") == FRESH_ROUND) == fresh]
