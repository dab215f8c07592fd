"""Read PETRARCH / TABARI actor, agent and discard dictionaries.

Actors (one record = a phrase, its "+" synonyms, and optional dated codes on indented lines):

    GOLLUM                       names are words joined by "_" (adjacent) or " " (other words may
    +SMEAGOL                     come between, inside the same noun phrase)
        [HOB < 950601]           dated codes: before, after (">"), or between two dates; the first
        [HOBGOV 19950601 - 19990815]   that holds wins, else the undated one
    THE_SHIRE  [FRO/BIL/SAM]     "/" lists several actors at once

Agents ("~GOV" is appended to the actor's code, "NGO~" put before it; plurals are generated unless
given in {...}, "{}" meaning none; "!PERSON! = MAN, MEN" defines a substitution set):

    FOREIGN_MINISTER [~GOVFRM]
    POLICE {} [~COP]

Discards: a phrase that drops the sentence, or with a leading "+" the whole story.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from flashpoint.codes.petrarch_verbs import plural, strip_comments
from flashpoint.errors import UnreadableInputError

CODE_RE = re.compile(r"\[([^\]]*)\]")


@dataclass(frozen=True)
class Phrase:
    """Upper-case words; ``links[k]`` says words k and k+1 must be adjacent."""

    words: tuple[str, ...]
    links: tuple[bool, ...]

    @classmethod
    def parse(cls, text: str) -> "Phrase":
        words: list[str] = []
        links: list[bool] = []
        for chunk in text.strip().split():
            parts = [p for p in chunk.strip().split("_") if p]
            for j, part in enumerate(parts):
                if words:
                    links.append(j > 0)
                words.append(part.upper())
        return cls(tuple(words), tuple(links))


@dataclass
class DatedCode:
    code: str
    start: date | None = None
    end: date | None = None

    def holds(self, day: date) -> bool:
        return (self.start is None or day >= self.start) and (self.end is None or day <= self.end)


@dataclass
class ActorEntry:
    phrases: list[Phrase]
    code: str | None = None               # undated code
    dated: list[DatedCode] = field(default_factory=list)
    line: int = 0

    def code_on(self, day: date | None) -> str | None:
        """The code in force on ``day``; "---" is the null code (a known non-actor)."""
        if day is not None:
            for d in self.dated:
                if (d.start or d.end) and d.holds(day):
                    return d.code
        for d in self.dated:
            if d.start is None and d.end is None:
                return d.code
        return self.code

    @property
    def name(self) -> str:
        return " ".join(self.phrases[0].words).title()


@dataclass
class AgentEntry:
    phrase: Phrase
    code: str        # without the "~"
    prefix: bool     # "NGO~": goes before the actor code


@dataclass
class ActorDictionary:
    entries: list[ActorEntry] = field(default_factory=list)
    agents: list[AgentEntry] = field(default_factory=list)
    # first word -> (phrase, payload) candidates, longest phrases first
    actor_index: dict[str, list[tuple[Phrase, ActorEntry]]] = field(default_factory=dict)
    agent_index: dict[str, list[tuple[Phrase, AgentEntry]]] = field(default_factory=dict)

    def add_actor(self, entry: ActorEntry) -> None:
        self.entries.append(entry)
        for ph in entry.phrases:
            if ph.words:
                self.actor_index.setdefault(ph.words[0], []).append((ph, entry))

    def add_agent(self, agent: AgentEntry) -> None:
        self.agents.append(agent)
        if agent.phrase.words:
            self.agent_index.setdefault(agent.phrase.words[0], []).append((agent.phrase, agent))

    def finish(self) -> "ActorDictionary":
        for index in (self.actor_index, self.agent_index):
            for cands in index.values():
                cands.sort(key=lambda c: -len(c[0].words))
        return self


def parse_date(text: str) -> date:
    """YYYYMMDD or TABARI's YYMMDD (00-30 -> 20xx, else 19xx)."""
    t = text.strip()
    if len(t) == 6:
        yy = int(t[:2])
        t = f"{2000 + yy if yy <= 30 else 1900 + yy}{t[2:]}"
    return date(int(t[:4]), int(t[4:6]), int(t[6:8]))


def parse_dated_code(inner: str) -> DatedCode | None:
    """"HOB < 950601", "HOBGOV 19950601 - 19990815", "HOBREB > 990816", "DOL"."""
    m = re.match(r"^\s*(\S+)\s*(?:(<|>)\s*(\d{6,8})|(\d{6,8})\s*-\s*(\d{6,8}))?\s*$", inner)
    if not m:
        return None
    code = m.group(1)
    try:
        if m.group(2) == "<":
            return DatedCode(code, end=parse_date(m.group(3)))
        if m.group(2) == ">":
            return DatedCode(code, start=parse_date(m.group(3)))
        if m.group(4):
            return DatedCode(code, start=parse_date(m.group(4)), end=parse_date(m.group(5)))
    except ValueError:
        return None
    return DatedCode(code)


def _read(path: str | Path, what: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise UnreadableInputError(str(path), f"cannot read {what} dictionary ({exc.strerror})") from None


def parse_actors(text: str, into: ActorDictionary | None = None) -> ActorDictionary:
    ad = into or ActorDictionary()
    current: ActorEntry | None = None
    raw_lines = text.splitlines()
    for lineno, (raw, line) in enumerate(zip(raw_lines, strip_comments(text)), start=1):
        if not line.strip():
            continue
        indented = raw[:1] in (" ", "\t") and line.strip().startswith("[")
        stripped = line.strip()
        if indented or (stripped.startswith("[") and current is not None):
            if current is not None:
                for inner in CODE_RE.findall(stripped):
                    dc = parse_dated_code(inner)
                    if dc:
                        current.dated.append(dc)
            continue
        if stripped.startswith("+"):
            if current is not None:
                name = CODE_RE.sub(" ", stripped[1:]).strip()
                if name:
                    current.phrases.append(Phrase.parse(name))
                    ad.actor_index.setdefault(current.phrases[-1].words[0], []).append((current.phrases[-1], current))
            continue
        codes = CODE_RE.findall(stripped)
        name = CODE_RE.sub(" ", stripped).strip()
        if not name:
            continue
        current = ActorEntry(phrases=[Phrase.parse(name)], line=lineno)
        for inner in codes:
            dc = parse_dated_code(inner)
            if dc and (dc.start or dc.end):
                current.dated.append(dc)
            elif dc:
                current.code = dc.code
        ad.add_actor(current)
    return ad.finish()


def parse_agents(text: str, into: ActorDictionary | None = None) -> ActorDictionary:
    ad = into or ActorDictionary()
    substitutions: dict[str, list[str]] = {}
    for line in strip_comments(text):
        stripped = line.strip()
        if not stripped:
            continue
        m = re.match(r"^(![A-Z]+!)\s*=\s*(.+)$", stripped, flags=re.I)
        if m:
            substitutions[m.group(1).upper()] = [w.strip().upper() for w in m.group(2).split(",") if w.strip()]
            continue
        codes = CODE_RE.findall(stripped)
        if not codes:
            continue
        code = codes[-1].replace(" ", "")
        prefix = code.endswith("~") and not code.startswith("~")
        code = code.strip("~")
        plurals_txt = re.findall(r"\{([^}]*)\}", stripped)
        name = re.sub(r"\{[^}]*\}|\[[^\]]*\]", " ", stripped).strip().upper()
        names = [name]
        for marker, values in substitutions.items():
            if marker in name:
                names = [n.replace(marker, v) for n in names for v in values]
        explicit = None if not plurals_txt else [p for p in plurals_txt[0].split() if p]
        for n in names:
            forms = [n]
            if "!" in name:  # substituted sets already carry their plural forms
                pass
            elif explicit is None:
                words = n.split("_") if "_" in n else n.split()
                sep = "_" if "_" in n else " "
                forms.append(sep.join([*words[:-1], plural(words[-1])]))
            else:
                forms.extend(explicit)
            for f in forms:
                ad.add_agent(AgentEntry(phrase=Phrase.parse(f), code=code, prefix=prefix))
    return ad.finish()


def read_actor_dictionaries(actor_paths: list[str | Path], agent_paths: list[str | Path] = ()) -> ActorDictionary:
    ad = ActorDictionary()
    for p in actor_paths:
        parse_actors(_read(p, "actor"), into=ad)
    for p in agent_paths:
        parse_agents(_read(p, "agent"), into=ad)
    return ad.finish()


@dataclass
class DiscardList:
    sentence: list[str] = field(default_factory=list)
    story: list[str] = field(default_factory=list)

    def check(self, text: str) -> str | None:
        """"storydiscard", "sentencediscard" or None for a sentence's text."""
        upper = " " + re.sub(r"\s+", " ", text.upper()) + " "
        for kind, phrases in (("storydiscard", self.story), ("sentencediscard", self.sentence)):
            for ph in phrases:
                if re.search(r"(?<![A-Z0-9])" + re.escape(ph) + r"(?![A-Z0-9])", upper):
                    return kind
        return None


def parse_discards(text: str) -> DiscardList:
    dl = DiscardList()
    for line in strip_comments(text):
        s = line.strip()
        if not s:
            continue
        story = s.startswith("+")
        phrase = " ".join(s.lstrip("+").replace("_", " ").split()).upper()
        (dl.story if story else dl.sentence).append(phrase)
    return dl


def read_discards(path: str | Path) -> DiscardList:
    return parse_discards(_read(path, "discard"))


__all__ = ["Phrase", "DatedCode", "ActorEntry", "AgentEntry", "ActorDictionary", "DiscardList", "parse_actors",
           "parse_agents", "parse_discards", "read_actor_dictionaries", "read_discards", "parse_date"]
