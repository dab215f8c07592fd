"""The PETRARCH unit-test suite (284 gold sentences with toy dictionaries) as a regression floor.

PETRARCH-2 passes 91 of 284 on this suite; PETRARCH-1 was written against it. Our coder runs on the
cases' own Treebank parses (converted to dependencies) and, slower, on our model's parses.
"""

from __future__ import annotations

import pytest

from flashpoint.cli import main
from flashpoint.eval.petrarch import DEFAULTS, comma_skips, run_suite

FLOOR_GIVEN_PARSE = 253      # of 284, achieved 2026-12 (89.1%)
FLOOR_MODEL_PARSE = 0.70     # share; 79.2% with the model of 2026-11, which parses the toy names less surely


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
