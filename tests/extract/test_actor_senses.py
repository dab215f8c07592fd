"""Role nouns in their business and sport senses (extract/actors/senses.py).

The agents dictionaries code "carrier" MIL, "cartel" CRM and "officer" MIL, their senses in conflict news.
A business story uses them for airlines, producers' cartels and companies' officers; the knowledge base's
companies and business roles around them tell which sense is meant. Built on the blank tokenizer.
"""

from __future__ import annotations

import pytest

@pytest.fixture(scope="module")
def find(blank_mentions):
    return blank_mentions


def test_a_chief_officer_of_a_kind_the_table_lacks_is_read_as_its_chief_executive_officer(find):
    ms = find("Australian airline Qantas said chief financial officer Peter Gregg would leave.")
    assert ms["officer Peter Gregg"].role == "BUS"
    assert ms["officer Peter Gregg"].rule.endswith("+sense:business+context:sentence")


def test_a_carrier_in_a_sentence_about_companies_is_an_airline(find):
    ms = find("The US carrier said it would buy 20 jets from General Electric and Boeing.")
    assert ms["US carrier"].code == "USABUS"
    assert ms["US carrier"].rule.endswith("+sense:business")


def test_a_carrier_beside_a_navy_stays_a_warship(find):
    ms = find("The US carrier joined the Navy's fleet as General Electric delivered engines.")
    assert ms["US carrier"].code == "USAMIL"


def test_a_cartel_in_a_sentence_about_investors_is_a_business_a_drug_cartel_a_gang(find):
    ms = find("The Mexican cartel raised prices again, investors said.")
    assert ms["Mexican cartel"].code == "MEXBUS"
    ms = find("The Mexican cartel attacked police in Sinaloa.")
    assert ms["Mexican cartel"].code == "MEXCRM"
    ms = find("A Mexican drug cartel raised prices again, investors said.")
    assert ms["Mexican drug cartel"].code == "MEXCRM"


def test_a_role_noun_attached_to_a_business_is_the_business(find):
    ms = find("Russian advisers to the company met British investors.")
    assert ms["Russian advisers"].code == "RUSBUS"
    ms = find("Russian advisers to the president met British investors.")
    assert ms["Russian advisers"].code == "RUSGOV"


def test_a_captain_in_a_piece_about_a_team_sport_is_no_officer(find):
    ms = find("England captain Joe Root hit an unbeaten century as the batsmen took eight wickets.")
    assert ms["England captain Joe Root"].code == "GBR"
    assert ms["England captain Joe Root"].rule.endswith("+sense:sport")
    ms = find("Army captain Joe Root led the patrol into the village.")
    assert ms["Army captain Joe Root"].role == "MIL"


# --- a capital that speaks or acts: its government (needs the parse: the shipped model) ------------------------

def _codes(nlp, text):
    return {m.text: m.code for m in nlp(text)._.fp_actor_mentions}


@pytest.mark.slow
def test_a_capital_that_speaks_or_acts_on_an_actor_is_its_government(nlp):
    assert _codes(nlp, "Berlin rejected recent calls by Belarus's ruler.")["Berlin"] == "DEUGOV"
    assert _codes(nlp, "Pyongyang warned Japan that imposing sanctions would be tantamount to war.")["Pyongyang"] == "PRKGOV"
    assert _codes(nlp, "Jakarta forced the UN refugee agency out of West Timor.")["Jakarta"] == "IDNGOV"


@pytest.mark.slow
def test_a_capital_as_a_place_stays_its_country(nlp):
    assert _codes(nlp, "Officials extended the night-time curfew in Abidjan.")["Abidjan"] == "CIV"
    assert _codes(nlp, "Kathmandu was shut down by a general strike.")["Kathmandu"] == "NPL"
    assert _codes(nlp, "Baghdad saw more violence on Sunday.")["Baghdad"] == "IRQ"
