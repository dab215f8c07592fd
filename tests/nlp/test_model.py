"""The shipped English pipeline (flashpoint/nlp/en_flashpoint, made by `make model`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from flashpoint.nlp.model import MODEL_DIR, load_model


@pytest.fixture(scope="module")
def model():
    nlp = load_model()
    assert "parser" in nlp.pipe_names, "the trained model is not installed (run `make model`)"
    return nlp


def _main_verb(doc):
    return next(t for t in doc if t.dep_ == "ROOT")


@pytest.mark.slow
def test_parse_finds_subject_and_object_of_the_main_verb(model):
    doc = model("The Foreign Ministry summoned the Russian ambassador on Thursday.")
    verb = _main_verb(doc)
    assert verb.text == "summoned"
    assert verb.lemma_ == "summon"
    subjects = [t.text for t in verb.children if t.dep_ in ("nsubj", "nsubj:pass")]
    objects = [t.text for t in verb.children if t.dep_ in ("obj", "dobj")]
    assert subjects == ["Ministry"]
    assert objects == ["ambassador"]


@pytest.mark.slow
def test_passive_subject_and_agent_are_found(model):
    doc = model("Two soldiers were killed by a roadside bomb in the north of the country.")
    verb = _main_verb(doc)
    assert verb.lemma_ == "kill"
    assert [t.text for t in verb.children if t.dep_ == "nsubj:pass"] == ["soldiers"]
    were = next(t for t in doc if t.text == "were")
    assert (were.dep_, were.pos_) == ("aux:pass", "AUX")


@pytest.mark.slow
def test_model_tags_and_lemmatizes_verbs(model):
    doc = model("Protesters gathered outside parliament and demanded new elections.")
    by_text = {t.text: t for t in doc}
    assert (by_text["gathered"].tag_, by_text["gathered"].pos_) == ("VBD", "VERB")
    assert by_text["parliament"].pos_ == "NOUN"
    assert by_text["demanded"].lemma_ == "demand"
    assert by_text["elections"].lemma_ == "election"


@pytest.mark.slow
def test_model_recognises_people_and_places(model):
    doc = model("Angela Merkel met Emmanuel Macron in Paris on Friday.")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("Angela Merkel", "PER") in ents
    assert ("Emmanuel Macron", "PER") in ents
    assert ("Paris", "LOC") in ents


def test_model_card_names_sources_licenses_and_scores():
    card = (MODEL_DIR / "MODEL_CARD.md").read_text(encoding="utf-8")
    for source in ("UD English-EWT", "Universal NER", "GUM", "WikiGold", "English-PUD"):
        assert source in card, source
    for license_name in ("CC BY-SA 4.0", "CC BY 4.0"):
        assert license_name in card, license_name
    for score in ("UAS", "LAS", "ENTS_F"):
        assert score in card, score
    assert "make model" in card


def test_model_meta_records_test_scores_and_command():
    meta = json.loads((MODEL_DIR / "meta.json").read_text(encoding="utf-8"))
    scores = meta["flashpoint"]["test_scores"]
    assert {"pud", "ewt"} <= set(scores)
    assert scores["pud"]["UAS"] > 80
    assert "training/train.py" in meta["flashpoint"]["command"]


def test_shipped_model_is_small_enough_to_commit():
    size = sum(f.stat().st_size for f in Path(MODEL_DIR).rglob("*") if f.is_file())
    assert size < 25_000_000


@pytest.mark.slow
def test_the_model_multiplies_with_numpys_blas_on_one_thread_by_default(model):
    """Matrix products are most of the model's time; NumPy's BLAS ran the model 1.5x faster than
    thinc's BLIS here with the same output, and one BLAS thread per process leaves the cores to the
    workers."""
    from threadpoolctl import threadpool_info

    assert {type(proc.model.ops).__name__ for _, proc in model.pipeline} == {"NumpyOps"}
    assert all(proc.model.ops.use_blis is False for _, proc in model.pipeline)
    assert [p["num_threads"] for p in threadpool_info() if p["user_api"] == "blas"] == [1]


@pytest.mark.slow
def test_both_matrix_backends_parse_alike(model):
    blis = load_model(matmul="blis")
    assert all(proc.model.ops.use_blis for _, proc in blis.pipeline)
    text = "Russian troops shelled the outskirts of Kharkiv on Thursday, Ukraine's army said."
    parse = [(t.tag_, t.head.i, t.dep_, t.ent_type_) for t in model(text)]
    assert [(t.tag_, t.head.i, t.dep_, t.ent_type_) for t in blis(text)] == parse


def test_an_unknown_matrix_backend_is_a_clear_error():
    from flashpoint.errors import ModelError

    with pytest.raises(ModelError, match="unknown matrix backend 'mkl'"):
        load_model(matmul="mkl")
