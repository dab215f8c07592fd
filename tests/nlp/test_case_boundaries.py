"""fp_case_boundaries: no sentence starts with a lower-case word (or a weekday, or the surname He) in mid-line."""

from __future__ import annotations

import spacy

import flashpoint.nlp.case_boundaries  # noqa: F401  (registers the factory)


def not_starts(text: str) -> list[str]:
    nlp = spacy.blank("en")
    nlp.add_pipe("fp_case_boundaries")
    return [t.text for t in nlp(text) if t.is_sent_start is False]


def test_a_time_word_between_subject_and_verb_keeps_the_sentence_whole():
    assert "accused" in not_starts("Robert Mugabe today accused the United States.")
    assert "Friday" in not_starts("Israel Friday reimposed blockades.")


def test_a_word_after_a_full_stop_or_a_line_break_is_left_to_the_parser():
    marked = not_starts("The talks ended. then nothing.\nafter that, silence.")
    assert "then" not in marked and "after" not in marked


def test_the_parser_gives_the_verb_its_subject(nlp):
    doc = nlp("Zimbabwean Prime Minister Robert Mugabe today accused the United States of blackmail.")
    assert len([s for s in doc.sents if s.text.strip()]) == 1
    accused = next(t for t in doc if t.text == "accused")
    assert any(c.dep_.startswith("nsubj") for c in accused.children)


def test_the_surname_he_after_a_title_keeps_the_sentence_whole():
    assert "He" in not_starts("He will meet Chinese Vice Premier He Lifeng in Geneva.")
    # the pronoun after a full stop, or before a lower-case word, is left alone
    assert not_starts("The minister left. He Lifeng stayed.").count("He") == 0
    assert "He" not in not_starts("They met and He said so.")


def test_a_title_and_the_surname_he_make_one_person(nlp):
    doc = nlp("Treasury Secretary Scott Bessent will meet Chinese Vice Premier He Lifeng in Geneva next week.")
    assert "Chinese Vice Premier He Lifeng" in {m.text for m in doc._.fp_actor_mentions}
    doc = nlp("China protested on Friday. Commerce ministry spokeswoman He Yadong said the tariffs broke the rules.")
    says = [e for e in doc._.fp_events if e.code == "010"]
    assert says and says[-1].source.text == "ministry spokeswoman He Yadong", says


def test_a_capitalised_word_after_another_continues_the_sentence():
    assert "Eduardo" in not_starts("Floods killed 30.\n\nGovernor Eduardo Leite said it was a disaster.")
    assert "Lula" in not_starts("President Luiz Inacio Lula da Silva flew over the area.")
    assert "Dem" in not_starts("The vote was close, Lib Dem leader Charles Kennedy said.")
    # after a full stop, or a line break, a capitalised word may open a sentence
    assert "Governor" not in not_starts("It rained. Governor Leite spoke.")
    # a name after a lower-case word is left to the parser
    assert "Tirith" not in not_starts("They will restore ties with Minas Tirith border police.")


def test_a_title_and_the_name_after_it_make_one_person_at_a_paragraph_start(nlp):
    doc = nlp("Heavy rains in the southern Brazilian state of Rio Grande do Sul have killed at least 30 people, "
              "the state's civil defence agency said.\n\n"
              "Governor Eduardo Leite said the region was facing \"the worst disaster in its history\".")
    assert "Governor Eduardo Leite" in {m.text for m in doc._.fp_actor_mentions}
