"""What the fresh-set annotation scripts share: the texts of the shared corpora they pick from, by the ids they
give them, the half an item falls in, and the JSON Lines they write beside themselves.

Ids: "case2021-…" (a CASE 2021 task 2 snippet), "glocon-" + a GLOCON sample sentence's id, "agt" + the 0-based row
of AG News test.csv (its description), "gwn-" + anything (a GeoWebNews sentence, found by its article and opening).
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
from pathlib import Path

from flashpoint.eval.news import _ag_clean
from flashpoint.paths import shared_dir

SENTENCE_END = re.compile(r"(?<![A-Z]\.[A-Z])(?<!\bSt)[.][\u201d\"]?(?=\s|$)")


def half(tag: str, key: str) -> str:
    """"tune" or "aside", by SHA-1 of the round's tag and the item's id ("plv40:agt123")."""
    return "tune" if hashlib.sha1(f"{tag}:{key}".encode()).digest()[0] % 2 == 0 else "aside"


def sentence_from(text: str, opening: str) -> str:
    """The sentence of the article that opens so: up to the first full stop that ends no abbreviation (U.S., St.)."""
    start = text.index(opening)
    end = SENTENCE_END.search(text, start)
    return " ".join(text[start:end.end() if end else len(text)].split())


class FreshTexts:
    """The shared corpora's texts by a fresh set's ids (see the module docstring)."""

    def __init__(self, shared: Path | None = None):
        shared = shared or shared_dir()
        self.case = {}
        for name in ("case2021_task2_test_labeled.jsonl", "glocon_gold_sample_sentences.jsonl"):
            for line in (shared / "data/case" / name).open(encoding="utf-8"):
                r = json.loads(line)
                self.case[r["id"]] = r["text"]
        with (shared / "data/news/ag_news-test/test.csv").open(encoding="utf-8", newline="") as f:
            self.ag = list(csv.reader(f))
        self.gwn = [json.loads(x) for x in (shared / "data/geoparsing-dev/geowebnews.jsonl").open(encoding="utf-8")]

    def text(self, key: str, gwn_openings: dict[str, tuple[int, str]]) -> str:
        if key.startswith("case"):
            return " ".join(self.case[key].split())
        if key.startswith("glocon-"):
            return " ".join(self.case[key[len("glocon-"):]].split())
        if key.startswith("agt"):
            return _ag_clean(self.ag[int(key[3:])][2])
        n, opening = gwn_openings[key]
        return sentence_from(self.gwn[n]["text"], opening)


def write_rows(rows: list[dict], name: str) -> None:
    """Write the rows as JSON Lines to bench/data/`name` and say how many fell in the tune half."""
    out = Path(__file__).resolve().parent / name
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(len(rows), "rows;", sum(r["half"] == "tune" for r in rows), "tune")
