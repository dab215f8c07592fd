"""What the extraction components share: mention types on the Doc and small span helpers.

Components write ActorMention and DateMention objects into the Doc (see nlp/extensions.py) and
read each other's through the helpers here, so no component reaches into another's internals.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from dataclasses import dataclass, field
from pathlib import Path
from datetime import date
from collections.abc import Callable, Iterator
from typing import ClassVar

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from flashpoint.nlp.extensions import slot  # (importing it registers the Doc slots)
from flashpoint.nlp.calendar import CALENDAR_WORDS
from flashpoint.nlp.datelines import story_openings
from flashpoint.extract.words import CLUB_SPORT_WORDS
from flashpoint.records import ActorRef, Article, Evidence, stable_id


class Component:
    """An extraction component: find, then annotate, as spaCy's SpanRuler does.

    `find(doc)` computes the component's records and is testable on its own; `set_annotations` writes
    them into the component's one Doc slot, `doc._.<slot>`, which its factory declares in `assigns`.
    """

    slot: ClassVar[str]

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.find(doc))
        return doc

    def find(self, doc: Doc) -> list:
        raise NotImplementedError

    def set_annotations(self, doc: Doc, found: list) -> None:
        setattr(doc._, self.slot, found)

    def warm(self) -> None:
        """Build the tables `find` reads lazily, so a worker pays for them before its first article
        (`pipeline.warm_up` calls it); nothing by default."""


@dataclass
class ActorMention:
    """One mention of an actor in the text, resolved (or not) against the knowledge base."""

    start: int            # token index
    end: int              # token index (exclusive)
    start_char: int
    end_char: int
    text: str
    name: str             # canonical name ("Vladimir Putin"); the text itself when unknown
    code: str | None      # CAMEO-style code at the article date ("RUSGOV"), or None
    kb_id: str | None = None
    country: str | None = None
    role: str | None = None         # CAMEO role: GOV, MIL, REB, OPP, ...
    sector: str | None = None       # PLOVER sector
    kind: str = "unknown"           # person | country | organisation | agent | group | unknown
    confidence: float = 1.0
    rule: str = ""                  # "kb:exact", "kb:inflected:fi", "ner:PER", ...
    backer: str | None = None       # "Russian-backed separatists": RUS
    extra: dict = field(default_factory=dict)

    def ref(self) -> ActorRef:
        return ActorRef(name=self.name, code=self.code, text=self.text, kb_id=self.kb_id)


@dataclass
class DateMention:
    """A time expression resolved against the article's publication date."""

    start_char: int
    end_char: int
    text: str
    date: date | None
    end_date: date | None = None     # for spans: "since 2014" -> 2014-01-01 .. published
    granularity: str = "day"         # day | week | month | year | span | quarter | season | present ...
    rule: str = ""
    future: bool = False             # a scheduled or expected time ("will meet on Friday", "set for April")
    label: str | None = None         # the TIMEX3 value where the days cannot say it: a fiscal quarter's ("FY2005-Q1")


def article_of(doc: Doc) -> Article:
    art = slot(doc, "fp_article")
    if art is None:  # a bare Doc in a test or a REPL: an anonymous article with today's date
        art = Article(id=stable_id(doc.text), title=None, published=date.today(), source=None, text=doc.text,
                      published_from="today")
        doc._.fp_article = art
    return art


def doc_text(doc: Doc) -> str:
    """``doc.text``, cached: spaCy joins every token's text each time the property is read, and the
    extractors read it thousands of times per article."""
    text = doc.user_data.get("fp_text")  # no component retokenizes, so the text cannot change once read
    if text is None:
        text = doc.user_data["fp_text"] = doc.text
    return text


def whole_word_hits(text: str, word: str, start: int = 0) -> Iterator[int]:
    """Where ``word`` stands as a whole word in ``text`` from ``start`` on (as ``(?<!\\w)word(?!\\w)``
    would find it, without compiling a pattern per word)."""
    n = len(word)
    a = text.find(word, start)
    while a >= 0 and n:
        before, after = text[a - 1:a] if a > start else "", text[a + n:a + n + 1]
        if not _is_word_char(before) and not _is_word_char(after):
            yield a
            a = text.find(word, a + n)
        else:
            a = text.find(word, a + 1)


def _is_word_char(ch: str) -> bool:
    return bool(ch) and (ch.isalnum() or ch == "_")


def span_text(span: Span) -> str:
    """``span.text`` from the cached document text (the same string; spaCy joins the span's tokens)."""
    return doc_text(span.doc)[span.start_char:span.end_char]


def sentence_starts(doc: Doc) -> list[int]:
    """Where each sentence starts (token indices). A dateline opening a line is read with the story sentence it
    opens, as written ("KABUL (AP) - A bomb ..." is the article's first sentence, whichever way the parser, which
    fp_paragraphs makes read the two apart, split the dateline itself)."""
    starts = doc.user_data.get("fp_sent_starts")  # a plain key: reading doc._ costs more than the lookup
    if starts is None:
        starts = [s.start for s in doc.sents] if doc.has_annotation("SENT_START") or len(doc) == 0 else [0]
        openings = story_openings(doc_text(doc))
        if openings and len(starts) > 1:
            starts = [s for s in starts if not any(a < doc[s].idx <= b for a, b in openings)]
        doc.user_data["fp_sent_starts"] = starts
    return starts


def dateline_tokens(doc: Doc) -> frozenset[int]:
    """The tokens of the datelines and wire credits that open the document's stories ("Canadian Press - ",
    "KABUL (AP) - "): they say where and from whom a story comes, and hold no act of their own."""
    found = doc.user_data.get("fp_dateline_tokens")
    if found is None:
        openings = story_openings(doc_text(doc))
        found = doc.user_data["fp_dateline_tokens"] = frozenset(
            t.i for a, b in openings for t in doc.char_span(a, b, alignment_mode="expand") or () if a <= t.idx < b)
    return found


def sentence_index(doc: Doc, token_i: int) -> int:
    """Index of the sentence holding token ``token_i`` (0-based, in document order)."""
    return max(0, bisect.bisect_right(sentence_starts(doc), token_i) - 1)


def told_order(doc: Doc) -> dict[int, int]:
    """Each sentence's place among those with words in them: the blank line between two paragraphs is a
    sentence of its own to the parser, not a step in the story ("A bomb killed 12.\n\nAl Shabaab claimed it"
    are told one after the other)."""
    key = "fp_told_order"
    found = doc.user_data.get(key)
    if found is None:
        starts = sentence_starts(doc) + [len(doc)]
        worded = [i for i in range(len(starts) - 1) if any(not t.is_space for t in doc[starts[i]:starts[i + 1]])]
        found = doc.user_data[key] = {i: r for r, i in enumerate(worded)}
    return found


def sentence_span(doc: Doc, index: int) -> Span:
    starts = sentence_starts(doc)
    end = starts[index + 1] if index + 1 < len(starts) else len(doc)
    return doc[starts[index]:end]


def actor_mentions(doc: Doc) -> list[ActorMention]:
    return slot(doc, "fp_actor_mentions") or []


def mentions_in(doc: Doc, start: int, end: int) -> list[ActorMention]:
    """Actor mentions wholly inside tokens [start, end)."""
    return [m for m in actor_mentions(doc) if m.start >= start and m.end <= end]


def mention_at(doc: Doc, token: Token | int) -> ActorMention | None:
    """The actor mention covering a token, if any (the longest one when nested)."""
    i = token if isinstance(token, int) else token.i
    best = None
    for m in actor_mentions(doc):
        if m.start <= i < m.end and (best is None or m.end - m.start > best.end - best.start):
            best = m
    return best


def dates_in(doc: Doc, start_char: int, end_char: int) -> list[DateMention]:
    return [d for d in (slot(doc, "fp_dates") or []) if d.start_char >= start_char and d.end_char <= end_char]


def evidence(doc: Doc, start_char: int, end_char: int) -> Evidence:
    return Evidence(start=start_char, end=end_char, text=doc_text(doc)[start_char:end_char])


def span_evidence(span: Span) -> Evidence:
    return Evidence(start=span.start_char, end=span.end_char, text=span.text)


def record_id(doc: Doc, kind: str, *parts: object) -> str:
    """Deterministic record id: same article, same span, same coding -> same id."""
    return stable_id(article_of(doc).id, kind, *parts)


def model_file(name_or_path: str, directory: Path) -> Path:
    """A shipped model's file by its name ("sense-v2": directory/sense-v2.npz), or a model file by its path."""
    path = Path(name_or_path)
    return path if path.suffix == ".npz" else directory / f"{name_or_path}.npz"


# the model's entity labels for a place: OntoNotes' GPE and FAC, and the LOC both label sets use
PLACE_LABELS = frozenset({"LOC", "GPE", "FAC"})

HYPHENATED_WORD = re.compile(r"[a-z]+(?:-[a-z]+)+")
TEAM_SPORT_WORDS_MIN = 2      # words of a team sport (words.CLUB_SPORT_WORDS) that make a piece about one


@functools.lru_cache(maxsize=16)
def _word_hashes(strings, words: frozenset[str]) -> frozenset[int]:
    return frozenset(strings.add(w) for w in words)


def word_positions(doc: Doc, words: frozenset[str]) -> list[int]:
    """Where the tokens whose lower case is one of `words` stand, in order, read from the LOWER array in one pass."""
    wanted = _word_hashes(doc.vocab.strings, words)
    return [i for i, h in enumerate(doc.to_array(LOWER).tolist()) if h in wanted]


def words_used(doc: Doc, words: frozenset[str]) -> int:
    """How many of `words` (lower case) the article uses as tokens, read from its LOWER array in one pass."""
    return len(set(doc.to_array(LOWER).tolist()) & _word_hashes(doc.vocab.strings, words))


def team_sport_piece(doc: Doc) -> bool:
    """Whether the article is about a team sport: it uses TEAM_SPORT_WORDS_MIN of words.CLUB_SPORT_WORDS, as
    tokens or as hyphenated words, which the tokenizer splits ("hat-trick", "play-off", "semi-final"). Its
    towns are clubs (places.team_names), its captains no officers (actors.senses.sport_senses)."""
    found = doc.user_data.get("fp_team_sport")  # asked by fp_actors and fp_places; the words cannot change
    if found is None:
        hyphenated = {w for w in HYPHENATED_WORD.findall(doc_text(doc).lower()) if w in CLUB_SPORT_WORDS}
        found = words_used(doc, CLUB_SPORT_WORDS) + len(hyphenated) >= TEAM_SPORT_WORDS_MIN
        doc.user_data["fp_team_sport"] = found
    return found


def paragraph_bounds(doc: Doc, char: int) -> tuple[int, int]:
    """Character bounds of the paragraph (blank-line separated) holding ``char``."""
    text = doc_text(doc)
    start = text.rfind("\n\n", 0, char)
    end = text.find("\n\n", char)
    return (0 if start < 0 else start + 2), (len(text) if end < 0 else end)


def framed_by(tok: Token, is_frame: Callable[[Token], bool], frame_deps: tuple[str, ...]) -> bool:
    """Whether a frame word heads the token's clause, or hangs on one of its heads by `frame_deps`, up
    to the sentence root: a work's plot or title ("In the film, a soldier shoots his brother", "the
    novel in which a boy is killed"), for the sense veto and the casualty counts alike."""
    t = tok
    for _ in range(12):
        if is_frame(t) or any(c.dep_ in frame_deps and is_frame(c) for c in t.children):
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def in_headline(doc: Doc, s: int, e: int) -> bool:
    """Whether the name doc[s:e] stands in a headline in title case, where capitals say nothing of names
    ("Strong Quake Hits Indonesian Island"): most longer words of its line in its sentence capitalised, not
    counting its last two, words in capitals (a letterhead: "HEADQUARTERS ..., Fort Ruby, August 23") nor dates."""
    sent = doc[s].sent
    a = next((k + 1 for k in range(s - 1, sent.start - 1, -1) if "\n" in doc[k].text), sent.start)
    b = next((k for k in range(e, sent.end) if "\n" in doc[k].text), sent.end)
    words = [t for t in itertools.chain(doc[a:max(s, e - 2)], doc[e:b]) if t.is_alpha and len(t) > 3
             and not t.is_upper and t.text not in CALENDAR_WORDS]
    return len(words) >= 3 and sum(t.text[:1].isupper() for t in words) >= 0.7 * len(words)
