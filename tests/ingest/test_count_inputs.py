"""Progress has a total for every input kind: articles are counted before the run starts."""

from __future__ import annotations

import json

from flashpoint.ingest.count import count_inputs


def test_json_lines_count_their_lines_so_progress_is_not_n_of_unknown(tmp_path):
    dump = tmp_path / "dump.jsonl"
    dump.write_text("".join(json.dumps({"text": f"Article {i}."}) + "\n" for i in range(197)))
    assert count_inputs([str(dump)]) == 197


def test_feeds_count_their_items_and_folders_their_files(tmp_path):
    (tmp_path / "feed.xml").write_text('<?xml version="1.0"?><rss><channel><item><title>a</title></item>'
                                       "<item><title>b</title></item></channel></rss>")
    (tmp_path / "a.txt").write_text("One.")
    (tmp_path / "a.txt.meta.json").write_text('{"published": "2005-01-01"}')
    (tmp_path / "last.jsonl").write_text('{"text": "x"}\n{"text": "y"}')  # no final newline
    assert count_inputs([str(tmp_path)]) == 2 + 1 + 2


def test_standard_input_cannot_be_counted():
    assert count_inputs(["-"]) is None
