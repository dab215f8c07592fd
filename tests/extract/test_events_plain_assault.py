"""Violence done to a person's body, told with common nouns and in any kind of article (issue 15): people named
by a common noun ("a gunman", "two men", "a mob", "three employees") are the sides of an assault
(events/arguments.py person_role, events/sides.py person_side), and an assault whose evidence is plain (a person
killed, stabbed, beaten to death, attacked with a weapon) survives the sense veto whatever the genre model or the
article model reads (events/sense.py plain_assault). A match won, a deal killed or a drug's harm stays no event.
The sentences are written for these tests."""

from __future__ import annotations

import pytest

VIOLENT = ("18", "19", "20")


def violent(nlp, text):
    return [e for e in nlp(text)._.fp_events or [] if e.root in VIOLENT]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Two men stabbed a taxi driver outside a bar in Leeds.",
    "The manager was assaulted by three men in a car park in Leeds.",
    "A crowd beat a fan to death after the match in Lima.",
    "A man broke into the flat and stabbed two women.",
    "The boxer was shot dead in Chicago on Sunday night.",
])
def test_an_assault_on_people_named_by_common_nouns_is_violence(nlp, text):
    assert violent(nlp, text), text


@pytest.mark.slow
def test_the_doer_and_the_victims_are_the_people_not_the_firm_beside_them(nlp):
    events = violent(nlp, "A gunman killed four workers at the plant of the car maker in Ohio.")
    assert events
    assert all(e.source is not None and e.source.text.lower() == "gunman" for e in events)
    assert all(e.target is not None and "workers" in e.target.text for e in events)


@pytest.mark.slow
def test_two_men_who_stab_someone_are_the_source(nlp):
    events = violent(nlp, "Two men stabbed a taxi driver outside a bar in Leeds.")
    assert any(e.source is not None and e.source.text == "Two men" for e in events)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Arsenal beat the champions 3-1 at Highbury on Saturday.",
    "Smith beat the goalkeeper with a low shot in the second half.",
    "The drug killed thousands of patients, the lawsuit says.",
    "The chief executive killed the deal with the rival carmaker.",
    "Critics assaulted the minister over the plan.",
])
def test_a_match_a_deal_or_a_drug_is_no_assault(nlp, text):
    assert not violent(nlp, text), text


@pytest.mark.slow
def test_person_role_names_people_by_their_common_noun(nlp):
    from flashpoint.extract.events.arguments import person_role
    doc = nlp("A man and a gunman met three employees and a mob outside the firm.")
    roles = {t.text: person_role(t) for t in doc if t.pos_ == "NOUN"}
    assert roles.get("man") == "CVL" and roles.get("mob") == "CVL" and roles.get("employees") == "LAB"
    assert roles.get("gunman") not in (None, "CVL")
    assert roles.get("firm") is None


@pytest.mark.slow
def test_an_agent_that_is_a_substance_is_no_person(nlp):
    # "poisoned by a nerve agent": the substance used, not a person who poisoned anyone
    from flashpoint.extract.events.arguments import person_role
    doc = nlp("The two diplomats were poisoned by a nerve agent, and a chemical agent was found near the border agent.")
    roles = {(t.text, t.i): person_role(t) for t in doc if t.lower_ == "agent"}
    assert [r for _, r in sorted(roles.items(), key=lambda x: x[0][1])][:2] == [None, None], roles
    assert not [e for e in violent(nlp, "The two diplomats were poisoned by a nerve agent in Salisbury.")
                if e.source is not None and e.source.text and "agent" in e.source.text], "a substance as the doer"


@pytest.mark.slow
def test_a_relative_pronoun_doer_is_the_people_its_clause_hangs_on(nlp):
    # "two men who had stabbed a shopkeeper": "who" stands for the two men, who did it
    events = violent(nlp, "Villagers caught two men who had stabbed a shopkeeper in Kano.")
    assert any(e.source is not None and e.source.text == "two men" for e in events), events
