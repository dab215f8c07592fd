"""Country-level dyads from stored (source, target, count) rows, as people read them.

Role codes fold into their country (GBRGOV, GBRLEG -> GBR; IGOWSTNAT stays itself), an event with
no target is a statement of its source rather than a dyad with "?", and a country acting on itself
(GBRGOV -> GBRLEG: domestic politics) is left out of the dyads unless asked for. A role with no
country (GOV, LEG: "the government" of an article whose country was not resolved) is no country:
left out of country-level views.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from flashpoint.analyze.merge import country_level
from flashpoint.codes.agents import TYPE_HEADS, WHOLE_CODE_PREFIXES


def is_bare_role(code: str | None) -> bool:
    """GOV, LEGMIL: a role with no country (IGO/NGO codes are organisations, kept)."""
    return bool(code) and code[:3] in TYPE_HEADS and code[:3] not in WHOLE_CODE_PREFIXES


def country_dyads(rows: Iterable[tuple[str | None, str | None, int]], self_loops: bool = False
                  ) -> tuple[Counter, Counter]:
    """(dyads: Counter of (source country, target country), statements: Counter of source country)."""
    dyads: Counter = Counter()
    statements: Counter = Counter()
    for source, target, n in rows:
        s = country_level(source)
        if not s or is_bare_role(s):
            continue
        t = country_level(target)
        if is_bare_role(t):
            continue
        if not t:
            statements[s] += n
        elif s != t or self_loops:
            dyads[(s, t)] += n
    return dyads, statements


def busiest(counter: Counter, limit: int) -> list[tuple]:
    """The `limit` largest entries, ties in key order (stable output for tests and people)."""
    return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]


__all__ = ["busiest", "country_dyads", "is_bare_role"]
