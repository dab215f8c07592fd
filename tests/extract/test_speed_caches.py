"""The caches that save CPU answer exactly as the work they save (bench/records_identity.py checks whole
articles; these check each cache on its own)."""

from __future__ import annotations

import spacy

from flashpoint.extract.base import team_sport_piece
from flashpoint.extract.claims.attribution import MEDIA_SAY_CORE, MEDIA_SAY_RE, media_say
from flashpoint.extract.claims.numbers import find_numbers, numbers_in
from flashpoint.kb.fuzzy import FuzzyKeys


def test_a_remembered_fuzzy_answer_is_the_one_computed_for_each_threshold():
    index = FuzzyKeys(["vladimir putin", "volodymyr zelensky"], [("P1", "Vladimir Putin"), ("P2", "Volodymyr Zelensky")])
    first = index.closest("vladimir putina", 88)
    assert index.closest("vladimir putina", 88) == first           # asked again: the same answer
    assert index.closest("vladimir putina", 99) is None            # another threshold is its own question
    assert index.closest("boris johnson", 88) is None and index.closest("boris johnson", 88) is None


def test_a_documents_numbers_are_read_once_and_each_caller_gets_its_own_list():
    doc = spacy.blank("en")("Two soldiers and 14 civilians were killed, and dozens of people were hurt.")
    first = numbers_in(doc)
    assert [(n.start, n.end, n.value) for n in first] == \
        [(n.start, n.end, n.value) for n in find_numbers(doc.text)]
    first.clear()                                                  # a caller's list is its own
    assert len(numbers_in(doc)) == len(find_numbers(doc.text)) > 0


def test_the_media_say_pattern_is_searched_only_where_its_core_stands():
    said = ["Russian media reported that the convoy had left.", "Local press reports said two died.",
            "State media said the talks failed.", "the newspapers claimed otherwise"]
    unsaid = ["The press conference was cancelled.", "Reports of shelling came in.", "He pressed the media hard."]
    for text in said:
        assert MEDIA_SAY_CORE.search(text) and media_say(text)
    for text in unsaid:
        assert not media_say(text) and not MEDIA_SAY_RE.search(text)


def test_the_team_sport_reading_is_the_same_when_asked_again():
    nlp = spacy.blank("en")
    match = nlp("The striker scored a hat-trick as the club won the league match at home.")
    assert team_sport_piece(match) == team_sport_piece(match)
    assert team_sport_piece(nlp("The minister resigned on Monday.")) is False


def test_the_sentence_cap_read_from_arrays_cuts_where_the_token_walk_did():
    from flashpoint.nlp.sentence_cap import SENTENCE_END, SentenceCap

    def walked(doc, cap):  # the cap as it was written first: a Token per word
        run, out = 0, []
        for tok in doc:
            if run >= cap:
                out.append(tok.i)
                run = 0
            run += 1
            if tok.text in SENTENCE_END or "\n\n" in tok.text_with_ws:
                run = 0
        return out

    nlp = spacy.blank("en")
    text = ("one two three four five six seven. eight nine ten eleven twelve\n\nthirteen fourteen fifteen sixteen "
            "seventeen eighteen nineteen twenty ! a b c d e f g h \n\n\n i j k l m n o p q r s t u v w x y z") * 3
    for cap in (3, 5, 8):
        doc = nlp.make_doc(text)
        SentenceCap(cap)(doc)
        starts = [t.i for t in doc if t.is_sent_start is True and t.i > 0]
        assert starts == walked(nlp.make_doc(text), cap)
