"""Both sides of a dyad: targets the verb's own arguments leave implicit, and acts that are not the
actor's own.

- A place attacked stands for its country: "Russian forces shelled Kharkiv" -> target UKR, "bombed
  a hospital in Idlib" -> SYR. Only for material conflict (CAMEO roots 18-20), and only a place
  inside the verb's own phrase (not one in another clause, not the attacker's own name).
- A statement about someone is aimed at them: "Merkel said Greece must meet its commitments" ->
  target Greece (the subject of what was said), when the statement has no addressee.
- What one actor urges another to do is the first actor's appeal, not the second's act: "France urged
  Germany to extradite the suspect" is France's 02x to Germany; the extradition is nobody's event.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from flashpoint.extract.base import ActorMention, sentence_index
from flashpoint.extract.events.arguments import is_coded
from flashpoint.records import ActorRef

MATERIAL_CONFLICT_ROOTS = ("18", "19", "20")
# verbs whose controlled clause is what the subject asks of the object, not what the object does
APPEAL_VERBS = {"urge", "ask", "call", "demand", "press", "request", "appeal", "encourage", "implore", "beg",
                "pressure", "pressurise", "pressurize", "push", "invite", "exhort", "persuade", "advise"}
# verbal codes a statement may carry (make a statement, appeal, intend, consult, ...: roots 01-05,
# and the verbal conflict ones 10-13)
VERBAL_ROOTS = ("01", "02", "03", "04", "05", "10", "11", "12", "13")
COMPLEMENT_DEPS = ("ccomp",)
SUBJECTS = ("nsubj", "nsubj:pass", "nsubjpass")


def _places_in(doc: Doc, sent: Span):
    idx = sentence_index(doc, sent.start)
    return [p for p in doc._.fp_places or [] if p.sentence == idx and p.country]


def place_target(doc: Doc, verb: Token, sent: Span, root: str, target: ActorRef | None,
                 target_mention: ActorMention | None, source_mention: ActorMention | None,
                 ) -> tuple[ActorRef | None, str]:
    """(target, rule suffix): a material-conflict target named by a place gets the place's country."""
    if root not in MATERIAL_CONFLICT_ROOTS or (target is not None and target.code):
        return target, ""
    places = _places_in(doc, sent)
    if not places:
        return target, ""
    if target_mention is not None:  # "shelled Kharkiv": the uncoded target is a place
        for p in places:
            if p.evidence.start < target_mention.end_char and target_mention.start_char < p.evidence.end:
                return ActorRef(name=p.name, code=p.country, text=target_mention.text), ":target-place"
        return target, ""
    # no target: the place the verb's own phrase names ("bombed a hospital in Idlib")
    inside: set[int] = set()
    for t in verb.children:
        if t.dep_ in SUBJECTS or t.dep_ in ("ccomp", "parataxis", "advcl", "conj", "csubj"):
            continue
        inside.update(x.idx for x in t.subtree)  # where the verb's own words start
    for p in places:
        if source_mention is not None and p.evidence.start < source_mention.end_char \
                and source_mention.start_char < p.evidence.end:
            continue
        if any(p.evidence.start <= i < p.evidence.end for i in inside):
            return ActorRef(name=p.name, code=p.country, text=p.evidence.text), ":target-place"
    return target, ""


def about_target(verb: Token, code: str, source: ActorRef | None,
                 subject_of: Callable[[Token], list[ActorMention]]) -> tuple[ActorRef | None, str]:
    """(target, rule suffix) of a statement with no addressee: the coded subject of what was said."""
    if code[:2] not in VERBAL_ROOTS:
        return None, ""
    for comp in verb.children:
        if comp.dep_ not in COMPLEMENT_DEPS:
            continue
        for m in subject_of(comp):
            if not is_coded(m):
                continue
            ref = m.ref()
            if source is not None and (ref.code == source.code or (ref.kb_id and ref.kb_id == source.kb_id)):
                continue
            return ref, ":target-about"
    return None, ""


def appealed(verb: Token, source_from: str) -> bool:
    """The verb is what someone urged its subject to do ("urged Germany to extradite")."""
    return (source_from == "controller" and verb.dep_ == "xcomp" and verb.head.i != verb.i
            and verb.head.lemma_.lower() in APPEAL_VERBS)
