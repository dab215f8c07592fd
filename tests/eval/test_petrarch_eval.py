"""The PETRARCH unit-test suite (284 gold sentences with toy dictionaries) as a regression floor.

PETRARCH-2 passes 91 of 284 on this suite; PETRARCH-1 was written against it. Our coder runs on the
cases' own Treebank parses (converted to dependencies) and, slower, on our model's parses.
"""

from __future__ import annotations

import pytest

from flashpoint.cli import main
from flashpoint.eval.petrarch import (
    DEFAULTS,
    Suite,
    comma_skips,
    phrase_after,
    run_suite,
)

FLOOR_GIVEN_PARSE = 271      # of 284, achieved 2026-12 (95.4%)
FLOOR_MODEL_PARSE = 0.88     # share; 90.1% with the model of 2026-12, which parses the toy names less surely


@pytest.fixture(scope="module")
def cases(shared_dir):
    return shared_dir / "data" / "petrarch-validation" / "cases.jsonl"


def test_suite_pass_rate_stays_above_the_floor(cases):
    result = run_suite(cases)
    assert result.total == 284
    assert result.passed >= FLOOR_GIVEN_PARSE, "\n".join(result.lines())
    by_cat = result.by_category()
    assert by_cat["SYNSET"][0] == by_cat["SYNSET"][1]  # synset and adjacency mechanics all pass
    assert by_cat["DATE"][0] == by_cat["DATE"][1]      # date-restricted actor codes all pass


def test_expected_refusals_pass_only_for_the_right_reason(cases):
    result = run_suite(cases)
    refusals = [r for r in result.results if r.expected_error]
    assert refusals and all(not r.got for r in refusals)
    assert {r.error for r in refusals if r.passed} >= {"storydiscard", "sentencediscard", "dateline"}


def test_cli_prints_the_pass_rate_first(cases, capsys):
    assert main(["eval", "petrarch", str(cases)]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first.startswith("passed ") and first.endswith("%)") and "/284 (" in first


def test_cli_reports_a_missing_file_in_one_line(tmp_path, capsys):
    assert main(["eval", "petrarch", str(tmp_path / "nope.jsonl")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error[E106]") and "\n" not in err


@pytest.mark.slow
def test_suite_on_our_models_parses(cases):
    result = run_suite(cases, parser="model")
    assert result.passed / result.total >= FLOOR_MODEL_PARSE, "\n".join(result.lines())


def test_comma_elimination_never_cuts_a_coordinated_list():
    """PETRARCH drops a short clause set off by commas, not the tail of a list: "welcomed ties with Mordor,
    Rohan, Fornost and Bree" keeps Fornost and Bree; "..., a senior official said" is still dropped."""
    import spacy

    nlp = spacy.blank("en")
    cfg = {k: int(v) for k, v in DEFAULTS.items() if k != "require_dyad"}

    def parsed(words, heads, deps):
        from spacy.tokens import Doc
        return Doc(nlp.vocab, words=words, heads=heads, deps=deps)

    words = ["Osgiliath", "welcomed", "ties", "with", "Mordor", ",", "Rohan", ",", "Fornost", "and", "Bree", "."]
    heads = [1, 1, 1, 4, 2, 4, 4, 4, 4, 10, 4, 1]
    deps = ["nsubj", "ROOT", "obj", "case", "nmod", "punct", "conj", "punct", "conj", "cc", "conj", "punct"]
    assert not comma_skips(parsed(words, heads, deps), cfg)
    words = ["Arnor", "restored", "ties", ",", "a", "senior", "official", "said", "."]
    heads = [1, 1, 1, 7, 6, 6, 7, 1, 1]
    deps = ["nsubj", "ROOT", "obj", "punct", "det", "amod", "nsubj", "parataxis", "punct"]
    assert comma_skips(parsed(words, heads, deps), cfg) == frozenset(range(3, 8))

    # "Evil Mordor, the awful Fornost, and good Gondor welcomed": an item followed by ", and" is on the list
    words = ["Mordor", ",", "the", "awful", "Fornost", ",", "and", "Gondor", "welcomed", "ties", "."]
    heads = [8, 0, 4, 4, 0, 7, 7, 8, 8, 8, 8]
    deps = ["nsubj", "punct", "det", "amod", "appos", "punct", "cc", "nsubj", "ROOT", "obj", "punct"]
    assert not comma_skips(parsed(words, heads, deps), {**cfg, "comma_emax": 0})  # inner clauses only


def doc_of(words, heads, deps, tags=None):
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags)


def test_a_verb_codes_only_with_a_noun_phrase_after_it():
    """PETRARCH's verb phrase needs a noun phrase to code (its target may stay null): "said on Saturday"
    has one, "said today" (a bare noun of time) has none."""
    on_saturday = doc_of(["officials", "said", "on", "Saturday"], [1, 1, 3, 1], ["nsubj", "ROOT", "case", "obl"],
                         ["NNS", "VBD", "IN", "NNP"])
    today = doc_of(["officials", "said", "today"], [1, 1, 1], ["nsubj", "ROOT", "obl:tmod"], ["NNS", "VBD", "NN"])
    assert phrase_after(on_saturday[1], frozenset()) and not phrase_after(today[1], frozenset())


def test_the_dictionaries_read_hyphenated_names_whole_and_former_officials_as_elites(cases):
    from datetime import date

    import spacy

    from flashpoint.eval.dictionary_actors import DictionaryActorRecognizer

    recognizer = DictionaryActorRecognizer(Suite.load(cases.parent / "dictionaries").actors)
    doc = spacy.blank("en")("Frodo fled Barad-dur.")      # our tokenizer splits "Barad - dur"
    assert [doc[m.start].text for m in recognizer.find(doc, date(2000, 1, 1)) if m.code == "MOR"] == ["Barad"]
    doc = doc_of(["Former", "security", "officials", "in", "White", "House", "left", "."], [2, 2, 6, 5, 5, 2, 6, 6],
                 ["amod", "compound", "nsubj", "case", "compound", "nmod", "ROOT", "punct"],
                 ["JJ", "NN", "NNS", "IN", "NNP", "NNP", "VBD", "."])
    assert "USAGOVELI" in {m.code for m in recognizer.find(doc, date(2000, 1, 1))}
