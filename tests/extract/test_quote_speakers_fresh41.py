"""Who speaks a quote, on the kinds of sentence fresh BBC news of 2004-2005 showed wrong (task quo41):

- a sentence whose parse made a name the root and hung its verbs on it ("Ms Vale, 44, left the club in May and
  vowed: “...”"): the name speaks, not the words of the first verb's clause;
- a verb of saying that a request governs ("he urged the minister to admit ...", "called on the board to say ..."):
  the one asked has said nothing, so the words, and the quotes running on after them, are the asker's;
- a "he said" after a quote in which someone speaks in the first person of a person by name ("“I told Tom ... it's
  Tom's choice,” he said"): the pronoun stands for someone else in reach, not for the person the quote speaks of;
- a headline's quoted claim ("Farmers 'to lose subsidies'") whose lead reports who claims it ("..., a union has
  warned"): a reported quote of the lead's speaker; a quoted name or word in a headline ("Acme unveils 'Zip mini'")
  is no one's claim, nor is a claim whose lead reports nobody;
- a verb of saying the parse joined to an infinitive inside what was said ("The agency said there was no plan to
  raise the fee and stressed that ..."): the speaker of the verb of saying above them;
- "It added that ..." after a sentence about a body and "their members": a plural common noun is no "it";
- a quote framed twice ('X said: "...," he said'): the words before "he said" are X's frame and quote, not a report
  of whoever "he" is.

The sentences are written for these tests, not taken from the gold or the fresh sets."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.quoting import reports, speaker_of

pytestmark = pytest.mark.slow
PUBLISHED = date(2005, 2, 1)


def test_a_name_the_parse_made_the_root_speaks_for_its_coordinated_verb(nlp):
    text = ('Rovers are set to name Tom Hale as their manager on Friday. Hale, 51, quit his post at Dale Park on '
            '3 March and vowed: "I will not go to a rival club - no way."')
    assert "Hale" in speaker_of(reports(nlp, text, PUBLISHED), "I will not go to a rival club")


def test_words_a_request_asks_someone_to_say_are_the_askers(nlp):
    text = ('The opposition leader Mark Dunlop attacked the budget on Tuesday. He urged the finance minister to '
            'admit he had pushed "thousands of families into debt" with his new taxes. "We can all see the tricks '
            'in this budget, and voters will see them too."')
    found = reports(nlp, text, PUBLISHED)
    assert "Dunlop" in speaker_of(found, "We can all see the tricks")
    assert "minister" not in (speaker_of(found, "thousands of families into debt") or "")


def test_a_he_after_a_quote_that_speaks_of_a_person_by_name_is_someone_else(nlp):
    text = ('Club owner Frank Bellamy said he was upset by the move. According to Bellamy, coach Tom Rigby promised '
            'he would never join a rival. "I said to Tom \'please stay\', and he told me \'of course\'," he said. '
            '"It is Tom\'s life and his decision."')
    found = reports(nlp, text, PUBLISHED)
    assert "Bellamy" in speaker_of(found, "I said to Tom")


def test_a_headlines_quoted_claim_is_the_leads_speakers(nlp):
    text = ("Farmers 'to lose subsidies'\n\nThousands of hill farmers will lose their subsidies under new rules, "
            "a farming union has warned.\n\nThe rules come into force in May.")
    found = reports(nlp, text, PUBLISHED)
    assert "union" in (speaker_of(found, "to lose subsidies") or "")


def test_a_quoted_name_in_a_headline_or_a_lead_that_reports_nobody_makes_no_quote(nlp):
    text = ("Acme unveils 'Zip mini' and 'will double sales'\n\nAcme has shown a small new music player in San "
            "Francisco.\n\nIt goes on sale in May.")
    found = reports(nlp, text, PUBLISHED)
    assert not any("Zip mini" in t or "double sales" in t for t, _ in found)


def test_a_verb_of_saying_joined_to_an_infinitive_inside_a_report_is_the_reporters(nlp):
    text = ("The agency said there was no plan among its members to raise the fee and stressed that help was "
            "available to small firms.")
    assert "agency" in (speaker_of(reports(nlp, text, PUBLISHED), "help was available to small firms") or "")


def test_a_plural_common_noun_is_no_it(nlp):
    # (the recogniser reads "Christian Aid" as a person's name, so no body stands before "it" but the workers)
    text = ("Christian Aid has called on British firms to look after their workers. "
            "It added that many sacked workers could end up in far worse jobs.")
    assert "workers" not in (speaker_of(reports(nlp, text, PUBLISHED), "many sacked workers could end up") or "")


def test_a_quote_framed_twice_is_no_report_of_its_first_frame(nlp):
    text = ('Tory leader Mark Dunlop spoke on Monday. Shadow health secretary Ann Price said: "Everyone who works in '
            'a hospital says there is a crisis," he said. "It will get worse."')
    found = reports(nlp, text, PUBLISHED)
    assert not any("Ann Price said" in t for t, _ in found)
    assert "Price" in speaker_of(found, "Everyone who works in a hospital")
