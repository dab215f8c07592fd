"""The carrier: custom slots on spaCy's Doc that the extraction components fill in turn.

One module registers them all, so a component can only read a slot an earlier one assigns
(the pipeline test checks `nlp.analyze_pipes()` for problems).
"""

from __future__ import annotations

from spacy.tokens import Doc

DOC_SLOTS = {
    "fp_article": None,          # records.Article: id, title, published, source, url/path
    "fp_actor_mentions": None,   # list[extract.base.ActorMention]
    "fp_dates": None,            # list[extract.base.DateMention]
    "fp_places": None,           # list[records.Place]
    "fp_quotes": None,           # list[records.Quote]
    "fp_figures": None,          # list[records.Figure]
    "fp_casualties": None,       # extract.claims.casualties.CasualtyReading: victims, links, article summary
    "fp_events": None,           # list[records.Event]
}


def register_extensions() -> None:
    for name, default in DOC_SLOTS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


register_extensions()


def slot(doc: Doc, name: str):
    """``doc._.<name>`` for one of DOC_SLOTS, read straight from where spaCy keeps it: every ``doc._`` builds an
    Underscore view first, and the extractors read the slots tens of thousands of times per batch."""
    return doc.user_data.get(("._.", name, None, None))    # (the slots have no getter and a default of None)
