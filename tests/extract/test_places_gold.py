"""Places against hand-written conflict-news sentences (flashpoint/eval/gold/places_gold.jsonl) and against the
event locations of the PLOVER gold standard records (../shared), scored by flashpoint/eval/places.py; bench/places.py
prints the same figures."""

from __future__ import annotations

import pycountry
import pytest

from flashpoint.eval.places import load_gold, plover_event_locations, rules_pipeline, score


@pytest.fixture(scope="module")
def rules():
    return rules_pipeline()


def test_the_gold_set_covers_many_conflicts():
    rows = load_gold()
    places = [r for r in rows if r["place"]]
    assert len(places) >= 80
    assert len({r["country"] for r in places}) >= 30
    assert all(r["admin1_code"] is None or r["admin1_code"].startswith(pycountry.countries.get(alpha_3=r["country"])
                                                                     .alpha_2 + ".") for r in places)


def test_nine_in_ten_gold_places_get_the_right_country_and_region(rules):
    s = score(rules, load_gold())
    assert s.accuracy >= 0.90, s.misses


def test_nine_in_ten_held_out_places_get_the_right_country_and_region(rules):
    s = score(rules, [r for r in load_gold() if r["set"] == "heldout"])
    assert s.accuracy >= 0.90, s.misses


def test_nine_in_ten_non_places_stay_out(rules):
    s = score(rules, load_gold())
    assert s.rejection >= 0.90, s.misses


def test_plover_event_locations_get_the_right_country(rules, shared_dir):
    """The PLOVER gold records that name an event location (48): the place chosen for the sentence is
    in the right country (country-level locations without a code count when any place is chosen)."""
    records, _, right = plover_event_locations(rules, shared_dir)
    assert records >= 40 and right / records >= 0.85


@pytest.mark.slow
def test_the_packaged_pipeline_keeps_the_figures(nlp):
    s = score(nlp, load_gold())
    assert s.accuracy >= 0.90 and s.rejection >= 0.90, s.misses
