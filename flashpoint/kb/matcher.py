"""Find knowledge-base names and agent nouns in a text: one Aho-Corasick pass, whole words only.

Every surface form goes into one automaton over a case-folded copy of the text; each hit then checks its
own case policy: names of persons, countries and organisations must match exactly ("Chad", not "chad"),
imported upper-case dictionary phrases need a capital first letter, agent nouns match in any case. A
newspaper's lead-in, which sets a sentence's first word in capitals ("ISRAEL killed two militants", "YASSER
Arafat is dead", "PAKISTANI troops attacked"), writes an exact name so too: the name is taken when its
opening word(s) are its own in capitals, the rest as written, it opens a sentence, and neither the word
after it is in capitals as well (an all-capital headline) nor a dateline's bracket, dash or colon follows
("BANGKOK (Reuters) -": context.py reads datelines). A hit
must start at a word start and end at a word end, or end inside a word whose remainder is a case ending
(`inflection.SUFFIXES`): "Vladimir Putinia" is "Vladimir Putin" + Finnish "-ia".
"""

from __future__ import annotations

from dataclasses import dataclass

import ahocorasick

from flashpoint.kb.inflection import ALL_SUFFIXES, MAX_SUFFIX, languages_of


@dataclass(frozen=True)
class Surface:
    """One way to write a KB entry or agent."""

    text: str                 # as it must appear (exact-case policy) or its folded form
    target: str               # entry id, or "agent:<phrase>"
    role: str = "name"        # name | adjective | capital | surname | agent
    policy: str = "exact"     # exact | cap (first letter upper, rest any case) | any
    inflects: bool = False    # may carry a case ending (names of persons, countries, organisations)


@dataclass
class Hit:
    start: int
    end: int                  # end of the name proper (before any case ending)
    token_end: int            # end of the word (after the case ending)
    surfaces: list[Surface]
    suffix: str = ""          # the case ending, if any
    languages: tuple[str, ...] = ()

    @property
    def inflected(self) -> bool:
        return bool(self.suffix)


def fold(text: str) -> str:
    """Lower case without changing the length (so offsets stay valid)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _is_word_char(c: str) -> bool:
    return c.isalnum()


class SurfaceMatcher:
    def __init__(self, surfaces: list[Surface]):
        self._automaton = ahocorasick.Automaton()
        table: dict[str, list[Surface]] = {}
        for s in surfaces:
            key = fold(s.text)
            if not key.strip():
                continue
            table.setdefault(key, []).append(s)
        for key, items in table.items():
            self._automaton.add_word(key, (len(key), tuple(items)))
        self.size = len(table)
        if table:
            self._automaton.make_automaton()

    def find(self, text: str) -> list[Hit]:
        """All hits that pass their case policy and the word-boundary rule (overlaps kept)."""
        if not self.size:
            return []
        folded = fold(text)
        n = len(text)
        hits: list[Hit] = []
        for end_idx, (length, items) in self._automaton.iter(folded):
            start, end = end_idx - length + 1, end_idx + 1
            # (_is_word_char spelt out: this test runs for every key the automaton finds, most inside words)
            if start > 0 and text[start - 1].isalnum() and text[start].isalnum():
                continue
            suffix = ""
            token_end = end
            if end < n and text[end].isalnum() and text[end - 1].isalnum():
                # ends inside a word: only a case ending may follow
                j = end
                while j < n and j - end <= MAX_SUFFIX and (_is_word_char(text[j]) or text[j] in "':’"):
                    j += 1
                if j - end > MAX_SUFFIX or (j < n and _is_word_char(text[j])):
                    continue
                suffix = text[end:j]
                if suffix not in ALL_SUFFIXES:
                    continue
                token_end = j
            elif end < n and text[end] in "’'" and end + 1 < n and text[end + 1].isalpha() and text[end + 1] not in "sS":
                # Turkish apostrophe endings: "Putin'in"
                j = end + 1
                while j < n and text[j].isalpha():
                    j += 1
                if text[end:j] in ALL_SUFFIXES:
                    suffix, token_end = text[end:j], j
            surface_text = text[start:end]
            lead_in = None
            kept = []
            for s in items:
                if suffix and not s.inflects:
                    continue
                if s.policy == "exact" and surface_text != s.text:
                    if lead_in is None:
                        lead_in = _opens_sentence(text, start) and not _capitals_after(text, token_end)
                    if not (lead_in and _shouted_opening(surface_text, s.text)
                            and not _dateline_after(text, token_end, surface_text)):
                        continue
                if s.policy == "cap" and not surface_text[:1].isupper():
                    continue
                kept.append(s)
            if kept:
                hits.append(Hit(start, end, token_end, kept, suffix, tuple(languages_of(suffix)) if suffix else ()))
        return hits


def _opens_sentence(text: str, start: int) -> bool:
    """Nothing but spaces and opening quotes between ``start`` and the text's start, a line break or a
    sentence's closing mark."""
    i = start - 1
    while i >= 0 and text[i] in " \t\"'“‘(":
        i -= 1
    return i < 0 or text[i] in "\n.!?"


def _capitals_after(text: str, end: int) -> bool:
    """The word after ``end`` is written in capitals (two letters or more)."""
    m = len(text)
    i = end
    while i < m and text[i] in " \t":
        i += 1
    j = i
    while j < m and text[j].isalpha():
        j += 1
    return j - i >= 2 and text[i:j].isupper()


def _dateline_after(text: str, end: int, written: str) -> bool:
    """What follows reads as a dateline's ("BANGKOK (Reuters) -", "LONDON: ", "BEIJING, Oct 3"): a bracket,
    a dash or a colon, or a comma after a name written wholly in capitals ("YASSER Arafat, the Palestinian
    president" is a lead-in)."""
    i = end
    while i < len(text) and text[i] in " \t":
        i += 1
    c = text[i:i + 1]
    return c in ("(", "-", "–", "—", ":", "[") or (c == "," and written.isupper())


def _shouted_opening(written: str, name: str) -> bool:
    """``written`` is ``name`` with its first word or words in capitals: "ISRAEL" for "Israel", "YASSER
    Arafat" for "Yasser Arafat" (not "israel", nor a one-letter word)."""
    w, n = written.split(" "), name.split(" ")
    if len(w) != len(n) or len(w[0]) < 2 or not w[0].isupper() or w[0] == n[0]:
        return False
    k = 0
    while k < len(n) and w[k] != n[k] and w[k] == n[k].upper():
        k += 1
    return k > 0 and w[k:] == n[k:]


def longest_first(hits: list[Hit]) -> list[Hit]:
    """Non-overlapping hits, longest first ("in the West Bank": "West Bank" beats "the West"), then leftmost;
    an exact hit beats an inflected one of the same length."""
    chosen: list[Hit] = []
    if not hits:
        return chosen
    used = bytearray(max(h.token_end for h in hits) + 1)
    for h in sorted(hits, key=lambda h: (-(h.token_end - h.start), h.inflected, h.start)):
        if used.find(1, h.start, h.token_end) == -1:
            chosen.append(h)
            used[h.start:h.token_end] = b"\x01" * (h.token_end - h.start)
    chosen.sort(key=lambda h: h.start)
    return chosen
