"""The Doc contract: each component declares every slot it reads, and the declarations are checked.

spaCy's `analyze_pipes()` reports a component whose `requires` no earlier component `assigns`. These
tests make that check bite: each component placed first must report exactly its requirements, the
shipped order must report none, fp_events moved before what it reads must report a problem, and a
component run with every slot it does not declare cleared must give the same output.
"""

from __future__ import annotations

import copy
from datetime import date

import pytest
import spacy

from flashpoint.extract.base import article_of
from flashpoint.ingest import ArticleInput
from flashpoint.nlp.extensions import DOC_SLOTS
from flashpoint.pipeline import article_from_input, build_pipeline
from flashpoint.settings import load_config

EXTRACTION = load_config()["pipeline"]["components"]
# The slot that is not a component's output: the article (set before the pipeline runs).
INPUT_SLOTS = {"fp_article"}


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()


@pytest.fixture(scope="module")
def example_doc(nlp, example_article):
    doc = nlp.make_doc(example_article.read_text(encoding="utf-8"))
    doc._.fp_article = article_from_input(ArticleInput(text=doc.text, published=date(2021, 4, 2)))
    return nlp(doc)


@pytest.mark.parametrize("name", EXTRACTION)
def test_declarations_a_component_placed_first_names_exactly_its_requirements(nlp, name):
    requires = nlp.get_pipe_meta(name).requires
    blank = spacy.blank("en")
    blank.add_pipe(name)
    assert sorted(blank.analyze_pipes()["problems"][name]) == sorted(requires)


def test_declarations_the_shipped_order_has_no_problems(nlp):
    assert not any(nlp.analyze_pipes()["problems"].values())


def test_declarations_events_before_places_and_quotes_is_a_problem():
    blank = spacy.blank("en")
    for name in ["fp_actors", "fp_dates", "fp_events", "fp_places", "fp_quotes"]:
        blank.add_pipe(name)
    assert {"doc._.fp_places", "doc._.fp_quotes"} <= set(blank.analyze_pipes()["problems"]["fp_events"])


@pytest.mark.parametrize("name", EXTRACTION)
def test_declarations_a_component_reads_no_slot_it_does_not_declare(nlp, example_doc, name):
    """Re-run the component on the finished example with every undeclared slot cleared: same output."""
    meta = nlp.get_pipe_meta(name)
    outs = [a.removeprefix("doc._.") for a in meta.assigns if a.startswith("doc._.")]
    declared = {r.removeprefix("doc._.") for r in meta.requires if r.startswith("doc._.")}
    doc = example_doc.copy()
    doc.user_data = copy.copy(example_doc.user_data)

    def output(d):  # the component's one slot, or the entities for fp_entities, which corrects doc.ents
        return [repr(x) for x in getattr(d._, outs[0])] if outs else [(e.start, e.end, e.label_) for e in d.ents]

    assert len(outs) == 1 or meta.assigns == ["doc.ents"]
    before = output(example_doc)
    for slot in set(DOC_SLOTS) - INPUT_SLOTS - declared:
        setattr(doc._, slot, None)
    assert article_of(doc) is article_of(example_doc)
    nlp.get_pipe(name)(doc)
    assert before and output(doc) == before
