"""Match verb patterns (flashpoint.codes.verb_dictionary) against the words around a verb.

The coder hands over two regions of the sentence: the words before the verb ("pre", read from the
verb leftwards) and the words of the verb's own phrase after it ("post"). A pattern matches when
its items can be found in order, adjacent where the pattern links them ("_"), otherwise with any
words between. Actor slots ($ source, + target, % compound) must land on actor mentions; ^ skips
one noun phrase. Articles and a few function words never block adjacency (PETRARCH skips them too).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from flashpoint.codes.verb_dictionary import (COMPOUND, SKIP, SOURCE, SYNSET, TARGET, WORD, Item, VerbDictionary,
                                              VerbPattern)
from flashpoint.extract.base import ActorMention

# Words that do not break an adjacency link ("restore_ties" matches "restore the ties").
TRANSPARENT = frozenset({"THE", "A", "AN", "IT", "HE", "THEY", "HER", "SOME", "FEW", "THAT"})


@dataclass
class Region:
    """A stretch of the sentence: token indices in text order with their upper-case words/lemmas."""

    tokens: list[int]
    words: list[str]
    lemmas: list[str]
    _vocab: frozenset[str] | None = None

    def __len__(self) -> int:
        return len(self.tokens)

    @property
    def vocab(self) -> frozenset[str]:
        """Every word and lemma of the region (a pattern needing another word cannot match)."""
        if self._vocab is None:
            self._vocab = frozenset(self.words) | frozenset(self.lemmas)
        return self._vocab


@dataclass
class SlotFill:
    kind: str
    mentions: list[ActorMention]


@dataclass
class PatternMatch:
    pattern: VerbPattern
    source: list[ActorMention] | None = None
    target: list[ActorMention] | None = None
    compound: list[ActorMention] | None = None
    used: list[int] = field(default_factory=list)   # token indices of the pattern's words


class ActorLookup:
    """What the matcher needs to know about actors and noun phrases, by token index."""

    def __init__(self, groups_starting: Callable[[int], list[list[ActorMention]]],
                 groups_ending: Callable[[int], list[list[ActorMention]]],
                 compound_at: Callable[[int, int], tuple[list[ActorMention], int] | None],
                 phrase_bounds: Callable[[int], tuple[int, int] | None]):
        self.groups_starting = groups_starting      # mention groups whose first token is i
        self.groups_ending = groups_ending          # ... whose last token is i
        self.compound_at = compound_at              # coordinated actors starting (dir +1) / ending (-1) at i
        self.phrase_bounds = phrase_bounds          # (first, last) token of the noun phrase holding i


class PatternRequirements:
    """Per pattern, the words each side of the verb must contain for the pattern to have a chance.
    Built once per dictionary and kept by the coder: patterns never change, documents do."""

    def __init__(self, dictionary: VerbDictionary):
        self.dictionary = dictionary
        self._needs: dict[int, tuple[list, list]] = {}
        self._first_words: dict[str, frozenset[str]] = {}
        self._index: dict[int, tuple] = {}

    def _synset_first_words(self, name: str) -> frozenset[str]:
        if name not in self._first_words:
            self._first_words[name] = frozenset(ph[0] for ph in self.dictionary.synset_phrases(name))
        return self._first_words[name]

    def __call__(self, pattern: VerbPattern) -> tuple[list, list]:
        """Per side, what the region must contain: a word, or one of a synset's first words."""
        key = id(pattern)  # patterns live as long as the dictionary that holds this object
        if key not in self._needs:
            k = pattern.verb_index
            sides = []
            for items in (pattern.items[:k], pattern.items[k + 1:]):
                need = []
                for it in items:
                    if it.kind == WORD:
                        need.append(frozenset((it.value,)))
                    elif it.kind == SYNSET:
                        need.append(self._synset_first_words(it.value))
                sides.append(need)
            self._needs[key] = (sides[0], sides[1])
        return self._needs[key]

    def candidates(self, patterns: list[VerbPattern], pre_vocab: frozenset[str],
                   post_vocab: frozenset[str]) -> list[VerbPattern]:
        """The patterns of an ordered list, in its order, that can match regions with these words:
        each pattern is indexed under the words of one of its needs, so a pattern whose indexed need
        is missing from its side is never tried (it could not match)."""
        index = self._index.get(id(patterns))
        if index is None or index[0] is not patterns:  # the list is held, so its id is never reused
            index = self._index[id(patterns)] = (patterns, *self._build_index(patterns))
        _, always, by_pre, by_post = index
        found = set(always)
        for word in pre_vocab:
            found.update(by_pre.get(word, ()))
        for word in post_vocab:
            found.update(by_post.get(word, ()))
        return [patterns[i] for i in sorted(found)]

    def _build_index(self, patterns: list[VerbPattern]):
        always: list[int] = []
        by_pre: dict[str, list[int]] = {}
        by_post: dict[str, list[int]] = {}
        for i, pattern in enumerate(patterns):
            need_pre, need_post = self(pattern)
            side, need = (by_post, need_post[0]) if need_post else (by_pre, need_pre[0]) if need_pre else (None, ())
            if side is None:
                always.append(i)
            for word in need:
                side.setdefault(word, []).append(i)
        return always, by_pre, by_post


class PatternMatcher:
    def __init__(self, dictionary: VerbDictionary, actors: ActorLookup,
                 requirements: PatternRequirements | None = None):
        self.dictionary = dictionary
        self.actors = actors
        self._requirements = requirements or PatternRequirements(dictionary)

    def candidates(self, patterns: list[VerbPattern], pre: Region, post: Region) -> list[VerbPattern]:
        """The patterns, in order, worth trying on these regions (the others need a word they lack)."""
        return self._requirements.candidates(patterns, pre.vocab, post.vocab)

    def match(self, pattern: VerbPattern, pre: Region, post: Region) -> PatternMatch | None:
        need_pre, need_post = self._requirements(pattern)
        pre_vocab, post_vocab = pre.vocab, post.vocab
        if any(alts.isdisjoint(pre_vocab) for alts in need_pre) or any(alts.isdisjoint(post_vocab) for alts in need_post):
            return None
        k = pattern.verb_index
        items, links = pattern.items, pattern.links
        result = PatternMatch(pattern)
        # post: items after the verb, left to right; link k joins the verb and the first post item
        post_fills = self._seq(items[k + 1:], links[k:], post, 0, +1)
        if post_fills is None:
            return None
        pre_items = list(reversed(items[:k]))
        pre_links = list(reversed(links[:k]))
        pre_fills = self._seq(tuple(pre_items), tuple(pre_links), pre, len(pre) - 1, -1)
        if pre_fills is None:
            return None
        for fill in (*post_fills, *pre_fills):
            if isinstance(fill, SlotFill):
                if fill.kind == SOURCE:
                    result.source = fill.mentions
                elif fill.kind == TARGET:
                    result.target = fill.mentions
                else:
                    result.compound = fill.mentions
            else:
                result.used.extend(fill)
        return result

    # -- sequence matching with backtracking ---------------------------------------------------
    def _seq(self, items: tuple[Item, ...], links: tuple[bool, ...], region: Region, pos: int, step: int):
        if not items:
            return []
        item, adjacent = items[0], links[0]
        for p in self._candidates(region, pos, step, adjacent):
            for consumed, fill in self._item_matches(item, region, p, step):
                rest = self._seq(items[1:], links[1:], region, p + step * consumed, step)
                if rest is not None:
                    return [fill, *rest]
        return None

    def _candidates(self, region: Region, pos: int, step: int, adjacent: bool) -> Iterator[int]:
        n = len(region)
        p = pos
        while 0 <= p < n:
            yield p
            if adjacent and region.words[p] not in TRANSPARENT:
                return
            p += step

    def _item_matches(self, item: Item, region: Region, p: int, step: int) -> Iterator[tuple[int, object]]:
        if item.kind == WORD:
            if region.words[p] == item.value or (self.dictionary.match_lemmas and region.lemmas[p] == item.value):
                yield 1, [region.tokens[p]]
        elif item.kind == SYNSET:
            for phrase in self.dictionary.synset_phrases(item.value):
                n = len(phrase)
                lo = p if step > 0 else p - n + 1
                if lo < 0 or lo + n > len(region):
                    continue
                if all(region.words[lo + j] == w or (self.dictionary.match_lemmas and region.lemmas[lo + j] == w)
                       for j, w in enumerate(phrase)):
                    yield n, region.tokens[lo:lo + n]
        elif item.kind in (SOURCE, TARGET):
            tok = region.tokens[p]
            groups = self.actors.groups_starting(tok) if step > 0 else self.actors.groups_ending(tok)
            for group in groups:
                span = {i for m in group for i in range(m.start, m.end)}
                consumed = sum(1 for t in region.tokens if t in span)
                yield max(1, consumed), SlotFill(item.kind, group)
        elif item.kind == COMPOUND:
            found = self.actors.compound_at(region.tokens[p], step)
            if found:
                mentions, last_tok = found
                consumed = sum(1 for t in region.tokens if min(region.tokens[p], last_tok) <= t
                               <= max(region.tokens[p], last_tok))
                yield max(1, consumed), SlotFill(COMPOUND, mentions)
        elif item.kind == SKIP:
            bounds = self.actors.phrase_bounds(region.tokens[p])
            if bounds is not None:
                first, last = bounds
                edge = last if step > 0 else first
                consumed = sum(1 for t in region.tokens if min(region.tokens[p], edge) <= t
                               <= max(region.tokens[p], edge))
                yield max(1, consumed), []


__all__ = ["Region", "PatternMatch", "PatternMatcher", "ActorLookup", "SlotFill", "TRANSPARENT"]
