"""No material conflict where the violent word is a vote, the economy or what a work tells (prc40).

Classes of false material-conflict events (CAMEO roots 14-20) found on fresh non-conflict news
(bench/data/precision_fresh40.jsonl): a day taken as what an attack is "on", a party "routed in the elections",
jobs and a recovery "destroyed" and "wrecked", and what a documentary or a diary "recounts how" soldiers did.
Marked slow: they load the model. Every sentence was written for these tests.
"""

from __future__ import annotations

import datetime

import pytest

from tests.extract.coding import events_of, violent

pytestmark = pytest.mark.slow

MATERIAL = {str(r) for r in range(14, 21)}


def run(nlp, text: str, published=datetime.date(2019, 3, 12)):
    return events_of(nlp, text, published)


def material(events) -> list:
    return [e for e in events if e.root in MATERIAL]


def test_a_day_after_on_is_not_what_an_attack_on_a_plan_hits(nlp):
    # "attacked the government's education policy on Monday": the parser hangs "on Monday" on "policy" as what
    # the attack is on; the policy is what is attacked, and a policy is a thing decided, not a body
    text = "The Labour leader attacked the government's education policy on Monday in a speech to teachers."
    assert not material(run(nlp, text)), run(nlp, text)


def test_a_party_routed_in_an_election_lost_a_vote(nlp):
    text = "The governor's party was routed in the state elections, losing control of the assembly."
    assert not violent(run(nlp, text)), run(nlp, text)


def test_a_force_crushing_rebels_is_still_a_fight(nlp):
    text = "Government troops crushed the rebels in the mountains on Sunday, killing 40 fighters."
    assert violent(run(nlp, text))


def test_jobs_and_a_recovery_are_destroyed_only_figuratively(nlp):
    # destroying property (CAMEO 1712) needs property: jobs, growth and a recovery are what an economy has
    text = "The Conservatives said Labour's plans would wreck the recovery and destroy confidence."
    assert not [e for e in run(nlp, text) if e.code.startswith("171")], run(nlp, text)


@pytest.mark.parametrize("text", [
    "The documentary recounts how British troops stormed the town in 1916 and how the shelling killed hundreds of "
    "civilians.",
    "He said he had drawn on his father's diaries, which describe how soldiers burned the farms and shot a priest.",
])
def test_what_a_documentary_or_a_diary_recounts_is_not_news(nlp, text):
    # the work tells the act in a clause of its verb of telling; the article tells of the work
    assert not material(run(nlp, text)), run(nlp, text)


def test_what_a_report_describes_is_still_an_event(nlp):
    # a report, a video or a witness tells what happened lately: no work of the arts
    text = "The report describes how militias killed 300 villagers in Darfur last month."
    assert violent(run(nlp, text))


def test_what_happened_where_a_play_is_set_is_its_setting(nlp):
    # "the play is set in ..., where forces killed ...": the work is the passive's subject; its setting is history
    text = ("The musical, which opened on Broadway on Thursday, is set in Saigon in April 1975, where North "
            "Vietnamese troops stormed the presidential palace.")
    assert not violent(run(nlp, text)), run(nlp, text)


@pytest.mark.parametrize("text", [
    "The Liberal Democrats accused ministers of destroying the BBC, in a speech on Monday.",
    "The shadow health secretary accused the government of wrecking the NHS and killing off the family doctor.",
])
def test_what_a_party_accuses_the_government_of_without_harm_is_rhetoric(nlp, text):
    # no weapon, force, wound or casualty: one side's charge in a political row, no destruction or killing
    assert not material(run(nlp, text)), run(nlp, text)


def test_an_accusation_of_harm_by_a_force_is_still_an_event(nlp):
    text = "Amnesty accused the police of beating protesters in Cairo on Friday."
    assert violent(run(nlp, text))
