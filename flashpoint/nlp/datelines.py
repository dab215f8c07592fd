"""What a news dateline is, once: the place (often the date and the agency too) a story is filed from,
opening an article or a paragraph before its first sentence. Places, entities, time expressions,
casualties, the actors' focus country, the speakers of quotes and the PETRARCH suite's scorer
(eval/petrarch.py) all read it from here.

A dateline is PLACE [, REGION] [, DATE] [(AGENCY)] [CLOSE], where

- PLACE is a town's name, in capitals ("BAGHDAD", "SAN DIEGO", "WILKES-BARRE", "ST. LOUIS") or in title
  case ("Kabul"), and may name two towns with a slash ("Bukavu/Nairobi");
- REGION is the state or country after a comma ("Iraq", "Calif.", "MO.", "N.Y.");
- DATE is the day the story is filed ("Dec 9", "October 08", "March 3, 2004", "1996-12-06", "Tuesday");
- AGENCY is the wire in brackets ("(Reuters)", "(AP)", "(Online)");
- CLOSE is the dash or the colon before the story ("-", "--", an en or em dash, ":", PETRARCH's ": --").

    >>> d = dateline("BAGHDAD, Iraq (Reuters) - Two bombs went off.")
    >>> d.text, d.place_text, d.region_text, d.agency_text, d.close_text
    ('BAGHDAD, Iraq (Reuters) -', 'BAGHDAD', 'Iraq', '(Reuters)', '-')
    >>> dateline("MOSUL, Iraq, Dec 9 (AFP) - Six guardsmen were wounded.").date_text
    'Dec 9'
    >>> dateline("Bukavu/Nairobi - United Nations peacekeepers said.").places_text
    ('Bukavu', 'Nairobi')
    >>> dateline("WASHINGTON, October 08 (Online): The government said.").close_text
    ':'
    >>> dateline("LONDON 1996-12-06").date_text          # CoNLL's: a date may close it
    '1996-12-06'

A name in capitals needs only a region, a date, an agency or a closing mark after it (news sites drop
the dash: "TBILISI, Georgia Georgian President ...", "WASHINGTON (CBS) America Online"), but a bare
colon is not enough: "UPDATE:" and "GAO: Outsourcing could hurt ..." open headlines, and "MARK COLVIN:"
a transcript's turn, as often as "NEW DELHI:" opens a story (the places scan takes those and lets the
gazetteer decide). A name in title case needs a date, an agency or a second town, or is a wire service's
("Reuters - ...", words.WIRE_AGENCIES), and a closing mark (a colon only after a date), since a sentence
may open with a name and a dash ("Mr. Smith - who ...") or a date ("On Tuesday, the minister ..."). Not
datelines:
"WASHINGTON POST reports ...", "Mr. Smith - ...", "Meanwhile, Israel - ...", "U.S.-Australia rivalry".

    >>> dateline("WASHINGTON POST reports that ...") is None, dateline("Mr. Smith - the mayor - said.") is None
    (True, True)

Where datelines stand: ``dateline(text, start)`` reads one at a given offset (whitespace skipped);
``datelines(text)`` finds those opening a line; ``dateline_of(text, pos)`` the one a character belongs to
(a date in it dates the report, not the story). ``datelines(text, loose=True)`` is the places scan: it
also takes a name in capitals opening a sentence (a dateline after a headline on the same line:
"Jail Term for Italy's PM.  MILAN (Reuters) - ...") and one before any comma, bracket or colon or right
before the story's first word ("LONDON The Latest on ..."), leaving the gazetteer to decide whether it
is a town. ``closes_dateline(text, pos)`` says whether an optional agency and the closing mark follow.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass

from flashpoint.nlp.calendar import MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES
from flashpoint.nlp.patterns import word_alternation
from flashpoint.nlp.words import HONORIFICS, WIRE_AGENCIES

# -- the parts, as regular-expression text -----------------------------------------------------------
_MONTH = r"(?i:" + word_alternation(list(MONTH_NAMES + MONTH_ABBREVIATIONS)) + r")\b\.?"
_WEEKDAY = r"(?i:" + word_alternation(list(WEEKDAY_NAMES)) + r")\b\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
# a calendar word opens no place or region name: "MOSCOW, Dec 6" is a town and a date
_NOT_DATE = r"(?!(?i:" + word_alternation(list(MONTH_NAMES + MONTH_ABBREVIATIONS + WEEKDAY_NAMES)) + r")\b)"
# "Dec 9", "October 08, 2004", "9 December", "Tuesday, March 4", "1996-12-06", "Friday"
DATE = (r"(?:" + _WEEKDAY + r",?[ \t]+)?(?:" + _MONTH + r"[ \t]*" + _DAY + r"(?:,?[ \t]+\d{4})?|" + _DAY + r"[ \t]+"
        + _MONTH + r"(?:,?[ \t]+\d{4})?|" + _MONTH + r"[ \t]+\d{4}|\d{4}-\d{2}-\d{2})(?!\w)|" + _WEEKDAY)
# a town in capitals, one to four words ("SAN DIEGO", "WILKES-BARRE", "ST. LOUIS", "U.S.")
CAPS_NAME = r"[A-Z][A-Z'’.]+(?:[ -][A-Z][A-Z'’.]+){0,3}"
# a town in title case or capitals ("Kabul", "Port Harcourt")
NAME = _NOT_DATE + r"[A-Z][A-Za-z'’.]*(?:[ -]" + _NOT_DATE + r"[A-Z][A-Za-z'’.]*){0,3}"
# the state or country after the town ("Iraq", "Calif.", "MO.", "N. Y.", "South Africa")
REGION = _NOT_DATE + r"[A-Z][A-Za-z'’.]*(?:[ -]" + _NOT_DATE + r"[A-Z][A-Za-z'’.]*){0,2}"
# a state's abbreviation ("Calif.", "MO.", "N.Y.", "N. Y."), which places look up as a region
STATE_ABBREVIATION = re.compile(r"[A-Z][A-Z]?[a-zA-Z]{0,3}\.(?: ?[A-Z][a-zA-Z]{0,3}\.)?")
# a postal code after the town ("HORRY COUNTY, SC (WMBF) -", "Toronto, ON"): the places scan asks the gazetteer
POSTAL_CODE = re.compile(r"[A-Z]{2,3}(?![\w.])")
AGENCY = r"\([^()\n]{1,40}\)"
# the mark before the story: a dash (a lone hyphen before a space), a colon, or PETRARCH's ": --"
CLOSE = r"(?::[ \t]*)?(?:--|\u2014|\u2013|-(?=\s|$)|(?<=\s)-(?=[A-Z]))|:"


def _grammar(name: str) -> re.Pattern:
    towns = r"(?P<places>" + name + r"(?:[ \t]*/[ \t]*" + name + r")*)"
    then = r"[ \t]*,?[ \t]*"      # a comma may stand before each part, a space around it
    return re.compile(r"\s*" + towns + r"(?:[ \t]*,[ \t]*(?P<region>" + REGION + r"))?(?:" + then + r"(?P<date>" + DATE
                      + r"))?(?:" + then + r"(?P<agency>" + AGENCY + r"))?(?:" + then + r"(?P<close>" + CLOSE + r"))?")


CAPS_DATELINE = _grammar(CAPS_NAME)
TITLE_DATELINE = _grammar(NAME)
_TOWN = re.compile(r"[ \t]*/[ \t]*")
CLOSING = re.compile(r"[ \t]*(?:" + AGENCY + r"[ \t]*)?(?:" + CLOSE + r")")
# the places scan: a name in capitals opening a line or a sentence (not after an initial: "William H.
# NOBLE"), before a comma, a bracket, a dash, a colon, a date ("BONN 1996-08-22", CoNLL's) or the story's
# first capitalised word
LOOSE = re.compile(r"(?m)(?:^|(?<=[.!?]\s)(?<!\b[A-Z]\.\s))[ \t]*(" + CAPS_NAME
                   + r")(?=\s*(?:,|\(|--|\u2014|\u2013|-\s|:)|\s+[A-Z][a-z]|[ \t]+(?:" + DATE + "))")
# after the loose scan's town: ", MO." before a comma, a bracket or a dash ("NEOSHO, MO., February 1")
STATE_AFTER = re.compile(r",[ \t]*(" + STATE_ABBREVIATION.pattern + "|" + POSTAL_CODE.pattern
                         + r")(?=[ \t]*[,(\u2014\u2013-])")
# what every dateline opens with, checked first since most lines and sentences open otherwise: up to six
# capitalised words, then a comma, a bracket, a colon, a dash or a digit
OPENING = re.compile(r"\s*[A-Z][\w'’.]*(?:(?:[ \t]+|[ \t]*[/-][ \t]*)[A-Z][\w'’.]*){0,5}[ \t]*[,(:\u2013\u2014\d-]")
LINE_OPENING = re.compile(OPENING.pattern.replace(r"\s*", r"[ \t]*", 1))
LINE_START = re.compile(r"\n(?=" + LINE_OPENING.pattern + ")")      # a literal first: a fast scan
SENTENCE_START = re.compile(r"(?<=[.!?]\s)(?<!\b[A-Z]\.\s)(?=" + OPENING.pattern + ")")

Span = tuple[int, int]
LONGEST = 100       # characters from a dateline's start to its date: "GAZA CITY, Gaza Strip, Tuesday, Sept. 7, 2004"


@dataclass(frozen=True)
class Dateline:
    """A dateline's parts as character spans of the text it was read from (``None`` where absent)."""
    source: str
    start: int                  # the first character of the first town
    end: int                    # after the closing mark (or the last part there is)
    places: tuple[Span, ...]    # the towns ("Bukavu", "Nairobi")
    region: Span | None = None
    date: Span | None = None
    agency: Span | None = None
    close: Span | None = None

    @property
    def place(self) -> Span:
        return self.places[0]

    @property
    def caps(self) -> bool:
        """The town is written in capitals ("BAGHDAD"), as wire datelines are."""
        return self.place_text.isupper()

    @property
    def closed(self) -> bool:
        """A dash or a colon ends it: the story follows."""
        return self.close is not None

    def _part(self, span: Span | None) -> str | None:
        return None if span is None else self.source[span[0]:span[1]]

    @property
    def text(self) -> str:
        return self.source[self.start:self.end]

    @property
    def place_text(self) -> str:
        return self.source[self.place[0]:self.place[1]]

    @property
    def places_text(self) -> tuple[str, ...]:
        return tuple(self.source[a:b] for a, b in self.places)

    @property
    def region_text(self) -> str | None:
        return self._part(self.region)

    @property
    def date_text(self) -> str | None:
        return self._part(self.date)

    @property
    def agency_text(self) -> str | None:
        return self._part(self.agency)

    @property
    def close_text(self) -> str | None:
        return self._part(self.close)

    def __repr__(self) -> str:
        return f"Dateline({self.text!r})"


def _from_match(text: str, m: re.Match) -> Dateline:
    a, b = m.span("places")
    places, at = [], a
    for sep in _TOWN.finditer(text, a, b):
        places.append((at, sep.start()))
        at = sep.end()
    places.append((at, b))
    end = max(m.end(g) for g in ("places", "region", "date", "agency", "close") if m.start(g) >= 0)
    return Dateline(text, a, end, tuple(places), *(m.span(g) if m.start(g) >= 0 else None
                                                    for g in ("region", "date", "agency", "close")))


def dateline(text: str, start: int = 0, bare_colon: bool = False) -> Dateline | None:
    """The dateline opening ``text`` at ``start`` (whitespace skipped), or None. ``bare_colon``: a name in
    capitals with only a colon after it counts too ("ISLAMABAD: ..."), for a caller that then requires the
    name to be a place it knows.

    >>> dateline("SAN DIEGO, Calif. (AP) -- A fire ...").region_text
    'Calif.'
    >>> dateline("Kabul, Dec 8 (AFP) - Gunmen ...").place_text
    'Kabul'
    """
    if OPENING.match(text, start) is None:
        return None
    for grammar in (CAPS_DATELINE, TITLE_DATELINE):
        m = grammar.match(text, start)
        if m is None:
            continue
        region, date, agency, close = (m.start(g) >= 0 for g in ("region", "date", "agency", "close"))
        if m.group("places").isupper():
            if date or region or agency or close and (bare_colon or m.group("close") != ":"):
                return _from_match(text, m)
            continue
        d = _from_match(text, m)
        if close and (date or agency or len(d.places) > 1 or d.place_text in WIRE_AGENCIES) \
                and (date or m.group("close") != ":") and \
                text[d.start:d.end].split(None, 1)[0].rstrip(",") not in HONORIFICS:
            return d        # not "Mr. Smith - the mayor", "On Tuesday, the minister", "Replacements (from):"
    return None


# Cached for as many texts as a model batch holds (16 articles by default, each read plain and loose): the
# components run one after another over a whole batch, so a smaller cache forgot each text before it came back.
@functools.lru_cache(maxsize=64)
def datelines(text: str, loose: bool = False) -> tuple[Dateline, ...]:
    """The datelines opening a line of ``text``; ``loose``: the places scan (see the module docstring),
    whose bare candidates carry the town and, from STATE_AFTER, a state's abbreviation. (Entities and
    places read the same article's: the last few are kept.)"""
    if not loose:
        starts = ([0] if LINE_OPENING.match(text) else []) + [m.end() for m in LINE_START.finditer(text)]
        found = (dateline(text, at) for at in starts)
        return tuple(d for d in found if d is not None)
    out = []
    for m in LOOSE.finditer(text):
        d = dateline(text, m.start(1))
        if d is not None and d.caps and d.place == m.span(1) and (d.date or d.agency or d.close):
            out.append(d)   # a region alone may be anything after a comma ("JOS. A. LEWIS, M. D.")
            continue
        s = STATE_AFTER.match(text, m.end(1))
        region = s.span(1) if s is not None else None
        out.append(Dateline(text, m.start(1), s.end(1) if s else m.end(1), (m.span(1),), region))
    return tuple(out)


@functools.lru_cache(maxsize=64)  # a whole model batch's texts (see datelines)
def story_openings(text: str) -> tuple[tuple[int, int], ...]:
    """(where the dateline starts, where its story's first word starts) for every dateline that opens a line of
    ``text`` and closes with a mark: fp_paragraphs starts a sentence at the story's word, and the extractors'
    sentence index reads the two as one sentence.

    A dateline in capitals or with its agency that opens a sentence after a headline on the same line ends
    its sentence as one opening a line does ("Army kills five in Gaza. JEBALIYA, Gaza Strip - Soldiers ...":
    run into the story, the town became the subject and the soldiers its apposition).

    >>> story_openings("Bomb kills two\\n\\nKABUL (AP) -  A bomb killed two.")
    ((16, 30),)
    >>> story_openings("Bomb kills two. KABUL, Afghanistan - A bomb killed two.")
    ((16, 37),)
    """
    found = {d.start: d for d in datelines(text) if d.close is not None}
    for m in SENTENCE_START.finditer(text):
        d = dateline(text, m.start())
        if d is not None and d.close is not None and (d.caps or d.agency is not None) and d.start not in found:
            found[d.start] = d
    return tuple((d.start, len(text) - len(text[d.end:].lstrip())) for _, d in sorted(found.items()))


def dateline_of(text: str, pos: int) -> Dateline | None:
    """The dateline the character at ``pos`` belongs to: one opening its line, or a sentence of its line
    before it ("Iraq blasts. BAGHDAD, Dec 8 (AFP) - ...").

    >>> text = "Iraq blasts kill 12\\n\\nBAGHDAD, Dec 8 (AFP) - Twelve people died on Friday."
    >>> dateline_of(text, text.index("Dec 8")).date_text, dateline_of(text, text.index("Friday"))
    ('Dec 8', None)

    A word in lower case right before ``pos`` ("on Friday") says at once that it is none (a dateline's words
    are capitalised, its agency aside).
    """
    before = text[max(0, pos - 24):pos].rstrip(" \t,")
    if before[-1:].isalpha() and before.rsplit(None, 1)[-1][:1].islower():
        return None
    line = text.rfind("\n", 0, pos) + 1
    lo = max(line + 1, pos - LONGEST)
    starts = [m.start() for m in SENTENCE_START.finditer(text, lo, pos + 1)]
    for at in ([line] if pos - line <= LONGEST else []) + starts:
        d = dateline(text, at)
        if d is not None and d.start <= pos < d.end:
            return d
    return None


def closes_dateline(text: str, pos: int) -> bool:
    """Whether a dateline's optional agency and its closing mark follow ``pos`` ("... Dec 9| (AFP) -")."""
    return CLOSING.match(text, pos) is not None


BUREAU_MIN = 2      # how often a story names another country before a dateline it never names again is a bureau's


def filed_from_bureau(country: str, named: Counter) -> bool:
    """Whether a dateline of `country` is where the reporter sits rather than where the story is: the story
    never names that country again and names another at least BUREAU_MIN times ("BANGKOK (Reuters) -" over
    a story about Myanmar, "NAIROBI -" over one about Somalia). `named` counts the countries the story
    names, the dateline left out."""
    return not named[country] and any(n >= BUREAU_MIN for c, n in named.items() if c != country)
