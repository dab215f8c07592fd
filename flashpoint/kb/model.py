"""The knowledge base's types: entries (who or what), their dated codes, and agents (role nouns).

An Entry is anything with a name: a country, a region, an organisation, an institution, a person. Its
CAMEO-style code can depend on the date ("Joe Biden" is USAGOV in 2021, USAELI in 2018): `code_at(day)`
picks it. An Agent is a common noun that gives a role ("troops" -> MIL) and combines with an entry into a
compound actor ("Russian troops" -> RUSMIL).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from flashpoint.codes.agents import INTERNATIONAL_PREFIXES, ROLE_CODES
from flashpoint.codes.petrarch.syntax import DatedCode  # noqa: F401  (the KB's dated codes are the dictionaries')

REGION_CODES = frozenset(
    "AFR ASA BLK CRB CAU CFR CAS CEU EIN EAF EEU EUR LAM MEA MDT NAF NMR PGS SCN SAM SAS SEA SAF WAF WST".split())

# PLOVER-style sector of a CAMEO role: the role itself, except where PLOVER groups roles together.
SECTOR_OF_ROLE = {"INS": "REB", "SEP": "REB", "PTY": "GOV", "MOD": None, "RAD": None, "IGO": None}


def sector_of(role: str | None) -> str | None:
    if not role:
        return None
    head = role[:3]
    return SECTOR_OF_ROLE.get(head, head)


@dataclass
class Entry:
    """A named actor of the knowledge base."""

    id: str                       # "country:RUS", "org:nato", "person:Q7747", "import:phoenix:000123"
    name: str                     # canonical name
    kind: str                     # country | region | organisation | institution | person | group
    code: str | None              # default code (when no dated code covers the day)
    names: tuple[str, ...] = ()   # surface forms, exact case (the canonical name included)
    dated: tuple[DatedCode, ...] = ()
    country: str | None = None    # CAMEO country code the entry belongs to, if any
    sector: str | None = None
    adjectives: tuple[str, ...] = ()   # demonyms ("Russian"): countries only
    capitals: tuple[str, ...] = ()     # capitals used as metonyms ("Moscow")
    source: str = "builtin"
    date_rule: str = "latest"     # latest: the covering code that began last wins; first: file order (PETRARCH)
    extra: dict = field(default_factory=dict)

    def dated_at(self, day: date | None) -> DatedCode | None:
        if day is None or not self.dated:
            return None
        covering = [d for d in self.dated if d.covers(day)]
        if not covering:
            return None
        if self.date_rule == "first":
            return covering[0]
        return max(covering, key=lambda d: (d.start or date.min))

    def code_at(self, day: date | None) -> str | None:
        """The code on `day`: a dated code covering it, else the default code."""
        hit = self.dated_at(day)
        if hit is not None:
            return hit.code
        if day is None and self.code is None and self.dated:
            # no date to choose by: the most recent unrestricted or latest-ending code
            return self.dated[-1].code
        return self.code

    def to_dict(self) -> dict:
        d = {"id": self.id, "name": self.name, "kind": self.kind, "code": self.code, "names": list(self.names),
             "country": self.country, "sector": self.sector, "source": self.source, "date_rule": self.date_rule}
        if self.dated:
            d["dated"] = [{"code": c.code, "start": c.start.isoformat() if c.start else None,
                           "end": c.end.isoformat() if c.end else None, "title": c.title, "approx": c.approx}
                          for c in self.dated]
        if self.adjectives:
            d["adjectives"] = list(self.adjectives)
        if self.capitals:
            d["capitals"] = list(self.capitals)
        if self.extra:
            d["extra"] = self.extra
        return d

    @classmethod
    def from_dict(cls, d: dict) -> "Entry":
        dated = tuple(DatedCode(code=c.get("code"), start=_day(c.get("start")), end=_day(c.get("end")),
                                title=c.get("title"), approx=bool(c.get("approx"))) for c in d.get("dated") or ())
        return cls(id=d["id"], name=d["name"], kind=d.get("kind", "group"), code=d.get("code"),
                   names=tuple(d.get("names") or (d["name"],)), dated=dated, country=d.get("country"),
                   sector=d.get("sector"), adjectives=tuple(d.get("adjectives") or ()),
                   capitals=tuple(d.get("capitals") or ()), source=d.get("source", "builtin"),
                   date_rule=d.get("date_rule", "latest"), extra=dict(d.get("extra") or {}))


@dataclass(frozen=True)
class Agent:
    """A role noun: "troops" (MIL), "Foreign Ministry" (GOV), "spokesman" (takes its organisation's role)."""

    phrase: str                   # lower case, words separated by single spaces
    role: str | None              # CAMEO role code(s) ("GOV", "GOVMED"); None: no role of its own
    kind: str = "person"          # person | body | group
    title: str | None = None      # office key ("president", "foreign minister") for office-holder lookup
    inherit: bool = False         # takes the role of what it is attached to ("army spokesman" -> MIL)
    alone: bool = True            # may stand without a country/organisation ("troops" yes, "leader" no)
    prefix: bool = False          # PETRARCH "NGO~": the code goes before the actor's code, not after
    plural: bool = False          # a plural form ("presidents"): never one office holder
    source: str = "builtin"
    written: str | None = None    # a name matched only as written, capitals included ("Labour", not "labour")

    @property
    def sector(self) -> str | None:
        return sector_of(self.role)


def _day(value) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def split_code(code: str | None, countries: frozenset[str] | set[str] = frozenset()) -> tuple[str | None, str | None]:
    """(country, role) of a CAMEO-style code: "RUSGOV" -> ("RUS", "GOV"); "IGOWSTNAT" -> (None, None).

    `countries` is the set of known country codes (territory codes like USAPRI included)."""
    if not code:
        return None, None
    for n in (6, 3):
        head = code[:n]
        if len(head) == n and head in countries:
            rest = code[n:]
            role = rest[:3] if rest[:3] in ROLE_CODES else None
            return head, role
    if code[:3] in REGION_CODES:
        rest = code[3:6]
        return None, rest if rest in ROLE_CODES else None
    if code[:3] in ROLE_CODES and code[:3] not in INTERNATIONAL_PREFIXES:
        return None, code[:3]
    return None, None
