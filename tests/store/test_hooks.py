"""The store reaches the monitor only through the hook the writing layers register (store/hooks.py)."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest

from flashpoint.analyze import maintain
from flashpoint.analyze.synthetic import EventSpec, article_records
from flashpoint.store import hooks, open_store

RUS_UKR = EventSpec(source="RUSMIL", target="UKRMIL", code="190", day=date(2024, 3, 1))


def _count(store, table: str) -> int:
    return store.query(f"SELECT COUNT(*) FROM {table}")[0][0]


def test_without_a_registered_monitor_the_store_keeps_records_only(db_url, monkeypatch):
    monkeypatch.setattr(hooks, "_monitor", None)
    with open_store(db_url) as store:
        assert store.write_article(article_records([RUS_UKR], date(2024, 3, 1)))
        assert _count(store, "events") == 1
        assert _count(store, "merged_events") == 0
        assert store.monitor_settings is None


def test_the_registered_monitor_is_kept_current_in_the_same_write(db_url):
    hooks.register_monitor(maintain.UPKEEP)
    with open_store(db_url) as store:
        assert store.write_article(article_records([RUS_UKR], date(2024, 3, 1)))
        assert _count(store, "merged_events") == 1


def test_a_failing_upkeep_rolls_back_the_articles_records(db_url, monkeypatch):
    def fail(store, batch, settings):
        raise RuntimeError("upkeep failed")

    monkeypatch.setattr(hooks, "_monitor", hooks.MonitorUpkeep(
        load_settings=maintain.UPKEEP.load_settings, update=fail, mention=maintain.UPKEEP.mention,
        levels=maintain.UPKEEP.levels))
    with open_store(db_url) as store:
        with pytest.raises(RuntimeError):
            store.write_article(article_records([RUS_UKR], date(2024, 3, 1)))
        assert _count(store, "articles") == 0
        assert _count(store, "events") == 0


@pytest.mark.parametrize("writer", ["flashpoint.pipeline", "flashpoint.importers.gdelt"])
def test_each_layer_that_writes_articles_registers_the_monitor(writer):
    check = f"import {writer}; from flashpoint.store import hooks; print(hooks.monitor() is not None)"
    out = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "True"
