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


# -- the analyst's desk (issue 19): codes E31x and E41x --------------------------------------------

class NoSuchStoreError(StoreError):
    """--db names a SQLite file that does not exist, for a command that only reads."""

    code = "E310"


class NoSuchArticleError(StoreError):
    """An article id the store does not hold (articles redate/delete)."""

    code = "E311"


class UnknownNameError(QueryError):
    """A name given where an actor or country is asked for that the knowledge base does not know."""

    code = "E410"


class CodeLevelError(UnknownCodeError):
    """A CAMEO code of the wrong level: an event code given to --root, or a root given to --code."""

    code = "E411"


class CommandUsageError(FlashpointError):
    """A command-line usage mistake: unknown command or option, missing or malformed argument."""

    code = "E010"


# -- flashpoint watch (issue 20): codes E6xx ---------------------------------------------------------

class SourcesError(FlashpointError):
    """A `flashpoint watch` sources file that cannot be read or says something impossible."""

    code = "E601"


class FetchError(FlashpointError):
    """A feed or page that could not be fetched (network, HTTP status, size cap, redirects)."""

    code = "E602"
