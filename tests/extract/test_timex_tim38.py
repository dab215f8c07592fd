"""Time expressions of the tim38 round (extract/timex.py): a year as the subject of a clause with a verb's regular past
or of a question after its auxiliary, a year naming its thing after "a" before a noun that can count people ("a 2015
police sweep"), a quarter whose growth or estimate is to be published. Sentences from fresh GeoWebNews and BBC passages
(bench/data/timex_fresh_tim38.jsonl) and their kind."""

from __future__ import annotations

from datetime import date

import pytest

from flashpoint.extract.timex import find_time_expressions, iso_value


def values(text: str, published: date) -> dict[str, str | None]:
    return {m.text: iso_value(m)[0] for m in find_time_expressions(text, published)}


THURSDAY = date(2018, 4, 5)


@pytest.mark.parametrize("text, expression, value", [
    ("After a record drought in the United States, 2017 roared to life, reminding everyone how powerful storms can be.",
     "2017", "2017"),
    ("Without a doubt, 2016 changed everything for the company.", "2016", "2016"),
    ("The question is: What will 2018 bring?", "2018", "2018"),
    ("Can 2019 be any better for the club?", "2019", "2019"),
    ("How did 2017 end for the markets?", "2017", "2017"),
])
def test_a_year_is_the_subject_of_its_clause(text, expression, value):
    assert values(text, THURSDAY)[expression] == value


@pytest.mark.parametrize("text", [
    "In all, 2000 died in the floods.",         # a round hundred: a count
    "Will 2015 voters turn out?",               # a plural after it: a count
    "The firm has 2015 staff, does it?",        # a counted noun after it
    "Officials said 1,987 marched on Sunday.",  # a count written as one
])
def test_no_year_where_the_figure_counts(text):
    assert not any(v and v[:2] in ("19", "20") and len(v) == 4 for v in values(text, THURSDAY).values())


def test_a_year_after_an_indefinite_article_names_its_thing_before_a_noun_that_can_count():
    assert values("He disappeared in a 2015 police sweep aimed at courtroom critics.", THURSDAY)["2015"] == "2015"
    assert values("Police said 2015 police officers were deployed.", THURSDAY) == {}


@pytest.mark.parametrize("text, published, expression, value", [
    # written on 23 November 2004: the third quarter ended 54 days before, its growth is still to be published
    ("The ONS is due to publish its second estimate of third quarter growth on Friday.", date(2004, 11, 23),
     "of third quarter", "2004-Q3"),
    ("The government will release fourth-quarter GDP data next week.", date(2005, 1, 10), "fourth-quarter", "2004-Q4"),
    # a quarter still to come keeps its side
    ("The bank will publish third quarter growth figures in October.", date(2004, 6, 10), "third quarter", "2004-Q3"),
    ("Growth will pick up in the fourth quarter.", date(2004, 11, 23), "in the fourth quarter", "2004-Q4"),
])
def test_a_quarter_whose_growth_is_to_be_published_is_the_one_ended(text, published, expression, value):
    assert values(text, published)[expression] == value
