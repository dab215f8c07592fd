"""What every PETRARCH/TABARI dictionary shares: dated codes, dates, comments, plurals and verb forms.

The actors, agents, discards (codes/petrarch/actors.py) and verbs (codes/petrarch_verbs.py) readers all
read through these, as does the knowledge base's import (kb/petrarch.py), so one file means one thing.

    [AFGGOV >011222]  [USAGOV 450703-470121]  [HOB < 950601]  [---]     dated codes (--- is the null code)
    950601, 19950601                                                   dates (YY <= 30 is 20YY, as in TABARI)
    # and ; to the end of the line (not inside [...]: [###] is a code), <!-- ... --> over lines   comments
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

BRACKET = re.compile(r"\[\s*([^\]\}\[]*?)\s*[\]\}]")
CODE_OK = re.compile(r"^[A-Z0-9/]+$")
NULL_CODES = ("---", "+++", "###")
VOWELS = set("AEIOU")


@dataclass(frozen=True)
class DatedCode:
    """A code that holds between two dates (both inclusive, either open)."""

    code: str | None              # None: the null code ("---"): the entry is not an actor then
    start: date | None = None
    end: date | None = None
    title: str | None = None      # the office held ("President"), for persons
    approx: bool = False          # the dates are approximate

    def covers(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    @property
    def restricted(self) -> bool:
        return self.start is not None or self.end is not None


def parse_date(text: str) -> date:
    """YYYYMMDD or YYMMDD (years 00-30 are 20YY, others 19YY, as in TABARI and PETRARCH)."""
    digits = text.strip()
    if not digits.isdigit() or len(digits) < 6:
        raise ValueError(f"not a date: {text!r}")
    if len(digits) > 7:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    yy = int(digits[:2])
    return date(2000 + yy if yy <= 30 else 1900 + yy, int(digits[2:4]), int(digits[4:6]))


def parse_code(spec: str) -> DatedCode | None:
    """One bracket: "AFGGOV >011222", "USAGOV 450703-470121", "HOB < 950601", "---". None if unreadable."""
    spec = spec.strip()
    if not spec:
        return None
    code_text, _, rest = spec.partition(" ")
    code_text = code_text.strip().upper()
    code = None if code_text in NULL_CODES or not CODE_OK.match(code_text) else code_text
    rest = rest.replace(" ", "")
    try:
        if not rest:
            return DatedCode(code=code)
        if rest[0] == "<":
            return DatedCode(code=code, end=parse_date(rest[1:]))
        if rest[0] == ">":
            return DatedCode(code=code, start=parse_date(rest[1:]))
        start, sep, end = rest.partition("-")
        if sep:
            d1, d2 = parse_date(start), parse_date(end)
            return DatedCode(code=code, start=d1, end=d2) if d1 <= d2 else None
    except ValueError:
        return None
    return None


def strip_comments(text: str) -> list[str]:
    """Lines with <!-- --> (also multi-line), # and ; comments removed (blank lines kept: they
    end synsets)."""
    text = re.sub(r"<!--.*?-->", lambda m: "\n" * m.group(0).count("\n"), text, flags=re.S)
    return [_cut_comment(line).rstrip() for line in text.splitlines()]


def _cut_comment(line: str) -> str:
    """Text before the first # or ; that is not inside [...] (codes such as [###] stay)."""
    depth = 0
    for i, ch in enumerate(line):
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth = max(0, depth - 1)
        elif ch in "#;" and depth == 0:
            return line[:i]
    return line


def plural(word: str) -> str:
    """The regular English plural of a word, in its case: policeman -> policemen, CHURCH -> CHURCHES,
    ARMY -> ARMIES, TROOP -> TROOPS (the dictionaries list irregular ones in {...})."""
    upper = word.isupper()
    w = word.lower()
    if w.endswith("man"):
        out = w[:-3] + "men"
    elif w.endswith("y") and w[-2:-1] not in "aeiou":
        out = w[:-1] + "ies"
    elif w.endswith(("s", "sh", "ch", "x")):
        out = w + "es"
    else:
        out = w + "s"
    return out.upper() if upper else out


# Irregular past / participle forms of verbs that news reports use (the lemmatizer of a small
# model misses some of them: "withdrew", "overran", "struck").
IRREGULAR = {
    "ARISE": "AROSE ARISEN", "BEAR": "BORE BORNE", "BEAT": "BEATEN", "BECOME": "BECAME", "BEGIN": "BEGAN BEGUN",
    "BID": "BADE", "BITE": "BIT BITTEN", "BLOW": "BLEW BLOWN", "BREAK": "BROKE BROKEN", "BRING": "BROUGHT",
    "BUILD": "BUILT", "BURN": "BURNT", "BUY": "BOUGHT", "CATCH": "CAUGHT", "CHOOSE": "CHOSE CHOSEN",
    "COME": "CAME", "DEAL": "DEALT", "DO": "DID DONE", "DRAW": "DREW DRAWN", "DRIVE": "DROVE DRIVEN",
    "EAT": "ATE EATEN", "FALL": "FELL FALLEN", "FEEL": "FELT", "FIGHT": "FOUGHT", "FIND": "FOUND",
    "FLEE": "FLED", "FLY": "FLEW FLOWN", "FORBID": "FORBADE FORBIDDEN", "FORGIVE": "FORGAVE FORGIVEN",
    "FREEZE": "FROZE FROZEN", "GAS": "GASSED GASSING GASSES", "GET": "GOT GOTTEN", "GIVE": "GAVE GIVEN", "GO": "WENT GONE", "GRIND": "GROUND",
    "HANG": "HUNG", "HAVE": "HAD HAS", "HEAR": "HEARD", "HIDE": "HID HIDDEN", "HOLD": "HELD", "KEEP": "KEPT",
    "KNOW": "KNEW KNOWN", "LAY": "LAID", "LEAD": "LED", "LEAVE": "LEFT", "LEND": "LENT", "LOSE": "LOST",
    "MAKE": "MADE", "MEAN": "MEANT", "MEET": "MET", "MISLEAD": "MISLED", "OVERCOME": "OVERCAME",
    "OVERRUN": "OVERRAN", "OVERSEE": "OVERSAW OVERSEEN", "OVERTAKE": "OVERTOOK OVERTAKEN",
    "OVERTHROW": "OVERTHREW OVERTHROWN", "PAY": "PAID", "REBUILD": "REBUILT", "RETAKE": "RETOOK RETAKEN",
    "RIDE": "RODE RIDDEN", "RING": "RANG RUNG", "RISE": "ROSE RISEN", "RUN": "RAN", "SAY": "SAID",
    "SEE": "SAW SEEN", "SEEK": "SOUGHT", "SELL": "SOLD", "SEND": "SENT", "SHAKE": "SHOOK SHAKEN",
    "SHOOT": "SHOT", "SHRINK": "SHRANK SHRUNK", "SINK": "SANK SUNK", "SLAY": "SLEW SLAIN", "SPEAK": "SPOKE SPOKEN",
    "SPEND": "SPENT", "SPIN": "SPUN", "STAND": "STOOD", "STEAL": "STOLE STOLEN", "STICK": "STUCK",
    "STRIKE": "STRUCK STRICKEN", "SWEAR": "SWORE SWORN", "TAKE": "TOOK TAKEN", "TEACH": "TAUGHT",
    "TEAR": "TORE TORN", "TELL": "TOLD", "THINK": "THOUGHT", "THROW": "THREW THROWN", "UNDERGO": "UNDERWENT UNDERGONE",
    "UNDERSTAND": "UNDERSTOOD", "UNDERTAKE": "UNDERTOOK UNDERTAKEN", "UPHOLD": "UPHELD", "WAKE": "WOKE WOKEN",
    "WEAR": "WORE WORN", "WIN": "WON", "WITHDRAW": "WITHDREW WITHDRAWN", "WITHHOLD": "WITHHELD",
    "WITHSTAND": "WITHSTOOD", "WRITE": "WROTE WRITTEN", "FORESEE": "FORESAW FORESEEN", "SLING": "SLUNG",
    "SEEK_OUT": "", "SHED": "", "SPREAD": "", "SHUT": "", "PUT": "", "SET": "", "CUT": "", "HIT": "", "LET": "",
    "QUIT": "", "BURST": "", "CAST": "", "COST": "", "HURT": "", "UPSET": "", "BROADCAST": "", "FORECAST": "",
}


def verb_forms(word: str, irregular: bool = True) -> set[str]:
    """Regular English forms of a verb (upper case): base, 3rd person, past, gerund; a doubled final
    consonant is added as a variant ("STOPPED") since PETRARCH dictionaries list few of those."""
    w = word.upper()
    forms = {w}
    consonant_y = w.endswith("Y") and len(w) > 1 and w[-2] not in VOWELS
    forms.add(w + "ES" if w.endswith(("S", "X", "Z", "CH", "SH")) else w[:-1] + "IES" if consonant_y else w + "S")
    forms.add(w + "D" if w.endswith("E") else w[:-1] + "IED" if consonant_y else w + "ED")
    if w.endswith("IE"):
        forms.add(w[:-2] + "YING")
    elif w.endswith("E") and not w.endswith(("EE", "YE", "OE")) and len(w) > 2:
        forms.add(w[:-1] + "ING")
    else:
        forms.add(w + "ING")
    if len(w) >= 3 and w[-1] in "BDGLMNPRT" and w[-2] in VOWELS and w[-3] not in VOWELS:
        forms.update({w + w[-1] + "ED", w + w[-1] + "ING"})
    if irregular:
        forms.update(IRREGULAR.get(w, "").split())
    return forms


# Suffixes by which English makes a noun of a verb, each with the endings its verb may have in their place:
# deploy-ment, withdraw-al / arriv-al (arrive) / deni-al (deny), exp-ulsion (expel), suspen-sion (suspend) / inva-sion
# (invade) / revi-sion (revise) / admi-ssion (admit), evacu-ation (evacuate) / deport-ation / mobiliz-ation
# (mobilize), impos-ition (impose), deten-tion (detain), execu-tion (execute), red-uction (reduce), abduc-tion (abduct),
# clos-ure (close),
# assist-ance, interfer-ence (interfere). Longest suffix first; every reading is a guess a verb list must confirm.
NOMINAL_SUFFIXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ization", ("ize",)), ("isation", ("ise", "ize")), ("ulsion", ("el",)), ("ention", ("ain", "ene", "end")),
    ("ission", ("it",)), ("ition", ("e", "it")), ("ation", ("ate", "", "e")), ("ution", ("ute", "ve")),
    ("uction", ("uce", "uct")), ("ction", ("ct",)), ("ption", ("pt", "be")), ("ssion", ("ss",)), ("sion", ("d", "de", "se", "t")),
    ("ment", ("",)), ("ial", ("y",)), ("al", ("", "e")), ("ure", ("e", "")), ("ance", ("", "e")),
    ("ence", ("e", "")),
)


def verbs_of_noun(noun: str) -> list[str]:
    """The verbs (lower case, likeliest first) a noun may be made from by a suffix: "deployment" -> deploy,
    "expulsion" -> expel, "withdrawal" -> withdraw, "closure" -> close. Guesses only (the caller keeps the ones a
    verb list knows); a noun with no such suffix, or the same word as its verb ("arrest", "release"), gives none."""
    w = noun.lower()
    for suffix, endings in NOMINAL_SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            stem = w[:-len(suffix)]
            return list(dict.fromkeys(stem + e for e in endings))
    return []
