"""fp_places: a military command or unit named after a place ("Army of the Potomac", "Department of New Mexico",
"Georgia Cavalry", "Ohio Volunteers") is no mention of the place, though its state still says whose war it is."""

from __future__ import annotations

import pytest
import spacy


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("fp_places")
    return nlp


def names(nlp, text):
    return [p.evidence.text for p in nlp(text)._.fp_places]


@pytest.mark.parametrize("text, unit_place", [
    ("General Meade returned to the Army of the Potomac, landing at Alexandria.", "Potomac"),
    ("Robert E. Lee, commanding Army of Northern Virginia.", "Northern Virginia"),
    ("Brigadier General Carleton, commanding the Department of New Mexico, wrote from Santa Fe.", "New Mexico"),
    ("Major General Rosecrans,\n\nCommanding Department of the Missouri, Saint Louis, Mo.:", "Missouri"),
    ("Assistant Adjutant-General, Dept. of the Pacific.", "Pacific"),
    ("Sherman, commanding Military Division of the Mississippi, wrote to Halleck.", "Mississippi"),
    ("Proceed with Company G, First Cavalry of Colorado, to the scene of the raid.", "Colorado"),
    ("One such regiment, the Fifty-Fourth Regiment of Massachusetts Volunteers, fought at Fort Wagner.",
     "Massachusetts"),
    ("The Second Georgia Cavalry crossed the river near Dalton.", "Georgia"),
    ("Captain Barry's company of Washington Territory Volunteers will proceed to Fort Steilacoom.",
     "Washington Territory"),
    ("Order Companies B and F, Third Missouri State Militia, from Patterson to Pilot Knob.", "Missouri State"),
])
def test_a_command_or_unit_named_after_a_place_is_no_mention_of_it(nlp, text, unit_place):
    assert unit_place not in names(nlp, text)


@pytest.mark.parametrize("text, place", [
    ("He asked the full US Court of Appeals for the District of Columbia to hear the case.", "District of Columbia"),
    ("Thousands of people of Kansas lost power in the storm.", "Kansas"),
    ("The storm moved from Georgia into the Carolinas.", "Georgia"),
    ("Judges of the Southern District of New York heard the case.", "New York"),
])
def test_a_place_after_another_body_or_a_district_is_still_a_place(nlp, text, place):
    assert place in names(nlp, text)


def test_a_unit_named_after_a_state_reads_the_state_not_the_country_of_the_name(nlp):
    doc = nlp("The Second Georgia Cavalry crossed the river at Dalton.")
    assert [(p.name, p.country) for p in doc._.fp_places if p.evidence.text == "Dalton"] == [("Dalton", "USA")]
