"""The HTTP API: validated reads of stored JSON, provenance, series, alerts; token-guarded writes."""

from __future__ import annotations

import json
import re

import pytest
from fastapi.testclient import TestClient

from flashpoint.analyze.config import load_monitor_settings
from flashpoint.serve.app import STATIC_DIR, create_app

TOKEN = "test-token-0123456789abcdef"
HAND_DAY = "2025-07-30"  # the hand-written article of conftest.hand_article


@pytest.fixture(scope="module")
def client(monitor_db):
    with TestClient(create_app(monitor_db, token=TOKEN)) as c:
        yield c


def test_event_pages_carry_the_stored_record_json_unchanged(client, monitor_db):
    from flashpoint.store import open_store

    resp = client.get("/api/events", params={"limit": 100})
    assert resp.status_code == 200 and resp.headers["content-type"] == "application/json"
    page = resp.json()
    assert len(page["items"]) == 100 and page["next_offset"] == 100
    first = page["items"][0]
    with open_store(monitor_db, migrate=False) as store:
        stored = store.query("SELECT record FROM events WHERE id = :id", {"id": first["id"]})[0][0]
    assert stored in resp.text
    dates = [e["date"] for e in page["items"]]
    assert dates == sorted(dates, reverse=True)


@pytest.mark.parametrize("params, check", [
    ({"actor": "RUS"}, lambda e: any((e[k] or {}).get("code", "").startswith("RUS") for k in ("source", "target"))),
    ({"source": "UKRGOV"}, lambda e: e["source"]["code"].startswith("UKRGOV")),
    ({"code": "195"}, lambda e: e["code"] == "195"),
    ({"root": "19"}, lambda e: e["root"] == "19"),
    ({"quadclass": 3}, lambda e: e["quadclass"] == 3),
    ({"since": "2025-07-01", "until": "2025-07-02"}, lambda e: "2025-07-01" <= e["date"] <= "2025-07-02"),
    ({"place": "UKR"}, lambda e: e["location"]["country"] == "UKR"),
    ({"text": "accused Moscow"}, lambda e: "accused Moscow" in e["evidence"]["text"]),
])
def test_event_filters(client, params, check):
    items = client.get("/api/events", params={**params, "limit": 200}).json()["items"]
    assert items and all(check(e) for e in items)


def test_offset_pages_do_not_overlap(client):
    a = client.get("/api/events", params={"limit": 20}).json()
    b = client.get("/api/events", params={"limit": 20, "offset": a["next_offset"]}).json()
    assert not {e["id"] for e in a["items"]} & {e["id"] for e in b["items"]}


@pytest.mark.parametrize("path, params", [
    ("/api/events", {"since": "2025-02-30"}),
    ("/api/events", {"since": "yesterday"}),
    ("/api/events", {"limit": 0}),
    ("/api/events", {"limit": 5000}),       # over [serve] max_limit
    ("/api/events", {"code": "19x"}),
    ("/api/events", {"actor": "RUS' OR 1=1 --"}),
    ("/api/events", {"quadclass": 7}),
    ("/api/series", {}),                    # source is required
    ("/api/series", {"source": "RUS", "level": "city"}),
    ("/api/series", {"source": "RUS", "since": "2025-05-01", "until": "2025-04-01"}),
    ("/api/alerts", {"min_severity": "extreme"}),
    ("/api/records/not-an-id", {}),
])
def test_invalid_parameters_are_rejected_before_any_query(client, path, params):
    resp = client.get(path, params=params)
    assert resp.status_code == 422, resp.text


def test_a_record_comes_with_its_provenance(client):
    event = client.get("/api/events", params={"text": "shelled Ukrainian positions"}).json()["items"][0]
    body = client.get(f"/api/records/{event['id']}").json()
    assert body["kind"] == "event" and body["record"] == event
    prov = body["provenance"]
    assert prov["sentence"]["text"] == event["evidence"]["text"]
    assert prov["evidence"] == {"start": event["evidence"]["start"], "end": event["evidence"]["end"],
                                "text": event["evidence"]["text"]}
    assert prov["rule"] == "synthetic" and prov["article"]["source"] == "Kyiv Independent"
    assert prov["merged_event"]
    figure = client.get(f"/api/articles/{event['article']}").json()["figures"][0]
    fprov = client.get(f"/api/records/{figure['id']}").json()["provenance"]
    assert "12 soldiers" in fprov["sentence"]["text"] and fprov["evidence"]["text"] == "12 soldiers"


def test_event_provenance_lists_every_report_of_the_merged_event(client):
    event = client.get("/api/events", params={"text": "shelled Ukrainian positions"}).json()["items"][0]
    body = client.get(f"/api/events/{event['id']}/provenance").json()
    assert body["merged"]["id"] and body["merged"]["num_mentions"] == len(body["reports"]) >= 1
    assert event["id"] in {r["event"]["id"] for r in body["reports"]}
    assert client.get("/api/events/0123456789abcdef/provenance").status_code == 404


def test_gdelt_events_show_their_source_url_as_provenance(client):
    event = client.get("/api/events", params={"text": "gdelt:import", "limit": 1}).json()["items"][0]
    prov = client.get(f"/api/records/{event['id']}").json()["provenance"]
    assert prov["rule"] == "gdelt:import" and prov["article"]["url"].startswith("http")


def test_articles_list_and_read_with_all_their_records(client):
    page = client.get("/api/articles", params={"text": "Fighting flared", "limit": 5}).json()
    art = next(a for a in page["items"] if a["source"] == "Kyiv Independent")
    full = client.get(f"/api/articles/{art['id']}").json()
    assert full["article"]["text"].startswith("Fighting flared again")
    assert len(full["events"]) == 2 and len(full["figures"]) == 1 and full["actors"]
    assert client.get("/api/articles/nope").status_code == 404


def test_actors_are_listed_most_frequent_first(client):
    items = client.get("/api/actors", params={"code": "RUS", "limit": 10}).json()["items"]
    assert items and all(a["code"].startswith("RUS") for a in items)
    counts = [a["articles"] for a in items]
    assert counts == sorted(counts, reverse=True)


def test_series_are_daily_zero_filled_and_carry_their_alerts(client):
    body = client.get("/api/series", params={"source": "RUS", "target": "UKR", "since": "2025-04-10",
                                             "until": "2025-08-06"}).json()
    assert len(body["points"]) == 119 and body["points"][0]["day"] == "2025-04-10"
    assert sum(p["events"] for p in body["points"]) > 0
    assert {"q1", "q2", "q3", "q4", "goldstein_sum", "goldstein_mean", "intensity"} <= set(body["points"][0])
    assert body["alerts"] and all(a["source"] == "RUS" and a["target"] == "UKR" for a in body["alerts"])
    role = client.get("/api/series", params={"source": "RUSMIL", "target": "UKRMIL", "level": "role",
                                             "since": "2025-04-10", "until": "2025-08-06"}).json()
    assert sum(p["events"] for p in role["points"]) > 0


def test_alerts_are_explained_with_events_and_sentences(client):
    page = client.get("/api/alerts", params={"limit": 5}).json()
    assert page["items"]
    alert = page["items"][0]
    assert alert["summary"].startswith(alert["day"]) and alert["method"]["baseline_days"] == 28
    assert alert["events"] and alert["events"][0]["reports"][0]["sentence"]
    one = client.get(f"/api/alerts/{alert['id']}").json()
    assert one["id"] == alert["id"] and len(one["events"]) >= len(alert["events"])


def test_the_dyad_network_and_the_map_have_data(client):
    graph = client.get("/api/dyads", params={"since": "2025-04-10", "until": "2025-08-07"}).json()
    assert graph["edges"] and {e["source"] for e in graph["edges"]} <= {n["id"] for n in graph["nodes"]}
    assert all(-10 <= e["goldstein_mean"] <= 10 for e in graph["edges"])
    places = client.get("/api/locations", params={"since": "2025-04-10", "until": "2025-08-07"}).json()["items"]
    assert any(p["name"] == "Kharkiv" for p in places) and all(-90 <= p["lat"] <= 90 for p in places)


def test_casualties_reach_the_event_table_and_the_map(client):
    events = client.get("/api/events", params={"since": "2025-07-30", "until": "2025-07-30", "text": "killing 12",
                                               "limit": 5}).json()["items"]
    assert [e["casualties"]["killed"]["best"] for e in events] == [12]
    assert events[0]["casualties"]["killed"]["claims"][0]["text"] == "12 soldiers"
    places = client.get("/api/locations", params={"since": "2025-07-30", "until": "2025-07-30"}).json()["items"]
    assert [p["killed"] for p in places if p["name"] == "Kharkiv"] == [12]
    schema = client.get("/api/openapi.json").json()["components"]["schemas"]
    assert {"killed", "injured"} <= set(schema["Casualties"]["properties"])
    article = client.get(f"/api/articles/{events[0]['article']}").json()["article"]
    assert article["casualties"]["killed"]["best"] == 12  # the article carries the summary too


def test_writes_need_the_bearer_token(client):
    assert client.post("/api/articles", json={"text": "Russia warned Ukraine."}).status_code == 401
    assert client.post("/api/articles", json={}).status_code == 401  # even an invalid body: auth comes first
    wrong = client.post("/api/articles", json={"text": "x"}, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401 and wrong.headers["www-authenticate"] == "Bearer"
    basic = client.post("/api/articles", json={"text": "x"}, headers={"Authorization": "Basic " + TOKEN})
    assert basic.status_code == 401


def test_no_token_configured_means_no_writes(monitor_db, monkeypatch):
    monkeypatch.delenv("FLASHPOINT_API_TOKEN", raising=False)
    with TestClient(create_app(monitor_db)) as c:
        assert c.post("/api/articles", json={"text": "x"}, headers={"Authorization": "Bearer "}).status_code == 401


@pytest.mark.slow
def test_a_posted_article_goes_through_the_pipeline_into_the_store(tmp_path, nlp):
    url = f"sqlite:///{tmp_path / 'w.db'}"
    with TestClient(create_app(url, token=TOKEN, nlp_factory=lambda: nlp)) as c:
        body = {"text": "Russian troops attacked Ukrainian positions near Donetsk on Monday, officials said.",
                "title": "Attack near Donetsk", "published": "2024-02-14", "source": "Test Wire"}
        auth = {"Authorization": f"Bearer {TOKEN}"}
        resp = c.post("/api/articles", json=body, headers=auth, params={"wait": "true"})
        assert resp.status_code == 201 and resp.json()["stored"] is True
        art = resp.json()["article"]
        assert c.get(f"/api/articles/{art}").json()["article"]["title"] == "Attack near Donetsk"
        again = c.post("/api/articles", json=body, headers=auth, params={"wait": "true"}).json()
        assert again["stored"] is False and again["status"] == "already stored"  # same text: kept once
        assert c.post("/api/articles", json={**body, "published": "2024-02-30"}, headers=auth).status_code == 422


def test_cors_is_closed_unless_origins_are_configured(monitor_db, client):
    resp = client.get("/api/health", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in resp.headers
    pre = client.options("/api/events", headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "GET"})
    assert "access-control-allow-origin" not in pre.headers
    settings = load_monitor_settings()
    from dataclasses import replace

    open_settings = replace(settings, serve=replace(settings.serve, cors_origins=("https://analyst.example",)))
    with TestClient(create_app(monitor_db, open_settings, token=TOKEN)) as c:
        ok = c.get("/api/health", headers={"Origin": "https://analyst.example"})
        assert ok.headers["access-control-allow-origin"] == "https://analyst.example"


def test_the_dashboard_page_loads_only_local_files_under_a_strict_policy(client):
    page = client.get("/")
    assert page.status_code == 200 and "default-src 'self'" in page.headers["content-security-policy"]
    refs = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert refs and all(r.startswith("/static/") or r == "data:," for r in refs)
    for r in refs:
        if r.startswith("/static/"):
            assert client.get(r).status_code == 200, r
    assert client.get("/static/vendor/countries-110m.json").json()["type"] == "Topology"
    app_js = (STATIC_DIR / "app.js").read_text(encoding="utf-8")
    assert "innerHTML" not in app_js.replace("never innerHTML", "")


def test_the_openapi_document_lists_every_endpoint(client):
    paths = set(client.get("/api/openapi.json").json()["paths"])
    assert {"/api/events", "/api/articles", "/api/actors", "/api/series", "/api/alerts", "/api/records/{record_id}",
            "/api/events/{event_id}/provenance", "/api/dyads", "/api/locations"} <= paths


def test_the_hand_article_day_is_in_the_store(client):
    items = client.get("/api/events", params={"since": HAND_DAY, "until": HAND_DAY,
                                             "source": "UKRGOV"}).json()["items"]
    assert any("<script>" in e["evidence"]["text"] for e in items)  # stored as text; the page escapes it
    json.dumps(items)
