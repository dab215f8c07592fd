"""Place extraction scored against flashpoint/eval/gold/places_gold.jsonl and the PLOVER gold event locations.

A gold mention counts as right when a Place covers it with the expected country and first-level region
(admin1); a non-place ("Russia warned", "Most residents") counts as kept out when no Place that may be a
scene covers it (a record of "Moscow said" stands for an actor: is_scene says no).
bench/places.py prints these figures and tests/extract/test_places_gold.py holds them above a floor.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import spacy
from spacy.language import Language

import flashpoint.extract.places  # noqa: F401  (registers fp_places)
from flashpoint.eval import GOLD_DIR
from flashpoint.extract.places import is_scene, place_for_sentence
from flashpoint.kb.gazetteer import fold, gazetteer

GOLD = GOLD_DIR / "places_gold.jsonl"


@dataclass
class GoldScore:
    places: int = 0
    right: int = 0
    country_right: int = 0
    found: int = 0
    non_places: int = 0
    kept_out: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.right / self.places if self.places else 0.0

    @property
    def rejection(self) -> float:
        return self.kept_out / self.non_places if self.non_places else 0.0


def load_gold(path: Path = GOLD) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def expected_admin1(code: str | None) -> str | None:
    """The admin1 name a Place should carry for a GeoNames admin1 code (names are the gazetteer's)."""
    if code is None:
        return None
    region = gazetteer().region(code)
    return fold(region.admin1) if region and region.admin1 else code


def score(nlp, rows: list[dict]) -> GoldScore:
    """Run ``nlp`` over each gold sentence; a gold mention counts as right when a Place covers it with
    the expected country and admin1, and a non-place as kept out when no Place covers it."""
    s = GoldScore()
    docs = {text: nlp(text) for text in dict.fromkeys(r["text"] for r in rows)}
    for r in rows:
        doc = docs[r["text"]]
        start = r["text"].index(r["mention"])
        end = start + len(r["mention"])
        covering = [p for p in doc._.fp_places or [] if p.evidence.start < end and start < p.evidence.end]
        if not r["place"]:
            s.non_places += 1
            covering = [p for p in covering if is_scene(p)]
            if covering:
                p = covering[0]
                s.misses.append(f"NOT A PLACE {r['mention']!r} -> {p.name} ({p.rule}) | {r['text']}")
            else:
                s.kept_out += 1
            continue
        s.places += 1
        if not covering:
            s.misses.append(f"MISSED {r['mention']!r} | {r['text']}")
            continue
        s.found += 1
        p = covering[0]
        want = (r["country"], expected_admin1(r["admin1_code"]))
        if p.country == r["country"]:
            s.country_right += 1
        if (p.country, p.admin1) == want:
            s.right += 1
        else:
            s.misses.append(f"WRONG {r['mention']!r} -> {p.name}, {p.country}, {p.admin1} (want {want[0]}, "
                            f"{want[1]}) | {r['text']}")
    return s


def plover_event_locations(nlp, shared: Path) -> tuple[int, int, int]:
    """PLOVER gold records with an event location: (records, location name found among the places,
    place chosen for the event sentence in the right country)."""
    import pycountry  # deferred: optional dependency (a test extra), only for the PLOVER country codes

    path = shared / "data" / "plover" / "plover_gsr_cameo.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    n = found = right = 0
    for r in rows:
        loc = r.get("eventLoc")
        if not loc:
            continue
        n += 1
        doc = nlp(r["text"])
        texts = [p.evidence.text for p in doc._.fp_places]
        found += any(loc["name"] in t or t in loc["name"] for t in texts)
        chosen = next((p for p in (place_for_sentence(doc, s) for s in doc.sents) if p), None)
        code = loc.get("country code")
        want = pycountry.countries.get(alpha_2=code).alpha_3 if code else None
        right += chosen is not None and (want is None or chosen.country == want)
    return n, found, right


def rules_pipeline() -> Language:
    """Rules only: a blank tokenizer, the sentencizer and fp_places (no trained model)."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("fp_places")
    return nlp
