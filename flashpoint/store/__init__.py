"""Storage behind one interface: `open_store(url)` picks the backend from the URL.

    sqlite:///path/to/flashpoint.db      embedded default (WAL mode)
    postgresql://user@host/dbname        team server (see store/postgres.py)
"""

from __future__ import annotations

from flashpoint.errors import StoreError
from flashpoint.paths import default_db_url
from flashpoint.store.base import EventQuery, Store
from flashpoint.store.sqlite import SQLiteStore


def open_store(url: str | None = None, migrate: bool = True) -> Store:
    url = url or default_db_url()
    if url.startswith("sqlite:"):
        store: Store = SQLiteStore(url)
    elif url.startswith(("postgresql:", "postgres:")):
        try:
            from flashpoint.store.postgres import PostgresStore  # deferred: optional (psycopg)
        except ImportError:
            raise StoreError(url, "the PostgreSQL backend is not available in this version") from None
        store = PostgresStore(url)
    else:
        raise StoreError(url, "unknown database URL (use sqlite:///path or postgresql://...)")
    if migrate:
        store.migrate()
    return store


__all__ = ["open_store", "Store", "EventQuery"]
