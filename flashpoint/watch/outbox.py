"""Alerts out as they happen, each delivered at least once and never lost by a crash.

After every write the watcher calls `enqueue`: each alert that is new, or whose severity rose,
becomes one outbox row per sink (stdout, file, webhook), in the store, with the explained alert
as its payload (a severity that falls is not sent: the receiver keeps the peak). The set to
enqueue is read from the alerts table itself (severity above the highest severity already in the
outbox), so a crash between a write and its enqueue loses nothing: the next start enqueues it. `deliver` sends the rows that are due; a row is marked
delivered only after its sink took it, so a crash in between sends it again, with the same
delivery id (`"id": "<alert id>:<severity rank>"`, also in the X-Flashpoint-Delivery header):
receivers deduplicate on it. A failed delivery is retried after 2, 4, 8 ... seconds (capped); under
`watch --once` it waits for the next run, and the run's closing line counts it as waiting.
"""

from __future__ import annotations

import json
import os
import sys
import time
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import TextIO

import httpx

from flashpoint.analyze.config import MonitorSettings
from flashpoint.analyze.explain import explain_alert
from flashpoint.analyze.webhook import signed_headers
from flashpoint.watch.sources import WatchSettings


@dataclass
class Sinks:
    stdout: TextIO | None = None       # JSON Lines on standard output
    file: Path | None = None           # JSON Lines appended to a file (flushed and synced per alert)
    webhook: str | None = None         # the URL from monitor_config.cfg [monitor.webhook] (or --webhook)

    def names(self) -> list[str]:
        return [n for n in ("stdout", "file", "webhook") if getattr(self, n)]


@dataclass
class DeliveryRound:
    sent: int = 0
    failed: list[tuple[str, str, str]] = field(default_factory=list)  # (delivery id, sink, why)


class Outbox:
    def __init__(self, store, monitor: MonitorSettings, settings: WatchSettings, sinks: Sinks,
                 client: httpx.Client | None = None, clock=time.time):
        self.store, self.monitor, self.settings, self.sinks, self.clock = store, monitor, settings, sinks, clock
        self.client = client or httpx.Client(timeout=monitor.webhook.timeout_seconds, follow_redirects=False)

    def enqueue(self) -> int:
        """Put new and raised alerts in the outbox, once per sink; returns the alerts enqueued."""
        sinks = self.sinks.names()
        if not sinks:
            return 0
        max_age = self.monitor.webhook.max_age_days
        min_day = (date.today() - timedelta(days=max_age)).isoformat() if max_age > 0 else None
        alerts = self.store.alerts_to_enqueue(min_day)
        now = self.clock()
        rows = []
        for alert in alerts:
            did = f"{alert['id']}:{alert['severity_rank']}"
            payload = json.dumps({"type": "flashpoint.alert", "id": did, "update": alert["prior_rank"] > 0,
                                  "alert": explain_alert(self.store, alert, self.monitor)}, ensure_ascii=False)
            rows += [{"id": did, "sink": sink, "alert_id": alert["id"], "severity_rank": alert["severity_rank"],
                      "payload": payload, "created_at": now} for sink in sinks]
        self.store.enqueue(rows)
        return len(alerts)

    def deliver(self) -> DeliveryRound:
        """Send every due row; failures wait their backoff. Never raises for a sink's failure."""
        out = DeliveryRound()
        for row in self.store.outbox_due(self.sinks.names(), self.clock()):
            try:
                self._send(row)
            except Exception as exc:  # any sink failure (network, disk full, closed pipe) is retried later
                why = f"{type(exc).__name__}: {str(exc)[:200]}"
                delay = min(self.settings.retry_base_seconds * 2 ** row["attempts"], self.settings.retry_max_seconds)
                self.store.outbox_failed(row["id"], row["sink"], self.clock() + delay, why)
                out.failed.append((row["id"], row["sink"], why))
                continue
            self.store.outbox_delivered(row["id"], row["sink"], self.clock(), row["alert_id"], row["severity_rank"],
                                        mark_alert=row["sink"] == "webhook")
            out.sent += 1
        return out

    def waiting(self) -> int:
        """Deliveries not sent yet (a failed one waits its backoff; `watch --once` leaves it to the next run)."""
        return self.store.outbox_waiting(self.sinks.names())

    def next_attempt(self) -> float | None:
        return self.store.outbox_next_attempt(self.sinks.names())

    def _send(self, row: dict) -> None:
        line = row["payload"] + "\n"
        if row["sink"] == "stdout":
            self.sinks.stdout.write(line)
            self.sinks.stdout.flush()
        elif row["sink"] == "file":
            with open(self.sinks.file, "a", encoding="utf-8") as fh:
                fh.write(line)
                fh.flush()
                os.fsync(fh.fileno())
        else:
            body = row["payload"].encode("utf-8")
            headers = {**signed_headers(body), "X-Flashpoint-Delivery": row["id"]}
            resp = self.client.post(self.sinks.webhook, content=body, headers=headers)
            if not 200 <= resp.status_code < 300:
                raise RuntimeError(f"HTTP {resp.status_code}")

    def close(self) -> None:
        self.client.close()


def default_sinks(webhook: str | None, alerts_file: str | None, to_stdout: bool = True) -> Sinks:
    return Sinks(stdout=sys.stdout if to_stdout else None, file=Path(alerts_file) if alerts_file else None,
                 webhook=webhook or None)
