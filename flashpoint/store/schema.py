"""The store's schema as named, versioned migrations (applied once, recorded in fp_migrations).

SQL here is the common subset of SQLite and PostgreSQL, so both backends share it. Each record
table keeps the full record as JSON in `record` (what exports and the API return, byte for byte)
plus the indexed columns that queries filter on.
"""

from __future__ import annotations

MIGRATIONS: list[tuple[str, list[str]]] = [
    ("0001_initial", [
        """CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            content_hash TEXT NOT NULL UNIQUE,
            title TEXT,
            published TEXT,
            source TEXT,
            url TEXT,
            path TEXT,
            text TEXT NOT NULL,
            ingested_at TEXT NOT NULL,
            record TEXT NOT NULL
        )""",
        "CREATE INDEX idx_articles_published ON articles (published)",
        """CREATE TABLE sentences (
            article_id TEXT NOT NULL REFERENCES articles (id),
            idx INTEGER NOT NULL,
            start_char INTEGER NOT NULL,
            end_char INTEGER NOT NULL,
            PRIMARY KEY (article_id, idx)
        )""",
        """CREATE TABLE actors (
            id TEXT PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles (id),
            name TEXT NOT NULL,
            code TEXT,
            kb_id TEXT,
            record TEXT NOT NULL
        )""",
        "CREATE INDEX idx_actors_article ON actors (article_id)",
        "CREATE INDEX idx_actors_code ON actors (code)",
        """CREATE TABLE mentions (
            actor_id TEXT NOT NULL REFERENCES actors (id),
            article_id TEXT NOT NULL REFERENCES articles (id),
            text TEXT NOT NULL,
            PRIMARY KEY (actor_id, text)
        )""",
        """CREATE TABLE events (
            id TEXT PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles (id),
            event_date TEXT,
            source_code TEXT,
            source_name TEXT,
            target_code TEXT,
            target_name TEXT,
            code TEXT NOT NULL,
            root TEXT NOT NULL,
            quadclass INTEGER NOT NULL,
            goldstein REAL NOT NULL,
            modality TEXT NOT NULL,
            country TEXT,
            lat REAL,
            lon REAL,
            sentence INTEGER NOT NULL,
            ev_start INTEGER NOT NULL,
            ev_end INTEGER NOT NULL,
            rule TEXT,
            confidence REAL,
            record TEXT NOT NULL
        )""",
        "CREATE INDEX idx_events_article ON events (article_id)",
        "CREATE INDEX idx_events_date ON events (event_date)",
        "CREATE INDEX idx_events_dyad ON events (source_code, target_code, event_date)",
        "CREATE INDEX idx_events_code ON events (code)",
        "CREATE INDEX idx_events_root ON events (root, event_date)",
        """CREATE TABLE quotes (
            id TEXT PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles (id),
            speaker_code TEXT,
            speaker_name TEXT,
            sentence INTEGER NOT NULL,
            record TEXT NOT NULL
        )""",
        "CREATE INDEX idx_quotes_article ON quotes (article_id)",
        """CREATE TABLE figures (
            id TEXT PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles (id),
            category TEXT NOT NULL,
            value REAL NOT NULL,
            claimant_code TEXT,
            sentence INTEGER NOT NULL,
            record TEXT NOT NULL
        )""",
        "CREATE INDEX idx_figures_article ON figures (article_id)",
        """CREATE TABLE places (
            id TEXT PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles (id),
            name TEXT NOT NULL,
            country TEXT,
            lat REAL,
            lon REAL,
            sentence INTEGER NOT NULL,
            record TEXT NOT NULL
        )""",
        "CREATE INDEX idx_places_article ON places (article_id)",
    ]),
    # The monitor (flashpoint/analyze): merged events with their reports, the dyad_day aggregate,
    # escalation alerts; plus an index that serves event pages in their documented order.
    ("0002_monitor", [
        """CREATE TABLE merged_events (
            id TEXT PRIMARY KEY,
            merge_key TEXT NOT NULL,
            day TEXT NOT NULL,
            end_day TEXT NOT NULL,
            source_code TEXT,
            target_code TEXT,
            src_country TEXT NOT NULL,
            tgt_country TEXT NOT NULL,
            src_role TEXT NOT NULL,
            tgt_role TEXT NOT NULL,
            code TEXT NOT NULL,
            root TEXT NOT NULL,
            quadclass INTEGER NOT NULL,
            goldstein REAL NOT NULL,
            intensity REAL NOT NULL,
            country TEXT,
            lat REAL,
            lon REAL,
            num_mentions INTEGER NOT NULL,
            num_articles INTEGER NOT NULL,
            num_sources INTEGER NOT NULL,
            representative TEXT NOT NULL,
            record TEXT NOT NULL
        )""",
        "CREATE INDEX idx_merged_key ON merged_events (merge_key, day)",
        "CREATE INDEX idx_merged_country ON merged_events (src_country, tgt_country, day)",
        "CREATE INDEX idx_merged_role ON merged_events (src_role, tgt_role, day)",
        "CREATE INDEX idx_merged_day ON merged_events (day)",
        """CREATE TABLE event_mentions (
            event_id TEXT PRIMARY KEY REFERENCES events (id),
            merged_id TEXT NOT NULL,
            merge_key TEXT NOT NULL,
            article_id TEXT NOT NULL REFERENCES articles (id),
            outlet TEXT NOT NULL,
            day TEXT NOT NULL,
            confidence REAL NOT NULL
        )""",
        "CREATE INDEX idx_event_mentions_merged ON event_mentions (merged_id)",
        """CREATE TABLE dyad_day (
            level TEXT NOT NULL,
            source TEXT NOT NULL,
            target TEXT NOT NULL,
            day TEXT NOT NULL,
            events INTEGER NOT NULL,
            q1 INTEGER NOT NULL,
            q2 INTEGER NOT NULL,
            q3 INTEGER NOT NULL,
            q4 INTEGER NOT NULL,
            goldstein REAL NOT NULL,
            intensity REAL NOT NULL,
            mentions INTEGER NOT NULL,
            PRIMARY KEY (level, source, target, day)
        )""",
        # covering: the dyad network sums a period's rows from the index alone
        "CREATE INDEX idx_dyad_day_day ON dyad_day (level, day, source, target, events, goldstein, intensity,"
        " q1, q2, q3, q4)",
        "CREATE INDEX idx_dyad_day_source ON dyad_day (level, source, day)",  # one actor against everyone
        """CREATE TABLE alerts (
            id TEXT PRIMARY KEY,
            level TEXT NOT NULL,
            source TEXT NOT NULL,
            target TEXT NOT NULL,
            day TEXT NOT NULL,
            value REAL NOT NULL,
            events INTEGER NOT NULL,
            baseline_median REAL NOT NULL,
            baseline_mad REAL NOT NULL,
            score REAL NOT NULL,
            severity TEXT NOT NULL,
            severity_rank INTEGER NOT NULL,
            first_seen TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            delivered_at TEXT,
            delivered_rank INTEGER
        )""",
        "CREATE INDEX idx_alerts_day ON alerts (day)",
        "CREATE INDEX idx_alerts_dyad ON alerts (level, source, target, day)",
        "CREATE INDEX idx_events_page ON events (event_date, article_id, sentence, id)",
    ]),
    # Time expressions (records.Time): the ISO value and precision, searchable by value.
    ("0004_times", [
        """CREATE TABLE times (
            id TEXT PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles (id),
            value TEXT,
            precision TEXT NOT NULL,
            future INTEGER NOT NULL,
            sentence INTEGER NOT NULL,
            record TEXT NOT NULL
        )""",
        "CREATE INDEX idx_times_article ON times (article_id)",
    ]),
    # Articles POSTed to the API wait here (the request is answered once the row is written) until
    # the server's writer extracts and stores them; store/write_queue.py.
    ("0009_write_queue", [
        """CREATE TABLE pending_articles (
            id TEXT PRIMARY KEY,
            input TEXT NOT NULL,
            queued_at TEXT NOT NULL
        )""",
    ]),
    # `flashpoint watch` (flashpoint/watch): each source's polling state, the item URLs it has seen,
    # and the alert outbox (one row per alert delivery and sink, kept until delivered). Times are
    # Unix seconds (REAL); counts of items seen and stored are read from watch_items.
    ("0020_watch", [
        """CREATE TABLE watch_sources (
            id TEXT PRIMARY KEY,
            location TEXT NOT NULL,
            kind TEXT NOT NULL,
            outlet TEXT,
            etag TEXT,
            last_modified TEXT,
            last_poll REAL,
            last_status TEXT,
            next_poll REAL,
            failures INTEGER NOT NULL,
            failures_total INTEGER NOT NULL,
            last_error TEXT
        )""",
        """CREATE TABLE watch_items (
            source_id TEXT NOT NULL,
            url TEXT NOT NULL,
            outcome TEXT NOT NULL,
            article_id TEXT,
            seen_at REAL NOT NULL,
            PRIMARY KEY (source_id, url)
        )""",
        """CREATE TABLE watch_state (
            name TEXT PRIMARY KEY,
            value TEXT NOT NULL
        )""",
        """CREATE TABLE outbox (
            id TEXT NOT NULL,
            sink TEXT NOT NULL,
            alert_id TEXT NOT NULL,
            severity_rank INTEGER NOT NULL,
            payload TEXT NOT NULL,
            created_at REAL NOT NULL,
            attempts INTEGER NOT NULL,
            next_attempt REAL NOT NULL,
            delivered_at REAL,
            last_error TEXT,
            PRIMARY KEY (id, sink)
        )""",
        "CREATE INDEX idx_outbox_pending ON outbox (delivered_at, next_attempt)",
        "CREATE INDEX idx_outbox_alert ON outbox (alert_id, severity_rank)",
        "CREATE INDEX idx_articles_url ON articles (url)",  # "is this URL stored?" per new feed item
        "CREATE INDEX idx_articles_ingested ON articles (ingested_at)",  # the periodic export's window
    ]),
]

RECORD_TABLES = {"article": "articles", "actor": "actors", "event": "events", "quote": "quotes",
                 "figure": "figures", "place": "places", "time": "times"}
