"""Who speaks reported words, on the kinds of sentence fresh news showed wrong (task quo38): a verb of saying in a
clause that opens the sentence ("When the ministry announced ..., the minister said ...", "Although X admitted ...,
he insisted ...") reports only up to the comma that closes that clause, and the main clause after it is a report of
its own with its own speaker; a participle of saying that the parse hung on a noun after a preposition ("attacked the
plans for pensioners saying they needed ...", "called for restraint arguing that ...") reports the words of the
clause's subject, not of that noun; and the subject of a participle ("..., saying that ...") is found through the
verbs it hangs on ("pledged to make ... and defended ..."). The sentences are written for these tests, not taken
from the gold."""

from __future__ import annotations

import pytest

from tests.extract.quoting import reports, speaker_of

pytestmark = pytest.mark.slow


def test_a_report_in_an_opening_clause_stops_where_the_main_clause_begins(nlp):
    text = ("After the rebels said they had taken the town of Sirte, defence minister Omar Haddad said the army "
            "would strike back within days.")
    found = reports(nlp, text)
    assert not any("strike back" in t and "Sirte" in t for t, _ in found)
    assert "Haddad" in speaker_of(found, "the army would strike back")


def test_the_main_clause_after_an_opening_when_clause_is_its_own_speakers(nlp):
    text = ("When the ministry announced it had met its target for new teachers, Prime Minister Anna Lind said it was "
            "\"only the first step\".")
    found = reports(nlp, text)
    assert "Lind" in speaker_of(found, "only the first step")


def test_although_someone_admitted_then_insisted_gives_two_reports(nlp):
    text = ("Former coach Peter Vance has criticised the team. But although Vance admitted he was surprised by the "
            "defeat, he insisted the players were \"no longer good enough\".")
    found = reports(nlp, text)
    assert "Vance" in speaker_of(found, "no longer good enough")
    assert not any("surprised" in t and "no longer" in t for t, _ in found)


def test_an_opening_participle_of_saying_is_the_main_clause_subjects(nlp):
    text = ("While acknowledging that \"the old rules served the state well,\" Attorney General Mark Oden said it was "
            "time for a change.")
    found = reports(nlp, text)
    assert "Oden" in speaker_of(found, "served the state well")
    assert "Oden" in speaker_of(found, "time for a change")


def test_a_participle_of_saying_on_a_noun_after_a_preposition_is_the_subjects(nlp):
    text = ("Green Party leader Roger Hale attacked the plans for pensioners saying they needed \"more money and "
            "more dignity\".")
    assert "Hale" in speaker_of(reports(nlp, text), "more money and")


def test_a_participle_of_saying_after_coordinated_verbs_is_the_first_subjects(nlp):
    text = ("President Omar Haddad, trying to mend relations with his neighbours, pledged on Sunday to make a fresh "
            "push for trade talks and defended the border closure, saying that \"history will prove it right.\"")
    assert "Haddad" in speaker_of(reports(nlp, text), "history will prove it right")
