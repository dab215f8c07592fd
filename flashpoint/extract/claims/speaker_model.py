"""The speaker ranker: who said a direct quote, learned where the frame rules are unsure.

The frame rules of quotes.py read one speaker phrase for each quote and resolve it (speakers.py); they
reached 0.93-1.00 on each round of gold they were tuned on and 0.72-0.78 on the rounds they were not.
The ranker looks at every speaker a reader would weigh instead: for a direct quote, the people and
organisations named in its sentence, the two before it and the one after (outside other quotes), the
speaker the rules resolved, and the speaker of the quote before. Each option gets binary features read
off what the pipeline already made (no parse of its own):
  where      the option's nearest mention: in the quote's frame, before or after the quote in its
             sentence, one or two sentences before, the sentence after; its distance in characters
  role       the subject of a verb of saying (in the quote's frame or elsewhere), of another verb, an
             object, a possessor, the name right after a verb of saying ("said Mr Clinton")
  what       person, organisation, country, agent; how often the article names it, and whether it
             is the article's most named person
  context    the rules' choice (and which rule), the last quote's speaker (with: the quote opens its
             paragraph, the quote has no frame), the nearest person before a frame whose subject is a
             pronoun or before a frameless quote
A logistic regression (scikit-learn at training time, NumPy here) scores each option; the quote takes
the best-scored one when the rules found nobody, or when the best outscores the rules' choice by the
model's margin. Trained by ``training/train_speakers.py`` (``make speaker-model``) on the tune parts of
the quote gold; the weights, the feature names, the bar and the margin ship in ``models/<name>.npz``.
A quote whose speaker the model chose keeps ``model:<name>=<p>`` in its rule.

Measured at quo38 (bench/claims.py --speaker-model, quote gold direct speakers, tune / held-out): speaker-v1 and no
ranker give the same figures on every set (its "is-rule" features make it copy the rules: 431/435, 326/390), so the
gap between the parts is the rules', not the ranker's; a ranker trained without the rules' features scores 0.94 out of
fold on tune but, left to choose alone, 411/435 and 314/390 (and lower on every quotes_fresh set), and with its own
bar and margin (0.3, 0.8) 432/435 and 326/390: the general features alone do not generalise better.
"""

from __future__ import annotations

import bisect
import functools
import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from spacy.tokens import Doc, Token

from flashpoint.extract.base import actor_mentions, doc_text, model_file, sentence_starts
from flashpoint.extract.claims.speakers import Speaker, SpeakerResolver
from flashpoint.extract.words import PERSON_PRONOUNS, SAYING_FORMS

MODEL_DIR = Path(__file__).resolve().parent / "models"
SUBJECTS = ("nsubj", "nsubjpass", "nsubj:pass")
OPTION_KINDS = ("person", "organisation", "country", "agent", "group")


def speaker_key(name: str | None) -> str | None:
    """Who an option is, for comparing two speakers: a person's surname, else the whole name, lower case."""
    if not name:
        return None
    words = [w for w in name.replace("’", "'").split() if any(ch.isalnum() for ch in w)]
    return words[-1].lower().strip(".,'") if words else None


@dataclass
class Option:
    """One speaker a quote may have, with the binary features the model reads."""

    speaker: Speaker
    key: str
    features: set[str]


def _bucket(d: int) -> str:
    return "0-20" if d <= 20 else "20-60" if d <= 60 else "60-150" if d <= 150 else "150+"


class SpeakerOptions:
    """The options of each direct quote of one document; what is read once per document is kept here."""

    def __init__(self, doc: Doc, resolver: SpeakerResolver):
        self.doc = doc
        self.text = doc_text(doc)
        self.resolver = resolver              # its excluded spans are the quotes
        starts = sentence_starts(doc)
        self.sent_chars = [doc[s].idx for s in starts] if len(doc) else [0]
        people = [(c, s) for c, s, _ in resolver._people() if s.ref is not None]
        others = [m for m in actor_mentions(doc) if m.kind in OPTION_KINDS and m.kind != "person"]
        found: list[tuple[int, int, Speaker]] = []
        for c, s in people:
            end = c + (len(s.mention.text) if s.mention is not None and s.rule == "mention" else
                       len(s.ref.name.split()[-1]) if s.ref.name.split() else 1)
            found.append((c, end, s))
        for m in others:
            found.append((m.start_char, m.end_char, Speaker(m.ref(), "actor", "mention", mention=m,
                                                            span=(m.start_char, m.end_char))))
        keys: dict[str, str | None] = {}
        self.mentions: list[tuple[int, int, Speaker, str]] = []   # (start, end, speaker, key), outside quotes
        for a, b, s in sorted(found, key=lambda x: x[0]):
            if s.ref.name not in keys:
                keys[s.ref.name] = speaker_key(s.ref.name)
            if keys[s.ref.name] and not resolver.quoted(a):
                self.mentions.append((a, b, s, keys[s.ref.name]))
        self.counts: dict[str, int] = {}
        self.kinds: dict[str, str] = {}
        for _, _, s, k in self.mentions:
            self.counts[k] = self.counts.get(k, 0) + 1
            self.kinds.setdefault(k, s.mention.kind if s.mention is not None else "person")
        persons = {k: n for k, n in self.counts.items() if self.kinds.get(k) == "person"}
        self.top_person = max(persons, key=persons.get) if persons else None

    def sentence_of(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.sent_chars, char) - 1)

    def _token(self, char: int) -> Token | None:
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None

    def _role(self, start: int, end: int, extent: tuple[int, int]) -> set[str]:
        """What the mention at [start, end) is in its clause: the head token's dependency."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return set()
        head = span.root
        out = set()
        if head.dep_ in SUBJECTS:
            if head.head.lower_ in SAYING_FORMS:
                out.add("subj-speech")
                if extent[0] <= head.head.idx < extent[1]:
                    out.add("subj-speech-frame")
            else:
                out.add("subj-other")
        elif head.dep_ in ("dobj", "obj", "pobj", "iobj", "dative"):
            out.add("object")
        elif head.dep_ in ("poss", "nmod:poss"):
            out.add("possessor")
        elif head.dep_ == "appos":
            out.add("appos")
        elif head.dep_ == "compound":
            out.add("compound")
        before = self.doc[span.start - 1] if span.start > 0 else None
        if before is not None and before.lower_ == "the" and span.start > 1:
            before = self.doc[span.start - 2]
        if before is not None and before.lower_ in SAYING_FORMS and extent[0] <= before.idx < extent[1]:
            out.add("after-speech-verb")
        return out

    def options(self, start: int, end: int, extent: tuple[int, int], verb: Token | None, rule: str,
                ruled: Speaker | None, last: Speaker | None) -> list[Option]:
        """The options of the direct quote [start, end) whose frame spans ``extent``; ``ruled``: the speaker
        the rules resolved (None: nobody), ``last``: the speaker of the quote before."""
        s0, s1 = self.sentence_of(extent[0]), self.sentence_of(max(extent[0], extent[1] - 1))
        lo = self.sent_chars[max(0, s0 - 2)]
        hi = self.sent_chars[s1 + 2] if s1 + 2 < len(self.sent_chars) else len(self.text)
        para_opens = not self.text[self.text.rfind("\n", 0, extent[0]) + 1:extent[0]].strip()
        frame_pronoun = verb is not None and any(t.dep_ in SUBJECTS and t.lower_ in PERSON_PRONOUNS
                                                 for t in verb.children)
        found: dict[str, Option] = {}
        nearest_before: str | None = None
        first = bisect.bisect_left(self.mentions, lo, key=lambda x: x[0])
        for a, b, s, key in self.mentions[first:]:
            if a >= hi:
                break
            if start <= a < end:
                continue
            d = start - b if b <= start else a - end if a >= end else 0
            sent = self.sentence_of(a)
            if extent[0] <= a < extent[1]:
                where = "frame"
            elif sent in range(s0, s1 + 1):
                where = "sent-before" if a < start else "sent-after"
            elif sent < s0:
                where = f"prev{min(2, s0 - sent)}"
            else:
                where = "next"
            feats = {f"where:{where}", f"dist:{_bucket(max(0, d))}"} | self._role(a, b, extent)
            if a < start and (s.mention is None or s.mention.kind == "person"):
                nearest_before = key
            opt = found.get(key)
            if opt is None:
                found[key] = Option(s, key, feats)
            elif where == "frame" or not any(f.startswith("where:frame") for f in opt.features) and d < 60:
                opt.features |= feats  # every nearby mention's roles count; the frame's first
        if ruled is not None and ruled.ref is not None:
            key = speaker_key(ruled.ref.name)
            if key in found:
                found[key].speaker = ruled
            else:
                found[key] = Option(ruled, key, {f"rule-only:{ruled.kind}"})
            found[key].features |= {"is-rule", f"is-rule:{rule.split(':')[-1]}", f"is-rule:{ruled.rule}"}
        if last is not None and last.ref is not None:
            key = speaker_key(last.ref.name)
            if key not in found:
                found[key] = Option(last, key, {"last-only"})
            found[key].features |= {"last-speaker"} | ({"last-speaker&para-opens"} if para_opens else set()) | \
                ({"last-speaker&no-frame"} if verb is None else set())
        for key, opt in found.items():
            kind = self.kinds.get(key) or (opt.speaker.mention.kind if opt.speaker.mention is not None else
                                           opt.speaker.kind)
            opt.features.add(f"kind:{kind}")
            n = self.counts.get(key, 0)
            opt.features.add("count:" + ("0" if n == 0 else "1" if n == 1 else "2-3" if n <= 3 else "4+"))
            if key == self.top_person:
                opt.features.add("most-named")
            if key == nearest_before:
                opt.features.add("nearest-person-before")
                if frame_pronoun:
                    opt.features.add("nearest-before&frame-pronoun")
                if verb is None:
                    opt.features.add("nearest-before&no-frame")
        return list(found.values())


@dataclass
class SpeakerModel:
    name: str
    features: dict[str, int]
    weights: np.ndarray
    bias: float
    bar: float          # the rules found nobody: the best option speaks when it scores this or more
    margin: float       # the rules found someone: the best option replaces them when it outscores them by this
    score: str          # the out-of-fold figure the training printed, for provenance

    @classmethod
    def load(cls, path: str | Path) -> SpeakerModel:
        with np.load(path, allow_pickle=False) as z:
            names = [str(n) for n in z["features"]]
            return cls(name=str(z["name"]), features={n: i for i, n in enumerate(names)},
                       weights=z["weights"].astype(np.float64), bias=float(z["bias"]), bar=float(z["bar"]),
                       margin=float(z["margin"]), score=str(z["score"]))

    def probability(self, features: set[str]) -> float:
        z = self.bias + sum(self.weights[self.features[f]] for f in features if f in self.features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def choose(self, options: list[Option], ruled: Speaker | None) -> tuple[Speaker | None, float | None]:
        """(the speaker, its probability when the model chose it, else None): the rules' speaker unless the
        best option outscores it by the margin, or the best option when the rules found nobody and it
        reaches the bar."""
        return choose(options, [self.probability(o.features) for o in options], ruled, self.bar, self.margin)


def choose(options: list[Option], scores: list[float], ruled: Speaker | None, bar: float,
           margin: float) -> tuple[Speaker | None, float | None]:
    """The decision of ``SpeakerModel.choose`` for given scores (the training's out-of-fold ones too)."""
    if not options:
        return ruled, None
    best = max(range(len(options)), key=lambda k: scores[k])
    if ruled is None or ruled.ref is None:
        return (options[best].speaker, scores[best]) if scores[best] >= bar else (ruled, None)
    mine = next((k for k, o in enumerate(options) if "is-rule" in o.features), None)
    if mine is None or best == mine or scores[best] - scores[mine] < margin:
        return ruled, None
    return options[best].speaker, scores[best]


@functools.lru_cache(maxsize=4)
def load_speaker_model(name_or_path: str) -> SpeakerModel:
    """A shipped model by name ("speaker-v1": models/speaker-v1.npz) or a model file by path."""
    return SpeakerModel.load(model_file(name_or_path, MODEL_DIR))


__all__ = ["MODEL_DIR", "Option", "SpeakerModel", "SpeakerOptions", "choose", "load_speaker_model", "speaker_key"]
