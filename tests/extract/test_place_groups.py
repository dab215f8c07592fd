"""Groups of countries and multi-country regions ("the Gulf states", "the Arab world", "the Baltic states",
"Scandinavia", "the Maghreb"): one record of the group itself, feature region, no country, on the mean of its
countries' points; never a member country, its capital, a province elsewhere that bears the group's first word
(Papua New Guinea's Gulf province) or the sea it is named after."""

from __future__ import annotations

import pytest
import spacy

from flashpoint.extract.places import PlaceFinder  # noqa: F401  (registers fp_places)
from flashpoint.kb.gazetteer import km


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("fp_places")
    return nlp


def group(nlp, text, mention):
    (p,) = [p for p in nlp(text)._.fp_places if mention in p.evidence.text]
    return p


@pytest.mark.parametrize("text, mention, lat, lon", [
    # bbc-business-399: "reduce its dependence on Gulf states for oil imports"
    ("India wants to reduce its dependence on Gulf states for oil imports.", "Gulf states", 25.0, 51.0),
    ("Officials said violence spread across the Gulf region on Monday.", "Gulf region", 25.0, 51.0),
    # ag:5056: "greeted in the Arab world with a sense of disillusionment"
    ("The re-election victory was greeted in the Arab world with a sense of foreboding.", "Arab world", 24.0, 34.0),
    ("Troops were sent to the Baltic states last year.", "Baltic states", 57.0, 25.0),
    ("The airline flies to the Maghreb and the Levant.", "Maghreb", 28.0, 2.0),
    ("The airline flies to the Maghreb and the Levant.", "Levant", 33.0, 36.0),
    ("The bank has branches across the Americas.", "Americas", 10.0, -70.0),
    ("Nordic countries lead the index.", "Nordic countries", 62.0, 9.0),
])
def test_a_group_of_countries_is_one_record_of_the_group(nlp, text, mention, lat, lon):
    p = group(nlp, text, mention)
    assert (p.feature, p.country) == ("region", None)
    assert km(p.lat, p.lon, lat, lon) < 300


@pytest.mark.parametrize("text, mention", [("Clubs from Scandinavia use artificial turf.", "Scandinavia"),
                                           ("Aid for the western Balkans was pledged.", "Balkans")])
def test_peninsulas_named_for_their_countries_are_groups_on_their_own_point(nlp, text, mention):
    p = group(nlp, text, mention)
    assert (p.feature, p.country) == ("region", None)


def test_other_names_of_the_news_groups_are_the_same_group(nlp):
    """"the Far East" is East Asia, "the Near East" the Middle East, "South East Asia" (no hyphen) South-east Asia."""
    assert group(nlp, "Prices fell in the Far East.", "Far East").name == "Eastern Asia"
    assert group(nlp, "Prices fell in the Near East.", "Near East").name == "Western Asia"
    assert group(nlp, "Prices fell in South East Asia.", "South East Asia").name == "South-eastern Asia"
