"""Helpers the quote-speaker tests share: the quotes the whole pipeline finds in one text, and who speaks some words."""

from __future__ import annotations

from datetime import date

from flashpoint.ingest import ArticleInput
from flashpoint.pipeline import extract_records


def reports(nlp, text: str, published: date = date(2005, 3, 1)) -> list[tuple[str, str | None]]:
    """(quoted or reported words, the speaker's name) in the order found, the text read as an article of `published`."""
    [rec] = extract_records(nlp, [ArticleInput(text=text, id="t", published=published)])
    return [(q.text, q.speaker.name if q.speaker else None) for q in rec.quotes]


def speaker_of(found: list[tuple[str, str | None]], words: str) -> str | None:
    """The speaker of the first quote holding `words` (it must be found)."""
    hits = [who for text, who in found if words in text]
    assert hits, f"no quote holds {words!r}: {found}"
    return hits[0]
