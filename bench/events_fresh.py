"""Material conflict on fresh non-conflict news: articles no event bench, model or rule was tuned on.

    .venv/bin/python bench/events_fresh.py        # the count per source, then every 14-20 event

bench/events_precision.py scores every item of AG News test and of the BBC corpus (each in its tune or
held-out part), so the veto rules and the sense model were fitted on the halves of those corpora. This
judge reads 150 whole articles from two other shared corpora, all of them news about business,
technology, sport, entertainment or daily life: the 120 MEANTIME Wikinews articles (Airbus and Boeing,
Apple, General Motors, the stock market; data/timex-dev, its text only) and 30 GeoWebNews articles of
2018 (data/geoparsing-dev, the ids below, chosen by their headlines from the half of that corpus the
geoparsing bench tunes on). No material-conflict event (CAMEO roots 14-20) belongs in them, but where
someone is physically attacked (gwn-167: a star's son hurt in a car attack).
"""

from __future__ import annotations

import datetime
import json
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from flashpoint.paths import shared_dir  # noqa: E402
from flashpoint.pipeline import build_pipeline  # noqa: E402
from flashpoint.records import Article  # noqa: E402

MATERIAL = {str(r) for r in range(14, 21)}
VIOLENT = {str(r) for r in range(18, 21)}
MEANTIME = Path("data/timex-dev/meantime-en.jsonl")
GEOWEBNEWS = Path("data/geoparsing-dev/geowebnews.jsonl")
# GeoWebNews articles about business, technology, sport, entertainment and daily life (by headline)
GWN_IDS = ("gwn-002", "gwn-010", "gwn-019", "gwn-026", "gwn-030", "gwn-108", "gwn-116", "gwn-118", "gwn-122",
           "gwn-132", "gwn-134", "gwn-137", "gwn-139", "gwn-142", "gwn-167", "gwn-181", "gwn-184", "gwn-185",
           "gwn-191", "gwn-200", "gwn-214", "gwn-221", "gwn-243", "gwn-248", "gwn-253", "gwn-284", "gwn-287",
           "gwn-295", "gwn-296", "gwn-309")

# the recall guard: short reports of real attacks, many of them in entertainment, sport or business news, written
# for this judge before the coder read them; each needs an assault, fight or mass-violence event (roots 18-20)
ATTACKS = (
    'The pop singer Mara Quinn was stabbed outside a London nightclub on Saturday, police said.',
    'Gunmen attacked a gold mine in northern Burkina Faso on Tuesday, killing four guards.',
    'A man shot the actor Daniel Price in the leg after the premiere of his new film in Los Angeles.',
    'Masked men beat a television presenter with iron bars as he left the studio in Lagos.',
    'Armed robbers attacked the headquarters of a mining company in Johannesburg, wounding two security guards.',
    'Rebels ambushed a convoy carrying staff of an oil company in the Niger Delta, killing three workers.',
    'The rapper was shot dead in a drive-by shooting in Atlanta on Sunday night.',
    'Militants bombed an oil pipeline operated by Shell near Port Harcourt.',
    'A fan attacked the goalkeeper with a knife during the match in Istanbul.',
    'Pirates seized a cargo ship owned by a Danish shipping firm off the coast of Somalia.',
    'Soldiers opened fire on striking miners at the platinum mine, killing 34 people.',
    'Protesters stormed the offices of the technology company and set fire to the building.',
    'A gunman killed three employees at the headquarters of the software firm in California.',
    'Insurgents kidnapped two engineers working for a Chinese telecoms company in Afghanistan.',
    'The director was assaulted by two men in a car park after the festival screening in Cannes.',
    'Police fired tear gas at fans who attacked officers outside the stadium in Cairo.',
    'A suicide bomber blew himself up at the entrance of a hotel hosting a business conference in Kabul, killing 12 people.',
    'Attackers set fire to a cinema showing the controversial film in Jakarta, injuring five people.',
    "Troops shelled the town where the company's factory stands, killing 20 civilians.",
    'A mob beat the journalist to death after he published a story on the banking scandal.',
)


def articles(shared: Path) -> list[tuple[str, str, str, str, datetime.date]]:
    """(id, source, title, text, date) of the 150 articles."""
    out = []
    for line in (shared / MEANTIME).open(encoding="utf-8"):
        if line.strip():
            r = json.loads(line)
            out.append((r["id"], f"meantime/{r['corpus']}", r["title"], r["text"],
                        datetime.date.fromisoformat(r["dct"])))
    wanted = set(GWN_IDS)
    for line in (shared / GEOWEBNEWS).open(encoding="utf-8"):
        if line.strip():
            r = json.loads(line)
            if r["id"] in wanted:
                out.append((r["id"], "geowebnews", r["title"], f"{r['title']}\n\n{r['text']}", datetime.date(2018, 4, 1)))
    return out


def main() -> None:
    shared = shared_dir()
    if shared is None:
        sys.exit("../shared not found (set FLASHPOINT_SHARED)")
    items = articles(shared)
    nlp = build_pipeline()
    t0 = time.perf_counter()

    def gen():
        for key, _, title, text, day in items:
            d = nlp.make_doc(text)
            d._.fp_article = Article(id=key, title=title, published=day, source="bench", text=text)
            yield d

    per_source: Counter = Counter()
    n_source: Counter = Counter(src for _, src, _, _, _ in items)
    lines = []
    for (key, src, _, _, _), doc in zip(items, nlp.pipe(gen(), batch_size=16)):
        sents = [s.text for s in doc.sents]
        for e in doc._.fp_events or []:
            if e.root not in MATERIAL:
                continue
            per_source[src] += 1
            s = f"{e.source.name}[{e.source.code or '-'}]" if e.source else "-"
            t = f"{e.target.name}[{e.target.code or '-'}]" if e.target else "-"
            sent = " ".join(sents[e.sentence].split())[:300] if e.sentence < len(sents) else ""
            lines.append(f"  {key}: {e.code} {s} -> {t}  rule={e.rule}\n      | {sent}")
    total = sum(per_source.values())
    print(f"fresh: material-conflict events (roots 14-20) on {len(items)} non-conflict articles: {total} "
          f"({100 * total / len(items):.1f} per 100)")
    for src in sorted(n_source):
        print(f"  {src:<18} {per_source[src]:>3} in {n_source[src]} articles")
    print("\n".join(lines))
    hits = []
    for text, doc in zip(ATTACKS, nlp.pipe(ATTACKS, batch_size=16)):
        violent = [e for e in doc._.fp_events or [] if e.root in VIOLENT]
        hits.append(bool(violent))
        print(f"  {'ok ' if violent else 'MISS'} {' '.join(f'{e.code} {e.source.code if e.source else None}->{e.target.code if e.target else None}' for e in violent) or '-'} | {text}")
    print(f"recall guard: {sum(hits)}/{len(hits)} real attack reports with a root 18-20 event")
    print(f"speed: {time.perf_counter() - t0:.0f} s")


if __name__ == "__main__":
    main()
