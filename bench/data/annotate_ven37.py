"""Writes bench/data/veto_fresh37.jsonl: 48 AG News test items in no other bench/data file 6 GeoWebNews
sentences and 26 GLOCON sample sentences (ven37), annotated
BEFORE the system ran on them: whether a root 18-20 event (someone killed, hurt, bombed or kidnapped by someone)
belongs in the item. 24 real attacks (AG World, one Sports item: a student killed by police) and 24 near misses:
disasters and accidents that kill (World) and violent words in sport and business (Sports/Business items of the
tune part of bench/events_precision.py). Alternate items of each kind are kept "aside" (never tuned on).

    python bench/data/annotate_ven37.py    # rewrites the jsonl from /work/shared
"""
import csv
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
from flashpoint.eval.news import _ag_clean  # noqa: E402
from flashpoint.paths import shared_dir  # noqa: E402

# the row index of AG News test.csv: True where a root 18-20 event belongs
ATTACKS = (3480, 3549, 3604, 7264, 4909, 5553, 4820, 7371, 4001, 3569, 3407, 4416, 4077, 3533, 3727, 5356, 4208, 3528,
           3906, 4813, 5155, 4108, 4583, 7198)
# sentences of GeoWebNews articles (2018; in no event bench: bench/events_fresh.py reads other ids) where a person is
# killed or stabbed by someone, told in the passive or without an armed actor, and where "set off" is no bombing
GWN = (
    ("gwn-123", True, "THIS is the first picture of the hero crack soldier who was killed by a buried bomb while battling "
                      "ISIS in Syria."),
    ("gwn-172", True, "A tense crowd gathered after Saheed Vassell was killed around 5 p.m. Wednesday in the Crown Heights "
                      "neighborhood of Brooklyn."),
    ("gwn-175", True, "A young woman was killed when a bullet ricocheted off a wall and hit her in the back as she stood in "
                      "the heart of gang territory, a court heard."),
    ("gwn-279", True, "Police say Bassett approached Beedle in the alley and stabbed him in the back."),
    ("gwn-128", False, "The dispute has set off sweeping expulsions of Russian diplomats from Britain and some of its allies, "
                       "followed by retaliatory expulsions of their diplomats from Russia."),
    ("gwn-131", False, "Li and a small group of supporters set off Wednesday on a march from Beijing."),
)
# GLOCON sample sentences (in no bench/data file; the casualty benches read other ones): a person killed, shot dead,
# hacked to death or assaulted by someone, told in the passive or by a police officer (True), and violent words of
# politics, markets, labour, sport and weather (False)
GLOCON_ATTACKS = ("5dad8232eab6db0017097f5b_9", "5dad8233eab6db00170981f3_4", "5dad8233eab6db00170981f3_10",
                  "5dad8233eab6db00170982a5_7", "5dad8233eab6db0017098318_5", "5dad8233eab6db00170987fc_7",
                  "5dad8233eab6db0017098698_1", "5dc271ef6c767a0017f2c256_16", "5dc271f06c767a0017f2c68c_1",
                  "5dc271f06c767a0017f2c892_1", "5db56b93ee1f200017463f49_22", "5db56b93ee1f200017463f49_23",
                  "5db56b93ee1f200017463f49_14", "5dad8233eab6db0017098698_5")
GLOCON_NEAR_MISSES = ("5db56b78ee1f2000174638b2_6", "5db56b78ee1f2000174638b2_22", "5dad8233eab6db00170987ef_6",
                      "5dad8233eab6db0017098503_5", "5dad8233eab6db00170983c2_24", "5dad8233eab6db0017098593_3",
                      "5dad8233eab6db0017098850_15", "5dc271ef6c767a0017f2c178_4", "5dc271f06c767a0017f2c6ab_12",
                      "5dc271f06c767a0017f2c6ab_32", "5dc271f06c767a0017f2c8c3_3", "5dad8233eab6db00170987fc_8")
NEAR_MISSES = (5276, 4716, 7071, 7172, 6776, 4423, 5642, 5575, 4217, 5717, 5304, 3113,
               4391, 3923, 3530, 5176, 4916, 3763, 3416, 6194, 4970, 4434, 3495, 6300)


def main() -> None:
    rows = list(csv.reader((shared_dir() / "data/news/ag_news-test/test.csv").open(encoding="utf-8")))
    out = []
    for kind, ids in ((True, ATTACKS), (False, NEAR_MISSES)):
        for n, i in enumerate(ids):
            _, title, desc = rows[i]
            out.append({"id": f"ag{i}", "half": "tune" if n % 2 == 0 else "aside",
                        "text": f"{_ag_clean(title)}\n\n{_ag_clean(desc)}", "violent": kind})
    for n, (key, kind, text) in enumerate(GWN):
        out.append({"id": key, "half": "tune" if n % 2 == 0 else "aside", "text": text, "violent": kind})
    glocon = {}
    for line in (shared_dir() / "data/case/glocon_gold_sample_sentences.jsonl").open(encoding="utf-8"):
        if line.strip():
            r = json.loads(line)
            glocon[r["id"]] = r["text"]
    for kind, ids in ((True, GLOCON_ATTACKS), (False, GLOCON_NEAR_MISSES)):
        for n, key in enumerate(ids):
            out.append({"id": f"glocon-{key}", "half": "tune" if n % 2 == 0 else "aside", "text": glocon[key],
                        "violent": kind})
    with (REPO / "bench/data/veto_fresh37.jsonl").open("w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
