"""The text of a gold row that annotates a shared news item, resolved from ../shared at scoring time.

Gold files do not copy shared text. A row names its item (`item`: "ag_news-test/test.csv:<row>",
the 0-based CSV row, or "bbc-fulltext-2004-2005/bbc.jsonl:<id>"), optionally the character `spans`
of that item's text it annotates ([start, end] pairs, joined by a blank line; the whole item when
absent), and `sha1`: the first 12 hex digits of the SHA-1 of the resolved text, so a changed corpus
or cleaning is an error rather than a silent change of what was annotated. An item's text is the one
`news.py` gives every benchmark: headline, blank line, description or body. Rows without an item
(reports written for the project) keep their own `text`.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from flashpoint.eval.news import AG_NEWS, BBC, ag_news, bbc


class GoldTextError(ValueError):
    """A gold row whose shared item is missing or whose text no longer matches its hash."""


def text_sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


@lru_cache(maxsize=4)
def _items(shared: Path) -> dict[str, str]:
    out = {f"{AG_NEWS.relative_to('data/news')}:{i}": it.text for i, it in enumerate(ag_news(shared))}
    out.update((f"{BBC.relative_to('data/news')}:{it.key}", it.text) for it in bbc(shared))
    return out


def item_text(shared: Path, item: str) -> str:
    """The whole text of a shared news item, by its reference."""
    try:
        return _items(Path(shared))[item]
    except KeyError:
        raise GoldTextError(f"no shared news item {item!r} under {shared}") from None


def excerpt(text: str, spans: list[list[int]] | None) -> str:
    return text if not spans else "\n\n".join(text[s:e] for s, e in spans)


def resolve_text(row: dict, shared: Path | None) -> dict:
    """The row with its `text`: its own, or the shared item's (checked against the row's hash)."""
    if not row.get("item"):
        return row
    if shared is None:
        raise GoldTextError(f"gold row {row['id']} needs ../shared (set FLASHPOINT_SHARED)")
    text = excerpt(item_text(shared, row["item"]), row.get("spans"))
    if text_sha1(text) != row["sha1"]:
        raise GoldTextError(f"gold row {row['id']}: the text of {row['item']} no longer matches its sha1")
    return {**row, "text": text}


__all__ = ["GoldTextError", "excerpt", "item_text", "resolve_text", "text_sha1"]
