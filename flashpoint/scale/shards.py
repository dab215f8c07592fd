"""Input shards: pieces of a run's input that a worker reads by itself.

The client only plans: it lists files (the same walk as `iter_inputs`, in the same order) and
cuts JSON Lines dumps into byte ranges on line boundaries. Workers then open their own shards, so
article text never travels from the client to the cluster. Reading a shard yields exactly what
`iter_inputs` would have yielded for that part of the input (same items, same error messages,
same origins such as "dump.jsonl:12").

A shard holds `size` articles, a multiple of the pipeline's batch size, so the model sees the same
batches as in a single-process run. `guided` then joins such shards into units of work that shrink
toward the end of the input, so the workers run out of work together.
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from flashpoint.errors import FlashpointError, InputTooLargeError, MissingInputError, UnreadableInputError
from flashpoint.ingest import limits, readers
from flashpoint.ingest.article_input import ArticleInput

Item = ArticleInput | FlashpointError

# Files worth sniffing for JSON Lines (anything else is read whole by `read_path`, which decides).
_MAYBE_JSONL = readers.JSONL_SUFFIXES | {""}


@dataclass(frozen=True)
class FileShard:
    """Whole files: text, HTML, feeds (and dumps too odd to split), each read by `read_path`."""

    files: tuple[str, ...]

    def describe(self) -> str:
        return f"{self.files[0]} (+{len(self.files) - 1} files)" if len(self.files) > 1 else self.files[0]


@dataclass(frozen=True)
class JsonlShard:
    """Lines of a JSON Lines dump: bytes [start, end), beginning at line number `first_line`."""

    path: str
    start: int
    end: int
    first_line: int

    def describe(self) -> str:
        return f"{self.path}:{self.first_line}+"


@dataclass(frozen=True)
class InlineShard:
    """Articles the client already holds (standard input): shipped with the task."""

    items: tuple[ArticleInput, ...]

    def describe(self) -> str:
        return "-"


Shard = FileShard | JsonlShard | InlineShard


def plan_shards(paths: list[str], size: int = 64, recursive: bool = True) -> tuple[list[Shard], list[FlashpointError]]:
    """Cut the input into shards of about `size` articles, in `iter_inputs` order.

    Returns the shards and the errors found while planning (paths that do not exist)."""
    shards: list[Shard] = []
    errors: list[FlashpointError] = []
    group: list[str] = []

    def flush() -> None:
        if group:
            shards.append(FileShard(tuple(group)))
            group.clear()

    for p in paths:
        if p == "-":
            flush()
            items = []
            for item in readers.read_stdin():
                if isinstance(item, FlashpointError):
                    errors.append(item)
                else:
                    items.append(item)
            shards.extend(InlineShard(tuple(items[i:i + size])) for i in range(0, len(items), size))
            continue
        path = Path(p)
        if path.is_dir():
            files = [f for f in sorted(path.rglob("*") if recursive else path.iterdir())
                     if f.is_file() and not f.name.startswith(".")]
        elif path.exists():
            files = [path]
        else:
            errors.append(MissingInputError(str(path), "no such file or folder"))
            continue
        for f in files:
            if _splittable_jsonl(f):
                flush()
                shards.extend(split_jsonl(f, size))
            else:
                group.append(str(f))
                if len(group) >= size:
                    flush()
    flush()
    return shards, errors


def guided(shards: list[Shard], largest: int, workers: int) -> list[Shard]:
    """Join consecutive shards into units of at most `largest` shards, each taking about
    1/(2 x workers) of the shards still to come ("guided" scheduling): big units while there is
    plenty of work, single shards at the end. With equal units, one worker could still be on its
    last big unit while the others sat idle (3 s of an 18 s run of the BBC benchmark on two
    workers). Shards are joined only where they continue each other (the
    same dump's adjacent ranges, file groups, standard input), so reading the units in order still
    reads the input in order."""
    out: list[Shard] = []
    i = 0
    while i < len(shards):
        want = max(1, min(largest, math.ceil((len(shards) - i) / (2 * max(1, workers)))))
        unit = [shards[i]]
        i += 1
        while len(unit) < want and i < len(shards) and _continues(unit[-1], shards[i]):
            unit.append(shards[i])
            i += 1
        out.append(_join(unit))
    return out


def _continues(a: Shard, b: Shard) -> bool:
    if isinstance(a, JsonlShard) and isinstance(b, JsonlShard):
        return a.path == b.path and a.end == b.start
    return type(a) is type(b) and not isinstance(a, JsonlShard)


def _join(unit: list[Shard]) -> Shard:
    first = unit[0]
    if len(unit) == 1:
        return first
    if isinstance(first, JsonlShard):
        return JsonlShard(first.path, first.start, unit[-1].end, first.first_line)
    if isinstance(first, FileShard):
        return FileShard(tuple(f for s in unit for f in s.files))
    return InlineShard(tuple(item for s in unit for item in s.items))


def _splittable_jsonl(path: Path) -> bool:
    """A dump `read_path` would read line by line (checked the way it checks, so errors match)."""
    if os.path.splitext(path.name)[1].lower() not in _MAYBE_JSONL:
        return False
    try:
        if path.stat().st_size == 0:
            return False
        with open(path, "rb") as fh:
            head = fh.read(limits.SNIFF_BYTES)
    except OSError:
        return False  # read_path reports it
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    return readers.detect_kind(str(path), head) == "jsonl"


def split_jsonl(path: Path, size: int) -> list[JsonlShard]:
    """Byte ranges of `size` non-blank lines each. One sequential pass over the bytes (no parsing)."""
    shards: list[JsonlShard] = []
    name = str(path)
    with open(path, "rb") as fh:
        start, first_line, in_shard = 0, 1, 0
        for lineno, offset, line, _ in readers.bounded_lines(fh):
            if not line.strip():
                continue
            if in_shard == size:
                shards.append(JsonlShard(name, start, offset, first_line))
                start, first_line, in_shard = offset, lineno, 0
            in_shard += 1
        end = fh.tell()
    if in_shard:
        shards.append(JsonlShard(name, start, end, first_line))
    return shards


def read_shard(shard: Shard) -> Iterator[Item]:
    """What `iter_inputs` yields for this part of the input (runs on a worker)."""
    if isinstance(shard, InlineShard):
        yield from shard.items
    elif isinstance(shard, FileShard):
        for f in shard.files:
            yield from readers.read_path(Path(f))
    else:
        yield from _read_jsonl_range(shard)


def _read_jsonl_range(shard: JsonlShard) -> Iterator[Item]:
    try:
        fh = open(shard.path, "rb")
    except OSError as exc:
        yield UnreadableInputError(shard.path, f"cannot read ({exc.strerror or exc})")
        return
    with fh:
        fh.seek(shard.start)
        for lineno, _, line, too_long in readers.bounded_lines(fh, shard.end, shard.first_line):
            if too_long:
                yield InputTooLargeError(f"{shard.path}:{lineno}",
                                         f"line is over the {limits.MAX_LINE_BYTES // 1_000_000} MB limit; skipped")
            elif line.strip():
                yield readers.jsonl_item(shard.path, lineno, line)
