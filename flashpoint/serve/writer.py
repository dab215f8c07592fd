"""The server's writer: a thread that extracts and stores the articles POST /api/articles queued.

One at a time, with the model the synchronous path (`?wait=true`) also uses (the model is not
shared between threads: `state.model_lock`). At shutdown it stores what is still queued before the
server exits; what a crash leaves queued it stores at the next start.
"""

from __future__ import annotations

import sys
import threading

from flashpoint.errors import FlashpointError
from flashpoint.ingest import ArticleInput, parse_published
from flashpoint.pipeline import ingest

BATCH = 16        # queued articles per model batch and write transaction
POLL_SECONDS = 1.0


def input_of(article_id: str, fields: dict) -> ArticleInput:
    return ArticleInput(text=fields["text"], title=fields.get("title"), published=parse_published(fields.get("published")),
                        url=fields.get("url"), source=fields.get("source"), id=article_id, origin="POST /api/articles")


class ArticleWriter:
    def __init__(self, state):
        self.state = state
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread = threading.Thread(target=self._run, name="flashpoint-writer", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def wake(self) -> None:
        self._wake.set()

    def stop(self) -> None:
        """Store what is queued, then stop."""
        self._stop.set()
        self._wake.set()
        self._thread.join()

    def _run(self) -> None:
        store = self.state.pool.get()  # this thread's own connection
        while True:
            try:
                batch = store.pending_articles(BATCH)
            except Exception as exc:  # the store went away (shutdown): nothing more to do
                print(f"writer: cannot read the queue ({exc})", file=sys.stderr)
                return
            if not batch:
                if self._stop.is_set():
                    return
                self._wake.wait(POLL_SECONDS)
                self._wake.clear()
                continue
            self._store(store, batch)

    def _store(self, store, batch: list[tuple[str, dict]]) -> None:
        items = []
        for aid, fields in batch:
            try:
                items.append(input_of(aid, fields))
            except (FlashpointError, KeyError) as exc:  # validated when queued: should not happen
                print(f"writer: queued article {aid} is unreadable ({exc}); dropped", file=sys.stderr)
        try:
            with self.state.model_lock:
                stats = ingest(items, store, nlp=self.state.nlp_factory(), batch_size=BATCH)
            for err in stats.errors:
                print(f"writer: {err.one_line()}", file=sys.stderr)
        except Exception as exc:  # one bad batch must not stop the writer; say which articles it cost
            print(f"writer: articles {', '.join(a for a, _ in batch)} could not be stored "
                  f"({type(exc).__name__}: {exc})", file=sys.stderr)
        store.drop_pending([aid for aid, _ in batch])
        self.state.invalidate()


__all__ = ["ArticleWriter"]
