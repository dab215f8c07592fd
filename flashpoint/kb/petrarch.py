"""Import PETRARCH/TABARI actor and agent dictionaries (the Phoenix format) into knowledge-base entries.

The files are read by the one PETRARCH reader (codes/petrarch/); this module turns its records into
entries and agents.

Actors file: records of a primary phrase, `+` synonym lines and tab-indented date restrictions

    HAMID_KARZAI_  # comment
    +KARZAI_
    \t[AFGELI 750101-000101]
    \t[AFGGOV >011222]
    \t[AFGELI]

Codes may also follow the phrase on its line (`UN_ [IGOUNO]`, `JAVIER_DE_CUELLAR_ [IGOUNO 820101-911231] [ELI]`).
Dates are YYYYMMDD or YYMMDD (YY <= 30 is 20YY, as in TABARI); `<date` ends a code, `>date` starts it,
`date-date` bounds it (all inclusive); a bare `[CODE]` is the default. `[---]` is the null code. As in
PETRARCH, restrictions are tried in file order (the first covering one wins) and a primary phrase without
codes shares the codes of the next record that has some. Words joined by `_` must be consecutive; a space
allows words in between in PETRARCH (kept in `extra["gapped"]`; this importer's matcher reads them as
consecutive). Comments: `#` and legacy `;` to the end of the line, `<!-- ... -->` (also over several lines).

Agents file: `PHRASE {plural forms} [~CODE]` (`~` first: the code follows the actor code; `CODE~`: it goes
before), `{}` for no plural, `!SET! = A, B, C` substitution sets expanded in place.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from flashpoint.codes.petrarch import DatedCode, read_actor_records, read_agent_records, read_dictionary
from flashpoint.kb.builtin import country_entries
from flashpoint.codes.agents import ROLE_CODES
from flashpoint.kb.model import Agent, Entry, INTERNATIONAL_PREFIXES, REGION_CODES, split_code

SMALL_WORDS = {"of", "the", "and", "for", "de", "del", "al", "el", "bin", "ibn", "van", "von", "la", "le", "du", "da", "des"}


def phrase_to_text(phrase: str) -> tuple[str, bool]:
    """PETRARCH phrase -> (surface text, gapped): "VLADIMIR_PUTIN_" -> ("VLADIMIR PUTIN", False)."""
    p = phrase.strip().replace("\t", "_")
    gapped = " " in p.strip("_ ")
    words = [w for w in re.split(r"[ _]+", p) if w]
    return " ".join(words), gapped


def display_name(surface: str) -> str:
    """A readable canonical name from an upper-case dictionary phrase: "VLADIMIR PUTIN" -> "Vladimir Putin"."""
    if not surface.isupper():
        return surface
    words = []
    for i, w in enumerate(surface.split(" ")):
        low = w.lower()
        if i and low in SMALL_WORDS:
            words.append(low)
        elif len(w) <= 3 and not any(c in "AEIOU" for c in w) or "." in w:
            words.append(w)
        else:
            words.append("-".join(part.capitalize() for part in low.split("-")))
    return " ".join(words)


def _guess_kind(codes: list[DatedCode], name: str) -> str:
    seen = [c.code for c in codes if c.code]
    if not seen:
        return "group"
    head = seen[-1][:3]
    if head in INTERNATIONAL_PREFIXES:
        return "organisation"
    if head in REGION_CODES:
        return "region"
    if all(len(c) == 3 for c in seen) and len(name.split()) <= 3:
        return "country"
    if all(split_code(c, _countries())[1] is None and c[3:6] not in ROLE_CODES and c[6:9] not in ROLE_CODES
           for c in seen) and split_code(seen[-1], _countries())[0] == seen[-1]:
        return "country"         # "SERBIA_ [YUGSRB <920427] [SCGSRB ...] [SRB >060605]", "UNITED_STATES_OF_AMERICA_"
    roles = {c[3:6] for c in seen if len(c) >= 6}
    words = name.split()
    if 2 <= len(words) <= 4 and roles & {"GOV", "ELI", "OPP", "MIL", "LEG", "JUD"} and all(w.replace(".", "").replace("-", "").replace("'", "").isalpha() for w in words):
        return "person"
    return "group"


def _countries() -> frozenset[str]:
    return frozenset(e.code for e in country_entries() if e.code)


def _country(codes: list[DatedCode], default: DatedCode | None) -> str | None:
    """The country an entry belongs to: that of its default code, else of its dated code that ends last
    ("FRANCOIS_MITTERRAND_ [FRAELI 340101-810521] [FRAGOV 810521-950517] [FRAELI 950517-960108]" is
    French after 1996 too, when no dated code covers the day)."""
    dated = sorted((c for c in codes if c.code and c.restricted), key=lambda c: c.end or date.max)
    for c in ([default] if default and default.code else []) + dated[::-1]:
        country, _ = split_code(c.code, _countries())
        if country:
            return country
        if c.code[:3] in INTERNATIONAL_PREFIXES or c.code[:3] in REGION_CODES:
            return None
    return None


def load_petrarch_actors(path: str | Path, source: str | None = None) -> list[Entry]:
    """Entries of a PETRARCH/TABARI actors dictionary (Phoenix.Countries.actors.txt and the like)."""
    path = Path(path)
    records = read_actor_records(read_dictionary(path, "actors"))
    source = source or f"import:{path.name}"
    stem = re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-")
    entries = []
    for n, rec in enumerate(records):
        phrases = [phrase_to_text(p) for p in rec.phrases]
        phrases = [(t, g) for t, g in phrases if t]
        if not phrases:
            continue
        names = list(dict.fromkeys(t for t, _ in phrases))
        default = None
        dated = []
        for dc in rec.codes:
            if dc.restricted:
                dated.append(dc)
            elif default is None:
                default = dc
        name = display_name(names[0])
        entries.append(Entry(
            id=f"import:{stem}:{n}", name=name, kind=_guess_kind(rec.codes, name),
            code=default.code if default else None, names=tuple(names), dated=tuple(dated),
            country=_country(rec.codes, default),
            source=source, date_rule="first",
            extra={"gapped": [t for t, g in phrases if g], "line": rec.line, "case": "upper" if all(t.isupper() or not t.isalpha() for t in names) else "mixed"}))
    return entries


def load_petrarch_agents(path: str | Path, source: str | None = None) -> list[Agent]:
    """Agents of a PETRARCH agents dictionary (Phoenix.agents.txt), plurals and substitution sets expanded."""
    path = Path(path)
    source = source or f"import:{path.name}"
    agents: dict[str, Agent] = {}
    for rec in read_agent_records(read_dictionary(path, "agents")):
        for form in rec.forms:
            f = phrase_to_text(form)[0].lower()
            if f:
                agents.setdefault(f, Agent(phrase=f, role=rec.code, kind="person", prefix=rec.prefix, source=source))
    return list(agents.values())
