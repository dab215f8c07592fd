"""fp_case_boundaries: no sentence starts with a lower-case word in the middle of a line.

Why: wire copy puts a time word between subject and verb ("Robert Mugabe today accused ...",
"Israel Friday reimposed ..."), and the trained parser, which saw few such sentences, sometimes
ends the sentence before the verb, leaving the verb without its subject. English sentences in edited
news start with a capital, a digit or a quotation mark, so a lower-case word (or a weekday) right
after a word, with no full stop or line break between, is marked as not starting a sentence, which
the parser respects.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

SENTENCE_END_PUNCT = (".", "!", "?", ":", ";", "\"", "”", "’", "'", ")", "»", "…", "-", "–", "—")
# capitalised, but after a word and no full stop a time word, not a new sentence ("Israel Friday reimposed")
WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}


@Language.factory("fp_case_boundaries")
def make_case_boundaries(nlp: Language, name: str) -> "CaseBoundaries":
    return CaseBoundaries()


class CaseBoundaries:
    def __call__(self, doc: Doc) -> Doc:
        for i in range(1, len(doc)):
            tok = doc[i]
            if not (tok.text[:1].islower() or tok.text in WEEKDAYS) or tok.is_sent_start:
                continue  # a boundary set before (a line break) stands
            prev = doc[i - 1]
            if prev.is_space or prev.text.endswith(SENTENCE_END_PUNCT):
                continue
            tok.is_sent_start = False
        return doc
