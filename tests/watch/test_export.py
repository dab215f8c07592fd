"""`--export-every`: GDELT-style files beside the store, each with the events stored since the last."""

from __future__ import annotations

import time
from datetime import date

from watch_corpus import ARTICLES

from flashpoint.export.gdelt import COLUMNS
from flashpoint.ingest import ArticleInput
from flashpoint.pipeline import process_shard
from flashpoint.store import open_store
from flashpoint.watch.export import PENDING, Exporter


def store_article(store, nlp, slug):
    _, title, text, day = next(a for a in ARTICLES if a[0] == slug)
    records = process_shard(nlp, [ArticleInput(text=text, title=title, published=date.fromisoformat(day),
                                               url=f"http://127.0.0.1/news/{slug}")])
    store.write_articles(records)
    return len(records[0].events)


def rows(path):
    return [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()]


def test_each_export_holds_the_events_stored_since_the_previous_one(db_url, nlp, tmp_path):
    with open_store(db_url) as store:
        exporter = Exporter(store, tmp_path / "exports", every=900)
        n_kharkiv = store_article(store, nlp, "kharkiv")
        assert exporter.run_if_due() is None  # not yet 15 minutes
        time.sleep(1.1)  # an export leaves the current second to the next one (articles may still arrive in it)
        exporter.next_at = 0  # 15 minutes later
        first = exporter.run_if_due()
        n_donetsk = store_article(store, nlp, "donetsk")
        time.sleep(1.1)
        exporter.next_at = 0
        second = exporter.run_if_due()
    assert first.name.endswith(".export.CSV") and len(first.name) == len("20260405121500.export.CSV")
    assert [len(r) for r in rows(first)] == [len(COLUMNS)] * n_kharkiv
    assert {r[-1] for r in rows(first)} == {"http://127.0.0.1/news/kharkiv"}
    assert {r[-1] for r in rows(second)} == {"http://127.0.0.1/news/donetsk"} and len(rows(second)) == n_donetsk


def test_an_export_interrupted_by_a_crash_is_rewritten_whole_on_restart(db_url, nlp, tmp_path):
    with open_store(db_url) as store:
        store_article(store, nlp, "kharkiv")
        until = time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime(time.time() + 5))
        store.set_watch_values({PENDING: until})  # the window was fixed, then the process died
        path = Exporter(store, tmp_path, every=900).run_if_due()
        assert path.name == until[:19].replace("-", "").replace("T", "").replace(":", "") + ".export.CSV"
        assert rows(path) and store.watch_value(PENDING) is None
        assert not list(tmp_path.glob(".*.tmp"))
