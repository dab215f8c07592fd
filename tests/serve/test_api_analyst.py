"""The API as an analyst uses it: names for codes, more filters, labels, a window that opens on the news."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from fastapi.testclient import TestClient

from flashpoint.analyze.synthetic import EventSpec, article_records
from flashpoint.analyze.window import densest_window
from flashpoint.serve.app import create_app
from flashpoint.store import open_store


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    """Sixty articles over Jan-Mar 2005, one 2021 article, and a British domestic dispute."""
    url = f"sqlite:///{tmp_path_factory.mktemp('analyst') / 'a.db'}"
    with open_store(url) as store:
        for i in range(60):
            day = date(2005, 1, 3) + timedelta(days=i)
            store.write_article(article_records([EventSpec("RUSMIL", "UKR", "190", day, sentence=f"Russian forces attacked Ukraine ({i})."),
                                                 EventSpec("GBRGOV", "GBRLEG", "112", day, sentence=f"Ministers accused MPs ({i})."),
                                                 EventSpec("GBRGOV", None, "040", day, modality="negated",
                                                           sentence=f"The government did not meet ({i}).")], day))
        late = date(2021, 6, 1)
        store.write_article(article_records([EventSpec("IRNGOV", "ISR", "130", late, sentence="Iran warned Israel.")], late))
    with TestClient(create_app(url, token="t" * 32)) as c:
        yield c


def test_events_actor_by_name_resolves_to_code(client):
    items = client.get("/api/events", params={"actor": "Ukraine", "limit": 5}).json()["items"]
    assert items and all(e["target"]["code"] == "UKR" for e in items)


def test_an_unknown_actor_name_is_a_422_with_the_closest_names(client):
    resp = client.get("/api/events", params={"actor": "Ukrane"})
    assert resp.status_code == 422 and "E410" in resp.json()["detail"] and "Ukraine" in resp.json()["detail"]


def test_events_filter_by_plover_modality_and_country_name(client):
    def codes(**params):
        resp = client.get("/api/events", params={**params, "limit": 500})
        assert resp.status_code == 200, resp.text
        return {e["code"] for e in resp.json()["items"]}

    assert codes(plover="ASSAULT") == {"190"}
    assert codes(modality="negated") == {"040"}
    assert codes(root="19") == {"190"}
    assert client.get("/api/events", params={"root": "190"}).status_code == 422


def test_codes_carry_cameo_and_plover_labels(client):
    codes = client.get("/api/codes").json()
    assert codes["190"]["name"].startswith("Use conventional military force") and codes["190"]["plover"] == "ASSAULT"


def test_the_default_window_is_the_densest_stretch_of_publication_dates(client):
    summary = client.get("/api/summary").json()
    assert summary["default_until"].startswith("2005-") and summary["last_day"].startswith("2021-")
    dyads = client.get("/api/dyads").json()
    assert dyads["since"] == summary["default_since"] and dyads["edges"]


def test_the_country_network_drops_self_loops_unless_asked(client):
    edges = client.get("/api/dyads").json()["edges"]
    assert ("RUS", "UKR") in {(e["source"], e["target"]) for e in edges}
    assert all(e["source"] != e["target"] for e in edges)
    loops = client.get("/api/dyads", params={"self_loops": "true"}).json()["edges"]
    assert ("GBR", "GBR") in {(e["source"], e["target"]) for e in loops}


def test_densest_window_prefers_the_busy_period_over_a_late_outlier():
    days = [(f"2005-02-{d:02d}", 3) for d in range(1, 28)] + [("2021-06-01", 1)]
    assert densest_window(days, 90) == ("2004-11-30", "2005-02-27")
    assert densest_window([], 90) is None


@pytest.mark.slow
def test_a_posted_article_is_answered_once_queued_and_stored_by_the_writer(tmp_path, nlp):
    url = f"sqlite:///{tmp_path / 'w.db'}"
    auth = {"Authorization": "Bearer " + "t" * 32}
    body = {"text": "Russian troops attacked Ukrainian positions near Donetsk on Monday, officials said.",
            "published": "2024-02-14", "source": "Test Wire"}
    with TestClient(create_app(url, token="t" * 32, nlp_factory=lambda: nlp)) as c:
        resp = c.post("/api/articles", json=body, headers=auth)
        assert resp.status_code == 202 and resp.json()["status"] == "queued"
        assert c.post("/api/articles", json=body, headers=auth).json()["status"] in ("already queued", "already stored")
    # leaving the client shuts the server down: the writer stores what was queued before it exits
    with open_store(url) as store:
        assert store.pending_count() == 0
        (article,) = store.records("article")
        assert article["id"] == resp.json()["article"] and store.counts()["events"] >= 1


@pytest.mark.slow
def test_a_queued_article_left_by_a_stopped_server_is_stored_at_the_next_start(tmp_path, nlp):
    url = f"sqlite:///{tmp_path / 'w.db'}"
    with open_store(url) as store:
        assert store.enqueue_article("left-behind", "0" * 64, {"text": "Russia warned Ukraine on Friday.",
                                                                "published": "2021-04-02"}) == "queued"
    with TestClient(create_app(url, token="t" * 32, nlp_factory=lambda: nlp)):
        pass
    with open_store(url) as store:
        assert [a["id"] for a in store.records("article")] == ["left-behind"] and store.pending_count() == 0
