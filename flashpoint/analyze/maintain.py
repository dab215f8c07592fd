"""Keep merged events, the dyad_day aggregate and alerts current, incrementally or from scratch.

`update_for_articles` runs inside the write transaction of a batch of articles (the store's
after_articles_written hook, reached through `UPKEEP`, which the writing layers register with
flashpoint/store/hooks.py), so the articles' records, their merged events, series counts and
the alerts they raise commit together or not at all. `rebuild` recomputes everything from the
stored events; the incremental path must always agree with it (tests/analyze check this on
shuffled arrival orders).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from datetime import date, timedelta

from flashpoint.analyze.alerts import alert_id, scan_dyad
from flashpoint.analyze.config import MonitorSettings, load_monitor_settings
from flashpoint.analyze.merge import (LEVEL_FUNCS, Mention, cluster, merge_all, merge_group, mention_from_record,
                                      outlet_of)
from flashpoint.analyze.series import contributions
from flashpoint.records import ArticleRecords, stable_id
from flashpoint.store.hooks import MonitorUpkeep


def key_hash(key: tuple[str, ...]) -> str:
    return stable_id("key", *key)


def _shift(day: str, days: int) -> str:
    return (date.fromisoformat(day) + timedelta(days=days)).isoformat()


def counted(modality: str | None, background: bool, settings: MonitorSettings, precision: str | None = None) -> bool:
    """Whether an event counts in the merged events, series and alerts: something that happened
    (`count_modalities`) and news, not background the text dates years before its article, nor a past
    the text leaves undated ("troops recently stormed the town": date_precision "vague"), which the
    series would otherwise count on the publication day."""
    return modality in settings.count_modalities and not background and precision != "vague"


def update_for_articles(store, batch: Iterable[ArticleRecords], settings: MonitorSettings) -> None:
    """Merge the events of newly stored articles, all at once (one read per merge key)."""
    mentions = []
    for records in batch:
        art = records.article
        outlet = outlet_of(art.source, art.url, art.id)
        published = art.published.isoformat() if art.published else None
        for e in records.events:
            if not counted(e.modality, e.background, settings, e.date_precision):
                continue
            m = mention_from_record(e.to_dict(), outlet, published)
            if m is not None:
                mentions.append(m)
    if mentions:
        apply_mentions(store, mentions, settings)


def apply_mentions(store, mentions: Iterable[Mention], settings: MonitorSettings) -> set[tuple[str, str, str, str]]:
    """Merge new reports into the stored merged events; returns the dyad-days whose counts changed."""
    window = settings.merge_window_days
    by_key: dict[tuple[str, ...], list[Mention]] = defaultdict(list)
    for m in mentions:
        by_key[m.key].append(m)
    # read first: each key's merged events that the new reports can touch, and their reports
    plans = []
    for key, new in sorted(by_key.items()):
        kh = key_hash(key)
        # a window holding any of the new days starts at most `window` days before the earliest
        old = {r["id"]: r for r in store.merged_for_key(kh, _shift(min(m.day for m in new), -window))}
        pool = {m.event_id: m for m in store.mentions_of_merged(list(old))}
        pool.update((m.event_id, m) for m in new)
        plans.append((kh, old, pool))
    days = {m.day for _, _, pool in plans for m in pool.values()} | {r["date"] for _, old, _ in plans for r in old.values()}
    watched_before = _watched(store, settings, days)
    touched: set[tuple[str, str, str, str]] = set()
    shrunk: set[tuple[str, str, str, str]] = set()  # dyad-days that lost an event: maybe empty now
    for kh, old, pool in plans:
        regrouped = [merge_group(g) for g in cluster(pool.values(), window)]
        fresh = {me.id: (me, me.to_dict()) for me in regrouped}
        gone = [r for mid, r in old.items() if mid not in fresh or fresh[mid][1] != r]
        came = [(me, d) for mid, (me, d) in fresh.items() if old.get(mid) != d]
        for r in gone:
            for c in contributions(r):
                store.add_to_dyad_day(c.params(-1))
                touched.add((c.level, c.source, c.target, c.day))
                shrunk.add((c.level, c.source, c.target, c.day))
        store.delete_merged([r["id"] for r in gone])
        store.insert_merged([(kh, d) for _, d in came])
        for _, d in came:
            for c in contributions(d):
                store.add_to_dyad_day(c.params(+1))
                touched.add((c.level, c.source, c.target, c.day))
        store.upsert_event_mentions([_mention_row(me.id, kh, pool[eid]) for me, _ in came for eid in me.event_ids])
    store.prune_dyad_day(sorted(shrunk))
    # a day that gains (or loses) its first event changes the baseline coverage of the days after it
    watched_after = _watched(store, settings, days)
    s = settings.alerts
    for level in s.levels:
        for day in sorted(watched_before[level] ^ watched_after[level]):
            for src, tgt, d in store.alert_candidates(level, day, _shift(day, s.baseline_days), s.min_intensity):
                touched.add((level, src, tgt, d))
    evaluate_alerts(store, touched, settings)
    return touched


def _watched(store, settings: MonitorSettings, days: set[str]) -> dict[str, set[str]]:
    if not days:
        return {level: set() for level in settings.alerts.levels}
    lo, hi = min(days), max(days)
    return {level: store.days_with_data(level, lo, hi) & days for level in settings.alerts.levels}


def _mention_row(merged_id: str, kh: str, m: Mention) -> dict:
    return {"event_id": m.event_id, "merged_id": merged_id, "merge_key": kh, "article_id": m.article_id,
            "outlet": m.outlet, "day": m.day, "confidence": m.confidence}


def evaluate_alerts(store, touched: set[tuple[str, str, str, str]], settings: MonitorSettings) -> None:
    """Re-score the touched dyad-days and the days whose baseline includes them."""
    s = settings.alerts
    by_dyad: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for level, src, tgt, day in touched:
        if level in s.levels:
            by_dyad[(level, src, tgt)].add(day)
    if not by_dyad:
        return
    all_days = {d for days in by_dyad.values() for d in days}
    span = (_shift(min(all_days), -2 * s.baseline_days), _shift(max(all_days), s.baseline_days))
    data_days = {level: store.days_with_data(level, *span) for level in s.levels}
    for (level, src, tgt), days in sorted(by_dyad.items()):
        lo, hi = _shift(min(days), -s.baseline_days), _shift(max(days), s.baseline_days)
        rows = store.dyad_rows(level, src, tgt, lo, hi)
        affected = {d for d, _, _ in rows if any(t <= d <= _shift(t, s.baseline_days) for t in days)}
        scores = scan_dyad(rows, data_days[level], s, affected)
        for day in days | affected:
            score = scores.get(day)
            if score is None:
                store.delete_alert(alert_id(level, src, tgt, day))
            else:
                store.upsert_alert(alert_id(level, src, tgt, day), level, src, tgt, day, score)


def rebuild(store, settings: MonitorSettings) -> dict[str, int]:
    """Recompute merged events, dyad_day and alerts from every stored event (one transaction)."""
    mentions = []
    for record_json, source, url, article_id, published in store.iter_events_for_merge():
        rec = json.loads(record_json)
        if not counted(rec.get("modality"), rec.get("background", False), settings, rec.get("date_precision")):
            continue
        m = mention_from_record(rec, outlet_of(source, url, article_id), published)
        if m is not None:
            mentions.append(m)
    merged = merge_all(mentions, settings.merge_window_days)
    by_event = {m.event_id: m for m in mentions}
    series: dict[tuple[str, str, str, str], list] = {}
    with store.transaction():
        delivered = store.delivered_alerts()
        store.monitor_clear()
        batch, links = [], []
        for me in merged:
            d = me.to_dict()
            kh = key_hash(me.key)
            batch.append((kh, d))
            links.extend(_mention_row(me.id, kh, by_event[eid]) for eid in me.event_ids)
            for c in contributions(d):
                acc = series.setdefault((c.level, c.source, c.target, c.day), [0, 0, 0, 0, 0, 0.0, 0.0, 0])
                for i, v in enumerate((c.events, c.q1, c.q2, c.q3, c.q4, c.goldstein, c.intensity, c.mentions)):
                    acc[i] += v
            if len(batch) >= 5000:
                store.insert_merged(batch)
                store.upsert_event_mentions(links)
                batch, links = [], []
        store.insert_merged(batch)
        store.upsert_event_mentions(links)
        store.insert_dyad_day([{"level": k[0], "source": k[1], "target": k[2], "day": k[3], "events": v[0],
                                "q1": v[1], "q2": v[2], "q3": v[3], "q4": v[4], "goldstein": v[5],
                                "intensity": v[6], "mentions": v[7]} for k, v in sorted(series.items())])
        n_alerts = _rebuild_alerts(store, series, settings, delivered)
    return {"merged_events": len(merged), "mentions": len(mentions), "dyad_days": len(series), "alerts": n_alerts}


def _rebuild_alerts(store, series: dict, settings: MonitorSettings, delivered: dict) -> int:
    s = settings.alerts
    n = 0
    for level in s.levels:
        data_days = {k[3] for k in series if k[0] == level}
        dyads: dict[tuple[str, str], list] = defaultdict(list)
        for (lv, src, tgt, day), v in series.items():
            if lv == level:
                dyads[(src, tgt)].append((day, v[0], v[6]))
        for (src, tgt), rows in sorted(dyads.items()):
            rows.sort()
            for day, score in scan_dyad(rows, data_days, s).items():
                if score is not None:
                    aid = alert_id(level, src, tgt, day)
                    store.upsert_alert(aid, level, src, tgt, day, score, delivered=delivered.get(aid))
                    n += 1
    return n


def levels_of(code: str | None) -> dict[str, str]:
    return {level: func(code) for level, func in LEVEL_FUNCS.items()}


UPKEEP = MonitorUpkeep(load_settings=load_monitor_settings, update=update_for_articles,
                       mention=mention_from_record, levels=levels_of)
