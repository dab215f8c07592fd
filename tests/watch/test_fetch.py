"""Fetching stays polite and bounded whatever the server does."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace

import pytest
from watch_server import Route

from flashpoint.errors import FetchError
from flashpoint.watch.fetch import Fetcher
from flashpoint.watch.sources import load_watch_settings

SETTINGS = replace(load_watch_settings(), timeout_seconds=1.0, max_redirects=3, per_host_rate=1000.0,
                   per_host_concurrency=2)


def test_conditional_get_sends_the_etag_back_and_a_304_has_no_body(server):
    server.routes["/a.rss"] = Route(body=b"<rss/>", etag='"v1"', last_modified="Mon, 04 Mar 2024 09:00:00 GMT")
    fetcher = Fetcher(SETTINGS)
    first = fetcher.get(server.url("/a.rss"), 10_000)
    again = fetcher.get(server.url("/a.rss"), 10_000, first.etag, first.last_modified)
    assert (first.status, first.body, first.etag) == (200, b"<rss/>", '"v1"')
    assert (again.status, again.body) == (304, b"")
    assert server.gets("/a.rss")[-1]["If-None-Match"] == '"v1"'
    assert server.gets("/a.rss")[-1]["If-Modified-Since"] == "Mon, 04 Mar 2024 09:00:00 GMT"


@pytest.mark.parametrize("route,reason,transient", [
    (Route(status=500), "HTTP 500", True),
    (Route(status=404), "HTTP 404", False),
    (Route(body=b"x" * 20_000), "over the 0.01 MB cap", False),          # declared too large
    (Route(stream_bytes=2_000_000), "over the 0.01 MB cap", False),       # no length, streamed: cut off
    (Route(redirect="/bad"), "more than 3 redirects", False),             # a loop
    (Route(body=b"late", delay=2.5), "timed out", True),
])
def test_a_misbehaving_server_is_one_fetch_error_saying_why(server, route, reason, transient):
    server.routes["/bad"] = route
    with pytest.raises(FetchError) as err:
        Fetcher(SETTINGS).get(server.url("/bad"), 10_000)
    assert reason in err.value.message
    assert err.value.transient is transient


def test_requests_to_one_host_never_exceed_its_concurrency_cap(server):
    for i in range(12):
        server.routes[f"/p{i}"] = Route(body=b"ok", delay=0.2)
    fetcher = Fetcher(replace(SETTINGS, per_host_concurrency=2))
    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(lambda i: fetcher.get(server.url(f"/p{i}"), 100).body, range(12)))
    assert results == [b"ok"] * 12
    assert server.max_in_flight == 2
