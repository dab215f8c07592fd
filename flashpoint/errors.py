"""Coded errors: the whole catalogue. Every user error is a FlashpointError and prints as one line:

    error[E109] examples/broken.html: not valid UTF-8 (byte 0xff at offset 12)

One code per kind of problem, so the code tells a user which problem they hit (and tests/test_errors.py
checks that each class here has its own code and that no code is written anywhere else). Codes group by
layer: E1xx input, E2xx pipeline/model/engine, E3xx store, E4xx query/codes, E5xx settings, E6xx watch
(live feeds).
"""

from __future__ import annotations


class FlashpointError(Exception):
    """A user-facing error: names the input and what is wrong, never a traceback."""

    code = "E000"

    def __init__(self, input: str | None, message: str):
        self.input = input
        self.message = message
        super().__init__(self.one_line())

    def one_line(self) -> str:
        where = f" {self.input}:" if self.input else ""
        # one line whatever a library's message holds ("month must be in 1..12: 0\n0" from dateutil)
        return " ".join(f"error[{self.code}]{where} {self.message}".splitlines())


# -- E1xx input ------------------------------------------------------------------------------------
class InputError(FlashpointError):
    """Malformed input: a line, record or parse that does not have the shape its format needs."""

    code = "E101"


class InputTooLargeError(InputError):
    """Input over a safety limit (ingest/limits.py)."""

    code = "E102"


class BadDateError(FlashpointError):
    """A date that does not parse."""

    code = "E103"


class DictionaryError(InputError):
    """A PETRARCH/TABARI dictionary of another kind than the one asked for (actors vs agents)."""

    code = "E104"


class MissingInputError(InputError):
    """No such file or folder."""

    code = "E105"


class UnreadableInputError(InputError):
    """The file exists but the system cannot read it (permissions, I/O)."""

    code = "E106"


class EmptyInputError(InputError):
    """Nothing to read: an empty file, whitespace only, HTML or a feed without article text."""

    code = "E107"


class BinaryInputError(InputError):
    """Binary data where text, HTML, a feed or JSON Lines was expected."""

    code = "E108"


class EncodingError(InputError):
    """Text that is not valid UTF-8 (or UTF-16 with a byte order mark)."""

    code = "E109"


# -- E2xx pipeline, model, engine ------------------------------------------------------------------
class ModelError(FlashpointError):
    """The NLP model or one of its settings."""

    code = "E201"


class EngineError(FlashpointError):
    """The Dask cluster cannot be reached or started."""

    code = "E210"


# -- E3xx store ------------------------------------------------------------------------------------
class StoreError(FlashpointError):
    code = "E301"


# -- E4xx query, codes -----------------------------------------------------------------------------
class UnknownCodeError(FlashpointError):
    """An event, actor or country code that no table knows."""

    code = "E401"


class QueryError(FlashpointError):
    """A command or API option with a value it does not take."""

    code = "E402"


# -- E5xx settings ---------------------------------------------------------------------------------
class ConfigError(FlashpointError):
    """A settings file, section, key or value that is missing or wrong."""

    code = "E501"


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
