"""fp_events in the packaged pipeline (trained model + actors + dates + places), on news sentences.

Marked slow: they load the model. The last test checks the example article of the brief explicitly;
the others use sentences written for these tests.
"""

from __future__ import annotations

import datetime

import pytest

from tests.extract.coding import events_of

pytestmark = pytest.mark.slow


def run(nlp, text: str, published=datetime.date(2021, 4, 2)):
    return events_of(nlp, text, published)


def find(events, root: str):
    return [e for e in events if e.code.startswith(root)]


def test_a_threat_reported_by_a_spokesman_is_attributed_to_him(nlp):
    events = run(nlp, "Moscow will take further action if NATO expands, Kremlin spokesman Dmitry Peskov said.")
    threats = find(events, "13")
    assert threats, events
    assert threats[0].modality == "conditional"
    assert threats[0].attribution.actor is not None and "Peskov" in threats[0].attribution.actor.name


def test_we_inside_a_quote_is_the_speaker_who_said_it(nlp):
    # a two-sentence quote closed Nordic-style (”a spokesman ...), as machine translation leaves it
    events = run(nlp, "“We are deeply concerned about the shelling. We condemn the attacks on Kharkiv by Russia, ”a "
                      "State Department spokesman Ned Price told the media.")
    condemn = find(events, "11")
    assert condemn, events
    # the coder resolves "we" itself when the parse links the quote to its frame; the quote's speaker
    # ("+quote_speaker" in the rule) covers the parses that do not
    assert condemn[0].source.name == "Ned Price" and condemn[0].source.code == "USAGOV"
    assert condemn[0].attribution.actor is not None and condemn[0].attribution.actor.name == "Ned Price"


def test_no_actor_acts_on_itself(nlp):
    events = run(nlp, "Taiwan's President Lai Ching-te condemned the drills. “We will not be intimidated, and we will "
                      "defend our democracy,” Lai told reporters.", published=datetime.date(2024, 5, 21))
    assert events
    assert not [e for e in events if e.target is not None and e.source.kb_id and e.source.kb_id == e.target.kb_id]


def test_a_verb_misparsed_as_a_modifier_still_has_its_subject(nlp):
    # the model reads "mobilized" as an adjective of "reservists", with "Britain" inside that phrase
    events = run(nlp, "Britain mobilized army reservists for a possible war against Iraq on Tuesday.")
    mobilize = find(events, "15")
    assert mobilize and mobilize[0].source.code == "GBR", events


def test_criticism_names_critic_and_criticised(nlp):
    events = run(nlp, "The European Union on Thursday criticized Belarus for the arrest of journalists.")
    crit = find(events, "11")
    assert crit and crit[0].source.code.startswith("IGOEU") and crit[0].target.code.startswith("BLR")
    assert crit[0].date == datetime.date(2021, 4, 1)  # "on Thursday" before a Friday publication


def test_troop_movements_and_readiness_are_force_posture(nlp):
    events = run(nlp, "China has deployed troops to the border with India.")
    assert any(e.code == "154" and e.source.code.startswith("CHN") for e in find(events, "15"))


def test_fighting_with_casualties_is_assault(nlp):
    events = run(nlp, "Azerbaijani forces shelled Armenian positions on Tuesday, killing three soldiers.")
    assert any(e.code.startswith("19") for e in events)


def test_phone_call_is_consultation_both_ways(nlp):
    events = run(nlp, "Blinken spoke with Kuleba by phone on Friday.")
    calls = find(events, "041")
    assert {e.source.code[:3] for e in calls} >= {"USA", "UKR"}


def test_negated_and_reported_events_keep_their_modality(nlp):
    events = run(nlp, "Turkey did not attack Syrian positions, according to Reuters.")
    attack = find(events, "19")
    assert attack and attack[0].modality == "negated" and "Reuters" in attack[0].attribution.via


def test_example_article(nlp, example_article):
    text = example_article.read_text(encoding="utf-8")
    events = run(nlp, text)
    by_sentence = {}
    for e in events:
        by_sentence.setdefault(e.sentence, []).append(e)
        assert text[e.evidence.start:e.evidence.end] == e.evidence.text
        assert e.rule and 0 < e.confidence <= 1 and e.date is not None

    # Peskov's conditional threat
    threat = next(e for e in events if e.root == "13" and e.modality == "conditional")
    assert threat.source.code == "RUS" and "Peskov" in threat.attribution.actor.name
    # warnings / criticism / accusations of Russia by the US, the EU and Ukraine
    critics = {e.source.code[:5] for e in events
               if e.root in ("11", "13") and e.source.code and e.target and e.target.code == "RUS"}
    assert {"USAGO", "IGOEU", "UKRGO"} <= critics
    # the Russian troop build-up, reported and attributed
    buildup = [e for e in events if e.code == "154" and (e.source.code or "").startswith("RUS")]
    assert buildup and any(e.attribution.actor is not None for e in buildup)
    # the fighting in eastern Ukraine
    assert any(e.root in ("18", "19") and e.target and e.target.code.startswith("UKR") for e in events)
    # US calls to Ukrainian colleagues and raised readiness
    assert any(e.code == "041" and (e.source.code or "").startswith("USA") for e in events)
    assert any(e.code == "152" and (e.source.code or "").startswith("USA") for e in events)
    # "on Thursday" in an article of Friday 2021-04-02
    assert any(e.date == datetime.date(2021, 4, 1) for e in events)
