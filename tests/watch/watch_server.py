"""A loopback web server for the watch tests: feeds that change, article pages, and bad behaviour
(304s, 500s, slow answers, malformed XML, huge pages, redirect loops), plus a webhook receiver.

    server = FeedServer().start()
    server.routes["/world.rss"] = Route(body=rss([...]), etag='"v1"')
    server.url("/world.rss")  # http://127.0.0.1:PORT/world.rss
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from email.utils import format_datetime
from datetime import datetime, timezone
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    etag: str | None = None
    last_modified: str | None = None
    delay: float = 0.0                 # seconds before answering (a slow server)
    redirect: str | None = None        # Location of a 302
    stream_bytes: int = 0              # a huge answer: this many bytes, no Content-Length


@dataclass
class FeedServer:
    routes: dict[str, Route] = field(default_factory=dict)
    requests: list[tuple[str, str, dict]] = field(default_factory=list)   # (method, path, headers)
    posted: list[tuple[dict, bytes]] = field(default_factory=list)        # webhook POSTs that got a 2xx
    fail_posts: int = 0                                                   # answer the next N POSTs with 500
    in_flight: int = 0
    max_in_flight: int = 0

    def start(self) -> "FeedServer":
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                with server.lock:
                    server.requests.append(("GET", self.path, dict(self.headers)))
                try:
                    self._answer(server.routes.get(self.path))
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def _working(self, seconds: float) -> None:
                """The server works on a request (its delay), counted in flight until the answer is written:
                not until this thread returns, by which time the client may have read the answer and sent
                its next request."""
                with server.lock:
                    server.in_flight += 1
                    server.max_in_flight = max(server.max_in_flight, server.in_flight)
                try:
                    time.sleep(seconds)
                finally:
                    with server.lock:
                        server.in_flight -= 1

            def _answer(self, route):
                if route is None:
                    self.send_error(404)
                    return
                self._working(route.delay)
                if route.redirect:
                    self.send_response(302)
                    self.send_header("Location", route.redirect)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                if route.etag and self.headers.get("If-None-Match") == route.etag:
                    self.send_response(304)
                    self.end_headers()
                    return
                self.send_response(route.status)
                self.send_header("Content-Type", route.content_type)
                if route.etag:
                    self.send_header("ETag", route.etag)
                if route.last_modified:
                    self.send_header("Last-Modified", route.last_modified)
                if route.stream_bytes:
                    self.send_header("Connection", "close")
                    self.end_headers()
                    chunk = b"<p>" + b"x" * 65_530 + b"</p>"
                    for _ in range(route.stream_bytes // len(chunk)):
                        self.wfile.write(chunk)
                    return
                self.send_header("Content-Length", str(len(route.body)))
                self.end_headers()
                self.wfile.write(route.body)

            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                with server.lock:
                    server.requests.append(("POST", self.path, dict(self.headers)))
                    fail = server.fail_posts > 0
                    if fail:
                        server.fail_posts -= 1
                    else:
                        server.posted.append((dict(self.headers), body))
                self.send_response(500 if fail else 200)
                self.send_header("Content-Length", "0")
                self.end_headers()

        self.lock = threading.Lock()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return self

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}{path}"

    def gets(self, path: str) -> list[dict]:
        with self.lock:
            return [h for m, p, h in self.requests if m == "GET" and p == path]

    def alerts(self) -> list[dict]:
        with self.lock:
            return [json.loads(body) for _, body in self.posted]

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def rss(items: list[tuple], title: str = "Test Wire") -> bytes:
    """An RSS 2.0 feed of (title, link, YYYY-MM-DD[, description]) items (the description defaults to the title)."""
    entries = "".join(
        f"<item><title>{escape(t)}</title><link>{escape(link)}</link>"
        f"<pubDate>{format_datetime(datetime.fromisoformat(day).replace(hour=9, tzinfo=timezone.utc))}</pubDate>"
        f"<description>{escape(rest[0] if rest else t)}</description></item>" for t, link, day, *rest in items)
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{escape(title)}</title>'
            f"<link>http://127.0.0.1/</link><description>test</description>{entries}</channel></rss>").encode()


def article_page(title: str, text: str, day: str) -> bytes:
    paras = "".join(f"<p>{escape(p)}</p>" for p in text.split("\n\n"))
    return (f'<!doctype html><html><head><meta charset="utf-8"><title>{escape(title)}</title>'
            f'<meta property="article:published_time" content="{day}T09:00:00Z"></head>'
            f"<body><nav><a href='/'>Home</a></nav><article><h1>{escape(title)}</h1>{paras}</article>"
            f"<footer>Test Wire</footer></body></html>").encode()
