"""Deterministic tune / held-out splits of the gold files and news corpora, by a hash of each item's key.

A benchmark that is also used to tune rules or train models scores both parts side by side: the
held-out part is the one whose figure says whether a change generalises. An item's part depends on
nothing but its key (its id, or its text where it has none), so every run, machine and developer gets
the same parts, and a new item never moves an old one.

Each gold set keeps the partition it was split with before anything was tuned on it, so the three
functions below are not interchangeable: moving a set to another would put items that were tuned on
into its held-out part.
  part_of           halves (SHA-1, low bit of the first byte): event coding, the sense and target
                    models (training/), news corpora (bench/events_precision.py, bench/event_arguments.py)
  part_in_thirds    one item in three held out (SHA-256): actors (bench/actors_*.py)
  document_half     halves (SHA-1, high bit of the first byte): geoparsing and time-expression documents
The casualty gold records its part in each row (`set`).
"""

from __future__ import annotations

import hashlib

TUNE = "tune"
HELDOUT = "held-out"
PARTS = (TUNE, HELDOUT)


def part_of(key: str) -> str:
    """"tune" or "held-out" for an item's key (id or text): halves."""
    return PARTS[hashlib.sha1(key.encode("utf-8")).digest()[0] & 1]


def is_tune(key: str) -> bool:
    return part_of(key) == TUNE


def part_in_thirds(key: str) -> str:
    """"tune" or "held-out" for an item's key: one item in three is held out."""
    h = int.from_bytes(hashlib.sha256(key.encode("utf-8")).digest()[:8], "big")
    return HELDOUT if h % 3 == 0 else TUNE


def document_half(doc_id: str) -> str:
    """"tune" or "held-out" for a document of the geoparsing and time-expression dev sets: halves."""
    return TUNE if hashlib.sha1(doc_id.encode("utf-8")).digest()[0] < 128 else HELDOUT


__all__ = ["TUNE", "HELDOUT", "PARTS", "part_of", "is_tune", "part_in_thirds", "document_half"]
