"""Time expressions resolve against the publication date (fp_dates, extract/timex.py)."""

from __future__ import annotations

import json
from datetime import date

import pytest
import spacy

from flashpoint.eval import GOLD_DIR
from flashpoint.extract.dates import GRANULARITY_RANK, DateResolver, date_for_span, event_dating
from flashpoint.eval.claims import score_dates
from flashpoint.eval.shared_text import read_gold
from flashpoint.extract.timex import find_time_expressions, iso_value
from flashpoint.ingest.article_input import ArticleInput
from flashpoint.pipeline import extract_records
from flashpoint.records import Article

FRIDAY = date(2021, 4, 2)
GOLD = GOLD_DIR / "dates_gold.jsonl"


def only(text: str, published: date = FRIDAY):
    found = find_time_expressions(text, published)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text, day", [
    ("The US commented on Thursday.", date(2021, 4, 1)),
    ("Earlier on Thursday, the envoys met.", date(2021, 4, 1)),
    ("The statement came late on Wednesday.", date(2021, 3, 31)),
    ("Troops moved on Monday morning.", date(2021, 3, 29)),
])
def test_weekday_is_the_most_recent_one_before_publication(text, day):
    assert only(text).date == day


def test_weekday_of_the_publication_day_is_that_day():
    assert only("The ministry said on Friday that talks were over.").date == FRIDAY


def test_last_weekday_of_the_publication_day_is_a_week_earlier():
    assert only("Talks ended last Friday.").date == date(2021, 3, 26)


def test_weekday_in_a_future_clause_is_the_next_one():
    assert only("The ministers will meet on Tuesday.").date == date(2021, 4, 6)


def test_mid_month_is_dated_the_fifteenth():
    m = only("Biden sparked outrage in mid-March.")
    assert (m.date, m.granularity, m.text) == (date(2021, 3, 15), "part", "in mid-March")


def test_early_month_not_yet_reached_is_dated_publication_day():
    m = only("Fighting intensified in early April.")
    assert m.date == FRIDAY and m.end_date == date(2021, 4, 10)


def test_last_year_covers_the_calendar_year_before():
    m = only("It eroded last year's ceasefire.")
    assert (m.date, m.end_date, m.granularity) == (date(2020, 1, 1), date(2020, 12, 31), "year")


def test_since_a_year_is_a_span_up_to_publication():
    m = only("The conflict since 2014 has escalated again.")
    assert (m.text, m.date, m.end_date, m.granularity) == ("since 2014", date(2014, 1, 1), FRIDAY, "span")


def test_since_the_beginning_of_the_year_starts_on_january_first():
    m = only("20 soldiers died since the beginning of the year.")
    assert (m.date, m.end_date) == (date(2021, 1, 1), FRIDAY)


@pytest.mark.parametrize("text, day", [
    ("It happened yesterday.", date(2021, 4, 1)),
    ("It happened two days ago.", date(2021, 3, 31)),
    ("Talks began on April 1.", date(2021, 4, 1)),
    ("The treaty was signed on 1 April 2021.", date(2021, 4, 1)),
    ("The attack took place on March 3, 2020.", date(2020, 3, 3)),
])
def test_day_expressions_resolve_to_their_day(text, day):
    m = only(text)
    assert (m.date, m.granularity) == (day, "day")


def test_last_week_is_the_calendar_week_before():
    m = only("Troops crossed the border last week.")
    assert (m.date, m.end_date, m.granularity) == (date(2021, 3, 22), date(2021, 3, 28), "week")


def test_in_a_year_covers_that_year():
    m = only("The company was founded in 2019.")
    assert (m.date, m.end_date, m.granularity) == (date(2019, 1, 1), date(2019, 12, 31), "year")


def test_month_without_year_is_the_last_one_unless_the_clause_is_future():
    assert only("Elections were held in June.").date == date(2020, 6, 1)
    assert only("Elections will be held in June.").date == date(2021, 6, 1)


def test_rolling_windows_end_on_publication():
    m = only("Dozens were killed in the past 24 hours.")
    assert (m.date, m.end_date, m.granularity) == (date(2021, 4, 1), FRIDAY, "span")


def test_between_two_years_is_one_span():
    m = only("The blockade lasted between 2014 and 2018.")
    assert (m.text, m.date, m.end_date) == ("between 2014 and 2018", date(2014, 1, 1), date(2018, 12, 31))


@pytest.mark.parametrize("text", ["Theresa May said so.", "a 45-year-old man", "the 2000 troops", "May I ask?"])
def test_names_ages_and_bare_years_are_not_time_expressions(text):
    assert find_time_expressions(text, FRIDAY) == []


def _doc(text: str, published: date = FRIDAY):
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp(text)
    doc._.fp_article = Article(id="t", title=None, published=published, source=None, text=text)
    doc._.fp_dates = DateResolver().find(doc)
    return doc


def test_date_for_span_prefers_the_most_precise_expression():
    doc = _doc("In 2021 on Thursday the envoys met.")
    assert date_for_span(doc, 0, len(doc.text)) == (date(2021, 4, 1), "weekday")


def test_date_for_span_skips_spans_and_falls_back_to_publication():
    doc = _doc("The conflict since 2014 has escalated again.")
    assert date_for_span(doc, 0, len(doc.text)) == (FRIDAY, "published")


@pytest.mark.parametrize("text", ["Both sides are eroding last year’s ceasefire.",
                                  "The rebels rejected this month's talks.",
                                  "Officials criticised 2014's annexation again."])
def test_a_coarse_date_in_the_genitive_names_a_thing_not_when_the_clause_happens(text):
    doc = _doc(text)
    assert date_for_span(doc, 0, len(doc.text)) == (FRIDAY, "published")


def test_a_day_in_the_genitive_still_dates_the_clause():
    doc = _doc("Thursday's attack killed five soldiers.")
    assert date_for_span(doc, 0, len(doc.text)) == (date(2021, 4, 1), "weekday")


def test_date_component_resolves_nothing_without_a_publication_date():
    doc = _doc("It happened yesterday.")
    doc._.fp_article = Article(id="t", title=None, published=None, source=None)
    assert DateResolver().find(doc) == []


def test_dates_gold_set_is_at_least_ninety_percent_right():
    rows = read_gold(GOLD)
    assert len(rows) >= 30
    score = score_dates(rows)
    assert score.share >= 0.9, "\n".join(score.misses)


def test_dates_gold_set_rows_are_well_formed():
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        assert row["expression"] in row["text"]
        date.fromisoformat(row["date"])


def test_every_time_pattern_names_the_word_its_matches_need():
    from flashpoint.extract.timex import PATTERN_NEEDS, PATTERNS

    assert set(PATTERN_NEEDS) == {name for name, _ in PATTERNS}


@pytest.mark.parametrize("text", [
    "Earlier on Thursday the envoys met; between 2014 and 2020 and in the past 24 hours, two weeks ago.",
    "The talks, held in mid-March 2021 and again on the 5th of April, 2021, ended at the turn of the year.",
    "x" * 300 + " since the 1990s, last weekend, tonight, on 2021-04-02 and 12 May " + "y" * 300,
    "x" * 300 + " recently, as in the near future and now, the day before. " + "y" * 300 + " the previous year, Christmas",
])
def test_scanning_only_near_anchor_words_finds_what_a_whole_text_scan_finds(text, monkeypatch):
    from flashpoint.extract import timex

    windowed = [(name, m.span()) for name, m in timex._matches(text)]
    monkeypatch.setattr(timex, "_windows", lambda t, *narrower: [(0, len(t))])
    assert windowed == [(name, m.span()) for name, m in timex._matches(text)]


MARCH_10 = date(2021, 3, 10)


@pytest.mark.parametrize("text, value", [
    ("Leaders will meet at a summit set for April.", "2021-04"),
    ("The report is due in May.", "2021-05"),
    ("A hearing has been scheduled for June 3.", "2021-06-03"),
    ("Talks collapsed in April.", "2020-04"),
    ("The deal will be finalised by June 10.", "2021-06-10"),
    ("The firm has a June 1 deadline.", "2021-06-01"),
])
def test_tense_and_scheduling_words_decide_past_or_future(text, value):
    assert iso_value(only(text, MARCH_10))[0] == value


@pytest.mark.parametrize("text, value, precision", [
    ("Profits rose in the third quarter of 2020.", "2020-Q3", "quarter"),
    ("Its third-quarter results disappointed.", "2020-Q3", "quarter"),
    ("Sales fell in fiscal 2020.", "FY2020", "year"),
    ("Fighting resumed last summer.", "2020-SU", "season"),
    ("The army withdrew between 2014 and 2016.", "2014", "year"),
    ("Prices are now higher.", "PRESENT_REF", "vague"),
    ("He led the 2010 raid.", "2010", "year"),
    ("The 2014-2016 war ended.", "2014", "year"),
])
def test_quarters_fiscal_years_seasons_ranges_now_and_year_modifiers(text, value, precision):
    assert iso_value(only(text, MARCH_10)) == (value, precision)


def test_a_year_naming_a_thing_dates_no_event():
    nlp = spacy.blank("en")
    doc = nlp.make_doc("Veterans of the 1968 raid marched.")
    doc._.fp_article = Article(id="a", title=None, published=MARCH_10, source=None, text=doc.text)
    doc = DateResolver()(doc)
    assert [d.text for d in doc._.fp_dates] == ["1968"]
    assert date_for_span(doc, 0, len(doc.text)) == (MARCH_10, "published")


def dated(text: str, published: date = MARCH_10):
    doc = spacy.blank("en").make_doc(text)
    doc._.fp_article = Article(id="a", title=None, published=published, source=None, text=text)
    doc = DateResolver()(doc)
    return event_dating(doc, 0, len(text))


def test_an_event_the_text_places_decades_back_is_dated_there_and_marked_background():
    assert dated("In 1968 troops stormed the town.") == (date(1968, 1, 1), "year", True)


def test_an_event_carries_the_precision_of_the_expression_that_dated_it():
    assert dated("Troops stormed the town on Monday.") == (date(2021, 3, 8), "day", False)
    assert dated("Troops stormed the town.") == (MARCH_10, None, False)     # the publication date stands in


@pytest.mark.parametrize("text", ["Voters turned out on Super Tuesday.", "Sheffield Wednesday lost."])
def test_a_named_day_is_not_this_weeks_weekday(text):
    assert find_time_expressions(text, FRIDAY) == []


@pytest.mark.parametrize("text, value", [
    ("Markets marked the anniversary of Black Monday.", "1987-10-19"),     # a day history names is that day
    ("It was the worst day since 9/11.", "2001-09-11"),
    ("Apple spoke at the Worldwide Developers Conference 2010.", "2010"),   # a year completing an event's name
])
def test_historic_days_and_years_of_event_names_are_dates(text, value):
    assert values(text, FRIDAY) == [value]


@pytest.mark.parametrize("text", ["Microsoft shipped SQL Server 2005 late.", "It ran Windows 2000 well.",
                                  "Fahrenheit 9/11 won best film."])
def test_a_year_in_a_products_name_is_no_date(text):
    assert find_time_expressions(text, FRIDAY) == []


@pytest.mark.parametrize("text, value", [
    ("Prices have recently risen.", "PAST_REF"),
    ("The recent downturn hurt exports.", "PAST_REF"),
    ("Sales fell in recent weeks.", "PAST_REF"),
    ("Rates will rise in the future.", "FUTURE_REF"),
    ("Rates should rise in the coming months.", "FUTURE_REF"),
    ("Mistakes of the past will not be repeated.", "PAST_REF"),
    ("He spoke of the future of our people.", "FUTURE_REF"),
    ("The report was bleak about the country's future.", "FUTURE_REF"),
    ("Its future is uncertain.", "FUTURE_REF"),
    ("The president is currently in Paris.", "PRESENT_REF"),
    ("These days few people write letters.", "PRESENT_REF"),
])
def test_a_vague_reference_is_a_present_past_or_future_ref_without_a_made_up_day(text, value):
    """TIMEX3's PaPrFu tokens (TimeML 1.2.1, TIMEX3 value; the convention in extract/timex.py's docstring)."""
    assert iso_value(only(text, MARCH_10)) == (value, "vague")


@pytest.mark.parametrize("text", ["The former Soviet republic voted.", "He met the future wife of Johnny Cash.",
                                  "He ruled out future tax rises.", "Talks will resume soon.",
                                  "Ex-minister Lord Roberts spoke.", "Prices fell over the past week and the past two years.",
                                  "The firm, formerly Interbrew, grew.", "It replaces the aluminium previously used."])
def test_former_future_before_a_noun_soon_and_sequencing_words_are_no_vague_reference(text):
    assert all(iso_value(d)[1] != "vague" for d in find_time_expressions(text, MARCH_10))


def test_a_vague_past_dates_no_event_and_keeps_it_off_the_publication_day():
    assert dated("Troops recently stormed the town.") == (MARCH_10, "vague", False)
    assert dated("Troops stormed the town in the past.") == (MARCH_10, "vague", False)


def test_now_leaves_the_event_on_the_publication_day():
    assert dated("Troops are now storming the town.") == (MARCH_10, None, False)


@pytest.mark.parametrize("text, value", [
    ("Troops entered on Monday and left the next day.", "2021-03-09"),
    ("Profit rose in 2019 from the previous year.", "2018"),
    ("Profit was $2bn in 2019, up from $1bn the year before.", "2018"),
    ("The Dow fell 500 points on Monday to end the day at 7,114.", "2021-03-08"),
    ("Voting was held on the same day.", "2021-03-10"),     # nothing before it: the publication day
])
def test_the_next_day_and_the_previous_year_count_from_the_last_date_before_them(text, value):
    assert iso_value(find_time_expressions(text, MARCH_10)[-1])[0] == value


@pytest.mark.parametrize("text, value", [
    ("Shops were busy over Christmas.", "2020-12-25"),
    ("The bill will be debated before Christmas.", "2021-12-25"),
    ("Churches opened on Good Friday 2019.", "2019-04-19"),     # Easter from dateutil
    ("The ceasefire will hold until Easter.", "2021-04-04"),
    ("Aid went to victims of the Boxing Day tsunami, which will be remembered.", "2020-12-26"),
])
def test_holidays_are_their_day_on_the_side_the_tense_says(text, value):
    assert iso_value(only(text, MARCH_10))[0] == value


@pytest.mark.parametrize("text", ["Father Christmas visited the ward.", "The Office Christmas Special won.",
                                  "Shares in 20th Century Fox rose.", "Charities hired 2000 people for 2000 jobs.",
                                  "The Sunday Times reported the deal.", "It was a quarter-final."])
def test_names_and_amounts_that_look_like_dates_are_not(text):
    assert find_time_expressions(text, MARCH_10) == []


@pytest.mark.parametrize("text, value, precision", [
    ("Slavery ended in the 19th century.", "18", "century"),
    ("Growth slowed in the late 1990s.", "199", "decade"),
    ("Growth forecasts for 2021 were cut.", "2021", "year"),
    ("Output fell in the current quarter.", "2021-Q1", "quarter"),
    ("Results for Q4 disappointed.", "2020-Q4", "quarter"),
    ("The prisoner was released on the 5th.", "2021-03-05", "day"),
])
def test_centuries_decades_years_after_for_quarters_and_ordinal_days(text, value, precision):
    assert iso_value(only(text, MARCH_10)) == (value, precision)


def test_the_second_of_two_coordinated_years_or_months_is_found_too():
    found = find_time_expressions("Fighting raged in 2014 and 2015, and again in May or June.", MARCH_10)
    assert [(m.text, iso_value(m)[0]) for m in found] == [("in 2014", "2014"), ("2015", "2015"), ("in May", "2020-05"),
                                                         ("June", "2020-06")]
    assert [m.text for m in find_time_expressions("It grew in 2014 and 2000 people moved.", MARCH_10)] == ["in 2014"]


def test_until_a_weekday_with_no_tense_is_the_coming_one():
    assert only("Curfew in the capital until Friday.", MARCH_10).date == date(2021, 3, 12)


def test_an_event_in_a_decade_long_ago_is_background_at_decade_precision():
    assert dated("In the 1990s troops stormed the town.") == (date(1990, 1, 1), "decade", True)


def test_time_records_carry_vague_references():
    from flashpoint.extract.dates import time_records

    doc = spacy.blank("en").make_doc("Talks recently resumed.")
    doc._.fp_article = Article(id="a", title=None, published=MARCH_10, source=None, text=doc.text)
    doc = DateResolver()(doc)
    [t] = time_records(doc)
    assert (t.text, t.value, t.precision, t.future) == ("recently", "PAST_REF", "vague", False)


@pytest.mark.parametrize("text, extent", [
    ("Talks resumed on Monday.", "Monday"),                             # TIMEX3 leaves the preposition out
    ("Sales fell in the past.", "the past"),
    ("The curfew runs until at least May.", "May"),                     # and a hedge on a limit
    ("The firm, founded 1902, makes cars.", "1902"),
    ("The firm is at present the largest.", "at present"),              # a preposition that is part of the expression
    ("The firm has sold 2 million phones to date.", "to date"),
    ("Shares fell earlier today.", "earlier today"),                    # "earlier" stays, as MEANTIME tags it
    ("Rebels shelled the port overnight on Tuesday.", "Tuesday"),       # "overnight" dates the night, the weekday is tagged
])
def test_time_records_cover_timex3s_extent(text, extent):
    from flashpoint.extract.dates import time_records

    doc = spacy.blank("en").make_doc(text)
    doc._.fp_article = Article(id="a", title=None, published=MARCH_10, source=None, text=doc.text)
    [t] = time_records(DateResolver()(doc))
    assert (t.text, text[t.evidence.start:t.evidence.end]) == (extent, extent)


@pytest.mark.parametrize("text, found", [
    # a past or present no count reckons: TIMEX3's PAST_REF / PRESENT_REF
    ("Sales have risen in past years.", [("in past years", "PAST_REF")]),
    ("In past decades the city grew fast.", [("In past decades", "PAST_REF")]),
    ("In those days the firm made radios.", [("those days", "PAST_REF")]),
    ("The firm was founded some time ago.", [("some time ago", "PAST_REF")]),
    ("Not long ago, the firm was profitable.", [("Not long ago", "PAST_REF")]),
    ("He left the firm a while ago.", [("a while ago", "PAST_REF")]),
    ("The phone is now on sale in Europe.", [("now", "PRESENT_REF")]),
    # units the text names without a date of its own
    ("The airline plans to double its fleet over the next decade.", [("over the next decade", "201")]),
    ("Sales fell in the 2008-09 fiscal year.", [("2008-09 fiscal year", "FY2009")]),
    ("Deliveries will start in the latter half of 2010.", [("in the latter half of 2010", "2010-H2")]),
    ("The firm lost money in the early part of last year.", [("in the early part of last year", "2008")]),
    ("Deliveries will start in H2 2010.", [("in H2 2010", "2010-H2")]),
    ("The plane was delivered in the spring of last year.", [("in the spring", "2008-SP"), ("of last year", "2008")]),
    ("The firm made a loss in its most recent quarter.", [("in its most recent quarter", "2009-Q1")]),
    ("The firm reported a loss for the latest quarter.", [("for the latest quarter", "2009-Q1")]),
    ("The company, founded 1902, makes cars.", [("founded 1902", "1902")]),
    # the markets' periods
    ("The index rose 2% on the week.", [("on the week", "2009-W24")]),
    ("The index fell 5% over the month.", [("over the month", "2009-06")]),
    ("At the end of the day, the Dow was down 200 points.", [("At the end of the day", "2009-06-10")]),
    ("At the end of the day, it is the voters who decide.", []),         # the idiom
    # no times
    ("Hamilton was best actress for Suddenly Last Summer.", []),         # a title
    ("The firm cut jobs last summer.", [("last summer", "2008-SU")]),
    ("The bank's present value of the loans fell.", []),
    ("Better Talk Now upsets the favourite.", []),                       # a horse's name
    ("The firm won 5 Marketing awards and 3 Junior titles.", []),        # a month's letters opening another word
    ("Shares rose. Now the firm wants more.", [("Now", "PRESENT_REF")]),
])
def test_timex3_date_classes_written_for_the_held_out_gap(text, found):
    assert [(m.text, iso_value(m)[0]) for m in find_time_expressions(text, date(2009, 6, 10))] == found


@pytest.mark.parametrize("text, found", [
    # a weekday with its date in brackets is that date
    ("The lawyers filed papers Thursday (9 September), asking for time.", [("Thursday (9 September", "2004-09-09")]),
    ("A new Cabinet is likely to be sworn in on Monday.", [("on Monday", "2004-10-18")]),      # "likely to" looks ahead
    ("The talks were likely to have ended on Monday.", [("on Monday", "2004-10-11")]),
    # "this Saturday" is the publication week's, whatever the tense of the clause around it
    ("He flew in for a rally ahead of this Saturday's election.", [("this Saturday", "2004-10-16")]),
    ("He said this Monday that he would resign.", [("this Monday", "2004-10-11")]),
    ("It was the last week of campaigning.", []),                       # a final week, no window up to publication
    ("Lending slowed in the last months of 2004.", [("in the last months of 2004", "2004")]),    # the year's end, no window
    ("The firm posted a profit for the last year of $2.7 billion.", [("for the last year", "2003")]),
])
def test_weekdays_read_from_unseen_wire_copy(text, found):
    assert [(m.text, iso_value(m)[0]) for m in find_time_expressions(text, date(2004, 10, 13))] == found


@pytest.mark.parametrize("text, value", [
    ("Prices have risen since last year.", "2008"),
    ("Prices have risen since last summer.", "2008-SU"),
    ("Prices have risen since the second quarter of 2008.", "2008-Q2"),
    ("Prices have risen since mid-March.", "2009-03"),
    ("Prices have risen since last week.", "2009-W23"),
    ("Prices have risen since fiscal 2007.", "FY2007"),
    ("Prices have risen since Christmas.", "2008-12-25"),
])
def test_a_span_since_a_time_is_valued_at_the_precision_of_that_time(text, value):
    assert [iso_value(m)[0] for m in find_time_expressions(text, date(2009, 6, 10))] == [value]


@pytest.mark.parametrize("gold, ours", [("2008-01-09TMO", "2008-01-09"), ("2010-W04-WE", "2010-W04"), ("2009-Q3", "2009-Q3")])
def test_the_timex_scorer_reads_parts_of_days_and_weekends_at_our_precision(gold, ours):
    from flashpoint.eval.timex import gold_at_our_precision

    assert gold_at_our_precision(gold) == ours


def test_a_weekday_before_a_date_is_one_expression_whose_weekday_picks_the_year():
    [m] = find_time_expressions("The replay will be shown on Wednesday 19 January.", MARCH_10)
    assert (m.text, m.date) == ("on Wednesday 19 January", date(2022, 1, 19))   # 19 January 2021 was a Tuesday
    [m] = find_time_expressions("Talks opened on Tuesday, March 2.", MARCH_10)
    assert (m.text, m.date) == ("on Tuesday, March 2", date(2021, 3, 2))


@pytest.mark.parametrize("text, value, precision", [
    ("Output fell in the first half of 2020.", "2020-H1", "half"),
    ("Output fell in the second half of last year.", "2020-H2", "half"),
    ("It is the worst problem at the moment.", "PRESENT_REF", "vague"),
    ("Prices rose over 2020.", "2020", "year"),
])
def test_halves_of_a_year_the_moment_and_over_a_year(text, value, precision):
    assert iso_value(only(text, MARCH_10)) == (value, precision)


def test_an_event_this_decade_is_not_background_though_the_decade_began_years_ago():
    day, precision, background = dated("Troops have stormed the town twice this decade.", date(2028, 3, 10))
    assert (day, precision, background) == (date(2020, 1, 1), "decade", False)


def test_a_preposition_is_a_whole_word_not_the_end_of_one():
    assert only("Junqueira won yesterday's race.").text == "yesterday"


def test_a_month_a_company_expects_is_ahead():
    found = find_time_expressions("Wal-Mart said on Saturday it anticipates a rise in November sales.", MARCH_10)
    assert [iso_value(m)[0] for m in found] == ["2021-03-06", "2021-11"]


@pytest.mark.parametrize("text, value", [
    ("Troops entered on 3 March. Two days later they left.", "2021-03-05"),
    ("Labour lost the seat in 1964 and regained it two years later.", "1966"),
    ("Revenue was $2bn in 2019, up from $1bn a year earlier.", "2018"),
    ("Profit rose 4% in 2020; for the year, sales fell.", "2020"),
])
def test_later_and_earlier_count_from_the_last_date_before_them(text, value):
    assert iso_value(find_time_expressions(text, MARCH_10)[-1])[0] == value


@pytest.mark.parametrize("text, value", [
    ("Growth will slow in the next fiscal year.", "FY2022"),
    ("Sales rose in the September quarter.", "2020-Q3"),
])
def test_fiscal_years_and_quarters_named_by_a_month(text, value):
    assert iso_value(only(text, MARCH_10))[0] == value


def test_a_fall_in_prices_is_not_autumn():
    found = find_time_expressions("Analysts predict this fall from the current 2.1% level.", MARCH_10)
    assert [m.text for m in found] == ["current"]


@pytest.mark.parametrize("text", ["The now-infamous photos were shown.", "The current-account deficit widened."])
def test_a_hyphenated_compound_is_no_reference_to_the_present(text):
    assert find_time_expressions(text, MARCH_10) == []


@pytest.mark.parametrize("text, value", [
    ("Brown names 16 March for Budget", "2021-03-16"),          # a headline: no verb says which side
    ("The election is expected on 5 May.", "2021-05-05"),       # a present passive is no past tense
    ("Sales slumped on 20 December.", "2020-12-20"),
    ("Budget in April", "2021-04"),
])
def test_a_date_without_a_year_or_tense_is_the_nearest_one(text, value):
    assert iso_value(only(text, date(2021, 2, 8)))[0] == value


@pytest.mark.parametrize("text, value, precision", [
    ("Hynix's 3Q profit more than tripled.", "2020-Q3", "quarter"),
    ("It earned $630m in the October-to-December period.", "2020-Q4", "quarter"),
    ("Output fell in the last three months of 2004.", "2004-Q4", "quarter"),
    ("Sales rose in the first six months of 2004.", "2004-H1", "half"),
])
def test_quarters_written_as_3q_month_ranges_and_three_months_of_a_year(text, value, precision):
    assert iso_value(only(text, date(2021, 4, 20))) == (value, precision)


def test_a_month_range_that_is_no_calendar_quarter_is_no_quarter():
    assert find_time_expressions("It earned $630m in the November-to-January period.", date(2021, 4, 20)) == []


def values(text: str, published: date) -> list[str]:
    return [iso_value(m)[0] for m in find_time_expressions(text, published)]


@pytest.mark.parametrize("text, last", [
    ("Profit tripled in the third quarter from the same period last year.", "2020-Q3"),
    ("Losses in the fourth quarter of 2004 rose from the same period in 2003.", "2003-Q4"),
    # the comparison's base ("from $1bn in the fourth quarter of 2003") is not what "a year earlier" counts from
    ("It earned $630m in the fourth quarter, down from $1bn in the fourth quarter of 2003. "
     "Revenues rose from $48.8bn a year earlier.", "2019-Q4"),
    ("Sales in March rose 4% from a year earlier.", "2019-03"),     # "rose" is past: March 2020, a year before it
])
def test_the_same_period_and_a_year_earlier_keep_the_period_spoken_of(text, last):
    assert values(text, date(2021, 1, 26))[-1] == last


def test_that_weekday_is_the_day_spoken_of_before():
    text = "Mr Brown will deliver his Budget on 16 March. It will be at 1230 GMT on that Wednesday."
    assert values(text, date(2005, 2, 8)) == ["2005-03-16", "2005-03-16"]


@pytest.mark.parametrize("text, value", [
    ("Stock prices dropped sharply in Europe and Asia Monday.", "2021-03-29"),
    ("Thousands were stranded at Heathrow Airport Tuesday.", "2021-03-30"),
])
def test_a_weekday_after_a_name_is_the_ap_dateline_habit(text, value):
    assert values(text, FRIDAY) == [value]


@pytest.mark.parametrize("text", ["Fans remembered Bloody Sunday.", "He played for Sheffield Wednesday.",
                                  "The poll was for the Mail on Sunday."])
def test_named_days_and_sunday_papers_are_no_dates(text):
    assert find_time_expressions(text, FRIDAY) == []


@pytest.mark.parametrize("text, value", [
    ("Boeing will deliver later this year.", "2008"),           # valued as the year, not the publication day
    ("Later this month, Boeing will deliver.", "2008-10"),
    ("The company expects a profit by year-end.", "2008"),
    ("Fans gathered this past weekend.", "2008-W41"),
    ("The strike began on 25/12/2007.", "2007-12-25"),          # the first number cannot be a month: day first
    ("The strike began on 10/12/2007.", "2007-10-12"),          # else month first
    ("2007 was a difficult year for Airbus.", "2007"),          # a year opening a sentence before its verb
])
def test_later_this_year_year_end_this_past_numeric_dates_and_a_year_opening_a_sentence(text, value):
    assert values(text, date(2008, 10, 15)) == [value]


@pytest.mark.parametrize("text, published, value", [
    ("He can win at this weekend's championships.", date(2005, 2, 14), "2005-W07"),   # the publication week's weekend
    ("He played last weekend.", date(2005, 2, 14), "2005-W06"),
    ("Fans gathered this past weekend.", date(2005, 2, 14), "2005-W06"),
    ("His deal expires this summer and he has been offered more.", date(2005, 2, 14), "2005-SU"),
    ("This winter has been mild.", date(2005, 1, 14), "2004-WI"),
])
def test_this_weekend_and_this_summer_are_those_of_the_publication_week_and_year(text, published, value):
    assert values(text, published) == [value]


def test_a_quarter_of_a_game_is_no_date():
    assert find_time_expressions("The Bears scored 10 points in the fourth quarter.", FRIDAY) == []
    assert values("Net income for the fourth quarter rose 5%.", date(2004, 10, 15)) == ["2004-Q4"]


def test_an_expression_opening_a_sentence_takes_its_own_sentences_tense():
    text = "It will meet in May. On Monday the board met in Paris."
    assert values(text, FRIDAY) == ["2021-05", "2021-03-29"]    # not the Monday after: "will" is the sentence before


@pytest.mark.parametrize("text, published, value", [
    ("Sales rose 5% in the first half.", date(2005, 2, 14), "2004-H1"),           # looking back: the last half ended
    ("Sales rose 5% in the first half.", date(2005, 8, 14), "2005-H1"),
    ("Analysts expect a recovery in the second half.", date(2005, 2, 14), "2005-H2"),
    ("Profit rose from $5m in the year-earlier period.", date(2004, 10, 25), "2003"),  # no quarter before: the year
    ("The Dow fell 5% for the week.", date(2008, 10, 10), "2008-W41"),
])
def test_halves_year_earlier_periods_and_for_the_week(text, published, value):
    assert values(text, published) == [value]


def test_the_first_half_of_a_match_is_no_date():
    assert find_time_expressions("Arsenal dominated the first half.", FRIDAY) == []


def test_the_year_earlier_period_is_the_quarter_spoken_of_a_year_before():
    assert values("Profit in the third quarter rose from $5m in the year-earlier period.", date(2004, 10, 25)) == \
        ["2004-Q3", "2003-Q3"]


@pytest.mark.parametrize("text, value", [
    ("The plant was built in mid-1990s.", "199"),           # a decade needs no "the"
    ("Talks are expected in coming weeks.", "FUTURE_REF"),
    ("He met them on Monday. Later in the week, he left.", "2008-W42"),
    ("Shares rose earlier in the day.", "2008-10-15"),
])
def test_bare_decades_coming_weeks_and_earlier_or_later_in_the_week(text, value):
    assert values(text, date(2008, 10, 15))[-1] == value


def test_by_that_time_is_the_time_spoken_of_last_and_nothing_without_one():
    assert values("A price is due by June 10. If not agreed by that time, Fiat will pay.", date(2011, 5, 29)) == \
        ["2011-06-10", "2011-06-10"]
    assert find_time_expressions("By that time, nobody knew.", FRIDAY) == []
    assert values("Sales doubled in 2004. Jobs were cut in that time.", FRIDAY) == ["2004"]   # a length of time


def test_the_own_timex_gold_resolves_its_shared_text_and_splits_in_two(shared_dir):
    from flashpoint.eval.timex import news_gold, score

    rows = news_gold(shared_dir)
    assert len(rows) >= 35
    for r in rows:      # each expression's offsets land on its words in the resolved text
        assert all(r["text"][t["start"]:t["end"]] == t["text"] for t in r["timexes"])
    scores = score(rows, find_time_expressions)
    assert scores["tune"].docs and scores["held-out"].docs
    assert sum(s.gold for s in scores.values()) == sum(len(r["timexes"]) - sum(bool(t.get("dateline")) for t in r["timexes"])
                                                       for r in rows)


def test_a_dateline_date_is_the_nearest_whatever_the_story_says():
    text = "KABUL, Dec 8 (AFP) - NATO-led troops in Afghanistan were sent home."
    assert values(text, date(2004, 12, 7)) == ["2004-12-08"]     # a day early (time zones): not last December's
    assert values(text, date(2005, 1, 2)) == ["2004-12-08"]


@pytest.mark.parametrize("text, day", [
    ("Preview\n\nThe sides meet at Old Trafford on Wednesday.", date(2021, 4, 7)),
    ("Preview\n\nThe summit opens in Brussels on Monday.", date(2021, 4, 5)),
    ("Preview\n\nThe sides met at Old Trafford on Wednesday.", date(2021, 3, 31)),    # the past tense says
    ("Sides meet Wednesday\n\nMore to follow.", date(2021, 3, 31)),                    # a headline's present is past
])
def test_a_timetabled_event_in_the_simple_present_is_the_coming_weekday(text, day):
    assert only(text).date == day


@pytest.mark.parametrize("text, value", [
    ("The June gig will go ahead.", "2021-06"),
    ("Blair's May speech was long.", "2020-05"),
    ("Its March meeting cut rates.", "2021-03"),
])
def test_a_month_before_the_occasion_it_names_is_a_date(text, value):
    assert values(text, FRIDAY) == [value]


@pytest.mark.parametrize("text", ["The March of Dimes gave money.", "Theresa May and June Sarpong spoke.",
                                  "The April Fools joke fell flat."])
def test_a_month_that_names_nothing_after_it_is_no_modifier(text):
    assert "month_modifier" not in [m.rule for m in find_time_expressions(text, FRIDAY)]


def test_the_timex_scorer_values_the_second_half_of_a_range_by_its_end():
    from flashpoint.eval.timex import value_for

    text = "Handsets were sold between July and September 2004."
    (m,) = find_time_expressions(text, date(2004, 12, 15))
    assert value_for(m, text.index("July")) == "2004-07"
    assert value_for(m, text.index("September")) == "2004-09"
    text = "Cafes were shut between February and August of this year."    # a month of a year named after it, a month
    m = find_time_expressions(text, date(2004, 12, 15))[0]
    assert value_for(m, text.index("August")) == "2004-08"


def test_a_date_in_a_future_clause_written_on_that_day_is_that_day():
    assert values("There will be a Budget giveaway on 16 March.", date(2005, 3, 16)) == ["2005-03-16"]
    assert values("The vote will be held on March 15.", date(2005, 3, 16)) == ["2006-03-15"]


@pytest.mark.parametrize("text, day", [
    ("The vote took place on Saturday.", date(2021, 3, 27)),            # "took": an irregular past, "the vote" a noun
    ("The president met the minister on Friday, and analysts expect more talks.", date(2021, 4, 2)),
    ("He fell on Thursday; analysts expect a recovery.", date(2021, 4, 1)),
    ("The Fed meets on Tuesday.", date(2021, 4, 6)),                    # "Fed" is no past form in "-ed"
    ("Manchester United play Chelsea on Saturday.", date(2021, 4, 3)),  # nor is a name
    ("Prisoners were freed on Thursday.", date(2021, 4, 1)),
])
def test_irregular_past_forms_and_names_in_ed_decide_the_side_of_a_weekday(text, day):
    assert only(text).date == day


@pytest.mark.parametrize("text, value", [
    ("Shares fell at the end of the week.", "2021-W13"),                # a part of a week is the week
    ("He will travel at the start of next week.", "2021-W14"),
    ("The market has fallen 40% over the past year.", "2020"),         # a rolling unit: the one before, as TIMEX3
    ("It was the third time in the past decade.", "201"),
    ("The index rose this past week.", "2021-W12"),
    ("The company was founded in the late 19th century.", "18"),
    ("The results are due by mid-year.", "2021"),
])
def test_parts_of_weeks_rolling_units_and_parts_of_centuries_at_their_precision(text, value):
    assert values(text, FRIDAY) == [value]


def test_a_rolling_window_keeps_its_days_and_dates_no_event():
    m = only("The market has fallen 40% over the past year.")
    assert (m.date, m.end_date, m.granularity) == (date(2020, 4, 2), FRIDAY, "span")
    assert iso_value(m) == ("2020", "year")


@pytest.mark.parametrize("text, value", [
    ("The summit, set for April, was postponed.", "2021-04"),          # "set for" schedules what follows it
    ("The visit, planned for Thursday, was cancelled on Tuesday.", "2021-03-09"),  # not another expression
    ("The plant may reopen in September.", "2021-09"),                 # modals of what may come
    ("The merger should close in the second quarter.", "2021-Q2"),
    ("The group said it would hold a rally on Sunday.", "2021-03-14"),
    ("The talks would have ended on Sunday.", "2021-03-07"),           # not their past
])
def test_scheduling_words_and_modals_look_ahead_only_over_their_own_expression(text, value):
    assert values(text, MARCH_10)[-1] == value


@pytest.mark.parametrize("text, value", [
    ("Stocks fell on Monday. That night, futures rose.", "2021-03-29"),        # a part of the day spoken of
    ("Stocks fell on Monday. The next morning, futures rose.", "2021-03-30"),
    ("The crash came on Monday. The night before, futures had fallen.", "2021-03-28"),
    ("The week before, prices had fallen.", "2021-W12"),
    ("The month before, prices had fallen.", "2021-03"),
    ("Shares fell during the week.", "2021-W13"),
    ("Stocks hit their lowest since the early nineties.", "199"),                # decades in words
    ("In the Eighties the firm grew.", "198"),
])
def test_parts_of_the_day_spoken_of_units_before_and_decades_in_words(text, value):
    assert values(text, FRIDAY)[-1] == value


def test_a_past_clause_counts_the_year_from_no_time_ahead():
    text = "Margins could reach 14.8% by 2006. During the year the firm bought a rival."
    assert values(text, date(2005, 2, 24)) == ["2006", "2005"]


@pytest.mark.parametrize("text", ["Men in their twenties were arrested.", "She is in her forties."])
def test_ages_in_decade_words_are_no_dates(text):
    assert find_time_expressions(text, FRIDAY) == []


@pytest.mark.parametrize("text, found", [
    ("Shares had risen 3% at the start of the day.", [("at the start of the day", "2021-04-02")]),
    ("Growth in August, September and October was weak.",
     [("in August", "2020-08"), ("September", "2020-09"), ("October", "2020-10")]),   # a list of months
    ("The firm's 2004 results were strong.", [("2004", "2004")]),      # a year naming results, not counting them
    ("The 2000 troops left.", []),
    ("The vote was moved to June.", [("to June", "2021-06")]),        # a new date is one ahead
    ("The launch was put off from March until May.", [("from March until May", "2021-03")]),
    ("He spoke to May on Friday.", [("on Friday", "2021-04-02")]),     # "to May" is a name
])
def test_edges_of_the_day_month_lists_years_naming_plurals_and_months_after_to(text, found):
    assert [(m.text, iso_value(m)[0]) for m in find_time_expressions(text, FRIDAY)] == found


@pytest.mark.parametrize("text, found", [
    ("At the end of the day, it is his decision.", []),                # the idiom
    ("By the end of the day the index was down.", [("By the end of the day", "2021-04-02")]),
    ("He had moved to the US in early December.", [("in early December", "2020-12")]),  # moved somewhere, not to a date
])
def test_the_end_of_the_day_needs_by_and_a_move_reschedules_only_to_a_date(text, found):
    assert [(m.text, iso_value(m)[0]) for m in find_time_expressions(text, FRIDAY)] == found


def test_a_modal_after_the_expression_belongs_to_another_clause():
    assert values("Lexmark's loss in court on Tuesday may mean cheaper ink.", FRIDAY) == ["2021-03-30"]


@pytest.mark.parametrize("text", ["Stocks tumbled on the Black Monday anniversary.",
                                  "The industry was emerging from a post 9/11 slump."])
def test_a_historic_day_dates_no_event_of_its_sentence(text):
    assert dated(text) == (MARCH_10, None, False)


@pytest.mark.parametrize("text, value", [
    ("The index fell in the first week of October.", "2020-W40"),
    ("The index fell in the last week of 2020.", "2020-W53"),
    ("The pact expires at year's end.", "2021"),
    ("The company earned $10m in the latest quarter.", "2021-Q1"),     # the last one ended
    ("Profit rose in the third quarter of 2020. Sales in the period rose 4%.", "2020-Q3"),  # the one spoken of
    ("The firm will earn more in the quarter.", "2021-Q2"),
])
def test_weeks_of_months_year_end_and_the_quarter_spoken_of(text, value):
    assert values(text, FRIDAY)[-1] == value


def test_a_period_with_no_period_before_it_is_no_date():
    assert find_time_expressions("Sales rose 5% in the period.", FRIDAY) == []


@pytest.mark.parametrize("text, value", [
    ("The deadline for bids passed on Friday.", "2021-03-05"),      # a past verb between: the deadline is behind
    ("A June 3 hearing has been scheduled.", "2021-06-03"),         # an auxiliary is no past
])
def test_a_scheduling_word_reaches_across_no_past_verb(text, value):
    assert values(text, MARCH_10) == [value]


@pytest.mark.parametrize("text, value", [
    ("A merger would be the fifth deal since October.", "2020-10"),         # "since" counts from the past
    ("Auditions begin in Canada on Thursday, under a deal struck with Equity.", "2021-03-11"),
    ("Voting starts on Monday, officials said.", "2021-03-15"),            # the expression's own verb first
])
def test_since_looks_back_and_a_timetabled_verb_before_beats_a_cue_after(text, value):
    assert values(text, MARCH_10) == [value]


def test_a_past_verb_right_after_the_expression_is_its_clauses():
    text = "Early returns in the presidential elections Monday gave a lead to the general."
    assert values(text, MARCH_10) == ["2021-03-08"]       # "returns" is a noun here, "gave" the verb


@pytest.mark.parametrize("text, value", [
    ("2021 offers the chance of a recovery.", "2021"),          # a year opening a sentence as its subject
    ("2020 proved a hard year for airlines.", "2020"),
    ("The band played songs from her 2019 album.", "2019"),      # a possessive before the year, lower case
    ("They cited his 2018 report on prisons.", "2018"),
])
def test_a_year_as_subject_or_after_a_possessive(text, value):
    assert values(text, MARCH_10) == [value]


def test_a_count_after_a_possessive_is_no_year():
    assert values("He sent his 2000 men across the river.", MARCH_10) == []


def test_a_hedged_limit_is_the_time_it_names():
    assert values("The vote was delayed until at least June.", MARCH_10) == ["2021-06"]
    assert values("Troops will stay until at least 2023.", MARCH_10) == ["2023"]
    ranged = only("Output will be cut from April until at least June.", MARCH_10)
    assert (ranged.date, ranged.end_date) == (date(2021, 4, 1), date(2021, 6, 30))


def test_a_range_ends_in_the_first_such_month_after_its_start():
    ranged = only("Output was cut from November to February.", MARCH_10)
    assert (ranged.date, ranged.end_date) == (date(2020, 11, 1), date(2021, 2, 28))
    ranged = only("Output was cut from March to May.", date(2021, 1, 20))   # one spring, last year's
    assert (ranged.date, ranged.end_date) == (date(2020, 3, 1), date(2020, 5, 31))


@pytest.mark.parametrize("text, first, last", [
    ("The fair will run from November 20 to December 11.", date(2021, 11, 20), date(2021, 12, 11)),    # ahead, both
    ("The fair ran from November 20 to December 11.", date(2020, 11, 20), date(2020, 12, 11)),
    ("The fair is open from 3 August to 24 December.", date(2021, 8, 3), date(2021, 12, 24)),  # the nearer start
    ("The fair will run from 28 December to 3 January.", date(2021, 12, 28), date(2022, 1, 3)),
    ("The fair runs from 20 November to 11 December 2022.", date(2022, 11, 20), date(2022, 12, 11)),  # the end's year
    ("The fair is to run from March 1 through April 9.", date(2021, 3, 1), date(2021, 4, 9)),   # begun, ends ahead
])
def test_a_range_of_days_ends_on_the_first_such_day_after_its_start(text, first, last):
    ranged = only(text, MARCH_10)
    assert (ranged.date, ranged.end_date) == (first, last)


@pytest.mark.parametrize("text, found", [
    ("The minister later said the talks had failed.", ["FUTURE_REF"]),   # TIMEX3 (MEANTIME) marks a bare "later"
    ("A decision will come at a later date.", ["FUTURE_REF"]),
    ("Bids are due no later than Friday.", ["2021-03-12"]),               # a limit's word, not a time
    ("He will speak later today.", ["2021-03-10"]),
    ("Two days later the rebels withdrew.", ["2021-03-12"]),
    ("He spoke of it in later life.", []),                                # an adjective after a preposition
])
def test_a_bare_later_is_a_vague_time_ahead(text, found):
    assert values(text, MARCH_10) == found


@pytest.mark.parametrize("text, value", [
    ("The firm expects 2021 sales to rise.", "2021"),           # a year naming the noun after it, any position
    ("Prices are well above 2020's average.", "2020"),          # a year in the genitive
    ("He said the year 2000 was a bad one.", "2000"),           # a verb in -s is no plural counted by the year
    ("A 2019 study found the drug safe.", "2019"),
    ("The film (2006) won three awards.", "2006"),
    ("The fourth quarter 2020 results were weak.", "2020-Q4"),
    ("The 2021 fiscal year begins in April.", "FY2021"),
    ("It was the worst crisis of the last century.", "19"),
    ("Stocks fell this past summer.", "2020-SU"),
])
def test_years_in_other_positions_quarters_fiscal_years_centuries(text, value):
    assert values(text, MARCH_10)[0] == value


@pytest.mark.parametrize("text", ["About 2000 were killed.", "There were 1500 men and 2000 women.",
                                  "He sent 2000 troops.", "The curfew starts at 1800 local time."])
def test_a_count_is_no_year(text):
    assert values(text, MARCH_10) == []


def test_a_year_compared_with_is_no_anchor_for_the_year():
    text = "Profit fell in 2020, compared unfavourably with 2019's figure. For the year as a whole, sales rose."
    assert values(text, MARCH_10) == ["2020", "2019", "2020"]


@pytest.mark.parametrize("text, value", [
    ("Unemployment was low in the 1990's.", "199"),             # the decade with an apostrophe, as in "the 1990s"
    ("Prices peaked in the mid-1980’s.", "198"),
    ("Output will double by the end of the decade.", "202"),    # the decade of writing, as TIMEX3 values it
])
def test_decades_written_with_an_apostrophe_and_the_end_of_the_decade(text, value):
    assert values(text, MARCH_10) == [value]


@pytest.mark.parametrize("text, found", [
    ("The chief executive resigned in March last year.", ["2020-03", "2020"]),     # the month of the year named
    ("The plant closed on 5 May last year.", ["2020-05-05", "2020"]),
    ("The plant will reopen in May next year.", ["2022-05", "2022"]),
    ("The Dow fell in March, last year's worst month.", ["2021-03", "2020"]),      # a possessive names another thing
])
def test_a_month_followed_by_the_year_it_lies_in(text, found):
    assert values(text, MARCH_10) == found


@pytest.mark.parametrize("text, value", [
    ("The firm's value peaked in 2019's second quarter.", "2019-Q2"),
    ("In the year's first quarter sales fell.", "2021-Q1"),
    ("Profits fell in the first fiscal quarter.", "FY2021-Q1"),       # a fiscal year's quarter (TIMEX3's FY2021-Q1)
    ("Apple reported results for its fiscal fourth quarter.", "FY2020-Q4"),
    ("Stocks rose in the last quarter.", "2020-Q4"),                   # no year: the latest one ended
    ("Sales fell in the last quarter of the year.", "2020-Q4"),       # looking back in March: last year's
])
def test_quarters_named_by_a_year_in_the_genitive_or_fiscal(text, value):
    assert values(text, MARCH_10) == [value]


@pytest.mark.parametrize("text, value", [
    ("The index ended the week up 2%.", "2021-W10"),        # a period a verb opens or closes, as "to end the day"
    ("The Dow began the year at 30,000.", "2021"),
    ("Stocks closed the month with a loss.", "2021-03"),
    ("Shares rallied ahead of the weekend.", "2021-W10"),   # the coming weekend whatever the tense
    ("Talks will resume after the weekend.", "2021-W10"),
])
def test_periods_a_verb_opens_or_closes_and_weekends_before_and_after(text, value):
    assert values(text, MARCH_10) == [value]


def test_no_period_is_read_where_the_year_is_a_noun_phrase_of_its_own():
    assert values("Sales for the year ahead will rise.", MARCH_10) == ["2022"]    # the year ahead, not "for the year"
    assert values("The index ended the year-long slide.", MARCH_10) == []


def test_the_new_year_is_the_next_one_late_in_a_year():
    assert values("The firm plans to hire in the new year.", date(2020, 11, 20)) == ["2021"]
    assert values("The firm plans to hire in the new year.", date(2021, 1, 8)) == ["2021"]


@pytest.mark.parametrize("text, value", [
    ("Next's sales in the five months from 3 August to 24 December were up.", "2020-08-03"),  # a name, no "next"
    ("The device, codenamed Xenon, is due on shelves by May.", "2021-05"),     # a naming participle set off
    ("Sales in the five months from 3 August to 24 December were up.", "2020-08-03"),
])
def test_a_company_named_next_and_a_naming_participle_set_off_say_no_tense(text, value):
    assert values(text, date(2021, 1, 5))[0] == value


def test_a_range_whose_end_comes_before_its_start_begins_a_year_earlier():
    ranged = only("The five months from 3 August to 24 December will be tough.", date(2021, 1, 5))
    assert (ranged.date, ranged.end_date) == (date(2020, 8, 3), date(2020, 12, 24))


@pytest.mark.parametrize("text", [
    "Sales rose 5% on Monday, Jan. 3, after a Mayor's Christmas speech; the Market fell in the late nineties.",
    "Over the New Year and Good Friday the first  half of 2021's quarterly fiscal figures fell overnight.",
    "Nothing here at all, only words.",
])
def test_the_word_by_word_anchor_scan_finds_every_anchor_the_regex_finds(text):
    from flashpoint.extract import timex

    by_regex = [(m.start(), m.end()) for m in timex.ANCHOR.finditer(text)]
    by_word = list(timex._anchor_spans(text))
    assert {a for a, _ in by_regex} <= {a for a, _ in by_word}
    assert all(any(a == c and b <= d for c, d in by_word) for a, b in by_regex)


@pytest.mark.parametrize("text, value", [
    ("Sales will double two years from now.", "2023"),             # as far ahead of the time of writing as "ago" back
    ("The plant will open in three months' time.", "2021-06"),
    ("Stocks were weak at end-March.", "2021-03"),                  # the agencies' shorthand for the end of a month
    ("The firm's first-half profit rose 5%.", "2020-H1"),           # the hyphenated half, as "third-quarter"
    ("Shares rose in Q2 of 2019.", "2019-Q2"),
    ("Sales peaked around 2007.", "2007"),
    ("Analysts said January's figures were weak.", "2021-01"),     # a month in the genitive
    ("Sales will rise in spring, analysts say.", "2021-SP"),        # a season with no determiner
    ("Sales rose 5% in the year.", "2021"),
    ("Markets were closed for Presidents' Day.", "2021-02-15"),     # US holidays, named as only the US names them
    ("Markets were closed on Martin Luther King Jr. Day.", "2021-01-18"),
])
def test_offsets_ahead_agency_shorthand_genitive_months_bare_seasons_and_us_holidays(text, value):
    assert values(text, MARCH_10) == [value]


@pytest.mark.parametrize("text", [
    "Arsenal rallied for three second-half goals despite the loss.",   # a match's half
    "May's government fell.",                                           # a name
    "Spring water sales rose.",
    "Sales rose in spring water.",
])
def test_no_time_in_a_match_half_a_name_or_a_spring_of_water(text):
    assert values(text, MARCH_10) == []


@pytest.mark.parametrize("text, found", [
    ("Lord Falconer told BBC Radio 4's Today programme he hoped so.", []),    # a title after a genitive
    ("The report in USA Today said so.", []),
    ("Talks were led by Mr Smith. Today the firm said it would cut jobs.", ["2021-03-10"]),
    ("He said: \"Today we act.\"", ["2021-03-10"]),
])
def test_today_as_a_title_is_no_date(text, found):
    assert values(text, MARCH_10) == found


def test_a_closed_range_anchors_a_year_earlier():
    text = "Sales in the five months from 3 August to 24 December were up 2.9% on a year earlier."
    assert values(text, date(2021, 1, 5)) == ["2020-08-03", "2019"]


@pytest.mark.parametrize("text, precision", [
    ("Russian troops have recently shelled Kharkiv.", "vague"),
    ("China has in the past said it sees the weapons ban as politically driven.", "vague"),
    # the vague past belongs to another clause: the saying is of the day of writing
    ("The film is about a hero who recently died, O'Neil said.", None),
])
def test_only_a_vague_past_in_the_events_own_clause_makes_its_date_vague(nlp, text, precision):
    (records,) = extract_records(nlp, [ArticleInput(text=text, published=MARCH_10)])
    assert records.events and {e.date_precision for e in records.events} == {precision}
    assert {e.date for e in records.events} == {MARCH_10}


THURSDAY = date(2009, 3, 12)


@pytest.mark.parametrize("text, found", [
    ("The rules will change in future, he said.", [("in future", "FUTURE_REF")]),         # British for "in the future"
    ("Prices will rise in the months ahead.", [("in the months ahead", "FUTURE_REF")]),
    ("Demand will grow in the years to come.", [("in the years to come", "FUTURE_REF")]),
    ("Sales will rise in the coming week.", [("in the coming week", "2009-W12")]),        # one unit: the next one
    ("The year ahead looks hard.", [("The year ahead", "2010")]),
])
def test_times_ahead_are_future_references_and_one_unit_ahead_is_the_next(text, found):
    assert [(m.text, iso_value(m)[0]) for m in find_time_expressions(text, THURSDAY)] == found


@pytest.mark.parametrize("text, found", [
    ("Growth in the 1980's and 1990's.", [("in the 1980's", "198"), ("1990's", "199")]),
    ("Prices are above 2020's average.", [("2020", "2020")]),     # a year's genitive, not a decade
    ("Music of the 80s made a comeback.", [("of the 80s", "198")]),
    ("Temperatures were in the 90s.", []),                         # degrees
    ("The current account deficit widened.", []),
    ("Sales rose in autumn.", [("in autumn", "2008-FA")]),          # a bare season after a preposition ("fall" is none)
])
def test_decades_seasons_and_words_that_only_look_like_them(text, found):
    assert [(m.text, iso_value(m)[0]) for m in find_time_expressions(text, THURSDAY)] == found


def test_a_month_of_a_named_year_is_read_apart_from_the_year_as_timex3_tags_them():
    assert values("Licences lapse after October of next year.", THURSDAY) == ["2010-10", "2010"]


def test_the_same_month_last_year_keeps_the_month_with_nothing_before_it():
    assert values("Sales rose 5% on the same month last year.", THURSDAY) == ["2008-03"]


def test_a_past_range_that_would_end_after_publication_is_last_years_unless_moved():
    assert [m.date for m in find_time_expressions("The talks ran from March to May.", THURSDAY)] == [date(2008, 3, 1)]
    assert [m.date for m in find_time_expressions("The launch was put off from March to May.", THURSDAY)] == \
        [date(2009, 3, 1)]


def test_the_week_of_a_day_is_that_week_and_the_week_to_a_day_is_the_day():
    assert values("Stocks fell 18% in the week of October 6.", date(2008, 10, 10)) == ["2008-W41"]
    assert values("Stocks fell 18% in the week to October 10.", date(2008, 10, 10)) == ["2008-10-10"]


@pytest.mark.parametrize("text, value", [
    ("Sales in 2007 were weak. Profits fell in the first half of the year.", "2007-H1"),   # the year spoken of
    ("Profits fell in the second half of the year.", "2008-H2"),         # not begun in March: looking back, last year's
    ("Profits will rise in the second half of the year.", "2009-H2"),
    ("Sales rose in the year-ago quarter.", "2008-Q1"),                  # no quarter before: the one of writing
])
def test_a_part_of_the_year_is_of_the_year_spoken_of_or_on_the_side_the_tense_says(text, value):
    assert values(text, THURSDAY)[-1] == value


def test_a_weekday_of_a_named_week_is_that_weeks():
    assert values("It fell on Monday of last week.", date(2008, 10, 10)) == ["2008-09-29", "2008-W40"]


@pytest.mark.parametrize("text, value", [
    ("The plant closed several years ago.", "PAST_REF"),     # a count no date can be reckoned from
    ("The plant closed years ago.", "PAST_REF"),
    ("The plant closed a few weeks ago.", "PAST_REF"),
    ("The plant closed two years ago.", "2007"),
    ("The plant closed a decade ago.", "199"),               # valued by its unit, as TIMEX3 does
])
def test_vague_counts_ago_are_the_past_and_counted_ones_a_date_at_their_units_precision(text, value):
    assert values(text, THURSDAY) == [value]


def test_the_quarter_ended_on_a_day_is_no_quarter_spoken_of_before():
    # "for the quarter" alone is the quarter spoken of; "the quarter ended Sept. 30" is dated by its day
    assert values("Profit for the quarter ended Sept. 30 rose.", date(2009, 10, 16)) == ["2009-09-30"]


@pytest.mark.parametrize("text, value", [
    ("Sales rose in the past few weeks.", ("PAST_REF", "vague")),     # no count to reckon from, as "in recent weeks"
    ("Sales will rise over the next few months.", ("FUTURE_REF", "vague")),
    ("Sales rose in the past three years.", ("2006", "year")),         # starts in a year, not on a day of it
    ("Sales rose in the last 18 months.", ("2008-04", "month")),
    ("Sales rose in the past five days.", ("2009-10-11", "day")),
])
def test_rolling_windows_are_valued_at_their_units_precision_and_vague_counts_as_references(text, value):
    assert [iso_value(m) for m in find_time_expressions(text, date(2009, 10, 16))] == [value]


@pytest.mark.parametrize("text, found", [
    ("Leaders of the present and of the past.", [("the present", "PRESENT_REF"), ("the past", "PAST_REF")]),
    # the adjective is a time as "current" is (MEANTIME tags "the current crisis"'s "current" PRESENT_REF)
    ("Leaders of the present government.", [("present", "PRESENT_REF")]),
    ("The bank's present value of the loans fell.", []),               # the finance term
    ("Nobody present at the meeting spoke.", []),                       # attending
    ("Leaders of the present, and the past.", [("the present", "PRESENT_REF"), ("the past", "PAST_REF")]),
    ("Present-day Iraq was part of it.", [("Present-day", "PRESENT_REF")]),
    ("Life in the present day is hard.", [("the present day", "PRESENT_REF")]),
    ("He opened the present.", []),                                     # a gift
    ("The present crisis is severe.", [("present", "PRESENT_REF")]),
])
def test_the_present_as_a_time_is_present_ref(text, found):
    assert [(m.text, iso_value(m)[0]) for m in find_time_expressions(text, THURSDAY)] == found


def test_the_year_ended_on_a_day_is_a_length_and_its_last_day():
    assert values("Sales rose in the year ended June 30.", date(1989, 10, 26)) == ["1989-06-30"]
    assert values("Sales rose 5% in the year.", date(1989, 10, 26)) == ["1989"]


@pytest.mark.parametrize("text, value", [
    ("In today's world, few use cheques.", "PRESENT_REF"),     # the generic "today": no day
    ("Today's youth read less.", "PRESENT_REF"),
    ("Today's meeting was cancelled.", "2009-03-12"),
    ("The claim is in today's Guardian.", "2009-03-12"),        # today's edition
])
def test_a_generic_today_is_the_present_and_todays_occasion_the_day(text, value):
    assert values(text, THURSDAY) == [value]


@pytest.mark.parametrize("text, published, future, day", [
    ("5 March", date(2005, 2, 10), False, date(2004, 3, 5)),     # the last one on or before publication
    ("5 March", date(2005, 2, 10), True, date(2005, 3, 5)),      # the next one, looking ahead
    ("the 5th of March", date(2005, 3, 5), False, date(2005, 3, 5)),
    ("Mar. 5, 2004", date(2005, 2, 10), True, date(2004, 3, 5)),  # its year says
    ("31 April", date(2005, 2, 10), False, None),                 # no such day
])
def test_a_calendar_day_is_read_without_dateparser_as_dateparser_read_it(text, published, future, day):
    from flashpoint.extract.timex import calendar_day
    assert calendar_day(text, published, future) == day


def test_days_ago_count_back_from_noon_of_the_publication_day():
    from flashpoint.extract.timex import days_ago
    assert days_ago(36, "hour", date(2005, 3, 10)) == date(2005, 3, 9)
    assert days_ago(2, "month", date(2005, 3, 31)) == date(2005, 1, 31)


@pytest.mark.parametrize("text, found", [
    ("Talks were held on October 6 and 7.", [("on October 6", "2008-10-06"), ("7", "2008-10-07")]),
    ("Talks were held on 6 and 7 October.", [("6", "2008-10-06"), ("7 October", "2008-10-07")]),
    ("Talks were held on October 6-7, 2007.", [("on October 6", "2007-10-06"), ("7, 2007", "2007-10-07")]),
    ("He fell on October 6 and 7 others were hurt.", [("on October 6", "2008-10-06")]),     # a count
    ("It fell 2% on October 6 and 7% on October 7.", [("on October 6", "2008-10-06"), ("on October 7", "2008-10-07")]),
])
def test_a_second_day_of_the_month_named_once_is_a_date_of_its_own(text, found):
    assert [(m.text, iso_value(m)[0]) for m in find_time_expressions(text, date(2008, 10, 10))] == found


def test_the_first_day_of_a_range_in_one_month_is_a_date_of_its_own():
    assert [(m.text, iso_value(m)[0]) for m in find_time_expressions("It ran from 14 to 17 February.", date(2005, 3, 15))] \
        == [("14", "2005-02-14"), ("17 February", "2005-02-17")]
    assert values("It rose from 14 to 17 per cent in February.", date(2005, 3, 15)) == ["2005-02"]


@pytest.mark.slow
@pytest.mark.parametrize("text, verb, day", [
    # the time of a clause that describes another noun is that noun's, not the event's
    ("The spokeswoman said on Friday the tariffs, which take effect next month, broke the rules.", "said",
     date(2021, 4, 2)),
    ("The victims, who had been reported missing last week, appeared to have been shot, police said.", "said",
     FRIDAY),
    # a clause on the event's own subject may date it
    ("The attack, which came on Thursday, killed five soldiers.", "killed", date(2021, 4, 1)),
])
def test_a_clause_describing_another_noun_does_not_date_the_event(nlp, text, verb, day):
    doc = nlp.make_doc(text)
    doc._.fp_article = Article(id="t", title=None, published=FRIDAY, source=None, text=text)
    doc = nlp(doc)
    v = next(t for t in doc if t.text == verb)
    assert event_dating(doc, 0, len(text), v)[0] == day


@pytest.mark.parametrize("text, value", [
    ("Tune into this Sunday's programme.", "2005-03-13"),        # written on a Thursday: the Sunday of its week
    ("The vote is this Sunday.", "2005-03-13"),
    ("The meeting was this Monday.", "2005-03-07"),              # the Monday of the same week, already past
])
def test_this_weekday_is_that_day_of_the_publication_week(text, value):
    assert values(text, date(2005, 3, 10)) == [value]


def test_in_five_years_is_a_date_only_opening_a_clause_that_looks_ahead():
    assert values("We know that in five years the dollar will be stronger.", date(2005, 3, 10)) == ["2010"]
    assert values("The index hit its highest level in five years.", date(2005, 3, 10)) == []
    assert values("It will be the first rise in two years.", date(2005, 3, 10)) == []
    assert values("Sales rose 5% in three months.", date(2005, 3, 10)) == []
    assert values("It will be his ninth manager in eight years.", date(2005, 3, 10)) == []
    assert values("Revenues should double in three years.", date(2005, 3, 10)) == []
    assert values("In two years, the plant will close.", date(2005, 3, 10)) == ["2007"]


def test_today_compared_with_is_the_present_and_a_said_after_the_quote_gives_no_past():
    assert values("The dollar will be stronger than it is today.", date(2005, 3, 10)) == ["PRESENT_REF"]
    assert values("This is an exciting time at today's GM.", date(2005, 3, 10)) == ["PRESENT_REF"]
    # and compared with a past after it
    assert values("The lake is as clean today as it was in 1900.", date(2005, 3, 10)) == ["PRESENT_REF", "1900"]
    assert values("Fares are higher today than a decade ago.", date(2005, 3, 10)) == ["PRESENT_REF", "199"]
    assert values("The park is busier today than ever.", date(2005, 3, 10)) == ["PRESENT_REF"]
    assert values("The park was busy today as crowds arrived.", date(2005, 3, 10)) == ["2005-03-10"]
    assert values('"I\'m aiming to be fit by 18 April," he said.', date(2005, 3, 10)) == ["2005-04-18"]
    assert values("The deal was done by 18 April, he said.", date(2005, 3, 10)) == ["2004-04-18"]
    assert values("Speaking on Sunday, he said the upcoming election would be close.", date(2005, 3, 10)) == ["2005-03-06"]


def test_a_date_does_not_run_on_across_a_blank_line():
    text = "Leeds v Saracens\n\nFriday, 25 February\n\n2000 GMT\n\nThe Tykes have brought in a new coach."
    assert values(text, date(2005, 2, 24)) == ["2005-02-25"]


@pytest.mark.parametrize("text, value", [
    ("Rates are likely to rise after the anticipated general election in May.", "2005-05"),
    ("Students may miss the expected 5 May election.", "2005-05-05"),
    ("He expected the vote in May.", "2004-05"),          # the verb still looks back
])
def test_a_participle_of_expectation_after_a_determiner_is_no_past(text, value):
    assert values(text, date(2005, 3, 10)) == [value]


@pytest.mark.parametrize("text, value", [
    ("The shares were bought in '08.", "2008"),
    ("He has played since '94, winning twice.", "1994"),
    ("The class of '83 met again.", "1983"),
    ("Music of the '90s is back.", "199"),        # a decade, as before
])
def test_a_year_in_two_digits_after_a_preposition(text, value):
    assert values(text, date(2009, 4, 16)) == [value]
    assert values("The cost of '12 Days' rose.", date(2009, 4, 16)) == []   # a title in quotes


def test_a_story_s_dateline_is_the_day_today_counts_from():
    text = "Qualcomm buys Trigenix\n\nSAN DIEGO, Oct. 12 - Qualcomm today announced it has acquired Trigenix."
    assert values(text, date(2004, 10, 14)) == ["2004-10-12", "2004-10-12"]
    text = "Talks\n\nIn a speech on Dec 8, he said the minister died yesterday."       # no dateline: publication
    assert values(text, date(2004, 12, 10)) == ["2004-12-08", "2004-12-09"]


@pytest.mark.parametrize("text, value", [
    ('"A decision is now expected by around mid-March," said a lawyer.', ["PRESENT_REF", "2005-03"]),   # "now" no past
    ("Talks in late November failed.", ["2004-11"]),
    ("No. 2 Jiri Novak beat No. 8 Jan-Mike Gambill.", []),                   # a rank and a name, no 8 January
])
def test_a_month_part_with_no_tense_is_the_nearer_and_a_rank_is_no_day(text, value):
    assert values(text, date(2005, 1, 20)) == value


@pytest.mark.parametrize("text, value", [
    ("The vote was scheduled for 24 January but was postponed.", ["2005-01-24"]),    # told in the past: nearer
    ("The vote is due on 24 January.", ["2006-01-24"]),                             # a timetable ahead
    ("The label said the album was due for release on 24 January.", ["2005-01-24"]),
])
def test_a_timetable_told_in_the_past_is_the_nearer_date(text, value):
    assert values(text, date(2005, 2, 1)) == value


def test_a_decimal_in_a_comparison_base_and_more_than_a_quantity():
    assert values("Sales fell 5% in 2004. Growth slowed to 5.4% from 10.2% in 2003 and debt fell from 610m a year "
                  "earlier.", date(2005, 3, 10)) == ["2004", "2003", "2003"]     # from 10.2% in 2003: a base
    assert values("Renault sold more than 2.4 million vehicles in 2004, up 4% on the previous year.",
                  date(2005, 3, 10)) == ["2004", "2003"]                            # more than: an amount


@pytest.mark.parametrize("text", [
    "Few would vote at the next election, widely expected on 5 May.",
    "Tony Blair has yet to name the date of the election, but most pundits are betting on 5 May.",
])
def test_widely_expected_on_and_has_yet_to_look_ahead(text):
    assert values(text, date(2005, 1, 20)) == ["2005-05-05"]


# DATE kinds of the TimeML/TIMEX3 guidelines, each in sentences written for it: (text, publication date, values).
JUNE_2009, JUNE_2011, JUNE_2010 = date(2009, 6, 10), date(2011, 6, 20), date(2010, 6, 1)
WRITTEN_KINDS = [
    # a year before 1800 after a preposition, where no counted noun follows
    ("The cathedral was consecrated in 1248, and rebuilt after a fire.", JUNE_2009, ["1248"]),
    ("Merchants have traded in the square since 1571.", JUNE_2009, ["1571"]),
    ("Volunteers searched in 1500 homes.", JUNE_2009, []),                 # a count, not a year
    ("The settlement was founded in 1200 BC.", JUNE_2009, []),             # before Christ: no ISO year of ours
    ("The index fell from 1250, its low for the week.", JUNE_2009, ["2009-W24"]),    # an index level
    # a hundred's plural and "a century ago" are centuries; "the 2000s" is the decade, as the noughties are
    ("The mansion was built in the 1600s.", JUNE_2009, ["16"]),
    ("Railways spread across the region in the late 1800s.", JUNE_2009, ["18"]),
    ("The tram line dates from the early 1900s.", JUNE_2009, ["19"]),
    ("Broadband spread in the early 2000s.", JUNE_2009, ["200"]),
    ("The dam was finished in the 1950s.", JUNE_2009, ["195"]),
    ("Two centuries ago the port was a fishing village.", JUNE_2009, ["18"]),
    ("The firm was founded a century ago.", JUNE_2009, ["19"]),
    ("The bridge was built centuries ago.", JUNE_2009, ["PAST_REF"]),
    # a season with early, mid or late is the season
    ("The ferry service was halted in early spring.", JUNE_2009, ["2009-SP"]),
    ("Harvests failed in late summer 2007.", JUNE_2009, ["2007-SU"]),
    ("The talks resume in late autumn.", JUNE_2009, ["2009-FA"]),
    ("Prices rose in the early spring of 2008.", JUNE_2009, ["2008-SP"]),
    # "the next year" told in the past counts from the time spoken of, as "the following year" does
    ("The mill was sold in 2004 and closed the next year.", JUNE_2009, ["2004", "2005"]),
    ("The junta seized power in May 2006. The next month, curfews began.", JUNE_2009, ["2006-05", "2006-06"]),
    ("Revenue grew in the first quarter of 2007 and shrank the next quarter.", JUNE_2009, ["2007-Q1", "2007-Q2"]),
    ("Regulators will review the merger over the next year.", JUNE_2009, ["2010"]),     # ahead: the coming year
    # the prior-year and year-before periods are the period a year back
    ("Revenue fell 3% from the prior-year quarter.", JUNE_2011, ["2010-Q2"]),
    ("Margins were thinner than in the year-before period.", JUNE_2011, ["2010"]),
    # numeric dates: dotted and dashed day first, year first as ISO
    ("The ceasefire was signed on 14.3.2010 in Geneva.", JUNE_2010, ["2010-03-14"]),
    ("The ceasefire was signed on 14-03-2010.", JUNE_2010, ["2010-03-14"]),
    ("The ceasefire was signed on 03-14-2010.", JUNE_2010, ["2010-03-14"]),            # 14 can be no month
    ("The ceasefire was signed on 2010/03/14.", JUNE_2010, ["2010-03-14"]),
    ("The ceasefire was signed on 2010.03.14.", JUNE_2010, ["2010-03-14"]),
    ("Install version 2.14.3.2010 of the app.", JUNE_2010, []),                        # a run of figures
    ("The fund returned 12.5.2010 percent.", JUNE_2010, []),
    # a bond due a year
    ("The notes, due 2019, were priced at par.", JUNE_2010, ["2019"]),
    # a fortnight, and a singular unit's time ahead
    ("The ferry sank a fortnight ago.", JUNE_2009, ["2009-05-27"]),
    ("The results will be known a fortnight from now.", JUNE_2009, ["2009-06-24"]),
    ("The stadium will reopen in a year's time.", JUNE_2009, ["2010"]),
    ("The stadium will reopen in a week's time.", JUNE_2009, ["2009-06-17"]),
    # a half in a year's genitive; this century (which dates no event on its first day)
    ("Margins fell in 2008's first half.", JUNE_2009, ["2008-H1"]),
    ("Profit fell in last year's second half.", JUNE_2009, ["2008-H2"]),
    ("Sea levels will rise this century.", JUNE_2009, ["20"]),
    # vague pasts and futures with no count, and a day of a month named relative to this one
    ("Turnout was higher in previous years.", JUNE_2009, ["PAST_REF"]),
    ("Margins were wider in earlier decades.", JUNE_2009, ["PAST_REF"]),
    ("Demand will grow in future decades.", JUNE_2009, ["FUTURE_REF"]),         # as "in past years" is PAST_REF
    ("The plan affects future generations.", JUNE_2009, []),                 # "future" before a noun that is no time
    ("Jobs created in the two previous months were revised.", JUNE_2009, []),   # two months, counted
    ("The scheme will shape the city for decades to come.", JUNE_2009, ["FUTURE_REF"]),
    ("Fares were lower in the old days.", JUNE_2009, ["PAST_REF"]),
    ("The pipeline burst on the 25th of last month.", JUNE_2009, ["2009-05-25"]),
    # a quarter of a fiscal year named by its number, and the same quarter a year before it
    ("Revenue rose in the first quarter of fiscal 2009.", JUNE_2009, ["FY2009-Q1"]),
    ("Revenue rose in Q3 FY09.", JUNE_2009, ["FY2009-Q3"]),
    ("Revenue rose in the first quarter of fiscal 2009, up from the same period a year earlier.", JUNE_2009,
     ["FY2009-Q1", "FY2008-Q1"]),
    # "last winter" in January is the one before the winter begun in December
    ("Snow fell heavily last winter.", date(2011, 1, 20), ["2009-WI"]),
    ("Snow has fallen heavily this winter.", date(2011, 1, 20), ["2010-WI"]),
    ("Snow fell heavily last winter.", date(2011, 3, 20), ["2010-WI"]),
    ("Snow has fallen heavily this winter.", date(2011, 4, 16), ["2010-WI"]),    # in spring, looking back: the one ended
    ("Gas prices will rise this winter.", date(2011, 4, 16), ["2011-WI"]),
    # "last spring" is the last one over before the season under way: this year's when it ended this year
    ("The siege began last spring.", date(2011, 8, 23), ["2011-SP"]),
    ("Crops failed last summer.", date(2011, 8, 23), ["2010-SU"]),
    ("Crops failed last summer.", date(2011, 10, 23), ["2011-SU"]),
    # a half of a fiscal year, named as its fiscal year is (by the year it ends in)
    ("The carrier returned to profit in the first half of the fiscal year.", JUNE_2009, ["FY2009-H1"]),
    ("Sales slowed in the second half of fiscal 2008.", JUNE_2009, ["FY2008-H2"]),
    ("Losses narrowed in the first half of the 2007-08 financial year.", JUNE_2009, ["FY2008-H1"]),
    ("The grocer posted a record fiscal first-half profit.", JUNE_2009, ["FY2009-H1"]),
    # coordinated decades and years
    ("The club thrived in the 1970s and 80s.", JUNE_2009, ["197", "198"]),
    ("The club thrived in the late 80s and early 90s.", JUNE_2009, ["198", "199"]),
    ("Members kept playing in their 30s, 40s and 50s.", JUNE_2009, []),          # ages
    ("The club thrived in the noughties.", JUNE_2009, ["200"]),
    ("Grants were paid in 2001, 2002 and 2003.", JUNE_2009, ["2001", "2002", "2003"]),
    ("In 2008, 2000 were killed.", JUNE_2009, ["2008"]),                        # a count after the year
    # a month or season with no year takes the year of the one named with it
    ("Ferries ran in June and July 2008.", JUNE_2011, ["2008-06", "2008-07"]),
    ("The site was online between August and November 2001.", JUNE_2011, ["2001-08"]),
    ("The site was online from December to February 2001.", JUNE_2011, ["2000-12"]),
    ("Roads were built in the spring and summer of 2008.", JUNE_2011, ["2008-SP", "2008-SU"]),
    ("Roads were built in the winter and spring of 2008.", JUNE_2011, ["2007-WI", "2008-SP"]),
    ("Ferries ran in June, and in July 2008 they stopped.", JUNE_2011, ["2011-06", "2008-07"]),   # two clauses
    ("Polls were held on 3 and 4 May 2008.", JUNE_2011, ["2008-05-03", "2008-05-04"]),
    # "the end of the year" told in the past is of the year spoken of last, as "the first half of the year" is
    ("The mill opened in 2003. By the end of the year, it had 50 staff.", JUNE_2011, ["2003", "2003"]),
    ("The mill opened on 3 February 2003. By the end of the month, it had 50 staff.", JUNE_2011, ["2003-02-03", "2003-02"]),
    ("The mill will have 50 staff by the end of the month.", JUNE_2011, ["2011-06"]),
    ("The summit takes place on the weekend of January 16.", date(2010, 1, 6), ["2010-W02"]),    # that weekend's week
    # days on one calendar date wherever they are named so
    ("Dockers marched on May Day.", JUNE_2009, ["2009-05-01"]),
    ("The president spoke on Bastille Day.", JUNE_2009, ["2008-07-14"]),
    ("Flags will fly on Canada Day.", JUNE_2009, ["2009-07-01"]),
    ("Veterans gathered on Anzac Day 2008.", JUNE_2009, ["2008-04-25"]),
    ("The May Day parade was cancelled.", JUNE_2009, []),                   # a parade's name
    # a time expected before a holiday looks ahead
    ("A verdict is expected before Christmas.", JUNE_2009, ["2009-12-25"]),
    ("A verdict was expected before Christmas.", JUNE_2009, ["2008-12-25"]),
]


@pytest.mark.parametrize("text, published, value", WRITTEN_KINDS)
def test_date_kinds_written_for_each_class(text, published, value):
    assert values(text, published) == value


@pytest.mark.parametrize("text, day", [
    ("The gallery reopens on Saturday.", date(2011, 3, 19)),
    ("The art fair closes on Sunday.", date(2011, 3, 20)),
    ("The gallery reopened on Saturday.", date(2011, 3, 12)),
    ("The mayor appears in court on Monday.", date(2011, 3, 21)),          # more timetabled verbs in the simple present
    ("The series airs on Saturday.", date(2011, 3, 19)),
    ("The hearing continues on Friday.", date(2011, 3, 18)),
    ("The bill goes before the senate on Tuesday.", date(2011, 3, 22)),
    ("The envoy leaves for Lima on Sunday.", date(2011, 3, 20)),
    ("At a poster launch on Tuesday, the leader spoke.", date(2011, 3, 15)),   # a noun: no present verb
    ("Medics continue to treat victims of Monday's blast.", date(2011, 3, 14)),  # an ongoing state, not a timetable
    ("Aides said the port would stay closed and reopen on Monday.", date(2011, 3, 21)),  # "closed" an adjective: no past
    ("The port remained closed on Monday.", date(2011, 3, 14)),
])
def test_a_timetabled_reopening_or_closing_in_the_simple_present_looks_ahead(text, day):
    assert only(text, date(2011, 3, 17)).date == day


@pytest.mark.parametrize("text, day", [
    ("The hearing is on Monday.", date(2011, 3, 21)),                        # a present copula: the coming one
    ("The hearing was on Monday.", date(2011, 3, 14)),
    ("The envoy is visiting Cairo on Monday.", date(2011, 3, 21)),           # an arrangement in the progressive
    ("The envoy was visiting Cairo on Monday.", date(2011, 3, 14)),
    ("The envoy is going to resign on Friday.", date(2011, 3, 18)),
    ("The council has until Friday to reply.", date(2011, 3, 18)),           # a limit ahead, no past
    ("The council had until Friday to reply.", date(2011, 3, 11)),
])
def test_a_weekday_after_a_present_arrangement_is_the_coming_one(text, day):
    assert only(text, date(2011, 3, 17)).date == day


@pytest.mark.parametrize("text, published, value", [
    ("The derby is at the weekend.", date(2010, 1, 6), "2010-W01"),
    ("The side is playing Leeds at the weekend.", date(2010, 1, 6), "2010-W01"),
    ("The side played Leeds at the weekend.", date(2010, 1, 6), "2009-W53"),
    ("Elections are in March.", JUNE_2009, "2010-03"),
    ("Elections were in March.", JUNE_2009, "2009-03"),
    ("The president is visiting Japan in March.", JUNE_2009, "2010-03"),
    ("The index is up 20% from its low in March.", JUNE_2009, "2009-03"),     # no arrangement: the nearer March
])
def test_a_weekend_or_month_after_a_present_arrangement_is_the_coming_one(text, published, value):
    assert values(text, published) == [value]


@pytest.mark.parametrize("text, value", [
    ("February exports rose 3%.", ["2011-02"]),
    ("Imports fell. January sales were flat.", ["2011-01"]),
    ("June says she will stand again.", []),                                 # a name before its verb
])
def test_a_month_opening_a_sentence_before_a_plural_noun_names_it(text, value):
    assert values(text, date(2011, 3, 17)) == value


@pytest.mark.parametrize("text, value", [
    ("The mine opened in 1998. That spring, the first ore was shipped.", ["1998", "1998-SP"]),
    ("The mine opened in 1998. The following winter, it flooded.", ["1998", "1999-WI"]),
    ("The mine flooded on 10 November 1998. The previous summer had been dry.", ["1998-11-10", "1998-SU"]),
    ("The mine opened in 1998. In January of that year, the licence was granted.", ["1998", "1998-01", "1998"]),
    ("The mine opened in 1998. In the spring of that year, roads were built.", ["1998", "1998-SP", "1998"]),
    ("The mine opened in 1998 and closed that same year.", ["1998", "1998"]),
    ("Prices fell. That fall in prices hurt miners.", []),                 # a decline, not autumn
])
def test_a_season_or_month_of_that_year_is_in_the_time_spoken_of(text, value):
    assert values(text, date(2011, 3, 17)) == value


def test_this_century_dates_no_event_on_its_first_day():
    (mention,) = find_time_expressions("Sea levels will rise this century.", date(2009, 6, 10))
    assert mention.granularity not in GRANULARITY_RANK and iso_value(mention) == ("20", "century")


# Kinds the TimeML/TIMEX3 guidelines set apart, written for the rules that read them (published Thursday 17 March 2011).
GUIDELINE_KINDS = [
    # a time that recurs is TIMEX3's SET: no one day, month or season, so no DATE of ours
    ("The cabinet meets every Tuesday.", []),
    ("The shop shuts each Sunday.", []),
    ("The club plays on Saturday nights.", []),
    ("Growers sow barley in April each year.", []),
    ("The council meets on the first Monday of each month.", []),
    ("Prices rise in April of every year.", []),
    ("Snow cuts the pass off every winter.", []),
    ("The club played on Saturday night.", ["2011-03-12"]),                  # one night: a date
    ("Prices rose 3% in 2010 each month.", ["2010"]),                        # a year is no recurring name
    # a weekday counted within a month is that day, on the side the tense says
    ("Dock workers struck on the second Monday of January.", ["2011-01-10"]),
    ("The regatta was sailed on the third Saturday of June.", ["2010-06-19"]),
    ("The regatta will be sailed on the third Saturday of June.", ["2011-06-18"]),
    ("Rents are due on the last Friday of the month.", ["2011-03-25"]),
    ("The board met on the final Thursday of last month.", ["2011-02-24"]),
    ("Voters go to the polls on the first Tuesday in November 2012.", ["2012-11-06"]),
    # a year after "pre-" or "post-" is the year, naming a thing
    ("Rents are still below pre-2000 levels.", ["2000"]),
    ("The post-1945 order is fraying.", ["1945"]),
    ("Output is back to pre-1990s levels.", ["199"]),
    ("The pre-war economy was weak.", []),
    # the unit before last or after next is one beyond last or next
    ("The party won a seat the year before last.", ["2009"]),
    ("A ruling is expected the week after next.", ["2011-W13"]),
    ("Rents peaked the month before last.", ["2011-01"]),
    ("Margins shrank in the quarter before last.", ["2010-Q3"]),
    ("The museum will stay shut through the weekend.", ["2011-W11"]),     # a weekend after "through"
    ("Rebels shelled the port overnight Saturday.", ["2011-03-12"]),        # one night, dated by its weekday
    ("Rebels shelled the port overnight on Saturday.", ["2011-03-12"]),
    ("The weekend saw clashes in the port.", ["2011-W10"]),               # "the weekend" as a subject or a genitive
    ("The weekend's storms cut power.", ["2011-W10"]),
    ("The weekend will bring snow.", ["2011-W11"]),
    ("The summer was the driest on record.", ["2010-SU"]),                # a season as a subject or a genitive
    ("The winter's storms cut power.", ["2010-WI"]),
    ("The fall was the steepest since 2008.", ["2008"]),                  # a decline, not autumn
    ("Coal output halved in the decade to 2008.", ["2008"]),                # the year that ends a period
    ("Pits closed in the first months of the year.", ["2011"]),             # the first or last days, weeks, months of a time
    ("Pits closed in the last days of March.", ["2011-03"]),
    ("Pits closed in the dying days of last year.", ["2010"]),
    ("Pits closed late in the day.", ["2011-03-17"]),
    ("Glaciers may vanish by the middle of the century.", ["20"]),          # an edge of the century of writing
    ("The mill was built at the start of the last century.", ["19"]),
    ("Wages grew 2% a year in the five years to 2010.", ["2010"]),
    ("Profit rose in the fiscal year ended June 30.", ["FY2010", "2010-06-30"]),   # named by the year its end lies in
    ("Profit will rise in the fiscal year ending June 30.", ["FY2011", "2011-06-30"]),
    ("Profit rose in the financial year to March 2009.", ["FY2009", "2009-03"]),
    # "that" before a month is the month in the year spoken of last, as "that spring" is
    ("The bridge was designed in the spring of 2006 and opened that November.", ["2006-SP", "2006-11"]),
    ("The levee broke on 2 March 1998. That August, the town was rebuilt.", ["1998-03-02", "1998-08"]),
    ("Aides said that May would decide.", []),                              # a name, not the month
    ("In 2009 aides said that June Okafor would lead.", ["2009"]),
    ("Aides said that March was the wettest on record.", ["2011-03"]),      # "that" opening a clause: a bare month
    ("Aides said that February's figures were wrong.", ["2011-02"]),
    ("Prices rose in 2010. Analysts expect that June will be better.", ["2010", "2011-06"]),
    # the future or the past however far or near the adjective puts it
    ("The depot will close in the not too distant future.", ["FUTURE_REF"]),
    ("No rise is planned in the immediate future.", ["FUTURE_REF"]),
    ("Such fires were rare in the recent past.", ["PAST_REF"]),
    ("A truce was agreed days later.", []),                               # counted from a time before: no FUTURE_REF
    ("The minister will decide later.", ["FUTURE_REF"]),
    ("The draft, which for the past two polls he wrote, is late.", []),      # "the past" before a count: an adjective
    # the day history names 9/11, not this year's 11 September
    ("Airports tightened checks after the September 11th attacks.", ["2001-09-11"]),
    ("The inquiry reports on September 11.", ["2011-09-11"]),
    # counted from a time told in the past that is coarser than the unit: known as well as that time, no later
    ("The mill shut in 1991. Two weeks later it burned down.", ["1991", "1991"]),
    ("The envoy left last month. Three days later the talks failed.", ["2011-02", "2011-02"]),
    ("The mill shut in May 1991. The next month it burned down.", ["1991-05", "1991-06"]),
    ("The mill shut in May 1991. That day, 200 jobs went.", ["1991-05", "1991-05"]),
    # the week and weekend of the day spoken of last
    ("The tanker ran aground on 4 May 2009. By the end of the week, oil had reached the coast.", ["2009-05-04", "2009-W19"]),
    ("The tanker ran aground on 4 May 2009. The following weekend, volunteers cleaned beaches.", ["2009-05-04", "2009-W19"]),
    ("The tanker ran aground on 4 May 2009. The previous weekend, a gale had blown.", ["2009-05-04", "2009-W18"]),
    # the first such month or weekday after (before) the time spoken of last; a month of the following year
    ("The dam was finished in 1998; the following March, floods tested it.", ["1998", "1999-03"]),
    ("The bank failed in 2002. The previous October, its chairman had resigned.", ["2002", "2001-10"]),
    ("The treaty was signed in the autumn of 2006 and took effect the following January.", ["2006-FA", "2007-01"]),
    ("The court will rule in May, and sentencing is set for the following September.", ["2011-05", "2011-09"]),
    ("The vote was held on 3 June 2008. The following Tuesday, the result was annulled.", ["2008-06-03", "2008-06-10"]),
    ("The vote was held on Sunday. The previous Friday, two candidates withdrew.", ["2011-03-13", "2011-03-11"]),
    ("He joined the firm and left the following March.", ["2010-03"]),       # no time told: on the tense's side
    ("The law was passed in 2003 and came into force in January the following year.", ["2003", "2004-01", "2004"]),
    ("The port opened in 1985. In June of the previous year, surveyors had mapped the bay.", ["1985", "1984-06", "1984"]),
    ("The firm was founded in 1990 and listed on 5 March the following year.", ["1990", "1991-03-05", "1991"]),
    ("The truce was agreed in 1979, and troops left in the spring of the following year.", ["1979", "1980-SP", "1980"]),
    ("Exports rose in 2010. The index ended the day up 2%.", ["2010", "2011-03-17"]),   # a trading day: of writing
    ("Retail sales rose in December. Car sales rose 4% in the month.", ["2010-12", "2010-12"]),    # the month spoken of
    ("Visits doubled in the month before the vote.", []),
    # a day of the month as an ordinal, in words or after "the"
    ("The ferry sank on the fifth of March.", ["2011-03-05"]),
    ("The ferry sank on March the 5th.", ["2011-03-05"]),
    ("The archive opened on the twenty-first of June 2009.", ["2009-06-21"]),
    ("The strike began on Monday the 7th.", ["2011-03-07"]),                 # the 7th that was a Monday
    ("Shares fell on Monday, the fourth-largest drop this year.", ["2011-03-14", "2011"]),   # an ordinal opening a compound
    ("The fort was built in the early 1640s.", ["164"]),                    # a decade before 1800, as "the 1990s"
    # a year before the singular noun it names (-ss, -us, -is are no plurals) or a capitalised name it completes
    ("The carmaker's 2009 loss was smaller than feared.", ["2009"]),
    ("The bank's 2008 crisis cost billions.", ["2008"]),
    ("Athens 2004 Olympics venues lie empty.", ["2004"]),
    ("The general's 2000 troops marched north.", []),                       # a count
    # a quarter in a sentence about money, even with a game's words in it; a score makes it a game's
    ("The Dow gained 300 points in the third quarter.", ["2010-Q3"]),
    ("The firm's team of analysts expects growth in the fourth quarter.", ["2011-Q4"]),
    ("The Bears fumbled late in the third quarter of Sunday's 24-13 loss.", ["2011-03-13"]),
    # "the Tuesday" of a story told weeks back is the first such weekday from its day; of this week's story, this week's
    ("The cyclone struck on 2 May 2008. On the Tuesday, aid began to arrive.", ["2008-05-02", "2008-05-06"]),
    ("The vote was held on Monday. On the Tuesday, results came in.", ["2011-03-14", "2011-03-15"]),
    # "ahead of" a time, with no tense in the clause, is before the coming one; a past clause keeps its own side
    ("Investors are nervous ahead of Friday's jobs report.", ["2011-03-18"]),
    ("Shops are busy in the run-up to Easter.", ["2011-04-24"]),
    ("Shares fell on Monday ahead of Tuesday's rate decision.", ["2011-03-14", "2011-03-15"]),
    # a weekday after words of waiting in a past clause dated by nothing else is still ahead of what the clause tells;
    # a clause in the pluperfect is told from after it
    ("Shares fell ahead of Friday's jobs report.", ["2011-03-18"]),
    ("Investors awaited Monday's trade figures.", ["2011-03-21"]),
    ("Voters braced for Sunday's runoff.", ["2011-03-20"]),
    ("Growth beat the rate analysts had forecast ahead of Friday's figures.", ["2011-03-11"]),
    ("The peso fell on Tuesday ahead of Friday's jobs data.", ["2011-03-15", "2011-03-18"]),  # after the day told
    # a present progressive after a verb of saying: what is said is under way or arranged, the saying dates nothing
    ("The survey ran in 2009. She says they are drafting rules by the end of the year.", ["2009", "2011"]),
    ("The firm said it is considering a sale in May.", ["2011-05"]),
    ("Police said they are investigating a blast on Tuesday.", ["2011-03-15"]),
    # years joined after "both" or "either", a time after "beyond" (a limit, as "until" is)
    ("Growth is forecast at 2% in both 2012 and 2013.", ["2012", "2013"]),
    ("The float could come in either 2012 or 2013.", ["2012", "2013"]),
    ("The striker wants to stay beyond 2013.", ["2013"]),
    ("The firm can keep trading beyond January.", ["2012-01"]),
    ("The union told reporters a strike would have to wait until May's conference.", ["2011-05"]),
    # a part of a month joined to a dated one lies in its year ("late December and early January 2004": the year before)
    ("She was seen in late March or early April 2003.", ["2003-03", "2003-04"]),
    ("Sales rose in late December and early January 2004.", ["2003-12", "2004-01"]),
    # "September 11" of the attacks, named after them or before them, even after "The"; with a year, that day
    ("Even after the attacks on September 11, the plan went ahead.", ["2001-09-11"]),
    ("The September 11 attacks changed air travel.", ["2001-09-11"]),
    ("The attack on September 11, 2012 killed four.", ["2012-09-11"]),
    # "the" season after "until", "since", "throughout" as after "in" or "by"
    ("Talks will go on until the summer.", ["2011-SU"]),
    ("Rates have risen since the autumn.", ["2010-FA"]),
    # a bare weekday as the subject of "is" or "will be" looks ahead; of "was", back
    ("Sunday is a big day for the party.", ["2011-03-20"]),
    ("Monday was a public holiday.", ["2011-03-14"]),
    # a number before "year old" is an age, no year
    ("The town keeps a 2000 year old custom.", []),
    # a holiday with "in" or "of" a year after it is that year's
    ("Few ballots were cast before Election Day in 1996.", ["1996-11-05", "1996"]),
    ("Riots broke out on New Year's Eve of 1999.", ["1999-12-31", "1999"]),
    # "expected to" looks ahead even where "expected" could be a past form; a past verb alone keeps the past
    ("Central bank expected to cut rates in December\n\nEconomists say a cut is likely.", ["2011-12"]),
    ("The two men were expected to appear in court on Monday.", ["2011-03-21"]),
    ("The army planned the raid in December.", ["2010-12"]),
    # a scheduled thing whose own verb is past is past ("the deadline passed"); one still ahead looks ahead
    ("The March 2 deadline passed without a deal.", ["2011-03-02"]),
    ("The March 22 deadline is approaching.", ["2011-03-22"]),
    ("Exports peaked on Tuesday, the 2nd-highest level on record.", ["2011-03-15"]),
    ("Shares slumped on Friday the thirteenth.", ["2010-08-13"]),
    ("She starred in the Friday the 13th films.", []),                      # a title's words
    ("Rent is due on the first of the month.", ["2011-04-01"]),             # as "the 1st" is
    ("The levy took effect on the first of the month.", ["2011-03-01"]),
    ("He was the first of many to leave.", []),
    ("The firm unveiled on Tuesday the first model of its van.", ["2011-03-15"]),   # "the first model": no day
    # an ordinal week of the month spoken of
    ("Bids close in the first week of the month.", ["2011-W09"]),
    ("The audit ran into the last week of last month.", ["2011-W08"]),
    # each day of a list that names its own month is a date in that month, not a second day of the month before it
    ("The fund paid out on 4 February, 7 May, 3 August and 5 November.", ["2011-02-04", "2010-05-07", "2010-08-03", "2010-11-05"]),
    ("The inspectors came on October 6 and 7.", ["2010-10-06", "2010-10-07"]),
    # a year coordinated with a year that names a thing or with a part of a year is a date too
    ("The insurer recalled the 1998 and 1999 models.", ["1998", "1999"]),
    ("Fares rose in mid-2006 and 2007.", ["2006", "2007"]),
    ("The 2004 and 1800 soldiers marched.", ["2004"]),      # far apart: the second is a count
    # a month before a noun of figures or occasions it names, wherever it stands, a modifier between or none
    ("The chain said February sales rose 2 percent.", ["2011-02"]),
    ("The chain posted weak January same-store sales.", ["2011-01"]),
    ("The May and June figures differed.", ["2010-05", "2010-06"]),     # "May" with a month that names the figures
    ("Prices fell in January because sales slowed.", ["2011-01"]),
    # a month in an infinitive clause with its object after a past verb is the nearer of its name, either side
    ("Clerics urged fans to boycott the band's 12 May concert.", ["2011-05-12"]),
    ("The board voted to shut the smelter in April.", ["2011-04"]),
    ("The board closed the smelter in April.", ["2010-04"]),
    ("Output rose to record highs in February.", ["2011-02"]),
    # a weekday keeps the past verb's side ("beat Spain to win the title on Sunday")
    ("Nadal beat Federer to win the title on Saturday.", ["2011-03-12"]),
    # a weekday in an infinitive of intent after an order, a bid or a tip is the nearer one, either side
    ("A judge issued an order to halt Saturday's sale of the airline.", ["2011-03-19"]),
    ("Those tipped to win the prize on Friday include two poets.", ["2011-03-18"]),
    ("Williams changed engines in a bid to win Monday's race.", ["2011-03-14"]),
    # "the period last year", "the month a year earlier": the same period, the word "same" left unsaid
    ("Exports rose in January from the month a year earlier.", ["2011-01", "2010-01"]),
    # "the year after" in a list of years ahead counts from the year before it
    ("The board is already planning for next year, the year after and beyond.", ["2012", "2013"]),
    ("The day before and after the vote, shops shut.", []),     # "before and after the vote": prepositions
    # a bare weekday before ", who" is a name (a club, a person), no day
    ("Rovers drew with Wednesday, who are second in the league.", []),
    ("Police arrested a man on Tuesday, who had stolen a car.", ["2011-03-15"]),
    # counts written out, every one to ninety-nine: "forty years ago" is a year, not PAST_REF; "twenty-five" no "five"
    ("Forty years ago, the dam burst.", ["1971"]),
    ("The wall fell twenty-five years ago.", ["1986"]),
    ("The mine shut in 1980; thirteen years later it reopened.", ["1980", "1993"]),
    ("Several years ago the mine shut.", ["PAST_REF"]),
    # a timetabled verb opening a clause after a past one is its expression's, across a place's comma and a long subject
    ("Lee was one of the three riders the national selectors picked for the race, which takes place at Harrogate, "
     "Yorkshire from 20-22 September.", ["2011-09-20", "2011-09-22"]),
    ("Lee won the race, which took place at Harrogate, Yorkshire from 20-22 September.", ["2010-09-20", "2010-09-22"]),
    # "the Saturday" of a story's days ahead of the time of writing, from the first day of their span
    ("The fair is held from 15-17 July. The band play on the Saturday night of the fair.",
     ["2011-07-15", "2011-07-17", "2011-07-16"]),
    # after a weekday of a story's week far from the time of writing, the next weekdays told go on in that week
    ("The show runs from 5-7 August. Elbow play on the Friday, Blur follow on Saturday and Muse close it on Sunday.",
     ["2011-08-05", "2011-08-07", "2011-08-05", "2011-08-06", "2011-08-07"]),
    # a story of this week keeps the publication week
    ("Elbow played on Friday and Blur followed on Saturday.", ["2011-03-11", "2011-03-12"]),
    # the first or last day of a month or year is that day, not "the last day" (yesterday) and a bare month
    ("The lease ran out on the last day of February.", ["2011-02-28"]),
    ("The tax starts on the first day of next month.", ["2011-04-01"]),
    ("The bank failed on the final day of 2008.", ["2008-12-31"]),
    ("Fans queued on the last day of the sale.", []),
    # a forecast told in the past after a weekday looks ahead; a month in it is the nearer one
    ("Friday's trade figures for February were expected to show a deficit.", ["2011-03-18", "2011-02"]),
    ("Saturday's poll was due to be close.", ["2011-03-19"]),
    ("Saturday's poll was close.", ["2011-03-12"]),
    # a year after "back to" ("a row dating back to 1998"), not a count ("cut back to 2000 staff")
    ("The feud dates back to 1998.", ["1998"]),
    ("The mill cut back to 2000 staff.", []),
    # a change measured on a year ("up 3% on 2009") names that year, a comparison's base that anchors nothing after it
    ("Exports rose 4% in 2010, up 3% on 2009. Imports fell over the year.", ["2010", "2009", "2010"]),
    ("Sales were also down on 2009.", ["2009"]),
    ("The council spent 5% on 2000 new homes.", []),
    # "the quarter" before an infinitive is the quarter spoken of; before a month it is a period ending then
    ("The bank took a charge during the quarter to cover bad loans.", ["2010-Q4"]),
    ("Sales rose in the quarter to December.", ["2010-12"]),
]


@pytest.mark.parametrize("text, value", GUIDELINE_KINDS)
def test_date_kinds_the_guidelines_set_apart(text, value):
    assert values(text, date(2011, 3, 17)) == value


@pytest.mark.parametrize("text, first, last", [
    ("Organisers delayed the festival from January to February.", date(2012, 1, 1), date(2012, 2, 29)),
    ("The airline has put off the launch of the route from March until June.", date(2011, 3, 1), date(2011, 6, 30)),
    ("The vote was brought forward from May to April.", date(2011, 5, 1), date(2011, 4, 30)),
    ("The launch was delayed from February until May.", date(2011, 2, 1), date(2011, 5, 31)),  # the old date just past
    ("The board deferred the sale from 2 February to 9 March.", date(2012, 2, 2), date(2012, 3, 9)),
    # a plan told as past before a past, and a span that is no move, keep the past
    ("The vote, which had been postponed from January to February, took place.", date(2011, 1, 1), date(2011, 2, 28)),
    ("Prices rose from January to February.", date(2011, 1, 1), date(2011, 2, 28)),
])
def test_a_date_moved_to_is_the_next_one_and_the_date_moved_from_the_one_nearest_it(text, first, last):
    (mention,) = find_time_expressions(text, date(2011, 3, 17))
    assert (mention.date, mention.end_date) == (first, last)


@pytest.mark.parametrize("text", ["Exports slumped from pre-2008 levels.", "Festive sales were up 3% on 2009."])
def test_a_year_after_pre_or_a_change_on_dates_no_event(text):
    (mention,) = find_time_expressions(text, date(2011, 3, 17))
    assert mention.granularity not in GRANULARITY_RANK


def test_the_period_last_year_is_the_same_period():
    assert values("Profit rose in the second quarter from the period last year.", date(2011, 8, 10)) == ["2011-Q2", "2010-Q2"]


@pytest.mark.parametrize("text, expected", [
    # a headline's last word and the dateline under it are two expressions, not one date across the line break
    ("Stocks fall sharply on Friday\nJune 7, 2010\nStocks fell.", [("on Friday", "2010-06-04"), ("June 7, 2010", "2010-06-07")]),
    ("Markets rally Friday morning\nJune 7, 2010\nShares rose.", [("Friday morning", "2010-06-04"), ("June 7, 2010", "2010-06-07")]),
    ("Apple releases iPhone 4\nJune 7, 2010\nApple released a phone.", [("June 7, 2010", "2010-06-07")]),
    # within a line a weekday still joins the date after it
    ("Apple said on Tuesday, June 1, that sales rose.", [("on Tuesday, June 1", "2010-06-01")]),
])
def test_a_date_does_not_run_on_across_a_line_break(text, expected):
    found = find_time_expressions(text, date(2010, 6, 7))
    assert [(m.text, iso_value(m)[0]) for m in found] == expected


@pytest.mark.parametrize("text, published, value", [
    # a counted stretch at the start of the year: the year it lies in, last year's where it is not over and the clause looks back
    ("Sales in the first nine months of the year fell 10%.", date(2004, 10, 20), "2004"),
    ("Sales in the first nine months of the year fell 10%.", date(2005, 1, 20), "2004"),
    ("Sales in the first nine months of the year will rise.", date(2005, 1, 20), "2005"),
    ("Exports in the first 10 months of 2004 rose.", date(2005, 1, 20), "2004"),
    # a few days of a month are that month
    ("Prices fell in the last ten days of December.", date(2005, 1, 20), "2004-12"),
])
def test_the_first_months_of_the_year_counted_are_that_year(text, published, value):
    assert values(text, published) == [value]


@pytest.mark.parametrize("text, expected", [
    ("The retailer forecast 2004 would end well.", ["2004"]),
    ("Chairman Louis Schweitzer said 2004 had been a great year for the firm.", ["2004"]),
    ("It expected 2005 to be a transitional year.", ["2005"]),
    ("The MDA predicts that 2005 could see more than 30bn text messages.", ["2005"]),
    # a count after the same verbs is none
    ("Officials said 2000 were killed in the fighting.", []),
    ("Police said 1500 had been arrested.", []),
    ("The ministry said 2000 troops would stay.", []),
])
def test_a_year_opening_a_reported_clause_is_a_date(text, expected):
    assert values(text, date(2004, 11, 18)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Heating oil stocks are low in the United States ahead of winter.", ["2004-WI"]),
    ("Concern over lean heating fuel supplies ahead of winter stemmed falls of nearly $10.", ["2004-WI"]),
    ("The talks dragged on into the spring.", ["2004-SP"]),
    ("The plant closed after the summer.", ["2004-SU"]),
    # "fall" after these words is a decline or a defeat
    ("Troops entered after the fall of the city.", []),
    ("Shares rose before the fall in prices.", []),
])
def test_a_season_after_ahead_of_before_after_or_into_is_a_time(text, expected):
    assert values(text, date(2004, 11, 18)) == expected


@pytest.mark.parametrize("text, expected", [
    # a plan told in the past may lie either side of the time of writing: the nearer one
    ("The BPI had planned to include download formats in the chart from 20 March.", ["2005-03-20"]),
    ("She had wanted to run in the World Cross Country Championships in March.", ["2005-03"]),
    ("He had hoped to be ready for the tie against Leverkusen on 22 February.", ["2005-02-22"]),
    # a date something is put back to is not yet reached
    ("But the date has been put back to 17 April.", ["2005-04-17"]),
])
def test_a_plan_told_in_the_past_or_a_date_put_back_to_is_not_taken_for_the_past(text, expected):
    assert values(text, date(2005, 2, 15)) == expected


def test_forecasts_a_quarter_names_are_no_verb_looking_ahead():
    text = "Oilco Beats Q3 Forecasts on High Oil Price\n\nOilco reported bumper third-quarter earnings on Tuesday."
    assert values(text, date(2004, 10, 26)) == ["2004-Q3", "2004-Q3", "2004-10-26"]


def test_the_same_quarter_is_the_quarter_named_last_not_the_week_told_since():
    text = ("The firm's revenue nearly tripled in the fourth quarter of 2004. Its profit was dwarfed by the figure a rival "
            "announced earlier in the week. During the same quarter, another rival earned $187m.")
    assert values(text, date(2005, 2, 1)) == ["2004-Q4", "2005-W05", "2004-Q4"]


@pytest.mark.parametrize("text, expected", [
    # a year between a determiner with an adjective and the noun it names
    ("He was responsible for Bill Clinton's sensational 1992 comeback victory.", ["1992"]),
    ("Total sales were up 27% from the same 2004 period.", ["2004"]),
    ("The singer was haunted by the fatal 2003 shooting of two girls.", ["2003"]),
    # a count or a length there is none
    ("The remaining 1900 km of road will be built.", []),
    ("The estimated 2000 protesters marched.", []),
    # a year opening a clause after "but" is its subject, as after "said"
    ("Games have been added to handsets, but 2005 could see another big innovation.", ["2005"]),
])
def test_a_year_after_an_adjective_or_opening_a_clause_after_but_is_a_date(text, expected):
    assert values(text, date(2005, 2, 8)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Apple posted a profit for its fiscal fourth quarter, which ended September 26.", ["FY2009-Q4", "2009-09-26"]),
    ("The firm earned $1bn in the second fiscal quarter.", ["FY2009-Q2"]),
    ("Sales rose in the third quarter.", ["2009-Q3"]),
])
def test_a_quarter_called_fiscal_is_the_fiscal_years(text, expected):
    assert values(text, date(2009, 10, 16)) == expected


@pytest.mark.parametrize("text, expected", [
    # an awaiting in the present progressive looks ahead, as an arrangement does
    ("Fans are hoping for a win on Saturday.", ["2005-02-12"]),
    ("The city is bracing for storms on Friday.", ["2005-02-11"]),
    ("Investors were waiting for the results on Wednesday.", ["2005-02-09"]),      # told in the past: the last one
    # a prospect told in the past is the nearer weekday, as an intent is
    ("Jolin said the film had a very good chance of doing well on Saturday.", ["2005-02-12"]),
    ('Jolin said the film had "a very good chance" of doing well on Saturday.', ["2005-02-12"]),
    ("The team lost its chance of winning on Monday.", ["2005-02-07"]),
])
def test_an_awaiting_or_a_prospect_is_not_taken_for_the_past(text, expected):
    assert values(text, date(2005, 2, 10)) == expected


@pytest.mark.parametrize("text, expected", [
    # a month an article and an adjective make a noun
    ("A slow August snapped an eight-month winning streak for the retailer.", ["2004-08"]),
    ("Sales recovered after a strong December.", ["2003-12"]),
    ("She married a young June Carter.", []),
    # a headline's title case: the month before the figures it names
    ("September Retail Sales Up by 1.5 Percent\n\nShoppers got their groove back last month.", ["2004-09", "2004-09"]),
    ("The report mentions September in passing.", []),
])
def test_a_month_after_an_adjective_or_before_a_headlines_figures_is_a_month(text, expected):
    assert values(text, date(2004, 10, 14)) == expected


@pytest.mark.parametrize("text, expected", [
    # a weekday naming a broadcast's weekly slot is a set, no day
    ("The gentle Sunday night drama came to an end in 2001.", ["2001"]),
    ("He is one half of the Radio 1 Thursday night show Bethan and Huw in Wales.", []),
    # a day's show, and a weekday before a verb's "to", are days
    ("Friday's show was cancelled.", ["2005-01-07"]),
    ("Protesters rallied Sunday afternoon to show support for the strikers.", ["2005-01-09"]),
])
def test_a_weekday_naming_a_broadcast_slot_is_no_day(text, expected):
    assert values(text, date(2005, 1, 10)) == expected


@pytest.mark.parametrize("text, expected", [
    # a headline's "X to <verb>" looks ahead: the coming weekday
    ("Rules for Overtime Pay To Take Effect Monday\n\nEmployers and workers prepare.", ["2004-10-18"]),
    ("Russians to see full lunar eclipse Thursday morning\n\nMoscow.", ["2004-10-14"]),
    # "to" after a verb of motion or change is no infinitive
    ("Oil Rises to Record on Monday\n\nOil prices rose.", ["2004-10-11"]),
    # a quarter there is the nearer one, the one just ended
    ("Telecom to Take $3.5 Billion Charge in 3Q\n\nThe firm said.", ["2004-Q3"]),
    # "has to", "will have to" say what must be, no past
    ("The negotiations will have to be concluded by midnight on Monday.", ["2004-10-18"]),
    ("The consulate would have to suspend work by March 31.", ["2005-03-31"]),
])
def test_a_headlines_infinitive_and_an_obligation_look_ahead(text, expected):
    assert values(text, date(2004, 10, 13)) == expected
