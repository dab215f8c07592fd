"""fp_sentence_cap: bound sentence length before the parser runs.

Why: tables, lists and unpunctuated dumps make "sentences" of thousands of tokens; the parser's
cost and memory grow with them and their parses are worthless. Marking a boundary every
`max_tokens` tokens (the parser keeps preset boundaries) caps both. Documented in README RELIABILITY.
"""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc

from flashpoint.settings import component_defaults

SENTENCE_END = {".", "!", "?", "\n\n"}


@Language.factory("fp_sentence_cap", assigns=["token.is_sent_start"], default_config=component_defaults("fp_sentence_cap"))
def make_sentence_cap(nlp: Language, name: str, max_tokens: int) -> "SentenceCap":
    return SentenceCap(max_tokens)


class SentenceCap:
    def __init__(self, max_tokens: int):
        self.max_tokens = max_tokens

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) <= self.max_tokens:
            return doc  # no sentence can be longer than the cap
        # the words' ends read from the ORTH array (a Token object per word was most of the cost); a word's
        # trailing whitespace is at most one space, so "\n\n" in its text_with_ws is "\n\n" in its text
        strings = doc.vocab.strings
        orth = doc.to_array(ORTH).tolist()
        ends = {h: (t := strings[h]) in SENTENCE_END or "\n\n" in t for h in set(orth)}
        run = 0
        for i, h in enumerate(orth):
            if run >= self.max_tokens:
                doc[i].is_sent_start = True
                run = 0
            run += 1
            if ends[h]:
                run = 0
        return doc
