"""Fixtures shared by the extraction tests."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy

import flashpoint.extract.actors  # noqa: F401  (registers fp_actors)
from flashpoint.records import Article


@pytest.fixture(scope="module")
def blank_mentions():
    """The actor recognizer on the blank tokenizer (no model): text -> {mention text: ActorMention}, for an
    article published 2005-03-01."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    recognizer = spacy.blank("en").add_pipe("fp_actors")

    def run(text):
        doc = nlp(text)
        doc._.fp_article = Article(id="t", title=None, published=dt.date(2005, 3, 1), source=None, text=text)
        return {m.text: m for m in recognizer.find(doc)}
    return run
