"""Where the quoted words are: pairs of quotation marks in raw text, however they are typed.

News text mixes straight quotes ("), curly quotes (“ ”), guillemets and the Nordic habit of ”
on both sides; spacing is unreliable (', ”a spokesman said': a closing mark glued to the next
word). The scanner keeps one open quote at a time and decides from the mark's shape first and
its spacing second; a quote still open at a paragraph break ends there (the newspaper
convention for quotes running over paragraphs reopens the next paragraph with a new mark). Single curly
marks (‘...’, the British house style) quote too, outside double marks only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from flashpoint.extract.words import ALWAYS_SAYING_FORMS

OPENERS = {"“", "«", "„"}
CLOSERS = {"”", "»"}
NEUTRAL = {'"'}
MARKS = OPENERS | CLOSERS | NEUTRAL
# The British house style quotes with single curly marks (‘...,’ said Van Boxtel); its closing mark is also the
# apostrophe ("What’s", "the players’ union"), so single marks count only outside a double-quoted stretch
SINGLE_OPENER, SINGLE_CLOSER = "‘", "’"
# Typed with a straight mark ('We are ready,' said Thomas.'We are always training.'), a single mark is also the
# apostrophe, so it quotes only when it opens before a capital and closes after a statement's punctuation
STRAIGHT_SINGLE = "'"
MARK_RE = re.compile(r"[\"“”«»„‘’']|\n")
SENTENCE_PUNCT = (".", "!", "?", "…")
# A frame after a comma, inside a quote that lost its closing mark, closing its sentence: inverted (", said Monahan.",
# ", added the chief, a former officer.") or the speaker first (", Monahan said.", ", police said.", ", he added."); with a
# verb that is one of saying wherever it stands. Words of the quote that only tell of saying (", and he said no.",
# ", we said.") are neither.
_SAY = "(?:" + "|".join(sorted(ALWAYS_SAYING_FORMS)) + ")"
LOST_FRAME = re.compile(rf",\s+(?:{_SAY}\s+(?:[A-Z][\w.'’-]*|the|a|an)\b[^.!?;:\"“”\n]{{0,60}}?"
                        rf"|(?!(?:and|but|or|so|then|I|we|you)\b)[\w.'’-]+(?:\s+[\w.'’-]+){{0,5}}?"
                        rf"\s+{_SAY})[.!?](?=\s|$)")


@dataclass
class QuoteSpan:
    open: int                 # index of the opening mark
    close: int | None         # index of the closing mark; None when the paragraph ended the quote
    start: int                # first character of the quoted words
    end: int                  # one past the last character of the quoted words

    def text(self, doc_text: str) -> str:
        return doc_text[self.start:self.end]

    @property
    def outer_end(self) -> int:
        return self.close + 1 if self.close is not None else self.end


def _looks_closing(text: str, i: int) -> bool:
    """A mark after a word or punctuation and before a space, punctuation or the end closes."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and (after.isspace() or not after.isalnum())


def _looks_opening(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([—–-:") and not after.isspace()


def quote_spans(text: str) -> list[QuoteSpan]:
    """Every quoted stretch of ``text`` in order (words between the marks, whitespace trimmed)."""
    spans: list[QuoteSpan] = []
    open_at: int | None = None
    single = False  # the open stretch was opened by ‘
    for m in MARK_RE.finditer(text):
        i, ch = m.start(), m.group()
        if ch == "\n":
            if open_at is not None and text[open_at + 1:i].strip() and text[open_at] != STRAIGHT_SINGLE:
                spans.append(_span(text, open_at, None, i))
            open_at = None  # a straight mark nothing closed was an apostrophe ('90s, 'Tis)
            continue
        if ch == STRAIGHT_SINGLE:
            if open_at is None and _straight_opens(text, i):
                open_at, single = i, True
            elif open_at is not None and text[open_at] == STRAIGHT_SINGLE:
                if _straight_closes(text, i):
                    spans.append(_span(text, open_at, i, i))
                    open_at = None
                elif text[i - 1:i].isalpha() and not text[i + 1:i + 2].isalnum() and not _possessive(text, i):
                    open_at = None  # 'Show Camp' in Sudan: a name or scare quote, no statement
            continue
        if ch in (SINGLE_OPENER, SINGLE_CLOSER):
            if open_at is None and ch == SINGLE_OPENER and _looks_opening(text, i) and not _looks_closing(text, i):
                open_at, single = i, True
            elif open_at is not None and single and ch == SINGLE_OPENER and _looks_opening(text, i) \
                    and text[open_at + 1:i].rstrip().endswith(SENTENCE_PUNCT):
                spans.append(_span(text, open_at, None, i))  # ‘... chain. ‘It’s: the paragraph break was lost
                open_at = i
            elif open_at is not None and single and ch == SINGLE_CLOSER and _looks_closing(text, i) \
                    and not _possessive(text, i):
                spans.append(_span(text, open_at, i, i))
                open_at = None
            continue  # inside double marks a single mark is a quote within the quote, or an apostrophe
        if open_at is not None and single:
            continue  # ‘He said “no” to me’: a quote within the quote
        if open_at is None:
            if ch in CLOSERS and _looks_closing(text, i) and not _looks_opening(text, i):
                continue  # a stray closer (the end of a quote that began before the text)
            if ch in NEUTRAL and _looks_closing(text, i) and not _looks_opening(text, i):
                continue
            open_at, single = i, False
            continue
        # a quote is open: an opener-shaped mark with space before it and a word after it, when the
        # open quote already holds a full sentence, starts a new quote (the old one lost its closer,
        # or a copy lost the paragraph break of a quote running over paragraphs: `...chain. "It's`)
        if ch in OPENERS | NEUTRAL and _looks_opening(text, i) and not _looks_closing(text, i) \
                and text[open_at + 1:i].rstrip().rstrip("'’").endswith(SENTENCE_PUNCT):
            # (a sentence may end inside a quote of its own: `... say 'wow - that's interesting.' "My ...`)
            spans.append(_lost_closer(text, open_at, i))
            open_at = i
            continue
        # ... and when the open quote's words end in a word of no punctuation, where no closing mark stands
        # (closing marks follow what was said: a comma, a full stop, or the last word glued to them), the
        # old quote lost its closer too: `“The suspect took a stance, said Monahan. ... holding a “pipe with`,
        # `... a day by day thing. Read More "He didn't`
        if ch in OPENERS | NEUTRAL and _looks_opening(text, i) and not _looks_closing(text, i) \
                and text[i - 2:i - 1].isalnum() and text[i + 1:i + 2].isalpha():
            spans.append(_lost_closer(text, open_at, i, sentence=True))
            open_at = i
            continue
        spans.append(_span(text, open_at, i, i))
        open_at = None
    if open_at is not None and text[open_at + 1:].strip() and text[open_at] != STRAIGHT_SINGLE:
        spans.append(_span(text, open_at, None, len(text)))
    return [s for s in spans if s.end > s.start]


def _straight_opens(text: str, i: int) -> bool:
    """A straight single mark that opens a quote: before a capital, after a space, a bracket or a dash, or glued to
    the full stop of a frame whose space was lost ("he says.'But we ...")."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1:i + 2]
    if not (after.isalpha() and after.isupper() and (before.isspace() or before in "([—–-:" or
                                                     (before in ".!?" and text[i - 2:i - 1].isalpha()))):
        return False
    # only when a closing mark follows in the paragraph before any double mark: an opening that nothing closes
    # ("'Tis the season") must not hide the double-quoted words after it
    end = text.find("\n", i)
    end = len(text) if end < 0 else end
    for k in range(i + 1, end):
        if text[k] in "\"“”«»„":
            return False
        if text[k] == STRAIGHT_SINGLE and _straight_closes(text, k):
            return True
    return False


def _straight_closes(text: str, i: int) -> bool:
    """A straight single mark that closes a quote: right after the punctuation that ends what was said, and before
    a space, punctuation, the end or (the space lost) the frame's first word."""
    after = text[i + 1:i + 2]
    return text[i - 1:i] in (",", ".", "!", "?", "…") and (not after or not after.isalnum() or after.isalpha())


def _possessive(text: str, i: int) -> bool:
    """’ after a plural's s and before a lower-case word, with another ’ later in the paragraph: an apostrophe
    ("the players’ union said ...’"), not the closing mark."""
    after = text[i + 1:i + 3]
    rest = text[i + 1:text.find("\n", i) if "\n" in text[i:] else len(text)]
    return text[i - 1:i] == "s" and after[:1] == " " and after[1:2].islower() and text[i] in rest


def _lost_closer(text: str, open_at: int, i: int, sentence: bool = False) -> QuoteSpan:
    """The quote opened at ``open_at`` that another opening mark at ``i`` shows lost its closing mark: it ends
    before its own frame when one follows a comma inside it (`“The suspect took a stance, said Monahan. Four
    officers fired`: the words before ", said Monahan"); else, with ``sentence``, at its last full stop (the words
    after it are the writer's or a web page's: "Read More"); else at the new mark."""
    inner = text[open_at + 1:i]
    frame = LOST_FRAME.search(inner)
    if frame is not None:
        comma = open_at + 1 + frame.start()
        return _span(text, open_at, comma + 1, comma + 1)
    if sentence:
        stop = max(inner.rfind(p + " ") for p in SENTENCE_PUNCT)
        if stop > 0:
            return _span(text, open_at, None, open_at + 1 + stop + 1)
    return _span(text, open_at, None, i)


def _span(text: str, open_at: int, close: int | None, end: int) -> QuoteSpan:
    start = open_at + 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return QuoteSpan(open=open_at, close=close, start=start, end=end)


def is_fragment(text: str, span: QuoteSpan) -> bool:
    """A few quoted words inside a sentence of the writer's ("would move its troops “on its own
    territory” the way it wanted", scare quotes), as opposed to a quoted statement."""
    words = text[span.start:span.end].split()
    if not words:
        return True
    before = text[:span.open].rstrip()
    first = words[0].lstrip("'‘(")
    embedded = bool(before) and before[-1].isalnum() and not before.endswith(("said", "says", "told", "added"))
    if len(words) < 4:  # “Enough is enough,” Khan wrote: short, but its own punctuation closes a statement;
        # `talks with Israel "without conditions," an envoy said`: a few words inside the writer's sentence
        return not words[-1].endswith((",", ".", "!", "?", "…")) or (embedded and first[:1].islower())
    return embedded and first[:1].islower()
