"""Merging reports into events: many articles describing one event become one merged event.

Two event records are reports of the same event when they share
  - the directed dyad (full source and target actor codes; the name when a side has no code),
  - the code family (CAMEO root: "attacked" 190 and "shelled" 195 are one family),
  - the place (GeoNames id, else country + name; no place matches only no place),
and their dates fall in one window. Windows are formed greedily over the key's reports sorted
by (date, event id): the earliest report opens a window [d, d + merge_window_days] and every
report inside it joins; the next report after it opens the next window. This depends only on the
set of reports, never on their arrival order, so the merged id, a hash of the key and the
window's first day, is the same however the articles arrive; and a window never chains beyond
its width (daily attacks over a month stay daily events with merge_window_days = 1).

GDELT rows imported with rule "gdelt:import" are already events: each stays its own merged event
and keeps GDELT's NumMentions / NumSources / NumArticles.

Everything here is pure (no SQL): the store's monitor mixin feeds it rows and writes the result.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from flashpoint.codes.agents import TYPE_HEADS, WHOLE_CODE_PREFIXES
from flashpoint.records import stable_id

GDELT_RULE = "gdelt:import"



def country_level(code: str | None) -> str:
    """RUSGOVMIL -> RUS; IGOWSTNAT -> IGOWSTNAT; GOV (no country) -> GOV; None -> ''."""
    if not code:
        return ""
    if code[:3] in WHOLE_CODE_PREFIXES:
        return code[:9]
    return code[:3]


def role_level(code: str | None) -> str:
    """RUSGOVMIL -> RUSGOV; RUS -> RUS; IGOWSTNAT -> IGOWSTNAT; MILREB -> MIL."""
    if not code:
        return ""
    if code[:3] in WHOLE_CODE_PREFIXES:
        return code[:9]
    if code[:3] in TYPE_HEADS:
        return code[:3]
    return code[:6]


LEVEL_FUNCS = {"country": country_level, "role": role_level}


def conflict_intensity(quadclass: int, goldstein: float) -> float:
    """How much conflict an event adds to its dyad's day: the Goldstein magnitude of conflict events
    (QuadClass 3 verbal, 4 material), 0 for cooperation. One attack (190, -10) adds 10, a threat (130) 4."""
    if quadclass in (3, 4) and goldstein < 0:
        return -float(goldstein)
    return 0.0


@dataclass(frozen=True)
class Mention:
    """One stored event record as the merger sees it (a report of an event in one article)."""

    event_id: str
    article_id: str
    outlet: str          # the publishing source (article source, else the URL's host, else the article id)
    day: str             # ISO date: the event's date, else the article's published date
    source_code: str
    source_name: str
    target_code: str
    target_name: str
    code: str
    root: str
    quadclass: int
    goldstein: float
    confidence: float
    place_key: str
    location: dict | None
    gdelt_id: str = ""
    gdelt_counts: tuple[int, int, int] | None = None  # NumMentions, NumSources, NumArticles

    @property
    def key(self) -> tuple[str, ...]:
        src = self.source_code or ("~" + self.source_name.casefold() if self.source_name else "")
        tgt = self.target_code or ("~" + self.target_name.casefold() if self.target_name else "")
        return (src, tgt, self.root, self.place_key, self.gdelt_id)


def place_key(location: dict | None) -> str:
    if not location:
        return ""
    if location.get("geonames_id"):
        return f"g{location['geonames_id']}"
    if location.get("name"):
        return f"n:{location.get('country') or ''}:{' '.join(str(location['name']).casefold().split())}"
    return ""


def mention_from_record(event: dict, outlet: str, published: str | None) -> Mention | None:
    """The merger's view of an event record dict (as stored); None when it has no usable date."""
    day = event.get("date") or published
    if not day:
        return None
    src, tgt = event.get("source") or {}, event.get("target") or {}
    gd = event.get("gdelt") if event.get("rule") == GDELT_RULE else None
    counts = None
    gid = ""
    if isinstance(gd, dict):
        gid = str(gd.get("GLOBALEVENTID") or event["id"])
        counts = (_int(gd.get("NumMentions")), _int(gd.get("NumSources")), _int(gd.get("NumArticles")))
    loc = event.get("location") or None
    return Mention(event_id=event["id"], article_id=event["article"], outlet=outlet, day=str(day)[:10],
                   source_code=src.get("code") or "", source_name=src.get("name") or "",
                   target_code=tgt.get("code") or "", target_name=tgt.get("name") or "",
                   code=str(event["code"]), root=str(event["root"]), quadclass=int(event["quadclass"]),
                   goldstein=float(event["goldstein"]), confidence=float(event.get("confidence") or 0.0),
                   place_key=place_key(loc), location=loc, gdelt_id=gid, gdelt_counts=counts)


def _int(value) -> int:
    try:
        return max(1, int(value))
    except (TypeError, ValueError):
        return 1


def cluster(mentions: Iterable[Mention], window_days: int) -> list[list[Mention]]:
    """Greedy windows over reports of one key (see the module doc); deterministic for a given set."""
    ordered = sorted(mentions, key=lambda m: (m.day, m.event_id))
    groups: list[list[Mention]] = []
    end = ""
    for m in ordered:
        if groups and m.day <= end and not m.gdelt_id:
            groups[-1].append(m)
        else:
            groups.append([m])
            end = (date.fromisoformat(m.day) + timedelta(days=window_days)).isoformat()
    return groups


@dataclass(frozen=True)
class MergedEvent:
    id: str
    key: tuple[str, ...]
    day: str
    end_day: str
    representative: Mention
    event_ids: tuple[str, ...]
    num_mentions: int
    num_articles: int
    num_sources: int

    @property
    def intensity(self) -> float:
        return conflict_intensity(self.representative.quadclass, self.representative.goldstein)

    def to_dict(self) -> dict:
        r = self.representative
        return {"kind": "merged_event", "id": self.id, "date": self.day, "end_date": self.end_day,
                "source": _ref(r.source_code, r.source_name), "target": _ref(r.target_code, r.target_name),
                "code": r.code, "root": r.root, "quadclass": r.quadclass, "goldstein": r.goldstein,
                "intensity": self.intensity, "location": r.location, "num_mentions": self.num_mentions,
                "num_articles": self.num_articles, "num_sources": self.num_sources,
                "representative": r.event_id, "events": list(self.event_ids)}


def _ref(code: str, name: str) -> dict | None:
    if not code and not name:
        return None
    return {"code": code or None, "name": name or None}


def merged_id(key: tuple[str, ...], day: str) -> str:
    return stable_id("merged", *key, day)


def merge_group(group: list[Mention]) -> MergedEvent:
    """One merged event from one window's reports: counts, and the most confident report as its face."""
    rep = min(group, key=lambda m: (-m.confidence, m.day, m.event_id))
    key = group[0].key
    if rep.gdelt_counts is not None and len(group) == 1:
        n_mentions, n_sources, n_articles = rep.gdelt_counts
    else:
        n_mentions = len(group)
        n_articles = len({m.article_id for m in group})
        n_sources = len({m.outlet for m in group})
    return MergedEvent(id=merged_id(key, group[0].day), key=key, day=group[0].day,
                       end_day=max(m.day for m in group), representative=rep,
                       event_ids=tuple(sorted(m.event_id for m in group)),
                       num_mentions=n_mentions, num_articles=n_articles, num_sources=n_sources)


def merge_all(mentions: Iterable[Mention], window_days: int) -> list[MergedEvent]:
    """Merge any set of reports (all keys): the reference the incremental path must agree with."""
    by_key: dict[tuple[str, ...], list[Mention]] = {}
    for m in mentions:
        by_key.setdefault(m.key, []).append(m)
    out = []
    for key in sorted(by_key):
        out.extend(merge_group(g) for g in cluster(by_key[key], window_days))
    return out


def outlet_of(source: str | None, url: str | None, article_id: str) -> str:
    """Who published an article, for NumSources: its source name, else the URL's host."""
    if source:
        return source.strip().casefold()
    if url and "://" in url:
        host = url.split("://", 1)[1].split("/", 1)[0].casefold()
        return host.removeprefix("www.")
    return article_id
