"""The event coder on hand-built parses: who did what to whom, with modality and provenance.

Docs are built token by token ("text|POS|dep|head|lemma|tag") with actor mentions set by hand, so
these tests pin the coder's reading of a parse, independent of the model and the actors component.
"""

from __future__ import annotations

from datetime import date

import pytest
import spacy
from spacy.tokens import Doc

from flashpoint.extract.base import ActorMention, DateMention
from flashpoint.extract.events.arguments import MentionIndex
from flashpoint.records import Article

ENGLISH = spacy.blank("en")
TAGS = {"PROPN": "NNP", "NOUN": "NN", "VERB": "VBD", "AUX": "VBD", "ADP": "IN", "DET": "DT", "PART": "RB",
        "PUNCT": ".", "ADJ": "JJ", "PRON": "PRP", "CCONJ": "CC", "SCONJ": "IN", "NUM": "CD", "ADV": "RB"}


def build(spec: str, actors: dict[str, tuple[str, str]], published: date = date(2021, 4, 2),
          starts: tuple[int, ...] = (0,)) -> Doc:
    """``spec``: tokens "text|POS|dep|head[|lemma[|tag]]" (head = token index); ``actors``: surface text
    -> (code, kind) for mentions found by exact token match (multi-word texts allowed); ``starts``: the
    tokens that open a sentence."""
    rows = [t.split("|") for t in spec.split()]
    words = [r[0].replace("_", " ") for r in rows]
    spaces = [i + 1 < len(rows) and rows[i + 1][1] != "PUNCT" for i in range(len(rows))]
    doc = Doc(ENGLISH.vocab, words=words, spaces=spaces,
              pos=[r[1] for r in rows], deps=[r[2] for r in rows], heads=[int(r[3]) for r in rows],
              lemmas=[r[4] if len(r) > 4 and r[4] else r[0].lower() for r in rows],
              tags=[r[5] if len(r) > 5 else TAGS.get(r[1], "XX") for r in rows],
              sent_starts=[i in starts for i in range(len(rows))])
    mentions = []
    for text, (code, kind) in actors.items():
        n = len(text.split())
        for i in range(len(doc) - n + 1):
            if doc[i:i + n].text == text:
                span = doc[i:i + n]
                mentions.append(ActorMention(start=i, end=i + n, start_char=span.start_char, end_char=span.end_char,
                                             text=text, name=text, code=code, kind=kind,
                                             role=code[3:6] if len(code) > 3 else None))
    doc._.fp_actor_mentions = mentions
    doc._.fp_article = Article(id="test", title=None, published=published, source=None, text=doc.text)
    doc._.fp_dates = []
    doc._.fp_places = []
    return doc


def code(doc: Doc):
    # our dictionary, the packaged settings but the sense veto (a model reading whole parsed articles,
    # not these hand-built parses: tests/extract/test_events_sense.py)
    return spacy.blank("en").add_pipe("fp_events", config={"sense_model": None}).find(doc)


def triples(events):
    return {(e.source.code if e.source else None, e.target.code if e.target else None, e.code) for e in events}


def test_subject_acts_on_object_and_the_pattern_refines_the_code():
    doc = build("Israel|PROPN|nsubj|1 accused|VERB|ROOT|1|accuse Iran|PROPN|obj|1 of|ADP|mark|4 "
                "attacking|VERB|advcl|1|attack|VBG shipping|NOUN|obj|4 .|PUNCT|punct|1",
                {"Israel": ("ISR", "country"), "Iran": ("IRN", "country")})
    events = code(doc)
    accuse = next(e for e in events if e.verb == "accused")
    assert (accuse.source.code, accuse.target.code, accuse.code) == ("ISR", "IRN", "1123")
    assert accuse.rule.startswith("verb:accuse+of_")
    assert accuse.plover.type == "ACCUSE" and accuse.quadclass == 3 and accuse.goldstein == -2.0


def test_passive_with_by_agent_makes_the_agent_the_source():
    doc = build("Kharkiv|PROPN|nsubj:pass|2 was|AUX|aux:pass|2|be shelled|VERB|ROOT|2|shell|VBN by|ADP|case|5 "
                "Russian|ADJ|amod|5 forces|NOUN|obl:agent|2|force .|PUNCT|punct|2",
                {"Kharkiv": ("UKR", "place"), "Russian forces": ("RUSMIL", "agent")})
    assert triples(code(doc)) == {("RUSMIL", "UKR", "194")}


def test_passive_without_agent_keeps_the_subjects_as_targets_and_no_source():
    doc = build("Russia|PROPN|nsubj:pass|4 and|CCONJ|cc|2 Ukraine|PROPN|conj|0 were|AUX|aux:pass|4|be "
                "accused|VERB|ROOT|4|accuse|VBN of|ADP|mark|6 escalating|VERB|advcl|4|escalate|VBG "
                "violence|NOUN|obj|6 .|PUNCT|punct|4",
                {"Russia": ("RUS", "country"), "Ukraine": ("UKR", "country")})
    accusations = {t for t in triples(code(doc)) if t[2].startswith("112")}
    assert accusations == {(None, "RUS", "1123"), (None, "UKR", "1123")}


def test_coordinated_subjects_each_act():
    doc = build("France|PROPN|nsubj|3 and|CCONJ|cc|2 Germany|PROPN|conj|0 condemned|VERB|ROOT|3|condemn "
                "the|DET|det|5 strike|NOUN|obj|3 .|PUNCT|punct|3",
                {"France": ("FRA", "country"), "Germany": ("DEU", "country")})
    assert triples(code(doc)) == {("FRA", None, "111"), ("DEU", None, "111")}


def test_two_subjects_of_one_verb_are_a_broken_coordination_and_each_acts():
    """"France, the Netherlands and Germany condemned the strike" misparsed with France and Netherlands
    both subjects of the verb: every subject acts, not the first alone."""
    doc = build("France|PROPN|nsubj|5 ,|PUNCT|punct|3 the|DET|det|3 Netherlands|PROPN|nsubj|5 and|CCONJ|cc|5 "
                "condemned|VERB|ROOT|5|condemn the|DET|det|7 strike|NOUN|obj|5 .|PUNCT|punct|5",
                {"France": ("FRA", "country"), "Netherlands": ("NLD", "country")})
    assert triples(code(doc)) == {("FRA", None, "111"), ("NLD", None, "111")}


def test_reported_speech_gives_the_statement_and_the_reported_event_attributed_to_the_speaker():
    doc = build("Lavrov|PROPN|nsubj|1 said|VERB|ROOT|1|say Russia|PROPN|nsubj|4 would|AUX|aux|4 "
                "deploy|VERB|ccomp|1|deploy|VB troops|NOUN|obj|4|troop|NNS to|ADP|case|8 the|DET|det|8 "
                "border|NOUN|obl|4 .|PUNCT|punct|1",
                {"Lavrov": ("RUSGOV", "person"), "Russia": ("RUS", "country")})
    events = code(doc)
    statement = next(e for e in events if e.code == "010")
    deploy = next(e for e in events if e.verb == "deploy")
    assert statement.source.code == "RUSGOV" and statement.modality == "asserted"
    assert deploy.source.code == "RUS" and deploy.code == "154"
    assert deploy.modality == "hypothetical"
    assert deploy.attribution.actor.code == "RUSGOV"


def test_a_statement_that_another_must_act_is_a_demand_on_them():
    # CAMEO codes "X said Y must do Z" as X's demand (10) on Y when Z itself is no coded event
    doc = build("The|DET|det|1 ministry|NOUN|nsubj|2 said|VERB|ROOT|2|say Kenya|PROPN|nsubj|5 must|AUX|aux|5 "
                "repay|VERB|ccomp|2|repay|VB the|DET|det|7 loan|NOUN|obj|5 .|PUNCT|punct|2",
                {"ministry": ("KENGOV", "organisation"), "Kenya": ("KEN", "country")})
    [demand] = [e for e in code(doc) if e.verb == "said"]
    assert (demand.source.code, demand.target.code, demand.code) == ("KENGOV", "KEN", "100")
    assert demand.rule.endswith(":demand-clause") and demand.plover.type == "REQUEST"


def test_the_demanded_clause_may_come_before_the_speaker():
    doc = build("Iran|PROPN|nsubj|2 must|AUX|aux|2 stop|VERB|ROOT|2|stop|VB ,|PUNCT|punct|2 the|DET|det|5 "
                "minister|NOUN|nsubj|6 said|VERB|parataxis|2|say .|PUNCT|punct|2",
                {"minister": ("FRAGOV", "person"), "Iran": ("IRN", "country")})
    assert ("FRAGOV", "IRN", "100") in triples(code(doc))


@pytest.mark.parametrize("spec", [
    # advice, not a demand
    ("The|DET|det|1 ministry|NOUN|nsubj|2 said|VERB|ROOT|2|say Kenya|PROPN|nsubj|5 should|AUX|aux|5 "
     "repay|VERB|ccomp|2|repay|VB the|DET|det|7 loan|NOUN|obj|5 .|PUNCT|punct|2"),
    # the speaker's own need ("it must"), or nobody's
    ("The|DET|det|1 ministry|NOUN|nsubj|2 said|VERB|ROOT|2|say it|PRON|nsubj|5 must|AUX|aux|5 "
     "repay|VERB|ccomp|2|repay|VB the|DET|det|7 loan|NOUN|obj|5 .|PUNCT|punct|2"),
])
def test_should_and_a_pronoun_subject_leave_the_statement(spec):
    doc = build(spec, {"ministry": ("KENGOV", "organisation"), "Kenya": ("KEN", "country")})
    assert {e.code for e in code(doc) if e.verb == "said"} == {"010"}


def test_a_currency_before_an_amount_is_money_even_tagged_a_verb():
    actors = {"Labour": ("GBROPP", "organisation"), "Kharkiv": ("UKR", "country")}
    money = build("Labour|PROPN|nsubj|1 pounds|VERB|ROOT|1|pound|VBZ 500,000|NUM|obj|1 .|PUNCT|punct|1", actors)
    assert code(money) == []
    shelling = build("Labour|PROPN|nsubj|1 pounds|VERB|ROOT|1|pound|VBZ Kharkiv|PROPN|obj|1 .|PUNCT|punct|1", actors)
    assert [e.root for e in code(shelling)] == ["19"]


def test_a_present_verb_form_after_a_preposition_is_a_plural_noun():
    """"the clash between the Glasgow clubs" with "clubs" tagged a verb and hung on "between": a finite
    verb takes no preposition, so no assault is coded; the same form as the clause's verb still is."""
    actors = {"Celtic": ("GBR", "organisation"), "Rangers": ("GBR", "organisation"), "Glasgow": ("GBR", "place")}
    noun = build("Celtic|PROPN|nsubj|1 met|VERB|ROOT|1|meet|VBD between|ADP|case|4 the|DET|det|4 "
                 "clubs|VERB|obl|1|club|VBZ in|ADP|case|6 Glasgow|PROPN|obl|4 .|PUNCT|punct|1", actors)
    assert not [e for e in code(noun) if e.root == "18"]
    verb = build("Celtic|PROPN|nsubj|1 clubs|VERB|ROOT|1|club|VBZ Rangers|PROPN|obj|1 .|PUNCT|punct|1", actors)
    assert [e.root for e in code(verb)] == ["18"]


def test_recalling_is_a_diplomatic_act_only_for_an_envoy():
    actors = {"France": ("FRA", "country"), "Australia": ("AUS", "country")}
    envoy = build("France|PROPN|nsubj|1 recalled|VERB|ROOT|1|recall its|PRON|nmod:poss|3 ambassador|NOUN|obj|1 "
                  "to|ADP|case|5 Australia|PROPN|nmod|3 .|PUNCT|punct|1", actors)
    assert {e.code for e in code(envoy)} == {"161"}
    memory = build("France|PROPN|nsubj|1 recalled|VERB|ROOT|1|recall the|DET|det|3 visit|NOUN|obj|1 "
                   "to|ADP|case|5 Australia|PROPN|nmod|3 .|PUNCT|punct|1", actors)
    assert code(memory) == []


def test_negation_is_kept_as_modality():
    doc = build("Turkey|PROPN|nsubj|3 did|AUX|aux|3|do not|PART|advmod|3 attack|VERB|ROOT|3|attack|VB "
                "Syria|PROPN|obj|3 .|PUNCT|punct|3",
                {"Turkey": ("TUR", "country"), "Syria": ("SYR", "country")})
    (event,) = code(doc)
    assert (event.code, event.modality) == ("190", "negated")


def test_announced_coercion_under_a_condition_is_a_conditional_threat():
    doc = build("China|PROPN|nsubj|2 would|AUX|aux|2 impose|VERB|ROOT|2|impose|VB sanctions|NOUN|obj|2|sanction|NNS "
                "if|SCONJ|mark|6 Taiwan|PROPN|nsubj|6 declares|VERB|advcl|2|declare|VBZ "
                "independence|NOUN|obj|6 .|PUNCT|punct|2",
                {"China": ("CHN", "country"), "Taiwan": ("TWN", "country")})
    impose = next(e for e in code(doc) if e.verb == "impose")
    assert (impose.code, impose.modality, impose.plover.type) == ("1312", "conditional", "THREATEN")
    assert impose.rule.endswith(":threat")


def test_future_aid_is_coded_as_intent_to_cooperate():
    doc = build("Japan|PROPN|nsubj|2 will|AUX|aux|2 send|VERB|ROOT|2|send|VB food|NOUN|compound|4 "
                "aid|NOUN|obj|2 to|ADP|case|6 Yemen|PROPN|obl|2 .|PUNCT|punct|2",
                {"Japan": ("JPN", "country"), "Yemen": ("YEM", "country")})
    assert triples(code(doc)) == {("JPN", "YEM", "0333")}


def test_a_backed_compound_is_not_an_event_but_the_attack_is():
    doc = build("Iran|PROPN|compound|2 -|PUNCT|punct|2 backed|VERB|amod|3|back|VBN militias|NOUN|nsubj|4|militia "
                "attacked|VERB|ROOT|4|attack the|DET|det|6 base|NOUN|obj|4 .|PUNCT|punct|4",
                {"militias": ("IRNREB", "agent")})
    assert triples(code(doc)) == {("IRNREB", None, "190")}


def test_object_controls_the_warned_against_act():
    doc = build("Washington|PROPN|nsubj|1 warned|VERB|ROOT|1|warn Moscow|PROPN|obj|1 not|PART|advmod|5 "
                "to|PART|mark|5 invade|VERB|xcomp|1|invade|VB Ukraine|PROPN|obj|5 .|PUNCT|punct|1",
                {"Washington": ("USAGOV", "place"), "Moscow": ("RUSGOV", "place"), "Ukraine": ("UKR", "country")})
    events = code(doc)
    warn = next(e for e in events if e.verb == "warned")
    invade = next(e for e in events if e.verb == "invade")
    assert (warn.source.code, warn.target.code, warn.code) == ("USAGOV", "RUSGOV", "130")
    assert warn.rule == "verb:threaten+not_to"
    assert (invade.source.code, invade.target.code, invade.modality) == ("RUSGOV", "UKR", "negated")


def test_a_purpose_clause_after_an_object_that_is_no_actor_is_the_subjects_act():
    # "to protest" tells why the Palestinians shunned work: they protest, not "work"
    doc = build("Palestinians|PROPN|nsubj|1 shunned|VERB|ROOT|1|shun work|NOUN|obj|1 to|PART|mark|4 "
                "protest|VERB|advcl|1|protest|VB at|ADP|case|6 settlers|NOUN|obl|4 .|PUNCT|punct|1",
                {"Palestinians": ("PSE", "country"), "settlers": ("ISRSET", "agent")})
    protest = next(e for e in code(doc) if e.verb == "protest")
    assert (protest.source.code, protest.target.code) == ("PSE", "ISRSET")


def test_a_name_the_parser_made_the_root_is_the_subject_of_the_verb_after_the_aside():
    # "Greece, like most members, plans to impose": parsed with "Greece" as root and "plans" its conjunct
    doc = build("Greece|PROPN|ROOT|0 ,|PUNCT|punct|4 like|ADP|case|4 most|ADJ|amod|4 members|NOUN|nmod|0 "
                ",|PUNCT|punct|6 plans|VERB|conj|0|plan|VBZ to|PART|mark|8 impose|VERB|xcomp|6|impose|VB "
                "sanctions|NOUN|obj|8 on|ADP|case|11 Turkey|PROPN|obl|8 .|PUNCT|punct|0",
                {"Greece": ("GRC", "country"), "Turkey": ("TUR", "country")})
    impose = next(e for e in code(doc) if e.verb == "impose")
    assert impose.source.code == "GRC"


def test_an_ing_form_right_after_the_object_is_what_the_objects_actors_do():
    # "disperse demonstrators protesting election results", with "protesting" hung on "disperse"
    doc = build("police|NOUN|nsubj|1 dispersed|VERB|ROOT|1|disperse demonstrators|NOUN|obj|1 "
                "protesting|VERB|advcl|1|protest|VBG election|NOUN|compound|5 results|NOUN|obj|3 .|PUNCT|punct|1",
                {"police": ("LBRCOP", "agent"), "demonstrators": ("LBROPP", "agent")})
    protest = next(e for e in code(doc) if e.verb == "protesting")
    assert protest.source.code == "LBROPP"


def test_a_meeting_is_coded_both_ways():
    doc = build("Blinken|PROPN|nsubj|1 met|VERB|ROOT|1|meet Kuleba|PROPN|obj|1 in|ADP|case|4 "
                "Brussels|PROPN|obl|1 .|PUNCT|punct|1",
                {"Blinken": ("USAGOV", "person"), "Kuleba": ("UKRGOV", "person")})
    events = code(doc)
    assert triples(events) == {("USAGOV", "UKRGOV", "040"), ("UKRGOV", "USAGOV", "040")}
    assert any(e.rule.endswith(":answer") for e in events)


def test_every_event_carries_sentence_evidence_rule_confidence_and_date():
    doc = build("Serbia|PROPN|nsubj|1 expelled|VERB|ROOT|1|expel two|NUM|nummod|4 Croatian|ADJ|amod|4 "
                "diplomats|NOUN|obj|1|diplomat|NNS on|ADP|case|6 Monday|PROPN|obl|1 .|PUNCT|punct|1",
                {"Serbia": ("SRB", "country"), "Croatian diplomats": ("HRVGOV", "agent")})
    doc._.fp_dates = [DateMention(start_char=doc[6].idx, end_char=doc[6].idx + 6, text="Monday",
                                  date=date(2021, 3, 29), rule="weekday")]
    (event,) = code(doc)
    assert event.code == "161" and event.sentence == 0
    assert event.evidence.text == "Serbia expelled two Croatian diplomats"
    assert doc.text[event.evidence.start:event.evidence.end] == event.evidence.text
    assert event.rule == "verb:expel+&diplomat" and 0 < event.confidence <= 1
    assert event.date == date(2021, 3, 29)
    assert event.to_dict()["plover"] == {"type": "SANCTION", "mode": "withdraw"}


def test_without_a_date_in_the_sentence_the_publication_date_is_used():
    doc = build("Chad|PROPN|nsubj|1 arrested|VERB|ROOT|1|arrest opposition|NOUN|compound|3 "
                "leaders|NOUN|obj|1|leader|NNS .|PUNCT|punct|1",
                {"Chad": ("TCD", "country"), "opposition leaders": ("TCDOPP", "agent")}, published=date(2020, 5, 6))
    (event,) = code(doc)
    assert (event.code, event.date) == ("173", date(2020, 5, 6))


def test_outlets_are_channels_not_targets():
    doc = build("the|DET|det|1 official|NOUN|ROOT|1 who|PRON|nsubj|3 spoke|VERB|acl:relcl|1|speak to|ADP|case|5 "
                "Reuters|PROPN|obl|3 .|PUNCT|punct|1",
                {"official": ("USAGOV", "agent"), "Reuters": ("GBRMED", "organisation")})
    assert code(doc) == []


def coder():
    return spacy.blank("en").add_pipe("fp_events", config={"sense_model": None}).coder


def test_a_second_verb_read_as_an_adjective_keeps_its_phrase_out_of_the_first_verbs():
    """"condemned the attack and promised aid to the villages", with "promised" parsed as an adjective of
    "aid" and "aid" a conjunct of "condemned": the promise and its villages are the second verb's."""
    doc = build("Chile|PROPN|nsubj|1 condemned|VERB|ROOT|1|condemn the|DET|det|3 attack|NOUN|obj|1 "
                "and|CCONJ|cc|6 promised|VERB|amod|6|promise|VBN aid|NOUN|conj|1 to|ADP|case|8 "
                "villages|NOUN|nmod|6|village|NNS .|PUNCT|punct|1", {"Chile": ("CHL", "country")})
    assert coder().post_tokens(doc[1], (1,), set()) == [2, 3, 9]
    assert coder().post_tokens(doc[5], (5,), set()) == [6, 7, 8]


def test_a_finite_verb_hung_on_the_noun_after_it_takes_that_nouns_phrase():
    """"Brazil has restored ties with the trade ministers of Bolivia", parsed with "restored" a modifier of
    "ministers" (the root): what the verb is about reads on into the noun it was hung on."""
    doc = build("Brazil|PROPN|nsubj|2 has|AUX|aux|2|have|VBZ restored|VERB|amod|7|restore|VBN ties|NOUN|obj|2 "
                "with|ADP|case|6 the|DET|det|6 trade|NOUN|obl|2 ministers|NOUN|ROOT|7|minister|NNS "
                "of|ADP|case|9 Bolivia|PROPN|nmod|7 .|PUNCT|punct|7", {"Brazil": ("BRA", "country")})
    assert 9 in coder().post_tokens(doc[2], (2,), set())


def test_a_list_of_names_opening_the_sentence_all_act_however_the_parser_broke_it():
    """"Kenya and the neighbouring Uganda condemned the strike", parsed with "Kenya" hung elsewhere: a
    subject that ends a list of names opening the sentence has them all as sources; a name set off by a
    comma with no "and" ("In Nairobi, Kenya ...", "Uganda, Kenya said") joins no list."""
    doc = build("Kenya|PROPN|dep|5 and|CCONJ|cc|4 the|DET|det|4 neighbouring|ADJ|amod|4 Uganda|PROPN|nsubj|5 "
                "condemned|VERB|ROOT|5|condemn the|DET|det|7 strike|NOUN|obj|5 .|PUNCT|punct|5",
                {"Kenya": ("KEN", "country"), "Uganda": ("UGA", "country")})
    assert {t for t in triples(code(doc)) if t[2] == "111"} == {("KEN", None, "111"), ("UGA", None, "111")}
    doc = build("Uganda|PROPN|dislocated|3 ,|PUNCT|punct|0 Kenya|PROPN|nsubj|3 condemned|VERB|ROOT|3|condemn "
                "the|DET|det|5 strike|NOUN|obj|3 .|PUNCT|punct|3",
                {"Kenya": ("KEN", "country"), "Uganda": ("UGA", "country")})
    assert {t[0] for t in triples(code(doc)) if t[2] == "111"} == {"KEN"}


def test_a_verb_joined_to_a_noun_is_a_clause_not_another_actor_of_it():
    """"Students, workers and Kenya's unions marched ..., the agency said" parsed with "marched" a conjunct
    of "Students": the marchers are no speakers of "said"."""
    doc = build("Students|NOUN|nsubj|9 ,|PUNCT|punct|2 workers|NOUN|conj|0 and|CCONJ|cc|5 Kenya|PROPN|nsubj|5 "
                "marched|VERB|conj|0|march ,|PUNCT|punct|8 the|DET|det|8 agency|NOUN|nsubj|9 said|VERB|ROOT|9|say "
                ".|PUNCT|punct|9", {"Kenya": ("KEN", "country")})
    assert coder().actors_of(doc[0], MentionIndex(doc, doc._.fp_actor_mentions)) == []


def test_a_by_phrase_hung_on_an_adverb_still_names_the_doer_of_a_passive():
    doc = build("Kharkiv|PROPN|nsubj:pass|2 was|AUX|aux:pass|2|be shelled|VERB|ROOT|2|shell|VBN "
                "overnight|ADV|advmod|2 by|ADP|case|6 Russian|ADJ|amod|6 forces|NOUN|nmod|3|force .|PUNCT|punct|2",
                {"Kharkiv": ("UKR", "place"), "Russian forces": ("RUSMIL", "agent")})
    assert triples(code(doc)) == {("RUSMIL", "UKR", "194")}


@pytest.mark.parametrize("dep", ["obl:agent", "obl"])
def test_a_by_phrase_hung_on_the_result_after_a_passive_still_names_the_doer(dep):
    """"A farmer was shot dead by Kenyan police": the parser hangs the by-phrase on "dead", what the shooting
    left the farmer, not on the verb; the police are still who shot."""
    doc = build("A|DET|det|1 farmer|NOUN|nsubj:pass|3 was|AUX|aux:pass|3|be shot|VERB|ROOT|3|shoot|VBN "
                f"dead|ADJ|xcomp|3 by|ADP|case|7 Kenyan|ADJ|amod|7 police|NOUN|{dep}|4 .|PUNCT|punct|3",
                {"farmer": ("KENCVL", "agent"), "Kenyan police": ("KENCOP", "agent")})
    assert {t[0] for t in triples(code(doc))} == {"KENCOP"}


def test_a_verb_read_as_the_noun_subject_of_an_after_clause_is_the_sentences_verb():
    """"Uganda accuses Rwanda ... after gunmen attacked its posts", parsed with "after" a preposition, the
    after-clause the sentence and "Uganda accuses" a compound noun subject of "attacked"."""
    doc = build("Uganda|PROPN|compound|1 accuses|NOUN|nsubj|7|accuse|NNS Rwanda|PROPN|nmod|1 two|NUM|nummod|4 "
                "years|NOUN|obl|7|year|NNS after|ADP|case|6 gunmen|NOUN|nsubj|7|gunman|NNS "
                "attacked|VERB|ROOT|7|attack its|PRON|nmod:poss|9|its|PRP$ posts|NOUN|obj|7|post|NNS "
                ".|PUNCT|punct|7", {"Uganda": ("UGA", "country"), "Rwanda": ("RWA", "country")})
    assert any(e.verb == "accuses" and e.source.code == "UGA" for e in code(doc))


def test_a_noun_with_an_object_after_to_is_a_verb_the_tagger_misread():
    doc = build("Russia|PROPN|nsubj|1 threatened|VERB|ROOT|1|threaten to|PART|mark|3|to|TO "
                "attack|NOUN|xcomp|1|attack|NN Ukraine|PROPN|obj|3 .|PUNCT|punct|1",
                {"Russia": ("RUS", "country"), "Ukraine": ("UKR", "country")})
    # the attack is what Russia threatened: its own event, read as the threat it is part of
    assert any(e.verb == "attack" and e.source.code == "RUS" and e.target.code == "UKR" for e in code(doc))


def test_an_of_phrase_right_after_a_conjunct_is_that_conjuncts():
    """"Kenyan sheep and goats of Uganda", with "of Uganda" hung on "sheep": the goats are Uganda's."""
    doc = build("Kenyan|ADJ|amod|1 sheep|NOUN|ROOT|1|sheep|NNS and|CCONJ|cc|3 goats|NOUN|conj|1|goat|NNS "
                "of|ADP|case|5 Uganda|PROPN|nmod|1 .|PUNCT|punct|1",
                {"Kenyan sheep": ("KEN", "agent"), "Uganda": ("UGA", "country")})
    found = coder().actors_of(doc[1], MentionIndex(doc, doc._.fp_actor_mentions))
    assert [m.code for m in found] == ["KEN", "UGA"]


def test_a_sentence_the_parser_ended_inside_a_verbs_phrase_goes_on_into_the_lower_case_rest():
    """"Kenya restored ties | with Uganda border police.": the parser made "with ..." a sentence of its own;
    the rest, opening in lower case, is still the verb's phrase."""
    doc = build("Kenya|PROPN|nsubj|1 restored|VERB|ROOT|1|restore ties|NOUN|obj|1|tie|NNS with|ADP|case|6 "
                "Uganda|PROPN|compound|6 border|NOUN|compound|6 police|NOUN|ROOT|6 .|PUNCT|punct|6",
                {"Kenya": ("KEN", "country"), "Uganda border police": ("UGACOP", "agent")}, starts=(0, 3))
    assert coder().post_tokens(doc[1], (1,), set()) == [2, 3, 4, 5, 6]


def test_a_plural_noun_tagged_a_verb_leaves_the_participle_after_it_the_verb():
    """"Chilean warships shelled rebel positions", tagged with "warships" a present verb (the root) and
    "shelled" an adjective of "positions": a word in -s right after an adjective opens no clause, so the
    participle is the verb and the noun phrase before it its subject."""
    actors = {"Chilean warships": ("CHLMIL", "agent")}
    doc = build("Chilean|ADJ|nsubj|1 warships|VERB|ROOT|1|warship|VBZ shelled|VERB|amod|4|shell|VBN "
                "rebel|NOUN|compound|4 positions|NOUN|obj|1|position|NNS .|PUNCT|punct|1", actors)
    assert ("CHLMIL", None, "19") in {(s, t, c[:2]) for s, t, c in triples(code(doc))}
    # after a name the same form is a plural noun's modifier as before: "Chile shelled positions" is not read so
    kept = build("Chile|PROPN|nsubj|1 warships|VERB|ROOT|1|warship|VBZ shelled|VERB|amod|3|shell|VBN "
                 "positions|NOUN|obj|1|position|NNS .|PUNCT|punct|1", {"Chile": ("CHL", "country")})
    assert not [e for e in code(kept) if e.root == "19"]


def test_an_ing_form_after_been_is_the_progressive_verb_whatever_the_parse():
    """"Kenyan officials have been pressing the strikers to return", parsed with "been" a copula of
    "strikers" and "pressing" its adjective: the -ing form after "been" is the verb, and the subject of the
    noun it was hung on makes the demand."""
    actors = {"Kenyan officials": ("KENGOV", "agent"), "strikers": ("KENLAB", "agent")}
    doc = build("Kenyan|ADJ|amod|1 officials|NOUN|nsubj|5|official|NNS have|AUX|aux|5|have|VBP "
                "been|AUX|cop|5|be|VBN pressuring|VERB|amod|5|pressure|VBG strikers|NOUN|ROOT|5|striker|NNS "
                "to|PART|mark|7|to|TO return|VERB|acl|5|return|VB .|PUNCT|punct|5", actors)
    assert ("KENGOV", "KENLAB", "10") in {(s, t, c[:2]) for s, t, c in triples(code(doc))}


def test_the_patterns_tried_are_those_whose_words_the_sentence_holds_in_the_dictionary_order():
    """The coder tries a verb's patterns most specific first; a pattern needing a word its side of the
    verb lacks cannot match, so it is not tried at all. The rest keep their order."""
    from flashpoint.extract.events import load_dictionary
    from flashpoint.extract.events.patterns import PatternRequirements

    vd = load_dictionary()
    needs = PatternRequirements(vd)
    block = next(e.block for e in vd.entries_for("EXCHANGE"))
    ordered = block.ordered_patterns()
    assert needs.candidates(ordered, frozenset(), frozenset()) == []     # each of its patterns needs a word
    fire = needs.candidates(ordered, frozenset(), frozenset({"HEAVY", "FIRE"}))
    assert [p.items[-1].value for p in fire] == ["FIRE"]
    every = frozenset(w for p in ordered for side in needs(p) for alts in side for w in alts)
    assert needs.candidates(ordered, every, every) == ordered


def test_of_two_subjects_with_a_clause_between_them_the_one_nearest_the_verb_speaks():
    # the parser made the man wanted in Libya a second subject of "said": no broken coordination (a verb
    # stands between the two), so the official alone speaks
    doc = build("Egypt|PROPN|nsubj|1 expelled|VERB|ccomp|12|expel the|DET|det|3 journalist|NOUN|obj|1 "
                "Haddad|PROPN|nsubj|12 ,|PUNCT|punct|8 who|PRON|nsubj:pass|8 is|AUX|aux:pass|8|be|VBZ "
                "wanted|VERB|acl:relcl|4|want|VBN ,|PUNCT|punct|11 an|DET|det|11 official|NOUN|nsubj|12 "
                "said|VERB|ROOT|12|say .|PUNCT|punct|12",
                {"Egypt": ("EGY", "country"), "Haddad": ("LBYREB", "person"), "official": ("EGYGOV", "agent")})
    said = [e for e in code(doc) if e.verb == "said"]
    assert {e.source.code for e in said} == {"EGYGOV"}, said


def test_two_subjects_with_nothing_but_a_comma_between_them_both_act():
    doc = build("Mordor|PROPN|nsubj|3 ,|PUNCT|punct|2 Gondor|PROPN|nsubj|3 "
                "welcomed|VERB|ROOT|3|welcome the|DET|det|5 agreement|NOUN|obj|3 .|PUNCT|punct|3",
                {"Mordor": ("MOR", "country"), "Gondor": ("GON", "country")})
    assert {e.source.code for e in code(doc) if e.verb == "welcomed"} == {"MOR", "GON"}
