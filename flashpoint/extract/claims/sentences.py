"""Sentences as the claim readers need them, robust to a quick model's sentence splitter.

A parser trained on web text sometimes ends a sentence at a closing quote or a comma
('“frank and useful” | , a spokesman told ...'). A real sentence never opens with a comma or a
lowercase word, so ``reading_sentences`` glues such pieces back onto the sentence before them;
quotes and figures look for speakers and claimants in these.
"""

from __future__ import annotations

import weakref

from spacy.tokens import Doc, Span, Token

from flashpoint.extract.base import doc_text

# The last document's sentences: the components ask for them per quote and per number.
_last: tuple[weakref.ref, int, list[Span]] | None = None


def token_at(doc: Doc, char: int) -> Token | None:
    """The token holding ``char``, else the first one after it."""
    lo, hi = 0, len(doc)
    while lo < hi:  # binary search over token offsets
        mid = (lo + hi) // 2
        if doc[mid].idx <= char:
            lo = mid + 1
        else:
            hi = mid
    k = lo - 1
    if k >= 0 and doc[k].idx + len(doc[k]) > char:
        return doc[k]
    return doc[k + 1] if k + 1 < len(doc) else None


def _opens_badly(span: Span) -> bool:
    first = next((t for t in span if not t.is_space), None)
    if first is None:
        return True
    if first.text in (",", ";", ":", ")", "”", "’", "»") or first.text[:1] in ("-", "–", "—") and len(first) == 1:
        return True
    return first.is_alpha and first.text[:1].islower() and first.lower_ not in ("iphone",)


def _ends_open(span: Span) -> bool:
    """A piece that stops without a sentence-final mark ("... shot down 31 of 38 | Russian drones")."""
    last = None
    for t in reversed(span):    # its last word before closing quotes and brackets (read from the end)
        if not t.is_space:
            last = t
            if t.text not in ("”", "’", '"', "'", ")", "»"):
                break
    if last is None:
        return False
    return last.text not in (".", "!", "?", "…", ":", ";") and not last.text.endswith(".")


def reading_sentences(doc: Doc) -> list[Span]:
    """The parser's sentences, with pieces that cannot start a sentence (a comma, a lowercase word)
    or that follow one left open (no final mark) merged into the one before; never across a line
    break, so headlines and paragraphs stay apart."""
    global _last
    if _last is not None and _last[0]() is doc and _last[1] == len(doc):
        return _last[2]
    out = _merge(doc)
    _last = (weakref.ref(doc), len(doc), out)
    return out


def _merge(doc: Doc) -> list[Span]:
    try:
        sents = list(doc.sents)
    except ValueError:  # no sentence boundaries: the whole text
        return [doc[:]] if len(doc) else []
    out: list[Span] = []
    for s in sents:
        if out and (_opens_badly(s) or _ends_open(out[-1])) and "\n" not in doc_text(doc)[out[-1].end_char:s.start_char + 1] \
                and not any(t.is_space and "\n" in t.text for t in s[:1]) and "\n" not in out[-1][-1:].text:
            out[-1] = doc[out[-1].start:s.end]
        else:
            out.append(s)
    return out


def sentence_index_of(doc: Doc, sents: list[Span], token_i: int) -> int:
    lo, hi = 0, len(sents)
    while lo < hi:
        mid = (lo + hi) // 2
        if sents[mid].start <= token_i:
            lo = mid + 1
        else:
            hi = mid
    return max(0, lo - 1)


def sentence_of_char(doc: Doc, char: int, sents: list[Span] | None = None) -> Span | None:
    tok = token_at(doc, char)
    if tok is None:
        return None
    sents = sents if sents is not None else reading_sentences(doc)
    if not sents:
        return None
    return sents[sentence_index_of(doc, sents, tok.i)]


def sentence_of_token(tok: Token, sents: list[Span] | None = None) -> Span:
    sents = sents if sents is not None else reading_sentences(tok.doc)
    return sents[sentence_index_of(tok.doc, sents, tok.i)] if sents else tok.doc[:]


ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "gen", "col", "lt", "sgt", "capt", "maj", "adm", "gov", "sen", "rep", "st",
                 "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs",
                 "prof", "rev", "jr", "sr", "inc", "corp", "co", "ltd", "u.s", "u.n", "u.k", "e.u", "a.m", "p.m"}


def sentence_end(text: str, start: int, limit: int | None = None) -> int:
    """Index just past the sentence-final mark at or after ``start`` (raw text, so a splitter's
    mistake cannot cut "Peskov told news agency | AFP."); abbreviations do not end sentences."""
    limit = len(text) if limit is None else min(limit, len(text))
    i = start
    while i < limit:
        ch = text[i]
        if ch == "\n":
            return i
        if ch in ".!?":
            after = text[i + 1:i + 2]
            word = text[max(0, text.rfind(" ", 0, i) + 1):i].lower().strip("“”\"'(")
            if (not after or after.isspace() or after in "”\"’)") and not (
                    ch == "." and (word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()))):
                return i + 1
        i += 1
    return limit
