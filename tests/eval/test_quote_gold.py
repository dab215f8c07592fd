"""The quote gold keeps no BBC or AG News text: its rows on those corpora cite an item, character offsets
and a short hash, and the text comes back from ../shared when the gold is read (as training/data/ does)."""

from __future__ import annotations

import json

import pytest

from flashpoint.eval import GOLD_DIR
from flashpoint.eval.shared_text import GoldError, read_gold, text_sha1

GOLD = GOLD_DIR / "quotes_gold.jsonl"


def raw_rows() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_rows_on_shared_news_cite_the_item_and_keep_no_text():
    cited = [r for r in raw_rows() if r["id"].startswith(("bbc-", "ag-test-"))]
    assert len(cited) >= 150
    for r in cited:
        assert "text" not in r and {"item", "at", "sha1"} <= r.keys()
        assert all("contains" not in q and len(q["at"]) == 2 for q in r["quotes"])


def test_cited_rows_read_back_their_sentence_and_quoted_words(shared_dir):
    rows = {r["id"]: r for r in read_gold(GOLD, shared_dir)}
    for r in rows.values():
        assert r["text"] and all(q["contains"].lower() in r["text"].lower() for q in r["quotes"])
        if "item" in r:
            assert text_sha1(r["text"]) == r["sha1"]


def test_reading_cited_rows_needs_the_shared_folder():
    with pytest.raises(GoldError, match="shared"):
        read_gold(GOLD)


def test_a_cited_text_that_changed_is_an_error(tmp_path, shared_dir):
    rows = raw_rows()
    row = next(r for r in rows if "item" in r)
    row["at"][0] += 1
    changed = tmp_path / "quotes_gold.jsonl"
    changed.write_text(json.dumps(row) + "\n", encoding="utf-8")
    with pytest.raises(GoldError, match=f"{row['id']}.*no longer matches its sha1"):
        read_gold(changed, shared_dir)
