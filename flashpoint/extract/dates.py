"""fp_dates: every time expression of the article, resolved against its publication date.

The rules live in extract/timex.py (plain functions over text); this module makes them a
pipeline component and answers the event coder's question "which day does this sentence speak
of?" with ``date_for_span``.
"""

from __future__ import annotations

from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Token

from flashpoint.extract.base import Component, DateMention, article_of, doc_text, record_id, sentence_index
from flashpoint.nlp.deps import SUBJECTS
from flashpoint.nlp.extensions import slot
from flashpoint.extract.timex import find_time_expressions, iso_value, timex_extent
from flashpoint.records import Evidence, Time
from flashpoint.settings import component_defaults

# How precisely an expression dates an event, best first: a sentence dated "on Thursday" and "in
# 2021" is dated Thursday.
GRANULARITY_RANK = {"day": 0, "part": 1, "week": 2, "month": 3, "quarter": 4, "fiscal_quarter": 4, "half": 4, "fiscal_half": 4,
                    "season": 4,
                    "year": 5, "fiscal_year": 5, "decade": 6, "century": 7}
# An event the text dates this many years or more before publication is history (a "background" event:
# "in 1968 troops stormed the town"), kept out of the current series and alerts by analyze/.
BACKGROUND_YEARS = 5


@Language.factory("fp_dates", assigns=["doc._.fp_dates"], default_config=component_defaults("fp_dates"))
def make_date_resolver(nlp: Language, name: str) -> "DateResolver":
    return DateResolver()


class DateResolver(Component):
    slot = "fp_dates"

    def find(self, doc: Doc) -> list[DateMention]:
        published = article_of(doc).published
        if published is None:
            return []
        return find_time_expressions(doc_text(doc), published)


def dates_between(doc: Doc, start_char: int, end_char: int) -> list[DateMention]:
    return [d for d in slot(doc, "fp_dates") or [] if start_char <= d.start_char and d.end_char <= end_char]


def is_genitive(text: str, end_char: int) -> bool:
    return text.startswith(("'s", "’s"), end_char) or (text[end_char - 1:end_char] == "s"
                                                       and text.startswith(("'", "’"), end_char))


def date_for_span(doc: Doc, start_char: int, end_char: int, verb: Token | None = None) -> tuple[date | None, str]:
    """The day a sentence (or any span) speaks of, and the rule that dated it.

    The most precise resolved expression inside the span wins (a day over a month over a year;
    the first one among equals); spans ("since 2014") date a state of affairs, not an event, and
    are skipped, and so are coarse dates in the genitive ("eroding last year's ceasefire", "this
    month's talks"): they say when the thing named was, not when the clause happens ("Monday's
    attack killed five" keeps its day), and, for an event's verb, dates in a clause describing
    another noun (`describes_a_noun`) and times ahead that another verb governs. With none, the
    publication date ("published")."""
    text = doc_text(doc)
    candidates = [d for d in dates_between(doc, start_char, end_char)
                  if d.date is not None and d.granularity in GRANULARITY_RANK
                  and not (d.granularity != "day" and is_genitive(text, d.end_char))
                  and not describes_a_noun(doc, d, verb)
                  and not time_ahead_elsewhere(doc, d, verb)]
    if candidates:
        best = min(candidates, key=lambda d: (GRANULARITY_RANK[d.granularity], d.start_char))
        return best.date, best.rule
    return article_of(doc).published, "published"


def governs(doc: Doc, d: DateMention, verb: Token | None) -> bool:
    """Whether the expression belongs to the event's own clause: the first verb above it in the parse is the
    event's ("troops recently stormed"), not another one ("a hero who recently died," O'Neil said). With no
    verb or no parse, the sentence is the clause."""
    span = doc.char_span(d.start_char, d.end_char, alignment_mode="expand")
    if verb is None or span is None or not doc.has_annotation("DEP"):
        return True
    t = span.root
    for _ in range(len(doc)):
        if t.i == verb.i:
            return True
        if t.pos_ in ("VERB", "AUX") and t.i != span.root.i and t.dep_ not in ("aux", "auxpass") or t.head.i == t.i:
            return False
        t = t.head
    return False


NOUN_CLAUSES = ("relcl", "acl:relcl", "acl")


def describes_a_noun(doc: Doc, d: DateMention, verb: Token | None) -> bool:
    """Whether the expression stands in a clause describing a noun ("said the tariffs, which take effect next
    month, broke the rules": the tariffs' time, not the saying's; "The victims, who went missing last week,
    had been shot, police said"), not in the event's own clause. A clause on the verb's subject may date the
    event itself ("the attack, which came on Monday, killed five")."""
    span = doc.char_span(d.start_char, d.end_char, alignment_mode="expand")
    if verb is None or span is None or not doc.has_annotation("DEP"):
        return False
    t = span.root
    for _ in range(len(doc)):
        if t.i == verb.i or t.head.i == t.i:
            return False
        if t.dep_ in NOUN_CLAUSES and t.pos_ in ("VERB", "AUX") and t.i != span.root.i:
            noun = t.head        # the noun the clause describes: not the event verb's subject, and the clause
            # does not hold the event verb (a parse that hangs the main verb on the clause)
            return not (noun.dep_ in SUBJECTS and noun.head.i == verb.i) \
                and not any(a.i == t.i for a in verb.ancestors)
        t = t.head
    return False


def time_ahead_elsewhere(doc: Doc, d: DateMention, verb: Token | None) -> bool:
    """Whether the expression is a time ahead that a clause below the event's verb governs ("said it would
    deliver a battery by the end of the year": the delivery's time, not the saying's). One above it dates it
    ("will meet next week to discuss the dispute": the discussion is next week too)."""
    if not d.future or verb is None or governs(doc, d, verb):
        return False
    span = doc.char_span(d.start_char, d.end_char, alignment_mode="expand")
    if span is None:
        return False
    owner = next((a for a in span.root.ancestors if a.pos_ in ("VERB", "AUX") and a.dep_ not in ("aux", "aux:pass")),
                 None)
    return owner is None or not any(a.i == owner.i for a in verb.ancestors)


def event_dating(doc: Doc, start_char: int, end_char: int, verb: Token | None = None) -> tuple[date | None, str | None, bool]:
    """(day, precision, background) for an event in the span: ``date_for_span``'s day, the precision of
    the expression that gave it (None when the publication date stands in, "vague" when it stands in for a
    past the text leaves undated: "recently", "in the past") and whether the time it names ended
    BACKGROUND_YEARS or more before publication."""
    day, rule = date_for_span(doc, start_char, end_char, verb)
    if rule == "published":
        # "Troops recently stormed the town": before the time of writing, but not on its day (TIMEX3's PAST_REF).
        # The publication date stands in with the precision "vague", which keeps it out of the day's series.
        vague = any((d.granularity == "past" or iso_value(d)[0] == "PAST_REF") and governs(doc, d, verb)
                    for d in dates_between(doc, start_char, end_char))
        return day, ("vague" if vague else None), False
    mention = next((d for d in dates_between(doc, start_char, end_char) if d.rule == rule and d.date == day), None)
    precision = iso_value(mention)[1] if mention is not None else None
    published = article_of(doc).published
    # Judged by the last day the expression covers: "this decade" is not history, "in the 1990s" is.
    last = (mention.end_date if mention is not None and mention.end_date else None) or day
    background = last is not None and published is not None and (published - last).days >= 365 * BACKGROUND_YEARS
    return day, precision, background


def time_records(doc: Doc) -> list[Time]:
    """A `time` record for every time expression of the article (records.md)."""
    art = article_of(doc)
    out = []
    for d in doc._.fp_dates or []:
        value, precision = iso_value(d)
        start, end = timex_extent(d)     # TIMEX3's extent: "2005", not "in 2005"
        text = doc_text(doc)[start:end]
        span = doc.char_span(start, end, alignment_mode="expand")
        out.append(Time(id=record_id(doc, "time", d.start_char, d.end_char), article=art.id, text=text, value=value,
                        precision=precision, future=d.future, sentence=sentence_index(doc, span.start) if span else 0,
                        evidence=Evidence(start, end, text), rule=d.rule))
    return out
