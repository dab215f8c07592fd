"""Collect what the components left on the Doc into the records of one article."""

from __future__ import annotations

from spacy.tokens import Doc

from flashpoint.extract.base import article_of, record_id, sentence_starts
from flashpoint.extract.dates import time_records
from flashpoint.records import Actor, ArticleRecords


def actors_from_mentions(doc: Doc) -> list[Actor]:
    """One actor record per distinct actor (kb id, else canonical name and code), with its surface forms."""
    art = article_of(doc)
    by_key: dict[tuple, Actor] = {}
    for m in doc._.fp_actor_mentions or []:
        key = (m.kb_id,) if m.kb_id else (m.name, m.code)
        actor = by_key.get(key)
        if actor is None:
            actor = by_key[key] = Actor(id=record_id(doc, "actor", *key), article=art.id, name=m.name, code=m.code,
                                        mentions=[], kb_id=m.kb_id, country=m.country, role=m.role, sector=m.sector,
                                        confidence=m.confidence, rule=m.rule)
        if m.text not in actor.mentions:
            actor.mentions.append(m.text)
    return list(by_key.values())


def unique_by_id(records: list) -> list:
    """Record ids hash the span and the coding, so a repeated id is the same finding made twice
    (two rules agreeing): keep the first."""
    seen: set[str] = set()
    out = []
    for r in records:
        if r.id not in seen:
            seen.add(r.id)
            out.append(r)
    return out


def doc_to_records(doc: Doc) -> ArticleRecords:
    starts = sentence_starts(doc)
    sentences = []
    for i, s in enumerate(starts):
        end_tok = starts[i + 1] if i + 1 < len(starts) else len(doc)
        if end_tok > s:
            sentences.append((i, doc[s].idx, doc[end_tok - 1].idx + len(doc[end_tok - 1].text)))
    article = article_of(doc)
    reading = doc._.fp_casualties
    if reading is not None:
        article.casualties = reading.summary
    return ArticleRecords(
        article=article,
        actors=actors_from_mentions(doc),
        events=unique_by_id(doc._.fp_events or []),
        quotes=unique_by_id(doc._.fp_quotes or []),
        figures=unique_by_id([reading.with_provenance(f) if reading is not None else f for f in
                              (doc._.fp_figures or []) + (reading.figures if reading is not None else [])]),
        places=unique_by_id(doc._.fp_places or []),
        times=unique_by_id(time_records(doc)),
        sentences=sentences,
    )
