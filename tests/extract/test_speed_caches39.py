"""The shortcuts of spd39 answer exactly as the work they save (bench/records_identity.py checks whole articles;
these check each shortcut on its own)."""

from __future__ import annotations

import re

import spacy
from spacy.tokens import Doc

from flashpoint.extract.base import ActorMention, word_positions
from flashpoint.extract.claims.quotes import SAYING_WORDS, saying_positions, speech_verb
from flashpoint.extract.events.arguments import ArgumentFinder, MentionIndex
from flashpoint.extract.places import lower_case_words
from flashpoint.kb.gazetteer import DIRECTION_INITIAL
from flashpoint.nlp.extensions import DOC_SLOTS, slot

ENGLISH = spacy.blank("en")


def test_a_slot_read_directly_is_what_spacys_underscore_reads():
    doc = ENGLISH("Troops shelled the town on Monday.")
    for name in DOC_SLOTS:
        assert slot(doc, name) is None and getattr(doc._, name) is None     # not set yet: the default
    found = ["a date"]
    doc._.fp_dates = found
    assert slot(doc, "fp_dates") is found is doc._.fp_dates


def test_the_words_that_may_be_verbs_of_saying_are_found_where_a_token_walk_finds_them():
    doc = ENGLISH("Officials said the talks had failed, he pointed out. Critics Say more.\n\nShe TOLD reporters so.")
    assert word_positions(doc, SAYING_WORDS) == [t.i for t in doc if t.lower_ in SAYING_WORDS]
    assert saying_positions(doc) == saying_positions(doc) == [1, 8, 12, 17]
    # speech_verb accepts no other word: the sentences' other tokens need not be asked
    assert all(speech_verb(t) is None for t in doc if t.i not in saying_positions(doc))


def test_the_words_an_article_writes_in_lower_case_are_those_a_token_walk_finds():
    doc = ENGLISH("The Oil and Gas Masterclass met as oil prices rose in Basra and gas ran out.")
    assert lower_case_words(doc) == {t.orth for t in doc if t.is_lower}
    assert doc.vocab.strings["oil"] in lower_case_words(doc) and doc.vocab.strings["basra"] not in lower_case_words(doc)


def test_a_compass_initial_is_found_as_the_pattern_with_its_looks_behind_first_found_it():
    first = re.compile(r"(?<![A-Z]\. )(?<![\w.])([NSEW])\. ?([A-Z][\w'-]+(?: [A-Z][\w'-]+)?)")
    text = ("N. Korea tested a missile; S. Carolina and W.Virginia voted. A. N. Other wrote from xN. Foo and "
            "the U.S. Army in E. Timor (E. Timor) said.\nS. Africa")
    assert [(m.span(), m.groups()) for m in DIRECTION_INITIAL.finditer(text)] == \
        [(m.span(), m.groups()) for m in first.finditer(text)]
    assert [m.group(2) for m in DIRECTION_INITIAL.finditer(text)] == ["Korea", "Carolina", "Virginia", "Timor",
                                                                      "Timor", "Africa"]


def _parsed(spec: str) -> Doc:
    rows = [t.split("|") for t in spec.split()]
    return Doc(ENGLISH.vocab, words=[r[0] for r in rows], pos=[r[1] for r in rows], deps=[r[2] for r in rows],
               heads=[int(r[3]) for r in rows], tags=[r[4] for r in rows])


def test_a_remembered_passive_reading_is_the_one_computed():
    doc = _parsed("Kharkiv|PROPN|nsubj:pass|2|NNP was|AUX|aux:pass|2|VBD shelled|VERB|ROOT|2|VBN by|ADP|case|4|IN "
                  "troops|NOUN|obl:agent|2|NNS and|CCONJ|cc|6|CC fled|VERB|conj|2|VBD")
    for tok in doc:
        assert ArgumentFinder.is_passive(tok) == ArgumentFinder.is_passive(tok) == ArgumentFinder._is_passive(tok)
    assert ArgumentFinder.is_passive(doc[2]) and not ArgumentFinder.is_passive(doc[6])


def test_a_remembered_subject_is_given_to_each_caller_as_a_list_of_its_own():
    doc = _parsed("Russia|PROPN|nsubj|1|NNP shelled|VERB|ROOT|1|VBD Kharkiv|PROPN|obj|1|NNP")
    russia = ActorMention(start=0, end=1, start_char=0, end_char=6, text="Russia", name="Russia", code="RUS",
                          kind="country")
    finder = spacy.blank("en").add_pipe("fp_events", config={"sense_model": None}).coder
    index = MentionIndex(doc, [russia])
    found, subject, how = finder.subject_of(doc[1], index)
    assert (found, subject.i, how) == ([russia], 0, "subject")
    found.clear()                                                  # a caller's list is its own
    again, subject, how = finder.subject_of(doc[1], index)
    assert again == [russia] and again is not found
    assert finder.subject_of(doc[1], MentionIndex(doc, []))[0] == []    # other mentions: asked anew


def test_a_text_scanned_again_gives_each_caller_hits_of_its_own():
    from flashpoint.kb.gazetteer import gazetteer

    gaz = gazetteer()
    text = "Shelling hit eastern Donetsk, Ukraine, and the Kharkiv region on Monday."
    first = gaz.scan(text)
    assert [(h.start, h.end, h.key) for h in first] == [(h.start, h.end, h.key) for h in gaz._scan(text)]
    qualified = next(h for h in first if h.qualifier is not None)      # "Donetsk, Ukraine"
    qualified.extra["namesake"] = True                             # a caller marks its hits (places.py does)
    qualified.qualifier.extra["elsewhere"] = "x"
    qualified.candidates.clear()
    again = gaz.scan(text)
    assert again == gaz._scan(text) and all(a is not b for a, b in zip(again, first))
    assert "namesake" not in again[0].extra and again[0].candidates and "elsewhere" not in again[0].qualifier.extra
    gaz.scan("Kyiv")                                               # a shorter text asked between (actors do)
    assert text in gaz._scans and gaz.scan(text) == gaz._scan(text)


def test_a_piece_left_open_is_read_from_its_end_as_from_its_start():
    from flashpoint.extract.claims.sentences import _ends_open

    def from_start(span):  # as first written: every word of the piece
        toks = [t for t in span if not t.is_space]
        if not toks:
            return False
        k = len(toks) - 1
        while k > 0 and toks[k].text in ("”", "’", '"', "'", ")", "»"):
            k -= 1
        return toks[k].text not in (".", "!", "?", "…", ":", ";") and not toks[k].text.endswith(".")

    doc = ENGLISH('He said "we will win." ) shot down 31 of 38\n\n" ) Russian drones: (U.S.) »')
    for a in range(len(doc)):
        for b in range(a, len(doc) + 1):
            assert _ends_open(doc[a:b]) == from_start(doc[a:b]), doc[a:b].text


def test_a_sentences_attributions_are_the_same_asked_again():
    from flashpoint.extract.claims.attribution import according_to_all, reporting_outlets, told_outlets

    doc = ENGLISH("Troops left, according to a report released by the ministry, CNN reported. He told news agency AFP so.")
    sent = doc[:]
    first = [(s.via, s.text, s.start_char, s.end_char) for s in according_to_all(doc, sent) + reporting_outlets(doc, sent)]
    assert first and first == [(s.via, s.text, s.start_char, s.end_char)
                               for s in according_to_all(doc, sent) + reporting_outlets(doc, sent)]
    outlets = told_outlets(sent)
    assert outlets == ["AFP"] and outlets is not told_outlets(sent)
    outlets.clear()
    assert told_outlets(sent) == ["AFP"]                            # a caller's list is its own
    later = doc[3:]                                                 # the same words elsewhere: offsets of their own
    assert [s.start_char for s in reporting_outlets(doc, later)] == [s.start_char for s in reporting_outlets(doc, sent)]


def test_the_honorifics_read_from_the_orth_array_are_those_of_the_token_walk():
    from flashpoint.extract.claims.antecedents import _honorifics
    from flashpoint.extract.words import FEMALE_HONORIFICS, MALE_HONORIFICS

    def walked(doc):  # as first written: a Token per word
        found = {}
        for tok in doc[:-1]:
            word = tok.text.rstrip(".")
            g = "m" if word in MALE_HONORIFICS else "f" if word in FEMALE_HONORIFICS else None
            if g is None:
                continue
            k = tok.i + 1
            while k + 1 < len(doc) and doc[k + 1].text[:1].isupper() and doc[k + 1].is_alpha:
                k += 1
            surname = doc[k].text
            found[surname] = g if surname[:1].isupper() and found.get(surname, g) == g else ""
        return found

    for text in ("Mr Blair met Mrs Thatcher, Sir Alan Budd and Mr. Kilroy-Silk; Ms Thatcher left. Mr",
                 "Mrs Smith and Mr Smith came.", "", "Mr"):
        doc = spacy.blank("en")(text)
        assert _honorifics(doc) == walked(doc)
    assert _honorifics(spacy.blank("en")("Mrs Smith and Mr Smith came."))["Smith"] == ""


def test_a_remembered_gender_still_hears_what_a_pronoun_later_said_of_the_name():
    from flashpoint.extract.claims.speakers import Speaker, SpeakerResolver
    from flashpoint.records import ActorRef

    doc = spacy.blank("en")("Jane Doe spoke. The actress Kim Roe spoke too.")
    resolver = SpeakerResolver(doc)
    jane = Speaker(ActorRef(name="Jane Doe", code=None, text="Jane Doe"), "person", "mention")
    assert resolver._gender(jane) is None and resolver._gender(jane) is None
    resolver.pronoun_gender["Jane Doe"] = "f"                      # "... she said": hers from now on
    assert resolver._gender(jane) == "f" and resolver._gender(jane, reports=False) is None
    kim = Speaker(ActorRef(name="Kim Roe", code=None, text="The actress Kim Roe"), "person", "mention")
    assert resolver._gender(kim) == resolver._gender(kim) == "f"
