"""fp_quote_boundaries: a quotation mark goes with the sentence it belongs to (issue 18)."""

from __future__ import annotations

import pytest
import spacy

import flashpoint.nlp.quote_boundaries  # noqa: F401  (registers the factory)


def marks(text: str) -> tuple[list[str], list[str]]:
    """(tokens marked as starting a sentence, tokens marked as not starting one)."""
    nlp = spacy.blank("en")
    nlp.add_pipe("fp_quote_boundaries")
    doc = nlp(text)
    return [t.text for t in doc if t.is_sent_start is True], [t.text for t in doc if t.is_sent_start is False]


def test_an_opening_mark_after_a_full_stop_starts_the_next_sentence():
    starts, not_starts = marks('She said he was a delight to work with. "The thing about him was his manners," she said.')
    assert '"' in starts and "The" in not_starts


def test_a_closing_mark_after_a_full_stop_ends_its_sentence():
    starts, not_starts = marks('He added: "I shall miss him." One of the last comedians, he died at 91.')
    assert '"' in not_starts and "One" in starts


def test_curly_marks_and_a_mark_in_mid_sentence():
    starts, not_starts = marks("It was “old fashioned”, he said. “We will win.” Then he left.")
    assert starts == ["It", "“", "Then"]   # the opening mark in mid-sentence starts nothing
    assert not_starts == ["old", "”", "We", "”"]


def test_a_mark_with_spaces_on_both_sides_is_left_alone():
    # AG News writes closing marks with a space before them: the side of such a mark is not known
    starts, not_starts = marks('accusing him of being "very old fashioned " and out of touch.')
    assert starts == ["accusing"] and not_starts == ["very"]


@pytest.mark.slow
def test_the_parser_keeps_the_quote_with_its_sentence(nlp):
    doc = nlp('That\'s Life host Esther Rantzen said he was "so lovely" to work with. "The thing about Cyril was '
              'that he was an English gentleman," she said.')
    sents = [s.text.strip() for s in doc.sents if s.text.strip()]
    assert sents[-1].startswith('"The thing') and sents[0].endswith("to work with.")
