"""What someone is arrested, expelled, suspected or blamed for is alleged, not told as done (issue 15).

"A missionary was arrested in Lebanon for collaborating with Israel": the collaboration is Lebanon's
charge, not an act the sentence asserts; the event coded at "collaborating" is reported, on the word of
whoever arrests (events/modality.alleged_by). Praise credits an act that was done: "praised Myanmar for
releasing prisoners" asserts the release. Hand-built parses, as the shipped model gives them.
"""

from __future__ import annotations

from tests.extract.test_events_coder import build, code


def by_verb(events):
    return {e.verb: e for e in events}


def test_the_act_someone_is_arrested_for_is_alleged_by_the_arrester():
    doc = build("Lebanon|PROPN|nsubj|1 arrested|VERB|ROOT|1|arrest a|DET|det|3 missionary|NOUN|obj|1 "
                "for|SCONJ|mark|5 collaborating|VERB|advcl|1|collaborate|VBG with|ADP|case|7 "
                "Israel|PROPN|obl|5 .|PUNCT|punct|1",
                {"Lebanon": ("LBN", "country"), "missionary": ("CANREL", "agent"), "Israel": ("ISR", "country")})
    events = by_verb(code(doc))
    assert events["arrested"].modality == "asserted"
    collaborating = events["collaborating"]
    assert collaborating.modality == "reported"
    assert collaborating.attribution.actor is not None and collaborating.attribution.actor.code == "LBN"


def test_the_act_hung_on_the_expelled_persons_phrase_is_alleged_too():
    # the parser hangs "for taking part" on "countries", the phrase of the diplomats expelled
    doc = build("Russia|PROPN|nsubj|1 expelled|VERB|ROOT|1|expel diplomats|NOUN|obj|1|diplomat "
                "from|ADP|case|6 three|NUM|nummod|6 EU|PROPN|compound|6 countries|NOUN|obl|1|country "
                "for|SCONJ|mark|8 taking|VERB|acl|6|take|VBG part|NOUN|obj|8 in|ADP|case|12 "
                "unauthorised|ADJ|amod|12 protests|NOUN|obl|8|protest .|PUNCT|punct|1",
                {"Russia": ("RUS", "country"), "EU": ("IGOEUREEC", "organisation")})
    events = code(doc)
    protests = [e for e in events if e.verb == "taking"]
    assert protests, [(e.verb, e.code) for e in events]
    assert all(e.modality == "reported" for e in protests)
    assert all(e.attribution.actor is not None and e.attribution.actor.code == "RUS" for e in protests)


def test_an_act_praised_is_asserted():
    doc = build("Annan|PROPN|nsubj|1 praised|VERB|ROOT|1|praise Myanmar|PROPN|obj|1 for|SCONJ|mark|4 "
                "releasing|VERB|advcl|1|release|VBG prisoners|NOUN|obj|4|prisoner .|PUNCT|punct|1",
                {"Annan": ("IGOUNO", "person"), "Myanmar": ("MMR", "country")})
    events = by_verb(code(doc))
    assert events["releasing"].modality == "asserted"



def test_a_criminal_charge_is_an_accusation_not_an_arrest():
    """"Police charged a soldier with murder": the charge accuses him of a crime (CAMEO 1121, PLOVER ACCUSE, whose
    codebook puts "charge with a crime" there), as "charged with corruption" always was; it is no arrest (173)."""
    doc = build("Police|PROPN|nsubj|1 charged|VERB|ROOT|1|charge a|DET|det|3 soldier|NOUN|obj|1 "
                "with|ADP|case|5 murder|NOUN|obl|1 .|PUNCT|punct|1",
                {"Police": ("GBRCOP", "agent"), "soldier": ("GBRMIL", "agent")})
    charged = by_verb(code(doc))["charged"]
    assert (charged.code, charged.plover.type) == ("1121", "ACCUSE")
    assert (charged.source.code, charged.target.code) == ("GBRCOP", "GBRMIL")


def test_an_arrest_for_an_act_accuses_as_well_as_detains():
    """"Lebanon arrested a missionary for collaborating with Israel": Lebanon's arrest (173, COERCE) and its charge
    that he collaborated (112, ACCUSE, as the PLOVER gold codes the sentence); an arrest told with no act it is
    for accuses no one."""
    doc = build("Lebanon|PROPN|nsubj|1 arrested|VERB|ROOT|1|arrest a|DET|det|3 missionary|NOUN|obj|1 "
                "for|SCONJ|mark|5 collaborating|VERB|advcl|1|collaborate|VBG with|ADP|case|7 "
                "Israel|PROPN|obl|5 .|PUNCT|punct|1",
                {"Lebanon": ("LBN", "country"), "missionary": ("CANREL", "agent"), "Israel": ("ISR", "country")})
    arrest = sorted((e.code, e.plover.type, e.source.code, e.target.code) for e in code(doc) if e.verb == "arrested")
    assert arrest == [("112", "ACCUSE", "LBN", "CANREL"), ("173", "COERCE", "LBN", "CANREL")]
    plain = build("Lebanon|PROPN|nsubj|1 arrested|VERB|ROOT|1|arrest a|DET|det|3 missionary|NOUN|obj|1 "
                  ".|PUNCT|punct|1", {"Lebanon": ("LBN", "country"), "missionary": ("CANREL", "agent")})
    assert [e.code for e in code(plain) if e.verb == "arrested"] == ["173"]
