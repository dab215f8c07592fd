"""The error catalogue is flashpoint/errors.py, once: every FlashpointError class lives there with a
code of its own, no code is written anywhere else, and the codes the docs show are in it."""

from __future__ import annotations

import ast
import importlib
import inspect
import re
from pathlib import Path

import pytest

import flashpoint.errors as errors
from flashpoint.ingest import iter_inputs
from flashpoint.errors import FlashpointError

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "flashpoint"
CODE = re.compile(r"E\d{3}")


def all_error_classes() -> list[type]:
    for path in sorted(PACKAGE.rglob("*.py")):  # load every module (not __main__), so every subclass is seen
        if path.name == "__main__.py":
            continue
        parts = path.relative_to(REPO).with_suffix("").parts
        importlib.import_module(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    found, todo = [], [FlashpointError]
    while todo:
        cls = todo.pop()
        found.append(cls)
        todo.extend(cls.__subclasses__())
    return found


def test_every_error_class_is_in_the_catalogue():
    outside = [f"{c.__module__}.{c.__name__}" for c in all_error_classes() if c.__module__ != "flashpoint.errors"]
    assert outside == []


def test_every_error_class_has_its_own_code():
    classes = [c for _, c in inspect.getmembers(errors, inspect.isclass) if issubclass(c, FlashpointError)]
    codes = [c.code for c in classes if c is not FlashpointError]
    assert all(CODE.fullmatch(code) for code in codes)
    assert sorted(codes) == sorted(set(codes))


def test_no_code_is_written_outside_the_catalogue():
    written = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path == PACKAGE / "errors.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and CODE.fullmatch(node.value):
                written.append(f"{path.relative_to(REPO)}:{node.lineno} {node.value}")
    assert written == []


@pytest.mark.parametrize("doc", ["README.md", "docs/SCALING.md"])
def test_the_codes_the_docs_show_are_in_the_catalogue(doc):
    known = {c.code for _, c in inspect.getmembers(errors, inspect.isclass) if issubclass(c, FlashpointError)}
    shown = set(re.findall(r"error\[(E\d{3})\]", (REPO / doc).read_text(encoding="utf-8")))
    assert shown and shown <= known


def test_the_readme_example_is_what_a_binary_file_prints(tmp_path):
    binary = tmp_path / "ls"
    binary.write_bytes(bytes(range(256)) * 8)
    (error,) = iter_inputs([str(binary)])
    assert error.one_line() == f"error[E108] {binary}: binary file, not text, HTML, a feed or JSON Lines"
    assert "`error[E108] /bin/ls: binary file, not text, HTML, a feed or JSON Lines`" in (
        REPO / "README.md").read_text(encoding="utf-8")


def test_an_error_is_one_line_whatever_the_library_message_holds():
    """dateutil's "month must be in 1..12: 0\n0" inside a message still makes a one-line error."""
    from flashpoint.errors import BadDateError

    err = BadDateError("dump.jsonl:1", "not a valid date '0\\n0' (month must be in 1..12: 0\n0)")
    assert "\n" not in err.one_line() and "1..12: 0 0" in err.one_line()
