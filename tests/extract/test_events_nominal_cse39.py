"""Violent events a noun tells (events/nominal.py), and people named by their name who were harmed (cse39).

Marked slow: they load the model. Every sentence was written for these tests.
"""

from __future__ import annotations

import datetime

import pytest

from tests.extract.coding import code, events_of, violent

pytestmark = pytest.mark.slow


def run(nlp, text: str, published=datetime.date(2022, 5, 10)):
    return events_of(nlp, text, published)


@pytest.mark.parametrize("text, target", [
    ("Oil prices climbed on Tuesday after a rebel attack on a Colombian pipeline that carries crude to the coast.",
     "COL"),
    ("The Islamic State group claimed responsibility for the attack on the French embassy in Kabul, which killed "
     "two guards.", "FRA"),
    ("Washington condemned the assassination in Beirut of a senior Hamas commander on Monday.", "PSEREBHMS"),
])
def test_an_attack_named_by_a_noun_with_whom_it_was_aimed_at_is_an_event(nlp, text, target):
    # "after a rebel attack on a Colombian pipeline": the noun tells the act and its preposition whom it hit
    events = violent(run(nlp, text))
    assert any(code(e.target) and code(e.target).startswith(target) and "noun:" in e.rule for e in events), events


def test_a_claim_of_responsibility_names_the_doer_of_an_attack_told_by_a_noun(nlp):
    text = ("Al Qaeda in Yemen claimed responsibility for the gun attack on the French satirical weekly Charlie Hebdo "
            "on Wednesday.")
    events = [e for e in violent(run(nlp, text)) if "noun:" in e.rule]
    assert events and code(events[0].source) == "IMGMUSALQ" and code(events[0].target).startswith("FRA"), events


@pytest.mark.parametrize("text", [
    "Police arrested six men for allegedly planning attacks on the Israeli embassy in Nairobi.",
    "The minister warned of possible attacks on American bases in the region.",
    "There was no attack on the Iraqi police station, the officials said.",
    "The prime minister launched a fierce attack on the Conservatives over their tax plans.",
    "The actor died of a heart attack at his home in Los Angeles.",
])
def test_a_planned_feared_denied_or_verbal_attack_is_no_event(nlp, text):
    assert not [e for e in violent(run(nlp, text)) if "noun:" in e.rule], run(nlp, text)


@pytest.mark.parametrize("text, victim", [
    ("Stephon Clark, 22, was shot by officers in Sacramento, California, on Sunday night.", "USA"),
    ("Police said Ahmed Khan was shot dead by gunmen in Karachi on Monday.", "PAK"),
])
def test_a_person_named_by_name_who_was_harmed_is_of_the_place_hit(nlp, text, victim):
    # no table knows the man, so no role: the country the act happened in, as ACLED names victims
    events = violent(run(nlp, text))
    assert any(code(e.target) == victim for e in events), events


def test_an_attack_noun_that_tells_how_a_coded_act_was_done_takes_that_acts_doer(nlp):
    # "torched dozens of houses ... in an attack on Nigerian villagers": the fighters made the attack
    text = "Boko Haram fighters torched dozens of houses in Borno state on Sunday in an attack on Nigerian villagers."
    events = [e for e in violent(run(nlp, text)) if "noun:" in e.rule]
    assert events and code(events[0].source) == "NGAREB" and code(events[0].target) == "NGACVL", events


def test_an_attack_a_noun_recalls_in_a_business_piece_is_no_news(nlp):
    # In a piece about business, sport, technology or the arts an attack named by a noun is one the reader knows
    # ("since the attack on ..."): a genre piece that reports an attack tells it with a verb. The same words as a
    # lone sentence of the news are an event.
    from tests.extract.test_events_genre import AIRLINE

    recalled = ("The carrier said bookings fell for months after the terrorist attack on a Madrid commuter train, in "
                "which 191 people were killed.")
    assert [e.target.code[:3] for e in violent(run(nlp, recalled))] == ["ESP"]
    assert violent(run(nlp, AIRLINE + " " + recalled)) == []


@pytest.mark.parametrize("text", [
    "Witnesses reported the bombardment of the town by Syrian jets on Sunday.",
    "Residents described the shelling of the village by Russian artillery overnight.",
])
def test_the_doer_after_by_is_never_the_target_of_an_attack_told_by_a_noun(nlp, text):
    # the parser may hang "by Syrian jets" on "the town": it still names who bombed, not whom
    events = [e for e in violent(run(nlp, text)) if "noun:" in e.rule]
    assert not any(code(e.target) and code(e.target)[:3] in ("SYR", "RUS") for e in events), events
