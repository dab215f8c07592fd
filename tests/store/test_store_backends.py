"""The store behaves the same on SQLite and PostgreSQL: every test here runs on both (`store_url`)."""

from __future__ import annotations

import json

import pytest

from flashpoint.store import EventQuery, open_store
from flashpoint.store.schema import MIGRATIONS


@pytest.fixture
def store(store_url):
    s = open_store(store_url)
    yield s
    s.close()


def test_opening_a_store_applies_every_migration_once(store_url):
    with open_store(store_url) as first:
        applied = [r[0] for r in first.query("SELECT name FROM fp_migrations ORDER BY name")]
    assert applied == sorted(name for name, _ in MIGRATIONS)
    with open_store(store_url, migrate=False) as again:
        assert again.migrate() == []


def test_records_come_back_exactly_as_written(store, make_records):
    recs = make_records()
    assert store.write_article(recs)
    expected = {r["kind"]: r for r in recs.to_dicts()}
    article = dict(expected["article"])
    del article["text"]  # the text is kept apart (article_text), not in every article listing
    assert list(store.records("article")) == [article]
    for kind in ("actor", "event", "quote", "figure", "place", "time"):
        assert list(store.records(kind)) == [expected[kind]], kind
    assert store.article_text(recs.article.id) == recs.article.text


def test_an_article_is_stored_once_even_when_written_twice(store, make_records):
    recs = make_records()
    assert store.write_article(recs) is True
    assert store.write_article(recs) is False
    same_text_other_id = make_records(article_id="art-oslo-copy")
    assert store.write_article(same_text_other_id) is False  # same content: a re-fetched copy
    assert store.counts() == {"articles": 1, "actors": 1, "events": 1, "quotes": 1, "figures": 1, "places": 1,
                              "times": 1}
    assert store.has_content(recs.article.content_hash)


def test_a_failed_article_write_leaves_none_of_its_records(store, make_records):
    recs = make_records()
    recs.events.append(recs.events[0])  # the same event id twice: the second insert fails
    with pytest.raises(Exception):
        store.write_article(recs)
    assert set(store.counts().values()) == {0}
    assert store.write_article(make_records("art-after-failure", who="cabinet"))


def test_event_filters_select_the_same_events(store, make_records):
    store.write_article(make_records("a1", "government", "2024-03-05", source_code="NORGOV", target_code="SWEGOV"))
    store.write_article(make_records("a2", "army", "2024-04-10", source_code="NORMIL", target_code=None))
    store.write_article(make_records("a3", "king", "2024-05-20", source_code="SWEGOV", target_code="NORGOV"))

    def ids(**filters):
        return [e["article"] for e in store.events(EventQuery(**filters))]

    assert ids() == ["a1", "a2", "a3"]                       # ordered by date
    assert ids(actor="NOR") == ["a1", "a2", "a3"]             # either side, code prefix
    assert ids(source="NORGOV") == ["a1"]
    assert ids(target="NOR") == ["a3"]
    assert ids(since="2024-04-01", until="2024-04-30") == ["a2"]
    assert ids(text="KING REJECTED") == ["a3"]                # text search ignores case on both
    assert ids(root="12", quadclass=3, limit=1, offset=1) == ["a2"]
    assert store.top_dyads() == [("NORGOV", "SWEGOV", 1), ("NORMIL", None, 1), ("SWEGOV", "NORGOV", 1)]


def test_text_sorts_by_bytes_on_both_backends(store, make_records):
    # SQLite compares text bytewise; PostgreSQL would follow the server's locale ("a" < "B")
    # unless the columns use the C collation, which the PostgreSQL store gives them.
    for i, article_id in enumerate(["b-second", "B-first", "a-middle"]):
        store.write_article(make_records(article_id, who=f"envoy number {i}"))
    assert [a["id"] for a in store.records("article")] == ["B-first", "a-middle", "b-second"]


def test_coordinates_and_scores_keep_full_precision(store, make_records):
    store.write_article(make_records())
    lat, lon, goldstein = store.query("SELECT lat, lon, goldstein FROM events")[0]
    assert (lat, lon, goldstein) == (59.91273, 10.74609, -5.0)
    assert store.query("SELECT lat FROM places")[0][0] == 59.91273


def test_aggregates_come_back_as_plain_numbers(store, make_records):
    store.write_article(make_records())
    total, mean, n = store.query("SELECT SUM(quadclass), AVG(goldstein), COUNT(*) FROM events")[0]
    assert (total, mean, n) == (3, -5.0, 1)
    assert json.dumps([total, mean, n]) == "[3, -5.0, 1]"


def test_missing_values_sort_first_on_both_backends(store, make_records):
    # SQLite puts NULL before any value in ascending order; PostgreSQL would put it last.
    store.write_article(make_records("with-target", "government", target_code="SWEGOV"))
    store.write_article(make_records("no-target", "army", target_code=None))
    assert store.top_dyads() == [("NORGOV", None, 1), ("NORGOV", "SWEGOV", 1)]


def test_booleans_and_dates_bind_as_sqlite_stores_them(store):
    from datetime import date

    with store.transaction():
        store.execute("CREATE TABLE probe (flag INTEGER, day TEXT)")
        store.execute("INSERT INTO probe (flag, day) VALUES (:flag, :day)", {"flag": True, "day": date(2024, 3, 5)})
    assert store.query("SELECT flag, day FROM probe WHERE day >= :since", {"since": "2024-01-01"}) == [(1, "2024-03-05")]
