"""Time expressions whose side of the publication date a word near them decides: a limit with a time of day
between it and its weekday, a past form that is an adjective rather than the clause's verb, "the present year"
(extract/timex.py). Sentences from fresh GeoWebNews passages (bench/data/timex_fresh_tim36.jsonl and its neighbours)."""

from __future__ import annotations

from datetime import date

import pytest

from flashpoint.extract.timex import find_time_expressions, iso_value


def values(text: str, published: date) -> dict[str, str | None]:
    return {m.text: iso_value(m)[0] for m in find_time_expressions(text, published)}


THURSDAY = date(2018, 4, 5)


@pytest.mark.parametrize("text, expression, value", [
    # a sale open "until 11:59 p.m. CT on Sunday", told on a Thursday: the coming Sunday, as "until Sunday" is
    ("The new price -- effective from 7 a.m. CT today until 11:59 p.m. CT on Sunday -- is all-inclusive.",
     "on Sunday", "2018-04-08"),
    ("The sale runs until midnight Sunday.", "Sunday", "2018-04-08"),
    ("Entries close by noon on Friday.", "on Friday", "2018-04-06"),
    # a time of day before a weekday with no limit, or a limit told in the past, keeps its reading
    ("Shares were up over 5% by noon on Monday following a new offer.", "on Monday", "2018-04-02"),
    ("The fire started at 11 p.m. on Sunday.", "on Sunday", "2018-04-01"),
])
def test_a_limit_with_a_time_of_day_before_its_weekday_is_a_limit(text, expression, value):
    assert values(text, THURSDAY)[expression] == value


@pytest.mark.parametrize("text, expression, value", [
    # the participle modifies the noun after it: the clause's verb looks ahead
    ("This report will be used to apply to SEAI for capital grant funding to implement proposed recommendations in "
     "August.", "in August", "2018-08"),
    ("The minister will present the revised budget on Tuesday.", "on Tuesday", "2018-04-10"),
    ("Unions are preparing for the planned strike on Monday.", "on Monday", "2018-04-09"),
    # a past verb of the clause still reads past, with an adjective before it or not
    ("An armed gang attacked the village on Monday.", "on Monday", "2018-04-02"),
    ("The police said the wanted man was arrested on Monday.", "on Monday", "2018-04-02"),
    # a verb that takes a participle makes it the clause's past
    ("He wanted to have finished the job in March.", "in March", "2018-03"),
])
def test_a_past_form_that_modifies_a_noun_is_no_past_of_its_clause(text, expression, value):
    assert values(text, THURSDAY)[expression] == value


@pytest.mark.parametrize("text, expression, value", [
    ("In the present year, a package of legislative initiatives on investment was adopted.", "In the present year", "2018"),
    ("The foreign investments for the period of the present year comprised 361.5 billion tenge.",
     "of the present year", "2018"),
    ("Sales in the present quarter are weak.", "in the present quarter", "2018-Q2"),
])
def test_the_present_year_is_the_current_one(text, expression, value):
    assert values(text, THURSDAY)[expression] == value


def test_the_present_before_another_noun_stays_present_ref():
    assert values("The present crisis is severe.", THURSDAY) == {"present": "PRESENT_REF"}


@pytest.mark.parametrize("text, expression", [
    ("He is currently on bail.", "currently"),
    ("Former Worldcom boss Bernie Ebbers is currently on trial, accused of overseeing a fraud.", "currently"),
    ("Currently on offer in beta-version in the US, the service costs $15 a month.", "Currently"),
    ("The game is now on sale.", "now"),
])
def test_currently_before_on_is_present_ref(text, expression):
    assert values(text, date(2005, 1, 12))[expression] == "PRESENT_REF"


def test_current_on_its_debts_is_no_time():
    assert values("The firm is current on its debts.", date(2005, 1, 12)) == {}


@pytest.mark.parametrize("text, expression, value", [
    ('"Without a doubt, 2005 has been a landmark year for the Bafta Interactive Awards," he added.', "2005", "2005"),
    ("Writers will still play around with malicious code, said Mr Hogan, 2004 saw a significant rise in criminal use.",
     "2004", "2004"),
    ("The unit assisted with drug investigations; 2018 has already pulled the unit in numerous directions.", "2018", "2018"),
    ("Ofcom has declared 056 to be the area code and 2005 is likely to see more services starting up.", "2005", "2005"),
])
def test_a_year_opening_a_clause_before_a_times_verb_is_its_year(text, expression, value):
    assert values(text, date(2005, 1, 12))[expression] == value


@pytest.mark.parametrize("text", [
    "In all, 2000 were killed and 1500 had fled.",
    "The army said 1200 will be deployed, and 1850 could be sent.",
    "Of the total, 1996 had been employed.",
])
def test_a_count_opening_a_clause_is_no_year(text):
    assert values(text, date(2005, 1, 12)) == {}


def test_a_list_opening_with_figures_is_a_sentence_of_its_own():
    # the list of race weekends has no verb: the nearer days, not last year's read off "has been extended" before it
    text = ("The partial reverse grid draws have been extended (previously it was sixth to 10th). 2018 calendar. "
            "7/8 April: Brands Hatch Indy, Kent. 28/29 April: Donington Park, Leicestershire.")
    assert values(text, THURSDAY)["8 April"] == "2018-04-08"
    assert values(text, THURSDAY)["29 April"] == "2018-04-29"


@pytest.mark.parametrize("text, expression, value", [
    # the quotation's own tense, not the reporting verb's
    ("In a letter, the candidate clarified his position: \u201cWe believe it is convenient that the signing be made "
     "after the July 1 elections.", "July 1", "2018-07-01"),
    ("The minister explained: \u201cThe new rules take effect in June.", "in June", "2018-06"),
    # a past inside the quotation still reads past
    ("The coach told reporters: \u201cWe played badly in March.", "in March", "2018-03"),
    # a term in quotes is no quotation: "would join" looks ahead
    ("Egypt said it would join Libya for a \"mini-summit\" Sunday on Darfur.", "Sunday", "2018-04-08"),
])
def test_a_quotation_has_its_own_tense(text, expression, value):
    assert values(text, THURSDAY)[expression] == value


@pytest.mark.parametrize("text, expression, value", [
    ("Troy Brown didn't play any defense against Carolina in Saturday night's exhibition game.", "Saturday night",
     "2018-03-31"),
    ("The firm didn't report its results in May.", "in May", "2017-05"),
])
def test_a_negated_past_is_a_past(text, expression, value):
    assert values(text, THURSDAY)[expression] == value


@pytest.mark.parametrize("text, expression, value", [
    ("Knight said the scale of the problem became clear to her after the 2003 shootings in Aston.", "2003", "2003"),
    ("Celebrity Big Brother attracted fewer viewers than its 2002 series.", "2002", "2002"),
    ("Bloody Sunday, about the 1972 killings in Northern Ireland, won the award.", "1972", "1972"),
    ("The only blemish on the record of the awesome 1967 tourists was a draw.", "1967", "1967"),
])
def test_a_year_after_a_determiner_before_a_plural_it_names_is_its_year(text, expression, value):
    assert values(text, date(2005, 1, 12))[expression] == value


@pytest.mark.parametrize("text", [
    "The 2000 troops arrived on time.",
    "The remaining 1500 km were covered on foot.",
    "The 1996 metres were run in record time.",
])
def test_a_round_figure_or_a_units_count_after_a_determiner_is_no_year(text):
    assert values(text, date(2005, 1, 12)) == {}


@pytest.mark.parametrize("text, expression, value", [
    ('The charity\'s director, Barbara Stocking, said: "2005 offers the chance for an historic breakthrough."', "2005", "2005"),
    ('"2004 has proven to be an important year," it said.', "2004", "2004"),
])
def test_a_year_opening_a_quotation_before_a_times_verb_is_its_year(text, expression, value):
    assert values(text, date(2005, 1, 12))[expression] == value


def test_a_count_opening_a_quotation_is_no_year():
    assert values('He said, "2000 were killed."', date(2005, 1, 12)) == {}


@pytest.mark.parametrize("text, expression, value", [
    ("The airline suspended reservations for its program as it studies its operation until May 1.", "until May 1",
     "2018-05-01"),
    ("Tamil Nadu said it had written to the Centre so that farmers do not suffer during the irrigation season commencing "
     "from June 1.", "from June 1", "2018-06-01"),
    # the past is the expression's own clause's
    ("He left as prices rose in May.", "in May", "2017-05"),
    ("He resigned because he was ill in May.", "in May", "2017-05"),
])
def test_a_clause_in_the_present_after_a_past_verb_looks_either_side(text, expression, value):
    assert values(text, THURSDAY)[expression] == value
