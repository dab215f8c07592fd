"""Regular-expression text the text layers share: built here, below extraction, so the dateline grammar
(nlp/datelines.py) and extraction's time expressions (extract/timex.py) build their alternations alike."""

from __future__ import annotations

import re


def word_alternation(words: list[str]) -> str:
    """Regular-expression text matching any of ``words``, branching letter by letter, as a trie:
    ("took", "told") -> "t(?:o(?:ok|ld))". Python's engine tries a flat alternation word by word at every
    position; this tries one letter (the names of months at every word of a dateline, the irregular past
    forms at every word of a sentence)."""
    heads: dict[str, list[str]] = {}
    for w in words:
        heads.setdefault(w[:1], []).append(w[1:])
    parts = []
    for head, tails in sorted(heads.items()):
        if head == "":
            continue
        rest = [t for t in tails if t]
        inner = word_alternation(rest) if rest else ""
        parts.append(re.escape(head) + (f"(?:{inner})" + ("?" if "" in tails else "") if inner else ""))
    return "|".join(parts)
