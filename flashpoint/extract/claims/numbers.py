"""Numbers as news writes them: "4,000", "1.5 million", "twenty-five", "dozens", "1-4", with the
hedge in front ("some", "more than", "at least") normalised, and the numbers that count nothing
(years, dates, ages, money, percentages, ordinals, phone numbers, "one of the") marked as such.

Plain functions over text, so figures.py can ask "is this a count, of what value, how hedged?"
and the rules can be tested on strings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from flashpoint.extract.base import doc_text
from flashpoint.nlp.calendar import MONTH_ABBREVIATIONS, MONTH_NAMES

UNITS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
         "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
         "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "dozen": 12}
# Plural scale words count at least two of the unit ("dozens" is at least 24).
VAGUE = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2_000, "millions": 2_000_000,
         "tens of thousands": 20_000, "hundreds of thousands": 200_000, "tens of millions": 20_000_000}
# Hedges before a number, longest first, with the normalised ``approx`` they mean.
APPROX = [
    ("no fewer than", "at least"), ("no less than", "at least"), ("a minimum of", "at least"), ("at least", "at least"),
    ("more than", "more than"), ("upwards of", "more than"), ("in excess of", "more than"), ("well over", "more than"),
    ("just over", "more than"), ("over", "more than"), ("above", "more than"),
    ("an estimated", "about"), ("approximately", "about"), ("about", "about"), ("around", "about"),
    ("roughly", "about"), ("some", "about"), ("estimated", "about"), ("circa", "about"), ("an approximate", "about"),
    ("almost", "nearly"), ("nearly", "nearly"), ("close to", "nearly"), ("just under", "nearly"),
    ("just shy of", "nearly"),
    ("as many as", "up to"), ("as much as", "up to"), ("up to", "up to"), ("at most", "up to"),
    ("a maximum of", "up to"),
    ("fewer than", "less than"), ("less than", "less than"), ("under", "less than"), ("below", "less than"),
]
APPROX_RE = re.compile(r"(?i)\b(" + "|".join(re.escape(a) for a, _ in APPROX) + r")\s+(?:a\s+)?$")
APPROX_OF = dict(APPROX)

_WORD = "|".join(sorted([*UNITS, *TENS], key=len, reverse=True))
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = r"(?:\s+(?:hundred|thousand|million|billion)|\s*(?:m|bn|k)\b)?"
NUMBER_RE = re.compile(
    r"(?i)(?<![\w.,\-/])(?:"
    r"(?P<range>(?P<lo>" + _DIGITS + r")\s*(?:-|–|to)\s*(?P<hi>" + _DIGITS + r"))(?![\w\-]|,\d|\.\d)"
    r"|(?P<between>between\s+(?P<blo>" + _DIGITS + r")\s+and\s+(?P<bhi>" + _DIGITS + r"))\b"
    r"|(?P<vague>tens\s+of\s+thousands|hundreds\s+of\s+thousands|tens\s+of\s+millions|dozens|scores|hundreds|"
    r"thousands|millions)(?=\s+of\b)"
    r"|(?P<vague2>dozens|scores|hundreds|thousands)(?=\s+(?:more|were|are|have|had|killed|injured|wounded|dead|fled|"
    r"arrested|died|remain|missing|others)\b)"
    r"|(?P<digits>" + _DIGITS + r")(?P<scale>" + _SCALE + r")(?!\w|-(?!strong\b)|,\d|\.\d|:\d)"
    r"|(?P<words>(?:a\s+|one\s+)?(?:(?:" + _WORD + r")(?:[\s\-]+(?:and\s+)?(?:" + _WORD + r"|hundred|thousand|million|"
    r"billion|dozen))*|(?:a\s+)?dozen|a\s+hundred|a\s+thousand|a\s+million|a\s+billion)"
    r"(?:\s+(?:hundred|thousand|million|billion|dozen))*)"
    r"(?![\w\-])"
    r")"
)

MONTHS = tuple(m.lower() for m in MONTH_NAMES + MONTH_ABBREVIATIONS)
MONEY_BEFORE = re.compile(r"(?:[$€£¥₽₴]|\b(?:US|USD|EUR|GBP|Rs|RUB|UAH)\s?)$")
MONEY_AFTER = re.compile(r"(?i)^\s*(?:(?:million|billion|thousand|m|bn|k)\s+)?(?:dollars?|euros?|pounds?|rubles?|roubles?|"
                         r"hryvnias?|yuan|yen|rupees?|shekels?|lira|francs?|usd|eur|gbp|cents?|barrels?)\b")
PERCENT_AFTER = re.compile(r"(?i)^\s*(?:%|per\s*cent\b|percent\b|percentage\s+points?\b|pc\b)")
UNIT_AFTER = re.compile(r"(?i)^(?:\s*-\s*|\s+)(?:years?|yrs?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|"
                        r"centuries|century|km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|kg|kilograms?|tonnes?|tons?|"
                        r"feet|foot|inches|hectares?|acres?|square|degrees?|mph|knots?|km/h|mm|cm|calibre|caliber|"
                        r"a\.m\.|p\.m\.|am\b|pm\b|gmt|utc|o'clock|times|-fold|fold|storey|points?|votes?|seats?)\b")
AGE_AFTER = re.compile(r"(?i)^[\s\-]*(?:year|month|week|day)s?[\s\-]*old\b")
# "died at 83", "died suddenly at 81", "died on Sunday at 67"
AGE_BEFORE = re.compile(r"(?i)\b(?:aged|age|ages|(?:dies|died|dead|die)(?:\s+[a-z]+ly|\s+on\s+\w+day)?\s+at)\s+$")
ORDINAL_AFTER = re.compile(r"(?i)^(?:st|nd|rd|th)\b")
# "a father of two was killed": the number counts the victim's children, not victims
KIN_BEFORE = re.compile(r"(?i)\b(?:father|mother|grandfather|grandmother|dad|mum|mom|parent|parents|"
                        r"grandparent|grandparents)\s+of\s+$")
PHONE_RE = re.compile(r"(?:\+\d{1,3}[\s\-.])?(?:\(\d{2,4}\)\s?|\d{2,4}[\s\-.])\d{3}[\s\-.]\d{3,4}")
NAMED_BEFORE = re.compile(r"(?:\b(?:Article|Resolution|Section|Chapter|Route|Highway|Flight|No\.|Number|Room|Apollo|"
                          r"Block|Unit|Protocol|Minsk|Gate|Camp|Platform|Level|Phase|Stage|Round|Group\s+of|Paragraph|number|"
                          r"Clause|Act|Bill|Law|Decree|Order|Item|Channel|Highway|Road|Street|Building|Sector|Zone|"
                          r"Post|Checkpoint|Kilometre|Km|COVID|Covid|Su|MiG|Tu|Mi|Ka|F|S|T|BM|MH|HIMARS|Iskander)\s*-?\s*$)")


@dataclass
class NumberSpan:
    """A number in the text: its characters, value and hedge."""

    start: int
    end: int
    text: str
    value: float
    approx: str | None = None
    approx_start: int | None = None     # where the hedge begins ("more than 13,000")
    kind: str = "digits"                # digits | words | vague | range
    high: float | None = None           # the upper end of a range ("1-4 killed": 1 .. 4)


def words_value(text: str) -> float | None:
    """"twenty-five" -> 25, "two hundred and fifty" -> 250, "a dozen" -> 12, "1.5 million" -> 1.5e6."""
    total, current = 0.0, 0.0
    seen = False
    for w in re.split(r"[\s\-]+", text.lower().replace(",", "")):
        if w in ("and", ""):
            continue
        if w in ("a", "one") and not seen:
            current, seen = 1.0, True
            continue
        if w in UNITS:
            current += UNITS[w]
        elif w in TENS:
            current += TENS[w]
        elif w in ("hundred", "dozen"):
            current = (current or 1) * SCALES[w]
        elif w in ("thousand", "million", "billion"):
            total += (current or 1) * SCALES[w]
            current = 0
        elif re.fullmatch(r"\d+(?:\.\d+)?", w):
            current += float(w)
        elif w in ("m", "bn", "k"):
            total += (current or 1) * {"m": 1e6, "bn": 1e9, "k": 1e3}[w]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def numbers_in(doc: Doc) -> list[NumberSpan]:
    """``find_numbers`` of the document's text, read once per document: the figures and the casualties both
    read every number of it (a fresh list each call; the spans themselves are only read)."""
    found = doc.user_data.get("fp_numbers")  # no component retokenizes, so the text cannot change once read
    if found is None:
        found = doc.user_data["fp_numbers"] = find_numbers(doc_text(doc))
    return list(found)


def find_numbers(text: str) -> list[NumberSpan]:
    """Every number-like expression in ``text`` with its value and the hedge before it."""
    out: list[NumberSpan] = []
    for m in NUMBER_RE.finditer(text):
        kind, value, high = "digits", None, None
        if m.group("range"):
            lo, hi = _digits(m.group("lo")), _digits(m.group("hi"))
            if lo is None or hi is None or hi <= lo:
                continue
            value, high, kind = lo, hi, "range"
        elif m.group("between"):
            value, high, kind = _digits(m.group("blo")), _digits(m.group("bhi")), "range"
        elif m.group("vague") or m.group("vague2"):
            word = " ".join((m.group("vague") or m.group("vague2")).lower().split())
            value, kind = VAGUE[word], "vague"
        elif m.group("digits"):
            value = _digits(m.group("digits"))
            scale = (m.group("scale") or "").strip().lower()
            if value is not None and scale:
                value *= {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "m": 1e6, "bn": 1e9,
                          "k": 1e3}[scale]
        else:
            if m.group("words").lower().strip() == "a" or not m.group("words").strip():
                continue
            value, kind = words_value(m.group("words")), "words"
        if value is None:
            continue
        approx, approx_start = _hedge(text, m.start())
        if kind == "vague" and approx is None:
            approx = "at least"
        if kind == "range" and approx is None:
            approx = "at least"
        if approx is None and re.match(r"(?i)\s*(?:or\s+more|-plus|\+)", text[m.end():]):
            approx = "at least"
        out.append(NumberSpan(m.start(), m.end(), m.group(0), float(value), approx, approx_start, kind, high))
    return out


def _digits(s: str) -> float | None:
    try:
        return float(s.replace(",", ""))
    except ValueError:
        return None


def _hedge(text: str, start: int) -> tuple[str | None, int | None]:
    m = APPROX_RE.search(text[max(0, start - 30):start])
    if not m:
        return None, None
    return APPROX_OF[" ".join(m.group(1).lower().split())], start - (len(text[max(0, start - 30):start]) - m.start())


def why_not_a_count(text: str, n: NumberSpan) -> str | None:
    """The reason a number counts nothing ("year", "money", "age", ...), or None for a count."""
    before, after = text[max(0, n.start - 40):n.start], text[n.end:n.end + 40]
    word_before = re.findall(r"[\w.]+", before.lower())[-1:] or [""]
    if PERCENT_AFTER.match(after):
        return "percent"
    if MONEY_BEFORE.search(before) or MONEY_AFTER.match(after):
        return "money"
    if AGE_AFTER.match(after) or AGE_BEFORE.search(before):
        return "age"
    if ORDINAL_AFTER.match(after):
        return "ordinal"
    if KIN_BEFORE.search(before):
        return "children"
    if UNIT_AFTER.match(after):
        return "measure"
    if re.match(r"\s*:\s*\d", after) or re.search(r"\d\s*:\s*$", before):
        return "time"
    window = text[max(0, n.start - 20):n.end + 20]
    for p in PHONE_RE.finditer(window):
        if p.start() <= n.start - max(0, n.start - 20) < p.end():
            return "phone"
    if n.kind == "digits" and re.fullmatch(r"(?:1[89]\d\d|20\d\d)", n.text) and n.approx is None:
        return "year"  # "in 2021 troops moved", "the 2014 war": a bare four-digit 1800-2099 is a year
    if n.kind == "range" and re.fullmatch(r"(?:1[89]\d\d|20\d\d)\s*[-–]\s*(?:1[89]\d\d|20\d\d|\d\d)", n.text):
        return "year"
    if word_before[0].rstrip(".") in MONTHS or re.match(r"(?i)\s+(?:" + "|".join(MONTHS) + r")\b", after):
        return "date"
    if NAMED_BEFORE.search(before):
        return "name"
    if n.kind == "words" and n.text.lower() == "one" and re.search(r"(?i)\bno[\s-]*$", before):
        return "no one"     # "killed no one", "No one was hurt": nobody
    if n.value == 1 and n.kind in ("words", "digits") and re.match(r"(?i)\s+of\s+(?:the|its|their|his|her|our|"
                                                                     r"those|these|many|several|two|three)\b", after):
        return "one of the"
    if re.match(r"(?i)^(?:\s*-\s*|\s+)(?:point|to-one|nil)\b", after):
        return "score"
    return None
