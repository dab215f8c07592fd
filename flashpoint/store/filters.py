"""Event filters as people give them, checked and turned into an EventQuery (CLI, API, dashboard).

Names stand wherever codes are asked for ("Iraq", "Putin": flashpoint/kb/resolve.py); CAMEO codes
are checked against the table, and a code of the wrong level says which option it belongs to; a
PLOVER type becomes the CAMEO codes that map to it. Every mistake is a one-line FlashpointError
naming the option.
"""

from __future__ import annotations

import functools

from flashpoint.codes.cameo import QUADCLASS_NAMES, all_codes, event_code, is_valid_code
from flashpoint.codes.plover import PLOVER_TYPES, plover_for
from flashpoint.errors import CodeLevelError, QueryError, UnknownCodeError
from flashpoint.kb.resolve import ActorMatch, resolve_actor, resolve_country
from flashpoint.records import MODALITIES
from flashpoint.store.base import EventQuery


def check_code(value: str | None, option: str = "--code") -> str | None:
    """A CAMEO event code at any level ("19", "190", "1823")."""
    if value is None or value == "":
        return None
    value = value.strip()
    if not value.isdigit() or not 2 <= len(value) <= 4 or not is_valid_code(value):
        raise UnknownCodeError(option, f"{value!r} is not a CAMEO event code (2-4 digits, e.g. 190)")
    return value


def check_root(value: str | None, option: str = "--root") -> str | None:
    """A CAMEO root "01".."20"; "1" means "01"; an event code of a lower level is refused with its root."""
    if value is None or value == "":
        return None
    value = value.strip()
    if value.isdigit() and len(value) == 1:
        value = "0" + value
    if value.isdigit() and len(value) in (3, 4) and is_valid_code(value):
        ev = event_code(value)
        root = event_code(ev.root)
        raise CodeLevelError(option, f"{value} is an event code ({ev.name}), not a root: use --code {value}, "
                                     f"or --root {root.code} ({root.name})")
    if not (value.isdigit() and len(value) == 2 and is_valid_code(value)):
        raise UnknownCodeError(option, f"{value!r} is not a CAMEO root (01-20)")
    return value


def check_quadclass(value: str | int | None, option: str = "--quadclass") -> int | None:
    """QuadClass 1-4, by number or name ("material conflict")."""
    if value is None or value == "":
        return None
    text = str(value).strip().lower().replace("-", " ").replace("_", " ")
    by_name = {name: n for n, name in QUADCLASS_NAMES.items()}
    if text in by_name:
        return by_name[text]
    if text.isdigit() and int(text) in QUADCLASS_NAMES:
        return int(text)
    names = ", ".join(f"{n} {name}" for n, name in QUADCLASS_NAMES.items())
    raise QueryError(option, f"{value!r} is not a QuadClass ({names})")


def check_modality(value: str | None, option: str = "--modality") -> str | None:
    if value is None or value == "":
        return None
    value = value.strip().lower()
    if value not in MODALITIES:
        raise QueryError(option, f"{value!r} is not a modality (one of {', '.join(MODALITIES)})")
    return value


def plover_codes(value: str | None, option: str = "--plover") -> tuple[str, ...]:
    """Every CAMEO code whose PLOVER type is `value` (ASSAULT, ACCUSE, ...)."""
    if value is None or value == "":
        return ()
    ptype = value.strip().upper()
    if ptype not in PLOVER_TYPES:
        raise QueryError(option, f"{value!r} is not a PLOVER type (one of {', '.join(PLOVER_TYPES)})")
    return _codes_of_plover()[ptype]


@functools.lru_cache(maxsize=1)
def _codes_of_plover() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {t: [] for t in PLOVER_TYPES}
    for code in all_codes():
        ptype = plover_for(code).type
        if ptype:
            out[ptype].append(code)
    return {t: tuple(c) for t, c in out.items()}


def actor_filter(value: str | None, option: str) -> ActorMatch | None:
    return resolve_actor(value, option) if value else None


def event_query(*, actor: str | None = None, source: str | None = None, target: str | None = None,
                code: str | None = None, root: str | None = None, quadclass: str | int | None = None,
                plover: str | None = None, modality: str | None = None, country: str | None = None,
                text: str | None = None, since: str | None = None, until: str | None = None,
                article: str | None = None, limit: int = 100, offset: int = 0,
                prefix: str = "--") -> tuple[EventQuery, list[ActorMatch]]:
    """The EventQuery for filters given as a person would, and the actor matches (to say what a
    name resolved to). `prefix` names options in errors: "--" for the CLI, "" for the API."""
    matches: list[ActorMatch] = []
    a = actor_filter(actor, prefix + "actor")
    s = actor_filter(source, prefix + "source")
    t = actor_filter(target, prefix + "target")
    for m in (a, s, t):
        if m is not None:
            matches.append(m)
    q = EventQuery(
        actor_codes=a.codes if a else (), actor_kb_ids=a.kb_ids if a else (),
        code=check_code(code, prefix + "code"), root=check_root(root, prefix + "root"),
        quadclass=check_quadclass(quadclass, prefix + "quadclass"), codes=plover_codes(plover, prefix + "plover"),
        modality=check_modality(modality, prefix + "modality"),
        country=resolve_country(country, prefix + "country") if country else None,
        text=text or None, since=since, until=until, article=article, limit=limit, offset=offset)
    # --source / --target: a code prefix on that side; a person's side is matched by their kb id in the
    # record, which cannot say which side, so people on --source/--target use their codes on the day
    for side, m in (("source", s), ("target", t)):
        if m is None:
            continue
        if m.kb_ids and not m.codes:
            raise QueryError(prefix + side, f"{m.describe()}: people are matched with {prefix}actor (either side)")
        if len(m.codes) > 1:
            raise QueryError(prefix + side, f"{m.describe()}: several actors; give one code")
        setattr(q, side, m.codes[0])
    if plover and q.codes == ():
        raise QueryError(prefix + "plover", f"no CAMEO code maps to {plover}")
    return q, matches


__all__ = ["check_code", "check_modality", "check_quadclass", "check_root", "event_query", "plover_codes"]
