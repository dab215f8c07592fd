"""Writes bench/data/timex_fresh_tim40.jsonl: the DATE expressions of 33 GeoWebNews news items (the first 1800 characters
of each) and 14 BBC business and politics items (the first 1400) no earlier timex round used, chosen as Wikinews-like
reports (MEANTIME's kind of text) rich in expressions with no digit and no month name ("now", "currently", "recent
weeks", "the coming months", "earlier this week", "this year's", "the weekend") and in dates anchored to another date of
the text ("three years later", "that day's"); their TIMEX3 values written by reading BEFORE the system ran on them (tim40),
with the publication date assumed from the story (the weekday it names, the events it reports). Rows: [phrase, value,
which occurrence of the phrase]; weekends are valued by their ISO week (as eval/timex reads TIMEX3's "-WE"), vague
references by TimeML's PRESENT_REF / PAST_REF / FUTURE_REF (the convention extract/timex.py documents); "neutral":
durations, sets, ages, times of day and expressions whose value TimeML leaves open ("at the time", a sequencing "later")
that are no error either way; "dateline": a publication date printed in the item. "tune" rows were looked at while
fixing; "aside" rows were kept untouched.

    python bench/data/annotate_tim40.py
"""
import json
from pathlib import Path

NOW = "PRESENT_REF"
PAST = "PAST_REF"
FUTURE = "FUTURE_REF"

ROWS = [
    # BBC business and politics, 2004-2005 ------------------------------------------------------------------------
    # the Bank of Mexico's remittance figures for 2004, published on Tuesday 1 February 2005
    ("bbc-business-084", "tune", "2005-02-01", [("last year", "2004", 0), ("last year", "2004", 1), ("now", NOW, 0), ("now", NOW, 1),
                                                ("Last year", "2004", 0), ("recently", PAST, 0), ("last week", "2005-W04", 0),
                                                ("2004", "2004", 0)],
     []),
    # EADS's Camus to go, after Airbus admitted the A380 overrun: Thursday 9 December 2004
    ("bbc-business-308", "aside", "2004-12-09", [("now", NOW, 0), ("now", NOW, 1), ("next year", "2005", 0), ("recently", PAST, 0),
                                                 ("earlier this week", "2004-W50", 0)],
     ["full-time"]),
    # ONGC and Yukos, a month after the Yugansk auction of 19 December 2004: Wednesday 19 January 2005
    ("bbc-business-399", "tune", "2005-01-19", [("last month", "2004-12", 0), ("now", NOW, 0), ("last year", "2004", 0),
                                                ("recent", PAST, 0), ("recent years", PAST, 0)],
     []),
    # Halifax's December house prices, Thursday 6 January 2005 (the Bank of England's figures came on Tuesday the 4th)
    ("bbc-business-405", "aside", "2005-01-06", [("December", "2004-12", 0), ("September", "2004-09", 0), ("2004", "2004", 0),
                                                 ("the second half of the year", "2004-H2", 0), ("now", NOW, 0), ("recent", PAST, 0),
                                                 ("Last week", "2004-W53", 0), ("December", "2004-12", 1), ("Tuesday", "2005-01-04", 0),
                                                 ("November", "2004-11", 0), ("October", "2004-10", 0),
                                                 ("September 1995", "1995-09", 0), ("last month", "2004-12", 0), ("the past", PAST, 0),
                                                 ("the coming months", FUTURE, 0), ("November 2003", "2003-11", 0)],
     ["three year low", "nearly a decade", "month by month", "monthly"]),
    # Egypt, Israel and the US sign the QIZ protocol in Cairo: Tuesday 14 December 2004
    ("bbc-business-478", "tune", "2004-12-14", [("recent weeks", PAST, 0), ("earlier this month", "2004-12", 0), ("now", NOW, 0),
                                                ("now", NOW, 1)],
     ["two decades", "for years", "eight years"]),
    # BaFin hands the Citigroup bond case of 2 August 2004 to the prosecutor: Wednesday 2 February 2005
    ("bbc-business-489", "aside", "2005-02-02", [("2 August", "2004-08-02", 0), ("now", NOW, 0), ("now", NOW, 1), ("now", NOW, 2),
                                                 ("2 August", "2004-08-02", 1)],
     ["a few minutes", "later", "at the time", "five-year"]),
    # the euro and Asia's currencies a week and a half before the G7 of 4-5 February: Tuesday 25 January 2005
    ("bbc-business-496", "tune", "2005-01-25", [("now", NOW, 0), ("now", NOW, 1), ("2004", "2004", 0), ("next week", "2005-W05", 0),
                                                ("Tuesday morning", "2005-01-25", 0)],
     ["the past few months", "0730 GMT"]),
    # Blair's Chatham speech, Thursday 13 January 2005, Brown in Africa
    ("bbc-politics-099", "aside", "2005-01-13", [("currently", NOW, 0), ("May", "2005-05", 0), ("this week", "2005-W02", 0),
                                                 ("Now", NOW, 0), ("this week", "2005-W02", 1), ("Thursday", "2005-01-13", 0)],
     ["a week"]),
    # the pre-Budget report, Thursday 2 December 2004
    ("bbc-politics-128", "tune", "2004-12-02", [("the coming years", FUTURE, 0), ("Last week", "2004-W48", 0),
                                                ("this week", "2004-W49", 0)],
     []),
    # Scottish council tax, told on Sunday 6 February 2005 (Sunday Live), set on Thursday 10 February
    ("bbc-politics-241", "aside", "2005-02-06", [("Thursday", "2005-02-10", 0), ("currently", NOW, 0), ("Last week", "2005-W04", 0),
                                                 ("this year", "2005", 0), ("coming years", FUTURE, 0)],
     ["the coming year"]),
    # Hague's Telegraph interview, Monday 10 January 2005
    ("bbc-politics-285", "tune", "2005-01-10", [("now", NOW, 0), ("2001", "2001", 0), ("recently", PAST, 0), ("last week", "2005-W01", 0),
                                                ("now", NOW, 1)],
     ["the age of 40"]),
    # the Tories back ID cards ahead of the second reading of 20 December: Tuesday 14 December 2004
    ("bbc-politics-299", "aside", "2004-12-14", [("next week's", "2004-W52", 0), ("now", NOW, 0)],
     ["a decade", "now"]),
    # the CSA head still in post three months after 17 November: Thursday 17 February 2005
    ("bbc-politics-315", "tune", "2005-02-17", [("three months ago", "2004-11", 0), ("17 November", "2004-11-17", 0),
                                                ("that day's", "2004-11-17", 0), ("now", NOW, 0), ("January", "2005-01", 0),
                                                ("now", NOW, 1), ("now", NOW, 2)],
     ["at the time", "that day's", "New Year"]),
    # council tax protests and the parties' plans, Tuesday 15 February 2005
    ("bbc-politics-317", "aside", "2005-02-15", [("2003", "2003", 0), ("last year", "2004", 0), ("current", NOW, 0),
                                                 ("this year's", "2005", 0), ("last year", "2004", 1), ("the end of 2005", "2005", 0)],
     ["the long term", "a decade", "year-on-year", "83-year-old"]),

    # GeoWebNews, news of late March and early April 2018 ---------------------------------------------------------
    # Japan lifts its ban on British beef, April 2018
    ("gwn-002", "tune", "2018-04-05", [("2017", "2017", 0), ("2015", "2015", 0), ("2009", "2009", 0), ("2012", "2012", 0),
                                       ("July 2017", "2017-07", 0), ("This year", "2018", 0), ("2018", "2018", 0)],
     ["30 months old", "more than 20 years"]),
    # the Blue Jays' opening day, Thursday 29 March 2018
    ("gwn-019", "aside", "2018-03-29", [("2018", "2018", 0), ("later this afternoon", "2018-03-29", 0), ("2009", "2009", 0),
                                        ("now", NOW, 0), ("2010", "2010", 0), ("2015", "2015", 0)],
     ["this season", "a decade", "For a while"]),
    # the Final Four semi-finals of Friday 30 March 2018, told the next day
    ("gwn-104", "tune", "2018-03-31", [("Friday, March 30, 2018", "2018-03-30", 0), ("Friday night", "2018-03-30", 0),
                                       ("2001", "2001", 0)],
     ["seven seconds", "1 second", "the last eight years", "as many years"]),
    # Tagle's Easter Vigil, Saturday 31 March 2018, told on Easter Sunday
    ("gwn-111", "aside", "2018-04-01", [("March 31, 2018", "2018-03-31", 0), ("Easter Sunday", "2018-04-01", 0),
                                        ("Holy Saturday", "2018-03-31", 0), ("March 31", "2018-03-31", 1)],
     []),
    # Tesco's Bratislava store, 5 April 2018
    ("gwn-132", "tune", "2018-04-05", [("now", NOW, 0), ("the past", PAST, 0), ("1968", "1968", 0), ("1996", "1996", 0)],
     ["daily"], ["5. Apr 2018"]),
    # Russia and Venezuela's mining talks, TASS on Wednesday 4 April 2018
    ("gwn-135", "aside", "2018-04-05", [("Wednesday", "2018-04-04", 0), ("2017", "2017", 0)], []),
    # Sri Lanka's no-confidence debate of 4 April 2018, told on the 5th
    ("gwn-138", "tune", "2018-04-05", [("1936", "1936", 0), ("21 March", "2018-03-21", 0), ("yesterday", "2018-04-04", 0),
                                       ("4th April", "2018-04-04", 0)],
     ["the time of voting", "the day before", "9.30 AM", "around 9.30 AM"]),
    # China's online Bible sales, AsiaNews, April 2018
    ("gwn-147", "aside", "2018-04-05", [("30 March", "2018-03-30", 0), ("A few days ago", PAST, 0)], ["for years"]),
    # Eurostar's first London-Amsterdam train, Wednesday 4 April 2018
    ("gwn-148", "tune", "2018-04-05", [("Wednesday", "2018-04-04", 0), ("Wednesday", "2018-04-04", 1), ("2017", "2017", 0),
                                       ("currently", NOW, 0), ("Last year", "2017", 0), ("at present", NOW, 0)],
     ["another two years", "three hour", "41 minute", "six minutes", "years"]),
    # the A120 crash, Thursday 5 April 2018
    ("gwn-157", "aside", "2018-04-05", [("today", "2018-04-05", 0), ("Thursday, April 5", "2018-04-05", 0), ("today", "2018-04-05", 1),
                                        ("April 5", "2018-04-05", 1)],
     ["1.30pm", "around 1.30pm", "2.15pm", "around 2.15pm", "1.31pm"]),
    # FUTO's vice chancellor briefed on Tuesday 3 April 2018; the convocation on Saturday the 7th
    ("gwn-159", "tune", "2018-04-04", [("recently", PAST, 0), ("Tuesday", "2018-04-03", 0), ("Saturday", "2018-04-07", 0),
                                       ("March 13", "2018-03-13", 0)],
     []),
    # Birmingham before Burton's visit on Saturday 7 April 2018, written on Thursday the 5th
    ("gwn-178", "aside", "2018-04-05", [("Saturday", "2018-04-07", 0), ("January", "2018-01", 0), ("the weekend", "2018-W14", 0),
                                        ("today", "2018-04-05", 0), ("today", "2018-04-05", 1), ("tomorrow", "2018-04-06", 0),
                                        ("Tuesday night's", "2018-04-03", 0)],
     ["3pm", "this season", "the last week or so", "day by day", "At the time"]),
    # the migrant caravan disperses, Thursday 5 April 2018
    ("gwn-180", "tune", "2018-04-05", [("Wednesday, April 4, 2018", "2018-04-04", 0), ("Wednesday, April 4, 2018", "2018-04-04", 1),
                                       ("Thursday", "2018-04-05", 0), ("Thursday", "2018-04-05", 1)],
     ["annual"]),
    # the Dundalk murder accused's eighth hearing, April 2018
    ("gwn-188", "aside", "2018-04-05", [("today", "2018-04-05", 0), ("January", "2018-01", 0), ("Janunary 4th", "2018-01-04", 0),
                                        ("today", "2018-04-05", 1)],
     ["several months", "within a week", "a week"]),
    # Maraga answers Matiangi, Thursday 5 April 2018
    ("gwn-208", "tune", "2018-04-05", [("Tuesday", "2018-04-03", 0), ("Wednesday", "2018-04-04", 0)],
     ["the last 3 years", "today", "a decade", "the last four years", "the day"], ["Apr 5"]),
    # the A417 closure, an evening of April 2018
    ("gwn-220", "aside", "2018-04-05", [("this evening", "2018-04-05", 0), ("March", "2018-03", 0),
                                        ("the beginning of this year", "2018", 0), ("recently", PAST, 0), ("March", "2018-03", 1)],
     ["8pm tonight", "tonight", "6am tomorrow morning", "tomorrow morning"]),
    # Nassar's licence revoked, April 2018
    ("gwn-226", "tune", "2018-04-05", [("last year", "2017", 0)], []),
    # Timothy Brooks's death of 5 March; his father arrested on Saturday 31 March 2018
    ("gwn-228", "aside", "2018-04-05", [("March 5", "2018-03-05", 0), ("March 5", "2018-03-05", 1), ("March 5", "2018-03-05", 2),
                                        ("Saturday", "2018-03-31", 0)],
     []),
    # the TTC racial profiling suit, April 2018
    ("gwn-241", "tune", "2018-04-05", [("earlier this year", "2018", 0), ("February", "2018-02", 0), ("February", "2018-02", 1)],
     ["19-year-old"]),
    # Travis Robinson's scholarships, launched the day before
    ("gwn-245", "aside", "2018-04-05", [("yesterday", "2018-04-04", 0), ("2010", "2010", 0), ("2010", "2010", 1), ("Today", NOW, 0)],
     ["three years", "three or more years"]),
    # Sandberg on advertisers, April 2018
    ("gwn-262", "tune", "2018-04-05", [("recently", PAST, 0), ("now", NOW, 0)], ["the short to medium term"]),
    # Jaime King's car attacked on Wednesday 4 April 2018
    ("gwn-268", "aside", "2018-04-05", [("Wednesday", "2018-04-04", 0), ("Friday", "2018-04-06", 0), ("April 4, 2018", "2018-04-04", 0)],
     ["at the time", "4.43 p.m.", "approximately 4.43 p.m.", "within minutes"]),
    # IISS on Tunisia and NATO, April 2018
    ("gwn-272", "tune", "2018-04-05", [("12 February", "2018-02-12", 0), ("recent years", PAST, 0), ("2014", "2014", 0),
                                       ("The following year", "2015", 0), ("2015", "2015", 0), ("three years later", "2018", 0),
                                       ("March 2016", "2016-03", 0)],
     ["20 years"]),
    # IBRiS's poll of 4 April 2018 (PAP)
    ("gwn-273", "aside", "2018-04-05", [("April 4", "2018-04-04", 0), ("February 4, 1994", "1994-02-04", 0),
                                        ("July 27, 2001", "2001-07-27", 0)],
     []),
    # the Miami-Dade gun arrest of Thursday 5 April 2018, told on Friday
    ("gwn-285", "tune", "2018-04-06", [("Thursday", "2018-04-05", 0), ("Friday morning", "2018-04-06", 0)], []),
    # British Airways and Harare, April 2018
    ("gwn-286", "aside", "2018-04-05", [("recently", PAST, 0), ("presently", NOW, 0), ("last year", "2017", 0), ("years ago", PAST, 0),
                                        ("recent", PAST, 0)],
     ["the turn of the millennium"]),
    # Fleshgod Apocalypse robbed after their show of 2 April 2018
    ("gwn-287", "tune", "2018-04-05", [("April 2nd", "2018-04-02", 0), ("the coming weeks", FUTURE, 0), ("this month", "2018-04", 0)],
     ["the night", "the morning"]),
    # puppies stolen on Tuesday 3 April 2018
    ("gwn-290", "aside", "2018-04-05", [("this week", "2018-W14", 0), ("Tuesday", "2018-04-03", 0)],
     ["2 a.m.", "4:30 a.m.", "between 2 a.m. and 4:30 a.m."]),
    # the BTCC opens at Brands Hatch on Saturday 7 April 2018
    ("gwn-296", "tune", "2018-04-06", [("2018", "2018", 0), ("tomorrow", "2018-04-07", 0), ("last year\u2019s", "2017", 0),
                                       ("This year", "2018", 0), ("this year", "2018", 0), ("2017", "2017", 0), ("2012", "2012", 0),
                                       ("2017", "2017", 1)],
     ["two years", "season"]),
    # the Paranaque drug sentence of Friday 6 April 2018
    ("gwn-302", "aside", "2018-04-07", [("Friday", "2018-04-06", 0), ("two years ago", "2016", 0), ("2016", "2016", 0)],
     ["20 years"]),
    # McGregor charged, Friday 6 April 2018
    ("gwn-304", "tune", "2018-04-06", [("the year", "2018", 0), ("Thursday", "2018-04-05", 0), ("Friday", "2018-04-06", 0),
                                       ("Thursday", "2018-04-05", 1)],
     []),
    # the Smiths' diamond wedding, 5 April 2018
    ("gwn-305", "aside", "2018-04-05", [("this week", "2018-W14", 0), ("1953", "1953", 0), ("1956", "1956", 0),
                                        ("April 5, 1958", "1958-04-05", 0), ("1966", "1966", 0), ("1984", "1984", 0), ("now", NOW, 0)],
     ["the last 24 years", "a fortnight"]),
    # JJ McNamara's debut CD, April 2018
    ("gwn-307", "tune", "2018-04-05", [("now", NOW, 0), ("next month", "2018-05", 0)],
     ["a few months", "three or four weeks"]),
]

out = Path(__file__).parent / "timex_fresh_tim40.jsonl"
with open(out, "w", encoding="utf-8") as f:
    for gid, half, dct, dates, neutral, *dateline in ROWS:
        row = {"id": gid, "half": half, "dct": dct, "upto": 1400 if gid.startswith("bbc-") else 1800,
               "dates": [list(d) for d in dates], "neutral": neutral}
        if dateline:
            row["dateline"] = dateline[0]
        f.write(json.dumps(row) + "\n")
print(out, sum(len(r[3]) for r in ROWS), "DATEs", {h: sum(len(r[3]) for r in ROWS if r[1] == h) for h in ("tune", "aside")})
