"""`store_url`: every store test runs once on SQLite and once on PostgreSQL (`pg_url`, tests/conftest.py)."""

from __future__ import annotations

from datetime import date

import pytest

from flashpoint.records import (
    Actor, ActorRef, Article, ArticleRecords, Attribution, Event, Evidence, Figure, Place, Plover, Quote, Scope, Time,
    content_hash,
)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    return request.getfixturevalue("pg_url")


def sample_records(article_id: str = "art-oslo-1", who: str = "government", published: str = "2024-03-05",
                   source_code: str = "NORGOV", target_code: str | None = "SWEGOV") -> ArticleRecords:
    """One article with one record of every kind, built by hand (no model), offsets matching the text.
    `who` varies the text (and so the content hash) between articles."""
    text = (f"Norway's {who} rejected the Swedish proposal in Oslo on Tuesday. "
                    "\"We will not accept this,\" Foreign Minister Anna Berg said. "
                    "Police said about 12 protesters were arrested near the port.")
    s0 = text.index("Norway")
    s1 = text.index("\"We")
    s2 = text.index("Police")
    ev0 = Evidence(s0, s1 - 1, text[s0:s1 - 1])
    quote_text = "We will not accept this,"
    q0 = text.index(quote_text)
    fig = text.index("about 12 protesters")
    oslo = text.index("Oslo")
    berg = ActorRef("Anna Berg", "NORGOV", "Anna Berg", "kb:anna-berg")
    norway = ActorRef("Norway", source_code, "Norway's government", "kb:NOR")
    sweden = ActorRef("Sweden", target_code, "Swedish", "kb:SWE") if target_code else None
    place = Place(id=f"{article_id}-p", article=article_id, name="Oslo", country="NOR", admin1="Oslo", lat=59.91273,
                  lon=10.74609, geonames_id=3143244, feature="city", sentence=0,
                  evidence=Evidence(oslo, oslo + 4, "Oslo"), rule="gazetteer")
    tuesday = text.index("on Tuesday")
    time = Time(id=f"{article_id}-t", article=article_id, text="on Tuesday", value=published, precision="day",
                future=False, sentence=0, evidence=Evidence(tuesday, tuesday + 10, "on Tuesday"), rule="weekday")
    return ArticleRecords(
        article=Article(id=article_id, title="Oslo rejects proposal", published=date.fromisoformat(published),
                        source="Test Wire", url=f"https://example.org/{article_id}", text=text,
                        content_hash=content_hash(text)),
        actors=[Actor(id=f"{article_id}-a1", article=article_id, name="Anna Berg", code="NORGOV",
                      mentions=["Anna Berg", "Foreign Minister Anna Berg"], kb_id="kb:anna-berg", country="NOR",
                      role="GOV", confidence=0.95, rule="kb:exact")],
        events=[Event(id=f"{article_id}-e1", article=article_id, date=date.fromisoformat(published), source=norway,
                      target=sweden, code="125", root="12", goldstein=-5.0, quadclass=3,
                      plover=Plover("REJECT", None), modality="asserted",
                      attribution=Attribution(None, ("Test Wire",)), location=place.ref(), sentence=0,
                      evidence=ev0, rule="verb:reject", confidence=0.8, verb="rejected")],
        quotes=[Quote(id=f"{article_id}-q1", article=article_id, speaker=berg, text=quote_text, direct=True, via=[],
                      sentence=1, evidence=Evidence(q0, q0 + len(quote_text), quote_text), verb="said",
                      rule="quote:marks")],
        figures=[Figure(id=f"{article_id}-f1", article=article_id, value=12, approx="about", category="arrested",
                        subject="protesters", actor=None, claimant=ActorRef("Police", None, "Police"),
                        scope=Scope("Tuesday", date.fromisoformat(published), None), sentence=2,
                        evidence=Evidence(fig, fig + len("about 12 protesters"), "about 12 protesters"),
                        rule="figure:arrested")],
        places=[place],
        times=[time],
        sentences=[(0, s0, s1 - 1), (1, s1, s2 - 1), (2, s2, len(text))],
    )


@pytest.fixture
def make_records():
    return sample_records
