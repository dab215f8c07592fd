"""Readers: plain text, HTML (trafilatura), RSS/Atom feeds (feedparser) and JSON Lines dumps.

``iter_inputs(paths)`` walks files and folders and yields either an ``ArticleInput`` or an
``InputError`` for each item, so one bad file or line never stops a run: the caller stores the
good ones and reports the bad ones at the end.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from flashpoint.errors import (BadDateError, BinaryInputError, EmptyInputError, EncodingError, FlashpointError, InputError,
                               InputTooLargeError, MissingInputError, UnreadableInputError)
from flashpoint.ingest import limits
from flashpoint.ingest.article_input import ArticleInput, parse_published

TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
FEED_SUFFIXES = {".rss", ".atom", ".xml", ".rdf"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}

Item = ArticleInput | FlashpointError
# A sidecar "story.txt.meta.json" gives a plain-text or HTML article what the file itself lacks
# ({"published", "title", "source", "url"}), so relative dates resolve against the real date.
META_SUFFIX = ".meta.json"


def iter_inputs(paths: list[str], recursive: bool = True) -> Iterator[Item]:
    """Every article in the given files and folders (folders walked in sorted order)."""
    for p in paths:
        if p == "-":
            yield from read_stdin()
            continue
        path = Path(p)
        if path.is_dir():
            for f in sorted(path.rglob("*") if recursive else path.iterdir()):
                if f.is_file() and not f.name.startswith(".") and not f.name.endswith(META_SUFFIX):
                    yield from read_path(f)
        elif path.exists():
            yield from read_path(path)
        else:
            yield MissingInputError(str(path), "no such file or folder")


def read_stdin() -> Iterator[Item]:
    data = sys.stdin.buffer.read(limits.MAX_FEED_BYTES + 1)
    if len(data) > limits.MAX_FEED_BYTES:
        yield InputTooLargeError("-", f"standard input is over the {limits.MAX_FEED_BYTES // 1_000_000} MB limit")
        return
    yield from read_bytes("-", data, kind=detect_kind("-", data[: limits.SNIFF_BYTES]))


def read_path(path: Path) -> Iterator[Item]:
    name = str(path)
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            head = fh.read(limits.SNIFF_BYTES)
    except OSError as exc:
        yield UnreadableInputError(name, f"cannot read ({exc.strerror or exc})")
        return
    if size == 0:
        yield EmptyInputError(name, "empty file")
        return
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        yield BinaryInputError(name, "binary file, not text, HTML, a feed or JSON Lines")
        return
    kind = detect_kind(name, head)
    if kind == "jsonl":
        yield from read_jsonl(path)
        return
    cap = limits.MAX_FEED_BYTES if kind == "feed" else limits.MAX_FILE_BYTES
    if size > cap:
        yield InputTooLargeError(name, f"file is {size / 1e6:.0f} MB, over the {cap // 1_000_000} MB limit for a {kind} file")
        return
    for item in read_bytes(name, path.read_bytes(), kind):
        yield apply_sidecar(path, item) if kind in ("text", "html") else item


def apply_sidecar(path: Path, item: Item) -> Item:
    meta_path = path.with_name(path.name + META_SUFFIX)
    if isinstance(item, FlashpointError) or not meta_path.is_file():
        return item
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if not isinstance(meta, dict):
            raise ValueError("expected a JSON object")
        if meta.get("published"):
            item.published, item.published_from = parse_published(meta["published"], str(meta_path)), "given"
    except (OSError, ValueError) as exc:
        return InputError(str(meta_path), f"unreadable metadata ({exc})")
    except FlashpointError as exc:
        return exc
    for key in ("title", "source", "url"):
        if isinstance(meta.get(key), str):
            setattr(item, key, meta[key])
    return item


def detect_kind(name: str, head: bytes) -> str:
    suffix = os.path.splitext(name)[1].lower()
    sniff = head.lstrip()[:512].lower()
    if suffix in JSONL_SUFFIXES or (suffix == "" and sniff.startswith(b"{")):
        return "jsonl"
    if b"<rss" in sniff or b"<feed" in sniff or b"<rdf:rdf" in sniff:
        return "feed"
    if suffix in FEED_SUFFIXES:
        return "feed"
    if suffix in HTML_SUFFIXES or sniff.startswith((b"<!doctype html", b"<html")):
        return "html"
    return "text"


def read_bytes(name: str, data: bytes, kind: str) -> Iterator[Item]:
    try:
        if kind == "jsonl":
            for lineno, line in enumerate(data.splitlines(), 1):
                yield jsonl_item(name, lineno, line)
        elif kind == "feed":
            yield from read_feed(name, data)
        elif kind == "html":
            yield read_html(name, data)
        else:
            yield read_text(name, data)
    except FlashpointError as exc:
        yield exc


def decode_text(name: str, data: bytes) -> str:
    """Strict decoding: UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is an error."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise EncodingError(name, f"not valid UTF-16 ({exc.reason} at byte {exc.start})") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bad = data[exc.start : exc.start + 1].hex()
        raise EncodingError(name, f"not valid UTF-8 (byte 0x{bad} at offset {exc.start}); convert it to UTF-8") from None


def checked_text(name: str, text: str) -> str:
    """Article text as the pipeline takes it: newlines normalised, not empty, not too long, not binary."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise EmptyInputError(name, "no article text (only whitespace)")
    if len(text) > limits.MAX_ARTICLE_CHARS:
        raise InputTooLargeError(name, f"article text is {len(text):,} characters, over the {limits.MAX_ARTICLE_CHARS:,} limit")
    if sum(1 for ch in text[:4000] if ord(ch) < 32 and ch not in "\n\t") > 40:
        raise BinaryInputError(name, "looks binary (many control characters), not article text")
    return text


def read_text(name: str, data: bytes) -> ArticleInput:
    text = checked_text(name, decode_text(name, data))
    first = text.strip().split("\n", 1)[0].strip()
    title = first if 0 < len(first) <= 200 and not first.endswith(".") else None
    return ArticleInput(text=text, title=title, path=name, source=Path(name).name, origin=name)


def read_html(name: str, data: bytes) -> ArticleInput:
    import trafilatura  # deferred: heavy dependency, only for HTML

    try:
        doc = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False, favor_precision=True)
    except Exception as exc:  # trafilatura raises many lxml error types on hostile markup
        raise InputError(name, f"could not parse HTML ({type(exc).__name__})") from None
    if doc is None:
        raise EmptyInputError(name, "no article text found in the HTML")
    meta = doc if isinstance(doc, dict) else doc.as_dict()
    text = meta.get("text") or ""
    if not text.strip():
        raise EmptyInputError(name, "no article text found in the HTML")
    text = checked_text(name, text)
    published = None
    published_from = "given"
    if meta.get("date"):
        try:
            published = parse_published(meta["date"], name)
            published_from = "metadata"
        except BadDateError:
            published = None
    return ArticleInput(text=text, title=meta.get("title"), published=published, url=meta.get("url"),
                        path=name, source=meta.get("sitename") or meta.get("hostname") or Path(name).name,
                        published_from=published_from, origin=name)


@dataclass
class FeedEntry:
    """One item of an RSS/Atom feed as listed: its link, title, date and body text (may be empty)."""

    origin: str
    url: str | None
    title: str | None
    published: date | None
    body: str
    feed_title: str | None


def feed_entries(name: str, data: bytes) -> tuple[list[FeedEntry], str | None]:
    """The entries of a feed, and why there are none (None when there are some)."""
    import feedparser  # deferred: only for feeds

    parsed = feedparser.parse(data)
    entries = parsed.get("entries") or []
    if not entries:
        reason = f" ({type(parsed.bozo_exception).__name__})" if parsed.get("bozo") else ""
        return [], f"feed has no items{reason}"
    feed_title = (parsed.get("feed") or {}).get("title")
    out = []
    for i, entry in enumerate(entries, 1):
        body = ""
        if entry.get("content"):
            body = " ".join(c.get("value", "") for c in entry["content"])
        body = body or entry.get("summary") or entry.get("description") or ""
        if "<" in body:
            body = _html_fragment_text(body)
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        published = date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday) if stamp else None
        out.append(FeedEntry(f"{name}#{i}", entry.get("link"), entry.get("title"), published, body, feed_title))
    return out, None


def read_feed(name: str, data: bytes) -> Iterator[Item]:
    entries, why_none = feed_entries(name, data)
    if why_none:
        yield EmptyInputError(name, why_none)
        return
    for entry in entries:
        try:
            text = checked_text(entry.origin, entry.body)
        except FlashpointError as exc:
            yield exc
            continue
        yield ArticleInput(text=text, title=entry.title, published=entry.published, url=entry.url,
                           path=name, source=entry.feed_title or Path(name).name, id=None,
                           published_from="metadata" if entry.published else "given", origin=entry.origin)


def _html_fragment_text(fragment: str) -> str:
    import lxml.html  # deferred: heavy dependency, only for HTML

    try:
        return lxml.html.fromstring(fragment).text_content()
    except Exception:  # a fragment that is not even HTML: keep it as text
        return fragment


def read_jsonl(path: Path) -> Iterator[Item]:
    """Stream a JSON Lines dump with a bounded readline, so a 100 MB single line cannot eat memory."""
    name = str(path)
    with open(path, "rb") as fh:
        for lineno, _, line, too_long in bounded_lines(fh):
            if too_long:
                yield InputTooLargeError(f"{name}:{lineno}", f"line is over the {limits.MAX_LINE_BYTES // 1_000_000} MB limit; skipped")
            elif line.strip():
                yield jsonl_item(name, lineno, line)


def bounded_lines(fh, end: int | None = None, first_line: int = 1) -> Iterator[tuple[int, int, bytes, bool]]:
    """(line number, offset, line, too long) for each line of a binary file up to byte `end`, read
    with a bounded readline: a line over the limit comes back cut (its rest is skipped in bounded
    chunks, never read whole into memory). The Dask shards read through it too (scale/shards.py)."""
    lineno = first_line - 1
    while end is None or fh.tell() < end:
        offset = fh.tell()
        line = fh.readline(limits.MAX_LINE_BYTES + 1)
        if not line:
            break
        lineno += 1
        too_long = len(line) > limits.MAX_LINE_BYTES and not line.endswith(b"\n")
        if too_long:
            rest = line
            while rest and not rest.endswith(b"\n"):
                rest = fh.readline(limits.MAX_LINE_BYTES)
        yield lineno, offset, line, too_long


def jsonl_item(name: str, lineno: int, line: bytes) -> Item:
    origin = f"{name}:{lineno}"
    try:
        obj = json.loads(decode_text(origin, line))
    except json.JSONDecodeError as exc:
        return InputError(origin, f"not valid JSON ({exc.msg} at column {exc.colno})")
    except FlashpointError as exc:
        return exc
    if not isinstance(obj, dict):
        return InputError(origin, "expected a JSON object with a \"text\" field")
    text = obj.get("text")
    if not isinstance(text, str):
        return InputError(origin, "missing \"text\" (a string)")
    try:
        text = checked_text(origin, text)
        published = parse_published(obj.get("published") or obj.get("date"), origin)
    except FlashpointError as exc:
        return exc
    return ArticleInput(text=text, title=_str(obj.get("title")), published=published, url=_str(obj.get("url")),
                        path=name, source=_str(obj.get("source")) or Path(name).name,
                        id=_str(obj.get("id")), origin=origin)


def _str(value: object) -> str | None:
    return None if value is None else str(value)
