"""One deterministic tune / held-out split for every gold file the benchmarks score.

An item's part is decided by a hash of its id (or its text where it has none), fixed before
anything was tuned: about half "tune" (rules and models may be developed on it) and half
"held-out" (only ever scored, never read). Random splits overstate; a fixed hash also keeps the
parts stable when a file grows.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from flashpoint.eval.split import PARTS, part_of  # noqa: E402  (its one home, shared with training/)

__all__ = ["PARTS", "part_of"]
