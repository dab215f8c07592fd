"""Who says so: attribution phrases (extract/attribution.py), shared by quotes, figures and events."""

from __future__ import annotations

import pytest
import spacy

from flashpoint.extract.claims.attribution import (
    according_to,
    is_outlet,
    media_say,
    outlets_in,
    reporting_outlets,
    sources_in,
    spoke_to,
    told_outlets,
)
from flashpoint.extract.base import ActorMention

NLP = spacy.blank("en")
NLP.add_pipe("sentencizer")


def sentence(text: str, mentions: tuple[tuple[str, str, str | None], ...] = ()):
    doc = NLP(text)
    found = []
    for surface, kind, code in mentions:
        start = text.index(surface)
        span = doc.char_span(start, start + len(surface))
        found.append(ActorMention(start=span.start, end=span.end, start_char=start, end_char=start + len(surface),
                                  text=surface, name=surface, code=code, kind=kind))
    doc._.fp_actor_mentions = found
    return doc, doc[:]


def test_according_to_an_outlet_gives_via_and_no_actor():
    doc, sent = sentence("According to Reuters, NATO is concerned about the build-up.")
    src = according_to(doc, sent)
    assert src.actor is None and src.via == ["Reuters"] and src.rule == "according_to"
    assert src.ref().name == "Reuters"


def test_according_to_a_country_gives_its_mention():
    doc, sent = sentence("According to Ukraine, 20 of its soldiers have been killed.", (("Ukraine", "country", "UKR"),))
    src = according_to(doc, sent)
    assert src.actor.code == "UKR" and src.via == []
    assert src.ref().code == "UKR"


def test_according_to_the_news_agency_names_the_agency():
    doc, sent = sentence("Price told the media, according to the news agency AFP.")
    assert according_to(doc, sent).via == ["AFP"]


def test_according_to_an_outlets_sources_credits_the_outlet():
    doc, sent = sentence("Some 4,000 soldiers are moving, according to CNN's sources.")
    assert according_to(doc, sent).via == ["CNN"]


def test_sentence_without_attribution_has_none():
    doc, sent = sentence("The talks ended without agreement.")
    assert according_to(doc, sent) is None and sources_in(doc, sent) == []


@pytest.mark.parametrize("text, outlets", [
    ("Peskov told news agency AFP.", ["AFP"]),
    ("Price told the media.", []),
    ("He told reporters in Geneva.", []),
    ("A NATO official who spoke to Reuters said so.", ["Reuters"]),
    ("Lavrov said in an interview with Der Spiegel that talks were over.", ["Der Spiegel"]),
])
def test_told_outlets_names_only_news_organisations(text, outlets):
    assert told_outlets(text) == outlets


def test_spoke_to_finds_the_outlet_of_an_unnamed_official():
    assert spoke_to("A NATO official who spoke to Reuters estimates that tensions are rising.") == ["Reuters"]


@pytest.mark.parametrize("text", ["U.S. news channel CNN reports that troops moved.",
                                  "The line is harder, writes CNN, among others.",
                                  "Reuters reported on Friday that the talks had failed."])
def test_outlets_reporting_themselves_are_sources(text):
    doc, sent = sentence(text)
    found = reporting_outlets(doc, sent)
    assert len(found) == 1 and found[0].rule == "reports" and found[0].via[0] in ("CNN", "Reuters")


@pytest.mark.parametrize("text", ["They made calls, the media say.", "Russian media reported that the convoy left."])
def test_the_media_at_large_is_an_attribution(text):
    assert media_say(text)
    doc, sent = sentence(text)
    assert any(s.rule == "media_say" for s in sources_in(doc, sent))


def test_outlets_in_finds_listed_and_introduced_outlets():
    assert outlets_in("the state news agency Xinhua and the broadcaster Zvezda said") == ["Xinhua", "Zvezda"]


def test_is_outlet_accepts_agency_wording_and_possessives():
    assert is_outlet("news agency AFP") and is_outlet("CNN's") and not is_outlet("Ukraine")
