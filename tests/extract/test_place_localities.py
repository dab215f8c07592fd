"""Places the gazetteer lacks, found through the tagger or a word for a building: a locality at the end of a
movement, a settlement named before "village", a lagoon in a story that places nothing else (a mention with
no point rather than none, or one guessed from the article's last town), and named sites whose name the
tagger reads as a person's or that a town after them places."""

from __future__ import annotations

import pytest


def places(nlp, text):
    return [(p.evidence.text, p.country, p.feature, p.rule) for p in nlp(text)._.fp_places]


@pytest.mark.parametrize("text, name", [
    ("Last summer the family went to Legoland with their cousins.", "Legoland"),
    ("Farmers were displaced from Akpanya village after the clashes.", "Akpanya"),
    ("Hikers camped for two nights on the shore of Wollomby Lagoon.", "Wollomby Lagoon"),
])
def test_a_tagged_place_with_nothing_around_it_to_place_it_is_a_mention_with_no_point(nlp, text, name):
    # (a lagoon is a feature by its name's last word: test_place_features.py)
    [(found, country, feature, rule)] = places(nlp, text)
    assert (found, country, feature) == (name, None, "locality")
    assert rule in ("tagger:LOC+locality+unplaced", "feature+unplaced")


def test_a_lone_name_modifying_a_noun_is_no_place_even_after_a_movement(nlp):
    assert places(nlp, "Copies of the film will be sent to Oscar voters next month.") == []


def test_a_site_named_after_a_person_is_still_a_site(nlp):
    assert places(nlp, "The injured boy was referred to Willem Botha Hospital for surgery.") == \
        [("Willem Botha Hospital", None, "site", "site+unplaced")]


def test_a_site_word_that_also_names_a_body_is_a_site_where_a_town_after_it_places_it(nlp):
    found = places(nlp, "A private company runs Ridgeway Correctional Center in Billings under a state contract.")
    assert ("Ridgeway Correctional Center", "USA", "site", "site+after") in found


def test_a_court_the_text_puts_someone_at_is_a_site(nlp):
    found = places(nlp, "The two men are due to appear at Harlow District Court on Monday.")
    assert found == [("Harlow District Court", "GBR", "site", "site+own-name")]


def test_a_capitalised_word_in_a_title_case_headline_is_no_place(nlp):
    text = "Two Aid Workers Killed in Attack on Convoy Near Border.  Staff in Khartoum said on Monday the convoy was hit."
    assert all(p.evidence.text != "Attack" for p in nlp(text)._.fp_places)


def test_a_known_place_in_a_title_case_headline_is_a_place_though_the_words_beside_it_are_capitalised(nlp):
    # in title case the capitals beside a name make no longer name of it ("Israel Says" is "Israel says")
    got = {p[0] for p in places(nlp, "Israel Says It Will Expand Settlements. Officials gave no date.")}
    assert "Israel" in got, got
    got = {p[0]: p[1] for p in places(nlp, "Three Killed in Mosul Car Bomb. Police gave the toll.")}
    assert got.get("Mosul") == "IRQ", got
    # not a mountain range's name before a verb, as often a team's ("Rockies Release ...")
    assert [p for p in places(nlp, "Rockies Release Veteran Pitcher. The club gave no reason.") if p[0] == "Rockies"] == []
    # nor a numbered unit's state in a signature ("First Infantry California Volunteers")
    got = places(nlp, "J. R. WEST,\n\nColonel First Infantry California Volunteers, Commanding.")
    assert [p for p in got if p[0] == "California"] == [], got


@pytest.mark.parametrize("text, town", [
    ("The delegates of 1835 met at San Felipe de Austin and voted against independence.", "San Felipe"),
    ("The family spent August at Los Angeles de San Rafael, a resort near Segovia.", "Los Angeles"),
])
def test_a_town_whose_name_runs_on_after_a_particle_is_not_that_town(nlp, text, town):
    # "San Felipe de Austin" (Texas) is no San Felipe in Venezuela or Mexico, "Los Angeles de San Rafael" (Spain)
    # not California's city: the longer name is a place the gazetteer lacks (the tagger's, when it finds it)
    assert not [p for p in places(nlp, text) if p[0] == town]
