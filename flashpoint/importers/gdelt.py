"""Import GDELT event exports into the store, so the monitor runs on GDELT data too.

Reads GDELT 2.0 event exports (61 tab-separated columns; `.CSV`, `.CSV.zip`, or with a header
row as in our samples) and GDELT 1.0 daily files (58 columns, no ADM2 codes). Each row becomes an
event record with rule "gdelt:import": the fields our records have (date, actors, codes,
Goldstein, QuadClass, action location) are mapped onto them, and every other column, plus any
mapped column whose text our formatting would not reproduce exactly, is carried in the record's
`gdelt` dict, so `flashpoint export --format gdelt` gives back the imported rows.

GDELT has no article text, so each (SOURCEURL, DATEADDED) becomes a synthetic article: no text,
the URL as its address, the URL's host as its source, published on DATEADDED's day. Its events
have an empty evidence span; their provenance is the rule and the URL. Actors and the action
places become actor and place records of that article. Re-importing a file changes nothing.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from flashpoint.analyze import maintain
from flashpoint.analyze.merge import outlet_of
from flashpoint.errors import EmptyInputError, InputError, MissingInputError
from flashpoint.export.gdelt import COLUMNS, COLUMNS_V1, GDELT_RULE, fips_tables, mapped_columns
from flashpoint.records import (Actor, ActorRef, Article, ArticleRecords, Attribution, Event, Evidence, Place,
                                PlaceRef, Plover, stable_id)
from flashpoint.store import hooks as store_hooks

GEO_FEATURES = {"1": "country", "2": "region", "3": "city", "4": "city", "5": "region"}
BULK_ROWS = 20_000  # above this, write with the monitor paused and rebuild it once at the end

# Imported events keep the monitor current in the same transaction as their records.
store_hooks.register_monitor(maintain.UPKEEP)


@dataclass
class GdeltEvent(Event):
    """An event record imported from GDELT: an Event plus the GDELT columns it has no field for."""

    gdelt: dict = field(default_factory=dict)


@dataclass
class ImportStats:
    rows: int = 0
    events: int = 0
    articles: int = 0
    skipped: int = 0   # rows already in the store
    errors: list[InputError] = field(default_factory=list)


def _open_text(path: Path) -> io.TextIOBase:
    if path.suffix.lower() == ".zip":
        zf = zipfile.ZipFile(path)
        names = [n for n in zf.namelist() if not n.endswith("/")]
        if not names:
            raise EmptyInputError(str(path), "empty zip archive")
        return io.TextIOWrapper(zf.open(names[0]), encoding="utf-8", errors="replace", newline="")
    return path.open(encoding="utf-8", errors="replace", newline="")


def read_rows(path: str | Path) -> Iterator[tuple[str, dict[str, str]] | InputError]:
    """(where, {column: raw text}) per row, 61-column form; an InputError for each unusable line."""
    p = Path(path)
    if not p.is_file():
        yield MissingInputError(str(p), "no such file")
        return
    with _open_text(p) as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\r\n")
            if not line.strip():
                continue
            fields = line.split("\t")
            where = f"{p}:{lineno}"
            if fields[0] == "GLOBALEVENTID":
                continue  # a header row (our samples have one; GDELT's files do not)
            if len(fields) == len(COLUMNS):
                row = dict(zip(COLUMNS, fields))
            elif len(fields) == len(COLUMNS_V1):
                row = dict.fromkeys(COLUMNS, "")
                row.update(zip(COLUMNS_V1, fields))
            else:
                yield InputError(where, f"{len(fields)} fields; a GDELT event row has 61 (2.0) or 58 (1.0)")
                continue
            problem = _check(row)
            if problem:
                yield InputError(where, problem)
                continue
            yield where, row


def _check(row: dict[str, str]) -> str | None:
    if not row["GLOBALEVENTID"].isdigit():
        return f"GLOBALEVENTID {row['GLOBALEVENTID']!r} is not a number"
    day = row["SQLDATE"]
    try:
        date(int(day[:4]), int(day[4:6]), int(day[6:8]))
        if len(day) != 8:
            raise ValueError
    except ValueError:
        return f"SQLDATE {day!r} is not a YYYYMMDD date"
    if not (row["EventCode"].isdigit() and 2 <= len(row["EventCode"]) <= 4 and row["EventRootCode"].isdigit()):
        return f"EventCode {row['EventCode']!r} is not a CAMEO code"
    if row["QuadClass"] not in ("1", "2", "3", "4"):
        return f"QuadClass {row['QuadClass']!r} is not 1-4"
    try:
        if not -10.0 <= float(row["GoldsteinScale"]) <= 10.0:
            raise ValueError
    except ValueError:
        return f"GoldsteinScale {row['GoldsteinScale']!r} is not a number in -10..10"
    if not row["DATEADDED"][:8].isdigit():
        return f"DATEADDED {row['DATEADDED']!r} is not a date"
    return None


def _float(text: str) -> float | None:
    try:
        return float(text) if text else None
    except ValueError:
        return None


def _ref(code: str, name: str) -> ActorRef | None:
    if not code and not name:
        return None
    return ActorRef(name=name or code, code=code or None, text=name or code)


def event_from_row(row: dict[str, str], article_id: str) -> tuple[GdeltEvent, PlaceRef | None]:
    day = row["SQLDATE"]
    lat, lon = _float(row["ActionGeo_Lat"]), _float(row["ActionGeo_Long"])
    loc = None
    if lat is not None and lon is not None:
        loc = PlaceRef(name=row["ActionGeo_FullName"], country=fips_tables()[0].get(row["ActionGeo_CountryCode"]),
                       admin1=row["ActionGeo_ADM1Code"] or None, lat=lat, lon=lon, geonames_id=None,
                       feature=GEO_FEATURES.get(row["ActionGeo_Type"], "city"))
    event = GdeltEvent(
        id=stable_id("gdelt", row["GLOBALEVENTID"]), article=article_id, date=date(int(day[:4]), int(day[4:6]),
                                                                                    int(day[6:8])),
        source=_ref(row["Actor1Code"], row["Actor1Name"]), target=_ref(row["Actor2Code"], row["Actor2Name"]),
        code=row["EventCode"], root=row["EventRootCode"], goldstein=float(row["GoldsteinScale"]),
        quadclass=int(row["QuadClass"]), plover=Plover(None, None), modality="asserted", attribution=Attribution(),
        location=loc, sentence=0, evidence=Evidence(0, 0, ""), rule=GDELT_RULE, confidence=1.0)
    # carry what the record's own fields do not give back exactly
    rebuilt = mapped_columns(event.to_dict(), row["SOURCEURL"])
    event.gdelt = {c: v for c, v in row.items() if v != "" and rebuilt.get(c, "") != v}
    event.gdelt["GLOBALEVENTID"] = row["GLOBALEVENTID"]
    return event, loc


def article_records(url: str, added: str, rows: list[dict[str, str]]) -> ArticleRecords:
    """The synthetic article of one (SOURCEURL, DATEADDED) and the records of its rows."""
    aid = stable_id("gdelt-article", url, added)
    host = outlet_of(None, url, aid) if url else "gdelt"
    art = Article(id=aid, title=None, published=date(int(added[:4]), int(added[4:6]), int(added[6:8])), source=host,
                  url=url or None, text="", content_hash=stable_id("gdelt-article", url, added, length=32),
                  published_from="metadata")
    events, actors, places = [], {}, {}
    for row in rows:
        event, loc = event_from_row(row, aid)
        events.append(event)
        for n in (1, 2):
            code, name = row[f"Actor{n}Code"], row[f"Actor{n}Name"]
            if (code or name) and (code, name) not in actors:
                actors[(code, name)] = Actor(
                    id=stable_id(aid, "actor", code, name), article=aid, name=name or code, code=code or None,
                    mentions=[name or code], country=row[f"Actor{n}CountryCode"] or None,
                    role=row[f"Actor{n}Type1Code"] or None, confidence=1.0, rule=GDELT_RULE)
        if loc is not None and (loc.name, loc.lat, loc.lon) not in places:
            places[(loc.name, loc.lat, loc.lon)] = Place(
                id=stable_id(aid, "place", loc.name, loc.lat, loc.lon), article=aid, name=loc.name,
                country=loc.country, admin1=loc.admin1, lat=loc.lat, lon=loc.lon, geonames_id=None,
                feature=loc.feature or "city", sentence=0, evidence=Evidence(0, 0, ""), rule=GDELT_RULE)
    return ArticleRecords(article=art, actors=list(actors.values()), events=events, places=list(places.values()))


def import_gdelt(paths: Iterable[str | Path], store, on_progress: Callable[[ImportStats], None] | None = None,
                 bulk: bool | None = None) -> ImportStats:
    """Import GDELT event files; rows already stored are skipped, bad lines reported in stats.errors."""
    stats = ImportStats()
    groups: dict[tuple[str, str], list[dict[str, str]]] = {}
    seen: set[str] = set()
    for path in paths:
        for item in read_rows(path):
            if isinstance(item, InputError):
                stats.errors.append(item)
                continue
            stats.rows += 1
            _, row = item
            if row["GLOBALEVENTID"] in seen:  # the same event twice in the input: keep the first
                stats.skipped += 1
                continue
            seen.add(row["GLOBALEVENTID"])
            groups.setdefault((row["SOURCEURL"], row["DATEADDED"]), []).append(row)
    if bulk is None:
        bulk = stats.rows > BULK_ROWS
    if bulk:
        with store.monitor_paused():
            _write(groups, store, stats, on_progress)
        maintain.rebuild(store, store.monitor_settings)
    else:
        _write(groups, store, stats, on_progress)
    return stats


WRITE_BATCH = 64  # source articles per store transaction (and per monitor update)


def _write(groups, store, stats: ImportStats, on_progress) -> None:
    items = list(groups.items())
    for start in range(0, len(items), WRITE_BATCH):
        part = items[start:start + WRITE_BATCH]
        known = store.existing_event_ids([stable_id("gdelt", r["GLOBALEVENTID"])
                                          for _, rows in part for r in rows])
        batch, sizes = [], []
        for (url, added), rows in part:
            fresh = [r for r in rows if stable_id("gdelt", r["GLOBALEVENTID"]) not in known]
            stats.skipped += len(rows) - len(fresh)
            if fresh:
                batch.append(article_records(url, added, fresh))
                sizes.append(len(fresh))
        for written, n in zip(store.write_articles(batch), sizes):
            if written:
                stats.articles += 1
                stats.events += n
            else:
                stats.skipped += n
        if on_progress:
            on_progress(stats)
