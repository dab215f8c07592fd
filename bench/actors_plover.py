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
except three spellings of older code lists: JAP (JPN), ITL (ITA) and TLS (CAMEO's TMP for Timor-Leste).
Gold "IGO", "NGO" and "IMG" mean "an organisation of that type": any code starting so counts; the gold
writes IGO for every international organisation, NGOs included (Amnesty International, the Red Cross),
so for a gold IGO an NGO code counts too. A gold sector
is its first three letters (CVLalb -> CVL); CIV and JRN are the older names of CVL and MED; "***" (uncoded)
is left out of the sector score; no sector means the actor should have no role. An actor text not found in
the sentence (a few gold texts paraphrase) counts as wrong.
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from flashpoint.paths import shared_dir  # noqa: E402
from flashpoint.settings import component_defaults  # noqa: E402

CODE_ALIASES = {"JAP": "JPN", "ITL": "ITA", "TLS": "TMP"}
SECTOR_ALIASES = {"CIV": "CVL", "JRN": "MED", "MOS": "REL", "SOC": "CVL"}
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
    if "..." in t:
        t = t.split("...")[0].strip()
    for cand in (t, t.split("  ")[0], t.split(" (")[0]):
        i = text.find(cand)
        if i >= 0 and cand:
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
    n = country_ok = sector_n = sector_ok = 0
    misses = []
    for r in rows:
        text = r["text"]
        doc = nlp(text)
        doc._.fp_article = Article(id=r["id"], title=None, published=datetime.date.fromisoformat(r["date"]),
                                   source=None, text=text)
        mentions = recognizer.find(doc)
        for role, a in gold_actors(r):
            n += 1
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
            org_ok = best is not None and gold_country in ORG_TYPES and best.code and (
                best.code.startswith(gold_country) or (gold_country == "IGO" and best.code.startswith(("NGO", "NGM"))))
            if got == gold_country or org_ok:
                country_ok += 1
                gs = a.get("sector")
                if gs == "***":
                    continue
                gold_sector = SECTOR_ALIASES.get((gs or "")[:3].upper(), (gs or "")[:3].upper()) or None
                ours = best.sector if best.kind not in ("country", "organisation", "group") or best.role else None
                ours = SECTOR_ALIASES.get(ours, ours) if ours else None
                if gold_country in ORG_TYPES and gold_sector is None:
                    ours = None
                sector_n += 1
                if ours == gold_sector:
                    sector_ok += 1
                elif args.verbose:
                    misses.append(f"SECTOR {r['id']}: {a['actorText']!r} gold {gold_sector} got {ours} ({best.text!r} {best.code} {best.rule})")
            elif args.verbose:
                misses.append(f"COUNTRY {r['id']}: {a['actorText']!r} gold {a['code']} got "
                              f"{(best.text, best.code, best.rule) if best else None}  | {text[:110]}")
    for m in misses:
        print(m)
    print(f"PLOVER gold actors: {n}; country right: {country_ok} ({country_ok / n:.1%}); "
          f"sector right among those (coded sectors only): {sector_ok}/{sector_n} ({sector_ok / max(sector_n, 1):.1%})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
