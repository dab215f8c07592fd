"""fp_entities: the model's entities, corrected by rule and by the knowledge base's organisation names.

Docs are built by hand with the tags and entities a model might give, so each rule is seen alone.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from flashpoint.extract.entities import EntityFixer, organisation_names
from flashpoint.kb.knowledge_base import KnowledgeBase
from flashpoint.kb.model import Entry

ORGS = [Entry(id="org:xinhua", name="Xinhua", kind="organisation", code="CHNMED", names=("Xinhua",)),
        Entry(id="org:isil", name="ISIL", kind="organisation", code="IMGSYRMOS", names=("ISIL",)),
        Entry(id="org:hrw", name="Human Rights Watch", kind="organisation", code="NGOHRI", names=("Human Rights Watch",)),
        Entry(id="org:un-pko", name="UN peacekeepers", kind="organisation", code="IGOUNOPKO",
              names=("UN peacekeepers", "Save the Children")),
        Entry(id="org:fox", name="Fox News", kind="organisation", code="USAMED", names=("Fox News", "Fox")),
        Entry(id="org:un-sc", name="UN Security Council", kind="organisation", code="IGOUNO",
              names=("UN Security Council", "the Security Council")),
        Entry(id="person:x", name="Liam Fox", kind="person", code="GBRELI", names=("Liam Fox",))]


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("en")


@pytest.fixture(scope="module")
def fixer(nlp):
    return EntityFixer(nlp, KnowledgeBase(ORGS))


def ents(fixer, nlp, words, ents, tags=None):
    doc = Doc(nlp.vocab, words=words, ents=ents, tags=tags or ["NNP"] * len(words))
    return [(e.text, e.label_) for e in fixer(doc).ents]


def test_entities_an_honorific_is_no_part_of_the_name_and_makes_it_a_person(fixer, nlp):
    assert ents(fixer, nlp, ["Ms", "Pugh", "said", "."], ["B-LOC", "I-LOC", "O", "O"]) == [("Pugh", "PER")]


def test_entities_a_title_leaves_a_person_but_not_a_company(fixer, nlp):
    assert ents(fixer, nlp, ["Emperor", "Meiji", "and", "General", "Motors"],
                ["B-PER", "I-PER", "O", "B-ORG", "I-ORG"]) == [("Meiji", "PER"), ("General Motors", "ORG")]


def test_entities_a_nationality_adjective_is_no_entity(fixer, nlp):
    assert ents(fixer, nlp, ["the", "Icelandic", "band", "Kremlin"], ["O", "B-LOC", "O", "B-ORG"],
                tags=["DT", "JJ", "NN", "JJ"]) == [("Kremlin", "ORG")]


def test_entities_a_place_opening_a_treaty_name_is_no_place(fixer, nlp):
    assert ents(fixer, nlp, ["the", "Paris", "Agreement", "in", "Paris"], ["O", "B-LOC", "O", "O", "B-LOC"]) == [
        ("Paris", "LOC")]


@pytest.mark.parametrize("words,tags,expected", [
    (["Xinhua", "reported"], ["B-LOC", "O"], [("Xinhua", "ORG")]),                       # a place to the model
    (["the", "Security", "Council", "met"], ["O", "B-ORG", "I-ORG", "O"], [("Security Council", "ORG")]),
    (["UN", "Security", "Council", "met"], ["B-LOC", "B-ORG", "I-ORG", "O"], [("UN Security Council", "ORG")]),
    (["Xinhua", "said"], ["O", "O"], []),                                # one word the model left: no entity
    (["Human", "Rights", "Watch", "said"], ["O", "O", "O", "O"], [("Human Rights Watch", "ORG")]),  # two words or more
    (["against", "ISIL", "now"], ["O", "O", "O"], [("ISIL", "ORG")]),                  # an acronym
    (["ISIL", "WINS", "AGAIN"], ["O", "O", "O"], []),                                  # but not in a line in capitals
    (["Xinhua", "Plaza", "opened"], ["B-LOC", "I-LOC", "O"], [("Xinhua Plaza", "LOC")]),  # part of a longer name
])
def test_entities_an_organisation_of_the_knowledge_base_is_org(fixer, nlp, words, tags, expected):
    assert ents(fixer, nlp, words, tags) == expected


def test_entities_a_surname_the_article_uses_stays_a_person(fixer, nlp):
    assert ents(fixer, nlp, ["Liam", "Fox", "met", "Fox", "."], ["B-PER", "I-PER", "O", "B-PER", "O"]) == [
        ("Liam Fox", "PER"), ("Fox", "PER")]


def test_entities_a_dateline_town_is_a_place(fixer, nlp):
    words = ["MOSCOW", ",", "March", "3", "(", "Reuters", ")", "-", "Talks", "began", "."]
    tags = ["B-ORG", "O", "O", "O", "O", "B-ORG", "O", "O", "O", "O", "O"]
    assert ents(fixer, nlp, words, tags) == [("MOSCOW", "LOC"), ("Reuters", "ORG")]
    # CoNLL's wire dateline: the town and the day, on a line of their own
    doc = Doc(nlp.vocab, words=["BONN", "1996-08-22", "\n\n", "Talks", "began", "."],
              spaces=[True, False, False, True, False, False], ents=["B-ORG", "O", "O", "O", "O", "O"],
              tags=["NNP", "CD", "_SP", "NNS", "VBD", "."])
    assert [(e.text, e.label_) for e in fixer(doc).ents] == [("BONN", "LOC")]


def test_entities_a_company_s_name_is_also_a_name_without_its_legal_form():
    kb = KnowledgeBase([Entry(id="org:skt", name="SK Telecom Corporation", kind="organisation", code="MNCKORMED",
                              names=("SK Telecom Corporation",)),
                        Entry(id="org:aaon", name="Aaon Inc", kind="organisation", code="MNCUSA", names=("Aaon Inc",))])
    # not a one-word name, which may be a word or anyone's
    assert organisation_names(kb) == ["Aaon Inc", "SK Telecom", "SK Telecom Corporation"]


def test_entities_a_company_s_short_name_makes_an_organisation_but_leaves_the_model_s_place(nlp):
    kb = KnowledgeBase([Entry(id="org:skt", name="SK Telecom Corporation", kind="organisation", code="MNCKORMED",
                              names=("SK Telecom Corporation",)),
                        Entry(id="org:msg", name="Madison Square Garden Inc", kind="organisation", code="MNCUSA",
                              names=("Madison Square Garden Inc",))])
    words = ["SK", "Telecom", "played", "at", "Madison", "Square", "Garden"]
    model = ["B-PER", "I-PER", "O", "O", "B-LOC", "I-LOC", "I-LOC"]
    assert ents(EntityFixer(nlp, kb), nlp, words, model) == [("SK Telecom", "ORG"), ("Madison Square Garden", "LOC")]


def test_entities_organisation_names_are_names_without_their_article():
    assert organisation_names(KnowledgeBase(ORGS)) == ["Fox", "Fox News", "Human Rights Watch", "ISIL",
                                                       "Save the Children", "Security Council", "UN Security Council",
                                                       "Xinhua"]


def test_entities_titles_after_an_honorific_go_and_titles_alone_are_no_name(fixer, nlp):
    words = ["Lord", "Chancellor", "Lord", "Falconer", "and", "the", "Lord", "Chief", "Justice"]
    assert ents(fixer, nlp, words, ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "B-ORG", "I-ORG", "I-ORG"]) == [
        ("Falconer", "PER")]


def test_entities_a_capitalised_word_opening_a_sentence_is_no_dateline(fixer, nlp):
    words = ["Talks", "ended", ".", "US", "Customs", "said", "so", "."]
    assert ents(fixer, nlp, words, ["O", "O", "O", "B-ORG", "I-ORG", "O", "O", "O"]) == [("US Customs", "ORG")]


@pytest.mark.parametrize("words,ents_,tags,expected", [
    # the model's place or person whose last word names a body is an organisation
    (["the", "Census", "Bureau", "said"], ["O", "B-LOC", "I-LOC", "O"], ["DT", "NNP", "NNP", "VBD"],
     [("Census Bureau", "ORG")]),
    # a run of proper nouns so ending that the model left out
    (["the", "Consumer", "Technology", "Association", "said"], ["O"] * 5, ["DT", "NNP", "NNP", "NNP", "VBD"],
     [("Consumer Technology Association", "ORG")]),
    # one word is no name ("Party" alone), and a head in a line in capitals is a headline word
    (["the", "Party", "met"], ["O"] * 3, ["DT", "NNP", "VBD"], []),
    (["LABOUR", "PARTY", "WINS"], ["O"] * 3, ["NNP"] * 3, []),
    # a company's abbreviated ending, in a name the model read as a person's
    (["to", "Legg", "Mason", "Inc.", "for"], ["O", "B-PER", "I-PER", "I-PER", "O"], ["IN", "NNP", "NNP", "NNP", "IN"],
     [("Legg Mason Inc.", "ORG")]),
    # words that also head places and buildings stay the model's ("Hampton Court", "Lincoln Center")
    (["at", "Hampton", "Court"], ["O", "B-LOC", "I-LOC"], ["IN", "NNP", "NNP"], [("Hampton Court", "LOC")]),
])
def test_entities_a_name_ending_in_a_word_for_a_body_is_an_organisation(fixer, nlp, words, ents_, tags, expected):
    assert ents(fixer, nlp, words, ents_, tags=tags) == expected


def test_entities_a_surname_of_a_person_named_in_full_is_that_person_alone(fixer, nlp):
    words = ["Steven", "Gerrard", "scored", ".", "Gerrard", "and", "Owen", "left", ".", "Then", "Gerrard", "Lane"]
    tags = ["NNP", "NNP", "VBD", ".", "NNP", "CC", "NNP", "VBD", ".", "RB", "NNP", "NNP"]
    found = ents(fixer, nlp, words, ["B-PER", "I-PER", "O", "O", "B-LOC", "O", "O", "O", "O", "O", "O", "O"], tags=tags)
    # read as a place -> the person; "Owen" is no surname here; "Gerrard Lane" is another name
    assert found == [("Steven Gerrard", "PER"), ("Gerrard", "PER")]


def test_entities_a_place_or_a_first_name_before_a_body_word_stays_as_read(fixer, nlp):
    # "West Bank" ends in "Bank", "Natalie Press" in "Press": a place and a person, as the model read them
    words = ["Natalie", "Press", "visited", "the", "West", "Bank", "and", "JP", "Morgan", "Chase", "Bank"]
    tags = ["B-PER", "I-PER", "O", "O", "B-LOC", "I-LOC", "O", "B-PER", "I-PER", "I-PER", "I-PER"]
    assert ents(fixer, nlp, words, tags) == [("Natalie Press", "PER"), ("West Bank", "LOC"),
                                             ("JP Morgan Chase Bank", "ORG")]


def test_entities_a_knowledge_base_name_is_no_surname():
    nlp = spacy.blank("en")
    china = Entry(id="country:CHN", name="China", kind="country", code="CHN", names=("China",))
    fixer = EntityFixer(nlp, KnowledgeBase([*ORGS, china]))
    words = ["Air", "China", "flew", ".", "China", "said", "no", "."]
    found = ents(fixer, nlp, words, ["B-PER", "I-PER", "O", "O", "B-LOC", "O", "O", "O"])
    assert found == [("Air China", "PER"), ("China", "LOC")]


def test_entities_a_first_name_the_model_split_off_joins_the_name_after_it(fixer, nlp):
    # the model reads "Paula Radcliffe" as two people, and "Radcliffe" then speaks for nobody
    assert ents(fixer, nlp, ["Paula", "Radcliffe", "has", "called"], ["B-PER", "B-PER", "O", "O"]) == [
        ("Paula Radcliffe", "PER")]


def test_entities_a_title_or_honorific_split_off_a_name_stays_apart(fixer, nlp):
    # and an office alone is no person's name
    assert ents(fixer, nlp, ["Spokesman", "Ali", "Khan", "said"], ["B-PER", "B-PER", "I-PER", "O"]) == [
        ("Ali Khan", "PER")]
    assert ents(fixer, nlp, ["Paula", ",", "Radcliffe"], ["B-PER", "O", "B-PER"]) == [
        ("Paula", "PER"), ("Radcliffe", "PER")]


@pytest.mark.parametrize("words,ents_,tags,expected", [
    # a body, "of" and a place the model read alone: the body's name
    (["the", "Government", "of", "Iraq", "said"], ["O", "O", "O", "B-LOC", "O"], ["DT", "NNP", "IN", "NNP", "VBD"],
     [("Government of Iraq", "ORG")]),
    # the model's organisation cut before "of" or "for the": taken to the end of the name after it
    (["the", "Federal", "Reserve", "Bank", "of", "New", "York", "report"],
     ["O", "B-ORG", "I-ORG", "I-ORG", "O", "B-LOC", "I-LOC", "O"], ["DT", "NNP", "NNP", "NNP", "IN", "NNP", "NNP", "NN"],
     [("Federal Reserve Bank of New York", "ORG")]),
    (["the", "Alliance", "of", "Forces", "for", "the", "Liberation", "of", "Congo", "rebels"],
     ["O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O", "B-LOC", "O"],
     ["DT", "NNP", "IN", "NNPS", "IN", "DT", "NNP", "IN", "NNP", "NNS"],
     [("Alliance of Forces for the Liberation of Congo", "ORG")]),
    # capitalised words before the body are part of its name, a person after it is not
    (["the", "Federal", "Government", "of", "Somalia", "and", "Mark", "Carney"],
     ["O", "O", "O", "O", "B-LOC", "O", "B-PER", "I-PER"], ["DT", "JJ", "NNP", "IN", "NNP", "CC", "NNP", "NNP"],
     [("Federal Government of Somalia", "ORG"), ("Mark Carney", "PER")]),
    # a title before "of" is no body ("Prime Minister of India"), a place's head is no body ("Republic of Congo"),
    # and "Of" in a headline in title case joins nothing
    (["the", "Minister", "of", "India"], ["O", "O", "O", "B-LOC"], ["DT", "NNP", "IN", "NNP"], [("India", "LOC")]),
    (["the", "Republic", "of", "Congo"], ["O", "B-LOC", "I-LOC", "I-LOC"], ["DT", "NNP", "IN", "NNP"],
     [("Republic of Congo", "LOC")]),
    (["Army", "Of", "Iraq", "Wins"], ["O", "O", "B-LOC", "O"], ["NNP", "IN", "NNP", "NNP"], [("Iraq", "LOC")]),
])
def test_entities_a_body_of_a_name_is_one_organisation(fixer, nlp, words, ents_, tags, expected):
    assert ents(fixer, nlp, words, ents_, tags=tags) == expected


def test_entities_an_acronym_in_brackets_after_an_organisation_is_that_organisation_everywhere(fixer, nlp):
    words = ["Syrian", "Democratic", "Forces", "(", "SDF", ")", "fought", ".", "The", "SDF", "said", "so", "."]
    tags = ["B-ORG", "I-ORG", "I-ORG", "O", "B-LOC", "O", "O", "O", "O", "O", "O", "O", "O"]
    assert ents(fixer, nlp, words, tags) == [("Syrian Democratic Forces", "ORG"), ("SDF", "ORG"), ("SDF", "ORG")]


def test_entities_an_acronym_spelling_a_body_s_capitalised_name_makes_both_organisations(fixer, nlp):
    words = ["says", "Canadian", "Blood", "Agency", "(", "CBA", ")", ".", "A", "Gross", "Domestic", "Product",
             "(", "GDP", ")", "fell", "."]
    tags = ["VBZ", "JJ", "NNP", "NNP", "-LRB-", "NNP", "-RRB-", ".", "DT", "NNP", "NNP", "NNP", "-LRB-", "NNP",
            "-RRB-", "VBD", "."]
    # the initials spell "CBA" and "Agency" names a body; "Gross Domestic Product" names none
    assert ents(fixer, nlp, words, ["O"] * len(words), tags=tags) == [("Canadian Blood Agency", "ORG"), ("CBA", "ORG")]


def test_entities_the_names_given_as_examples_of_organisations_are_organisations(fixer, nlp):
    words = ["companies", "such", "as", "Spotify", ",", "Tesla", "and", "Uber", "will", "attend", ";",
             "countries", "such", "as", "France", "objected"]
    tags = ["NNS", "JJ", "IN", "NNP", ",", "NNP", "CC", "NNP", "MD", "VB", ":", "NNS", "JJ", "IN", "NNP", "VBD"]
    ents_ = ["O", "O", "O", "B-LOC", "O", "B-PER", "O", "B-LOC", "O", "O", "O", "O", "O", "O", "B-LOC", "O"]
    # read as places and a person; a country given as an example of countries stays a place
    assert ents(fixer, nlp, words, ents_, tags=tags) == [("Spotify", "ORG"), ("Tesla", "ORG"), ("Uber", "ORG"),
                                                          ("France", "LOC")]


def test_entities_a_person_named_in_full_among_the_examples_ends_the_list(fixer, nlp):
    words = ["groups", "including", "Hamas", "and", "John", "Smith", "said"]
    tags = ["NNS", "VBG", "NNP", "CC", "NNP", "NNP", "VBD"]
    assert ents(fixer, nlp, words, ["O", "O", "B-LOC", "O", "B-PER", "I-PER", "O"], tags=tags) == [
        ("Hamas", "ORG"), ("John Smith", "PER")]


def test_entities_a_name_right_after_an_honorific_is_a_person_s(fixer, nlp):
    assert ents(fixer, nlp, ["Mr", "Blunkett", "entered", "Parliament"], ["O", "B-LOC", "O", "B-ORG"]) == [
        ("Blunkett", "PER"), ("Parliament", "ORG")]


def test_entities_a_title_and_its_seat_is_no_organisation(fixer, nlp):
    words = ["the", "Duke", "of", "Edinburgh", "and", "the", "Bank", "of", "England"]
    tags = ["O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "B-ORG", "I-ORG", "I-ORG"]
    assert ents(fixer, nlp, words, tags) == [("Bank of England", "ORG")]


def test_entities_a_persons_name_cut_at_a_hyphen_goes_on_over_it(fixer, nlp):
    def run(words, spaces):
        doc = Doc(nlp.vocab, words=words, spaces=spaces, ents=["B-PER", "I-PER", "O", "O", "O"], tags=["NNP"] * 5)
        return [(e.text, e.label_) for e in fixer(doc).ents]
    assert run(["Kim", "Sun", "-", "woo", "said"], [True, False, False, True, False]) == [("Kim Sun-woo", "PER")]
    # a dash between words is no part of a name
    assert run(["Kim", "Sun", "-", "the", "analyst"], [True, True, True, True, False]) == [("Kim Sun", "PER")]


@pytest.mark.parametrize("words,model,want", [
    (["the", "9th", "century", "BC", ",", "Greece", "rose"], ["O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O"],
     [("Greece", "ORG")]),
    (["the", "9th", "century", "BC", "city", "states"], ["O", "O", "O", "B-ORG", "I-ORG", "O"], []),
])
def test_entities_an_era_marker_after_a_century_is_no_name(fixer, nlp, words, model, want):
    assert ents(fixer, nlp, words, model) == want


@pytest.mark.parametrize("words,model,want", [
    (["The", "Force", "Ouvrière", "union", "said"], ["O", "B-ORG", "I-ORG", "I-ORG", "O"], [("Force Ouvrière", "ORG")]),
    (["Ministry", "of", "health"], ["B-ORG", "I-ORG", "I-ORG"], [("Ministry of health", "ORG")]),
])
def test_entities_an_organisation_ends_in_a_capitalised_word(fixer, nlp, words, model, want):
    tags = ["DT", "NNP", "NNP", "NN", "VBD"] if len(words) == 5 else ["NNP", "IN", "NN"]
    assert ents(fixer, nlp, words, model, tags=tags) == want


def test_entities_a_body_word_alone_after_the_is_the_short_form_of_a_body_the_article_names(fixer, nlp):
    words = ["the", "Global", "Coalition", "met", ".", "The", "Coalition", "said", "the", "Coalition", "Provisional",
             "Authority", "and", "the", "Commission", "agreed"]
    model = ["O", "B-ORG", "I-ORG", "O", "O", "O", "O", "O", "O", "O", "O", "O", "O", "O", "O", "O"]
    tags = ["DT", "NNP", "NNP", "VBD", ".", "DT", "NNP", "VBD", "DT", "NNP", "NNP", "NNP", "CC", "DT", "NNP", "VBD"]
    # "Coalition" after "the Global Coalition", not where it opens a longer name; "Commission": no body so named
    assert ents(fixer, nlp, words, model, tags=tags) == [
        ("Global Coalition", "ORG"), ("Coalition", "ORG"), ("Coalition Provisional Authority", "ORG")]


def test_entities_a_one_word_place_the_text_treats_as_a_person_is_a_person_at_every_mention(fixer, nlp):
    # "Vanterpool's early novels": a name that owns novels is a writer's, and so is its other mention
    words = ["Critics", "praised", "Vanterpool", "'s", "early", "novels", ",", "and", "Vanterpool", "moved", "to",
             "Lisbon", "."]
    tags = ["NNS", "VBD", "NNP", "POS", "JJ", "NNS", ",", "CC", "NNP", "VBD", "IN", "NNP", "."]
    model = ["O", "O", "B-LOC", "O", "O", "O", "O", "O", "B-LOC", "O", "O", "B-LOC", "O"]
    assert ents(fixer, nlp, words, model, tags=tags) == [("Vanterpool", "PER"), ("Vanterpool", "PER"),
                                                         ("Lisbon", "LOC")]
    # after a kin noun and a comma, and beside a person's name
    words = ["She", "has", "a", "brother", ",", "Ottilo", ",", "and", "Thabo", "and", "Mpumi", "met", "him", "."]
    tags = ["PRP", "VBZ", "DT", "NN", ",", "NNP", ",", "CC", "NNP", "CC", "NNP", "VBD", "PRP", "."]
    model = ["O", "O", "O", "O", "O", "B-LOC", "O", "O", "B-LOC", "O", "B-PER", "O", "O", "O"]
    assert ents(fixer, nlp, words, model, tags=tags) == [("Ottilo", "PER"), ("Thabo", "PER"), ("Mpumi", "PER")]


def test_entities_a_place_s_streets_or_a_known_place_beside_a_person_stays_a_place(fixer, nlp):
    # a possessive alone says nothing ("Khayelitsha's crowded streets"); a place the gazetteer knows stays
    # one even beside a person's name or before a kin noun ("Pyongyang's sons")
    words = ["Families", "fled", "Khayelitsha", "'s", "crowded", "streets", "as", "Kim", "and", "Pyongyang",
             "mourned", "Pyongyang", "'s", "sons", "."]
    tags = ["NNS", "VBD", "NNP", "POS", "JJ", "NNS", "IN", "NNP", "CC", "NNP", "VBD", "NNP", "POS", "NNS", "."]
    model = ["O", "O", "B-LOC", "O", "O", "O", "O", "B-PER", "O", "B-LOC", "O", "B-LOC", "O", "O", "O"]
    assert ents(fixer, nlp, words, model, tags=tags) == [("Khayelitsha", "LOC"), ("Kim", "PER"),
                                                         ("Pyongyang", "LOC"), ("Pyongyang", "LOC")]


@pytest.fixture(scope="module")
def office_fixer(nlp):
    from flashpoint.kb.model import Agent

    kb = KnowledgeBase(ORGS + [Entry(id="country:USA", name="United States", kind="country", code="USA",
                                     names=("United States", "US"), adjectives=("American",)),
                               Entry(id="country:AUS", name="Australia", kind="country", code="AUS",
                                     names=("Australia",), adjectives=("Australian",)),
                               Entry(id="org:un", name="United Nations", kind="organisation", code="IGOUNO",
                                     names=("United Nations", "UN"))],
                       [Agent(phrase="secretary of state", role="GOV", title="foreign minister"),
                        Agent(phrase="foreign minister", role="GOV", title="foreign minister"),
                        Agent(phrase="secretary general", role="GOV", title="secretary-general"),
                        Agent(phrase="house of representatives", role="LEG")])
    return EntityFixer(nlp, kb)


@pytest.mark.parametrize("words,model,want", [
    # a country, an office and a person's name read as one organisation: the country and the person
    (["US", "Secretary", "of", "State", "Colin", "Powell", "said"], ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG",
                                                                      "I-ORG", "O"],
     [("US", "LOC"), ("Colin Powell", "PER")]),
    # an office after a people's adjective: no entity; after a body's name: the body
    (["Australian", "Foreign", "Minister", "said"], ["B-ORG", "I-ORG", "I-ORG", "O"], []),
    (["UN", "Secretary", "General", "said"], ["B-ORG", "I-ORG", "I-ORG", "O"], [("UN", "ORG")]),
    # an office of two words opening a person's name
    (["Labour", "Minister", "Ghazi", "al-Gosaibi", "said"], ["B-PER", "I-PER", "I-PER", "I-PER", "O"],
     [("Ghazi al-Gosaibi", "PER")]),
    # a one-word office opening a company's name, closing a person's, or in a body's name stays
    (["General", "Motors", "and", "Stephen", "King"], ["B-ORG", "I-ORG", "O", "B-PER", "I-PER"],
     [("General Motors", "ORG"), ("Stephen King", "PER")]),
    (["the", "House", "of", "Representatives", "voted"], ["O", "B-ORG", "I-ORG", "I-ORG", "O"],
     [("House of Representatives", "ORG")]),
    # a plural office before a name is no title ("Kings Cross")
    (["at", "Kings", "Cross"], ["O", "B-PER", "I-PER"], [("Kings Cross", "PER")]),
    # no proper noun after the office: a headline's verb, no person's name to keep
    (["Prosecutor", "Seeks", "Jail"], ["B-PER", "I-PER", "O"], [("Prosecutor Seeks", "PER")]),
])
def test_entities_an_office_inside_an_entity_is_no_part_of_a_name(office_fixer, nlp, words, model, want):
    tags = ["NNP" if w[:1].isupper() else "IN" if w == "of" else "VBD" for w in words]
    tags = ["JJ" if w == "Australian" else "VBZ" if w == "Seeks" else t for w, t in zip(words, tags)]
    assert ents(office_fixer, nlp, words, model, tags=tags) == want


def test_entities_in_a_line_in_capitals_known_names_take_their_label_and_stray_words_go(office_fixer, nlp):
    # a wire headline: the model's names are a country, a body the knowledge base knows, a verb and an
    # acronym; "UNITED NATIONS" it left out. An acronym the model left out may be a word ("WHO"): left out
    words = ["AUSTRALIA", "AND", "UNITED", "NATIONS", "WARN", "ISIL", "\n\n", "Talks", "began", "."]
    model = ["B-ORG", "O", "O", "O", "B-ORG", "B-PER", "O", "O", "O", "O"]
    doc = Doc(nlp.vocab, words=words, spaces=[True, True, True, True, True, False, False, True, False, False],
              ents=model, tags=["NNP"] * 6 + ["_SP", "NNS", "VBD", "."])
    assert [(e.text, e.label_) for e in office_fixer(doc).ents] == [("AUSTRALIA", "LOC"), ("UNITED NATIONS", "ORG"),
                                                                    ("ISIL", "ORG")]


def test_entities_a_news_agency_credited_in_brackets_or_before_a_dash_is_an_organisation(fixer, nlp):
    # the model left "Reuters" out of the headline's credit and ran the line's credit into the story
    words = ["Iraq", "vote", "delayed", "(", "Reuters", ")", "\n\n", "Reuters", "-", "Defense", "officials",
             "said", "."]
    spaces = [True, True, True, False, False, False, False, True, True, True, True, False, False]
    model = ["B-LOC", "O", "O", "O", "O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O"]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, ents=model, tags=["NNP", "NN", "VBN", "-LRB-", "NNP", "-RRB-",
                                                                        "_SP", "NNP", "HYPH", "NNP", "NNS", "VBD", "."])
    assert [(e.text, e.label_) for e in fixer(doc).ents] == [("Iraq", "LOC"), ("Reuters", "ORG"), ("Reuters", "ORG")]


def test_entities_a_known_place_the_text_puts_something_in_is_a_place_at_every_mention(fixer, nlp):
    # "in Najaf": the gazetteer's city, read as a person at both mentions; "Jordan" stays the player's
    words = ["Clashes", "went", "on", "in", "Najaf", "as", "Najaf", "'s", "cleric", "met", "Michael", "Jordan",
             "in", "Jordan", "."]
    tags = ["NNS", "VBD", "RP", "IN", "NNP", "IN", "NNP", "POS", "NN", "VBD", "NNP", "NNP", "IN", "NNP", "."]
    model = ["O", "O", "O", "O", "B-PER", "O", "B-PER", "O", "O", "O", "B-PER", "I-PER", "O", "B-PER", "O"]
    assert ents(fixer, nlp, words, model, tags=tags) == [("Najaf", "LOC"), ("Najaf", "LOC"),
                                                         ("Michael Jordan", "PER"), ("Jordan", "PER")]


def test_entities_a_lone_name_listed_with_a_person_is_a_person_but_not_one_before_a_clause(fixer, nlp):
    # "Mandela, Tutu and others": a list of people; "the regions of Tsavora, Philip marched": a clause
    words = ["Nelson", "Mandela", ",", "Tutu", "and", "others", "spoke", ".", "Past", "Tsavora", ",", "Philip",
             "marched", "."]
    tags = ["NNP", "NNP", ",", "NNP", "CC", "NNS", "VBD", ".", "IN", "NNP", ",", "NNP", "VBD", "."]
    model = ["B-PER", "I-PER", "O", "B-LOC", "O", "O", "O", "O", "O", "B-LOC", "O", "B-PER", "O", "O"]
    assert ents(fixer, nlp, words, model, tags=tags) == [("Nelson Mandela", "PER"), ("Tutu", "PER"),
                                                         ("Tsavora", "LOC"), ("Philip", "PER")]
