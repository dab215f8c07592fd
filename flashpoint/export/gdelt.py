"""GDELT 2.0 event export: 61 tab-separated columns, no header (as GDELT publishes them).

Two kinds of stored event become rows:

* Events imported from GDELT (rule "gdelt:import", see flashpoint/importers/gdelt.py) carry the
  columns that have no record field in their `gdelt` dict, so they export to the row they were
  imported from, all 61 columns (tests/export checks the round trip on the sample).
* Events Flashpoint extracted. `merged_event_rows` writes one row per merged event (GDELT's unit:
  NumMentions / NumSources / NumArticles are its reports, outlets and articles); `event_rows`
  writes one row per event record. Columns we cannot fill from our records, left empty:
    Actor{1,2}EthnicCode, Actor{1,2}Religion{1,2}Code   (no ethnic/religion coding)
    *_ADM2Code                                          (no second-level regions in the gazetteer)
    AvgTone                                             (no tone model; written as 0)
  Approximations: IsRootEvent is 1 for events in the first sentence; ActionGeo_FeatureID is the
  GeoNames id (GDELT uses GNS ids); FractionDate uses GDELT's formula; DATEADDED is the article's
  publication day at 00:00:00; ActionGeo_CountryCode is converted from ISO alpha-3 to FIPS 10-4.
  *_ADM1Code is GDELT's FIPS country code plus the GeoNames admin1 code ("USTX", "UP07": GeoNames keeps
  FIPS 10-4 admin codes for most countries, US state codes for the US, as GDELT does), the bare country
  code for a country. Actor{1,2}Geo_* place an actor at the action when the action is in the actor's
  country, else at the actor's country (its representative point, Type 1).
"""

from __future__ import annotations

import csv
import functools
from collections.abc import Iterable, Iterator
from pathlib import Path

from flashpoint.analyze.merge import GDELT_RULE
from flashpoint.codes.agents import TYPE_HEADS, WHOLE_CODE_PREFIXES
from flashpoint.extract.places import actor_country
from flashpoint.kb.gazetteer import gazetteer

COLUMNS = [
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *[f"Actor{n}{c}" for n in (1, 2) for c in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
                                              "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code")],
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
    "NumSources", "NumArticles", "AvgTone",
    *[f"{g}_{c}" for g in ("Actor1Geo", "Actor2Geo", "ActionGeo")
      for c in ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")],
    "DATEADDED", "SOURCEURL",
]
assert len(COLUMNS) == 61
# GDELT 1.0 daily files: the same minus the three *Geo_ADM2Code columns (DATEADDED is YYYYMMDD).
COLUMNS_V1 = [c for c in COLUMNS if not c.endswith("_ADM2Code")]

GEO_TYPES = {"country": "1", "region": "5", "admin1": "5", "state": "5", "city": "4", "town": "4", "village": "4",
             "landmark": "4"}
FIPS_TABLE = Path(__file__).resolve().parent.parent / "importers" / "fips_countries.tsv"


@functools.lru_cache(maxsize=1)
def fips_tables() -> tuple[dict[str, str], dict[str, str]]:
    """(FIPS 10-4 -> ISO alpha-3, ISO alpha-3 -> FIPS 10-4) for GDELT's geographic country codes."""
    to_iso, to_fips = {}, {}
    with FIPS_TABLE.open(encoding="utf-8") as f:
        rows = csv.reader((line for line in f if not line.startswith("#")), delimiter="\t")
        next(rows)
        for fips, iso3, _name in rows:
            to_iso[fips] = iso3
            to_fips.setdefault(iso3, fips)
    return to_iso, to_fips


def split_actor_code(code: str | None) -> dict[str, str]:
    """RUSGOV -> country RUS, type1 GOV; IGOWSTNAT -> known group WSTNAT (GDELT's convention, roughly)."""
    out = {"CountryCode": "", "KnownGroupCode": "", "Type1Code": "", "Type2Code": "", "Type3Code": ""}
    if not code:
        return out
    parts = [code[i:i + 3] for i in range(0, len(code), 3)]
    types: list[str] = []
    if parts[0] in WHOLE_CODE_PREFIXES:
        out["KnownGroupCode"] = "".join(parts[1:3])
        types = [parts[0]]
    elif parts[0] in TYPE_HEADS:
        types = [parts[0]]
    else:
        out["CountryCode"] = parts[0]
    types += [p for p in parts[1:] if p in TYPE_HEADS and p not in types]
    for i, t in enumerate(types[:3], 1):
        out[f"Type{i}Code"] = t
    return out


def adm1_code(loc: dict) -> str:
    """GDELT's ADM1 code of a place: FIPS country + GeoNames admin1 code ("UP07"), the country alone for
    a country, "" when the country has no FIPS code."""
    fips = fips_tables()[1].get(loc.get("country") or "", "")
    if not fips:
        return ""
    gaz = gazetteer()
    entry = gaz.by_geonames_id(loc.get("geonames_id"))
    if entry is None and loc.get("admin1"):     # a site, a locality or a county: by its region's name
        entry = next(iter(gaz.lookup(loc["admin1"], kind="region", country=loc.get("country"))), None)
    if entry is not None and entry.admin1_code and entry.country == loc.get("country"):
        return fips + entry.admin1_code.split(".", 1)[1]
    return fips


def actor_geo(code: str | None, action: dict[str, str], loc: dict) -> dict[str, str]:
    """Where an actor is: at the action when it happens in the actor's country, else the actor's country."""
    iso = actor_country(code)
    if iso is None:
        return {}
    if loc.get("country") == iso and action.get("ActionGeo_Type"):
        return {k: action.get(f"ActionGeo_{k}", "") for k in ("Type", "CountryCode", "ADM1Code", "FeatureID")} | {
            "FullName": loc.get("name") or "", "Lat": fmt_number(loc.get("lat")), "Long": fmt_number(loc.get("lon"))}
    country = gazetteer().country(iso)
    fips = fips_tables()[1].get(iso, "")
    if country is None or not fips:
        return {}
    return {"Type": "1", "FullName": country.name, "CountryCode": fips, "ADM1Code": fips,
            "Lat": fmt_number(country.lat), "Long": fmt_number(country.lon), "FeatureID": fips}


def fmt_number(x: float | int | None) -> str:
    """Shortest form, without a trailing .0 (GDELT writes 31, 21.4267, -94.2003)."""
    if x is None:
        return ""
    s = repr(float(x))
    return s[:-2] if s.endswith(".0") else s


def fmt_goldstein(g: float) -> str:
    return f"{float(g):.1f}"


def fraction_date(day: str) -> str:
    y, m, d = int(day[:4]), int(day[4:6]), int(day[6:8])
    return f"{y + (m * 30 + d) / 365:.4f}"


def mapped_columns(e: dict, url: str) -> dict[str, str]:
    """The columns that come straight from an event record's own fields."""
    row: dict[str, str] = {}
    day = (e.get("date") or "").replace("-", "")
    if day:
        row.update(SQLDATE=day, MonthYear=day[:6], Year=day[:4])
    for n, key in ((1, "source"), (2, "target")):
        ref = e.get(key) or {}
        name = ref.get("name") or ""
        row[f"Actor{n}Code"] = ref.get("code") or ""
        row[f"Actor{n}Name"] = name if e.get("rule") == GDELT_RULE else name.upper()  # GDELT's names are upper case
    code = str(e["code"])
    row.update(EventCode=code, EventBaseCode=code[:3], EventRootCode=str(e["root"]), QuadClass=str(e["quadclass"]),
               GoldsteinScale=fmt_goldstein(e["goldstein"]))
    loc = e.get("location") or {}
    if loc:
        row.update(ActionGeo_FullName=loc.get("name") or "", ActionGeo_Lat=fmt_number(loc.get("lat")),
                   ActionGeo_Long=fmt_number(loc.get("lon")))
    row["SOURCEURL"] = url
    return row


def derived_columns(e: dict, counts: tuple[int, int, int] = (1, 1, 1), published: str | None = None) -> dict[str, str]:
    """Columns of an event Flashpoint extracted that GDELT derives from other fields."""
    row: dict[str, str] = {"GLOBALEVENTID": str(int(e["id"][:12], 16))}
    day = (e.get("date") or "").replace("-", "")
    if day:
        row["FractionDate"] = fraction_date(day)
    for n, key in ((1, "source"), (2, "target")):
        for k, v in split_actor_code((e.get(key) or {}).get("code")).items():
            row[f"Actor{n}{k}"] = v
    row.update(IsRootEvent="1" if e.get("sentence", 1) == 0 else "0", NumMentions=str(counts[0]),
               NumSources=str(counts[1]), NumArticles=str(counts[2]), AvgTone="0")
    loc = e.get("location") or {}
    if loc.get("lat") is not None:
        fips = fips_tables()[1].get(loc.get("country") or "", "")
        row.update(ActionGeo_Type=GEO_TYPES.get(loc.get("feature") or "", "4"), ActionGeo_CountryCode=fips,
                   ActionGeo_ADM1Code=adm1_code(loc), ActionGeo_FeatureID=str(loc.get("geonames_id") or ""))
    for n, key in ((1, "source"), (2, "target")):
        row.update({f"Actor{n}Geo_{k}": v for k, v in actor_geo((e.get(key) or {}).get("code"), row, loc).items()})
    added = (published or e.get("date") or "").replace("-", "")
    row["DATEADDED"] = (added + "000000") if added else ""
    return row


def row_of(e: dict, url: str = "", counts: tuple[int, int, int] = (1, 1, 1), published: str | None = None) -> list[str]:
    """The 61 fields of one event record (imported GDELT events get their carried columns back)."""
    row = dict.fromkeys(COLUMNS, "")
    carried = e.get("gdelt") if e.get("rule") == GDELT_RULE else None
    if isinstance(carried, dict):
        row.update(mapped_columns(e, url))
        row.update({k: str(v) for k, v in carried.items() if k in row})
    else:
        row.update(derived_columns(e, counts, published))
        row.update(mapped_columns(e, url))
    return [row[c].replace("\t", " ").replace("\n", " ") for c in COLUMNS]


def event_rows(events: Iterable[dict], urls: dict[str, str] | None = None) -> Iterator[list[str]]:
    """One row per event record; urls maps article id -> URL (or path)."""
    for e in events:
        yield row_of(e, (urls or {}).get(e.get("article"), "") or "")


def write_gdelt(events: Iterable[dict], out, urls: dict[str, str] | None = None) -> int:
    n = 0
    for row in event_rows(events, urls):
        out.write("\t".join(row) + "\n")
        n += 1
    return n


def merged_event_rows(store, keep=None) -> Iterator[list[str]]:
    """One row per merged event (the representative report's fields, the group's counts); imported GDELT
    events come out as imported. Needs a store with the monitor tables (Store.merged_rows_for_export).
    `keep(merged) -> bool` selects merged events (export filters)."""
    for merged, event, url, published in store.merged_rows_for_export():
        if keep is not None and not keep(merged):
            continue
        counts = (merged["num_mentions"], merged["num_sources"], merged["num_articles"])
        e = dict(event)
        if e.get("rule") != GDELT_RULE:
            e["id"] = merged["id"]
            e["date"] = merged["date"]
        yield row_of(e, url or "", counts, published)


def write_gdelt_merged(store, out, keep=None) -> int:
    n = 0
    for row in merged_event_rows(store, keep):
        out.write("\t".join(row) + "\n")
        n += 1
    return n
