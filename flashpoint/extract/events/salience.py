"""The event a sentence is about: its main clause's, not one told in a clause that hangs on a noun or a verb.

A sentence often codes several events: "Thomas Shannon paid his respects to a South Korean soldier
killed in Afghanistan" holds a tribute (the sentence's event) and a killing told in a participle that
describes the soldier; "Syria passed a bill lifting the emergency law, hours after security forces
fired on protesters" holds the bill and, in an adverbial clause, the shooting that dates it. A reader
(and an annotator classing the sentence) takes the main clause's event. Events in a relative or
participle clause on a noun (acl, acl:relcl) or in an adverbial clause (advcl: after, when, while,
purpose) are background to it: they count only where the main clause codes nothing.

Within the foreground (or within the background, where that is all there is), a plain statement
("X said", CAMEO 010) yields to any other event, then the event nearer the sentence root wins, then
the larger |Goldstein| (the more consequential act), then the more confident one. Only the plain
statement yields: it is a frame around what it reports ("UNRWA said it had suspended aid" is about the
suspension). A comment with a code of its own is the act itself, and what hangs on it is its content:
"rejected accusations that her government refused an offer" is a denial (016), "hoped to resume
flights" a hope (013), "expressed concern as the administration seeks tariffs" a worry (012).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from flashpoint.records import Event

# Clauses that tell background to the main clause's event: a clause on a noun and an adverbial clause.
BACKGROUND_CLAUSES = frozenset({"acl", "acl:relcl", "advcl"})
# A plain statement: the only event that yields to any other (a bare root code "01" is one too)
PLAIN_STATEMENTS = frozenset({"01", "010"})
MAX_DEPTH = 20


def event_verb(doc: Doc, event: Event) -> Token | None:
    """The token of the event's verb (the first token with the verb's text inside its evidence)."""
    for tok in doc.char_span(event.evidence.start, event.evidence.end, alignment_mode="expand") or ():
        if tok.text == event.verb:
            return tok
    return next((t for t in doc if t.text == event.verb and event.evidence.start <= t.idx < event.evidence.end),
                None)


def clause_path(tok: Token | None) -> list[str]:
    """The dependency labels from the token up to its sentence's root (empty for the root itself)."""
    if tok is None:
        return ["?"] * MAX_DEPTH
    labels = []
    while tok.head.i != tok.i and len(labels) < MAX_DEPTH:
        labels.append(tok.dep_)
        tok = tok.head
    return labels


def in_background(path: Sequence[str]) -> bool:
    return any(dep in BACKGROUND_CLAUSES for dep in path)


def main_event(doc: Doc, events: Sequence[Event]) -> Event | None:
    """The sentence's main event among ``events`` (events of one sentence), or None for none."""
    if not events:
        return None

    def rank(e: Event):
        path = clause_path(event_verb(doc, e))
        return (in_background(path), e.code in PLAIN_STATEMENTS, len(path), -abs(e.goldstein),
                -e.confidence)

    return min(events, key=rank)


__all__ = ["BACKGROUND_CLAUSES", "PLAIN_STATEMENTS", "clause_path", "event_verb", "in_background", "main_event"]
