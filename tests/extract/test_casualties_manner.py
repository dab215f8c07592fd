"""Casualties told by the manner of a blow, by a bare count of fatalities or by "many more", and tolls counted
since the incident began (fp_casualties).

These run the shipped model. The report sentences are written for these tests (none from the gold set, the
fresh passages of bench/data or the example article).
"""

from __future__ import annotations

from datetime import date

import pytest

from flashpoint.ingest import ArticleInput
from flashpoint.pipeline import extract_records

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def count(nlp):
    def read(text: str, published: date = date(2023, 6, 12)):
        [rec] = extract_records(nlp, [ArticleInput(text=text, published=published)])
        return rec
    return read


def best(rec, category: str = "killed"):
    cas = rec.article.casualties
    c = cas.get(category) if cas is not None else None
    return None if c is None else (c.best if c.best is not None else ("unknown" if c.unknown else None))


@pytest.mark.parametrize("text, killed", [
    ("A mob stoned a woman to death in the village on Sunday, police said.", 1),
    ("Two pilgrims were crushed to death in a stampede at the shrine on Friday.", 2),
    ("Prison guards tortured a 28-year-old inmate to death last week, a rights group said.", 1),
    ("A local councillor was fatally assaulted outside his home on Friday night.", 1),
])
def test_to_death_and_fatally_kill_whatever_the_verb(count, text, killed):
    """"to death" and "fatally" tell a killing whatever verb they go with; the age of the dead is no count."""
    assert best(count(text)) == killed


@pytest.mark.parametrize("text", [
    "The court sentenced two men to death for the murder of a shopkeeper.",
    "Fans said they were bored to death by the second half of the match.",
    "The rebels vowed they would fight to the death for the town.",
    "The singer drank himself to death, his biographer wrote.",
    "The plan was fatally flawed from the start, critics said.",
])
def test_a_sentence_or_a_figure_of_speech_to_death_kills_nobody(count, text):
    assert best(count(text)) is None


def test_many_more_wounded_are_some_not_the_dead_again(count):
    """"killing six people and wounding many more": the wounded are an unknown number, not the six again, and
    the six dead still count."""
    rec = count("A suicide bomber struck near an army base on Saturday, killing six people and wounding many more.")
    assert best(rec) == 6
    assert best(rec, "injured") == "unknown"


def test_fatalities_without_a_number_are_some_dead(count):
    rec = count("Rebels said they had shot down the helicopter, causing many fatalities.")
    assert best(rec) == "unknown"
    assert best(count("Fatalities Reported As Gunmen Storm Beach Hotel\n\nArmed men attacked a hotel on the coast "
                      "on Sunday.")) == "unknown"
    assert best(count("The storm caused no fatalities, officials said.")) is None


@pytest.mark.parametrize("text", [
    "Fighting in the city has killed 40 people since Saturday, medics said.",
    "The offensive has killed 40 people since troops entered the town twelve days ago, medics said.",
])
def test_a_toll_since_the_incident_began_is_the_incident_s(count, text):
    """"since Saturday", "since ... twelve days ago" date the start of the incident reported, not another period
    ("since January" stays apart: test_casualties.test_projections_and_other_periods_are_kept_apart)."""
    assert best(count(text)) == 40


@pytest.mark.parametrize("text, category", [
    ("Three rockets hit the outskirts of the town on Sunday, the army said. Some injured were reported.", "injured"),
    ("A bomb exploded at the bus station. Several wounded were airlifted to the capital, police said.", "injured"),
    ("Shelling flattened the market overnight. Many dead remain under the rubble.", "killed"),
])
def test_some_hurt_or_dead_as_a_noun_are_an_unknown_number(count, text, category):
    """"Some injured", "several wounded", "many dead": the people themselves, some of them, no number."""
    assert best(count(text), category) == "unknown"


def test_some_injured_players_are_no_casualties(count):
    assert best(count("The team lost the final on Sunday. Several injured players missed the match."), "injured") \
        is None
