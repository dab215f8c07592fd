"""fp_quote_boundaries: a quotation mark goes with the sentence it belongs to.

Why: the trained parser, which saw few quote-heavy news paragraphs, often ends a sentence after the
opening mark of the next one ('... to work with. "' | 'The thing about Cyril was ...') or starts one
with the closing mark of the last ('"' | 'One of the last comedians ...'). The reported clause before
then runs into the next quote, and the quote's frame is looked for in the wrong sentence. A mark's
side is told by its spaces: an opening mark has a space before it and none after ('. "The'), a
closing one none before and a space after ('him." One'); curly marks say it themselves. So, before
the parser runs: the word after an opening mark never starts a sentence, nor does a closing mark;
an opening mark after a sentence's end (or a line break) starts one, and so does the word after a
closing mark that ends a sentence ('him." One'). A mark with spaces on both sides (AG News's
'"old fashioned " and') is left alone. Only quotation-mark tokens are visited.
"""

from __future__ import annotations

import numpy
from spacy.attrs import ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from flashpoint.settings import component_defaults

OPENING = {"“", "«", "„"}
CLOSING = {"”", "»"}
NEUTRAL = {'"'}
FINAL = {".", "!", "?", "…"}


@Language.factory("fp_quote_boundaries", assigns=["token.is_sent_start"],
                  default_config=component_defaults("fp_quote_boundaries"))
def make_quote_boundaries(nlp: Language, name: str) -> "QuoteBoundaries":
    return QuoteBoundaries(nlp)


class QuoteBoundaries:
    def __init__(self, nlp: Language):
        self.marks = numpy.array([nlp.vocab.strings.add(m) for m in OPENING | CLOSING | NEUTRAL], dtype="uint64")

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) < 3:
            return doc
        idx = numpy.nonzero(numpy.isin(doc.to_array(ORTH), self.marks))[0]
        if not len(idx):
            return doc
        start = doc.to_array(SENT_START).astype("int64")  # 1 start, -1 not a start, 0 unknown
        before = start.copy()
        n = len(doc)
        for i in idx.tolist():
            tok = doc[i]
            prev = doc[i - 1] if i > 0 else None
            spaced_before = prev is None or prev.is_space or bool(prev.whitespace_)
            spaced_after = bool(tok.whitespace_) or i + 1 == n or doc[i + 1].is_space
            opening = tok.text in OPENING or (tok.text in NEUTRAL and spaced_before and not spaced_after)
            closing = tok.text in CLOSING or (tok.text in NEUTRAL and not spaced_before and spaced_after)
            if opening and i + 1 < n and not doc[i + 1].is_space:
                start[i + 1] = -1
                if prev is None or prev.is_space or prev.text in FINAL or (prev.text in CLOSING | NEUTRAL and i > 1 and
                                                                           doc[i - 2].text in FINAL):
                    start[i] = 1
            elif closing and i > 0:
                start[i] = -1
                nxt = doc[i + 1] if i + 1 < n else None
                if prev.text in FINAL and nxt is not None and not nxt.is_space and start[i + 1] == 0 and \
                        (nxt.text[:1].isupper() or nxt.text in OPENING | NEUTRAL):
                    start[i + 1] = 1
        if (start != before).any():
            doc.from_array([SENT_START], start.reshape(-1, 1).astype("uint64"))
        return doc
