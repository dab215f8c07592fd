"""Compare extracted quotes, figures and dates with hand-made gold annotations.

The gold files (flashpoint/eval/gold/{figures,quotes,dates}_gold.jsonl) hold one news sentence or short
passage per line with what a careful reader takes from it (the quote gold's BBC and AG News rows cite
their sentence in ../shared by item id, offsets and hash: ``read_gold``); bench/claims.py prints the shares
these functions compute and the tests hold them above a floor (both run the pipeline and hand
the records in: this module only compares). Matching is lenient where the
contract is (speaker and claimant names: the gold word must appear in the name or the article
words of the reference, so "spokesman" matches "unnamed Borno spokesman") and strict where it
is not (values, hedges, categories, dates).

Conventions of the gold annotations: "dozens" is 24 at least, "hundreds" 200 at least,
"thousands" 2,000 at least, "scores" 40 at least; a range "1-4" or "between 10 and 15" is its
lower end, at least; "some" is "about".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from flashpoint.extract.timex import find_time_expressions
from flashpoint.ingest import ArticleInput
from flashpoint.records import ActorRef, ArticleRecords

@dataclass
class Score:
    name: str
    expected: int = 0
    right: int = 0
    predicted: int = 0
    extra: int = 0                                     # predicted with no gold counterpart
    misses: list[str] = field(default_factory=list)    # what went wrong, for the report
    details: dict[str, list[int]] = field(default_factory=dict)  # field -> [right, total]
    batches: dict[str, list[int]] = field(default_factory=dict)  # gold batch -> [right, total]

    @property
    def share(self) -> float:
        return self.right / self.expected if self.expected else 1.0

    def note(self, key: str, ok: bool) -> None:
        tally = self.details.setdefault(key, [0, 0])
        tally[0] += int(ok)
        tally[1] += 1

    def tally(self, batch: str, ok: bool) -> None:
        self.expected += 1
        self.right += int(ok)
        counts = self.batches.setdefault(batch, [0, 0])
        counts[0] += int(ok)
        counts[1] += 1

    def line(self) -> str:
        parts = [f"{self.name}: {self.right}/{self.expected} right ({self.share:.1%})",
                 f"{self.extra} extra of {self.predicted} predicted"]
        parts += [f"{k} {r}/{t}" for k, (r, t) in sorted(self.details.items())]
        if len(self.batches) > 1:
            parts.append("by batch " + ", ".join(f"{b} {r}/{t}" for b, (r, t) in self.batches.items()))
        return "; ".join(parts)

def names_match(expected: str | None, ref: ActorRef | None) -> bool:
    if expected is None:
        return ref is None
    if ref is None:
        return False
    words = f"{ref.name} {ref.text}".lower()
    return expected.lower() in words

def gold_inputs(rows: list[dict]) -> list[ArticleInput]:
    """The gold rows as articles, for ``pipeline.extract_records``."""
    return [ArticleInput(text=r["text"], id=r.get("id"), published=date.fromisoformat(r["published"])) for r in rows]

def match_and_tally(score: Score, rows: list[dict], results: Iterable[ArticleRecords], found_in, gold_key: str,
                    same, judge, missing, extra) -> Score:
    """The one scoring loop: each gold item of a row (``row[gold_key]``) takes the first found item
    (``found_in(records)``) not yet taken that ``same(found, gold)`` accepts. ``judge(score, found, gold)``
    notes its checks and returns (all right, what is wrong); gold items nothing matched are misses
    (``missing(gold)``) and found items no gold item took are extras (``extra(found)``)."""
    for row, rec in zip(rows, results):
        found = list(found_in(rec))
        score.predicted += len(found)
        used: set[int] = set()
        batch = row.get("batch", "dev")
        for gold in row[gold_key]:
            k = next((i for i, f in enumerate(found) if i not in used and same(f, gold)), None)
            if k is None:
                score.tally(batch, False)
                score.misses.append(f"{row['id']}: missing {missing(gold)}")
                continue
            used.add(k)
            ok, wrong = judge(score, found[k], gold)
            score.tally(batch, ok)
            if not ok:
                score.misses.append(f"{row['id']}: {wrong}")
        score.extra += len(found) - len(used)
        score.misses.extend(f"{row['id']}: extra {extra(f)}" for i, f in enumerate(found) if i not in used)
    return score

def score_figures(rows: list[dict], results: Iterable[ArticleRecords]) -> Score:
    return match_and_tally(
        Score("figures"), rows, results, lambda rec: rec.figures, "figures",
        same=lambda fig, gold: abs(fig.value - gold["value"]) < 1e-6, judge=_judge_figure,
        missing=lambda gold: f"{gold['value']:g} {gold['category']}",
        extra=lambda fig: f"{fig.value:g} {fig.category} ({fig.evidence.text!r})")

def _judge_figure(score: Score, fig, gold: dict) -> tuple[bool, str]:
    checks = {"category": fig.category == gold["category"], "approx": fig.approx == gold["approx"],
              "claimant": names_match(gold["claimant"], fig.claimant)}
    for key, ok in checks.items():
        score.note(key, ok)
    if "subject" in gold:
        score.note("subject", (fig.subject or "").lower() == (gold["subject"] or "").lower())
    if gold.get("actor"):
        score.note("actor", names_match(gold["actor"], fig.actor))
    if gold.get("scope"):
        score.note("scope", fig.scope is not None and fig.scope.text.lower() == gold["scope"].lower())
    wrong = ", ".join(f"{k}={_show(fig, k)} (want {gold[k]})" for k, ok in checks.items() if not ok)
    return all(checks.values()), f"{gold['value']:g} {wrong}"

def _show(fig, key: str) -> str:
    value = getattr(fig, key)
    if isinstance(value, ActorRef):
        return value.name
    return str(value)

def score_quotes(rows: list[dict], results: Iterable[ArticleRecords]) -> Score:
    return match_and_tally(
        Score("quotes"), rows, results, lambda rec: rec.quotes, "quotes",
        same=lambda q, gold: gold["contains"].lower() in q.text.lower(), judge=_judge_quote,
        missing=lambda gold: f"quote {gold['contains']!r}",
        extra=lambda q: f"quote {q.text[:50]!r} by {q.speaker.name if q.speaker else None}")

def _judge_quote(score: Score, q, gold: dict) -> tuple[bool, str]:
    checks = {"speaker": names_match(gold["speaker"], q.speaker), "direct": q.direct == gold["direct"]}
    for key, ok in checks.items():
        score.note(key, ok)
    if "via" in gold:
        score.note("via", sorted(q.via) == sorted(gold["via"]))
    return all(checks.values()), (f"{gold['contains']!r} speaker={q.speaker.name if q.speaker else None}"
                                  f" direct={q.direct} (want {gold['speaker']}, {gold['direct']})")

def score_dates(rows: list[dict]) -> Score:
    """Time expressions need no model: they are resolved from the text and the publication date."""
    score = Score("dates")
    for row in rows:
        published = date.fromisoformat(row["published"])
        mentions = find_time_expressions(row["text"], published)
        score.predicted += len(mentions)
        m = next((m for m in mentions if row["expression"].lower() in m.text.lower()), None)
        if m is None:
            score.tally(row.get("batch", "dev"), False)
            score.misses.append(f"{row['id']}: missing {row['expression']!r}")
            continue
        ok = m.date.isoformat() == row["date"] and (row.get("end") is None or
                                                    (m.end_date and m.end_date.isoformat() == row["end"]))
        score.note("date", m.date.isoformat() == row["date"])
        score.tally(row.get("batch", "dev"), bool(ok))
        if not ok:
            score.misses.append(f"{row['id']}: {row['expression']!r} -> {m.date} .. {m.end_date} "
                                f"(want {row['date']} .. {row.get('end')})")
    return score

@dataclass
class QuoteParts:
    """Quote figures per gold part ("tune", "held-out"; earlier rows under their own batch): the share of
    direct and of indirect gold quotes found with the right speaker, and precision (found quote records
    that a gold quote of their row takes)."""
    counts: dict[str, dict[str, list[int]]] = field(default_factory=dict)  # part -> figure -> [right, total]
    misses: dict[str, list[str]] = field(default_factory=dict)            # part -> what went wrong

    def add(self, part: str, figure: str, ok: bool) -> None:
        tally = self.counts.setdefault(part, {}).setdefault(figure, [0, 0])
        tally[0] += int(ok)
        tally[1] += 1

    def share(self, part: str, figure: str) -> float | None:
        right, total = self.counts.get(part, {}).get(figure, [0, 0])
        return right / total if total else None

    def table(self, parts: Iterable[str] = ("tune", "held-out")) -> str:
        parts = list(parts)
        lines = ["quotes by part: " + "  ".join(f"{p:>18}" for p in parts)]
        for figure in ("direct speaker", "indirect speaker", "precision"):
            cells = []
            for p in parts:
                right, total = self.counts.get(p, {}).get(figure, [0, 0])
                cells.append(f"{right:>3}/{total:<3} ({right / total:.2f})" if total else f"{'-':>18}")
            lines.append(f"  {figure:<16} " + "  ".join(f"{c:>18}" for c in cells))
        return "\n".join(lines)

def score_quote_parts(rows: list[dict], results: Iterable[ArticleRecords]) -> QuoteParts:
    """Each gold quote takes the first found quote of its row containing its words (as ``score_quotes``);
    its speaker is right when the gold name appears in the speaker's name or words."""
    parts = QuoteParts()
    for row, rec in zip(rows, results):
        part = row.get("batch", "dev")
        found = list(rec.quotes)
        used: set[int] = set()
        for gold in row["quotes"]:
            k = next((i for i, q in enumerate(found) if i not in used and gold["contains"].lower() in q.text.lower()),
                     None)
            if k is not None:
                used.add(k)
            q = found[k] if k is not None else None
            ok = q is not None and names_match(gold["speaker"], q.speaker)
            parts.add(part, "direct speaker" if gold["direct"] else "indirect speaker", ok)
            if not ok:
                got = "missing" if q is None else f"speaker={q.speaker.name if q.speaker else None}"
                parts.misses.setdefault(part, []).append(f"{row['id']}: {gold['contains']!r} {got} (want {gold['speaker']})")
        for i, q in enumerate(found):
            parts.add(part, "precision", i in used)
            if i not in used:
                parts.misses.setdefault(part, []).append(f"{row['id']}: extra {q.text[:60]!r}")
    return parts
