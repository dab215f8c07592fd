"""Writes bench/data/timex_fresh_tim41.jsonl: the DATE expressions of 26 BBC business and politics items (the first 1400
characters of each, as bench/timex_gwn.py reads them) that no earlier round or bench used, chosen for what news is full
of: weekdays before and after the publication date with their tense ("On Tuesday Mr Kennedy will visit"), "last/next/this"
with a month, season or year ("last summer", "last June's"), months named with a year apart ("August last year"), "a month
ago", "two years ago", years as modifiers ("the annual 2004 rate"), ranges ("April-July", "between October and December"),
decades, calendar and fiscal quarters and halves ("the January-to-March quarter", "the first half of our fiscal year",
"this fiscal year" of India's April-March year), "now"/"currently"/"at the moment", holidays ("the New Year", "Christmas"),
and dates in reported speech about the future ("is likely to name 5 May", "in January and February"). Their TIMEX3 values
were written by reading, BEFORE the system ran on them (tim41), with the publication date assumed from the story (the
weekday it names, the figures it reports: a Tankan of December, the CBO's outlook of 25 January 2005). Rows: [phrase,
value, which occurrence of the phrase]; the conventions are those of annotate_tim40.py (weekends valued by their ISO
week, vague references PRESENT_REF / PAST_REF / FUTURE_REF, fiscal periods TIMEX3's FY2005-Q2, a period ending at a month
a DURATION with its month a DATE); "neutral": durations, sets, times of day and expressions whose value TimeML leaves
open. Halves by fresh_sources.half("tim41", id): "tune" rows may be looked at while fixing; "aside" rows are not.

    python bench/data/annotate_tim41.py
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fresh_sources import half  # noqa: E402

NOW = "PRESENT_REF"
PAST = "PAST_REF"
FUTURE = "FUTURE_REF"

ROWS = [
    # Nationwide's February house prices, with the Bank of England's January approvals: Tuesday 1 March 2005
    ("bbc-business-153", "2005-03-01", [("February", "2005-02", 0), ("June 2001", "2001-06", 0), ("August", "2004-08", 0),
                                        ("last year", "2004", 0), ("January", "2005-01", 0), ("January", "2005-01", 1),
                                        ("2004", "2004", 0), ("November", "2004-11", 0), ("2005", "2005", 0), ("2006", "2006", 0),
                                        ("2007", "2007", 0), ("last summer", "2004-SU", 0), ("2009", "2009", 0), ("now", NOW, 0),
                                        ("now", NOW, 1), ("current", NOW, 0)],
     ["a year earlier", "four years", "the next six months", "10-year", "annual", "At the same time"]),
    # Brazil's December jobless rate, Tuesday's figures: Tuesday 25 January 2005
    ("bbc-business-490", "2005-01-25", [("December", "2004-12", 0), ("December", "2004-12", 1), ("November", "2004-11", 0),
                                        ("December 2003", "2003-12", 0), ("December 2004", "2004-12", 0),
                                        ("December 2003", "2003-12", 1), ("December", "2004-12", 5), ("November", "2004-11", 1),
                                        ("Tuesday's", "2005-01-25", 0), ("2001", "2001", 0), ("April 2004", "2004-04", 0),
                                        ("2004", "2004", 2), ("2003", "2003", 2), ("2004", "2004", 3), ("this year", "2005", 0),
                                        ("two years ago", "2003", 0), ("the next months", FUTURE, 0), ("January", "2005-01", 0),
                                        ("February", "2005-02", 0)],
     ["three years", "monthly", "Christmas", "holiday season", "the (Christmas) holiday season"]),
    # the Bank of Japan's December Tankan: Monday 13 December 2004
    ("bbc-business-295", "2004-12-13", [("March 2003", "2003-03", 0), ("December's", "2004-12", 0), ("September", "2004-09", 0),
                                        ("September's", "2004-09", 0), ("next year", "2005", 0), ("this year", "2004", 0),
                                        ("December", "2004-12", 1), ("September", "2004-09", 2), ("September", "2004-09", 3),
                                        ("this month", "2004-12", 0), ("now", NOW, 0), ("2004", "2004", 0),
                                        ("the first quarter of 2005", "2005-Q1", 0), ("March", "2005-03", 1)],
     ["13 years", "the three months", "quarterly"]),
    # Virgin Blue's profit warning, the shares' close on Wednesday: Wednesday 12 January 2005
    ("bbc-business-474", "2005-01-12", [("March", "2005-03", 0), ("November", "2004-11", 0), ("December 2004", "2004-12", 0),
                                        ("August 2004", "2004-08", 0), ("November", "2004-11", 1), ("four years ago", "2001", 0),
                                        ("now", NOW, 1), ("May 2004", "2004-05", 0), ("Wednesday", "2005-01-12", 0)],
     ["full year", "the year", "the previous year", "first quarter", "first half", "now"]),
    # the CBO's budget outlook: Tuesday 25 January 2005
    ("bbc-business-488", "2005-01-25", [("this year", "2005", 0), ("Tuesday", "2005-01-25", 0),
                                        ("the 2005 fiscal year", "FY2005", 0), ("recent months", PAST, 0),
                                        ("November", "2004-11", 0), ("30 September 2004", "2004-09-30", 0),
                                        ("the previous fiscal year", "FY2003", 0), ("2006", "2006", 0), ("2015", "2015", 0)],
     ["the next two years", "the 12 months", "the years"]),
    # Nike's second quarter of fiscal 2005 (to 30 November): Monday 20 December 2004
    ("bbc-business-310", "2004-12-20", [("second-quarter", "FY2005-Q2", 0), ("30 November", "2004-11-30", 0),
                                        ("last year", "2003", 0), ("2003", "2003", 0), ("second-quarter", "FY2005-Q2", 1),
                                        ("the first half of our fiscal year", "FY2005-H1", 0), ("December 2004", "2004-12", 0),
                                        ("April 2005", "2005-04", 0)],
     ["the three months", "the same period last year", "first quarter", "a strong first quarter of the year", "the year"]),
    # Barclays and Wells Fargo, the Sunday Express's report: Monday 17 January 2005
    ("bbc-business-417", "2005-01-17", [("Monday", "2005-01-17", 0), ("weekend", "2005-W02", 0), ("October", "2004-10", 0),
                                        ("November 2004", "2004-11", 0), ("Monday", "2005-01-17", 1), ("2003", "2003", 0),
                                        ("recently", PAST, 0), ("2004", "2004", 1), ("August", "2004-08", 0)],
     ["late morning", "more than 300 years ago", "300 years ago", "full year", "its last financial year",
      "the previous year"]),
    # the Conference Board's December confidence, told on Tuesday 28 December 2004
    ("bbc-business-361", "2004-12-28", [("2005", "2005", 0), ("December", "2004-12", 0), ("July", "2004-07", 0),
                                        ("Tuesday", "2004-12-28", 0), ("25 December", "2004-12-25", 0), ("2003", "2003", 0),
                                        ("December", "2004-12", 2), ("this year", "2004", 0),
                                        ("the first half of next year", "2005-H1", 0)],
     ["the past 10 days", "the week", "post-Christmas", "the month", "annual", "five months"]),
    # Opec's acting secretary general and oil at four-month highs: Tuesday 22 February 2005
    ("bbc-business-144", "2005-02-22", [("Tuesday", "2005-02-22", 0), ("now", NOW, 0), ("the second quarter", "2005-Q2", 0),
                                        ("16 March", "2005-03-16", 0), ("Monday", "2005-02-21", 0), ("this week", "2005-W08", 0),
                                        ("currently", NOW, 0), ("a year ago", "2004", 0)],
     ["early trading", "four-month", "early trading on Tuesday"]),
    # a snap February election denied, after the Sunday papers: Monday 29 November 2004
    ("bbc-politics-207", "2004-11-29", [("February 2005", "2005-02", 0), ("January", "2005-01", 0), ("February", "1974-02", 1),
                                        ("1974", "1974", 0), ("later in the year", "1974", 0), ("February", "2005-02", 2),
                                        ("current", NOW, 0), ("February", "2005-02", 3), ("February", "2005-02", 4)],
     ["four years", "New Year"]),
    # Blair to the PLP on Monday, Peston's book: Monday 10 January 2005
    ("bbc-politics-256", "2005-01-10", [("this week", "2005-W02", 0), ("Monday", "2005-01-10", 0), ("June 2004", "2004-06", 0),
                                        ("May", "2005-05", 0)],
     ["an hour", "around an hour", "within seconds", "earlier"]),
    # Marr on Wednesday's Today programme: 5 May, Parliament dissolved on 4 or 5 April: Wednesday 23 March 2005
    ("bbc-politics-401", "2005-03-23", [("5 May", "2005-05-05", 0), ("5 April", "2005-04-05", 0), ("recently", PAST, 0),
                                        ("7 April", "2005-04-07", 0), ("Wednesday's", "2005-03-23", 0),
                                        ("5 April", "2005-04-05", 1), ("June 2006", "2006-06", 0)],
     ["the end of that week", "a frantic week", "Easter", "4 or 5 April"]),
    # Kilroy-Silk to contest Erewash, the day after Veritas's launch: Friday 4 February 2005
    ("bbc-politics-333", "2005-02-04", [("1997", "1997", 0), ("last June's", "2004-06", 0), ("1997", "1997", 1),
                                        ("1970", "1970", 0), ("Thursday", "2005-02-03", 0)],
     ["a day after", "this point", "at this point", "the next few weeks", "over the next few weeks"]),
    # Kennedy's week-long tour from Monday, after Sunday's Westminster Hour: Monday 14 March 2005
    ("bbc-politics-335", "2005-03-14", [("Monday", "2005-03-14", 0), ("Later", FUTURE, 0), ("5 May", "2005-05-05", 0),
                                        ("Tuesday", "2005-03-15", 0), ("last year's", "2004", 0),
                                        ("later in the week", "2005-W11", 0), ("Sunday", "2005-03-13", 0),
                                        ("5 May", "2005-05-05", 1)],
     ["week-long", "recent experience"]),
    # prime minister's questions on Wednesday, Brown in Africa: Wednesday 12 January 2005
    ("bbc-politics-262", "2005-01-12", [("currently", NOW, 0), ("November 2003", "2003-11", 0), ("now", NOW, 0),
                                        ("Wednesday", "2005-01-12", 0)],
     ["later"]),
    # India-Pakistan trade in April-July, India's mid-year review: Monday 20 December 2004
    ("bbc-business-347", "2004-12-20", [("the summer", "2004-SU", 0), ("April", "2004-04", 0), ("July", "2004-07", 0),
                                        ("2003", "2003", 0), ("2006", "2006", 0), ("this fiscal year", "FY2005", 0),
                                        ("the current fiscal year", "FY2005", 0), ("this year", "2004", 0), ("2004", "2004", 0),
                                        ("2003", "2003", 1)],
     ["nearly six decades", "six decades", "mid-year"]),
    # Indonesia weighs a fuel price rise after the tsunami: Tuesday 18 January 2005
    ("bbc-business-012", "2005-01-18", [("late December", "2004-12", 0), ("2004", "2004", 0), ("October", "2004-10", 0),
                                        ("January", "2005-01", 0), ("March", "2005-03", 0), ("this year", "2005", 0),
                                        ("at the moment", NOW, 0)],
     ["for years", "quarter"]),
    # the Bank of England holds at 4.75% (November's meeting): Thursday 11 November 2004
    ("bbc-business-137", "2004-11-11", [("September", "2004-09", 0), ("the previous quarter", "2004-Q3", 0), ("now", NOW, 0),
                                        ("October", "2004-10", 0), ("February 2001", "2001-02", 0), ("Last month", "2004-10", 0),
                                        ("the first half of 2004", "2004-H1", 0)],
     ["the past year", "monthly", "this time around", "this time"]),
    # the ODPM's December house prices, after Halifax's and Nationwide's January: Tuesday 8 February 2005
    ("bbc-business-170", "2005-02-08", [("December", "2004-12", 0), ("December", "2004-12", 1), ("the previous month", "2004-11", 0),
                                        ("November", "2004-11", 0), ("recent", PAST, 0), ("late 2004", "2004", 0),
                                        ("December", "2004-12", 2), ("recent", PAST, 1), ("the last quarter of 2004", "2004-Q4", 0),
                                        ("October", "2004-10", 0), ("December", "2004-12", 4), ("2003", "2003", 0),
                                        ("2004", "2004", 2), ("January", "2005-01", 0), ("the first month of the year", "2005-01", 0)],
     ["December is traditionally", "Christmas", "the previous year", "the most recent", "annual", "seasonal", "a quiet month"]),
    # the ONS's December retail sales: Thursday 20 January 2005
    ("bbc-business-481", "2005-01-20", [("December", "2004-12", 0), ("Christmas", "2004-12-25", 0), ("1981", "1981", 0),
                                        ("December", "2004-12", 1), ("November", "2004-11", 0), ("2004", "2004", 0),
                                        ("November", "2004-11", 1), ("December", "2004-12", 2), ("December", "2004-12", 3),
                                        ("2003", "2003", 0), ("last year", "2004", 0), ("recent", PAST, 0), ("the 1990s", "199", 0)],
     ["23 years previously", "a tougher Christmas", "November-December", "the month", "annual"]),
    # the Bank of Korea holds at 3.25%, January's figures: Thursday 17 February 2005
    ("bbc-business-072", "2005-02-17", [("last year", "2004", 0), ("now", NOW, 0), ("now", NOW, 1), ("November", "2004-11", 0),
                                        ("January", "2005-01", 0), ("2004", "2004", 0), ("this year", "2005", 0),
                                        ("January", "2005-01", 1), ("January", "2005-01", 2), ("December", "2004-12", 0),
                                        ("now", NOW, 2), ("the end of 2003", "2003", 0)],
     ["17 months", "year-on-year", "month-on-month", "all-time", "four-year"]),
    # Singapore's 2004 growth, the trade ministry's final figures: Tuesday 15 February 2005
    ("bbc-business-256", "2005-02-15", [("2004", "2004", 0), ("2000", "2000", 0), ("fourth quarter", "2004-Q4", 0),
                                        ("2005", "2005", 0), ("this year", "2005", 0), ("fourth quarter", "2004-Q4", 1),
                                        ("the third quarter", "2004-Q3", 0), ("fourth quarter", "2004-Q4", 2),
                                        ("the summer", "2004-SU", 0), ("July", "2004-07", 0), ("September", "2004-09", 0),
                                        ("2003", "2003", 0)],
     ["four consecutive quarters", "annual"]),
    # the Jakarta exchange on Monday after Indonesia's estimate of Friday: Monday 10 January 2005
    ("bbc-business-411", "2005-01-10", [("Monday's", "2005-01-10", 0), ("the New Year", "2005-01-01", 0),
                                        ("26 December", "2004-12-26", 0), ("Monday", "2005-01-10", 1), ("Friday", "2005-01-07", 0),
                                        ("Monday", "2005-01-10", 2), ("2005", "2005", 0), ("2006", "2006", 0), ("2007", "2007", 0),
                                        ("Sunday", "2005-01-09", 0)],
     ["a month", "So far", "five-year"]),
    # the Reserve Bank of Australia's rise to 5.5% and the December quarter's GDP: Wednesday 2 March 2005
    ("bbc-business-101", "2005-03-02", [("the last quarter", "2004-Q4", 0), ("December 2003", "2003-12", 0), ("October", "2004-10", 0),
                                        ("December", "2004-12", 1), ("July", "2004-07", 0), ("September", "2004-09", 0),
                                        ("recent months", PAST, 0), ("the second half of 2004", "2004-H2", 0)],
     ["four years", "more than a year", "a year", "annual", "shortly"]),
    # the revised fourth-quarter GDP, announced on Friday 25 February 2005
    ("bbc-business-094", "2005-02-25", [("the last quarter of 2004", "2004-Q4", 0), ("a month ago", "2005-01", 0),
                                        ("Friday", "2005-02-25", 0), ("Friday's", "2005-02-25", 0),
                                        ("the third quarter of 2004", "2004-Q3", 0), ("the year", "2004", 0),
                                        ("22 March", "2005-03-22", 0), ("the January-to-March quarter", "2005-Q1", 0),
                                        ("the final quarter of 2004", "2004-Q4", 0), ("the third quarter", "2004-Q3", 1),
                                        ("the final quarter", "2004-Q4", 1), ("the third quarter's", "2004-Q3", 0)],
     ["five years", "annual"]),
    # New Year's texts: Wednesday 5 January 2005
    ("bbc-tech-152", "2005-01-05", [("New Year's", "2005-01-01", 0), ("31 December", "2004-12-31", 0), ("1 January", "2005-01-01", 0),
                                    ("last year's", "2004", 0), ("2004", "2004", 0), ("2005", "2005", 0)],
     ["midnight", "recent", "Happy New Year", "New Years Eve", "the year's largest party", "annual", "daily"]),
]

if __name__ == "__main__":
    out = Path(__file__).parent / "timex_fresh_tim41.jsonl"
    with open(out, "w", encoding="utf-8") as f:
        for gid, dct, dates, neutral in ROWS:
            f.write(json.dumps({"id": gid, "half": half("tim41", gid), "dct": dct, "upto": 1400,
                                "dates": [list(d) for d in dates], "neutral": neutral}) + "\n")
    halves = {h: [r for r in ROWS if half("tim41", r[0]) == h] for h in ("tune", "aside")}
    print(out, sum(len(r[2]) for r in ROWS), "DATEs", {h: (len(rs), sum(len(r[2]) for r in rs)) for h, rs in halves.items()})
