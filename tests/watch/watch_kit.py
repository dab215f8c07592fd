"""Helpers of the watch tests: the test monitor settings, feeds of the corpus, sources files."""

from __future__ import annotations

from pathlib import Path

from watch_corpus import ARTICLES
from watch_server import FeedServer, rss

MONITOR_CFG = Path(__file__).resolve().parent / "monitor_test.cfg"


def feed_of(server: FeedServer, slugs: list[str], path_prefix: str = "/news/") -> bytes:
    by_slug = {a[0]: a for a in ARTICLES}
    return rss([(by_slug[s][1], server.url(path_prefix + s), by_slug[s][3]) for s in slugs])


def write_sources(path: Path, server: FeedServer, feeds: list[str], every: str = "1s", extra: str = "") -> Path:
    path.write_text("".join(f'[[source]]\nurl = "{server.url(f)}"\nevery = "{every}"\noutlet = "{f.strip("/")}"\n\n'
                            for f in feeds) + extra, encoding="utf-8")
    return path
