"""The only top-level conftest: fixtures every test area shares.

`shared_dir` is ../shared (the read-only reference data). Tests that need it skip only where it is
absent (a user's clone); here and in CI it is present and nothing skips.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path
from urllib.parse import quote

import pytest

from flashpoint.analyze import maintain
from flashpoint.paths import shared_dir as find_shared
from flashpoint.store import hooks as store_hooks
from flashpoint.store import open_store

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "examples" / "kremlin-warns-ukraine-2021-04.txt"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """Never touch the user's data dir: every test gets its own FLASHPOINT_HOME."""
    monkeypatch.setenv("FLASHPOINT_HOME", str(tmp_path_factory.mktemp("fphome")))


@pytest.fixture(autouse=True)
def _monitor_kept_current():
    """Stores keep the monitor current on every write, as in every process that writes articles
    (flashpoint/pipeline.py and importers/gdelt.py register the upkeep; tests/store/test_hooks.py
    shows a store without it)."""
    store_hooks.register_monitor(maintain.UPKEEP)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    found = find_shared()
    if found is None:
        pytest.skip("../shared (reference data) is not beside this checkout; set FLASHPOINT_SHARED to run this test")
    return found


@pytest.fixture
def db_url(tmp_path) -> str:
    """A new, empty SQLite store (read commands refuse a --db file that does not exist)."""
    url = f"sqlite:///{tmp_path / 'test.db'}"
    open_store(url).close()
    return url


@pytest.fixture(scope="session")
def example_article() -> Path:
    return EXAMPLE


@pytest.fixture(scope="session")
def nlp():
    """The packaged pipeline (trained model + extraction components), built once per session."""
    from flashpoint.pipeline import build_pipeline

    return build_pipeline()


# -- PostgreSQL: the throwaway server `scripts/postgres.sh start` runs (`make test` starts it and
# exports FLASHPOINT_TEST_PG_URL). Each test gets a schema of its own, dropped afterwards. Without the
# URL the PostgreSQL half skips with the reason, except where a run must be complete (CI or
# FLASHPOINT_REQUIRE_PG set, as `make test` does): there it fails.
PG_ENV = "FLASHPOINT_TEST_PG_URL"


def postgres_base_url() -> str:
    url = os.environ.get(PG_ENV)
    if not url:
        message = f"{PG_ENV} is not set: start a server with `scripts/postgres.sh start` and export its URL"
        if os.environ.get("CI") or os.environ.get("FLASHPOINT_REQUIRE_PG"):
            pytest.fail(message + " (required here: CI or FLASHPOINT_REQUIRE_PG is set)")
        pytest.skip(message)
    return url


def with_search_path(url: str, schema: str) -> str:
    sep = "&" if "?" in url else "?"
    return f"{url}{sep}options={quote(f'-csearch_path={schema}')}"


@pytest.fixture
def pg_url():
    """A PostgreSQL URL whose tables live in a schema of their own, dropped after the test."""
    import psycopg

    base = postgres_base_url()
    schema = f"fp_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    try:
        yield with_search_path(base, schema)
    finally:
        with psycopg.connect(base, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def monitor_url(request, tmp_path):
    """The monitor, import/export and API tests that touch SQL run on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'monitor.db'}"
    return request.getfixturevalue("pg_url")
