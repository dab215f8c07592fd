"""fp_paragraphs: a line break that ends a headline or a paragraph ends the sentence, before the parser runs.

Why: the trained parser splits sentences on punctuation it has seen in treebanks, which rarely hold
headlines or blank lines, so it ran a headline into the first sentence of the body ("Israel strikes
Rafah - at least 35 killed ... the ministry said on Monday.") and one paragraph into the next. Every
later step reads sentences: an event's date, its claimant ("according to ..." from the next
paragraph) and its evidence all crossed the break. The parser keeps boundaries set before it.

A line break ends a sentence after a blank line, after the first line of the text (the headline) unless the
next line goes on in lower case, or after a line ending in sentence punctuation. A single break in
mid-sentence (hard-wrapped text) does not.

A dateline that opens a line ends like a headline: the story's first word after its closing mark starts a
sentence ("BOGOTA, March 14 (AP) - Colombian soldiers clashed ..."). Run into the sentence, the dateline
became its subject's modifier or its agency the subject ("AP ... clashed": a news agency fighting rebels).
What a dateline is, is nlp/datelines.py's to say.
"""

from __future__ import annotations

import bisect

import numpy
from spacy.attrs import IDX, IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc

from flashpoint.nlp.datelines import story_openings
from flashpoint.settings import component_defaults

LINE_END_PUNCT = (".", "!", "?", ":", "\"", "”", "’", "'", ")", "»")


@Language.factory("fp_paragraphs", assigns=["token.is_sent_start"], default_config=component_defaults("fp_paragraphs"))
def make_paragraph_breaks(nlp: Language, name: str) -> "ParagraphBreaks":
    return ParagraphBreaks()


class ParagraphBreaks:
    def __call__(self, doc: Doc) -> Doc:
        # spaCy keeps every whitespace but a single space as a token of its own, so line breaks are
        # space tokens ("\n", "\n\n", "\n \n"); only those are visited
        space = doc.to_array(IS_SPACE).astype(bool)
        n = len(doc)
        first_line = True
        for i in numpy.nonzero(space)[0].tolist():
            tok = doc[i]
            if "\n" not in tok.text:
                continue
            j = i - 1
            while j >= 0 and space[j]:
                j -= 1
            k = i + 1
            while k < n and space[k]:
                k += 1
            if k >= n:
                break
            before, after = (doc[j] if j >= 0 else None), doc[k]
            headline = first_line and not after.text[:1].islower()  # not a hard-wrapped first sentence
            if before is not None and (headline or tok.text.count("\n") >= 2 or before.text.endswith(LINE_END_PUNCT)):
                after.is_sent_start = True
            first_line = first_line and before is None
        self._after_datelines(doc)
        return doc

    @staticmethod
    def _after_datelines(doc: Doc) -> None:
        openings = story_openings(doc.text)
        if not openings:
            return
        starts = doc.to_array(IDX).tolist()
        for _, story in openings:
            k = bisect.bisect_left(starts, story)
            if 0 < k < len(doc) and starts[k] == story and not doc[k].text[:1].islower():
                doc[k].is_sent_start = True
