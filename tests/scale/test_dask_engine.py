"""The Dask engine runs the same pipeline as one process: same records, byte for byte, and a
re-run on either engine stores nothing twice. One local cluster (2 worker processes) serves the
module; the articles are short, so the cost is mostly starting workers and loading the model."""

from __future__ import annotations

import json
from datetime import date

import pytest

from flashpoint.errors import FlashpointError
from flashpoint.ingest import iter_inputs
from flashpoint.pipeline import build_pipeline, ingest
from flashpoint.store import open_store

pytestmark = pytest.mark.slow  # loads the model in this process and in each worker

TODAY = date(2024, 6, 3)  # anchors undated articles identically in both runs
BATCH = 4

ARTICLES = [
    "Israeli aircraft struck targets in southern Lebanon on Tuesday, the army said.",
    "Russia accused Ukraine of shelling a border village, killing two civilians.",
    "The United Nations called for an immediate ceasefire in Sudan after fighting in Khartoum.",
    "Police in Nairobi arrested 40 protesters during clashes over tax increases, officials said.",
    "China warned the Philippines against further patrols near the Second Thomas Shoal.",
    "\"We will respond to any aggression,\" Iran's foreign minister told reporters in Tehran.",
    "Turkish forces killed at least 12 Kurdish militants in northern Iraq, the defence ministry said.",
    "France and Germany agreed to send more air defence systems to Kyiv, officials said on Friday.",
    "Protesters in Tbilisi rallied for a third night against the foreign agents law.",
    "Pakistan and India exchanged fire across the Line of Control, according to local officials.",
]


@pytest.fixture(scope="module")
def cluster():
    from flashpoint.scale.dask_engine import dask_client

    with dask_client(workers=2) as client:  # the local cluster `--engine dask` starts
        yield client


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    lines = [json.dumps({"id": f"wire-{i}", "title": text[:30], "text": text, "source": "Wire",
                         "published": "2024-05-2" + str(i % 9)})
             for i, text in enumerate(ARTICLES[:8])]
    lines.insert(5, "{broken")
    (folder / "wire.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for i, text in enumerate(ARTICLES[8:]):  # undated: anchored on TODAY
        (folder / f"story-{i}.txt").write_text(f"Story {i}\n\n{text}", encoding="utf-8")
    return [str(folder), str(folder / "missing.jsonl")]


def stored(url: str) -> str:
    with open_store(url) as store:
        dump = {kind: list(store.records(kind)) for kind in ("article", "actor", "event", "quote", "figure", "place")}
        dump["sentences"] = [list(r) for r in store.query(
            "SELECT article_id, idx, start_char, end_char FROM sentences ORDER BY article_id, idx")]
        dump["texts"] = {a["id"]: store.article_text(a["id"]) for a in dump["article"]}
    return json.dumps(dump, ensure_ascii=False)


def local_run(paths, url):
    with open_store(url) as store:
        return ingest(iter_inputs(paths), store, nlp=build_pipeline(), batch_size=BATCH, today=TODAY)


def dask_run(paths, url, client):
    from flashpoint.scale import ingest_dask

    with open_store(url) as store:
        return ingest_dask(paths, store, client=client, shard_size=BATCH, batch_size=BATCH, today=TODAY)


def test_local_workers_run_one_thread_each_without_the_profiler_or_eager_memory_trimming(cluster):
    """Dask's defaults for these cost the pipeline 10-15% of a worker's CPU, or left one worker
    idle at the end of a run (flashpoint/scale/dask.yaml says which)."""
    import os

    assert cluster.run_on_scheduler(lambda dask_scheduler: dask_scheduler.WORKER_SATURATION) == 1.0
    workers = cluster.scheduler_info()["workers"]
    assert [w["nthreads"] for w in workers.values()] == [1, 1]
    assert cluster.run(lambda dask_worker: "profile" in dask_worker.periodic_callbacks) == dict.fromkeys(workers, False)
    assert cluster.run(lambda: os.environ.get("MALLOC_TRIM_THRESHOLD_")) == dict.fromkeys(workers, None)


def test_the_cluster_checks_its_event_loops_once_a_second_not_fifty_times(cluster):
    """Dask's 20 ms event-loop check in every process was most of an idle cluster's CPU."""
    def tick_ms(dask_worker=None, dask_scheduler=None):
        return (dask_worker or dask_scheduler).periodic_callbacks["tick"].callback_time

    workers = cluster.scheduler_info()["workers"]
    assert cluster.run(tick_ms) == dict.fromkeys(workers, 1000)
    assert cluster.run_on_scheduler(tick_ms) == 1000


def test_dask_stores_byte_identical_records_to_one_process(cluster, corpus, tmp_path):
    one, many = f"sqlite:///{tmp_path / 'one.db'}", f"sqlite:///{tmp_path / 'many.db'}"
    local_stats = local_run(corpus, one)
    dask_stats = dask_run(corpus, many, cluster)
    assert (dask_stats.seen, dask_stats.stored, dask_stats.skipped) == (10, 10, 0)
    assert (local_stats.seen, local_stats.stored, local_stats.skipped) == (10, 10, 0)
    assert dask_stats.counts == local_stats.counts
    assert sorted(e.one_line() for e in dask_stats.errors) == sorted(e.one_line() for e in local_stats.errors)
    assert all(isinstance(e, FlashpointError) for e in dask_stats.errors) and len(dask_stats.errors) == 2
    assert stored(many) == stored(one)


def test_rerunning_a_finished_ingest_stores_nothing_on_either_engine(cluster, corpus, tmp_path):
    url = f"sqlite:///{tmp_path / 'fp.db'}"
    dask_run(corpus, url, cluster)
    before = stored(url)
    again = dask_run(corpus, url, cluster)
    assert (again.seen, again.stored, again.skipped) == (10, 0, 10)
    local_again = local_run(corpus, url)
    assert (local_again.stored, local_again.skipped) == (0, 10)
    assert stored(url) == before


def test_the_cli_runs_on_a_given_scheduler(cluster, corpus, tmp_path, capsys):
    from flashpoint.cli import main

    url = f"sqlite:///{tmp_path / 'cli.db'}"
    rc = main(["ingest", corpus[0], "--db", url, "--engine", "dask", "--scheduler", cluster.scheduler.address,
               "--shard-size", "3", "--quiet"])
    err = capsys.readouterr().err
    assert rc == 1  # one line of the dump is not JSON: reported, and the exit status says so
    assert "articles: 10 read, 10 stored, 0 already stored" in err
    assert "wire.jsonl:6: not valid JSON" in err
    with open_store(url) as store:
        assert store.counts()["articles"] == 10


def test_an_unreachable_scheduler_is_a_one_line_error():
    from flashpoint.scale.dask_engine import dask_client

    with pytest.raises(FlashpointError) as err:
        with dask_client("tcp://127.0.0.1:1", timeout=1):
            pass
    assert err.value.one_line().startswith("error[E210] tcp://127.0.0.1:1: cannot reach the Dask scheduler")
