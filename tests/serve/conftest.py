"""A monitor store for the API and dashboard tests: synthetic wire traffic with escalations, one
hand-written article with actors, events and a figure, and the GDELT 2.0 sample."""

from __future__ import annotations

from datetime import date

import pytest

from flashpoint.analyze.maintain import rebuild
from flashpoint.analyze.synthetic import EventSpec, article_records, synthetic_stream
from flashpoint.importers.gdelt import import_gdelt
from flashpoint.records import (Actor, ActorRef, Casualties, CasualtyClaim, CasualtyCount, Evidence, Figure,
                                stable_id)
from flashpoint.store import open_store

HAND_DAY = date(2025, 7, 30)
HAND_SENTENCES = [
    EventSpec("RUSMIL", "UKRMIL", "195", HAND_DAY, "Kharkiv",
              sentence="Russian forces shelled Ukrainian positions outside Kharkiv on Wednesday, killing 12 soldiers."),
    EventSpec("UKRGOV", "RUSGOV", "112", HAND_DAY, "Kyiv",
              sentence="The Ukrainian government accused Moscow of targeting civilians <script>alert(1)</script>."),
]


def hand_article():
    recs = article_records(HAND_SENTENCES, HAND_DAY, source="Kyiv Independent", title="Shelling near Kharkiv <b>kills</b> 12",
                           url="https://kyivindependent.example/kharkiv", lead="Fighting flared again in the east.")
    text = recs.article.text
    aid = recs.article.id
    recs.actors = [Actor(id=stable_id(aid, "actor", code), article=aid, name=name, code=code, mentions=mentions,
                         rule="synthetic")
                   for code, name, mentions in (("RUSMIL", "Russian armed forces", ["Russian forces", "Moscow"]),
                                                ("UKRMIL", "Ukrainian armed forces", ["Ukrainian positions"]),
                                                ("UKRGOV", "Government of Ukraine", ["Ukrainian government"]))]
    start = text.index("12 soldiers")
    event = recs.events[0]
    recs.figures.append(Figure(id=stable_id(recs.article.id, "figure", start), article=recs.article.id, value=12.0,
                               approx=None, category="killed", subject="soldiers",
                               actor=ActorRef("Ukraine forces", "UKRMIL", "Ukrainian"), claimant=None, scope=None,
                               sentence=event.sentence, evidence=Evidence(start, start + 11, text[start:start + 11]),
                               rule="synthetic"))
    fig = recs.figures[-1]  # the event and the article carry the 12 killed as their casualties
    killed = CasualtyCount(best=12, claims=(CasualtyClaim(figure=fig.id, value=12, approx=None, claimant=None,
                                                          sentence=fig.sentence, text=fig.evidence.text),))
    event.casualties = recs.article.casualties = Casualties(killed=killed)
    return recs


@pytest.fixture(scope="session")
def monitor_db(tmp_path_factory, shared_dir) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('monitor') / 'monitor.db'}"
    with open_store(url) as store:
        with store.monitor_paused():
            for recs in synthetic_stream(2500, start=date(2025, 4, 10), days=118, events_per_article=5,
                                         n_countries=16, seed=3):
                store.write_article(recs)
        rebuild(store, store.monitor_settings)
        store.write_article(hand_article())
        import_gdelt([shared_dir / "data" / "gdelt-sample" / "gdelt2_events_sample.tsv"], store)
    return url
