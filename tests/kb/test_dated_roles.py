"""Persons' codes follow the date: the role held that day, else the person's default code."""

from __future__ import annotations

import datetime as dt

from flashpoint.kb import default_kb
from flashpoint.kb.model import DatedCode, Entry
from flashpoint.kb.offices import office_key

D = dt.date


def code(name: str, day: dt.date) -> str | None:
    hits = [(e, c) for e, c in default_kb().lookup(name, day) if e.kind == "person"]
    assert len(hits) == 1, hits
    return hits[0][1]


def test_biden_is_government_in_2021_and_not_in_2018():
    assert code("Joe Biden", D(2021, 4, 1)) == "USAGOV"
    assert code("Joe Biden", D(2018, 4, 1)) == "USAELI"
    assert code("Joe Biden", D(2012, 4, 1)) == "USAGOV"     # vice president


def test_a_role_ends_on_its_end_date():
    assert code("Donald Trump", D(2021, 1, 19)) == "USAGOV"
    assert code("Donald Trump", D(2021, 4, 1)) == "USAELI"


def test_overlapping_roles_take_the_most_recent_one():
    e = Entry(id="person:x", name="X Y", kind="person", code="ABCELI",
              dated=(DatedCode("ABCLEG", D(2000, 1, 1), None), DatedCode("ABCGOV", D(2010, 1, 1), D(2012, 1, 1))))
    assert e.code_at(D(2011, 1, 1)) == "ABCGOV"
    assert e.code_at(D(2013, 1, 1)) == "ABCLEG"
    assert e.code_at(D(1990, 1, 1)) == "ABCELI"


def test_a_title_names_one_country_only_when_no_other_country_s_office_opens_with_it():
    offices = default_kb().offices
    assert offices.country_of_title("Home Secretary") == "GBR"
    assert offices.country_of_title("Chancellor of the Exchequer") == "GBR"
    # Germany's "Chancellor", but "the chancellor" of a British story is the Chancellor of the Exchequer
    assert offices.country_of_title("Chancellor") is None


def test_a_title_many_states_use_names_no_country_however_few_holders_the_kb_knows():
    offices = default_kb().offices
    # the KB's Chief Justices are all Iran's; the PLOVER agents dictionary lists "chief justice" as an agent
    # noun of any state ("Chief Justice David Maraga" in a Kenyan story is no Iranian judge)
    assert offices.country_of_title("Chief Justice") is None
    # the KB's Secretaries of State are American, but Britain's "Secretary of State for Culture, Media and
    # Sport" is one too: "the secretary of state" of a British story is no US office
    assert offices.country_of_title("Secretary of State") is None
    assert offices.country_of_title("Secretary of Defense") == "USA"


def test_office_holders_by_title_country_and_day():
    kb = default_kb()
    assert kb.holder("President", "UKR", D(2021, 4, 1)).name == "Volodymyr Zelensky"
    assert kb.holder("President", "USA", D(2021, 4, 1)).name == "Joe Biden"
    assert kb.holder("President", "USA", D(2018, 4, 1)).name == "Donald Trump"
    assert kb.holder("Foreign Minister", "USA", D(2022, 1, 1)).name == "Antony Blinken"   # Secretary of State
    assert kb.holder("Chancellor", "DEU", D(2019, 1, 1)).name == "Angela Merkel"
    assert kb.holder("Kremlin spokesman", "RUS", D(2021, 4, 1)).name == "Dmitry Peskov"
    assert kb.holder("Foreign Ministry spokesman", "USA", D(2021, 4, 1)).name == "Ned Price"
    assert kb.holder("Secretary-General", "IGOWSTNAT", D(2020, 1, 1)).name == "Jens Stoltenberg"


def test_titles_reduce_to_one_office_key():
    assert office_key("Minister of Foreign Affairs") == office_key("Secretary of State") == "foreign minister"
    assert office_key("Deputy Foreign Minister") == "deputy foreign minister"
    assert office_key("Kremlin spokesman (Presidential Press Secretary)") == "presidential spokesperson"
    assert office_key("State Department Spokesperson") == "foreign ministry spokesperson"
    assert office_key("Secretary of Defense") == office_key("Defence Minister") == "defence minister"
    assert office_key("Vice President") == "vice president"
