"""A month can be a surname: the model's person reading decides (actors/names.py `_name_token`).

Marked slow: they load the model. Every sentence was written for these tests."""

from __future__ import annotations

import datetime

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.slow


def mentions(nlp, text: str) -> list[str]:
    doc = nlp.make_doc(text)
    doc._.fp_article = Article(id="t", title=None, published=datetime.date(2005, 3, 1), source="test", text=text)
    return [m.text for m in nlp(doc)._.fp_actor_mentions]


def test_a_month_the_model_reads_as_part_of_a_persons_name_is_the_surname(nlp):
    # "Labour MSP Christine May": "May" was cut as a month, leaving "Christine" as the speaker
    assert "Labour MSP Christine May" in mentions(nlp, "Labour MSP Christine May said the plan would fail.")


def test_a_month_after_a_name_elsewhere_is_still_a_month(nlp):
    assert not any("May" in m for m in mentions(nlp, "The talks with Syria will resume in May, officials said."))
    assert not any("March" in m for m in mentions(nlp, "Jack Straw will visit Syria in March, officials said."))
