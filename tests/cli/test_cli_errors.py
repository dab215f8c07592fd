"""Bad input on the command line: one line naming the input and the problem, non-zero exit, no traceback."""

from __future__ import annotations

import json
import subprocess
import sys




def flashpoint(*args, home):
    return subprocess.run([sys.executable, "-m", "flashpoint", *map(str, args)], capture_output=True, text=True,
                          env={"FLASHPOINT_HOME": str(home), "PATH": "/usr/bin:/bin"}, timeout=300)


def assert_clean_error(result, *words):
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("error[")]
    assert lines, result.stderr
    for w in words:
        assert any(w in line for line in lines), (w, result.stderr)


def test_extract_binary_file(tmp_path):
    assert_clean_error(flashpoint("extract", "/bin/ls", home=tmp_path), "/bin/ls", "binary")


def test_extract_empty_file(tmp_path):
    f = tmp_path / "empty.txt"
    f.write_text("")
    assert_clean_error(flashpoint("extract", f, home=tmp_path), str(f), "empty")


def test_extract_200_mb_file(tmp_path):
    f = tmp_path / "big.txt"
    with open(f, "wb") as fh:
        chunk = b"Russia warned Ukraine on Friday. " * 30_000
        for _ in range(200_000_000 // len(chunk) + 1):
            fh.write(chunk)
    assert_clean_error(flashpoint("extract", f, home=tmp_path), str(f), "limit")


def test_extract_invalid_utf8(tmp_path):
    f = tmp_path / "latin1.txt"
    f.write_bytes("Président Zelensky a déclaré".encode("latin-1"))
    assert_clean_error(flashpoint("extract", f, home=tmp_path), "UTF-8")


def test_extract_feed_with_no_items(tmp_path):
    f = tmp_path / "feed.rss"
    f.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>')
    assert_clean_error(flashpoint("extract", f, home=tmp_path), "no items")


def test_extract_bad_published_date(tmp_path, example_article):
    r = flashpoint("extract", example_article, "--published", "2021-13-45", home=tmp_path)
    assert_clean_error(r, "--published", "2021-13-45")
    assert r.stdout == ""


def test_extract_jsonl_with_one_malformed_line_keeps_the_rest(tmp_path):
    f = tmp_path / "dump.jsonl"
    f.write_text(json.dumps({"id": "x1", "text": "Russia warned Ukraine on Friday.", "published": "2021-04-02"})
                 + "\n{oops\n")
    r = flashpoint("extract", f, home=tmp_path)
    assert_clean_error(r, ":2", "not valid JSON")
    kinds = [json.loads(line)["kind"] for line in r.stdout.splitlines()]
    assert kinds[0] == "article"


def test_ingest_stores_good_inputs_and_reports_bad_ones_at_the_end(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text("Russia warned Ukraine on Friday.")
    (tmp_path / "in" / "bad.txt").write_bytes(b"caf\xe9 au lait")
    db = f"sqlite:///{tmp_path / 'x.db'}"
    r = flashpoint("ingest", tmp_path / "in", "--db", db, "--quiet", home=tmp_path)
    assert_clean_error(r, "bad.txt")
    assert "1 stored" in r.stderr


def test_unknown_event_code_in_a_query(db_url, tmp_path):
    assert_clean_error(flashpoint("events", "--code", "banana", "--db", db_url, home=tmp_path), "--code")


def test_unknown_database_url(tmp_path):
    assert_clean_error(flashpoint("summary", "--db", "mysql://nope", home=tmp_path), "mysql://nope")
