"""The text of a gold row that annotates a shared news item, resolved from ../shared at scoring time.

Gold files do not copy shared text. A row names its item (`item`: the id ``news.items_by_id`` gives
it, "ag-test-<N>" for the N-th (0-based) row of AG News test.csv or the BBC id "bbc-politics-027"),
the characters of that item's text it annotates (`at`: one [start, end] pair, or `spans`: several,
joined by a blank line; the whole item when neither), and `sha1`: the first 12 hex digits of the
SHA-1 of the resolved text, so a changed corpus or cleaning is an error rather than a silent change
of what was annotated. Quotes inside a row cite their words the same way (`at`, resolved to
`contains`). An item's text is the one `news.py` gives every benchmark: headline, blank line,
description or body. Rows without an item (texts written for the project) keep their own `text`.
"""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from pathlib import Path

from flashpoint.eval.news import NewsItem, items_by_id


class GoldError(ValueError):
    """A gold file that cannot be read as written: its shared item missing, or its text changed."""


def text_sha1(text: str) -> str:
    """The short hash a cited gold row keeps of its text."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


@lru_cache(maxsize=4)
def _items(shared: Path) -> dict[str, NewsItem]:
    return items_by_id(shared)


def item_text(shared: Path, item: str) -> str:
    """The whole text of a shared news item, by its id."""
    try:
        return _items(Path(shared))[item].text
    except KeyError:
        raise GoldError(f"no shared news item {item!r} under {shared}") from None


def excerpt(text: str, row: dict) -> str:
    """The part of an item's text a row annotates: `at`, `spans` or the whole."""
    if "at" in row:
        return text[row["at"][0]:row["at"][1]]
    spans = row.get("spans")
    return text if not spans else "\n\n".join(text[s:e] for s, e in spans)


def cites_shared(row: dict) -> bool:
    return bool(row.get("item")) and "sha1" in row and "text" not in row


def resolve_text(row: dict, shared: Path | None) -> dict:
    """The row with its `text` (and its quotes' `contains`): its own, or the shared item's, checked
    against the row's hash."""
    if not cites_shared(row):
        return row
    if shared is None:
        raise GoldError(f"gold row {row['id']} needs ../shared (set FLASHPOINT_SHARED)")
    whole = item_text(shared, row["item"])
    text = excerpt(whole, row)
    if text_sha1(text) != row["sha1"]:
        raise GoldError(f"gold row {row['id']}: the text of {row['item']} no longer matches its sha1")
    quotes = [{**q, "contains": whole[q["at"][0]:q["at"][1]]} if "at" in q else q for q in row.get("quotes", ())]
    return {**row, "text": text, **({"quotes": quotes} if "quotes" in row else {})}


def read_gold(path: Path | str, shared: Path | None = None) -> list[dict]:
    """The rows of a JSON Lines gold file, rows that cite a shared news item given their text from
    ``shared`` (../shared); a file that cites one and no ``shared`` is a GoldError naming the file."""
    with open(path, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    cited = sum(cites_shared(r) for r in rows)
    if cited and shared is None:
        raise GoldError(f"{Path(path).name}: {cited} rows cite shared news items; the shared folder "
                        "(../shared, FLASHPOINT_SHARED) is needed to read them")
    return [resolve_text(r, shared) for r in rows]


__all__ = ["GoldError", "cites_shared", "excerpt", "item_text", "read_gold", "resolve_text", "text_sha1"]
