"""fp_quotes: what was said and by whom, direct ("“...,” he said") and reported ("Peskov said the
country would ...").

Direct quotes come from the quotation marks (extract/quotemarks.py); each looks for its speech
frame after the closing mark (“...,” Peskov told AFP / “...,” said Peskov) and else before the
opening one (Peskov said: “...”). A quote interrupted by its frame (“...,” he said, “...”) is one
quote; a frameless quote that reads as a statement continues the speaker of the quote or report just
before it (two sentences at most), and so does a frame verb without a subject ("But told BBC News:").
"The paper quoted / cited / reports X as saying" is X's. Reported speech comes
from speech verbs outside quotes with a clausal complement: the parse's ccomp when it has one,
else the words after "that", before ", X said." or around ", X said,". Speakers are resolved by
extract/speakers.py; outlets are never speakers, they go to ``via``. Everything degrades to the
positional rules when the parse is missing or wrong.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from flashpoint.extract.claims.attribution import OUTLET_RE, according_to_all, names_outlet, outlets_in, told_outlets
from flashpoint.extract.base import (Component, actor_mentions, article_of, doc_text, evidence, mentions_in, record_id,
                                     sentence_index, sentence_span, word_positions)
from flashpoint.extract.claims.quotemarks import QuoteSpan, is_fragment, quote_spans
from flashpoint.extract.claims.speaker_model import SpeakerModel, SpeakerOptions, load_speaker_model
from flashpoint.extract.claims.speakers import (INSTITUTION_NOUNS, LEADING_NOISE, Speaker, SpeakerResolver,
                                                after_dateline, alias_at)
from flashpoint.extract.claims.sentences import reading_sentences, sentence_end, sentence_of_char
from flashpoint.nlp.deps import SUBJECTS
from flashpoint.records import Quote
from flashpoint.settings import component_defaults
from flashpoint.extract.words import (ALWAYS_SAYING_FORMS, FINDING_NOUNS, FIRST_PERSON, INVERTED_SAYING, ISSUED_NOUNS,
                                      JUDGING_FORMS,
                                      ORGANISATION_NOUNS, PARTICLE_SAYING_FORMS, PERCEPTION_PARTICIPLES, PERSON_ROLE_NOUNS,
                                      POSSESSIVE, QUOTE_ONLY, REQUEST_FORMS, REQUEST_GOVERNORS, SAYING_FORMS,
                                      SIMPLE_PAST_ONLY,
                                      STATEMENT_NOUNS, THAT_NEXT, TITLE_NOUNS, TRAILING_SAYING, NARRATIVE_NOUNS,
                                      RELATIVE_PRONOUNS)

# Words between a speaker and the speech verb that are not part of the speaker ("has also said").
VERB_PREFIX = {"has", "have", "had", "also", "later", "then", "further", "reportedly", "again", "earlier", "previously",
               "once", "would", "will", "did", "does", "do", "is", "was", "were", "are", "repeatedly", "publicly",
               "separately", "recently", "already", "only", "first", "told", "be", "been", "not", "n't", "never", "still"}
# Words after an inverted speech verb where the speaker phrase stops ("said Peskov on Friday").
SPEAKER_STOP = {"on", "in", "at", "during", "after", "before", "when", "while", "as", "according", "told", "to",
                "that", "this", "last", "earlier", "late", "adding", "in", "and", "but", "who", "which", "via"}
THAT_WORDS = {"that"}
# "the paper quoted/cited X as saying": the verb before the one whose object speaks
QUOTING = {"quoted", "quotes", "quoting", "cited", "cites", "citing"}


@dataclass
class Candidate:
    """A quote before its speaker is resolved."""

    start: int                      # quoted or reported words, characters
    end: int
    direct: bool
    speaker_tokens: list[Token]
    verb: Token | None
    frame: str                      # the words around the quote that credit it (for outlets)
    rule: str
    extent: tuple[int, int]         # the evidence span (quote plus frame)
    parts: list[tuple[int, int]] = field(default_factory=list)
    inherit: bool = False           # take the speaker of the quote before


# What fp_quotes reads: actors (speakers), dates (a date is no speaker), the parse, tags and entity types
QUOTES_REQUIRE = ["doc._.fp_actor_mentions", "doc._.fp_dates", "token.dep", "token.pos", "token.tag",
                  "token.is_sent_start", "token.ent_type"]


@Language.factory("fp_quotes", requires=QUOTES_REQUIRE, assigns=["doc._.fp_quotes"],
                  default_config=component_defaults("fp_quotes"))
def make_quote_finder(nlp: Language, name: str, speaker_model: str | None) -> "QuoteFinder":
    """fp_quotes with the speaker ranker the config names (speaker_model.py), or none (the rules alone)."""
    return QuoteFinder(load_speaker_model(speaker_model) if speaker_model else None)


class QuoteFinder(Component):
    slot = "fp_quotes"

    def __init__(self, ranker: SpeakerModel | None = None):
        self.ranker = ranker

    def find(self, doc: Doc, collect: list | None = None) -> list[Quote]:
        """The quotes of ``doc``; ``collect``, when given, receives (candidate, the rules' speaker, options, held) for
        each direct quote (training/train_speakers.py)."""
        spans = quote_spans(doc_text(doc))
        direct = direct_candidates(doc, spans)
        frame_verbs = {c.verb.i for c in direct if c.verb is not None}
        full = [(c.start, c.end) for c in direct]
        reported = reported_candidates(doc, frame_verbs, full, [(c.start, c.end) for c in direct if c.verb is not None])
        # a quote with no frame of its own that a report's clause holds is a partial quote of that report ("had
        # suggested that Mr Brown would meet his rule - “with a margin to spare”"), not a quote going on from before
        direct = [c for c in direct if c.verb is not None or
                  not any(r.start <= c.start and c.end <= r.end for r in reported)]
        reported += headline_candidates(doc, [(c.start, c.end) for c in direct + reported])
        reported += headline_quote_candidates(doc, direct + reported)
        reported += partial_candidates(doc, spans, [p for c in direct + reported for p in (c.parts or [(c.start, c.end)])])
        excluded = [(s.start, s.end) for s in spans]
        resolver = SpeakerResolver(doc, excluded=excluded)
        options = SpeakerOptions(doc, resolver) if direct and (self.ranker or collect is not None) else None
        return resolve_candidates(doc, sorted(direct + reported, key=lambda c: c.start), resolver, options,
                                  self.ranker, collect)


# -- direct quotes ------------------------------------------------------------------------------

def tokens_between(doc: Doc, start: int, end: int) -> list[Token]:
    span = doc.char_span(start, end, alignment_mode="contract") if end > start else None
    return list(span) if span is not None else []


# what a "claim" takes when it kills rather than speaks (no verb of a clause of its own after the lives: not "claimed
# lives were at stake", "claimed the lives of thousands had been saved")
CLAIMED_LIVES_RE = re.compile(r"(?i)\s+(?:the\s+)?(?:(?:more\s+than|at\s+least|over|about|nearly|almost|some|around|"
                              r"up\s+to)\s+)?(?:[\w,.-]+\s+){0,2}?lives\b(?!(?:\s+of(?:\s+[\w,.-]+){1,3}?)?\s+(?:"
                              r"were|are|was|is|had|have|has|would|will|could|might|may|must|should|can)\b)")


SAYING_WORDS = frozenset(SAYING_FORMS) | frozenset(PARTICLE_SAYING_FORMS)    # the only words speech_verb accepts


def saying_positions(doc: Doc) -> list[int]:
    """Where the words that may be verbs of saying (SAYING_WORDS) stand: a sentence's other tokens need not be
    asked (found once per Doc; no component changes the tokens)."""
    found = doc.user_data.get("fp_saying_positions")
    if found is None:
        found = doc.user_data["fp_saying_positions"] = word_positions(doc, SAYING_WORDS)
    return found


def speech_verb(tok: Token) -> str | None:
    low = tok.lower_    # (read once: most tokens are no verb of saying, and the two lookups below tell)
    if low in PARTICLE_SAYING_FORMS and tok.i + 1 < len(tok.doc) and (tok.text.islower() or tok.is_sent_start):
        lemma, particle = PARTICLE_SAYING_FORMS[low]
        return lemma if tok.nbor(1).lower_ == particle and tok.pos_ in ("VERB", "") else None
    if low not in SAYING_FORMS or (tok.text[:1].isupper() and not tok.is_sent_start):
        return None  # "The United States" is no "state"
    if tok.lower_.startswith("claim") and CLAIMED_LIVES_RE.match(doc_text(tok.doc), tok.idx + len(tok.text)):
        return None  # "floods have claimed 40 lives", "claimed the lives of nine": a toll taken, not words said
    if tok.i > 0 and (tok.nbor(-1).lower_ in ("a", "an", "the", "its", "their", "his", "her") or _owned(tok)):
        return None  # "an estimated 8,000", "the reported attack", "the Law Lords' ruling that": a noun or an adjective
    if tok.lower_ not in ALWAYS_SAYING_FORMS and _after_according_to(tok):
        return None  # "..., according to a World Bank report.": the source's noun, not a verb of its own (but
        # "According to Mr Peston the prime minister said: ...")
    if tok.i + 1 < len(tok.doc) and tok.nbor(1).text in ("That", "This", "What") and not tok.nbor(1).is_sent_start:
        return None  # "TV show That's Life": a capital in mid-sentence opens a title, not what was said
    if tok.pos_ and tok.pos_ not in ("VERB", "AUX"):
        # the tagger's "NOUN" for "reports"/"estimates" is right unless a "that"-clause follows
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        after_subject = tok.i > 0 and tok.nbor(-1).pos_ in ("NOUN", "PROPN", "PRON")
        # (lower case: "TV show That's Life" is a title)
        verb_like = nxt is not None and (nxt.text in ("that", "he", "she", "they", "it", "we") or
                                         nxt.text in (".", ",", ";", "!"))  # "ministers insist they are ..."
        if tok.lower_ not in ALWAYS_SAYING_FORMS and not (after_subject and verb_like):
            return None  # "aid agencies estimate." is a verb; "intelligence reports from" is not
    return SAYING_FORMS[tok.lower_]


def _after_according_to(tok: Token) -> bool:
    """``tok`` closes the phrase "according to" opens, no punctuation or relative pronoun between ("according to a TUC
    report")."""
    for k in range(tok.i - 1, max(-1, tok.i - 8), -1):
        t = tok.doc[k]
        if t.is_punct or t.is_quote or t.lower_ in RELATIVE_PRONOUNS | THAT_WORDS:
            return False  # "according to officials who said ...": a clause of its own
        if t.lower_ == "to" and k > 0 and tok.doc[k - 1].lower_ == "according":
            return True
    return False


def trailing_frame(doc: Doc, span: QuoteSpan, next_open: int | None) -> tuple[Token, list[Token], list[Token]] | None:
    """(verb, speaker tokens, frame tokens) after the closing mark: “...,” Peskov said / said Peskov."""
    text = doc_text(doc)
    if span.close is None:
        return None
    end = sentence_end(text, span.close + 1, next_open)
    frame = [t for t in tokens_between(doc, span.close + 1, end) if not t.is_space]
    k = 0
    while k < len(frame) and frame[k].is_punct:
        k += 1
    body = frame[k:]
    quote_done = text[span.start:span.end].rstrip().endswith((".", "!", "?")) and \
        text[span.close - 1] in ".!?" and not any(t.text == "," for t in frame[:k])
    if quote_done and body and body[0].text[:1].isupper() and body[0].pos_ in ("CCONJ", "SCONJ") and \
            not body[0].ent_type_:
        return None  # “... Parliament.” But Ms Kelly said she “...”: a sentence of its own opens after the quote
    for j, tok in enumerate(body[:FRAME_REACH + _aside_length(body)]):
        if tok.text in (".", "!", "?", ";") or tok.is_quote:
            break
        if not speech_verb(tok) and not (tok.lower_ in ("read", "reads") and j and body[j - 1].lower_ in STATEMENT_NOUNS):
            continue  # (“...,” a BBC statement read: the statement's words)
        before = [t for t in body[:j] if t.lower_ not in VERB_PREFIX]
        as_saying = next((n for n, t in enumerate(body[j + 1:j + 9]) if t.lower_ == "as" and j + n + 2 < len(body)
                          and body[j + n + 2].tag_ == "VBG" and speech_verb(body[j + n + 2])), None)
        if as_saying and not any(t.is_punct for t in body[j + 1:j + 1 + as_saying]):
            # “...,” Reuters reports a union source as saying: the source speaks, the outlet reports
            return body[j + 1 + as_saying + 1], body[j + 1:j + 1 + as_saying], frame
        quoted = next((n for n, t in enumerate(before) if t.lower_ in QUOTING), None)
        if quoted is not None and before[-1].lower_ == "as" and tok.tag_ == "VBG":
            # “...,” the newspaper quoted Geoff Dixon as saying / Mr Dixon was quoted as saying
            speaker = before[quoted + 1:-1] or before[:quoted]
            return (tok, speaker, frame) if speaker else None
        if before and before[-1].lower_ in PERCEPTION_PARTICIPLES and tok.tag_ == "VBG":
            before = before[:-1]  # “...?” he is seen asking
        relative = next((n for n, t in enumerate(before) if t.lower_ in ("who", "which", "that")), len(before))
        own = before[:relative]
        aside = next((n for n, t in enumerate(own) if t.text == ","), None)
        if aside is not None and len(own) > aside + 2 and own[-1].text == "," and \
                own[aside + 1].lower_ in ("the", "a", "an", "his", "her", "its", "their"):
            own = own[:aside]  # "William Lerach, the lawyer leading the suit, said": the aside describes him
        if any(_finite(t) for t in own):
            return None  # the words after the quote are a clause of their own, not a frame
        after = body[j + 1:]
        colon = next((t for t in after if t.is_punct and t.text not in ("-", ".")), None)
        if colon is not None and colon.text == ":" and text[colon.idx + 1:].lstrip()[:1] in ('"', "“", "«", "„", "‘"):
            return None  # “...” Conservative spokesman Jonathan Morgan said: “...”: the frame of the next quote
        inverted = not before and tok.text.islower()  # “...?” said Ulrich Schulte-Strathaus, secretary general of ...
        if quote_done and not before and tok.text[:1].isupper():
            return None  # “...memorable.” Explained Keith, “We like ...”: a frame opening a sentence is the next quote's
        if quote_done and not inverted and (any(t.lower_ in THAT_WORDS for t in after[:8]) or any(_finite(t) for t in after)
                           or len([t for t in after if not t.is_punct]) > 6):
            # “...done.” Peskov said that ...; “...done.” The WTO said there was ...; “...done.” Talks are
            # continuing on how to ...: a new statement, not this quote's frame
            return None
        if before:
            return tok, before, frame
        speaker = []
        skip = 0
        for n, t in enumerate(after):
            if skip:
                skip -= 1
                speaker.append(t)
                continue
            if t.text == "," and speaker and alias_at(after, n + 1):
                skip = alias_at(after, n + 1)  # "says JK, also known as Jason King.": both names are the speaker's
                speaker.append(t)
                continue
            if t.text == "-" and speaker and n + 1 < len(after) and (after[n + 1].text[:1].isupper() or (
                    t.idx == speaker[-1].idx + len(speaker[-1]) and after[n + 1].idx == t.idx + 1)):
                speaker.append(t)  # "Abu-Sitta", "the 45-year-old"
                continue
            initial = t.text == "." and speaker and n + 1 < len(after) and after[n + 1].text[:1].isupper()
            if speaker and t.text in ("'", "’") and _possessive_mark(t, after, n):
                speaker = []  # "said Ladbrokes' Warren Lush": the person, whom a bare apostrophe leaves the parse unsure of
                continue
            if speaker and (_possessive_mark(t, after, n) or _titles_joined(t, speaker, after, n)):
                speaker.append(t)  # "said Britain's Jack Straw", "said Nortel president and chief executive Bill Owens"
                continue
            named = _name_after_comma(t, speaker, after, n)
            if named:  # "said CBI chief economist, Ian Hart.": the title's holder, named after the comma
                speaker += after[n:n + 1 + named]
                break
            if (t.is_punct and not initial) or t.lower_ in SPEAKER_STOP:
                break  # "said Peskov." ends at the full stop; "said Gen. Ali Reza" does not
            speaker.append(t)
        return (tok, speaker, frame) if speaker else None
    return None


# how many words after a closing mark the verb of its frame may stand, not counting an aside describing the speaker
FRAME_REACH = 14
ASIDE_OPENERS = {"the", "a", "an", "his", "her", "its", "their"}


def _aside_length(body: list[Token]) -> int:
    """The length of an aside set off by commas after the first words of a frame, describing the speaker
    (“...,” Jonathan Banks, a research associate in geoscience at the University of Alberta, told DeSmog
    Canada): it does not use up the reach of the frame's verb."""
    first = next((n for n, t in enumerate(body[:FRAME_REACH]) if t.text == ","), None)
    if first is None or first == 0 or first + 1 >= len(body) or not (
            body[first + 1].lower_ in ASIDE_OPENERS or body[first + 1].pos_ == "PROPN" and body[first + 1].is_title):
        return 0  # (a name set off after a long title: "..., the new chair of the Internet Engineering Task Force
        # (IETF), Brian Carpenter, says")
    for n in range(first + 2, min(len(body), first + 2 + 2 * FRAME_REACH)):
        if body[n].text in (".", "!", "?", ";", ":") or body[n].is_quote:
            return 0
        if body[n].text == ",":
            return n - first
    return 0


def _owned(tok: Token) -> bool:
    """``tok`` follows a possessive ending ("the union's claim", "the judges' ruling"): a bare apostrophe closing a
    plural noun with no opening quote mark before it in its sentence counts as one."""
    prev = tok.nbor(-1)
    if prev.tag_ == "POS":
        return True
    if prev.text not in POSSESSIVE or tok.i < 2 or prev.idx != tok.nbor(-2).idx + len(tok.nbor(-2)) or \
            not tok.nbor(-2).lower_.endswith("s") or tok.nbor(-2).pos_ not in ("NOUN", "PROPN"):
        return False
    return not any(t.text in ("'", "‘") and t.i + 1 < len(t.doc) and t.nbor(1).idx == t.idx + 1
                   for t in tok.doc[tok.sent.start:prev.i - 1])


def _possessive_mark(t: Token, after: list[Token], n: int) -> bool:
    """The possessive ending of an inverted speaker's firm, a name after it: "said Ladbrokes' Warren Lush"."""
    return t.text in POSSESSIVE and t.idx == after[n - 1].idx + len(after[n - 1]) and \
        n + 1 < len(after) and after[n + 1].text[:1].isupper()


def _name_after_comma(t: Token, speaker: list[Token], after: list[Token], n: int) -> int:
    """How many words after the comma at ``after[n]`` name the holder of the title the inverted speaker ends with:
    two to four capitalised words that end the frame ("said GMB general secretary, Paul Kenny."); 0 when there
    are none ("said a spokesman, Monday", "said the coach, AFP reported")."""
    if t.text != "," or not speaker or not (speaker[-1].lower_ in TITLE_NOUNS or speaker[-1].lower_ in PERSON_ROLE_NOUNS) or \
            not speaker[-1].text.islower():
        return 0
    run = 0
    while n + 1 + run < len(after) and after[n + 1 + run].text[:1].isupper() and \
            (after[n + 1 + run].is_alpha or "-" in after[n + 1 + run].text):
        run += 1
    ends = n + 1 + run >= len(after) or after[n + 1 + run].text in (".", "!", "?", ",", ";")
    return run if 2 <= run <= 4 and ends else 0


def _titles_joined(t: Token, speaker: list[Token], after: list[Token], n: int) -> bool:
    """"and" between two titles of one person, whose name follows: "said Nortel president and chief executive Bill
    Owens" (but "said Smith and Jones", "said analysts and economists" stop at "and")."""
    if t.lower_ != "and" or not speaker[-1].text.islower() or n + 1 >= len(after) or not after[n + 1].text.islower():
        return False
    for u in after[n + 1:n + 6]:
        if u.is_punct or u.lower_ in SPEAKER_STOP:
            return False
        if u.text[:1].isupper():
            return True
    return False


def leading_frame(doc: Doc, span: QuoteSpan, floor: int = 0) -> tuple[Token, list[Token], list[Token]] | None:
    """(verb, speaker tokens, frame tokens) before the opening mark: Peskov said: “...”. ``floor``: where
    the quoted statement before it ends; its words are no frame (“... for the body to respond. “This ...”: the
    splitter ran the two quotes into one sentence, and "respond" is no frame of the second)."""
    text = doc_text(doc)
    sent = sentence_of_char(doc, span.open)
    if sent is None:
        return None
    start = max(sent.start_char, floor)
    if not text[start:span.open].strip():  # the quote opens its sentence: "X said:" just before?
        before = text[:span.open].rstrip()
        if not before.endswith(":"):
            return None
        prev = sentence_of_char(doc, len(before) - 1)
        start = max(prev.start_char if prev is not None else 0, floor)
    start = max(start, text.rfind("\n", 0, span.open - 1) + 1 if text[start:span.open].count("\n") else start)
    frame = [t for t in tokens_between(doc, start, span.open) if not t.is_space]
    for j in range(len(frame) - 1, max(-1, len(frame) - 12), -1):
        tok = frame[j]
        if not speech_verb(tok):
            continue
        tail = frame[j + 1:]
        if any(t.pos_ == "VERB" and t.lower_ not in SAYING_FORMS and not _gerund_adjunct(t, tok) for t in tail):
            return None
        speaker = [t for t in subject_of(tok) if start <= t.idx < tok.idx]
        if not speaker:
            speaker = []
            before = frame[:j]
            if len(before) > 2 and before[-1].text == ",":
                # "Paul Dunne, from the campaign group Fair Rail Now, said:": the aside between two commas
                # describes the one named before it, who speaks
                opening = next((n for n in range(len(before) - 2, 0, -1) if before[n].text == ","), None)
                before = before[:opening] if opening is not None else before
            for t in reversed(before):
                if t.text in (",", ";", ":", "(") or t.is_quote:
                    break
                speaker.insert(0, t)
            while speaker and speaker[-1].lower_ in VERB_PREFIX:
                speaker.pop()
        if not speaker:
            speaker = _inverted_opening(frame, j)
        if not speaker:
            continue
        return tok, speaker, frame
    return _idiom_frame(doc, text, start, span.open, frame) or _colon_frame(text, span.open, frame) or \
        _name_frame(doc, text, span.open)


LIST_MARKS = {"-", "–", "—", "•", "*"}


def _comma_frame(text: str, span: QuoteSpan, lead: tuple[Token, list[Token], list[Token]]) -> bool:
    """"Barr tweeted, “Who is Q?” The Daily Beast reported.": a frame whose verb (or speaker, "said Allen,") closes
    right before a comma and the opening mark introduces a quote that ends its own sentence; a frame after it is the
    report of a report, not this quote's."""
    verb, speaker, frame = lead
    if not frame or frame[-1].text != "," or span.close is None or text[span.close - 1] not in ".!?":
        return False
    last = max([verb.i] + [t.i for t in speaker if t.i > verb.i])
    return frame[-1].i == last + 1


def _inverted_opening(frame: list[Token], j: int) -> list[Token]:
    """The speaker of a frame that opens its sentence with the verb and ends in a comma or colon right before the
    quote: "Said Allen, “...”", "Explained Keith, “...”", "Added the minister: “...”" (the words after the verb)."""
    tok = frame[j]
    tail = frame[j + 1:]
    if not tok.text[:1].isupper() or any(not t.is_punct for t in frame[:j]) or len(tail) < 2 or \
            tail[-1].text not in (",", ":") or len(tail) > 7:
        return []
    words = tail[:-1]
    if any(t.is_punct and t.text not in (".", "-") for t in words) or any(_finite(t) for t in words):
        return []
    return words


def _name_frame(doc: Doc, text: str, open_: int) -> tuple[Token, list[Token], list[Token]] | None:
    """"- Manchester City boss Kevin Keegan: “...”", "- Bolton boss Sam Allardyce “...”", "Mr Hain: “...”": a
    line (or, before a colon, a sentence) that holds nothing before the quote but a person's name (a title before
    it), after a list's dash or before a colon, is that person's (reactions listed after a match report, an interview's turns)."""
    line = text.rfind("\n", 0, open_) + 1
    if text[:open_].rstrip().endswith(":"):
        # "... in an extended format. BBC Two controller Roly Keating: “...”": a sentence of its own, inside a paragraph
        sent = sentence_of_char(doc, len(text[:open_].rstrip()) - 1)
        line = max(line, sent.start_char) if sent is not None else line
    toks = [t for t in tokens_between(doc, line, open_) if not t.is_space]
    bullet = bool(toks) and toks[0].text in LIST_MARKS
    toks = toks[1:] if bullet else toks
    colon = bool(toks) and toks[-1].text == ":"
    toks = toks[:-1] if colon else toks
    if not (bullet or colon) or not toks or len(toks) > 8 or not toks[-1].text[:1].isupper():
        return None
    if any(t.is_punct and t.text not in (".", "-", "'") or t.tag_.startswith("VB") or t.tag_ == "MD" or t.is_quote
           for t in toks):
        return None  # "Mr Blair was defiant:" has a verb; "Verdict:" no name
    end = toks[-1].idx + len(toks[-1])
    # a name of two words at least, or one after an honorific ("Mr Hain:"): "Verdict:" is no one's, whatever the
    # recogniser made of it
    names = [t for t in toks if t.text[:1].isupper() and t.is_alpha]
    named = len(names) >= 2 and names[-1].i == toks[-1].i and names[-2].i == toks[-1].i - 1
    # (the recogniser may miss the name there and find it again later: "Roly Keating: “...”" ... "Mr Keating")
    person = named and (any(m.kind == "person" and (toks[0].idx <= m.start_char and m.end_char == end or
                                                    m.text.split()[-1] == toks[-1].text)
                            for m in actor_mentions(doc)) or toks[-1].ent_type_ in ("PERSON", "PER"))
    return (toks[-1], toks, toks) if person else None


def _label_line(text: str, open_: int) -> bool:
    """"Verdict: “...”", "Q: “...”": a line that opens with a label and a colon names its own source (a heading,
    an interview's turn), so its quote never continues the speaker before it; a name there is _name_frame's."""
    line = text[text.rfind("\n", 0, open_) + 1:open_].strip()
    words = line[:-1].split()
    return line.endswith(":") and 0 < len(words) <= 3 and line[:1].isupper() and not any(w[-1:] in ".!?," for w in words)


def _gerund_adjunct(tok: Token, verb: Token) -> bool:
    """"said of her dancing:", "said after watching the replay:": a gerund after a preposition that hangs
    on the verb of saying is part of its frame, not another clause whose words the quote could be."""
    return tok.tag_ == "VBG" and tok.head.i == verb.i and any(c.dep_ in ("case", "mark", "prep") for c in tok.children)


# "As one analyst put it, “...”", "as Mr Bush sees it", "In the words of the minister: “...”"
IDIOM_FRAMES = [re.compile(rx) for rx in (
    r"\b[Aa]s\s+(?P<who>[^,;:\"“”]{2,80}?)\s+(?P<verb>puts?|sees?|saw|says|said)\s+it[,:]?\s*$",
    r"\b[Ii]n\s+the\s+words\s+of\s+(?P<who>[^,;:\"“”]{2,80}?)[,:]?\s*$",
    r"\b[Ii]n\s+(?P<who>[^,;:\"“”]{2,60}?)['’]s?\s+(?P<verb>words)[,:]?\s*$")]


def _idiom_frame(doc: Doc, text: str, start: int, open_: int,
                 frame: list[Token]) -> tuple[Token, list[Token], list[Token]] | None:
    for rx in IDIOM_FRAMES:
        m = rx.search(text, start, open_)
        if m is None:
            continue
        speaker = [t for t in tokens_between(doc, m.start("who"), m.end("who")) if not t.is_space]
        verb = tokens_between(doc, m.start("verb"), m.end("verb")) if "verb" in rx.groupindex else []
        if speaker:
            return (verb[0] if verb else speaker[-1]), speaker, frame
    return None


def _colon_frame(text: str, open_: int, frame: list[Token]) -> tuple[Token, list[Token], list[Token]] | None:
    """'Mr Blair was defiant: “...”', 'the singer reveals what his goal is: “...”': a quote after a
    colon whose clause names no verb of saying is by that clause's subject, when the subject is someone (a
    name, a pronoun for a person, a person's role), not a thing ("The message was clear: ...")."""
    if not frame or not text[:open_].rstrip().endswith(":"):
        return None
    colon = frame[-1]
    if colon.text != ":":
        return None
    root = colon.sent.root if colon.sent.root.i < colon.i else None
    if root is None or root.pos_ not in ("VERB", "AUX", "ADJ"):    # "was defiant" is a copula's adjective
        return None
    speaker = [t for t in subject_of(root) if frame[0].i <= t.i < root.i]
    if not speaker:
        return None
    head = max(speaker, key=lambda t: (t.dep_.startswith("nsubj"), t.i))
    someone = head.ent_type_ in ("PERSON", "PER", "ORG") or head.lower_ in ("he", "she", "they") or \
        head.lower_ in PERSON_ROLE_NOUNS or any(t.ent_type_ in ("PERSON", "PER") for t in speaker) or \
        any(m.kind in ("person", "organisation") and m.start <= speaker[-1].i and m.end > speaker[0].i
            for m in actor_mentions(colon.doc))
    return (root, speaker, frame) if someone else None


def direct_candidates(doc: Doc, spans: list[QuoteSpan]) -> list[Candidate]:
    out: list[Candidate] = []
    text = doc_text(doc)
    k = 0
    while k < len(spans):
        span = spans[k]
        k += 1
        if is_fragment(text, span):
            continue
        nxt = spans[k] if k < len(spans) else None
        found = None
        # a quoted statement before it bounds its frame; a few quoted words in the frame's own sentence do not
        floor = spans[k - 2].outer_end if k >= 2 and not is_fragment(text, spans[k - 2]) else 0
        lead = leading_frame(doc, span, floor)
        if lead is not None and (text[:span.open].rstrip().endswith(":") or _comma_frame(text, span, lead)):
            found, rule = lead, "quote:frame-before"
        else:
            trail = trailing_frame(doc, span, nxt.open if nxt else None)
            found, rule = (trail, "quote:frame-after") if trail else (lead, "quote:frame-before")
            if found is None and (according := _according_after(doc, span, nxt.open if nxt else None)) is not None:
                found, rule = according, "quote:according-to"
        start, end = span.start, span.end
        parts = [(span.start, span.end)]
        extent = [span.open, span.outer_end]
        if found is not None:
            verb, speaker, frame = found
            # "But told BBC News: “...”": a verb whose subject the writer left out speaks for the last speaker
            elliptic = all(t.is_punct or t.lower_ in LEADING_NOISE for t in speaker)
            extent = [min(extent[0], frame[0].idx if frame else extent[0]),
                      max(extent[1], frame[-1].idx + len(frame[-1]) if frame else extent[1])]
            frame_text = " ".join(t.text for t in frame)
            # “...,” he said, “...”: the second half belongs to the same quote
            if rule == "quote:frame-after" and nxt is not None and frame and frame[-1].text == "," \
                    and nxt.open - (frame[-1].idx + 1) <= 2:
                parts.append((nxt.start, nxt.end))
                end = nxt.end
                extent[1] = nxt.outer_end
                k += 1
            out.append(Candidate(start, end, True, [] if elliptic else speaker, verb, frame_text, rule,
                                 (extent[0], extent[1]), parts, inherit=elliptic))
        elif (inside := _inside_report(doc, span)) is not None:
            verb, speaker, frame = inside
            out.append(Candidate(start, end, True, speaker, verb, " ".join(t.text for t in frame), "quote:in-report",
                                 (frame[0].idx, span.outer_end), parts))
        elif not _label_line(text, span.open):
            out.append(Candidate(start, end, True, [], None, "", "quote:continued", (span.open, span.outer_end), parts,
                                 inherit=True))
    return out


def _according_after(doc: Doc, span: QuoteSpan,
                     next_open: int | None) -> tuple[Token, list[Token], list[Token]] | None:
    """(the word "according", speaker tokens, frame tokens) of a quote that "according to X" right after its
    closing mark credits: “That gets rounds of applause,” according to Mr Graczyk."""
    if span.close is None:
        return None
    text = doc_text(doc)
    frame = [t for t in tokens_between(doc, span.close + 1, sentence_end(text, span.close + 1, next_open))
             if not t.is_space]
    body = [t for t in frame if not t.is_punct] if frame and frame[0].is_punct else frame
    if len(body) < 3 or body[0].lower_ != "according" or body[1].lower_ != "to" or \
            any(not t.is_punct for t in frame[:frame.index(body[0])]):
        return None
    speaker = []
    for t in frame[frame.index(body[1]) + 1:]:
        if t.is_punct and t.text not in ("-", "'", "’") or t.is_quote or t.lower_ in RELATIVE_PRONOUNS:
            break
        speaker.append(t)
    return (body[0], speaker, frame) if speaker else None


def _inside_report(doc: Doc, span: QuoteSpan) -> tuple[Token, list[Token], list[Token]] | None:
    """“Mr Kennedy said he had voted for a 22-week limit but medical advances mean “I don't know what I would do
    now””: a quote with no frame of its own that ends a sentence whose words before it report someone's speech
    is that someone's, not the last speaker's (the quote does not open its sentence, so it continues nobody)."""
    sent = sentence_of_char(doc, span.open)
    if sent is None or span.close is None or not doc_text(doc)[sent.start_char:span.open].strip() or \
            not _statement(span.text(doc_text(doc))):
        return None  # (“... and “out of time.”: words of the writer's sentence, no statement)
    words = [t for t in tokens_between(doc, sent.start_char, span.open) if not t.is_space]
    if any(t.is_quote for t in words):
        return None  # another quote before it in the sentence: its frame is not this one's
    for tok in reversed(words):
        if speech_verb(tok) and tok.tag_ not in ("VBN", "VBG"):
            speaker = [t for t in subject_of(tok) if t.i < tok.i]
            return (tok, speaker, words) if speaker else None
    return None


# -- partial quotes ----------------------------------------------------------------------------

def partial_candidates(doc: Doc, spans: list[QuoteSpan], covered: list[tuple[int, int]]) -> list[Candidate]:
    """A few quoted words a verb of judging puts in someone's mouth: "Ross described Butters as “an extremely
    professional broadcaster”", "Williams called it “one of the most surreal games”", "branding stamp duty a
    “classic Labour stealth tax”", "accused Ms Blears of “playing an Islamophobia card”": reported (partial)
    speech of the verb's subject; "Describing him as “a good person”, the mother said" of the main verb's."""
    out: list[Candidate] = []
    text = doc_text(doc)
    for span in spans:
        if not is_fragment(text, span) or _inside(span.start, covered):
            continue
        opening = doc.char_span(span.open, span.open + 1, alignment_mode="expand")
        if opening is None or not len(opening):
            continue
        k = opening.start
        verb = None
        if out and out[-1].extent[1] <= span.open and \
                text[out[-1].extent[1]:span.open].strip() in ("and", "or", ",", ", and", "but"):
            # "accused him of behaving like an “attack mongrel” and “playing opposition for opposition sake”"
            prev = out[-1]
            out.append(Candidate(span.start, span.end, False, prev.speaker_tokens, prev.verb, prev.frame, prev.rule,
                                 (prev.extent[0], span.outer_end)))
            continue
        for t in reversed(doc[max(opening.sent.start, k - 8):k]):
            if t.text in (",", ";", ":", ".", "(") or t.is_quote:
                break
            if t.lower_ in JUDGING_FORMS and t.pos_ == "VERB":
                if t.i >= 2 and doc[t.i - 1].text == "-" and doc[t.i - 2].lower_ == "so":
                    break  # "the so-called “Fagin” posters": the writer's distance, no one's words
                if t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ("off", "up"):
                    break  # "called off", "called up": no words of anyone's
                verb = t
                break
            if t.tag_ in ("VBD", "VBZ", "VBP", "MD") or t.lower_ in FINITE_WORDS:
                break  # "that was a “nuclear option”": another verb is the quote's frame
        if verb is None:
            sayer = _joined_sayer(doc[k])
            if sayer is not None:  # "said the bridge would open and thanked the engineers for their “tireless work”"
                speaker = subject_of(sayer)
                if speaker:
                    out.append(Candidate(span.start, span.end, False, speaker, sayer, "", "reported:partial",
                                         (span.open, span.outer_end)))
            continue
        if is_passive(doc, verb):
            # "was described as a “consummate professional” by his friend Michael Pointon": the agent speaks;
            # "was hailed for his “remarkable visual beauty”": by whom, the text does not say
            after = [t for t in tokens_between(doc, span.outer_end, opening.sent.end_char) if not t.is_space]
            if not after or after[0].lower_ != "by":
                continue
            speaker = []
            for t in after[1:]:
                if t.is_punct or t.lower_ in SPEAKER_STOP and t.lower_ != "and":
                    break
                speaker.append(t)
            if not any(t.pos_ in ("NOUN", "PROPN") for t in speaker):
                continue
            end = speaker[-1].idx + len(speaker[-1])
            out.append(Candidate(span.start, span.end, False, speaker, verb, " ".join(t.text for t in doc[verb.i:k]),
                                 "reported:partial", (verb.idx, end)))
            continue
        # "said the ruling was fair and praised its “brave” reasoning": the sayer praises, whatever the parse joined
        speaker = subject_of(_joined_sayer(verb) or verb)
        if not speaker and verb.tag_ == "VBG" and verb.head.i != verb.i:
            speaker = subject_of(verb.head)  # "Describing Mr Jackson as “a good person”, the mother-of-nine said"
        if not speaker and verb.tag_ != "VBG":  # a parse that lost the subject: the words before the verb
            speaker = [t for t in subject_tokens(doc, verb.sent, verb, (span.start, span.end)) if t.i < verb.i]
        if not speaker:
            continue
        end = span.outer_end
        out.append(Candidate(span.start, span.end, False, speaker, verb, " ".join(t.text for t in doc[verb.i:k]),
                             "reported:partial", (verb.idx if verb.i < speaker[0].i else speaker[0].idx, end)))
    return out


# -- reported speech ----------------------------------------------------------------------------

def _inside(char: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= char < b for a, b in spans)


STATEMENT_RE = re.compile(r"(?i)\b(?:" + "|".join(sorted(STATEMENT_NOUNS)) + r")\s+that\b")


def reported_candidates(doc: Doc, frame_verbs: set[int], direct: list[tuple[int, int]],
                        framed: list[tuple[int, int]] | None = None) -> list[Candidate]:
    """The reported clauses of ``doc`` outside the quotes ``direct``; a clause that holds a quote of ``framed`` (the
    quotes with a frame of their own; default all of ``direct``) is that quote's frame and reports nothing more."""
    framed = direct if framed is None else framed
    out: list[Candidate] = []
    text = doc_text(doc)
    statements = STATEMENT_RE.search(text) is not None  # most articles issue none: skip the token walk
    saying = saying_positions(doc)
    for sent in reading_sentences(doc):
        used: list[tuple[int, int]] = []
        for i in saying[bisect.bisect_left(saying, sent.start):bisect.bisect_left(saying, sent.end)]:
            tok = doc[i]
            lemma = speech_verb(tok)
            if lemma is None or tok.i in frame_verbs or _inside(tok.idx, direct):
                continue
            if lemma in QUOTE_ONLY and not _that_follows(doc, tok) and not _adding_clause(tok) and \
                    not (_intransitive(tok) and _reverse_or_parenthetical(doc, list(sent), tok.i - sent.start)[0]):
                continue  # "he added" frames quotes; "added that ...", "..., adding it was ..." and "..., the
                # report added." report
            if lemma in THAT_NEXT and not (tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "that"):
                continue  # "ruled that ..." reports a ruling; "ruled out", "ruled the country that ..." do not
            if is_passive(doc, tok):
                continue  # "aid workers had been denied access", "he was told": no statement of the subject
            if withheld(doc, tok):
                continue  # "Mr Balls refused to say whether ...", "she would not say": nothing was said
            if tok.i > 1 and doc[tok.i - 2].lower_ in ("who", "what", "whatever", "whoever") and \
                    doc[tok.i - 1].pos_ in ("PRON", "NOUN", "PROPN"):
                continue  # "whether an individual is who they say they are": a free relative, no report
            if tok.lower_.endswith("ing") and tok.i > sent.start and doc[tok.i - 1].lower_ in ("by", "after", "before"):
                continue
            cand = _reported(doc, sent, tok)
            if cand is None or _inside(cand.start, used):
                continue
            if _relayed(doc, cand, out):
                continue
            if _holds_framed(text, cand, framed):
                continue  # the clause is a direct quote with its frame; that quote covers it
            used.append((cand.start, cand.end))
            out.append(cand)
            second = _second_report(doc, sent, cand) if cand.verb is not None else None
            if second is not None and not _holds_framed(text, second, framed):
                used.append((second.start, second.end))
                out.append(second)
        out.extend(_according_to_person(doc, sent, used, direct))
        if statements:
            out.extend(_issued_statements(doc, sent, used, direct))
    return out


def _holds_framed(text: str, cand: Candidate, framed: list[tuple[int, int]]) -> bool:
    """The reported clause holds a quote that has a frame of its own, from its opening to its end but for the closing
    marks and stops ('X said: "Everyone sees a black hole," he said': the words before "he said" are X's frame and
    quote, no report of anyone's)."""
    return any(cand.start <= a < cand.end and not text[cand.end:b].strip(" ,.;:!?\"'”’") for a, b in framed)


def _relayed(doc: Doc, cand: Candidate, found: list[Candidate]) -> bool:
    """"Officials said the curfew would end, Al Jazeera reported": an outlet's frame after words that are already
    someone's report (a verb of saying with its own speaker inside them) relays that report and adds none; the
    report ends before the frame and the outlet is its source (via)."""
    if cand.rule != "reported:before" or not cand.speaker_tokens or not names_outlet(
            doc_text(doc)[cand.speaker_tokens[0].idx:cand.speaker_tokens[-1].idx + len(cand.speaker_tokens[-1])]):
        return False
    inner = [c for c in found if not c.direct and c.verb is not None and cand.start <= c.verb.idx < cand.end
             and c.start < cand.end < c.end]
    if not inner:
        return False
    c = inner[-1]
    c.parts = [(a, min(b, cand.end)) for a, b in (c.parts or [(c.start, c.end)]) if a < cand.end]
    c.end = c.parts[-1][1]
    c.frame = f"{c.frame} {cand.frame}"
    return True


ISSUING = {"issue", "release", "publish", "put", "make"}


def _issued_statements(doc: Doc, sent: Span, used: list[tuple[int, int]],
                       direct: list[tuple[int, int]]) -> list[Candidate]:
    """"The group issued a statement that “we will not be intimidated”": the clause after a statement its
    subject issued is that subject's report (no verb of saying governs it)."""
    out = []
    for tok in sent:
        if tok.lower_ not in STATEMENT_NOUNS or tok.dep_ not in ("obj", "dobj") or tok.head.lemma_ not in ISSUING or \
                tok.i + 2 >= sent.end or doc[tok.i + 1].lower_ != "that" or _finite(doc[tok.i + 2]) or \
                _inside(tok.idx, direct):
            continue  # "a statement that was criticised": a relative clause, no content
        bounds = _content_bounds(doc, _cut_attribution(list(doc[tok.i + 2:sent.end])))
        speaker = subject_of(tok.head)
        if bounds is None or not speaker or _inside(bounds[0], used):
            continue
        used.append(bounds)
        frame = " ".join(t.text for t in sent if not bounds[0] <= t.idx < bounds[1])
        out.append(Candidate(bounds[0], bounds[1], False, speaker, tok.head, frame, "reported:statement",
                             (sent.start_char, sent.end_char), [bounds]))
    return out


def _adding_clause(verb: Token) -> bool:
    """"..., adding it was almost as if ...": a participle after a comma with a clause right after it (a
    subject of up to three words, then a finite verb), whatever the parse made of it."""
    if verb.tag_ != "VBG" or verb.i == 0 or verb.nbor(-1).text != ",":
        return False
    for k, t in enumerate(verb.doc[verb.i + 1:verb.i + 5]):
        if t.is_punct:
            return False
        if k > 0 and _finite(t):
            return True
    return False


def _intransitive(verb: Token) -> bool:
    """"..., the report added.": no object; "US firms added 146,000 jobs" is no speech."""
    return not any(c.dep_ in ("obj", "dobj", "iobj") for c in verb.children)


BE_FORMS = {"be", "been", "being", "was", "were", "is", "are", "'s", "’s", "am"}


def is_passive(doc: Doc, tok: Token) -> bool:
    prev = [t for t in doc[max(0, tok.i - 3):tok.i] if t.lower_ not in ("not", "n't", "also", "reportedly", "later")]
    return bool(prev) and prev[-1].lower_ in BE_FORMS and tok.lower_.endswith(("ed", "told", "said", "written"))


REFUSING = {"refuse", "refused", "refuses", "refusing", "decline", "declined", "declines", "declining"}


def withheld(doc: Doc, tok: Token) -> bool:
    """A verb of saying that was not done: "refused to say", "declined to comment", "would not say",
    "wouldn't say", "did not say", "has not said how ...", "never said" (a modal, "do" or "have" and a negation
    right before it)."""
    before = [t.lower_ for t in doc[max(0, tok.i - 3):tok.i]]
    if before[-1:] == ["to"] and len(before) >= 2 and before[-2] in REFUSING:
        return True
    if before[-1:] == ["never"]:
        return True
    return len(before) >= 2 and before[-1] in ("not", "n't") and before[-2] in ("would", "wo", "could", "ca", "can",
                                                                               "did", "does", "do", "has", "have",
                                                                               "had", "ha")


def _that_follows(doc: Doc, tok: Token) -> bool:
    """"added that", "wrote on Telegram that": a "that" within a few words, no other verb between."""
    for t in doc[tok.i + 1:min(len(doc), tok.i + 7)]:
        if t.lower_ == "that":
            return True
        if t.is_punct or _finite(t):
            return False
    return False


def _content_bounds(doc: Doc, toks: list[Token]) -> tuple[int, int] | None:
    toks = after_dateline([t for t in toks if not t.is_space])
    dates = doc._.fp_dates or []
    while toks and any(d.start_char <= toks[0].idx < d.end_char for d in dates):
        toks = toks[1:]  # "said Wednesday it will impose ...": the day is when it was said
    for k in range(1, len(toks) - 1):  # reported words end with their sentence, whatever the splitter did
        if toks[k].text in (".", "!", "?") and toks[k + 1].text[:1].isupper() and k > 2:
            toks = toks[:k + 1]
            break
    toks = _before_next_report(toks)
    while toks and (toks[0].is_punct and not toks[0].is_quote or toks[0].lower_ == "that"):
        toks = toks[1:]
    while toks and toks[-1].is_punct and not toks[-1].is_quote and toks[-1].text != "%":
        toks = toks[:-1]
    if len(toks) < 3 or toks[0].lower_ == "to":
        return None  # "promised to make sure ...": an infinitive is an intention, not a report
    return toks[0].idx, toks[-1].idx + len(toks[-1])


CONTRASTING = {"while", "whereas", "but"}  # words that set one speaker's report against another's


def _before_next_report(toks: list[Token]) -> list[Token]:
    """Reported words end where the same speaker's next report begins: "..., but said it would ...",
    "... and said ...", "..., adding it was ...": that verb reports words of its own."""
    first = toks[0].i if toks else 0
    for k in range(2, len(toks) - 1):
        tok = toks[k]
        if not speech_verb(tok):
            continue    # (asked first: most words are none, and their children need not be read)
        subject = next((c for c in tok.children if c.dep_.startswith("nsubj") and c.i < tok.i), None)
        if tok.tag_ in ("VBD", "VBZ", "VBP") and subject is not None and \
                subject.left_edge.i - first >= 3 and toks[subject.left_edge.i - first - 1].lower_ in CONTRASTING:
            # "..., while Democrats complain that ...": another speaker's report, set against this one
            j = subject.left_edge.i - first - 1
            while j > 0 and toks[j - 1].text in (",", "-", "—", "–"):
                j -= 1
            return toks[:j]
        if tok.tag_ not in ("VBD", "VBZ", "VBG"):
            continue
        j = k - 1
        while j > 0 and toks[j].lower_ in VERB_PREFIX:
            j -= 1
        # "..., but he added that ...": a subject pronoun of its own after the joint is the same kind of new report
        if j > 0 and toks[j].tag_ == "PRP" and toks[j].dep_.startswith("nsubj") and toks[j].head.i == tok.i:
            j -= 1
            while j > 0 and toks[j].lower_ in VERB_PREFIX:
                j -= 1
        joint = toks[j]
        if (joint.lower_ in ("but", "and") and tok.tag_ != "VBG") or (joint.text == "," and tok.tag_ == "VBG"):
            while j > 0 and toks[j - 1].text in (",", "-", "—", "–"):
                j -= 1
            return toks[:j]
    return toks


def subject_of(verb: Token) -> list[Token]:
    """The parse's subject phrase of a verb ([] when it has none or the parse is clearly wrong). A
    parse may split "Mr Blair" into two subjects: the words from the first to the last are taken."""
    subj = [c for c in verb.children if c.dep_.startswith("nsubj")]
    if not subj and verb.dep_ == "conj" and speech_verb(verb) and verb.head.dep_ == "ccomp" \
            and not speech_verb(verb.head) and speech_verb(verb.head.head) and verb.head.head.i < verb.head.i:
        # "Analysts said the market had been caught off guard and warned that ...": the parse joins "warned" to
        # what they said; it goes with "said", whose speakers warn
        return subject_of(verb.head.head)
    if not subj and verb.dep_ == "conj" and speech_verb(verb) and verb.tag_ in ("VBD", "VBZ") and \
            verb.head.tag_ in ("VB", "VBG", "VBN", "NN", "NNS") and verb.head.i < verb.i:
        # "The WTO said there was no consensus to retain the quotas and stressed that ...": a finite verb the parse
        # joined to an infinitive (or a noun) inside what was said goes with the verb of saying above them
        said = next((a for a in verb.head.ancestors if speech_verb(a) and a.tag_ in ("VBD", "VBZ", "VBP") and
                     a.i < verb.head.i and any(c.dep_.startswith("nsubj") for c in a.children)), None)
        if said is not None:
            return subject_of(said)
    if not subj and verb.dep_ == "conj" and verb.head.i < verb.i:  # "X stopped short of it but said ...": X's
        noun = _noun_before(verb)
        if noun is not None:  # "X is struggling with a deficit and analysts said": the parse's conjunct
            return [t for t in noun.subtree if t.i <= noun.i and t.dep_ not in ("cc", "punct")]
        if verb.head.pos_ == "PROPN" and verb.head.dep_ == "ROOT" and \
                not any(c.dep_.startswith("nsubj") for c in verb.head.children):
            # "Redknapp, 57, quit his post and vowed: ...": the parse made the name the root and hung the verbs on
            # it; the name is their subject
            return _name_words(verb.head)
        return subject_of(verb.head)
    if not subj and (verb.dep_ == "xcomp" or verb.dep_ == "advcl" and any(
            c.lower_ == "to" and c.dep_ in ("mark", "aux") for c in verb.children)) and \
            verb.head.i < verb.i and _asks(verb.head) and any(
            c.i < verb.i and (c.dep_ in ("obj", "dobj", "iobj") or c.dep_ == "obl" and
                              any(m.lower_ == "on" for m in c.children)) for c in verb.head.children):
        # "He urged the chancellor to admit he had been responsible ...", "called on Moscow to say ...": the one
        # asked has said nothing; the words are the asker's
        return subject_of(verb.head)
    if not subj and verb.tag_ == "VBG" and verb.i > 0 and verb.nbor(-1).text == "," and not speech_verb(verb.head):
        # "Campbell said a win ... would have given Mr Blair a fresh start, adding it was ...": the speaker of
        # the verb of saying before it in the sentence, however the parse hung the participle
        sent = verb.sent
        earlier = next((t for t in reversed(verb.doc[sent.start:verb.i - 1]) if speech_verb(t) and t.tag_ != "VBG"),
                       None)
        if earlier is not None and (said := subject_of(earlier)):
            return said
    owner = _blamed_for(verb) if not subj else None
    if owner is not None:
        return [t for t in owner.subtree if t.i < verb.left_edge.i]
    if not subj and verb.dep_ in ("advcl", "xcomp") and verb.tag_ == "VBG" and verb.head.i < verb.i:
        return subject_of(verb.head)  # "X denied the claim, adding that ...": X's
    if not subj and verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.i > verb.i and \
            any(t.lower_ in SUBORDINATORS for t in verb.doc[verb.sent.start:verb.i]):
        return subject_of(verb.head)  # "While acknowledging that ..., Attorney General Bill Lockyer said ...": his
    if not subj and verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.lower_ in STATEMENT_NOUNS and \
            verb.head.dep_ in ("obj", "dobj") and verb.head.head.i < verb.head.i:
        return subject_of(verb.head.head)  # "The firm issued a statement saying ...": the firm's, not the statement's
    if not subj and verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBZ", "VBP") and verb.head.i == verb.i - 1 and \
            speech_verb(verb) and verb.head.pos_ in ("NOUN", "PROPN"):
        # "..., an army statement said, adding ...": a finite verb of saying the parse hung on the noun before it
        # has that noun's phrase for its subject
        noun = verb.head
        return [t for t in noun.subtree if t.i <= noun.i and t.dep_ not in ("case", "punct")]
    if not subj and verb.dep_ == "acl" and verb.tag_ == "VBG" and speech_verb(verb):
        clause = _clause_of_prepositional_noun(verb.head)
        if clause is not None and (subject := subject_of(clause)):
            return subject  # "attacked the plans for pensioners saying they needed ...": the attacker's words
    if not subj and verb.dep_ in ("xcomp", "parataxis") and verb.head.i < verb.i and verb.tag_ != "VBN" and \
            not any(c.dep_ in ("obj", "dobj", "iobj") and c.i < verb.i for c in verb.head.children):
        head = verb.head
        if verb.dep_ == "parataxis" and head.pos_ == "PROPN":  # the parse made the name, and not its verb, the root
            end = next((t.i for t in verb.doc[head.i:verb.i] if t.is_punct), head.i + 1)
            return [t for t in verb.doc[head.left_edge.i:end]]
        return subject_of(head)  # "Bush, trying to mend relations, pledged to make a push and defended ...": his
    if not subj and verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.i == verb.i - 1 and \
            verb.head.ent_type_ not in ("DATE", "TIME") and verb.head.lemma_ != "time":
        noun = verb.head  # "Commerce Department figures showing that ...": the figures'
        return [t for t in noun.subtree if t.i <= noun.i and t.dep_ != "case"]
    if not subj and verb.tag_ == "VBG" and verb.i > 0 and verb.nbor(-1).text == "," and \
            verb.dep_ in ("acl", "appos", "conj") and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < verb.i:
        # "he called on the business community ..., promised austerity, fiscal responsibility, and central bank
        # independence, pledging, “...”": a participle after a comma the parse hung on the last noun of a list is the
        # clause's before it; its subject is the nearest finite verb's there
        clause = next((t for t in reversed(verb.doc[verb.sent.start:verb.i - 1]) if t.pos_ in ("VERB", "AUX") and
                       t.tag_ in ("VBD", "VBZ", "VBP") and any(c.dep_.startswith("nsubj") and c.tag_ not in ("WP", "WDT")
                                          for c in t.children)), None)
        if clause is not None:
            return subject_of(clause)
    if len(subj) == 1 and subj[0].tag_ in ("WP", "WDT") and verb.dep_ in ("relcl", "acl:relcl") \
            and verb.head.i < subj[0].i:
        # "minister Heizo Takenaka, who said the economy would grow": the noun the clause is about
        noun = verb.head
        phrase = [t for t in noun.subtree if t.i < subj[0].i and t.i >= noun.left_edge.i and t.text != ","]
        if phrase and phrase[0].pos_ == "ADP":  # a clause the parse hung on a prepositional phrase
            last = max(n for n, t in enumerate(phrase) if t.pos_ == "ADP")
            phrase = phrase[last + 1:]  # "accusations by a government minister who called ...", "welcomed at the time
            # by Beijing, which described the embargo as ...": the minister, Beijing
            if not phrase or subj[0].lower_ != "who" and phrase[-1].pos_ != "PROPN":
                return []  # "a relationship with the chart show, which suggests ...": a thing says nothing
        return phrase
    if not subj:
        return []
    doc = verb.doc
    if len(subj) > 1 and any(t.text == "," for t in doc[subj[-2].i + 1:subj[-1].i]) and \
            any(t.is_sent_start and (t.pos_ == "SCONJ" or t.tag_ == "WRB") for t in doc[max(0, subj[-2].i - 20):subj[-2].i]):
        # "When AFP called the Detention Centre on Thursday, a man who picked up said": the parse made a subject of the
        # opening clause's object too; the subject is the phrase after the comma that closes the clause
        subj = subj[-1:]
    lo = min(t.i for c in subj for t in c.subtree)
    hi = max(t.i for c in subj for t in c.subtree)
    # "Sports psychologist Hugh Richards says": the parse hung the first name on the title before it and left the
    # surname alone as the subject; the name's words right before the subject are the subject's
    while lo > 0 and verb.doc[lo - 1].tag_ == "NNP" and verb.doc[lo - 1].text[:1].isupper() and \
            verb.doc[lo - 1].dep_ in ("flat", "compound") and verb.doc[lo - 1].head.i < lo - 1 and \
            not verb.doc[lo - 1].is_sent_start:
        lo -= 1
    # "U.S. news channel CNN reports": a name the parser hung on the verb as a compound, right after the
    # subject, is the end of the subject; so is a name it hung there as anything else ("Mr Eavis' daughter Emily said")
    while hi + 1 < verb.i and verb.doc[hi + 1].head.i == verb.i and (verb.doc[hi + 1].dep_ in ("compound", "flat") or
                                                                    verb.doc[hi + 1].pos_ == "PROPN"):
        hi += 1
    # "Mark Tully said" with "Tully" tagged an adverb on the verb: a subject word inside a name takes the whole name
    name = next((m for m in actor_mentions(verb.doc) if m.start_char <= verb.doc[hi].idx < m.end_char and
                 any(m.start_char <= c.idx < m.end_char for c in subj)), None)
    while name is not None and hi + 1 < verb.i and verb.doc[hi + 1].idx < name.end_char:
        hi += 1
    phrase = [t for t in verb.doc[lo:hi + 1] if t.i != verb.i]
    while phrase and phrase[0].text == ",":  # ", a woman who answered the phone": the comma closing an opening clause
        phrase = phrase[1:]
    if not phrase or phrase[0].pos_ == "ADP" or (lo < verb.i < hi):
        return []  # "with the talks" as a subject, or a subject around its verb, is a misparse
    return phrase


def _asks(verb: Token) -> bool:
    """The verb asks for something (words.REQUEST_GOVERNORS), by its lemma or its form."""
    return verb.lemma_.lower() in REQUEST_GOVERNORS or verb.lower_ in REQUEST_FORMS


def _name_words(head: Token) -> list[Token]:
    """A name's words around its head: the head with the compound and flat words the parse hung on it."""
    words = [head] + [c for c in head.children if c.dep_ in ("compound", "flat", "flat:name") and
                      abs(c.i - head.i) <= 3 and c.pos_ == "PROPN"]
    return sorted(words, key=lambda t: t.i)


def _clause_of_prepositional_noun(noun: Token) -> Token | None:
    """The verb of the clause whose object a common noun after a preposition belongs to, when a participle of saying
    the parse hung on that noun is the clause subject's: "attacked the plans for pensioners saying ...", "will call
    for religious tolerance arguing that ..." (the noun no name, no source that publishes: "according to a report
    saying ..." is the report's; in "with sources claiming ..." the sources speak)."""
    case = [c for c in noun.children if c.dep_ in ("case", "prep")]
    if noun.pos_ != "NOUN" or not case or noun.ent_type_ or \
            any(c.lower_ in ("according", "to", "with", "without") for c in case) or \
            noun.lower_ in ISSUED_NOUNS | FINDING_NOUNS | STATEMENT_NOUNS:
        return None
    k = noun
    while k.dep_ in ("nmod", "obl", "obj", "dobj", "pobj", "conj") and k.head.i != k.i and k.head.i < k.i:
        k = k.head
        if k.pos_ in ("VERB", "AUX"):
            return k
    return None


def _blamed_for(verb: Token) -> Token | None:
    """"fined striker Leo Marsh for saying ...", "accused the minister of claiming ...": the one an act blames or
    praises for the words a gerund of saying after "for"/"of" reports, who said them (the act's object)."""
    if verb.tag_ != "VBG" or verb.head.i >= verb.i or \
            not any(c.lower_ in ("for", "of") and c.dep_ in ("mark", "case") for c in verb.children):
        return None
    owner = verb.head if verb.dep_ == "acl" else \
        next((c for c in verb.head.children if c.dep_ in ("obj", "dobj") and c.i < verb.i), None)
    return owner if owner is not None and owner.pos_ in ("NOUN", "PROPN") else None


def _noun_before(verb: Token) -> Token | None:
    """A noun right before a coordinated verb that has no subject of its own, which the parse made a
    conjunct of an earlier noun ("... a deficit and analysts said"): that noun is the verb's subject."""
    k = verb.i - 1
    while k > 0 and verb.doc[k].lower_ in VERB_PREFIX:
        k -= 1
    noun = verb.doc[k]
    if noun.pos_ in ("NOUN", "PROPN") and noun.dep_ == "conj" and noun.head.i < noun.i and noun.head.i != verb.head.i:
        return noun
    return None


def subject_tokens(doc: Doc, sent: Span, verb: Token, content: tuple[int, int]) -> list[Token]:
    phrase = [t for t in subject_of(verb) if not content[0] <= t.idx < content[1]]
    if sum(t.text == ")" for t in phrase) > sum(t.text == "(" for t in phrase):
        phrase = []  # the parse's subject is a word in brackets ("Co. (KO.N: Quote, Profile, Research) said")
    named = _name_before_aside(sent, verb, phrase)
    if named:
        return named
    if phrase:
        # "the festival but organisers": the parse's subject may run over a "but" (an "and" joins speakers)
        return _after_coordinated_clause(phrase) if any(t.lower_ in ("but", "yet") for t in phrase) else phrase
    preceding = _from_bracket_opening(doc, sent) + list(sent[:verb.i - sent.start])
    # "Peter Maurer, president of the ICRC, said": a comma right before the verb closes an
    # appositive, so the subject runs back over two commas
    allowed = 2 if preceding and preceding[-1].text == "," else 0
    before: list[Token] = []
    commas = 0
    inside = 0  # within brackets: "Coca-Cola Co. (KO.N: Quote, Profile, Research), which ..., said"
    for t in reversed(preceding):
        inside += (t.text == ")") - (t.text == "(")
        if inside > 0 or t.text == "(":
            before.insert(0, t)
            continue
        if content[0] <= t.idx < content[1] or t.lower_ in SUBORDINATORS | {"that"} or t.text in (";", ":"):
            break
        if t.text == ",":
            commas += 1
            if commas > allowed:
                break
        before.insert(0, t)
    while before and before[0].text == ",":
        before = before[1:]
    while before and before[-1].text == ",":
        before = before[:-1]
    while before and before[-1].lower_ in VERB_PREFIX:
        before.pop()
    before = _after_coordinated_clause(before)
    if before and before[-1].lower_ in ("he", "she", "they", "it", "we", "i"):
        return before[-1:]
    if before:
        return before
    after = []
    for t in sent[verb.i - sent.start + 1:]:
        if t.is_punct or t.lower_ in SPEAKER_STOP or content[0] <= t.idx < content[1]:
            break
        after.append(t)
    return after


def _name_before_aside(sent: Span, verb: Token, phrase: list[Token]) -> list[Token]:
    """"Mr Robinson, the youngest MP elected to Parliament, said ...": a sentence opening with a name, then an aside
    set off by commas right before the verb, speaks through the name; the parse, reading the aside's participle as
    the sentence's verb, took a noun of the aside for the subject. The name and the aside, for the resolver (which
    reads the name before an appositive), or nothing when the parse's subject is not inside such an aside."""
    k = verb.i - sent.start
    if not phrase or k < 4 or sent[k - 1].text != ",":
        return []
    first = next((j for j in range(k - 1) if sent[j].text == ","), None)
    if first is None or not 1 <= first <= 4 or phrase[0].i <= sent.start + first or phrase[-1].i >= verb.i - 1:
        return []
    name = list(sent[:first])
    if not any(t.pos_ == "PROPN" for t in name) or not all(t.text[:1].isupper() or t.text in ("-", ".") for t in name):
        return []
    return list(sent[:k - 1])


def _after_coordinated_clause(before: list[Token]) -> list[Token]:
    """The words before a verb of saying that the parse gave no subject, from the last clause joined to it:
    "Judges retired to consider their verdict and the prime minister said", "tickets sold out before the
    festival but organisers confirmed" - a "but" never joins two speakers, an "and" after a finite verb
    joins a clause ("Sony and IBM said" keeps both) unless the verb is a relative clause's or an aside's ("Ian
    Gibson, who chairs the science and technology committee, said"); the words after it open a noun phrase
    ("officials who toured the camp and met survivors said" keeps the officials)."""
    cut = 0
    for k, t in enumerate(before[:-1]):
        if before[k + 1].pos_ not in ("DET", "PROPN", "NOUN", "ADJ", "PRON", "NUM") or \
                any(w.lower_ in RELATIVE_PRONOUNS or w.text == "," for w in before[:k]):
            continue
        if t.lower_ in ("but", "yet") or t.lower_ == "and" and any(
                w.tag_ in ("VBD", "VBZ", "VBP", "MD") and w.text.islower() for w in before[:k]):
            cut = k + 1
    return before[cut:]


def _from_bracket_opening(doc: Doc, sent: Span) -> list[Token]:
    """The words before ``sent`` back to its line's start when the splitter opened it inside brackets ("Coca-Cola
    Co. (KO.N: | Quote, Profile, Research), which ..., said"): the name before the brackets is the subject's."""
    depth = 0
    for t in sent:
        depth += (t.text == ")") - (t.text == "(")
        if depth > 0:
            break
    if depth <= 0:
        return []
    k = sent.start - 1
    while k >= 0 and depth > 0:
        depth += (doc[k].text == ")") - (doc[k].text == "(")
        k -= 1
    while k >= 0 and doc[k].text not in (".", "!", "?") and "\n" not in doc[k].text:
        k -= 1
    return list(doc[k + 1:sent.start]) if depth == 0 else []


def _reported(doc: Doc, sent: Span, verb: Token) -> Candidate | None:
    """The clause a speech verb reports: around or before an inserted ", X said," first (the
    parse often splits those), then the parse's ccomp or "that ..." up to the sentence end, then
    a bare clause after the verb."""
    text = doc_text(doc)
    rel = verb.i - sent.start
    toks = list(sent)
    main = _main_clause_after(sent, verb)
    if main is not None:
        toks = toks[:main - sent.start]  # "After the rebels said they had taken the town, the minister said ...": the
        # opening clause's words end where the main clause begins; the main clause reports on its own
    parts, rule, speaker = _reverse_or_parenthetical(doc, toks, rel)
    if not parts:
        after = toks[rel + 1:]
        ccomp = [c for c in verb.children if c.dep_ == "ccomp" and not _subordinate(c) and c.i > verb.i]
        that = next((j for j, t in enumerate(after[:10]) if t.text == "that"), None)  # "That's Life" is a title
        # "told adoring supporters that ...": an -ing word right after "told" describes the people told
        told_ing = 1 if speech_verb(verb) == "tell" and after and after[0].tag_ == "VBG" else 0
        if that is not None and not any(t.text in (".", ";") or _finite(t) for t in after[told_ing:that]):
            bounds = _content_bounds(doc, _cut_attribution(_before_joined(verb, after[that + 1:])))
            rule = "reported:that"
        elif ccomp:
            first = min(t.i for t in ccomp[0].subtree)
            obj = next((c for c in verb.children if c.dep_ in ("obj", "dobj") and verb.i < c.i < first), None)
            if obj is not None and speech_verb(verb) != "tell" and obj.i == verb.i + 1 and obj.pos_ in ("NUM", "NOUN",
                                                                                                  "PRON", "DET"):
                first = obj.i  # "said one of the easiest ways to fund it was ...": the clause's subject as an object
            elif obj is not None and speech_verb(verb) != "tell" and obj.left_edge.i == verb.i + 1 and \
                    obj.pos_ in ("NOUN", "PROPN") and (
                        all(t.text == "-" for t in doc[obj.right_edge.i + 1:first]) or
                        not any(c.dep_.startswith("nsubj") for c in ccomp[0].children) and
                        all(t.head.i == verb.i and t.dep_ == "obl" or t.head.i > obj.i and t.head.i < first
                            for t in doc[obj.right_edge.i + 1:first])):
                # "revealed Shaun Wright-Phillips will start", "said music sales for the year to March will fall" (a
                # clause with no subject of its own): the parse took the clause's subject for the verb's object
                first = obj.left_edge.i
            bounds = _content_bounds(doc, _cut_attribution(_before_joined(verb, toks[first - sent.start:])))
            rule = "reported:ccomp"
        else:
            bounds, rule = _bare_clause(doc, toks, rel), "reported:clause"
        if bounds is None:
            return None
        told = OUTLET_RE.match(text, bounds[0]) if speech_verb(verb) == "tell" else None
        if told:  # "told BBC News Labour MPs would not ...": the outlet is whom he told
            bounds = (len(text[:told.end()]) + len(text[told.end():bounds[1]]) -
                      len(text[told.end():bounds[1]].lstrip()), bounds[1])
        parts = [bounds]
        speaker = subject_tokens(doc, sent, verb, bounds)
    if not speaker:
        return None
    start, end = parts[0][0], parts[-1][1]
    frame = " ".join(t.text for t in toks if not any(a <= t.idx < b for a, b in parts))
    return Candidate(start, end, False, speaker, verb, frame, rule, (sent.start_char, sent.end_char), parts)


def _main_clause_after(sent: Span, verb: Token) -> int | None:
    """Where the main clause begins (its subject's first token) when ``verb`` is in a subordinate clause that opens
    the sentence before it: "When the government announced it had reached its target, Tony Blair said ...",
    "Although Campese admitted he was surprised, he insisted ...", "While acknowledging that ..., Lockyer said ...".
    None when ``verb`` is the main clause's or its clause follows the main one. The opening clause ends at a comma
    followed by a noun phrase that is the subject of a verb after it (the parse may hang either clause on the
    other)."""
    doc = sent.doc
    opener = next((t for t in sent if not (t.is_punct or t.dep_ == "cc" or t.is_space)), None)
    if opener is None or not opener.i < verb.i or opener.lower_ not in SUBORDINATORS or \
            any(t.text in (",", ";", ":") or t.is_quote for t in doc[opener.i:verb.i]):
        return None
    for t in doc[verb.i + 1:sent.end]:
        if t.text != "," or t.i + 1 >= sent.end:
            continue
        subject = next((w for w in doc[t.i + 1:min(sent.end, t.i + 8)] if w.dep_.startswith("nsubj")), None)
        if subject is None or subject.head.i <= subject.i or subject.tag_ in ("WDT", "WP") or \
                not all(w.pos_ in ("DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM") or w.dep_ in ("compound", "flat") or
                        w.text in ("'s", "’s", "-") or w.is_quote for w in doc[t.i + 1:subject.i + 1]) or \
                not (subject.head.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ == "aux" for c in subject.head.children)):
            continue
        start = t.i + 1
        while start + 1 < sent.end and doc[start].is_quote:
            start += 1  # ‘“... law,” Attorney General Bill Lockyer said’: the mark closes the opening clause's quote
        return start if t.i > verb.i + 2 else None
    return None


def _joined(verb: Token, after: int) -> list[Token]:
    """Predicates coordinated with the verb of saying after token ``after``: "said the ruling was fair and praised
    the jury" (no subject of their own: the sayer's), "said wages had risen but that rents rose faster" (a "that"
    clause: a second report of the sayer's). The parse may hang either on the reported clause's head instead: a
    "that" clause there is still a second report, and a past or present form with no subject after a head that
    cannot share its tense ("would open in May and thanked the engineers", "was fair and praised the jury") is
    still the sayer's act."""
    out = []
    heads = [(verb, False)] + [(c, True) for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    for head, inner in heads:
        for c in head.children:
            if c.dep_ != "conj" or c.i <= after:
                continue
            that = any(d.dep_ == "mark" and d.lower_ == "that" for d in c.children)
            bare = not any(d.dep_.startswith("nsubj") for d in c.children) and c.pos_ in ("VERB", "AUX")
            if that or bare and (not inner or c.tag_ in ("VBD", "VBZ") and
                                 (head.tag_ in ("VB", "VBG") or any(d.dep_ == "cop" for d in head.children))):
                out.append(c)
    return out


def _joined_sayer(tok: Token) -> Token | None:
    """The verb of saying whose coordinated predicate (``_joined``) holds ``tok``: quoted words there are the
    sayer's ("said the ruling was fair and praised their “very decisive” majority"), by the parse's path up."""
    k = tok
    while k.head.i != k.i:
        if k.dep_ == "conj":
            for verb in (k.head, k.head.head):
                if speech_verb(verb) and k in _joined(verb, verb.i) and \
                        not any(d.dep_ == "mark" and d.lower_ == "that" for d in k.children):
                    return verb
        k = k.head
    return None


def _joint(conj: Token) -> int:
    """The first token of a coordinated predicate with its "and"/"but" (and a comma before it)."""
    k = min([conj.left_edge.i] + [d.i for d in conj.children if d.dep_ == "cc"])
    while k > 0 and conj.doc[k - 1].text == ",":
        k -= 1
    return k


def _before_joined(verb: Token, toks: list[Token]) -> list[Token]:
    """Reported words end where a predicate coordinated with their verb of saying begins: what follows "and
    praised ..." is the sayer's act, not what was said (a "that" clause after "but" is its own report)."""
    if not toks:
        return toks
    doc = verb.doc
    # a joint inside quoted words is the speaker's own list ("Labour would “do anything, say anything”")
    joined = [c for c in _joined(verb, toks[0].i) if _joint(c) >= toks[0].i and
              sum(any(ch in t.text for ch in '"“”') for t in doc[toks[0].i:_joint(c)]) % 2 == 0]
    if not joined:
        return toks
    cut = _joint(min(joined, key=lambda c: c.i))
    return [t for t in toks if t.i < cut]


def _second_report(doc: Doc, sent: Span, cand: Candidate) -> Candidate | None:
    """"said wages had risen but that rents were rising faster": the clause "that" opens after the first report,
    coordinated with its verb of saying, is the same sayer's second report."""
    verb = cand.verb
    second = next((c for c in _joined(verb, verb.i) if any(d.dep_ == "mark" and d.lower_ == "that" for d in c.children)
                   and doc[_joint(c)].idx >= cand.end), None)
    if second is None:
        return None
    that = next(d for d in second.children if d.dep_ == "mark" and d.lower_ == "that")
    rest = [t for t in doc[that.i + 1:sent.end]]
    bounds = _content_bounds(doc, _cut_attribution(_before_joined(verb, rest)))
    if bounds is None:
        return None
    frame = " ".join(t.text for t in sent if not bounds[0] <= t.idx < bounds[1])
    return Candidate(bounds[0], bounds[1], False, cand.speaker_tokens, verb, frame, cand.rule + "+that",
                     (sent.start_char, sent.end_char), [bounds])


SUBORDINATORS = {"after", "before", "when", "while", "because", "since", "until", "as", "although", "though",
                 "whereas", "once", "whenever", "where"}


def _subordinate(head: Token) -> bool:
    """A clause opening with "after/when/because..." is an adverbial, not what was said."""
    first = min(head.subtree, key=lambda t: t.i)
    return first.lower_ in SUBORDINATORS


def _cut_attribution(toks: list[Token]) -> list[Token]:
    """Drop a trailing ", according to news agency AFP" from reported words."""
    for j in range(len(toks) - 1, 0, -1):
        if toks[j].lower_ == "according" and toks[j - 1].text == ",":
            return toks[:j - 1]
    return toks


def _reverse_or_parenthetical(doc: Doc, toks: list[Token], rel: int) -> tuple[list[tuple[int, int]], str, list[Token]]:
    """"..., Peskov said." (the clause before it) and "..., Peskov said, ..." (the words around the
    insert): returns the content parts, the rule and the speaker's tokens ([] when no match)."""
    # "..., one of the world's leading credit rating agencies says.": a speaker phrase may be long
    left_comma = next((j for j in range(rel - 1, max(-1, rel - 13), -1) if toks[j].text == ","), None)
    if left_comma is None:
        return [], "", []
    nxt = next((t for t in toks[rel + 1:] if not t.is_space), None)
    if toks[rel].tag_ == "VBN" and nxt is not None and nxt.lower_ == "by":
        return [], "", []  # "waters claimed by Greece", "the islands, claimed by Japan, ...": owned, not said
    tail = [t for t in toks[rel + 1:] if not t.is_space]  # a paragraph break after a headline is no word
    end_j = next((j for j, t in enumerate(tail) if t.text in (",", ".", "!", "?", ";")), len(tail))
    adjunct = _closing_adjunct(tail, end_j) if end_j > 8 else None
    if adjunct is not None:
        # "..., an Iranian envoy said Monday in a further sign of strained relations following ...": a long phrase
        # on the saying closes the sentence; the frame is the words before it
        tail, end_j = tail[:adjunct] + [tail[end_j]], adjunct
    if end_j > 8 or any(_finite(t) and not (t.tag_ in ("VBN", "VBG") and t.dep_ == "acl") for t in tail[:end_j]):
        return [], "", []  # "In Moscow, Peskov said Russia would respond": a clause follows the verb ("said in a
        # court filing released Wednesday," has none: a participle on a noun)
    if speech_verb(toks[rel]) != "tell" and any(t.dep_ in ("obj", "dobj") and t.head.i == toks[rel].i
                                                for t in tail[:end_j]) and \
            any(not t.is_punct and t.lower_ not in VERB_PREFIX for t in toks[left_comma + 1:rel]):
        # "..., the data suggests annual growth of 0.2%, ...": an object follows (not "..., says X", "..., X told AFP")
        return [], "", []
    if speech_verb(toks[rel]) == "tell" and any(t.lower_ in NARRATIVE_NOUNS and t.head.i == toks[rel].i
                                                for t in tail[:end_j]):
        return [], "", []  # "..., Tide tells the story of a young father, ...": a film's plot, not a report
    closing = tail[end_j] if end_j < len(tail) else None
    speaker = [t for t in toks[left_comma + 1:rel] if t.lower_ not in VERB_PREFIX]
    lone_noun = len(speaker) == 1 and speaker[0].lower_ not in FINITE_WORDS and speaker[0].is_alpha
    if any(speech_verb(t) or (_finite(t) and t.tag_ not in ("VBG", "VBN") and not lone_noun) for t in speaker):
        # the words before the verb are a clause of their own ("leading", "ruling" are not; nor is a lone
        # word the tagger made a verb: "..., aides said")
        return [], "", []
    if speaker and (speaker[0].pos_ == "ADP" or speaker[0].dep_ in ("case", "prep", "mark")):
        # "..., according to The Daily Beast, including the one she tweeted about Friday": a phrase a preposition
        # opens is no subject; the verb is in a clause about its noun, not a frame
        return [], "", []
    if not speaker:  # inverted: ", said Peskov."
        subjects = [c for c in toks[rel].children if c.dep_ in SUBJECTS]
        if subjects and all(c.i < toks[rel].i for c in subjects):
            return [], "", []  # "The group, which operates there, denied any role": its subject came first, and
            # nothing after the verb is one (", said Tony Froggatt" is, however the clause before was parsed)
        speaker = []
        for t in tail[:end_j]:
            if t.lower_ in SPEAKER_STOP:
                break
            speaker.append(t)
    before = _content_bounds(doc, toks[:left_comma])
    opening = [t for t in toks[:left_comma] if not t.is_punct and not t.is_space]
    if before is None and speaker and closing is not None and closing.text == "," and 1 <= len(opening) <= 2:
        # "But, he added, the council would ...", "The hospital, she said, had coped ...": the words before the
        # inserted frame are too few to be a report of their own; what follows it carries the report
        after = _content_bounds(doc, _cut_attribution(tail[end_j + 1:]))
        if after is None:
            return [], "", []
        if all(t.lower_ in LEADING_NOISE for t in opening):
            return [after], "reported:after", speaker
        return [(opening[0].idx, opening[-1].idx + len(opening[-1])), after], "reported:around", speaker
    if before is None or not speaker:
        return [], "", []
    if closing is None or closing.text in (".", "!", "?", ";"):
        rest = tail[end_j + 1:]
        if any(not t.is_space and not t.is_punct for t in rest):
            return [], "", []
        return [before], "reported:before", speaker
    rest = [t for t in tail[end_j + 1:] if not t.is_space]
    if rest and rest[0].tag_ == "VBG" and speech_verb(rest[0]):
        return [before], "reported:before", speaker  # "..., the OSI claimed, adding that ...": a report of its own
    if rest and rest[0].lower_ in ("but", "and") and any(speech_verb(t) for t in rest[1:5]):
        return [before], "reported:before", speaker  # "..., officials said Sunday, but they said ...": a new report
    if any(t.dep_ == "mark" and t.lower_ in SUBORDINATORS for t in rest[:5]):
        return [before], "reported:before", speaker  # "..., prosecutors said, just two days before jury selection
        # is to begin": an adverbial clause on the saying, not more of what was said
    after = _content_bounds(doc, _cut_attribution(tail[end_j + 1:]))
    if after is None:
        return [], "", []
    return [before, after], "reported:around", speaker


def _closing_adjunct(tail: list[Token], end_j: int) -> int | None:
    """Where a phrase on the verb of saying begins in ``tail`` (the words after it) when that phrase runs to the
    sentence's end: a preposition after the day, if any ("said Monday in a further sign of ...", "said in his
    meeting with Prime Minister Shaukat Aziz here on Wednesday."), holding no verb of saying and no "that" of a report
    of its own; None otherwise."""
    if end_j >= len(tail) or tail[end_j].text not in (".", "!", "?") or \
            any(not (t.is_space or t.is_punct) for t in tail[end_j + 1:]):
        return None
    dates = tail[0].doc._.fp_dates or [] if tail else []
    k = 0
    while k < end_j and (tail[k].ent_type_ in ("DATE", "TIME") or
                         any(d.start_char <= tail[k].idx < d.end_char for d in dates)):
        k += 1
    if k >= end_j or tail[k].pos_ != "ADP" or tail[k].dep_ not in ("case", "prep") or \
            tail[k].lower_ in THAT_WORDS | {"by", "of"}:
        return None  # (not the particle of "pointed out that ...")
    if any(speech_verb(t) or t.dep_ == "ccomp" or t.lower_ in THAT_WORDS and (
            t.dep_ == "mark" or t.nbor(-1).lower_ in STATEMENT_NOUNS | ISSUED_NOUNS) for t in tail[k:end_j]):
        return None  # "..., he said in a statement that ...": a report of its own
    return k


FINITE_WORDS = {"would", "will", "could", "can", "should", "must", "may", "might", "is", "are", "was", "were", "has",
                "have", "had", "did", "does", "do", "'s", "’s", "'re", "’re"}


def _finite(t: Token) -> bool:
    if t.text[:1].isupper() and t.i > 0 and not t.is_sent_start:
        return False  # "United Nations": a name, whatever the tagger says
    if t.lower_ in ("'s", "’s"):
        return t.pos_ in ("AUX", "VERB")  # "the prosecutor's office" is a possessive
    return t.lower_ in FINITE_WORDS or t.tag_ in ("VBD", "VBZ", "VBP", "MD") or t.pos_ in ("VERB", "AUX")


TOLD_OBJECT = {"the", "a", "an", "reporters", "journalists", "media", "press", "news", "conference", "agency",
               "state", "television", "tv", "radio", "parliament", "lawmakers", "legislators", "broadcaster",
               "newspaper", "channel", "daily", "briefing", "crowd", "supporters", "audience", "us", "him", "her",
               "them", "me", "local", "national", "public", "a", "senators", "students", "diplomats", "colleagues"}


def _bare_clause(doc: Doc, toks: list[Token], rel: int) -> tuple[int, int] | None:
    """"X said the country would ...", "X told Reuters the offensive could last": a clause right
    after the verb (and after the person told), for parses that missed the ccomp."""
    after = toks[rel + 1:]
    k = 0
    if toks[rel].lower_ in PARTICLE_SAYING_FORMS and after and after[0].lower_ == PARTICLE_SAYING_FORMS[toks[rel].lower_][1]:
        k = 1  # "pointing out Melcher had moved": the particle is the verb's
    if toks[rel].lower_ in ("told", "tell", "tells", "telling"):
        while k < len(after) and (after[k].lower_ in TOLD_OBJECT or (after[k].text[:1].isupper() and k < 5)
                                  or after[k].text in ("'s", "’s")):
            k += 1
        if k == 0:
            return None
    while k < len(after) and (after[k].lower_ in ("on", "in", "at", "earlier", "late", "last", "this") or
                              after[k].ent_type_ == "DATE" or after[k].text in ("Monday", "Tuesday", "Wednesday",
                                                                               "Thursday", "Friday", "Saturday", "Sunday")):
        k += 1
    clause = after[k:]
    if not clause or clause[0].lower_ in SUBORDINATORS | NARRATIVE_NOUNS or _finite(clause[0]):
        return None
    relative = False
    window, aside_end = 7, -1
    for j, t in enumerate(clause):
        if j >= window:
            break
        if j <= aside_end:
            continue
        if t.lower_ == "and" and _coordinated_subject(clause, j):
            continue  # "said Labour and the Conservatives were united ..."
        if t.text == "," and j > 0 and (close := _name_aside(clause, j)) is not None:
            window, aside_end = window + close - j + 1, close  # "said his client, Peter Grant, would appeal"
            continue
        if t.text in (",", ".", ";", ":") or t.lower_ in ("and", "but", "or"):
            return None  # "promise 4bn in tax cuts but have ...": an object, not a clause
        if j > 0 and t.lower_ in RELATIVE_PRONOUNS:
            relative = True  # "tells the story of a farmer who loses his land": "loses" is the relative clause's
            continue
        if j > 0 and (t.lower_ in FINITE_WORDS or t.tag_ in ("VBD", "VBZ", "VBP", "MD") or _past_after_noun(clause, j)):
            if relative:  # "said people who live nearby had left": the clause's own verb comes after
                relative = False
                continue
            return _content_bounds(doc, _cut_attribution(clause))
    return None


def _name_aside(clause: list[Token], j: int) -> int | None:
    """The comma closing a name set off by commas from the comma at ``j`` (nothing but the name between them:
    "his client, Peter Grant, would appeal"), else None."""
    for k in range(j + 1, min(len(clause), j + 7)):
        if clause[k].text == ",":
            inside = clause[j + 1:k]
            return k if inside and all(x.pos_ == "PROPN" or x.ent_type_ in ("PER", "PERSON", "ORG") for x in inside) \
                else None
    return None


NOMINAL_TAGS = {"DT", "NNP", "NNPS", "NN", "NNS", "JJ", "PRP$", "CD"}


def _coordinated_subject(clause: list[Token], j: int) -> bool:
    """"Labour and the Conservatives were ...": nouns on both sides of the "and", then a finite verb."""
    left = clause[:j]
    right = []
    for t in clause[j + 1:j + 6]:
        if t.tag_ not in NOMINAL_TAGS:
            break
        right.append(t)
    k = j + 1 + len(right)
    return bool(left and right) and all(t.tag_ in NOMINAL_TAGS for t in left) and k < len(clause) and \
        (clause[k].lower_ in FINITE_WORDS or clause[k].tag_ in ("VBD", "VBZ", "VBP", "MD") or _past_after_noun(clause, k))


def _past_after_noun(clause: list[Token], j: int) -> bool:
    """"said phone makers and shops needed to do more": a past form right after the noun a bare clause opens
    with is its verb, though the tagger read it as a participle on the noun (the parse then made the clause's
    subject the verb's object); "by" after it keeps a real participle ("the report published by ..."), not a
    past that is no participle ("said profits rose by 30%")."""
    t = clause[j]
    return t.tag_ == "VBN" and clause[j - 1].tag_ in ("NN", "NNS", "NNP", "NNPS") and \
        (t.lower_ in SIMPLE_PAST_ONLY or not (j + 1 < len(clause) and clause[j + 1].lower_ == "by"))


def _according_to_person(doc: Doc, sent: Span, used: list[tuple[int, int]],
                         direct: list[tuple[int, int]]) -> list[Candidate]:
    """"According to Borrell, the recruitment ... violates international law", "..., according to
    Labor Department figures": a reported statement of whoever "according to" names, in any position
    (a person, an organisation, an outlet, a document); the speaker is the object of "to"."""
    out = []
    for src in according_to_all(doc, sent):
        rest = [t for t in sent if t.idx < src.start_char]
        fronted = sum(t.is_alpha for t in rest) < 3
        # "X said ..., according to Y", "According to Y, X said ...": X's report; a report only after a trailing
        # "according to" is another's ("... theories, according to The Daily Beast, including the one she tweeted")
        if any(a < src.start_char for a, _ in used) or used and fronted or _inside(src.start_char, direct) or \
                (src.via and src.actor is None):
            continue  # "according to CNN's sources": a claim via CNN
        if doc_text(doc)[src.start_char:src.start_char + 1].islower() and \
                any(0 <= src.start_char - b <= 4 and not doc_text(doc)[b:src.start_char].strip(" ,\"”’'") for _, b in direct):
            continue  # “That gets rounds of applause,” according to Mr Graczyk: the direct quote's frame
        if fronted:  # "According to Borrell, the recruitment ...": the words after it
            rest = [t for t in sent if t.idx >= src.end_char]
        # "..., according to a report in the Irish Times": a trailing attribution ends the claim
        bounds = _content_bounds(doc, rest)
        if bounds is None or any(bounds[0] <= a and b <= bounds[1] for a, b in direct):
            continue
        if src.actor is not None and src.actor.kind == "person":
            speaker = [t for t in sent if src.actor.start_char <= t.idx < src.actor.end_char]
        else:  # the whole object: "the Bank of Mexico's figures", "sources", "the Times"
            speaker = [t for t in sent if src.end_char - len(src.text) <= t.idx < src.end_char]
        if not speaker:
            continue
        out.append(Candidate(bounds[0], bounds[1], False, speaker, None, src.text, "reported:according_to",
                             (sent.start_char, sent.end_char)))
    return out


SMALL_WORDS = {"a", "an", "the", "of", "to", "in", "on", "at", "for", "and", "or", "as", "by", "with", "from"}


def is_headline(sent: Span) -> bool:
    """A title-case line with no closing stop ("Putin Says Plane Crashes Involved Terrorists"): the
    tagger and parser read such lines poorly, so headlines get rules of their own."""
    words = [t for t in sent if t.is_alpha and t.lower_ not in SMALL_WORDS]
    return (len(words) >= 3 and sum(t.text[:1].isupper() for t in words) >= 0.8 * len(words)
            and sent[-1].text not in (".", "!", "?", "”", '"'))


def headline_candidates(doc: Doc, found: list[tuple[int, int]]) -> list[Candidate]:
    """Headline speech: "Putin Says Plane Crashes Involved Terrorists" (a name, a verb of saying,
    the claim) and "Straw: No British troops to Darfur" (a name, a colon, the claim); reported,
    not direct, as a headline paraphrases."""
    out = []
    for sent in reading_sentences(doc):
        if any(sent.start_char <= a < sent.end_char for a, _ in found):
            continue
        toks = [t for t in sent if not t.is_space]
        titled = is_headline(sent)
        if not titled and not _title_line(doc, sent):
            continue
        after = _speaker_after_claim(doc, sent, toks)
        if after:
            out += after
            continue
        k = next((j for j, t in enumerate(toks[:6]) if j > 0 and (t.text == ":" or t.lower_ in SAYING_FORMS)), None)
        if not titled and (k is None or toks[k].text != ":" or not any(
                m.kind in ("person", "organisation") for m in mentions_in(doc, toks[0].i, toks[k].i))):
            continue  # a headline in sentence case: "Odinga: no deal without reform" (a person or body, no place)
        if k is None or not all(t.text[:1].isupper() or t.text in (".", "-", "'s", "’s") for t in toks[:k]):
            continue
        if SAYING_FORMS.get(toks[k].lower_) in THAT_NEXT and (k + 1 >= len(toks) or toks[k + 1].lower_ != "that"):
            continue  # "Judge rules against Microsoft" is a ruling, no claim
        if toks[k].text == ":" and not mentions_in(doc, toks[0].i, toks[k].i):
            continue  # "Analysis: ...", "Update: ...": a colon credits an actor the recognisers know
        content = [t for t in toks[k + 1:] if not (t.is_punct and t.i == sent.end - 1)]
        if len(content) < 2:
            continue
        start, end = content[0].idx, content[-1].idx + len(content[-1])
        verb = toks[k] if toks[k].text != ":" else None
        out.append(Candidate(start, end, False, toks[:k], verb, " ".join(t.text for t in toks[:k + 1]),
                             "reported:headline", (sent.start_char, sent.end_char)))
    return out


# a quoted claim in a headline, in single or double marks, set off by a space or the line's ends: "Millions 'to lose
# textile jobs'", "Games 'deserve a place in class'"
HEADLINE_QUOTE = re.compile(r"(?:^|(?<=\s))['‘\"“](?P<words>[^'‘’\"“”\n]{3,120}?)['’\"”](?=[\s,:;.!?]|$)")


def headline_quote_candidates(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """A headline's quoted claim ("Millions 'to lose textile jobs'") whose lead, the sentence after it, reports who
    claims it ("Millions of workers will lose their jobs ..., a charity has warned"): reported, by the lead's speaker.
    The quoted words must hold a verb and two words at least: "Apple unveils low-cost 'Mac mini'", "Campaigners
    attack MTV 'sleaze'" quote a name or a word, no one's claim; a lead that reports nobody credits no one."""
    sents = reading_sentences(doc)
    if len(sents) < 2 or not _title_line(doc, sents[0]):
        return []
    title, lead = sents[0], next((s for s in sents[1:] if s.text.strip()), None)
    if lead is None:
        return []
    source = min((c for c in found if not c.direct and lead.start_char <= c.extent[0] < lead.end_char and
                  c.speaker_tokens and c.verb is not None and speech_verb(c.verb)),
                 key=lambda c: c.start, default=None)
    if source is None:
        return []
    text = doc_text(doc)
    out = []
    for m in HEADLINE_QUOTE.finditer(text, title.start_char, title.end_char):
        a, b = m.span("words")
        if any(c.start <= a < c.end for c in found):
            continue
        words = [t for t in tokens_between(doc, a, b) if not t.is_space and not t.is_punct]
        if len(words) < 2 or not any(t.pos_ in ("VERB", "AUX") or t.tag_ == "MD" for t in words):
            continue
        out.append(Candidate(a, b, False, source.speaker_tokens, source.verb, source.frame, "reported:headline",
                             (title.start_char, title.end_char)))
    return out


def _title_line(doc: Doc, sent: Span) -> bool:
    """The article's first line, alone before a blank line with no closing stop: its headline, in whatever case
    ("UK satisfied with peace process, says Hoon")."""
    words = [t for t in sent if not t.is_space]
    if not words:
        return False
    text = doc_text(doc)
    end = words[-1].idx + len(words[-1])
    return not text[:sent.start_char].strip() and text[end:end + 4].lstrip(" ").startswith("\n") and \
        words[-1].text not in (".", "!", "?", "”", '"')


def _speaker_after_claim(doc: Doc, sent: Span, toks: list[Token]) -> list[Candidate]:
    """A headline that credits its claim after it, past its last comma or colon: "UK satisfied with peace process,
    says Hoon", "Floods worsen in Bihar, aid groups say", "Pakistan not for arms race: spokesman" (a colon with no
    verb: a few words that end in a speaker's title or organisation noun, or a name the recognisers know). An
    outlet in brackets closing the line ("(Reuters)") is no part of it."""
    while toks and toks[-1].is_punct and toks[-1].text not in (")",):
        toks = toks[:-1]
    if toks and toks[-1].text == ")":
        k = max((j for j, t in enumerate(toks) if t.text == "("), default=None)
        toks = toks[:k] if k is not None and len(toks) - k <= 5 else toks
    cut = max((j for j, t in enumerate(toks) if t.text in (",", ":")), default=None)
    if cut is None or cut < 2 or not 1 <= len(toks) - cut - 1 <= 6:
        return []
    tail = toks[cut + 1:]
    inverted = SAYING_FORMS.get(tail[0].lower_) in INVERTED_SAYING
    trailing = SAYING_FORMS.get(tail[-1].lower_) in TRAILING_SAYING
    if len(tail) >= 2 and (inverted or trailing):
        speaker, verb = (tail[1:], tail[0]) if inverted else (tail[:-1], tail[-1])
    elif toks[cut].text == ":" and len(tail) <= 4 and not any(t.pos_ == "VERB" for t in tail) and \
            (tail[-1].lower_ in TITLE_NOUNS | ORGANISATION_NOUNS | INSTITUTION_NOUNS or
             any(m.kind in ("person", "organisation") for m in mentions_in(doc, tail[0].i, tail[-1].i + 1))):
        speaker, verb = tail, None
    else:
        return []
    claim = [t for t in toks[:cut] if not t.is_space]
    if len(claim) < 2 or not any(t.is_alpha for t in speaker):
        return []
    start, end = claim[0].idx, claim[-1].idx + len(claim[-1])
    return [Candidate(start, end, False, speaker, verb, " ".join(t.text for t in toks[cut:]), "reported:headline",
                      (sent.start_char, sent.end_char))]


# -- speakers and records -----------------------------------------------------------------------

def resolve_candidates(doc: Doc, candidates: list[Candidate], resolver: SpeakerResolver,
                       options: SpeakerOptions | None = None, ranker: SpeakerModel | None = None,
                       collect: list | None = None) -> list[Quote]:
    """Quote records of the candidates with their speakers: the rules' (speakers.py), or for a direct quote
    the ranker's (speaker_model.py) where it outscores them or they found nobody."""
    art = article_of(doc)
    text_all = doc_text(doc)
    out: list[Quote] = []
    last: tuple[int, Speaker | None, list[str]] | None = None
    waiting: list[Candidate] = []   # frameless quotes right before another quote: “A.” “B,” said X - X's
    for seen, c in enumerate(candidates):
        speaker: Speaker | None = None
        via = told_outlets(c.frame) + [o for src in according_to_all(doc, _sent_span(doc, c)) for o in src.via
                                        if not c.start <= src.start_char < c.end]
        held = False    # a frameless quote waiting for the frame of the quote after it
        if c.inherit:
            if c.verb is None and not _statement(text_all[c.start:c.end]):
                continue
            introduced = resolver.introduced_before(c.extent[0], last[0]) if (
                last is not None and c.verb is None and c.direct and _opens_sentence(text_all, c.extent[0]) and
                _first_person(text_all[c.start:c.end])) else None
            if introduced is not None and not (last[1] is not None and last[1].ref is not None and
                                               introduced.ref.name == last[1].ref.name) and \
                    not _named_in_run(text_all, candidates, seen, introduced):
                speaker, via = introduced, []  # "His friend, Saxon Spence, lays the blame on one issue. “We lost ...”"
            elif last is not None and _sentences_apart(doc, last[0], c.start) <= 2:
                speaker, via = last[1], last[2]
            elif c.verb is None and _opens_sentence(text_all, c.extent[0]) and \
                    (speaker := resolver.subject_before(c.extent[0])) is not None:
                via = []    # no speaker before it: the person the sentence before is about
            elif c.verb is None and c.direct and last is not None and last[1] is not None and \
                    last[1].kind == "person" and _sentences_apart(doc, last[0], c.start) <= LAST_VOICE_REACH and \
                    not _framed_later(text_all, candidates, seen) and \
                    not _person_named_between(doc, resolver, last[0], c.extent[0], last[1]):
                speaker, via = last[1], last[2]  # "... United in the next round. “It's going to be great ...”"
            elif c.verb is None and c.direct:
                waiting = [w for w in waiting if _adjacent(text_all, w, c)] + [c]
                held = True
        else:
            # names inside what was reported earlier in the same sentence are no antecedent either: "Mr Blair has
            # failed, he claimed, saying he has the wrong solution": the one who claims, not Mr Blair
            before = []
            if any(t.lower_ in ("he", "she", "they") for t in c.speaker_tokens):
                span = _sent_span(doc, c)
                sent_start = span[0].sent.start_char if len(span) else c.extent[0]
                before = [(p.start, p.end) for p in candidates[:seen] if not p.direct and
                          sent_start <= p.start and p.end <= c.start]
            # the one blamed for words ("X branded Y arrogant for claiming ...") is no subject a later "he" picks up
            speaker = resolver.resolve(c.speaker_tokens, [*(c.parts or [(c.start, c.end)]), *before],
                                       salient=not (c.verb is not None and _blamed_for(c.verb) is not None),
                                       voice=c.direct, quote=(c.start, c.end) if c.direct else None)
        score = None
        if c.direct and options is not None:
            ruled = speaker if speaker is not None and speaker.is_speaker else None
            found = options.options(c.start, c.end, c.extent, c.verb, c.rule, ruled, last[1] if last else None)
            if collect is not None:
                collect.append((c, ruled, found, held))
            if ranker is not None and not held:
                chosen, score = ranker.choose(found, ruled)
                if score is not None:
                    speaker = chosen
        if speaker is None or not speaker.is_speaker:
            continue
        via = list(dict.fromkeys([*via, *speaker.via, *outlets_in(c.frame)]))
        via = [v for v in via if not (speaker.ref and v == speaker.ref.text)]
        if c.rule == "quote:frame-after" and waiting and _adjacent(text_all, waiting[-1], c):
            for w in waiting:
                out.append(_quote(doc, art.id, w, speaker, via, c.verb))
        waiting = []
        # a frameless quote keeps the verb of the quote it continues
        q = _quote(doc, art.id, c, speaker, via, c.verb, out[-1].verb if c.inherit and out and c.verb is None else None)
        out.append(dataclasses.replace(q, rule=f"{q.rule}|model:{ranker.name}={score:.2f}") if score is not None else q)
        if c.direct or speaker.kind != "outlet":
            last = (c.end, speaker, via)  # a frameless quote after "X said ..." is X's too
    return out


def _quote(doc: Doc, article: str, c: Candidate, speaker: Speaker, via: list[str], verb_tok: Token | None,
           verb: str | None = None) -> Quote:
    text = " ".join(doc_text(doc)[a:b].strip().rstrip(",").strip() for a, b in (c.parts or [(c.start, c.end)]))
    if verb is None:
        verb = "according to" if "according" in c.rule else \
            SAYING_FORMS.get(verb_tok.lower_) if verb_tok is not None else None
    first_tok = doc.char_span(c.start, c.end, alignment_mode="expand")
    sent_i = sentence_index(doc, first_tok.start) if first_tok is not None and len(first_tok) else 0
    return Quote(id=record_id(doc, "quote", c.start, c.end), article=article, speaker=speaker.ref, text=text,
                 direct=c.direct, via=via, sentence=sent_i, evidence=evidence(doc, *_trim(doc_text(doc), *c.extent)),
                 verb=verb, rule=c.rule if not speaker.rule else f"{c.rule}|{speaker.rule}",
                 speaker_span=evidence(doc, *speaker.span) if speaker.span else None)


# a quote with no frame of its own, after a few sentences of the writer's that name nobody, is still the last
# speaker's (a person's) this many sentences on
LAST_VOICE_REACH = 4


def _person_named_between(doc: Doc, resolver: SpeakerResolver, a: int, b: int, speaker: Speaker) -> bool:
    """A person other than ``speaker`` is named between characters ``a`` and ``b`` outside quotes: who may
    speak next."""
    name = speaker.ref.name if speaker.ref is not None else None
    return any(m.kind == "person" and a <= m.start_char < b and not resolver.quoted(m.start_char) and
               m.ref().name != name for m in actor_mentions(doc))


def _named_in_run(text: str, candidates: list[Candidate], k: int, speaker: Speaker) -> bool:
    """The run of frameless quotes from candidate ``k`` on (a speaker's words going on over sentences and lost
    paragraph breaks) names ``speaker`` by surname: they speak of that person, so they are someone else's ("... Simon
    Taylor looks certain to get the call. “I took lessons from 2001 ... “Every player ... and Simon Taylor is an
    outstanding player ...”": the coach's, not Taylor's)."""
    words = speaker.ref.name.split() if speaker.ref is not None else []
    if not words:
        return False
    surname = re.compile(r"\b" + re.escape(words[-1]) + r"\b")
    for n in range(k, min(len(candidates), k + 6)):
        c = candidates[n]
        if n > k and (c.verb is not None or not c.direct):
            break  # the run ends at a quote with a frame of its own, or at a report
        if surname.search(text, c.start, c.end):
            return True
    return False


def _framed_later(text: str, candidates: list[Candidate], k: int) -> bool:
    """The run of quotes right after candidate ``k`` (nothing but spaces between, one paragraph) ends in a quote
    with a frame after it (“A.” “B,” said X): the frame's speaker is theirs. A run with no frame of its own
    (a speaker's words running on, each sentence opening a new mark) waits for nobody."""
    while k + 1 < len(candidates) and _adjacent(text, candidates[k], candidates[k + 1]):
        k += 1
        if candidates[k].rule == "quote:frame-after":
            return True
    return False


def _adjacent(text: str, a: Candidate, b: Candidate) -> bool:
    """Quote ``b`` follows quote ``a`` with nothing but spaces between, in the same paragraph (a new
    paragraph may bring a new speaker)."""
    between = text[a.extent[1]:b.extent[0]]
    return not between.strip() and "\n" not in between


def _opens_sentence(text: str, char: int) -> bool:
    """Nothing but a sentence's end (and spaces or a closing mark) before ``char``."""
    before = text[max(0, char - 200):char].rstrip().rstrip("”\"’'").rstrip()
    return not before or before[-1] in ".!?\n"


def _first_person(words: str) -> bool:
    """Quoted words in which the speaker speaks of themselves ("I", "we", "our")."""
    # "I'm", "we've": the pronoun before the apostrophe
    return any(re.split(r"['’]", w.strip(".,;:!?\"'’‘“”()"))[0].lower() in FIRST_PERSON for w in words.split())


def _statement(words: str) -> bool:
    """Quoted words that can stand as what someone said without a frame: they open with a capital (not
    "with a margin to spare" inside the writer's sentence) and are not a title ("State of Agricultural
    Commodity Markets 2004", "Free Mojtaba and Arash Day")."""
    tokens = [w for w in words.split() if w[:1].isalpha()]
    if not tokens or not (words[:1].isupper() or words[:1].isdigit() or words[:1] in "'‘"):
        return False
    capitals = sum(w[:1].isupper() for w in tokens)
    return len(tokens) >= 2 and capitals < len(tokens) / 2


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Evidence without the whitespace, or a previous paragraph's closing mark, a sentence picked up."""
    while start < end and (text[start].isspace() or (text[start] in "”\"»’" and text[start + 1:start + 2].isspace())):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _sent_span(doc: Doc, c: Candidate) -> Span:
    span = doc.char_span(*c.extent, alignment_mode="expand")
    return span if span is not None else doc[:]


def _sentences_apart(doc: Doc, a: int, b: int) -> int:
    """How many sentences on from the one holding character ``a - 1`` the one holding ``b`` is, counting
    only sentences with words (a paragraph break or a lone quote mark the splitter made one are none)."""
    ta = doc.char_span(a - 1, a, alignment_mode="expand") if a > 0 else None
    tb = doc.char_span(b, b + 1, alignment_mode="expand")
    if ta is None or tb is None or not len(ta) or not len(tb):
        return 99
    first, last = sentence_index(doc, ta[0].i), sentence_index(doc, tb[0].i)
    return sum(1 for k in range(first + 1, last + 1) if any(t.is_alpha for t in sentence_span(doc, k)))
