"""Writes bench/data/timex_fresh_tim38.jsonl: the DATE expressions of 12 GeoWebNews articles (the first 2400 characters of
each), 7 BBC business items (the first 1400) and 10 AG News Business items on quarterly results no
earlier timex round used, their TIMEX3 values written by reading BEFORE the system ran on them (tim38),
with the publication date assumed from the story (the weekday it names, the events it reports). Rows: [phrase, value,
which occurrence of the phrase]; "neutral": durations, sets, ages and generic months that are no DATE but no error
either. "tune" rows were looked at while fixing; "aside" rows were kept untouched.

    python bench/data/annotate_tim38.py
"""
import json
from pathlib import Path

ROWS = [
    # Tamil Nadu moved the court "on Saturday"; the deadline "ended on March 29" (a Thursday): Saturday 31 March 2018
    ("gwn-130", "tune", "2018-03-31", [("Saturday", "2018-03-31", 0), ("February 16", "2018-02-16", 0),
                                       ("May 12", "2018-05-12", 0), ("2007", "2007", 0), ("February 16", "2018-02-16", 1),
                                       ("March 29", "2018-03-29", 0), ("2007", "2007", 1)],
     ["three-month", "Six-week", "six weeks", "1956"]),
    # 1,000 days after 9 July 2015 is Wednesday 4 April 2018, the day the march set off; written the day after
    ("gwn-131", "tune", "2018-04-05", [("2015", "2015", 0), ("Wednesday", "2018-04-04", 0), ("next Friday", "2018-04-13", 0),
                                       ("July 9, 2015", "2015-07-09", 0), ("recent history", "PAST_REF", 0)],
     ["1,000 days", "nearly three years", "weekly", "several days", "seven years", "five-year-old"]),
    # IATA announced the animal programme on Thursday 5 April 2018 (the United dog deaths were in March)
    ("gwn-202", "tune", "2018-04-05", [("last month", "2018-03", 0), ("Thursday", "2018-04-05", 0), ("last year", "2017", 0),
                                       ("last year", "2017", 1), ("last year", "2017", 2), ("this month", "2018-04", 0),
                                       ("May 1", "2018-05-01", 0)],
     ["10-month-old", "the last five years"]),
    # CSU's April forecast came out on Thursday 5 April 2018
    ("gwn-213", "tune", "2018-04-05", [("2017", "2017", 0), ("2017", "2017", 1), ("2018", "2018", 0), ("Thursday", "2018-04-05", 0),
                                       ("2017", "2017", 2), ("2017", "2017", 3), ("currently", "PRESENT_REF", 0),
                                       ("now", "PRESENT_REF", 0), ("the immediate future", "FUTURE_REF", 0),
                                       ("June 1", "2018-06-01", 0)],
     ["more than a decade", "history", "June", "November", "less than two months", "Last season", "mid-August",
      "mid-October", "four months", "long-term"]),
    # Monex agreed to buy Coincheck on Friday 6 April 2018
    ("gwn-271", "tune", "2018-04-06", [("late January", "2018-01", 0), ("last October", "2017-10", 0), ("April 16", "2018-04-16", 0),
                                       ("March 31, 2019", "2019-03-31", 0), ("March 2017", "2017-03", 0)],
     ["the first quarter", "the fiscal year", "at that time"]),
    # January-February figures of Kazakhstan, reported in mid-March 2018
    ("gwn-308", "tune", "2018-03-15", [("January", "2018-01", 0), ("the present year", "2018", 0), ("2018", "2018", 1),
                                       ("2025", "2025", 0), ("2018", "2018", 2), ("To date", "PRESENT_REF", 0),
                                       ("the current year", "2018", 0), ("the end of 2018", "2018", 0),
                                       ("At the present time", "PRESENT_REF", 0)],
     ["February of 2018", "the same period of the previous year", "2018-2020", "61 days", "72-hour"]),
    # The Washington Post, Saturday 31 March 2018 (its byline date is a dateline)
    ("gwn-100", "aside", "2018-03-31", [("Saturday", "2018-03-31", 0), ("Friday", "2018-03-30", 0), ("February", "2018-02", 0),
                                        ("the past few months", "PAST_REF", 0), ("Tuesday", "2018-03-27", 0),
                                        ("Wednesday", "2018-03-28", 0)],
     ["March 31, 2018", "five-month-old", "so far", "Easter"]),
    # the owner was interviewed "Saturday" after Friday 30 March's drawing: 31 March 2018
    ("gwn-122", "aside", "2018-03-31", [("March 30, 2018", "2018-03-30", 0), ("Saturday", "2018-03-31", 0),
                                        ("Thursday", "2018-03-29", 0), ("next week", "2018-W14", 0), ("Friday", "2018-03-30", 1),
                                        ("January", "2018-01", 0), ("Thursday", "2018-03-29", 1)],
     ["Friday", "3/30/18", "all the time"]),
    # the NYPD settlement was announced on Thursday 5 April 2018
    ("gwn-237", "aside", "2018-04-05", [("September 11th", "2001-09-11", 0), ("Thursday", "2018-04-05", 0), ("2012", "2012", 0),
                                        ("last month", "2018-03", 0), ("2014", "2014", 0), ("2015", "2015", 0),
                                        ("2016", "2016", 0)],
     ["60 days", "©2018"]),
    # Cleveland editorial before the 8 May 2018 primary; the board met Budish "Tuesday"
    ("gwn-270", "aside", "2018-04-05", [("This year", "2018", 0), ("May 8", "2018-05-08", 0), ("Tuesday", "2018-04-03", 0),
                                        ("recent", "PAST_REF", 0), ("May 8", "2018-05-08", 1), ("April 10", "2018-04-10", 0)],
     ["two-year", "annually", "a year", "four-year-old"]),
    # ABC, early April 2018 (dead fish washed up on 28 March)
    ("gwn-278", "aside", "2018-04-05", [("mid-February", "2018-02", 0), ("March 28", "2018-03-28", 0), ("recent", "PAST_REF", 0),
                                        ("1984", "1984", 0), ("1991", "1991", 0), ("1994", "1994", 0),
                                        ("October 2019", "2019-10", 0), ("May", "2018-05", 0)],
     []),
    # WSAW retrospective on the Kunz murders, 2018
    ("gwn-281", "aside", "2018-04-01", [("October 1989", "1989-10", 0), ("1993", "1993", 0), ("1986", "1986", 0),
                                        ("1998", "1998", 0), ("June 1998", "1998-06", 0), ("that August", "1998-08", 0)],
     ["month -long", "a number of years", "another five years", "eight days", "four hours", "31 years"]),
    # BBC business 2004-2005 (the first 1400 characters, as bench/timex_gwn.py reads them), a second kind of text
    # Yukos "filed for bankruptcy earlier this month" (14 December), the auction of 19 December past: Tuesday 28 December 2004
    ("bbc-business-358", "tune", "2004-12-28", [("Tuesday", "2004-12-28", 0), ("19 December", "2004-12-19", 0),
                                                ("earlier this month", "2004-12", 0), ("19 December", "2004-12-19", 1)],
     ["days later"]),
    # Gref's interview after the Yuganskneftegaz sale: mid-January 2005
    ("bbc-business-426", "tune", "2005-01-12", [("28 December", "2004-12-28", 0), ("December", "2004-12", 1),
                                                ("Now", "PRESENT_REF", 0), ("the 1990s", "199", 0)],
     ["Within days", "then"]),
    # Lomax's speech before the ONS's second estimate of third-quarter growth (Friday 26 November 2004)
    ("bbc-business-057", "tune", "2004-11-23", [("third quarter", "2004-Q3", 0), ("now", "PRESENT_REF", 0),
                                                ("Recent", "PAST_REF", 0), ("third quarter", "2004-Q3", 1),
                                                ("Friday", "2004-11-26", 0), ("third quarter", "2004-Q3", 2),
                                                ("currently", "PRESENT_REF", 0), ("the late 1980s", "198", 0)],
     ["years later"]),
    # Prettejohn's speech "on Monday" after Marsh's settlement (31 January 2005, "last week"): 7 February 2005
    ("bbc-business-232", "aside", "2005-02-07", [("Monday", "2005-02-07", 0), ("now", "PRESENT_REF", 0), ("January", "2005-01", 0),
                                                 ("Last week", "2005-W05", 0), ("last week", "2005-W05", 0),
                                                 ("October", "2004-10", 0)],
     ["the moment"]),
    ("bbc-business-236", "aside", "2005-02-15", [("the start of 2005", "2005", 0), ("the start of the year", "2005", 0)], []),
    # NAAMSA's 2004 figures, early January 2005
    ("bbc-business-408", "aside", "2005-01-05", [("2004", "2004", 0), ("a year earlier", "2003", 0), ("2005", "2005", 0),
                                                 ("2004", "2004", 1)], []),
    # Tsutsumi "was arrested on Thursday" (3 March 2005)
    ("bbc-business-037", "aside", "2005-03-03", [("Thursday", "2005-03-03", 0), ("the 1960s", "196", 0), ("1998", "1998", 0),
                                                 ("last year", "2004", 0), ("Now", "PRESENT_REF", 0)],
     ["once", "There was a time"]),

    # AG News Business items on quarterly results (a second pass for fiscal quarters, the class of the passage round's tune
    # misses): each item's day is the day its company reported (known from the companies' calendars)
    # Walgreen (fiscal year to August) reported its fourth quarter on Monday 27 September 2004
    ("ag-test-2588", "tune", "2004-09-27", [("fourth-quarter", "FY2004-Q4", 0)], ["4th-Qtr", "almost two years"]),
    # Microsoft (fiscal year to June) reported its first quarter on Thursday 21 October 2004
    ("ag-test-4263", "tune", "2004-10-21", [("Thursday", "2004-10-21", 0), ("first quarter", "FY2005-Q1", 0)], []),
    # News Corp (fiscal year to June), 3 November 2004
    ("ag-test-5074", "tune", "2004-11-03", [("fiscal first quarter", "FY2005-Q1", 0)], []),
    # Jack in the Box (fiscal year to early October), 18 November 2004
    ("ag-test-5940", "tune", "2004-11-18", [("the fourth quarter", "FY2004-Q4", 0)], ["its latest quarter", "a year ago"]),
    # Gateway (calendar year) raised its guidance on Wednesday 1 December 2004
    ("ag-test-7422", "tune", "2004-12-01", [("Wednesday", "2004-12-01", 0), ("fourth-quarter", "2004-Q4", 0)], ["4Q"]),
    ("ag-test-4284", "aside", "2004-10-21", [("Thursday", "2004-10-21", 0), ("first quarter", "FY2005-Q1", 0)], ["Oct 21"]),
    # Agilent (fiscal year to October), 16 November 2004
    ("ag-test-5542", "aside", "2004-11-16", [("fiscal fourth quarter", "FY2004-Q4", 0), ("first-quarter", "FY2005-Q1", 0)], []),
    # Claire's Stores (fiscal year to January) reported its third quarter on Thursday 18 November 2004
    ("ag-test-6023", "aside", "2004-11-18", [("Thursday", "2004-11-18", 0), ("third-quarter", "FY2005-Q3", 0),
                                             ("the fourth quarter", "FY2005-Q4", 0)], []),
    # Telecom New Zealand (fiscal year to June), 4 November 2004
    ("ag-test-5092", "aside", "2004-11-04", [("today", "2004-11-04", 0), ("September first quarter", "FY2005-Q1", 0)], []),
    # Ford and GM (calendar years) cut production after September's sales: 1 October 2004
    ("ag-test-1044", "aside", "2004-10-01", [("the fourth quarter", "2004-Q4", 0)], ["Update 8"]),
]

out = Path(__file__).parent / "timex_fresh_tim38.jsonl"
with open(out, "w", encoding="utf-8") as f:
    for gid, half, dct, dates, neutral in ROWS:
        f.write(json.dumps({"id": gid, "half": half, "dct": dct, "upto": 1400 if gid.startswith("bbc-") else None if gid.startswith("ag-") else 2400, "dates": [list(d) for d in dates],
                            "neutral": neutral}) + "\n")
print(out, sum(len(r[3]) for r in ROWS), "DATEs")
