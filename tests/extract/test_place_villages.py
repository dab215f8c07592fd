"""fp_places: villages (towns under 5,000 people in the English-speaking countries) that share their name with
a bigger town elsewhere are readings of that name where the article is set around them."""

from __future__ import annotations

import pytest
import spacy

from flashpoint.eval.geoparsing import km


@pytest.fixture(scope="module")
def rules():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("fp_places")
    return nlp


def placed(rules, text, name):
    return [p for p in rules(text)._.fp_places if p.evidence.text == name]


def test_a_village_in_the_state_the_story_is_set_in_outranks_a_bigger_town_abroad(rules):
    # Anahuac, Texas (2,300 people) against Anáhuac, Nuevo León (17,000): the story names Texas and its towns
    text = ("Santa Anna dispatched troops to the town of Anahuac to collect customs duties. The settlers of "
            "Texas gathered at Nacogdoches and Gonzales.")
    [p] = placed(rules, text, "Anahuac")
    assert (p.country, p.admin1) == ("USA", "Texas")


def test_a_village_beside_the_towns_the_story_names_outranks_a_capital_of_its_name(rules):
    # Warsaw, Missouri (2,100 people) lies 70 km from Warrensburg; Poland's capital 8,000 km off
    [p] = placed(rules, "The companies at Warsaw were ordered to march on Warrensburg.", "Warsaw")
    assert (p.country, p.admin1) == ("USA", "Missouri")


def test_a_village_its_state_qualifies_is_that_village_though_its_name_is_a_surname(rules):
    # "Windsor" is a surname too (a stop key), and the gazetteer's Windsors of any size lie elsewhere
    [p] = placed(rules, "The enemy were driven from Windsor, N. C., to their boats.", "Windsor")
    assert p.country == "USA" and km(p.lat, p.lon, 36.0, -76.95) < 50


def test_a_village_named_like_a_big_town_is_no_reading_in_a_story_set_elsewhere(rules):
    # Warsaw, Missouri is no reading of "Warsaw" in a story about Poland and Germany
    [p] = placed(rules, "Talks opened in Warsaw on Monday, a day after the German minister left Berlin.", "Warsaw")
    assert p.country == "POL"
