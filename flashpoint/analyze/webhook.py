"""Deliver new alerts to a webhook: one HTTP POST of JSON per alert.

An alert is delivered once, and again if its severity later rises (more events that day); the
store remembers what was sent (alerts.delivered_at / delivered_rank). A failed POST (network
error or non-2xx answer) leaves the alert undelivered, so the next round retries it. Payload:

    {"type": "flashpoint.alert", "update": false, "alert": {...explained alert...}}

If FLASHPOINT_WEBHOOK_SECRET is set, the body is signed: header X-Flashpoint-Signature:
sha256=<hex HMAC-SHA256 of the body>, so the receiver can check it came from this monitor.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from dataclasses import dataclass, field
from datetime import date, timedelta

import httpx

from flashpoint.analyze.config import MonitorSettings
from flashpoint.analyze.explain import explain_alert


@dataclass
class Delivery:
    sent: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (alert id, why)


def signed_headers(body: bytes, secret: bytes | None = None) -> dict[str, str]:
    """Headers of a webhook POST, with the HMAC signature when a secret is set."""
    if secret is None:
        secret = os.environ.get("FLASHPOINT_WEBHOOK_SECRET", "").encode()
    headers = {"Content-Type": "application/json", "User-Agent": "flashpoint-monitor"}
    if secret:
        headers["X-Flashpoint-Signature"] = "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()
    return headers


def deliver_new_alerts(store, settings: MonitorSettings, url: str | None = None,
                       client: httpx.Client | None = None) -> Delivery:
    url = url or settings.webhook.url
    out = Delivery()
    if not url:
        return out
    secret = os.environ.get("FLASHPOINT_WEBHOOK_SECRET", "").encode()
    own_client = client is None
    client = client or httpx.Client(timeout=settings.webhook.timeout_seconds, follow_redirects=False)
    try:
        max_age = settings.webhook.max_age_days
        min_day = (date.today() - timedelta(days=max_age)).isoformat() if max_age > 0 else None
        for alert in store.alerts_to_deliver(min_day):
            payload = {"type": "flashpoint.alert", "update": alert["delivered_rank"] is not None,
                       "alert": explain_alert(store, alert, settings)}
            body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
            headers = signed_headers(body, secret)
            try:
                resp = client.post(url, content=body, headers=headers)
            except httpx.HTTPError as exc:
                out.failed.append((alert["id"], f"{type(exc).__name__}: {exc}"))
                continue
            if 200 <= resp.status_code < 300:
                store.mark_delivered(alert["id"], alert["severity_rank"])
                out.sent.append(alert["id"])
            else:
                out.failed.append((alert["id"], f"HTTP {resp.status_code}"))
    finally:
        if own_client:
            client.close()
    return out
