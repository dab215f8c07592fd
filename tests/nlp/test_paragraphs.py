"""fp_paragraphs: line breaks that end headlines and paragraphs end sentences before the parser runs."""

from __future__ import annotations

import spacy

import flashpoint.nlp.paragraphs  # noqa: F401  (registers the factory)
from flashpoint.extract.base import sentence_index


def starts(text: str) -> list[str]:
    nlp = spacy.blank("en")
    nlp.add_pipe("fp_paragraphs")
    doc = nlp(text)
    return [t.text for t in doc[1:] if t.is_sent_start]


def test_the_headline_is_its_own_sentence():
    assert starts("Israel strikes Rafah\nIsraeli airstrikes killed 35 people.") == ["Israeli"]


def test_a_blank_line_ends_the_paragraph_even_without_a_full_stop():
    assert starts("First line.\n\nthe fighting went on\n\nSince October, more died.") == ["the", "Since"]


def test_a_single_break_after_a_full_stop_ends_the_sentence():
    assert starts("Headline\nThe talks ended.\nThe envoys left.") == ["The", "The"]


def test_a_hard_wrapped_line_in_mid_sentence_does_not():
    assert starts("Headline\nThe talks ended without\nan agreement on Friday.") == ["The"]


def test_the_parser_keeps_the_breaks(nlp):
    text = ("Israel strikes Rafah - at least 35 killed according to Gaza health authorities\n\n"
            "Israeli airstrikes killed at least 35 people in Rafah on Sunday night, the ministry said on Monday.\n\n"
            "Egypt and Qatar, which have mediated between Israel and Hamas, called for an immediate halt to the "
            "fighting.\n\nSince October, more than 35,000 Palestinians have been killed in Gaza, according to the "
            "health ministry.")
    sents = [s.text.strip() for s in nlp(text).sents if s.text.strip()]
    assert not any("authorities" in s and "airstrikes" in s for s in sents)   # headline | body
    assert not any("fighting" in s and "Since" in s for s in sents)           # paragraph | paragraph


def test_a_first_line_that_goes_on_in_lower_case_is_not_a_headline():
    assert starts("The talks between the two ministers ended\nwithout an agreement on Friday.") == []


def test_the_story_after_a_dateline_starts_a_sentence():
    assert starts("BOGOTA, March 14 (AP) - Colombian soldiers clashed with rebels.") == ["Colombian"]
    assert starts("Army kills five\n\nKABUL (Reuters) -- Afghan troops killed five.") == ["KABUL", "Afghan"]


def test_a_dateline_after_a_headline_on_the_same_line_starts_the_story_too():
    # a title and its wire text joined into one line, as feeds and aggregators join them (the parser splits the
    # title off at its full stop)
    assert starts("Rebels kill three in Goma. GOMA, Congo - Rebels killed three villagers.") == ["Rebels"]
    assert starts("Blast hits Lima. LIMA (AP) - A bomb exploded in a bank.") == ["A"]
    # a name in title case and a dash after a full stop is no dateline: a sentence may open so
    assert starts("The vote was close. Mr. Smith - the mayor - said so.") == []


def test_a_dash_that_closes_no_dateline_starts_nothing():
    assert starts("Mr. Smith - the mayor - said so.") == []
    assert starts("The talks - which began in May - ended.") == []


def test_the_parser_reads_the_dateline_apart_from_the_story(nlp):
    doc = nlp("BOGOTA, March 14 (AP) - Colombian soldiers clashed with a dissident faction of the former FARC "
              "rebel group on Friday, leaving four rebels dead, the Defence Ministry said.")
    soldiers = next(t for t in doc if t.text == "soldiers")
    assert soldiers.sent.start == soldiers.i - 1            # "Colombian soldiers ..." opens its own sentence
    assert not any(t.text == "AP" for t in soldiers.sent)   # and the agency is not in it


def test_extractors_count_the_dateline_with_the_sentence_it_opens(nlp):
    """The parser reads a dateline apart from its story, but the extractors' sentence index (records' `sentence`,
    the lede) counts "KABUL (AP) - A bomb ..." as one sentence, as written: the headline is sentence 0, the lede 1."""
    doc = nlp("Bomb kills two in Kabul\n\nKABUL (AP) - A bomb killed two people on Sunday. Police said so.")
    bomb = next(t for t in doc if t.text == "bomb")
    police = next(t for t in doc if t.text == "Police")
    assert [sentence_index(doc, t.i) for t in (doc[0], bomb, police)] == [0, 1, 2]
    assert sentence_index(doc, next(t for t in doc if t.text == "AP").i) == 1
