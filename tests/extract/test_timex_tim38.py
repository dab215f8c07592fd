"""Time expressions of the tim38 round (extract/timex.py): a year as the subject of a clause with a verb's regular past
or of a question after its auxiliary, a year naming its thing after "a" before a noun that can count people ("a 2015
police sweep"), a quarter whose growth or estimate is to be published, a company's quarter reported out of
step with the calendar (a fiscal quarter). Sentences from fresh GeoWebNews and BBC passages
(bench/data/timex_fresh_tim38.jsonl, AG News Business items) and their kind."""

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


@pytest.mark.parametrize("text, published, expression, value", [
    # Cisco's first quarter, told in November: the calendar first quarter ended seven months before
    ("Cisco Systems has reported first-quarter profits of $1.4bn.", date(2004, 11, 10), "first-quarter", "FY2005-Q1"),
    ("Cisco's Q1 Profit Leaps 29 Percent", date(2004, 11, 10), "Q1", "FY2005-Q1"),
    # Walgreen's fourth quarter, told in September, before the calendar one has begun
    ("Walgreen Co. said fourth-quarter profit rose 18 percent.", date(2004, 9, 27), "fourth-quarter", "FY2004-Q4"),
    ("The chain says net income for the fourth quarter rose to $21.7m.", date(2004, 11, 18), "the fourth quarter",
     "FY2004-Q4"),
    ("News Corp. saw gains in profit and revenue in the fiscal first quarter.", date(2004, 11, 3),
     "in the fiscal first quarter", "FY2005-Q1"),
])
def test_a_company_quarter_reported_out_of_calendar_step_is_fiscal(text, published, expression, value):
    assert values(text, published)[expression] == value


def test_a_reported_fiscal_quarter_keeps_its_own_days_and_its_year_earlier_one():
    found = {m.text: m for m in find_time_expressions(
        "Nike has reported its best second-quarter earnings, up from $179.1m in the same period last year.", date(2004, 12, 21))}
    quarter, before = found["second-quarter"], found["in the same period last year"]
    assert (iso_value(quarter)[0], quarter.date, quarter.end_date, quarter.future) == \
        ("FY2005-Q2", date(2004, 9, 1), date(2004, 11, 30), False)
    assert (iso_value(before)[0], before.date) == ("FY2004-Q2", date(2003, 9, 1))


@pytest.mark.parametrize("text, published, expression, value", [
    # figures told within weeks of the calendar quarter's end are of that quarter
    ("Wells Fargo said third-quarter profit rose 12 percent.", date(2004, 10, 13), "third-quarter", "2004-Q3"),
    ("Ford will report fourth-quarter earnings next week.", date(2005, 1, 14), "fourth-quarter", "2004-Q4"),
    # a forecast of the quarter under way, and the economy's quarters, are the calendar's
    ("Gateway on Wednesday raised fourth-quarter earnings expectations.", date(2004, 12, 1), "fourth-quarter", "2004-Q4"),
    ("The firm warned that its fourth-quarter revenue growth rate is likely to slow.", date(2004, 11, 11), "fourth-quarter",
     "2004-Q4"),
    ("The economy grew 0.4% in the second quarter.", date(2004, 11, 10), "in the second quarter", "2004-Q2"),
])
def test_a_quarter_reported_in_calendar_step_or_forecast_is_the_calendar_one(text, published, expression, value):
    assert values(text, published)[expression] == value
