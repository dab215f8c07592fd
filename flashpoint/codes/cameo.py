"""CAMEO event codes: names, Goldstein weights, QuadClass and PentaClass.

The table is flashpoint/codes/data/cameo_events.tsv (CAMEO 1.1b3: 20 roots, their 3- and 4-digit
subcodes). Codes are strings: "04", "041", "1823"; the leading zero matters.

Two coarse classes are derived from the root, both read from one table (ROOT_CLASSES):

- QuadClass, as GDELT publishes it (Event Codebook V2.0; the quadclass column of
  ../shared/data/cameo/cameo_codes.tsv, and every real GDELT row agrees):
  1 verbal cooperation (01-05), 2 material cooperation (06-09), 3 verbal conflict (10-14),
  4 material conflict (15-20).
- PentaClass, as the Phoenix data set uses it: 0 statement (01-02), 1 verbal cooperation (03-05),
  2 material cooperation (06-08), 3 verbal conflict (09-13), 4 material conflict (14-20).

The two schemes differ on purpose, not by a slip, in three places: PentaClass takes plain statements
(01-02) out of verbal cooperation; it counts an investigation (09, "investigate war crimes", "send
inspectors") as verbal conflict, an act of scrutiny that forces nothing, where GDELT counts it as
material cooperation; and it counts a protest (14: demonstrations, hunger strikes, blockades) as
material conflict, bodies in the street, where GDELT keeps it with verbal conflict. The ConfliBERT
PentaClass labels agree with Phoenix on both roots (tune part: every sentence whose main event is a
09 is labelled 3, every 14 is labelled 4). They part from both schemes on root 16 (reduce relations),
which they label verbal conflict; bench/events.py prints that reading beside CAMEO's, never in its place.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from flashpoint.errors import UnknownCodeError

TABLE_PATH = Path(__file__).resolve().parent / "data" / "cameo_events.tsv"

QUADCLASS_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
PENTACLASS_NAMES = {0: "statement", 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
                    4: "material conflict"}

# The one home of both coarse classes: root -> (QuadClass, PentaClass). The rows where they part
# (01-02, 09, 14) are the two schemes' own choices (see the module's docstring).
ROOT_CLASSES: dict[str, tuple[int, int]] = {
    "01": (1, 0), "02": (1, 0), "03": (1, 1), "04": (1, 1), "05": (1, 1),
    "06": (2, 2), "07": (2, 2), "08": (2, 2), "09": (2, 3),
    "10": (3, 3), "11": (3, 3), "12": (3, 3), "13": (3, 3), "14": (3, 4),
    "15": (4, 4), "16": (4, 4), "17": (4, 4), "18": (4, 4), "19": (4, 4), "20": (4, 4),
}


@dataclass(frozen=True)
class CameoEvent:
    code: str
    name: str
    root: str
    goldstein: float
    quadclass: int
    pentaclass: int
    weight_from: str = "gdelt"   # "gdelt" or "inherited" (CAMEO 1.1b3 additions GDELT never weighted)

    @property
    def level(self) -> int:
        """1 for a root ("04"), 2 for a 3-digit code ("041"), 3 for a 4-digit code ("0411")."""
        return len(self.code) - 1

    @property
    def parent(self) -> str | None:
        """The code one level up ("1823" -> "182", "182" -> "18"); None for a root."""
        return self.code[:-1] if len(self.code) > 2 else None


def _classes_of(root: str) -> tuple[int, int]:
    found = ROOT_CLASSES.get(root)
    if found is None:
        raise UnknownCodeError(root, "not a CAMEO root (01-20)")
    return found


def quadclass_of_root(root: str) -> int:
    return _classes_of(root)[0]


def pentaclass_of_root(root: str) -> int:
    return _classes_of(root)[1]


@functools.lru_cache(maxsize=1)
def _table() -> dict[str, CameoEvent]:
    table: dict[str, CameoEvent] = {}
    header_seen = False
    for line in TABLE_PATH.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if not header_seen:  # the column header
            header_seen = True
            continue
        code, goldstein, weight_from, name = line.split("\t")
        root = code[:2]
        table[code] = CameoEvent(code=code, name=name, root=root, goldstein=float(goldstein),
                                 quadclass=quadclass_of_root(root), pentaclass=pentaclass_of_root(root),
                                 weight_from=weight_from)
    return table


def _normalise(code: object) -> str:
    """Codes are strings ("041"); the integer 41 is refused, since it has lost its leading zero."""
    if not isinstance(code, str):
        raise UnknownCodeError(repr(code), "CAMEO codes are strings such as \"041\" (leading zeros matter)")
    return code.strip()


def is_valid_code(code: object) -> bool:
    return isinstance(code, str) and code.strip() in _table()


def event_code(code: str) -> CameoEvent:
    """The CAMEO event for a code; UnknownCodeError when no table knows it."""
    c = _normalise(code)
    found = _table().get(c)
    if found is None:
        raise UnknownCodeError(c or repr(code), "unknown CAMEO event code")
    return found


def root_of(code: str) -> str:
    """The two-digit root of a code ("1823" -> "18"), checked against the table."""
    return event_code(code).root


def base_of(code: str) -> str:
    """GDELT's EventBaseCode: the 3-digit level ("1823" -> "182"; roots and 3-digit codes unchanged)."""
    c = event_code(code).code
    return c[:3] if len(c) == 4 else c


def all_codes() -> list[str]:
    """Every known code, in CAMEO order."""
    return list(_table())


def all_events() -> list[CameoEvent]:
    return list(_table().values())


def goldstein(code: str) -> float:
    return event_code(code).goldstein


def quadclass(code: str) -> int:
    return event_code(code).quadclass


def pentaclass(code: str) -> int:
    return event_code(code).pentaclass


def nearest_known(code: str) -> str:
    """The code itself if known, else its closest known ancestor ("0415" -> "041"); for coders
    whose dictionaries carry codes finer than CAMEO 1.1b3. UnknownCodeError if even the root is unknown."""
    c = _normalise(code)
    while c:
        if c in _table():
            return c
        c = c[:-1] if len(c) > 2 else ""
    raise UnknownCodeError(code, "unknown CAMEO event code")


__all__ = ["CameoEvent", "event_code", "root_of", "base_of", "is_valid_code", "all_codes", "all_events",
           "goldstein", "quadclass", "pentaclass", "quadclass_of_root", "pentaclass_of_root", "nearest_known",
           "QUADCLASS_NAMES", "PENTACLASS_NAMES", "ROOT_CLASSES", "UnknownCodeError"]
