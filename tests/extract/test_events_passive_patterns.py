"""A passive clause is coded as its active clause is (issue 15): the passive subject fills the object slot of the
verb's patterns, as the weapon of "a grenade was hurled at" always did.

"The United States expelled sixty Russian diplomats" matches the verb dictionary's EXPEL + diplomat pattern (161,
a diplomatic break: PLOVER SANCTION); told in the passive ("Sixty Russian diplomats were expelled by the United
States", the headline's "Russian diplomats expelled by the US") the pattern went unseen and the verb's default,
174 (deport people: COERCE), was coded. An expulsion told without its doer is the act of the state the ones
expelled are sent out of, whatever code the ones expelled give it. Marked slow: they load the model. Every sentence
was written for these tests.
"""

from __future__ import annotations

import datetime

import pytest

from tests.extract.coding import events_of

pytestmark = pytest.mark.slow


def run(nlp, text: str):
    return events_of(nlp, text, datetime.date(2022, 5, 10))


def expulsions(events):
    return {(e.source.code if e.source else None, (e.target.code or "")[:3] if e.target else None, e.code,
             e.plover.type) for e in events if e.verb.lower().startswith("expel")}


@pytest.mark.parametrize("text", [
    "The United States expelled sixty Russian diplomats on Monday.",
    "Sixty Russian diplomats were expelled by the United States on Monday.",
    "Russian diplomats expelled by the US after the poisoning of a former spy",
])
def test_diplomats_expelled_are_a_diplomatic_break_in_either_voice(nlp, text):
    assert expulsions(run(nlp, text)) == {("USA", "RUS", "161", "SANCTION")}


def test_inspectors_expelled_without_a_doer_were_sent_out_by_the_state_they_leave(nlp):
    found = expulsions(run(nlp, "Three weapons inspectors of the United Nations were expelled from Iraq on Friday."))
    assert {(s, c[:3], p) for s, _, c, p in found} == {("IRQ", "166", "SANCTION")}, found


def test_people_expelled_stay_a_deportation(nlp):
    # no diplomats, no inspectors: the verb's own code, in the passive as in the active
    found = expulsions(run(nlp, "Four Danish journalists were expelled from Iran last week."))
    assert {(s, c, p) for s, _, c, p in found} == {("IRN", "174", "COERCE")}, found
