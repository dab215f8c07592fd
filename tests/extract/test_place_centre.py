"""A feature the gazetteer lacks ("Pilot Knob", "Grand River") that the text places nowhere itself lies among the
article's places: with three or more towns, counties or regions, at the one nearest all the others (the
article's centre), not on whichever the article named last, nor on a place before it that lies far from that
centre (a town the gazetteer read as a namesake elsewhere)."""

from __future__ import annotations


def places(nlp, text):
    return {p.evidence.text: (p.admin1, p.rule) for p in nlp(text)._.fp_places}


def test_a_feature_after_a_town_read_far_off_lies_at_the_articles_centre(nlp):
    found = places(nlp, "HEADQUARTERS SAINT LOUIS DISTRICT,\nSaint Louis, Mo., June 2, 1864.\n\nMove the two companies "
                        "at Fredericktown to Patterson, and from Patterson to Pilot Knob, with camp equipage.")
    assert found["Pilot Knob"] == ("Missouri", "feature+centre")


def test_a_feature_after_a_town_near_the_centre_lies_there(nlp):
    found = places(nlp, "Saint Louis, Mo., June 2, 1864.\n\nThe companies at Fredericktown and Rolla will march "
                        "from Fredericktown to Pilot Knob at dawn.")
    assert found["Pilot Knob"] == ("Missouri", "feature+before")


def test_a_town_the_gazetteer_lacks_in_a_named_state_lies_among_that_states_towns_the_article_names(nlp):
    doc = nlp("LACLEDE, MO., April 14, 1864.\n\nSIR: The scouts sent out from Brookfield and Chillicothe came in "
              "last night and report all quiet in this county.")
    town = next(p for p in doc._.fp_places if p.evidence.text == "LACLEDE")
    assert town.admin1 == "Missouri" and abs(town.lat - 39.8) < 0.5 and abs(town.lon + 93.3) < 0.5
