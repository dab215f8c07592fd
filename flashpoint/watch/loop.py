"""The watcher: poll the sources that are due, process what is new, deliver alerts, repeat.

One round: the due sources are listed concurrently (fetch.py keeps each host polite), the new
items' pages are fetched concurrently, and as pages arrive they are run through the pipeline in
batches (pipeline.process_shard, the unit of every engine) and stored (pipeline.write_batch:
the store skips what it holds, by id or content hash, and keeps the monitor current in the same
transaction). After each batch the items are recorded as seen and new alerts go to the outbox.

Restart safety. A feed's ETag and Last-Modified are saved only once every item it listed has
been recorded; until then a restart fetches the whole feed again and finds the unrecorded items
(a crash between storing an article and recording its item costs a re-fetch, and the store
skips the article by content hash). `stop` (SIGTERM) lets the batch in hand finish.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field

from flashpoint.errors import FetchError, FlashpointError
from flashpoint.ingest import ArticleInput
from flashpoint.pipeline import write_batch
from flashpoint.records import ArticleRecords
from flashpoint.watch.fetch import Fetcher
from flashpoint.watch.items import Item, Listing, articles_of, list_source
from flashpoint.watch.outbox import Outbox
from flashpoint.watch.sources import Source, WatchSettings

Extract = Callable[[list[ArticleInput]], list[ArticleRecords]]
TRANSIENT_TRIES = 3  # a page that keeps failing with a network error or 5xx is given up after this many polls


@dataclass
class SourceRun:
    source: Source
    next_poll: float
    etag: str | None = None
    last_modified: str | None = None
    failures: int = 0
    failures_total: int = 0
    seen: set[str] = field(default_factory=set)


@dataclass
class WatchStats:
    rounds: int = 0
    polls: int = 0
    poll_failures: int = 0
    new_items: int = 0
    stored: int = 0
    duplicates: int = 0
    failed: int = 0
    alerts_sent: int = 0
    deliveries_waiting: int = 0   # failed deliveries waiting their backoff after the last round

    def line(self) -> str:
        waiting = f" ({self.deliveries_waiting} failed, waiting to be retried)" if self.deliveries_waiting else ""
        return (f"{self.polls} polls ({self.poll_failures} failed), {self.new_items} new items: {self.stored} stored, "
                f"{self.duplicates} already stored, {self.failed} unreadable; {self.alerts_sent} alert deliveries"
                + waiting)


@dataclass
class _Round:
    """Bookkeeping of one poll round: which listed items are still open, per source."""

    listed: dict[str, tuple[SourceRun, Listing]] = field(default_factory=dict)
    open_items: dict[tuple[str, str], int] = field(default_factory=dict)   # (source id, key) -> articles left
    incomplete: set[str] = field(default_factory=set)                       # sources with an item not recorded
    outcome: dict[tuple[str, str], str] = field(default_factory=dict)


class Watcher:
    def __init__(self, store, sources: list[Source], settings: WatchSettings, extract: Extract, outbox: Outbox,
                 fetcher: Fetcher | None = None, exporter=None, log: Callable[[str], None] = lambda line: None,
                 clock: Callable[[], float] = time.time):
        self.store, self.settings, self.extract, self.outbox = store, settings, extract, outbox
        self.fetcher = fetcher or Fetcher(settings)
        self.exporter, self.log, self.clock = exporter, log, clock
        self.stop = threading.Event()
        self.stats = WatchStats()
        self.runs = [SourceRun(s, 0.0) for s in sources]
        self.tries: dict[tuple[str, str], int] = {}
        self.pool: ThreadPoolExecutor | None = None

    # -- the loop --------------------------------------------------------------------------------
    def run(self, once: bool = False) -> WatchStats:
        self.pool = ThreadPoolExecutor(max(2, self.settings.fetchers), thread_name_prefix="fp-fetch")
        self._resume()
        try:
            while not self.stop.is_set():
                now = self.clock()
                due = [r for r in self.runs if once or r.next_poll <= now]
                if due:
                    self.poll(due)
                    self.stats.rounds += 1
                self._deliver()
                if self.exporter is not None:
                    path = self.exporter.run_if_due()
                    if path is not None:
                        self.log(f"export: {path}")
                if once:
                    break
                self.stop.wait(self._sleep_time())
        finally:
            self.pool.shutdown(wait=False, cancel_futures=True)
        return self.stats

    def _sleep_time(self) -> float:
        wake = [r.next_poll for r in self.runs]
        nxt = self.outbox.next_attempt()
        if nxt is not None:
            wake.append(nxt)
        if self.exporter is not None:
            wake.append(self.exporter.next_at)
        return min(max(0.05, min(wake) - self.clock()), 5.0)

    def _resume(self) -> None:
        """Register the sources and read back their state; enqueue and send what a crash left behind."""
        for run in self.runs:
            s = run.source
            self.store.sync_source(s.id, s.location, s.kind, s.outlet)
        states = {row["id"]: row for row in self.store.source_states()}
        for run in self.runs:
            row = states[run.source.id]
            run.etag, run.last_modified = row["etag"], row["last_modified"]
            run.failures, run.failures_total = row["failures"], row["failures_total"]
            run.next_poll = row["next_poll"] or 0.0
            run.seen = self.store.seen_urls(run.source.id)
        self._deliver()

    def _deliver(self) -> None:
        self.outbox.enqueue()
        result = self.outbox.deliver()
        self.stats.alerts_sent += result.sent
        self.stats.deliveries_waiting = self.outbox.waiting()
        for did, sink, why in result.failed:
            self.log(f"alert {did} to {sink}: {why} (will retry)")

    # -- one round -------------------------------------------------------------------------------
    def poll(self, due: list[SourceRun]) -> None:
        rnd = _Round()
        pending: dict[Future, tuple] = {}
        for run in due:
            f = self.pool.submit(list_source, run.source, self.fetcher, self.settings, run.etag, run.last_modified)
            pending[f] = ("list", run)
        ready: list[tuple[SourceRun, Item, ArticleInput]] = []
        while (pending or ready) and not self.stop.is_set():
            done: set[Future] = set()
            if pending:
                done, _ = wait(list(pending), timeout=0 if ready else 0.5, return_when=FIRST_COMPLETED)
            for f in done:
                kind, run, *rest = pending.pop(f)
                if kind == "list":
                    self._listed(f, run, rnd, pending)
                else:
                    ready += self._fetched(f, run, rest[0], rnd)
            if ready and (len(ready) >= self.settings.batch_size or not done):
                batch, ready = ready[:self.settings.batch_size], ready[self.settings.batch_size:]
                self._process(batch, rnd)
        for f in pending:
            f.cancel()
        self._save_sources(rnd)

    def _listed(self, f: Future, run: SourceRun, rnd: _Round, pending: dict) -> None:
        self.stats.polls += 1
        try:
            listing = f.result()
        except FlashpointError as exc:
            self._source_failed(run, exc)
            return
        except Exception as exc:  # a hostile answer must not stop the other sources
            self._source_failed(run, FetchError(run.source.location, f"{type(exc).__name__}: {str(exc)[:200]}"))
            return
        rnd.listed[run.source.id] = (run, listing)
        new = [it for it in listing.items if it.key not in run.seen]
        stored = self.store.stored_urls([it.url for it in new if it.url])
        for it in new:
            self.stats.new_items += 1
            if it.url in stored:  # the same URL came in before (another source, an earlier ingest)
                self._record(run, it, "duplicate", rnd)
                continue
            rnd.open_items[(run.source.id, it.key)] = 0
            pending[self.pool.submit(articles_of, it, run.source, self.fetcher, self.settings)] = ("page", run, it)

    def _fetched(self, f: Future, run: SourceRun, item: Item, rnd: _Round) -> list:
        key = (run.source.id, item.key)
        try:
            found = f.result()
        except FetchError as exc:  # transient: leave the item unseen for the next poll, a few times
            self.tries[key] = self.tries.get(key, 0) + 1
            if self.tries[key] < TRANSIENT_TRIES:
                rnd.incomplete.add(run.source.id)
                rnd.open_items.pop(key, None)
                self.log(f"{exc.one_line()} (will retry)")
                return []
            found = [exc]
        except Exception as exc:  # hostile markup and the like: this item only
            found = [FetchError(item.url or item.key, f"{type(exc).__name__}: {str(exc)[:200]}")]
        articles = [a for a in found if isinstance(a, ArticleInput)]
        errors = [e for e in found if not isinstance(e, ArticleInput)]
        for e in errors[:3]:
            self.log(e.one_line())
        if not articles:
            self.stats.failed += 1
            self._record(run, item, "failed", rnd)
            return []
        rnd.open_items[key] = len(articles)
        return [(run, item, a) for a in articles]

    def _process(self, batch: list[tuple[SourceRun, Item, ArticleInput]], rnd: _Round) -> None:
        """Extract and store a batch (one transaction), then record its items as seen."""
        fresh = [(run, it, a) for run, it, a in batch if not self.store.has_content(a.content_hash)]
        outcome = {id(a): "duplicate" for _, _, a in batch}
        if fresh:
            records = self.extract([a for _, _, a in fresh])
            errors: list[FlashpointError] = []
            for (run, it, a), written in zip(fresh, write_batch(self.store, records, errors)):
                outcome[id(a)] = "stored" if written else ("duplicate" if written is False else "failed")
            for e in errors:
                self.log(e.one_line())
        for run, it, a in batch:
            result = outcome[id(a)]
            if result == "stored":
                self.stats.stored += 1
            elif result == "duplicate":
                self.stats.duplicates += 1
            else:
                self.stats.failed += 1
            key = (run.source.id, it.key)
            best = rnd.outcome.get(key)
            rnd.outcome[key] = result if best != "stored" else best
            rnd.open_items[key] -= 1
            if rnd.open_items[key] == 0:
                self._record(run, it, rnd.outcome[key], rnd, url_of=a)
        self._deliver()

    def _record(self, run: SourceRun, item: Item, outcome: str, rnd: _Round, url_of: ArticleInput | None = None) -> None:
        key = (run.source.id, item.key)
        if outcome == "duplicate" and item.url and item.url in self.store.stored_urls([item.url]):
            outcome = "stored"  # stored by this item before a crash, recorded only now
        self.store.mark_items([{"source_id": run.source.id, "url": item.key, "outcome": outcome,
                                "article_id": url_of.article_id if url_of else None, "seen_at": self.clock()}])
        run.seen.add(item.key)
        rnd.open_items.pop(key, None)
        self.tries.pop(key, None)

    # -- source state ----------------------------------------------------------------------------
    def _source_failed(self, run: SourceRun, exc: FlashpointError) -> None:
        self.stats.poll_failures += 1
        run.failures += 1
        run.failures_total += 1
        delay = min(run.source.every * 2 ** run.failures, self.settings.max_backoff_seconds)
        now = self.clock()
        run.next_poll = now + max(delay, run.source.every)
        self.store.update_source(run.source.id, last_poll=now, last_status="error", next_poll=run.next_poll,
                                 failures=run.failures, failures_total=run.failures_total,
                                 last_error=exc.message[:500])
        self.log(f"{exc.one_line()} (source {run.source.name}; failure {run.failures}, "
                 f"next try in {run.next_poll - now:.0f} s)")

    def _save_sources(self, rnd: _Round) -> None:
        now = self.clock()
        for sid, (run, listing) in rnd.listed.items():
            complete = sid not in rnd.incomplete and not any(k[0] == sid for k in rnd.open_items)
            got = listing.fetched
            if complete and got is not None and got.status == 200:
                run.etag, run.last_modified = got.etag, got.last_modified
            elif not complete:  # some item is not recorded yet: the next poll must list everything again
                run.etag = run.last_modified = None
            run.failures = 0
            run.next_poll = now + run.source.every
            status = "not modified" if got is not None and got.status == 304 else "ok"
            self.store.update_source(sid, etag=run.etag, last_modified=run.last_modified, last_poll=now,
                                     last_status=status, next_poll=run.next_poll, failures=0, last_error=None)

    def close(self) -> None:
        self.fetcher.close()
        self.outbox.close()
