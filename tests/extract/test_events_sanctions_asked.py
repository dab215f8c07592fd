"""Asking for sanctions threatens no one with them (issue 15): the one who asks cannot impose them.

The verb dictionary codes an appeal for sanctions as CAMEO 1312 (threaten with sanctions), which made
"Israel urged the United Nations to move toward sanctions against Iran" Israel's threat to the UN. Asked of
someone it is a demand of them (100, PLOVER REQUEST); called for before no one ("called for sanctions against
Nigeria") it denounces the one they are aimed at (111, PLOVER ACCUSE, as the PLOVER gold reads Archbishop
Tutu's call). A threat of sanctions stays a threat. Hand-built parses, as the shipped model gives them.
"""

from __future__ import annotations

from tests.extract.test_events_coder import build, code


def by_verb(events):
    return {e.verb: e for e in events}


def test_sanctions_asked_of_someone_are_a_demand_of_them():
    doc = build("Israel|PROPN|nsubj|1 urged|VERB|ROOT|1|urge the|DET|det|4 United|PROPN|compound|4 "
                "Nations|PROPN|obj|1 to|PART|mark|6 move|VERB|xcomp|1 toward|ADP|case|8 "
                "sanctions|NOUN|obl|6|sanction against|ADP|case|10 Iran|PROPN|nmod|8 .|PUNCT|punct|1",
                {"Israel": ("ISR", "country"), "United Nations": ("IGOUNO", "organisation"),
                 "Iran": ("IRN", "country")})
    urged = by_verb(code(doc))["urged"]
    assert (urged.code, urged.plover.type) == ("100", "REQUEST")
    assert (urged.source.code, urged.target.code) == ("ISR", "IGOUNO")


def test_sanctions_called_for_before_no_one_denounce_their_target():
    doc = build("Britain|PROPN|nsubj|1 urged|VERB|ROOT|1|urge sanctions|NOUN|obj|1|sanction "
                "against|ADP|case|4 Zimbabwe|PROPN|nmod|2 .|PUNCT|punct|1",
                {"Britain": ("GBR", "country"), "Zimbabwe": ("ZWE", "country")})
    urged = by_verb(code(doc))["urged"]
    assert (urged.code, urged.plover.type) == ("111", "ACCUSE")
    assert (urged.source.code, urged.target.code) == ("GBR", "ZWE")


def test_a_threat_of_sanctions_stays_a_threat():
    doc = build("Britain|PROPN|nsubj|1 threatened|VERB|ROOT|1|threaten Iran|PROPN|obj|1 with|ADP|case|4 "
                "sanctions|NOUN|obl|1|sanction .|PUNCT|punct|1",
                {"Britain": ("GBR", "country"), "Iran": ("IRN", "country")})
    threatened = by_verb(code(doc))["threatened"]
    assert (threatened.code, threatened.plover.type) == ("1312", "THREATEN")
