"""Places against hand-written conflict-news sentences (flashpoint/eval/gold/places_gold.jsonl) and against the
event locations of the PLOVER gold standard records (../shared). bench/places.py prints the same figures."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pycountry
import pytest

from flashpoint.extract.places import place_for_sentence

BENCH = Path(__file__).resolve().parents[2] / "bench" / "places.py"


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("bench_places", BENCH)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module     # its dataclasses look themselves up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def rules(bench):
    return bench.rules_pipeline()


def test_the_gold_set_covers_many_conflicts(bench):
    rows = bench.load_gold()
    places = [r for r in rows if r["place"]]
    assert len(places) >= 80
    assert len({r["country"] for r in places}) >= 30
    assert all(r["admin1_code"] is None or r["admin1_code"].startswith(pycountry.countries.get(alpha_3=r["country"])
                                                                     .alpha_2 + ".") for r in places)


def test_nine_in_ten_gold_places_get_the_right_country_and_region(bench, rules):
    s = bench.score(rules, bench.load_gold())
    assert s.accuracy >= 0.90, s.misses


def test_nine_in_ten_held_out_places_get_the_right_country_and_region(bench, rules):
    s = bench.score(rules, [r for r in bench.load_gold() if r["set"] == "heldout"])
    assert s.accuracy >= 0.90, s.misses


def test_nine_in_ten_non_places_stay_out(bench, rules):
    s = bench.score(rules, bench.load_gold())
    assert s.rejection >= 0.90, s.misses


def test_plover_event_locations_get_the_right_country(rules, shared_dir):
    """The PLOVER gold records that name an event location (48): the place chosen for the sentence is
    in the right country (country-level locations without a code count when any place is chosen)."""
    path = shared_dir / "data" / "plover" / "plover_gsr_cameo.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [r for r in rows if r.get("eventLoc")]
    right = 0
    for r in rows:
        doc = rules(r["text"])
        chosen = next((p for p in (place_for_sentence(doc, s) for s in doc.sents) if p), None)
        code = r["eventLoc"].get("country code")
        want = pycountry.countries.get(alpha_2=code).alpha_3 if code else None
        right += chosen is not None and (want is None or chosen.country == want)
    assert len(rows) >= 40 and right / len(rows) >= 0.85


@pytest.mark.slow
def test_the_packaged_pipeline_keeps_the_figures(bench, nlp):
    s = bench.score(nlp, bench.load_gold())
    assert s.accuracy >= 0.90 and s.rejection >= 0.90, s.misses
