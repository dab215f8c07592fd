"""Writes bench/data/timex_fresh_tim39.jsonl: the DATE expressions of 21 GeoWebNews news reports (the first 1800 characters
of each) and 6 BBC business items (the first 1400) no earlier timex round used, chosen as Wikinews-like past-tense
reports (MEANTIME's kind of text) with weekdays, "last week", "next week's", "recent years", seasons and quarters;
their TIMEX3 values written by reading BEFORE the system ran on them (tim39), with the publication date assumed from
the story (the weekday it names, the events it reports). Rows: [phrase, value, which occurrence of the phrase];
weekends are valued by their ISO week (as eval/timex reads TIMEX3's "-WE"); "neutral": durations, sets, ages, times
of day and generic seasons that are no DATE but no error either. "tune" rows were looked at while fixing; "aside"
rows were kept untouched.

    python bench/data/annotate_tim39.py
"""
import json
from pathlib import Path

ROWS = [
    # Ocean Infinity's MH370 search started; officials said so on Tuesday 23 January 2018
    ("gwn-014", "tune", "2018-01-23", [("Tuesday", "2018-01-23", 0), ("Monday", "2018-01-22", 0), ("March 2014", "2014-03", 0),
                                       ("January last year", "2017-01", 0)],
     ["a maximum of three months", "three months"]),
    # Pope Francis tweeted on Alfie Evans on Wednesday 4 April 2018; written the day after
    ("gwn-149", "tune", "2018-04-05", [("last month", "2018-03", 0), ("Friday", "2018-04-06", 0), ("Wednesday", "2018-04-04", 0),
                                       ("last year", "2017", 0), ("July", "2017-07", 0)],
     ["22-month-old", "11-month-old", "months-long"]),
    # Nielsen spoke, and Trump signed the proclamation, on Wednesday 4 April 2018
    ("gwn-201", "tune", "2018-04-05", [("yesterday", "2018-04-04", 0), ("Wednesday night", "2018-04-04", 0)],
     ["20 days", "immediately", "promptly"]),
    # Manitoba's NDP, Thursday 5 April 2018
    ("gwn-212", "tune", "2018-04-05", [("Thursday", "2018-04-05", 0), ("Sept. 1", "2018-09-01", 0), ("fall", "2018-FA", 0),
                                       ("Oct. 3", "2018-10-03", 0), ("Sept. 1", "2018-09-01", 1)],
     ["a year", "each spring", "the fall", "right away", "sometime"]),
    # Belfast court, "today (Thursday)": 5 April 2018
    ("gwn-224", "tune", "2018-04-05", [("today", "2018-04-05", 0), ("Thursday", "2018-04-05", 0), ("Tuesday", "2018-04-03", 0),
                                       ("May 3rd", "2018-05-03", 0)],
     ["34-year old"]),
    # the Wyoming judge's ruling came on Wednesday 4 April 2018
    ("gwn-242", "tune", "2018-04-05", [("Wednesday", "2018-04-04", 0), ("2016", "2016", 0)],
     ["indefinitely", "the waning days"]),
    # the US approved the howitzer sale on Thursday 5 April 2018
    ("gwn-254", "tune", "2018-04-05", [("Thursday", "2018-04-05", 0), ("last year", "2017", 0), ("Recently", "PAST_REF", 0)],
     ["three-week", "so far"]),
    # Kolkata police raid on Thursday 5 April 2018
    ("gwn-267", "tune", "2018-04-05", [("Thursday", "2018-04-05", 0), ("three years ago", "2015", 0)],
     ["46-year-old", "almost three years", "monthly", "age 81", "90-year-old"]),
    # AP New Mexico briefs, Thursday 5 April 2018
    ("gwn-275", "tune", "2018-04-05", [("Thursday", "2018-04-05", 0), ("2013", "2013", 0), ("Thursday", "2018-04-05", 1),
                                       ("2016", "2016", 0)],
     ["2018", "last two deployments"]),
    # McGregor's rampage, late Thursday 5 April 2018; written on Friday 6 April
    ("gwn-288", "tune", "2018-04-06", [("late Thursday", "2018-04-05", 0), ("Friday", "2018-04-06", 0),
                                       ("weekend", "2018-W14", 0)],
     []),
    # the Bank of England held rates for a sixth month on Thursday 10 February 2005
    ("bbc-business-119", "tune", "2005-02-10", [("later this year", "2005", 0), ("November 2003", "2003-11", 0),
                                                ("August 2004", "2004-08", 0), ("recently", "PAST_REF", 0),
                                                ("next week's", "2005-W07", 0), ("recent months", "PAST_REF", 0),
                                                ("December", "2004-12", 0), ("Wednesday", "2005-02-09", 0), ("May", "2004-05", 0),
                                                ("last month", "2005-01", 0), ("recent years", "PAST_REF", 0)],
     ["a sixth month in a row", "one month's", "six months", "annual"]),
    # Borussia Dortmund's shares slipped on Monday 7 March 2005 after Friday's rescue deal
    ("bbc-business-219", "tune", "2005-03-07", [("Monday", "2005-03-07", 0), ("Friday", "2005-03-04", 0), ("last week", "2005-W09", 0),
                                                ("Friday", "2005-03-04", 1), ("2007", "2007", 0), ("Friday", "2005-03-04", 2),
                                                ("Monday morning", "2005-03-07", 0), ("the end of June", "2005-06", 0),
                                                ("Friday", "2005-03-04", 3), ("the weekend", "2005-W09", 0),
                                                ("last week", "2005-W09", 1), ("14 March", "2005-03-14", 0),
                                                ("last week", "2005-W09", 2)],
     ["short-term"]),
    # Oracle began notifying staff on Friday 14 January 2005, a week after closing the PeopleSoft deal
    ("bbc-business-460", "tune", "2005-01-14", [("last week", "2005-W01", 0), ("recent times", "PAST_REF", 0), ("Friday", "2005-01-14", 0),
                                                ("future", "FUTURE_REF", 0), ("Friday", "2005-01-14", 1)],
     ["18-month", "the next 10 days", "the last 18 months", "Hours"]),

    # Nguyen Phu Trong received Shoigu on 23 January 2018
    ("gwn-013", "aside", "2018-01-23", [("January 23", "2018-01-23", 0)], []),
    # China's commerce ministry, Thursday 5 April 2018
    ("gwn-133", "aside", "2018-04-05", [("Thursday", "2018-04-05", 0), ("the second quarter", "2018-Q2", 0)], ["earlier"]),
    # Scalise in Rabat on Wednesday 4 April; MAP's item is dated 5 April 2018
    ("gwn-136", "aside", "2018-04-05", [("Wednesday", "2018-04-04", 0), ("1777", "1777", 0)], ["05 April 2018", "recent"]),
    # Pietrewicz's remains identified on Wednesday 4 April 2018
    ("gwn-165", "aside", "2018-04-05", [("Wednesday", "2018-04-04", 0), ("recently", "PAST_REF", 0)],
     ["The day before", "The day after", "the previous three days", "the last day", "the day", "at the time",
      "later in life", "at one point", "12 years old", "Sometimes"]),
    # El Heraldo's headline on Thursday 5 April 2018
    ("gwn-174", "aside", "2018-04-05", [("Thursday", "2018-04-05", 0)], []),
    # Bickers indicted on Thursday 29 March 2018
    ("gwn-216", "aside", "2018-03-29", [("Thursday morning", "2018-03-29", 0)], ["three years", "two years"]),
    # Chen arrested on Thursday 5 April 2018
    ("gwn-225", "aside", "2018-04-05", [("Thursday", "2018-04-05", 0), ("2012", "2012", 0), ("2014", "2014", 0),
                                        ("2014", "2014", 1), ("2015", "2015", 0)],
     ["quarterly", "48", "immediately"]),
    # Georgian mines, an article of April 2018
    ("gwn-246", "aside", "2018-04-05", [("January 2002", "2002-01", 0), ("April 5, 2013", "2013-04-05", 0),
                                        ("September 2, 1991", "1991-09-02", 0)],
     ["summer", "per month"]),
    # the Saudi artillery sale was signed off on Thursday 5 April 2018
    ("gwn-255", "aside", "2018-04-05", [("Thursday", "2018-04-05", 0), ("two weeks ago", "2018-W12", 0),
                                        ("Thursday", "2018-04-05", 1), ("the past", "PAST_REF", 0)],
     ["30-day", "for a while", "Typically"]),
    # Xinhua on the tariffs, 6 April 2018
    ("gwn-269", "aside", "2018-04-06", [("April 5", "2018-04-05", 0), ("April 4", "2018-04-04", 0)], ["Earlier", "always"]),
    # Chicago arrest on Wednesday 4 April 2018
    ("gwn-279", "aside", "2018-04-05", [("last month", "2018-03", 0), ("March 23", "2018-03-23", 0), ("Wednesday", "2018-04-04", 0)],
     ["2:30 a.m.", "10:20 a.m.", "around 2:30 a.m.", "around 10:20 a.m."]),
    # WPP's 2004 results, Friday 25 February 2005
    ("bbc-business-035", "aside", "2005-02-25", [("2005", "2005", 0), ("a year ago", "2004", 0), ("2006", "2006", 0),
                                                 ("the year", "2004", 0), ("Friday", "2005-02-25", 0), ("recent years", "PAST_REF", 0),
                                                 ("2004", "2004", 0), ("the near future", "FUTURE_REF", 0)],
     ["annual", "long-term"]),
    # M&S price cuts in the snow of late February 2005 (Thursday 24 February)
    ("bbc-business-184", "aside", "2005-02-24", [("last year", "2004", 0), ("February", "2005-02", 0), ("now", "PRESENT_REF", 0),
                                                 ("last year", "2004", 1), ("Tuesday", "2005-02-22", 0)],
     ["spring", "a few weeks", "a strange week", "longer term"]),
    # oil on Tuesday 4 January 2005, after the UK's New Year holiday and the Riyadh attacks of 29 December
    ("bbc-business-381", "aside", "2005-01-04", [("Tuesday", "2005-01-04", 0), ("Monday", "2005-01-03", 0), ("February", "2005-02", 0),
                                                 ("late October", "2004-10", 0), ("last week", "2004-W53", 0)],
     ["winter", "the next few days", "year-ago", "temporary", "Eventually"]),
]

out = Path(__file__).parent / "timex_fresh_tim39.jsonl"
with open(out, "w", encoding="utf-8") as f:
    for gid, half, dct, dates, neutral in ROWS:
        f.write(json.dumps({"id": gid, "half": half, "dct": dct, "upto": 1400 if gid.startswith("bbc-") else 1800,
                            "dates": [list(d) for d in dates], "neutral": neutral}) + "\n")
print(out, sum(len(r[3]) for r in ROWS), "DATEs", {h: sum(len(r[3]) for r in ROWS if r[1] == h) for h in ("tune", "aside")})
