"""The SQL of `flashpoint watch`: per-source polling state, seen item URLs, the alert outbox.

A mixin for Store (like monitor_queries.py). The logic lives in flashpoint/watch; here are only
reads and writes, with bound parameters. Times are Unix seconds.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from flashpoint.store.monitor_queries import ALERT_COLUMNS, _in, _in_chunks, utc_now

SOURCE_COLUMNS = ("id", "location", "kind", "outlet", "etag", "last_modified", "last_poll", "last_status",
                  "next_poll", "failures", "failures_total", "last_error")
OUTBOX_COLUMNS = ("id", "sink", "alert_id", "severity_rank", "payload", "created_at", "attempts", "next_attempt",
                  "delivered_at", "last_error")


class WatchQueries:
    # -- sources ---------------------------------------------------------------------------------
    def sync_source(self, sid: str, location: str, kind: str, outlet: str | None) -> None:
        """Register a source (state starts empty) or refresh its description; its state is kept."""
        with self.transaction():
            self.execute(
                "INSERT INTO watch_sources (id, location, kind, outlet, failures, failures_total)"
                " VALUES (:id, :loc, :kind, :outlet, 0, 0)"
                " ON CONFLICT (id) DO UPDATE SET location = excluded.location, kind = excluded.kind,"
                " outlet = excluded.outlet", {"id": sid, "loc": location, "kind": kind, "outlet": outlet})

    def source_states(self) -> list[dict]:
        """Every source with its counts: items seen (distinct URLs listed) and stored (new articles)."""
        cols = ", ".join(f"s.{c}" for c in SOURCE_COLUMNS)
        rows = self.query(
            f"SELECT {cols}, COUNT(i.url), COALESCE(SUM(CASE WHEN i.outcome = 'stored' THEN 1 ELSE 0 END), 0)"
            " FROM watch_sources s LEFT JOIN watch_items i ON i.source_id = s.id"
            f" GROUP BY {cols} ORDER BY s.location")
        return [dict(zip(SOURCE_COLUMNS + ("items_seen", "items_stored"), r)) for r in rows]

    def update_source(self, sid: str, **fields) -> None:
        unknown = set(fields) - set(SOURCE_COLUMNS[1:])
        if unknown:
            raise ValueError(f"not a source column: {sorted(unknown)}")
        sets = ", ".join(f"{k} = :{k}" for k in fields)  # names checked against the constant columns
        with self.transaction():
            self.execute(f"UPDATE watch_sources SET {sets} WHERE id = :id", {**fields, "id": sid})

    def seen_urls(self, sid: str) -> set[str]:
        return {r[0] for r in self.query("SELECT url FROM watch_items WHERE source_id = :s", {"s": sid})}

    def stored_urls(self, urls: list[str]) -> set[str]:
        """Those of `urls` that an article in the store came from."""
        found: set[str] = set()
        for marks, params in _in_chunks("u", urls):
            found.update(r[0] for r in self.query(f"SELECT url FROM articles WHERE url IN ({marks})", params))
        return found

    def mark_items(self, rows: list[dict]) -> None:
        """Record items as handled: {source_id, url, outcome, article_id, seen_at}; first outcome wins."""
        if not rows:
            return
        with self.transaction():
            self.executemany(
                "INSERT INTO watch_items (source_id, url, outcome, article_id, seen_at)"
                " VALUES (:source_id, :url, :outcome, :article_id, :seen_at) ON CONFLICT (source_id, url) DO NOTHING",
                rows)

    # -- key/value state (export watermark) ------------------------------------------------------
    def watch_value(self, name: str) -> str | None:
        rows = self.query("SELECT value FROM watch_state WHERE name = :n", {"n": name})
        return rows[0][0] if rows else None

    def set_watch_values(self, values: dict[str, str | None]) -> None:
        """Set (or, with None, remove) several values in one transaction."""
        with self.transaction():
            for name, value in values.items():
                if value is None:
                    self.execute("DELETE FROM watch_state WHERE name = :n", {"n": name})
                else:
                    self.execute("INSERT INTO watch_state (name, value) VALUES (:n, :v)"
                                 " ON CONFLICT (name) DO UPDATE SET value = excluded.value", {"n": name, "v": value})

    def events_ingested_between(self, after: str | None, until: str) -> Iterator[tuple[dict, str]]:
        """(event record, article URL or path) of articles stored in (after, until], ingested_at order."""
        cur = self.conn.cursor()
        cur.execute(self._sql("SELECT e.record, COALESCE(a.url, a.path, '') FROM events e JOIN articles a"
                              " ON a.id = e.article_id WHERE a.ingested_at > :after AND a.ingested_at <= :until"
                              " ORDER BY a.ingested_at, e.article_id, e.id"), {"after": after or "", "until": until})
        for rec, url in cur:
            yield json.loads(rec), url

    # -- the alert outbox ------------------------------------------------------------------------
    def alerts_to_enqueue(self, min_day: str | None = None) -> list[dict]:
        """Alerts that are new, or whose severity rose, since they were last put in the outbox
        (`prior_rank`: the severity last put there, 0 for none)."""
        where = " AND a.day >= :d" if min_day else ""
        cols = ", ".join(f"a.{c}" for c in ALERT_COLUMNS)
        prior = "COALESCE((SELECT MAX(o.severity_rank) FROM outbox o WHERE o.alert_id = a.id), 0)"
        return [dict(zip(ALERT_COLUMNS + ("prior_rank",), r)) for r in self.query(
            f"SELECT {cols}, {prior} FROM alerts a WHERE a.severity_rank > {prior}{where} ORDER BY a.day, a.id",
            {"d": min_day} if min_day else {})]

    def enqueue(self, rows: list[dict]) -> int:
        """Add deliveries {id, sink, alert_id, severity_rank, payload, created_at}; repeats are ignored."""
        if not rows:
            return 0
        with self.transaction():
            self.executemany(
                "INSERT INTO outbox (id, sink, alert_id, severity_rank, payload, created_at, attempts, next_attempt)"
                " VALUES (:id, :sink, :alert_id, :severity_rank, :payload, :created_at, 0, :created_at)"
                " ON CONFLICT (id, sink) DO NOTHING", rows)
        return len(rows)

    def outbox_due(self, sinks: list[str], now: float, limit: int = 100) -> list[dict]:
        if not sinks:
            return []
        marks, params = _in("s", sinks)
        return [dict(zip(OUTBOX_COLUMNS, r)) for r in self.query(
            f"SELECT {', '.join(OUTBOX_COLUMNS)} FROM outbox WHERE delivered_at IS NULL AND next_attempt <= :now"
            f" AND sink IN ({marks}) ORDER BY created_at, id, sink LIMIT :limit", {**params, "now": now, "limit": limit})]

    def outbox_next_attempt(self, sinks: list[str]) -> float | None:
        if not sinks:
            return None
        marks, params = _in("s", sinks)
        rows = self.query(f"SELECT MIN(next_attempt) FROM outbox WHERE delivered_at IS NULL AND sink IN ({marks})",
                          params)
        return rows[0][0] if rows else None

    def outbox_waiting(self, sinks: list[str]) -> int:
        if not sinks:
            return 0
        marks, params = _in("s", sinks)
        return int(self.query(f"SELECT COUNT(*) FROM outbox WHERE delivered_at IS NULL AND sink IN ({marks})",
                              params)[0][0])

    def outbox_delivered(self, did: str, sink: str, now: float, alert_id: str, rank: int, mark_alert: bool) -> None:
        """A delivery went out; a webhook delivery also marks the alert delivered, so `flashpoint serve`'s
        own delivery round does not send it again."""
        with self.transaction():
            self.execute("UPDATE outbox SET delivered_at = :now, attempts = attempts + 1, last_error = NULL"
                         " WHERE id = :id AND sink = :sink", {"now": now, "id": did, "sink": sink})
            if mark_alert:
                self.execute("UPDATE alerts SET delivered_at = :at, delivered_rank = :r WHERE id = :id"
                             " AND (delivered_rank IS NULL OR delivered_rank < :r)",
                             {"at": utc_now(), "r": rank, "id": alert_id})

    def outbox_failed(self, did: str, sink: str, next_attempt: float, error: str) -> None:
        with self.transaction():
            self.execute("UPDATE outbox SET attempts = attempts + 1, next_attempt = :next, last_error = :err"
                         " WHERE id = :id AND sink = :sink",
                         {"next": next_attempt, "err": error[:500], "id": did, "sink": sink})

    def outbox_counts(self) -> dict[str, int]:
        rows = self.query("SELECT sink, SUM(CASE WHEN delivered_at IS NULL THEN 1 ELSE 0 END), COUNT(*)"
                          " FROM outbox GROUP BY sink ORDER BY sink")
        return {f"{sink} pending": int(pending) for sink, pending, _ in rows} | \
               {f"{sink} delivered": int(total - pending) for sink, pending, total in rows}
