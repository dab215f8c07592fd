"""`flashpoint extract` output follows ../shared/design/records.md: kinds, required fields, links."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

REQUIRED = {
    "article": {"id", "title", "published", "source", "casualties"},
    "actor": {"name", "code", "mentions", "kb_id"},
    "event": {"id", "date", "source", "target", "code", "root", "goldstein", "quadclass", "plover", "modality",
              "attribution", "location", "sentence", "evidence", "rule", "confidence", "casualties"},
    "quote": {"speaker", "text", "direct", "via", "sentence", "evidence"},
    "figure": {"value", "approx", "category", "subject", "actor", "claimant", "scope", "sentence", "evidence"},
    "place": {"name", "country", "admin1", "lat", "lon", "geonames_id", "feature", "sentence", "evidence"},
    "time": {"text", "value", "precision", "future", "sentence", "evidence"},
}
PRECISIONS = {"day", "week", "month", "quarter", "half", "season", "year", "decade", "century", "vague"}
MODALITIES = {"asserted", "negated", "conditional", "hypothetical", "future", "reported"}


@pytest.fixture(scope="module")
def example_records(example_article):
    out = subprocess.run([sys.executable, "-m", "flashpoint", "extract", str(example_article), "--published",
                          "2021-04-02", "--format", "jsonl"], capture_output=True, text=True, check=True)
    return [json.loads(line) for line in out.stdout.splitlines()]


def check_actor_ref(ref):
    assert set(ref) >= {"name", "code", "text"}
    assert ref["code"] is None or re.fullmatch(r"[A-Z]{3}[A-Z0-9]*", ref["code"])


def test_every_record_has_its_kind_fields_and_article_link(example_records):
    article = example_records[0]
    assert article["kind"] == "article"
    assert article["published"] == "2021-04-02"
    assert article.get("url") is not None or article.get("path") is not None
    for rec in example_records:
        assert REQUIRED[rec["kind"]] <= set(rec), rec["kind"]
        if rec["kind"] != "article":
            assert rec["article"] == article["id"]


def test_evidence_spans_point_into_the_article_text(example_records):
    text = example_records[0]["text"]
    for rec in example_records[1:]:
        if "evidence" in rec:
            ev = rec["evidence"]
            assert text[ev["start"]:ev["end"]] == ev["text"]


def test_events_are_coded_the_way_the_contract_says(example_records):
    events = [r for r in example_records if r["kind"] == "event"]
    assert events, "the example article must yield events"
    for e in events:
        assert re.fullmatch(r"\d{2,4}", e["code"]) and e["root"] == e["code"][:2]
        assert 1 <= e["quadclass"] <= 4 and -10 <= e["goldstein"] <= 10
        assert e["modality"] in MODALITIES
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", e["date"])
        assert set(e["plover"]) >= {"type", "mode"}
        assert 0 <= e["confidence"] <= 1 and e["rule"]
        check_actor_ref(e["source"])
        if e["target"]:
            check_actor_ref(e["target"])


def test_quotes_and_figures_carry_actor_references(example_records):
    for r in example_records:
        if r["kind"] == "quote" and r["speaker"]:
            check_actor_ref(r["speaker"])
        if r["kind"] == "figure":
            assert isinstance(r["value"], (int, float))
            for key in ("actor", "claimant"):
                if r[key]:
                    check_actor_ref(r[key])


def test_time_records_carry_an_iso_value_at_their_precision(example_records):
    times = [r for r in example_records if r["kind"] == "time"]
    assert times
    for t in times:
        assert t["precision"] in PRECISIONS and isinstance(t["future"], bool)
        if t["precision"] == "day":
            assert re.fullmatch(r"\d{4}-\d\d-\d\d", t["value"])
    on_thursday = next(t for t in times if t["text"] == "Thursday")     # TIMEX3's extent: "on Thursday" less "on"
    assert (on_thursday["value"], on_thursday["future"]) == ("2021-04-01", False)


CASUALTY_CATEGORIES = {"killed", "injured", "missing", "abducted", "arrested"}
CLAIM_LINKS = {"counted", "restates", "replaced", "alternative", "part", "apart"}


def check_casualties(cas, figures):
    """null, or per stated category best/low/high/unknown and the figure records behind it."""
    if cas is None:
        return
    assert cas and set(cas) <= CASUALTY_CATEGORIES
    for count in cas.values():
        assert set(count) >= {"best", "low", "high", "unknown", "claims"}
        assert isinstance(count["unknown"], bool)
        for claim in count["claims"]:
            assert claim["figure"] in figures and claim["link"] in CLAIM_LINKS
            assert figures[claim["figure"]]["value"] == claim["value"]
            if claim["claimant"]:
                check_actor_ref(claim["claimant"])


def test_casualties_sit_on_violent_events_and_the_article(example_records):
    figures = {r["id"]: r for r in example_records if r["kind"] == "figure"}
    article = example_records[0]
    check_casualties(article["casualties"], figures)
    events = [r for r in example_records if r["kind"] == "event"]
    for e in events:
        check_casualties(e["casualties"], figures)
        if e["casualties"] is not None:
            assert e["root"] in ("18", "19", "20") or e["root"] == "14"
    # "20 of its soldiers have been killed and 57 injured ... since the beginning of the year"
    hurt = [e["casualties"] for e in events if e["casualties"]]
    assert any(c["killed"]["best"] == 20 and c["injured"]["best"] == 57 for c in hurt)
    # a tally over years and one since January are no incident of this article: kept apart with their scope
    killed = article["casualties"]["killed"]
    assert killed["best"] is None
    assert {(c["value"], c["link"]) for c in killed["claims"]} == {(20, "apart"), (13000, "apart")}
