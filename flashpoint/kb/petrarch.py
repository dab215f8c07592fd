"""Import PETRARCH/TABARI actor and agent dictionaries (the Phoenix format) into knowledge-base entries.

Actors file: records of a primary phrase, `+` synonym lines and tab-indented date restrictions

    HAMID_KARZAI_  # comment
    +KARZAI_
    \t[AFGELI 750101-000101]
    \t[AFGGOV >011222]
    \t[AFGELI]

Codes may also follow the phrase on its line (`UN_ [IGOUNO]`, `JAVIER_DE_CUELLAR_ [IGOUNO 820101-911231] [ELI]`).
Dates are YYYYMMDD or YYMMDD (YY <= 30 is 20YY, as in TABARI); `<date` ends a code, `>date` starts it,
`date-date` bounds it (all inclusive); a bare `[CODE]` is the default. `[---]` is the null code. As in
PETRARCH, restrictions are tried in file order (the first covering one wins) and a primary phrase without
codes shares the codes of the next record that has some. Words joined by `_` must be consecutive; a space
allows words in between in PETRARCH (kept in `extra["gapped"]`; this importer's matcher reads them as
consecutive). Comments: `#` and legacy `;` to the end of the line, `<!-- ... -->` (also over several lines).

Agents file: `PHRASE {plural forms} [~CODE]` (`~` first: the code follows the actor code; `CODE~`: it goes
before), `{}` for no plural, `!SET! = A, B, C` substitution sets expanded in place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from flashpoint.errors import UnreadableInputError
from flashpoint.kb.builtin import regular_plurals
from flashpoint.kb.model import Agent, DatedCode, Entry, ROLE_CODES, INTERNATIONAL_PREFIXES, REGION_CODES

BRACKET = re.compile(r"\[\s*([^\]\}\[]*?)\s*[\]\}]")
CODE_OK = re.compile(r"^[A-Z0-9/]+$")
SMALL_WORDS = {"of", "the", "and", "for", "de", "del", "al", "el", "bin", "ibn", "van", "von", "la", "le", "du", "da", "des"}


def parse_petrarch_date(text: str) -> date:
    """YYYYMMDD or YYMMDD (years 00-30 are 20YY, others 19YY, as in TABARI and PETRARCH)."""
    digits = text.strip()
    if not digits.isdigit() or len(digits) < 6:
        raise ValueError(f"not a date: {text!r}")
    if len(digits) > 7:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    yy = int(digits[:2])
    return date(2000 + yy if yy <= 30 else 1900 + yy, int(digits[2:4]), int(digits[4:6]))


def parse_code(spec: str) -> DatedCode | None:
    """One bracket: "AFGGOV >011222", "USAGOV 450703-470121", "HOB < 950601", "---". None if unreadable."""
    spec = spec.strip()
    if not spec:
        return None
    code_text, _, rest = spec.partition(" ")
    code_text = code_text.strip().upper()
    code = None if code_text in ("---", "+++", "###") or not CODE_OK.match(code_text) else code_text
    rest = rest.replace(" ", "")
    try:
        if not rest:
            return DatedCode(code=code)
        if rest[0] == "<":
            return DatedCode(code=code, end=parse_petrarch_date(rest[1:]))
        if rest[0] == ">":
            return DatedCode(code=code, start=parse_petrarch_date(rest[1:]))
        start, sep, end = rest.partition("-")
        if sep:
            d1, d2 = parse_petrarch_date(start), parse_petrarch_date(end)
            return DatedCode(code=code, start=d1, end=d2) if d1 <= d2 else None
    except ValueError:
        return None
    return None


def _strip_comments(lines: list[str]) -> list[str]:
    out, in_xml = [], False
    for raw in lines:
        line = raw.rstrip("\n").rstrip("\r")
        if in_xml:
            if "-->" in line:
                in_xml = False
                line = line.split("-->", 1)[1]
            else:
                continue
        while "<!" in line:
            before, _, after = line.partition("<!")
            if "-->" in after:
                line = before + after.split("-->", 1)[1]
            else:
                in_xml = True
                line = before
                break
        line = line.split("#", 1)[0].split(";", 1)[0]
        out.append(line)
    return out


def phrase_to_text(phrase: str) -> tuple[str, bool]:
    """PETRARCH phrase -> (surface text, gapped): "VLADIMIR_PUTIN_" -> ("VLADIMIR PUTIN", False)."""
    p = phrase.strip().replace("\t", "_")
    gapped = " " in p.strip("_ ")
    words = [w for w in re.split(r"[ _]+", p) if w]
    return " ".join(words), gapped


def display_name(surface: str) -> str:
    """A readable canonical name from an upper-case dictionary phrase: "VLADIMIR PUTIN" -> "Vladimir Putin"."""
    if not surface.isupper():
        return surface
    words = []
    for i, w in enumerate(surface.split(" ")):
        low = w.lower()
        if i and low in SMALL_WORDS:
            words.append(low)
        elif len(w) <= 3 and not any(c in "AEIOU" for c in w) or "." in w:
            words.append(w)
        else:
            words.append("-".join(part.capitalize() for part in low.split("-")))
    return " ".join(words)


@dataclass
class _Record:
    phrases: list[tuple[str, bool]] = field(default_factory=list)
    codes: list[DatedCode] = field(default_factory=list)
    line: int = 0


def _guess_kind(codes: list[DatedCode], name: str) -> str:
    seen = [c.code for c in codes if c.code]
    if not seen:
        return "group"
    head = seen[-1][:3]
    if head in INTERNATIONAL_PREFIXES:
        return "organisation"
    if head in REGION_CODES:
        return "region"
    if all(len(c) == 3 for c in seen) and len(name.split()) <= 3:
        return "country"
    roles = {c[3:6] for c in seen if len(c) >= 6}
    words = name.split()
    if 2 <= len(words) <= 4 and roles & {"GOV", "ELI", "OPP", "MIL", "LEG", "JUD"} and all(w.replace(".", "").replace("-", "").replace("'", "").isalpha() for w in words):
        return "person"
    return "group"


def _dictionary_lines(path: Path, what: str) -> list[str]:
    try:
        return path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError as exc:
        raise UnreadableInputError(str(path), f"cannot read the {what} dictionary ({exc.strerror})") from None


def load_petrarch_actors(path: str | Path, source: str | None = None) -> list[Entry]:
    """Entries of a PETRARCH/TABARI actors dictionary (Phoenix.Countries.actors.txt and the like)."""
    path = Path(path)
    lines = _dictionary_lines(path, "actors")
    source = source or f"import:{path.name}"
    records: list[_Record] = []
    pending: _Record | None = None      # phrases still waiting for codes
    current: _Record | None = None      # the record that date restrictions attach to

    def close_current():
        nonlocal current
        if current is not None and current.codes:
            records.append(current)
        current = None

    for lineno, line in enumerate(_strip_comments(lines), 1):
        if "---STOP---" in line:
            break
        if not line.strip():
            continue
        if line[0] in " \t" and "[" in line:     # date restriction (or a stray code line)
            target = current or pending
            if target is None:
                continue
            for spec in BRACKET.findall(line):
                dc = parse_code(spec)
                if dc is not None:
                    target.codes.append(dc)
            if target is pending:
                current, pending = pending, None
            continue
        stripped = line.strip()
        if stripped.startswith("+"):
            text, gapped = phrase_to_text(BRACKET.sub(" ", stripped[1:]))
            target = current if current is not None and pending is None else pending
            if target is None:
                target = pending = _Record(line=lineno)
            if text:
                target.phrases.append((text, gapped))
            for spec in BRACKET.findall(stripped):
                dc = parse_code(spec)
                if dc is not None:
                    target.codes.append(dc)
            continue
        # a primary phrase
        text, gapped = phrase_to_text(BRACKET.sub(" ", stripped))
        specs = BRACKET.findall(stripped)
        if current is not None and current.codes:
            close_current()
        if pending is not None and not pending.codes:
            target = pending                      # codeless primaries share the next record's codes
        else:
            target = pending = _Record(line=lineno)
        if text:
            target.phrases.append((text, gapped))
        for spec in specs:
            dc = parse_code(spec)
            if dc is not None:
                target.codes.append(dc)
        if target.codes:
            current, pending = target, None
    if pending is not None and pending.codes:
        current = pending
    close_current()

    stem = re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-")
    entries = []
    for n, rec in enumerate(records):
        if not rec.phrases:
            continue
        names = list(dict.fromkeys(t for t, _ in rec.phrases))
        default = None
        dated = []
        for dc in rec.codes:
            if dc.restricted:
                dated.append(dc)
            elif default is None:
                default = dc
        name = display_name(names[0])
        entries.append(Entry(
            id=f"import:{stem}:{n}", name=name, kind=_guess_kind(rec.codes, name),
            code=default.code if default else None, names=tuple(names), dated=tuple(dated),
            source=source, date_rule="first",
            extra={"gapped": [t for t, g in rec.phrases if g], "line": rec.line, "case": "upper" if all(t.isupper() or not t.isalpha() for t in names) else "mixed"}))
    return entries


def _expand_sets(phrase: str, sets: dict[str, list[str]]) -> list[str]:
    m = re.search(r"!([A-Z]+)!", phrase)
    if not m or m.group(1) not in sets:
        return [phrase]
    out = []
    for item in sets[m.group(1)]:
        out.extend(_expand_sets(phrase[:m.start()] + item + phrase[m.end():], sets))
    return out


def load_petrarch_agents(path: str | Path, source: str | None = None) -> list[Agent]:
    """Agents of a PETRARCH agents dictionary (Phoenix.agents.txt), plurals and substitution sets expanded."""
    path = Path(path)
    lines = _dictionary_lines(path, "agents")
    source = source or f"import:{path.name}"
    sets: dict[str, list[str]] = {}
    agents: dict[str, Agent] = {}
    for line in _strip_comments(lines):
        s = line.strip()
        if not s:
            continue
        m = re.match(r"^!([A-Z]+)!\s*=\s*(.+)$", s)
        if m:
            sets[m.group(1)] = [x.strip() for x in m.group(2).split(",") if x.strip()]
            continue
        codes = BRACKET.findall(s)
        if not codes:
            continue
        code_spec = codes[-1].replace(" ", "").upper()
        prefix = code_spec.endswith("~") and not code_spec.startswith("~")
        role = code_spec.strip("~") or None
        body = BRACKET.sub(" ", s)
        plural_spec = None
        pm = re.search(r"\{([^}]*)\}", body)
        if pm:
            plural_spec = pm.group(1)
            body = body[:pm.start()] + body[pm.end():]
        raw_phrase = body.strip()
        if not raw_phrase:
            continue
        has_set = "!" in raw_phrase
        no_plural = raw_phrase.endswith("_") or has_set
        for expanded in _expand_sets(raw_phrase, sets):
            text, _ = phrase_to_text(expanded)
            phrase = text.lower()
            if not phrase:
                continue
            forms = [phrase]
            if plural_spec is not None:
                forms += [phrase_to_text(p)[0].lower() for p in plural_spec.split() if p.strip()]
            elif not no_plural:
                forms += regular_plurals(phrase)
            for f in forms:
                agents.setdefault(f, Agent(phrase=f, role=role, kind="person", prefix=prefix, source=source))
    return list(agents.values())


def role_of_agent_code(code: str | None) -> str | None:
    """The CAMEO role at the head of an agent code ("GOVFRM" -> "GOV"), if it is one."""
    if code and code[:3] in ROLE_CODES:
        return code[:3]
    return None
