"""A time "could" governs lies ahead, as one "might" governs does (extract/timex.py, COULD_CUE): "could" in news speaks
of what is possible, not of a past ability, unless it is denied, limited, of the senses or of a past ("could have").
Sentences from fresh GeoWebNews and BBC passages (bench/data/timex_fresh_tim39.jsonl and the corpus read around it)."""

from __future__ import annotations

from datetime import date

import pytest

from flashpoint.extract.timex import find_time_expressions, iso_value


def values(text: str, published: date) -> dict[str, str | None]:
    return {m.text: iso_value(m)[0] for m in find_time_expressions(text, published)}


THURSDAY = date(2018, 4, 5)


@pytest.mark.parametrize("text, expression, value", [
    # told on Thursday 5 April 2018: the coming Friday, was the one before
    ("Evans says Alfie's life support could be turned off as early as Friday.", "Friday", "2018-04-06"),
    ("He said he could be released on Friday.", "on Friday", "2018-04-06"),
    ("Wales are hopeful that openside flanker Martyn Williams could be fit for Saturday's opener against England.",
     "Saturday", "2018-04-07"),
    # a month ahead: this year's, was last year's
    ("Chelsea physio Mike Banks was hopeful that Robben could return at some point in May.", "in May", "2018-05"),
    ("A decision could be reached in December, when the WTO's members gather for a summit.", "in December", "2018-12"),
])
def test_a_time_could_governs_lies_ahead(text, expression, value):
    assert values(text, THURSDAY)[expression] == value


@pytest.mark.parametrize("text, expression, value", [
    # a denied or limited "could", or one of the senses, is a past ability
    ("He could not attend the meeting on Monday.", "on Monday", "2018-04-02"),
    ("Police could only watch as the crowd grew on Monday.", "on Monday", "2018-04-02"),
    ("Smoke could be seen across the city on Monday.", "on Monday", "2018-04-02"),
    # the time dates another event than the possibility: an event after "after" or "following", a clause of its own,
    # a verb in the past between
    ("Manninger could miss the rest of the season after dislocating his shoulder in Monday's draw.", "Monday", "2018-04-02"),
    ("In what could become a model for other states, Nevada voters on Monday became the first to vote so.",
     "on Monday", "2018-04-02"),
    ("The program could be based on the software Microsoft bought in early March.", "in early March", "2018-03"),
])
def test_a_could_of_the_past_or_of_another_event_leaves_the_time_alone(text, expression, value):
    assert values(text, THURSDAY)[expression] == value


@pytest.mark.parametrize("text, expression, value", [
    # a weekday's genitive before an outcome: the day gone by, though the clause looks ahead (told on Thursday 5 April 2018)
    ("Che Adams' dismissal for violent conduct in Tuesday night's 1-0 defeat of Bolton Wanderers means Birmingham will "
     "have to cope without him.", "Tuesday night", "2018-04-03"),
    ("The store will get $30,000 for selling Friday's winning ticket.", "Friday", "2018-03-30"),
    ("The firm will pay $76 for each share, 6% more than Wednesday's closing price.", "Wednesday", "2018-04-04"),
    ("McNamara will be sidelined for a month after sustaining ankle damage in Tuesday 's 3-1 defeat to Barcelona.",
     "Tuesday", "2018-04-03"),
    ("Fishing and real estate also will be affected by Sunday's 9.0 magnitude earthquake.", "by Sunday", "2018-04-01"),
])
def test_a_weekday_naming_an_outcome_is_past(text, expression, value):
    assert values(text, THURSDAY)[expression] == value


@pytest.mark.parametrize("text, expression, value", [
    # a contest still to be played keeps the coming day
    ("Arsenal will be without Vieira for Saturday's clash with Manchester City.", "Saturday", "2018-04-07"),
    ("Fans are nervous ahead of Saturday's draw.", "Saturday", "2018-04-07"),
])
def test_a_weekday_naming_a_contest_to_come_stays_ahead(text, expression, value):
    assert values(text, THURSDAY)[expression] == value
