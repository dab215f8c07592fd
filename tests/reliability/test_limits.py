"""The documented caps hold: huge inputs are refused with one line, and the process survives them."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from flashpoint.ingest import limits


def write_single_line(path, size, prefix=b"", suffix=b""):
    with open(path, "wb") as fh:
        fh.write(prefix)
        chunk = b"Russia warned Ukraine " * 50_000
        written = len(prefix)
        while written < size:
            fh.write(chunk)
            written += len(chunk)
        fh.write(suffix)


@pytest.mark.parametrize("name, prefix, suffix", [
    ("one-line.txt", b"", b""),
    ("one-line.jsonl", b'{"text": "', b'"}\n'),
])
def test_a_100_mb_single_line_file_is_refused_without_taking_the_process_down(tmp_path, name, prefix, suffix):
    f = tmp_path / name
    write_single_line(f, 100_000_000, prefix, suffix)
    good = tmp_path / "good.txt"
    good.write_text("Russia warned Ukraine on Friday.")
    db = f"sqlite:///{tmp_path / 'x.db'}"
    # the child's own peak (VmHWM of its address space): getrusage's ru_maxrss keeps the high-water mark of
    # the forked pytest process across exec, so a big test session made this child look big
    code = ("import re, sys; from flashpoint.cli import main; rc = main(sys.argv[1:]); "
            "hwm = re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1); "
            "print('maxrss_kb', hwm, file=sys.stderr); sys.exit(rc)")
    r = subprocess.run([sys.executable, "-c", code, "ingest", str(f), str(good), "--db", db, "--quiet"],
                       capture_output=True, text=True, timeout=600)
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert "limit" in r.stderr and str(f) in r.stderr
    assert "1 stored" in r.stderr  # the good input of the same run is kept
    maxrss_mb = int(r.stderr.split("maxrss_kb")[1].split()[0]) / 1024
    assert maxrss_mb < 1500, f"peak memory {maxrss_mb:.0f} MB while refusing a 100 MB line"


def test_article_text_over_the_cap_is_refused(tmp_path):
    from flashpoint.ingest import iter_inputs

    f = tmp_path / "long.jsonl"
    f.write_text(json.dumps({"text": "a " * (limits.MAX_ARTICLE_CHARS // 2 + 10)}) + "\n")
    [err] = list(iter_inputs([str(f)]))
    assert "over the" in err.one_line()


def test_sentences_are_capped_before_parsing(nlp):
    cap = nlp.get_pipe("fp_sentence_cap").max_tokens
    doc = nlp("word " * (cap * 5))
    assert max(len(s) for s in doc.sents) <= cap
