"""Sides named by bodies the knowledge base does not know (extract/actors/bodies.py named_sides, compounds):
the model's organisations take the role their head word gives and a country from where the text places them;
a party's rank and file act as the party. Marked slow: they load the model. Every sentence was written for
these tests."""

from __future__ import annotations

import datetime

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.slow


def mentions(nlp, text: str) -> dict[str, str | None]:
    doc = nlp.make_doc(text)
    doc._.fp_article = Article(id="t", title=None, published=datetime.date(2020, 6, 1), source="test", text=text)
    return {m.text: m.code for m in nlp(doc)._.fp_actor_mentions}


def test_an_unknown_party_is_a_party_of_the_country_its_sentence_is_set_in(nlp):
    found = mentions(nlp, "The Kurdistan Democratic Party accused Baghdad of cutting the region's budget.")
    assert found["Kurdistan Democratic Party"] == "IRQPTY", found


def test_the_workers_of_an_unknown_party_act_as_the_party(nlp):
    found = mentions(nlp, "Workers of the Bharatiya Janata Party clashed with police in Lucknow on Monday.")
    assert found["Workers"] == found["Bharatiya Janata Party"] == "INDPTY", found


def test_activists_of_a_party_the_kb_knows_are_the_partys(nlp):
    found = mentions(nlp, "Activists of the Communist Party of India attacked a police station in Kannur.")
    assert found["Activists of the Communist Party of India"] == "INDPTY", found


def test_a_known_bodys_one_word_name_ending_an_unknown_name_is_not_that_body(nlp):
    found = mentions(nlp, "Workers of the Trinamool Congress blocked roads in Kolkata.")
    assert "Congress" not in found and found.get("Trinamool Congress") is None, found
    assert mentions(nlp, "The US Congress passed the bill on Monday.")["US Congress"] == "USALEG"


@pytest.mark.parametrize("text, name, code", [
    # the party's own written name holds the region and the one-word body inside it
    ("The African National Congress lost its majority in South Africa's parliament.", "African National Congress",
     "ZAFPTY"),
    # a party word after the one-word body makes it another body's name, placed by the sentence
    ("The Congress party swept the state polls in Karnataka.", "Congress party", "INDPTY"),
    # a body noun that begins a party's name is not the body itself
    ("Sudan's ruling National Congress Party turned down the offer.", "National Congress Party", "SDNPTY"),
])
def test_the_us_congress_is_not_read_inside_another_partys_name(nlp, text, name, code):
    found = mentions(nlp, text)
    assert found.get(name) == code, found
    assert "USALEG" not in found.values(), found


def test_a_capitalised_word_no_kb_name_covers_before_congress_makes_another_name(nlp):
    # whatever the model's entity spans: the word before is part of the body's own name
    found = mentions(nlp, "Supporters of Nigeria's All Progressives Congress rallied in Abuja.")
    assert "USALEG" not in found.values(), found
    assert mentions(nlp, "Democrats in Congress blocked the spending bill.").get("Congress") == "USALEG"
    # in a title-case headline every word is capitalised
    assert "USALEG" in mentions(nlp, "Treasury Chief Warns Congress on Debt Ceiling").values()


@pytest.mark.parametrize("text, name, code", [
    ("The Islamist Ennahda party has said it will boycott Tunisia's elections.", "Islamist Ennahda party", "TUNPTY"),
    ("The nationalist Ata Meken party called for protests against the Kyrgyz government.", "Ata Meken party",
     "KGZPTY"),
])
def test_a_name_followed_by_its_head_word_in_lower_case_is_that_body(nlp, text, name, code):
    # "party" after the name says what the name is, as "Party" inside it would; the country is the one the
    # sentence speaks of ("Tunisia's elections", "the Kyrgyz government")
    found = mentions(nlp, text)
    assert found.get(name) == code, found


def test_a_head_word_that_only_qualifies_another_noun_names_no_body(nlp):
    found = mentions(nlp, "Mr Johnson party guests arrived late at the hotel.")
    assert not any(code and code.endswith("PTY") for code in found.values()), found
