"""Verb dictionaries: the PETRARCH/TABARI format reader, our own dictionary, and pattern matching."""

from __future__ import annotations

from datetime import date

import pytest
import spacy
from spacy.tokens import Doc

from flashpoint.codes.cameo import is_valid_code, root_of
from flashpoint.codes.petrarch import parse_actors, parse_agents, parse_discards, verb_forms
from flashpoint.codes.petrarch_verbs import parse_verb_dictionary, read_verb_dictionary
from flashpoint.codes.verb_dictionary import split_code
from flashpoint.extract.base import ActorMention
from flashpoint.extract.events.coder import CoderOptions, EventCoder
from flashpoint.extract.events import EventComponent, load_dictionary
from flashpoint.records import Article
from flashpoint.settings import component_defaults

ENGLISH = spacy.blank("en")

TOY = """
&CURRENCY
+DOLLAR
+SWISS_FRANC

--- GRANT  [070] ---
GRANT
GIVE {GAVE GIVEN}
- * &CURRENCY [071]
- * MILITARY_AID [072]
- * MILITARY AID TO + [0721]

--- BREAK [---] ---
+BREAK_OFF {+BROKE_OFF +BROKEN_OFF} [161]
- * TIES [161]

--- MEET [040:040] ---
MEET {MET}
"""


def parsed(words: list[str], heads: list[int], deps: list[str], actors: dict[int, str]) -> Doc:
    doc = Doc(ENGLISH.vocab, words=words, heads=heads, deps=deps,
              pos=["VERB" if d == "ROOT" else "PROPN" if i in actors else "NOUN" for i, d in enumerate(deps)],
              tags=["VBD" if d == "ROOT" else "NN" for d in deps], lemmas=[w.lower() for w in words])
    doc._.fp_actor_mentions = [ActorMention(start=i, end=i + 1, start_char=doc[i].idx,
                                            end_char=doc[i].idx + len(doc[i]), text=doc[i].text, name=doc[i].text,
                                            code=c, kind="country") for i, c in actors.items()]
    return doc


def test_regular_and_irregular_verb_forms_are_generated():
    assert {"ATTACK", "ATTACKS", "ATTACKED", "ATTACKING"} <= verb_forms("ATTACK")
    assert {"DENIES", "DENIED"} <= verb_forms("DENY")
    assert "WITHDREW" in verb_forms("WITHDRAW")
    assert "WITHDREW" not in verb_forms("WITHDRAW", irregular=False)


def test_reader_builds_blocks_synsets_and_multiword_verbs():
    vd = parse_verb_dictionary(TOY)
    assert {b.name for b in vd.blocks} == {"GRANT", "BREAK", "MEET"}
    assert ("SWISS", "FRANCS") in vd.synsets["CURRENCY"] and ("DOLLARS",) in vd.synsets["CURRENCY"]
    (broke,) = vd.entries_for("BROKE")
    assert broke.after == ("OFF",) and broke.default_code == "161"
    assert [e.word for e in vd.entries_for("GAVE")] == ["GIVE"]
    grant = next(b for b in vd.blocks if b.name == "GRANT")
    assert str(grant.ordered_patterns()[0]) == "* MILITARY AID TO + [0721]"


def test_codes_split_into_the_act_and_the_answer():
    assert split_code("040:040") == ("040", "040")
    assert split_code("---") == (None, None)
    assert split_code("032:033") == ("032", "033")


def test_underscore_demands_adjacent_words_and_spaces_allow_gaps():
    vd = parse_verb_dictionary(TOY)
    coder = EventCoder(vd, CoderOptions())
    # "Arnor gave military aid": adjacent words -> 072
    doc = parsed(["Arnor", "gave", "military", "aid", "to", "Gondor"], [1, 1, 3, 1, 5, 1],
                 ["nsubj", "ROOT", "amod", "obj", "case", "obl"], {0: "ARN", 5: "GON"})
    codes = {e.code for e in coder.code(doc, [doc[:]])}
    assert codes == {"0721"}  # the most specific pattern, with its + slot on Gondor
    # "military and other aid" breaks MILITARY_AID but not "MILITARY AID TO +"
    doc = parsed(["Arnor", "gave", "military", "and", "other", "aid", "to", "Gondor"], [1, 1, 5, 5, 5, 1, 7, 1],
                 ["nsubj", "ROOT", "amod", "cc", "amod", "obj", "case", "obl"], {0: "ARN", 7: "GON"})
    events = coder.code(doc, [doc[:]])
    assert {(e.source_code, e.target_code, e.code) for e in events} == {("ARN", "GON", "0721")}


def test_a_reciprocal_code_gives_the_target_its_answer():
    vd = parse_verb_dictionary(TOY)
    doc = parsed(["Rohan", "met", "Gondor"], [1, 1, 1], ["nsubj", "ROOT", "obj"], {0: "ROH", 2: "GON"})
    events = EventCoder(vd).code(doc, [doc[:]])
    assert {(e.source_code, e.target_code, e.code, e.answer) for e in events} == {
        ("ROH", "GON", "040", False), ("GON", "ROH", "040", True)}


def test_actor_dictionary_applies_date_restricted_codes():
    ad = parse_actors("GOLLUM\n+SMEAGOL\n\t[HOB < 950601]\n\t[HOBGOV 19950601 - 19990815]\n\t[HOBREB > 990816]\n")
    (entry,) = ad.entries
    assert [p.words for p in entry.phrases] == [("GOLLUM",), ("SMEAGOL",)]
    assert entry.code_on(date(1994, 1, 1)) == "HOB"
    assert entry.code_on(date(1997, 1, 1)) == "HOBGOV"
    assert entry.code_on(date(2005, 1, 1)) == "HOBREB"


def test_agents_generate_plurals_substitutions_and_prefix_codes():
    ad = parse_agents("!PERSON! = MAN, MEN\nCONGRESS!PERSON! [~LEG]\nPOLICE {} [~COP]\nHUMAN_RIGHTS_BODY [NGO~]\n")
    words = {a.phrase.words: (a.code, a.prefix) for a in ad.agents}
    assert words[("CONGRESSMEN",)] == ("LEG", False)
    assert ("POLICES",) not in words
    assert words[("HUMAN", "RIGHTS", "BODIES")] == ("NGO", True)


def test_discards_drop_sentences_and_stories():
    dl = parse_discards("BASEBALL\n+TYPHOON\n")
    assert dl.check("The baseball final ended") == "sentencediscard"
    assert dl.check("A typhoon hit the coast") == "storydiscard"
    assert dl.check("Talks resumed") is None


def test_our_dictionary_covers_every_cameo_root_with_valid_codes():
    vd = load_dictionary()
    roots = set()
    for block in vd.blocks:
        for c in [block.code] + [p.code for p in block.patterns] + [e.code for e in block.entries]:
            for part in split_code(c):
                if part:
                    assert is_valid_code(part), (block.name, part)
                    roots.add(root_of(part))
    assert roots == {f"{r:02d}" for r in range(1, 21)}
    for verb in ("warn", "accuse", "criticize", "condemn", "deny", "threaten", "mobilize", "deploy", "clash",
                 "shell", "kill", "meet", "call", "phone", "visit", "sanction", "expel"):
        assert vd.entries_for(verb, verb), verb


def test_the_component_can_code_with_an_imported_petrarch_dictionary(shared_dir):
    path = shared_dir / "data" / "phoenix-dictionaries" / "CAMEO.2.0.txt"
    vd = read_verb_dictionary(path)
    assert vd.verbs > 1000 and vd.patterns > 4000
    doc = parsed(["Germany", "invaded", "France"], [1, 1, 1], ["nsubj", "ROOT", "obj"], {0: "DEU", 2: "FRA"})
    doc._.fp_dates, doc._.fp_places = [], []
    settings = component_defaults("fp_events")
    events = EventComponent(vd, min_confidence=settings["min_confidence"], statements=settings["statements"]).find(doc)
    assert [(e.source.code, e.target.code, e.code) for e in events] == [("DEU", "FRA", "192")]
    assert events[0].rule.startswith("petrarch:")


def test_unreadable_dictionary_is_a_clean_error(tmp_path):
    from flashpoint.errors import InputError

    with pytest.raises(InputError):
        read_verb_dictionary(tmp_path / "missing.txt")


@pytest.mark.slow
@pytest.mark.parametrize("text, code", [
    ("Dock workers in Chile called off their strike on Monday.", "082"),
    ("The Kenyan nurses union suspended its nationwide strike after the government agreed to raise pay.", "082"),
    ("Transport workers in Lagos ended their week-long strike on Friday.", "082"),
    # the attacks given up stay a de-escalation of fighting
    ("The army called off its offensive against the rebels in the north.", "087"),
    ("The Pentagon called off the air strikes on the rebel bases.", "087"),
])
def test_a_strike_given_up_eases_dissent_and_an_attack_given_up_de_escalates(nlp, text, code):
    doc = nlp.make_doc(text)
    doc._.fp_article = Article(id="t", title=None, published=date(2021, 4, 2), source="test", text=text)
    assert code in [e.code for e in nlp(doc)._.fp_events]
