"""Events whose doer the knowledge base cannot code still name the doer the text gives (events/uncoded.py).

An organisation the knowledge base lacks keeps its name with no code; a group named by its sector
("employees") gets the sector and the country of the sentence's place; "the two sides" and "both
countries" stand for the two countries just named. Marked slow: they load the model. Every sentence
was written for these tests.
"""

from __future__ import annotations

import datetime

import pytest

from tests.extract.coding import events_of

pytestmark = pytest.mark.slow


def run(nlp, text: str):
    return events_of(nlp, text, datetime.date(2023, 3, 2))


def sides(events, root: str = "") -> set[tuple]:
    return {(e.source.name, e.source.code, e.target.code if e.target else None)
            for e in events if e.code.startswith(root)}


def test_an_agency_the_knowledge_base_lacks_is_named_as_the_source_with_no_code(nlp):
    # the parser reads "Fisheries" as a common noun: the name is the capitalised words ending in a body word
    events = run(nlp, "Fisheries and Coastal Protection criticised Senegal on Monday.")
    seized = [e for e in events if e.code.startswith("11")]
    assert seized and seized[0].source.name == "Fisheries and Coastal Protection", events
    assert seized[0].source.code is None and ":source-uncoded" in seized[0].rule




def test_an_unknown_body_with_no_target_still_gives_an_event(nlp):
    # an event with neither side coded was dropped; the subject names a body, so it stays
    events = run(nlp, "Fisheries and Coastal Protection rejected the proposal on Tuesday.")
    assert [e for e in events if e.source.name == "Fisheries and Coastal Protection" and e.target is None], events


def test_a_capitalised_subject_that_is_no_body_is_not_made_an_actor(nlp):
    # a date, a person the model knows as one, a sports team's city: no organisation name
    assert not [e for e in run(nlp, "Friday Morning Show rejected the proposal.") if e.source.name.startswith("Friday")]


def test_a_group_named_by_its_sector_takes_the_country_of_the_place(nlp):
    events = run(nlp, "Striking employees blocked the road to the port of Callao in Peru.")
    assert ("employees", "PERLAB") in {(e.source.name, e.source.code) for e in events}, events


def test_a_sector_noun_is_never_made_the_doer_of_violence(nlp):
    # "people" and "fighters" may be those hurt; only named actors or the incident give a violent event's doer
    for e in run(nlp, "At least 14 people killed in the blast at the market, police said."):
        assert not (e.root in ("18", "19", "20") and (e.source.code or "").endswith(("CVL", "LAB"))), e


def test_the_two_sides_are_the_two_countries_just_named(nlp):
    events = run(nlp, "Armenia and Azerbaijan held talks in Geneva on Monday. The two sides agreed to exchange "
                      "prisoners.")
    agreed = {(e.source.code, e.target.code if e.target else None) for e in events
              if e.code.startswith("03") and ":reciprocal" in e.rule}
    assert {("ARM", "AZE"), ("AZE", "ARM")} <= agreed, events


def test_both_countries_act_on_the_target_each(nlp):
    events = run(nlp, "Ministers from Kenya and Uganda met in Nairobi. Both countries condemned the attack on the "
                      "border post.")
    condemned = {e.source.code[:3] for e in events if e.code.startswith("11") and e.source.code}
    assert {"KEN", "UGA"} <= condemned, events


def test_the_two_sides_after_three_countries_name_no_one(nlp):
    events = run(nlp, "France, Germany and Italy held talks. The two sides agreed to meet again in May.")
    assert not [e for e in events if ":reciprocal" in e.rule], events


def test_a_body_named_by_its_initials_is_kept_as_the_source(nlp):
    events = run(nlp, "KFTU rejected the proposal on Tuesday.")
    assert [e for e in events if e.source.name == "KFTU" and e.source.code is None], events


def test_armed_fighters_are_the_rebels_of_the_place_they_attack_in(nlp):
    # "fighters" would not stand alone as an actor; as the subject of an attack they are its doers
    events = run(nlp, "The fighters attacked a village near Aleppo on Sunday.")
    assert ("fighters", "SYRREB") in {(e.source.name, e.source.code) for e in events if e.root == "19"}, events


def test_counted_states_keep_their_event_uncoded(nlp):
    # CAMEO codes no state for "70 countries": the event stays, its doer as written and with no code
    events = run(nlp, "Dozens of countries have condemned the coup.")
    assert [(e.source.name, e.source.code) for e in events if e.root == "11"] == [("Dozens of countries", None)], events
    # "the two countries" are two the text has named (reciprocal_pair), never a count of unnamed states
    assert not [e for e in run(nlp, "The two countries strengthened ties last year.") if e.source.code is None]


def test_a_court_set_in_a_city_is_that_country_judiciary(nlp):
    events = run(nlp, "A court in Istanbul sentenced the journalist to two years in prison.")
    assert "TURJUD" in {e.source.code for e in events}, events


def test_a_verb_read_as_a_noun_before_and_still_gives_the_next_verb_its_subject(nlp):
    # the parser reads "soldiers shot" as a compound noun heading the sentence
    events = run(nlp, "Israeli soldiers shot and wounded two Palestinians near Hebron.")
    assert "ISRMIL" in {e.source.code for e in events if e.root == "18"}, events


def test_a_verb_read_as_a_noun_with_an_object_is_still_the_verb_of_its_subject(nlp):
    # the parser reads "Troops shot" and "Police shot" as compound nouns heading the sentence, with the
    # victims as the noun's object: a noun takes no object, so "shot" is the verb and "Troops" its subject
    events = run(nlp, "Troops shot dead three protesters in the capital.")
    assert [e for e in events if e.root in ("17", "18", "19") and e.source.code == "MIL"], events
    events = run(nlp, "Police shot a man who attacked officers with a knife.")
    assert [e for e in events if e.root in ("18", "19") and e.source.code == "COP"], events


def test_the_second_of_two_coordinated_verbs_read_as_an_adjective_is_still_a_verb(nlp):
    # the parser reads "seized" as an adjective of "weapons", joined to "two men": the police seized them
    events = run(nlp, "Police arrested two men and seized weapons in Mombasa.")
    assert {"173", "1711"} <= {e.code for e in events if e.source.code == "KENCOP"}, events
    # "the seized weapons", with its determiner, stays a noun phrase: one event
    events = run(nlp, "Police arrested two men and the seized weapons were burnt in Mombasa.")
    assert [e.code for e in events if e.root == "17"] == ["173"], events


def test_a_past_tense_hung_on_the_noun_heading_the_sentence_has_that_noun_for_its_doer(nlp):
    # the parser reads "Nearly 70 countries signed the treaty" as a noun phrase, "signed" a modifier
    events = run(nlp, "Nearly 70 countries signed the treaty in Geneva.")
    assert [(e.code, e.source.name) for e in events] == [("057", "Nearly 70 countries")], events


def test_a_groups_followers_act_as_the_group(nlp):
    # "supporters" has no role of its own; the government they follow has, placed in Kampala
    events = run(nlp, "Police said government supporters attacked an opposition rally in Kampala on Saturday.")
    assert ("government supporters", "UGAGOV", "UGAOPP") in sides(events, "19"), events


@pytest.mark.parametrize("text, code", [
    ("Thousands of people demonstrated in Hong Kong on Sunday.", "HKGCVL"),
    ("Hundreds of thousands of people marched in Minsk on Sunday to protest against the election result.", "BLRCVL"),
    ("Thousands of women marched through Lagos on Monday.", "NGACVL"),
])
def test_a_crowd_that_protests_is_the_civilians_of_the_place(nlp, text, code):
    # no sector noun names the doer, but a crowd that marches or demonstrates is its own doer (CAMEO 14), the
    # civilians of the place it protests in; counts of counts ("hundreds of thousands of") still count people
    protests = [e for e in run(nlp, text) if e.root == "14"]
    assert [e for e in protests if e.source.code == code and ":source-sector" in e.rule], protests


def test_a_crowd_is_still_no_doer_of_anything_but_a_protest(nlp):
    # people who died, welcomed or attended are not acting as a group: no event is made of them; nor is a crowd
    # in the streets for a celebration a protest
    for text in ("Thousands of people welcomed the president in Lagos on Sunday.",
                 "Hundreds of people were killed in the fighting in Lagos.",
                 "About 250,000 people took to the streets of Lagos on Sunday to celebrate 40 years of the carnival."):
        assert not [e for e in run(nlp, text) if (e.source.code or "").endswith("CVL")], text
