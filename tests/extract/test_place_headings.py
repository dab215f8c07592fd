"""A report's or letter's heading ("HUNTSVILLE, May 9, 1864.") says where its writer stands: its town tells the
report's same-named towns apart, and a fort, camp or valley it names that the gazetteer lacks is a place. A fort
named like a town that lies among the report's other places stands at that town ("Fort Walla Walla" beside
Lewiston); a town of the name far off is another namesake ("Fort Lyon" is in no France)."""

from __future__ import annotations


def places(nlp, text):
    return [(p.evidence.text, p.country, p.admin1, p.rule) for p in nlp(text)._.fp_places]


def test_the_town_a_report_is_dated_at_tells_its_other_towns_apart(nlp):
    found = places(nlp, "HUNTSVILLE, May 9, 1864.\n\nMajor-General McPHERSON:\n\nThe following dispatch was just "
                        "received from General Stevenson, Decatur: all is quiet on the river.")
    assert ("Decatur", "USA", "Alabama") in [p[:3] for p in found]


def test_a_fort_named_like_a_town_among_the_reports_places_stands_at_that_town(nlp):
    found = places(nlp, "Camp Lapwai, near Lewiston, Idaho Ter.:\n\nSIR: You are directed not to move with your "
                        "command to Fort Walla Walla until you receive further orders.")
    assert ("Fort Walla Walla", "USA", "Washington", "feature+own-town") in found


def test_a_fort_named_like_a_town_far_off_is_not_placed_there(nlp):
    found = places(nlp, "CAMP FILLMORE, COLO. TER., May 28, 1864.\n\nSIR: I have received an order to march to "
                        "Denver, Colorado, and report to the commanding officer at Fort Lyon for duty.")
    fort = [p for p in found if p[0] == "Fort Lyon"]
    assert fort and fort[0][1] != "FRA"


def test_a_headings_fort_the_gazetteer_lacks_is_a_place(nlp):
    found = places(nlp, "FORT LARAMIE, April 10, 1864.\n\nSIR: The train from Denver, Colorado, reached the post "
                        "this morning.")
    assert ("FORT LARAMIE", "USA", "Wyoming", "unlisted+heading+own-town") in found
    found = places(nlp, "CAMP NELSON, June 12, 1864.\n\nCaptain: All is quiet here.")
    assert [(p[0], p[3]) for p in found] == [("CAMP NELSON", "unlisted+heading+unplaced")]


def test_a_wire_dateline_or_a_heading_of_no_place_names_nothing_new(nlp):
    assert not any(p[0] == "GENERAL ORDERS" for p in places(nlp, "GENERAL ORDERS, May 9, 1864.\n\nThe troops will "
                                                                     "march at dawn."))


def test_a_town_opening_a_line_before_its_date_is_where_the_letter_was_written(nlp):
    """"Carson City" (the tagger's person), "Columbia" (also a word): a heading puts the writer there."""
    text = ("EXECUTIVE DEPARTMENT,\n\nCarson City, September 15, 1862.\n\nBrigadier-General WRIGHT, U. S. Army,\n"
            "Commanding Pacific Department:\n\nSIR: I have seen an order.")
    assert ("Carson City", "USA", "Nevada", "gazetteer:city+locative") in places(nlp, text)
    text = "HEADQUARTERS THIRD BRIGADE,\nColumbia, September 21, 1862.\n\nGeneral: The companies are ready."
    assert [p[0] for p in places(nlp, text)] == ["Columbia"]
