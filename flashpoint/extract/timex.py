"""Time expressions in news text, resolved against the article's publication date.

Plain functions over a string (no spaCy), so the rules are testable on their own; ``fp_dates``
(extract/dates.py) wraps them as a pipeline component.

dateparser does the calendar work (weekday names, month-day dates, "two days ago"), anchored on
the publication date with ``RELATIVE_BASE`` and ``PREFER_DATES_FROM='past'``; dateutil's
relativedelta does the period arithmetic. The rule layer here only knows news phrasing: which
words start a time expression, what "last week" or "in mid-March" cover, and when the words
point to the future ("will meet on Thursday").

What a resolved mention means (DateMention in extract/base.py):
  date        the day an event dated by the expression is recorded on: the day itself; the
              first day of a whole week, month or year (the GDELT habit); the middle of a part
              ("early April" the 5th, "mid-March" the 15th, "late May" the 25th); the start of
              a span ("since 2014" -> 2014-01-01).
  end_date    the last day the expression covers (None for a single day); open spans
              ("since 2014", "in the past week") end on the publication date.
  granularity day | week | month | part | year | span
Conventions, explicit because news is ambiguous about them:
  * "on Thursday" is the most recent Thursday on or before the publication date (the same day
    when the article came out on a Thursday), unless the clause speaks of the future ("will",
    "is due to", "next"): then the next Thursday on or after it.
  * "April 5" without a year, "in March": the most recent such day or month on or before the
    publication date (the next one in a future clause); with no verb to say which side (a headline,
    "the election is expected on 5 May"), the nearer one.
  * "this weekend" is the weekend of the publication week (TIMEX3's 2010-W04-WE), "this summer" this
    year's; "the first half", "the fourth quarter" with no year: the last one ended when looking
    back, the next one when looking ahead (none in a sentence about a game). A company's figures told for a
    quarter whose calendar namesake has not ended or ended more than four months before ("Cisco's Q1 profit
    leaps", written in November) are of its fiscal year: the three months to the end of the month before,
    valued TIMEX3's way by the fiscal year they fall in (FY2005-Q1), the year its last quarter ends in.
  * "the same period last year", "a year earlier", "the year-earlier quarter" keep the quarter, half or
    month spoken of last; a date after "from", "than", "compared with" is a comparison's base and
    anchors nothing. "that Wednesday", "by that time" are the day or time spoken of last.
  * "last March" is the most recent March before the publication month; "last week" the
    calendar week (Monday to Sunday) before the publication week; "the past week" the seven
    days up to the publication date, valued (TIMEX3's habit) as the unit before the time of
    writing: "the past year" written in 2010 is "2009", "the past decade" in 2011 "200". A part
    of a week ("at the end of the week") is valued as the week.
  * Tense: the nearest cue before the expression in its sentence (auxiliaries, past forms regular
    and irregular, "will", "is due to", modals "would/may/might/should", an affirmative "could" a few words before it:
    "could be turned off as early as Friday"), else a timetabled verb in
    the simple present right before it ("the sides meet on Wednesday"), else the first cue after it.
    A scheduling word ("set for", "due in", "postponed until") looks ahead for the expression right
    after it; "since" always looks back.
  * "the next day", "that year", "the previous quarter", "two days later", "a year earlier",
    "for the year", "to end the day" count from the last expression before them that has a date
    as fine as their unit (the publication date when there is none; a coarser time told in the past when there is one:
    "shut in 1991; two weeks later", "that day" are 1991); "ago" always counts from the publication date.
  * Vague references (the convention, with its source). TimeML 1.2.1 (the specification, section 2.3, TIMEX3)
    takes its value types from the TIDES TIMEX2 guidelines, among them "PaPrFu": the tokens PRESENT_REF, PAST_REF
    and FUTURE_REF; the TimeML annotation guidelines (2.2.1, "How to annotate TIMEX3s") apply TIMEX3 to the
    expressions TIDES marks and tag the noun "the future" ("the future of our people"); MEANTIME's NewsReader
    guidelines follow TimeML. Read so, the markables are words that locate something relative to the time of
    writing without a date:
      - PRESENT_REF: "now", "right now", "currently", "current", "at present", "presently", "nowadays", "these
        days", "at the moment", "to date";
      - PAST_REF: "recently", "lately", "the recent downturn", "in recent weeks", "in the past", the noun "the
        past" ("mistakes of the past");
      - FUTURE_REF: "in the future", "in the near future" (or immediate, not too distant), the noun "the future" or "its future", "in the
        coming months", "at a later date", a bare "later" (MEANTIME marks every one).
    Not marked: "former", "future" and "ex-" before a noun ("the former Soviet republic", "the future wife": they
    say which holder of a role is meant, not when something happens; "future tax rises" is the modality of an
    event, which the event coder reads), and "soon", "immediately", "shortly" (the TimeML TempEval-2010
    guidelines count expressions of speed and of sequencing among the non-markables): "previously", "formerly",
    "earlier" order a thing before another ("the aluminium previously used", "the firm, formerly Interbrew"),
    they do not place it relative to the time of writing as "recently" does. A bare "later" is the one
    sequencing word kept (FUTURE_REF), because MEANTIME, the TimeML corpus we are judged against, marks it. Every one is
    precision "vague" and its value the token, never a day: a `time` record "now" is PRESENT_REF, not the
    publication day. They date no event: an event whose sentence has no dated expression keeps the publication
    date, and where a PAST_REF stands in its sentence its date_precision is "vague" (analyze/ then leaves it
    out of the day's series and alerts: "troops recently stormed the town" did not happen on the day of writing).
  * A hedged limit ("until at least May", "to as late as 2008") is the time it names; a range's second month
    with no year ("from November to February") is the first such month from the range's start.
  * A year is a date as the subject opening a sentence ("2005 offers the chance") and after a possessive ("her
    2004 world tour", "A 2007 study", "(2006)", "Ford's 2009 loss": -ss, -us, -is end no plural), before a noun it names wherever it stands ("expects 2008 sales",
    "2007's level"), not before a counted noun ("his 2000 men"). "The fourth quarter 2007", "the 2008 fiscal
    year", "the last century" ("19"), "this past summer" are their quarter, fiscal year, century and season.
  * Holidays ("Christmas", "Easter Monday", "Thanksgiving") are their day in the nearest year on
    the side the tense says; a weekday before a date ("Wednesday 19 January") picks its year.
  * Decades ("the 1990s", "the 1990's", "the late '80s", "the nineties", "the end of the decade") and centuries
    ("the late 19th century", "the middle of the century", "the start of the last century") are written as TIMEX3 writes
    them: "199", "18", "20", "19" ("the turn of the century", either side of a century's end, is left alone).
  * A month or day followed by the year it lies in ("in March last year", "on 5 May next year") is that month of
    that year; the year stays an expression of its own, as TIMEX3 tags it. "In the last quarter" with no year is
    the latest quarter ended, "2007's second quarter" and "the first fiscal quarter" are quarters; "the new year"
    is the next year from July on. "Ahead of the weekend" is the coming one whatever the tense; a verb that opens
    or closes a period ("ended the week up 2%") names the week, month or year it is in, as "to end the day" does.
  * "Two years from now", "in three months' time" are as far ahead as "ago" is back; "end-March", "end-2008" the end
    of the month or year; "first-half profit" a half (not in a sentence about a match); "January's figures" a month
    (the nearer one: the genitive names a thing, the clause's tense is not its own; never "May's"); "in spring" a
    season when nothing noun-like follows ("in spring water" is none). US federal holidays ("Labor Day", "Presidents'
    Day", "Election Day") are their day: no other country names them so; so are days on one calendar date wherever they are
    named so ("May Day", "Bastille Day", "Anzac Day", "Canada Day", "St Patrick's Day", "Remembrance Day").
  * "In future", "the months ahead", "the years to come" are FUTURE_REF as "in the coming months" is; one unit ahead ("in
    the coming week", "the year ahead") is the next one. "October of next year", "Monday of last week" are that month or
    day of the year or week named, the year or week tagged apart. "The first half of the year", "the fourth quarter of
    the year" are of the year spoken of last in a clause looking back (else the publication year's, last year's where
    the part has not begun). A range told in the past whose end lies after publication ("ran from March to May" written
    in March) is last year's. "The week of October 6" is its week; "the week to Friday" a length and its last day.
    "Current account", "current affairs" and "temperatures in the 90s" are no times.
  * Days history names ("Black Monday", "9/11") are their day, and years completing an event's name
    ("World Cup 2006") their year; both are referred to, and date no event of their sentence.
  * A past no count reckons is PAST_REF as "several years ago" is: "in past years", "the last years", "in those days",
    "some time ago", "not long ago", "a while ago"; "the present crisis" is PRESENT_REF as "the current crisis" is (not
    the finance term "present value"). "Over the next decade" is the next decade, "the latter half of 2010" and "H2 2010"
    its second half, "the early part of last year" that year, "the spring of last year" that year's spring, "the 2008-09
    fiscal year" FY2009, "founded 1902" its year; the markets' "up 2% on the week", "fell 5% over the month" the week or
    month spoken of, and "at the end of the day" a day only in a sentence about trading.
  * Older times: a year before 1800 after a preposition where no counted noun follows ("in 1648", "since 1066", not "in
    1500 homes"), a decade before 1800 after "the" ("the early 1640s" is "164"); a hundred's plural is its century ("the 1800s", "the early 1900s" are "18", "19"; "the 2000s" stays the
    decade); "a century ago", "two centuries ago" that century ("centuries ago" PAST_REF). "In early spring", "by late
    summer" are the season. "The next year", "the next month" told in the past count from the time spoken of last, as "the
    following year" does ("sold in 2004 and closed the next year": 2005); "the prior-year quarter" is "the year-ago quarter".
  * Numeric dates: 6/5/2009 month first (day first where the first number can be no month); 5.6.2009 and 05-06-2009 day
    first, as the countries that write dates so do; 2009/06/05 and 2009.06.05 year first, as ISO's 2009-06-05. A bond
    "due 2019" is that year.
  * A weekday after a present copula or an arrangement in the progressive, with no other tense in the clause, is the
    coming one ("the hearing is on Monday", "the envoy is visiting Cairo on Monday"); "is going to" looks ahead, and
    "has until Friday" is a limit ahead, no past. A month opening a sentence before a plural noun names it ("February
    exports rose"; not "May", nor "June says").
  * "2008's first half", "last year's second half" are halves as "2007's second quarter" is a quarter; "this century" is
    "20" and, unlike "the last century", dates no event (its first day would be no event's day).
  * "In previous years", "prior years", "earlier decades" are PAST_REF as "in past years" is ("in future years", "future
    decades" FUTURE_REF) (not "the two previous months",
    a count); "for decades to come", "in years to come" FUTURE_REF as "the years to come"; "in the old days" PAST_REF as
    "in those days"; "the 25th of last month" that day.
  * A quarter of a fiscal year named by its number ("the first quarter of fiscal 2009", "Q1 FY09") is TIMEX3's FY2009-Q1,
    its days standing in as the calendar quarter's (the fiscal year's months are not in the text).
    A half of one ("the first half of fiscal 2009", "the second half of the fiscal year", "the fiscal first half") is
    FY2009-H1, its year named as the fiscal year's is.
  * Coordinated decades and years are each an expression: "the 1970s and 80s", "the late 80s and early 90s" (not "in
    their 30s, 40s and 50s": the first must be a decade), "in 2001, 2002 and 2003" (a list that ends in "and"/"or": not
    "in 2008, 2000 were killed"); "the noughties" is "200". A month or season with no year named with one that has it
    lies in its year ("in June and July 2008", "between August and November 2001", "the winter and spring of 2008": the
    winter begun in 2007), and "on 3 and 4 May 2008" is two days. "The end of the year", "the start of the year" in a
    clause looking back are of the year spoken of last, as "the first half of the year" is; "the end of the month" of the
    month spoken of last, "the end of the week" of its week; "that weekend", "the following weekend" by the day spoken of last.
  * "That spring", "the following winter", "the previous summer" are the season in, after or before the time spoken of
    last ("that December" the month in its year), "in January of that year", "the spring of that year" in its year, "that same year" as "that year".
  * "A fortnight ago", "a fortnight from now" are fourteen days back or ahead, "in a year's time", "in a week's time" as far
    ahead as "in two years' time"; "is expected before Christmas" looks ahead as "is expected by" does.
  * "The decade to 2008", "the five years to 2010": the year that ends the period (the length is a DURATION, untagged).
    "The first months of the year", "the last days of March" are that year and month (the parts TIMEX3 marks with a
    modifier), counted ones too ("the first nine months of the year": last year's where they are not over and the clause
    looks back). "The first week of the month" is its week as "the first week of October" is. "The fifth of March", "March the 5th" are that day, "Monday the 7th" the 7th nearest publication that is a Monday
    (on the tense's side). "The second Monday of January", "the last Friday of the month" are that day (of the month on the side the tense says).
    A time that recurs ("every Tuesday", "each spring", "on Saturday nights", "in April each year") is TIMEX3's SET, no
    DATE: it is left out, as our records hold no sets. A year after "pre-" or "post-" ("pre-2008 levels") is the year,
    naming a thing as "the 2010 raid" does (it dates no event). "The year before last", "the week after next" are one unit
    beyond "last year", "next week".
  * "The following January", "the previous October", "the following Tuesday" are the first such month or weekday after
    the time spoken of last (the last one before it); "in March the following year", "June of the previous year" that
    month in the year after or before it, the year tagged apart and counted from the time before the month.
    "On the Tuesday" after a day told more than a week before publication ("struck on 2 May 2008") is the first Tuesday
    from that day: a weekday of the story's week, not of the week of writing.
  * A thing moved between two dates ("delayed the festival from May to July", "put off the launch from March until June")
    names no span: the new date is the next one ahead, the old one the one of its name nearest it, whatever the verb's tense.
  * A limit ("by", "until") of what was yet to be done when told, in an infinitive after a past verb ("asked the exchange
    to suspend trading until Monday", "if it fails to cut costs by the end of February"), is the nearer one, either side.
    "A year ago" as a comparison's base after a quarter or half named in its sentence ("$104m in the fourth quarter,
    compared with $793m a year ago") is that quarter a year before, as "a year earlier" is. "Two days later" after a
    coarser time that moved the story on counts from that time's day told before ("on 14 June ... the 22 February show
    ... the June gig ... four days later": 18 June).
  * "11 September" before its attack, whatever names it ("the 11 September World Trade Centre attack") is 9/11; a year a
    verb enters or closes ("has entered 2005", "ended 2004 up 3%") a year; "New Year Day" the holiday; "the end of the
    summer", "the last days of summer" the season; a weekday opening the name of a paper or programme ("by Sunday
    Telegraph journalist", "Radio Scotland's Sunday Live") no day; "today" compared further on in its clause with a past
    ("Washington today has more murals than ever before") PRESENT_REF; "as early as 2011", "as recently as May" the year or
    month; a quarter whose figures are to come ("ahead of the upcoming first-quarter earnings season", written in April) the
    latest one ended, if it ended within ten weeks; "since end of November 2015" the month; a month opening a sentence as its
    subject ("March was another volatile month") a month, "May" excepted.
  * A limit with a time of day before its weekday ("effective until 11:59 p.m. CT on Sunday", "by noon Friday") is a limit
    as "until Sunday" is; a past form modifying the noun after it ("will present the revised budget on Tuesday", "to
    implement proposed recommendations in August") is an adjective, no past of its clause; "the present year", "the
    present quarter" are the current ones; "currently on trial" PRESENT_REF (only "current on its debts" is none); a year
    opening a clause after a comma, semicolon or "and" before a time's verb ("Without a doubt, 2005 has been a landmark
    year") its year, as one opening a sentence is. A quotation opened after a colon or comma has its own tense, not the
    reporting verb's ('clarified his position: "... be made after the July 1 elections"' looks either side); "didn't",
    "wasn't", "hasn't" are pasts as "did", "was", "has" are; a sentence may open with a figure ("2018 calendar. 7/8
    April: Brands Hatch"). A year after a determiner before a plural it names is its year ("after the 2003 shootings",
    "its 2002 series") unless a round figure or a unit's count ("the 2000 troops", "the 1996 metres"); a year opening a
    quotation before a time's verb ('said: "2005 offers the chance') is its year. A clause in the simple present opening
    after a past verb, the expression in it ("suspended reservations as it studies its operation until May 1"), lies
    either side: the past is the other clause's.
  * A month after an indefinite article before the occasion it names ("at an October candidates forum", "will hold a June
    rally") is a month as after "the" ("the June gig"); not "May". A time of day's "a.m."/"p.m." before the weekday, month or
    time zone that follows it ends no sentence ("will host the forum from 1-3 p.m. Saturday": the coming Saturday, was the
    last). A generic "today's" keeps PRESENT_REF with an adjective before its noun ("today's new economy").
  * A year after a word in lower case before a singular noun it names ("alongside 2012 champ", "another 2017 surprise
    package", "said 2004 net income fell") is its year, wherever it stands, as one before "sales" is: a count of two
    thousand takes a plural; not after a word of amount or a clock's "at" ("about 1800 new jobs", "at 1900 local time"),
    nor before a unit, a currency or a word before a plural ("an 1800 km route", "unveil 2012 bid plans"), nor after a
    name ("SQL Server 2005 gold"). "2016 shipments", "2005 revenues" name figures as "2004 sales" does.
  * Reported speech about the future: after a verb of saying or foreseeing in the past ("said", "warned", "predicted"),
    an expression in the reported clause before its own verb takes that verb's tense where it looks ahead ("Virgin Blue
    said profits for the year to March would be lower", "warned that exports in June will fall": the coming ones); not
    the saying's own time ("said in March that talks would resume") nor a weekday ("said the attack on Monday would not
    deter them" tells of the Monday gone by as often). "Widely tipped for 5 May" schedules as "widely expected on" does.
  * A month naming figures in a clause looking ahead ("its December sales are expected to beat forecasts", written in
    February) is the nearer of its name, as a genitive is: figures come out after their month ends (an occasion there
    is the coming one, "set to move during the January transfer window"); an attribution closing the sentence (", the party
    said.") gives what it reports no tense ("the vote is on Thursday, the party said" looks ahead), as one after a
    quote's close does; with no tense a holiday up to three months ahead is the coming one ("retailers hope for a strong
    Christmas", written in November). A month followed by "in" or "of" and a year lies in that year ("held in
    February in 1974"); "the next months" with no count is FUTURE_REF as "the coming months" is; a weekday before a paper's
    name ("the Sunday Times and Sunday Telegraph") is none; "the first half of our fiscal year" a fiscal half; a year a
    phrase is about where the phrase ends ("optimistic about 2005, a survey says") its year (not "about 2005 cars", "about
    1900 GMT", "about 2000."); "later in the year" before an adjunct ("in a second election") the year spoken of last.
  * Extent (``timex_extent``, what a `time` record's text and evidence cover): TIMEX3's, the expression less the
    preposition or hedge that opens it ("Monday" of "on Monday", "May" of "until at least May"); "at present", "to
    date", "in future" keep theirs, "earlier today" its "earlier", and a genitive stays out ("Monday" of "Monday's").
"""

from __future__ import annotations

import calendar
import functools
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import dateparser
from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

from flashpoint.codes.petrarch.syntax import IRREGULAR
from flashpoint.extract.base import DateMention
from flashpoint.extract.claims.numbers import TENS, UNITS
from flashpoint.extract.words import BARE_VERBS, CURRENCY_WORDS, INTENT_NOUNS, NAMING_PARTICIPLES, PROSPECT_NOUNS
from flashpoint.nlp.calendar import MONTH_ABBREVIATIONS, MONTH_NAMES, ORDINAL_DAY_WORDS, WEEKDAY_NAMES
from flashpoint.nlp.datelines import dateline_of
from flashpoint.nlp.patterns import word_alternation

log = logging.getLogger(__name__)

# Counts written out, every one to ninety-nine ("forty years ago", "twenty-five years earlier"; claims/numbers.py's words)
NUMBER_WORDS = {"a": 1, "an": 1, **{w: n for w, n in UNITS.items() if n}, **TENS,
                **{f"{t}{sep}{u}": tn + un for t, tn in TENS.items() for u, un in UNITS.items() if 0 < un < 10 for sep in "- "},
                "a few": 3, "few": 3, "several": 3, "a couple of": 2}
# Counts no date can be reckoned from: "several years ago" is TIMEX3's PAST_REF (HeidelTime's TimeBank rules do so)
VAGUE_COUNTS = {"a few", "few", "several", "a couple of", "some", "many"}
UNIT_DAYS = {"hour": 0, "day": 1, "week": 7, "month": 30, "year": 365, "decade": 3650}
RECENT_DEFAULT = {"hour": 24, "day": 7, "week": 3, "month": 3, "year": 3, "decade": 1}

_MONTH = "(?:" + "|".join(MONTH_NAMES) + ")"
_MONTH_KEYS = {m[:3].lower() for m in MONTH_NAMES}
# A month's name or abbreviation as a whole word: "5 Marketing awards", "3 Junior titles" hold no date.
_MONTH_ANY = "(?:(?:" + "|".join(MONTH_NAMES) + "|(?:" + "|".join(MONTH_ABBREVIATIONS) + r")\.?)(?![a-z]))"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_WEEKDAY = "(?:" + "|".join(WEEKDAY_NAMES) + ")"
# A day of the month as an ordinal in words or figures ("fifth", "twenty-first", "5th"); after the weekday or month it
# closes, a word not before a lower-case word ("announced on Tuesday the first generation of")
_DAY_ORDINAL = (r"(?:(?:" + "|".join(w.replace(" ", r"\s") for w in sorted(ORDINAL_DAY_WORDS, key=len, reverse=True)) +
                r")\b|(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))")
# the ordinal ending a date ("Monday the 7th"), not one opening a compound ("Monday, the fourth-largest fall")
_DAY_ORDINAL_LAST = r"(?:(?:(?=[\d])" + _DAY_ORDINAL + r"|" + _DAY_ORDINAL + r"(?![ \t]+[a-z]))(?![-–]\w))"
_NUM = r"(?:\d{1,3}|" + "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True)) + ")"
_UNIT = r"(?:hour|day|week|month|year|decade)s?"
# "last" after an auxiliary is the verb: "the strike will last three days", "would last a week" are no window.
_LAST_NOT_A_VERB = "".join(rf"(?<!\b{w}\s)" for w in ("to", "will", "would", "could", "may", "might", "can", "should",
                                                      "must", "not", "did", "does", "do")) + r"(?<!n't\s)"
# Not after a count: "the two previous months" are two months, no vague past ("in previous months").
_NO_COUNT_BEFORE = "".join(rf"(?<!\b{w}\s)" for w in ("two", "three", "four", "five", "six", "several", "few")) + r"(?<!\d\s)"
# Not after a unit of time: "days later", "a week later" count from a time told before (no FUTURE_REF, as a bare "later" is).
_NO_UNIT_BEFORE = "".join(rf"(?<!\b{u}\s)" for u in ("minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month",
                                                     "months", "year", "years", "decade", "decades", "moments"))
# Words that may open an expression and travel with it in the mention text ("since 2014").
_PREP = (r"(?P<prep>\b(?i:earlier\s+on|later\s+on|late\s+on|early\s+on|earlier|later|on|in|since|during|until|till|"
         r"by|from|at|over|through|throughout|before|after|beyond|between|of)\s+)?")

# "the day" on its own is a date after a verb that opens or closes it ("to end the day at 7,114"). Python's
# lookbehind wants a fixed width: one lookbehind per verb form.
EDGE_VERBS = ("end", "ends", "ended", "ending", "finish", "finished", "finishing", "close", "closed", "closing", "start",
              "started", "starting", "open", "opened", "opening", "begin", "began", "beginning")
_DAY_VERBS_BEFORE = "(?=the\\s)(?:" + "|".join(rf"(?<=\b{v}\s)" for v in (*EDGE_VERBS, "for", "on")) + ")"
# "the week", "the month", "the year" after such a verb ("the index ended the week up 2%"): the one spoken of.
_PERIOD_VERBS_BEFORE = "(?=the\\s)(?:" + "|".join(rf"(?<=\b{v}\s)" for v in EDGE_VERBS) + ")"
# "for the year", "earlier in the week", "during the week"; the markets' "up 2% on the week", "fell 5% over the month"
_FOR_BEFORE = (r"(?=the\s)(?:(?<=\bfor\s)|(?<=\bearlier\sin\s)|(?<=\blater\sin\s)|(?<=\blate\sin\s)|(?<=\bearly\sin\s)|(?<=\bduring\s)|(?<=\bthroughout\s)|"
               r"(?<=\bover\s)|(?<=\bon\s))")
# Words that may follow "the future" or "the past" used as a noun ("the future of", "the past is"); any other lower-case
# word after it makes it an adjective ("the future wife", "the past week").
VAGUE_NOUN_FOLLOWERS = (r"(?:of|for|and|or|but|is|was|are|were|will|would|may|might|could|can|has|had|looks?|remains?|seems?|"
                        r"appears?|lies?|holds?|as|in|with|to|than|that|when|where|which|who)\b")

def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th (1-based; -1 the last) given weekday of a month."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = date(year, month, calendar.monthrange(year, month)[1])
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _thanksgiving(year: int) -> date:
    return _nth_weekday(year, 11, 3, 4)


# Holidays news dates things by, as functions of the year (dateutil knows Easter; the US ones are the
# n-th weekday of their month). Left out: days that differ by country ("Independence Day", "Labour Day") and
# those that name films or memorials more often than dates in news ("Halloween", "Holocaust Memorial Day").
HOLIDAYS: dict[str, Callable[[int], date]] = {
    "Christmas Eve": lambda y: date(y, 12, 24), "Christmas Day": lambda y: date(y, 12, 25),
    "Christmas": lambda y: date(y, 12, 25), "Boxing Day": lambda y: date(y, 12, 26),
    "New Year's Eve": lambda y: date(y, 12, 31), "New Year's Day": lambda y: date(y, 1, 1),
    "Valentine's Day": lambda y: date(y, 2, 14),
    "Easter": easter, "Easter Sunday": easter, "Easter Monday": lambda y: easter(y) + timedelta(days=1),
    "Good Friday": lambda y: easter(y) - timedelta(days=2), "Thanksgiving": _thanksgiving,
    "Thanksgiving Day": _thanksgiving, "Black Friday": lambda y: _thanksgiving(y) + timedelta(days=1),
    "Cyber Monday": lambda y: _thanksgiving(y) + timedelta(days=4),
    # US federal holidays, named as only the US names them (US markets close on them): "Labor Day" in US spelling.
    "Labor Day": lambda y: _nth_weekday(y, 9, 0, 1), "Memorial Day": lambda y: _nth_weekday(y, 5, 0, -1),
    "Martin Luther King Day": lambda y: _nth_weekday(y, 1, 0, 3), "Presidents Day": lambda y: _nth_weekday(y, 2, 0, 3),
    "Columbus Day": lambda y: _nth_weekday(y, 10, 0, 2), "Veterans Day": lambda y: date(y, 11, 11),
    "Election Day": lambda y: _nth_weekday(y, 11, 0, 1) + timedelta(days=1),
    # Days on one calendar date wherever they are named so (a national day named after its country or event).
    "St Patrick's Day": lambda y: date(y, 3, 17), "Bastille Day": lambda y: date(y, 7, 14),
    "Anzac Day": lambda y: date(y, 4, 25), "Australia Day": lambda y: date(y, 1, 26), "Canada Day": lambda y: date(y, 7, 1),
    "Remembrance Day": lambda y: date(y, 11, 11), "Armistice Day": lambda y: date(y, 11, 11),
    "May Day": lambda y: date(y, 5, 1), "International Women's Day": lambda y: date(y, 3, 8),
    "World Aids Day": lambda y: date(y, 12, 1),
}
# Days history names, written as dates by TIMEX3 ("stocks tumble on Black Monday's anniversary"): the day itself.
HISTORIC_DAYS = {"Black Monday": date(1987, 10, 19), "Black Tuesday": date(1929, 10, 29), "Black Thursday": date(1929, 10, 24),
                 "Black Wednesday": date(1992, 9, 16), "D-Day": date(1944, 6, 6), "VE Day": date(1945, 5, 8),
                 "VJ Day": date(1945, 8, 15), "9/11": date(2001, 9, 11)}
SENTENCE_PREPOSITIONS = {"Since", "After", "Before", "Until", "On", "Of", "In", "From", "Post", "Pre"}
SENTENCE_DETERMINERS = {"The", "A", "An", "This", "That", "Its", "His", "Her", "Their", "Our"}
HOLIDAY_WORDS = (r"Christmas|Boxing|New\s+Year|Valentine|Easter|Good\s+Friday|Thanksgiving|Black\s+Friday|Cyber\s+Monday|"
                 r"(?:Labor|Memorial|King|Jr\.?|MLK|Presidents['’]?|Columbus|Veterans['’]?|Election|Patrick['’]s|Bastille|Anzac|"
                 r"Australia|Canada|Remembrance|Armistice|May|Women['’]s|AIDS|Aids)\s+Day")
_HOLIDAY = (r"(?<!Father\s)(?<!-)(?P<h>Christmas(?:\s+(?:Eve|Day))?|Boxing\s+Day|New\s+Year(?:['’]s)?\s+(?:Eve|Day)|"
            r"Valentine['’]s\s+Day|Easter(?:\s+(?:Sunday|Monday))?|Good\s+Friday|Thanksgiving(?:\s+Day)?|Black\s+Friday|"
            r"Cyber\s+Monday|Labor\s+Day|Memorial\s+Day|Martin\s+Luther\s+King(?:\s+Jr\.?)?\s+Day|MLK\s+Day|"
            r"Presidents['’]?\s+Day|Columbus\s+Day|Veterans['’]?\s+Day|Election\s+Day|(?:St\.?|Saint)\s+Patrick['’]s\s+Day|"
            r"Bastille\s+Day|Anzac\s+Day|Australia\s+Day|Canada\s+Day|Remembrance\s+Day|Armistice\s+Day|May\s+Day|"
            r"International\s+Women['’]s\s+Day|World\s+(?:AIDS|Aids)\s+Day)")

# Nouns counted without a plural -s ("2000 men", "the 2000 police").
COUNTED_NOUNS = r"people|men|women|children|staff|personnel|police|cattle|sheep|fish"
# Verbs in -s after a year are no plural noun counted by it ("the year 2000 was").
S_VERBS = r"(?:was|has|is|as|does|remains|looks|seems|promises|offers|marks|sees|brings|proves)\b"
# Singular nouns a year names wherever it stands ("expects 2008 profit"): a count would take a plural.
YEAR_NOUNS = (r"budget|forecast|outlook|guidance|target|deadline|profit|revenue|turnover|earnings|season|election|campaign|"
              r"census|survey|study|report|tour|album|film")
# Words that open a clause or a phrase: no modifier of the noun after them ("in November because prices fell").
CLAUSE_WORDS = (r"because|when|while|as|and|or|but|after|before|if|that|which|than|so|since|until|the|a|an|to|in|of|on|at|"
                r"for|by|with|from|its|their|his|her")
# A plural noun: in -s, not the singular endings -ss, -us, -is ("loss", "census", "stimulus", "crisis").
_PLURAL = r"[a-z]+s\b(?<!ss)(?<!us)(?<!is)"
# A year before a counted noun is an amount ("for 2000 workers", "and 2000 people").
_NO_COUNTED_NOUN = r"(?!\s+(?:" + COUNTED_NOUNS + r"|more|new|extra|other|of)\b)"
_NOT_COUNTED = r"(?!\s+(?!(?:this|its|plus)\b|" + S_VERBS + r")" + _PLURAL + ")" + _NO_COUNTED_NOUN

# The first of two decades, before the second ("the 1970s and 80s", "the late 80s and early 90s", "the '60s to '70s").
FIRST_DECADE_BEFORE = re.compile(r"(?:\d{3}0|['’]\d0|\b[Tt]he\s+(?:(?:early|mid|late)[-\s]+)?\d0)['’]?s\s*(?:and|or|to|-|–)\s*$")
DECADE_WORDS = {"noughties": 0, "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70,
                "eighties": 80, "nineties": 90}

# The heads of event names a year completes ("Worldwide Developers Conference 2010", "World Cup 2006"); products
# ("Windows 2000", "SQL Server 2005") are not dated by theirs.
EVENT_NAME_BEFORE = "".join(f"(?<=\\b{w}\\s)|" for w in (
    "Conference", "Summit", "Games", "Olympics", "Cup", "Championship", "Championships", "Expo", "Festival", "Awards",
    "Forum", "Congress", "Convention", "Show", "Open", "Election", "Elections", "Census", "Fair", "Week", "Tour"))[:-1]

# Plural nouns a year names rather than counts ("the 2004 results", not "the 2000 troops").
YEAR_NAMES = (r"(?:results|figures|accounts|elections|polls|games|olympics|championships|finals|talks|negotiations|riots|"
              r"attacks|bombings|protests|floods|reforms|levels|prices|earnings|profits|accords|budgets|forecasts|targets|"
              r"estimates|sales|accounts|awards|nominations|revenues|shipments|deliveries|exports|imports)\b")

# Verbs a year opening a sentence is the subject of ("2008 was a hard year", "2005 offers the chance"): a time's
# verbs, not a count's ("2000 troops were sent" has its noun between).
YEAR_SUBJECT_VERBS = (r"was|were|has|had|is|will|saw|sees|marked|marks|brought|brings|began|begins|ended|ends|could|would|"
                      r"may|might|must|should|looks|looked|offers|offered|promises|promised|proved|proves|remains|"
                      r"remained|became|becomes|also|too")

# A verb's regular past after a year opening a clause ("Without a doubt, 2017 roared to life"): a year's as the verbs above
# are where no count stands (counts of a thousand and more are written "1,800"), not a participle before "by".
YEAR_PAST_VERB = r"[a-z]{2,}ed\b(?!\s+by\b)"

# The verbs (and "that") after which a clause is reported, and "but" opening one: its subject opens there as a sentence's
# does ("said 2004 had been", "but 2005 could see").
REPORTING_BEFORE = "|".join(rf"(?<=\b{w}\s)" for w in (
    "that", "but", "said", "says", "say", "expects", "expect", "expected", "forecast", "forecasts", "predicted", "predicts", "believes",
    "believe", "believed", "hopes", "hoped", "warned", "warns", "thinks", "think", "thought", "insisted", "insists"))

# A determiner and one lower-case word (an adjective: "the devastating", "Clinton's sensational") before a year that names
# the noun after it; Python's lookbehind wants a fixed width: one per determiner and word length.
ADJECTIVE_AFTER_DETERMINER = "|".join(rf"(?<=\b{d}\s[a-z]{{{n}}}\s)" for d in ("the", "The", "a", "A", "an", "An", "its", "their", "his",
                                                                           "her", "our") for n in range(3, 15)) + \
    "|" + "|".join(rf"(?<=['’]s\s[a-z]{{{n}}}\s)" for n in range(3, 15))
ADJECTIVE_AFTER_ARTICLE = "|".join(rf"(?<=\b{d}\s[a-z]{{{n}}}\s)" for d in ("a", "A", "an", "An") for n in range(3, 15))
# Units a number measures: "the remaining 1500 km" is a length, no year.
UNIT_NOUNS = r"km|kg|mph|ft|sq|square|metres?|meters?|miles?|feet|tonnes?|tons?|acres?|hectares?|barrels?|hours?|points?|yards?|kilometres?"
# Words that follow a count, a measure or a level, not a year ("2000 strong", "1800 odd", "a 2000 year old custom", "at 1900
# local time", "the 1900 mark"), and the words before a figure that take an amount or a clock time ("about 1800", "at
# 1900"): no year before a singular noun.
COUNT_FOLLOWERS = (r"new|more|extra|other|additional|further|fewer|less|strong|odd|plus|local|times|per|percent|cent|million|"
                   r"billion|thousand|hundred|cubic|metric|word|seat|page|gmt|bst|hrs?|rpm|cc|bhp|mark|level|barrier|threshold|"
                   r"high|low|close|mm|cm|m|km|lb|oz|year|month|week|day|decade|century|millennium|minute|second")
# A word all in lower case before (no name: "Euro 2004 coverage", "SQL Server 2005 gold" are titles).
LOWER_WORD_BEFORE = "(?:" + "|".join(rf"(?<=\b[a-z]{{{n}}}\s)" for n in range(1, 16)) + ")"
AMOUNT_BEFORE = "".join(rf"(?<!\b{w}\s)" for w in ("about", "around", "some", "nearly", "almost", "over", "under", "than", "only",
                                                  "just", "roughly", "approximately", "least", "most", "at", "to", "of", "by",
                                                  "from", "between", "and", "or", "with", "all", "total", "exactly"))

# A hedge on a limit or a range's end ("until at least May", "to as late as 2004"): the time named is the limit.
RANGE_HEDGE = r"(?:(?:at\s+(?:the\s+)?(?:least|latest|earliest)|as\s+(?:late|early|long)\s+as)\s+)?"

# Space within a paragraph: a date does not run on across a blank line ("Friday, 25 February\n\n2000 GMT").
_LINE_SPACE = r"(?:[ \t]*\n?[ \t]*)(?<=\s)"
# Space within a line: a day and its month are not split by a line break ("Apple releases iPhone 4\nJune 7, 2010" is a
# headline and its dateline, no 4 June), nor a weekday and the date after it ("Stocks fall on Friday\nJune 7, 2010").
_IN_LINE = r"[^\S\n]+"

# Each pattern names the rule that resolves it; all are tried and the longest match wins.
PATTERNS: list[tuple[str, re.Pattern]] = [(name, re.compile(rx)) for name, rx in [
    # "the September 11 attacks", "the September 11th terrorist attacks": the day history names 9/11, not this year's (first: it
    # wins over the day and month, which match as long)
    # (day first too, as British outlets write it: "since the 11 September World Trade Centre attack", its target's name
    # between the day and the attack)
    ("historic_day", _PREP + r"\b(?P<core>(?:the\s+)?(?P<sept11>(?:September|Sept\.?)\s+11(?:th)?|11(?:th)?\s+(?:of\s+)?(?:September|Sept\.?)))"
     r"(?=,?\s+(?:(?:terrorist|terror|[A-Z][\w.'’-]*)\s+){0,4}attacks?\b)"),
    # "the attacks of September 11", "since the attacks on September 11": the same day, the attacks named before it
    ("historic_day", r"(?P<prep>(?:(?<=\battacks\s)|(?<=\battack\s))(?:of|on)\s+)"
     r"(?P<core>(?P<sept11>(?:September|Sept\.?)\s+11(?:th)?|11(?:th)?\s+(?:of\s+)?(?:September|Sept\.?)))\b(?!,?\s+(?:19|20)\d\d)"),
    # 2009-06-05, and the year-first 2009/06/05, 2009.06.05 of Asian and European outlets
    ("iso", _PREP + r"(?<![\d.])\b(?P<core>(?P<y>" + _YEAR + r")(?P<sep>[-/.])(?P<m>[01]\d)(?P=sep)(?P<d>[0-3]\d))\b(?!\.?\d)"),
    ("full_date", _PREP + r"\b(?P<core>(?:(?:the\s+)?" + _DAY + _IN_LINE + r"(?:of\s+)?" + _MONTH_ANY + r",?" + _LINE_SPACE + _YEAR + r"|"
     + _MONTH_ANY + _IN_LINE + _DAY + r",?" + _LINE_SPACE + _YEAR + r"))\b"),
    ("day_month", _PREP + r"\b(?P<core>(?<!\bNo\.\s)(?:the\s+)?" + _DAY + _IN_LINE + r"(?:of\s+)?" + _MONTH_ANY + r"|" + _MONTH_ANY + _IN_LINE
     + _DAY + r")(?![\d,]*\d)(?!\s*-\s*year)"),
    ("month_part", _PREP + r"(?P<core>(?P<part>(?i:early|mid|late|end(?=-)|the\s+(?:beginning|start|middle|end)\s+of))[-\s]+"
     r"(?P<month>" + _MONTH + r")(?:,?\s+(?P<y>" + _YEAR + r"))?)\b"),
    ("month_year", _PREP + r"\b(?P<core>(?P<month>" + _MONTH_ANY + r"),?\s+(?:of\s+)?(?P<y>" + _YEAR + r"))\b"),
    # "the following January", "the previous Friday": the first such month or weekday after (before) the time spoken of last
    ("sequence", _PREP + r"\b(?P<core>(?P<which>(?i:the\s+(?:following|previous|preceding|next)))\s+(?:(?P<month>" + _MONTH +
     r")|(?P<weekday>" + _WEEKDAY + r")))\b(?!\s+\d)(?!['’])"),
    ("month", r"(?P<prep>\b(?i:in|since|during|until|till|by|from|through|before|after|beyond|between|last|this|next|that|of|for|"
     r"earlier\s+in|later\s+in|early\s+in|late\s+in|to|up\s+to|as\s+(?:early|late|recently|far\s+back|long\s+ago)\s+as)\s+(?i:" +
     RANGE_HEDGE + r"))(?P<core>(?P<month>" + _MONTH + r"))\b(?!\s+\d)"),
    # A month as the subject opening a sentence, before a time's verb ("March was another volatile month", "January saw
    # record sales"), as a year is ("2008 was a hard year"); not "May", a name or a verb as often
    ("month", r"(?P<prep>)(?:^|(?<=[.!?]\s)|(?<=\n))(?P<core>(?P<month>(?!May\b)" + _MONTH + r"))(?=\s+(?:was|saw|brought|marked|"
     r"proved|began|ended|has\s+been|had\s+been|will\s+be)\b)"),
    # A month naming the occasion after it ("the June gig", "its April meeting"), as a year does ("the 2010 raid").
    ("month_modifier", r"(?P<prep>)(?=[JFMASOND][a-z])(?:(?<=\b(?i:the)\s)|(?<=\b(?i:its)\s)|(?<=\btheir\s)|(?<=\bhis\s)|(?<=\bher\s)|(?<=\bour\s)|"
     r"(?<=['’]s\s))(?P<core>(?P<month>" + _MONTH + r"))\b(?=\s+(?!(?:of|and|or|to|in|on|at|for|by|is|was|has|had|will|would)\b)"
     r"[a-z]{3,}\b)"),
    # The same after an indefinite article ("at an October candidates forum", "will hold a June rally"); not "May", a
    # name or a modal as often.
    ("month_modifier", r"(?P<prep>)(?=[JFMASOND][a-z])(?:(?<=\b[Aa]\s)|(?<=\b[Aa]n\s))(?P<core>(?P<month>(?!May\b)" + _MONTH + r"))\b(?=\s+(?!"
     r"(?:of|and|or|to|in|on|at|for|by|is|was|has|had|will|would)\b)[a-z]{3,}\b)"),
    # Opening a sentence before a plural noun it names ("February exports rose 3%", "March sales"); not "May", a modal
    # as often, nor before a verb ("June says she will stand").
    ("month_modifier", r"(?P<prep>)(?:^|(?<=[.!?]\s)|(?<=\n))(?P<core>(?P<month>(?!May\b)" + _MONTH + r"))(?=\s+(?!" + S_VERBS +
     r"|says\b|does\b|goes\b)[a-z]{3,}s\b)"),
    # Before a noun of figures or occasions it names wherever it stands, a modifier between or none ("said October
    # sales rose", "December same-store sales", "ahead of November jobs data"), as a year does ("expects 2008 sales"),
    # or with another month that does ("the May and June figures": "May" too, a month there).
    ("month_modifier", r"(?P<prep>)\b(?P<core>(?P<month>(?!May\b)" + _MONTH + r"|" + _MONTH + r"(?=\s+(?:and|or)\s+" + _MONTH +
     r"\b)))(?=(?:\s+(?:and|or)\s+" + _MONTH + r")?\s+(?:(?!(?:" + CLAUSE_WORDS + r")\b)[a-z][a-z-]+\s+)?(?:" + YEAR_NAMES +
     r"|(?:" + YEAR_NOUNS + r"|data|report)\b))"),
    # The same in a headline's title case ("September Retail Sales Up by 1.5 Percent", "Ford Down, Nissan Up in September
    # Sales"): the words after it capitalised, on a line a line break ends.
    ("month_modifier", r"(?P<prep>)(?=[^\n]*\n)\b(?P<core>(?P<month>(?!May\b)" + _MONTH + r"))(?=\s+(?:[A-Z][a-z-]+\s+)?"
     r"(?i:" + YEAR_NAMES + r"|(?:" + YEAR_NOUNS + r"|data|report)\b))"),
    # A month an article and an adjective make a noun ("A slow August snapped a streak", "after a strong December"); not
    # "May", nor before a capitalised word or a figure ("a young June Carter", "a new April 5 deadline").
    ("month_modifier", r"(?P<prep>)(?=[JFMASOND][a-z])(?:" + ADJECTIVE_AFTER_ARTICLE + r")(?P<core>(?P<month>(?!May\b)" + _MONTH +
     r"))\b(?!\s*(?:[A-Z\d]|['’]s))"),
    # A month in the genitive ("January's figures", "the rise in October's sales"); not "May's", a name as often.
    ("month_genitive", r"(?P<prep>)\b(?P<core>(?P<month>(?!May\b)" + _MONTH + r"))(?=['’]s\s)"),
    ("year_part", _PREP + r"(?P<core>(?P<part>(?i:early|mid|late|end(?=-)|the\s+(?:beginning|start|middle|end)\s+of))[-\s]+"
     r"(?P<which>(?i:this\s+year|last\s+year|next\s+year|the\s+year|(?<=[Mm]id[-\s])year(?![-\w])|" + _YEAR + r")))\b"),
    ("year", r"(?P<prep>\b(?i:in|since|during|until|till|by|from|through|throughout|before|after|beyond|between|of|"
     r"earlier\s+in|later\s+in|early\s+in|late\s+in)\s+(?i:" + RANGE_HEDGE + r")(?:(?i:both|either)\s+(?=" + _YEAR +
     r"\s+(?:and|or)\s+" + _YEAR + r"\b))?)(?P<core>(?P<y>" + _YEAR + r"))\b(?![-–]\d)(?!\s*(?:%|percent))"),
    # A change measured on a year ("up 2.6% on 2003", "sales were down on 2004", "an increase of 64% on 2003"): that year,
    # a comparison's base that, as a year naming a thing, dates no event of its clause
    ("year_modifier", r"(?P<prep>(?:(?<=%\s)|(?<=\bcent\s)|(?<=\bpercent\s)|(?<=\b[Uu]p\s)|(?<=\b[Dd]own\s))on\s+)(?P<core>(?P<y>" + _YEAR +
     r"))\b(?![-–.,]\d)(?!\s*(?:%|percent))" + _NOT_COUNTED),
    # "dates back to 1974", "going back to 2001": the year, not a count ("cut back to 2000 staff")
    ("year", r"(?P<prep>(?<=\b[Bb]ack\s)to\s+)(?P<core>(?P<y>" + _YEAR + r"))\b(?![-–.,]\d)(?!\s*(?:%|percent))" + _NOT_COUNTED),
    # A year before 1800 after a preposition ("signed in 1648", "since 1066"), where the clause ends or goes on after it
    # with a function word: not a counted noun ("in 1500 homes", "in 1700 Afghan villages"), a year before Christ ("in
    # 1200 BC"), nor after the words that take an index level or a count ("fell from 1250, its low", "a total of 1500").
    ("year", r"(?P<prep>\b(?i:in|since|during|until|till|before|after)\s+)(?P<core>(?P<y>1[0-7]\d\d))\b"
     r"(?=\s*(?:[,.;:)!?]|$)|\s+(?:and|or|but|when|the|a|an|as|after|before|until|while|by|under|with|during|"
     r"it|he|she|they|we|its|his|her|their)\b)(?![.,]\d)"),
    # The year that ends a period ("the decade to 2008", "in the five years to 2010"), as "the year to December" is its month
    ("year", r"(?P<prep>(?:(?<=\byear\s)|(?<=\byears\s)|(?<=\bdecade\s)|(?<=\bdecades\s)|(?<=\bmonths\s)|(?<=\bperiod\s))"
     r"(?i:to|through|until)\s+)(?P<core>(?P<y>" + _YEAR + r"))\b(?![-–.,/]\d)(?!\s*(?:%|percent))"),
    # A year in two digits after a preposition ("in '98", "since '94"); not a decade ("the '90s").
    ("short_year", r"(?P<prep>\b(?i:in|since|during|until|till|by|from|through|before|after|of)\s+)(?P<core>['’](?P<yy>\d\d))"
     r"\b(?!['’]?s\b)(?![-–.,/]?\d)(?!\s+[A-Z][a-z])"),     # "the cost of '12 Days of Christmas'": a title's quote
    # After words that also take an amount ("for 2009", "than 2008"), not before a counted noun ("for 2000 workers").
    ("year_after", r"(?P<prep>\b(?i:for|than|into|over|around|circa|as\s+of|compared\s+(?:with|to)|founded|established|formed|born|"
     r"as\s+(?:early|late|recently|far\s+back|long\s+ago)\s+as|"     # "as early as 2011": a hedge on the year it names
     r"built|incorporated|due|maturing)\s+)(?P<core>(?P<y>" + _YEAR + r"))\b"
     r"(?![-–.,/]\d)(?!\s*(?:%|percent))" + _NOT_COUNTED),
    # A year a phrase is about ("optimistic about 2005, a survey says", "worried about 2009 and 2010"): only where the
    # phrase ends or another year follows (not "about 2005 cars", "at about 1900 GMT"), and no round hundred ("about 2000.")
    ("year_after", r"(?P<prep>\b(?i:about)\s+)(?P<core>(?P<y>(?!\d\d00\b)" + _YEAR + r"))\b"
     r"(?=\s*[,.;:)!?](?!\d)|\s+(?:and|or)\s+" + _YEAR + r"\b)"),
    # The year a verb enters, opens or closes ("the UK has entered 2005 on course", "the index ended 2004 up 3%"): not a count
    # ("closed 2000 stores", "opened 1500 new branches") nor an index level ("closed 2050 points up")
    # (the forms in -ing as often adjectives: "today's opening 2006 World Cup qualifier")
    ("year_after", r"(?P<prep>)(?=[12])(?:" + "|".join(rf"(?<=\b{v}\s)" for v in (*EDGE_VERBS, "enter", "enters", "entered", "entering")
                                                      if v not in ("opening", "closing", "starting", "beginning"))
     + r")(?P<core>(?P<y>" + _YEAR + r"))\b(?![-–.,/]\d)(?!\s*(?:%|percent))" + _NOT_COUNTED),
    ("decade", r"(?P<prep>\b(?i:in|since|during|until|by|from|through|throughout|before|after|of)\s+)?(?P<core>"
     r"(?i:the\s+)(?:(?i:early|mid|late)[-\s]+)?(?P<word>(?i:" + "|".join(DECADE_WORDS) + r"))|"
     r"(?:(?i:the\s+)(?:(?i:early|mid|late)[-\s]+)?(?:(?P<decade>(?:1[89]\d|20\d|1[0-7]\d)0)['’]?|['’]?(?P<short>[2-9]0))|(?:(?i:early|mid|late)[-\s]+)?"
     r"(?<![$£€\d.,])(?P<decade2>(?:1[89]\d|20\d|1[0-7]0)0)(?:['’](?=s\b(?!\s+(?!and|or|to\b)[a-z])))?|"
     # the second of two decades ("the 80s and 90s", "the '60s to the '80s")
     r"(?:(?<=0s\sand\s)|(?<=0s\sor\s)|(?<=0s\sto\s)|(?<=0s-)|(?<=0s–))(?:(?i:early|mid|late)[-\s]+)?['’]?(?P<short2>[2-9]0))s)\b(?!['’]?\w)"),
    ("weekday", r"(?P<prep>\b(?i:earlier\s+on|later\s+on|late\s+on|early\s+on|on|last|this|next|earlier|late|early|overnight\s+on|overnight|"
     r"by|until|since|from|before|after|coming|that)\s+)?\b(?P<core>(?P<weekday>" + _WEEKDAY + r"))(?:\s+(?P<tod>(?i:morning|"
     r"afternoon|evening|night)))?\b"),
    ("relative_day", _PREP + r"\b(?P<core>(?i:the\s+day\s+before\s+yesterday|yesterday|today|tonight|tomorrow|"
     r"the\s+day\s+after\s+tomorrow|last\s+night|overnight|this\s+(?:morning|afternoon|evening)|earlier\s+today|"
     r"later\s+today))\b"),
    # "two years ago"; "several years ago", "years ago": PAST_REF (a count no one can reckon from)
    ("ago", _PREP + r"\b(?P<core>(?:(?P<n>(?i:many|some|" + _NUM + r"))\s+)?(?P<unit>(?i:" + _UNIT + r"|fortnights?|century|centuries))\s+"
     r"(?i:ago))\b"),
    # "two years from now", "in three months' time": as far ahead of the time of writing
    ("ahead", r"(?P<prep>)\b(?P<core>(?:(?P<n>(?i:" + _NUM + r"))\s+(?P<unit>(?i:" + _UNIT + r"|fortnights?))\s+(?i:from\s+(?:now|today))|"
     r"(?<=\b(?i:in)\s)(?P<n2>(?i:" + _NUM + r"))\s+(?P<unit2>(?i:" + _UNIT + r"|fortnights?))(?:['’]s?)?\s+(?i:time)))\b"),
    # "in five years the dollar will be stronger": as far ahead, where it opens a clause that looks ahead
    ("in_units", r"(?P<prep>\b(?i:in)\s+)(?P<core>(?P<n>(?i:" + _NUM + r"))\s+(?P<unit>(?i:" + _UNIT + r")))\b"
     r"(?!['’]|\s+(?:of|to|from|and|or|time|old|before|after|earlier|later|ago)\b)"),
    ("anaphoric", _PREP + r"\b(?P<core>(?i:(?P<n>" + _NUM + r")\s+(?P<unit3>day|week|month|year)s?\s+(?P<rel2>later|earlier|"
     r"afterwards|after(?=\s*[.,;:)])|before(?=\s*[.,;:)]))|" + _FOR_BEFORE + r"the\s+(?:full\s+|whole\s+)?(?P<unit4>year|quarter|month|week|day)"
     r"(?!\s+(?:ahead|to|before|after|earlier|later|ago|of|in(?!\s+an?\s)|that|when|ended|ending|through)\b)|(?P<which>that(?:\s+same)?|the\s+same|the\s+following|the\s+previous|"
     r"the\s+preceding|the\s+prior)\s+(?P<unit>day|weekend|week|month|quarter|year|morning|afternoon|evening|night|spring|summer|autumn|"
     r"fall(?!\s+(?:in|of|from|to|by|below|back)\b)|winter)|(?P<next>the\s+next)\s+(?:day|morning|afternoon|evening|night)|the\s+(?P<unit2>day|week|month|year|morning|night)\s+(?P<rel>before|after|"
     r"previous|earlier|later|prior)(?=\s*[.,;:)]|\s*$|\s+(?:and|or|but)\b(?!\s+(?:before|after|during|on|in)\b))|" + _DAY_VERBS_BEFORE + r"the\s+day))\b(?!\s+(?:of|when|that|on)\b)(?![-\w])"),
    # "ended the week up 2%", "sales rose 5% in the year", "sales rose 1% in the month": the week, month or year spoken of (as
    # "the day" above); not "in the week", the weekdays as often ("shoppers can go in the week")
    ("the_period", r"(?P<prep>\b(?i:in)\s+)?\b(?P<core>" + _PERIOD_VERBS_BEFORE + r"the\s+(?P<unit5>week|month|year)"
     r"(?!\s+(?:ahead|to|before|after|earlier|later|ago|in)\b)|(?=the\s)(?<=\bin\s)the\s+(?P<unit6>year|month)"
     r"(?!\s+(?:ahead|to|before|after|earlier|later|ago|of|in|that|when|since|ended|ending|beginning|starting|following|through|he|she|it|they|we|I)\b|\s*\d))\b"
     r"(?!\s+(?:of|when|that|on)\b)(?![-\w])"),
    # "by that time", "at that time": the time spoken of last (nothing when there is none). Not "in that time" (a
    # length of time) nor "at the time", which points at an event more often than at a date.
    ("that_time", r"(?P<prep>\b(?i:at|by|until|till|since|from|after|before|around)\s+)(?P<core>(?i:that\s+time))\b"
     r"(?!\s+(?:of|when|that|to|for|being|in|as|and|he|she|it|they|we|I|you)\b)(?![-\w])"),
    # "the same period last year", "the same quarter in 2003": the period of the expression before, in another year.
    # "the same period last year"; "the period last year", "the quarter a year earlier" say "same" without the word
    ("same_period", _PREP + r"\b(?P<core>(?:(?i:the\s+)?(?i:same)\s+|(?i:the)\s+(?=(?i:period|quarter|month)\b))(?P<unit>(?i:period|quarter|month|week|time))\s+(?P<which>"
     r"(?i:a\s+year\s+(?:earlier|ago|before)|(?:of\s+)?last\s+year|the\s+(?:previous|prior|preceding)\s+year|"
     r"the\s+year\s+before|(?:in|of)\s+(?P<y>" + _YEAR + r")))|(?i:the\s+(?:year[-\s](?:earlier|ago|before)|prior[-\s]year)\s+"
     r"(?:period|quarter|month)))\b"),
    # "the first half" with no year, in a sentence about money: a half of the year the tense points to.
    ("half", _PREP + r"\b(?P<core>(?i:the\s+)(?P<h>(?i:first|second))\s+(?i:half)|(?P<h2>(?i:first|second))-(?i:half)(?=\s+[a-z])|"
     r"(?:H(?P<hn>[12])|(?P<hn2>[12])H)\s+(?P<hy>" + _YEAR + r")|(?:(?P<gy>" + _YEAR + r")|(?P<gw>(?i:this|last|next)\s+year))['’]s\s+"
     r"(?P<h3>(?i:first|second))[-\s]+(?i:half))\b(?!\s+(?:of|century)\b)(?![-\w])"),
    ("window", r"(?P<prep>\b(?i:in|over|during|for|within|throughout)\s+)?\b(?P<core>(?i:the\s+(?:past|last|previous|"
     r"coming|next)\s+(?:(?P<n>" + _NUM + r")\s+)?(?P<unit>" + _UNIT + r")|(?:past|(?=last\s)" + _LAST_NOT_A_VERB + r"last|previous|next|"
     r"coming)\s+(?!an?\s)(?P<n2>" + _NUM + r")\s+(?P<unit2>" + _UNIT + r")|(?:recent|coming|" + _NO_COUNT_BEFORE + r"(?:past|previous|prior|earlier|future)(?=\s+[a-z]+s\b))\s+"
     r"(?P<unit3>" + _UNIT + r")|the\s+(?P<unit4>" + _UNIT + r")\s+(?P<ahead>ahead|to\s+come)|(?:(?<=\bin\s)|(?<=\bfor\s))(?P<unit7>(?:year|month|"
     r"week|decade)s)\s+to\s+come))\b(?![-\w])(?!\s+of\s+(?:[a-z]|(?:1[89]|20)\d\d\b))"),    # "the last week of campaigning", "the last months of
    # 2004" (the year's end), not "profit for the last year of $2bn"
    # "the last week of campaigning" is a final week (the window pattern reads "over the last week")
    ("period", _PREP + r"\b(?P<core>(?P<q>(?i:(?<![Tt]he\s)last|last(?=\s+century)|this\s+past|this|next|previous|earlier\s+this|later\s+this|coming|the\s+past|"
     r"the\s+coming|(?:the\s+)?current|the\s+present))\s+(?P<unit>(?i:weekend|week|month|quarter|year|decade|century)))\b"
     r"(?!\s+of\s+a\s+century)"),
    # "the weekend" naming a thing or as a subject ("the weekend's violence", "The weekend saw fighting"): the weekend on the
    # side the tense says, as "at the weekend" is
    ("weekend", r"(?P<prep>)\b(?P<core>(?i:the)\s+weekend)(?=['’]s\s|\s+(?:saw|sees|was|is|has|had|brought|brings|began|ended|"
     r"will)\b)"),
    # "the year before last", "the week after next": one unit beyond "last year", "next week"
    ("beyond", _PREP + r"\b(?P<core>(?i:the\s+)(?P<unit>(?i:weekend|week|month|quarter|year))\s+(?P<dir>(?i:before\s+last|"
     r"after\s+next)))\b"),
    ("weekend", r"(?P<prep>\b(?i:at|over|during|on|this|last|next|before|ahead\s+of|by|until|till|after|since|through|throughout)\s+)" +
     r"(?P<core>(?i:the\s+)?(?i:weekend))\b(?!['’]s)(?!\s+of\s+(?:\d|" + _MONTH_ANY + r"))"),
    ("quarter", _PREP + r"\b(?P<core>(?:(?i:the)\s+|(?P<qy5>" + _YEAR + r")['’]s\s+|(?P<theyear>(?i:the\s+year['’]s|this\s+year['’]s|last\s+year['’]s))\s+)?"
     r"(?:(?i:fiscal)\s+)?(?P<ord>(?i:first|second|third|fourth|final|last|1st|2nd|3rd|4th))"
     r"(?:\s+(?i:fiscal))?[-\s]+(?i:quarter)(?:\s+(?i:of)\s+(?P<which>(?i:this\s+year|last\s+year|next\s+year|the\s+year|fiscal\s+"
     + _YEAR + r"|" + _YEAR + r"))|,?\s+(?P<qy3>" + _YEAR + r"))?|(?:Q(?P<qn>[1-4])|(?P<qn2>[1-4])Q)(?:\s+(?:(?i:of)\s+)?(?P<qy>" + _YEAR + r")|\s+(?:(?i:of)\s+)?(?:FY\s*|(?i:fiscal)\s+)"
     r"(?P<qfy>" + _YEAR + r"|\d\d))?|(?i:the)\s+(?P<qm>" + _MONTH +
     r")[-\s]+(?i:quarter)|(?i:the\s+)?(?P<qm1>" + _MONTH + r")\s*(?:-|–|/|\s(?i:to|through)\s|-to-)\s*(?P<qm2>" + _MONTH +
     r")\s+(?i:period|quarter)|(?i:the\s+)(?P<qe>(?i:first|last|final))\s+(?P<qk>(?i:three|3|six|6))\s+(?i:months)\s+(?i:of)\s+"
     r"(?P<qw>(?i:this\s+year|last\s+year|next\s+year|the\s+year|" + _YEAR + r")))\b"),
    # "the first half of fiscal 2009", "the second half of the fiscal year", "the fiscal first half": TIMEX3's FY2009-H1
    ("fiscal_half", _PREP + r"\b(?P<core>(?i:the\s+)?(?P<h>(?i:first|second))[-\s]+(?i:half)\s+(?i:of)\s+(?P<fy>(?i:(?:the|its|our|their)\s+)?"
     r"(?:(?i:current|this|last|next|previous|coming)\s+)?(?i:fiscal|financial)(?:\s+(?i:year))?(?:\s*(?:" + _YEAR +
     r"|\d\d)(?:[-/]\d\d(?:\d\d)?)?)?|FY\s*(?:" + _YEAR + r"|\d\d))|(?i:the\s+)?(?P<h3>(?i:first|second))[-\s]+(?i:half)\s+(?i:of)\s+(?i:the\s+)?"
     r"(?P<fy2>" + _YEAR + r"(?:[-/]\d\d(?:\d\d)?)?\s+(?i:fiscal|financial)\s+(?i:year))|(?i:the\s+)?(?i:fiscal)\s+(?P<h2>(?i:first|second))[-\s]+(?i:half))\b(?![-/]\d)"),
    ("fiscal_year", _PREP + r"\b(?P<core>(?i:the\s+)?(?i:fiscal(?:\s+year)?|financial\s+year|FY)\s*(?P<y>" + _YEAR
     + r"|\d\d)(?:[-/](?P<y2>\d\d(?:\d\d)?))?|(?P<fq>(?i:this|the\s+current|current|next|last|the\s+previous|the\s+coming|"
     r"its|their|the))\s+(?i:fiscal|financial)\s+year(?!\s*\d)|(?P<y3>" + _YEAR + r")(?:[-/](?P<y4>\d\d(?:\d\d)?))?\s+(?i:fiscal|financial)\s+year)\b"),
    ("season", r"(?P<prep>\b(?i:in|during|by|until|since|over|through|throughout|of|early|late|for|ahead\s+of|before|after|into)\s+)?\b(?P<core>(?:(?P<q>(?i:this\s+past|this|last|next|coming|the))\s+)?(?:(?P<spart>(?i:early|mid|late))[-\s]+)?(?P<season>(?i:spring|"
     r"summer|autumn|fall|winter))(?:\s+(?i:of\s+)?(?P<y>" + _YEAR + r"))?)\b(?!\s+(?:Olympics|Games|school|session))"),
    ("year_range", _PREP + r"\b(?P<core>(?P<y>" + _YEAR + r")\s*[-–/]\s*(?P<y2>" + _YEAR + r"|\d\d))\b(?!\s*(?:%|percent))"),
    # "October of next year": the month in the year named, which TIMEX3 tags apart (as "in March last year")
    ("month_of_year", _PREP + r"\b(?P<core>(?P<month>" + _MONTH + r"))(?=\s+(?i:of)\s+(?P<which>(?i:this|last|next)\s+"
     r"(?i:year))\b)"),
    ("year_modifier", r"(?P<prep>)(?=[12])(?:(?<=\bthe\s)|(?<=\ba\s)|(?<=\bA\s)|(?<=\()|(?<=\bits\s)|(?<=\btheir\s)|(?<=\bhis\s)|(?<=\bher\s)|"
     r"(?<=\bour\s)|(?<=\bmy\s)|(?<=\byour\s)|(?<=\bwhose\s)|(?<=['’]s\s)|(?<=\byear\s)|"
     r"(?<=[A-Z][a-z]\s)|(?<=[A-Z][a-z][a-z]\s)|" + EVENT_NAME_BEFORE + r")(?P<core>(?P<y>" + _YEAR + r"))\b(?![-–]\d)(?!\s*(?:%|percent|[.,]\d))"
     r"(?![-\s]+years?[-\s]+old\b)(?!\s+(?!" + YEAR_NAMES + r"|" + S_VERBS + r")" + _PLURAL + r")(?:(?<=\b[Aa]\s\d{4})|(?!\s+(?:" + COUNTED_NOUNS + r")\b))"),
        # After a determiner and an adjective, before the noun it names ("Clinton's sensational 1992 comeback victory", "the
    # devastating 2004 tsunami", "the same 2004 period"); not before a plural or a unit ("the remaining 1500 km").
    ("year_modifier", r"(?P<prep>)(?=[12])(?:" + ADJECTIVE_AFTER_DETERMINER + r")(?P<core>(?P<y>" + _YEAR + r"))(?=\s+[a-z])"
     r"(?!\s+(?:" + _PLURAL + r"|(?:" + COUNTED_NOUNS + r"|" + UNIT_NOUNS + r"|of|to|and|or|in|on|at|for|by|was|is|were)\b))"),
    # The same before a plural after a determiner, an adjective between or none ("after the 2003 shootings in Aston", "its
    # 2002 series", "the original 1977 scripts"): a year, where the figure is no round one a count would more often be
    # ("the 2000 troops"), nor a unit's ("the 1996 metres").
    ("year_modifier", r"(?P<prep>)(?=[12])(?:" + "|".join(rf"(?<=\b{d}\s)" for d in ("the", "The", "its", "Its", "their", "Their",
                                                                                      "his", "His", "her", "our", "Our")) +
     r"|(?<=['’]s\s)|" + ADJECTIVE_AFTER_DETERMINER + r")(?P<core>(?P<y>(?!\d\d\d0\b)" + _YEAR + r"))(?=\s+(?!" + S_VERBS + r")" +
     _PLURAL + r")(?!\s+(?:" + COUNTED_NOUNS + r"|" + UNIT_NOUNS + r")\b)"),
# A year a prefix makes a modifier ("pre-2008 levels", "the post-2001 wars"): the year, naming a thing as above.
    ("year_modifier", r"(?P<prep>)(?:(?<=\b[Pp]re-)|(?<=\b[Pp]ost-)|(?<=\bPRE-)|(?<=\bPOST-))(?P<core>(?P<y>" + _YEAR + r"))\b(?![-–]\d)"
     r"(?!['’]?s\b)(?!\s*(?:%|percent))"),
    # A year before a noun it names, wherever it stands ("expects 2008 sales to rise", "on 2007's level").
    ("year_modifier", r"(?P<prep>)(?=[12])(?<![\d.,$£€-])(?<![\d.,$£€-]\s)(?P<core>(?P<y>" + _YEAR + r"))(?=\s+(?i:" + YEAR_NAMES + r"|"
     + YEAR_NOUNS + r")\b|['’]s\s)"),
    # After a lower-case word, before a singular noun it names ("alongside 2012 champ Andrew Jordan", "another 2017 surprise
    # package", "play 2002 champion", "said 2004 net income fell"): a count would take a plural ("2000 troops"), so a year;
    # not after a word that takes an amount or a clock time ("about 1800 new", "at 1900 local time"), nor before a unit,
    # a currency, a level or a word that follows counts ("1800 km", "2000 euro", "the 1900 mark", "2000 strong"), a past
    # form or an -ing ("1800 injured"), or a word before a plural ("1800 new jobs", "unveil 2012 bid plans").
    ("year_modifier", r"(?P<prep>)(?=[12])" + LOWER_WORD_BEFORE + AMOUNT_BEFORE + r"(?P<core>(?P<y>" + _YEAR + r"))(?=\s+(?!" + _PLURAL +
     r")(?!(?:" + CLAUSE_WORDS + r"|" + S_VERBS + r"|" + YEAR_SUBJECT_VERBS + r"|" + COUNTED_NOUNS + r"|" + UNIT_NOUNS + r"|" +
     COUNT_FOLLOWERS + r"|" + "|".join(sorted(CURRENCY_WORDS)) + r")\b)(?![a-z]+(?:ed|ing)\b)[a-z][a-z-]+\b(?![-'’]\w)"
     r"(?!\s+[a-z][a-z-]*s\b(?<!ss)(?<!us)(?<!is)))"),
    ("year_end", _PREP + r"\b(?P<core>(?i:the\s+)?(?P<unit>(?i:year|month))(?:[-\s]|['’]s\s+)(?i:end)|(?i:end)-(?P<unit2>(?i:year|month)))\b"
     r"(?![-\w])"),
    # "earned $10m in the quarter", "in the latest quarter", "sales rose in the period": the quarter (period) spoken of.
    ("the_quarter", r"(?P<prep>\b(?i:in|during|over)\s+|\b(?i:for)\s+(?=(?i:the|its|their)\s+(?i:latest|most\s+recent)\b))(?P<core>(?:(?i:the)|(?i:its|their)(?=\s+(?i:latest|most\s+recent)))\s+(?:(?P<latest>(?i:latest|most\s+recent|same))\s+)?"
     r"(?P<unit>(?i:quarter|period)))\b(?![-\w])(?!\s+(?:of|ended|ending|through|from|when|in|since|between)\b)"
     r"(?!\s+to\s+(?:[A-Z\d]|(?i:the|date|end|mid)\b))"),     # "the quarter to December", not "to settle claims"
    # "the first week of October", "the last week of the year": a week, by the day four days into it (ISO's rule)
    ("week_of", _PREP + r"\b(?P<core>(?i:the\s+)(?P<nth>(?i:first|second|third|fourth|last|final))\s+(?i:week)\s+(?i:of)\s+"
     r"(?:(?P<month>" + _MONTH + r")(?:,?\s+(?P<y>" + _YEAR + r"))?|(?P<which>(?i:the\s+year|this\s+year|last\s+year|next\s+year|"
     + _YEAR + r"))|(?P<mwhich>(?i:the|this|last|next))\s+(?i:month)))\b"),
    # "the fifth of March", "March the 5th", "the twenty-first of June 2009": a day of the month as an ordinal
    ("spelled_day", _PREP + r"\b(?P<core>(?i:the\s+)(?P<wd>(?i:" + _DAY_ORDINAL + r"))\s+(?i:of)\s+(?P<month>" + _MONTH + r")"
     r"(?:,?\s+(?P<y>" + _YEAR + r"))?|(?P<month2>" + _MONTH + r")\s+(?i:the)\s+(?P<wd2>(?i:" + _DAY_ORDINAL_LAST + r"))(?:,?\s+(?P<y2>"
     + _YEAR + r"))?|(?i:the\s+)(?P<wd3>(?i:" + _DAY_ORDINAL + r"))\s+(?i:of)\s+(?P<mw>(?i:the|this|next|last))\s+(?i:month))\b"),
    # "Monday the 7th", "on Friday the thirteenth" (not "the Friday the 13th films", a title): the day of that number nearest the publication date that is that weekday
    ("weekday_day", _PREP + r"\b(?<!\b[Tt]he\s)(?<!\ba\s)(?P<core>(?P<weekday>" + _WEEKDAY + r"),?\s+(?i:the)\s+(?P<wd>(?i:" + _DAY_ORDINAL_LAST + r")))\b"
     r"(?!\s+(?:of\s+)?(?:" + _MONTH_ANY + r"))"),
    # "the second Monday of January", "the last Friday of the month", "the first Sunday in May 2009": that weekday
    ("nth_weekday", _PREP + r"\b(?P<core>(?i:the\s+)(?P<nth>(?i:first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th))\s+"
     r"(?P<weekday>" + _WEEKDAY + r")\s+(?i:of|in)\s+(?:(?P<month>" + _MONTH + r")(?:,?\s+(?P<y>" + _YEAR + r"))?|"
     r"(?P<which>(?i:the|this|last|next))\s+(?i:month)))\b"),
    # 12/10/2008: day first when the first number cannot be a month, else month first (the agencies' habit)
    ("numeric_date", _PREP + r"\b(?P<core>(?P<a>[01]?\d|2\d|3[01])/(?P<b>[01]?\d|2\d|3[01])/(?P<y>" + _YEAR + r"))\b(?![/\d])"),
    # 5.6.2009, 05-06-2009: day first, as the countries that write dates so do (month first where the first number
    # cannot be a month's); not within a longer run of figures ("1.5.6.2009", "44-5-6-2009")
    ("numeric_date", _PREP + r"(?<![\d.,-])\b(?P<core>(?P<b>[0-2]?\d|3[01])(?P<sep>[.-])(?P<a>[01]?\d|2\d|3[01])(?P=sep)(?P<y>"
     + _YEAR + r"))\b(?![.,-]?\d)(?!\s*(?:%|(?:percent|per\s+cent|points)\b))"),
    # A year opening a sentence before a verb or comma ("2008 was a hard year", "2009, by contrast, ...").
    ("year_initial", r"(?P<prep>)(?=[12])(?:^|(?<=[.!?]\s)|(?<=\n))(?P<core>(?P<y>" + _YEAR + r"))(?=\s+(?:" + YEAR_SUBJECT_VERBS + r")\b|,\s)"),
    # A year as the subject of a clause opening after a clause break, a conjunction or a quotation mark ("Without a doubt,
    # 2005 has been a landmark year", "said Mr Hogan, 2004 saw a rise", "; 2018 has already pulled the unit", "and 2005 is
    # likely to see", 'said: "2005 offers the chance'),
    # before a time's verb: not "were" nor a count's verb after it ("In all, 1800 were killed", "and 2004 could be
    # evacuated"), nor a round hundred, a count more often than a year.
    ("year_initial", r"(?P<prep>)(?=[12])(?:(?<=[,;:]\s)|(?<=^[“\"])|(?<=\s[“\"])|" + "|".join(rf"(?<=\b{w}\s)" for w in (
        "and", "while", "although", "though", "whereas", "because", "so", "yet")) + r")(?P<core>(?P<y>(?!\d\d00\b)" + _YEAR +
     r"))(?=\s+(?:(?!were\b)(?:" + YEAR_SUBJECT_VERBS + r")\b(?!\s+(?:be\s+|been\s+)?(?:killed|injured|wounded|arrested|detained|"
     r"displaced|evacuated|deployed|sent|employed|hired|affected|made|added)\b)|" + YEAR_PAST_VERB + r"))"),
    # A year as the subject of a question, after its auxiliary ("What will 2018 bring?", "Can 2006 be any better?", "How did
    # 2017 end?"): before a word that is no plural nor a counted noun ("will 2015 voters", "has 2015 staff" count) in a
    # sentence that ends in a question mark; not a round hundred.
    ("year_initial", r"(?P<prep>)(?=[12])(?:" + "|".join(rf"(?<=\b{a}\s)" for a in (
        "will", "Will", "would", "Would", "can", "Can", "could", "Could", "did", "Did", "does", "Does", "has", "Has", "might",
        "should", "must")) + r")(?P<core>(?P<y>(?!\d\d00\b)" + _YEAR + r"))(?=\s+(?!" + _PLURAL + r")(?!(?:" + COUNTED_NOUNS +
     r")\b)[a-z]+\b[^.!?\n]{0,80}\?)"),
    # A year as the subject of a reported clause ("forecast 2004 would end well", "said 2005 will be tough", "expects 2009
    # to be worse"): after the verb that reports it, before a time's verb (not "were", a count's: "said 2000 were killed").
    ("year_initial", r"(?P<prep>)(?=[12])(?:" + REPORTING_BEFORE + r")(?P<core>(?P<y>" + _YEAR + r"))(?=\s+(?:(?!were\b)(?:"
     + YEAR_SUBJECT_VERBS + r")\b(?!\s+(?:been\s+)?(?:killed|injured|wounded|arrested|detained|displaced|evacuated)\b)|to\s+be\b))"),
    ("present", r"(?P<prep>)\b(?P<core>(?i:now|currently|current(?!\s+(?:accounts?|affairs)\b)|at\s+present|presently|nowadays|at\s+the\s+moment|"
     r"these\s+days|right\s+now|(?<!\bup\s)to\s+date|(?=the\s+present)(?:(?<=\bto\s)|(?<=\buntil\s)|(?<=\btill\s)|(?<=\bof\s)|(?<=\bin\s)|(?<=\bfor\s))"
     r"the\s+present(?:\s+(?:day|time))?(?=\s*[,.;:)]|\s*$|\s+(?:and|or)\b)|"
     # "from 1990 to the present", "the present day": the noun (a gift is "a present"; "the present crisis" an adjective)
     r"the\s+present\s+(?:day|time)|present-day|"
     # "the present crisis", "its present form": the adjective, as "current" is (not the finance term "present value")
     r"(?:(?<=\b[Tt]he\s)|(?<=\b[Ii]ts\s)|(?<=\btheir\s)|(?<=\bour\s))present(?=\s+(?!value|values|tense|participle|perfect|"
     r"company)[a-z]{3,}\b)))\b(?!\s+that\b)(?!(?<=[Cc]urrent)\s+on\b)(?![-‑]\w)"),     # "now on sale", "currently on trial", not "current on its debts"
    ("vague", r"(?P<prep>)\b(?P<core>(?i:(?:more\s+|most\s+|until\s+)?(?:recently|lately)|(?:in|for)\s+the\s+(?:near\s+|"
     r"foreseeable\s+|immediate\s+|recent\s+|(?:not[-\s](?:too|so)[-\s])?distant\s+)?(?P<side>past|future)|in\s+(?P<side2>future)(?!\s+(?!" + VAGUE_NOUN_FOLLOWERS + r")[a-z])|"
     # "the future of our people" (TimeML's own example), "mistakes of the past", "the country's future": the noun, not
     # the adjective of "the future wife", "the past week" (a rolling window, a pattern of its own)
     r"(?:the\s+(?:near\s+|immediate\s+|recent\s+|(?:not[-\s](?:too|so)[-\s])?distant\s+)?|(?:its|their|his|her|our|your|my)\s+|(?<=['’]s\s))(?P<noun>past|future)"
     r"(?!\s+(?!" + VAGUE_NOUN_FOLLOWERS + r")[a-z])|(?P<adj>recent)(?=\s+[a-z])|"
     # "in those days", "some time ago", "not long ago": a past no count reckons, as "several years ago" is
     r"(?<=\b(?i:in)\s)(?:those|the\s+old)\s+days|(?:(?:some|a\s+long)\s+time|(?:not\s+)?(?:so\s+)?long|a\s+(?:little\s+)?while)\s+ago|(?P<later>(?:(?<=\ba\s)|(?<=\bthe\s))later(?=\s+(?:date|stage|time|point)\b)|"
     r"(?<!-)(?<!\ba\s)(?<!\bthe\s)(?<!\bthan\s)(?<!\bin\s)(?<!\bon\s)(?<!\bof\s)(?<!\bfor\s)(?<!\()" + _NO_UNIT_BEFORE + r"later(?!\s+(?:than|on|in|this|that|today|tonight|the|last|next|\d+)\b)))(?!\s+(?:" + _UNIT + r"|few|couple|"
     r"several|weeks?|months?|\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\b))(?![-\w])"),
    ("century", _PREP + r"\b(?P<core>(?:(?i:the\s+)(?:(?i:early|mid|late)[-\s]+)?|(?i:early|mid|late)-)(?P<c>1\d|2[01]|(?i:eighteenth|nineteenth|twentieth|twenty-first))"
     r"(?:st|nd|rd|th)?[-\s]+(?i:century))\b(?!\s+Fox)"),
    ("holiday", _PREP + r"\b(?P<core>" + _HOLIDAY + r"(?:,?\s+(?P<y>" + _YEAR + r"))?)\b(?!\s+(?:[A-Z]|trees?|"
     r"cards?|carols?|pudding|parade|eggs?|bunny|offensive|truce|message|speech|address|special|presents?|gifts?|"
     r"story|film|movie|songs?|single|number|lights|decorations))(?![-’']\w)"),
    ("historic_day", _PREP + r"(?<![\w/])(?P<core>" + "|".join(re.escape(k) for k in HISTORIC_DAYS) + r")(?![\w/-])"),
    ("ordinal_day", r"(?P<prep>\b(?i:on|by|until|till|since|from|before|after)\s+)(?P<core>(?i:the)\s+(?P<d>[12]\d|3[01]|0?[1-9])"
     r"(?:st|nd|rd|th)(?:\s+of\s+(?P<om>(?i:this|last|next))\s+(?i:month))?)\b(?!\s+(?:of\s+)?(?:" + _MONTH_ANY + r"|[a-z]+|[A-Z]))"),
    # "in the new year" (lower case: "New Year" is the holiday).
    ("new_year", r"(?P<prep>\b(?i:in|into|by|until|till|after|early\s+in|early)\s+)(?P<core>the\s+new\s+year)\b(?![-'’]\w)"),
    ("edge", _PREP + r"\b(?P<core>(?i:the\s+)?(?P<edge>(?i:beginning|start|end|middle|turn|first\s+half|second\s+half|latter\s+half|"
     r"(?:early|earlier|latter|later|last)\s+part|(?:first|opening|early|last|final|closing|dying)\s+(?:few\s+|(?P<en>" + _NUM + r")\s+)?(?:days|weeks|months)|"
     r"(?:first|opening|last|final|closing)\s+day))"
     r"\s+(?i:of)\s+(?P<which>(?i:the\s+year|this\s+year|last\s+year|next\s+year|the\s+month|this\s+month|last\s+month|"
     r"next\s+month|the\s+week|this\s+week|last\s+week|next\s+week|the\s+day|the\s+decade|this\s+decade|"
     r"(?<!turn\sof\s)(?:the\s+last|the|this|last)\s+century)|" + _YEAR + r"|" + _MONTH + r"(?:\s+" + _YEAR + r")?))\b"),
]]
FISCAL_YEAR = dict(PATTERNS)["fiscal_year"]    # what "of fiscal 2009", "of the fiscal year" in a fiscal half are

# Modals of what may come ("the plant may reopen in September", "said it would hold a rally on Sunday"), not their
# past ("would have ended", "may have left"); "May" is a month.
_FUTURE_WORDS = (r"will|'ll|shall|is\s+due|are\s+due|due\s+(?:in|on|by|to)|scheduled|slated|(?:un)?likely\s+to(?!\s+have\b)|"
                 r"set\s+(?:for|to)|plans?\s+to|planned|is\s+to|are\s+to|to\s+be\s+held|expected\s+to|upcoming|"
                 r"intends?\s+to|wants?\s+to|aims?\s+to|hopes?\s+to|seeks?\s+to|(?-i:next)(?!['’]s\b)|forthcoming|"
                 r"(?:aiming|planning|hoping|intending|seeking|wanting)\s+to|(?:is|are|am)\s+going\s+to|"
                 r"expects?|anticipates?|predicts?|forecasts|foresees?")
# A modal governs the verb after it: before the expression it is the expression's clause ("would hold a rally on
# Sunday"), after it most often another's ("Lexmark's loss in court on Tuesday may mean...").
_MODALS = r"(?:would|(?-i:may)|might|should)(?!\s+(?:not\s+)?have\b)"
FUTURE_CUE = re.compile(r"(?i)\b(?:" + _MODALS + "|" + _FUTURE_WORDS + r")\b")
FUTURE_CUE_AFTER = re.compile(r"(?i)\b(?:" + _FUTURE_WORDS + r")\b")
# "Could" before the expression is a possibility ahead as "might" is ("life support could be turned off as early as Friday",
# "workers could take part in a strike earmarked for 23 March"), not a past ability: denied ("could not attend on Monday"),
# limited ("could only watch"), of the senses ("smoke could be seen on Monday") or of a past ("could have left").
COULD_CUE = re.compile(r"(?i)\bcould\b(?!\s+(?:not|never|only|hardly|barely|scarcely|have|see|hear|feel|smell|"
                       r"be\s+(?:seen|heard|felt|smelled|smelt))\b)")
# What may stand between "could" and the expression for the one to govern the other: a few words of its verb phrase, no
# clause break, no event the time may date instead ("could miss the season after dislocating his shoulder in Wednesday's
# draw", "could benefit from a bounce following elections in January"), no verb in the past but a passive's participle
# ("the software it bought in October"; "could be reached in December" is one).
COULD_GAP = re.compile(r"(?:(?!\b(?:after|following|since|before)\b)[^,;:()\"“”]){0,50}")
# "Forecasts" right after a time is the noun the time names ("beats Q3 forecasts", "2005 forecasts"), no verb looking ahead.
NAMED_FORECAST = re.compile(r"(?i)\s+forecasts\b")
# The irregular past forms the PETRARCH reader knows ("took", "met", "fell"; codes/petrarch/syntax.py), lower case
# only ("Rose" is a name), less those that are as often nouns or adverbs ("ground", "saw", "left", "bit", "bore").
IRREGULAR_PAST = sorted({f.lower() for forms in IRREGULAR.values() for f in forms.split()} -
                        {"has", "ground", "saw", "left", "bit", "bore", "borne"}, key=len, reverse=True)
# A regular past form is a word of four letters or more in "-ed", lower case ("the Fed", "Manchester United" are
# names), that is no "-eed" verb or noun in the present ("need", "exceed", "speed") nor an adjective ("hundred").
NOT_PAST_ED = r"(?!(?:\w*[^r]eed|shed|hundred|kindred|hatred|sacred|naked|wicked|wretched|rugged|ragged)\b)"
# After a determiner a participle of expectation is an adjective that looks ahead, no past ("the anticipated
# election in May", "the expected 5 May poll").
_AFTER_DETERMINER = "(?:" + "|".join(rf"(?<=\b{d}\s)" for d in ("the", "The", "a", "an", "its", "their", "his", "her", "our")) + ")"
EXPECTED_ADJECTIVE = r"(?!(?=(?:expected|anticipated|proposed|predicted|projected)\b)" + _AFTER_DETERMINER + ")"
_PAST_FORMS = r"\b" + NOT_PAST_ED + EXPECTED_ADJECTIVE + r"[a-z]\w+ed\b|\b(?:" + word_alternation(IRREGULAR_PAST) + r")\b"
# "Has yet to" says what has not happened, "has to" what must: no past ("Blair has yet to name the day, but pundits bet on 5
# May", "the firm has to pay the fine by Friday").
PAST_CUE = re.compile(r"(?i:\b(?:(?:was|were|had|did)(?:n['’]t)?|(?:has|have)(?:n['’]t)?(?!\s+(?:yet\s+to|to|until|till)\b)|said|"
                      r"says|told)\b)|" + _PAST_FORMS)
# The verb of an attribution after the quote it reports ('"I aim to be fit by 18 April," he said'): the time of
# the saying, not of what is said, so it gives the expression in the quote no tense.
ATTRIBUTION_VERBS = {"said", "says", "told", "added"}
ATTRIBUTION_BREAK = re.compile(r"[,.!?]?[\"”]")     # the quote's close: not "On Monday, his spokesman said"
# Verbs that report what someone said, thought or foresaw, in the past: the clause they govern has its own tense, which
# its verb after the expression gives ("Virgin Blue said profits for the year to March would be lower": the coming March;
# "the CBO warned the deficit in 2006 will widen").
REPORTING_PAST = ATTRIBUTION_VERBS | {"warned", "predicted", "announced", "reported", "claimed", "insisted", "argued",
                                      "suggested", "estimated", "believed", "feared", "stated", "confirmed", "indicated",
                                      "signalled", "signaled", "forecast", "projected", "expected", "thought", "hoped"}
# What opens the reported clause between the reporting verb and the expression: a subject, not an adjunct of the saying
# ("said on Monday", "told reporters in Paris on Friday", "said last week").
REPORTED_ADJUNCT = re.compile(r"(?i)\s*(?:(?:on|in|at|during|by|after|before|since|from|late|early|earlier|later|last|this|"
                              r"yesterday|today|tonight|again|also|then|previously|recently|reporters|journalists|"
                              r"(?:him|her|them|us|me)(?=\s+(?:on|in|at|during|last|this)\b))\b|[,;:(\"“])")
# The reported clause's own verb after the expression: a future, or "would" as the future told in the past (not
# "would have"), before any verb in the past and any clause break.
# (not a weekday: "said the attack on Monday would not deter them" tells of the Monday gone by as often as of the next)
WEEKDAY_WORD = re.compile(r"\b" + _WEEKDAY + r"\b")
REPORTED_FUTURE = re.compile(r"(?i)[^,;:()\"“”]{0,60}?\b(?:would(?!\s+(?:not\s+)?have\b)|" + _FUTURE_WORDS + r")\b")
PAST_VERB = re.compile(_PAST_FORMS)     # a verb's own past form, no auxiliary ("has been scheduled" is no past)
# A past form before the noun it modifies is an adjective, no past of the clause, where an article or a possessive
# stands before it ("will present the revised budget on Tuesday", "are preparing for the planned strike on Monday") or
# an infinitive's verb whose object the noun is ("to implement proposed recommendations in August"); not after a verb
# that takes a participle ("to have finished", "to get married", "to remain closed").
PARTICIPLE_TAKERS = frozenset({"have", "get", "become", "seem", "remain", "stay", "keep", "feel", "look", "appear", "go", "come"})
ADJECTIVE_PARTICIPLE_BEFORE = re.compile(r"(?i)(?:\bto\s+(?:" + "|".join(sorted(BARE_VERBS - PARTICIPLE_TAKERS)) + r")|"
                                         r"\b(?:the|a|an|its|their|his|our|my|your))\s+$")
NOUN_AFTER = re.compile(r"\s+(?!(?:in|on|at|by|for|from|to|with|into|onto|of|off|out|up|down|over|back|away|about|the|a|an|"
                        r"and|or|but|that|which|as|than|it|them|him|her|his|its|their|this|these|those|until|till|before|after)\b)"
                        r"[a-z]{3,}\b")
# A participle after "will be", "to be", "has been" belongs to the verb group, not to the past; after "is" or
# "are" it is a present passive ("the election is expected", "the plant is not located"), after "stay", "remain" or
# "keep" an adjective ("schools would stay closed until ..."), after "if" or "unless" a condition ("if not agreed by then").
PASSIVE_REACH = 60     # characters: "isn't", "is not", "if not" and an adverb in -ly before the participle
PASSIVE_BEFORE = re.compile(r"(?i)\b(?:(?:be|been|being|is|are|am|stay|stays|remain|remains|keep|keeps)(?:\s+not|n['’]t)?|"
                            r"if(?:\s+not)?|unless)\s+"
                            r"(?:(?:\w+ly|now|still|also|already|again|not)\s+){0,2}$")     # "is now expected by mid-March"
# A participle that names, right after a comma, opens a phrase set off from the clause ("the Xbox 2, codenamed
# Xenon, for the E3 show in May"): no tense of the clause (words.NAMING_PARTICIPLES).
APPOSITION_BEFORE = re.compile(r"\w,\s+$")
# Words that schedule what they govern whatever the tense of the sentence ("has been scheduled for", "is
# expected on 5 May", "was postponed until June": a new date is one not yet reached).
SCHEDULED = re.compile(r"(?i)\b(?:scheduled|slated|set\s+for|due\s+(?:in|on|by|for)|planned\s+for|deadlines?|"
                       r"(?:(?:is|are|be)\s+|\b\w+ly\s+)(?:expected|tipped)\s+(?:on|in|by|at|before|until|for))\b")     # "the election, widely expected on 5 May", "widely tipped for 5 May"
# A new date: what was postponed, moved or extended until or to it ("the vote was moved to June") is not yet reached.
_RESCHEDULING = (r"(?i)\b(?:postponed|delayed|put\s+off|put\s+back|pushed\s+back|moved|brought\s+forward|rescheduled|deferred|"
                 r"adjourned|extended)")
RESCHEDULED = re.compile(_RESCHEDULING + r"(?:\s+[\w-]+){0,3}?\s+(?:until|till|to)\s+" + RANGE_HEDGE + "$")
RESCHEDULED_VERB = re.compile(_RESCHEDULING + r"\b")
# "delayed the festival from May to July", "put off the launch from March until June": the dates a verb moves a thing
# between, no span: the new date is the next one ahead, the old one the one of its name nearest it (either side);
# not after "had" ("had been postponed from May": a past plan), nor weekdays ("adjourned from Monday to Thursday")
MOVED_FROM = re.compile(_RESCHEDULING + r"(?:\s+[\w'’-]+){0,6}?\s+$")
PLUPERFECT_BEFORE = re.compile(r"(?i)\bhad\s+(?:been\s+)?$")
# A headline's "to" and a verb in its bare form, after a noun ("Iraq vote to go ahead on Jan. 30"): the headline's future
# tense; not "to" after a verb of motion or change ("Oil rises to record"), whose noun is no bare verb.
HEADLINE_INFINITIVE = re.compile(r"(?i)(?<!\bdue\s)(?<!\bhas\s)(?<!\bhave\s)(?<!\bhad\s)\bto\s+(?:be\s+)?(?:" +
                                 "|".join(sorted(BARE_VERBS)) + r")\b")
# A plan told in the past ("the BPI had planned to include downloads from 20 March", "she had hoped to run in March"): what
# was planned may lie either side of the time of writing, as a timetable in the past tense may.
PAST_PLAN = re.compile(r"(?i)(?:planned|intended|hoped|aimed|wanted)\s+to\b")
# A timetable in the past tense ("was due for release on", "had been scheduled for"): the date may have passed.
PAST_SCHEDULE = re.compile(r"(?i)\b(?:was|were|had\s+been)\s+(?:\w+\s+)?(?:scheduled|slated|set|due|planned|expected)\b[^,;:()]{0,40}$")
# Verbs of timetabled events: in the simple present of a body sentence with no other tense cue they speak of
# what is to come ("the sides meet on Wednesday", "the summit opens on Monday"); a headline's simple present is
# the past ("Brown visits slum"), so the first line of a text never counts.
# A determiner before the word makes it a noun ("the vote took place", "its return"): no verb of the present then.
_NOT_A_NOUN = "".join(rf"(?<!\b{d}\s)" for d in ("the", "The", "a", "A", "an", "its", "his", "her", "their", "our", "this"))
SCHEDULE_PRESENT = re.compile(r"(?i)" + _NOT_A_NOUN + r"(?<!['’]s\s)\b(?:meets?|plays?|faces?|hosts?|opens?|starts?|begins?|resumes?|votes?|"
                              r"kicks?\s+off|takes?\s+place|goes\s+to\s+the\s+polls|go\s+to\s+the\s+polls|"
                              r"arrives?|travels?|returns?|reconvenes?|convenes?|gets?\s+under\s?way|ends?|expires?|reopens?|closes?|concludes?|"
                              r"visits?|airs|appears?(?!\s+to\b)|continues?(?!\s+to\b)|testif(?:y|ies)|premieres|debuts|departs?|leaves|flies|sits|"
                              r"hears|launches|unveils?|holds|publishes|announces?|delivers?|sails|celebrates?|"
                              r"wraps?\s+up|goes\s+(?:before|on\s+(?:trial|sale|air|strike))|stands?\s+trial|"
                              r"takes?\s+effect|comes?\s+into\s+(?:force|effect)|goes\s+into\s+effect)\b")
# A weekday, weekend or month a present copula or an arrangement in the present progressive governs is the coming one
# ("the summit is on Monday", "the minister is visiting Paris on Monday", "the final is at the weekend", "elections are in
# March"), where nothing else gives the clause a tense.
ARRANGED_BEFORE = re.compile(r"(?i)\b(?:is|are)\s+(?:(?:\w+ly|also|still)\s+)?(?:(?:meeting|playing|facing|hosting|opening|starting|"
                             r"beginning|resuming|voting|travell?ing|returning|visiting|holding|flying|leaving|heading|"
                             r"attending|addressing|launching|unveiling|announcing|releasing|publishing|"
                             # an awaiting in the progressive ("fans are hoping for a win on Saturday", "the city is bracing for storms")
                             r"hoping|preparing|bracing|waiting|gearing\s+up|expecting|looking\s+forward)\b[^,;:()]{0,40})?$")
# Where a timetabled verb in the simple present after a clause in the past is the expression's own: right after the
# clause closes or a relative pronoun opens one ("the trial, which opened on 2 March, resumes on Monday"; "the deal,
# signed on Monday, takes effect on Friday"); not a noun ("sparkling starts at the Masters on Thursday").
CLAUSE_OPENS = re.compile(r"(?:,|\b(?:which|that|who))\s+(?=[a-z])")
# How far a timetabled verb may stand before the expression to be its verb ("Spain meet England in the Bernabeu on
# Wednesday"), not a noun of the subject ("early returns in Indonesia's presidential elections Monday gave..."); a
# comma before a capitalised word qualifies a place ("takes place at Oakland Hills, Michigan from 17-19 September").
OWN_VERB_GAP = re.compile(r"(?:[^,;:()]|,(?=\s+[A-Z][a-z])){0,40}")
# (a sentence may open with a figure, "2018 calendar. 7/8 April: Brands Hatch", after a lower-case word of three letters
# or more or a bracket: not after an abbreviation, "Oct. 5", "Sept. 11", "No. 10", "p.m. 7", "Corp. 2004")
# A time of day's "a.m."/"p.m." before the day or month it falls on, or its time zone, ends no sentence ("will host the
# forum from 1-3 p.m. Saturday", "at 9 a.m. Monday", "at 5 p.m. GMT on Friday").
_CLOCK_THEN_DAY = r"(?<=\b[ap]\.m)\.[^\S\n]+(?:" + _WEEKDAY + "|" + _MONTH_ANY + r"|(?:GMT|UTC|BST|CET|[ECMP][SD]?T)\b)"
CLOCK_THEN_DAY = re.compile(_CLOCK_THEN_DAY)
SENTENCE_END = re.compile(r"(?!" + _CLOCK_THEN_DAY + ")" + r"[.!?][\"”’)]*\s+(?=[A-Z“\"])|(?:(?<=[a-z]{4}[.!?])|(?<=[\s(][a-z]{3}[.!?])|(?<=\)[.!?]))[^\S\n]+(?=\d)|\n")


@dataclass
class Interval:
    date: date              # the representative day (see the module docstring)
    end: date | None        # the last day covered, None for a single day
    granularity: str
    first: date | None = None   # the first day covered, when it differs from ``date``
    label: str | None = None    # the TIMEX3 value where the days cannot say it (a reported fiscal quarter's "FY2005-Q1")

    @property
    def start(self) -> date:
        return self.first or self.date


def dp_parse(text: str, published: date, future: bool = False) -> date | None:
    """dateparser anchored at noon of the publication day (so "an hour ago" stays on that day)."""
    return _dp_parse(text, published, future)


@functools.lru_cache(maxsize=4096)
def _dp_parse(text: str, published: date, future: bool) -> date | None:
    settings = {"RELATIVE_BASE": datetime(published.year, published.month, published.day, 12),
                "PREFER_DATES_FROM": "future" if future else "past", "RETURN_AS_TIMEZONE_AWARE": False}
    try:
        parsed = dateparser.parse(text, languages=["en"], settings=settings)
    except (ValueError, OverflowError, TypeError):  # dateparser raises on odd input; no date then
        return None
    return parsed.date() if parsed else None


# A day and month, in either order, with or without a year ("5 March", "the 5th of March", "Mar. 5, 2004"): read
# here rather than by dateparser (2 ms a call, and every article has its own publication date to anchor on).
CALENDAR_DAY = re.compile(r"(?i)^(?:the\s+)?(?:(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>[a-z]+)\.?|(?P<m2>[a-z]+)\.?\s+"
                          r"(?:the\s+)?(?P<d2>\d{1,2})(?:st|nd|rd|th)?)(?:,?\s+(?P<y>\d{4}))?$")
RELATIVE_DAYS = {"yesterday": -1, "tomorrow": 1, "the day before yesterday": -2, "the day after tomorrow": 2}


def calendar_day(text: str, published: date, future: bool) -> date | None:
    """The day ``text`` names: in its year, else the nearest one on or before publication (on or after it when the
    clause looks ahead); dateparser for what this does not read."""
    m = CALENDAR_DAY.match(" ".join(text.split()))
    if m is None or (m["m"] or m["m2"]).lower()[:3] not in _MONTH_KEYS:
        return dp_parse(text, published, future)
    month, day = month_number(m["m"] or m["m2"]), int(m["d"] or m["d2"])
    try:
        if m["y"]:
            return date(int(m["y"]), month, day)
        found = date(published.year, month, day)
    except ValueError:      # 31 April; 29 February outside a leap year
        return dp_parse(text, published, future)
    if future and found < published:
        found = _same_day_in(found, published.year + 1)
    elif not future and found > published:
        found = _same_day_in(found, published.year - 1)
    return found


def _same_day_in(day: date, year: int) -> date | None:
    try:
        return day.replace(year=year)
    except ValueError:
        return None


def days_ago(n: int, unit: str, published: date) -> date:
    """"three days ago", "two months ago", "36 hours ago" (counted from noon of the publication day)."""
    if unit == "hour":
        return (datetime(published.year, published.month, published.day, 12) - timedelta(hours=n)).date()
    return published - _delta(unit, n)


def month_interval(year: int, month: int) -> Interval:
    return Interval(date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]), "month")


def year_interval(year: int) -> Interval:
    return Interval(date(year, 1, 1), date(year, 12, 31), "year")


def week_interval(day: date) -> Interval:
    monday = day - timedelta(days=day.weekday())
    return Interval(monday, monday + timedelta(days=6), "week")


def month_number(name: str) -> int:
    key = name.rstrip(".")[:3].lower()
    return [m[:3].lower() for m in MONTH_NAMES].index(key) + 1


def number_value(word: str) -> int:
    word = " ".join(word.lower().split())
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word, 1)


# remembered: the rules below ask for the same expression's sentence several times (its tense, its preposition, its verb)
@functools.lru_cache(maxsize=4096)
def _sentence_start(text: str, start: int, reach: int = 600) -> int:
    """Where the sentence holding ``start`` begins (looking back at most ``reach`` characters). The end of the
    sentence before counts when it is right before ``start``: its lookahead needs the first letter after it."""
    lo = max(0, start - reach)
    return max((m.end() for m in SENTENCE_END.finditer(text, lo, min(len(text), start + 1)) if m.end() <= start
                and not CLOCK_THEN_DAY.match(text, m.start())), default=lo)     # (the search ends before the day's name)


# What may stand between a scheduling word and the expression it schedules: a few words, no clause break.
SCHEDULE_GAP = re.compile(r"[^,;:()]{0,25}")


def _scheduled(before: str, after: str) -> bool:
    """A scheduling word right before the expression ("set for April") or after it in the same clause ("a June 3
    hearing has been scheduled"); not one that schedules another expression ("planned for Thursday, was
    cancelled on Tuesday") or another verb ("the deadline passed on Friday"), nor one whose own verb is past ("the
    March 2 deadline passed")."""
    last = None
    for last in SCHEDULED.finditer(before):
        pass
    if (last is not None and _gap(before[last.end():])) or RESCHEDULED.search(before):
        return True
    first = SCHEDULED.search(after)
    if first is None or not _gap(after[:first.start()]):
        return False
    rest = after[first.end():]
    # "the March 2 deadline passed", "the June hearing was adjourned": the scheduled thing's own verb tells it is past
    return not PAST_CUE.match(rest, len(rest) - len(rest.lstrip()))


def _gap(words: str) -> bool:
    """Words a scheduling word reaches across: short, no clause break, no verb in the past ("the deadline for bids
    passed on Friday")."""
    return SCHEDULE_GAP.fullmatch(words) is not None and PAST_VERB.search(words) is None


def _adjectival(words: str, m: re.Match) -> bool:
    """A past form ``m`` that modifies the noun after it ("the revised budget", "to implement proposed measures")."""
    return ADJECTIVE_PARTICIPLE_BEFORE.search(words, max(0, m.start() - 30), m.start()) is not None and \
        NOUN_AFTER.match(words, m.end()) is not None


def _passive(words: str, at: int) -> bool:
    """A participle at ``at`` after "be"/"is"/"if" ("is expected", "if approved"): no past. Read in the few words
    before it, not the whole clause (the same answer, for a fraction of the time)."""
    return PASSIVE_BEFORE.search(words, max(0, at - PASSIVE_REACH), at) is not None


# A present progressive after a verb of saying, the expression after it in its clause: what is said is under way or
# arranged, no past.
REPORTED_PROGRESSIVE = re.compile(r"(?i)\b(?:is|are|am|['’]re|['’]s)\s+(?:\w+ly\s+|still\s+|now\s+)?[a-z]{2,}ing\b(?!\s+(?:of|for)\b)")


# A quotation opening after a colon or a comma ("clarified his position: “We believe ...", 'said, "we will'), not a
# term in quotes ('for a "mini-summit" Sunday'):
# the speaker's words have their own tense, not the reporting clause's.
QUOTE_OPENS = re.compile(r"(?:^|(?<=[:,])\s*)[“\"](?=\w)")
QUOTE_CLOSES = re.compile(r"[”\"]")


# A clause in the simple present opening after a past verb, the expression in it ("suspended reservations as it studies
# its operation until May 1", "had written ... so that farmers do not suffer during the season commencing from June 1"):
# the past is the other clause's, the time lies either side.
PRESENT_CLAUSE_OPENS = re.compile(r"\b(?:as|while|because|so\s+that|where|unless|if|once)\s+(?:it|he|she|they|we|you|I|this|"
                                  r"(?:the\s+)?[a-z]+s)\s+(?:is|are|am|does|do|(?!(?:was|has|is|says|its|this|thus|as|us|less)\b)"
                                  r"[a-z]{3,}(?<!s)s)\b(?!\s+(?:been|had)\b)(?![^,;:()]*[,;:()])")


def _quotation_open(before: str) -> int | None:
    """Where a quotation still open at the end of ``before`` begins (after its mark), if one is."""
    opened = None
    for opened in QUOTE_OPENS.finditer(before):
        pass
    if opened is None or QUOTE_CLOSES.search(before, opened.end()):
        return None
    return opened.end()


def tense_of(text: str, start: int, end: int) -> str | None:
    """"future", "past" or None: the nearest tense cue before the expression in its sentence, else a timetabled
    verb in the simple present before it ("the sides meet on Wednesday"), else the first cue after it ("will
    meet on Monday" vs "met on Monday"); "forecast" for a forecast told in the past after it ("Friday's report was
    expected to show"), which the caller reads by the expression's unit."""
    s = _sentence_start(text, start)
    e = next((m.start() for m in SENTENCE_END.finditer(text, end)), len(text))
    before = text[s:start]
    after = text[end:e]
    if (quote := _quotation_open(before)) is not None:
        before = before[quote:]     # 'AMLO clarified his position: "we believe ... after the July 1 elections"'
    if _scheduled(before[-40:], after[:60]):
        if PAST_SCHEDULE.search(before[-60:]):
            return None         # "the vote was scheduled for 24 January": a timetable told in the past, either side
        return "future"         # "a summit set for April", "a June 3 hearing has been scheduled"
    # (start, end, tense) of each cue; of two at one word the longer reads it ("expected to cut" looks ahead, in a
    # headline's "Fed expected to cut rates in December" as after "is")
    cues = [(m.start(), m.end(), "future") for m in FUTURE_CUE.finditer(before)] + \
        [(m.start(), m.end(), "future") for m in COULD_CUE.finditer(before)
         if COULD_GAP.fullmatch(before, m.end()) and
         not any(not _passive(before, v.start()) for v in PAST_VERB.finditer(before, m.end()))] + \
        [(m.start(), m.end(), "past") for m in PAST_CUE.finditer(before) if not _passive(before, m.start())
         and not (m.group(0).lower() in NAMING_PARTICIPLES and APPOSITION_BEFORE.search(before[:m.start()]))
         and not _adjectival(before, m)]
    headline = s == 0 and text.find("\n", end) >= 0     # a headline's simple present is the past
    if headline and not cues and HEADLINE_INFINITIVE.search(before):
        # "Rules for overtime pay to take effect Monday", "Russians to see lunar eclipse Thursday": read as a forecast, the
        # coming weekday, a month or quarter the nearer one ("MCI to take charge in 3Q" is the quarter just ended)
        return "forecast"
    if cues and (last_cue := max(cues))[2] == "past" and before[last_cue[0]:last_cue[1]].lower() in ATTRIBUTION_VERBS and \
            REPORTED_PROGRESSIVE.search(before, last_cue[1]):
        cues = []   # "she says they are looking at guidelines by the end of the year": the saying dates nothing
    if cues and (last_cue := max(cues))[2] == "past" and before[last_cue[0]:last_cue[1]].lower() in REPORTING_PAST and \
            not REPORTED_ADJUNCT.match(before, last_cue[1]) and not WEEKDAY_WORD.search(text, start, end) and \
            (ahead := REPORTED_FUTURE.match(after)) and \
            not any(not _passive(after, p.start()) and not _adjectival(after, p) for p in PAST_CUE.finditer(after, 0, ahead.end())):
        return "future"     # "said profits for the year to March would be lower": the reported clause's own future
    if cues:
        last_cue = max(cues)
        if last_cue[2] == "past" and PAST_PLAN.match(before, last_cue[0]):
            return None     # "had planned to include downloads from 20 March": either side
        if last_cue[2] == "past" and PRESENT_CLAUSE_OPENS.search(before, last_cue[1]):
            return None     # "suspended reservations as it studies its operation until May 1": the clause's present, either side
        own = None
        if len(before) - last_cue[0] < 160 and not headline:
            for opens in CLAUSE_OPENS.finditer(before, last_cue[0] + 1):   # a timetabled verb opening a clause after it
                own = SCHEDULE_PRESENT.match(before, opens.end()) or own
        if own and OWN_VERB_GAP.fullmatch(before, own.end()) and not PAST_CUE.match(after, len(after) - len(after.lstrip())):
            return "future"     # the expression's own verb after an earlier clause's ("which opened ..., resumes on Monday")
        return last_cue[2]
    right_after = PAST_CUE.match(after, len(after) - len(after.lstrip()))     # "...elections Monday gave a lead"
    timetabled = None if headline else SCHEDULE_PRESENT.search(before)
    if timetabled and OWN_VERB_GAP.fullmatch(before, timetabled.end()) and not right_after:
        return "future"     # the expression's own verb, before any after it ("auditions begin on Thursday, under a deal struck...")
    fut = FUTURE_CUE_AFTER.search(after)
    if fut and NAMED_FORECAST.match(after):
        fut = FUTURE_CUE_AFTER.search(after, fut.end())     # "BP beats Q3 forecasts": the forecasts the time names, no verb
    past = next((m for m in PAST_CUE.finditer(after) if not _passive(after, m.start()) and not _adjectival(after, m) and not
                 (m.group(0).lower() in ATTRIBUTION_VERBS and (ATTRIBUTION_BREAK.search(after, 0, m.start()) or
                                                               _trailing_attribution(after, m)))), None)
    if fut and (not past or fut.start() < past.start() or
                (past.group(0).lower() in ("was", "were") and re.fullmatch(r"\s+", after[past.end():fut.start()]))):
        # "Friday's jobs report was expected to show", "the vote on Monday was due to": a forecast told in the past
        # looks ahead as its present does (as "were expected to appear on Thursday" before the time already does)
        return "future" if not past or fut.start() < past.start() else "forecast"
    if past:
        return "past"
    return "future" if timetabled else None


# An attribution closing the sentence after a comma ("the vote is on Thursday, the party said", "..., officials told
# reporters on Monday."): the time of the saying, which dates nothing of the clause it reports, as after a quote's close
# (not one set off mid-sentence, "On Monday, the spokesman said, the prime minister ...", whose time may be the saying's).
TRAILING_SUBJECT = re.compile(r",[^\S\n]+(?:[\w'’.-]+[^\S\n]+){1,6}$")
ATTRIBUTION_END = re.compile(r"(?:[^\S\n]+(?:reporters|journalists|him|her|them|the\s+\w+|\w+))?[^\S\n]*(?:$|[.!?]|"
                             r"(?:on|in|at|last|yesterday|today|this|earlier|late)\b)")


def _trailing_attribution(after: str, verb: re.Match) -> bool:
    """An attribution verb ``verb`` after ", <a few words>" at the end of the sentence ``after`` ends: no tense for what
    comes before it."""
    return TRAILING_SUBJECT.search(after, 0, verb.start()) is not None and \
        ATTRIBUTION_END.match(after, verb.end()) is not None


# The figures of a month, told after it ends ("December sales", "the March reading", "November's jobs data").
MONTH_FIGURES_AFTER = re.compile(r"(?:['’]s)?[^\S\n]+(?:[a-z][a-z-]+[^\S\n]+){0,2}?(?:sales|figures|data|results|earnings|profits?|"
                                 r"revenues?|exports|imports|output|production|prices|shipments|deliveries|reading|numbers|"
                                 r"statistics|survey|index|inflation|payrolls|trade|orders|approvals)\b")


def _nearest_year(day: date, published: date) -> date:
    """The day and month in the year that puts them nearest the publication date (the earlier one on a tie):
    with no tense to say which side, "5 May" in February is this May, "20 December" in January last December."""
    candidates = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            candidates.append(day.replace(year=year))
        except ValueError:      # 29 February
            continue
    return min(candidates, key=lambda c: (abs((c - published).days), c > published)) if candidates else day


def _month_on_side(published: date, month: int, future: bool, strictly_before: bool = False) -> Interval:
    year = published.year
    if future:
        if month < published.month:
            year += 1
    elif month > published.month or (strictly_before and month == published.month):
        year -= 1
    return month_interval(year, month)


MONTH_PARTS = {"early": (1, 10, 5), "mid": (11, 20, 15), "the middle of": (11, 20, 15), "late": (21, 31, 25),
               "the beginning of": (1, 5, 1), "the start of": (1, 5, 1), "the end of": (27, 31, 31),
               "the turn of": (27, 31, 31)}
# Parts of a year as (first month, last month, representative month, representative day).
YEAR_PARTS = {"early": (1, 4, 3, 1), "mid": (5, 8, 7, 1), "the middle of": (5, 8, 7, 1), "late": (9, 12, 11, 1),
              "the beginning of": (1, 1, 1, 1), "the start of": (1, 1, 1, 1), "the end of": (12, 12, 12, 31),
              "the turn of": (12, 12, 12, 31), "first half": (1, 6, 1, 1), "second half": (7, 12, 7, 1)}


def _part(whole: Interval, part: str) -> Interval:
    """early/mid/late, beginning/end of a month or a year: the part's days, dated at its middle
    ("mid-March" the 15th), or at its edge for beginning and end."""
    part = " ".join(part.lower().split())
    part = "the end of" if part == "end" else part      # "end-March", "end-2008" (the agencies' shorthand)
    if whole.granularity == "year":
        y = whole.date.year
        first, last, rep_month, rep_day = YEAR_PARTS.get(part, YEAR_PARTS["mid"])
        return Interval(date(y, rep_month, rep_day), month_interval(y, last).end, "part", date(y, first, 1))
    if whole.granularity != "month":  # a week: its first, middle or last days, valued as the week (TIMEX3 does)
        start, end = whole.date, whole.end or whole.date
        if part in ("the beginning of", "the start of", "early"):
            return Interval(start, start + timedelta(days=1), "week", start)
        if part in ("the end of", "the turn of", "late"):
            return Interval(end, end, "week", end - timedelta(days=1))
        middle = start + (end - start) / 2
        return Interval(middle, middle, "week", middle)
    last_day = (whole.end or whole.date).day
    first, last, rep = MONTH_PARTS.get(part, MONTH_PARTS["mid"])
    first, last = min(first, last_day), min(last, last_day)
    if part in ("the end of", "the turn of"):
        first, rep = last_day - 4, last_day
    return Interval(whole.date.replace(day=min(rep, last_day)), whole.date.replace(day=last),
                    "part", whole.date.replace(day=first))


def _named_year(which: str, published: date) -> int:
    which = " ".join(which.lower().split())
    if which.isdigit():
        return int(which)
    return published.year + {"last year": -1, "next year": 1}.get(which, 0)


# A year named right after a month or day that has none ("in March last year", "on 5 May this year"): the two are
# read apart (TIMEX3 tags "last year" on its own), but the month lies in that year.
YEAR_NAMED_AFTER = re.compile(r"\s+(?:(?i:of)\s+)?(?P<which>(?i:last|this|next)\s+year)\b(?!['’]s)|"
                              r"\s+(?i:in|of)\s+(?P<year>" + _YEAR + r")\b(?![-–/]\d)(?!\s*(?:%|percent))")     # "held in February in 1974"


WEEK_NAMED_AFTER = re.compile(r"\s+(?i:of)\s+(?P<which>(?i:last|this|next))\s+(?i:week)\b")


def _year_named_after(m: re.Match, published: date) -> int | None:
    after = YEAR_NAMED_AFTER.match(m.string, m.end())
    return _named_year(after.group("which") or after.group("year"), published) if after else None


# What joins a month or season with no year to the next, which has one ("June and July 2008", "between June and August 2008").
PARTNER_LINK = re.compile(r"\s*(?:,|and|or|to|through|until|till|-|–)\s*")


def _partner_year(text: str, m: re.Match, partner: re.Match, first_month: int) -> int | None:
    """The year of a month or season named next with its year, right after ``m``: the year ``m`` lies in (the one before
    when ``m`` comes later in the calendar: "December and January 2009")."""
    groups = partner.groupdict()
    if not groups.get("y") or not (groups.get("month") or groups.get("season")) or \
            not PARTNER_LINK.fullmatch(text, m.end(), partner.start()):
        return None
    other = month_number(groups["month"]) if groups.get("month") else SEASONS[groups["season"].lower()][1]
    return int(groups["y"]) - (first_month > other)


# "in January of that year", "the spring of that year", "in March the following year", "June of the previous year": the
# month or season in the year spoken of last, or in the year after or before it
THAT_YEAR_AFTER = re.compile(r"\s+(?:(?i:of)\s+)?(?P<which>(?i:that|the\s+same|the\s+following|the\s+next|the\s+previous|"
                             r"the\s+preceding))\s+(?i:year)\b(?![-\w])")


def _years_on(interval: Interval, years: int) -> Interval:
    """The interval ``years`` years later (earlier where negative), a winter's end with it."""
    def move(d: date | None) -> date | None:
        return d if d is None else d + relativedelta(years=years)
    return Interval(move(interval.date), move(interval.end), interval.granularity, move(interval.first))


def _in_year(interval: Interval, year: int) -> Interval:
    """The same days of the calendar in ``year``."""
    def move(d: date | None) -> date | None:
        return d if d is None else d.replace(year=year, day=min(d.day, calendar.monthrange(year, d.month)[1]))
    return Interval(move(interval.date), move(interval.end), interval.granularity, move(interval.first))


def resolve(name: str, m: re.Match, published: date, future: bool, tense: str | None = None) -> Interval | None:
    """The interval one matched expression stands for (None when it cannot be resolved)."""
    if (name in ("day_month", "month", "month_modifier", "month_genitive", "month_part") or
            (name == "season" and not m.group("y"))) and (year := _year_named_after(m, published)):
        interval = _resolve(name, m, date(year, 12, 31), False, "past")    # that day or month of the year named
        return _in_year(interval, year) if interval is not None else None
    if name == "weekday" and (week := WEEK_NAMED_AFTER.match(m.string, m.end())):     # "on Monday of last week"
        monday = published - timedelta(days=published.weekday())
        step = {"last": -7, "next": 7}.get(week.group("which").lower(), 0)
        return Interval(monday + timedelta(days=step + WEEKDAY_NAMES.index(m.group("weekday"))), None, "day")
    return _resolve(name, m, published, future, tense)


def _resolve(name: str, m: re.Match, published: date, future: bool, tense: str | None = None) -> Interval | None:
    g = m.groupdict()
    core = g["core"]
    if name == "iso":
        try:
            return Interval(date(int(g["y"]), int(g["m"]), int(g["d"])), None, "day")
        except ValueError:
            return None
    if name in ("full_date", "day_month"):
        day = calendar_day(core, published, future)
        if day and future and name == "day_month" and day.year == published.year + 1 and \
                (day.month, day.day) == (published.month, published.day):
            day = published     # "will be held on 16 March" written on 16 March: that day, not next year's
        if day and name == "day_month" and tense is None:
            day = _nearest_year(day, published)     # a headline's "Brown names 16 March for Budget"
        return Interval(day, None, "day") if day else None
    if name == "month_year":
        return month_interval(int(g["y"]), month_number(g["month"]))
    if name in ("month", "month_modifier", "month_genitive"):
        prep = " ".join((g["prep"] or "").lower().split())
        month = month_number(g["month"])
        if prep.endswith("to") and month == 5:
            return None     # "spoke to May": a name more often than a month
        if prep == "next":
            return _month_on_side(published, month, True, strictly_before=False)
        if prep == "last":
            return _month_on_side(published, month, False, strictly_before=True)
        if tense is None or name == "month_genitive" or name == "month_modifier" and tense != "past" and \
                MONTH_FIGURES_AFTER.match(m.string, m.end()):
            # no verb says which side, or the month names a thing rather than dating the clause ("banks face hard times
            # after December's tsunami"), or a month's figures awaited ("its December sales are expected to beat
            # forecasts", written in February: figures come out after their month ends): the nearer one ("Budget in
            # March" written in February); an occasion in a clause looking ahead is the coming one ("is set to move during
            # the January transfer window"), one in a clause looking back the last ("sales recovered after a strong December")
            ahead = (month - published.month) % 12
            return _month_on_side(published, month, 0 < ahead < 6)
        return _month_on_side(published, month, future)
    if name == "month_part":
        month = month_number(g["month"])
        # no verb to say which side: the nearer one, as for a bare month ("a decision is expected by mid-March")
        ahead = future if tense is not None else 0 < (month - published.month) % 12 < 6
        whole = month_interval(int(g["y"]), month) if g.get("y") else _month_on_side(published, month, ahead)
        return _part(whole, g["part"])
    if name == "short_year":    # the latest such year not past next year: "in '98" 1998, "in '03" 2003
        year = 2000 + int(g["yy"])
        return year_interval(year if year <= published.year + 1 else year - 100)
    if name in ("year", "year_after"):
        return year_interval(int(g["y"]))
    if name == "historic_day":
        named = re.search(r"\b([A-Z][a-z]+)\s+$", m.string[max(0, m.start("core") - 20):m.start("core")])
        if named and named.group(1) not in SENTENCE_PREPOSITIONS | SENTENCE_DETERMINERS:
            return None     # "Fahrenheit 9/11": a title
        return Interval(HISTORIC_DAYS["9/11" if g.get("sept11") else g["core"]], None, "historic")   # referred to, dating no event
    if name == "holiday":
        return _holiday(g, published, future, tense, m.string[max(0, m.start("core") - 8):m.start("core")],
                        m.string[m.end():m.end() + 40])
    if name == "year_part":
        return _part(year_interval(_named_year(g["which"], published)), g["part"])
    if name == "decade":
        if g.get("word"):     # "the nineties": the last decade of that name begun by publication
            start = published.year // 100 * 100 + DECADE_WORDS[g["word"].lower()]
            start -= 100 if start > published.year else 0
            return Interval(date(start, 1, 1), date(start + 9, 12, 31), "decade")
        decade = g["decade"] or g["decade2"]
        short, at = (g["short"], m.start("short")) if g["short"] else (g["short2"], m.start("short2"))
        if g["short2"] and not FIRST_DECADE_BEFORE.search(m.string, max(0, m.start() - 30), m.start()):
            return None     # "in their 30s, 40s and 50s": ages; the first of two decades must be one ("the 1970s and 80s")
        if not decade and short[0] != m.string[at - 1] and \
                TEMPERATURE_WORDS.search(_sentence(m.string, m.start(), m.end())):
            return None     # "temperatures in the 90s": degrees, not the decade (only "the '90s" says so outright)
        start = int(decade) if decade else int(short) + (1900 if int(short) >= 20 else 2000)
        if start % 100 == 0 and start < 2000:     # "the 1800s", "the early 1900s": the century (TIMEX3's "18", "19")
            return Interval(date(start, 1, 1), date(start + 99, 12, 31), "century")
        return Interval(date(start, 1, 1), date(start + 9, 12, 31), "decade")
    if name == "weekday":
        if not g["prep"] and NAMED_DAY_BEFORE.search(m.string, max(0, m.start() - 20), m.start()):
            return None     # "Black Monday", "Super Tuesday", "Good Friday": a named day, not this week's
        if g["weekday"] == "Sunday" and (g["prep"] or "").strip().lower() == "on" and \
                SUNDAY_PAPER_BEFORE.search(m.string, max(0, m.start() - 20), m.start()):
            return None     # "the Mail on Sunday"
        if (g["prep"] or "").strip().lower() != "on" and PAPER_AFTER.match(m.string, m.end()):
            return None     # "the Sunday Times and Sunday Telegraph": papers
        if not g["prep"] and re.match(r"\s+(?:[A-Z]|the\s+\d)", m.string[m.end():m.end() + 8]) and \
                re.search(r"\b[Tt]he\s+$", m.string[max(0, m.start() - 5):m.start()]):
            return None     # "the Sunday Times", "The Monday Club", "the Friday the 13th films": a title
        if WEEKDAY_IN_NAME.match(m.string, m.end()) and (g["prep"] or "").strip().lower() != "on" or \
                not g["prep"] and GENITIVE_BEFORE.search(m.string, max(0, m.start() - 4), m.start()) and \
                re.match(r"[^\S\n]+[A-Z][a-z]", m.string[m.end():m.end() + 4]):
            return None     # "by Sunday Telegraph journalist Robert Peston", "BBC Radio Scotland's Sunday Live": a name
        if not g["prep"] and re.match(r",\s+who\b", m.string[m.end():m.end() + 8]):
            return None     # "unfinished business with Wednesday, who are fourth": a name (Sheffield Wednesday), no day
        return _weekday(g, published, future, tense == "past")
    if name == "relative_day":
        if core == "Today" and not g["prep"] and _is_title(m.string, m.start(), m.end()):
            return None     # "BBC Radio 4's Today programme", "USA Today said": a title
        word = " ".join(core.lower().split())
        if word == "today" and (TODAY_GENERIC.match(m.string, m.end()) or
                                TODAY_COMPARING.match(m.string, m.end()) and   # "announced today it would cut more than ..."
                                not PAST_CUE.search(m.string, max(0, m.start() - 16), m.start()) or
                                TODAY_COMPARED.search(m.string, max(0, m.start() - 30), m.start())):
            return Interval(published, None, "present")     # "today's world", "today's GM": the present, no day
        if word in ("last night", "overnight"):
            return Interval(published - timedelta(days=1), None, "day")
        day = published if word in ("today", "tonight", "earlier today", "later today") or word.startswith("this ") \
            else published + timedelta(days=RELATIVE_DAYS[word]) if word in RELATIVE_DAYS else dp_parse(word, published, future)
        return Interval(day, None, "day") if day else None
    if name == "ago":
        unit = g["unit"].lower().rstrip("s")
        if unit.startswith("centur"):   # "a century ago", "two centuries ago": the century that year lies in ("19")
            if g["n"] is None or " ".join(g["n"].lower().split()) in VAGUE_COUNTS:
                return Interval(published, None, "past") if unit == "centurie" else None
            year = published.year - 100 * number_value(g["n"])
            return Interval(date(year // 100 * 100, 1, 1), date(year // 100 * 100 + 99, 12, 31), "century")
        if g["n"] is None or " ".join(g["n"].lower().split()) in VAGUE_COUNTS:
            return Interval(published, None, "past") if g["unit"].lower().endswith("s") else None
        n = number_value(g["n"])
        day = days_ago(n, unit, published)
        if unit in ("week", "fortnight"):   # "a week ago" is the day seven days back, as TIMEX3 annotators value it
            return Interval(day, None, "day")
        if unit == "month":
            return month_interval(day.year, day.month)
        if unit == "decade":    # "a decade ago" is the decade before, as TIMEX3 values a count by its unit ("199")
            return Interval(date(day.year // 10 * 10, 1, 1), date(day.year // 10 * 10 + 9, 12, 31), "decade")
        if unit == "year":
            return year_interval(day.year)
        return Interval(day, None, "day")
    if name == "in_units" and (not future or not CLAUSE_FRONT.search(m.string, max(0, m.start() - 12), m.start())):
        return None     # "sales rose 5% in three months", "its first fall in nine years", "will double in three years": a length
    if name in ("ahead", "in_units"):
        unit = (g["unit"] or g.get("unit2")).lower().rstrip("s")
        day = published + _delta(unit, number_value(g["n"] or g.get("n2")))
        if unit == "month":
            return month_interval(day.year, day.month)
        if unit in ("year", "decade"):
            return year_interval(day.year)
        return Interval(day, None, "day")
    if name == "window":
        return _window(g, published)
    if name == "period":
        return _period(g["q"], g["unit"], published, " ".join((g["prep"] or "").lower().split()), future)
    if name == "beyond":    # "the year before last": "last year" seen from a year back
        unit, back = g["unit"].lower(), g["dir"].lower().startswith("before")
        shift = timedelta(days=7) if unit == "weekend" else _delta(unit, 1)
        return _period("last" if back else "next", unit, published - shift if back else published + shift)
    if name == "weekend":
        prep = " ".join((g["prep"] or "").lower().split())
        saturday = published - timedelta(days=(published.weekday() - 5) % 7)
        if prep in UPCOMING_WEEKEND and published.weekday() < 5:
            future = True       # "ahead of the weekend", "by the weekend": the one ending this week, whatever the tense
        if prep == "next" or (future and prep not in ("last", "since")):
            saturday = published + timedelta(days=(5 - published.weekday()) % 7)
        elif prep == "last" and published.weekday() >= 5:
            saturday -= timedelta(days=7)
        return Interval(saturday, saturday + timedelta(days=1), "week")
    if name == "new_year":     # "in the new year": the next year when written late in one, else the year of writing
        return year_interval(published.year + (published.month >= NEW_YEAR_FROM_MONTH))
    if name == "present":
        if core[0].isupper() and TITLE_WORD_BEFORE.search(m.string, max(0, m.start("core") - 20), m.start("core")):
            return None     # "Better Talk Now upsets rivals", "Apocalypse Now": a name's word, capitalised mid-sentence
        return Interval(published, None, "present")     # the time of writing; dates no event
    if name == "vague":     # "recently", "the recent downturn", "in the future": before or after the time of writing
        side = "future" if (g.get("side") or g.get("side2") or g.get("noun") or "").lower() == "future" or g.get("later") \
            else "past"
        return Interval(published, None, side)
    if name == "nth_weekday":
        return _nth_weekday_named(g, published, future, tense)
    if name == "spelled_day" and g["wd3"]:    # "the first of the month": as "the 1st" is, "the fifth of next month" of that one
        return _day_of_month(_ordinal_number(g["wd3"]), published, future, {"the": None}.get(g["mw"].lower(), g["mw"].lower()))
    if name == "spelled_day":
        y = g["y"] or g["y2"]
        day = calendar_day(f"{_ordinal_number(g['wd'] or g['wd2'])} {g['month'] or g['month2']}" + (f" {y}" if y else ""),
                           published, future)
        if day and not y and tense is None:
            day = _nearest_year(day, published)
        return Interval(day, None, "day") if day else None
    if name == "weekday_day":
        return _weekday_numbered(WEEKDAY_NAMES.index(g["weekday"]), _ordinal_number(g["wd"]), published, tense)
    if name == "ordinal_day":   # "on the 5th": of the publication month, or of the month before or after by tense
        return _day_of_month(int(g["d"]), published, future, g.get("om") and g["om"].lower())
    if name == "century":
        c = g["c"].lower()
        c = int(c) if c.isdigit() else CENTURY_WORDS[c]
        return Interval(date(100 * (c - 1), 1, 1), date(100 * c - 1, 12, 31), "century")
    if name == "quarter":
        if g.get("ord") and not g.get("which") and _about_play(_sentence(m.string, m.start(), m.end())):
            return None     # "scored in the fourth quarter", "the final quarter told us more": a game's quarter
        quarter = _quarter(g, published, future, REPORTED_AFTER.match(m.string, m.end()) is not None)
        if quarter is not None and quarter.granularity == "quarter" and not future and _numbered_only(g) and \
                (FISCAL_WORD.search(g["core"]) or _company_report(m)) and \
                (published - _latest_ended(int(g.get("qn") or g.get("qn2") or QUARTER_ORDINALS[g["ord"].lower()]),
                                           published).end).days > FISCAL_REPORT_AGE:
            return _reported_fiscal_quarter(quarter, published)     # "Cisco's Q1 profit", written in November
        if quarter is not None and quarter.granularity == "quarter" and FISCAL_WORD.search(g["core"]):
            return _fiscal(quarter)     # "its fiscal fourth quarter", "the second fiscal quarter": TIMEX3's FY2009-Q4
        return quarter
    if name == "fiscal_year" and g.get("fq") and (end := FISCAL_YEAR_END.match(m.string, m.end())):
        # "the fiscal year ended June 30", "the financial year to March": named by the year its last day lies in
        day = calendar_day(end["d"], published, future and end["v"] != "ended") if end["d"] else None
        y = int(end["y"]) if end["y"] else day.year if day else \
            _month_on_side(published, month_number(end["mo"]), future and end["v"] != "ended").start.year
        return Interval(date(y, 1, 1), date(y, 12, 31), "fiscal_year")
    if name == "fiscal_year" and g.get("fq"):    # "the current fiscal year": named by the publication year
        q = " ".join(g["fq"].lower().split())
        y = published.year + {"last": -1, "the previous": -1, "next": 1, "the coming": 1}.get(q, 0)
        return Interval(date(y, 1, 1), date(y, 12, 31), "fiscal_year")
    if name == "fiscal_half":   # the half of the fiscal year named as "the fiscal year", "fiscal 2009" would be
        year_named = FISCAL_YEAR.fullmatch(g["fy"] or g["fy2"]) if g.get("fy") or g.get("fy2") else None
        fiscal = _resolve("fiscal_year", year_named, published, future, tense) if year_named else \
            Interval(date(published.year, 1, 1), None, "fiscal_year")
        first_month = 1 if (g["h"] or g["h2"] or g["h3"]).lower() == "first" else 7
        if fiscal is None:
            return None
        return Interval(date(fiscal.date.year, first_month, 1), month_interval(fiscal.date.year, first_month + 5).end, "fiscal_half")
    if name == "fiscal_year":
        y = int(g["y2"] or g["y"] or g["y4"] or g["y3"])      # FY2007, "fiscal 2008-09", "the 2008-09 fiscal year": named by the year it ends in
        y = y if y > 100 else 2000 + y
        return Interval(date(y, 1, 1), date(y, 12, 31), "fiscal_year")
    if name == "season":
        if g["season"].lower() == "fall" and not g.get("y") and FALL_AS_NOUN.match(m.string, m.end()):
            return None     # "predicts this fall from 2.1%", "the fall of Baghdad": a decline, not autumn
        if g.get("q") and g["q"][0].isupper() and g["season"][0].isupper() and \
                TITLE_WORD_BEFORE.search(m.string, max(0, m.start("core") - 20), m.start("core")):
            return None     # "Suddenly Last Summer", "The Long Hot Summer": a title's words, capitalised mid-sentence
        return _season(g, published, future, m.string[m.end():m.end() + 12],
                       SEASON_EDGE_BEFORE.search(m.string, max(0, m.start() - 40), m.start()) is not None)
    if name == "year_range":
        y1, y2 = int(g["y"]), int(g["y2"])
        y2 = y2 if y2 > 100 else y1 // 100 * 100 + y2
        return Interval(date(y1, 1, 1), date(y2, 12, 31), "year_range") if y2 > y1 else None
    if name == "month_of_year":
        year = _named_year(g["which"], published)
        return month_interval(year, month_number(g["month"]))
    if name == "half" and (g.get("hy") or g.get("h3")):     # "H2 2010", "1H 2009", "2010's first half", "last year's second half"
        first_month = 1 if (g["hn"] or g["hn2"]) == "1" or (g["h3"] or "").lower() == "first" else 7
        year = int(g["hy"] or g["gy"]) if g.get("hy") or g.get("gy") else _named_year(g["gw"], published)
        return Interval(date(year, first_month, 1), month_interval(year, first_month + 5).end, "half")
    if name == "half":
        sentence = _sentence(m.string, m.start(), m.end())
        if not FINANCE_WORDS.search(sentence) or GAME_WORDS.search(sentence):
            return None     # "in the first half" of a match, "three second-half goals"
        first_month = 1 if (g["h"] or g["h2"]).lower() == "first" else 7
        year = published.year   # the half this year's; looking back, the last one ended; ahead, the next one not ended
        ended = month_interval(year, first_month + 5).end < published
        if future and ended:
            year += 1
        elif not future and not ended:
            year -= 1
        return Interval(date(year, first_month, 1), month_interval(year, first_month + 5).end, "half")
    if name == "year_initial":
        return year_interval(int(g["y"]))
    if name == "week_of":
        nth = g["nth"].lower()
        if g.get("month"):
            month = month_number(g["month"])
            whole = month_interval(int(g["y"]), month) if g.get("y") else _month_on_side(published, month, future)
        elif g.get("mwhich"):     # "the first week of the month", "the last week of next month"
            ref = published + relativedelta(months={"last": -1, "next": 1}.get(g["mwhich"].lower(), 0))
            whole = month_interval(ref.year, ref.month)
        else:
            whole = year_interval(_named_year(g["which"].replace("the year", "this year"), published))
        end = whole.end or whole.date
        day = end - timedelta(days=3) if nth in ("last", "final") else \
            whole.date + timedelta(days=7 * {"first": 0, "second": 1, "third": 2, "fourth": 3}[nth] + 3)
        return week_interval(day)
    if name == "year_end":      # "by year-end": the end of this year (month), valued as the year (month) as TIMEX3 does
        unit = (g["unit"] or g["unit2"]).lower()
        whole = year_interval(published.year) if unit == "year" else month_interval(published.year, published.month)
        return Interval(whole.end, whole.end, whole.granularity, whole.end)
    if name == "numeric_date":
        a, b, y = int(g["a"]), int(g["b"]), int(g["y"])
        month, day = (b, a) if a > 12 else (a, b)
        try:
            return Interval(date(y, month, day), None, "day")
        except ValueError:
            return None
    if name == "year_modifier":    # "the 2010 raid" names a thing by its year; it dates no event of the clause
        y = int(g["y"])
        return Interval(date(y, 1, 1), date(y, 12, 31), "year_modifier")
    if name == "edge":
        which = " ".join(g["which"].lower().split())
        if which == "the day":  # "at the start of the day", "by the end of the day": the day of writing
            edge = " ".join(g["edge"].lower().split())
            prep = " ".join((g["prep"] or "").lower().split())
            if edge not in ("beginning", "start") and prep != "by" and \
                    not MARKET_WORDS.search(_sentence(m.string, m.start(), m.end())):
                return None     # "at the end of the day": "when all is said and done", unless the day is a trading one
            return Interval(published, None, "day")
        if which.endswith("century"):  # "by the middle of the century": the century of writing ("20"), or the last ("19")
            last = "last" in which
            first = published.year // 100 * 100 - (100 if last else 0)
            return Interval(date(first, 1, 1), date(first + 99, 12, 31), "century" if last else "this_century")
        if which.endswith("decade"):   # "by the end of the decade": the decade of writing, as TIMEX3 values it
            first = published.year // 10 * 10
            return Interval(date(first, 1, 1), date(first + 9, 12, 31), "decade")
        if which.endswith("month"):
            ref = published + relativedelta(months={"last month": -1, "next month": 1}.get(which, 0))
            whole = month_interval(ref.year, ref.month)
        elif which.endswith("week"):
            whole = week_interval(published + timedelta(days={"last week": -7, "next week": 7}.get(which, 0)))
        elif which.endswith("year") or which.isdigit():
            whole = year_interval(_named_year(which.replace("the year", "this year"), published))
        else:
            parts = which.split()
            month = month_number(g["which"].split()[0])
            whole = month_interval(int(parts[1]), month) if len(parts) > 1 else _month_on_side(published, month, future)
        edge = " ".join(g["edge"].lower().split())
        if edge.endswith(" day") and not which.endswith(("week", "century", "decade")):
            # "the last day of May", "the first day of the year": that day (TIMEX3 values it so)
            return Interval(whole.start if edge.startswith(("first", "opening")) else whole.end, None, "day")
        if g.get("en") and edge.endswith(("days", "weeks", "months")):
            # "the first nine months of the year", "the last ten days of May": the days counted from the whole's edge
            n = number_value(g["en"])
            length = {"days": relativedelta(days=n), "weeks": relativedelta(weeks=n), "months": relativedelta(months=n)}[edge.split()[-1]]
            opening = edge.startswith(("first", "opening", "early"))
            if opening and not future and which in ("the year", "the month") and whole.start + length > published:
                # told in the past, a stretch of the year or month not yet over is of the last one
                whole = year_interval(whole.start.year - 1) if which == "the year" else \
                    month_interval((whole.start - timedelta(days=1)).year, (whole.start - timedelta(days=1)).month)
            if opening:
                first, last = whole.start, min(whole.start + length - timedelta(days=1), whole.end)
            else:
                first, last = max(whole.end - length + timedelta(days=1), whole.start), whole.end
            return Interval(first, last, whole.granularity)    # valued as the whole ("the first nine days of 1985": 1985)
        if edge.endswith(("days", "weeks", "months")):     # "the first weeks of 2010", "the final days of the month"
            edge = "early" if edge.startswith(("first", "opening", "early")) else "late"
        edge = EDGE_SYNONYMS.get(edge, edge)
        return _part(whole, edge if edge.endswith("half") or edge in ("early", "late") else f"the {edge} of")
    return None


# "The latter half of 2010" is its second half, "the early part of the year" its early months.
EDGE_SYNONYMS = {"latter half": "second half", "early part": "early", "earlier part": "early", "latter part": "late",
                 "later part": "late", "last part": "late"}
TEMPERATURE_WORDS = re.compile(r"(?i)\b(?:temperatures?|degrees|fahrenheit|celsius|highs?|lows?|thermometers?|heat)\b")
CENTURY_WORDS = {"eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21}
QUARTER_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
                    "final": 4, "last": 4}
SEASONS = {"spring": ("SP", 3), "summer": ("SU", 6), "autumn": ("FA", 9), "fall": ("FA", 9), "winter": ("WI", 12)}


FISCAL_WORD = re.compile(r"(?i)\bfiscal\b")


def _fiscal(quarter: Interval) -> Interval:
    """A quarter of a fiscal year named by its number ("the first quarter of fiscal 2009"): written FY2009-Q1. Its days
    stand in as the calendar quarter of that number, the fiscal year's months being unknown."""
    return Interval(quarter.date, quarter.end, "fiscal_quarter")


def quarter_interval(year: int, n: int) -> Interval:
    first = date(year, 3 * n - 2, 1)
    return Interval(first, month_interval(year, 3 * n).end, "quarter")


# A half with no year ("the second half") is a half of a year only in a sentence about money or the economy.
FINANCE_WORDS = re.compile(r"(?i)\b(?:profits?|sales|earnings|revenues?|results|growth|GDP|econom\w*|output|income|"
                           r"loss(?:es)?|shares|fiscal|financial|analysts?|forecasts?|prices|investment|spending|"
                           r"exports?|imports?|deficit|surplus|inflation|unemployment|demand|orders|deliveries|"
                           r"production|margins?|dividends?|company|firm|bank|market|rates?|recovery|billion|million|"
                           r"percent|per\s*cent)\b|[%$£€]")
# A quarter named by its ordinal alone ("the fourth quarter") is a quarter of a game in a sentence about play.
# A sentence about a trading day ("At the end of the day, the Dow was down 200 points"): its day is the day.
MARKET_WORDS = re.compile(r"(?i)\b(?:index|indices|Dow|Nasdaq|FTSE|DAX|CAC|Nikkei|Hang\s+Seng|S&P|stocks?|shares|traded|trading|"
                          r"closed|closing|points)\b")
GAME_WORDS = re.compile(r"(?i)\b(?:\d+\s+points?|scored|scoring|scores?|touchdowns?|yards?|goals?|game|match|trailing|trailed|"
                        r"rebounds?|baskets?|field\s+goals?|quarterback|interceptions?|tries|half-?time|overtime|fumbled?|"
                        r"innings|kick(?:ed)?|coach|team|fans|players?|victory|shot|field)\b|\b\d{1,3}-\d{1,3}\b")

SCORE = re.compile(r"\b\d{1,3}-\d{1,3}\b")
INDEX_WORDS = re.compile(r"\b(?:Dow|Nasdaq|FTSE|DAX|CAC|Nikkei|Hang\s+Seng|S&P|(?i:index|indices|stocks?|bonds?|oil|gold))\b")


def _about_play(sentence: str) -> bool:
    """A sentence about a game, not about money: a score ("yesterday's 24-13 loss"), or game words and no word of business
    or markets ("the Dow gained 300 points in the third quarter", "the company's team of analysts expects growth" are
    about money)."""
    return SCORE.search(sentence) is not None or GAME_WORDS.search(sentence) is not None and \
        not FINANCE_WORDS.search(sentence) and not INDEX_WORDS.search(sentence)


def _sentence(text: str, start: int, end: int) -> str:
    s = _sentence_start(text, start, 300)
    e = next((m.start() for m in SENTENCE_END.finditer(text, end, end + 300)), min(len(text), end + 300))
    return text[s:e]


# The report of a quarter's figures after it ("first-quarter corporate earnings", "its fourth-quarter results", "its second
# estimate of third quarter growth", "fourth-quarter GDP data"): what is reported ahead is a quarter already ended, so a report to come names the latest one ended, not the next of its number.
REPORTED_AFTER = re.compile(r"[^\S\n]+(?:[a-z]+[^\S\n]+)?(?:earnings|results|figures|profits?|losses|revenues?|sales|"
                            r"numbers|report|reports|reporting|growth|GDP|output|data|statistics|estimates?)\b")
REPORTING_LAG = 75      # days after a quarter's end within which its figures are still to come (most report within ten weeks)


def _quarter(g: dict, published: date, future: bool, reported: bool = False) -> Interval | None:
    """"the third quarter of 2009", "Q3 2009", "third-quarter results": the named quarter of the named
    year, else of the publication year when it has begun (the year before when it has not, the next
    year when the clause looks forward, unless its figures, ``reported`` after it, are still to come for the
    one just ended: "ahead of the upcoming first-quarter earnings season", written in April)."""
    qn = g.get("qn") or g.get("qn2")
    if g.get("qy"):
        return quarter_interval(int(g["qy"]), int(qn))
    if g.get("qfy"):    # "Q1 FY09": the fiscal year's quarter (TIMEX3's FY2009-Q1)
        return _fiscal(quarter_interval(int(g["qfy"]) + (2000 if len(g["qfy"]) == 2 else 0), int(qn)))
    if g.get("qy3") or g.get("qy5"):        # "the fourth quarter 2007 results", "2007's second quarter"
        return quarter_interval(int(g["qy3"] or g["qy5"]), QUARTER_ORDINALS[g["ord"].lower()])
    if g.get("theyear"):    # "the year's first quarter": this year's, "last year's second quarter"
        year = published.year - (1 if g["theyear"].lower().startswith("last") else 0)
        return quarter_interval(year, QUARTER_ORDINALS[g["ord"].lower()])
    if g.get("qm1"):    # "the October-to-December period": a calendar quarter, or no quarter at all
        first, last = month_number(g["qm1"]), month_number(g["qm2"])
        if first % 3 != 1 or last != first + 2:
            return None
        n = last // 3
    elif g.get("qe"):   # "the last three months of 2004": a quarter; six months: a half (valued by its first quarter)
        n = 1 if g["qe"].lower() == "first" else 4
        year = _named_year(g["qw"].replace("the year", "this year"), published)
        if g["qk"].lower() in ("six", "6"):
            first = 1 if n == 1 else 7
            return Interval(date(year, first, 1), month_interval(year, first + 5).end, "half")
        return quarter_interval(year, n)
    elif g.get("qm"):     # "the September quarter": the quarter that month closes
        n = (month_number(g["qm"]) - 1) // 3 + 1
    elif (g.get("ord") or "").lower() == "last" and not g.get("which"):
        ref = published - relativedelta(months=3)   # "in the last quarter", no year: the latest one ended
        return quarter_interval(ref.year, (ref.month - 1) // 3 + 1)
    else:
        n = int(qn) if qn else QUARTER_ORDINALS[g["ord"].lower()]
    if g.get("which"):
        which = " ".join(g["which"].lower().split())
        year = int(which.split()[-1]) if which.split()[-1].isdigit() else _named_year(which, published)
        return _fiscal(quarter_interval(year, n)) if which.startswith("fiscal") else quarter_interval(year, n)
    year = published.year
    started = date(year, 3 * n - 2, 1) <= published
    ended = year if quarter_interval(year, n).end < published else year - 1     # the latest one of its number ended
    if future and reported and (published - quarter_interval(ended, n).end).days <= REPORTING_LAG:
        return quarter_interval(ended, n)   # "will report fourth-quarter earnings next week", written in January
    if future and started and quarter_interval(year, n).end < published:
        year += 1
    elif not future and not started:
        year -= 1
    return quarter_interval(year, n)


# A company's figures for a quarter, after it ("its first quarter profit", "Q1 Profit Leaps") or before it ("net income for
# the fourth quarter", "profit and revenue in the fiscal first quarter"): its books' quarter.
COMPANY_FIGURES = r"(?:earnings|results|profits?|loss(?:es)?|revenues?|sales|(?:net\s+)?income)"
# (not a forecast of them: "raised fourth-quarter earnings expectations" may speak of the calendar quarter under way)
COMPANY_REPORT_AFTER = re.compile(r"(?i)[^\S\n]+(?:[a-z]+[^\S\n]+)?" + COMPANY_FIGURES + r"\b(?![^\S\n]+(?:expectations?|"
                                  r"guidance|forecasts?|outlook|estimates?|targets?|projections?|goals?|view)\b)")
COMPANY_REPORT_BEFORE = re.compile(r"(?i)\b" + COMPANY_FIGURES + r"(?:\s+(?:and|or)\s+[a-z]+)?\s+(?:for|in|during)\s+$")
# Days after a calendar quarter's end past which no one reports its figures any more (most do within ten weeks, the latest
# within four months): a quarter's figures told later than that, or before the calendar quarter has ended, are of a fiscal
# year that does not follow the calendar (Cisco's first quarter, told in November, ends in October).
FISCAL_REPORT_AGE = 120


# The news of figures: a company reporting them ("said fourth-quarter profit rose", "has reported first-quarter profits"),
# or a headline's verb in the present after them ("Cisco's Q1 Profit Leaps").
FIGURES_REPORTED = re.compile(r"(?i)\b(?:said|says|reported|reports|posted|posts|announced|announces|released|releases|"
                              r"unveiled|unveils)\b")
HEADLINE_VERB_AFTER = re.compile(r"[^\S\n]+(?:[A-Za-z]+[^\S\n]+)?" + COMPANY_FIGURES.replace("(?:", "(?i:", 1) +
                                 r"[^\S\n]+[A-Z][a-z]+s\b")


def _company_report(m: re.Match) -> bool:
    """Figures reported for the quarter, not forecast: no "will", "is likely to", "would" after it in its sentence ("warned
    that its fourth-quarter revenue growth is likely to slow" speaks of the calendar quarter under way), and news of them
    ("Its third-quarter results disappointed", told months on, may look back at the calendar quarter)."""
    told = COMPANY_REPORT_AFTER.match(m.string, m.end()) is not None or \
        COMPANY_REPORT_BEFORE.search(m.string, max(0, m.start("core") - 60), m.start("core")) is not None
    start = _sentence_start(m.string, m.start())
    end = next((e.start() for e in SENTENCE_END.finditer(m.string, m.end(), m.end() + 300)), m.end() + 300)
    return told and FUTURE_CUE.search(m.string, m.end(), end) is None and \
        (FIGURES_REPORTED.search(m.string, start, end) is not None or HEADLINE_VERB_AFTER.match(m.string, m.end()) is not None)


def _numbered_only(g: dict) -> bool:
    """A quarter named by its number alone ("the first quarter", "Q1"), no year, month or fiscal year with it."""
    return not any(g.get(k) for k in ("qy", "qfy", "qy3", "qy5", "theyear", "which", "qm", "qm1", "qe"))


def _latest_ended(n: int, published: date) -> Interval:
    """The latest calendar quarter of number ``n`` ended by the publication date."""
    this = quarter_interval(published.year, n)
    return this if this.end < published else quarter_interval(published.year - 1, n)


FISCAL_LABEL = re.compile(r"FY(\d{4})-(Q[1-4])")


def _reported_fiscal_quarter(quarter: Interval, published: date) -> Interval:
    """The fiscal quarter of that number just reported: the three months to the end of the month before the publication
    date (most report within a few weeks), valued by its number and its fiscal year, named by the year it ends in
    (TIMEX3's FY2005-Q1), which the quarters still to come after it end."""
    n = (quarter.date.month - 1) // 3 + 1
    last = published.replace(day=1) - timedelta(days=1)
    fiscal_year = (last + relativedelta(months=3 * (4 - n))).year
    return Interval(last.replace(day=1) - relativedelta(months=2), last, "fiscal_quarter", label=f"FY{fiscal_year:04d}-Q{n}")


FALL_AS_NOUN = re.compile(r"\s+(?:in|of|from|to|by|back|below|above|on|for)\b")
# A capitalised word right before a capitalised "Last Summer" mid-sentence: the two belong to a title.
TITLE_WORD_BEFORE = re.compile(r"(?<![.!?:\n\"“])\s*\b[A-Z][a-z]+\s+$")


# What may follow a season with no determiner for it to be a time ("sales will rise in spring, analysts say").
# The last day or month of a fiscal year named after it ("the fiscal year ended June 30", "the financial year to March 2010")
FISCAL_YEAR_END = re.compile(r"\s+(?:(?:that|which)\s+)?(?P<v>ended|ends|ending|to|through)\s+(?:(?P<d>(?:the\s+)?" + _DAY +
                             r"\s+(?:of\s+)?" + _MONTH_ANY + r"|" + _MONTH_ANY + r"\s+" + _DAY + r")|(?P<mo>" + _MONTH + r"))\b"
                             r"(?:,?\s+(?P<y>" + _YEAR + r"))?")
# "The summer was hot", "the winter's storms": the season as a subject or a genitive, as "the weekend" is (in lower case,
# not "fall": "the fall was steep" is a decline)
SEASON_AS_SUBJECT = re.compile(r"['’]s\s|\s+(?:saw|sees|was|is|has|had|brought|brings|began|ended|will)\b")
BARE_SEASON_END = re.compile(r"\s*(?:[.,;:!?)\"”]|$)|\s+(?:and|or|when|as|before|after|until|while|because|if|to|for)\b")


# A verb in the past right after a season closes the phrase it ends ("supplies ahead of winter stemmed falls").
PAST_VERB_AFTER = re.compile(r"\s+[a-z]{3,}ed\b")
# Words of sequence before a season that make it a time as "in" does.
SEASON_SEQUENCE = ("ahead of", "before", "after", "into")


# A part of a season before "of" ("by the end of the summer", "the last days of summer", "at the start of the winter"): the
# season, as TIMEX3 values it (its modifier saying which part).
SEASON_EDGE_BEFORE = re.compile(r"(?i)\b(?:the\s+)?(?:beginning|start|end|middle|height|depths?|rest|remainder|"
                                r"(?:first|last|final|closing|dying|early|opening)\s+(?:few\s+)?(?:days|weeks|months))\s+$")


# A lower-case word after a season that is no verb ("the spring collection", "the summer holidays"): a noun the season names.
SEASON_NAMES_NOUN = re.compile(r"\s+(?![a-z]+(?:ing|ed)\b)(?!(?:was|is|were|are|will|would|could|may|might|has|had|have|saw|sees|"
                               r"brought|brings|and|or|but|when|as|before|after|until|while|because|if|to|for|in|on|at|of|with|"
                               r"that|which|the|a|an|this|last|next)\b)[a-z]+")


def _season(g: dict, published: date, future: bool, after: str = "", edge: bool = False) -> Interval | None:
    """"this summer", "last winter", "spring 2009", "in the autumn": the season's months (northern
    seasons, as the TIMEX3 values SP/SU/FA/WI have them), of the named year or the nearest one on the
    side the tense says."""
    code, first_month = SEASONS[g["season"].lower()]
    q = " ".join((g.get("q") or "").lower().split())
    q = "last" if q == "this past" and date(published.year, first_month, 1) > published else \
        "this" if q == "this past" else q    # "this past summer": the last one begun
    prep = " ".join((g.get("prep") or "").lower().split())
    # A season needs a determiner, a year or "in the": "a fall in retail sales", "markets fall" are not. After "ahead of",
    # "before", "after" and "into" it is a time as after "in" ("stocks are low ahead of winter", "into the spring"), "fall"
    # excepted ("after the fall of the city" is a defeat).
    sequence = prep in SEASON_SEQUENCE and g["season"].lower() != "fall"
    # "the end of the summer", "the first weeks of spring were wet"; not "the end of the spring collection" (a noun it names)
    edge = edge and prep == "of" and not q.startswith("this") and not SEASON_NAMES_NOUN.match(after)
    bare = not q and (prep in ("in", "during", "by", "until", "since", "over", "through", "throughout") or sequence) and \
        (g["season"].lower() != "fall" or bool(g.get("spart"))) and \
        bool(BARE_SEASON_END.match(after) or sequence and PAST_VERB_AFTER.match(after))  # "in spring, ...", not "in spring water"
    if prep == "ahead of":
        future = True       # "ahead of winter": the coming one, whatever the tense
    if not (q in ("this", "last", "next", "coming") or g.get("y") or bare or edge or
            (q == "the" and (prep in ("in", "during", "by", "over", "through", "throughout", "until", "since") or sequence)) or
            (q == "the" and not prep and g["season"] in ("spring", "summer", "autumn", "winter") and SEASON_AS_SUBJECT.match(after))):
        return None
    if g.get("y"):
        year = int(g["y"])
    else:
        year = published.year
        begun = date(year, first_month, 1) <= published
        if q == "last":     # the last one over before the one under way, if any ("last spring" in August is this
            # year's; "last summer" in August, last year's; "last winter" in January, the one before December's)
            begins = date(year - (first_month == 12 and published.month <= 2), first_month, 1)
            if begins > published:
                begins = date(begins.year - 1, first_month, 1)
            if begins + relativedelta(months=3) > published:     # under way
                begins = date(begins.year - 1, first_month, 1)
            year = begins.year
        elif q == "this":       # this year's season, whatever the tense ("this winter" in January began in December, in
            # spring looking back it is the winter just ended: "rainfall this winter has been low" written in March)
            year -= 1 if first_month == 12 and (published.month <= 2 or published.month <= 5 and not future) else 0
        elif q in ("next", "coming"):
            year += 1 if begun else 0
        elif not begun and not future:
            year -= 1           # "in the summer" written in March, in a past clause: last summer
        elif future and date(year, first_month, 1) + relativedelta(months=3) <= published:
            year += 1           # "will rise in spring" written in June: next spring
    first = date(year, first_month, 1)
    end = first + relativedelta(months=3) - timedelta(days=1)
    interval = Interval(first, end, "season")
    interval.season = code      # type: ignore[attr-defined]
    return interval


HOLIDAY_ALIASES = {"New Year Day": "New Year's Day", "New Year Eve": "New Year's Eve", "St. Patrick's Day": "St Patrick's Day", "Saint Patrick's Day": "St Patrick's Day",
                   "World AIDS Day": "World Aids Day", "MLK Day": "Martin Luther King Day", "Martin Luther King Jr Day": "Martin Luther King Day",
                   "Martin Luther King Jr. Day": "Martin Luther King Day", "Presidents' Day": "Presidents Day",
                   "Veterans' Day": "Veterans Day"}


HOLIDAY_YEAR_AFTER = re.compile(r",?\s+(?:in|of)\s+(?P<y>" + _YEAR + r")\b" + _NOT_COUNTED)


HOLIDAY_AHEAD_DAYS = 92     # how far ahead a holiday no tense places is still the coming one (a season's trading)


def _holiday(g: dict, published: date, future: bool, tense: str | None, before: str = "", after: str = "") -> Interval | None:
    """"Christmas", "Easter Monday", "Thanksgiving 2008": the day of the named year, else the nearest one on
    the side the tense says (with no tense, one at most three months ahead is the coming one: "retailers hope for a
    strong Christmas", written in November, and "the deal should be done by Easter", in January, look ahead)."""
    name = " ".join(g["h"].split()).replace("’", "'")
    name = HOLIDAY_ALIASES.get(name, name)
    day_of = HOLIDAYS.get(name) or HOLIDAYS[name.split()[0]]
    year = g.get("y") or ((y := HOLIDAY_YEAR_AFTER.match(after)) and y["y"])
    if year:    # "Thanksgiving 1863"; "Election Day in 1996", "Easter of 2004": the year after it is its own
        return Interval(day_of(int(year)), None, "day")
    this_year = day_of(published.year)
    if future and re.match(r"\s+[a-z]", after) and re.search(r"(?:\b(?:the|a|an|its|their|his|her)|['’]s)\s+$", before):
        future = False      # "the Boxing Day disaster", "the Christmas break" name a past day like a genitive
    if future and this_year < published:
        this_year = day_of(published.year + 1)
    elif not future and this_year > published and (tense == "past" or (this_year - published).days > HOLIDAY_AHEAD_DAYS):
        this_year = day_of(published.year - 1)
    return Interval(this_year, None, "day")


# A weekday's genitive before an outcome it names is a day gone by, whatever the clause's tense: a score ("in Tuesday night's
# 1-0 defeat of Bolton", "Saturday night's 24-21 loss"), a defeat, loss or disaster, a price or ticket already settled
# ("6% more than Wednesday's closing price", "for selling Friday's winning ticket", "will be affected by Sunday's 9.0
# magnitude earthquake"); not a contest still to be played or drawn ("ahead of Saturday's clash", "Friday's draw").
WEEKDAY_OUTCOME_AFTER = re.compile(r"[^\S\n]?['’]s[^\S\n]+(?:\d{1,3}-\d{1,3}\b|(?:[\w.-]+[^\S\n]+){0,3}?(?:defeats?|loss|losses|"
                                   r"victory|earthquake|quake|tsunami|closing[^\S\n]+(?:price|level|bell)|close|"
                                   r"winning[^\S\n]+(?:ticket|numbers?)|bombings?|blasts?|shootings?|crash|killings?|massacre|"
                                   r"stabbing|derailment|explosions?|collapse|sending-off|dismissal)\b)")
# A bare weekday as the subject of a present or future copula looks ahead (the coming one, or today).
WEEKDAY_SUBJECT_AHEAD = re.compile(r"\s+(?:is|will\s+be)\s+(?!(?:said|reported|thought|believed|known)\b)")
# Words of waiting before a time: with no tense in the clause they make it the coming one ("nervous ahead of Friday's
# report"); in a past clause a weekday after them is still ahead of what the clause tells ("shares fell ahead of
# Friday's jobs report", "investors awaited Monday's figures", "braced for Sunday's vote"), unless the clause is in the
# pluperfect, told from after it ("the rate economists had forecast ahead of Friday's announcement").
AHEAD_OF_BEFORE = re.compile(r"(?i)\b(?:ahead\s+of|in\s+the\s+(?:run|lead)[-\s]up\s+to|in\s+advance\s+of|on\s+the\s+eve\s+of|"
                             r"in\s+anticipation\s+of|await(?:s|ed|ing)?|brac(?:e|es|ed|ing)\s+for|"
                             r"look(?:s|ed|ing)?\s+ahead\s+to)\s+(?:the\s+|this\s+)?$")
PLUPERFECT = re.compile(r"(?i)\bhad\s+(?!(?:a|an|the|its|his|her|their|our|no|some|any|to|[\d$£€]\S*)\b)[a-z]")
# An infinitive of purpose or intent with its object ("urged fans to boycott her 12 March concert", "left him to lead
# the team on 4-6 March"), a date in its clause: its time lies after the past verb it hangs on, not before the time of
# writing, so a month or a day of one is the nearer of its name, either side. Not a weekday: within a week a past
# verb's result is most often past too ("beat Spain to win the title on Sunday"). The verb after "to" is told by
# the object after it (a determiner, a possessive), which a noun after "to" seldom has ("rose to record highs in
# March", "returned to power in May").
PURPOSE_BEFORE = re.compile(r"\bto\s+(?!(?:the|a|an|be|have|its|his|her|their|this|that|these|those|date)\b)[a-z]{2,}\s+"
                            r"(?:(?:the|a|an|its|his|her|their|our|[A-Z][\w.-]*['’]s)\b[^,;:()]*)?$")


# An infinitive of intent after a word of order, bid or tip, the expression in its clause (see INTENT_NOUNS).
INTENT_BEFORE = re.compile(r"\b(?:(?:" + "|".join(sorted(INTENT_NOUNS)) + r")\s+to\s+[a-z]+|(?:" + "|".join(sorted(PROSPECT_NOUNS)) +
                           r")[\"”’']?\s+of\s+[a-z]+ing)\b[^,;:()]{0,80}$")     # 'had "a very good chance" of doing well'



def _purpose(text: str, start: int, end: int) -> bool:
    """The expression at ``start`` stands in an infinitive clause of purpose, with no past verb of its own after "to"
    (the expression may be the object itself: "to block Sunday's sale")."""
    s = _sentence_start(text, start)
    hit = PURPOSE_BEFORE.search(text, max(s, start - 120), start)
    if hit is not None and hit.group(0).rstrip().split()[-1] == hit.group(0).split()[1] and \
            not text.startswith(("'s", "’s"), end):
        hit = None      # "to" and a word right before the expression, no genitive: "returned to power on Monday"
    return hit is not None and not any(not _passive(text[s:start], c.start() + hit.start() - s)
                                       for c in PAST_CUE.finditer(text, hit.end(), start))


# An infinitive in a bare verb (words.BARE_VERBS) before a limit in its clause ("asked the exchange to suspend trading in
# their shares until Monday", "warned it must find a buyer if it fails to reduce costs by the end of February"): what
# was asked, ordered or warned of is yet to be done when told, so its limit lies ahead of the past verb it hangs on, as
# a limit with no tense does (the coming one). Not after verbs whose infinitive tells what was done ("managed to hold
# out until Monday", "continued to fall until March", "had to wait until Friday", "went on to win by May").
LIMIT_INFINITIVE = re.compile(r"(?i)(?<!\bmanaged\s)(?<!\bcontinued\s)(?<!\bhad\s)(?<!\bused\s)(?<!\bon\s)(?<!\btended\s)"
                              r"(?<!\bseemed\s)(?<!\bappeared\s)(?<!\bhappened\s)(?<!\bbegan\s)(?<!\bstarted\s)"
                              r"\bto\s+(?:" + "|".join(sorted(BARE_VERBS)) + r")\b[^,;:()]{0,80}$")


def _limit_to_do(text: str, start: int) -> bool:
    """A limit ("by", "until") at ``start`` closes an infinitive clause with no past verb of its own after "to"."""
    s = _sentence_start(text, start)
    hit = LIMIT_INFINITIVE.search(text, max(s, start - 120), start)
    return hit is not None and not any(not _passive(text[s:start], c.start() - s)
                                       for c in PAST_CUE.finditer(text, hit.end(), start))


# A limit whose time of day stands between it and the weekday or day it closes on ("until 11:59 p.m. CT on Sunday",
# "by noon Friday", "till midnight on 3 May"): the limit is the day's preposition, as in "until Sunday".
LIMIT_AT_TIME_BEFORE = re.compile(r"(?i)\b(?P<limit>until|till|by)\s+(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\b\.?|midnight|noon|midday)"
                                  r"(?:\s+(?-i:[A-Z]{2,4}))?,?\s+(?:on\s+)?$")

# Words before "the weekend" that point to the coming one whatever the tense ("shares rose ahead of the weekend").
UPCOMING_WEEKEND = ("before", "ahead of", "by", "until", "till")
# From this month on, "the new year" is the next one.
NEW_YEAR_FROM_MONTH = 7


# A capitalised "Today" mid-sentence is a title after a genitive or "the" ("Radio 4's Today programme"), or after a
# capitalised word with the sentence going on in lower case ("USA Today said"); not a headline's "Markets Rise Today".
# "today's" before a noun for an age or a society ("in today's world", "today's youth"), an adjective between or none
# ("today's new economy", "today's fast-changing world"): TIDES's generic "today", PRESENT_REF; "today's meeting",
# "today's Guardian" are the day.
TODAY_GENERIC = re.compile(r"['’]s\s+(?:[a-z]+(?:-[a-z]+)?\s+)?(?:world|society|economy|economic\s+climate|youth|young|generation|children|"
                           r"teenagers|consumers?|media|politics|culture|age|era|[A-Z]{2,}\b(?!['’-]))\b")
# "stronger than it is today", "as they are today": the present compared with, no day
TODAY_COMPARED = re.compile(r"\b(?:than|as|what)\s+(?:it|they|we|he|she|this|that|things|[a-z]+s)\s+(?:is|are)\s+$")
# "as strong today as it was", "busier today than a decade ago", "more popular today than ever": the present
# compared with a past, no day
TODAY_COMPARING = re.compile(r"\s+(?:as|than)\s+(?:(?:it|they|we|he|she|this|that|things|[a-z]+s)\s+(?:was|were|had|used|did)\b|"
                             r"(?:in|at|during)\s+(?:the\s+)?(?:\d{4}|past)\b|ever\b|[a-z]+\s+(?:years|decades)\s+ago\b|"
                             r"a\s+(?:year|decade|generation)\s+ago\b)|"
                             # further on in its clause, no other clause opening between: "Washington today has more murals than
                             # ever before" (not "announced today that it would cut more jobs than a year ago")
                             r"(?:[^\S\n]+(?!(?:that|to|which|who|when|if|after|before|because|while|said|says)\b)[\w'’$%-]+){1,8}?[^\S\n]+than\s+(?:ever\b|at\s+any\s+(?:time|point)\b|in\s+the\s+past\b|"
                             r"(?:\w+\s+)?(?:years|decades)\s+ago\b|a\s+(?:year|decade|generation)\s+ago\b)")
# "In five years" opening its clause ("we know that in five years the dollar will be stronger", "In two years, it
# will..."): a time ahead. After its verb it measures a length more often ("the first fall in nine years", "will
# double in three years", "two firings in four years").
CLAUSE_FRONT = re.compile(r"(?:^|[,;:\"“]|\b(?:that|and|but|so)|\n)\s*$")
TITLE_AFTER_GENITIVE = re.compile(r"(?:['’]s|\b[Tt]he)\s+$")
TITLE_AFTER_NAME = re.compile(r"\b[A-Z]\w*\s+$")


def _is_title(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 20):start]
    return bool(TITLE_AFTER_GENITIVE.search(before) or (TITLE_AFTER_NAME.search(before) and re.match(r"\s+[a-z]", text[end:end + 2])))
# The words that make a weekday after them a named day ("Black Monday", "Super Tuesday", "Bloody Sunday",
# "Sheffield Wednesday"), not this week's. Any other capitalised word before a weekday is the AP habit of
# dating after a name ("stocks fell in Asia Monday", "stranded at Heathrow Airport Tuesday"): in the
# BBC and AG News texts that is nine in ten of them.
NAMED_DAY_BEFORE = re.compile(r"\b(?:Black|Blue|Bloody|Super|Cyber|Ash|Good|Holy|Easter|Whit|Shrove|Maundy|Palm|Fat|Plough|"
                              r"Giving|Manic|Sheffield|Man|Girl|Mad|Terrible)\s+$")
# A weekday opening a name of a paper or a programme, the noun for the kind of thing after it ("a book by Sunday Telegraph
# journalist Robert Peston", "the Daily and Sunday Telegraph newspapers", "on GMTV's Sunday Programme show"); and after a
# genitive, before a capitalised word ("BBC Radio Scotland's Sunday Live", "Ant & Dec's Saturday Night Takeaway").
WEEKDAY_IN_NAME = re.compile(r"[^\S\n]+(?:[A-Z][a-z]+[^\S\n]+){1,2}(?:journalists?|columnists?|newspapers?|papers?|editors?|reporters?|"
                             r"writers?|programmes?|programs?|shows?|magazines?|editions?|supplements?|presenters?)\b")
GENITIVE_BEFORE = re.compile(r"\w['’]s\s+$")
# Sunday newspapers: "the Mail on Sunday" is no date; nor, with no "on" before it, a weekday before a paper's name ("the
# reports in the Sunday Times and Sunday Telegraph", "Saturday Star").
PAPER_NAMES = r"(?:Mail|Independent|Scotland|Wales|Express|Mirror|Telegraph|Post|Herald|Times|Star|Tribune|Sport|People|Business\s+Post)"
SUNDAY_PAPER_BEFORE = re.compile(r"\b" + PAPER_NAMES + r"\s+$")
PAPER_AFTER = re.compile(r"[^\S\n]+" + PAPER_NAMES + r"\b(?![^\S\n]+(?:Square|Office|offices?|Mall|[A-Z]\w*\s+(?:Square|Street)))")


def _weekday(g: dict, published: date, future: bool, past: bool = False) -> Interval | None:
    prep = " ".join((g["prep"] or "").lower().split())
    target = WEEKDAY_NAMES.index(g["weekday"])
    if prep == "this" and not future:
        # "tune in this Sunday", "the vote is this Sunday": that day of the publication week, as "this week" is; a
        # past clause does not move it ("he flew in for this Saturday's election", written on a Wednesday)
        return Interval(published + timedelta(days=target - published.weekday()), None, "day")
    if prep in ("next", "coming") or (future and prep not in ("last", "since", "earlier on", "earlier", "after")):
        # A same-day "on Friday" in a future clause means today; "next Friday" never does.
        ahead = (target - published.weekday()) % 7
        day = published + timedelta(days=ahead if ahead or prep != "next" else 7)
    elif target == published.weekday():
        day = published - timedelta(days=7) if prep == "last" else published
    else:
        day = published - timedelta(days=(published.weekday() - target) % 7)
    return Interval(day, None, "day")


WEEKDAY_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5,
                    "5th": 5, "last": -1, "final": -1}


def _nth_weekday_named(g: dict, published: date, future: bool, tense: str | None) -> Interval | None:
    """"the second Monday of January", "the last Friday of the month": that weekday of the month named (of the year
    given, else on the side the tense says, the nearer with none; "the month" is the publication month)."""
    if g["month"]:
        month = month_number(g["month"])
        if g["y"]:
            year = int(g["y"])
        else:
            ahead = future if tense is not None else 0 < (month - published.month) % 12 < 6
            year = _month_on_side(published, month, ahead).start.year
    else:
        first = published.replace(day=1) + relativedelta(months={"last": -1, "next": 1}.get(g["which"].lower(), 0))
        year, month = first.year, first.month
    day = _nth_weekday(year, month, WEEKDAY_NAMES.index(g["weekday"]), WEEKDAY_ORDINALS[g["nth"].lower()])
    return Interval(day, None, "day") if day.month == month else None    # no fifth Monday that month


def _day_of_month(day: int, published: date, future: bool, which: str | None) -> Interval | None:
    """"the 5th", "the first of the month": that day of the publication month, or of the month before or after by tense;
    "the 5th of last month" (``which``: this, last, next) of the month named."""
    month = published.replace(day=1)
    if which:
        month += relativedelta(months={"last": -1, "next": 1}.get(which, 0))
    elif future and day < published.day:
        month += relativedelta(months=1)
    elif not future and day > published.day:
        month -= relativedelta(months=1)
    return Interval(month.replace(day=day), None, "day") if day <= calendar.monthrange(month.year, month.month)[1] else None


def _ordinal_number(word: str) -> int:
    """"fifth" 5, "twenty-first" 21, "7th" 7."""
    word = " ".join(word.lower().split())
    return ORDINAL_DAY_WORDS.get(word) or int(re.match(r"\d+", word).group())


def _weekday_numbered(weekday: int, number: int, published: date, tense: str | None) -> Interval | None:
    """"Monday the 7th": the day of that number, within a year of publication, that falls on that weekday (on the side
    the tense says), the nearest one."""
    first = published.replace(day=1)
    days = []
    for k in range(-12, 13):
        month = first + relativedelta(months=k)
        if number <= calendar.monthrange(month.year, month.month)[1] and (day := month.replace(day=number)).weekday() == weekday:
            days.append(day)
    days = [d for d in days if (tense != "past" or d <= published) and (tense != "future" or d >= published)]
    return Interval(min(days, key=lambda d: abs((d - published).days)), None, "day") if days else None


THE_BEFORE = re.compile(r"\b[Tt]he\s$")    # "on the Tuesday": a weekday of the week a story tells of
STORY_WEEK_REACH = 200     # characters: how far a story's weekday carries its week to the next weekday told


def _in_sequence(m: re.Match, before: list[DateMention], published: date, future: bool) -> Interval:
    """"the following January", "the previous Friday", "the next March" told in the past: the first such month or weekday
    after the time spoken of last, or the last one before it (a weekday by the day spoken of last; one known only coarser,
    told in the past, is known as well as that time is); with no time spoken of, the one on the side the tense says."""
    step = -1 if m.group("which").lower().split()[-1] in ("previous", "preceding") else 1
    if _anchor(before, ANCHORING, m.string) is None:
        side = future and step > 0
        if m.group("weekday"):
            return _weekday({"prep": "next" if side else "last", "weekday": m.group("weekday")}, published, side)
        return _month_on_side(published, month_number(m.group("month")), side, strictly_before=not side)
    if m.group("weekday"):
        target = WEEKDAY_NAMES.index(m.group("weekday"))
        found = _anchor(before, {"day", "part", "week"}, m.string)
        if found is None and (coarse := _anchor(before, ANCHORING, m.string)) is not None and \
                (coarse.end_date or coarse.date) < published:
            return Interval(coarse.date, coarse.end_date, coarse.granularity, label=coarse.label)
        day = found.date if found is not None else published
        if step > 0:
            return Interval(day + timedelta(days=(target - day.weekday() - 1) % 7 + 1), None, "day")
        return Interval(day - timedelta(days=(day.weekday() - target - 1) % 7 + 1), None, "day")
    month = month_number(m.group("month"))
    found = _anchor(before, ANCHORING, m.string)
    first = found.date if found is not None else published
    last = (found.end_date or found.date) if found is not None else published
    if step > 0:
        return month_interval(last.year + (date(last.year, month, 1) <= last), month)
    return month_interval(first.year - (month_interval(first.year, month).end >= first), month)


def _that_weekday(anchor: date, weekday: int) -> Interval:
    """"that Wednesday": the named weekday nearest the day spoken of last (that day itself when it is one)."""
    ahead = (weekday - anchor.weekday()) % 7
    return Interval(anchor + timedelta(days=ahead if ahead <= 3 else ahead - 7), None, "day")


def _window(g: dict, published: date) -> Interval | None:
    """'in the past 24 hours', 'over the last three weeks', 'in recent days': up to publication."""
    unit_word = (g["unit"] or g["unit2"] or g["unit3"] or g["unit4"] or g["unit7"]).lower()    # "for years to come": unit7
    unit, count = unit_word.rstrip("s"), g["n"] or g["n2"]
    words = " ".join(g["core"].lower().split())
    if not count and not unit_word.endswith("s") and unit not in ("hour", "day") and \
            ("coming" in words or "next" in words or g["ahead"]):
        return _period("next", unit, published)     # "in the coming week", "the year ahead", "over the next decade": the next one
    if "coming" in words or "next" in words or "future" in words or g["ahead"] or g["unit7"]:
        n = number_value(count) if count else 1
        return Interval(published, published + _delta(unit, n), "span")
    if count:
        n = number_value(count)
    elif "recent" in words:
        n = RECENT_DEFAULT[unit]
    elif unit_word.endswith("s"):
        n = RECENT_DEFAULT[unit]
    else:
        n = 1
    return Interval(published - _delta(unit, n), published, "span")


def _delta(unit: str, n: int) -> relativedelta:
    if unit == "hour":
        return relativedelta(days=max(1, n // 24))
    if unit == "quarter":
        return relativedelta(months=3 * n)
    if unit == "fortnight":     # British news's two weeks: "a fortnight ago", "in a fortnight's time"
        return relativedelta(days=14 * n)
    return relativedelta(**{{"decade": "years"}.get(unit, unit + "s"): n * (10 if unit == "decade" else 1)})


def _period(q: str, unit: str, published: date, prep: str = "", future: bool = False) -> Interval | None:
    q, unit = " ".join(q.lower().split()), unit.lower()
    if q == "the present":      # "in the present year", "the present month": the current one
        q = "the current"
    if prep in ("earlier", "later"):
        q = f"{prep} {q}"
    step = -1 if q in ("last", "previous", "the previous") else 1 if q in ("next", "coming", "the coming") else 0
    if q == "this past" and unit != "weekend":    # "this past week": as "the past week" says it
        q = "the past"
    if unit == "century":       # "the last century": the calendar century before, as TIMEX3 writes it ("19")
        if q in ("this", "current", "the current"):     # "this century" ("20"), which dates no event on its first day
            first = published.year // 100 * 100
            return Interval(date(first, 1, 1), date(first + 99, 12, 31), "this_century")
        if q not in ("last", "previous", "the previous", "the past", "this past"):
            return None
        first = published.year // 100 * 100 - 100
        return Interval(date(first, 1, 1), date(first + 99, 12, 31), "century")
    if q == "the past" and unit != "weekend":  # rolling: "the past week" is the seven days up to publication
        return Interval(published - _delta(unit, 1), published, "span")
    if unit == "week":
        whole = week_interval(published + timedelta(days=7 * step))
    elif unit == "weekend":     # the weekend of the publication week (TIMEX3's 2010-W04-WE), or of the week before/after
        saturday = published + timedelta(days=5 - published.weekday() + 7 * step)
        if q == "this past" and saturday > published:
            saturday -= timedelta(days=7)
        whole = Interval(saturday, saturday + timedelta(days=1), "week")
    elif unit == "month":
        ref = published + relativedelta(months=step)
        whole = month_interval(ref.year, ref.month)
    elif unit == "quarter":
        ref = published + relativedelta(months=3 * step)
        whole = quarter_interval(ref.year, (ref.month - 1) // 3 + 1)
    elif unit == "year":
        whole = year_interval(published.year + step)
    else:
        first = published.year // 10 * 10 + 10 * step
        whole = Interval(date(first, 1, 1), date(first + 9, 12, 31), "decade")
    if step == 0 and q.startswith("later"):  # "later this month": from publication to its end, valued as the month
        return Interval(published, whole.end, whole.granularity)
    if step == 0 and not future and whole.date <= published:  # "earlier this week", "this year" in a past clause
        return Interval(whole.date, min(whole.end or published, published), whole.granularity)
    return whole


BARE_YEAR = re.compile(r"(?P<prep>)(?P<core>(?P<y>" + _YEAR + r"))\b(?![-–.,]\d)(?!\s*(?:%|percent))")
BARE_MONTH = re.compile(r"(?P<prep>)(?P<core>(?P<month>" + _MONTH + r"))\b(?!\s+\d)")
# The second of two coordinated expressions ("in 2007 and 2008", "in May or June"): it has no preposition of its own.
# "in August, September and October"; years in a list that ends in "and" or "or" ("in 1998, 1999 and 2000", not "in 2008,
# 2000 were killed").
COORDINATED = re.compile(r",?\s+(?:and|or)\s+|,\s+(?=" + _MONTH + r"\b)|,\s+(?=(?:" + _YEAR + r",\s+)*" + _YEAR + r",?\s+(?:and|or)\s+"
                         + _YEAR + r"\b)")


def _match_at(text: str, pos: int) -> tuple[str, re.Match] | None:
    """The longest expression starting exactly at ``pos`` (the second half of "between 2014 and 2020")."""
    found = [(name, rx.match(text, pos)) for name, rx in [*PATTERNS, ("year", BARE_YEAR), ("month", BARE_MONTH)]]
    found = [(n, m) for n, m in found if m is not None and m.end() > pos]
    return max(found, key=lambda nm: nm[1].end()) if found else None


# Every expression the patterns match contains one of these: a digit, a month, a weekday, a unit or a
# word for a day or part of it. Scanning for them first and running the patterns only on windows
# around them is 5-10x faster than running every pattern over the whole text: each pattern opens with
# an optional preposition, which the regex engine tries at every character.
ANCHOR_WORDS = ("weekend", "yesterday", "today", "tonight", "tomorrow", "night", "overnight", "morning", "afternoon",
                "evening", "fortnight", "quarter", "fiscal", "spring", "summer", "autumn", "fall", "winter", "century", "centuries", "christmas",
                "boxing", "valentine", "easter", "thanksgiving")
ANCHOR = re.compile(r"\d+|\b(?:" + _MONTH_ANY + "|" + _WEEKDAY + r")|\b(?i:(?:hour|day|week|month|year|decade)s?\b|" +
                    "|".join(ANCHOR_WORDS) + r"|New\s+Year|Good\s+Friday|Black\s+Friday|Cyber\s+Monday|(?:first|second)[-\s]+half|"
                    r"(?:nough|twen|thir|for|fif|six|seven|eigh|nine)ties)")
# ANCHOR read word by word (four times faster than the regex, whose seventy alternatives are tried at every word
# start, case-folded): a run of digits; a word opening with a month or weekday name, or case-folded with an anchor
# word; a unit word; the first word of the two-word anchors.
_TOKEN = re.compile(r"\d+|[A-Za-z]+")
_CASED_STARTS = tuple(sorted({*MONTH_NAMES, *MONTH_ABBREVIATIONS, *WEEKDAY_NAMES}, key=len, reverse=True))
_FOLDED_STARTS = tuple(sorted(ANCHOR_WORDS, key=len, reverse=True))
_UNIT_WORDS = frozenset(u + p for u in ("hour", "day", "week", "month", "year", "decade") for p in ("", "s"))
_DECADE_STARTS = ("nough", "twen", "thir", "for", "fif", "six", "seven", "eigh", "nine")
_SECOND_WORD = {"new": re.compile(r"\s+(?i:year)"), "good": re.compile(r"\s+(?i:friday)"),
                "black": re.compile(r"\s+(?i:friday)"), "cyber": re.compile(r"\s+(?i:monday)"),
                "first": re.compile(r"[-\s]+(?i:half)"), "second": re.compile(r"[-\s]+(?i:half)")}


def _anchor_spans(text: str):
    """The spans ANCHOR.finditer(text) finds, or more: a span runs to the end of its word, and the second word of
    "New Year" is an anchor of its own (test_dates checks the regex's anchors are all found)."""
    for m in _TOKEN.finditer(text):
        a, b = m.span()
        if text[a].isdigit():
            yield a, b
            continue
        word = m.group()
        if word.startswith(_CASED_STARTS):
            yield a, b + text.startswith(".", b)    # "Jan.": the regex takes the abbreviation's stop
            continue
        low = word.lower()
        if low in _UNIT_WORDS or low.startswith(_FOLDED_STARTS):
            yield a, b
        elif (second := _SECOND_WORD.get(low)) is not None and (w := second.match(text, b)):
            yield a, w.end()
        elif low.startswith(_DECADE_STARTS) and any(low.startswith(d + "ties") for d in _DECADE_STARTS):
            yield a, b


# "now", "recently", "in the past": words common enough that the wide windows around them would cover half an
# article. Their two patterns reach no farther than a few words, so they get narrow windows of their own.
VAGUE_ANCHOR = re.compile(r"(?i)\b(?:now|current(?:ly)?|present(?:ly)?|nowadays|recent(?:ly)?|lately|later|past|future|moment|"
                          r"days|date|time|ago)\b")
VAGUE_PATTERNS = {"present", "vague", "that_time"}
WINDOW_BEFORE, WINDOW_AFTER = 50, 50  # farther than any expression reaches from its anchor
_SPACE = re.compile(r"\s")


def _windows(text: str, anchor: re.Pattern = ANCHOR, before: int = WINDOW_BEFORE,
             after: int = WINDOW_AFTER) -> list[tuple[int, int]]:
    """Merged character ranges around the anchors. A window ends at whitespace: a pattern's closing
    \\b must not see a word cut in two as its end."""
    out: list[list[int]] = []
    n = len(text)
    spans = _anchor_spans(text) if anchor is ANCHOR else (m.span() for m in anchor.finditer(text))
    for a, b in spans:
        start, end = max(0, a - before), b + after
        if end < n:
            space = _SPACE.search(text, end)
            end = space.start() if space else n
        if out and start <= out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, min(end, n)])
    return [(a, b) for a, b in out]


# A word each pattern's match must contain: a window without it skips the pattern (most windows hold
# a figure, not a date, and the patterns' optional openings make every attempt costly).
_YEAR_RX = r"(?:1[89]|20)\d\d"
PATTERN_NEEDS: dict[str, re.Pattern] = {name: re.compile(rx) for name, rx in {
    "iso": r"\d{4}[-/.][01]\d[-/.]", "full_date": _MONTH_ANY, "day_month": _MONTH_ANY, "month_part": _MONTH,
    "month_year": _MONTH_ANY, "month": _MONTH, "month_modifier": _MONTH, "month_genitive": _MONTH + "['’]s", "year_part": r"(?i)(?:early|mid|late|end|of)[-\s]+(?:this\s+|last\s+|next\s+|the\s+)?(?:year\b|" + _YEAR_RX + ")", "year": r"(?:1[0-9]|20)\d\d", "year_after": _YEAR_RX, "short_year": r"['’]\d\d\b",
    "decade": r"\d0['’]?s|(?i:ties)\b", "holiday": HOLIDAY_WORDS, "historic_day": r"Black|Day|9/11|Sept", "weekday": _WEEKDAY,
    "relative_day": r"(?i)yesterday|today|tonight|tomorrow|night|morning|afternoon|evening",
    "ago": r"(?i)ago", "ahead": r"(?i)from\s+(?:now|today)|s['’]?\s+time\b", "in_units": r"(?i)\bin\s+\w+\s+(?:hour|day|week|month|year|decade)", "window": r"(?i)past|last|previous|prior|earlier|coming|next|recent|ahead|to\s+come|future",
    "period": r"(?i)(?:last|this|next|previous|coming|past|current|present)\s+(?:weekend|week|month|quarter|year|decade|century)", "weekend": r"(?i)weekend", "new_year": r"new\s+year", "edge": r"(?i)\b(?:beginning|start|end|middle|turn|half|part|days?|weeks|months)\s+of\b",
    "fiscal_half": r"(?i)half",
    "quarter": r"(?i)quarter|Q[1-4]|[1-4]Q|period|months\s+of", "fiscal_year": r"(?i)fiscal|financial|FY", "season": r"(?i)spring|summer|autumn|fall|winter",
    "year_range": _YEAR_RX + r"\s*[-–/]", "year_end": r"(?i)(?:year|month)(?:[-\s]|['’]s\s+)end|end-(?:year|month)", "numeric_date": r"\d[/.-]\d", "beyond": r"(?i)before\s+last|after\s+next", "spelled_day": r"(?i)\bthe\s", "weekday_day": _WEEKDAY + r",?\s+(?i:the)\s", "nth_weekday": _WEEKDAY + r"\s+(?i:of|in)\s", "week_of": r"(?i)week\s+of", "the_quarter": r"(?i)the\s+(?:[a-z]+\s+){0,2}(?:quarter|period)|(?:its|their)\s+(?:latest|most\s+recent)\s+quarter", "year_initial": _YEAR_RX, "present": r"(?i)now|current|present|moment|days|date", "month_of_year": r"(?i)\bof\s+(?:this|last|next)\s+year", "year_modifier": _YEAR_RX,
    "vague": r"(?i)recent|lately|later|past|future|those\s+days|old\s+days|\sago\b",
    "sequence": r"(?i:following|previous|preceding|next)\s+[A-Z]", "that_time": r"(?i)that\s+time", "same_period": r"(?i)(?:same|the)\s+(?:period|quarter|month|week|time)|year[-\s](?:earlier|ago|before)\s|prior[-\s]year\s", "half": r"(?i)half|\b(?:H[12]|[12]H)\s",
    "anaphoric": r"(?i)(?:that|same|following|previous|preceding|prior|next)\s+(?:day|week|month|quarter|year|spring|summer|"
                 r"autumn|fall|winter)|"
                 r"(?:day|week|month|year)s?\s+(?:later|earlier|after|before)|(?:earlier|later)\s+in\s+the|"
                 r"(?:for|over|on)\s+the\s+(?:full\s+|whole\s+)?(?:year|quarter|month|week|day)|"
                 r"the\s+(?:day|week|month|year|morning|night)\s+(?:before|after|previous|earlier|later|prior)|\bthe\s+day\b|"

                 r"(?:that|same|following|previous|preceding|prior|next)\s+(?:morning|afternoon|evening|night)|"
                 r"(?:during|throughout)\s+the\s+(?:full\s+|whole\s+)?(?:year|quarter|month|week|day)",
    "the_period": r"\b(?:" + "|".join(EDGE_VERBS) + r"|in)\s+the\s+(?:week|month|year)\b", "century": r"(?i)century", "ordinal_day": r"\d(?:st|nd|rd|th)\b",
}.items()}


def _matches(text: str) -> list[tuple[str, re.Match]]:
    windows, narrow = _windows(text), _windows(text, VAGUE_ANCHOR, 30, 30)
    # the windows holding each needed word, in text order; patterns share their needed words: look for each
    # once a window (a list per word, so a pattern walks only the windows it can match in)
    holding: dict[tuple[re.Pattern, bool], list[tuple[int, int]]] = {}
    found = []
    for name, rx in PATTERNS:
        need, vague = PATTERN_NEEDS[name], name in VAGUE_PATTERNS
        spans = holding.get((need, vague))
        if spans is None:
            spans = holding[(need, vague)] = [(a, b) for a, b in (narrow if vague else windows)
                                              if need.search(text, a, b) is not None]
        for a, b in spans:
            found.extend((name, m) for m in rx.finditer(text, a, b))
    found.sort(key=lambda nm: (nm[1].start(), -(nm[1].end() - nm[1].start())))
    kept: list[tuple[str, re.Match]] = []
    for name, m in found:  # longest leftmost, no overlaps
        if kept and m.start() < kept[-1][1].end():
            continue
        kept.append((name, m))
    return kept


def _mention(text: str, start: int, end: int, interval: Interval, rule: str, future: bool = False) -> DateMention:
    return DateMention(start_char=start, end_char=end, text=text[start:end], date=interval.date, end_date=interval.end,
                       granularity=interval.granularity, rule=rule, future=future, label=interval.label)


# TIMEX3 types a time that recurs a SET, not a DATE ("every Tuesday", "each spring", "Sunday nights", "in April each
# year", "the first Monday of each month"): it names no one day, month or season, so it has no value of ours and dates no event.
RECURRING_BEFORE = re.compile(r"(?i)\b(?:every|each)\s+$")
RECURRING_AFTER = re.compile(r"(?i)\s+(?:(?:(?:of|in)\s+)?(?:each|every)\s+(?:year|week|month)\b|(?:mornings|afternoons|evenings|nights)\b)")
# A weekday naming a broadcast's weekly slot ("the gentle Sunday night drama", "a Saturday morning show"): a set, no day.
WEEKLY_SLOT_AFTER = re.compile(r"\s+(?:(?!to\b)[a-z]+\s+)?(?:drama|show|slot|programme|program|series|bulletin|soap|sitcom)\b")
RECURRING_NAMES = ("weekday", "month", "season", "holiday")
WEEKDAY_THEN_DATE = re.compile(r",?[^\S\n]*\(?")    # "Tuesday, March 4", "filed papers Thursday (9 September)"
# A second day of the month just named ("October 6 and 7", "March 5-6, 2009"), not a count ("October 6 and 7 others",
# "6 and 7% on ..."), and a first one before a day and month ("on 6 and 7 October").
# The second day of one month ("October 6 and 7", "March 5-6"); not a day that names its own month ("on 12 July and 18
# October": a list of dates).
SECOND_DAY = re.compile(r"\s*(?:-|–|and|or|&)\s*(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?:,?\s+(?P<y>" + _YEAR + r"))?"
                        r"(?![\w%.,]\d)(?!\w)(?!\s*%)(?!\s+(?:[a-z]+s|people|men|women|children|per|percent|of)\b)"
                        r"(?!\s+(?:of\s+)?" + _MONTH_ANY + r"\b)")
FIRST_DAY_BEFORE = re.compile(r"(?:(?<![\w.,$£€%-])(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s*(?:-|–|and|or|&)|"
                              r"(?<=\bfrom\s)(?P<d2>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+(?:to|until|till))\s*$")


def _same_month_day(day: date, number: str) -> date | None:
    try:
        return day.replace(day=int(number))
    except ValueError:
        return None
# "the week of October 6", "the week beginning Monday": a week named by a day in it. "The week to/ending Friday" is
# a length (a DURATION in TIMEX3) and the day that ends it, as "the year to December" (eval/timex.py).
WEEK_OF_DAY = re.compile(r"(?i)\bthe\s+week(?:end)?\s+(?:of|beginning|starting|commencing)\s+(?:(?:on|of)\s+)?$")
# A dateline dates the story when it opens it (within these characters) and lies at most this many days before
# the publication date (a day after it: time zones).
DATELINE_REACH, DATELINE_LAG = 400, 7


def _is_dateline(text: str, m: re.Match) -> bool:
    """A dateline's date ("KABUL, Dec 8 (AFP) -", "WASHINGTON, October 08 (Online):", a letterhead's "PORT
    HUDSON, LA., January 22, 1864-10 a.m.") dates the report itself: no verb of the story decides its side
    (nlp/datelines.py; a town in title case needs the dash: "Last Tuesday, March 3, ..." is no dateline)."""
    if m.start() > 0 and text[m.start() - 1] not in " \t,\n":
        return False
    d = dateline_of(text, m.start())
    return d is not None and (d.closed or d.caps) and d.date is not None and d.date[0] < m.end() and \
        m.start() < d.date[1]


def _year_by_weekday(day: date, words: str, published: date) -> date:
    """The day and month in the year nearest publication whose date falls on the weekday named before it."""
    named = next((n for n in WEEKDAY_NAMES if n in words), None)
    if named is None or day.weekday() == WEEKDAY_NAMES.index(named):
        return day
    for year in sorted(range(published.year - 1, published.year + 2), key=lambda y: abs(y - published.year)):
        try:
            candidate = day.replace(year=year)
        except ValueError:      # 29 February
            continue
        if candidate.weekday() == WEEKDAY_NAMES.index(named):
            return candidate
    return day


def find_time_expressions(text: str, published: date) -> list[DateMention]:
    """Every time expression in ``text`` with the dates it stands for, in text order."""
    out: list[DateMention] = []
    kept = _matches(text)
    i = 0
    weekday_start: int | None = None
    while i < len(kept):
        name, m = kept[i]
        i += 1
        if (not m.group("prep") and RECURRING_BEFORE.search(text, max(0, m.start() - 8), m.start())) or \
                (name in RECURRING_NAMES and RECURRING_AFTER.match(text, m.end())) or \
                (name == "weekday" and not m.group("prep") and WEEKLY_SLOT_AFTER.match(text, m.end())):
            continue    # "every Tuesday", "each spring", "on Sunday nights", "in April each year": a SET, no date
        if name == "weekday" and i < len(kept) and kept[i][0] in ("day_month", "full_date", "iso") and \
                WEEKDAY_THEN_DATE.fullmatch(text, m.end(), kept[i][1].start()):
            weekday_start = m.start()   # "on Tuesday, March 4": one expression, dated by its date
            continue
        # the words before the expression proper, its preposition among them, say its side ("set for April")
        in_dateline = _is_dateline(text, m)
        tense = None if in_dateline else tense_of(text, m.start("core"), m.end())
        if tense == "forecast":     # a weekday's forecast told in the past is the coming one; a month's either side
            tense = "future" if name in ("weekday", "weekend") else None
        prep = " ".join((m.groupdict().get("prep") or "").lower().split())
        if name in ("weekday", "day_month") and prep in ("", "on") and \
                (limit := LIMIT_AT_TIME_BEFORE.search(text, max(0, m.start() - 40), m.start())):
            prep = limit["limit"].lower()   # "effective until 11:59 p.m. CT on Sunday": a limit, as "until Sunday" is
        if prep == "since" or re.search(r"(?i)\bsince\s+$", text[max(0, m.start() - 7):m.start()]):
            tense = "past"      # "the fifth deal since October" counts from a time already past, whatever the verb
        moved = prep == "from" and name in ("month", "month_part", "day_month") and (verb := MOVED_FROM.search(text, _sentence_start(text, m.start()), m.start())) is not None \
            and not PLUPERFECT_BEFORE.search(text, max(0, verb.start() - 12), verb.start())
        # "asked the market to suspend trading until Monday", "told to leave by 5 January": a limit of what was yet to be
        # done when told, either side of the time of writing: the nearer one (a weekday's below, as an intent's)
        limit_to_do = tense == "past" and prep.split(" ")[0] in ("until", "till", "by") and _limit_to_do(text, m.start())
        if limit_to_do and name != "weekday":
            # (a season, quarter or half has no nearer reading with no tense: the coming one, as after a limit with none)
            tense = "future" if name in ("season", "quarter", "half", "weekend") else None
        elif tense is None and prep.split(" ")[0] in ("until", "till", "by", "beyond"):
            tense = "future"    # "the curfew runs until Friday", "a deal by June": a limit not yet reached
        if name == "weekday" and not prep and WEEKDAY_SUBJECT_AHEAD.match(text, m.end()):
            tense = "future"    # "Tuesday is all about turnout", "Sunday will be decisive": the weekday's own verb
        if name == "weekday" and WEEKDAY_OUTCOME_AFTER.match(text, m.end()):
            tense = "past"      # "suffered damage in Tuesday's 3-1 defeat", "will get $30,000 for selling Friday's winning ticket"
        awaited_from = None     # the day a past clause tells of, a weekday awaited in it lying after it
        if (tense is None or tense == "past" and name == "weekday" and
                not PLUPERFECT.search(_sentence(text, m.start(), m.end()))) and \
                AHEAD_OF_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            # "investors are wary ahead of Friday's jobs report", "shares fell ahead of Friday's report"; after a
            # day told before it in its sentence, the first such weekday after that day ("shares fell on Monday
            # ahead of Tuesday's rate decision", written on a Thursday: that Tuesday, now past)
            if tense == "past":
                awaited_from = next((d.date for d in reversed(out) if d.granularity == "day" and
                                     d.start_char >= _sentence_start(text, m.start())), None)
            tense = "future"
        if tense is None and (name == "weekday" and prep in ("", "on") or name == "weekend" and prep in ("at", "on", "over") or
                              name == "month" and prep == "in") and \
                ARRANGED_BEFORE.search(text, _sentence_start(text, m.start()), m.start()):
            tense = "future"    # "the summit is on Monday", "is visiting Paris in May", "the final is at the weekend"
        if tense == "past" and name in ("day_month", "month") and prep in ("", "on", "in", "by", "until", "till", "beyond") and \
                _purpose(text, m.start(), m.end()):
            tense = None    # "urged fans to boycott her 12 March concert", "decided to shut the plant in March": the nearer one
        intent = tense == "past" and name == "weekday" and (limit_to_do or prep in ("", "on") and
                                                            INTENT_BEFORE.search(text, max(_sentence_start(text, m.start()),
                                                                                           m.start() - 120), m.start()) is not None)
        future = tense == "future"
        if name in ("window", "period") and tense == "past" and prep in ("", "in") and \
                (following := NEXT_AS_FOLLOWING.search(text, max(0, m.start() - 7), m.end())) and \
                following.end() == m.end() and following.start("core") <= m.start("core"):
            name, m = "anaphoric", following    # "signed in 2005, it collapsed the next year": 2006, as "the following year"
        # what "the next day", "during the year" count from: in a clause that does not look ahead, no time ahead
        # named in an earlier sentence ("margins could reach 14.8% by 2006. During the year WPP bought Grey")
        opens = _sentence_start(text, m.start()) if name in ANAPHORS else 0
        clause_that = False     # "that" before a month opens a clause ("said that March was wet"), no part of the expression
        prior = out if tense == "future" or not opens else [d for d in out if not (d.future and d.start_char < opens)]
        try:
            if name in ("anaphoric", "the_period"):
                if prior and prior[-1].granularity in ("day", "part", "month", "season") and m.group("core").endswith("year") and \
                        re.fullmatch(r"\s+(?i:of\s+)?", text[prior[-1].end_char:m.start("core")]):
                    prior = prior[:-1]  # "January the following year": the year of that month, counted from the time before it
                interval = _anaphoric(m, prior, published)
            elif name == "the_quarter":
                interval = _the_quarter(m, prior, published, future)
            elif name == "same_period":
                interval = _same_period(m, prior, published)
            elif name == "ago" and (period := _period_compared(m, out, text)) is not None:
                interval = _shifted(period, -number_value(m.group("n")))    # "$793m a year ago" after "the fourth quarter"
            elif name == "that_time":
                then = _anchor(prior, ANCHORING, text)
                interval = Interval(then.date, then.end_date, then.granularity, label=then.label) if then is not None else None
            elif name in ("month", "month_part", "season", "day_month") and \
                    (year_after := THAT_YEAR_AFTER.match(text, m.end())) and (then := _anchor(prior, ANCHORING, text)) is not None:
                interval = resolve(name, m, published, future, tense)    # "in January of that year", "the spring of that year"
                step = ANAPHORIC_STEP[" ".join(year_after["which"].lower().split())]    # "in March the following year"
                interval = interval and _years_on(interval, then.date.year + step - interval.start.year)
            elif name == "month" and prep == "that":    # "approved that December": the month in the year spoken of last
                if m.group("month") == "May" or re.match(r"\s+[A-Z]", text[m.end():]):
                    interval = None     # "said that May would", "that June Okafor": a name
                elif not future and (then := _anchor(prior, ANCHORING, text)) is not None and \
                        not text.startswith(("'s", "’s"), m.end()):
                    interval = month_interval(then.date.year, month_number(m.group("month")))
                else:   # "said that March was wet", "that March's figures": "that" opens a clause, the month is a bare one
                    interval = resolve("month_genitive" if text.startswith(("'s", "’s"), m.end()) else name, m, published,
                                       future, tense)
                    clause_that = True
            elif name == "sequence":
                interval = _in_sequence(m, prior, published, future)
            elif name == "weekday" and prep == "that" and (day := _anchor(prior, {"day"}, text)) is not None:
                interval = _that_weekday(day.date, WEEKDAY_NAMES.index(m.group("weekday")))
            else:
                interval = resolve(name, m, published, future, tense)
                if awaited_from is not None and interval is not None:
                    target = WEEKDAY_NAMES.index(m.group("weekday"))
                    interval = Interval(awaited_from + timedelta(days=(target - awaited_from.weekday() - 1) % 7 + 1),
                                        None, "day")
                if intent and interval is not None and (ahead := resolve(name, m, published, True, "future")) is not None and \
                        (ahead.date - published).days < (published - interval.date).days:
                    # "an order to block Sunday's sale", "tipped to win the prize on Friday": the nearer of the two
                    interval, future = ahead, True
                if interval is not None and name == "weekday" and not prep and \
                        THE_BEFORE.search(text, max(0, m.start() - 4), m.start()) and \
                        (day := _anchor(prior, {"day"}, text)) is not None and abs((published - day.date).days) > 7:
                    # "struck on 2 May 2008. On the Tuesday, aid arrived": a weekday of the story's week, told weeks
                    # before or after the time of writing: the first such weekday from the day spoken of (from the
                    # first day of a span of days: "from 10-12 June ... on the Saturday night")
                    day = next((d for d in prior if d.rule == "coordinated:day_month" and
                                0 <= day.start_char - d.end_char <= 3), day)
                    target = WEEKDAY_NAMES.index(m.group("weekday"))
                    interval = Interval(day.date + timedelta(days=(target - day.date.weekday()) % 7), None, "day")
                elif interval is not None and name == "weekday" and prep in ("", "on") and prior and \
                        prior[-1].rule == "weekday" and abs((published - prior[-1].date).days) > 7 and \
                        m.start() - prior[-1].end_char < STORY_WEEK_REACH:
                    # "Iron Maiden headline on the Friday, Pixies follow on Saturday": after a weekday of a story's
                    # week weeks away from the time of writing, the next weekday told goes on in that week
                    then = prior[-1].date
                    target = WEEKDAY_NAMES.index(m.group("weekday"))
                    interval = Interval(then + timedelta(days=(target - then.weekday()) % 7), None, "day")
        except (ValueError, OverflowError) as exc:  # a calendar corner no rule foresaw: skip the expression
            log.debug("unresolved time expression %r: %s", m.group(0), exc)
            continue
        if interval is None:
            continue
        if name in ("month", "season", "month_part") and not m.groupdict().get("y") and i < len(kept) and \
                (year := _partner_year(text, m, kept[i][1], interval.start.month)) is not None:
            interval = _years_on(interval, year - interval.start.year)     # "in June and July 2008", "late March or early April 2003"
        if in_dateline and not out and m.start() < DATELINE_REACH and interval.granularity == "day" and \
                -1 <= (published - interval.date).days <= DATELINE_LAG:
            # the story's dateline ("SAN DIEGO, Oct. 12 - Qualcomm today announced") is the day it was written: "today",
            # "on Monday" count from it, as TIMEX3 takes a wire story's dateline for its creation time
            published = interval.date
        if name in ("edge", "quarter", "year_part") and OF_THE_YEAR.search(m.group("core")):
            interval = _of_the_year(interval, _anchor(prior, ANCHORING, text), published, future)
        elif name == "edge" and OF_THE_MONTH.search(m.group("core")) and not future and \
                (then := _anchor(prior, {"day", "part", "week", "month"}, text)) is not None:
            # "founded in March 2003; by the end of the month ...": of the month spoken of last
            interval = _years_on(interval, then.date.year - interval.date.year)
            interval = Interval(*(d and d + relativedelta(months=then.date.month - interval.date.month)
                                  for d in (interval.date, interval.end)), interval.granularity)
        elif name == "edge" and OF_THE_WEEK.search(m.group("core")) and not future and \
                (then := _anchor(prior, {"day", "part", "week"}, text)) is not None:
            # "sank on 4 May 2009; by the end of the week ...": of the week spoken of last
            shift = week_interval(then.date).date - week_interval(interval.date).date
            interval = Interval(*(d and d + shift for d in (interval.date, interval.end)), interval.granularity)
        if interval.granularity == "part" and not future and interval.start <= published < interval.date:
            interval.date = published  # "early April" in an article of April 2 has not reached the 5th
        start, end, rule = (m.start("core") if clause_that else m.start()), m.end(), name
        if name == "season" and prep == "of" and (edge := SEASON_EDGE_BEFORE.search(text, max(0, start - 40), start)):
            start = edge.start()    # "the end of the summer": one expression, as TIMEX3 tags it
        if interval.granularity == "day" and name in ("day_month", "full_date", "weekday", "iso") and \
                (week := WEEK_OF_DAY.search(text, max(0, m.start("core") - 30), m.start("core"))):
            # "the week of October 6", "in the week beginning 5 May": the week that day lies in
            interval, start, rule = week_interval(interval.date), min(start, week.start()), f"week_of_day:{name}"
        if weekday_start is not None:
            if name == "day_month" and interval.granularity == "day":   # the weekday tells the year: "Wednesday 19 January"
                interval.date = _year_by_weekday(interval.date, text[weekday_start:start], published)
            start, weekday_start = weekday_start, None
        if prep in ("between", "from"):  # "between 2014 and 2020", "from March 1 to March 5"
            # a range that looks ahead ends ahead (a moved date: the next one); not one that bounds a length named
            # before it, whose verb tells of the length ("the five months from 3 August to 24 December will be tough")
            length = LENGTH_BEFORE.search(text, max(0, m.start() - 12), m.start()) is not None
            ahead = moved or future and not length
            second = _range_end(text, end, published, future or moved, "future" if ahead else None)
            if second is not None:
                other, end, other_name = second
                if other_name in ("full_date", "month_year") and name in ("day_month", "month", "month_part") and not moved:
                    interval = _in_year(interval, other.date.year)  # "from 20 November to 11 December 2015"
                if other_name == "month" and interval.granularity in ("month", "part", "day") and not moved:
                    # a month with no year ends the range in the first such month from its start ("from
                    # March to May" is one spring, whichever side of publication it lies)
                    month = other.date.month
                    other = month_interval(interval.start.year + (month < interval.start.month), month)
                elif other_name == "day_month" and name == "day_month" and not moved and not length and ahead and \
                        (first := _same_day_in(interval.date, other.date.year)) is not None:
                    # a range of days that looks ahead ends ahead, begun on the last such day before its end ("is
                    # to run from January 23 through March 9", written on 28 January: begun, not next year's)
                    interval = Interval(first if first <= other.date else _same_day_in(first, first.year - 1) or first,
                                        None, "day")
                elif other_name == "day_month" and interval.granularity == "day" and not moved and not length and \
                        (last := _same_day_in(other.date, interval.date.year)) is not None:
                    # else a day with no year ends it on the first such day from its start ("from 3 August to 24
                    # December", "from 28 December to 3 January"), as the two read alone may lie either side
                    other = Interval(last if last >= interval.date else _same_day_in(last, last.year + 1) or last,
                                     None, "day")
                while i < len(kept) and kept[i][1].start() < end:
                    i += 1
                if moved:   # the date it was moved from: the one of its name nearest the new date
                    interval = min((_in_year(interval, other.date.year + k) for k in (-1, 0, 1)),
                                   key=lambda moved_from: abs((moved_from.date - other.date).days))
                elif (other.end or other.date) < interval.start and name in ("day_month", "month", "month_part"):
                    interval = _in_year(interval, interval.start.year - 1)  # "from 3 August to 24 December": one year
                elif tense == "past" and other.date > published and other_name in ("month", "day_month") and \
                        name in ("day_month", "month", "month_part") and not _year_named_after(m, published) and \
                        not RESCHEDULED_VERB.search(text, _sentence_start(text, start), start):
                    # "the talks ran from March to May" written in March: the last such span that has ended
                    interval, other = _in_year(interval, interval.start.year - 1), _in_year(other, other.date.year - 1)
                interval, rule = Interval(interval.start, other.end or other.date, "span"), f"range:{name}+{other_name}"
        elif prep == "since" or re.search(r"(?i)\bsince\s+$", text[max(0, start - 7):start]):
            start = text.rfind("since", max(0, start - 7), start) if prep != "since" else start
            interval, rule = Interval(interval.start, published, "span"), f"since:{name}"
        ahead = interval.granularity == "future" or (interval.granularity not in ("present", "past")
                                                     and (future or interval.start > published))
        if rule in ("day_month", "full_date") and interval.granularity == "day":
            # "October 6 and 7", "March 5-6, 2009", "on 6 and 7 October": TIMEX3 tags each day, in the month named once
            if rule == "day_month" and (second := SECOND_DAY.match(text, end)) and \
                    (day2 := _same_month_day(interval.date, second["d"])):
                if second["y"]:
                    interval.date, day2 = _same_day_in(interval.date, int(second["y"])), _same_day_in(day2, int(second["y"]))
                out.append(_mention(text, start, end, interval, rule, ahead))
                if day2 is not None:
                    out.append(_mention(text, second.start("d"), second.end(), Interval(day2, None, "day"),
                                        "coordinated:day_month", ahead))
                while i < len(kept) and kept[i][1].start() < second.end():
                    i += 1
                continue
            first = FIRST_DAY_BEFORE.search(text, max(0, m.start("core") - 14), m.start("core"))
            key = "d" if first is not None and first["d"] else "d2"
            if first and not (out and out[-1].end_char > first.start(key)) and \
                    (day1 := _same_month_day(interval.date, first[key])) is not None:   # "from 14 to 17 February" too
                out.append(_mention(text, first.start(key), first.end(key), Interval(day1, None, "day"),
                                    "coordinated:day_month", ahead))
        out.append(_mention(text, start, end, interval, rule, ahead))
        # "in 2007 and 2008", "in early 2001 and 2002", "the 2004 and 2005 models": the second has no word of its own (after
        # a year that names a thing, the plural after the second is the thing both name, no count, when the two years
        # are near: "the 2004 and 1800 troops" counts)
        if name in ("year", "year_after", "month", "year_part", "year_modifier") and ":" not in rule and \
                (link := COORDINATED.match(text, end)):
            second = _match_at(text, link.end())
            if second and second[0] == ("month" if name == "month" else "year") and second[1].end() > link.end() and \
                    (name == "month" or re.match(_NO_COUNTED_NOUN if name == "year_modifier" else _NOT_COUNTED,
                                                 text[second[1].end():])) and \
                    (name != "year_modifier" or abs(int(second[1]["y"]) - interval.start.year) <= 20) and \
                    not (i < len(kept) and kept[i][1].start() < second[1].end()):
                kept.insert(i, second)
    return out


OF_THE_YEAR = re.compile(r"(?i)\bof\s+the\s+year$")
OF_THE_MONTH = re.compile(r"(?i)\bof\s+the\s+month$")
OF_THE_WEEK = re.compile(r"(?i)\bof\s+the\s+week$")


def _of_the_year(interval: Interval, then: DateMention | None, published: date, future: bool) -> Interval:
    """"the first half of the year", "the fourth quarter of the year": of the year spoken of last; with none, of the
    publication year, or the year before where the part has not begun and the clause looks back."""
    if then is not None and not future:     # a clause looking ahead speaks of a year to come, not of one told before
        return _in_year(interval, then.date.year)
    if not future and interval.date > published:
        return _in_year(interval, interval.date.year - 1)
    return interval


ANAPHORS = ("anaphoric", "the_period", "same_period", "that_time", "weekday", "the_quarter", "edge", "quarter", "year_part")
# Granularities whose date can anchor "the next day", "that year" (not "now", "recently" or a span).
QUARTERS = {"quarter", "fiscal_quarter"}    # a calendar quarter, and one of a fiscal year named by its number
ANCHORING = {"day", "part", "week", "month", "quarter", "fiscal_quarter", "half", "fiscal_half", "season", "year", "fiscal_year",
             "year_modifier"}
# A date after "from", "than", "compared with", "up 2% on" is the base of a comparison ("down from $1bn in the fourth
# quarter of 2003"), not the time the text goes on about: "a year earlier" after it counts from the time before it.
COMPARISON_BASE = re.compile(r"(?i)\b(?:from|(?<!more\s)(?<!less\s)(?<!fewer\s)than|compared\s+(?:\w+ly\s+)?(?:with|to)|against|versus|"
                             r"(?:(?<=%\s)|(?<=\bcent\s)|(?<=\bup\s)|(?<=\bdown\s))on)\b"
                             r"(?:[^.;:!?]|(?<=\d)\.(?=\d)){0,30}$")      # "from 10.2% in 2003": a decimal point ends nothing


def _anchor(before: list[DateMention], fine: set[str], text: str) -> DateMention | None:
    """The last expression before that has a date as fine as ``fine`` and is no comparison's base. A closed range
    ("from 3 August to 24 December") anchors what counts in years ("up 2.9% on a year earlier") by its start."""
    usable = [d for d in before if d.date is not None and (d.granularity in fine or
                                                           ("year" in fine and d.rule.startswith("range:")))]
    for d in reversed(usable):
        opening = 3 if text.startswith("on ", d.start_char) else 0     # "up 2.6% on 2003": its own "on" says so
        if not COMPARISON_BASE.search(text, max(0, d.start_char - 40), d.start_char + opening):
            return d
    return usable[-1] if usable else None
PARTS_OF_DAY = ("morning", "afternoon", "evening", "night")
# "The next year", "the next month" told in the past count from the time spoken of last, as "the following year" does;
# looking ahead ("will review it over the next year") they are the window ahead of the time of writing.
NEXT_AS_FOLLOWING = re.compile(r"(?P<prep>\b(?i:in)\s+)?(?P<core>(?P<which>(?i:the\s+next))\s+(?P<unit>(?i:week|month|quarter|year)))\b")
ANAPHORIC_STEP = {"that": 0, "that same": 0, "the same": 0, "the next": 1, "the following": 1, "after": 1, "later": 1, "the previous": -1,
                  "the preceding": -1, "the prior": -1, "before": -1, "previous": -1, "earlier": -1, "prior": -1, "afterwards": 1}


def _anaphoric(m: re.Match, before: list[DateMention], published: date) -> Interval | None:
    """"that day", "the next day", "the year before", "to end the day": counted from the last time
    expression before it that has a date at least as fine as the unit (the article's publication
    date when there is none)."""
    g = m.groupdict()
    unit = (g.get("unit") or g.get("unit2") or g.get("unit3") or g.get("unit4") or g.get("unit5") or g.get("unit6")
            or "day").lower()
    unit = "day" if unit in PARTS_OF_DAY else unit    # "that night", "the next morning": a day, as records keep it
    which = " ".join((g.get("which") or g.get("next") or g.get("rel") or g.get("rel2") or "that").lower().split())
    step = ANAPHORIC_STEP[which] * (number_value(g["n"]) if g.get("n") else 1)    # "three days later"
    if unit in SEASONS:
        return _season_spoken_of(unit, step, _anchor(before, ANCHORING, m.string), published)
    fine = {"day": {"day"}, "week": {"day", "part", "week"}, "weekend": {"day", "part", "week"}, "month": {"day", "part", "week", "month"},
            "quarter": {"day", "part", "week", "month", *QUARTERS}}.get(unit, ANCHORING)
    found = _refined(_anchor(before, fine, m.string), before, fine, m.string)
    if unit == "quarter" and "same" in which and (quarter := _anchor(before, QUARTERS, m.string)) is not None:
        found = quarter     # "the same quarter" is the quarter named last, not the one of a day or week told since
    if found is None and (step or g.get("which")) and (coarse := _anchor(before, ANCHORING, m.string)) is not None and \
            (coarse.end_date or coarse.date) < published:
        # "arrested in 2005; two days later ...": counted from a time coarser than the unit, told in the past, it is known
        # only as well as that time is (not counted from the publication date, which the story has left behind)
        return Interval(coarse.date, coarse.end_date, coarse.granularity, label=coarse.label)
    anchor = found.date if found is not None else published
    if unit == "year" and g.get("n") and found is not None and found.granularity in (*QUARTERS, "half", "month"):
        # "a year earlier" after "the fourth quarter": the same quarter a year before
        return _shifted(found, step)
    if unit == "day":
        return Interval(anchor + timedelta(days=step), None, "day")
    if unit == "weekend":   # "that weekend", "the following weekend", "the previous weekend": by the day spoken of last
        saturday = anchor + timedelta(days=5 - anchor.weekday())
        if step > 0 and saturday <= anchor:
            saturday += timedelta(days=7)
        elif step < 0:
            saturday -= timedelta(days=7 if saturday + timedelta(days=1) >= anchor else 0)
        return Interval(saturday, saturday + timedelta(days=1), "week")
    if unit == "week":      # "two weeks later" is a day, as "a week ago" is; "the following week" a week
        day = anchor + timedelta(days=7 * step)
        return Interval(day, None, "day") if g.get("n") else week_interval(day)
    if unit == "month":
        ref = anchor + relativedelta(months=step)
        return month_interval(ref.year, ref.month)
    if unit == "quarter":
        ref = anchor + relativedelta(months=3 * step)
        return quarter_interval(ref.year, (ref.month - 1) // 3 + 1)
    return year_interval(anchor.year + step)


def _refined(found: DateMention | None, before: list[DateMention], fine: set[str], text: str) -> DateMention | None:
    """The time a count from ``found`` starts at, when a coarser time told after it moved the story on: the day of that
    coarser time told before it ("play on Tuesday, 14 June ... fans of the 22 February show ... The June gig will act as
    a warm-up for a concert four days later": four days after 14 June, not after 22 February); ``found`` when none. A
    comparison's base ("lower than 2003's loss") moves nothing, its opening word ("than 2003") read with it."""
    if found is None:
        return None
    later = [d for d in before if d.start_char > found.start_char and d.date is not None and d.granularity in ANCHORING and
             d.granularity not in fine and not COMPARISON_BASE.search(text, max(0, d.start_char - 40), timex_extent(d)[0])]
    if not later:
        return found
    coarse = later[-1]
    first, last = coarse.date, coarse.end_date or coarse.date
    if first <= found.date <= last:
        return found
    return next((d for d in reversed(before) if d.start_char < coarse.start_char and d.granularity in fine and
                 d.date is not None and first <= d.date <= last), found)


def _season_spoken_of(season: str, step: int, found: DateMention | None, published: date) -> Interval:
    """"that spring", "the following winter", "the previous summer": the season in the time spoken of last (the one
    begun in its December for a winter spoken of in January or February), the first one beginning after it, or the
    last one ended before it."""
    first_month = SEASONS[season][1]
    start = found.date if found is not None else published
    last = (found.end_date or found.date) if found is not None else published
    begins = date(start.year - (first_month == 12 and start.month <= 2), first_month, 1)
    length = relativedelta(months=3)
    while step > 0 and begins <= last:
        begins += relativedelta(years=1)
    while step < 0 and begins + length > start:
        begins -= relativedelta(years=1)
    return Interval(begins, begins + length - timedelta(days=1), "season")


def _the_quarter(m: re.Match, before: list[DateMention], published: date, future: bool) -> Interval | None:
    """"in the quarter", "in the latest quarter", "in the period": the quarter (a quarter, half or month for "the
    period") spoken of last; with none, a quarter is the last one ended (the current one in a clause looking ahead),
    a period nothing."""
    period = m.group("unit").lower() == "period"
    found = _anchor(before, {*QUARTERS, "half", "month"} if period else QUARTERS, m.string)
    if found is not None:
        return _shifted(found, 0)
    if period:
        return None
    ref = published if future else published - relativedelta(months=3)
    return quarter_interval(ref.year, (ref.month - 1) // 3 + 1)


def _shifted(period: DateMention, years: int) -> Interval:
    """A quarter, half or month ``years`` years from the one ``period`` names."""
    first = period.date + relativedelta(years=years)
    if period.label:    # a reported fiscal quarter: its own days and its fiscal year, so many years on
        fy, q = FISCAL_LABEL.fullmatch(period.label).groups()
        return Interval(first, period.end_date and period.end_date + relativedelta(years=years, day=31), period.granularity,
                        label=f"FY{int(fy) + years:04d}-{q}")
    if period.granularity in ("quarter", "fiscal_quarter"):
        quarter = quarter_interval(first.year, (first.month - 1) // 3 + 1)
        return Interval(quarter.date, quarter.end, period.granularity)
    if period.granularity == "half":
        start = date(first.year, 1 if first.month <= 6 else 7, 1)
        return Interval(start, month_interval(start.year, start.month + 5).end, "half")
    return month_interval(first.year, first.month)


def _period_compared(m: re.Match, before: list[DateMention], text: str) -> DateMention | None:
    """The quarter or half a comparison's base "a year ago" is of ("net income of $104m in the fourth quarter, compared
    with a loss of $793m a year ago": the fourth quarter a year before, as "a year earlier" is): one named earlier in
    its sentence, the base standing after "compared with", "from", "than"; None for any other "ago"."""
    if m.group("unit").lower() not in ("year", "years") or m.group("n") is None or \
            " ".join(m.group("n").lower().split()) in VAGUE_COUNTS or \
            not COMPARISON_BASE.search(text, max(0, m.start() - 40), m.start("core")):
        return None
    opens = _sentence_start(text, m.start())
    return _anchor([d for d in before if d.start_char >= opens], {*QUARTERS, "half"}, text)


def _same_period(m: re.Match, before: list[DateMention], published: date) -> Interval:
    """"the same period last year", "the same quarter in 2003": the quarter, half or month the text spoke of
    last, in the year named (a year before that period for "a year earlier"); the year alone when there is
    no such period before it."""
    g = m.groupdict()
    which = " ".join((g["which"] or "a year earlier").lower().split())    # "the year-earlier period"
    found = _anchor(before, {*QUARTERS, "half", "month"}, m.string)
    if g.get("y"):
        year = int(g["y"])
    elif "last year" in which:
        year = published.year - 1
    else:   # a year earlier / before, the previous year: a year before the period spoken of
        year = (found.date.year if found is not None else published.year) - 1
    if found is None:
        unit = (g["unit"] or g["core"].split()[-1]).lower()
        if unit in ("month", "quarter"):    # "the same month last year", "the year-ago quarter": the one of writing
            whole = month_interval(year, published.month) if unit == "month" else \
                quarter_interval(year, (published.month - 1) // 3 + 1)
            return whole
        return year_interval(year)
    return _shifted(found, year - found.date.year)


# What joins the two ends of a range, a hedge on the second among it ("from March until at least May").
RANGE_LINK = re.compile(r"\s*(?:and|to|until|till|through|-|–)\s*" + RANGE_HEDGE)


LENGTH_BEFORE = re.compile(r"(?i)\b(?:days|weeks|months|years|period)\s+$")


def _range_end(text: str, end: int, published: date, future: bool,
               tense: str | None = None) -> tuple[Interval, int, str] | None:
    link = RANGE_LINK.match(text, end)
    second = _match_at(text, link.end()) if link else None
    if second is None:
        return None
    name, m = second
    other = resolve(name, m, published, future, tense)
    return (other, m.end(), name) if other is not None else None


# What an expression's granularity says about its precision, and how its value is written (TIMEX3 style).
PRECISION = {"day": "day", "week": "week", "month": "month", "part": "month", "year": "year", "span": "day",
             "quarter": "quarter", "season": "season", "fiscal_year": "year", "year_range": "year",
             "year_modifier": "year", "historic": "day"}
SEASON_CODES = {3: "SP", 6: "SU", 9: "FA", 12: "WI"}


# A window with no count ("in recent weeks", "in the coming months") names no length: a vague reference.
VAGUE_WINDOW = re.compile(r"(?i)\brecent\s+[a-z]+s\b|\bcoming\s+[a-z]+s\b|[a-z]s\s+(?:ahead|to\s+come)$|"
                          r"\b(?:few|several|couple\s+of)\s+[a-z]+s$|"   # "the past few weeks": no count to reckon
                          r"\b(?:past|last|previous|prior|earlier|future|next)\s+(?:day|week|month|year|decade)s$")     # "in past years", "the last years", "in future years", "in the next months"


HALF = re.compile(r"(?i)\bhalf\b")
# The unit a span takes from the rule of the expression it opens with ("since 2014" a year, "since last summer" a season,
# "since mid-March" a month); a period ("since last week") takes the unit it names, anything else is a day.
SPAN_OPENING_PRECISION = {"year": "year", "year_after": "year", "short_year": "year", "year_modifier": "year",
                          "year_initial": "year", "month": "month", "month_year": "month", "month_part": "month",
                          "month_modifier": "month", "month_genitive": "month", "month_of_year": "month", "decade": "decade",
                          "century": "century", "quarter": "quarter", "half": "half", "season": "season",
                          "fiscal_year": "fiscal_year", "week_of": "week", "weekend": "week"}
EDGE_OF_MONTH = re.compile(r"\b(?i:of)\s+(?:" + _MONTH + r"|(?i:the|this|last|next)\s+(?i:month))\b")
PERIOD_UNIT = re.compile(r"(?i)\b(weekend|week|month|quarter|year|decade|century)$")
# A rolling window of one unit, no count: "the past year", "this past week", "the last decade".
ROLLING_UNIT = re.compile(r"(?i)\b(?:past|last|previous)\s+(week|month|year|decade)$")
COUNTED_UNIT = re.compile(r"(?i)\b(week|month|year|decade)s$")     # "the past three years": from a year


# The words before a time expression that TIMEX3 leaves out of its extent: a preposition and a hedge on a limit ("in
# 2005" is tagged "2005", "until at least May" "May", "in the past" "the past"); "earlier", "late", "this" and the like
# stay in ("earlier today", "late last year", as MEANTIME tags them).
EXTENT_OPENING = re.compile(r"(?i)(?:(?:as\s+(?:early|late|recently|far\s+back|long\s+ago)\s+as|"
                            r"in|on|at|since|during|until|till|by|from|over|through|throughout|before|after|between|of|"
                            r"for|to|within|into|than|around|circa|as\s+of|up\s+to|ahead\s+of|compared\s+(?:with|to)|founded|established|formed|born|beyond|both|either|"
                            r"built|incorporated|overnight)\s+" +
                            RANGE_HEDGE + r")+(?=\S)")


# Expressions a preposition is part of ("at present", "to date", "in future"): kept whole.
WHOLE_WITH_PREPOSITION = re.compile(r"(?i)(?:present|date|future)$")


def timex_extent(d: DateMention) -> tuple[int, int]:
    """The characters TIMEX3 would tag for ``d``: its text less the preposition that opens it ("on Monday" -> "Monday").
    A genitive after it stays out ("Monday's" is tagged "Monday", as MEANTIME does)."""
    m = EXTENT_OPENING.match(d.text)
    if m and m.end() < len(d.text) and not WHOLE_WITH_PREPOSITION.fullmatch(d.text, m.end()):
        return d.start_char + m.end(), d.end_char
    return d.start_char, d.end_char


def iso_value(d: DateMention) -> tuple[str | None, str]:
    """(ISO 8601 value at the precision the text gives, that precision): "2021-04-01" day, "2021-03"
    month, "2021" year, "2021-W14" week; a span ("since 2014") is valued by its start at the precision
    of the expression it opens with."""
    if d.date is None:
        return None, "day"
    gran = d.granularity
    if gran == "span" and d.rule in ("window", "period") and (unit := ROLLING_UNIT.search(d.text)):
        # "the past year", "over the last decade": TIMEX3 values the unit the rolling window mostly lies in, the
        # one before the time of writing ("the past decade" written in 2011 is "200"), as it values "last year"
        gran = unit.group(1).lower()
    elif gran == "span" and d.rule == "window" and (unit := COUNTED_UNIT.search(d.text)) and \
            not VAGUE_WINDOW.search(d.text):
        gran = unit.group(1).lower()    # "over the past three years" starts in a year, not on a day of it
    if gran == "span":     # "since last summer", "from the second quarter of 2008 to ...": the opening expression's unit
        opening = d.rule.split(":", 1)[-1].split("+")[0]
        if opening == "edge" and EDGE_OF_MONTH.search(d.text):    # "since end of November 2015": a part of a month
            return f"{d.date.year:04d}-{d.date.month:02d}", "month"
        unit = PERIOD_UNIT.search(d.text) if opening == "period" else None
        gran = {"weekend": "week"}.get(unit.group(1).lower(), unit.group(1).lower()) if unit else \
            SPAN_OPENING_PRECISION.get(opening, "day")
    if gran == "present":
        return "PRESENT_REF", "vague"           # "now", "currently": the present as TIMEX3 writes it, not a day
    if gran in ("past", "future") or (d.rule == "window" and VAGUE_WINDOW.search(d.text)):
        # "recently", "in the future", "in recent weeks", "in the coming months": TIMEX3's PAST_REF / FUTURE_REF
        future = gran == "future" or (d.rule == "window" and re.search(r"(?i)coming|next|ahead|to\s+come|future", d.text) is not None)
        return ("FUTURE_REF" if future else "PAST_REF"), "vague"
    if gran in ("century", "this_century"):
        return f"{d.date.year // 100:02d}", "century"
    if gran in ("quarter", "fiscal_quarter"):
        if d.label:
            return d.label, "quarter"
        fiscal = "FY" if gran == "fiscal_quarter" else ""
        return f"{fiscal}{d.date.year:04d}-Q{(d.date.month - 1) // 3 + 1}", "quarter"
    if gran in ("half", "fiscal_half"):
        fiscal = "FY" if gran == "fiscal_half" else ""
        return f"{fiscal}{d.date.year:04d}-H{1 if d.date.month <= 6 else 2}", "half"
    if gran == "season":
        return f"{d.date.year:04d}-{SEASON_CODES[d.date.month]}", "season"
    if gran == "fiscal_year":
        return f"FY{d.date.year:04d}", "year"
    if gran in ("year_range", "year_modifier"):
        return f"{d.date.year:04d}", "year"
    if gran == "decade":
        return f"{d.date.year // 10:03d}", "decade"
    if d.rule.endswith("edge") and HALF.search(d.text) and d.end_date and (d.end_date - d.date).days > 150:
        return f"{d.date.year:04d}-H{1 if d.date.month <= 6 else 2}", "half"   # "the first half of 2009"
    if d.rule.endswith(("year_part", "edge")) and d.end_date and (d.end_date - d.date).days > 40:
        return f"{d.date.year:04d}", "year"       # "early 2009", "the end of this year": the year
    if d.rule.endswith("year_part"):
        return f"{d.date.year:04d}", "year"
    if d.rule in ("decade",) or gran == "decade":
        return f"{d.date.year // 10:03d}", "decade"
    precision = PRECISION.get(gran, gran)
    if precision == "year":
        return f"{d.date.year:04d}", "year"
    if precision == "month":
        return f"{d.date.year:04d}-{d.date.month:02d}", "month"
    if precision == "week":
        y, w, _ = d.date.isocalendar()
        return f"{y:04d}-W{w:02d}", "week"
    return d.date.isoformat(), "day"
