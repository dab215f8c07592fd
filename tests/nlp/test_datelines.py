"""What a news dateline is (flashpoint/nlp/datelines.py): the one reading places, entities, time
expressions, casualties, the actors' focus country, quote speakers and the PETRARCH suite share."""

from __future__ import annotations

import doctest

import pytest

from flashpoint.nlp import datelines as module
from flashpoint.nlp.datelines import (
    closes_dateline,
    dateline,
    dateline_of,
    datelines,
)


def parts(text: str) -> tuple | None:
    d = dateline(text)
    return None if d is None else (d.places_text, d.region_text, d.date_text, d.agency_text, d.close_text)


@pytest.mark.parametrize("text, expected", [
    # the agency in brackets, the closing dash
    ("BAGHDAD (Reuters) - Two bombs went off.", (("BAGHDAD",), None, None, "(Reuters)", "-")),
    # the state or country after the town, and the date
    ("BAGHDAD, Iraq (Reuters) - Two bombs went off.", (("BAGHDAD",), "Iraq", None, "(Reuters)", "-")),
    ("SAN DIEGO, Calif. (AP) -- A fire spread.", (("SAN DIEGO",), "Calif.", None, "(AP)", "--")),
    ("MOSUL, Iraq, Dec 9 (AFP) - Six guardsmen were wounded.", (("MOSUL",), "Iraq", "Dec 9", "(AFP)", "-")),
    ("NEOSHO, MO., February 1, 1864.", (("NEOSHO",), "MO.", "February 1, 1864", None, None)),
    # two towns with a slash, in title case or in capitals
    ("Bukavu/Nairobi - United Nations peacekeepers said.", (("Bukavu", "Nairobi"), None, None, None, "-")),
    ("WASHINGTON/NEW YORK (Reuters) - The court ruled.", (("WASHINGTON", "NEW YORK"), None, None, "(Reuters)", "-")),
    # an em dash, an en dash, a colon after a date or an agency, PETRARCH's ": --"
    ("KABUL \u2014 Gunmen attacked a convoy.", (("KABUL",), None, None, None, "\u2014")),
    ("NAIROBI, Kenya, Apr 5 \u2013 The court ruled.", (("NAIROBI",), "Kenya", "Apr 5", None, "\u2013")),
    ("WASHINGTON, October 08 (Online): The talks ended.", (("WASHINGTON",), None, "October 08", "(Online)", ":")),
    ("CEBU CITY: -- The mayor filed a suit.", (("CEBU CITY",), None, None, None, ": --")),
    # CoNLL's: a date alone closes it
    ("LONDON 1996-12-06", (("LONDON",), None, "1996-12-06", None, None)),
    # a town in title case with a date and an agency
    ("Kabul, Dec 8 (AFP) - Gunmen attacked a convoy.", (("Kabul",), None, "Dec 8", "(AFP)", "-")),
    # a wire service's name alone in title case credits the story as "AP -" does in capitals
    ("Reuters - Gunmen attacked a convoy.", (("Reuters",), None, None, None, "-")),
])
def test_a_dateline_and_its_parts(text, expected):
    assert parts(text) == expected


@pytest.mark.parametrize("text", [
    "WASHINGTON POST reports that the deal is off.",     # a name in capitals and the story, no mark
    "Mr. Smith - the mayor - said the town would rebuild.",
    "Mr. Smith - who was the mayor.",                    # a name in title case and a dash is a sentence
    "Meanwhile, Israel - which denies it - struck.",      # ... even with a region-like word after a comma
    "On Tuesday, the minister said.",                     # ... and a date with no dash is the story's
    "Replacements (from): Smith, Jones.",                 # ... as is a bracket before a bare colon
    "UPDATE: China Mobile net up 7.8 pct",                # a bare colon after capitals: a kicker
    "MARK COLVIN: Qantas might have posted a profit.",    # ... or a speaker's turn in a transcript
    "U.S.-Australia swimming rivalry set to heat up",     # a hyphen inside a word closes nothing
    "OVD-Info, a monitoring group, said.",                # ... nor in a name (once a quote's speaker "Info")
    "AUBURN 21, ALABAMA 13 Auburn's strong second half",  # a score is no date
    "The army said on Tuesday that two soldiers died.",
    "Reuters said the deal was off.",                     # a wire service named in the story
])
def test_not_a_dateline(text):
    assert dateline(text) is None


def test_capitals_or_title_case():
    assert dateline("LONDON - Officials said.").caps
    # a name in title case needs a date, an agency or a second town besides the dash
    assert dateline("London - Officials said.") is None
    assert not dateline("London (Reuters) - Officials said.").caps


def test_datelines_open_a_line_and_a_sentence_in_the_middle_is_no_dateline():
    text = "Iraq blasts kill 12\n\nBAGHDAD, Dec 8 (AFP) - Twelve people died. KIRKUK - More said."
    assert [d.place_text for d in datelines(text)] == ["BAGHDAD"]
    # the places scan also reads a dateline after a headline on the same line, and a bare name before a word
    assert [d.place_text for d in datelines(text, loose=True)] == ["BAGHDAD", "KIRKUK"]
    assert [d.place_text for d in datelines("LONDON The Latest on the vote.", loose=True)] == ["LONDON"]
    # the town and the day alone, as CoNLL's wire copy has them
    assert [d.place_text for d in datelines("BONN 1996-08-22\n\nTalks began.", loose=True)] == ["BONN"]


def test_the_dateline_a_character_belongs_to():
    text = "Jail term for Italy's PM.  MILAN, March 3 (Reuters) - A prosecutor asked on Friday."
    assert dateline_of(text, text.index("March")).date_text == "March 3"
    assert dateline_of(text, text.index("Friday")) is None


def test_an_agency_and_a_closing_mark_follow():
    text = "MOSUL, Iraq, Dec 9 (AFP) - Six guardsmen were wounded."
    assert closes_dateline(text, text.index(" (AFP)"))
    assert not closes_dateline(text, text.index(" Six"))


def test_the_module_docstring_examples_hold():
    assert doctest.testmod(module).failed == 0


def test_a_dateline_is_a_bureaus_when_the_story_is_about_another_country():
    from collections import Counter

    from flashpoint.nlp.datelines import filed_from_bureau
    assert filed_from_bureau("THA", Counter({"MMR": 2}))
    assert not filed_from_bureau("THA", Counter({"MMR": 2, "THA": 1}))     # Thailand named again
    assert not filed_from_bureau("THA", Counter({"MMR": 1}))               # too little to tell
    assert not filed_from_bureau("THA", Counter())
