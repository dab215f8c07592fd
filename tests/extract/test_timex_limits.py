"""Time expressions whose value the clause around them decides: a limit of what was yet to be done, a comparison's
base "a year ago" after a quarter, 9/11 written day first, a year a verb enters or closes, "New Year Day"
(extract/timex.py). Sentences from fresh BBC and GeoWebNews passages (bench/data/timex_fresh_gwn.jsonl)."""

from __future__ import annotations

from datetime import date

import pytest

from flashpoint.extract.timex import find_time_expressions, iso_value


def values(text: str, published: date) -> dict[str, str | None]:
    return {m.text: iso_value(m)[0] for m in find_time_expressions(text, published)}


@pytest.mark.parametrize("text, published, expression, value", [
    # asked on a Friday to suspend trading until Monday: the coming Monday, the nearer of the two
    ("Both firms asked the Sydney stock market to suspend trading in their shares until Monday.", date(2005, 1, 14),
     "until Monday", "2005-01-17"),
    ("The court ordered him to stay in custody until Monday.", date(2005, 1, 14), "until Monday", "2005-01-17"),
    # warned in November of what must be done by the end of February: next February
    ("The airline warned of inadequate liquidity if it fails to reduce wage costs by $500m by the end of February.",
     date(2004, 11, 23), "by the end of February", "2005-02"),
    # the nearer one, not always ahead: told on 14 January to leave by 5 January
    ("He was told to leave the country by 5 January.", date(2005, 1, 14), "by 5 January", "2005-01-05"),
    # what was done until a limit is past: no infinitive, or one that tells what was done
    ("The talks lasted until Monday.", date(2005, 1, 14), "until Monday", "2005-01-10"),
    ("The rebels managed to hold out until Monday.", date(2005, 1, 14), "until Monday", "2005-01-10"),
])
def test_a_limit_of_what_was_yet_to_be_done_is_the_nearer_one(text, published, expression, value):
    assert values(text, published)[expression] == value


@pytest.mark.parametrize("text, expression, value", [
    ("In the fourth quarter alone Ford reported net income of $104m, compared with a loss of $793m a year ago.",
     "a year ago", "2003-Q4"),
    ("Fourth quarter turnover was $44.7bn, compared to $45.9bn a year ago.", "a year ago", "2003-Q4"),
    ("Sales rose 5% in the third quarter from a year ago.", "from a year ago", "2003-Q3"),
    # no comparison, or no quarter in its sentence: counted from the time of writing
    ("In the fourth quarter sales rose. A year ago, the firm was near bankruptcy.", "A year ago", "2004"),
    ("He joined the firm a year ago.", "a year ago", "2004"),
])
def test_a_year_ago_as_the_base_of_a_quarters_comparison_is_that_quarter_a_year_before(text, expression, value):
    assert values(text, date(2005, 1, 20))[expression] == value


@pytest.mark.parametrize("text, expression", [
    ("Airlines have faced tough conditions amid terrorism fears since the 11 September World Trade Centre attack in 2001.",
     "since the 11 September"),
    ("The attacks of 11 September changed everything.", "of 11 September"),
])
def test_september_11_written_day_first_before_its_attack_is_the_day_history_names(text, expression):
    assert values(text, date(2004, 11, 23))[expression] == "2001-09-11"


def test_the_11th_of_september_with_no_attack_is_this_years():
    assert values("The talks were held on 11 September.", date(2004, 11, 23)) == {"on 11 September": "2004-09-11"}


@pytest.mark.parametrize("text, expected", [
    ("On the basis of the latest information the UK has entered 2005 on course to grow.", {"2005": "2005"}),
    ("Stocks began 2005 on a weak note.", {"2005": "2005"}),
    ("The index ended 2004 up 3%.", {"2004": "2004"}),
    # a count or an index level after the same verbs is no year
    ("The bank opened 1500 new branches.", {}),
    ("The chain closed 2000 stores.", {}),
    ("The Nasdaq closed 2050 points higher.", {}),
])
def test_a_year_a_verb_enters_opens_or_closes_is_a_date(text, expected):
    assert values(text, date(2005, 1, 25)) == expected


def test_new_year_day_without_the_genitive_is_the_holiday():
    text = "She was displaced from her home after gunmen attacked on New Year Day."
    assert values(text, date(2018, 4, 5)) == {"on New Year Day": "2018-01-01"}


@pytest.mark.parametrize("text", [
    "The book, by Sunday Telegraph journalist Robert Peston, says so.",
    "The Daily and Sunday Telegraph newspapers are axing jobs.",
    "Speaking on BBC Radio Scotland's Sunday Live programme, Ms Jamieson said so.",
    "Ant & Dec's Saturday Night Takeaway won the award.",
])
def test_a_weekday_opening_the_name_of_a_paper_or_programme_is_no_day(text):
    assert values(text, date(2005, 1, 12)) == {}


@pytest.mark.parametrize("text, expected", [
    ("On Monday Tony Blair said he would go.", {"On Monday": "2005-01-10"}),
    ("The deal must be signed by Friday.", {"by Friday": "2005-01-14"}),
])
def test_a_weekday_before_a_name_that_is_no_title_is_a_day(text, expected):
    assert values(text, date(2005, 1, 12)) == expected


@pytest.mark.parametrize("text, value", [
    ("Washington, D.C., today has more murals than ever before.", "PRESENT_REF"),
    ("Sales today are higher than two years ago.", "PRESENT_REF"),
    # the day of writing where a verb in the past tells of it, or a clause opens between
    ("The company announced today it would cut more jobs than a year ago.", "2018-04-05"),
    ("The company said today that it would cut more jobs than ever.", "2018-04-05"),
])
def test_today_compared_further_on_in_its_clause_with_a_past_is_the_present(text, value):
    assert next(v for t, v in values(text, date(2018, 4, 5)).items() if t.lower() == "today") == value


def test_a_count_of_days_after_a_coarser_time_starts_at_that_times_day_told_before():
    text = ("The singer will perform in Leeds on Friday, 10 June. Fans who bought tickets for the cancelled 3 March show "
            "can attend. The June concert will be followed by a festival date two days later.")
    assert values(text, date(2005, 4, 1))["two days later"] == "2005-06-12"


@pytest.mark.parametrize("text, value", [
    ("He was arrested on 3 March. Two days later he was freed.", "2005-03-05"),
    # a coarser time holding the day counted from leaves it the start
    ("He was arrested on 3 March. In March the court sat. Two days later he was freed.", "2005-03-05"),
])
def test_a_count_of_days_starts_at_the_day_told_last(text, value):
    assert values(text, date(2005, 4, 1))["Two days later"] == value


@pytest.mark.parametrize("text, expression, value", [
    ("Bill Ryan is spending the last days of the summer traveling across Canada.", "the last days of the summer", "2004-SU"),
    ("The deal should close by the end of the summer.", "the end of the summer", "2004-SU"),
    ("The plan was drafted in the middle of summer.", "the middle of summer", "2004-SU"),
    ("The first weeks of spring were wet.", "The first weeks of spring", "2004-SP"),
])
def test_a_part_of_a_season_is_the_season(text, expression, value):
    assert values(text, date(2004, 8, 25)) == {expression: value}


@pytest.mark.parametrize("text", ["He showed the end of the spring collection.", "Prices rose at the end of the fall in demand."])
def test_a_season_naming_a_noun_or_a_fall_in_prices_is_no_time(text):
    assert values(text, date(2004, 8, 25)) == {}


def test_a_comparisons_base_does_not_move_the_quarter_spoken_of():
    text = ("AMR reported a loss for the fourth quarter of 2004, against a loss for the same period a year earlier. "
            "For the full year, AMR posted a loss of $761m, lower than 2003's $1.2bn loss. "
            "\"The results came in below our estimate for the quarter,\" said an analyst.")
    assert values(text, date(2005, 1, 14))["the quarter"] == "2004-Q4"


def test_a_year_after_an_adjective_in_ing_is_no_year_a_verb_opens():
    assert "2006" not in values("Gerrard is a doubt for today's opening 2006 World Cup qualifier.", date(2004, 9, 4))


def test_a_season_as_the_limit_of_what_was_yet_to_be_done_is_the_coming_one():
    text = "The firm asked the court to suspend the hearing until the autumn."
    assert values(text, date(2005, 5, 10)) == {"until the autumn": "2005-FA"}


@pytest.mark.parametrize("text, expected", [
    ("She said as early as 2011, the council sought support.", {"as early as 2011": "2011"}),
    ("The firm was profitable as recently as 2015.", {"as recently as 2015": "2015"}),
    ("Records go as far back as 1850.", {"as far back as 1850": "1850"}),
    ("Talks broke down as recently as May.", {"as recently as May": "2017-05"}),
    # a count after the same words is no year
    ("As early as 2000 people gathered.", {}),
])
def test_a_year_or_month_after_a_hedge_on_it_is_a_date(text, expected):
    assert values(text, date(2018, 4, 6)) == expected


@pytest.mark.parametrize("text, published, value", [
    # figures to come are of the quarter just ended: written in April, January
    ("This has been a headwind ahead of the upcoming first-quarter corporate earnings season.", date(2018, 4, 4), "2018-Q1"),
    ("Ford will report fourth-quarter earnings next week.", date(2005, 1, 14), "2004-Q4"),
    # a quarter ended long before, or figures not named, is the next of its number
    ("Analysts expect fourth-quarter profits to rise.", date(2018, 4, 4), "2018-Q4"),
    ("The company expects a return to profit in the first quarter.", date(2018, 4, 4), "2019-Q1"),
])
def test_a_quarter_whose_figures_are_to_come_is_the_latest_ended(text, published, value):
    assert next(v for t, v in values(text, published).items() if "quarter" in t) == value


@pytest.mark.parametrize("text, value", [
    ("FIMBank fell to the lowest since end of November 2015.", "2015-11"),
    ("Shares are at their highest since the end of last month.", "2018-03"),
    ("Shares are at their highest since the end of 2015.", "2015"),
])
def test_since_a_part_of_a_month_is_that_month(text, value):
    assert list(values(text, date(2018, 4, 5)).values()) == [value]


@pytest.mark.parametrize("text, expected", [
    ("Markets fell.\n\nMarch was another volatile month for financial markets.", {"March": "2018-03"}),
    ("Sales fell. January saw record sales.", {"January": "2018-01"}),
    ("May was a bad month for her.", {}),
])
def test_a_month_opening_a_sentence_as_its_subject_is_a_date(text, expected):
    assert values(text, date(2018, 4, 4)) == expected
