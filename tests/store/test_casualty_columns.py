"""Casualties in the store: the summary travels in each record's JSON; the best killed and injured
counts are columns (migration 0017_casualties) that queries filter and sum, on SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses
import json

import pytest

from flashpoint.export.table import write_parquet
from flashpoint.records import ActorRef, Casualties, CasualtyClaim, CasualtyCount
from flashpoint.store import open_store
from flashpoint.store.schema import MIGRATIONS


def wounded(records, killed: int, injured: int):
    """The sample article's event and article with a casualty summary (figure f1 behind it)."""
    claim = CasualtyClaim(figure=records.figures[0].id, value=killed, approx=None,
                          claimant=ActorRef("Police", None, "Police"), sentence=2, text="12 protesters", link="counted")
    cas = Casualties(killed=CasualtyCount(best=killed, claims=(claim,)),
                     injured=CasualtyCount(best=injured, low=injured, approx="at least"))
    records.events[0] = dataclasses.replace(records.events[0], casualties=cas)
    records.article.casualties = cas
    return records


def test_casualty_columns_hold_the_best_counts(store_url, make_records):
    with open_store(store_url) as store:
        store.write_article(wounded(make_records(), killed=3, injured=12))
        store.write_article(make_records("art-calm", who="cabinet"))
        assert store.query("SELECT killed, injured FROM events ORDER BY killed") in ([(None, None), (3, 12)],
                                                                                     [(3, 12), (None, None)])
        assert store.query("SELECT SUM(killed) FROM articles")[0][0] == 3
        [event] = [e for e in store.records("event") if e["casualties"]]
        assert event["casualties"]["killed"]["best"] == 3
        assert event["casualties"]["killed"]["claims"][0]["claimant"]["name"] == "Police"


def test_a_store_made_before_casualties_gains_the_columns(tmp_path, make_records):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    with open_store(url, migrate=False) as old:
        old.migrations = lambda: [m for m in MIGRATIONS if m[0] != "0017_casualties"]
        old.migrate()
        old.execute("INSERT INTO articles (id, content_hash, text, ingested_at, record)"
                    " VALUES ('x', 'h', 't', 'now', '{}')")
    with open_store(url) as new:
        assert new.query("SELECT killed, injured FROM articles WHERE id = 'x'") == [(None, None)]
        assert new.write_article(wounded(make_records(), killed=1, injured=0))


def test_parquet_gets_flat_casualty_columns(tmp_path, make_records):
    pq = pytest.importorskip("pyarrow.parquet")
    recs = wounded(make_records(), killed=4, injured=9)
    calm = make_records("art-calm", who="cabinet")
    path = str(tmp_path / "events.parquet")
    assert write_parquet([e.to_dict() for e in calm.events + recs.events], path) == 2
    rows = pq.read_table(path).to_pylist()
    assert [(r["casualties_killed_best"], r["casualties_injured_best"]) for r in rows] == [(None, None), (4, 9)]
    assert json.loads(rows[1]["casualties_killed_claims"])[0]["figure"] == recs.figures[0].id


def test_articles_carry_their_casualties_in_jsonl_and_parquet(tmp_path, make_records):
    """`flashpoint export --kind article` (JSON Lines, Parquet): the article's summary, as on its events."""
    pq = pytest.importorskip("pyarrow.parquet")
    url = f"sqlite:///{tmp_path / 'a.db'}"
    with open_store(url) as store:
        store.write_article(wounded(make_records(), killed=5, injured=2))
        store.write_article(make_records("art-calm", who="cabinet"))
        articles = sorted(store.records("article"), key=lambda a: a["casualties"] is None)
    assert articles[0]["casualties"]["killed"]["best"] == 5 and articles[1]["casualties"] is None
    json.loads(json.dumps(articles[0]))  # one JSON line each
    path = str(tmp_path / "articles.parquet")
    assert write_parquet(articles, path) == 2
    rows = pq.read_table(path).to_pylist()
    assert [(r["casualties_killed_best"], r["casualties_injured_best"]) for r in rows] == [(5, 2), (None, None)]
