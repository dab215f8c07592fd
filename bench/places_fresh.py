"""Score the packaged pipeline on a fresh place annotation file (bench/data/geo35_fresh_places.tsv by default;
geo36's, geo37's, wot37's and geo38's rounds are bench/data/geo36_fresh_places.tsv, geo37_fresh_places.tsv,
wot37_fresh_places.tsv, geo38_fresh_places.tsv and geo39_fresh_places.tsv (groups of countries: country "-"); geo37's and wot37's texts include GUM-open documents, gum:ID): a mention is right
when a place record covers its first occurrence within 161 km of the expected point (or, for "none", when no
record covers it).

    .venv/bin/python bench/places_fresh.py [tune|aside|all] [-v] [FILE.tsv]

With no file, every round's (geo35, geo36, geo37, wot37, geo38, geo39); with no half, both (-v lists the misses, never the aside half's).
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

from flashpoint.eval.geoparsing import km
from flashpoint.paths import shared_dir
from flashpoint.pipeline import build_pipeline

DATA = Path(__file__).resolve().parent / "data" / "geo35_fresh_places.tsv"
# A group of countries or a multi-country region (country "-", geo39's file): right when a record with no single
# country covers it within this distance of the rough middle written down
GROUP_KM = 1500


def texts(sources: set[str]) -> dict[str, str]:
    news = shared_dir() / "data" / "news"
    out = {}
    with open(news / "ag_news-test" / "test.csv", encoding="utf-8") as f:
        for i, row in enumerate(csv.reader(f), 1):
            if f"ag:{i}" in sources:
                out[f"ag:{i}"] = row[1] + "\n\n" + row[2].replace("\\", " ")
    for line in open(news / "bbc-fulltext-2004-2005" / "bbc.jsonl", encoding="utf-8"):
        d = json.loads(line)
        if f"bbc:{d['id']}" in sources:
            out[f"bbc:{d['id']}"] = d["title"] + "\n\n" + d["text"]
    out.update(gum_texts({s[4:] for s in sources if s.startswith("gum:")}))
    return out


def gum_texts(ids: set[str]) -> dict[str, str]:
    """GUM-open documents by id: the first sentence (the title), a blank line, the others joined by spaces."""
    sentences: dict[str, list[str]] = {}
    doc = None
    for path in sorted((shared_dir() / "corpora" / "gum-open").glob("*.conllu")) if ids else ():
        for line in open(path, encoding="utf-8"):
            if line.startswith("# newdoc id"):
                doc = line.split("=", 1)[1].strip()
            elif line.startswith("# text = ") and doc in ids:
                sentences.setdefault(doc, []).append(line[9:].strip())
    return {f"gum:{d}": s[0] + "\n\n" + " ".join(s[1:]) for d, s in sentences.items()}


ROUNDS = (DATA, DATA.parent / "geo36_fresh_places.tsv", DATA.parent / "geo37_fresh_places.tsv",
          DATA.parent / "wot37_fresh_places.tsv", DATA.parent / "geo38_fresh_places.tsv",
          DATA.parent / "geo39_fresh_places.tsv")


def main(argv: list[str]) -> int:
    """Every round's file and both halves unless a file or a half is named."""
    parts = [a for a in argv if a in ("tune", "aside", "all")] or ["tune", "aside"]
    files = [Path(a) for a in argv if a.endswith(".tsv")] or [f for f in ROUNDS if f.is_file()]
    nlp = build_pipeline()
    for data in files:
        for part in parts:
            score(nlp, data, part, "-v" in argv)
    return 0


def score(nlp, data: Path, part: str, verbose: bool) -> None:
    rows = [r for r in csv.DictReader((ln for ln in open(data, encoding="utf-8") if not ln.startswith("#")),
                                      delimiter="\t") if part == "all" or r["part"] == part]
    src = texts({r["source"] for r in rows})
    docs = dict(zip(src, nlp.pipe(src.values())))
    right = 0
    for r in rows:
        doc = docs[r["source"]]
        text = doc.text
        start = text.find(r["mention"], text.find("\n\n") + 2)
        if start < 0:
            start = text.find(r["mention"])
        end = start + len(r["mention"])
        hits = [p for p in doc._.fp_places or [] if p.evidence.start < end and start < p.evidence.end]
        if r["expected"] == "none":
            ok, got = not hits, [p.name for p in hits]
        else:
            got = [(p.name, p.country, p.feature, round(km(p.lat, p.lon, float(r["lat"]), float(r["lon"])))
                    if p.lat is not None else None) for p in hits]
            ok = any(g[3] is not None and g[3] <= 161 for g in got) if r["country"] != "-" else \
                any(g[3] is not None and g[3] <= GROUP_KM and not g[1] for g in got)
        right += ok
        if verbose and part != "aside":
            print(("ok  " if ok else "BAD ") + f"{r['source']:22} {r['mention']!r:22} want {r['expected']} got {got}")
    print(f"{data.stem} {part}: {right}/{len(rows)} right")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
