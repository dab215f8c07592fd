"""Misspelt names are looked up among thousands of keys; `FuzzyKeys` compares only the keys whose
length can reach the threshold, and must answer exactly as rapidfuzz's extractOne over all of them."""

import random

import pytest
from rapidfuzz import fuzz, process

from flashpoint.kb.fuzzy import FuzzyKeys
from flashpoint.kb.knowledge_base import KnowledgeBase


def test_a_transliterated_name_finds_its_owner():
    index = FuzzyKeys(["vladimir putin", "volodymyr zelensky"], [("P1", "Vladimir Putin"), ("P2", "Volodymyr Zelensky")])
    entry, surface, score = index.closest("vladimir putina", 88)
    assert (entry, surface) == ("P1", "Vladimir Putin") and score > 90
    assert index.closest("boris johnson", 88) is None
    assert FuzzyKeys([], []).closest("vladimir putina", 88) is None     # an article naming no one


def test_ties_go_to_the_first_key_as_with_extract_one():
    index = FuzzyKeys(["abcdex", "abcdey"], [("A", "a"), ("B", "b")])
    assert index.closest("abcdez", 80)[0] == "A"


@pytest.mark.parametrize("threshold", [85.0, 88.0, 92.0])
def test_same_answer_as_extract_one_over_every_key(threshold):
    built = KnowledgeBase.builtin().fuzzy_index
    keys, owners = built.keys, built.owners
    index = FuzzyKeys(keys, owners)
    rng = random.Random(7)
    queries = []
    for key in rng.sample(keys, 150):          # keys with a letter dropped, doubled or changed, and strangers
        i = rng.randrange(len(key))
        queries += [key[:i] + key[i + 1:], key[:i] + key[i] + key[i:], key[:i] + "x" + key[i + 1:], key[::-1]]
    for q in queries:
        got = process.extractOne(q, keys, scorer=fuzz.ratio, score_cutoff=threshold)
        want = None if got is None else (*owners[got[2]], got[1])
        assert index.closest(q, threshold) == want, q
