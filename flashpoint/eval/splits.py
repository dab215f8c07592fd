"""The one deterministic split of every gold file and news corpus into a tune part and a held-out part.

An item's part follows from a hash of its key (the record's id, or its text where it has none), so
the training scripts (training/) and the benchmarks (bench/) agree without sharing a list, a new
item never moves an old one, and the split is the same on every machine and Python version.
Nothing in the held-out part may be read to tune a rule, a threshold or a model.
"""

from __future__ import annotations

import hashlib

TUNE = "tune"
HELDOUT = "heldout"
PARTS = (TUNE, HELDOUT)
# the share of items in the held-out part
HELDOUT_SHARE = 0.5
_SALT = b"flashpoint-split-v1:"


def part_of(key: str) -> str:
    """"tune" or "heldout" for an item's key (id or text)."""
    digest = hashlib.sha1(_SALT + key.encode("utf-8")).digest()
    return HELDOUT if int.from_bytes(digest[:4], "big") / 2**32 < HELDOUT_SHARE else TUNE


def is_tune(key: str) -> bool:
    return part_of(key) == TUNE


__all__ = ["TUNE", "HELDOUT", "PARTS", "HELDOUT_SHARE", "part_of", "is_tune"]
