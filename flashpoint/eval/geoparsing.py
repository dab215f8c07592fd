"""Scoring place records against geoparsing gold with character-offset toponyms and coordinates
(../shared/data/geoparsing-dev: GeoWebNews and WoTR-Topo, JSON Lines, one document a line).

What counts:
  - gold toponyms: every annotated place name, except GeoWebNews' demonyms, languages and homonyms
    (no coordinates by design), adjectives ("Russian diplomats"), names inside the name of something
    else ("Cauvery" in "Cauvery Water Management Board") and its non-toponym location expressions
    ("the area"); `all_gold` counts the adjectives and embedded names too;
  - recall: gold toponyms that a place record overlaps;
  - precision: place records that overlap a gold toponym (or, in GeoWebNews, any annotated location
    expression or demonym: those are not wrong places, only places the scorer does not ask for);
  - within 161 km: of the found toponyms with gold coordinates, those whose record is within 161 km
    (for WoTR polygons, inside the bounding box also counts);
  - same place: of those, the ones within 161 km or given the gold GeoNames id (a country's or region's
    representative point is a convention: GeoNames puts Japan on Tokyo, countryinfo in central Honshu);
  - area errors: found toponyms placed as a country or region more than 161 km from the gold point, in
    two readings, since the gold's point is not always what the product means by an area's point:
    against the gold point (all of them), and against the area's own representative point, where only
    records that name another place than the gold one count ("another place"). The rest are printed
    beside: the gold's own area by GeoNames id, on another point (GeoNames puts Japan on Tokyo and
    Virginia on Richmond, "northern England" is placed in the north), and a region named inside a longer
    gold name ("Florida" of "Florida Atlantic University", "Missouri" of "Missouri River": the record is
    Florida, placed on Florida's point; the gold point is the university's), and a group of countries on
    another point ("Middle East", "Latin America", "Northern Europe": a record of a multi-country area, no
    country of its own, for a gold toponym whose GeoNames id is no town's, country's or first-level
    region's that the gazetteer knows: GeoNames puts the Middle East on the Golan Heights and South America
    in Mato Grosso, the gazetteer a mean of its countries' points; which group a name means is itself a
    convention: the gold reads "Latin America" as South America), and a word a continent and a country share
    ("America": the gold's North America, the record's United States; which one the text means is a reading,
    not a point).
Documents go to "tune" or "held-out" by a hash of their id, fixed before anything was looked at.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from flashpoint.eval.split import document_half
from flashpoint.kb.gazetteer import gazetteer
from flashpoint.records import Place

NOT_ASKED = {"Demonym", "Language", "Homonym", "Embedded_Non_Lit"}
MILES_100 = 161.0


def load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def asked(t: dict) -> bool:
    """Whether a gold annotation is a toponym the scorer asks for."""
    return t.get("group", "literal") != "not_toponym" and t.get("type") not in NOT_ASKED \
        and t.get("modifier") != "Adjective"


@dataclass
class Score:
    docs: int = 0
    gold: int = 0
    found: int = 0
    predicted: int = 0
    right_span: int = 0
    with_point: int = 0
    near: int = 0
    same: int = 0
    areas: int = 0              # found toponyms with a gold point that a country or region record places
    area_far: int = 0
    area_same: int = 0          # the gold's own area (same GeoNames id) on another point
    area_inside: int = 0        # a region named inside a longer gold name
    area_group: int = 0         # a group of countries ("Middle East") on another point than GeoNames'
    area_continent: int = 0     # a continent in the gold, a country the same word names in the record ("America")
    misses: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    far: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def precision(self) -> float:
        return self.right_span / self.predicted if self.predicted else 0.0

    @property
    def area_wrong(self) -> int:
        """Country/region records that name another place than the gold one, more than 161 km off."""
        return self.area_far - self.area_same - self.area_inside - self.area_group - self.area_continent

    @property
    def within(self) -> float:
        return self.near / self.with_point if self.with_point else 0.0

    @property
    def same_place(self) -> float:
        return self.same / self.with_point if self.with_point else 0.0

    def line(self) -> str:
        return (f"recall {self.recall:.3f} ({self.found}/{self.gold}), precision {self.precision:.3f} "
                f"({self.right_span}/{self.predicted}), within 161 km {self.within:.3f} ({self.near}/{self.with_point}), "
                f"same place {self.same_place:.3f}, country/region > 161 km: {self.area_far}/{self.areas} "
                f"({self.area_far / self.areas if self.areas else 0.0:.1%}) from the gold point, "
                f"{self.area_wrong} another place (the gold's area on another point {self.area_same}, "
                f"inside a longer gold name {self.area_inside}, a group of countries {self.area_group}, "
                f"a continent's word read as a country {self.area_continent})")


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def near_enough(p: Place, t: dict) -> bool:
    if p.lat is None or p.lon is None:
        return False
    box = t.get("bbox")
    if box and box[0] <= p.lon <= box[2] and box[1] <= p.lat <= box[3]:
        return True
    return km(p.lat, p.lon, t["lat"], t["lon"]) <= MILES_100


def known_place(geonames_id) -> bool:
    """Whether a GeoNames id is one of the gazetteer's towns, countries or first-level regions."""
    entry = gazetteer().by_geonames_id(geonames_id)
    return entry is not None and entry.kind in ("city", "country", "region", "county")


def score_doc(s: Score, doc: dict, places: list[Place]) -> None:
    text = doc["text"]
    gold = [t for t in doc["toponyms"] if asked(t)]
    annotated = doc["toponyms"]
    s.docs += 1
    s.gold += len(gold)
    s.predicted += len(places)
    for p in places:
        a, b = p.evidence.start, p.evidence.end
        if any(overlaps(a, b, t["start"], t["end"]) for t in annotated):
            s.right_span += 1
        else:
            s.wrong.append(f"{p.evidence.text!r} -> {p.name}, {p.country} [{p.rule}] | "
                           f"{text[max(0, a - 50):b + 30]!r}")
    for t in gold:
        hit = [p for p in places if overlaps(p.evidence.start, p.evidence.end, t["start"], t["end"])]
        if not hit:
            s.misses.append(f"{t['name']!r} ({t.get('type', '')}) | {text[max(0, t['start'] - 50):t['end'] + 30]!r}")
            continue
        s.found += 1
        if t.get("lat") is None:
            continue
        s.with_point += 1
        p = min(hit, key=lambda p: abs(p.evidence.start - t["start"]))
        same_id = p.geonames_id is not None and str(p.geonames_id) == str(t.get("geonames_id"))
        s.areas += p.feature in ("country", "region")
        if near_enough(p, t):
            s.near += 1
            s.same += 1
            continue
        s.same += same_id
        d = km(p.lat, p.lon, t["lat"], t["lon"]) if p.lat is not None else float("nan")
        why = ""
        if p.feature in ("country", "region"):
            s.area_far += 1
            why = area_reading(p, t, same_id)
            s.area_same += why == SAME_AREA
            s.area_inside += why == INSIDE_NAME
            s.area_group += why == GROUP
            s.area_continent += why == CONTINENT_WORD
            why = f" [{why}]"
        s.far.append(f"{t['name']!r} -> {p.name}, {p.country} ({p.feature}) {d:.0f} km{why} | "
                     f"{text[max(0, t['start'] - 50):t['end'] + 30]!r}")


SAME_AREA = "the gold's area on another point"
INSIDE_NAME = "inside a longer gold name"
GROUP = "a group of countries"
CONTINENT_WORD = "a continent's word read as a country"
ANOTHER_PLACE = "another place"


def area_reading(p: Place, t: dict, same_id: bool) -> str:
    """Which of the readings in the module docstring a country or region record far from the gold point
    is: a convention difference (SAME_AREA, INSIDE_NAME, GROUP) or an error (ANOTHER_PLACE)."""
    if same_id:
        return SAME_AREA
    if t["start"] <= p.evidence.start and p.evidence.end <= t["end"] \
            and t["end"] - t["start"] > p.evidence.end - p.evidence.start + 2:
        return INSIDE_NAME
    if p.country is None and not known_place(t.get("geonames_id")):
        return GROUP
    gold = gazetteer().by_geonames_id(t.get("geonames_id"))
    if p.feature == "country" and gold is not None and gold.kind == "continent" \
            and t["name"] in gold.name.split():
        return CONTINENT_WORD
    return ANOTHER_PLACE


def score(docs: Iterable[dict], place_finder: Callable[[list[dict]], list[list[Place]]]) -> dict[str, Score]:
    """Scores per split ("tune", "held-out") for ``place_finder``, which maps documents to their places."""
    docs = list(docs)
    out = {"tune": Score(), "held-out": Score()}
    for doc, places in zip(docs, place_finder(docs)):
        score_doc(out[document_half(doc["id"])], doc, places)
    return out
