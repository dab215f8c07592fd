"""Gold that annotates shared news stores a reference and a hash, never the text: it is read from ../shared."""

from __future__ import annotations

import json

import pytest

from flashpoint.eval.casualties import GOLD, read_casualty_gold
from flashpoint.eval.shared_text import GoldError, item_text, resolve_text, text_sha1


def test_casualty_gold_copies_no_shared_text():
    rows = [json.loads(line) for line in GOLD.open(encoding="utf-8")]
    shared = [r for r in rows if r.get("item")]
    assert shared and all("text" not in r and len(r["sha1"]) == 12 for r in shared)
    assert all("text" in r for r in rows if not r.get("item"))  # reports written for the project keep theirs


def test_every_gold_row_resolves_to_the_text_it_was_annotated_on(shared_dir):
    rows = read_casualty_gold(shared_dir)
    assert all(r["text"] for r in rows)
    ag = next(r for r in rows if r["item"] == "ag-test-64")
    assert "killing more than 700 people" in ag["text"]
    bbc = next(r for r in rows if (r.get("item") or "").startswith("bbc-") and r.get("spans"))
    assert bbc["text"] == item_text(shared_dir, bbc["item"])[bbc["spans"][0][0]:bbc["spans"][0][1]]


def test_a_changed_text_is_an_error_not_a_silent_change(shared_dir):
    row = {"id": "x", "item": "ag-test-64", "sha1": text_sha1("another text")}
    with pytest.raises(GoldError, match="no longer matches its sha1"):
        resolve_text(row, shared_dir)
    with pytest.raises(GoldError, match="no shared news item"):
        resolve_text({**row, "item": "ag-test-999999"}, shared_dir)
    with pytest.raises(GoldError, match="needs ../shared"):
        resolve_text(row, None)
