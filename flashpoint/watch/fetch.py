"""Polite, bounded HTTP for the watcher, on httpx.

- conditional GET: a source's ETag and Last-Modified go back as If-None-Match / If-Modified-Since,
  and a 304 costs no parsing;
- per host: at most `per_host_rate` requests a second and `per_host_concurrency` in flight, so
  200 feeds on one site do not hammer it;
- bounded: connect/read timeouts, a whole-answer deadline (a server dripping one byte a second is
  cut off), a size cap checked on Content-Length and while streaming, and at most
  `max_redirects` redirects (a loop fails fast).

Every failure is a FetchError with a one-line reason and `transient` set when trying again later
can help (network errors, timeouts, HTTP 429 and 5xx) and unset when it cannot (404, too large).
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from flashpoint.errors import FetchError
from flashpoint.watch.sources import WatchSettings


@dataclass
class Fetched:
    url: str                     # the URL asked for
    status: int                  # 200 (body holds the answer) or 304 (not modified: body is empty)
    body: bytes
    final_url: str               # after redirects
    etag: str | None = None
    last_modified: str | None = None
    content_type: str = ""


def fetch_error(url: str, reason: str, transient: bool) -> FetchError:
    err = FetchError(url, reason)
    err.transient = transient
    return err


class HostGate:
    """At most `rate` request starts a second and `concurrency` requests at once, for one host."""

    def __init__(self, rate: float, concurrency: int):
        self.interval = 1.0 / rate
        self.slots = threading.BoundedSemaphore(concurrency)
        self.lock = threading.Lock()
        self.next_start = 0.0

    def __enter__(self):
        self.slots.acquire()
        with self.lock:
            now = time.monotonic()
            start = max(now, self.next_start)
            self.next_start = start + self.interval
        if start > now:
            time.sleep(start - now)
        return self

    def __exit__(self, *exc):
        self.slots.release()


class Fetcher:
    def __init__(self, settings: WatchSettings, transport: httpx.BaseTransport | None = None):
        self.settings = settings
        t = settings.timeout_seconds
        self.client = httpx.Client(
            timeout=httpx.Timeout(t, connect=min(t, 10.0)), follow_redirects=True,
            max_redirects=settings.max_redirects, headers={"User-Agent": settings.user_agent},
            limits=httpx.Limits(max_connections=max(4, settings.fetchers * 2)), transport=transport)
        self._gates: dict[str, HostGate] = {}
        self._gates_lock = threading.Lock()

    def gate(self, url: str) -> HostGate:
        host = (urlsplit(url).hostname or "").lower()
        with self._gates_lock:
            if host not in self._gates:
                self._gates[host] = HostGate(self.settings.per_host_rate, self.settings.per_host_concurrency)
            return self._gates[host]

    def get(self, url: str, max_bytes: int, etag: str | None = None, last_modified: str | None = None) -> Fetched:
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        deadline = time.monotonic() + 3 * self.settings.timeout_seconds
        try:
            with self.gate(url), self.client.stream("GET", url, headers=headers) as resp:
                if resp.status_code == 304:
                    return Fetched(url, 304, b"", str(resp.url), etag, last_modified)
                if resp.status_code != 200:
                    transient = resp.status_code == 429 or resp.status_code >= 500
                    raise fetch_error(url, f"HTTP {resp.status_code}", transient)
                declared = resp.headers.get("Content-Length", "")
                if declared.isdigit() and int(declared) > max_bytes:
                    raise fetch_error(url, f"answer is {int(declared) / 1e6:.1f} MB, over the "
                                           f"{max_bytes / 1e6:g} MB cap", False)
                chunks, size = [], 0
                for chunk in resp.iter_bytes():
                    size += len(chunk)
                    if size > max_bytes:
                        raise fetch_error(url, f"answer is over the {max_bytes / 1e6:g} MB cap", False)
                    if time.monotonic() > deadline:
                        raise fetch_error(url, "answer too slow (cut off at the whole-answer deadline)", True)
                    chunks.append(chunk)
                return Fetched(url, 200, b"".join(chunks), str(resp.url), resp.headers.get("ETag"),
                               resp.headers.get("Last-Modified"), resp.headers.get("Content-Type", ""))
        except FetchError:
            raise
        except httpx.TooManyRedirects:
            raise fetch_error(url, f"more than {self.settings.max_redirects} redirects (a loop?)", False) from None
        except httpx.TimeoutException as exc:
            raise fetch_error(url, f"timed out ({type(exc).__name__})", True) from None
        except httpx.UnsupportedProtocol:
            raise fetch_error(url, "redirected to a URL that is not http(s)", False) from None
        except (httpx.HTTPError, httpx.InvalidURL) as exc:
            raise fetch_error(url, f"{type(exc).__name__}: {str(exc)[:200]}", True) from None

    def close(self) -> None:
        self.client.close()
