"""Dates in reported speech about the future, months named with their year after "in", vague windows with no count,
papers named after a weekday and halves of "our fiscal year" (extract/timex.py). Sentences of the kinds the fresh BBC
passages of bench/data/timex_fresh_tim41.jsonl hold, written for the rule, never its aside half."""

from __future__ import annotations

from datetime import date

import pytest

from flashpoint.extract.timex import find_time_expressions, iso_value


def values(text: str, published: date) -> dict[str, str | None]:
    return {m.text: iso_value(m)[0] for m in find_time_expressions(text, published)}


JANUARY_2005 = date(2005, 1, 12)      # a Wednesday


@pytest.mark.parametrize("text, expression, value", [
    # the reported clause's own verb, after the time, says it lies ahead: not the saying's past
    ("Virgin Blue said profits for the year to March would be 10% lower.", "to March", "2005-03"),
    ("The ministry said the deficit in March would be larger than forecast.", "in March", "2005-03"),
    ("The agency warned that exports in June will fall.", "in June", "2005-06"),
    # a saying's own time, right after the verb, stays the past
    ("The minister said in March that talks would resume.", "in March", "2004-03"),
    ("He said the talks in March had failed.", "in March", "2004-03"),
    # a weekday keeps its past: "said the attack on Monday would not deter them" tells of the Monday gone by
    ("He said the attack on Monday would not deter them.", "on Monday", "2005-01-10"),
])
def test_a_reported_clause_about_the_future_looks_ahead(text, expression, value):
    assert values(text, JANUARY_2005)[expression] == value


def test_widely_tipped_for_a_day_schedules_it():
    text = "Mr Kennedy said the election - widely tipped for 5 May - would be unpredictable."
    assert values(text, date(2005, 3, 14))["5 May"] == "2005-05-05"


def test_a_month_with_its_year_after_in_lies_in_that_year():
    found = values("A British general election was last held in February in 1974.", date(2004, 11, 29))
    assert found["in February"] == "1974-02" and found["in 1974"] == "1974"


def test_a_month_without_a_year_after_in_keeps_its_side():
    assert values("Growth slowed in February in the south.", date(2004, 11, 29))["in February"] == "2004-02"


@pytest.mark.parametrize("text, value", [
    ("Some analysts say unemployment could increase in the next months.", "FUTURE_REF"),
    ("Unemployment could increase in the coming months.", "FUTURE_REF"),
])
def test_a_window_with_no_count_is_vague(text, value):
    assert list(values(text, JANUARY_2005).values()) == [value]


@pytest.mark.parametrize("text", [
    "A spokesman had no idea where the reports in the Sunday Times and Sunday Telegraph came from.",
    "He told Sunday Express journalists the plan was dead.",
])
def test_a_paper_named_after_a_weekday_is_no_day(text):
    assert find_time_expressions(text, JANUARY_2005) == []


def test_a_weekday_before_a_paper_with_on_is_a_day():
    assert values("The leaders met on Sunday. Times are hard.", JANUARY_2005) == {"on Sunday": "2005-01-09"}


def test_the_half_of_our_fiscal_year_is_a_fiscal_half():
    found = values("With the first half of our fiscal year in the books, we remain confident.", date(2004, 12, 20))
    assert found == {"the first half of our fiscal year": "FY2004-H1"}


@pytest.mark.parametrize("text, expression, value", [
    ("Consumers are optimistic about 2005, an influential survey says.", "about 2005", "2005"),
    ("Analysts are worried about 2006 and 2007.", "about 2006", "2006"),
])
def test_a_year_a_phrase_is_about_is_its_year(text, expression, value):
    assert values(text, date(2004, 12, 28))[expression] == value


@pytest.mark.parametrize("text", [
    "The firm sold about 2005 cars last month.",      # a count before its noun
    "The blast happened at about 1900 GMT.",          # a clock time
    "The crowd numbered about 2000.",                 # a round count
])
def test_about_before_a_count_or_a_clock_is_no_year(text):
    assert [m.text for m in find_time_expressions(text, date(2004, 12, 28)) if m.rule == "year_after"] == []


def test_later_in_the_year_before_an_adjunct_is_the_year_spoken_of():
    text = "Wilson won in February 1974 and increased his majority later in the year in a second election."
    assert values(text, date(2004, 11, 29))["in the year"] == "1974"


@pytest.mark.parametrize("text, value", [
    # a month's figures awaited in a clause looking ahead are the nearer month's: figures come out after their month
    ("Wal-Mart has said its December sales are expected to be better than forecast.", "2004-12"),
    ("The March reading could go as low as 15.", "2005-03"),
    # an occasion in a clause looking ahead is the coming one
    ("He is set to move during the January transfer window.", "2006-01"),
])
def test_a_month_naming_figures_is_the_nearer_one(text, value):
    assert [v for t, v in values(text, date(2005, 2, 16)).items() if t.endswith(("December", "March", "January"))] == [value]


@pytest.mark.parametrize("text, expression, value", [
    # an attribution closing the sentence dates nothing of what it reports: "is on Thursday" looks ahead
    ("The vote is on Thursday, the party said.", "on Thursday", "2005-02-17"),
    ("The summit opens in March, officials said.", "in March", "2005-03"),
    # the clause's own past stays
    ("The army attacked on Thursday, the ministry said.", "on Thursday", "2005-02-10"),
    # an attribution before a colon or set off mid-sentence may be the time's own: the saying's past
    ('On Monday, Mr Blair\'s spokesman said: "The prime minister will go."', "On Monday", "2005-02-14"),
    ("On Monday, the spokesman said, the prime minister will go to Paris.", "On Monday", "2005-02-14"),
])
def test_an_attribution_closing_the_sentence_gives_no_tense(text, expression, value):
    assert values(text, date(2005, 2, 16))[expression] == value


@pytest.mark.parametrize("text, published, value", [
    # with no tense, a holiday up to three months ahead is the coming one
    ("Retailers hope for a strong Christmas.", date(2005, 11, 10), "2005-12-25"),
    ("The deal should be done by Easter.", date(2005, 1, 10), "2005-03-27"),
    # a past tense keeps the last one
    ("Sales over Christmas were weak.", date(2005, 2, 16), "2004-12-25"),
    ("Christmas sales are key for the retailer.", date(2005, 8, 20), "2004-12-25"),
])
def test_a_holiday_with_no_tense_a_season_ahead_is_the_coming_one(text, published, value):
    assert list(values(text, published).values()) == [value]
