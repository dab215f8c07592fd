"""Who speaks a quote framed by a pronoun, on the kinds of passage fresh news showed wrong (task quo37): a person
brought in by an opening "For X," is whom the sentence is about, so the "he" of the quote after it is theirs, not
the last speaker's; two people coordinated as one subject ("Reddy and Hollis took ...") are a "they", so neither
alone takes a "he" from the speaker before them; a speaker named by a plural noun ("Critics fear ...") is no "he";
"Lord Harris" is a man whatever namesake the knowledge base links "Harris" to; a double-barrelled surname is the
speaker's whole name, not its second half; "the chairman of the Police Federation of England and Wales" is an unnamed
chairman, not a person called Wales; "the archbishop" is the one named "Archbishop Tutu" after "in Cuba,", not
Cuba. The sentences are written for these tests, not taken from the gold."""

from __future__ import annotations

from datetime import date

import pytest

from flashpoint.ingest import ArticleInput
from flashpoint.pipeline import extract_records

pytestmark = pytest.mark.slow


def speakers(nlp, text: str) -> dict[str, str | None]:
    """Quoted or reported words -> the speaker's name."""
    [rec] = extract_records(nlp, [ArticleInput(text=text, id="t", published=date(2005, 3, 1))])
    return {q.text: q.speaker.name if q.speaker else None for q in rec.quotes}


def test_an_opening_for_someone_brings_in_the_person_a_he_after_it_stands_for(nlp):
    text = ('"The budget is far too small," said Olav Brekke, a fisheries adviser. He believes the quotas were set '
            'badly. But for Daniel Ruskin, a marine biologist at Leeds University who has studied the fleet for years, '
            'the bigger danger is warming seas. "The cod are moving north whatever we do," he said.')
    found = speakers(nlp, text)
    assert found["The budget is far too small"] == "Olav Brekke"
    assert "Ruskin" in found["The cod are moving north whatever we do"]


def test_two_people_as_one_subject_leave_he_to_the_one_who_spoke(nlp):
    text = ('"We are ready for the new season," said Mark Hollis. The 40-year-old will again partner his teammates '
            'Tom Reddy and Sam Oyelaran. Reddy and Hollis took ten podiums between them last season, with Reddy '
            'finishing second. "It is a fantastic feeling to race at this level," he continued.')
    assert speakers(nlp, text)["It is a fantastic feeling to race at this level"] == "Mark Hollis"


def test_a_speaker_named_by_a_plural_noun_is_no_he_and_lord_makes_a_man(nlp):
    # "Harris" alone is a woman in the knowledge base in 2018; the article's "Lord Harris" is a man
    text = ('Critics fear the move could hand control of the police to single-issue campaigners. Lord Harris, who sits '
            'on the executive of the Association of Police Authorities, said the plans seemed unwise. "That is '
            'overturning nearly 200 years of policing," he said.')
    [rec] = extract_records(nlp, [ArticleInput(text=text, id="t", published=date(2018, 4, 1))])
    found = {q.text: q.speaker.name if q.speaker else None for q in rec.quotes}
    assert "Harris" in found["That is overturning nearly 200 years of policing"]


def test_a_double_barrelled_surname_the_recogniser_cut_in_half_is_kept_whole(nlp):
    text = ('Exteriors are varying shades of brick. "Colour packages were designed for this community alone," '
            'Green-Karol said. "The style looks a little like Charleston," said Sue Barusefski.')
    found = speakers(nlp, text)
    assert found["Colour packages were designed for this community alone"] == "Green-Karol"
    assert found["The style looks a little like Charleston"] == "Sue Barusefski"


def test_a_title_of_a_body_whose_name_ends_in_two_places_is_no_person_named_by_the_last(nlp):
    text = ('Responding to the plans, the chairman of the Police Federation of England and Wales, which represents '
            'rank and file officers, said it was essential that operational independence was kept.')
    [(words, name)] = [(w, n) for w, n in speakers(nlp, text).items() if "operational independence" in w]
    assert name is not None and "chairman" in name and "United Kingdom" not in name


def test_the_title_of_a_person_named_with_it_after_a_comma_is_that_person_not_the_place_before_the_comma(nlp):
    text = ('Archbishop Desmond Tutu has called for the release of the inmates. Referring to the detentions in Cuba, '
            'Archbishop Tutu told BBC News: "It is utterly unacceptable." On Tuesday Foreign Secretary Jack Straw told '
            'the Commons that the US had agreed to release the four. The archbishop added: "What is happening to '
            'those left behind?"')
    assert "Tutu" in speakers(nlp, text)["What is happening to those left behind?"]
