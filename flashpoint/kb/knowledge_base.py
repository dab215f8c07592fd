"""The knowledge base: every entry and agent, their surface forms, and the lookups recognition needs.

`KnowledgeBase.default()` is what the pipeline uses: the built-in tables, persons.jsonl, and whatever the
user imported with `flashpoint actors import` (kept in the user data dir, see kb/user.py). Imported entries
extend the built-in ones, and where an imported surface form is also a built-in one, the imported entry
wins it (a user's dictionary is the user's choice). `KnowledgeBase.from_petrarch(...)` builds a base from
dictionary files only (the event coder's validation run uses that).
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from flashpoint.codes.agents import ARMED_AT_HOME, ISO_TO_CAMEO
from flashpoint.kb.builtin import ROLE_LABELS, builtin_agents, builtin_entries, country_entries
from flashpoint.kb.fuzzy import FuzzyKeys
from flashpoint.kb.gazetteer import gazetteer_if_installed
from flashpoint.kb.inflection import translit_key
from flashpoint.kb.matcher import Surface, SurfaceMatcher, fold
from flashpoint.kb.model import Agent, Entry, split_code
from flashpoint.kb.offices import OfficeIndex, office_key
from flashpoint.kb.persons import builtin_persons
from flashpoint.kb.petrarch import load_petrarch_actors, load_petrarch_agents
from flashpoint.kb.user import load_imported


class KnowledgeBase:
    def __init__(self, entries: Iterable[Entry] = (), agents: Iterable[Agent] = ()):
        self.entries: dict[str, Entry] = {}
        self.agents: dict[str, Agent] = {}
        self.add(entries, agents)

    # ---- building -------------------------------------------------------------------------------
    def add(self, entries: Iterable[Entry] = (), agents: Iterable[Agent] = ()) -> "KnowledgeBase":
        """Add entries (same id: replaced) and agents (same phrase: replaced)."""
        for e in entries:
            self.entries[e.id] = e
        for a in agents:
            self.agents[a.phrase] = a
        self._invalidate()
        return self

    def _invalidate(self) -> None:
        for name in ("surfaces", "matcher", "country_codes", "by_country", "offices", "single_word_names",
                     "fuzzy_index", "fuzzy_places", "surname_owners", "iso3_to_code"):
            self.__dict__.pop(name, None)

    @classmethod
    def builtin(cls) -> "KnowledgeBase":
        return cls(builtin_entries() + builtin_persons(), builtin_agents())

    @classmethod
    def default(cls) -> "KnowledgeBase":
        """Built-in tables + persons + the user's imported dictionaries."""
        kb = cls.builtin()
        entries, agents = load_imported()
        if entries or agents:
            kb.add(entries, agents)
        return kb

    @classmethod
    def from_petrarch(cls, actors: Iterable[str | Path] = (), agents: Iterable[str | Path] = (),
                      include_builtin: bool = False) -> "KnowledgeBase":
        """A base from PETRARCH/TABARI dictionaries (optionally on top of the built-in one)."""
        kb = cls.builtin() if include_builtin else cls()
        for p in ([actors] if isinstance(actors, (str, Path)) else actors):
            kb.add(load_petrarch_actors(p))
        for p in ([agents] if isinstance(agents, (str, Path)) else agents):
            kb.add(agents=load_petrarch_agents(p))
        if not include_builtin:
            # without the built-in tables, countries still need to be known to split codes
            kb.__dict__["country_codes"] = _builtin_country_codes()
        return kb

    # ---- surfaces and matching ------------------------------------------------------------------
    @functools.cached_property
    def surfaces(self) -> list[Surface]:
        by_key: dict[str, list[Surface]] = defaultdict(list)
        imported_keys: set[str] = set()
        for e in self.entries.values():
            imported = e.source != "builtin"
            for s in _entry_surfaces(e, self.surname_owners):
                key = fold(s.text)
                if imported:
                    if key not in imported_keys:
                        imported_keys.add(key)
                        by_key[key] = [x for x in by_key[key] if self.entries[x.target].source != "builtin"]
                elif key in imported_keys:
                    continue
                by_key[key].append(s)
        out = [s for items in by_key.values() for s in items]
        out.extend(Surface(text=a.written or a.phrase, target="agent:" + a.phrase, role="agent",
                           policy="exact" if a.written else "any") for a in self.agents.values())
        return out

    @functools.cached_property
    def matcher(self) -> SurfaceMatcher:
        return SurfaceMatcher(self.surfaces)

    @functools.cached_property
    def surname_owners(self) -> dict[str, list[str]]:
        """Last names of persons -> the persons with that last name (for short-form coreference)."""
        owners: dict[str, list[str]] = defaultdict(list)
        for e in self.entries.values():
            if e.kind == "person":
                words = e.name.split()
                if len(words) >= 2 and len(words[-1]) >= 3 and words[-1][:1].isupper():
                    owners[words[-1]].append(e.id)
        return dict(owners)

    @functools.cached_property
    def single_word_names(self) -> dict[str, list[Surface]]:
        """Exact one-word surfaces that may carry a case ending ("Putin", "Navalny", "NATO")."""
        out: dict[str, list[Surface]] = defaultdict(list)
        for s in self.surfaces:
            if s.inflects and " " not in s.text:
                out[s.text].append(s)
        return dict(out)

    @functools.cached_property
    def fuzzy_index(self) -> FuzzyKeys:
        """Transliteration keys of person names and their last names, with their (entry id, surface)."""
        keys, owners = [], []
        for e in self.entries.values():
            if e.kind != "person":
                continue
            for n in e.names:
                if len(n) >= 5 and n[:1].isupper():
                    keys.append(translit_key(n))
                    owners.append((e.id, n))
        return FuzzyKeys(keys, owners)

    @functools.cached_property
    def fuzzy_places(self) -> FuzzyKeys:
        """Transliteration keys of one-word country names, demonyms and capitals, for misspellings."""
        keys, owners = [], []
        for e in self.entries.values():
            if e.kind != "country" or e.source != "builtin":
                continue
            for n in (*e.names, *e.adjectives, *e.capitals):
                if " " not in n and len(n) >= 5 and n.isalpha():
                    keys.append(n.lower())     # plain spelling: "Burgundy" must stay apart from "Burundi"
                    owners.append((e.id, n))
        return FuzzyKeys(keys, owners)

    # ---- lookups --------------------------------------------------------------------------------
    @functools.cached_property
    def country_codes(self) -> frozenset[str]:
        return frozenset(e.code for e in self.entries.values() if e.kind == "country" and e.code) | _builtin_country_codes()

    @functools.cached_property
    def by_country(self) -> dict[str, Entry]:
        out: dict[str, Entry] = {}
        for e in self.entries.values():
            if e.kind in ("country", "region") and e.code and e.source == "builtin":
                # several territories share a code (Jersey, Guernsey: GBR): the state itself wins
                if e.code not in out or e.extra.get("iso3") == e.code:
                    out[e.code] = e
        return out

    @functools.cached_property
    def iso3_to_code(self) -> dict[str, str]:
        """ISO alpha-3 (and GeoNames' XKX) -> CAMEO country code."""
        out = dict(ISO_TO_CAMEO)
        for e in self.entries.values():
            if e.kind == "country" and e.source == "builtin" and e.extra.get("iso3"):
                out[e.extra["iso3"]] = e.code
        return out

    @functools.cached_property
    def offices(self) -> OfficeIndex:
        common = [a.phrase for a in self.agents.values() if a.source == "plover-agents" and a.kind == "person"]
        return OfficeIndex((e for e in self.entries.values() if e.kind == "person"), common_titles=common)

    def split(self, code: str | None) -> tuple[str | None, str | None]:
        return split_code(code, self.country_codes)

    def adjective(self, country: str | None) -> str | None:
        """"RUS" -> "Russian" (for canonical names of compound actors)."""
        e = self.by_country.get(country or "")
        if e is None:
            return None
        if e.adjectives:
            return e.adjectives[0]
        if e.kind == "region":    # "European", "Western": the first one-word form that reads as an adjective
            for n in e.names:
                if " " not in n and n.endswith(("an", "ern", "ic")):
                    return n
        return e.name

    def compound_name(self, country: str | None, role: str | None, fallback: str) -> str:
        """Canonical name of a country-and-role actor: "Russia (military)" for "Russian troops" and "the
        Russian army" alike (the country's name first, as GDELT names such actors by their country)."""
        label = ROLE_LABELS.get((role or "")[:3])
        entry = self.by_country.get(country or "")
        if entry is not None and label:
            return f"{entry.name} ({label})"
        if label:
            return label
        return fallback

    def lookup(self, name: str, day: date | None = None) -> list[tuple[Entry, str | None]]:
        """Entries a name (any surface form, any case) stands for, with their code on `day`."""
        key = fold(" ".join(name.split()))
        seen, out = set(), []
        for s in self.surfaces:
            if s.role != "agent" and fold(s.text) == key and s.target not in seen:
                seen.add(s.target)
                e = self.entries[s.target]
                out.append((e, e.code_at(day)))
        if not out:
            agent = self.agents.get(key)
            if agent is not None:
                out.append((Entry(id="agent:" + agent.phrase, name=agent.phrase, kind="agent", code=agent.role,
                                  source=agent.source), agent.role))
        return out

    def holder(self, title: str, country: str | None, day: date) -> Entry | None:
        """The person who held `title` ("president", "Foreign Minister") for `country` on `day`."""
        key = office_key(title)
        return self.offices.holder(key, country, day) if key else None

    def agent(self, phrase: str) -> Agent | None:
        return self.agents.get(" ".join(phrase.lower().split()))

    def __len__(self) -> int:
        return len(self.entries)


def _entry_surfaces(e: Entry, surname_owners: dict[str, list[str]]) -> Iterable[Surface]:
    if e.source != "builtin":
        for n in e.names:
            letters = [c for c in n if c.isalpha()]
            if len(letters) <= 3 or (e.extra.get("case") == "mixed"):
                yield Surface(text=n, target=e.id, role="name", policy="exact")
            else:
                yield Surface(text=n, target=e.id, role="name", policy="cap", inflects=e.kind == "person")
        return
    # Case endings are read on persons' names only: machine translation renders country and organisation
    # names in English, while foreign person names keep their endings ("Putinia"); and "Romeo", "Chada",
    # "Bernie" are not inflected forms of Rome, Chad and Bern.
    inflects = e.kind == "person"
    for n in e.names:
        yield Surface(text=n, target=e.id, role="name", policy="exact", inflects=inflects and len(n.split()[-1]) >= 4)
    for n in house_style(e.names):
        yield Surface(text=n, target=e.id, role="name", policy="exact")
    if e.kind == "organisation" and e.sector in ARMED_AT_HOME:
        for n in e.names:
            one = _member_form(n)
            if one and one not in e.names:
                yield Surface(text=one, target=e.id, role="name", policy="exact")
    for a in e.adjectives:
        yield Surface(text=a, target=e.id, role="adjective", policy="exact")
    for c in e.capitals:
        yield Surface(text=c, target=e.id, role="capital", policy="exact")
    if e.kind == "person":
        words = e.name.split()
        last = words[-1] if len(words) >= 2 else None
        if last and last not in e.names and len(last) >= 3 and last[:1].isupper():
            # a bare last name needs its full name in the same article (checked by the recognizer)
            yield Surface(text=last, target=e.id, role="surname", policy="exact", inflects=len(last) >= 4)


def house_style(names: tuple[str, ...]) -> list[str]:
    """The title-case forms of a name's acronyms of four or more letters, as house styles that write an acronym
    read as a word in lower case write them ("Farc", "Isis", "Amisom" for FARC, ISIS, AMISOM); not where that form
    is a place's name too ("Sana", Yemen's capital, is no SANA, the Syrian agency)."""
    places = gazetteer_if_installed()
    out = []
    for n in names:
        word = n.capitalize()
        if len(n) >= 4 and n.isalpha() and n.isupper() and word not in names \
                and (places is None or not places.lookup(word)):
            out.append(word)
    return out


def _member_form(name: str) -> str | None:
    """The singular an armed group's plural name takes for one member or before a noun ("Tamil Tigers" -> "a Tamil
    Tiger", "Tamil Tiger guerrillas"; "Qassam Brigades" -> "a Qassam Brigade commander"): the last word's plural -s
    dropped, for a name of two words or more headed by its last word (no "of", "for", "and" in it)."""
    words = name.split()
    last = words[-1]
    if len(words) < 2 or not last[:1].isupper() or not last.endswith("s") or last.endswith(("ss", "us", "is", "ps")) \
            or len(last) < 5 or any(w in ("of", "for", "and", "the", "with", "-") for w in words):
        return None
    return " ".join(words[:-1] + [last[:-1]])


@functools.lru_cache(maxsize=1)
def _builtin_country_codes() -> frozenset[str]:
    return frozenset(e.code for e in country_entries() if e.code)


@functools.lru_cache(maxsize=1)
def default_kb() -> KnowledgeBase:
    """The process-wide default base (built-in + persons + user imports), built once."""
    return KnowledgeBase.default()
