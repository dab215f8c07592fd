"""CAMEO -> PLOVER: the event type (AGREE, CONSULT, ..., ASSAULT) and mode of a CAMEO event code.

The table is flashpoint/codes/data/cameo_plover.txt. A code the table lacks takes its nearest
ancestor's row ("0415" -> "041" -> "04"), so every code of a known root maps to something.
CAMEO 01 (public statements) has no PLOVER counterpart: its type is None.

The table follows the current codebook's mapping (CAMEO2PLOVER-2021). The PLOVER gold sentences were
coded with v0.5, whose annotators read five codes otherwise: property destruction (1712), abduction (181)
and human shields (184) as COERCE where the table says ASSAULT, easing a curfew or a state of emergency
(0813, 0814) as CONCEDE where it says RETREAT. The product keeps the table; bench/events.py scores the
gold's reading as a second figure beside it.
"""

from __future__ import annotations

import functools
from pathlib import Path

from flashpoint.errors import UnknownCodeError
from flashpoint.records import Plover

TABLE_PATH = Path(__file__).resolve().parent / "data" / "cameo_plover.txt"

# The 16 PLOVER event types, in the codebook's order (cooperation to conflict).
PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")


@functools.lru_cache(maxsize=1)
def plover_table() -> dict[str, Plover]:
    """Every explicit row of the table: CAMEO code -> Plover(type, mode)."""
    table: dict[str, Plover] = {}
    for line in TABLE_PATH.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, ptype, mode = line.split()
        table[code] = Plover(type=None if ptype == "-" else ptype, mode=None if mode == "-" else mode)
    return table


def plover_for(cameo_code: str) -> Plover:
    """PLOVER type and mode of a CAMEO code, falling back to the parent's and then the root's row."""
    if not isinstance(cameo_code, str) or not cameo_code.strip().isdigit():
        raise UnknownCodeError(repr(cameo_code), "CAMEO codes are strings of digits such as \"041\"")
    code = cameo_code.strip()
    table = plover_table()
    probe = code
    while len(probe) >= 2:
        found = table.get(probe)
        if found is not None:
            return found
        probe = probe[:-1] if len(probe) > 3 else probe[:2] if len(probe) == 3 else ""
    raise UnknownCodeError(code, "no PLOVER mapping for this CAMEO code (unknown root)")


def cameo_roots_for(plover_type: str) -> list[str]:
    """The CAMEO roots whose codes map (at least partly) to a PLOVER type, e.g. ACCUSE -> 09, 11."""
    roots = {code[:2] for code, p in plover_table().items() if p.type == plover_type}
    return sorted(roots)


__all__ = ["plover_for", "plover_table", "cameo_roots_for", "PLOVER_TYPES"]
