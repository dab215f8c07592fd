"""A side whose country the place of an event gives is coded as every other actor is: places carry ISO 3166
alpha-3 (GeoNames' XKX for Kosovo, TLS for Timor-Leste), actors the knowledge base's codes (KSV, TMP), and one
country must not split a dyad series in two."""

from __future__ import annotations

import datetime

import pytest

from flashpoint.extract.places import actor_code
from tests.extract.coding import code, events_of


def test_a_places_iso_code_becomes_the_actors_code():
    assert actor_code("XKXCOP") == "KSVCOP" and actor_code("TLS") == "TMP"
    assert actor_code("IRQMIL") == "IRQMIL" and actor_code(None) is None


@pytest.mark.slow
def test_police_of_a_place_in_kosovo_are_kosovos_as_its_leaders_are(nlp):
    events = events_of(nlp, "Serbs attacked a police station in Kosovo on Sunday.", datetime.date(1999, 3, 1))
    targets = [code(e.target) for e in events if e.root == "19"]
    assert targets and all(not t.startswith("XKX") for t in targets if t), targets
    assert any(t and t.startswith("KSV") for t in targets), targets
