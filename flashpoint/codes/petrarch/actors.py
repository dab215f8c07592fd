"""Read PETRARCH / TABARI actor, agent and discard dictionaries: the one reader behind the knowledge
base's import (kb/petrarch.py, `flashpoint actors import`) and the evaluation's recogniser
(eval/dictionary_actors.py). `read_actor_records` and `read_agent_records` read a file as written;
`parse_actors` and `parse_agents` index them for matching.

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

A primary phrase without codes shares the codes of the next record that has some, and restrictions
are tried in file order (the first covering one wins), as in PETRARCH. Everything after a line holding
`---STOP---` is ignored.

Discards: a phrase that drops the sentence, or with a leading "+" the whole story.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from flashpoint.codes.petrarch.syntax import BRACKET, DatedCode, parse_code, plural, strip_comments
from flashpoint.errors import UnreadableInputError


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
class ActorEntry:
    phrases: list[Phrase]
    code: str | None = None               # undated code
    dated: list[DatedCode] = field(default_factory=list)
    line: int = 0

    def code_on(self, day: date | None) -> str | None:
        """The code in force on ``day``: the first dated code covering it, else the undated one (None
        for the null code "---", a known non-actor)."""
        if day is not None:
            for d in self.dated:
                if d.covers(day):
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


@dataclass
class ActorRecord:
    """One actor of an actors file: its phrases as written ("VLADIMIR_PUTIN_"), its codes in file order."""

    phrases: list[str] = field(default_factory=list)
    codes: list[DatedCode] = field(default_factory=list)
    line: int = 0


def read_actor_records(text: str) -> list[ActorRecord]:
    """The records of an actors file, in file order (records that end up with no code are dropped)."""
    records: list[ActorRecord] = []
    pending: ActorRecord | None = None      # phrases still waiting for codes
    current: ActorRecord | None = None      # the record that date restrictions attach to

    def close_current():
        nonlocal current
        if current is not None and current.codes:
            records.append(current)
        current = None

    def add_codes(target: ActorRecord, line: str) -> None:
        target.codes.extend(dc for dc in map(parse_code, BRACKET.findall(line)) if dc is not None)

    for lineno, line in enumerate(strip_comments(text), 1):
        if "---STOP---" in line:
            break
        if not line.strip():
            continue
        if line[0] in " \t" and "[" in line:     # date restriction (or a stray code line)
            target = current or pending
            if target is None:
                continue
            add_codes(target, line)
            if target is pending:
                current, pending = pending, None
            continue
        stripped = line.strip()
        if stripped.startswith("+"):
            phrase = BRACKET.sub(" ", stripped[1:]).strip()
            target = current if current is not None and pending is None else pending
            if target is None:
                target = pending = ActorRecord(line=lineno)
            if phrase:
                target.phrases.append(phrase)
            add_codes(target, stripped)
            continue
        # a primary phrase
        phrase = BRACKET.sub(" ", stripped).strip()
        if current is not None and current.codes:
            close_current()
        if pending is not None and not pending.codes:
            target = pending                      # codeless primaries share the next record's codes
        else:
            target = pending = ActorRecord(line=lineno)
        if phrase:
            target.phrases.append(phrase)
        add_codes(target, stripped)
        if target.codes:
            current, pending = target, None
    if pending is not None and pending.codes:
        current = pending
    close_current()
    return records


@dataclass
class AgentRecord:
    """One agent phrase of an agents file, substitution sets expanded: its forms as written (the phrase,
    then its plurals), its code without the "~", and whether the code goes before the actor's."""

    forms: list[str]
    code: str | None
    prefix: bool


def read_agent_records(text: str) -> list[AgentRecord]:
    """`PHRASE {plural forms} [~CODE]`: `~` first, the code follows the actor code; `CODE~`, it goes
    before. Plurals are generated unless given in {...} ("{}" for none), the phrase ends in "_" or it
    holds a `!SET!` (whose members, `!SET! = A, B, C`, carry their own forms)."""
    sets: dict[str, list[str]] = {}
    out = []
    for line in strip_comments(text):
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
        code = code_spec.strip("~") or None
        body = BRACKET.sub(" ", s)
        explicit = None
        pm = re.search(r"\{([^}]*)\}", body)
        if pm:
            explicit = [p for p in pm.group(1).split() if p.strip()]
            body = body[:pm.start()] + body[pm.end():]
        raw_phrase = body.strip()
        if not raw_phrase:
            continue
        no_plural = raw_phrase.endswith("_") or "!" in raw_phrase
        for expanded in _expand_sets(raw_phrase, sets):
            forms = [expanded]
            if explicit is not None:
                forms += explicit
            elif not no_plural:
                forms.append(re.sub(r"[^\s_]+$", lambda w: plural(w.group(0)), expanded))
            out.append(AgentRecord(forms=forms, code=code, prefix=prefix))
    return out


def _expand_sets(phrase: str, sets: dict[str, list[str]]) -> list[str]:
    m = re.search(r"!([A-Z]+)!", phrase)
    if not m or m.group(1) not in sets:
        return [phrase]
    out = []
    for item in sets[m.group(1)]:
        out.extend(_expand_sets(phrase[:m.start()] + item + phrase[m.end():], sets))
    return out


def read_dictionary(path: str | Path, what: str) -> str:
    """The text of a dictionary file (an UnreadableInputError naming it if the system cannot read it)."""
    try:
        return Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise UnreadableInputError(str(path), f"cannot read the {what} dictionary ({exc.strerror})") from None


def parse_actors(text: str, into: ActorDictionary | None = None) -> ActorDictionary:
    """Actor entries indexed for matching: the first undated code is the default, dated ones are tried
    in file order."""
    ad = into or ActorDictionary()
    for rec in read_actor_records(text):
        phrases = [ph for ph in map(Phrase.parse, rec.phrases) if ph.words]
        if not phrases:
            continue
        default = next((dc for dc in rec.codes if not dc.restricted), None)
        ad.add_actor(ActorEntry(phrases=phrases, code=default.code if default else None,
                                dated=[dc for dc in rec.codes if dc.restricted], line=rec.line))
    return ad.finish()


def parse_agents(text: str, into: ActorDictionary | None = None) -> ActorDictionary:
    ad = into or ActorDictionary()
    for rec in read_agent_records(text):
        for form in rec.forms:
            ad.add_agent(AgentEntry(phrase=Phrase.parse(form), code=rec.code or "", prefix=rec.prefix))
    return ad.finish()


def read_actor_dictionaries(actor_paths: list[str | Path], agent_paths: list[str | Path] = ()) -> ActorDictionary:
    ad = ActorDictionary()
    for p in actor_paths:
        parse_actors(read_dictionary(p, "actors"), into=ad)
    for p in agent_paths:
        parse_agents(read_dictionary(p, "agents"), into=ad)
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
    return parse_discards(read_dictionary(path, "discards"))


__all__ = ["Phrase", "ActorEntry", "AgentEntry", "ActorDictionary", "ActorRecord", "AgentRecord", "DiscardList",
           "parse_actors", "parse_agents", "parse_discards", "read_actor_dictionaries", "read_actor_records",
           "read_agent_records", "read_discards"]
