"""ArticleInput: one article as read, before any NLP."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import date, datetime

from dateutil import parser

from flashpoint.errors import BadDateError
from flashpoint.records import content_hash


# A run of blanks inside a line other than one space (the double spaces of re-wrapped wire copy, a tab, a
# no-break space): spaCy makes each such run a token of its own, which a model trained on edited text reads as a
# word ("rebels  stormed a village": the blank tagged a proper noun and made the verb's subject).
BLANK_RUN = re.compile(r"(?<=\S)[^\S\n]+(?=\S)")


# An HTML character reference left in plain text ("&#39;", "&quot;"), and one whose ampersand a feed turned into a
# space ("the country #39;s", "a  quot;terrorist attack quot;", "more than  #36;1 million"): the apostrophe, quotation
# mark or dollar sign split words the tagger then misread ("#39;s" a number: 39 arrested).
CHARACTER_REFERENCE = re.compile(r"&(?:#\d{1,5}|#x[0-9a-fA-F]{1,4}|quot|amp|lt|gt|apos|nbsp);")
AMPERSAND_LOST = re.compile(r" (#\d{1,5}|quot|amp|lt|gt|apos);")


def decoded_references(text: str) -> str:
    """The text with its HTML character references decoded, also those whose ampersand became a space."""
    if "&" in text:
        text = CHARACTER_REFERENCE.sub(lambda m: html.unescape(m.group(0)), text)
    if ";" in text:
        text = AMPERSAND_LOST.sub(lambda m: html.unescape(f"&{m.group(1)};"), text)
    return text


def even_spacing(text: str) -> str:
    """The text with every run of blanks between two words of a line made one space; line breaks, the blanks that
    open or close a line, and so the paragraphs, stay as they were."""
    return BLANK_RUN.sub(" ", text)


@dataclass
class ArticleInput:
    text: str
    title: str | None = None
    published: date | None = None
    url: str | None = None
    path: str | None = None
    source: str | None = None
    id: str | None = None
    published_from: str = "given"
    origin: str = ""  # where it came from, for error messages: "feed.xml#3", "dump.jsonl:12"

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)

    @property
    def article_id(self) -> str:
        return self.id or self.content_hash[:16]


def parse_published(value: object, input_name: str = "--published") -> date | None:
    """Parse a publication date given by a user or a file: ISO first, then dateutil for RFC 822 etc."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise BadDateError(input_name, f"not a date: {value!r}")
    s = value.strip()
    try:
        return date.fromisoformat(s[:10]) if len(s) >= 10 and s[4] == "-" else _dateutil(s)
    except ValueError as exc:
        raise BadDateError(input_name, f"not a valid date {s!r} ({exc})") from None


def _dateutil(s: str) -> date:
    try:
        return parser.parse(s).date()
    except (ValueError, OverflowError, parser.ParserError) as exc:
        raise ValueError(str(exc)) from None
