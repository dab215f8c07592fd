"""The offline gazetteer: countries, first-level regions and towns, found in text and geocoded.

The data (data/gazetteer.tsv.gz) is a trimmed GeoNames derivative made by scripts/build_gazetteer.py:
the seven continents, 252 countries, every first-level region ("Donetsk", "Idlib", "Crimea", and US
states also by their AP abbreviations, "Ky."), a few multi-region areas ("Donbas", "Darfur"), groups of countries ("the Middle East", "the Gulf states",
"the Baltic states", "Scandinavia": areas of no country, on the mean of their countries' points), the
counties of Great Britain and Ireland ("Kent", "Co Meath"), former states ("Soviet Union", "Yugoslavia": areas
on their largest successor's point), seas, rivers and landforms ("Black Sea",
"Korean Peninsula": kinds water and landform), and towns of 15,000+ people (5,000+ in conflict countries,
1,000+ in English-speaking ones), each with its spellings ("Kiev"/"Kyiv",
"Odessa"/"Odesa"). Countries and regions stand on a representative point of the area, not on their
capital or biggest town; capitals are known from rows of their own. It loads on first use and stays
cached.

Matching is case-sensitive and whole-word (Aho-Corasick over the text), leftmost-longest, so "Most" in
"Most people" is only a candidate and "New Mexico" never yields Mexico. Names that are also common
words or first names carry a stop reason; the places component asks for a locative cue before it
trusts them. Choosing among same-named places (`resolve`) weighs population against the countries
and regions the article already mentions, and nearness to the towns it names beyond doubt (near_bonus):
Donetsk is the Ukrainian city unless the text says otherwise, Paris is in France unless Texas is in the story,
Lewiston beside Walla Walla is in Idaho. A compass point's initial opens a name ("N. Korea", "S. Carolina").
"""

from __future__ import annotations

import csv
import functools
import gzip
import math
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import ahocorasick

DATA = Path(__file__).resolve().parent / "data" / "gazetteer.tsv.gz"
APOSTROPHES = str.maketrans({c: "'" for c in "\u2019\u2018\u02bc\u02bb\u02bf\u02be`\u00b4"})

KIND_BONUS = {"continent": 3.0, "country": 3.0, "area": 1.0, "county": 1.0, "region": 0.0, "city": 0.5, "water": 5.0, "landform": 5.0}
# Countries whose towns of 1,000+ people are listed (their local news is in English; builders/gazetteer.py
# ENGLISH): many of their small towns bear an English surname ("Hewitt", "Dent"), so the places component
# wants a locative cue for them.
ENGLISH_SPEAKING = {"USA", "GBR", "IRL", "CAN", "AUS", "NZL", "ZAF"}
# A county of a state the story does not name only when its namesake town (its point, its rank: kb/builders/
# gazetteer.py us_county_rows) is big: "Orange County" alone is California's.
COUNTY_ALONE = 100000
MIN_TOWN = 15000          # smaller towns (conflict and English-speaking countries) need their country in the story
# Villages and small towns of 1,000-5,000 people (English-speaking countries only) need their state, province
# or British nation named in the story by something else ("Dunshaughlin" in a story about Co Meath,
# "Cassville" in one about Missouri) or right after them ("Overton, Yorkshire"), and never stand for a
# country, region or area of their name ("Middle East", Texas).
SMALL_TOWN = 5000
REGION_WORDS = {"region", "regions", "oblast", "oblasts", "province", "provinces", "governorate", "governorates",
                "state", "states", "prefecture", "prefectures", "krai", "kray", "territory", "peninsula"}
DISTRICT_WORDS = {"district", "districts", "county", "department", "area"}
SUFFIX = re.compile(r"(?:\s+|-)(" + "|".join(sorted(REGION_WORDS | DISTRICT_WORDS | {"city"}, key=len, reverse=True))
                    + r")\b", re.IGNORECASE)
DIRECTION = (r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|central|centre|center")
DIRECTION_ONLY = re.compile(rf"(?i:{DIRECTION}|nord|sud|est|ouest)")
DIRECTION_BEFORE = re.compile(rf"\b({DIRECTION})\s+$", re.IGNORECASE)
DIRECTION_OF = re.compile(rf"(\bthe\s+)?\b({DIRECTION})\s+of\s+(?:the\s+)?$", re.IGNORECASE)
LIST_JOIN = re.compile(r"^(?:,\s*|\s*,?\s+(?:and|or)\s+)$")
QUALIFIER_JOIN = re.compile(r"^,\s*$")
INITIAL_BEFORE = re.compile(r"\b[A-Z]\. $")
# "N. Korea", "S. Carolina": a compass point's initial opening a name (not one of a person's initials, "J. S. Smith")
# (the letter first, the looks behind it after: a pattern that opens with its letter is looked for by that letter,
# not tried at every character)
DIRECTION_INITIAL = re.compile(r"([NSEW])(?<![A-Z]\. [NSEW])(?<![\w.][NSEW])\. ?([A-Z][\w'-]+(?: [A-Z][\w'-]+)?)")
DIRECTION_WORDS = {"N": ("North", "Northern"), "S": ("South", "Southern"), "E": ("East", "Eastern"),
                   "W": ("West", "Western")}
# A postal code after a town and a comma, as a word of its own: "Tacoma, WA", "Nelson, BC." (not "AP's", "U.S.")
POSTAL_AFTER = re.compile(r",[ \t]*([A-Z]{2,3})(?![\w'\u2019&-]|\.\w)")
CAPITALS_LOCATIVE = {"IN", "AT", "NEAR", "FROM", "TO", "ACROSS", "INTO", "ON"}
CAPITALS_TOWN = 100000     # a smaller town in capitals is as often a surname (signatures, team sheets)
CAPITALS = re.compile(r"\b[A-Z][A-Z'-]*[A-Z](?: [A-Z][A-Z'-]*[A-Z])*\b")


@dataclass(frozen=True)
class GeoEntry:
    kind: str                  # continent | country | region | county | city | area | block
    id: str                    # GeoNames id ("A.." for hand-made areas)
    name: str
    country: str               # ISO 3166-1 alpha-3 ("XKX" for Kosovo); "" for a continent
    admin1_code: str | None    # GeoNames admin1 code, "UA.05"
    admin1: str | None         # its name, "Donetsk"
    lat: float | None
    lon: float | None
    population: int

    @property
    def geonames_id(self) -> int | None:
        return int(self.id) if self.id.isdigit() else None

    @property
    def feature(self) -> str:
        return "region" if self.kind == "area" else self.kind


@dataclass
class Hit:
    """One place name found in a text, with the words around it that change its meaning."""

    start: int                 # the whole phrase: "eastern Donetsk region"
    end: int
    name_start: int            # the name itself: "Donetsk"
    name_end: int
    key: str
    candidates: list[tuple[GeoEntry, bool]]   # (entry, the key is one of its alternate spellings)
    stop: str | None = None    # common | forename | surname | curated: trust only with a locative cue
    suffix: str | None = None  # region | district | city, from "X region", "X district", "X City"
    direction: str | None = None   # "east" for "eastern Ukraine", "north of" for "north of Kyiv"
    qualifier: "Hit | None" = None  # "Ukraine" in "Donetsk, Ukraine"
    extra: dict = field(default_factory=dict)

    @property
    def blocked(self) -> bool:
        return any(e.kind == "block" for e, _ in self.candidates) and self.suffix != "region"

    def entries(self) -> list[GeoEntry]:
        return [e for e, _ in self.candidates if e.kind != "block"]


SCANS_KEPT = 32     # texts whose hits Gazetteer.scan remembers (an article's own and the few asked of between)


def _own_copy(hit: Hit) -> Hit:
    """A hit a caller may change (its readings, marks and qualifier) without changing another's."""
    return replace(hit, candidates=list(hit.candidates), extra=dict(hit.extra),
                   qualifier=_own_copy(hit.qualifier) if hit.qualifier is not None else None)


@dataclass
class Context:
    """What the article says about where it is: countries with a weight (1.0 when the text places
    something there, 0.5 when it only names the country's people or government) and admin1 codes."""

    countries: dict[str, float] = field(default_factory=dict)
    admin1: set[str] = field(default_factory=set)
    # the points of the towns the article names, by name: a same-named place near them is likelier (near_bonus)
    points: dict[str, list[tuple[float, float]]] = field(default_factory=dict)

    def add_country(self, iso3: str | None, weight: float = 1.0) -> None:
        if iso3:
            self.countries[iso3] = max(weight, self.countries.get(iso3, 0.0))


class Gazetteer:
    def __init__(self, rows: Iterable[list[str]]):
        self.entries: list[GeoEntry] = []
        self.by_key: dict[str, list[tuple[int, bool]]] = {}
        self.stop: dict[str, str] = {}
        self.by_country: dict[str, GeoEntry] = {}
        self.capitals: set[str] = set()
        self.postal: dict[str, list[str]] = {}      # "WA" -> ["US.WA", "AU.08"]
        self.settled: dict[str, tuple[float, float]] = {}     # "US.FL" -> the middle of Florida's towns
        for r in rows:
            kind, gid, name, country, a1code, a1, lat, lon, pop, aliases = r
            if kind == "stop":
                self.stop[name] = country
                continue
            if kind == "capital":
                self.capitals.add(gid)
                continue
            if kind == "postal":
                self.postal.setdefault(name, []).append(a1code)
                continue
            if kind == "settled":
                self.settled[a1code] = (float(lat), float(lon))
                continue
            e = GeoEntry(kind, gid, name, country, a1code or None, a1 or None, float(lat) if lat else None,
                         float(lon) if lon else None, int(pop or 0))
            idx = len(self.entries)
            self.entries.append(e)
            if kind == "country":
                self.by_country[country] = e
            plain = fold(name)
            for key in aliases.split("|") if aliases else []:
                self.by_key.setdefault(key, []).append((idx, fold(key) != plain))
        self._automaton = None
        self._scans: dict[str, list[Hit]] = {}     # the last texts' hits as found: see scan
        self._by_id: dict[str, GeoEntry] | None = None
        self._boxes: dict[tuple[str, str | None], tuple[float, float, float, float]] | None = None

    # -- lookup -----------------------------------------------------------------------------------

    def lookup(self, name: str, kind: str | None = None, country: str | None = None) -> list[GeoEntry]:
        """Entries a name can mean (exact, case-sensitive; any spelling), most populous first."""
        out = [self.entries[i] for i, _ in self.by_key.get(name.translate(APOSTROPHES), [])]
        out = [e for e in out if e.kind != "block" and (kind is None or e.kind == kind)
               and (country is None or e.country == country)]
        return sorted(out, key=lambda e: -e.population)

    def country(self, iso3: str) -> GeoEntry | None:
        return self.by_country.get(iso3)

    def is_capital(self, entry: GeoEntry) -> bool:
        return entry.id in self.capitals

    def by_geonames_id(self, geonames_id: int | str | None) -> GeoEntry | None:
        if self._by_id is None:
            self._by_id = {e.id: e for e in self.entries if e.kind != "block"}
        return self._by_id.get(str(geonames_id)) if geonames_id is not None else None

    def point_toward(self, entry: GeoEntry, direction: str) -> tuple[float | None, float | None]:
        """The point of "eastern Ukraine", "northern Texas": halfway from the area's point to the edge, in
        that direction, of the box around the towns the gazetteer has in it (the area's point for
        "central" or an area without towns)."""
        if entry.lat is None or entry.lon is None or entry.kind not in ("country", "region"):
            return entry.lat, entry.lon
        box = self._town_box(entry.country, entry.admin1_code if entry.kind == "region" else None)
        if box is None:
            return entry.lat, entry.lon
        south, west, north, east = box
        lat, lon = entry.lat, entry.lon
        if direction.startswith("north"):
            lat += (north - lat) / 2
        elif direction.startswith("south"):
            lat -= (lat - south) / 2
        if direction.endswith("east"):
            lon += (east - lon) / 2
        elif direction.endswith("west"):
            lon -= (lon - west) / 2
        return round(lat, 4), round(lon, 4)

    def settled_point(self, entry: GeoEntry) -> tuple[float | None, float | None]:
        """Where to put a place the gazetteer lacks that lies in the region `entry` ("Fort Ruby, Nev. Ter."):
        the middle of the box around the region's places (its "settled" row), not the region's own point, the
        middle of its land (Ontario's lies far north of its towns): an unknown fort or creek is likelier where
        the towns are."""
        if entry.kind == "region" and entry.admin1_code in self.settled:
            return self.settled[entry.admin1_code]
        return entry.lat, entry.lon

    def _town_box(self, country: str, admin1_code: str | None) -> tuple[float, float, float, float] | None:
        if self._boxes is None:
            boxes: dict[tuple[str, str | None], list[float]] = {}
            for e in self.entries:
                if e.kind != "city" or e.lat is None or e.lon is None:
                    continue
                for key in ((e.country, None), (e.country, e.admin1_code)):
                    b = boxes.setdefault(key, [e.lat, e.lon, e.lat, e.lon])
                    b[:] = [min(b[0], e.lat), min(b[1], e.lon), max(b[2], e.lat), max(b[3], e.lon)]
            self._boxes = {k: tuple(v) for k, v in boxes.items()}
        return self._boxes.get((country, admin1_code))

    def region(self, admin1_code: str) -> GeoEntry | None:
        return next((e for e in self.entries if e.kind == "region" and e.admin1_code == admin1_code), None)

    # -- finding names in text --------------------------------------------------------------------

    @property
    def automaton(self):
        if self._automaton is None:
            a = ahocorasick.Automaton(ahocorasick.STORE_LENGTH)
            for key in self.by_key:
                a.add_word(key)
            a.make_automaton()
            self._automaton = a
        return self._automaton

    def hit_for(self, key: str, start: int, end: int) -> Hit | None:
        """A hit for a name found some other way than scanning (a dateline's "BEIJING")."""
        if key not in self.by_key:
            return None
        return Hit(start, end, start, end, key, [(self.entries[i], alias) for i, alias in self.by_key[key]],
                   stop=self.stop.get(key))

    def postal_hit(self, code: str, start: int, end: int, places: list[GeoEntry] | None = None) -> Hit | None:
        """A region's postal code ("WA", "BC", "NSW") read as its name: only the regions that hold one of
        ``places`` (the town it follows) when they are given."""
        regions = [r for r in map(self.region, self.postal.get(code, [])) if r is not None
                   and (places is None or any(contains(r, e) for e in places))]
        return Hit(start, end, start, end, code, [(r, True) for r in regions]) if regions else None

    def _postal_qualifiers(self, text: str, hits: list[Hit]) -> list[Hit]:
        """"Tacoma, WA", "Nelson, BC": the postal code of a region that holds the town before it, as a hit
        (which _attach_qualifiers makes the town's qualifier)."""
        out = []
        for i, hit in enumerate(hits):
            out.append(hit)
            m = POSTAL_AFTER.match(text, hit.end) if text.startswith(",", hit.end) else None
            if m is None or (i + 1 < len(hits) and hits[i + 1].start < m.end(1)):
                continue
            towns = [e for e in hit.entries() if e.kind in ("city", "county")]
            q = self.postal_hit(m.group(1), m.start(1), m.end(1), towns) if towns else None
            if q is not None:
                out.append(q)
        return out

    def scan(self, text: str) -> list[Hit]:
        """Every place name in the text (leftmost-longest, whole words), with its region suffix,
        direction word and "City, Country" qualifier attached."""
        # the last texts' hits are remembered: fp_actors and fp_places scan each article in turn (and a few
        # shorter texts between). Each caller gets hits of its own (callers mark them), copied from those as found
        found = self._scans.get(text)
        if found is None:
            if len(self._scans) >= SCANS_KEPT:
                self._scans.clear()     # (all at once: one step, whatever thread asks)
            found = self._scans[text] = self._scan(text)
        return [_own_copy(h) for h in found]

    def _scan(self, text: str) -> list[Hit]:
        text = text.translate(APOSTROPHES)
        found = []
        for end_idx, length in self.automaton.iter(text):
            start, end = end_idx - length + 1, end_idx + 1
            if (start > 0 and text[start - 1].isalnum()) or (end < len(text) and text[end].isalnum()):
                continue
            found.append((start, end, text[start:end]))
        found.sort(key=lambda m: (m[0], -(m[1] - m[0])))
        hits: list[Hit] = []
        last_end = -1
        for start, end, key in found:
            if start < last_end:
                continue
            last_end = end
            cands = [(self.entries[i], alias) for i, alias in self.by_key[key]]
            hit = self._dress(text, Hit(start, end, start, end, key, cands, stop=self.stop.get(key)))
            if DIRECTION_ONLY.fullmatch(key) and hit.suffix != "region":
                continue        # "Southern" (a Malawian region) in "Southern Sudan" is a direction word
            hits.append(hit)
        hits = self._direction_initials(text, hits)
        self._spread_plural_suffix(text, hits)
        if self.postal:
            hits = self._postal_qualifiers(text, hits)
        return self._attach_qualifiers(text, hits)

    def _direction_initials(self, text: str, hits: list[Hit]) -> list[Hit]:
        """"N. Korea", "S. Carolina", "N. Ireland", "W. Virginia": a compass point's initial before the rest of
        a name whose full form is a key ("North Korea", "Northern Ireland") is that place, not the place the
        rest names alone (Carolina, Puerto Rico; Ireland; Africa of "S. Africa")."""
        out = hits
        for m in DIRECTION_INITIAL.finditer(text):
            words = m.group(2).split(" ")
            for n in range(len(words), 0, -1):
                rest = " ".join(words[:n])
                key = next((k for w in DIRECTION_WORDS[m.group(1)] if (k := f"{w} {rest}") in self.by_key), None)
                if key is None:
                    continue
                start, end = m.start(), m.start(2) + len(rest)
                hit = self._dress(text, Hit(start, end, start, end, key,
                                            [(self.entries[i], True) for i, _ in self.by_key[key]],
                                            stop=self.stop.get(key), extra={"initial": True}))
                out = sorted([h for h in out if not (h.start < end and start < h.end)] + [hit], key=lambda h: h.start)
                break
        return out

    def scan_capitals(self, text: str, hits: list[Hit]) -> list[Hit]:
        """Place names written in capitals inside the text ("CHECK YOUR TICKETS NEW JERSEY", "HEADQUARTERS
        U. S. FORCES IN TEXAS"), looked up in their usual capitalisation: towns, regions and countries
        only, not names that are also words or first names, nor a lone word of three letters or fewer
        (acronyms). ``hits`` are the names found already (left as they are)."""
        out = []
        for m in CAPITALS.finditer(text):
            a, b = m.span()
            if b - a <= 3:
                continue        # "US", "BBC": acronyms (the scan finds those that are names)
            if any(h.start < b and a < h.end for h in hits):
                continue
            titled = " ".join("-".join(p.capitalize() for p in w.split("-")) for w in text[a:b].split(" "))
            for h in self.scan(titled):
                # the whole run, or after a preposition: not part of a longer name in capitals ("DISTRICT
                # OF ARIZONA", "CALIFORNIA MILITIA"); a town only if big (a signature's "BEN. C. CUTLER")
                before = titled[:h.start].split()
                if not before and INITIAL_BEFORE.search(text, max(0, a - 3), a):
                    continue    # "S. CAROLINA", "R. S. CANBY": an initial opens the name
                if h.stop or h.name_end - h.name_start <= 3 or h.qualifier is not None or h.end < len(titled) \
                        or DIRECTION_ONLY.fullmatch(h.key.split()[0]) \
                        or (before and before[-1].upper() not in CAPITALS_LOCATIVE) \
                        or not any(e.kind in ("region", "country", "area", "county")
                                   or (e.kind == "city" and e.population >= CAPITALS_TOWN) for e in h.entries()):
                    continue
                out.append(replace(h, start=h.start + a, end=h.end + a, name_start=h.name_start + a,
                                   name_end=h.name_end + a, extra={**h.extra, "capitals": True}))
        return out

    def _dress(self, text: str, hit: Hit) -> Hit:
        m = SUFFIX.match(text, hit.name_end)
        if m:
            word = m.group(1).lower()
            if word in REGION_WORDS and any(e.kind in ("region", "area") for e in hit.entries()):
                hit.suffix, hit.end = "region", m.end()
            elif word in DISTRICT_WORDS:
                hit.suffix, hit.end = "district", m.end()
                hit.extra["county"] = m.group(1) == "County"
            elif word == "city" and any(e.kind == "city" for e in hit.entries()):
                hit.suffix, hit.end = "city", m.end()
            hit.extra["plural"] = hit.suffix == "region" and word.endswith("s")
            if hit.suffix in ("region", "district") and m.group(1)[0].isupper():
                hit.stop = None     # "Orange County", "Victoria State": the name of an area, not a word
        before = text[max(0, hit.name_start - 40):hit.name_start]
        m = DIRECTION_OF.search(before)
        if m:
            # "the south of Ukraine" is inside it; "south of Kyiv" is outside it.
            hit.direction = direction_word(m.group(2)) + ("" if m.group(1) else " of")
            hit.start = hit.name_start - (len(before) - m.start(2))
        else:
            m = DIRECTION_BEFORE.search(before)
            if m:
                hit.direction = direction_word(m.group(1))
                hit.start = hit.name_start - (len(before) - m.start())
        return hit

    @staticmethod
    def _spread_plural_suffix(text: str, hits: list[Hit]) -> None:
        """"Donetsk and Luhansk regions": the plural suffix makes every listed name a region."""
        for i in range(len(hits) - 1, 0, -1):
            cur, prev = hits[i], hits[i - 1]
            if cur.suffix == "region" and (cur.extra.get("plural") or cur.extra.get("listed")) \
                    and prev.suffix is None and LIST_JOIN.match(text[prev.end:cur.name_start]) \
                    and any(e.kind in ("region", "area") for e in prev.entries()):
                prev.suffix = "region"
                prev.extra["listed"] = True

    def _attach_qualifiers(self, text: str, hits: list[Hit]) -> list[Hit]:
        """"Donetsk, Ukraine" / "Paris, Texas": a country or region right after a place, that contains
        one of its readings, qualifies it instead of standing as a place of its own."""
        out: list[Hit] = []
        for hit in hits:
            prev = out[-1] if out else None
            if prev is not None and prev.qualifier is None and QUALIFIER_JOIN.match(text[prev.end:hit.start]):
                if any(contains(q, e) for q in hit.entries() if q.kind in ("country", "region")
                       for e in prev.entries()):
                    prev.qualifier = hit
                    prev.extra["own_end"] = prev.end     # the place itself, without ", Ukraine"
                    prev.end = hit.end
                    continue
            out.append(hit)
        return out

    # -- choosing among readings ------------------------------------------------------------------

    def resolve(self, hit: Hit, context: Context | None = None) -> GeoEntry | None:
        """The reading the text most likely means, or None when the name is blocked ("Red Sea")."""
        if hit.blocked:
            return None
        if hit.extra.get("county") and any(e.country == "USA" for e in hit.entries()):
            return None     # "Suffolk County" (New York) is neither Suffolk, Virginia nor the English county
                            # (the US counties the gazetteer has are keys of their own: "Orange County")
        cands = hit.candidates
        admin1 = set(context.admin1) if context else set()
        named = set(context.countries) if context else set()     # countries the story names, or the qualifier
        if hit.qualifier is not None:
            q = hit.qualifier.entries()
            cands = [(e, a) for e, a in cands if any(contains(x, e) for x in q)] or cands
            admin1 |= {x.admin1_code for x in q if x.kind == "region"}
            named |= {x.country for x in q}
        if hit.suffix == "region":
            cands = [(e, a) for e, a in cands if e.kind in ("region", "area")] or cands
        elif hit.direction and not hit.direction.endswith(" of"):
            # "central Washington" is part of an area: not a town of that name outside every area so named
            # (the capital), while "eastern Aleppo" may still be the town inside the Aleppo region.
            areas = [e for e, alias in cands if e.kind in ("region", "area") and not alias]
            # ... unless every such area lies in a country the article is not about while a town of the
            # name lies in one it is: "north Gaza" in a story set in Gaza is not Mozambique's Gaza province
            here = context.countries if context else {}
            if areas and here and not any(r.country in here for r in areas) \
                    and any(e.kind == "city" and e.country in here for e, _ in cands):
                areas = []
            if areas:
                cands = [(e, a) for e, a in cands if e.kind != "city" or any(contains(r, e) for r in areas)]
        elif hit.suffix == "city" or hit.key.endswith(" City"):
            # "Quebec City" is the town, though the province has the spelling too
            cands = [(e, a) for e, a in cands if e.kind == "city"] or cands
        ctx = context or Context()
        primary_kinds = {e.kind for e, alias in cands if not alias}
        best, best_score = None, -math.inf
        for e, alias in cands:
            if e.kind == "block":
                continue
            if e.kind == "city" and e.population < MIN_TOWN and e.country not in named:
                continue
            if is_village(e) and not village_stands(e, hit, admin1, ctx):
                continue
            if e.kind == "county" and e.population < COUNTY_ALONE and e.admin1_code not in admin1:
                continue        # "Suffolk County" in a story set in New York is not the one in Massachusetts
            score = math.log10(max(e.population, 10)) + KIND_BONUS[e.kind]
            # A country the article places things in outweighs a population gap of up to ten times
            # (Tripoli in a story set in Lebanon), not more (Donetsk, Ukraine, 900,000 people, against
            # Donetsk, Russia, 50,000, in a story that names only Russia). A country named only as an
            # actor counts half: nearly every story names the United States, whose towns share the
            # names of Geneva, Paris and Moscow.
            score += ctx.countries.get(e.country, 0.0)
            # A state or province the article places things in outweighs a population gap of up to 30
            # times (Springfield, Illinois in a story set there), not more: "a Boston native" in a story
            # that names New York City is still from Boston, Massachusetts, not a village in New York.
            if e.admin1_code and e.admin1_code in ctx.admin1:
                score += 1.5
            # A spelling of one place yields a little to another place of that kind with it as its name
            # (Odessa, Texas against Odesa, Ukraine); the population gap decides the rest.
            if alias and e.kind in primary_kinds:
                score -= 0.5
            score += near_bonus(e, hit.key, ctx)
            if score > best_score:
                best, best_score = e, score
        return best


    @staticmethod
    def without_stray_villages(hits: list[Hit], context: Context) -> list[Hit]:
        """The hits with the readings of villages whose state or nation the story does not name taken out,
        and hits left with no reading dropped, so that nothing after (votes, lists, readings) counts them:
        "Jones" (Oklahoma) in a baseball report is nobody's place."""
        out = []
        for hit in hits:
            if any(is_village(e) for e, _ in hit.candidates):
                admin1 = set(context.admin1)
                if hit.qualifier is not None:
                    admin1 |= {q.admin1_code for q in hit.qualifier.entries() if q.kind == "region"}
                hit.candidates = [(e, a) for e, a in hit.candidates
                                  if not is_village(e) or village_stands(e, hit, admin1, context)
                                  or country_namesake(e, hit, admin1)]
                if not hit.candidates:
                    continue
            out.append(hit)
        return out

    def resolve_qualifier(self, qualifier: Hit, place: GeoEntry, context: Context | None = None) -> GeoEntry | None:
        """The reading of a qualifier that holds the place it qualifies: the state of "Tacoma, Washington",
        not the capital."""
        holding = [(e, a) for e, a in qualifier.candidates if contains(e, place)]
        return self.resolve(replace(qualifier, candidates=holding) if holding else qualifier, context)


NEAR_WEIGHT = 3.0         # a town beside the article's other towns outweighs a population gap of up to 1,000 times,
NEAR_KM = 150.0           # falling off by e with every NEAR_KM of distance
NEAR_KINDS = ("city", "county", "region")
VILLAGE_KM = 100.0        # a village this near a town the article names beyond doubt is a reading of its name


def near_bonus(e: GeoEntry, key: str, context: Context) -> float:
    """How much nearer ``e`` lies to the towns the article names under other names than ``key`` (its spatial
    focus): "Warsaw" in a report that names Warrensburg and Sedalia is Warsaw, Missouri; "Newcastle" in one
    that names Birmingham and Leeds is Newcastle upon Tyne."""
    d = nearest_km(e, key, context)
    return NEAR_WEIGHT * math.exp(-d / NEAR_KM) if d < math.inf else 0.0


def nearest_km(e: GeoEntry, key: str, context: Context) -> float:
    """The distance from ``e`` to the nearest town the article names beyond doubt under another name than
    ``key`` (inf when there is none, or ``e`` is no town, county or region)."""
    if e.kind not in NEAR_KINDS or e.lat is None or e.lon is None or not context.points:
        return math.inf
    return min((km(e.lat, e.lon, lat, lon) for k, pts in context.points.items() if k != key for lat, lon in pts),
               default=math.inf)


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 12742.0 * math.asin(math.sqrt(min(1.0, a)))


def is_village(e: GeoEntry) -> bool:
    return e.kind == "city" and e.population < SMALL_TOWN and e.country in ENGLISH_SPEAKING


def country_namesake(e: GeoEntry, hit: Hit, admin1: set[str]) -> bool:
    """Whether a village named like a country ("Poland", Ohio) stays a candidate: its state or nation is named
    in the story. It is never resolve()'s reading (village_stands wants no other kind of place of the name);
    only a story set there, naming nothing of the country, reads it (places.local_namesakes)."""
    return hit.stop is None and e.admin1_code in admin1 and all(x.kind in ("city", "country")
                                                                 for x, _ in hit.candidates)


def village_stands(e: GeoEntry, hit: Hit, admin1: set[str], context: Context | None = None) -> bool:
    """Whether a village is a reading here: its state or nation is named in the story, or it lies among the
    towns the story names beyond doubt (within VILLAGE_KM of one: "Shall the companies at Warsaw be ordered
    by Warrensburg" is Warsaw, Missouri, 70 km off, in a report that never spells out Missouri); no country,
    region or area bears the name, and the name is not mostly a word or a person's ("a save from Scholes" in
    a story that names England is the footballer, not the village near Leeds)."""
    if not all(x.kind == "city" for x, _ in hit.candidates):
        return False
    if hit.qualifier is not None and any(contains(q, e) for q in hit.qualifier.entries()):
        return True     # "Windsor, N. C.": a name its state qualifies is a place, whatever else it is
    return hit.stop is None \
        and (e.admin1_code in admin1 or context is not None and nearest_km(e, hit.key, context) <= VILLAGE_KM)


def fold(name: str) -> str:
    """ASCII form for comparing spellings: "Ţarţūs" -> "Tartus"."""
    s = name.translate(APOSTROPHES)
    if s.isascii():  # most names: nothing to decompose (NFKD leaves ASCII as it is)
        return s
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def direction_word(word: str) -> str:
    """"Northeastern" -> "northeast", "centre" -> "central"."""
    w = word.lower().replace("-", "")
    return "central" if w.startswith("cent") else w.removesuffix("ern")


def contains(outer: GeoEntry, inner: GeoEntry) -> bool:
    """Whether ``outer`` (a country or region) contains ``inner``."""
    if outer.kind == "country":
        return inner.country == outer.country and inner is not outer
    if outer.kind in ("region", "area"):
        return inner.kind in ("city", "county") and inner.admin1_code == outer.admin1_code and inner.country == outer.country
    return False


def iter_rows(path: Path = DATA) -> Iterator[list[str]]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        reader = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\")
        next(reader)
        yield from reader


def read_rows(path: Path = DATA) -> list[list[str]]:
    return list(iter_rows(path))


@functools.lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The packaged gazetteer, loaded once per process."""
    return Gazetteer(iter_rows(DATA))


@functools.lru_cache(maxsize=1)
def gazetteer_if_installed() -> Gazetteer | None:
    """The packaged gazetteer, or None where this install has no gazetteer data (no place context then)."""
    try:
        return gazetteer()
    except (OSError, ValueError):
        return None
