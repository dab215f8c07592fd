"""The sense veto's genre model (flashpoint/extract/events/sense.py, `GenreModel`; training/train_genre.py): what
kind of piece a whole article is, by the news corpora's own categories, and what a genre piece asks of a
material-conflict event. The articles are written for these tests, none is taken from the corpora."""

from __future__ import annotations

import numpy as np
import pytest

from flashpoint.extract.events.sense import (GENRE_MIN_TOKENS, GENRES, SenseModel, SenseVeto, assault_told,
                                             genre_frame, load_genre_model)
from flashpoint.settings import load_config

# a business story of about 150 words with no film, chart or market word the genre-word count knows
AIRLINE = (
    "Airline orders twenty new jets\n\n"
    "A low-cost airline based in Dublin has ordered twenty new passenger jets from the European planemaker, "
    "in a deal its chief executive said would let the carrier open routes to eastern Europe next spring. "
    "The order, worth about two billion euros at list prices, is the largest the company has placed since "
    "it was founded. The carrier said it would pay for the aircraft from cash and from new loans arranged with "
    "three banks, and that fares on its busiest routes would fall by a tenth. The planemaker said deliveries "
    "would begin in the autumn and run for three years. The airline carried nine million passengers last year "
    "and expects to carry twelve million by the end of the decade. Its rival, a flag carrier, cut its own "
    "fares this month and said it would also buy new planes to replace its ageing fleet. Unions welcomed the "
    "order, which the company said would create four hundred jobs at its base near the airport.")
# a conflict report of about the same length
FIGHTING = (
    "Rebels attack army base in the north\n\n"
    "Rebels attacked an army base near the northern border on Monday, killing six soldiers, the defence "
    "ministry said. Troops returned fire and the fighting lasted for several hours before the attackers "
    "withdrew into the hills, the ministry said in a statement. The government accused a neighbouring state of "
    "arming the rebels, a charge its foreign minister denied. The United Nations called on both sides to "
    "respect the ceasefire agreed last year and to protect civilians, thousands of whom have fled the region "
    "since the rebels began their offensive. The president, speaking on state radio, vowed to crush the "
    "rebellion and said more troops would be sent to the border. Opposition leaders in parliament called for "
    "talks with the rebels and an inquiry into the army's conduct in the region.")


@pytest.mark.slow
def test_the_configured_genre_model_ships_small_and_loads_once():
    name = load_config()["components"]["fp_events"]["sense_genre_model"]
    model = load_genre_model(name)
    assert model.name == name and model.genres == GENRES
    assert model.weights.shape == (1 << model.bits, len(GENRES)) and np.isfinite(model.weights).all()
    assert load_genre_model(name) is model


@pytest.mark.slow
def test_the_genre_model_reads_a_whole_business_story_as_one_and_a_conflict_report_as_news(nlp):
    veto = nlp.get_pipe("fp_events").sense
    assert len(nlp.make_doc(AIRLINE)) >= GENRE_MIN_TOKENS and len(nlp.make_doc(FIGHTING)) >= GENRE_MIN_TOKENS
    read = veto.genre_read(nlp(AIRLINE))
    assert read is not None and read[0] == "business" and read[1] <= veto.genre_news_max
    assert veto.genre_read(nlp(FIGHTING)) is None


@pytest.mark.slow
def test_a_lone_sentence_is_too_short_for_the_genre_model(nlp):
    veto = nlp.get_pipe("fp_events").sense
    assert veto.genre_read(nlp("The airline ordered twenty new jets from the planemaker.")) is None


@pytest.mark.slow
def test_a_business_story_the_article_model_reads_as_news_is_a_genre_piece_by_the_genre_model(nlp):
    veto = nlp.get_pipe("fp_events").sense
    model = veto.model
    # an article model that reads every article as news of the world: only the genre model can tell
    worldly = SenseModel(name="worldly", sentence_w=model.sentence_w, sentence_b=model.sentence_b,
                         article_w=np.zeros_like(model.article_w), article_b=-5.0, stack=model.stack, bits=model.bits)
    without = SenseVeto(worldly, 0.6, 0.15)
    with_genre = SenseVeto(worldly, 0.6, 0.15, genre=veto.genre, genre_news_max=veto.genre_news_max)
    story, report = nlp(AIRLINE), nlp(FIGHTING)
    assert not without.genre_piece(story)
    assert with_genre.genre_piece(story) and not with_genre.genre_piece(report)


def test_a_genre_piece_raises_the_bar_and_says_so_in_the_rule():
    veto = SenseVeto(model=None, threshold=0.6, floor=0.15, harmless=0.5, harm_floor=0.3)
    assert veto.bar(-1.0, "17", harm=False) == 0.15
    assert veto.bar(-1.0, "17", harm=False, read=True) == 0.6

    class Named:
        name = "genre-x"

    veto.model, veto.genre = Named(), Named()
    assert veto.rule_suffix(0.93, ("arts", 0.03)) == "+genre:genre-x=arts@0.03+model:genre-x=0.93"
    assert veto.rule_suffix(0.93) == "+model:genre-x=0.93"


@pytest.mark.slow
@pytest.mark.parametrize("text, verb, assault", [
    ("The pop singer was stabbed outside a nightclub in London on Saturday.", "stabbed", True),
    ("A man shot the guitarist twice as he left the club.", "shot", True),
    ("Gunmen kidnapped the chairman of the mining company on his way home.", "kidnapped", True),
    ("The striker was injured in a fall during training on Friday.", "injured", False),
    ("The champion beat his rival in straight sets.", "beat", False),
])
def test_a_crime_against_a_person_is_violence_in_a_genre_piece_whoever_did_it(nlp, text, verb, assault):
    """In a piece about the arts, sport or business, a stabbing or a shooting is violence though no state or armed
    body takes part (the brief: a star attacked is violence); an injury in a fall and a win are none."""
    doc = nlp(text)
    v = next(t for t in doc if t.text == verb)
    assert assault_told(v) is assault
    sent = v.sent
    assert genre_frame(sent, v, "18", None, "USA", harm=True, public=False) is assault
