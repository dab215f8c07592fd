"""A verb of saying that names a material act by its object noun tells that act (issue 15, plv40).

"Nigeria announced the deployment of 230 troops to Liberia" and "Russia announces tit-for-tat expulsions of Western
diplomats" were coded as plain statements (010): the verb dictionary lists a few nouns after "announce" and
"declare" (a withdrawal, a suspension, sanctions), not the deployment or the expulsion. The noun is made from a verb
the dictionary knows (deploy-ment, exp-ulsion: syntax.verbs_of_noun), or is that verb's own word with its object
after "of" ("the capture of the town"); the act is coded as that verb's, by the one who announces it, with whom it
was done to from the noun's phrase. Not when the act is someone else's ("Germany's expulsion of"), planned or
denied, nor when the verb's event is itself only verbal ("announced the dismissal of the army chief" rejects
nothing). Marked slow: they load the model. Every sentence was written for these tests.
"""

from __future__ import annotations

import datetime

import pytest

from flashpoint.codes.petrarch.syntax import verbs_of_noun
from tests.extract.coding import code, events_of

NAMED = "act-named-by-object"


def run(nlp, text: str):
    return events_of(nlp, text, datetime.date(2023, 3, 14))


def told(events):
    return {(code(e.source), (code(e.target) or "")[:3] or None, e.plover.type) for e in events
            if e.modality == "asserted" and e.plover.type}


@pytest.mark.parametrize("noun, verb", [
    ("deployment", "deploy"), ("expulsion", "expel"), ("withdrawal", "withdraw"), ("closure", "close"),
    ("suspension", "suspend"), ("evacuation", "evacuate"), ("detention", "detain"), ("mobilization", "mobilize"),
])
def test_a_noun_made_from_a_verb_by_a_suffix_gives_that_verb_first_among_its_guesses(noun, verb):
    assert verbs_of_noun(noun)[0] == verb


def test_a_noun_that_is_its_verbs_own_word_gives_no_guess():
    assert verbs_of_noun("arrest") == [] and verbs_of_noun("army") == []


@pytest.mark.slow
def test_announcing_a_deployment_is_deploying(nlp):
    events = run(nlp, "Canada announced the deployment of 400 soldiers to Latvia on Monday.")
    assert ("CAN", "LVA", "MOBILIZE") in told(events)
    assert any(NAMED in e.rule for e in events)


@pytest.mark.slow
def test_announcing_the_expulsion_of_diplomats_is_expelling_them(nlp):
    assert ("TUR", "NLD", "SANCTION") in told(run(nlp, "Turkey announced the expulsion of two Dutch diplomats on "
                                                       "Tuesday."))


@pytest.mark.slow
def test_claiming_the_capture_of_a_town_is_taking_it(nlp):
    found = told(run(nlp, "The Kenyan army claimed the capture of the town on Sunday."))
    assert any(s == "KENMIL" and t in ("COERCE", "ASSAULT") for s, _, t in found), found


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Canada announced the planned deployment of 400 soldiers to Latvia on Monday.",
    "Canada announced no deployment of soldiers to Latvia.",
])
def test_a_planned_or_denied_deployment_is_no_deployment(nlp, text):
    assert not any(t == "MOBILIZE" for _, _, t in told(run(nlp, text)))


@pytest.mark.slow
def test_someone_elses_act_stays_theirs(nlp):
    found = told(run(nlp, "Turkey announced Germany's expulsion of two Turkish diplomats on Tuesday."))
    assert not any(s == "TUR" and t == "SANCTION" for s, _, t in found), found


@pytest.mark.slow
def test_a_verbal_act_named_by_a_noun_is_not_coded_from_it(nlp):
    events = run(nlp, "The Kenyan president announced the dismissal of the army chief on Friday.")
    assert not any(NAMED in e.rule for e in events)


@pytest.mark.slow
def test_a_denied_deployment_is_no_deployment(nlp):
    # "deny" is a verb of saying too, but it does not tell its object as done
    found = told(run(nlp, "Russia denied the deployment of troops to the Ukrainian border on Monday."))
    assert not any(s.startswith("RUS") and t == "MOBILIZE" for s, _, t in found if s), found


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Iraqi officials confirmed the killing of two US soldiers near Falluja on Sunday.",
    "The ministry revealed the detention of 40 activists by police on Monday.",
    "The UN announced the withdrawal of Russian troops from the area on Monday.",
])
def test_who_tells_an_act_others_did_is_no_doer_of_it(nlp, text):
    # confirming, reporting or revealing tells others' acts as often as one's own; a "by" names the doer;
    # moved forces of another country are that country's act
    assert not any(NAMED in e.rule for e in run(nlp, text))
