"""How many articles a run will read, counted before it starts, so progress has a total and an ETA.

Cheap and close, not exact: a JSON Lines file counts its lines, a feed its <item> or
<entry> elements, any other file one article; folders are walked as `iter_inputs` walks them.
Standard input cannot be counted (None).
"""

from __future__ import annotations

import re
from pathlib import Path

from flashpoint.ingest import limits
from flashpoint.ingest.readers import META_SUFFIX, detect_kind

_FEED_ITEM = re.compile(rb"<(?:item|entry)[\s>]", re.IGNORECASE)
_CHUNK = 1 << 20


def count_inputs(paths: list[str], recursive: bool = True) -> int | None:
    total = 0
    for p in paths:
        if p == "-":
            return None
        path = Path(p)
        if path.is_dir():
            files = sorted(path.rglob("*") if recursive else path.iterdir())
            total += sum(_count_file(f) for f in files
                         if f.is_file() and not f.name.startswith(".") and not f.name.endswith(META_SUFFIX))
        elif path.is_file():
            total += _count_file(path)
    return total


def _count_file(path: Path) -> int:
    try:
        with open(path, "rb") as fh:
            head = fh.read(limits.SNIFF_BYTES)
            kind = detect_kind(str(path), head)
            if kind not in ("jsonl", "feed"):
                return 1
            fh.seek(0)
            n, last = 0, b"\n"
            while chunk := fh.read(_CHUNK):
                if kind == "jsonl":  # lines (a blank line, rare, counts too: close, not exact)
                    n += chunk.count(b"\n")
                else:  # an element split across two chunks is missed: close, not exact
                    n += len(_FEED_ITEM.findall(chunk))
                last = chunk[-1:]
            if kind == "jsonl" and last not in (b"\n", b""):
                n += 1  # the last line has no newline
            return n
    except OSError:
        return 1  # unreadable: the reader reports it, and it counts as one input seen
