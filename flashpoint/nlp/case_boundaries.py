"""fp_case_boundaries: no sentence starts with a lower-case word in the middle of a line.

Why: wire copy puts a time word between subject and verb ("Robert Mugabe today accused ...",
"Israel Friday reimposed ..."), and the trained parser, which saw few such sentences, sometimes
ends the sentence before the verb, leaving the verb without its subject. English sentences in edited
news start with a capital, a digit or a quotation mark, so a lower-case word (or a weekday) right
after a word, with no full stop or line break between, is marked as not starting a sentence, which
the parser respects. So is "He" between a word and a capitalised one: the Chinese surname ("Vice
Premier He Lifeng"), which the parser took for the pronoun opening a sentence, and a capitalised word
right after another in a run that opens a clause ("Governor Eduardo Leite said", "President Luiz
Inacio Lula da Silva flew", "Lib Dem leader Charles Kennedy"), where the parser had ended a sentence
after the title or inside the name (about one sentence in 150 of BBC politics). Works on the Doc's
attribute arrays: it runs on every token of every article.
"""

from __future__ import annotations

import numpy
from spacy.attrs import IS_LOWER, IS_PUNCT, IS_SPACE, IS_TITLE, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from flashpoint.nlp.calendar import WEEKDAY_NAMES
from flashpoint.settings import component_defaults

SENTENCE_END_PUNCT = (".", "!", "?", ":", ";", "\"", "”", "’", "'", ")", "»", "…", "-", "–", "—")


@Language.factory("fp_case_boundaries", assigns=["token.is_sent_start"],
                  default_config=component_defaults("fp_case_boundaries"))
def make_case_boundaries(nlp: Language, name: str) -> "CaseBoundaries":
    return CaseBoundaries(nlp)


class CaseBoundaries:
    def __init__(self, nlp: Language):
        strings = nlp.vocab.strings
        # capitalised, but after a word and no full stop a time word, not a new sentence ("Israel Friday reimposed")
        self.weekdays = numpy.array([strings.add(w) for w in WEEKDAY_NAMES], dtype="uint64")
        self.surname_he = strings.add("He")

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) < 2:
            return doc
        arr = doc.to_array([ORTH, IS_LOWER, IS_SPACE, IS_TITLE, IS_PUNCT])
        orth, lower, space, title = arr[:, 0], arr[:, 1].astype(bool), arr[:, 2].astype(bool), arr[:, 3].astype(bool)
        punct = arr[:, 4].astype(bool)
        start = doc.to_array(SENT_START).astype("int64")  # 1 start, -1 not a start, 0 unknown (uint64 raw)
        surname = numpy.zeros(len(doc), dtype=bool)
        surname[:-1] = (orth[:-1] == self.surname_he) & title[1:]
        in_name = self.inside_names(title, space, punct)
        candidate = (lower | numpy.isin(orth, self.weekdays) | surname | in_name)[1:] & (start[1:] != 1) & ~space[:-1]
        idx = numpy.nonzero(candidate)[0] + 1
        if not len(idx):
            return doc
        strings = doc.vocab.strings
        ends = {o for o in set(orth[idx - 1].tolist()) if strings[o].endswith(SENTENCE_END_PUNCT)}
        changed = False
        for i in idx.tolist():
            if int(orth[i - 1]) not in ends:
                start[i] = -1     # not a sentence start
                changed = True
        if changed:
            doc.from_array([SENT_START], start.reshape(-1, 1).astype("uint64"))
        return doc

    @staticmethod
    def inside_names(title, space, punct):
        """The capitalised words after the first of a run of them that opens a clause: at the text's start or
        after a line break or a punctuation mark ("Governor Eduardo Leite said", ", Professor Chris Woodhead,").
        A run after a lower-case word ("ties with Minas Tirith") is left to the parser, which does not split
        those and whose parse only moves when told more."""
        n = len(title)
        first = title.copy()
        first[1:] &= ~title[:-1]                       # each run's first word
        opens = first.copy()
        opens[1:] &= space[:-1] | punct[:-1]           # ... where the run opens a clause
        run = numpy.cumsum(first)                      # run number of every word (0 before the first run)
        opening = numpy.zeros(int(run[-1]) + 1 if n else 1, dtype=bool)
        opening[run[first]] = opens[first]
        inside = numpy.zeros(n, dtype=bool)
        inside[1:] = title[1:] & title[:-1]
        return inside & opening[run]
