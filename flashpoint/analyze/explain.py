"""Why an alert fired: its numbers, the merged events that drove it, and their sentences.

The explanation is built on read from the stored merged events and their reports, so it always
shows the current evidence (more reports of the same events make the list longer, not stale).
"""

from __future__ import annotations

from flashpoint.analyze.config import MonitorSettings
from flashpoint.codes.labels import event_label


def explain_alert(store, alert: dict, settings: MonitorSettings, max_events: int | None = None,
                  max_reports: int = 3) -> dict:
    """The alert with `method` (how it was scored) and `events` (what drove it, most intense first)."""
    s = settings.alerts
    max_events = max_events or settings.webhook.max_events
    events = []
    for merged in store.merged_on_dyad_day(alert["level"], alert["source"], alert["target"], alert["day"],
                                           limit=max_events):
        reports = store.mention_provenance(merged["id"], limit=max_reports)
        events.append({
            "id": merged["id"], "date": merged["date"], "code": merged["code"], "quadclass": merged["quadclass"],
            "goldstein": merged["goldstein"], "intensity": merged["intensity"], "source": merged["source"],
            "target": merged["target"], "location": merged["location"], "num_mentions": merged["num_mentions"],
            "num_articles": merged["num_articles"], "num_sources": merged["num_sources"],
            "reports": [{"event": r["event"]["id"], "rule": r["rule"],
                         "sentence": (r["sentence"] or {}).get("text") or (r["evidence"] or {}).get("text") or "",
                         "evidence": r["evidence"], "article": r["article"]} for r in reports]})
    out = dict(alert)
    out["method"] = {"baseline_days": s.baseline_days, "z_threshold": s.z_threshold, "mad_floor": s.mad_floor,
                     "min_intensity": s.min_intensity,
                     "formula": "score = (intensity - median) / max(1.4826 * MAD, mad_floor) over the previous "
                                f"{s.baseline_days} days"}
    out["summary"] = summary_line(alert)
    out["events"] = events
    return out


def summary_line(a: dict) -> str:
    # an alert on events with no target is about what its source said or did, not a dyad
    who = f"{a['source']} -> {a['target']}" if a["target"] else f"{a['source']} (statements and actions, no target)"
    return (f"{a['day']} {who} [{a['level']}] {a['severity'].upper()}: conflict intensity "
            f"{a['value']:g} from {a['events']} event(s) vs. baseline median {a['baseline_median']:g} "
            f"(MAD {a['baseline_mad']:g}), score {a['score']:g}")


def render_text(explained: dict) -> list[str]:
    """Plain lines for the terminal: the summary, then each event and up to three of its sentences."""
    lines = [explained["summary"]]
    for e in explained["events"]:
        src = (e["source"] or {}).get("code") or "?"
        tgt = (e["target"] or {}).get("code") or "(no target)"
        where = f" at {e['location']['name']}" if e.get("location") and e["location"].get("name") else ""
        lines.append(f"  event {e['id']}: {src} {event_label(e['code'])} {tgt}{where} on {e['date']} (intensity {e['intensity']:g};"
                     f" {e['num_mentions']} report(s), {e['num_articles']} article(s), {e['num_sources']} source(s))")
        for r in e["reports"]:
            art = r["article"]
            where_from = art.get("title") or art.get("url") or art.get("id")
            sentence = " ".join((r["sentence"] or "").split())
            lines.append(f"    - \"{sentence[:240]}\" ({where_from}; {art.get('published') or '?'}; rule {r['rule']})"
                         if sentence else f"    - {where_from} ({art.get('published') or '?'}; rule {r['rule']})")
    return lines
