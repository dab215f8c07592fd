"""Shards cut the input so that reading all of them equals reading the input in one go."""

from __future__ import annotations

import json

from flashpoint.errors import FlashpointError
from flashpoint.ingest import iter_inputs, limits
from flashpoint.scale.shards import FileShard, InlineShard, JsonlShard, guided, plan_shards, read_shard


def _key(item):
    if isinstance(item, FlashpointError):
        return ("error", item.one_line())
    return ("article", item.article_id, item.title, item.text, item.path, item.source, item.published)


def read_all(shards):
    return [_key(item) for shard in shards for item in read_shard(shard)]


def _dump(tmp_path, n, name="dump.jsonl"):
    lines = [json.dumps({"id": f"a{i}", "title": f"Report {i}", "text": f"Troops moved into town {i} on Monday."})
             for i in range(n)]
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_dump_is_cut_into_ranges_of_whole_lines(tmp_path):
    path = _dump(tmp_path, 10)
    shards, errors = plan_shards([str(path)], size=4)
    assert errors == []
    assert [type(s) for s in shards] == [JsonlShard] * 3
    assert [s.first_line for s in shards] == [1, 5, 9]
    assert read_all(shards) == [_key(i) for i in iter_inputs([str(path)])]


def test_blank_bad_and_oversized_lines_keep_their_line_numbers(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_LINE_BYTES", 200)
    good = [json.dumps({"id": f"g{i}", "text": f"Rebels shelled the airport, report {i}."}) for i in range(5)]
    lines = [good[0], "", good[1], "{not json", "   ", json.dumps({"text": "x" * 500}), good[2], good[3], "", good[4]]
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    shards, _ = plan_shards([str(path)], size=2)
    got = read_all(shards)
    assert got == [_key(i) for i in iter_inputs([str(path)])]
    errors = [k[1] for k in got if k[0] == "error"]
    assert errors[0].endswith(f"{path}:4: not valid JSON (Expecting property name enclosed in double quotes at column 2)")
    assert f"{path}:6:" in errors[1] and "limit" in errors[1]


def test_folders_are_walked_in_the_order_the_local_engine_reads_them(tmp_path):
    for name in ["b.txt", "a.txt", "sub/c.txt", ".hidden.txt"]:
        f = tmp_path / name
        f.parent.mkdir(exist_ok=True)
        f.write_text(f"Ceasefire talks\n\nDelegates met in {name} to discuss a ceasefire.", encoding="utf-8")
    _dump(tmp_path, 3, name="z.jsonl")
    shards, errors = plan_shards([str(tmp_path), str(tmp_path / "missing.txt")], size=2)
    assert [type(s) for s in shards] == [FileShard, FileShard, JsonlShard, JsonlShard]
    assert shards[0].files == (str(tmp_path / "a.txt"), str(tmp_path / "b.txt"))
    assert [e.one_line() for e in errors] == [f"error[E105] {tmp_path / 'missing.txt'}: no such file or folder"]
    assert read_all(shards) == [_key(i) for i in iter_inputs([str(tmp_path)])]


def test_files_that_only_look_like_dumps_are_read_whole(tmp_path):
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"")
    binary = tmp_path / "bin.jsonl"
    binary.write_bytes(b"\x00\x01{" * 100)
    shards, _ = plan_shards([str(empty), str(binary)], size=8)
    assert shards == [FileShard((str(empty), str(binary)))]
    assert read_all(shards) == [_key(i) for i in iter_inputs([str(empty), str(binary)])]


def test_standard_input_travels_with_the_shard(monkeypatch, tmp_path):
    import io
    import sys

    data = "\n".join(json.dumps({"id": f"s{i}", "text": f"Protesters gathered in square {i}."}) for i in range(5))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode())))
    shards, _ = plan_shards(["-"], size=2)
    assert [type(s) for s in shards] == [InlineShard] * 3
    assert [i[1] for i in read_all(shards)] == ["s0", "s1", "s2", "s3", "s4"]


def test_guided_units_shrink_toward_the_end_and_still_read_the_input_in_order(tmp_path):
    path = _dump(tmp_path, 27 * 4)
    batches, _ = plan_shards([str(path)], size=4)   # 27 model batches of 4 articles
    units = guided(batches, largest=2, workers=2)
    sizes = [len(list(read_shard(u))) for u in units]
    assert sizes == [8] * 12 + [4] * 3  # two batches a unit while 5 or more remain, then one each
    assert read_all(units) == read_all(batches) == [_key(i) for i in iter_inputs([str(path)])]


def test_guided_units_never_join_two_dumps_or_a_dump_and_files(tmp_path):
    first, second = _dump(tmp_path, 6, "a.jsonl"), _dump(tmp_path, 6, "b.jsonl")
    (tmp_path / "c.txt").write_text("Troops moved into town on Monday.", encoding="utf-8")
    batches, _ = plan_shards([str(first), str(second), str(tmp_path / "c.txt")], size=4)
    units = guided(batches, largest=8, workers=1)
    assert [type(u).__name__ for u in units] == ["JsonlShard", "JsonlShard", "FileShard"]
    assert [u.path for u in units[:2]] == [str(first), str(second)]
    assert read_all(units) == read_all(batches)
