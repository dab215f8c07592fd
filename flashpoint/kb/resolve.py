"""Names wherever codes are asked for: "Iraq" -> IRQ, "Hamas" -> PSEREBHMS, "Putin" -> his kb id.

Query filters (CLI `--actor`, API `?actor=`, the dashboard's Actor box) accept a code or a name.
A name resolves through the knowledge base: countries, organisations and groups to their code
(a prefix, so "Iraq" also finds IRQGOV and IRQMIL), people to their kb id (a person's code changes
with office; their kb id does not). A name the knowledge base does not know is an error that lists
the closest names it does know.
"""

from __future__ import annotations

import difflib
import functools
from dataclasses import dataclass, field

from flashpoint.errors import UnknownNameError
from flashpoint.kb.knowledge_base import default_kb
from flashpoint.codes.agents import ROLE_CODES


@dataclass(frozen=True)
class ActorMatch:
    """What an actor filter matches: any of these code prefixes or kb ids, on either side."""

    codes: tuple[str, ...] = ()
    kb_ids: tuple[str, ...] = ()
    names: tuple[str, ...] = field(default=(), compare=False)  # canonical names, to say what was matched

    def describe(self) -> str:
        return ", ".join(f"{n} ({c})" for n, c in zip(self.names, (*self.codes, *self.kb_ids)))


def looks_like_code(value: str) -> bool:
    """CAMEO actor codes are upper-case letters and digits, 3 or more: RUS, RUSGOV, IGOWSTNAT."""
    return len(value) >= 3 and value.isalnum() and value.isascii() and value == value.upper()


def _starts_like_code(value: str, kb) -> bool:
    """"rus", "rusgov": a code typed in lower case (it starts with a country or organisation code)."""
    code = value.upper()
    if not looks_like_code(code) or len(code) % 3:
        return False
    parts = [code[i:i + 3] for i in range(0, len(code), 3)]
    if parts[0] in ("IGO", "NGO", "NGM", "MNC"):
        return True
    return parts[0] in kb.country_codes and all(p in ROLE_CODES for p in parts[1:])


def resolve_actor(value: str, option: str = "--actor") -> ActorMatch:
    """A code as given, or a name resolved through the knowledge base; UnknownNameError otherwise."""
    value = " ".join(value.split())
    kb = default_kb()
    hits = kb.lookup(value) if value else []
    if not hits:
        if looks_like_code(value) or _starts_like_code(value, kb):
            return ActorMatch(codes=(value.upper(),), names=(value.upper(),))
        close = closest_names(value)
        hint = f"; closest: {', '.join(close)}" if close else ""
        raise UnknownNameError(option, f"{value!r} is neither an actor code nor a name the knowledge base knows{hint}")
    codes, kb_ids, names = [], [], []
    for entry, code in hits:
        if entry.kind == "person" or not (code or entry.code):
            kb_ids.append(entry.id)
            names.append(entry.name)
        else:
            codes.append(code or entry.code)
    names = [e.name for e, c in hits if not (e.kind == "person" or not (c or e.code))] + names
    return ActorMatch(codes=tuple(codes), kb_ids=tuple(kb_ids), names=tuple(names))


def resolve_country(value: str, option: str = "--country") -> str:
    """A country's CAMEO code (IRQ) from its code or its name ("Iraq")."""
    value = " ".join(value.split())
    kb = default_kb()
    if value.upper() in kb.country_codes:
        return value.upper()
    for entry, code in kb.lookup(value):
        if entry.kind == "country" and (code or entry.code):
            return code or entry.code
    close = closest_names(value, kinds=("country",))
    hint = f"; closest: {', '.join(close)}" if close else ""
    raise UnknownNameError(option, f"{value!r} is not a country code or name the knowledge base knows{hint}")


def closest_names(value: str, n: int = 3, kinds: tuple[str, ...] | None = None) -> list[str]:
    """The known names nearest to a misspelt one ("Irak" -> "Iraq")."""
    table = _names_by_fold(kinds)
    found = difflib.get_close_matches(value.lower(), list(table), n=n, cutoff=0.6)
    return [table[f] for f in found]


@functools.lru_cache(maxsize=4)
def _names_by_fold(kinds: tuple[str, ...] | None) -> dict[str, str]:
    kb = default_kb()
    out: dict[str, str] = {}
    for s in kb.surfaces:
        entry = kb.entries.get(s.target)
        if s.role == "agent" or entry is None or (kinds and entry.kind not in kinds):
            continue
        out.setdefault(s.text.lower(), s.text)
    return out


__all__ = ["ActorMatch", "closest_names", "looks_like_code", "resolve_actor", "resolve_country"]
