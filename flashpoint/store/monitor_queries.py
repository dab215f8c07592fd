"""The monitor's SQL: merged events, dyad_day, alerts, and the read queries of the API.

A mixin for Store (class Store(MonitorQueries) in base.py). Its `maintain_monitor`, called by the
store's after_articles_written hook, keeps the monitor tables current inside each write
transaction; the logic (merging windows, series contributions, alert scores) is pure Python in
flashpoint/analyze, which sits above the store and reaches it through the hook it registers
(store/hooks.py): the store never imports analyze. SQL is
the common subset of SQLite and PostgreSQL, parameters are named (:name) and bound; identifiers are
never taken from input.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone

from flashpoint.records import to_json
from flashpoint.store import hooks
from flashpoint.store.schema import RECORD_TABLES

MERGED_COLUMNS = ("id", "merge_key", "day", "end_day", "source_code", "target_code", "src_country", "tgt_country",
                  "src_role", "tgt_role", "code", "root", "quadclass", "goldstein", "intensity", "country", "lat",
                  "lon", "num_mentions", "num_articles", "num_sources", "representative", "record")
LEVEL_COLUMNS = {"country": ("src_country", "tgt_country"), "role": ("src_role", "tgt_role")}
MONITOR_LOCK = 0x666C6D6F  # PostgreSQL advisory lock key ("flmo") for monitor maintenance
ALERT_COLUMNS = ("id", "level", "source", "target", "day", "value", "events", "baseline_median", "baseline_mad",
                 "score", "severity", "severity_rank", "first_seen", "updated_at", "delivered_at", "delivered_rank")


def utc_now() -> str:
    """Now, in UTC, to the second (the store's timestamps)."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _in(prefix: str, values: list) -> tuple[str, dict]:
    """`:p0, :p1, ...` placeholders and their bound values, for IN lists."""
    names = [f"{prefix}{i}" for i in range(len(values))]
    return ", ".join(":" + n for n in names), dict(zip(names, values))


def _in_chunks(prefix: str, values: list, size: int = 500) -> Iterator[tuple[str, dict]]:
    """`_in` over `values` in chunks of `size`, so no statement binds too many parameters."""
    for i in range(0, len(values), size):
        yield _in(prefix, values[i:i + size])



def add_date_range(clauses: list[str], params: dict, column: str, since: str | None, until: str | None) -> None:
    """Inclusive YYYY-MM-DD bounds on a date column, as bound parameters (either bound optional)."""
    if since:
        clauses.append(f"{column} >= :since")
        params["since"] = since
    if until:
        clauses.append(f"{column} <= :until")
        params["until"] = until

class MonitorQueries:
    _monitor_settings = None
    _monitor_paused = False

    # -- settings and the write hook ---------------------------------------------------------
    @property
    def monitor_settings(self):
        upkeep = hooks.monitor()
        if self._monitor_settings is None and upkeep is not None:
            self._monitor_settings = upkeep.load_settings()
        return self._monitor_settings

    @monitor_settings.setter
    def monitor_settings(self, value) -> None:
        self._monitor_settings = value

    def maintain_monitor(self, batch) -> None:
        """Called by Store.after_articles_written inside the write's transaction."""
        upkeep = hooks.monitor()
        if self._monitor_paused or upkeep is None:
            return
        if getattr(self, "dialect", "") == "postgresql":
            # Concurrent loaders would re-form the same merged events from stale reads: take turns
            # (until this transaction ends). SQLite's BEGIN IMMEDIATE already serialises writers.
            self.execute("SELECT pg_advisory_xact_lock(:k)", {"k": MONITOR_LOCK})
        upkeep.update(self, batch, self.monitor_settings)

    @contextmanager
    def monitor_paused(self):
        """Write without maintaining the monitor (bulk loads); run analyze.maintain.rebuild after."""
        self._monitor_paused = True
        try:
            yield self
        finally:
            self._monitor_paused = False

    # -- merged events (maintenance) -------------------------------------------------------------
    def merged_for_key(self, merge_key: str, from_day: str) -> list[dict]:
        return [json.loads(r[0]) for r in self.query(
            "SELECT record FROM merged_events WHERE merge_key = :k AND day >= :d ORDER BY day, id",
            {"k": merge_key, "d": from_day})]

    def mentions_of_merged(self, merged_ids: list[str]) -> list:
        mention_from_record = hooks.monitor().mention
        out = []
        for marks, params in _in_chunks("m", merged_ids):
            for rec, outlet, day in self.query(
                    "SELECT e.record, m.outlet, m.day FROM event_mentions m JOIN events e ON e.id = m.event_id"
                    f" WHERE m.merged_id IN ({marks})", params):
                m = mention_from_record(json.loads(rec), outlet, day)
                if m is not None:
                    out.append(m)
        return out

    def existing_event_ids(self, ids: list[str]) -> set[str]:
        found: set[str] = set()
        for marks, params in _in_chunks("e", ids):
            found.update(r[0] for r in self.query(f"SELECT id FROM events WHERE id IN ({marks})", params))
        return found

    def delete_merged(self, ids: list[str]) -> None:
        for marks, params in _in_chunks("m", ids):
            self.execute(f"DELETE FROM merged_events WHERE id IN ({marks})", params)

    def insert_merged(self, rows: list[tuple[str, dict]]) -> None:
        """rows: (merge key hash, merged event record dict)."""
        levels = hooks.monitor().levels
        params = []
        for kh, d in rows:
            src = (d.get("source") or {}).get("code")
            tgt = (d.get("target") or {}).get("code")
            src_levels, tgt_levels = levels(src), levels(tgt)
            loc = d.get("location") or {}
            params.append({"id": d["id"], "merge_key": kh, "day": d["date"], "end_day": d["end_date"],
                           "source_code": src, "target_code": tgt, "src_country": src_levels["country"],
                           "tgt_country": tgt_levels["country"], "src_role": src_levels["role"],
                           "tgt_role": tgt_levels["role"],
                           "code": d["code"], "root": d["root"], "quadclass": d["quadclass"],
                           "goldstein": d["goldstein"], "intensity": d["intensity"], "country": loc.get("country"),
                           "lat": loc.get("lat"), "lon": loc.get("lon"), "num_mentions": d["num_mentions"],
                           "num_articles": d["num_articles"], "num_sources": d["num_sources"],
                           "representative": d["representative"], "record": to_json(d)})
        cols = ", ".join(MERGED_COLUMNS)
        self.executemany(f"INSERT INTO merged_events ({cols}) VALUES ({', '.join(':' + c for c in MERGED_COLUMNS)})",
                         params)

    def upsert_event_mentions(self, rows: list[dict]) -> None:
        self.executemany(
            "INSERT INTO event_mentions (event_id, merged_id, merge_key, article_id, outlet, day, confidence)"
            " VALUES (:event_id, :merged_id, :merge_key, :article_id, :outlet, :day, :confidence)"
            " ON CONFLICT (event_id) DO UPDATE SET merged_id = excluded.merged_id, merge_key = excluded.merge_key,"
            " day = excluded.day", rows)

    # -- dyad_day ---------------------------------------------------------------------------------
    def add_to_dyad_day(self, p: dict) -> None:
        self.execute(
            "INSERT INTO dyad_day (level, source, target, day, events, q1, q2, q3, q4, goldstein, intensity, mentions)"
            " VALUES (:level, :source, :target, :day, :events, :q1, :q2, :q3, :q4, :goldstein, :intensity, :mentions)"
            " ON CONFLICT (level, source, target, day) DO UPDATE SET events = dyad_day.events + excluded.events,"
            " q1 = dyad_day.q1 + excluded.q1, q2 = dyad_day.q2 + excluded.q2, q3 = dyad_day.q3 + excluded.q3,"
            " q4 = dyad_day.q4 + excluded.q4, goldstein = dyad_day.goldstein + excluded.goldstein,"
            " intensity = dyad_day.intensity + excluded.intensity, mentions = dyad_day.mentions + excluded.mentions",
            p)

    def prune_dyad_day(self, keys: list[tuple[str, str, str, str]]) -> None:
        """Drop the given dyad-days once their last event has gone."""
        self.executemany("DELETE FROM dyad_day WHERE level = :l AND source = :s AND target = :t AND day = :d"
                         " AND events <= 0", [{"l": k[0], "s": k[1], "t": k[2], "d": k[3]} for k in keys])

    def insert_dyad_day(self, rows: list[dict]) -> None:
        self.executemany(
            "INSERT INTO dyad_day (level, source, target, day, events, q1, q2, q3, q4, goldstein, intensity, mentions)"
            " VALUES (:level, :source, :target, :day, :events, :q1, :q2, :q3, :q4, :goldstein, :intensity, :mentions)",
            rows)

    def dyad_rows(self, level: str, source: str, target: str, since: str, until: str) -> list[tuple[str, int, float]]:
        return [(r[0], int(r[1]), float(r[2])) for r in self.query(
            "SELECT day, events, intensity FROM dyad_day WHERE level = :l AND source = :s AND target = :t"
            " AND day >= :a AND day <= :b ORDER BY day",
            {"l": level, "s": source, "t": target, "a": since, "b": until})]

    def days_with_data(self, level: str, since: str, until: str) -> set[str]:
        return {r[0] for r in self.query("SELECT DISTINCT day FROM dyad_day WHERE level = :l AND day >= :a"
                                         " AND day <= :b", {"l": level, "a": since, "b": until})}

    def alert_candidates(self, level: str, after: str, until: str, min_intensity: float) -> list[tuple[str, str, str]]:
        """Dyad-days in (after, until] intense enough to alert: (source, target, day)."""
        return [tuple(r) for r in self.query(
            "SELECT source, target, day FROM dyad_day WHERE level = :l AND day > :a AND day <= :b"
            " AND intensity >= :m", {"l": level, "a": after, "b": until, "m": min_intensity})]

    def first_day(self, level: str) -> str | None:
        rows = self.query("SELECT MIN(day) FROM dyad_day WHERE level = :l", {"l": level})
        return rows[0][0] if rows else None

    def last_day(self, level: str = "country") -> str | None:
        rows = self.query("SELECT MAX(day) FROM dyad_day WHERE level = :l", {"l": level})
        return rows[0][0] if rows else None

    # -- alerts (maintenance) ---------------------------------------------------------------------
    def upsert_alert(self, aid: str, level: str, source: str, target: str, day: str, score,
                     delivered: tuple | None = None) -> None:
        now = utc_now()
        self.execute(
            "INSERT INTO alerts (id, level, source, target, day, value, events, baseline_median, baseline_mad, score,"
            " severity, severity_rank, first_seen, updated_at, delivered_at, delivered_rank)"
            " VALUES (:id, :level, :source, :target, :day, :value, :events, :median, :mad, :score, :severity, :rank,"
            " :now, :now, :delivered_at, :delivered_rank)"
            " ON CONFLICT (id) DO UPDATE SET value = excluded.value, events = excluded.events,"
            " baseline_median = excluded.baseline_median, baseline_mad = excluded.baseline_mad,"
            " score = excluded.score, severity = excluded.severity, severity_rank = excluded.severity_rank,"
            " updated_at = excluded.updated_at",
            {"id": aid, "level": level, "source": source, "target": target, "day": day, "value": score.value,
             "events": score.events, "median": score.median, "mad": score.mad, "score": score.score,
             "severity": score.severity, "rank": score.rank, "now": now,
             "delivered_at": delivered[0] if delivered else None, "delivered_rank": delivered[1] if delivered else None})

    def delete_alert(self, aid: str) -> None:
        self.execute("DELETE FROM alerts WHERE id = :id", {"id": aid})

    def delivered_alerts(self) -> dict[str, tuple]:
        return {r[0]: (r[1], r[2]) for r in self.query(
            "SELECT id, delivered_at, delivered_rank FROM alerts WHERE delivered_at IS NOT NULL")}

    def alerts_to_deliver(self, min_day: str | None = None) -> list[dict]:
        where = " AND day >= :d" if min_day else ""
        return self._alert_dicts(
            "SELECT " + ", ".join(ALERT_COLUMNS) + " FROM alerts WHERE (delivered_rank IS NULL"
            " OR delivered_rank < severity_rank)" + where + " ORDER BY day, id", {"d": min_day} if min_day else {})

    def mark_delivered(self, aid: str, rank: int) -> None:
        with self.transaction():
            self.execute("UPDATE alerts SET delivered_at = :at, delivered_rank = :r WHERE id = :id",
                         {"at": utc_now(), "r": rank, "id": aid})

    def monitor_clear(self) -> None:
        for table in ("alerts", "dyad_day", "event_mentions", "merged_events"):  # constant names
            self.execute(f"DELETE FROM {table}")

    def merged_rows_for_export(self) -> Iterator[tuple[dict, dict, str | None, str | None]]:
        """(merged event, its representative event record, article URL or path, published) in day order."""
        cur = self.conn.cursor()
        cur.execute(self._sql("SELECT m.record, e.record, COALESCE(a.url, a.path), a.published FROM merged_events m"
                              " JOIN events e ON e.id = m.representative JOIN articles a ON a.id = e.article_id"
                              " ORDER BY m.day, m.id"))
        for merged, event, url, published in cur:
            yield json.loads(merged), json.loads(event), url, published

    def iter_events_for_merge(self) -> Iterator[tuple]:
        cur = self.conn.cursor()
        cur.execute(self._sql("SELECT e.record, a.source, a.url, a.id, a.published FROM events e"
                              " JOIN articles a ON a.id = e.article_id ORDER BY e.id"))
        yield from cur

    # -- reads for the API and the CLI -------------------------------------------------------------
    def _alert_dicts(self, sql: str, params: dict) -> list[dict]:
        return [dict(zip(ALERT_COLUMNS, r)) for r in self.query(sql, params)]

    def alerts(self, level: str | None = None, actor: str | None = None, since: str | None = None,
               until: str | None = None, min_rank: int = 1, limit: int = 100, offset: int = 0) -> list[dict]:
        clauses, params = ["severity_rank >= :rank"], {"rank": min_rank, "limit": limit, "offset": offset}
        if level:
            clauses.append("level = :level")
            params["level"] = level
        if actor:
            clauses.append("(source LIKE :actor OR target LIKE :actor)")
            params["actor"] = actor + "%"
        add_date_range(clauses, params, "day", since, until)
        return self._alert_dicts(
            "SELECT " + ", ".join(ALERT_COLUMNS) + " FROM alerts WHERE " + " AND ".join(clauses)
            + " ORDER BY day DESC, score DESC, id LIMIT :limit OFFSET :offset", params)

    def alerts_for_dyad(self, level: str, source: str, target: str | None, since: str, until: str) -> list[dict]:
        params = {"l": level, "s": source, "a": since, "b": until}
        extra = ""
        if target is not None:
            extra = " AND target = :t"
            params["t"] = target
        return self._alert_dicts(
            "SELECT " + ", ".join(ALERT_COLUMNS) + " FROM alerts WHERE level = :l AND source = :s" + extra +
            " AND day >= :a AND day <= :b ORDER BY day, id", params)

    def names_for_codes(self, codes: list[str]) -> dict[str, str]:
        """The name most often given to each actor code, judged on a bounded sample (for labels)."""
        out: dict[str, str] = {}
        for code in codes:
            rows = self.query("SELECT name, COUNT(*) AS n FROM (SELECT name FROM actors WHERE code = :c LIMIT 200)"
                              " AS sample GROUP BY name ORDER BY n DESC, name LIMIT 1", {"c": code})
            if rows:
                out[code] = rows[0][0]
        return out

    def article_meta(self, article_id: str) -> dict | None:
        rows = self.query("SELECT id, title, url, path, source, published FROM articles WHERE id = :id",
                          {"id": article_id})
        if not rows:
            return None
        return dict(zip(("id", "title", "url", "path", "source", "published"), rows[0]))

    def alert(self, aid: str) -> dict | None:
        rows = self._alert_dicts("SELECT " + ", ".join(ALERT_COLUMNS) + " FROM alerts WHERE id = :id", {"id": aid})
        return rows[0] if rows else None

    def merged_on_dyad_day(self, level: str, source: str, target: str, day: str, limit: int = 10) -> list[dict]:
        """The conflict events behind a dyad-day's intensity, most intense first."""
        sc, tc = LEVEL_COLUMNS[level]
        return [json.loads(r[0]) for r in self.query(
            f"SELECT record FROM merged_events WHERE {sc} = :s AND {tc} = :t AND day = :d AND intensity > 0"
            " ORDER BY intensity DESC, num_mentions DESC, id LIMIT :limit",
            {"s": source, "t": target, "d": day, "limit": limit})]

    def merged_event(self, mid: str) -> dict | None:
        rows = self.query("SELECT record FROM merged_events WHERE id = :id", {"id": mid})
        return json.loads(rows[0][0]) if rows else None

    def merged_id_of(self, event_id: str) -> str | None:
        rows = self.query("SELECT merged_id FROM event_mentions WHERE event_id = :id", {"id": event_id})
        return rows[0][0] if rows else None

    def mention_provenance(self, merged_id: str, limit: int = 50) -> list[dict]:
        """Every report of a merged event: the event record, its sentence and its article."""
        rows = self.query(
            "SELECT e.record, a.id, a.title, a.url, a.source, a.published, s.start_char, s.end_char, m.outlet,"
            " SUBSTR(a.text, s.start_char + 1, s.end_char - s.start_char)"
            " FROM event_mentions m JOIN events e ON e.id = m.event_id JOIN articles a ON a.id = m.article_id"
            " LEFT JOIN sentences s ON s.article_id = e.article_id AND s.idx = e.sentence"
            " WHERE m.merged_id = :id ORDER BY a.published, a.id, e.id LIMIT :limit", {"id": merged_id, "limit": limit})
        return [self._provenance(*r) for r in rows]

    def event_provenance(self, event_id: str) -> dict | None:
        rows = self.query(
            "SELECT e.record, a.id, a.title, a.url, a.source, a.published, s.start_char, s.end_char, a.source,"
            " SUBSTR(a.text, s.start_char + 1, s.end_char - s.start_char) FROM events e JOIN articles a ON a.id = e.article_id"
            " LEFT JOIN sentences s ON s.article_id = e.article_id AND s.idx = e.sentence WHERE e.id = :id",
            {"id": event_id})
        return self._provenance(*rows[0]) if rows else None

    @staticmethod
    def _provenance(rec, aid, title, url, source, published, s_start, s_end, outlet, sentence_text) -> dict:
        event = json.loads(rec)
        sentence = None
        if s_start is not None:  # SUBSTR counts characters (1-based) in SQLite and PostgreSQL alike
            sentence = {"index": event.get("sentence"), "start": s_start, "end": s_end, "text": sentence_text}
        return {"event": event, "sentence": sentence, "evidence": event.get("evidence"), "rule": event.get("rule"),
                "article": {"id": aid, "title": title, "url": url, "source": source, "published": published,
                            "outlet": outlet}}

    # -- pages of stored JSON (the API returns these strings without re-encoding) ------------------
    def event_page_json(self, q, newest_first: bool = True) -> list[str]:
        where, params = self._event_filters(q)
        params.update(limit=q.limit, offset=q.offset)
        order = "DESC" if newest_first else "ASC"
        sql = (f"SELECT record FROM events {where} ORDER BY event_date {order}, article_id {order},"
               f" sentence {order}, id {order} LIMIT :limit OFFSET :offset")
        return [r[0] for r in self.query(sql, params)]

    def merged_page_json(self, level: str = "country", source: str | None = None, target: str | None = None,
                         since: str | None = None, until: str | None = None, root: str | None = None,
                         limit: int = 100, offset: int = 0) -> list[str]:
        sc, tc = LEVEL_COLUMNS[level]
        clauses, params = [], {"limit": limit, "offset": offset}
        for col, name, value in ((sc, "s", source), (tc, "t", target), ("root", "root", root)):
            if value:
                clauses.append(f"{col} = :{name}")
                params[name] = value
        add_date_range(clauses, params, "day", since, until)
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        return [r[0] for r in self.query(
            f"SELECT record FROM merged_events {where} ORDER BY day DESC, id LIMIT :limit OFFSET :offset", params)]

    def article_page_json(self, since: str | None = None, until: str | None = None, source: str | None = None,
                          text: str | None = None, limit: int = 100, offset: int = 0) -> list[str]:
        clauses, params = [], {"limit": limit, "offset": offset}
        if since:
            clauses.append("published >= :since")
            params["since"] = since
        if until:
            clauses.append("published <= :until")
            params["until"] = until
        if source:
            clauses.append("source = :source")
            params["source"] = source
        if text:
            clauses.append("(title LIKE :text OR text LIKE :text)")
            params["text"] = "%" + text.replace("%", "").replace("_", "") + "%"
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        return [r[0] for r in self.query(
            f"SELECT record FROM articles {where} ORDER BY published DESC, id LIMIT :limit OFFSET :offset", params)]

    def article_full(self, article_id: str) -> dict | None:
        """An article with its text and every record drawn from it (the dashboard's reading view)."""
        rows = self.query("SELECT record, text FROM articles WHERE id = :id", {"id": article_id})
        if not rows:
            return None
        art = json.loads(rows[0][0])
        art["text"] = rows[0][1]
        out = {"article": art}
        for kind, table in (("actors", "actors"), ("events", "events"), ("quotes", "quotes"),
                            ("figures", "figures"), ("places", "places"), ("times", "times")):  # constant names
            out[kind] = [json.loads(r[0]) for r in self.query(
                f"SELECT record FROM {table} WHERE article_id = :a ORDER BY id", {"a": article_id})]
        out["sentences"] = [list(r) for r in self.query(
            "SELECT idx, start_char, end_char FROM sentences WHERE article_id = :a ORDER BY idx", {"a": article_id})]
        return out

    def actor_rows(self, prefix: str | None = None, name: str | None = None, limit: int = 100,
                   offset: int = 0) -> list[tuple]:
        clauses, params = [], {"limit": limit, "offset": offset}
        if prefix:
            clauses.append("code LIKE :prefix")
            params["prefix"] = prefix + "%"
        if name:
            clauses.append("LOWER(name) LIKE :name")
            params["name"] = "%" + name.lower().replace("%", "").replace("_", "") + "%"
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        return self.query(
            f"SELECT code, name, kb_id, COUNT(*) AS n FROM actors {where} GROUP BY code, name, kb_id"
            " ORDER BY n DESC, name, code LIMIT :limit OFFSET :offset", params)

    def record_json(self, record_id: str) -> tuple[str, str] | None:
        """(kind, stored JSON) of any record by id, merged events included."""
        for kind, table in [*RECORD_TABLES.items(), ("merged_event", "merged_events")]:  # constant names
            rows = self.query(f"SELECT record FROM {table} WHERE id = :id", {"id": record_id})
            if rows:
                return kind, rows[0][0]
        return None

    def sentence_of(self, article_id: str, index: int) -> dict | None:
        rows = self.query("SELECT s.start_char, s.end_char, SUBSTR(a.text, s.start_char + 1, s.end_char - s.start_char)"
                          " FROM sentences s JOIN articles a ON a.id = s.article_id"
                          " WHERE s.article_id = :a AND s.idx = :i", {"a": article_id, "i": index})
        if not rows:
            return None
        s, e, text = rows[0]
        return {"index": index, "start": s, "end": e, "text": text}

    def series_rows(self, level: str, source: str, target: str | None, since: str, until: str) -> list[tuple]:
        """Daily sums for a dyad (target None: the source against everyone)."""
        params = {"l": level, "s": source, "a": since, "b": until}
        if target is None:
            return self.query(
                "SELECT day, SUM(events), SUM(q1), SUM(q2), SUM(q3), SUM(q4), SUM(goldstein), SUM(intensity),"
                " SUM(mentions) FROM dyad_day WHERE level = :l AND source = :s AND day >= :a AND day <= :b"
                " GROUP BY day ORDER BY day", params)
        params["t"] = target
        return self.query(
            "SELECT day, events, q1, q2, q3, q4, goldstein, intensity, mentions FROM dyad_day"
            " WHERE level = :l AND source = :s AND target = :t AND day >= :a AND day <= :b ORDER BY day", params)

    def dyad_totals(self, level: str, since: str, until: str, limit: int = 100, actor: str | None = None) -> list[tuple]:
        """Busiest dyads over a period: (source, target, events, goldstein sum, intensity, q1..q4)."""
        params = {"l": level, "a": since, "b": until, "limit": limit}
        extra = ""
        if actor:
            extra = " AND (source LIKE :actor OR target LIKE :actor)"
            params["actor"] = actor + "%"
        return self.query(
            "SELECT source, target, SUM(events) AS n, SUM(goldstein), SUM(intensity), SUM(q1), SUM(q2), SUM(q3),"
            " SUM(q4) FROM dyad_day WHERE level = :l AND day >= :a AND day <= :b AND target <> ''" + extra +
            " GROUP BY source, target ORDER BY n DESC, source, target LIMIT :limit", params)

    def locations(self, since: str, until: str, actor_country: str | None = None, limit: int = 2000) -> list[tuple]:
        """Where merged events happened: (lat, lon, country, events, intensity, goldstein sum, one record,
        killed, injured). Killed and injured count each merged event once, by the largest count
        among its reports (reports of one event restate its toll; they do not add)."""
        params = {"a": since, "b": until, "limit": limit}
        extra = ""
        if actor_country:
            extra = " AND (m.src_country = :c OR m.tgt_country = :c)"
            params["c"] = actor_country
        return self.query(
            "SELECT m.lat, m.lon, MAX(m.country), COUNT(*) AS n, SUM(m.intensity), SUM(m.goldstein), MIN(m.record),"
            " SUM(c.killed), SUM(c.injured) FROM merged_events m LEFT JOIN ("
            "SELECT em.merged_id AS mid, MAX(e.killed) AS killed, MAX(e.injured) AS injured FROM event_mentions em"
            " JOIN events e ON e.id = em.event_id WHERE em.day >= :a AND em.day <= :b GROUP BY em.merged_id) c"
            " ON c.mid = m.id"
            " WHERE m.lat IS NOT NULL AND m.lon IS NOT NULL AND m.day >= :a AND m.day <= :b" + extra +
            " GROUP BY m.lat, m.lon ORDER BY n DESC LIMIT :limit", params)

    def data_version(self):
        """A value that changes whenever any connection commits (SQLite); None where unknown."""
        if getattr(self, "dialect", "") == "sqlite":
            return (self.conn.execute("PRAGMA data_version").fetchone()[0], self.conn.total_changes)
        return None
