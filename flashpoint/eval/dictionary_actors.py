"""Actor mentions from PETRARCH/TABARI actor and agent dictionaries (flashpoint.codes.petrarch).

This is how the classic coders find actors, rebuilt on the dependency parse so the event coder
can run on imported dictionaries (and on PETRARCH's validation suite):

- actor names and agent nouns are matched inside one noun phrase ("_" = adjacent words);
- a phrase's first actor gets the agents of the same phrase: "Gondor's government" -> GONGOV,
  "An MSF Arnor diplomat" -> NGOARNGOV (prefix agents such as NGO~ go first, codes already
  present are not repeated: "White House officials" stays USAGOV);
- an agent without an actor takes the actor of its "of/in/from" phrase ("ambassadors of Arnor,
  Osgiliath and Gondor" -> three actors), or shares the modifiers of the phrase it is coordinated
  with ("Danish media and government" -> DNKMED, DNKGOV), else it stays generic ("---GOV");
- optionally (PETRARCH's new_actor_length), unknown noun phrases of up to N words become uncoded
  actors named by their text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Token

from flashpoint.codes.petrarch import ActorDictionary, ActorEntry, AgentEntry, Phrase
from flashpoint.extract.base import ActorMention
from flashpoint.extract.events.arguments import CLAUSAL, np_head

COMPOSE_PREPS = {"of", "in", "from", "at", "for"}
ARGUMENT_DEPS = {"nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:agent", "nmod", "conj", "appos", "ROOT",
                 "dobj", "pobj", "nsubjpass"}


@dataclass
class _Hit:
    start: int
    end: int                      # inclusive
    tokens: tuple[int, ...]
    entry: ActorEntry | AgentEntry


def _match_phrase(words: list[str], i: int, phrase: Phrase, unit_of: list[int],
                  skip: frozenset[int]) -> list[int] | None:
    if words[i] != phrase.words[0]:
        return None
    out = [i]
    for k in range(1, len(phrase.words)):
        want = phrase.words[k]
        if phrase.links[k - 1]:
            j = out[-1] + 1
            if j < len(words) and words[j] == want and j not in skip:
                out.append(j)
                continue
            return None
        # other words may come between inside the phrase's noun phrase; the very next word always fits
        # ("PRINCE OF DOL AMROTH" reads "Prince" and "Dol Amroth" as two units joined by "of")
        j = next((j for j in range(out[-1] + 1, min(len(words), out[-1] + 6))
                  if words[j] == want and (unit_of[j] == unit_of[i] or j == out[-1] + 1) and j not in skip), None)
        if j is None:
            return None
        out.append(j)
    return out


def _hyphen_runs(doc: Doc) -> dict[int, tuple[str, int]]:
    """Words our tokenizer split at a hyphen ("Barad - dur", "Al - Qaeda"), by their first token: the
    word as the dictionaries write it and its last token."""
    runs: dict[int, tuple[str, int]] = {}
    i = 0
    while i < len(doc) - 2:
        j = i
        while j + 2 < len(doc) and doc[j + 1].text == "-" and not doc[j].whitespace_ \
                and not doc[j + 1].whitespace_ and doc[j + 2].is_alpha:
            j += 2
        if j > i:
            runs[i] = (doc[i:j + 1].text.upper(), j)
        i = j + 1
    return runs


def _hits(words: list[str], index: dict, unit_of: list[int], skip: frozenset[int], taken: set[int],
          runs: dict[int, tuple[str, int]] | None = None) -> list[_Hit]:
    """Dictionary phrases in the words. A token written with "_" ("Dol_Amroth") is read as its parts
    joined, the way the dictionaries write a name of adjacent words; a word split at its hyphens is
    read whole first ("Barad-dur")."""
    runs = runs or {}
    owner: list[int] = []
    parts: list[str] = []
    for i, w in enumerate(words):
        split = [p for p in w.split("_") if p] if "_" in w.strip("_") else [w]
        owner += [i] * len(split)
        parts += split
    part_units = [unit_of[i] for i in owner]
    part_skip = frozenset(k for k, i in enumerate(owner) if i in skip)
    hits: list[_Hit] = []
    for k, w in enumerate(parts):
        if owner[k] in skip or owner[k] in taken:
            continue
        run = runs.get(owner[k]) if (k == 0 or owner[k - 1] != owner[k]) else None
        if run is not None:
            toks = tuple(range(owner[k], run[1] + 1))
            whole = next((entry for phrase, entry in index.get(run[0], ()) if len(phrase.words) == 1), None)
            if whole is not None and not (set(toks) & taken) and not (set(toks) & skip):
                hits.append(_Hit(toks[0], toks[-1], toks, whole))
                taken.update(toks)
                continue
        for phrase, entry in index.get(w, ()):
            ks = _match_phrase(parts, k, phrase, part_units, part_skip)
            toks = sorted({owner[j] for j in ks}) if ks else None
            if toks and not (set(toks) & taken):
                hits.append(_Hit(toks[0], toks[-1], tuple(toks), entry))
                taken.update(toks)
                break
    return hits


def compose(actor_code: str, agents: list[AgentEntry]) -> str:
    code = actor_code
    for a in agents:
        if a.prefix:
            if not code.startswith(a.code):
                code = a.code + code
        elif a.code not in code[3:] or code == "---":
            code = code + a.code
    return code


class DictionaryActorRecognizer:
    def __init__(self, dictionary: ActorDictionary, new_actor_length: int = 0):
        self.dictionary = dictionary
        self.new_actor_length = new_actor_length

    def find(self, doc: Doc, day: date | None, skip: frozenset[int] = frozenset()) -> list[ActorMention]:
        words = [t.text.upper() for t in doc]
        unit_of = [np_head(t).i for t in doc]
        taken: set[int] = {t.i for t in doc if t.text in ("'s", "'", "’s")}
        runs = _hyphen_runs(doc)
        actor_hits = _hits(words, self.dictionary.actor_index, unit_of, skip, taken, runs)
        agent_hits = _hits(words, self.dictionary.agent_index, unit_of, skip, taken, runs)
        for h in agent_hits:
            # TABARI's FORMER conversion: "former security officials", "former Gondor prosecutors" are
            # elites (ELI), whatever office the agent word names
            if isinstance(h.entry, AgentEntry) and not h.entry.prefix and any(
                    words[t] == "FORMER" and unit_of[t] == unit_of[h.end] for t in range(max(0, h.start - 4), h.start)):
                h.entry = AgentEntry(phrase=h.entry.phrase, code="ELI", prefix=False)
        actors_by_unit: dict[int, list[_Hit]] = {}
        agents_by_unit: dict[int, list[_Hit]] = {}
        for h in actor_hits:
            actors_by_unit.setdefault(unit_of[h.start], []).append(h)
        for h in agent_hits:
            # an agent phrase with an of-phrase is headed by its first noun ("Minister of Silly Walks")
            head_first = unit_of[h.start] != unit_of[h.end] and any(words[t] == "OF" for t in h.tokens)
            agents_by_unit.setdefault(unit_of[h.start] if head_first else unit_of[h.end], []).append(h)

        def unit_tokens(head: int) -> list[int]:
            toks = [t.i for t in doc[head].subtree if unit_of[t.i] == head and not t.is_punct
                    and not (t.dep_ == "case" and t.head.i == head)]
            return toks or [head]

        def actor_codes(head: int) -> list[tuple[str, _Hit]]:
            hits = actors_by_unit.get(head, [])
            if not hits:
                return []
            first = hits[0]
            code = first.entry.code_on(day)  # type: ignore[union-attr]
            return [(code or "---", first)]

        mentions: list[ActorMention] = []
        absorbed: set[int] = set()

        def add(head: int, code: str | None, kind: str, hit: _Hit | None, name: str | None = None, **extra) -> None:
            toks = unit_tokens(head)
            lo, hi = min(toks), max(toks)
            text = doc[lo:hi + 1].text
            if name is None:
                name = hit.entry.name if hit and isinstance(hit.entry, ActorEntry) else text
            mentions.append(ActorMention(start=lo, end=hi + 1, start_char=doc[lo].idx,
                                         end_char=doc[hi].idx + len(doc[hi].text), text=text, name=name,
                                         code=None if code in (None, "---") else code, kind=kind,
                                         rule="dictionary:actor" if kind != "agent" else "dictionary:agent",
                                         extra=extra))

        def nmod_actor_units(tok: Token) -> list[int]:
            """Units of actors in the token's of/in/from phrases (with their conjuncts)."""
            out = []
            for c in tok.children:
                # the preposition may hang on the phrase's first word ("of Amnesty International")
                if c.dep_ in ("nmod", "prep", "obl") and (c.dep_ == "prep" or any(
                        g.dep_ == "case" and g.text.lower() in COMPOSE_PREPS and unit_of[g.head.i] == c.i
                        for g in c.subtree)):
                    obj = next((g for g in c.children if g.dep_ == "pobj"), c) if c.dep_ == "prep" else c
                    stack = [obj]
                    while stack:
                        n = stack.pop(0)
                        if n.i in actors_by_unit:
                            out.append(n.i)
                        stack.extend(g for g in n.children if g.dep_ == "conj")
            return out

        # what a coordinated agent inherits from a phrase with an actor: the actor and its modifying
        # agents ("Danish Islamist media and government" -> DNKMUSGOV), not the phrase's head agent
        inherited: dict[int, tuple[str, list[AgentEntry]]] = {}
        for head in actors_by_unit:
            modifier_agents = [h.entry for h in agents_by_unit.get(head, []) if head not in h.tokens]
            for code, _ in actor_codes(head):
                inherited[head] = (code, modifier_agents)
        # agent-only phrases
        agent_codes: dict[int, list[str]] = {}
        for head, hits in agents_by_unit.items():
            if head in actors_by_unit:
                continue
            tok = doc[head]
            agents = [h.entry for h in hits]
            units = nmod_actor_units(tok)
            if not units and tok.dep_ == "conj":
                units = nmod_actor_units(tok.head)
            if not units:
                for sib in [c for c in tok.children if c.dep_ == "conj"]:
                    units = nmod_actor_units(sib)
                    if units:
                        break
            if units:
                agent_codes[head] = [compose(actor_codes(u)[0][0], agents) for u in units]
                absorbed.update(units)
                continue
            partner = tok.head.i if tok.dep_ == "conj" else next((c.i for c in tok.children if c.dep_ == "conj"
                                                                   and c.i in inherited), None)
            if partner is not None and partner in inherited:
                code, mods = inherited[partner]
                agent_codes[head] = [compose(code, [*mods, *agents])]
                continue
            agent_codes[head] = [compose("---", agents)]
        for head, hits in actors_by_unit.items():
            if head in absorbed:
                continue
            agents = [h.entry for h in agents_by_unit.get(head, [])]
            for code, hit in actor_codes(head):
                add(head, code if code == "---" else compose(code, agents), "actor", hit)
        for head, codes in agent_codes.items():
            for code in codes:
                add(head, code, "agent" if code.startswith("---") else "actor", None)
        if self.new_actor_length > 0:
            mentions.extend(self.new_actors(doc, unit_of, set(actors_by_unit) | set(agents_by_unit), skip))
        return sorted(mentions, key=lambda m: (m.start, m.end))

    def new_actors(self, doc: Doc, unit_of: list[int], known: set[int], skip: frozenset[int]) -> list[ActorMention]:
        """Unknown noun phrases of at most new_actor_length words, as actors coded by their text."""
        out: list[ActorMention] = []
        covered: set[int] = set()
        for tok in doc:
            if tok.i in skip or tok.i in covered or unit_of[tok.i] != tok.i or tok.i in known:
                continue
            if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ not in ARGUMENT_DEPS:
                continue
            blocked = {t.i for c in tok.children if c.dep_ in CLAUSAL or c.dep_ in ("conj", "cc", "punct")
                       for t in c.subtree}
            # the phrase without the preposition that joins it to its verb ("for the Ministry of Magic")
            toks = [t for t in tok.subtree if t.i not in blocked and t.text not in ("'s", "’s") and not t.is_punct
                    and not (t.dep_ == "case" and t.head.i == tok.i and t.i < tok.i)]
            if any(unit_of[t.i] in known for t in toks):
                continue
            text = " ".join(t.text.upper() for t in toks)
            if text.count(" ") >= self.new_actor_length:
                continue
            lo, hi = toks[0].i, toks[-1].i
            covered.update(range(lo, hi + 1))
            out.append(ActorMention(start=lo, end=hi + 1, start_char=doc[lo].idx,
                                    end_char=doc[hi].idx + len(doc[hi].text), text=doc[lo:hi + 1].text, name=text,
                                    # PETRARCH codes a new actor by its text, as it would a dictionary code
                                    code=f'"{text}"', kind="unknown", rule="dictionary:new_actor",
                                    extra={"new_actor": True}))
        return out


__all__ = ["DictionaryActorRecognizer", "compose"]
