"""fp_places: which of the same-named places the article means, by where its other places lie."""

from __future__ import annotations

import pytest
import spacy


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("fp_places")
    return nlp


def places(nlp, text):
    return [(p.evidence.text, p.name, p.country, p.admin1, p.feature) for p in nlp(text)._.fp_places]


@pytest.mark.parametrize("text, town, state", [
    ("The regiment moved from Farmington, Pa., to the river.", "Farmington", "Pennsylvania"),
    ("Colonel Beveridge, now at Saint Charles, Ill., asked for horses.", "Saint Charles", "Illinois"),
    ("Bill Gates built his mansion in Medina, Wash., on the lake shore.", "Medina", "Washington"),
    ("Farmington, Pa., lies on the river.", "Farmington", "Pennsylvania"),      # a sentence's first word too
])
def test_a_town_the_state_after_it_does_not_hold_is_a_locality_of_that_state(nlp, text, town, state):
    # the gazetteer has a Farmington in New Mexico, a Saint Charles in Missouri and a Medina in Saudi Arabia,
    # none in the state the text names right after the town: that state's town the gazetteer lacks
    assert (town, town, "USA", state, "locality") in places(nlp, text)


def test_the_town_keeps_that_place_wherever_the_text_names_it_again(nlp):
    found = places(nlp, "GLASGOW, MO., April 9, 1864.\n\nThe undersigned citizens of Glasgow ask for troops.")
    assert [p for p in found if p[0].lower() == "glasgow"] == [
        ("GLASGOW", "GLASGOW", "USA", "Missouri", "locality"), ("Glasgow", "Glasgow", "USA", "Missouri", "locality")]


def test_a_list_of_states_after_a_town_is_no_address(nlp):
    # "Tulsa, Texas and Ohio": three places, Tulsa still the Oklahoma city
    assert ("Tulsa", "Tulsa", "USA", "Oklahoma", "city") in places(nlp, "Plants in Tulsa, Texas and Ohio closed.")


@pytest.mark.parametrize("text, town, state", [
    ("Floods closed roads between Walla Walla and Lewiston on Monday.", "Lewiston", "Idaho"),
    ("Police in Danville and Harrodsburg searched for the driver.", "Danville", "Kentucky"),
])
def test_a_same_named_town_near_the_articles_other_towns_wins(nlp, text, town, state):
    # Lewiston, Maine and Danville, California are bigger; Walla Walla and Harrodsburg name one place each
    assert (town, town, "USA", state, "city") in places(nlp, text)
