"""Fixtures of the watch tests: a loopback feed server serving the tiny corpus, and settings."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from watch_corpus import ARTICLES  # noqa: E402
from watch_server import FeedServer, Route, article_page  # noqa: E402


@pytest.fixture
def server():
    s = FeedServer().start()
    for slug, title, text, day in ARTICLES:
        s.routes[f"/news/{slug}"] = Route(body=article_page(title, text, day))
    yield s
    s.stop()
