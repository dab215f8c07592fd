"""The sense veto of material-conflict events (flashpoint/extract/events/sense.py) and its training split.

The sentences are written for these tests, none is taken from the corpora the model was trained on.
"""

from __future__ import annotations

import datetime
import importlib.util
import re
from pathlib import Path

import numpy as np
import pytest

from flashpoint.eval.news import CONFLIBERT_CLASS, gold_rows
from flashpoint.eval.split import HELDOUT, TUNE, part_of
from flashpoint.extract.events.sense import MATERIAL_ROOTS, SenseModel, SenseVeto, load_sense_model
from flashpoint.settings import load_config
from flashpoint.records import Article

REPO = Path(__file__).resolve().parents[2]
SCORED = re.compile(r"\+model:(?P<name>[\w.-]+)=(?P<score>[01]\.\d\d)$")


def training_script():
    spec = importlib.util.spec_from_file_location("train_sense", REPO / "training" / "train_sense.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_the_configured_model_ships_and_loads():
    name = load_config()["components"]["fp_events"]["sense_model"]
    model = load_sense_model(name)
    assert model.name == name
    assert model.sentence_w.shape == model.article_w.shape == (1 << model.bits,)
    assert np.isfinite(model.sentence_w).all() and np.isfinite(model.article_w).all()
    assert np.count_nonzero(model.sentence_w) > 1000 and np.count_nonzero(model.article_w) > 1000
    assert model.stack.shape == (3,)
    assert load_sense_model(name) is model  # loaded once per process


def test_the_split_is_deterministic_and_balanced():
    keys = [f"item-{i}" for i in range(2000)]
    parts = [part_of(k) for k in keys]
    assert parts == [part_of(k) for k in keys]
    assert set(parts) == {TUNE, HELDOUT}
    assert 0.45 < parts.count(HELDOUT) / len(parts) < 0.55


def test_the_training_script_reads_only_the_tune_part(shared_dir):
    train = training_script()
    rows = gold_rows(shared_dir, CONFLIBERT_CLASS)
    tune = train.split_rows(rows)
    assert tune == train.split_rows(gold_rows(shared_dir, CONFLIBERT_CLASS))  # the same rows every run
    assert tune and all(part_of(r["id"]) == TUNE for r in tune)
    held = {r["id"] for r in rows if r["part"] == HELDOUT}
    assert held and not held & {d["id"] for d in train.documents(shared_dir)}


def run(nlp, text: str, title: str | None = None, published=datetime.date(2021, 4, 2)):
    doc = nlp.make_doc(text)
    doc._.fp_article = Article(id="t", title=title, published=published, source="test", text=text)
    return nlp(doc)._.fp_events


def material(events):
    return [e for e in events if e.root in MATERIAL_ROOTS]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Brazil beat Haiti 6-0 in a friendly match on Wednesday, with Ronaldinho scoring twice.",
    "Portugal won the title after fighting off Greece in the final, their coach said after the match.",
    "Roger Federer crushed Andy Roddick in straight sets to retain his Wimbledon crown.",
])
def test_a_sport_report_gives_no_material_conflict(nlp, text):
    assert not material(run(nlp, text)), run(nlp, text)


@pytest.mark.slow
def test_a_business_report_gives_no_material_conflict(nlp):
    text = ("Shares in the carmaker were hammered on Tuesday after it slashed its profit forecast.\n\n"
            "The firm said rivals had attacked its market share in Europe, and analysts said the price war "
            "would hit earnings. Its chief executive vowed to fight back with cheaper models.")
    assert not material(run(nlp, text)), run(nlp, text)


@pytest.mark.slow
def test_a_plain_attack_report_keeps_its_event_with_the_models_score(nlp):
    text = ("Gunmen attacked a police station in northern Nigeria on Tuesday, killing five officers, "
            "a police spokesman said.")
    found = [e for e in run(nlp, text) if e.root in {"18", "19", "20"}]
    assert found
    settings = load_config()["components"]["fp_events"]
    for e in found:
        m = SCORED.search(e.rule)
        assert m and m["name"] == settings["sense_model"] and float(m["score"]) >= settings["sense_floor"], e.rule


@pytest.mark.slow
def test_the_veto_drops_below_its_threshold_and_scores_only_material_conflict(nlp):
    text = ("Russian troops shelled the city on Monday, killing 12 civilians, and the Kremlin "
            "said it would hold talks with Kyiv.")
    coder = nlp.get_pipe("fp_events")
    kept = run(nlp, text)
    assert material(kept)
    assert all(SCORED.search(e.rule) for e in material(kept))
    assert not any(SCORED.search(e.rule) for e in kept if e.root not in MATERIAL_ROOTS)
    model = coder.sense.model
    never = SenseModel(name="never", sentence_w=model.sentence_w, sentence_b=model.sentence_b,
                       article_w=model.article_w, article_b=model.article_b, stack=np.array([0.0, 0.0, -30.0]),
                       bits=model.bits)
    saved = coder.sense
    try:
        coder.sense = SenseVeto(never, 0.5, 0.5)
        vetoed = run(nlp, text)
    finally:
        coder.sense = saved
    assert not material(vetoed)
    assert {e.code for e in vetoed} == {e.code for e in kept if e.root not in MATERIAL_ROOTS}


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The minister said the right to life was the most important liberty of all.",
    "The opposition leader told reporters that the plan would ruin people's lives.",
])
def test_a_verb_of_saying_about_life_is_a_statement_not_an_attack(nlp, text):
    """The own dictionary once coded SAY + LIFE/LIVES as 190: speech about lives is no violence."""
    events = run(nlp, text)
    assert not material(events), events
