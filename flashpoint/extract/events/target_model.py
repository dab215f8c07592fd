"""A learned completion of the rules: which noun of the sentence an event with no target is done to.

When the verb's own arguments (sides.py) name no target, every noun phrase head of the sentence
outside the source is a candidate; a logistic regression over parse features (its relation to the
verb, the preposition that links them, side and distance, whether it is an actor, the event's root)
scores each, and the best one above the threshold becomes the target, with the model's name and
score in the event's rule ("...:target-model(target-heads-1@0.71)").

Trained by scripts/train_target_heads.py on the tune half of the ConfliBERT source/target spans
(../shared/data/cameo-conflibert/cameo_ner_train.jsonl; the other half is held out, bench/_split.py).
The weights ship as data/target_heads.json and are applied here with no learning library: a sum of
the weights of the features that fire.
"""

from __future__ import annotations

import functools
import itertools
import json
import math
from collections.abc import Callable
from pathlib import Path

from spacy.tokens import Span, Token

from flashpoint.extract.base import ActorMention
from flashpoint.extract.events.arguments import is_coded, np_head
from flashpoint.records import ActorRef

MODEL_PATH = Path(__file__).resolve().parent / "data" / "target_heads.json"
NOMINAL = ("NOUN", "PROPN")


def path_to(verb: Token, tok: Token, limit: int = 4) -> list[Token] | None:
    """The tokens from ``tok`` up to ``verb`` (exclusive), if ``verb`` governs it within ``limit`` steps."""
    out = []
    cur = tok
    for _ in range(limit):
        if cur.head.i == cur.i:
            return None
        out.append(cur)
        cur = cur.head
        if cur.i == verb.i:
            return out
    return None


def link_word(tok: Token) -> str:
    """The preposition that attaches a noun ("on" in "attacks on the town"), or ""."""
    for c in tok.children:
        if c.dep_ == "case":
            return c.lower_
    if tok.dep_ == "pobj":
        return tok.head.lower_
    return ""


def features(verb: Token, tok: Token, code: str, mention_at: Callable[[int], list[ActorMention]]) -> list[str]:
    path = path_to(verb, tok)
    dep, link = tok.dep_, link_word(tok)    # (each read once: every candidate of every event asks)
    feats = [f"dep={dep}", f"pos={tok.pos_}", f"root={code[:2]}", f"side={'after' if tok.i > verb.i else 'before'}",
             f"link={link}", f"ent={tok.ent_type_ or '-'}", f"dist={min(abs(tok.i - verb.i) // 3, 5)}",
             f"verbdep={verb.dep_}"]
    if path is None:
        feats.append("path=none")
    else:
        feats.append(f"depth={len(path)}")
        feats.append("path=" + "/".join(t.dep_ for t in path[:3]))
        feats.append(f"dep={dep}|link={link}|depth={len(path)}")
        if len(path) > 1:
            feats.append(f"via={path[-1].dep_}:{path[-1].pos_}")
    m = next(iter(mention_at(tok.i)), None)
    if m is not None:
        feats.append("actor=coded" if is_coded(m) else "actor=uncoded")
        feats.append(f"actor_kind={m.kind}")
    else:
        feats.append("actor=none")
    feats.append(f"dep={dep}|actor={'yes' if m is not None else 'no'}")
    return feats


def candidates(sent: Span, verb: Token, exclude: set[int]) -> list[Token]:
    """Noun phrase heads of the sentence, outside the source's words and the verb's own tokens (not a line break
    the tagger read as a noun)."""
    doc = sent.doc
    return [doc[i] for i in phrase_heads(sent) if i not in exclude and i != verb.i]


def phrase_heads(sent: Span) -> list[int]:
    """Where the sentence's noun phrase heads stand (not a line break the tagger read as a noun): read once per
    sentence, which each of its events asks of (the parse does not change once the model has run)."""
    known = sent.doc.user_data.setdefault("fp_phrase_heads", {})
    found = known.get((sent.start, sent.end))
    if found is None:
        found = known[(sent.start, sent.end)] = [t.i for t in sent if t.pos_ in NOMINAL and not t.is_space
                                                 and np_head(t).i == t.i]
    return found


@functools.lru_cache(maxsize=1)
def load(path: str = str(MODEL_PATH)) -> dict | None:
    p = Path(path)
    if not p.exists():
        return None
    return json.loads(p.read_text(encoding="utf-8"))


def score(model: dict, feats: list[str]) -> float:
    w = model["weights"]
    z = model["intercept"] + sum(map(w.get, feats, itertools.repeat(0.0)))    # (in the features' order, as before)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def best_target(model: dict, sent: Span, verb: Token, code: str, mention_at: Callable[[int], list[ActorMention]],
                exclude: set[int]) -> tuple[Token, float] | None:
    best: tuple[Token, float] | None = None
    for tok in candidates(sent, verb, exclude):
        p = score(model, features(verb, tok, code, mention_at))
        if best is None or p > best[1]:
            best = (tok, p)
    if best is None or best[1] < model.get("threshold", 0.5):
        return None
    return best


def model_target(sent: Span, verb: Token, code: str, mention_at: Callable[[int], list[ActorMention]], exclude: set[int],
                 phrase_of: Callable[[Token], ActorRef | None]) -> tuple[ActorRef | None, str] | None:
    """(target, rule suffix naming the model and its score) of the model's pick, or None."""
    model = load()
    if model is None:
        return None
    found = best_target(model, sent, verb, code, mention_at, exclude)
    if found is None:
        return None
    tok, p = found
    return phrase_of(tok), f":target-model({model['name']}@{p:.2f})"
