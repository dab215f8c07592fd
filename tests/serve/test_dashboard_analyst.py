"""The dashboard as an analyst opens it (headless Chromium): on the news, with the view in the URL,
a CSV of the view, a map legend, code labels and statements shown apart."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from test_dashboard_browser import browser, open_dashboard, start_server, wait_views  # noqa: F401  (shared fixtures)

from flashpoint.analyze.synthetic import EventSpec, article_records
from flashpoint.store import open_store

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture(scope="module")
def season(tmp_path_factory):
    """Forty articles over Jan-Apr 2005 (one mentions 2015), then a single article of 2021."""
    url = f"sqlite:///{tmp_path_factory.mktemp('season') / 'season.db'}"
    with open_store(url) as store:
        for i in range(40):
            day = date(2005, 1, 4) + timedelta(days=3 * i)
            store.write_article(article_records([
                EventSpec("GBRGOV", "IRQ", "112", day, place="Gaza", sentence=f"Britain accused Iraq [/] ({i})."),
                EventSpec("GBRGOV", None, "130", day, sentence=f"The government warned ({i})."),
                EventSpec("GBRGOV", "GBRLEG", "112", day, sentence=f"Ministers accused MPs ({i})."),
            ] + ([EventSpec("GBRGOV", "IRQ", "130", date(2015, 1, 1), sentence="By 2015 Britain warned Iraq.")]
                 if i == 5 else []), day))
        late = date(2021, 6, 1)
        store.write_article(article_records([EventSpec("IRNGOV", "ISR", "130", late, sentence="Iran warned Israel.")],
                                            late))
    return url


@pytest.fixture(scope="module")
def dashboard(browser, season):  # noqa: F811
    base, stop = start_server(season)
    yield base
    stop()


def test_the_dashboard_opens_on_the_densest_stretch_of_publication_dates(browser, dashboard):  # noqa: F811
    pg = open_dashboard(browser, dashboard)
    try:
        assert pg.errors == []
        assert pg.input_value("#f-until").startswith("2005-") and pg.input_value("#f-since").startswith("2005-")
        assert pg.locator("#events tbody tr").count() >= 10
        first_day = pg.locator("#events tbody tr td").first.inner_text()
        assert first_day == pg.input_value("#f-until")  # newest first, and the window ends on the last article
        assert "since=2005-" in pg.url  # the view lives in the URL
        assert pg.locator(".map-legend").count() == 1 and "Goldstein" in pg.inner_text(".map-legend")
        table = pg.inner_text("#events")
        assert "112 Accuse [ACCUSE]" in table and "(statement)" in table and "[/]" in table
        href = pg.get_attribute("#csv", "href")
        assert href.startswith("/api/events?") and "format=csv" in href
        csv = pg.request.get(dashboard.rstrip("/") + href)
        assert csv.ok and csv.text().startswith("kind,id,article,date,")
    finally:
        pg.close()


def test_a_link_with_filters_reopens_the_same_view(browser, dashboard):  # noqa: F811
    pg = open_dashboard(browser, dashboard)
    try:
        pg.goto(dashboard + "?since=2005-01-01&until=2005-04-30&actor=Iraq&quadclass=3")
        wait_views(pg)
        assert pg.input_value("#f-actor") == "Iraq" and pg.input_value("#f-quadclass") == "3"
        rows = pg.locator("#events tbody tr").all_inner_texts()
        assert rows and all("IRQ" in r for r in rows)
        assert pg.errors == []
    finally:
        pg.close()
