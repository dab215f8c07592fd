"""Coded errors. Every user error is a FlashpointError and prints as one line:

    error[E101] examples/broken.html: not valid UTF-8 (byte 0xff at offset 12)

Codes group by layer: E1xx input, E2xx pipeline/model, E3xx store, E4xx query/codes, E5xx serve,
E6xx watch (live feeds).
"""

from __future__ import annotations


class FlashpointError(Exception):
    """A user-facing error: names the input and what is wrong, never a traceback."""

    code = "E000"

    def __init__(self, input: str | None, message: str, code: str | None = None):
        self.input = input
        self.message = message
        if code:
            self.code = code
        super().__init__(self.one_line())

    def one_line(self) -> str:
        where = f" {self.input}:" if self.input else ""
        return f"error[{self.code}]{where} {self.message}"


class InputError(FlashpointError):
    """Unreadable, empty, binary, oversized or malformed input."""

    code = "E101"


class InputTooLargeError(InputError):
    code = "E102"


class BadDateError(FlashpointError):
    code = "E103"


class ModelError(FlashpointError):
    code = "E201"


class StoreError(FlashpointError):
    code = "E301"


class UnknownCodeError(FlashpointError):
    """An event, actor or country code that no table knows."""

    code = "E401"


class QueryError(FlashpointError):
    code = "E402"


class SourcesError(FlashpointError):
    """A `flashpoint watch` sources file that cannot be read or says something impossible."""

    code = "E601"


class FetchError(FlashpointError):
    """A feed or page that could not be fetched (network, HTTP status, size cap, redirects)."""

    code = "E602"
