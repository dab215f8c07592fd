"""Role nouns read in their business sense.

The agents dictionaries code words by their sense in conflict news: a "carrier" is a warship (MIL), a
"cartel" a drug gang (CRM), an "officer" a soldier (MIL). In business news the same words are an airline,
a producers' cartel, a company's officer. What tells the senses apart here is read from the knowledge base
and the article's own actors, not from a list of words:
- a title the agents table knows in a business form with another middle word ("chief financial officer",
  "chief operating officer" as "chief executive officer", BUS; "chief petty officer", were the table to
  hold it, would stay as written);
- a government, military or criminal role noun attached to a business: "advisers to the company",
  "consultants at Lehman Brothers" ("to", "of", "at", "for" or "with", then a company or business role);
- a one-word noun of the generated PLOVER agents table coded MIL or CRM ("the carrier", "the cartel"; not
  "aircraft carrier", "drug cartel": a word of the table's phrases of its role before it) in a sentence that names a business (a company, or a business role
  of the agents table among its words: "airline carrier", "..., investors said") and no other actor of that
  role, or anywhere in a business story: one that names at least BUSINESS_STORY
  businesses and no force (military, police, rebels, criminals) of its own.
The mention takes the business role (BUS), its country kept; its rule ends in "+sense:business".

Ranks a team shares with an army ("captain", "skipper": words.TEAM_NOUNS) are read in their sport sense in
a piece about a team sport (base.team_sport_piece): "England captain Joe Root" is England's, no officer.
The mention keeps its country and loses the military role; its rule ends in "+sense:sport".
"""

from __future__ import annotations

import functools
from collections import Counter

from spacy.tokens import Doc

from flashpoint.codes.agents import ATTACHED_ROLES, FORCE_ROLES, SECTOR_PREFIXES, SENSE_ROLES
from flashpoint.extract.actors.pieces import annotated
from flashpoint.extract.base import ActorMention, sentence_index, sentence_span, team_sport_piece
from flashpoint.extract.words import ALWAYS_SAYING_FORMS, TEAM_NOUNS, VOICE_LEMMAS
from flashpoint.kb.knowledge_base import KnowledgeBase

DICTIONARY_SOURCE = "plover-agents"        # agents generated from the PLOVER dictionary (conflict senses)
ATTACHING = ("to", "of", "at", "for", "with")
BUSINESS_STORY = 3                         # businesses a story names, and no force, to read its nouns so
SENSE_RULE = "+sense:business"
SPORT_SENSE_RULE = "+sense:sport"
ROLE_WORD_SHARE = 0.5                      # a word says a role's sense when most phrases it opens are that role's


def _business(x: ActorMention) -> bool:
    """A company (MNC..., sector BUS) or a business role ("the airline", "investors")."""
    return x.sector == "BUS" or (x.code or "").startswith("MNC") or x.role == "BUS"


@functools.lru_cache(maxsize=4)
def _frames(kb: KnowledgeBase) -> dict[tuple[str, str], frozenset[str]]:
    """Three-word agent phrases by their outer words: ("chief", "officer") -> {"BUS"}."""
    out: dict[tuple[str, str], set[str]] = {}
    for phrase, a in kb.agents.items():
        w = phrase.split()
        if len(w) == 3 and a.role:
            out.setdefault((w[0], w[2]), set()).add(a.role)
    return {k: frozenset(v) for k, v in out.items()}


@functools.lru_cache(maxsize=4)
def role_words(kb: KnowledgeBase) -> dict[str, frozenset[str]]:
    """The words of the agents table's longer phrases that mostly serve one role (ROLE_WORD_SHARE of their
    phrases): CRM has "drug" (drug lord, drug trafficker), MIL "aircraft" (aircraft carrier); "national"
    serves many roles (national guard, national assembly) and none of them."""
    counts: dict[str, Counter] = {}
    for phrase, a in kb.agents.items():
        w = phrase.split()
        if len(w) > 1 and a.role:
            for x in set(w[:-1]):
                if x.isalpha() and len(x) > 2:
                    counts.setdefault(x, Counter())[a.role] += 1
    out: dict[str, set[str]] = {}
    for word, c in counts.items():
        role, n = c.most_common(1)[0]
        if n >= ROLE_WORD_SHARE * sum(c.values()):
            out.setdefault(role, set()).add(word)
    return {k: frozenset(v) for k, v in out.items()}


def _own_sense(doc: Doc, kb: KnowledgeBase, m: ActorMention) -> bool:
    """A word before the noun says its role's sense ("drug cartel", "aircraft carrier")."""
    h = _head(doc, m)
    words = role_words(kb).get(m.role, frozenset())
    return any(t.lower_ in words for t in doc[m.start:h if h is not None else m.end - 1])


def _head(doc: Doc, m: ActorMention) -> int | None:
    """The token of the mention's head agent noun ("officer" in "officer Peter Gregg")."""
    last = m.extra["agent"].split()[-1]
    return next((i for i in range(m.start, m.end) if doc[i].lower_ == last), None)


def _by_analogy(doc: Doc, kb: KnowledgeBase, m: ActorMention) -> bool:
    """"chief financial officer": a business title of the agents table with another middle word."""
    h = _head(doc, m)
    if h is None or h < 2 or not doc[h - 1].is_alpha:
        return False
    outer, middle = doc[h - 2].lower_, doc[h - 1].lower_
    if f"{middle} {doc[h].lower_}" in kb.agents or f"{outer} {middle} {doc[h].lower_}" in kb.agents:
        return False                        # a phrase the table knows as written keeps its own role
    return _frames(kb).get((outer, doc[h].lower_)) == frozenset({"BUS"})


def _business_noun(kb: KnowledgeBase, word: str) -> bool:
    a = kb.agents.get(word)
    return a is not None and a.role == "BUS"


def _business_sentence(doc: Doc, kb: KnowledgeBase, m: ActorMention) -> bool:
    """The sentence's own words name a business role outside the mention ("..., investors said")."""
    span = sentence_span(doc, sentence_index(doc, m.start))
    return any(_business_noun(kb, t.lower_) for t in span if not m.start <= t.i < m.end)


def _business_word(doc: Doc, kb: KnowledgeBase, m: ActorMention) -> bool:
    """A word of the mention before its head, or one of the two before the mention, is a business role
    ("airline carrier", "producers' cartel")."""
    h = _head(doc, m)
    for t in doc[max(0, m.start - 2):h if h is not None else m.end - 1]:
        if _business_noun(kb, t.lower_):
            return True
    return False


def _attached_business(doc: Doc, kb: KnowledgeBase, by_start: dict[int, ActorMention], m: ActorMention) -> bool:
    """"advisers to the company", "analysts at Lehman Brothers": a business right after to/of/at/for/with."""
    j = m.end
    if j >= len(doc) or doc[j].lower_ not in ATTACHING:
        return False
    j += 1
    if j < len(doc) and doc[j].lower_ in ("the", "a", "an", "its", "their"):
        j += 1
    x = by_start.get(j)
    return (x is not None and _business(x)) or (j < len(doc) and _business_noun(kb, doc[j].lower_))


def _recode(kb: KnowledgeBase, m: ActorMention) -> None:
    m.role = m.sector = "BUS"
    m.code = (m.country or "") + "BUS"
    if m.kind != "person":
        m.name = kb.compound_name(m.country, "BUS", m.text)
    m.rule += SENSE_RULE


def business_senses(doc: Doc, kb: KnowledgeBase, mentions: list[ActorMention]) -> None:
    """Recode role nouns that a story about a business uses in their business sense (see the module)."""
    candidates = [m for m in mentions if m.role in ATTACHED_ROLES and m.extra.get("agent") and m.kb_id is None
                  and m.extra["agent"] in kb.agents and not (m.code or "").startswith(SECTOR_PREFIXES)]
    if not candidates:
        return
    by_start = {x.start: x for x in mentions}
    for m in candidates:
        if _attached_business(doc, kb, by_start, m) or _by_analogy(doc, kb, m):
            _recode(kb, m)

    ids = {id(m) for m in candidates}

    def dictionary_sense(x: ActorMention) -> bool:
        return (id(x) in ids and x.role in SENSE_ROLES and " " not in x.extra["agent"]
                and kb.agents[x.extra["agent"]].source == DICTIONARY_SOURCE)

    senses = [m for m in candidates if dictionary_sense(m)]
    if not senses:
        return
    businesses = sum(1 for x in mentions if _business(x))
    forces = any(x.role in FORCE_ROLES and not dictionary_sense(x) for x in mentions)
    story = businesses >= BUSINESS_STORY and not forces
    by_sentence: dict[int, list[ActorMention]] = {}
    for x in mentions:
        by_sentence.setdefault(sentence_index(doc, x.start), []).append(x)
    for m in senses:
        others = [x for x in by_sentence.get(sentence_index(doc, m.start), ()) if x is not m]
        if any(x.role == m.role for x in others) or _own_sense(doc, kb, m):
            continue
        if story or any(_business(x) for x in others) or _business_word(doc, kb, m) or _business_sentence(doc, kb, m):
            _recode(kb, m)


def sport_senses(doc: Doc, mentions: list[ActorMention]) -> None:
    """Drop the military role of a team's ranks in a piece about a team sport (see the module)."""
    ranks = [m for m in mentions if m.kind == "person" and m.role == "MIL" and m.extra.get("agent") in TEAM_NOUNS
             and m.kb_id is None]
    if not ranks or not team_sport_piece(doc):
        return
    for m in ranks:
        m.role = m.sector = None
        m.code = m.country
        m.rule += SPORT_SENSE_RULE


SEAT_SENSE_RULE = "+sense:seat"
OBJECT_DEPS = ("obj", "dobj", "iobj")


def seat_senses(doc: Doc, kb: KnowledgeBase, mentions: list[ActorMention]) -> None:
    """A country's capital that speaks or acts on another actor stands for the government seated there (a
    metonymy): "Berlin rejected recent calls by Belarus's ruler" DEUGOV, "Pyongyang warned Japan" PRKGOV,
    "Jakarta forced the UN refugee agency out" IDNGOV. The capital is the active subject of a verb whose subject
    speaks for a body (words.VOICE_LEMMAS, as "the hospital said") or of a verb whose object is a coded actor.
    A capital elsewhere stays its country, as a place is ("a curfew in Abidjan", "Baghdad was shut down",
    "Washington's allies"), and so does one in a piece about a team sport, where towns are clubs. The rule ends
    in "+sense:seat"."""
    capitals = [m for m in mentions if m.kind == "country" and m.extra.get("surface") == "capital" and m.code
                and m.country and not m.role]
    if not capitals or not annotated(doc, "DEP") or team_sport_piece(doc):
        return
    acting = set()
    for x in mentions:
        if x.code:
            acting.update(range(x.start, x.end))
    for m in capitals:
        root = doc[m.start:m.end].root
        verb = root.head
        if root.dep_ != "nsubj" or verb.i == root.i or verb.pos_ != "VERB":
            continue
        lemma = (verb.lemma_ or verb.lower_).lower()
        if lemma in VOICE_LEMMAS or verb.lower_ in ALWAYS_SAYING_FORMS or any(
                c.dep_ in OBJECT_DEPS and c.i in acting for c in verb.children):
            m.role = m.sector = "GOV"
            m.code = m.country + "GOV"
            m.name = kb.compound_name(m.country, "GOV", m.text)
            m.rule += SEAT_SENSE_RULE
