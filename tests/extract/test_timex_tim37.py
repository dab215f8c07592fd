"""Time expressions of the tim37 round (extract/timex.py): a month naming the occasion after an indefinite article, a
weekday after a time of day's "a.m."/"p.m." read in its own sentence, a generic "today's" with an adjective before its
noun. Sentences from fresh GeoWebNews passages (bench/data/timex_fresh_tim37.jsonl) and their kind."""

from __future__ import annotations

from datetime import date

import pytest

from flashpoint.extract.timex import find_time_expressions, iso_value


def values(text: str, published: date) -> dict[str, str | None]:
    return {m.text: iso_value(m)[0] for m in find_time_expressions(text, published)}


THURSDAY = date(2018, 4, 12)


@pytest.mark.parametrize("text, expression, value", [
    ("Speaking at an October candidates forum in Clarinda, Axne said one of the biggest issues is infrastructure.",
     "October", "2017-10"),
    ("They met at a March meeting in Paris.", "March", "2018-03"),
    ("The opposition will hold a June rally in the capital.", "June", "2018-06"),
])
def test_a_month_after_an_indefinite_article_names_its_occasion(text, expression, value):
    assert values(text, THURSDAY)[expression] == value


@pytest.mark.parametrize("text", [
    "A May poll showed him ahead.",         # "May": a name or a modal as often
    "It was a March of triumph.",           # a noun of its own
    "He was a June bride.",
])
def test_no_month_where_the_word_after_the_article_is_no_occasion(text):
    found = values(text, THURSDAY)
    assert "May" not in found and "March" not in found


@pytest.mark.parametrize("text, expression, value", [
    # told on a Thursday: "p.m." ends no sentence before the weekday, so the clause's "will" reads it
    ("The Montgomery County Democrats will host the forum from 1-3 p.m. Saturday at the History Center.", "Saturday",
     "2018-04-14"),
    ("Voting will run from 8 a.m. Tuesday.", "Tuesday", "2018-04-17"),
    ("The talks will resume at 10 a.m. GMT on Monday.", "on Monday", "2018-04-16"),
    # a sentence that does end after the time keeps its own tense
    ("The shops will close at 5 p.m. Police said on Saturday they had arrested him.", "on Saturday", "2018-04-07"),
])
def test_a_weekday_after_a_time_of_day_is_read_in_its_own_sentence(text, expression, value):
    assert values(text, THURSDAY)[expression] == value


@pytest.mark.parametrize("text, value", [
    ("Everyone needs to be able to compete in today's new economy.", "PRESENT_REF"),
    ("Young people in today's fast-changing world face many problems.", "PRESENT_REF"),
    ("Today's modern society has no time for it.", "PRESENT_REF"),
    # the day's own things stay the day
    ("Today's meeting was cancelled.", "2018-04-12"),
    ("Today's final vote was close.", "2018-04-12"),
])
def test_a_generic_todays_with_an_adjective_is_the_present(text, value):
    assert list(values(text, THURSDAY).values()) == [value]
