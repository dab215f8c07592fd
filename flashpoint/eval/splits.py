"""The one deterministic split of every gold file and news corpus into a tune part and a held-out part.

An item's part is decided by a hash of its key (the record's id, or its text where it has none),
fixed before anything was tuned: about half "tune" (rules and models may be developed on it) and
half "held-out" (only ever scored, never read). The training scripts (training/) and the benchmarks
(bench/, through bench/_split.py) import it from here, so they agree without sharing a list; a new
item never moves an old one, and the split is the same on every machine and Python version.
"""

from __future__ import annotations

import hashlib

TUNE = "tune"
HELDOUT = "held-out"
PARTS = (TUNE, HELDOUT)


def part_of(key: str) -> str:
    """"tune" or "held-out" for an item's key (id or text)."""
    return PARTS[hashlib.sha1(key.encode("utf-8")).digest()[0] & 1]


def is_tune(key: str) -> bool:
    return part_of(key) == TUNE


__all__ = ["TUNE", "HELDOUT", "PARTS", "part_of", "is_tune"]
