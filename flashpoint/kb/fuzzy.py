"""Closest spelling among many names: `FuzzyKeys.closest` is rapidfuzz's `process.extractOne` with
`fuzz.ratio`, asked only of the keys whose length can reach the threshold.

fuzz.ratio is 100 * (1 - indel / (a + b)) for strings of lengths a and b, and the indel distance is at
least |a - b|, so a key more than a few letters longer or shorter than the query cannot score the
threshold. Most keys are ruled out by their length alone; the keys that remain are compared in their
original order, so the answer (the first best key) is the one extractOne gives over all of them.
"""

from __future__ import annotations

from rapidfuzz import fuzz, process

ANSWERS_KEPT = 100_000    # answers remembered per index before the memo starts over (bounds a long run's memory)


class FuzzyKeys:
    def __init__(self, keys: list[str], owners: list[tuple[str, str]]):
        self.keys = keys
        self.owners = owners                 # (entry id, surface) for each key
        self._lengths = [len(k) for k in keys]
        self._windows: dict[tuple[int, float], tuple[list[str], list[int]]] = {}
        # answers by (key, threshold): the same names come back in every article, and the keys never change
        self._answers: dict[tuple[str, float], tuple[str, str, float] | None] = {}

    def _window(self, n: int, threshold: float) -> tuple[list[str], list[int]]:
        got = self._windows.get((n, threshold))
        if got is None:
            # a key of length m can reach the threshold only if 200 * min(n, m) / (n + m) >= threshold
            idx = [i for i, m in enumerate(self._lengths) if 200 * min(n, m) >= (threshold - 1e-9) * (n + m)]
            got = self._windows[(n, threshold)] = ([self.keys[i] for i in idx], idx)
        return got

    def closest(self, key: str, threshold: float) -> tuple[str, str, float] | None:
        """(entry id, surface, score) of the first key scoring best and at least `threshold`, or None (also
        with no keys at all)."""
        if (key, threshold) in self._answers:
            return self._answers[(key, threshold)]
        if len(self._answers) >= ANSWERS_KEPT:
            self._answers.clear()
        keys, idx = self._window(len(key), threshold)
        got = process.extractOne(key, keys, scorer=fuzz.ratio, score_cutoff=threshold) if keys else None
        answer = None
        if got is not None:
            entry_id, surface = self.owners[idx[got[2]]]
            answer = entry_id, surface, got[1]
        self._answers[(key, threshold)] = answer
        return answer
