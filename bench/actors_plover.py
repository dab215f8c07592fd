"""Actor coding against the PLOVER gold standard records (../shared/data/plover/plover_gsr_cameo.jsonl).

For every gold source/target actor (its text, country code and sector), find the Flashpoint actor mention
over that text and print the share whose country is right and, of those, the share whose sector is right.

    .venv/bin/python bench/actors_plover.py              # rules only (blank tokenizer + sentencizer + fp_actors)
    .venv/bin/python bench/actors_plover.py --model      # the packaged pipeline (trained model: NER fallback)
    .venv/bin/python bench/actors_plover.py --import-phoenix   # plus the Phoenix actor dictionaries, as a user
                                                               # who ran `flashpoint actors import` would have them
    .venv/bin/python bench/actors_plover.py -v           # list every miss

Scoring notes. The gold is the CAMEO 1.1b3 manual's example sentences coded in PLOVER (2016); every record
is dated 2000-01-01, which is the date actors are coded for. Gold country codes are compared as written
except four spellings of older code lists: JAP (JPN), ITL (ITA), VTN (VNM) and TLS (CAMEO's TMP for Timor-Leste).
Gold "IGO", "NGO" and "IMG" mean "an organisation of that type": any code starting so counts; the gold
writes IGO for every international organisation, NGOs included (Amnesty International, the Red Cross),
so for a gold IGO an NGO code counts too. A gold sector
is its first three letters (CVLalb -> CVL), read in CAMEO's terms: CIV and SOC are CVL, MOS is REL, and
the gold's JRN (journalists: "La Prensa") is CAMEO's MED while its MED (medical: "Swiss doctors", the Red
Cross) is CAMEO's HLH, as in the PLOVER agents dictionary; "***" (uncoded)
is left out of the sector score; no sector means the actor should have no role. A gold text not found in
the sentence as written (a few gather words the sentence parts: "US forces" in "US and British forces") is
looked for by its longest opening with a capitalised word in it ("US"); one not found so counts as wrong.

The records are split by a hash of their id (flashpoint/eval/split.py) into a tune part and a held-out
part, printed side by side; -v lists the misses of the tune part only. Four figures per part: country
right (of all gold actors); sector right among those with the country right (the figure of old); sector
right of all gold actors with a coded sector (an actor not found counts as wrong); country right among
the actors a coded mention was found for.
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from flashpoint.eval.split import part_in_thirds as part  # noqa: E402
from flashpoint.paths import shared_dir  # noqa: E402
from flashpoint.settings import component_defaults  # noqa: E402

CODE_ALIASES = {"JAP": "JPN", "ITL": "ITA", "TLS": "TMP", "VTN": "VNM"}
GOLD_SECTORS = {"CIV": "CVL", "SOC": "CVL", "MOS": "REL", "JRN": "MED", "MED": "HLH"}    # PLOVER gold -> CAMEO
ORG_TYPES = ("IGO", "NGO", "IMG", "NGM")


def build(model: bool, import_phoenix: bool):
    import spacy

    import flashpoint.extract.actors  # noqa: F401
    from flashpoint.extract.actors import ActorRecognizer
    from flashpoint.kb.knowledge_base import KnowledgeBase
    from flashpoint.kb.petrarch import load_petrarch_actors, load_petrarch_agents

    kb = KnowledgeBase.default()
    if import_phoenix:
        d = shared_dir() / "data" / "phoenix-dictionaries"
        for name in ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"):
            kb.add(load_petrarch_actors(d / name))
        kb.add(agents=load_petrarch_agents(d / "Phoenix.agents.txt"))
    if model:
        from flashpoint.nlp.model import fresh_model

        nlp = fresh_model()
    else:
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
    settings = component_defaults("fp_actors")
    return nlp, ActorRecognizer(kb, fuzzy_threshold=settings["fuzzy_threshold"], use_ner=settings["use_ner"]), kb


def gold_actors(record: dict):
    for role in ("source", "target"):
        v = record.get(role)
        if isinstance(v, list):
            for a in v:
                if a.get("actorText") and a.get("code"):
                    yield role, a


def locate(text: str, actor_text: str) -> tuple[int, int] | None:
    t = " ".join(actor_text.split())
    if ".." in t:
        t = t.split("..")[0].strip()
    for cand in (t, t.split("  ")[0], t.split(" (")[0]):
        i = text.find(cand)
        if i >= 0 and cand:
            return i, i + len(cand)
    # a gold text that gathers words the sentence parts ("US forces" in "US and British forces", "Jordan's
    # King Abdullah II" in "Jordan's visiting King Abdullah II"): its longest opening found as written,
    # when that opening holds a capitalised word (the name that carries the country), not a bare noun
    words = t.split()
    for n in range(len(words) - 1, 0, -1):
        cand = " ".join(words[:n])
        i = text.find(cand)
        if i >= 0 and any(w[:1].isupper() for w in words[:n]) and (i + len(cand) == len(text) or not text[i + len(cand)].isalnum()):
            return i, i + len(cand)
    return None


def country_of(code: str | None, kb) -> str | None:
    if not code:
        return None
    for prefix in ORG_TYPES:
        if code.startswith(prefix):
            return prefix
    country, _ = kb.split(code)
    return country or code[:3]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", action="store_true")
    ap.add_argument("--import-phoenix", action="store_true")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    shared = shared_dir()
    if shared is None:
        print("../shared not found", file=sys.stderr)
        return 2
    from flashpoint.records import Article

    nlp, recognizer, kb = build(args.model, args.import_phoenix)
    rows = [json.loads(l) for l in (shared / "data" / "plover" / "plover_gsr_cameo.jsonl").open(encoding="utf-8")]
    from collections import Counter

    stats = {"tune": Counter(), "held-out": Counter()}
    misses = []
    for r in rows:
        st = stats[part(r["id"])]
        show = args.verbose and part(r["id"]) == "tune"
        text = r["text"]
        doc = nlp(text)
        doc._.fp_article = Article(id=r["id"], title=None, published=datetime.date.fromisoformat(r["date"]),
                                   source=None, text=text)
        mentions = recognizer.find(doc)
        for role, a in gold_actors(r):
            st["n"] += 1
            gs = a.get("sector")
            if gs != "***":
                st["sector_all"] += 1
            gold_code = CODE_ALIASES.get(a["code"], a["code"])
            gold_country = next((p for p in ORG_TYPES if gold_code.startswith(p)), gold_code[:3])
            where = locate(text, a["actorText"])
            best = None
            if where is not None:
                over = [m for m in mentions if m.start_char < where[1] and m.end_char > where[0]]
                # the mention that covers most of the gold text, coded ones first
                over.sort(key=lambda m: (m.code is None, -(min(m.end_char, where[1]) - max(m.start_char, where[0]))))
                best = over[0] if over else None
            got = country_of(best.code, kb) if best else None
            st["found"] += bool(best is not None and best.code)
            org_ok = best is not None and gold_country in ORG_TYPES and best.code and (
                best.code.startswith(gold_country) or (gold_country == "IGO" and best.code.startswith(("NGO", "NGM"))))
            if got == gold_country or org_ok:
                st["country_ok"] += 1
                if gs == "***":
                    continue
                gold_sector = GOLD_SECTORS.get((gs or "")[:3].upper(), (gs or "")[:3].upper()) or None
                ours = best.sector if best.kind not in ("country", "organisation", "group") or best.role else None
                if gold_country in ORG_TYPES and gold_sector is None:
                    ours = None
                st["sector_n"] += 1
                if ours == gold_sector:
                    st["sector_ok"] += 1
                elif show:
                    misses.append(f"SECTOR {r['id']}: {a['actorText']!r} gold {gold_sector} got {ours} ({best.text!r} {best.code} {best.rule})")
            elif show:
                misses.append(f"COUNTRY {r['id']}: {a['actorText']!r} gold {a['code']} got "
                              f"{(best.text, best.code, best.rule) if best else None}  | {text[:110]}")
    for m in misses:
        print(m)
    def pct(a, b):
        return f"{a / b:6.1%}" if b else "   n/a"

    print(f"PLOVER gold actors {'':40s}{'tune':>10s}{'held-out':>10s}")
    print(f"  {'gold actors':56s}" + "".join(f"{stats[p]['n']:>10d}" for p in stats))
    rows_out = [("country right (>= 95%)", "country_ok", "n"),
                ("sector right, of those with the country right", "sector_ok", "sector_n"),
                ("sector right, of all with a coded sector (>= 80%)", "sector_ok", "sector_all"),
                ("country right, of those found with a code", "country_ok", "found")]
    for label, a, b in rows_out:
        print(f"  {label:56s}" + "".join(f"{pct(stats[p][a], stats[p][b]):>10s}" for p in stats))
    return 0


if __name__ == "__main__":
    sys.exit(main())
