"""The class of what a sentence reports (CAMEO root, PentaClass, PLOVER type): the main clause's event,
decisions and deliberations told as CAMEO codes them, and verb patterns that name the right act.

Marked slow: they load the model. The sentences were written for these tests.
"""

from __future__ import annotations

import datetime

import pytest

from flashpoint.codes.cameo import event_code
from flashpoint.extract.events.salience import main_event
from flashpoint.records import Article

pytestmark = pytest.mark.slow


def parse(nlp, text: str):
    doc = nlp.make_doc(text)
    doc._.fp_article = Article(id="t", title=None, published=datetime.date(2021, 4, 2), source="test", text=text)
    return nlp(doc)


def codes(doc) -> list[str]:
    return [e.code for e in doc._.fp_events]


def test_the_main_clause_event_is_the_sentences_not_one_told_in_a_clause_on_a_noun(nlp):
    # the killing describes the soldiers; the sentence reports the condolences
    doc = parse(nlp, "The Kenyan president expressed condolences to the families of soldiers killed by al-Shabaab "
                     "militants in Lamu.")
    assert any(c.startswith("19") for c in codes(doc)), codes(doc)  # the killing is still coded
    main = main_event(doc, doc._.fp_events)
    assert main is not None and main.code == "018"
    assert event_code(main.code).pentaclass == 0


def test_a_sentence_without_events_has_no_main_event(nlp):
    assert main_event(parse(nlp, "It rained in Oslo on Tuesday."), []) is None


def test_a_decision_to_act_is_the_act_not_an_intent(nlp):
    doc = parse(nlp, "Canada decided on Friday to lift its sanctions on Iran.")
    assert codes(doc) == ["085"]  # ease economic sanctions (material cooperation), not 0354 (intent)
    assert doc._.fp_events[0].modality == "asserted"


def test_cooperation_only_weighed_is_considering_a_policy_option(nlp):
    doc = parse(nlp, "Britain is considering sending humanitarian aid to Sudan.")
    assert codes(doc) == ["014"]
    assert doc._.fp_events[0].rule.endswith(":considered")


def test_promised_cooperation_is_still_an_intent(nlp):
    assert codes(parse(nlp, "Germany will send aid to Iraq.")) == ["033"]


def test_a_cessation_of_hostilities_is_a_ceasefire_not_a_war(nlp):
    doc = parse(nlp, "The Ethiopian government declared a cessation of hostilities in the northern war zones.")
    assert codes(doc) == ["0871"]


def test_firearms_given_to_an_army_are_military_aid_not_a_troop_movement(nlp):
    doc = parse(nlp, "The United States gave 300 firearms to the Kenyan army.")
    assert codes(doc) == ["072"]


@pytest.mark.parametrize("text", [
    "Indian and French warships began war games in the Arabian Sea.",
    "Hundreds of people attended a ceremony honoring a general convicted of war crimes.",
])
def test_war_as_a_modifier_is_no_war(nlp, text):
    assert not [c for c in codes(parse(nlp, text)) if c.startswith("19")]


def test_accepting_demands_is_yielding(nlp):
    doc = parse(nlp, "The Nepali government accepted the demands of the striking teachers.")
    assert codes(doc) == ["083"]
    assert codes(parse(nlp, "Israel accepted the Egyptian proposal.")) == ["037"]


def test_cyber_warfare_is_a_cyber_attack(nlp):
    assert codes(parse(nlp, "North Korea launched cyber warfare against South Korean banks.")) == ["176"]


def test_a_verb_of_saying_does_not_take_its_code_from_the_clause_it_reports(nlp):
    # "announce" + aid would be a gift of aid (070); the aid belongs to "prohibit" in the reported clause
    doc = parse(nlp, "The United States announced on Wednesday it would prohibit all aid to the rebels.")
    assert "070" not in codes(doc), codes(doc)
    assert any(c.startswith("13") for c in codes(doc)), codes(doc)  # the prohibition, as a threat


def test_a_declared_obligation_of_another_is_a_demand_not_a_sanction(nlp):
    # "tariff penalties" lie in the declared clause: what China must do, not a sanction by the declarer
    doc = parse(nlp, "The US government declared on Tuesday that China must drop its barriers to exports or "
                     "face tariff penalties.")
    main = main_event(doc, doc._.fp_events)
    assert main is not None and main.code == "100", codes(doc)


def test_forces_given_weapons_receive_military_aid_they_are_not_mobilised(nlp):
    # "armed forces" is the recipient; what is given follows "with" (CAMEO 072, material cooperation)
    doc = parse(nlp, "France provided the Malian armed forces with rifles and ammunition.")
    assert codes(doc) == ["072"], codes(doc)


def test_medical_equipment_is_relief_not_military_hardware(nlp):
    assert codes(parse(nlp, "Japan donated medical equipment to Kenya.")) == ["073"]


def test_a_multi_word_verb_reads_past_its_particle_and_a_possessive(nlp):
    # LAY_DOWN_ARMS: "down" is the verb's particle, "their" a determiner the entry skips
    assert codes(parse(nlp, "The rebels laid down their arms.")) == ["0873"]


def test_an_approved_extradition_is_judicial_cooperation_as_extraditing_is(nlp):
    doc = parse(nlp, "A Spanish court on Monday approved the extradition of a banker to Argentina.")
    assert codes(doc) == ["063"], codes(doc)


def test_concluding_that_something_is_so_is_a_finding_not_a_signed_agreement(nlp):
    doc = parse(nlp, "The European Commission concluded on Monday that Hungary had broken the rules.")
    assert "057" not in codes(doc), codes(doc)
    assert codes(parse(nlp, "The European Union concluded a trade deal with Japan.")) == ["057"]


def test_a_phrase_that_only_dates_the_act_gives_no_pattern(nlp):
    # "after a two-week boycott" dates the resumed work; resuming it is no renewed boycott (163)
    assert codes(parse(nlp, "Sudan resumed its work in the committee after a boycott.")) == []
    assert codes(parse(nlp, "Sudan resumed talks with the rebels after a two-week boycott.")) == ["046"]


def test_troops_arriving_somewhere_make_no_diplomatic_visit(nlp):
    assert not [c for c in codes(parse(nlp, "Russian troops arrived in Belarus on Monday.")) if c[:2] in ("03", "04")]
    assert "042" in codes(parse(nlp, "Chinese Premier Li Keqiang arrived in Berlin on Monday."))
    # peacekeepers still come to keep the peace (074), even when the sentence also calls them troops
    doc = parse(nlp, "Some 160 Chinese peacekeepers, part of a 330-strong contingent of troops, arrived in "
                     "South Sudan on Thursday.")
    assert "074" in codes(doc), codes(doc)


def test_agreeing_with_someone_is_an_accord_a_statement_not_a_promise_to_cooperate(nlp):
    doc = parse(nlp, "The finance minister agreed with the central bank that inflation would fall next year.")
    main = main_event(doc, doc._.fp_events)
    assert main is not None and main.code == "019", codes(doc)  # Express accord
    assert event_code(main.code).pentaclass == 0
    # the AGREE block's patterns still name what was agreed to do
    assert "0356" in codes(parse(nlp, "Ankara agreed with Moscow to withdraw its troops from the border."))


def test_ceasing_military_operations_is_de_escalation_and_ceasing_production_no_event(nlp):
    assert codes(parse(nlp, "The army ceased military operations in the north on Friday.")) == ["087"]
    assert codes(parse(nlp, "The company ceased production at the plant.")) == []


def test_only_a_plain_statement_yields_to_the_event_it_reports(nlp):
    # "said" frames the suspension: the sentence is about the suspension
    doc = parse(nlp, "The World Food Programme said it had suspended aid deliveries to Yemen.")
    assert main_event(doc, doc._.fp_events).code.startswith("16"), codes(doc)
    # a hope is the act (013, a statement); the resumption hoped for is its content, no intent to cooperate
    doc = parse(nlp, "United Nations officials said they hoped to resume flights to Kabul soon.")
    assert "0311" in codes(doc)
    main = main_event(doc, doc._.fp_events)
    assert main is not None and main.code == "013", codes(doc)
    assert event_code(main.code).pentaclass == 0


def test_an_act_begun_is_under_way_not_announced(nlp):
    # "began shelling" tells the shelling (19x), no threat of it; "will begin" still announces it
    began = codes(parse(nlp, "Russian forces began shelling Kharkiv on Monday."))
    assert [c for c in began if c.startswith("19")] and not [c for c in began if c.startswith("13")], began
    assert [c for c in codes(parse(nlp, "Russian forces will begin shelling Kharkiv on Monday."))
            if c.startswith("138")]


def test_peacekeepers_who_deploy_keep_the_peace_they_do_not_mobilise(nlp):
    assert codes(parse(nlp, "UN peacekeepers deployed to the border town on Monday.")) == ["074"]
    assert codes(parse(nlp, "Russian troops deployed to the border on Monday.")) == ["154"]


def test_that_another_must_agree_is_the_speakers_demand_not_the_others_intent(nlp):
    doc = parse(nlp, "The opposition said the government must accept the peace plan.")
    main = main_event(doc, doc._.fp_events)
    assert main is not None and main.code == "100", codes(doc)  # a demand by the opposition, on the government
    assert main.source.code.endswith("OPP") and main.target.code.endswith("GOV")


def test_two_navies_that_open_exercises_together_cooperate_militarily(nlp):
    doc = parse(nlp, "Greek and Italian warships began naval exercises in the Ionian Sea on Monday.")
    assert set(codes(doc)) == {"062"}, codes(doc)
    assert {e.plover.type for e in doc._.fp_events} == {"COOPERATE"}


def test_a_verb_with_an_object_before_a_purpose_is_no_adjective_of_intent(nlp):
    # "opened the border to allow": the allowing is done, not promised; "is open to allowing" stays an intent
    done = codes(parse(nlp, "Jordan opened its border to allow Syrian refugees to enter."))
    assert "086" in done and not any(c.startswith("035") for c in done), done
    assert codes(parse(nlp, "Russia is open to allow inspectors into the plant.")) == ["0355"]


def test_an_attack_told_with_the_attackers_noun_misread_as_a_verb_is_still_coded(nlp):
    # the tagger reads "warplanes" as a verb and "bombed" as an adjective of "positions"
    doc = parse(nlp, "Turkish warplanes bombed rebel positions in northern Iraq on Sunday.")
    assert any(e.code.startswith("19") and e.source is not None and e.source.code == "TURMIL"
               for e in doc._.fp_events), codes(doc)


def test_what_one_demands_that_another_do_is_the_demand_not_the_others_intent(nlp):
    doc = parse(nlp, "Rebels demanded that the Sudanese government withdraw its troops from Darfur.")
    assert [e.code[:2] for e in doc._.fp_events] == ["10"], codes(doc)   # no withdrawal promised by Sudan
    doc = parse(nlp, "Chile demanded that Peru release the fishermen.")
    assert [e.code[:2] for e in doc._.fp_events] == ["10"], codes(doc)
    assert doc._.fp_events[0].target is not None and doc._.fp_events[0].target.code == "PER"   # asked of Peru


@pytest.mark.parametrize("text", [
    "The Egyptian government ruled out lifting the state of emergency.",
    "Chilean officials said that easing the curfew was out of the question.",
])
def test_an_act_ruled_out_is_refused_not_done(nlp, text):
    # the easing is what the speaker rules out: a refusal to ease (12x), no easing told as done (08x)
    doc = parse(nlp, text)
    assert not any(c.startswith("08") for c in codes(doc)), codes(doc)
    assert any(c.startswith("124") for c in codes(doc)), codes(doc)


def test_an_act_told_without_ruling_it_out_is_still_done(nlp):
    assert any(c.startswith("08") for c in codes(parse(nlp, "The Egyptian government lifted the state of emergency.")))


def test_a_body_concluding_that_another_must_act_demands_it(nlp):
    # "concluded that ..." reports the body's finding; that another must act is its demand (10x), as with "said"
    doc = parse(nlp, "The summit of African leaders concluded that Sudan must withdraw its troops from the border.")
    assert any(c.startswith("10") for c in codes(doc)), codes(doc)


@pytest.mark.parametrize("text", [
    "The junta in Myanmar restored civil liberties on Monday.",
    "The Uzbek president has taken steps to expand press freedoms.",
])
def test_freedoms_given_are_restrictions_eased_by_whoever_takes_the_steps(nlp, text):
    # more freedom given is CAMEO 0811 (ease restrictions on political freedoms, PLOVER CONCEDE); the steps'
    # taker does what they are for
    doc = parse(nlp, text)
    eased = [e for e in doc._.fp_events if e.code == "0811"]
    assert eased and eased[0].source is not None and eased[0].source.code.endswith("GOV"), codes(doc)


def test_restrictions_on_freedom_tightened_are_no_freedom_given(nlp):
    assert "0811" not in codes(parse(nlp, "The government increased restrictions on press freedom."))


def test_a_state_force_that_blocks_restricts_movement_and_protesters_obstruct(nlp):
    # troops or police blocking a place impose a blockade (191, PLOVER COERCE); workers blocking a road obstruct
    # it in protest (144)
    assert "191" in codes(parse(nlp, "Indian troops blockaded the rebel-held villages in Manipur."))
    assert "191" in codes(parse(nlp, "Israeli police blocked the entrance to the mosque."))
    assert "144" in codes(parse(nlp, "Striking Nigerian workers blocked the main highway to Lagos."))


@pytest.mark.parametrize("text, act", [
    ("The Egyptian army stopped protesters from attacking the embassy.", "190"),
    ("Kenyan police blocked opposition supporters from marching to parliament.", "141"),
])
def test_an_act_someone_was_kept_from_is_theirs_and_not_done(nlp, text, act):
    # the object of "stopped ... from" would have done it; the one who stopped them did not, and it was not done
    doc = parse(nlp, text)
    kept = [e for e in doc._.fp_events if e.code == act]
    assert kept and all(e.modality == "negated" for e in kept), [(e.code, e.modality) for e in doc._.fp_events]
    assert not any(e.source is not None and e.source.code[3:] in ("MIL", "COP") for e in kept), codes(doc)


@pytest.mark.parametrize("text", [
    "The African Union sent election observers to Zimbabwe.",
    "The World Health Organization dispatched investigators to Wuhan on Monday.",
])
def test_inspectors_or_investigators_sent_somewhere_investigate(nlp, text):
    # CAMEO 090 (PLOVER's investigate mode), not a gift of aid nor a troop movement
    assert "090" in codes(parse(nlp, text)), codes(parse(nlp, text))


def test_harm_done_to_someone_held_is_the_custodians(nlp):
    # an agentless passive harm "in X custody" has the custodian for its doer
    doc = parse(nlp, "A Kurdish activist was tortured to death in Turkish police custody.")
    tortured = [e for e in doc._.fp_events if e.code.startswith("18")]
    assert tortured and tortured[0].source is not None and tortured[0].source.code.startswith("TUR"), codes(doc)


@pytest.mark.parametrize("text, code", [
    ("Thousands of displaced families returned to their villages after the ceasefire.", None),
    ("Students returned to school on Monday after the strike.", None),
    ("Syria returned the seized fishing boats to Lebanon.", "0842"),
])
def test_going_back_somewhere_returns_nothing_to_anyone(nlp, text, code):
    # "return" codes a release of property (0842) only with something returned, not a return of one's own
    found = [c for c in codes(parse(nlp, text)) if c.startswith("084")]
    assert found == ([code] if code else []), found


def test_what_leaves_people_dead_makes_no_visit(nlp):
    # "left three dead in Dhaka" is a toll, not a departure to Dhaka
    doc = parse(nlp, "Clashes between police and protesters left three dead in Dhaka on Sunday.")
    assert not [c for c in codes(doc) if c.startswith("04")], codes(doc)


@pytest.mark.parametrize("text", [
    "Japanese Prime Minister Junichiro Koizumi started an official visit to Mexico.",
    "President Lula began a state visit to India as part of a campaign to expand trade.",
])
def test_a_visit_begun_is_a_visit_made_whatever_it_is_part_of(nlp, text):
    # CAMEO 042 (make a visit); a campaign the visit serves is no military one (190)
    got = codes(parse(nlp, text))
    assert "042" in got and not any(c.startswith("19") for c in got), got


@pytest.mark.parametrize("text, code", [
    ("Chinese Premier Wen Jiabao concluded a three-day visit to Germany on Friday.", "042"),
    ("Egypt and Israel concluded talks on border security in Cairo.", "046"),
    ("Kenya and Uganda concluded an agreement at the end of talks in Nairobi.", "057"),
])
def test_what_is_concluded_says_whether_an_agreement_was_signed(nlp, text, code):
    # talks or a visit concluded were held or made; only an agreement concluded is signed (CAMEO 057)
    got = codes(parse(nlp, text))
    assert code in got and (code == "057" or "057" not in got), got


@pytest.mark.parametrize("text, code", [
    ("The governor has a clear lead over the senator, a survey released on Friday found.", "084"),
    ("The ministry published the names of the soldiers detained in the raid.", "173"),
])
def test_a_participle_on_a_noun_tells_what_was_done_to_the_noun_not_an_act_of_the_sentences_subject(
        nlp, text, code):
    doc = parse(nlp, text)
    assert not [e for e in doc._.fp_events if e.code.startswith(code) and e.source is not None
                and e.source.code is not None], doc._.fp_events


@pytest.mark.parametrize("text", [
    "Pakistan wants to use nuclear energy to generate electricity for its cities.",
    "Enriched uranium can be used both for nuclear power and for bombs, experts say.",
])
def test_nuclear_power_used_is_no_nuclear_weapon_used_or_threatened(nlp, text):
    found = codes(parse(nlp, text))
    assert not [c for c in found if c.startswith(("138", "20"))], found


@pytest.mark.parametrize("text, modality", [
    ("Villagers repeated rumours that the militia had poisoned the wells.", "reported"),
    ("The ministry dismissed speculation that soldiers had attacked the convoy.", "negated"),
])
def test_what_a_rumour_or_speculation_says_happened_is_only_said(nlp, text, modality):
    violent = [e for e in parse(nlp, text)._.fp_events if e.root in ("18", "19", "20")]
    assert violent and all(e.modality == modality for e in violent), violent
