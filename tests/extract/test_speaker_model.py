"""The speaker ranker of direct quotes (issue 18): each direct quote's options are the people and
organisations around it, the rules' speaker and the last speaker, each with binary features; the learned
model keeps the rules' speaker unless another option outscores it by the model's margin, speaks for a
quote the rules found nobody for when its best option reaches the bar, and a quote whose speaker it chose
says so in its rule. The sentences are written for these tests, not taken from the gold."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from flashpoint.extract.claims.quotes import QuoteFinder
from flashpoint.extract.claims.speaker_model import (Option, SpeakerModel, choose, load_speaker_model,
                                                     speaker_key)
from flashpoint.extract.claims.speakers import Speaker
from flashpoint.ingest import ArticleInput
from flashpoint.pipeline import article_from_input
from flashpoint.records import ActorRef
from flashpoint.settings import component_defaults


def option(name: str, *features: str) -> Option:
    return Option(Speaker(ActorRef(name=name, code=None, text=name), "person", "mention"), speaker_key(name),
                  set(features))


RULED = option("Anna Berg", "is-rule")
OTHER = option("Omar Saleh")


def test_the_rules_speaker_stays_unless_another_outscores_it_by_the_margin():
    assert choose([RULED, OTHER], [0.6, 0.8], RULED.speaker, bar=0.5, margin=0.3) == (RULED.speaker, None)
    assert choose([RULED, OTHER], [0.4, 0.8], RULED.speaker, bar=0.5, margin=0.3) == (OTHER.speaker, 0.8)


def test_where_the_rules_found_nobody_the_best_option_speaks_only_from_the_bar():
    assert choose([OTHER], [0.7], None, bar=0.5, margin=0.3) == (OTHER.speaker, 0.7)
    assert choose([OTHER], [0.4], None, bar=0.5, margin=0.3) == (None, None)
    assert choose([], [], None, bar=0.5, margin=0.3) == (None, None)


def test_a_person_is_known_by_the_surname_an_organisation_by_its_last_word():
    assert speaker_key("Mr Gordon Brown") == speaker_key("Gordon Brown") == "brown"
    assert speaker_key(None) is None


def test_the_shipped_model_is_the_one_the_config_names_and_reads_the_features_the_options_make():
    name = component_defaults("fp_quotes")["speaker_model"]
    model = load_speaker_model(name)
    assert model.name == name
    assert {"is-rule", "subj-speech-frame", "last-speaker", "where:frame", "kind:person"} <= set(model.features)
    assert 0.0 <= model.bar <= 1.0 and model.margin >= 0.0
    assert "out of fold" in model.score  # the training's figure travels with the weights


def _doc(nlp, text: str):
    art = article_from_input(ArticleInput(text=text, id="t", published=date(2005, 3, 1)), date(2020, 1, 1))
    doc = nlp.make_doc(art.text)
    doc._.fp_article = art
    return nlp(doc)


@pytest.mark.slow
def test_the_frames_speaker_is_the_option_the_shipped_model_ranks_first(nlp):
    doc = _doc(nlp, 'Coach Mark Ellery named his squad on Monday. Rival coach Tom Riley was not impressed. '
                    '"The squad picks itself," Ellery told reporters.')
    found: list = []
    QuoteFinder(None).find(doc, collect=found)
    [(_, ruled, options, _)] = found
    assert ruled.ref.name == "Mark Ellery"
    mine = next(o for o in options if o.key == "ellery")
    assert {"is-rule", "where:frame", "subj-speech-frame"} <= mine.features
    model = load_speaker_model(component_defaults("fp_quotes")["speaker_model"])
    assert model.choose(options, ruled) == (ruled, None)
    [q] = QuoteFinder(model).find(doc)
    assert "model:" not in q.rule


@pytest.mark.slow
def test_a_quote_whose_speaker_the_model_chose_keeps_the_models_name_and_score(nlp):
    # a model that believes whoever the sentence before names, whatever the frame says
    model = SpeakerModel(name="test", features={"where:prev1": 0}, weights=np.array([6.0]), bias=-3.0,
                         bar=0.5, margin=0.1, score="")
    doc = _doc(nlp, 'Coach Mark Ellery named his squad on Monday. "The squad picks itself," Tom Riley said.')
    [q] = QuoteFinder(model).find(doc)
    assert q.speaker.name == "Mark Ellery"
    assert q.rule.endswith("|model:test=0.95")
