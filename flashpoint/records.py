"""The records Flashpoint emits: the data model is the product.

One module defines them (see ../shared/design/records.md for the contract); the pipeline writes
them, and the store, the API and the exports read them. Field names here are the stable contract:
add fields freely, never rename or drop the contract's.

Every record serialises with ``to_dict()`` into plain JSON types, with ``kind`` first and, for all
but the article, ``article`` (the article id) second.
"""

from __future__ import annotations

import functools
import hashlib
import json
from dataclasses import MISSING, asdict, dataclass, field, fields, is_dataclass
from datetime import date
from types import UnionType
from typing import Any, ClassVar, Union, get_args, get_origin, get_type_hints

MODALITIES = ("asserted", "negated", "conditional", "hypothetical", "future", "reported")


def stable_id(*parts: Any, length: int = 16) -> str:
    """A deterministic id from the parts (same input, same id, on every machine and engine)."""
    h = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8"))
    return h.hexdigest()[:length]


def to_json(d: dict) -> str:
    """A record's dict as JSON, the one form every layer writes (compact, text as written, not \\u-escaped)."""
    return json.dumps(d, ensure_ascii=False, separators=(",", ":"))


def content_hash(text: str) -> str:
    """Hash of an article's text with whitespace folded, so re-fetched copies dedupe."""
    return stable_id(" ".join(text.split()), length=32)


_SCALARS = frozenset({str, int, float, bool, type(None)})  # JSON values as they are (exact types: no subclasses)


def _plain(value: Any) -> Any:
    if type(value) in _SCALARS:
        return value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


@dataclass(frozen=True)
class ActorRef:
    """How an actor appears inside another record: canonical name, code, the article's words."""

    name: str
    code: str | None
    text: str
    kb_id: str | None = None

    def to_dict(self) -> dict:
        return {"name": self.name, "code": self.code, "text": self.text, "kb_id": self.kb_id}

    @classmethod
    def from_dict(cls, d: dict | None) -> "ActorRef | None":
        if not d:
            return None
        return cls(name=d.get("name") or d.get("text") or "", code=d.get("code"), text=d.get("text") or "",
                   kb_id=d.get("kb_id"))


@dataclass(frozen=True)
class Evidence:
    """A character span of the article text: the exact words behind a record."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class Plover:
    type: str | None
    mode: str | None = None

    def to_dict(self) -> dict:
        return {"type": self.type, "mode": self.mode}


@dataclass(frozen=True)
class Attribution:
    """Who says an event happened (an actor, or null) and through which outlets."""

    actor: ActorRef | None = None
    via: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        return {"actor": self.actor.to_dict() if self.actor else None, "via": list(self.via)}

    def __bool__(self) -> bool:
        return self.actor is not None or bool(self.via)


@dataclass(frozen=True)
class PlaceRef:
    name: str
    country: str | None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    feature: str | None = None

    def to_dict(self) -> dict:
        return {k: getattr(self, k) for k in ("name", "country", "admin1", "lat", "lon", "geonames_id", "feature")}


@dataclass(frozen=True)
class Scope:
    """The time span a figure covers: "since 2014" -> start 2014-01-01, end = published date."""

    text: str
    start: date | None = None
    end: date | None = None

    def to_dict(self) -> dict:
        return _plain({"text": self.text, "start": self.start, "end": self.end})


def _number(value: float | None) -> float | int | None:
    """20.0 -> 20: counts of people print as whole numbers."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


@dataclass(frozen=True)
class CasualtyClaim:
    """One figure record behind a casualty count: its value, who states it and how it relates to
    the count (``counted``; ``restates`` an earlier mention of the same count; ``replaced`` by a
    later running toll or fuller count; ``alternative``: another claimant's number for the same
    incident; ``part`` of a larger count, "including 9 children"; ``apart``: another incident,
    another period or a projection, kept with its scope)."""

    figure: str
    value: float | None
    approx: str | None
    claimant: ActorRef | None
    sentence: int
    text: str
    link: str = "counted"
    scope: Scope | None = None

    def to_dict(self) -> dict:
        return {"figure": self.figure, "value": _number(self.value), "approx": self.approx,
                "claimant": self.claimant.to_dict() if self.claimant else None, "sentence": self.sentence,
                "text": self.text, "link": self.link, "scope": self.scope.to_dict() if self.scope else None}


@dataclass(frozen=True)
class CasualtyCount:
    """How many of one category (killed, injured, ...): UCDP-style best, low and high; ``unknown``
    when the text says there were some without a number; the claims behind it."""

    best: float | None = None
    low: float | None = None
    high: float | None = None
    unknown: bool = False
    approx: str | None = None
    claims: tuple[CasualtyClaim, ...] = ()

    def to_dict(self) -> dict:
        return {"best": _number(self.best), "low": _number(self.low), "high": _number(self.high),
                "unknown": self.unknown, "approx": self.approx, "claims": [c.to_dict() for c in self.claims]}


CASUALTY_CATEGORIES = ("killed", "injured", "missing", "abducted", "arrested")


@dataclass(frozen=True)
class Casualties:
    """The casualties of an event or, on the article, of its incidents each counted once; only the
    categories the text states appear in ``to_dict``."""

    killed: CasualtyCount | None = None
    injured: CasualtyCount | None = None
    missing: CasualtyCount | None = None
    abducted: CasualtyCount | None = None
    arrested: CasualtyCount | None = None

    def to_dict(self) -> dict:
        return {c: getattr(self, c).to_dict() for c in CASUALTY_CATEGORIES if getattr(self, c) is not None}

    def get(self, category: str) -> CasualtyCount | None:
        return getattr(self, category) if category in CASUALTY_CATEGORIES else None


class Record:
    """Base of the emitted records: ``kind`` plus ``to_dict``."""

    kind: ClassVar[str] = ""

    def to_dict(self) -> dict:
        out: dict[str, Any] = {"kind": self.kind}
        for name in _field_names(type(self)):
            value = getattr(self, name)
            if type(value) in _SCALARS:
                out[name] = value
                continue
            if hasattr(value, "to_dict"):
                value = value.to_dict()
            elif isinstance(value, tuple) and value and hasattr(value[0], "to_dict"):
                value = [v.to_dict() for v in value]
            out[name] = _plain(value)
        return out

    @classmethod
    def from_dict(cls, d: dict) -> "Record":
        """The inverse of ``to_dict``: ``cls.from_dict(r.to_dict()).to_dict() == r.to_dict()``, so
        records can travel as JSON or Parquet (Dask workers to the loader) and come back equal."""
        return _dataclass_from_dict(cls, d)


@dataclass
class Article(Record):
    kind: ClassVar[str] = "article"
    id: str
    title: str | None
    published: date | None
    source: str | None
    url: str | None = None
    path: str | None = None
    text: str = ""
    content_hash: str = ""
    published_from: str = "given"  # given | metadata | today: how the date was obtained
    language: str = "en"           # ISO 639-1 (nlp/language.py); articles in other languages are stored, not coded
    casualties: Casualties | None = None  # over the article's incidents, each counted once


@dataclass
class Actor(Record):
    kind: ClassVar[str] = "actor"
    id: str
    article: str
    name: str
    code: str | None
    mentions: list[str] = field(default_factory=list)
    kb_id: str | None = None
    country: str | None = None
    role: str | None = None
    sector: str | None = None
    confidence: float = 1.0
    rule: str = ""


@dataclass
class Event(Record):
    kind: ClassVar[str] = "event"
    id: str
    article: str
    date: date | None
    source: ActorRef | None
    target: ActorRef | None
    code: str
    root: str
    goldstein: float
    quadclass: int
    plover: Plover
    modality: str
    attribution: Attribution | None
    location: PlaceRef | None
    sentence: int
    evidence: Evidence
    rule: str
    confidence: float
    verb: str | None = None
    date_precision: str | None = None   # day | week | month | quarter | year ... of the expression that dated it;
                                        # None when the publication date stands in
    background: bool = False            # dated years before publication by the text: history, kept out of series
    casualties: Casualties | None = None  # violent events (roots 18-20; 14x where people are hurt)


@dataclass
class Quote(Record):
    kind: ClassVar[str] = "quote"
    id: str
    article: str
    speaker: ActorRef | None
    text: str
    direct: bool
    via: list[str]
    sentence: int
    evidence: Evidence
    verb: str | None = None
    rule: str = ""
    # the words of the article that name the speaker: the actor mention the speaker phrase resolves to
    # ("he" -> the "Mr Putin" met before), else the phrase itself ("a defence official"); null when no
    # speaker. The event coder reads "we"/"our" inside the quote as the actor at this span.
    speaker_span: Evidence | None = None


@dataclass
class Figure(Record):
    kind: ClassVar[str] = "figure"
    id: str
    article: str
    value: float
    approx: str | None
    category: str
    subject: str | None
    actor: ActorRef | None
    claimant: ActorRef | None
    scope: Scope | None
    sentence: int
    evidence: Evidence
    rule: str = ""


@dataclass
class Place(Record):
    """A place mention. ``feature`` says what was placed (continent, country, region, county, city, water,
    landform, locality: a named place the gazetteer lacks, site: a named building or ground, "Kabul airport",
    "Abu Ghraib prison"); ``place_precision`` says what the point is: "point" (the gazetteer's own point of
    the place), "area" (a country's or region's representative point) or "containing" (the point of the
    place it lies in: a site or locality put on its town, region or the article's focus)."""

    kind: ClassVar[str] = "place"
    id: str
    article: str
    name: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    geonames_id: int | None
    feature: str
    sentence: int
    evidence: Evidence
    rule: str = ""
    place_precision: str | None = None

    def ref(self) -> PlaceRef:
        return PlaceRef(self.name, self.country, self.admin1, self.lat, self.lon, self.geonames_id, self.feature)


@dataclass
class Time(Record):
    """A time expression: its ISO 8601 value at the precision the text gives ("2021-04-01", "2021-03",
    "2021", "2021-Q3", "2021-H2", "2021-SU", "FY2021", "202" the 2020s, "19" the 20th century), and whether it
    looks forward. An expression that fixes no date but says present, past or future ("now", "recently", "in
    the future") has TIMEX3's value PRESENT_REF, PAST_REF or FUTURE_REF and the precision "vague". ``text`` and
    ``evidence`` cover TIMEX3's extent: "Thursday" of "on Thursday" (extract/timex.timex_extent)."""

    kind: ClassVar[str] = "time"
    id: str
    article: str
    text: str
    value: str | None
    precision: str          # day | week | month | quarter | half | season | year | decade | century | vague
    future: bool
    sentence: int
    evidence: Evidence
    rule: str = ""


RECORD_KINDS: dict[str, type[Record]] = {
    cls.kind: cls for cls in (Article, Actor, Event, Quote, Figure, Place, Time)  # type: ignore[misc]
}


@dataclass
class ArticleRecords:
    """Everything extracted from one article: the unit the store writes whole (alone or in a
    batch, in one transaction)."""

    article: Article
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    times: list[Time] = field(default_factory=list)
    sentences: list[tuple[int, int, int]] = field(default_factory=list)  # (index, start, end)
    # to_json of each of all(), kept when the records arrived as JSON (a Dask worker's batch), so the
    # store does not encode them a second time; None when they were built here. Not compared. Whoever
    # changes a loaded record before storing it sets this to None (the loaders store them unchanged).
    encoded: list[str] | None = field(default=None, compare=False, repr=False)

    def all(self) -> list[Record]:
        return [self.article, *self.actors, *self.events, *self.quotes, *self.figures, *self.places, *self.times]

    def to_dicts(self) -> list[dict]:
        return [r.to_dict() for r in self.all()]

    def to_jsons(self) -> list[str]:
        """to_json of each record of all(), in that order (article first)."""
        if self.encoded is not None:
            return self.encoded
        return [to_json(d) for d in self.to_dicts()]

    def counts(self) -> dict[str, int]:
        return {"actors": len(self.actors), "events": len(self.events), "quotes": len(self.quotes),
                "figures": len(self.figures), "places": len(self.places), "times": len(self.times)}

    @classmethod
    def from_dicts(cls, dicts: list[dict], sentences: list | None = None,
                   encoded: list[str] | None = None) -> "ArticleRecords":
        """Rebuild from ``to_dicts()`` output (one article's records, the article among them);
        `encoded`: the JSON the dicts were read from, in to_dicts() order, kept for to_jsons()."""
        out: ArticleRecords | None = None
        rest: list[Record] = []
        for d in dicts:
            rec = RECORD_KINDS[d["kind"]].from_dict(d)
            if isinstance(rec, Article):
                out = cls(article=rec)
            else:
                rest.append(rec)
        if out is None:
            raise ValueError("no article record among the dicts")
        lists = {"actor": out.actors, "event": out.events, "quote": out.quotes, "figure": out.figures,
                 "place": out.places, "time": out.times}
        for rec in rest:
            lists[rec.kind].append(rec)
        out.sentences = [tuple(s) for s in sentences or []]
        if encoded is not None and [d["kind"] for d in dicts] == [r.kind for r in out.all()]:
            out.encoded = list(encoded)  # only when it lines up with all(): same kinds in the same order
        return out


def _keep(value: Any) -> Any:
    return value  # str, int, float, bool, dict: JSON already has the right type (ints stay ints)


@functools.lru_cache(maxsize=None)
def _converter(hint: Any) -> Any:
    """A function turning a plain JSON value back into the annotated type (built once per type)."""
    origin, args = get_origin(hint), get_args(hint)
    if origin in (Union, UnionType):
        kinds = [a for a in args if a is not type(None)]
        if len(kinds) != 1:
            return _keep
        inner = _converter(kinds[0])
        return lambda v: None if v is None else inner(v)
    if hint is date:
        return lambda v: date.fromisoformat(v) if isinstance(v, str) else v
    if origin in (tuple, list):
        inner = _converter(args[0] if args else Any)
        if origin is tuple:
            return lambda v: None if v is None else tuple(inner(x) for x in v)
        return lambda v: None if v is None else [inner(x) for x in v]
    if isinstance(hint, type) and is_dataclass(hint):
        # field by field, not a lenient from_dict of the class: the round trip must be exact
        return lambda v: _dataclass_from_dict(hint, v) if isinstance(v, dict) else v
    return _keep


@functools.lru_cache(maxsize=None)
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


@functools.lru_cache(maxsize=None)
def _field_converters(cls: type) -> tuple[tuple[str, Any, bool], ...]:
    """(name, converter or None where JSON has the type already, required) of each init field."""
    hints = get_type_hints(cls)
    out = []
    for f in fields(cls):
        if f.init:
            convert = _converter(hints[f.name])
            out.append((f.name, None if convert is _keep else convert,
                        f.default is MISSING and f.default_factory is MISSING))
    return tuple(out)


def _dataclass_from_dict(cls: type, d: dict) -> Any:
    kwargs = {}
    for name, convert, required in _field_converters(cls):
        if name in d:
            kwargs[name] = d[name] if convert is None else convert(d[name])
        elif required:
            raise ValueError(f"{cls.__name__}.from_dict: missing field {name!r}")
    return cls(**kwargs)


def record_asdict(record: Record) -> dict:
    """Same as ``record.to_dict()``; kept for callers that prefer a function."""
    return record.to_dict()


__all__ = [
    "ActorRef", "Evidence", "Plover", "Attribution", "PlaceRef", "Scope", "CasualtyClaim", "CasualtyCount",
    "Casualties", "CASUALTY_CATEGORIES", "Record", "Article", "Actor",
    "Event", "Quote", "Figure", "Place", "Time", "ArticleRecords", "RECORD_KINDS", "MODALITIES", "stable_id",
    "content_hash", "asdict",
]
