"""Record batches carry an article's records from a worker to the loader without changing a byte."""

from __future__ import annotations

import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from flashpoint.records import ArticleRecords, Event
from flashpoint.scale.batches import batch_to_records, load_batch, records_to_batch
from flashpoint.store import open_store

TEXT = "Ethiopian forces shelled positions near Mekelle on Sunday, a regional official said. About 40 people died."

ARTICLE = {"kind": "article", "id": "eth-1", "title": "Shelling near Mekelle", "published": "2020-11-22",
           "source": "Wire", "url": None, "path": "in/eth-1.txt", "text": TEXT,
           "content_hash": "c0ffee", "published_from": "given", "language": "en", "casualties": None}
ETH = {"name": "Ethiopia", "code": "ETHMIL", "text": "Ethiopian forces", "kb_id": "kb:ETH"}
EVIDENCE = {"start": 0, "end": 84, "text": TEXT[:84]}
RECORDS = [
    ARTICLE,
    {"kind": "actor", "id": "act-1", "article": "eth-1", "name": "Ethiopia", "code": "ETHMIL",
     "mentions": ["Ethiopian forces"], "kb_id": "kb:ETH", "country": "ETH", "role": "MIL", "sector": None,
     "confidence": 0.9, "rule": "kb:demonym"},
    {"kind": "event", "id": "ev-1", "article": "eth-1", "date": "2020-11-22", "source": ETH, "target": None,
     "code": "195", "root": "19", "goldstein": -10.0, "quadclass": 4, "plover": {"type": "ASSAULT", "mode": "aerial"},
     "modality": "reported", "attribution": {"actor": None, "via": ["AFP", "Reuters"]},
     "location": {"name": "Mekelle", "country": "ETH", "admin1": "Tigray", "lat": 13.49667, "lon": 39.47528,
                  "geonames_id": 331180, "feature": "city"},
     "sentence": 0, "evidence": EVIDENCE, "rule": "verb:shell", "confidence": 0.7, "verb": "shelled",
     "date_precision": "day", "background": False, "casualties": None},
    {"kind": "quote", "id": "q-1", "article": "eth-1", "speaker": None, "text": "shelled positions", "direct": False,
     "via": [], "sentence": 0, "evidence": EVIDENCE, "verb": "said", "rule": "quote:reported",
     "speaker_span": None},
    {"kind": "figure", "id": "f-1", "article": "eth-1", "value": 40, "approx": "about", "category": "killed",
     "subject": "people", "actor": None, "claimant": None,
     "scope": {"text": "on Sunday", "start": "2020-11-22", "end": None}, "sentence": 1,
     "evidence": {"start": 86, "end": 101, "text": TEXT[86:101]}, "rule": "figure:died"},
    {"kind": "place", "id": "p-1", "article": "eth-1", "name": "Mekelle", "country": "ETH", "admin1": "Tigray",
     "lat": 13.49667, "lon": 39.47528, "geonames_id": 331180, "feature": "city", "sentence": 0,
     "evidence": {"start": 40, "end": 47, "text": "Mekelle"}, "rule": "gazetteer",
     "place_precision": "point"},
    {"kind": "time", "id": "t-1", "article": "eth-1", "text": "on Sunday", "value": "2020-11-22", "precision": "day",
     "future": False, "sentence": 0, "evidence": {"start": 48, "end": 57, "text": "on Sunday"}, "rule": "weekday"},
]


def test_records_rebuild_from_their_dicts_exactly():
    recs = ArticleRecords.from_dicts(json.loads(json.dumps(RECORDS)), [[0, 0, 84], [1, 85, len(TEXT)]])
    assert isinstance(recs.events[0], Event)
    assert recs.events[0].attribution.via == ("AFP", "Reuters")
    assert recs.figures[0].value == 40 and isinstance(recs.figures[0].value, int)  # ints stay ints
    assert json.dumps(recs.to_dicts()) == json.dumps(RECORDS)
    assert recs.sentences == [(0, 0, 84), (1, 85, len(TEXT))]


def test_a_batch_gives_back_the_records_it_was_made_from():
    recs = ArticleRecords.from_dicts(RECORDS, [[0, 0, 84]])
    other = ArticleRecords.from_dicts([dict(ARTICLE, id="eth-2", content_hash="beef", text="No events here.")], [])
    [back, back_other] = batch_to_records(records_to_batch([recs, other]))
    assert json.dumps(back.to_dicts()) == json.dumps(recs.to_dicts())
    assert back.sentences == recs.sentences
    assert back_other.to_dicts() == other.to_dicts() and back_other.events == []


def test_a_batch_is_an_ordinary_parquet_file(tmp_path):
    path = tmp_path / "shard-0.parquet"
    path.write_bytes(records_to_batch([ArticleRecords.from_dicts(RECORDS)]))
    table = pq.read_table(path)
    assert table.column("article_id").to_pylist() == ["eth-1"]
    assert [json.loads(r)["kind"] for r in table.column("records")[0].as_py()] == [
        "article", "actor", "event", "quote", "figure", "place", "time"]
    assert len(batch_to_records(path)) == 1


def test_other_parquet_files_are_refused(tmp_path):
    path = tmp_path / "other.parquet"
    pq.write_table(pa.table({"x": [1]}), path)
    with pytest.raises(ValueError, match="not a Flashpoint record batch"):
        batch_to_records(path)


def test_loading_a_batch_twice_stores_it_once(tmp_path):
    batch = records_to_batch([ArticleRecords.from_dicts(RECORDS, [[0, 0, 84]])])
    with open_store(f"sqlite:///{tmp_path / 'fp.db'}") as store:
        assert load_batch(store, batch) == (1, 0)
        assert load_batch(store, batch) == (0, 1)
        assert store.counts() == {"articles": 1, "actors": 1, "events": 1, "quotes": 1, "figures": 1, "places": 1,
                                  "times": 1}
        assert list(store.records("event")) == [RECORDS[2]]


def test_records_from_a_batch_keep_their_json_and_the_store_writes_it_as_it_is(tmp_path):
    # The loader does not encode what the worker already encoded: the records of a batch carry the
    # worker's JSON (ArticleRecords.encoded), byte for byte what encoding them afresh would give.
    built = ArticleRecords.from_dicts(RECORDS, [[0, 0, 84]])
    [back] = batch_to_records(records_to_batch([built]))
    assert back.encoded is not None and back.encoded == built.to_jsons()
    assert built.encoded is None  # built here: nothing to keep
    stored = {}
    for name, recs in (("batch", back), ("built", built)):
        with open_store(f"sqlite:///{tmp_path / name}.db") as store:
            store.write_articles([recs])
            stored[name] = {kind: list(store.records(kind)) for kind in ("actor", "event", "quote", "place", "time")}
    assert stored["batch"] == stored["built"]
    assert stored["batch"]["event"] == [RECORDS[2]]


def test_json_that_does_not_line_up_with_the_records_is_not_kept():
    # from_dicts sorts records by kind; JSON given in another order would pair records with the
    # wrong JSON, so it is dropped and the store encodes the records itself.
    shuffled = [RECORDS[2], RECORDS[0], *RECORDS[3:], RECORDS[1]]
    recs = ArticleRecords.from_dicts(shuffled, encoded=[json.dumps(d) for d in shuffled])
    assert recs.encoded is None
    assert [json.loads(s)["kind"] for s in recs.to_jsons()] == ["article", "actor", "event", "quote", "figure",
                                                                "place", "time"]
