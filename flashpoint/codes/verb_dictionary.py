"""The verb-pattern dictionary the event coder matches: verbs, their phrases, and the codes they give.

One model serves the project's own dictionary (flashpoint/codes/data/verbs.txt) and imported
PETRARCH/TABARI dictionaries (petrarch_verbs.py reads both formats into it):

- a *block* groups synonymous verbs that share patterns and a default code
  ("--- ACCUSE [112] ---": accuse, blame, charge ...);
- an *entry* is one verb of a block: its surface forms, optional particles that must follow it
  ("break down"), words that must precede it ("wire tap"), and optionally its own code;
- a *pattern* is a sequence of items around the verb, e.g. ``- * RELATIONS WITH + [161]``:
  words, synsets (&NAME), actor slots ($ source, + target, % compound), ^ (skip a phrase), and
  links saying which neighbours must be adjacent ("_" in the file) rather than merely in order.

Codes are kept as written ("0874", "032:033" for an event whose target answers with 033, None for
"---", the null code that suppresses an event); the coder validates them against CAMEO where the
records need it, so toy dictionaries with non-CAMEO codes still run.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

# Flashpoint's own verb patterns, the default dictionary of fp_events
OWN_VERBS = Path(__file__).resolve().parent / "data" / "verbs.txt"

WORD, SYNSET, SOURCE, TARGET, COMPOUND, SKIP, VERB = "word", "synset", "source", "target", "compound", "skip", "verb"
SLOT_KINDS = (SOURCE, TARGET, COMPOUND)


@dataclass(frozen=True)
class Item:
    """One position of a pattern. ``value`` is the upper-case word, or the synset name."""

    kind: str
    value: str = ""

    def __str__(self) -> str:
        return {WORD: self.value, SYNSET: "&" + self.value, SOURCE: "$", TARGET: "+", COMPOUND: "%", SKIP: "^",
                VERB: "*"}[self.kind]


@dataclass
class VerbPattern:
    """``items`` holds the pre-verb items, the VERB item, then the post-verb items; ``links[k]`` is
    True when items k and k+1 must be adjacent words."""

    items: tuple[Item, ...]
    links: tuple[bool, ...]
    code: str | None
    rule: str                    # provenance: "petrarch:ABANDON#3" or "verb:warn+against"
    line: int = 0

    @functools.cached_property
    def verb_index(self) -> int:
        return next(i for i, it in enumerate(self.items) if it.kind == VERB)

    @property
    def pre(self) -> tuple[Item, ...]:
        return self.items[:self.verb_index]

    @property
    def post(self) -> tuple[Item, ...]:
        return self.items[self.verb_index + 1:]

    @functools.cached_property
    def specificity(self) -> tuple[int, int]:
        """Patterns are tried most specific first: more words and synsets, then more slots/links;
        the coder breaks ties by the matched words' distance to the verb."""
        words = sum(1 for it in self.items if it.kind in (WORD, SYNSET))
        return words, sum(self.links) + sum(1 for it in self.items if it.kind in SLOT_KINDS)

    def __str__(self) -> str:
        out = ""
        for i, it in enumerate(self.items):
            out += str(it)
            if i < len(self.items) - 1:
                out += "_" if self.links[i] else " "
        return f"{out} [{self.code or '---'}]"


@dataclass
class VerbBlock:
    name: str
    code: str | None
    patterns: list[VerbPattern] = field(default_factory=list)
    entries: list["VerbEntry"] = field(default_factory=list)
    line: int = 0

    def ordered_patterns(self) -> list[VerbPattern]:
        """Most specific first; among equals, the order of the file (computed once per pattern set)."""
        cached = self.__dict__.get("_ordered")
        if cached is None or cached[0] != len(self.patterns):
            ordered = sorted(self.patterns, key=lambda p: (tuple(-x for x in p.specificity), p.line))
            self.__dict__["_ordered"] = cached = (len(self.patterns), ordered)
        return cached[1]


@dataclass
class VerbEntry:
    word: str                          # base form, upper case ("BREAK")
    forms: frozenset[str]              # surface forms of the verb word itself (upper case)
    block: VerbBlock
    after: tuple[str, ...] = ()        # particles that must follow the verb ("DOWN")
    before: tuple[str, ...] = ()       # words that must directly precede it ("WIRE")
    code: str | None = None            # the entry's own code; else the block's
    has_own_code: bool = False

    @property
    def default_code(self) -> str | None:
        return self.code if self.has_own_code else self.block.code

    @property
    def label(self) -> str:
        return "_".join((*self.before, self.word, *self.after))


@dataclass
class VerbDictionary:
    name: str
    blocks: list[VerbBlock] = field(default_factory=list)
    synsets: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    # Our own dictionary names verbs by lemma; PETRARCH's by surface form (it generates the forms).
    match_lemmas: bool = False
    rule_prefix: str = "verb"        # provenance prefix of the rules it fires ("verb", "petrarch")
    # A pattern coded "---" blocks the event (our dictionary) or, as PETRARCH does it, only falls
    # back to the verb's default code.
    null_pattern_blocks: bool = True
    _by_form: dict[str, list[VerbEntry]] = field(default_factory=dict, repr=False)

    def add_entry(self, entry: VerbEntry) -> None:
        entry.block.entries.append(entry)
        for form in entry.forms:
            self._by_form.setdefault(form, []).append(entry)

    def entries_for(self, form: str, lemma: str | None = None) -> list[VerbEntry]:
        """Entries whose verb word is this surface form (or, for lemma dictionaries, this lemma),
        multi-word entries first so "break down" beats "break"."""
        found = list(self._by_form.get(form.upper(), ()))
        if self.match_lemmas and lemma:
            for e in self._by_form.get(lemma.upper(), ()):
                if e not in found:
                    found.append(e)
        return sorted(found, key=lambda e: -(len(e.after) + len(e.before)))

    def knows(self, form: str, lemma: str | None = None) -> bool:
        """Whether ``entries_for`` would find anything for this upper-case form (or lemma)."""
        return form in self._by_form or bool(self.match_lemmas and lemma and lemma in self._by_form)

    def synset_phrases(self, name: str) -> list[tuple[str, ...]]:
        return self.synsets.get(name, [])

    @property
    def verbs(self) -> int:
        return sum(len(b.entries) for b in self.blocks)

    @property
    def patterns(self) -> int:
        return sum(len(b.patterns) for b in self.blocks)


def split_code(code: str | None) -> tuple[str | None, str | None]:
    """"032:033" -> ("032", "033"): the event and the target's answering event; "---" parts -> None."""
    if code is None:
        return None, None
    main, _, back = code.partition(":")
    norm = lambda c: None if (not c or set(c) <= {"-"}) else c  # noqa: E731
    return norm(main.strip()), norm(back.strip())


__all__ = ["Item", "VerbPattern", "VerbBlock", "VerbEntry", "VerbDictionary", "split_code", "WORD", "SYNSET",
           "SOURCE", "TARGET", "COMPOUND", "SKIP", "VERB", "SLOT_KINDS"]
