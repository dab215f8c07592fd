"""Deterministic tune / held-out split of a gold file, by a hash of each item's id (or text).

A benchmark that is also used to tune rules scores both parts side by side: the held-out part is the
one whose figure says whether a rule generalises. The split depends on nothing but the key, so every
run, machine and developer gets the same parts.
"""

from __future__ import annotations

import hashlib

HELD_OUT_SHARE = 3      # one item in three is held out


def part(key: str) -> str:
    """"tune" or "held-out" for an item's id (or, lacking one, its text)."""
    h = int.from_bytes(hashlib.sha256(key.encode("utf-8")).digest()[:8], "big")
    return "held-out" if h % HELD_OUT_SHARE == 0 else "tune"
