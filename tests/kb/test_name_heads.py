"""The role a body's name gives it by its head word, for bodies the knowledge base does not hold
(kb/name_heads.py): read off the KB's own named organisations and parties, then its agents table."""

from __future__ import annotations

from flashpoint.kb.knowledge_base import default_kb
from flashpoint.kb.name_heads import body_role, role_heads


def test_the_heads_come_from_the_kbs_own_names_and_give_only_the_roles_of_sides():
    heads = role_heads(default_kb())
    # "Army" and "Front" head armed groups' names, "Party" mostly parties' (some armed groups are "parties" too)
    assert heads["army"] == "REB" and heads["front"] == "REB" and heads["party"] == "PTY"
    # companies' and NGOs' heads, and heads of mixed bodies, give no side's role
    assert heads.get("inc") is None and heads.get("association") is None and heads.get("union") is None


def test_an_unknown_armed_group_or_party_takes_the_role_its_head_word_gives():
    kb = default_kb()
    assert body_role(kb, "Kachin Independence Army") == "REB"
    assert body_role(kb, "Kurdistan Democratic Party") == "PTY"


def test_a_local_force_or_college_takes_its_nouns_role_before_the_learned_head():
    kb = default_kb()
    # "Force" alone heads armed groups' names; "Police Force" is the police
    assert body_role(kb, "Central Reserve Police Force") == "COP"
    assert body_role(kb, "Osmania University") == "EDU"


def test_a_mixed_head_says_nothing_unless_the_name_names_its_members():
    kb = default_kb()
    assert body_role(kb, "Union for National Progress") is None      # a party, a union of states, a trade union ...
    assert body_role(kb, "Congress of South African Trade Unions") == "LAB"
    assert body_role(kb, "Students Federation of India") == "EDU"


def test_a_one_word_name_has_no_head_to_read():
    assert body_role(default_kb(), "Army") is None
