"""The store interface: the only place SQL meets a database driver.

Backends (sqlite.py, later postgres.py) supply a connection and their dialect details; everything
here is written once, with named parameters (`:name`), never string-formatted values.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass

from flashpoint.errors import QueryError, StoreError
from flashpoint.records import Article, ArticleRecords, to_json
from flashpoint.store.schema import MIGRATIONS, RECORD_TABLES
from flashpoint.store.monitor_queries import MonitorQueries, add_date_range, utc_now
from flashpoint.store.write_queue import WriteQueue
from flashpoint.store.watch_queries import WatchQueries


@dataclass
class EventQuery:
    """Filters for stored events; every field optional. Values are bound as parameters."""

    actor: str | None = None       # code prefix on either side: "RUS" matches RUS, RUSGOV, RUSMIL
    source: str | None = None
    target: str | None = None
    code: str | None = None        # exact CAMEO code
    root: str | None = None        # CAMEO root "01".."20"
    quadclass: int | None = None
    since: str | None = None       # YYYY-MM-DD inclusive
    until: str | None = None
    article: str | None = None
    country: str | None = None     # event location country
    text: str | None = None        # substring of the evidence sentence
    modality: str | None = None    # asserted | negated | hypothetical | ...
    codes: tuple[str, ...] = ()    # any of these exact CAMEO codes (a PLOVER type's codes)
    actor_codes: tuple[str, ...] = ()   # any of these code prefixes on either side (a name resolved: flashpoint/kb/resolve.py)
    actor_kb_ids: tuple[str, ...] = ()  # any of these knowledge-base ids on either side (people)
    limit: int = 100
    offset: int = 0


def _best(casualties, category: str) -> float | None:
    """The best count of one casualty category (records.Casualties), for the store's columns."""
    count = casualties.get(category) if casualties is not None else None
    return count.best if count is not None else None


class Store(MonitorQueries, WriteQueue, WatchQueries):
    """Records in, records out. Subclasses implement `_connect`, `_param` and `_begin`."""

    dialect = "generic"

    def __init__(self, url: str):
        self.url = url
        self.conn = self._connect()

    # -- backend hooks -------------------------------------------------------------------
    def _connect(self):  # pragma: no cover - abstract
        raise NotImplementedError

    def _sql(self, sql: str) -> str:
        """Translate `:name` parameters to the driver's style."""
        return sql

    def close(self) -> None:
        self.conn.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # -- plumbing ------------------------------------------------------------------------
    def execute(self, sql: str, params: dict | None = None):
        return self.conn.execute(self._sql(sql), params or {})

    def query(self, sql: str, params: dict | None = None) -> list[tuple]:
        cur = self.conn.cursor()
        cur.execute(self._sql(sql), params or {})
        return cur.fetchall()

    def transaction(self):
        return _Transaction(self)

    # -- schema --------------------------------------------------------------------------
    def migrate(self) -> list[str]:
        """Apply the migrations not yet recorded; returns the names applied."""
        with self.transaction():
            self.execute("CREATE TABLE IF NOT EXISTS fp_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
        done = {r[0] for r in self.query("SELECT name FROM fp_migrations")}
        applied = []
        for name, statements in self.migrations():
            if name in done:
                continue
            with self.transaction():
                # another process may have applied it since we looked (several stores opening a new file)
                if self.query("SELECT 1 FROM fp_migrations WHERE name = :name", {"name": name}):
                    continue
                for stmt in statements:
                    self.execute(stmt)
                self.execute("INSERT INTO fp_migrations (name, applied_at) VALUES (:name, :at)",
                             {"name": name, "at": utc_now()})
            applied.append(name)
        return applied

    def migrations(self) -> list[tuple[str, list[str]]]:
        return list(MIGRATIONS)

    # -- writes --------------------------------------------------------------------------
    def has_content(self, content_hash: str) -> bool:
        return bool(self.query("SELECT 1 FROM articles WHERE content_hash = :h", {"h": content_hash}))

    def write_article(self, records: ArticleRecords) -> bool:
        """Store one article and all its records atomically. False if it was already stored."""
        return self.write_articles([records])[0]

    def write_articles(self, batch: list[ArticleRecords]) -> list[bool]:
        """Store several articles and all their records in one transaction (all or none); False for
        each article already stored, or repeated earlier in the batch (same id or content).

        The monitor is kept current once for the whole batch: it reads each merge key's stored
        reports once per batch instead of once per article, which is most of a loader's time when
        a day's articles share dyads. Its result does not depend on how articles are grouped
        (tests/analyze/test_merge.py), so batch size never changes what is stored."""
        if not batch:
            return []
        with self.transaction():
            written = [self._insert_article(records) for records in batch]
            new = [records for records, w in zip(batch, written) if w]
            if new:
                self.after_articles_written(new)
        return written

    def is_stored(self, art: Article) -> bool:
        """Is this article (same id) or a copy of it (same content) stored?"""
        return bool(self.query("SELECT 1 FROM articles WHERE id = :id OR content_hash = :h",
                               {"id": art.id, "h": art.content_hash}))

    def _insert_article(self, records: ArticleRecords) -> bool:
        art = records.article
        if self.is_stored(art):
            return False
        a = art.to_dict()
        self.execute(
            "INSERT INTO articles (id, content_hash, title, published, source, url, path, text, ingested_at, killed,"
            " injured, record) VALUES (:id, :h, :title, :published, :source, :url, :path, :text, :at, :killed,"
            " :injured, :record)",
            {"id": art.id, "h": art.content_hash, "title": art.title, "published": a["published"],
             "source": art.source, "url": art.url, "path": art.path, "text": art.text, "at": utc_now(),
             "killed": _best(art.casualties, "killed"), "injured": _best(art.casualties, "injured"),
             "record": to_json({k: v for k, v in a.items() if k != "text"})})
        self.executemany("INSERT INTO sentences (article_id, idx, start_char, end_char) VALUES (:a, :i, :s, :e)",
                         [{"a": art.id, "i": i, "s": s, "e": e} for i, s, e in records.sentences])
        # each record's JSON, article first: as the records arrived (a Dask batch) or encoded once here
        encoded = iter(records.to_jsons()[1:])
        self._write_actors(records, encoded)
        self._write_events(records, encoded)
        self._write_quotes(records, encoded)
        self._write_figures(records, encoded)
        self._write_places(records, encoded)
        self._write_times(records, encoded)
        return True

    def remove_article(self, article_id: str, replacement: ArticleRecords | None = None) -> bool:
        """Delete an article and every record of it (and its monitor links) in one transaction,
        storing `replacement` (the same article re-coded, e.g. with a corrected date) in its place.
        The monitor is not updated here: merged events, series and alerts need a rebuild after
        (analyze.maintain.rebuild; `flashpoint articles` does it). False if no such article."""
        with self.transaction():
            if not self.query("SELECT 1 FROM articles WHERE id = :id", {"id": article_id}):
                return False
            # children first (foreign keys); table names are constants
            for table in ("event_mentions", "mentions", "sentences",
                          *(t for t in RECORD_TABLES.values() if t not in ("articles", "actors")), "actors"):
                self.execute(f"DELETE FROM {table} WHERE article_id = :id", {"id": article_id})
            self.execute("DELETE FROM articles WHERE id = :id", {"id": article_id})
            if replacement is not None:
                self._insert_article(replacement)
        return True

    def article_input_fields(self, article_id: str) -> dict | None:
        """The stored article's record (without its text) and text, to re-code it."""
        rows = self.query("SELECT record, text FROM articles WHERE id = :id", {"id": article_id})
        if not rows:
            return None
        return {**json.loads(rows[0][0]), "text": rows[0][1]}

    def after_articles_written(self, batch: list[ArticleRecords]) -> None:
        """Hook inside the batch's transaction: analyze layers keep aggregates current here."""
        self.maintain_monitor(batch)

    def executemany(self, sql: str, rows: list[dict]) -> None:
        if rows:
            self.conn.cursor().executemany(self._sql(sql), rows)

    def _write_actors(self, records: ArticleRecords, encoded: Iterator[str]) -> None:
        aid = records.article.id
        self.executemany("INSERT INTO actors (id, article_id, name, code, kb_id, record) VALUES (:id, :a, :name, :code, :kb, :r)",
                         [{"id": x.id, "a": aid, "name": x.name, "code": x.code, "kb": x.kb_id, "r": next(encoded)}
                          for x in records.actors])
        self.executemany("INSERT INTO mentions (actor_id, article_id, text) VALUES (:id, :a, :t)",
                         [{"id": x.id, "a": aid, "t": t} for x in records.actors for t in x.mentions])

    def _write_events(self, records: ArticleRecords, encoded: Iterator[str]) -> None:
        rows = []
        for e in records.events:
            loc = e.location
            rows.append({"id": e.id, "a": e.article, "date": e.date.isoformat() if e.date else None,
                         "sc": e.source.code if e.source else None,
                         "sn": e.source.name if e.source else None, "tc": e.target.code if e.target else None,
                         "tn": e.target.name if e.target else None, "code": e.code, "root": e.root, "q": e.quadclass,
                         "g": e.goldstein, "m": e.modality, "country": loc.country if loc else None,
                         "lat": loc.lat if loc else None, "lon": loc.lon if loc else None, "s": e.sentence, "es": e.evidence.start, "ee": e.evidence.end,
                         "rule": e.rule, "conf": e.confidence, "killed": _best(e.casualties, "killed"),
                         "injured": _best(e.casualties, "injured"), "r": next(encoded)})
        self.executemany(
            "INSERT INTO events (id, article_id, event_date, source_code, source_name, target_code, target_name, code, root,"
            " quadclass, goldstein, modality, country, lat, lon, sentence, ev_start, ev_end, rule, confidence, killed,"
            " injured, record)"
            " VALUES (:id, :a, :date, :sc, :sn, :tc, :tn, :code, :root, :q, :g, :m, :country, :lat, :lon, :s, :es, :ee,"
            " :rule, :conf, :killed, :injured, :r)", rows)

    def _write_quotes(self, records: ArticleRecords, encoded: Iterator[str]) -> None:
        self.executemany("INSERT INTO quotes (id, article_id, speaker_code, speaker_name, sentence, record)"
                         " VALUES (:id, :a, :c, :n, :s, :r)",
                         [{"id": q.id, "a": q.article, "c": q.speaker.code if q.speaker else None,
                           "n": q.speaker.name if q.speaker else None, "s": q.sentence, "r": next(encoded)}
                          for q in records.quotes])

    def _write_figures(self, records: ArticleRecords, encoded: Iterator[str]) -> None:
        self.executemany("INSERT INTO figures (id, article_id, category, value, claimant_code, sentence, record)"
                         " VALUES (:id, :a, :c, :v, :cl, :s, :r)",
                         [{"id": f.id, "a": f.article, "c": f.category, "v": f.value,
                           "cl": f.claimant.code if f.claimant else None, "s": f.sentence, "r": next(encoded)}
                          for f in records.figures])

    def _write_places(self, records: ArticleRecords, encoded: Iterator[str]) -> None:
        self.executemany("INSERT INTO places (id, article_id, name, country, lat, lon, sentence, record)"
                         " VALUES (:id, :a, :n, :c, :lat, :lon, :s, :r)",
                         [{"id": p.id, "a": p.article, "n": p.name, "c": p.country, "lat": p.lat, "lon": p.lon,
                           "s": p.sentence, "r": next(encoded)} for p in records.places])

    def _write_times(self, records: ArticleRecords, encoded: Iterator[str]) -> None:
        self.executemany("INSERT INTO times (id, article_id, value, precision, future, sentence, record)"
                         " VALUES (:id, :a, :v, :p, :f, :s, :r)",
                         [{"id": t.id, "a": t.article, "v": t.value, "p": t.precision, "f": int(t.future),
                           "s": t.sentence, "r": next(encoded)} for t in records.times])

    # -- reads ---------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        return {table: self.query(f"SELECT COUNT(*) FROM {table}")[0][0]  # table names are constants
                for table in ("articles", "actors", "events", "quotes", "figures", "places", "times")}

    def top_dyads(self, limit: int = 10) -> list[tuple[str | None, str | None, int]]:
        return [tuple(r) for r in self.query(
            "SELECT source_code, target_code, COUNT(*) AS n FROM events WHERE source_code IS NOT NULL"
            " GROUP BY source_code, target_code ORDER BY n DESC, source_code, target_code LIMIT :limit",
            {"limit": limit})]

    def published_from_counts(self) -> dict[str, int]:
        """How stored articles got their date: {"given": n, "metadata": n, "today": n} (today: none found)."""
        out = {}
        for how in ("given", "metadata", "today"):  # the record's JSON is compact: '"published_from":"today"'
            n = self.query("SELECT COUNT(*) FROM articles WHERE record LIKE :p",
                           {"p": f'%"published_from":"{how}"%'})[0][0]
            if n:
                out[how] = n
        return out

    def iter_events(self, q: EventQuery) -> Iterator[dict]:
        """Every event matching a query's filters (its limit and offset ignored), oldest first: exports."""
        where, params = self._event_filters(q)
        cur = self.conn.cursor()
        cur.execute(self._sql(f"SELECT record FROM events {where} ORDER BY event_date, article_id, sentence, id"), params)
        for (rec,) in cur:
            yield json.loads(rec)

    def article_days(self) -> list[tuple[str, int]]:
        """(publication day, articles) for articles whose date was found, not assumed (see published_from)."""
        return [(d, int(n)) for d, n in self.query(
            "SELECT published, COUNT(*) FROM articles WHERE published IS NOT NULL AND record NOT LIKE :today"
            " GROUP BY published ORDER BY published", {"today": '%"published_from":"today"%'})]

    def events(self, q: EventQuery, newest_first: bool = False) -> list[dict]:
        where, params = self._event_filters(q)
        if not 0 < q.limit <= 10_000 or q.offset < 0:
            raise QueryError("limit", "limit must be 1..10000 and offset >= 0")
        params.update(limit=q.limit, offset=q.offset)
        order = " DESC" if newest_first else ""
        sql = (f"SELECT record FROM events {where} ORDER BY event_date{order}, article_id{order}, sentence{order},"
               f" id{order} LIMIT :limit OFFSET :offset")
        return [json.loads(r[0]) for r in self.query(sql, params)]

    def _event_filters(self, q: EventQuery) -> tuple[str, dict]:
        clauses, params = [], {}
        if q.actor:
            clauses.append("(source_code LIKE :actor OR target_code LIKE :actor)")
            params["actor"] = _prefix(q.actor)
        if q.source:
            clauses.append("source_code LIKE :source")
            params["source"] = _prefix(q.source)
        if q.target:
            clauses.append("target_code LIKE :target")
            params["target"] = _prefix(q.target)
        sides = [f"source_code LIKE :ac{i} OR target_code LIKE :ac{i}" for i in range(len(q.actor_codes))]
        params.update({f"ac{i}": _prefix(c) for i, c in enumerate(q.actor_codes)})
        sides += [f"record LIKE :ak{i}" for i in range(len(q.actor_kb_ids))]  # kb ids sit only in actor refs
        params.update({f"ak{i}": '%"kb_id":' + json.dumps(k) + "%" for i, k in enumerate(q.actor_kb_ids)})
        if sides:
            clauses.append("(" + " OR ".join(sides) + ")")
        if q.codes:
            clauses.append("code IN (" + ", ".join(f":cd{i}" for i in range(len(q.codes))) + ")")
            params.update({f"cd{i}": c for i, c in enumerate(q.codes)})
        for col, value in (("code", q.code), ("root", q.root), ("quadclass", q.quadclass), ("article_id", q.article),
                           ("country", q.country), ("modality", q.modality)):
            if value is not None and value != "":
                clauses.append(f"{col} = :{col}")
                params[col] = value
        add_date_range(clauses, params, "event_date", q.since, q.until)
        if q.text:
            clauses.append("record LIKE :text")
            params["text"] = "%" + q.text.replace("%", "").replace("_", "") + "%"
        return ("WHERE " + " AND ".join(clauses)) if clauses else "", params

    def records(self, kind: str, article: str | None = None) -> Iterator[dict]:
        """Every stored record of a kind, in a stable order (for exports)."""
        table = RECORD_TABLES.get(kind)
        if table is None:
            raise QueryError(kind, f"unknown record kind (one of {', '.join(RECORD_TABLES)})")
        art_col = "id" if kind == "article" else "article_id"
        where = f" WHERE {art_col} = :a" if article else ""
        order = "published, id" if kind == "article" else "article_id, id"
        cur = self.conn.cursor()
        cur.execute(self._sql(f"SELECT record FROM {table}{where} ORDER BY {order}"), {"a": article} if article else {})
        for (rec,) in cur:
            yield json.loads(rec)

    def article_text(self, article_id: str) -> str | None:
        rows = self.query("SELECT text FROM articles WHERE id = :id", {"id": article_id})
        return rows[0][0] if rows else None


def _prefix(code: str) -> str:
    code = code.strip().upper()
    if not code.replace("_", "").isalnum():
        raise QueryError(code, "actor codes are letters and digits only")
    return code + "%"


class _Transaction:
    def __init__(self, store: Store):
        self.store = store

    def __enter__(self):
        self.store._begin()
        return self.store

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.store.conn.commit()
        else:
            self.store.conn.rollback()
        return False


__all__ = ["Store", "EventQuery", "StoreError"]
