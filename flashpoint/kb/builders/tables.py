"""What the dictionary-derived table builders share: where their input is and how a table is written."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from flashpoint.paths import shared_dir


def source_file(argv: Sequence[str], inside_shared: Path) -> Path | None:
    """The input: the file named on the command line, else `inside_shared` in ../shared (None: neither)."""
    if len(argv) > 1:
        return Path(argv[1])
    shared = shared_dir()
    return shared / inside_shared if shared is not None else None


def write_tsv(path: Path, header: str, columns: Sequence[str], rows: Iterable[Sequence[str]]) -> int:
    """Write a generated table: its comment header, its column names, its rows; returns the row count."""
    n = 0
    with path.open("w", encoding="utf-8") as f:
        f.write(header)
        f.write("\t".join(columns) + "\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
            n += 1
    return n
