"""The shared news corpora and event gold files, each item with its part of the split (splits.py).

Read by bench/events_precision.py and training/train_sense.py, so the benchmark and the training
script see the same items in the same parts. Paths are relative to the shared folder (../shared).

- AG News test (title + short description; World, Sports, Business, Sci/Tech) and the BBC full-text
  articles (business, entertainment, politics, sport, tech): `news_items`.
- ConfliBERT CAMEO sentences with a PentaClass label, PLOVER gold sentences, CASE 2021 task 2
  snippets and GLOCON sentences: `gold_rows`.
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass
from pathlib import Path

from flashpoint.eval.split import part_of

AG_NEWS = Path("data/news/ag_news-test/test.csv")
AG_CLASSES = Path("data/news/ag_news-test/classes.txt")
BBC = Path("data/news/bbc-fulltext-2004-2005/bbc.jsonl")
CONFLIBERT_CLASS = Path("data/cameo-conflibert/cameo_class_train.jsonl")
PLOVER_GOLD = Path("data/plover/plover_gsr_cameo.jsonl")
CASE2021 = Path("data/case/case2021_task2_test_labeled.jsonl")
GLOCON = Path("data/case/glocon_gold_sample_sentences.jsonl")
GEOWEBNEWS = Path("data/geoparsing-dev/geowebnews.jsonl")

# corpus/category pairs that are not conflict news: no material-conflict event belongs in them
NON_CONFLICT = ("ag/Sports", "ag/Business", "ag/Sci/Tech", "bbc/sport", "bbc/business", "bbc/tech",
                "bbc/entertainment")
# AG News descriptions carry HTML entities without their ampersand and backslashes for line breaks (the product
# decodes such references itself, ingest.article_input.decoded_references; this cleaning stays as it was because
# the tune/held-out split hashes the cleaned text)
_AG_ENTITIES = {" #36;": " $", "#36;": "$", "#39;": "'", "quot;": '"', "amp;": "&", "lt;": "<", "gt;": ">"}
_AG_RE = re.compile("|".join(re.escape(k) for k in sorted(_AG_ENTITIES, key=len, reverse=True)))


@dataclass(frozen=True)
class NewsItem:
    key: str        # what the split hashes: the id (BBC) or the headline and description (AG News)
    corpus: str     # "ag" or "bbc"
    category: str   # the corpus's own class name
    title: str
    text: str       # headline, blank line, body: as a reader pastes an article
    part: str       # splits.TUNE or splits.HELDOUT

    @property
    def group(self) -> str:
        return f"{self.corpus}/{self.category}"


def _ag_clean(s: str) -> str:
    return re.sub(r"\s+", " ", _AG_RE.sub(lambda m: _AG_ENTITIES[m.group(0)], s.replace("\\", " "))).strip()


def ag_news(shared: Path) -> list[NewsItem]:
    classes = (shared / AG_CLASSES).read_text(encoding="utf-8").split()
    out = []
    with (shared / AG_NEWS).open(encoding="utf-8", newline="") as f:
        for label, title, desc in csv.reader(f):
            title, desc = _ag_clean(title), _ag_clean(desc)
            key = f"{title}\n{desc}"
            out.append(NewsItem(key=key, corpus="ag", category=classes[int(label) - 1], title=title,
                                text=f"{title}\n\n{desc}", part=part_of(key)))
    return out


def bbc(shared: Path) -> list[NewsItem]:
    out = []
    for line in (shared / BBC).open(encoding="utf-8"):
        r = json.loads(line)
        out.append(NewsItem(key=r["id"], corpus="bbc", category=r["category"], title=r["title"],
                            text=f"{r['title']}\n\n{r['text']}", part=part_of(r["id"])))
    return out


def news_items(shared: Path) -> list[NewsItem]:
    return ag_news(shared) + bbc(shared)


def incident_snippets(shared: Path) -> list[NewsItem]:
    """The CASE 2021 task 2 snippets (short incident reports and other news, ACLED-typed), each its own
    item under its id ("case2021-t2-0001"), split like the other news (halves of the id)."""
    out = []
    for line in (shared / CASE2021).open(encoding="utf-8"):
        if line.strip():
            r = json.loads(line)
            out.append(NewsItem(key=r["id"], corpus="case", category=r.get("acled_event_type") or r["label"],
                                title="", text=r["text"], part=part_of(r["id"])))
    return out


def web_news(shared: Path) -> list[NewsItem]:
    """The GeoWebNews articles (2018 web news, local and world), headline, blank line, body, by id ("gwn-000")."""
    out = []
    for line in (shared / GEOWEBNEWS).open(encoding="utf-8"):
        if line.strip():
            r = json.loads(line)
            out.append(NewsItem(key=r["id"], corpus="gwn", category="web", title=r["title"],
                                text=f"{r['title']}\n\n{r['text']}", part=part_of(r["id"])))
    return out


def glocon_documents(shared: Path) -> list[NewsItem]:
    """The GLOCON gold sample's documents (news-agency copy, protest and politics, South Africa among
    others), each whole: its sentences in order, joined by a space, under "glocon-<file stem>"."""
    sentences: dict[str, list[tuple[int, str]]] = {}
    for line in (shared / GLOCON).open(encoding="utf-8"):
        if line.strip():
            r = json.loads(line)
            sentences.setdefault(r["doc"], []).append((int(r["sent_num"]), r["text"].strip()))
    out = []
    for doc, rows in sentences.items():
        key = "glocon-" + doc.rsplit(".", 1)[0]
        out.append(NewsItem(key=key, corpus="glocon", category="news", title="",
                            text=" ".join(t for _, t in sorted(rows)), part=part_of(key)))
    return out


def items_by_id(shared: Path) -> dict[str, NewsItem]:
    """Every news item under the id gold files cite it by: the BBC id ("bbc-politics-027") or "ag-test-N",
    N the item's 0-based row in AG News test.csv; the CASE 2021 snippet ("case2021-t2-0001") and
    GeoWebNews ("gwn-000") ids and the GLOCON documents ("glocon-SAP...") where those files are present."""
    out = {f"ag-test-{i}": it for i, it in enumerate(ag_news(shared))}
    out.update((it.key, it) for it in bbc(shared))
    for path, read in ((CASE2021, incident_snippets), (GEOWEBNEWS, web_news), (GLOCON, glocon_documents)):
        if (shared / path).is_file():
            out.update((it.key, it) for it in read(shared))
    return out


def gold_rows(shared: Path, path: Path) -> list[dict]:
    """The rows of a JSON Lines gold file, each with its "part" (split on the row's id)."""
    rows = []
    for line in (shared / path).open(encoding="utf-8"):
        if line.strip():
            r = json.loads(line)
            r["part"] = part_of(str(r["id"]))
            rows.append(r)
    return rows


__all__ = ["NewsItem", "NON_CONFLICT", "news_items", "items_by_id", "ag_news", "bbc", "gold_rows", "CONFLIBERT_CLASS",
           "PLOVER_GOLD", "CASE2021", "GLOCON", "GEOWEBNEWS", "incident_snippets", "web_news", "glocon_documents"]
