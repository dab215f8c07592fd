"""Open the dashboard on a store in headless Chromium and save a screenshot (docs/dashboard.png).

    .venv/bin/python scripts/dashboard_screenshot.py sqlite:///season.db docs/dashboard.png [QUERY]

QUERY is the view's URL state (e.g. "actor=Blair"); without it the dashboard opens on its default
window, the densest recent stretch of article publication dates. Prints what each view shows.
"""

from __future__ import annotations

import socket
import sys
import threading
import time

import uvicorn
from playwright.sync_api import sync_playwright

from flashpoint.serve.app import create_app

CHROMIUM = "/usr/bin/chromium"
VIEWS = ("network", "series", "map", "alerts", "events")


def main(db_url: str, out: str, query: str = "") -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db_url, token="screenshot-token-0123456789"), host="127.0.0.1",
                                           port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox", "--disable-gpu"])
            page = browser.new_page(viewport={"width": 1400, "height": 1250})
            errors: list[str] = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(f"http://127.0.0.1:{port}/" + (f"?{query}" if query else ""))
            for view in VIEWS:
                page.wait_for_selector(f"body[data-{view}='ready']", state="attached", timeout=30_000)
            page.wait_for_timeout(1500)  # let the force layout settle
            page.screenshot(path=out)
            print(f"window {page.input_value('#f-since')} .. {page.input_value('#f-until')}; "
                  f"status: {page.inner_text('#status')}")
            print(f"network edges drawn: {page.locator('#network canvas').count()} canvas; map markers: "
                  f"{page.locator('#map path.event-marker').count()}; alerts: {page.locator('#alerts li').count()}; "
                  f"event rows: {page.locator('#events tbody tr').count()}; url: {page.url}")
            print(f"page errors: {errors or 'none'}; screenshot: {out}")
            browser.close()
    finally:
        server.should_exit = True
        thread.join(10)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
