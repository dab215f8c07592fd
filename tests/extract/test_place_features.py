"""Natural features and rural landmarks named by capitalised words and a word for their kind ("... Creek",
"... Ford", "Lake ...", "... Counties"): places whatever the tagger calls them, placed on the region in their
name or like a locality; a town or a person in their name is neither a place of its own nor their point; a
person whose surname is such a word, a longer name going on after the word and a headline's capitals are no
feature."""

from __future__ import annotations

import pytest


def places(nlp, text):
    return [(p.evidence.text, p.country, p.feature, p.rule) for p in nlp(text)._.fp_places]


def test_a_ford_named_after_a_person_is_the_ford_not_the_town_of_that_name(nlp):
    assert places(nlp, "The patrol waited at Dalton's Ford until dawn.") == \
        [("Dalton's Ford", None, "locality", "feature+unplaced")]
    assert places(nlp, "Lawmakers met at Harper's Ferry last week.") == \
        [("Harper's Ferry", None, "locality", "feature+unplaced")]


def test_a_river_named_after_a_state_is_placed_on_the_state(nlp):
    assert places(nlp, "Barges were stuck on the Ohio River for a week.") == \
        [("Ohio River", "USA", "locality", "feature+own-name")]


def test_a_plural_head_makes_every_listed_name_one_of_its_kind(nlp):
    found = places(nlp, "Flooding closed roads in Boone and Callaway Counties on Tuesday.")
    assert sorted(name for name, *_ in found) == ["Boone", "Callaway Counties"]
    assert all(feature == "locality" for _, _, feature, _ in found)


@pytest.mark.parametrize("text, name", [
    ("Fire crews battled a blaze on Signal Knob above Strasburg, Virginia.", "Signal Knob"),
    ("Farmers near Cobb's Bluff on the Altamaha said the water was still rising.", "Cobb's Bluff"),
])
def test_a_feature_the_tagger_misses_is_a_place(nlp, text, name):
    assert any(p[0] == name and p[3].startswith("feature+") for p in places(nlp, text))


@pytest.mark.parametrize("text", [
    "Harrison Ford and Tom Hill met reporters in Chicago on Monday.",
    "Sarah Bay and Jordan Lake were named to the team.",
    "The Tampa Bay Buccaneers signed a new quarterback on Monday.",
    "Shares of Eagle Point Software fell 4% on Tuesday.",
    "Fishing Boat Sinks Off Wild Goat Island After Storm",
])
def test_people_longer_names_and_headlines_are_no_features(nlp, text):
    assert not any(p[3].startswith("feature+") for p in places(nlp, text))
