"""The names of months and weekdays, once: the sentence splitter below extraction reads them, and
so do extraction's time expressions, numbers, places and entities."""

from __future__ import annotations

MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December")
MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
CALENDAR_WORDS = frozenset(MONTH_NAMES) | frozenset(WEEKDAY_NAMES)

# Days of a month in words ("the fifth of March", "Monday the twenty-first"): the ordinal and its number.
_ORDINAL_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
ORDINAL_DAY_WORDS = {w: i for i, w in enumerate((*_ORDINAL_UNITS, "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
                                                  "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
                                                  "twentieth"), 1)}
ORDINAL_DAY_WORDS |= {f"twenty{dash}{w}": 20 + i for i, w in enumerate(_ORDINAL_UNITS, 1) for dash in ("-", " ")}
ORDINAL_DAY_WORDS |= {"thirtieth": 30, "thirty-first": 31, "thirty first": 31}
