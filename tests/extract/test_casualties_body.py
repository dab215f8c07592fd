"""Casualties: whoever is hurt in a part of the body is someone, whatever the noun that names them.

The casualty reader counts victims it knows to be people: nouns of people (words.CASUALTY_PERSON_NOUNS), names, ages,
pronouns. A noun outside those lists ("a pitcher", "fans", "a cashier") was no victim, however plainly hurt. Being
shot "in the leg", or suffering "stab wounds", says the noun names a living body. These run the shipped model; the
reports are written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from flashpoint.ingest import ArticleInput
from flashpoint.pipeline import extract_records

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def injured(nlp):
    def best(text: str):
        [rec] = extract_records(nlp, [ArticleInput(text=text, published=date(2023, 6, 12))])
        cas = rec.article.casualties
        hurt = cas.get("injured") if cas is not None else None
        return hurt.best if hurt is not None else None
    return best


@pytest.mark.parametrize("text, best", [
    # a part of the body after "in" on the verb the noun undergoes
    ("A pitcher was shot in the leg on the team bus in Cleveland yesterday, police said.", 1),
    ("Gunmen shot a cashier in the chest during a robbery in Kano on Monday.", 1),
    # wounds suffered
    ("Four visiting fans suffered stab wounds after the match in Rome on Saturday.", 4),
])
def test_one_hurt_in_the_body_is_a_person(injured, text, best):
    assert injured(text) == best


@pytest.mark.parametrize("text", [
    # no part of the body: a thing hit, and the idiom of betrayal ("back" is no part the rule reads)
    "The convoy was hit in the morning by a storm in northern Texas.",
    "The coach said the club had been stabbed in the back by its own supporters.",
])
def test_no_body_no_casualty(injured, text):
    assert injured(text) is None
