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


# -- the unseen samples (annotate_sample37.py, 39, 41): texts as an analyst read them, and their records ------------

AG_BOLD = re.compile(r"\s*&lt;b&gt;.*?&lt;/b&gt;")
AG_PARAGRAPH = re.compile(r"&lt;/?p&gt;")


def sample_texts(ag: list[str], bbc_ends: dict[str, str], published: dict[str, str] | None = None,
                 world_only: bool = True, shared: Path | None = None) -> list[dict]:
    """A sample's texts, {id, published, text}: each AG News test row of ``ag`` as its cleaned headline, a blank line
    and its description (bold marks and paragraph tags dropped), dated 2004-09-01 unless ``published`` dates it (a
    World item only, with ``world_only``); each BBC politics article of ``bbc_ends`` (its id -> the words its text is
    read up to) as its title, a blank line and its body up to those words, dated 2005-03-01."""
    shared = shared or shared_dir()
    with (shared / "data/news/ag_news-test/test.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    out = []
    for n in ag:
        label, title, desc = rows[int(n)]
        assert label == "1" or not world_only, n
        title, desc = (AG_BOLD.sub("", s).replace(" #39;", "#39;") for s in (title, desc))
        desc = AG_PARAGRAPH.sub(" ", desc)
        out.append({"id": f"ag-test-{n}", "published": (published or {}).get(n, "2004-09-01"),
                    "text": f"{_ag_clean(title)}\n\n{_ag_clean(desc.replace(chr(92), ' '))}"})
    with (shared / "data/news/bbc-fulltext-2004-2005/bbc.jsonl").open(encoding="utf-8") as f:
        bbc = {j["id"]: j for j in map(json.loads, f)}
    for key, end in bbc_ends.items():
        j = bbc[key]
        out.append({"id": key, "published": "2005-03-01",
                    "text": f"{j['title']}\n\n{j['text'][:j['text'].index(end) + len(end)]}"})
    return out


def write_sample(name: str, texts: list[dict], ann: dict[str, dict], kind: dict[str, str]) -> list[dict]:
    """Join a sample's texts with their annotation (``kind``: an item's kind where it is not "conflict" for AG items
    or "bbc-politics"), write them to bench/data/``name`` and return them."""
    out = [{"id": b["id"], "kind": kind.get(b["id"], "conflict" if b["id"].startswith("ag") else "bbc-politics"),
            "published": b["published"], "text": b["text"], **ann[b["id"]]} for b in texts]
    assert {o["id"] for o in out} == set(ann), set(ann) ^ {o["id"] for o in out}
    path = Path(__file__).resolve().parent / name
    path.write_text("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out), encoding="utf-8")
    return out


def E(s, t, r, x):
    """An event: source and target codes (None: not judged), CAMEO root, the text's words."""
    return {"source": s, "target": t, "root": r, "text": x}


def A(n, c):
    """An actor: its name in the text and its code."""
    return {"name": n, "code": c}


def P(n, c, f):
    """A place: its name, its country and what kind of place it is."""
    return {"name": n, "country": c, "feature": f}


def D(t, v):
    """A date: the expression and its value."""
    return {"text": t, "value": v}


def Q(s, d):
    """A quote: the speaker as the text names them, and whether the words are quoted (direct)."""
    return {"speaker": s, "direct": d}
