"""NGOs the knowledge base does not know (extract/actors/bodies.py): named by a word that, among the KB's
organisations, heads non-governmental bodies ("Association", "Forum", "Foundation"...). Blank tokenizer."""

from __future__ import annotations

import pytest

from flashpoint.extract.actors.bodies import ngo_heads
from flashpoint.kb.knowledge_base import default_kb


@pytest.fixture(scope="module")
def find(blank_mentions):
    return lambda text: {t: m.code for t, m in blank_mentions(text).items()}


def test_the_heads_come_from_the_kbs_ngos_and_leave_out_words_that_head_state_roles():
    heads = ngo_heads(default_kb())
    assert {"association", "foundation", "forum"} <= heads
    assert not {"committee", "council", "commission", "ministry", "bank", "centre", "center"} & heads


def test_an_unknown_body_so_named_is_an_ngo_of_the_region_or_country_inside_its_name(find):
    assert find("Members of the Association of African Jurists investigated.") == {
        "Association of African Jurists": "NGOAFR"}
    assert find("The Third World Water Forum concluded on Saturday.") == {"Third World Water Forum": "NGO"}


def test_a_kb_name_a_state_or_a_states_role_word_is_no_unknown_ngo(find):
    ms = find("The Russian Federation, the Federation of Malaysia and the Police Federation met.")
    assert ms["Russian Federation"] == "RUS"
    assert "Federation of Malaysia" not in ms
    assert not any((code or "").startswith("NGO") for code in ms.values())
