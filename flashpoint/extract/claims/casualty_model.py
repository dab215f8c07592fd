"""The casualty mention model: is a killed or injured figure a casualty of the incidents the article
reports, or something else (animals, the killers, a war's total, a past incident told for context, a
projection, a number a speech gives for another period)?

The rules of casualties.py find the candidates (numbered figures and victims the parse names); a
logistic regression over a few dozen binary features of each candidate's words decides which of them
the reconciliation counts. The features read what the rules read, as evidence rather than verdicts:
  what is counted  the counted noun's person-ness (a person noun, a people's name, an actor; a count
                   noun like "deaths"; a thing or an animal), whether it is the agent of the killing
  the clause       modality (will, could, may), negation, threats and plans, a legal frame
  the time         a year before the article's, "since", "in the past", "last year", "ago", "days after"
  the incident     a violent word in the sentence or the headline, the share of the text's sentences
                   that tell of violence or harm (a match report against a crime report); the distance
                   to the nearest verb of harm; a sport or fiction text
  the figure       which rule found it, its category, size, hedge, sentence (headline or body), claimant
Trained by ``training/train_casualty.py`` (``make casualty-model``) on mention labels derived from the
tune parts' gold counts; the weights and the feature names ship in ``models/<name>.npz`` and are applied
with NumPy alone. Each judged figure keeps the model's name and probability in its rule.

The fp_casualties factory lives here, beside the model it loads (casualties.py holds the component).
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc, Token

from flashpoint.extract.base import (actor_mentions, article_of, doc_text, model_file, sentence_span, sentence_starts,
                                     words_used)
from flashpoint.extract.claims import casualties as C
from flashpoint.extract.claims.sentences import sentence_of_token
from flashpoint.extract.words import FICTION_NOUNS, NEGATIVE_PRONOUNS, NEGATORS, PHYSICAL_HARM_WORDS, SPORT_WORDS
from flashpoint.records import Figure
from flashpoint.settings import component_defaults

MODEL_DIR = Path(__file__).resolve().parent / "models"
PAST_RE = re.compile(r"(?i)\b(?:ago|last\s+(?:year|month|decade)|anniversary|memorial|remember\w*|"
                     r"(?:days?|weeks?|months?)\s+(?:after|before)|earlier\s+this|previous|former|history)\b")
NATURAL_RE = re.compile(r"(?i)\b(?:illness|cancer|aged|disease|natural\s+causes|stroke|heart\s+attack|"
                        r"poisoning|overdose)\b")


def _bucket(value: float | None) -> str:
    if value is None:
        return "none"
    if value <= 1:
        return "1"
    if value < 10:
        return "2-9"
    if value < 100:
        return "10-99"
    return "100-999" if value < 1000 else "1000+"


def _anchor(doc: Doc, f: Figure) -> Token | None:
    """The token the figure counts: its counted noun, else its number, else its first word."""
    span = doc.char_span(f.evidence.start, f.evidence.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    if f.subject:
        for t in span:
            if t.text == f.subject:
                return t
    return next((t for t in span if t.like_num or t.pos_ == "NUM"), span[0])


def _person_kind(doc: Doc, f: Figure, tok: Token | None) -> str:
    if not f.subject:
        return "none"
    w = f.subject.lower()
    if w in C.COUNT_NOUNS or w in ("dead", "deaths", "fatalities", "bodies", "casualties", "injuries"):
        return "count"
    if tok is None:
        return "other"
    if C._is_person(doc, tok, actor_mentions(doc)) or (tok.text[:1].isupper() and tok.text.endswith("s")):
        return "person"
    return "thing"


def _harm_density(doc: Doc) -> str:
    """How much of the text tells of violence or harm: the share of its sentences with a word of it
    (none, some, much), so a death in a match report or a business story reads apart from one in
    conflict news or a crime report, whatever the length."""
    sents = [sentence_span(doc, i) for i in range(len(sentence_starts(doc)))]  # a dateline is no sentence
    hit = sum(any(C._lemma(t) in PHYSICAL_HARM_WORDS or C._lemma(t) in C.HARM_OR_DIE
                  or t.lower_ in C.INCIDENT_NOUNS for t in s) for s in sents)
    share = hit / max(1, len(sents))
    return "none" if hit == 0 else "some" if share < 0.3 else "much"


def mention_features(doc: Doc, f: Figure, density: str | None = None) -> list[str]:
    """The binary features of one killed or injured figure (see the module docstring); ``density``
    is _harm_density(doc), computed once per text by the caller that judges several figures."""
    text = doc_text(doc)
    category = C.CATEGORY_OF.get(f.category, f.category)
    rule = f.rule.split("|")[0].split("+")[0]
    out = [f"cat={category}", f"rule={rule}", f"rule={rule}&cat={category}", f"size={_bucket(f.value)}",
           f"approx={f.approx or 'none'}", f"claimant={'yes' if f.claimant is not None else 'no'}"]
    tok = _anchor(doc, f)
    kind = _person_kind(doc, f, tok)
    out += [f"counted={kind}", f"counted={kind}&cat={category}"]
    out.append("sent=headline" if f.sentence == 0 else "sent=text")  # not how deep: long reports are no less true
    out.append(f"text-harm={density or _harm_density(doc)}")
    if tok is None:
        return out
    sent = sentence_of_token(tok)
    words = [t.lower_ for t in sent]
    lemmas = [C._lemma(t) for t in sent]
    # the agent of a killing, not its victim: "two suicide bombers killed eight"
    if tok.dep_ == "nsubj" and C._lemma(tok.head) in C.HARM and tok.head.i > tok.i and \
            not any(c.dep_ in ("aux:pass", "auxpass") for c in tok.head.children):
        out.append("agent-of-harm")
    # the clause: modality, negation, threats, plans, courts
    head = tok.head
    near = doc[max(sent.start, tok.i - 6):tok.i]
    if any(c.lower_ in C.MODAL_AUX for c in head.children) or any(t.lower_ in C.MODAL_AUX for t in near):
        out.append("modal")
    if any(t.lower_ in NEGATORS or t.lower_ in NEGATIVE_PRONOUNS for t in near) or any(
            c.dep_ == "neg" or c.lower_ in ("not", "n't") for c in head.children):
        out.append("negated")
    if any(C._lemma(a) in C.IRREALIS for a in list(tok.ancestors)[:4]):
        out.append("irrealis")
    if C._legal_frame(tok) or any(lem in C.LEGAL for lem in lemmas):
        out.append("legal")
    if C.in_fiction(tok) or set(words) & FICTION_NOUNS:
        out.append("fiction")
    # the time
    published = article_of(doc).published
    years = [int(y) for y in C.YEAR_RE.findall(sent.text)]
    if published is not None and any(y < published.year for y in years):
        out.append("year=before")
    if published is not None and any(y == published.year for y in years):
        out.append("year=same")
    if f.scope is not None and published is not None and f.scope.end is not None and \
            f.scope.end < published - C.OLD:
        out.append("scope=old")
    if C.PERIOD_RE.search(sent.text):
        out.append("period")
    if PAST_RE.search(sent.text):
        out.append("past")
    if C.TOLL_RE.search(sent.text):
        out.append("toll")
    if C.PROJECTION_RE.search(text[max(sent.start_char, f.evidence.start - 60):f.evidence.start]):
        out.append("projection")
    if NATURAL_RE.search(sent.text):
        out.append("natural")
    # the incident
    harm = [t.i for t in sent if C._lemma(t) in C.HARM_OR_DIE or t.lower_ in ("dead", "death", "deaths")]
    violent = any(lem in PHYSICAL_HARM_WORDS or w in C.INCIDENT_NOUNS or lem in C.DEADLY_INCIDENT_LEMMAS
                  for lem, w in zip(lemmas, words))
    out.append("sent-violent" if violent else "sent-calm")
    if harm:
        d = min(abs(i - tok.i) for i in harm)
        out.append("harm-near" if d <= 3 else "harm-mid" if d <= 8 else "harm-far")
    else:
        out.append("harm-none")
    headline = sentence_of_token(doc[0])
    if headline.start != sent.start and any(C._lemma(t) in C.HARM_OR_DIE or t.lower_ in C.INCIDENT_NOUNS
                                            or C._lemma(t) in PHYSICAL_HARM_WORDS for t in headline):
        out.append("headline-violent")
    if words_used(doc, SPORT_WORDS) >= 2:
        out.append("sport")
    if any(q.evidence.start <= f.evidence.start < q.evidence.end for q in doc._.fp_quotes or []):
        out.append("in-quote")
    return out


@dataclass
class CasualtyModel:
    name: str
    features: dict[str, int]
    weights: np.ndarray
    bias: float
    bar: float          # a figure below this probability is not counted
    score: str          # the cross-validated figure the training printed, for provenance

    @classmethod
    def load(cls, path: str | Path) -> "CasualtyModel":
        with np.load(path, allow_pickle=False) as z:
            names = [str(n) for n in z["features"]]
            return cls(name=str(z["name"]), features={n: i for i, n in enumerate(names)},
                       weights=z["weights"].astype(np.float64), bias=float(z["bias"]), bar=float(z["bar"]),
                       score=str(z["score"]))

    def probability(self, features: list[str]) -> float:
        # (summed in a fixed order: a set's order follows the hash seed, and float sums their order)
        z = self.bias + sum(self.weights[self.features[f]] for f in sorted(set(features)) if f in self.features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def judge(self, doc: Doc, figures: list[Figure]) -> tuple[dict[str, float], float]:
        """Each killed or injured figure's probability of being a casualty the article reports, and
        the bar below which it is not counted: the model's in a text that tells of violence now and
        then (a match report, a business story, a feature), none in one most of whose sentences do
        (an incident report), where the rules' reading stands and the probability is only kept."""
        judged = [f for f in figures if C.CATEGORY_OF.get(f.category) in ("killed", "injured")]
        if not judged:
            return {}, 0.0
        density = _harm_density(doc)
        scores = {f.id: self.probability(mention_features(doc, f, density)) for f in judged}
        return scores, (0.0 if density == "much" else self.bar)

    def rule_suffix(self, p: float) -> str:
        return f"+model:{self.name}={p:.2f}"


@Language.factory("fp_casualties", requires=C.CASUALTIES_REQUIRE, assigns=["doc._.fp_casualties"],
                  default_config=component_defaults("fp_casualties"))
def make_casualty_counter(nlp: Language, name: str, model: str | None) -> C.CasualtyCounter:
    """fp_casualties (casualties.py) with the mention model the config names, or none."""
    return C.CasualtyCounter(load_casualty_model(model) if model else None)


@functools.lru_cache(maxsize=4)
def load_casualty_model(name_or_path: str) -> CasualtyModel:
    """A shipped model by name ("casualty-v2": models/casualty-v2.npz) or a model file by path."""
    return CasualtyModel.load(model_file(name_or_path, MODEL_DIR))


__all__ = ["CasualtyModel", "MODEL_DIR", "load_casualty_model", "make_casualty_counter", "mention_features"]
