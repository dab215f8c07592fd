"""fp_case_boundaries: no sentence starts with a lower-case word in the middle of a line.

Why: wire copy puts a time word between subject and verb ("Robert Mugabe today accused ...",
"Israel Friday reimposed ..."), and the trained parser, which saw few such sentences, sometimes
ends the sentence before the verb, leaving the verb without its subject. English sentences in edited
news start with a capital, a digit or a quotation mark, so a lower-case word (or a weekday) right
after a word, with no full stop or line break between, is marked as not starting a sentence, which
the parser respects. So is "He" between a word and a capitalised one: the Chinese surname ("Vice
Premier He Lifeng"), which the parser took for the pronoun opening a sentence. Works on the Doc's
attribute arrays: it runs on every token of every article.
"""

from __future__ import annotations

import numpy
from spacy.attrs import IS_LOWER, IS_SPACE, IS_TITLE, ORTH, SENT_START
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
        arr = doc.to_array([ORTH, IS_LOWER, IS_SPACE, IS_TITLE])
        orth, lower, space, title = arr[:, 0], arr[:, 1].astype(bool), arr[:, 2].astype(bool), arr[:, 3].astype(bool)
        start = doc.to_array(SENT_START).astype("int64")  # 1 start, -1 not a start, 0 unknown (uint64 raw)
        surname = numpy.zeros(len(doc), dtype=bool)
        surname[:-1] = (orth[:-1] == self.surname_he) & title[1:]
        candidate = (lower | numpy.isin(orth, self.weekdays) | surname)[1:] & (start[1:] != 1) & ~space[:-1]
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
