"""Response shapes for the OpenAPI document (/api/openapi.json).

The endpoints return pre-serialised JSON, so these models describe the answers without being run
on them; records follow ../shared/design/records.md (kind, article, evidence, rule, ...).
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class Record(_Open):
    kind: str
    id: str


class Page(_Open):
    items: list[dict[str, Any]]
    limit: int
    offset: int
    next_offset: int | None


class MergedEvent(_Open):
    kind: str = "merged_event"
    id: str
    date: str
    end_date: str
    source: dict[str, Any] | None
    target: dict[str, Any] | None
    code: str
    root: str
    quadclass: int
    goldstein: float
    intensity: float
    location: dict[str, Any] | None
    num_mentions: int
    num_articles: int
    num_sources: int
    representative: str
    events: list[str]


class MergedPage(Page):
    items: list[MergedEvent]  # type: ignore[assignment]


class ArticlePage(Page):
    pass


class ArticleFull(_Open):
    article: dict[str, Any]
    actors: list[dict[str, Any]]
    events: list[dict[str, Any]]
    quotes: list[dict[str, Any]]
    figures: list[dict[str, Any]]
    places: list[dict[str, Any]]
    sentences: list[list[int]]


class IngestResult(_Open):
    stored: bool
    article: str
    counts: dict[str, int]
    queued: bool = False   # 202: queued; the server's writer extracts and stores it shortly
    status: str = "stored"  # queued | already queued | already stored | stored


class Report(_Open):
    event: dict[str, Any] | None = None
    sentence: dict[str, Any] | None
    evidence: dict[str, Any] | None
    rule: str | None
    article: dict[str, Any] | None


class Provenance(_Open):
    id: str
    report: Report | None
    merged: MergedEvent | None
    reports: list[Report]


class RecordWithProvenance(_Open):
    kind: str
    record: dict[str, Any]
    provenance: dict[str, Any] | None


class SeriesPoint(_Open):
    day: str
    events: int
    q1: int
    q2: int
    q3: int
    q4: int
    goldstein_sum: float
    goldstein_mean: float | None
    intensity: float
    mentions: int


class Alert(_Open):
    id: str
    level: str
    source: str
    target: str
    day: str
    value: float
    events: int
    baseline_median: float
    baseline_mad: float
    score: float
    severity: str
    severity_rank: int


class ExplainedAlert(Alert):
    summary: str
    method: dict[str, Any]
    events: list[dict[str, Any]]  # type: ignore[assignment]


class AlertPage(Page):
    items: list[ExplainedAlert]  # type: ignore[assignment]


class Series(_Open):
    level: str
    source: str
    target: str | None
    since: str
    until: str
    points: list[SeriesPoint]
    alerts: list[Alert]


class DyadGraph(_Open):
    level: str
    since: str
    until: str
    nodes: list[dict[str, Any]]
    edges: list[dict[str, Any]]


class LocationList(_Open):
    since: str
    until: str
    items: list[dict[str, Any]]


class Summary(_Open):
    counts: dict[str, int]
    first_day: str | None
    last_day: str | None
    published_first: str | None = None  # publication dates of the dated articles
    published_last: str | None = None
    default_since: str | None = None   # the view's opening window: the densest recent article dates
    default_until: str | None = None
    levels: list[str]
    default_window_days: int


class WatchedSource(_Open):
    id: str
    location: str
    kind: str
    outlet: str | None
    last_poll: str | None
    last_status: str | None
    next_poll: str | None
    items_seen: int
    items_stored: int
    failures: int
    failures_total: int
    last_error: str | None


class SourceList(_Open):
    items: list[WatchedSource]
