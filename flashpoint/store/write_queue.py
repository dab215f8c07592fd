"""A durable queue of articles waiting to be extracted: what POST /api/articles writes.

Answering a write after one short INSERT, not after the model and the monitor have run, keeps API
writes fast while an ingest holds the store's write lock for whole batches. The row is committed
before the request is answered, so an acknowledged article is never lost: a server that stops
with rows queued picks them up when it starts again. Stored articles leave the queue; an article
that is stored already (same id or content) is not queued twice.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime


class WriteQueue:
    """Mixed into Store: `enqueue_article`, `pending_articles`, `drop_pending`."""

    def enqueue_article(self, article_id: str, content_hash: str, fields: dict) -> str:
        """Queue an article's input fields; "queued", "already queued" or "already stored"."""
        with self.transaction():
            if self.query("SELECT 1 FROM articles WHERE id = :id OR content_hash = :h",
                          {"id": article_id, "h": content_hash}):
                return "already stored"
            if self.query("SELECT 1 FROM pending_articles WHERE id = :id", {"id": article_id}):
                return "already queued"
            self.execute("INSERT INTO pending_articles (id, input, queued_at) VALUES (:id, :input, :at)",
                         {"id": article_id, "input": json.dumps(fields, ensure_ascii=False),
                          "at": datetime.now(UTC).isoformat(timespec="milliseconds")})
        return "queued"

    def pending_articles(self, limit: int = 16) -> list[tuple[str, dict]]:
        """The oldest queued articles: (id, input fields)."""
        return [(r[0], json.loads(r[1])) for r in self.query(
            "SELECT id, input FROM pending_articles ORDER BY queued_at, id LIMIT :n", {"n": limit})]

    def drop_pending(self, ids: list[str]) -> None:
        if not ids:
            return
        with self.transaction():
            for aid in ids:
                self.execute("DELETE FROM pending_articles WHERE id = :id", {"id": aid})

    def pending_count(self) -> int:
        return self.query("SELECT COUNT(*) FROM pending_articles")[0][0]


__all__ = ["WriteQueue"]
