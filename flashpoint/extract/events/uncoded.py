"""The doer of an event that the knowledge base cannot code, named as the text names it.

The coder takes its sides from the actor mentions; a verb whose subject is no mention gets no source,
and an event with neither side was dropped ("Immigration and Customs Enforcement returned 40
migrants", "Hundreds of employees stopped work"). Two kinds of subject still name who acted:
- an organisation the knowledge base lacks: a name the model reads as an organisation, or a
  capitalised name of two words or more ending in a body word ("Third World Water Forum"); it is
  kept with no code, so the event survives with a named source;
- a generic agent noun of the agents dictionary with a sector ("employees", "strikers", "hundreds of
  workers"), or in a protest (CAMEO 14) a crowd of civilians ("Thousands of people marched"): it gets
  that sector's code, and the event component gives it the country of the sentence's place
  (EventComponent.placed).
Pronouns, dates, places and outlets are never such a doer; nor is a subject that holds a mention
(the coder left that one out on purpose: a medium, the event's own target).
"""

from __future__ import annotations

from spacy.tokens import Token

from flashpoint.codes.agents import ARMED_SECTORS, GROUP_SECTORS, PROTEST_SECTORS
from flashpoint.extract.base import ActorMention
from flashpoint.extract.events.arguments import finite_on_head
from flashpoint.extract.words import (
    BODY_NAME_HEADS,
    BODY_WORDS,
    FESTIVE_VERBS,
    MEMBER_NOUNS,
    RECIPROCAL_NOUNS,
)
from flashpoint.kb import default_kb
from flashpoint.records import ActorRef

# subjects that count or share out a group: "hundreds of employees", "some of the workers", "most of the staff"
QUANTITY_HEADS = frozenset({"hundreds", "thousands", "dozens", "scores", "tens", "millions", "some", "many", "most",
                            "all", "group", "groups", "number", "crowd", "crowds"})
# entity types that are no organisation (the model's PER and LOC, and spaCy's finer ones)
NOT_DOERS = frozenset({"PER", "PERSON", "NORP", "LOC", "GPE", "FAC", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY",
                       "CARDINAL", "ORDINAL", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT", "LANGUAGE"})
BODY_HEADS = BODY_WORDS | BODY_NAME_HEADS
ARTICLES = frozenset({"the", "a", "an"})
CONNECTORS = frozenset({"and", "of", "for", "&"})
# "Nearly 70 countries agreed", "dozens of nations signed": states the text counts but does not name
STATE_NOUNS = frozenset({"countries", "nations"})


def uncoded_subject(subject: Token, protest: bool = False) -> ActorRef | None:
    """Who a subject with no actor mention names, as an uncoded or sector-coded ActorRef, or None; the
    subject of a protest (``protest``) may be a crowd of civilians."""
    if subject.dep_ not in ("nsubj", "nsubj:outer") and not any(finite_on_head(c) for c in subject.children) \
            or subject.pos_ == "PRON" or subject.tag_ in ("PRP", "WP", "WDT"):
        return None  # a subject, or the noun a sentence's verb was hung on ("Nearly 70 countries signed")
    sectors = PROTEST_SECTORS if protest else GROUP_SECTORS
    return organisation(subject) or members(subject) or generic_group(subject, sectors) or counted_states(subject)


def festive_crowd(verb: Token) -> bool:
    """A crowd's march told with the celebration it is for ("people took to the streets to celebrate 40
    years of the carnival", "thousands lined the streets, cheering the team"): no protest of theirs."""
    return verb.lemma_.lower() in FESTIVE_VERBS or any(
        c.dep_ in ("xcomp", "advcl", "conj") and c.lemma_.lower() in FESTIVE_VERBS for c in verb.children)


def members(head: Token) -> ActorRef | None:
    """"government supporters", "supporters of the opposition", "ruling-party loyalists": followers act as the
    group they follow, which the agents table gives a role (GOV, OPP, PTY ...); the event component places it.
    (A group that is an actor mention the coder takes itself: "Hamas supporters" are Hamas's.)"""
    if head.lower_ not in MEMBER_NOUNS or head.tag_ != "NNS":
        return None
    owners = [c for c in head.children if c.dep_ in ("compound", "amod") and c.i < head.i]
    owners += [g for c in head.children if c.dep_ in ("nmod", "prep") and c.i > head.i
               for g in ([c] if c.dep_ == "nmod" else [x for x in c.children if x.dep_ == "pobj"])
               if any(x.lower_ == "of" for x in (c, *c.children))]
    kb = default_kb()
    for owner in owners:
        phrase = " ".join(t.lower_ for t in owner.subtree if t.dep_ not in ("det", "case") and not t.is_punct)
        agent = kb.agent(phrase) or kb.agent(owner.lower_)
        if agent is None or agent.role is None or agent.kind == "person" or agent.role in ("CVL", "MED", "BUS"):
            continue
        doc = head.doc
        left = min(head.left_edge.i, owner.left_edge.i)
        while left < head.i and doc[left].lower_ in ARTICLES:
            left += 1
        text = doc[left:max(head.i, owner.right_edge.i) + 1].text
        return ActorRef(name=text, code=agent.role, text=text)
    return None


def counted_states(head: Token) -> ActorRef | None:
    """"Nearly 70 countries", "dozens of nations": states counted, none named; CAMEO has no code for them,
    so the doer is kept as written, uncoded (a coded actor would have to be one of them)."""
    noun = _counted(head)
    if any(c.dep_ in ("det", "predet", "nmod:poss") and c.lower_ not in ("some", "many", "several")
           for c in noun.children):
        return None  # "the two countries", "both nations", "these countries": states the text has named
    if noun.lower_ not in STATE_NOUNS or noun.tag_ != "NNS" or not (noun.i != head.i or any(
            c.dep_ in ("nummod", "amod", "det") and (c.like_num or c.lower_ in QUANTITY_HEADS | {"several", "few"})
            for c in noun.children)):
        return None
    doc = head.doc
    start = min(head.left_edge.i, noun.left_edge.i)
    text = doc[start:noun.i + 1].text
    return ActorRef(name=text, code=None, text=text)


def organisation(head: Token) -> ActorRef | None:
    """"Immigration and Customs Enforcement", "the Third World Water Forum": a name the model reads as an
    organisation's, or capitalised words of a name of two or more ending in a body word."""
    if head.pos_ not in ("PROPN", "NOUN") or not head.text[:1].isupper() or head.ent_type_ in NOT_DOERS:
        return None
    doc = head.doc
    ent = next((e for e in doc.ents if e.start <= head.i < e.end), None)
    if ent is not None and ent.label_ == "ORG" and head.pos_ == "PROPN":
        start, end = ent.start, ent.end
    elif head.pos_ == "PROPN" and acronym(head) and not any(c.dep_ in ("compound", "flat", "conj", "appos")
                                                           for c in head.children):
        start, end = head.i, head.i + 1  # "UNDOF withdrew", "The BCFL said": a body's initials
    else:
        # the subject's own words, all of a name: capitalised, joined by "and", "of", "for" at most
        start, end = head.left_edge.i, head.right_edge.i + 1
        words = [t for t in doc[start:end] if not t.is_punct]
        while words and words[0].lower_ in ARTICLES:
            words = words[1:]
        if len(words) < 2 or words[-1].lower_ not in BODY_HEADS or any(
                not (t.text[:1].isupper() or t.lower_ in CONNECTORS) for t in words):
            return None
        start = words[0].i
    while start < end and doc[start].lower_ in ARTICLES:
        start += 1
    span = doc[start:end]
    if not span.text or any(t.ent_type_ in NOT_DOERS for t in span):
        return None
    return ActorRef(name=span.text, code=None, text=span.text)


def acronym(tok: Token) -> bool:
    return 2 <= len(tok.text) <= 6 and tok.text.isalpha() and tok.text.isupper()


def _counted(head: Token) -> Token:
    """The noun a count or share of a group counts, through counts of counts: "Hundreds of thousands of
    people" -> people (QUANTITY_HEADS: arguments.counted reads counts of weapons and series of acts)."""
    noun = head
    while noun.lower_ in QUANTITY_HEADS:
        nxt = next((g for c in noun.children if c.dep_ in ("nmod", "prep") and c.i > noun.i
                    for g in ([c] if c.dep_ == "nmod" else [x for x in c.children if x.dep_ == "pobj"])), None)
        if nxt is None:
            break
        noun = nxt
    return noun


def generic_group(head: Token, sectors: frozenset[str] = GROUP_SECTORS) -> ActorRef | None:
    """"employees", "Hundreds of employees", "the strikers": a plural agent noun with a group's sector
    (one of ``sectors``, or an armed group's)."""
    noun = _counted(head)
    if noun.pos_ != "NOUN" or noun.tag_ != "NNS":
        return None
    words = [t for t in noun.lefts if t.dep_ == "compound" and t.pos_ == "NOUN"] + [noun]
    kb = default_kb()
    for phrase in (" ".join(t.lower_ for t in words), noun.lower_):
        agent = kb.agent(phrase)
        if agent is None:
            continue
        if not (agent.plural or agent.kind == "group") or agent.role not in sectors | ARMED_SECTORS:
            return None
        doc = head.doc
        left = min(head.left_edge.i, noun.left_edge.i)
        while left < noun.i and doc[left].lower_ in ("the", "a", "an"):
            left += 1
        text = doc[left:noun.i + 1].text
        return ActorRef(name=noun.lower_, code=agent.role, text=text)
    return None


def reciprocal_pair(subject: Token, mentions: list[ActorMention]) -> tuple[ActorMention, ActorMention] | None:
    """"Iran and Iraq signed a deal. The two sides agreed to reopen the border": a subject that names two
    parties together ("the two sides", "both countries") stands for the two countries the text has just
    named, in its own sentence before it or in the sentence before; with any other count it names no one."""
    if subject.lemma_.lower() not in RECIPROCAL_NOUNS or not any(
            (c.dep_ == "nummod" and c.lower_ in ("two", "2")) or (c.dep_ in ("det", "predet") and c.lower_ == "both")
            for c in subject.children):
        return None
    doc = subject.doc
    sent = subject.sent
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    named: dict[str, ActorMention] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        if start <= m.start and m.end <= subject.left_edge.i and m.kind == "country" and m.code:
            named.setdefault(m.code, m)
    if len(named) != 2:
        return None
    a, b = named.values()
    return a, b
