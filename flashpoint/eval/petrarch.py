"""Run the PETRARCH unit-test suite (cases.jsonl + its toy dictionaries) through our coder.

Each case is one sentence with gold (source, target, code) triples, a date (actor codes are date
restricted), coder options (require_dyad, new_actor_length, comma_*) and sometimes an expected
refusal (discarded sentence or story, dateline, unbalanced parse). A case passes when the set of
triples equals the gold set (PETRARCH's own rule); expected refusals pass when we refuse for the
same reason and code nothing.

By default the sentence's own Treebank parse (the one PETRARCH read) is converted to
dependencies; ``parser="model"`` parses the text as the product does: our trained model behind the
components the config runs before it (``before_model``: paragraph and case boundaries, the sentence cap),
so "with Minas Tirith border police" is not cut off as a sentence of its own.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import spacy
from spacy.tokens import Doc
from spacy.vocab import Vocab

from flashpoint.codes.petrarch import ActorDictionary, DiscardList, read_actor_dictionaries, read_discards
from flashpoint.codes.petrarch_verbs import read_verb_dictionary
from flashpoint.codes.verb_dictionary import VerbDictionary
from flashpoint.errors import InputError, QueryError, UnreadableInputError
from flashpoint.eval.dictionary_actors import DictionaryActorRecognizer
from flashpoint.eval.ptb import doc_from_ptb
from flashpoint.nlp.datelines import dateline
from flashpoint.extract.events.coder import CoderOptions, EventCoder
import flashpoint.nlp.case_boundaries  # registers fp_case_boundaries
import flashpoint.nlp.paragraphs  # registers fp_paragraphs
import flashpoint.nlp.quote_boundaries  # registers fp_quote_boundaries
import flashpoint.nlp.sentence_cap  # noqa: F401  (registers fp_sentence_cap; the four imports register components)
from flashpoint.nlp.model import fresh_model
from flashpoint.settings import load_config

DEFAULTS = {"require_dyad": "true", "new_actor_length": "0", "comma_min": "2", "comma_max": "8", "comma_bmin": "0",
            "comma_bmax": "0", "comma_emin": "2", "comma_emax": "8"}


@dataclass
class CaseResult:
    id: str
    category: str
    passed: bool
    expected: set[tuple[str, str, str]]
    got: set[tuple[str, str, str]]
    error: str | None = None
    expected_error: str | None = None


@dataclass
class SuiteResult:
    results: list[CaseResult] = field(default_factory=list)

    @property
    def passed(self) -> int:
        return sum(r.passed for r in self.results)

    @property
    def total(self) -> int:
        return len(self.results)

    def by_category(self) -> dict[str, tuple[int, int]]:
        tot, ok = Counter(), Counter()
        for r in self.results:
            tot[r.category] += 1
            ok[r.category] += r.passed
        return {c: (ok[c], tot[c]) for c in sorted(tot)}

    def lines(self) -> list[str]:
        pct = 100.0 * self.passed / self.total if self.total else 0.0
        out = [f"passed {self.passed}/{self.total} ({pct:.1f}%)"]
        out += [f"  {cat:<10} {ok:>3}/{tot:<3}" for cat, (ok, tot) in self.by_category().items()]
        return out


@dataclass
class Suite:
    verbs: VerbDictionary
    actors: ActorDictionary
    discards: DiscardList

    @classmethod
    def load(cls, dictionary_dir: Path) -> "Suite":
        d = Path(dictionary_dir)
        return cls(verbs=read_verb_dictionary(d / "PETR.Validate.verbs.txt"),
                   actors=read_actor_dictionaries([d / "PETR.Validate.actors.txt"], [d / "PETR.Validate.agents.txt"]),
                   discards=read_discards(d / "PETR.Validate.discards.txt"))


def comma_skips(doc: Doc, cfg: dict[str, int]) -> frozenset[int]:
    """PETRARCH's comma-delimited clause elimination: drop short clauses set off by commas at the
    beginning (comma_bmin..bmax words), inside (comma_min..max) and at the end (comma_emin..emax);
    a maximum of 0 switches that kind off."""
    commas = [t.i for t in doc if t.text == ","]
    if not commas:
        return frozenset()
    end = len(doc)
    while end > 0 and doc[end - 1].is_punct:
        end -= 1

    def words(lo: int, hi: int) -> int:
        return sum(1 for t in doc[lo:hi] if not t.is_punct)

    def listed(lo: int, hi: int) -> bool:
        """Whether the words lo..hi are an item of a list ("with Mordor, Rohan, Fornost and Bree",
        "Mordor, the Shire, Fornost and Bree welcomed", "Evil Mordor, the awful Fornost, and good
        Gondor"): a conjunct of an earlier word, a word with conjuncts after it, or words followed by
        ", and" / ", or" are no clause set off by commas, however the parser attached them."""
        return any(t.dep_ == "conj" and t.head.i < lo for t in doc[lo:hi]) or any(
            c.dep_ == "conj" and c.i >= hi for t in doc[lo:hi] for c in t.children) or (
            hi + 1 < len(doc) and doc[hi].text == "," and doc[hi + 1].lower_ in ("and", "or"))

    skip: set[int] = set()
    if cfg["comma_bmax"] > 0 and cfg["comma_bmin"] <= words(0, commas[0]) <= cfg["comma_bmax"]:
        skip.update(range(0, commas[0] + 1))
    if cfg["comma_emax"] > 0 and commas[-1] < end \
            and cfg["comma_emin"] <= words(commas[-1] + 1, end) <= cfg["comma_emax"] \
            and not listed(commas[-1] + 1, end):
        skip.update(range(commas[-1], end))
    if cfg["comma_max"] > 0:
        for a, b in zip(commas, commas[1:]):
            if cfg["comma_min"] <= words(a + 1, b) <= cfg["comma_max"] and not listed(a + 1, b):
                skip.update(range(a + 1, b + 1))
    return frozenset(skip)


# a bare noun of time that modifies a verb with no preposition ("said today") is no noun phrase of its own
BARE_TIME_DEPS = ("obl:tmod", "obl:unmarked", "npadvmod", "nmod:tmod")


def phrase_after(verb, skip: frozenset[int]) -> bool:
    """Whether the verb has a noun phrase after it (PETRARCH's verb phrase needs one to code, its target
    left null when no actor is in it): "said on Saturday" has, "said today" has not."""
    return any(t.i > verb.i and t.i not in skip and (t.pos_ in ("NOUN", "PROPN", "PRON", "NUM") or t.tag_[:2] in ("NN", "PR", "CD"))
               and not (t.dep_ in BARE_TIME_DEPS and t.head.i == verb.i) for t in verb.subtree)


def actor_label(code: str | None, mention) -> str:
    if mention is not None and mention.extra.get("new_actor"):
        return f'"{mention.name}"'
    return code or "---"


def run_case(case: dict, suite: Suite, vocab: Vocab, nlp=None) -> CaseResult:
    cfg_raw = {**DEFAULTS, **(case.get("config") or {})}
    cfg = {k: int(v) for k, v in cfg_raw.items() if k != "require_dyad"}
    require_dyad = "false" not in cfg_raw["require_dyad"].lower()
    expected = {(e["source"], e["target"], e["code"]) for e in case.get("expected", [])}
    day = date(int(case["date"][:4]), int(case["date"][4:6]), int(case["date"][6:8]))
    expected_error = case.get("expected_error")

    def result(got: set, error: str | None) -> CaseResult:
        ok = (got == expected) if not expected_error else (not got and error == expected_error)
        return CaseResult(case["id"], case.get("category", "?"), ok, expected, got, error, expected_error)

    text = case["text"]
    discard = suite.discards.check(text)
    if discard:
        return result(set(), discard)
    opening = dateline(text)
    if opening is not None and opening.caps and opening.closed and opening.close_text.endswith("--") and \
            (opening.close_text.startswith(":") or opening.region or opening.date):
        return result(set(), "dateline")    # PETRARCH refuses its suite's "CEBU CITY: --", "MANILA, Aug 1 --"
    try:
        doc = nlp(text) if nlp is not None else doc_from_ptb(vocab, case["parse"], text)
    except InputError:
        return result(set(), "bad_input_parse")
    skip = comma_skips(doc, cfg)
    mentions = DictionaryActorRecognizer(suite.actors, new_actor_length=cfg["new_actor_length"]).find(doc, day, skip)
    coder = EventCoder(suite.verbs, CoderOptions(require_dyad=require_dyad, nested_events=False,
                                                 passive_without_agent="source", skip_tokens=skip))
    sents = [doc[:]] if nlp is None else list(doc.sents)
    got = set()
    for ev in coder.code(doc, sents, mentions):
        if ev.target is None and not phrase_after(doc[ev.verb], skip):
            continue  # PETRARCH codes a verb only with a noun phrase after it: "said today" is none
        got.add((actor_label(ev.source_code, ev.source), actor_label(ev.target_code, ev.target), ev.code))
    return result(got, None)


def product_parser():
    """The trained model with the components the product's config runs before it (sentence boundaries)."""
    config = load_config()
    nlp = fresh_model(config["nlp"].get("model"))
    for name in reversed(config["pipeline"].get("before_model") or []):
        nlp.add_pipe(name, first=True, config=dict(config["components"].get(name) or {}))
    return nlp


def run_suite(cases_path: str | Path, parser: str = "given", nlp=None) -> SuiteResult:
    """Run every case of cases.jsonl with the dictionaries in the ``dictionaries/`` folder beside it."""
    path = Path(cases_path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise UnreadableInputError(str(path), f"cannot read the cases ({exc.strerror})") from None
    suite = Suite.load(path.parent / "dictionaries")
    if parser == "model" and nlp is None:
        nlp = product_parser()
    elif parser not in ("given", "model"):
        raise QueryError("--parser", f"unknown parser {parser!r} (given or model)")
    vocab = spacy.blank("en").vocab  # English lexical attributes (punctuation, case) for the converted parses
    out = SuiteResult()
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            case = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{n}", f"not JSON ({exc.msg})") from None
        out.results.append(run_case(case, suite, vocab, nlp if parser == "model" else None))
    return out


__all__ = ["run_suite", "run_case", "Suite", "SuiteResult", "CaseResult", "comma_skips"]
