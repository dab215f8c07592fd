"""A code with its names, for people: "190 Use conventional military force [ASSAULT]"."""

from __future__ import annotations

from flashpoint.codes.cameo import event_code
from flashpoint.codes.plover import plover_for
from flashpoint.errors import FlashpointError


def event_label(code: str) -> str:
    """The CAMEO code, the first clause of its CAMEO name, and its PLOVER type; the code alone if unknown."""
    try:
        name = event_code(code).name.split(",")[0]
        ptype = plover_for(code).type
    except FlashpointError:
        return code
    return f"{code} {name}" + (f" [{ptype}]" if ptype else "")


__all__ = ["event_label"]
