"""Hand-built records for tests, demos and the scale benchmark (no NLP involved).

`article_records` turns a list of `EventSpec` into one article's records, with a text made of the
events' sentences so that every evidence span and sentence index is real. `synthetic_stream`
yields a reproducible stream of such articles for filling a store with millions of events.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from flashpoint.records import (Actor, ActorRef, Article, ArticleRecords, Attribution, Event, Evidence, PlaceRef,
                                Plover, content_hash, stable_id)

# CAMEO code -> (Goldstein, QuadClass, PLOVER type, verb) for the few codes the generators use
CODES = {
    "040": (1.0, 1, "CONSULT", "met"), "042": (1.9, 1, "CONSULT", "visited"),
    "050": (3.5, 1, "COOPERATE", "backed"), "061": (6.4, 2, "COOPERATE", "agreed to trade with"),
    "070": (7.0, 2, "AID", "sent aid to"), "112": (-2.0, 3, "ACCUSE", "accused"),
    "130": (-4.0, 3, "THREATEN", "warned"), "138": (-7.0, 3, "THREATEN", "threatened to attack"),
    "172": (-5.0, 4, "COERCE", "sanctioned"), "190": (-10.0, 4, "ASSAULT", "attacked"),
    "193": (-10.0, 4, "ASSAULT", "fought"), "195": (-10.0, 4, "ASSAULT", "shelled"),
}
NAMES = {"RUS": "Russia", "UKR": "Ukraine", "USA": "United States", "CHN": "China", "FRA": "France",
         "DEU": "Germany", "GBR": "United Kingdom", "TUR": "Turkey", "IRN": "Iran", "ISR": "Israel",
         "IGOWSTNAT": "NATO", "IGOUNO": "United Nations"}
ROLES = {"GOV": "government", "MIL": "forces"}
PLACES = {"Donetsk": ("UKR", 48.0159, 37.8028, 709717), "Kyiv": ("UKR", 50.4501, 30.5234, 703448),
          "Moscow": ("RUS", 55.7558, 37.6173, 524901), "Kharkiv": ("UKR", 49.9935, 36.2304, 706483),
          "Gaza": ("PSE", 31.5017, 34.4668, 281133), "Tehran": ("IRN", 35.6892, 51.389, 112931)}


def actor_name(code: str) -> str:
    if code in NAMES:
        return NAMES[code]
    head = code[:9] if code.startswith("IGO") else code[:3]
    role = ROLES.get(code[len(head):len(head) + 3])
    base = NAMES.get(head) or head
    return f"{base} {role}" if role else base


@dataclass(frozen=True)
class EventSpec:
    source: str                 # actor code
    target: str | None
    code: str                   # CAMEO code in CODES
    day: date
    place: str | None = None    # a key of PLACES
    modality: str = "asserted"
    confidence: float = 0.8
    sentence: str | None = None  # the evidence sentence; made up from the parts when None
    background: bool = False     # dated by the text years before the article (history, not news)
    date_precision: str | None = None  # "vague": a past the text leaves undated ("recently")


def sentence_for(spec: EventSpec) -> str:
    verb = CODES[spec.code][3]
    where = f" near {spec.place}" if spec.place else ""
    target = f" {actor_name(spec.target)}" if spec.target else ""
    return f"{actor_name(spec.source)} {verb}{target}{where} on {spec.day.strftime('%d %B %Y')}."


def article_records(specs: list[EventSpec], published: date, source: str = "Wire", title: str | None = None,
                    url: str | None = None, lead: str = "") -> ArticleRecords:
    """One article whose text is `lead` followed by one sentence per event."""
    sentences = ([lead] if lead else []) + [s.sentence or sentence_for(s) for s in specs]
    text = " ".join(sentences)
    h = content_hash(text + "\x1f" + source)
    art = Article(id=h[:16], title=title or sentences[0][:80], published=published, source=source, url=url,
                  text=text, content_hash=h, published_from="given")
    bounds, pos = [], 0
    for s in sentences:
        bounds.append((pos, pos + len(s)))
        pos += len(s) + 1
    offset = 1 if lead else 0
    actors: dict[str, Actor] = {}
    events = []
    for i, spec in enumerate(specs):
        idx = i + offset
        start, end = bounds[idx]
        g, q, plover, _ = CODES[spec.code]
        refs = []
        for code in (spec.source, spec.target):
            if code is None:
                refs.append(None)
                continue
            name = actor_name(code)
            refs.append(ActorRef(name=name, code=code, text=name))
            if code not in actors:
                actors[code] = Actor(id=stable_id(art.id, "actor", code), article=art.id, name=name, code=code,
                                     mentions=[name], country=code[:3], rule="synthetic")
        loc = None
        if spec.place:
            c, lat, lon, gid = PLACES[spec.place]
            loc = PlaceRef(spec.place, c, None, lat, lon, gid, "city")
        events.append(Event(id=stable_id(art.id, "event", idx, spec.code), article=art.id, date=spec.day,
                            source=refs[0], target=refs[1], code=spec.code, root=spec.code[:2], goldstein=g,
                            quadclass=q, plover=Plover(plover, None), modality=spec.modality,
                            attribution=Attribution(), location=loc, sentence=idx,
                            evidence=Evidence(start, end, text[start:end]), rule="synthetic",
                            confidence=spec.confidence, verb=CODES[spec.code][3].split()[0],
                            date_precision=spec.date_precision, background=spec.background))
    return ArticleRecords(article=art, actors=list(actors.values()), events=events,
                          sentences=[(i, s, e) for i, (s, e) in enumerate(bounds)])


def synthetic_stream(n_events: int, start: date = date(2023, 1, 1), days: int = 730, events_per_article: int = 10,
                     n_countries: int = 60, seed: int = 7) -> Iterator[ArticleRecords]:
    """A reproducible stream of articles with `n_events` events over `days` days.

    Dyads are Zipf-like (a few hot pairs, a long tail), codes mostly cooperation and verbal conflict,
    with material conflict concentrated on the hot pairs and occasional bursts (escalations)."""
    rng = random.Random(seed)
    countries = list(NAMES)[:10] + [f"C{i:02d}" for i in range(max(0, n_countries - 10))]
    roles = ["", "GOV", "MIL"]
    weights = [1 / (i + 1) for i in range(len(countries))]
    codes = list(CODES)
    code_w = [8, 3, 4, 2, 1, 5, 6, 2, 2, 3, 1, 1]
    bursts = {start + timedelta(days=rng.randrange(days)) for _ in range(max(1, days // 60))}
    made, article_no = 0, 0
    while made < n_events:
        day = start + timedelta(days=rng.randrange(days))
        n = min(events_per_article, n_events - made)
        specs = []
        for _ in range(n):
            src, tgt = rng.choices(countries, weights, k=2)
            if src == tgt:
                tgt = countries[(countries.index(src) + 1) % len(countries)]
            code = rng.choices(codes, code_w)[0]
            if day in bursts and rng.random() < 0.5:
                src, tgt, code = "RUSMIL", "UKRMIL", rng.choice(["190", "193", "195"])
            specs.append(EventSpec(src + rng.choice(roles), tgt + rng.choice(roles), code,
                                   day - timedelta(days=rng.randrange(2)),
                                   rng.choice([None, *PLACES]), confidence=round(rng.uniform(0.4, 0.95), 2)))
        article_no += 1
        yield article_records(specs, day, source=f"outlet{article_no % 40}", url=f"https://example.org/a/{article_no}",
                              lead=f"Report {article_no}.")
        made += n
