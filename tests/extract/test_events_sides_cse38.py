"""Both sides of violent events (cse38): the blast a relative clause tells of, and the people a state's forces act on
at home.

Marked slow: they load the model. Every sentence was written for these tests.
"""

from __future__ import annotations

import datetime

import pytest

from tests.extract.coding import code, events_of, violent

pytestmark = pytest.mark.slow


def run(nlp, text: str, published=datetime.date(2022, 5, 10)):
    return events_of(nlp, text, published)


@pytest.mark.parametrize("text", [
    "Two suicide bombers blew themselves up at a crowded bus station in central Kabul on Sunday, in twin explosions "
    "that killed at least 20 people.",
    "Two suicide bombers blew themselves up outside a mosque in Kandahar on Friday, in a double blast which wounded "
    "dozens of worshippers.",
])
def test_a_blast_a_relative_clause_tells_of_names_no_doer_and_takes_the_incidents_attacker(nlp, text):
    # "explosions that killed 20 people": the relative pronoun stands for the explosions, a blast with no doer of
    # its own, so the attackers the sentence names (the suicide bombers) are the killers, not no one
    events = violent(run(nlp, text))
    hurt = [e for e in events if e.target is not None and e.target.text.startswith(("at least", "dozens"))]
    assert hurt and all(code(e.source) and code(e.source).startswith("AFG") for e in hurt), events


@pytest.mark.parametrize("text, victims", [
    ("Kenyan police fired live rounds into a crowd, killing two protesters, a rights group said on Monday.", "KENOPP"),
    ("Zimbabwean soldiers beat several women who refused to leave the market, witnesses said.", "ZWECVL"),
])
def test_people_a_states_forces_act_on_in_a_story_of_no_other_country_are_of_that_state(nlp, text, victims):
    assert victims in {code(e.target) for e in violent(run(nlp, text))}, run(nlp, text)



@pytest.mark.parametrize("text, sides", [
    ("Heavy clashes broke out between Israeli police and Palestinian worshippers on Friday in Jerusalem.",
     ("ISRCOP", "PSE")),
    ("Clashes erupted between Afghan troops and Taliban fighters in Kunduz on Monday.", ("AFGMIL", "AFGREBTAL")),
])
def test_clashes_that_break_out_between_two_sides_are_a_fight_of_those_sides(nlp, text, sides):
    # the tagger reads "clashes" as a verb (VBZ) or, opening the sentence, as a name (NNP); as the subject of "broke
    # out" or "erupted" it is the fight's noun, and its "between" phrase names the two sides
    found = {(code(e.source), code(e.target)) for e in violent(run(nlp, text, datetime.date(2010, 5, 10)))}
    assert any(s == sides[0] and (t or "").startswith(sides[1]) for s, t in found), found
