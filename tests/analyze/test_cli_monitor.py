"""`flashpoint analyze` and `flashpoint alerts` options."""

from __future__ import annotations

import json
from datetime import date

from flashpoint.analyze.synthetic import synthetic_stream
from flashpoint.cli import main
from flashpoint.store import open_store


def _fill(url, paused=True):
    with open_store(url) as store:
        if paused:
            with store.monitor_paused():
                for recs in synthetic_stream(300, start=date(2024, 1, 1), days=40, events_per_article=3, n_countries=5,
                                             seed=5):
                    store.write_article(recs)


def test_analyze_builds_the_monitor_tables_after_a_bulk_load(db_url, capsys):
    _fill(db_url)
    with open_store(db_url) as store:
        assert store.query("SELECT COUNT(*) FROM merged_events")[0][0] == 0
    assert main(["analyze", "--db", db_url]) == 0
    assert "merged events" in capsys.readouterr().err
    with open_store(db_url) as store:
        assert store.query("SELECT COUNT(*) FROM merged_events")[0][0] > 0


def test_alerts_as_json_lines_carry_the_explanation(db_url, capsys):
    _fill(db_url)
    main(["analyze", "--db", db_url])
    capsys.readouterr()
    assert main(["alerts", "--db", db_url, "--format", "jsonl", "--actor", "rus", "--limit", "2"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert lines and all("RUS" in (a["source"], a["target"]) or a["source"].startswith("RUS") for a in lines)
    assert all(a["events"] and a["summary"] for a in lines)


def test_alerts_options_are_checked(db_url, capsys):
    assert main(["alerts", "--db", db_url, "--min-severity", "severe"]) == 2
    assert main(["alerts", "--db", db_url, "--level", "city"]) == 2
    assert main(["alerts", "--db", db_url, "--deliver"]) == 2
    err = capsys.readouterr().err
    assert "severity is low, medium or high" in err and "no webhook URL" in err


def test_no_alerts_says_how_alerts_are_made(db_url, capsys):
    assert main(["alerts", "--db", db_url]) == 0
    assert "no alerts" in capsys.readouterr().out


def test_a_deferred_ingest_recomputes_the_monitor_once_at_the_end(tmp_path, capsys):
    """`ingest --defer-monitor` (backfills) ends with the same merged events, series and alerts as
    an ingest that kept them current article by article."""
    news = tmp_path / "news"
    news.mkdir()
    for i, (day, text) in enumerate([
            ("2024-03-04", "Russian forces shelled Kharkiv on Monday, Ukrainian officials said."),
            ("2024-03-04", "Russian artillery shelled Kharkiv on Monday, the regional governor said."),
            ("2024-03-05", "France and Germany signed a defence agreement in Paris on Tuesday.")]):
        (news / f"{i}.jsonl").write_text(json.dumps({"id": f"a{i}", "title": f"Report {i}", "text": text,
                                                     "published": day, "source": f"Outlet {i}"}) + "\n")
    tables = {}
    for mode in ("kept current", "deferred"):
        url = f"sqlite:///{tmp_path / (mode.replace(' ', '-') + '.db')}"
        args = ["ingest", "--quiet", "--db", url, str(news)] + (["--defer-monitor"] if mode == "deferred" else [])
        assert main(args) == 0
        with open_store(url) as store:
            tables[mode] = {t: store.query(f"SELECT * FROM {t} ORDER BY 1, 2") for t in ("merged_events", "dyad_day")}
    assert "monitor recomputed: merged events" in capsys.readouterr().err
    assert tables["deferred"] == tables["kept current"] and tables["deferred"]["merged_events"]


def test_alert_text_labels_codes_and_says_when_there_is_no_target():
    from flashpoint.analyze.explain import render_text, summary_line

    alert = {"day": "2005-03-02", "source": "GBR", "target": "", "level": "country", "severity": "low", "value": 3.0,
             "events": 2, "baseline_median": 0.0, "baseline_mad": 0.5, "score": 5.2}
    line = summary_line(alert)
    assert "GBR (statements and actions, no target)" in line and "->" not in line
    event = {"id": "e1", "source": {"code": "GBRGOV"}, "target": None, "code": "130", "location": None,
             "date": "2005-03-02", "intensity": 1.0, "num_mentions": 1, "num_articles": 1, "num_sources": 1, "reports": []}
    assert "GBRGOV 130 Threaten [THREATEN] (no target)" in render_text({"summary": line, "events": [event]})[1]
