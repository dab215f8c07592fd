"""A helper the event tests share: the events the whole pipeline codes from one text."""

from __future__ import annotations

import datetime

from flashpoint.records import Article


def events_of(nlp, text: str, published: datetime.date, title: str | None = None) -> list:
    """fp_events of `text` read as an article published on `published` (its dates are anchored there)."""
    doc = nlp.make_doc(text)
    doc._.fp_article = Article(id="t", title=title, published=published, source="test", text=text)
    return nlp(doc)._.fp_events


def violent(events) -> list:
    """The events of roots 18-20 (assault, fight, mass violence) not told as denied."""
    return [e for e in events if e.root in ("18", "19", "20") and e.modality != "denied"]


def code(ref) -> str | None:
    """An actor reference's code, None for no reference."""
    return ref.code if ref is not None else None
