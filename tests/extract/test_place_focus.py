"""fp_places: which of the same-named places the article means, by where its other places lie."""

from __future__ import annotations

import pytest
import spacy


@pytest.fixture(scope="module")
def rules():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("fp_places")
    return nlp


def places(rules, text):
    return [(p.evidence.text, p.name, p.country, p.admin1, p.feature) for p in rules(text)._.fp_places]


@pytest.mark.parametrize("text, town, state", [
    ("The regiment moved from Farmington, Pa., to the river.", "Farmington", "Pennsylvania"),
    ("Colonel Beveridge, now at Saint Charles, Ill., asked for horses.", "Saint Charles", "Illinois"),
    ("Bill Gates built his mansion in Medina, Wash., on the lake shore.", "Medina", "Washington"),
    ("Farmington, Pa., lies on the river.", "Farmington", "Pennsylvania"),      # a sentence's first word too
])
def test_a_town_the_state_after_it_does_not_hold_is_a_locality_of_that_state(rules, text, town, state):
    # the gazetteer has a Farmington in New Mexico, a Saint Charles in Missouri and a Medina in Saudi Arabia,
    # none in the state the text names right after the town: that state's town the gazetteer lacks
    assert (town, town, "USA", state, "locality") in places(rules, text)


def test_the_town_keeps_that_place_wherever_the_text_names_it_again(rules):
    found = places(rules, "GLASGOW, MO., April 9, 1864.\n\nThe undersigned citizens of Glasgow ask for troops.")
    # (the gazetteer has Glasgow, Missouri, a village of 1,100 people that shares Scotland's city's name)
    assert [p for p in found if p[0].lower() == "glasgow"] == [
        ("GLASGOW", "Glasgow", "USA", "Missouri", "city"), ("Glasgow", "Glasgow", "USA", "Missouri", "city")]


def test_a_list_of_states_after_a_town_is_no_address(rules):
    # "Tulsa, Texas and Ohio": three places, Tulsa still the Oklahoma city
    assert ("Tulsa", "Tulsa", "USA", "Oklahoma", "city") in places(rules, "Plants in Tulsa, Texas and Ohio closed.")


@pytest.mark.parametrize("text, town, state", [
    ("Floods closed roads between Walla Walla and Lewiston on Monday.", "Lewiston", "Idaho"),
    ("Police in Danville and Harrodsburg searched for the driver.", "Danville", "Kentucky"),
])
def test_a_same_named_town_near_the_articles_other_towns_wins(rules, text, town, state):
    # Lewiston, Maine and Danville, California are bigger; Walla Walla and Harrodsburg name one place each
    assert (town, town, "USA", state, "city") in places(rules, text)


@pytest.mark.parametrize("text, evidence, name, country", [
    ("Powell Presses N. Korea on Weapons Talks", "N. Korea", "North Korea", "PRK"),
    ("Blair, Paisley confer on N. Ireland", "N. Ireland", "Northern Ireland", "GBR"),
    ("Spurrier will coach in S. Carolina next season.", "S. Carolina", "South Carolina", "USA"),
    ("S. Africa to host the summit.", "S. Africa", "South Africa", "ZAF"),
])
def test_a_compass_points_initial_opens_the_name(rules, text, evidence, name, country):
    # not Carolina, Puerto Rico, the Republic of Ireland or the continent
    assert [(p[0], p[1], p[2]) for p in places(rules, text)] == [(evidence, name, country)]


def test_a_persons_initials_are_no_compass_point(rules):
    assert [p[1] for p in places(rules, "Gen. J. E. Johnston left Richmond.")] == ["Richmond"]


def test_a_headline_name_with_a_compass_initial_is_no_persons(nlp):
    # the packaged pipeline's tagger reads "Powell Presses N. Korea" and "N. Korea Economic Sanctions" as
    # people (a middle initial)
    for text in ("Powell Presses N. Korea on Weapons Talks\n\nColin Powell met Junichiro Koizumi in Tokyo.",
                 "N. Korea Economic Sanctions 'One Option'--Japan\n\nTOKYO (Reuters) - Sanctions are one option."):
        assert ("N. Korea", "North Korea") in [(p.evidence.text, p.name) for p in nlp(text)._.fp_places]
