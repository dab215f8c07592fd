"""The HTTP API under /api/: reads are open, POST /api/articles needs the bearer token.

List endpoints return the JSON the store keeps for each record, joined without decoding and
re-encoding (FastAPI's encoder is ~6x slower on lists; see ../shared/research/ecosystem.md s5).
Every query parameter is validated (pattern, range, real calendar dates) before it reaches a
query, and every value is bound as an SQL parameter.
"""

from __future__ import annotations

import io
import json
from datetime import date, datetime, timedelta, timezone
from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, HTTPException, Path, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field

from flashpoint.analyze.dyads import is_bare_role
from flashpoint.analyze.explain import explain_alert
from flashpoint.analyze.series import fill_days
from flashpoint.analyze.window import densest_window
from flashpoint.codes.cameo import all_events
from flashpoint.codes.plover import plover_for
from flashpoint.errors import FlashpointError
from flashpoint.export.table import write_csv
from flashpoint.ingest import ArticleInput, parse_published
from flashpoint.ingest.limits import MAX_ARTICLE_CHARS
from flashpoint.kb.resolve import resolve_actor
from flashpoint.pipeline import ingest
from flashpoint.serve.auth import bearer_ok
from flashpoint.serve.schemas import (
    AlertPage,
    ArticleFull,
    ArticlePage,
    DyadGraph,
    EventPage,
    ExplainedAlert,
    IngestResult,
    LocationList,
    MergedPage,
    Provenance,
    RecordWithProvenance,
    Series,
    SourceList,
    Summary,
)
from flashpoint.store.filters import event_query

DAY = r"^\d{4}-\d{2}-\d{2}$"
CODE = r"^[A-Za-z0-9]{1,30}$"
RECORD_ID = r"^[0-9a-f]{8,32}$"
LEVEL = r"^(country|role)$"
SEVERITY = {"low": 1, "medium": 2, "high": 3}
DEFAULT_WINDOW_DAYS = 90
MAX_SERIES_DAYS = 3660

Day = Annotated[str | None, Query(pattern=DAY, description="YYYY-MM-DD")]
Code = Annotated[str | None, Query(pattern=CODE, description="actor code (prefix for actor filters)")]
Limit = Annotated[int, Query(ge=1, le=10_000)]
Offset = Annotated[int, Query(ge=0, le=10_000_000)]
ActorName = Annotated[str | None, Query(min_length=2, max_length=100, pattern=r"^[^\x00-\x1f%_]+$",
                                       description="actor code prefix (RUS, RUSGOV) or name (Iraq, Hamas, Putin)")]
Level = Annotated[str, Query(pattern=LEVEL, description="country (RUS->UKR) or role (RUSMIL->UKRMIL)")]


def _whole(value: float | None) -> float | int | None:
    """A count of people as a whole number (SQL sums come back as floats)."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


def json_response(body: str, status: int = 200) -> Response:
    return Response(content=body.encode("utf-8"), status_code=status, media_type="application/json")


def page_response(items: list[str], limit: int, offset: int, extra: dict | None = None) -> Response:
    """`{"items": [...stored JSON...], "limit", "offset", "next_offset"}`; items holds limit+1 rows at most."""
    more = len(items) > limit
    head = "".join(f"{json.dumps(k)}:{json.dumps(v)}," for k, v in (extra or {}).items())
    nxt = str(offset + limit) if more else "null"
    return json_response(f'{{{head}"items":[{",".join(items[:limit])}],"limit":{limit},"offset":{offset},'
                         f'"next_offset":{nxt}}}')


def check_day(value: str | None, name: str) -> str | None:
    if value is None:
        return None
    try:
        date.fromisoformat(value)
    except ValueError:
        raise HTTPException(422, f"{name}: {value!r} is not a calendar date") from None
    return value


def _iso_time(ts: float | None) -> str | None:
    return datetime.fromtimestamp(ts, timezone.utc).isoformat(timespec="seconds") if ts else None


def check_limit(limit: int, max_limit: int) -> int:
    if limit > max_limit:
        raise HTTPException(422, f"limit: at most {max_limit}")
    return limit


class ArticleIn(BaseModel):
    """An article to extract and store (POST /api/articles)."""

    text: str = Field(min_length=1, max_length=MAX_ARTICLE_CHARS)
    title: str | None = Field(None, max_length=1000)
    published: str | None = Field(None, pattern=DAY)
    url: str | None = Field(None, max_length=4000)
    source: str | None = Field(None, max_length=300)
    id: str | None = Field(None, pattern=r"^[A-Za-z0-9_.:-]{1,64}$")


def make_router(state) -> APIRouter:
    """state: .pool (StorePool), .settings (MonitorSettings), .token, .nlp_factory."""
    r = APIRouter(prefix="/api")
    max_limit = state.settings.serve.max_limit

    def store():
        return state.pool.get()

    def require_token(request: Request) -> None:
        """Runs before the body is validated: without the token a write gets 401, whatever it sent."""
        if not bearer_ok(request.headers.get("authorization"), state.token):
            raise HTTPException(401, "a valid bearer token is required", headers={"WWW-Authenticate": "Bearer"})

    def window(since: str | None, until: str | None, level: str = "country") -> tuple[str, str]:
        since, until = check_day(since, "since"), check_day(until, "until")
        if since is None and until is None:
            since, until = default_window()
        if until is None:
            until = store().last_day(level) or date.today().isoformat()
        if since is None:
            since = (date.fromisoformat(until) - timedelta(days=DEFAULT_WINDOW_DAYS - 1)).isoformat()
        if since > until:
            raise HTTPException(422, "since is after until")
        if (date.fromisoformat(until) - date.fromisoformat(since)).days > MAX_SERIES_DAYS:
            raise HTTPException(422, f"at most {MAX_SERIES_DAYS} days per request")
        return since, until

    def default_window() -> tuple[str | None, str | None]:
        """The densest recent DEFAULT_WINDOW_DAYS of article publication dates (analyze/window.py)."""
        found = densest_window(store().article_days(), DEFAULT_WINDOW_DAYS)
        return found if found else (None, None)

    @r.get("/health", summary="Liveness check")
    async def health() -> dict:
        return {"ok": True}

    @r.get("/summary", response_model=Summary, summary="What the store holds and its date range")
    def summary() -> Response:
        s = store()
        counts = s.counts()
        counts["merged_events"] = s.query("SELECT COUNT(*) FROM merged_events")[0][0]
        counts["alerts"] = s.query("SELECT COUNT(*) FROM alerts")[0][0]
        default_since, default_until = default_window()
        days = s.article_days()
        body = {"published_first": days[0][0] if days else None, "published_last": days[-1][0] if days else None,"counts": counts, "first_day": s.first_day("country"), "last_day": s.last_day("country"),
                "default_since": default_since, "default_until": default_until,
                "levels": list(state.settings.alerts.levels), "default_window_days": DEFAULT_WINDOW_DAYS}
        return json_response(json.dumps(body))

    @r.get("/events", response_model=EventPage, summary="Event records, newest first, filtered")
    def events(
        actor: ActorName = None, source: ActorName = None, target: ActorName = None,
        code: Annotated[str | None, Query(pattern=r"^\d{2,4}$", description="CAMEO event code")] = None,
        root: Annotated[str | None, Query(pattern=r"^\d{2}$", description="CAMEO root 01..20")] = None,
        quadclass: Annotated[int | None, Query(ge=1, le=4)] = None,
        since: Day = None, until: Day = None,
        place: Annotated[str | None, Query(pattern=r"^[A-Z]{3}$", description="ISO alpha-3 of the event location")] = None,
        text: Annotated[str | None, Query(min_length=2, max_length=200, description="words in the evidence")] = None,
        article: Annotated[str | None, Query(pattern=r"^[A-Za-z0-9_.:-]{1,64}$")] = None,
        plover: Annotated[str | None, Query(pattern=r"^[A-Za-z]{3,12}$", description="PLOVER event type")] = None,
        modality: Annotated[str | None, Query(pattern=r"^[a-z]{3,20}$", description="asserted, negated, ...")] = None,
        country: Annotated[str | None, Query(min_length=2, max_length=100,
                                             description="event location: country code or name")] = None,
        order: Annotated[str, Query(pattern=r"^(asc|desc)$")] = "desc",
        format: Annotated[str, Query(pattern=r"^(json|csv)$",
                                     description="csv: the page as a table (the export's columns), for download")] = "json",
        limit: Limit = 100, offset: Offset = 0,
    ) -> Response:
        check_limit(limit, max_limit)
        try:  # names resolve through the knowledge base; an unknown one is a 422 naming the closest
            q, _ = event_query(actor=actor, source=source, target=target, code=code, root=root, quadclass=quadclass,
                               plover=plover, modality=modality, country=country or place, text=text,
                               since=check_day(since, "since"), until=check_day(until, "until"), article=article,
                               limit=limit + 1, offset=offset, prefix="")
        except FlashpointError as exc:
            raise HTTPException(422, exc.one_line()) from None
        rows = store().event_page_json(q, newest_first=order == "desc")
        if format == "csv":
            out = io.StringIO()
            write_csv((json.loads(r) for r in rows[:limit]), out)
            return Response(content=out.getvalue().encode("utf-8"), media_type="text/csv; charset=utf-8",
                            headers={"Content-Disposition": 'attachment; filename="flashpoint-events.csv"'})
        return page_response(rows, limit, offset)

    @r.get("/resolve", summary="What an actor filter matches: a code as given, or a name resolved through the knowledge base")
    def resolve(actor: Annotated[str, Query(min_length=2, max_length=100, pattern=r"^[^\x00-\x1f%_]+$")]) -> Response:
        try:
            m = resolve_actor(actor, "actor")
        except FlashpointError as exc:
            raise HTTPException(422, exc.one_line()) from None
        return json_response(json.dumps({"codes": list(m.codes), "kb_ids": list(m.kb_ids), "names": list(m.names)},
                                        ensure_ascii=False))

    @r.get("/codes", summary="CAMEO event codes with their names, QuadClass and PLOVER type (labels for codes)")
    def codes() -> Response:
        body = {e.code: {"name": e.name, "quadclass": e.quadclass, "plover": plover_for(e.code).type}
                for e in all_events()}
        return json_response(json.dumps(body, ensure_ascii=False))

    @r.get("/events/{event_id}", summary="One event record (or merged event) by id")
    async def event(event_id: Annotated[str, Path(pattern=RECORD_ID)]) -> Response:
        found = store().record_json(event_id)
        if not found or found[0] not in ("event", "merged_event"):
            raise HTTPException(404, "no such event")
        return json_response(found[1])

    @r.get("/events/{event_id}/provenance", response_model=Provenance,
           summary="Where an event comes from: its sentences, spans, rules and articles")
    def event_provenance(event_id: Annotated[str, Path(pattern=RECORD_ID)]) -> Response:
        s = store()
        merged_id = event_id if s.merged_event(event_id) else s.merged_id_of(event_id)
        own = s.event_provenance(event_id)
        if own is None and merged_id is None:
            raise HTTPException(404, "no such event")
        body: dict[str, Any] = {"id": event_id, "report": own,
                                "merged": s.merged_event(merged_id) if merged_id else None,
                                "reports": s.mention_provenance(merged_id) if merged_id else []}
        return json_response(json.dumps(body, ensure_ascii=False))

    @r.get("/merged", response_model=MergedPage, summary="Merged events (one per real-world event), newest first")
    def merged(level: Level = "country", source: Code = None, target: Code = None,
               root: Annotated[str | None, Query(pattern=r"^\d{2}$")] = None, since: Day = None, until: Day = None,
               limit: Limit = 100, offset: Offset = 0) -> Response:
        check_limit(limit, max_limit)
        rows = store().merged_page_json(level, source and source.upper(), target and target.upper(),
                                        check_day(since, "since"), check_day(until, "until"), root, limit + 1, offset)
        return page_response(rows, limit, offset)

    @r.get("/articles", response_model=ArticlePage, summary="Stored articles (metadata), newest first")
    def articles(since: Day = None, until: Day = None,
                 source: Annotated[str | None, Query(max_length=300)] = None,
                 text: Annotated[str | None, Query(min_length=2, max_length=200)] = None,
                 limit: Limit = 100, offset: Offset = 0) -> Response:
        check_limit(limit, max_limit)
        rows = store().article_page_json(check_day(since, "since"), check_day(until, "until"), source, text,
                                         limit + 1, offset)
        return page_response(rows, limit, offset)

    @r.get("/articles/{article_id}", response_model=ArticleFull,
           summary="One article with its text and every record drawn from it")
    def article(article_id: Annotated[str, Path(pattern=r"^[A-Za-z0-9_.:-]{1,64}$")]) -> Response:
        full = store().article_full(article_id)
        if full is None:
            raise HTTPException(404, "no such article")
        return json_response(json.dumps(full, ensure_ascii=False))

    @r.post("/articles", status_code=202, response_model=IngestResult,
            summary="Extract and store a posted article (needs Authorization: Bearer <token>)",
            responses={401: {"description": "missing or wrong token"}}, dependencies=[Depends(require_token)])
    def post_article(body: Annotated[ArticleIn, Body()],
                     wait: Annotated[bool, Query(description="answer after extraction and storage (201, with "
                                                 "counts) instead of once queued (202)")] = False) -> Response:
        check_day(body.published, "published")
        item = ArticleInput(text=body.text, title=body.title, published=parse_published(body.published),
                            url=body.url, source=body.source, id=body.id, origin="POST /api/articles")
        if not wait:  # one short INSERT, then the server's writer extracts and stores it (serve/writer.py)
            status = store().enqueue_article(item.article_id, item.content_hash, body.model_dump())
            if status == "queued" and state.writer is not None:
                state.writer.wake()
            out = {"stored": status == "already stored", "queued": status != "already stored",
                   "article": item.article_id, "status": status, "counts": {}}
            return json_response(json.dumps(out), status=202 if status == "queued" else 200)
        with state.model_lock:  # one extraction at a time; the model is not shared between threads
            nlp = state.nlp_factory()
            stats = ingest([item], store(), nlp=nlp)
        state.invalidate()
        out = {"stored": stats.stored == 1, "queued": False, "article": item.article_id,
               "status": "stored" if stats.stored else "already stored", "counts": stats.counts}
        return json_response(json.dumps(out), status=201 if stats.stored else 200)

    @r.get("/actors", summary="Actors found in the store, most mentioned first")
    def actors(code: Code = None, name: Annotated[str | None, Query(min_length=2, max_length=100)] = None,
               limit: Limit = 100, offset: Offset = 0) -> Response:
        check_limit(limit, max_limit)
        rows = store().actor_rows(code.upper() if code else None, name, limit + 1, offset)
        items = [json.dumps({"code": c, "name": n, "kb_id": k, "articles": int(cnt)}, ensure_ascii=False)
                 for c, n, k, cnt in rows]
        return page_response(items, limit, offset)

    @r.get("/series", response_model=Series, summary="Daily series of a dyad (or of one actor against all)")
    def series(source: Annotated[str, Query(pattern=CODE)], target: Code = None, level: Level = "country",
               since: Day = None, until: Day = None) -> Response:
        a, b = window(since, until, level)
        s = store()
        src, tgt = source.upper(), target.upper() if target else None
        points = fill_days([tuple(row) for row in s.series_rows(level, src, tgt, a, b)], a, b)
        alerts = s.alerts_for_dyad(level, src, tgt, a, b)
        body = {"level": level, "source": src, "target": tgt, "since": a, "until": b, "points": points,
                "alerts": alerts}
        return json_response(json.dumps(body, separators=(",", ":")))

    @r.get("/dyads", response_model=DyadGraph, summary="The dyad network: busiest actor pairs over a period")
    def dyads(level: Level = "country", since: Day = None, until: Day = None, actor: Code = None,
              limit: Annotated[int, Query(ge=1, le=500)] = 60,
              self_loops: Annotated[bool, Query(description="keep an actor acting on itself (GBR->GBR)")] = False
              ) -> Response:
        a, b = window(since, until, level)
        s = store()
        rows = s.dyad_totals(level, a, b, 4 * limit + 20, actor.upper() if actor else None)
        # the network is of countries (or country roles): role codes with no country (GOV, LEG) and
        # self-loops (domestic politics) are left out unless asked for
        rows = [r for r in rows if (self_loops or r[0] != r[1])
                and (level != "country" or not (is_bare_role(r[0]) or is_bare_role(r[1])))][:limit]
        edges, weight = [], {}
        for src, tgt, n, gsum, inten, q1, q2, q3, q4 in rows:
            edges.append({"source": src, "target": tgt, "events": int(n), "goldstein_mean": round(gsum / n, 2),
                          "intensity": round(inten, 2), "q": [int(q1), int(q2), int(q3), int(q4)]})
            for code in (src, tgt):
                weight[code] = weight.get(code, 0) + int(n)
        names = s.names_for_codes(sorted(weight))
        nodes = [{"id": c, "name": names.get(c) or c, "events": w} for c, w in sorted(weight.items())]
        return json_response(json.dumps({"level": level, "since": a, "until": b, "nodes": nodes, "edges": edges},
                                        ensure_ascii=False))

    @r.get("/locations", response_model=LocationList, summary="Where merged events happened, for the map")
    def locations(since: Day = None, until: Day = None,
                  country: Annotated[str | None, Query(pattern=r"^[A-Z0-9]{3,9}$", description="actor country code")] = None,
                  limit: Annotated[int, Query(ge=1, le=5000)] = 2000) -> Response:
        a, b = window(since, until)
        items = []
        for lat, lon, cc, n, inten, gsum, rec, killed, injured in store().locations(a, b, country, limit):
            loc = (json.loads(rec).get("location") or {}) if rec else {}
            items.append({"lat": lat, "lon": lon, "country": cc, "name": loc.get("name"), "events": int(n),
                          "intensity": round(inten, 2), "goldstein_mean": round(gsum / n, 2),
                          "killed": _whole(killed), "injured": _whole(injured)})
        return json_response(json.dumps({"since": a, "until": b, "items": items}, ensure_ascii=False))

    @r.get("/alerts", response_model=AlertPage, summary="Escalation alerts, newest first, each explained")
    def alerts(level: Annotated[str | None, Query(pattern=LEVEL)] = None, actor: Code = None, since: Day = None,
               until: Day = None, min_severity: Annotated[str, Query(pattern=r"^(low|medium|high)$")] = "low",
               explain: bool = True, limit: Annotated[int, Query(ge=1, le=500)] = 50, offset: Offset = 0) -> Response:
        s = store()
        rows = s.alerts(level, actor.upper() if actor else None, check_day(since, "since"), check_day(until, "until"),
                        SEVERITY[min_severity], limit + 1, offset)
        items = [json.dumps(explain_alert(s, a, state.settings, max_events=5) if explain else a, ensure_ascii=False)
                 for a in rows[:limit]]
        return page_response(items + ([""] if len(rows) > limit else []), limit, offset)

    @r.get("/alerts/{alert_id}", response_model=ExplainedAlert, summary="One alert with its events and sentences")
    def alert(alert_id: Annotated[str, Path(pattern=RECORD_ID)]) -> Response:
        s = store()
        a = s.alert(alert_id)
        if a is None:
            raise HTTPException(404, "no such alert")
        return json_response(json.dumps(explain_alert(s, a, state.settings, max_events=50), ensure_ascii=False))

    @r.get("/sources", response_model=SourceList,
           summary="Sources `flashpoint watch` polls: last poll, items seen and stored, failures, next poll")
    def sources() -> Response:
        items = [{**{k: v for k, v in row.items() if k not in ("etag", "last_modified")},
                  "last_poll": _iso_time(row["last_poll"]), "next_poll": _iso_time(row["next_poll"])}
                 for row in store().source_states()]
        return json_response(json.dumps({"items": items}, ensure_ascii=False))

    @r.get("/records/{record_id}", response_model=RecordWithProvenance,
           summary="Any record by id, with its provenance (sentence text, span, rule, article)")
    def record(record_id: Annotated[str, Path(pattern=RECORD_ID)]) -> Response:
        s = store()
        found = s.record_json(record_id)
        if found is None:
            raise HTTPException(404, "no such record")
        kind, raw = found
        rec = json.loads(raw)
        prov: dict[str, Any] | None
        if kind == "event":
            prov = s.event_provenance(record_id)
            prov = {k: v for k, v in (prov or {}).items() if k != "event"}
            prov["merged_event"] = s.merged_id_of(record_id)
        elif kind == "merged_event":
            prov = {"reports": s.mention_provenance(record_id)}
        elif kind == "article":
            prov = None
        else:
            meta = s.article_meta(rec["article"])
            sentence = s.sentence_of(rec["article"], rec["sentence"]) if "sentence" in rec else None
            prov = {"sentence": sentence, "evidence": rec.get("evidence"), "rule": rec.get("rule"), "article": meta}
        return json_response(f'{{"kind":{json.dumps(kind)},"record":{raw},'
                             f'"provenance":{json.dumps(prov, ensure_ascii=False)}}}')

    return r
