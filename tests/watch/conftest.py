"""Fixtures of the watch tests: a loopback feed server serving the tiny corpus, and settings."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import ARTICLES  # noqa: E402
from feedserver import FeedServer, Route, article_page, rss  # noqa: E402

MONITOR_CFG = HERE / "monitor_test.cfg"


@pytest.fixture
def server():
    s = FeedServer().start()
    for slug, title, text, day in ARTICLES:
        s.routes[f"/news/{slug}"] = Route(body=article_page(title, text, day))
    yield s
    s.stop()


def feed_of(server: FeedServer, slugs: list[str], path_prefix: str = "/news/") -> bytes:
    by_slug = {a[0]: a for a in ARTICLES}
    return rss([(by_slug[s][1], server.url(path_prefix + s), by_slug[s][3]) for s in slugs])


def write_sources(path: Path, server: FeedServer, feeds: list[str], every: str = "1s", extra: str = "") -> Path:
    path.write_text("".join(f'[[source]]\nurl = "{server.url(f)}"\nevery = "{every}"\noutlet = "{f.strip("/")}"\n\n'
                            for f in feeds) + extra, encoding="utf-8")
    return path
