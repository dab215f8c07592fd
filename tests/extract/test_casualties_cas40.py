"""Casualties (cas40): a death the text dates long ago stays in its time when it is told again without its date.

These run the shipped model. The reports are written for these tests (none from the gold set or the example
article).
"""

from __future__ import annotations

from datetime import date

import pytest

from flashpoint.ingest import ArticleInput
from flashpoint.pipeline import extract_records

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def count(nlp):
    def read(text: str, published: date = date(2005, 2, 14)):
        [rec] = extract_records(nlp, [ArticleInput(text=text, published=published)])
        cas = rec.article.casualties
        c = cas.get("killed") if cas is not None else None
        return None if c is None else (c.best if c.best is not None else ("unknown" if c.unknown else None))
    return read


@pytest.mark.parametrize("text", [
    # the court case is news; the crash that killed her is of 2001, told again by pronoun
    "Singer's family loses appeal\n\nThe family of the late soul singer Marla Jones has lost an appeal against the "
    "airline that ran the flight on which she died in 2001. A court in Boston ruled on Friday that the airline owed "
    "the family nothing more. She and four others were killed when the small plane came down shortly after take-off. "
    "Lawyers for the family said they would consider their options.",
    # the victims the documentary names, found dead in 1999, are the couple its headline says were murdered
    "Brothers who murdered gay couple face new film\n\nA new television documentary examines the crimes of the "
    "brothers, who burned down a church and murdered a gay couple. Gay couple 52-year-old Harold Pike and "
    "47-year-old Edward Lane were found dead in their bed on March 3, 1999. The brothers were arrested a week later. "
    "The film airs on Thursday night.",
])
def test_a_death_dated_long_ago_told_again_is_of_its_time(count, text):
    assert count(text) is None


@pytest.mark.parametrize("text, killed", [
    # the old death names someone else: today's victim is counted
    ("Gunmen shot dead a shopkeeper in the market on Sunday, police said. His brother Omar Said was killed in a "
     "robbery in 2001.", 1),
    # a class of people dead in an old year is no tie to those killed now
    ("Militants killed 12 people in an attack on a bus station in the north of the country. In 2001, 30 people "
     "died in a similar attack there.", 12),
])
def test_a_death_long_ago_of_someone_else_leaves_the_new_one(count, text, killed):
    assert count(text) == killed


@pytest.fixture(scope="module")
def hurt(nlp):
    def read(text: str, published: date = date(2019, 3, 4)):
        [rec] = extract_records(nlp, [ArticleInput(text=text, published=published)])
        cas = rec.article.casualties
        c = cas.get("injured") if cas is not None else None
        return None if c is None else (c.best if c.best is not None else ("unknown" if c.unknown else None))
    return read


@pytest.mark.parametrize("text, injured", [
    ("Riot police fired tear gas at marchers on Saturday and a protester's hand was mangled by a stun grenade.", 1),
    ("A policeman lost an eye after being hit by a rubber bullet during the riots on Sunday.", 1),
    ("Two soldiers lost their legs when a roadside bomb hit their patrol near the border on Monday.", 2),
])
def test_harm_to_a_part_of_the_body_injures_its_person(hurt, text, injured):
    assert hurt(text) == injured


@pytest.mark.parametrize("text", [
    # a broken bone on the pitch is no casualty of force; an organisation's "head" is no part of a body
    "Striker Tom Hale's ankle was broken in a tackle in the first half of the derby against Leeds on Saturday.",
    "The army lost its head of logistics to a rival firm in a reshuffle after the bomb scare on Monday.",
])
def test_a_part_of_the_body_outside_force_or_of_no_person_is_no_injury(hurt, text):
    assert hurt(text) is None
