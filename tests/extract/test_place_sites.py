"""Named sites as place records: "an attack on Abu Ghraib prison", "shelling near the Zaporizhzhia nuclear
plant", "a bomb at Kabul airport" are places, put on the town or area they lie in (place_precision
"containing"); a site that speaks ("the hospital said") is an organisation, not a place."""

from __future__ import annotations

import pytest


def sites(nlp, text):
    return [(p.evidence.text, p.country, p.rule, p.place_precision) for p in nlp(text)._.fp_places
            if p.feature == "site"]


@pytest.mark.parametrize("text, site, country", [
    ("A bomb exploded at Kabul airport on Monday.", "Kabul airport", "AFG"),
    ("Inmates rioted at Abu Ghraib prison overnight.", "Abu Ghraib prison", "IRQ"),
    ("Shelling hit the area near the Zaporizhzhia nuclear plant again.", "Zaporizhzhia nuclear plant", "UKR"),
])
def test_a_site_with_its_noun_in_lower_case_is_placed_on_the_town_in_its_name(nlp, text, site, country):
    assert sites(nlp, text) == [(site, country, "site+own-name", "containing")]


def test_the_town_in_a_sites_name_is_not_a_second_record():
    # the site's record says where the town is; "Kabul" alone would count the same mention twice
    import spacy

    blank = spacy.blank("en")
    blank.add_pipe("sentencizer")
    blank.add_pipe("fp_places")
    got = [(p.evidence.text, p.feature) for p in blank("A bomb exploded at Kabul airport.")._.fp_places]
    assert got == [("Kabul airport", "site")]


def test_a_site_is_placed_on_a_town_of_its_paragraph_never_on_a_guess(nlp):
    # a town named earlier in the paragraph is the site's scene; the article's most-named town is not: the
    # site is still a mention, with no point and no country
    ((name, country, rule, precision),) = sites(nlp, "Fighting in Mosul went on. Gunmen stormed St Mary's Hospital.")
    assert (name, country, rule, precision) == ("St Mary's Hospital", "IRQ", "site+before", "containing")
    text = ("Gunmen stormed St Mary's Hospital on Monday. The clashes in Mosul went on for days. "
            "Residents of Mosul said the army had left Mosul.")
    assert sites(nlp, text) == [("St Mary's Hospital", None, "site+unplaced", None)]


@pytest.mark.parametrize("text", [
    "In Liverpool, Alder Hey Children's Hospital said the boy was stable.",
    "Fees rose in Boston, where Fenwick Hospital announced the change on Monday.",
])
def test_a_site_that_speaks_is_an_organisation_not_a_place(nlp, text):
    assert sites(nlp, text) == []


@pytest.mark.parametrize("text", [
    "Shares fell on the London market.",           # a financial market
    "The Russian embassy protested.",              # a demonym names no site
    "Police station staff went on strike.",        # a common word opening the sentence
    "The Republican base is angry.",               # a political base
    "He stayed at Trump's hotel.",                 # a person's
])
def test_common_words_demonyms_and_people_before_a_site_noun_make_no_site(nlp, text):
    assert sites(nlp, text) == []


def test_a_site_named_after_a_country_leaves_the_country_its_record(nlp):
    got = [(p.evidence.text, p.feature) for p in nlp("Rockets hit the US base in Qatar.")._.fp_places]
    assert ("US", "country") in got and all(f != "site" for _, f in got)


def test_place_precision_says_what_the_point_is(nlp):
    got = {p.evidence.text: p.place_precision for p in nlp("Troops left Kyiv for eastern Ukraine.")._.fp_places}
    assert got == {"Kyiv": "point", "eastern Ukraine": "area"}


@pytest.mark.parametrize("text", [
    "It won awards for Paul Giamatti, Thomas Haden Church and Virginia Madsen.",   # a person's name
    "Stars gathered at the Evening Standard Theatre Awards on Monday.",            # an award's name
    "The reaction from the England camp was cool.",                                # a team's camp
])
def test_a_site_word_inside_a_longer_name_or_a_teams_camp_is_no_site(nlp, text):
    assert sites(nlp, text) == []


def test_the_place_after_a_site_wins_over_a_namesake_abroad_in_its_name(nlp):
    assert sites(nlp, "The show opens at the Victoria Palace Theatre in London.") == [
        ("Victoria Palace Theatre", "GBR", "site+after", "containing")]


def test_a_place_opening_an_officials_title_names_whose_official_it_is(nlp):
    """"Manitoba Premier Brian Pallister": the tagger may read the title into the person's name; the region
    is still named, as a modifier (never the scene of an event)."""
    doc = nlp("The plan was pushed by Ottawa but rejected by Manitoba Premier Brian Pallister in Winnipeg, Canada.")
    assert any(p.evidence.text == "Manitoba" and "+modifier" in p.rule for p in doc._.fp_places)


def test_a_body_the_text_puts_something_at_in_a_named_place_is_a_site_there(nlp):
    doc = nlp("The one-day event was held yesterday at the Farmers Service Centre, in Goodlands.")
    site = next(p for p in doc._.fp_places if p.evidence.text == "Farmers Service Centre")
    assert (site.feature, site.country) == ("site", "MUS")


def test_a_lone_name_the_tagger_calls_a_place_inside_which_something_is_is_a_locality(nlp):
    """"in Khayelitsha" with no place beside it: a locality, placed on the town the article names; not a
    stake in a company, an inquiry into one, or a noun's modifier."""
    doc = nlp("Cape Town, South Africa.\n\nNoma had moved out of an informal settlement in Khayelitsha to live "
              "with her sister.")
    assert any(p.evidence.text == "Khayelitsha" and p.country == "ZAF" for p in doc._.fp_places)
    for text in ("BMW had invested 280m in Mini production.", "He won the closest final in Games history.",
                 "Athens, Greece.\n\nThe evidence came from the federal investigation into Balco."):
        assert not any(p.evidence.text in ("Mini", "Games", "Balco") for p in nlp(text)._.fp_places), text
