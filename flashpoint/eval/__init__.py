"""Scoring against gold: Flashpoint's own annotated sets (gold/) and the PETRARCH validation suite."""

from pathlib import Path

GOLD_DIR = Path(__file__).resolve().parent / "gold"
