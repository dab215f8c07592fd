"""Merging reports of one event from many articles into one merged event."""

from __future__ import annotations

import json
import random
from datetime import date

import pytest

from flashpoint.analyze.config import MonitorSettings
from flashpoint.analyze.maintain import rebuild
from flashpoint.analyze.merge import Mention, cluster, country_level, role_level
from flashpoint.analyze.synthetic import EventSpec, article_records, synthetic_stream
from flashpoint.store import open_store

THU = date(2022, 3, 3)

# One wire story (AFP) and its near-duplicates: republished by two outlets, lightly edited, one a day later.
WIRE = "Russian forces shelled residential districts of Kharkiv on Thursday, regional officials said."
COPIES = [
    ("AFP", date(2022, 3, 3), WIRE),
    ("Le Monde", date(2022, 3, 3), "Russian forces shelled residential districts of Kharkiv on Thursday, officials said."),
    ("Daily Star", date(2022, 3, 4), "Russian forces shelled residential areas of Kharkiv on Thursday, regional officials said (AFP)."),
]


def wire_copy(outlet, published, sentence, event_day=THU, code="195", confidence=0.8):
    spec = EventSpec("RUSMIL", "UKR", code, event_day, "Kharkiv", sentence=sentence, confidence=confidence)
    return article_records([spec], published, source=outlet, title=f"Kharkiv shelled ({outlet})",
                           lead="Kharkiv came under fire again.")


def merged_rows(store):
    return store.query("SELECT id, day, num_mentions, num_articles, num_sources, code FROM merged_events ORDER BY id")


def test_near_duplicate_wire_stories_become_one_event_with_gdelt_counts(monitor_url):
    with open_store(monitor_url) as store:
        for outlet, published, sentence in COPIES:
            assert store.write_article(wire_copy(outlet, published, sentence))
        rows = merged_rows(store)
        assert len(rows) == 1
        _, day, mentions, articles, sources, _ = rows[0]
        assert (day, mentions, articles, sources) == ("2022-03-03", 3, 3, 3)
        reports = store.mention_provenance(rows[0][0])
        assert {r["article"]["source"] for r in reports} == {"AFP", "Le Monde", "Daily Star"}
        assert all("Kharkiv" in r["sentence"]["text"] and r["rule"] == "synthetic" for r in reports)


def test_a_copy_dated_by_its_publication_day_still_merges_within_the_window(db_url):
    """A republication whose event date fell back to its own (next-day) publication date."""
    with open_store(db_url) as store:
        store.write_article(wire_copy("AFP", THU, WIRE))
        store.write_article(wire_copy("Yahoo News", date(2022, 3, 4), WIRE + " ", event_day=date(2022, 3, 4)))
        assert [r[2:5] for r in merged_rows(store)] == [(2, 2, 2)]


def test_two_articles_from_one_outlet_count_as_one_source(db_url):
    with open_store(db_url) as store:
        store.write_article(wire_copy("Reuters", THU, WIRE))
        store.write_article(wire_copy("Reuters", THU, "Russian troops shelled residential districts of Kharkiv on Thursday."))
        assert [r[2:5] for r in merged_rows(store)] == [(2, 2, 1)]


def test_other_place_or_other_code_family_stays_a_separate_event(db_url):
    with open_store(db_url) as store:
        store.write_article(wire_copy("AFP", THU, WIRE))
        donetsk = EventSpec("RUSMIL", "UKR", "195", THU, "Donetsk")
        store.write_article(article_records([donetsk], THU, source="BBC"))
        talks = EventSpec("RUSMIL", "UKR", "040", THU, "Kharkiv")
        store.write_article(article_records([talks], THU, source="CNN"))
        assert len(merged_rows(store)) == 3


def test_codes_of_one_family_merge_and_the_most_confident_report_gives_the_code(db_url):
    with open_store(db_url) as store:
        store.write_article(wire_copy("AFP", THU, WIRE, code="190", confidence=0.6))
        store.write_article(wire_copy("BBC", THU, "Russian artillery shelled Kharkiv on Thursday.", code="195",
                                      confidence=0.9))
        (row,) = merged_rows(store)
        assert row[5] == "195" and row[2] == 2


def test_daily_attacks_do_not_chain_into_one_long_event():
    days = ["2022-03-01", "2022-03-02", "2022-03-03", "2022-03-04", "2022-03-05"]
    mentions = [_mention(f"e{i}", d) for i, d in enumerate(days)]
    groups = cluster(mentions, window_days=1)
    assert [[m.day for m in g] for g in groups] == [days[0:2], days[2:4], days[4:5]]


def test_negated_and_hypothetical_events_are_not_counted(monitor_url):
    with open_store(monitor_url) as store:
        specs = [EventSpec("RUSMIL", "UKR", "190", THU, "Kharkiv", modality="negated"),
                 EventSpec("RUSMIL", "UKR", "138", THU, "Kharkiv", modality="hypothetical")]
        store.write_article(article_records(specs, THU, source="TASS"))
        assert merged_rows(store) == []
        assert store.query("SELECT COUNT(*) FROM dyad_day")[0][0] == 0


def test_background_events_are_records_but_not_counted(monitor_url):
    """"The 2008 shelling of Kharkiv" in a 2022 story: the text dates it years back, so it is history."""
    with open_store(monitor_url) as store:
        spec = EventSpec("RUSMIL", "UKR", "195", date(2008, 3, 3), "Kharkiv", background=True)
        store.write_article(article_records([spec], THU, source="TASS"))
        assert store.query("SELECT COUNT(*) FROM events")[0][0] == 1
        assert merged_rows(store) == []
        assert store.query("SELECT COUNT(*) FROM dyad_day")[0][0] == 0
        rebuild(store, MonitorSettings())
        assert merged_rows(store) == []


def test_events_the_text_dates_only_vaguely_in_the_past_are_not_counted_on_the_publication_day(monitor_url):
    """"Russian troops recently shelled Kharkiv": it did not happen on the day of writing (date_precision "vague")."""
    with open_store(monitor_url) as store:
        spec = EventSpec("RUSMIL", "UKR", "195", THU, "Kharkiv", date_precision="vague")
        store.write_article(article_records([spec], THU, source="TASS"))
        assert store.query("SELECT COUNT(*) FROM events")[0][0] == 1
        assert merged_rows(store) == []
        assert store.query("SELECT COUNT(*) FROM dyad_day")[0][0] == 0
        rebuild(store, MonitorSettings())
        assert merged_rows(store) == []


def test_merged_ids_do_not_depend_on_arrival_order(tmp_path):
    articles = list(synthetic_stream(400, start=date(2024, 1, 1), days=20, events_per_article=4, n_countries=6, seed=11))
    results = []
    for attempt in range(3):
        order = articles[:]
        random.Random(attempt).shuffle(order)
        with open_store(f"sqlite:///{tmp_path / f'order{attempt}.db'}") as store:
            for recs in order:
                store.write_article(recs)
            results.append(merged_rows(store))
    assert results[0] == results[1] == results[2]
    assert any(r[2] > 1 for r in results[0]), "the stream should contain reports that merge"


def test_incremental_maintenance_agrees_with_a_full_rebuild(monitor_url):
    """Everything the write hook keeps (merged events, their reports, dyad_day, alerts) equals what
    a rebuild from the stored events gives, whatever the arrival order."""
    articles = list(synthetic_stream(600, start=date(2024, 1, 1), days=60, events_per_article=3, n_countries=5, seed=5))
    random.Random(1).shuffle(articles)
    with open_store(monitor_url) as store:
        for recs in articles:
            store.write_article(recs)
        incremental = _monitor_tables(store)
        rebuild(store, store.monitor_settings)
        assert _monitor_tables(store) == incremental
        assert incremental["alerts"], "the stream's bursts should raise alerts"


def test_writing_articles_in_batches_keeps_the_monitor_as_writing_them_one_by_one(tmp_path):
    """Ingest writes a model batch per transaction and the Dask loader a shard: the monitor is
    updated once per batch, and that must not change a merged event, a series count or an alert."""
    articles = list(synthetic_stream(600, start=date(2024, 1, 1), days=60, events_per_article=3, n_countries=5, seed=5))
    tables = []
    for sizes in ([1], [16], [5, 40, 2, 64]):
        with open_store(f"sqlite:///{tmp_path / f'batches{len(tables)}.db'}") as store:
            i, k = 0, 0
            while i < len(articles):
                size = sizes[k % len(sizes)]
                assert store.write_articles(articles[i:i + size]) == [True] * len(articles[i:i + size])
                i, k = i + size, k + 1
            tables.append(_monitor_tables(store))
    assert tables[0] == tables[1] == tables[2]
    assert tables[0]["alerts"] and any(r[2] > 1 for r in store_merged(tables[0]))


def store_merged(tables):
    return [(mid, day, json.loads(record)["num_mentions"]) for mid, _, day, _, record in tables["merged"]]


def test_a_batch_skips_articles_already_stored_and_repeats_within_it(monitor_url):
    first = wire_copy("AFP", THU, WIRE)
    other = wire_copy("BBC", THU, "Russian artillery shelled Kharkiv on Thursday.")
    with open_store(monitor_url) as store:
        assert store.write_articles([first]) == [True]
        assert store.write_articles([first, other, other]) == [False, True, False]
        assert store.counts()["articles"] == 2
        assert [r[2] for r in merged_rows(store)] == [2]  # both reports, counted once each


def test_actor_codes_roll_up_to_country_and_role_levels():
    assert (country_level("RUSGOVMIL"), role_level("RUSGOVMIL")) == ("RUS", "RUSGOV")
    assert (country_level("IGOWSTNAT"), role_level("IGOWSTNAT")) == ("IGOWSTNAT", "IGOWSTNAT")
    assert (country_level("UKR"), role_level("UKR")) == ("UKR", "UKR")
    assert (country_level("REBMIL"), role_level("REBMIL")) == ("REB", "REB")
    assert (country_level(None), role_level("")) == ("", "")


def _mention(event_id, day):
    return Mention(event_id=event_id, article_id="a" + event_id, outlet="x", day=day, source_code="RUSMIL",
                   source_name="Russia", target_code="UKR", target_name="Ukraine", code="190", root="19",
                   quadclass=4, goldstein=-10.0, confidence=0.5, place_key="g1", location=None)


def _monitor_tables(store):
    return {
        "merged": store.query("SELECT id, merge_key, day, end_day, record FROM merged_events ORDER BY id"),
        "mentions": store.query("SELECT event_id, merged_id, article_id, outlet, day FROM event_mentions ORDER BY event_id"),
        "dyad_day": [r[:9] + (round(r[9], 6), round(r[10], 6), r[11]) for r in store.query(
            "SELECT level, source, target, day, events, q1, q2, q3, q4, goldstein, intensity, mentions FROM dyad_day"
            " ORDER BY level, source, target, day")],
        "alerts": store.query("SELECT id, value, events, baseline_median, baseline_mad, score, severity FROM alerts"
                              " ORDER BY id"),
    }


@pytest.mark.postgres
def test_concurrent_loaders_on_postgresql_agree_with_a_rebuild(pg_url):
    """Two writers at once (as Dask loaders do) take turns in the monitor's maintenance."""
    import threading

    articles = list(synthetic_stream(400, start=date(2024, 1, 1), days=15, events_per_article=4, n_countries=4, seed=9))
    open_store(pg_url).close()  # migrate once

    def load(part):
        with open_store(pg_url, migrate=False) as store:
            for recs in part:
                store.write_article(recs)

    threads = [threading.Thread(target=load, args=(articles[i::2],)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    with open_store(pg_url, migrate=False) as store:
        assert store.counts()["articles"] == len(articles)
        incremental = _monitor_tables(store)
        rebuild(store, store.monitor_settings)
        assert _monitor_tables(store) == incremental
