"""The role a body's name gives it by its head word, for names the knowledge base does not hold.

"The New Wilten Army", "the Kachin Independence Army", "the Kurdistan Democratic Party", "the Central Reserve
Police Force": news names armed groups, parties and local forces that no dictionary lists, and a side left
uncoded is a side lost. Such a name still says what kind of body it is by the word heading it (the word before
"of"/"for", else the last), read in this order:
- an agent noun of two words ending at the head that says a local body's role outright ("Police Force" COP,
  "Trade Union" LAB: the agents table, roles of NAME_NOUN_ROLES);
- what the head word heads among the KB's own named organisations and parties (names of two words or more):
  a head of at least HEAD_MIN names, HEAD_SHARE of them of one role of NAME_HEAD_ROLES, gives that role ("Army"
  heads 84 names, 81 of armed groups: REB; "Party" 122, 95 of them parties: PTY); an armed role needs
  ARMED_SHARE ("Movement" and "Forces" head armed groups, NGOs and armies alike);
- a head the agents table alone knows ("University" EDU, "Militia" UAF);
- a head of many names of mixed roles ("Union": NGOs, unions of states, parties, armed groups) says nothing,
  unless the name names its members ("Union of Teachers": LAB, "Students Federation": EDU).
Companies', media's and NGOs' heads give nothing here (actors/bodies.py reads NGOs). Derived when the KB loads,
from its own tables: no list of names here.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from flashpoint.codes.agents import (
    ARMED_ROLES,
    GROUP_SECTORS,
    NAME_HEAD_ROLES,
    NAME_NOUN_ROLES,
)
from flashpoint.kb.knowledge_base import KnowledgeBase

HEAD_MIN = 10         # names a head word must head among the KB's organisations and parties ...
HEAD_SHARE = 0.75     # ... and the share of them of its most frequent role
ARMED_SHARE = 0.9     # ... which must be higher for an armed role: a body wrongly read as armed puts a frame of
                      # force around its words (the sense veto), where an uncoded one only loses a side
LINKS = ("of", "for")


def head_of(words: list[str]) -> str:
    """The head word of a name's words (lower case): the word before "of"/"for", else the last one."""
    for link in LINKS:
        if link in words and words.index(link) > 0:
            return words[words.index(link) - 1]
    return words[-1]


def name_words(name: str) -> list[str]:
    return re.findall(r"[a-z]+", name.lower())


@functools.lru_cache(maxsize=4)
def head_counts(kb: KnowledgeBase) -> dict[str, Counter]:
    """Head word -> roles of the KB's named organisations (their sector) and parties (PTY) it heads."""
    roles: dict[str, Counter] = {}

    def count(name: str, role: str | None) -> None:
        words = name_words(name)
        if len(words) >= 2 and role:
            roles.setdefault(head_of(words), Counter())[role] += 1

    for e in kb.entries.values():
        if e.kind == "organisation":
            for n in e.names:
                count(n, e.sector)
    for a in kb.agents.values():
        if a.written and a.role == "PTY":
            count(a.written, "PTY")
    return roles


@functools.lru_cache(maxsize=4)
def role_heads(kb: KnowledgeBase) -> dict[str, str | None]:
    """Head word -> the role it gives (see the module); None for a head of many names of mixed roles ("Union":
    NGOs, intergovernmental bodies, armed groups), which says nothing of what an unknown name so headed is."""
    out: dict[str, str | None] = {}
    for head, c in head_counts(kb).items():
        role, n = c.most_common(1)[0]
        total = sum(c.values())
        if total < HEAD_MIN:
            continue
        share = ARMED_SHARE if role in ARMED_ROLES else HEAD_SHARE
        out[head] = role if n >= share * total and role in NAME_HEAD_ROLES else None
    return out


def body_role(kb: KnowledgeBase, name: str) -> str | None:
    """The role the name of a body the KB does not know gives it (see the module), or None."""
    words = name_words(name)
    if len(words) < 2:
        return None
    head = head_of(words)
    heads = role_heads(kb)
    end = words.index(head) + 1
    for phrase in (" ".join(words[end - 2:end]), head):     # "Police Force" before "Force"
        agent = kb.agent(phrase)
        if agent is not None and agent.kind != "person" and agent.role in NAME_NOUN_ROLES and (
                phrase != head or head not in heads):
            return agent.role
    if head in heads and heads[head] is None:
        return members_role(kb, words, head)
    return heads.get(head)


def members_role(kb: KnowledgeBase, words: list[str], head: str) -> str | None:
    """A body of mixed head named for its members ("Congress of South African Trade Unions", "South African
    Democratic Teachers Union", "Students Federation of India"): the head's own role in the agents table where
    it has one of NAME_NOUN_ROLES ("union": LAB), else the members' (EDU); members are a plural group noun of the
    agents table with a group's sector (workers, teachers, students, farmers ...)."""
    for i in range(len(words)):
        for phrase in (" ".join(words[i:i + 2]), words[i]):
            if head in phrase.split():
                continue
            member = kb.agent(phrase)
            if member is not None and member.plural and member.role in GROUP_SECTORS:
                own = kb.agent(head)
                return own.role if own is not None and own.kind != "person" and own.role in NAME_NOUN_ROLES else member.role
    return None
