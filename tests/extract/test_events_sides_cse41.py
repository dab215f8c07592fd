"""Both sides of violent events (cse41): people hurt named by a noun of a person that no group table keeps, or by
a part of a group ("some of the students"), are the victims the scene's country places; an attack someone is
plotting has not happened.

Marked slow: they load the model. Every sentence was written for these tests.
"""

from __future__ import annotations

import datetime

import pytest

from tests.extract.coding import code, events_of, violent

pytestmark = pytest.mark.slow


def run(nlp, text: str, published=datetime.date(2021, 3, 4)):
    return events_of(nlp, text, published)


@pytest.mark.parametrize("text, noun, victim", [
    # a person noun of a trade or office, not a group noun: before, the phrase "editor" stayed a target with no code
    ("Gunmen attacked the office of a newspaper in Islamabad, injuring an editor.", "editor", "PAK"),
    ("Police opened fire on the crowd in Nairobi on Friday, wounding a teacher.", "teacher", "KEN"),
    # a part of a group: the group's people (before, the quantifier was no noun, and the victims no target)
    ("Soldiers fired on the protest in Harare, wounding several of the nurses.", "nurses", "ZWE"),
    ("The police in Soweto opened fire on the marchers, killing some of the learners.", "learners", "ZAF"),
])
def test_a_person_hurt_named_by_a_common_noun_is_of_the_scene(nlp, text, noun, victim):
    events = [e for e in violent(run(nlp, text)) if e.target is not None and noun in (e.target.text or "")]
    assert events and all((code(e.target) or "").startswith(victim) for e in events), run(nlp, text)


@pytest.mark.parametrize("text", [
    "Pakistani police have arrested twelve men they suspect were plotting to launch attacks during the holidays.",
    "The rebels were plotting to attack the army base in Goma, the officials said.",
])
def test_an_attack_someone_is_plotting_is_no_violent_event(nlp, text):
    # "plotting" governs the act as "planning" does: the lemmatizer leaves "plotting" as "plott", which the list of
    # verbs of intent missed, and the attack was coded as done
    assert not violent(run(nlp, text)), run(nlp, text)

