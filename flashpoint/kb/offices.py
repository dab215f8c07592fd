"""Offices: who held "the Ukrainian President" or "the US Secretary of State" on a given day.

Titles are written many ways ("Minister of Foreign Affairs", "Foreign Secretary", "Secretary of State"; and
machine translation turns the US Secretary of State into "the Foreign Minister"). `office_key` reduces a
title to one key; `OfficeIndex.holder` finds the person whose role with that key covered the day.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from datetime import date

from flashpoint.kb.model import Entry

_RULES: list[tuple[str, str]] = [
    (r"\bspokes(man|woman|person)\b|\bpress secretary\b", "spokesperson"),
    (r"\bvice[- ]president\b", "vice president"),
    (r"\bdeputy prime minister\b|\bvice[- ]premier\b", "deputy prime minister"),
    (r"\bprime minister\b|\bpremier\b|\bhead of government\b", "prime minister"),
    (r"\bsecretary[- ]general\b", "secretary-general"),
    (r"\bhigh representative\b|\bforeign policy chief\b", "foreign policy chief"),
    (r"\bforeign\b|\bexternal affairs\b|\bsecretary of state\b", "foreign minister"),
    (r"\bdefen[cs]e\b.*\b(minister|secretary)\b|\b(minister|secretary) of (national )?defen[cs]e\b|\bminister for defen[cs]e\b", "defence minister"),
    (r"\binterior\b|\binternal affairs\b|\bhome (secretary|affairs)\b", "interior minister"),
    (r"\bfinance\b|\btreasury\b|\bchancellor of the exchequer\b", "finance minister"),
    (r"\bnational security advi[sz]or\b|\bnational security adviser\b", "national security adviser"),
    (r"\bchief of (the )?general staff\b|\bchief of defen[cs]e staff\b|\bcommander[- ]in[- ]chief\b|\barmed forces chief\b|\bjoint chiefs\b", "army chief"),
    (r"\bsupreme leader\b", "supreme leader"),
    (r"\bpresident\b|\bhead of state\b", "president"),
    (r"\bchancellor\b", "chancellor"),
    (r"\b(king|queen|emir|amir|sultan|monarch)\b", "king"),
    (r"\bcrown prince\b", "crown prince"),
    (r"\battorney[- ]general\b", "attorney general"),
    (r"\bprosecutor[- ]general\b", "prosecutor general"),
    (r"\bjustice minister\b|\bminister of justice\b", "justice minister"),
]
# Whose spokesperson: "Kremlin spokesman" and "Foreign Ministry spokesman" are different offices.
_SPOKES_OF = [
    (re.compile(r"\b(kremlin|white house|president|presidential|presidency)\b"), "presidential"),
    (re.compile(r"\b(foreign|state department|external affairs|mfa)\b"), "foreign ministry"),
    (re.compile(r"\b(pentagon|defen[cs]e|military|idf|army|armed forces)\b"), "defence ministry"),
    (re.compile(r"\b(government|cabinet|prime minister)\b"), "government"),
]
_DEPUTY = re.compile(r"\b(deputy|vice|assistant|under|acting deputy|state secretary|junior|former|ex)\b")
_COMPILED = [(re.compile(p), key) for p, key in _RULES]

# A query for one key also accepts holders of these keys: MT and wire style mix them.
EQUIVALENT = {
    "prime minister": ("prime minister", "chancellor"),
    "chancellor": ("chancellor", "prime minister"),
}


def office_key(title: str | None) -> str | None:
    """"Minister of Foreign Affairs of Ukraine" -> "foreign minister"; "Vice President" -> "vice president"."""
    if not title:
        return None
    full = re.sub(r"\s*-\s*", "-", " ".join(title.lower().split()))     # "Secretary - General" as tokens come
    # the office is named before "to": "Senior Advisor to the President" is no president
    t = re.split(r"\s+to\s+(?:the\s+)?", full, maxsplit=1)[0]
    for rx, key in _COMPILED:
        if rx.search(t):
            if key == "spokesperson":
                key = next((f"{who} spokesperson" for rx2, who in _SPOKES_OF if rx2.search(full)), key)
            if not key.startswith(("vice president", "deputy prime minister")) and _DEPUTY.search(t):
                return "deputy " + key
            return key
    return t


class OfficeIndex:
    """Persons by office key, for `holder(key, country, day)`."""

    def __init__(self, persons: Iterable[Entry], common_titles: Iterable[str] = ()):
        # titles a dictionary of generic agent nouns lists (the PLOVER agents dictionary: "chief justice"), which
        # any state's officials bear: no one country's office, however few holders the KB knows
        self._common = frozenset(" ".join(t.lower().split()) for t in common_titles)
        self._by_key: dict[str, list[tuple[Entry, int]]] = defaultdict(list)
        self._by_title: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        # "chancellor" -> {"GBR": {"finance minister"}}: a bare title that, in a country, opens the title of
        # another office ("Chancellor of the Exchequer"), is that office there
        self._opened: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        heads: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        for p in persons:
            for i, role in enumerate(p.dated):
                key = office_key(role.title)
                if key:
                    self._by_key[key].append((p, i))
                if role.title and role.code:
                    written = " ".join(role.title.lower().split())
                    self._by_title[written][role.code[:3]].add(p.id)
                    head = written.split(" of ", 1)[0]
                    if head != written:
                        heads[head][role.code[:3]].add(p.id)
                        if key and key != head:
                            self._opened[head][role.code[:3]].add(key)
                    # "Secretary of State for Culture, Media and Sport" is a secretary of state too
                    for_head = written.split(" for ", 1)[0]
                    if for_head not in (written, head):
                        heads[for_head][role.code[:3]].add(p.id)
        # "the chancellor" is also how news names the Chancellor of the Exchequer: a title another country's
        # title opens ("Chancellor of ...") is not that one country's alone (a title only so opened stays
        # unknown: "the governor" is no clue from "Governor of the Bank of England")
        for head, by_country in heads.items():
            if head in self._by_title:
                for country, ids in by_country.items():
                    self._by_title[head][country] |= ids

    def country_of_title(self, title: str, min_holders: int = 2) -> str | None:
        """The country whose offices alone are so called, as the title is written ("Home Secretary": GBR),
        when the KB knows at least `min_holders` persons who held it; None for titles many countries use: those
        another country's titles open ("Secretary of State for Culture" in Britain: "the secretary of state" is
        no US office in a British story) and those of generic agents ("chief justice")."""
        written = " ".join(title.lower().split())
        if written in self._common:
            return None
        by_country = self._by_title.get(written)
        if not by_country or len(by_country) != 1:
            return None
        country, holders = next(iter(by_country.items()))
        return country if len(holders) >= min_holders else None

    def holders(self, key: str, country: str | None, day: date) -> list[Entry]:
        out: list[Entry] = []
        opened = self._opened.get(key, {}).get(country or "")
        for k in (tuple(sorted(opened)) if opened else EQUIVALENT.get(key, (key,))):
            for person, i in self._by_key.get(k, ()):
                role = person.dated[i]
                if not role.covers(day) or not role.code:
                    continue
                if country and not role.code.startswith(country):
                    continue
                if person not in out:
                    out.append(person)
            if out:
                break
        return out

    def holder(self, key: str, country: str | None, day: date) -> Entry | None:
        """The one person who held the office that day, or None when nobody or several did."""
        found = self.holders(key, country, day)
        return found[0] if len(found) == 1 else None
