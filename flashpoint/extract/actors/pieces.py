"""The pieces actor mentions are made of: KB names, agent nouns and unknown person names, on tokens.

`find_pieces` runs the knowledge-base matcher over the text (exact and inflected names, agents), then a
token pass for names whose ending replaced a vowel ("Obamovi"); names the KB does not know as written
(after a title, tagged PER, misspelt: fuzzy matching) are read by extract/actor_names.py.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc

from flashpoint.kb.inflection import ALL_SUFFIXES, analyse, pick_language
from flashpoint.kb.knowledge_base import KnowledgeBase
from flashpoint.kb.matcher import Hit, Surface, longest_first
from flashpoint.kb.model import Agent, Entry
from flashpoint.extract.base import doc_text

ROLE_PRIORITY = {"name": 0, "capital": 1, "adjective": 2, "surname": 3}
NAME_PARTICLES = {"al", "al-", "bin", "ibn", "abu", "de", "da", "del", "van", "von", "der", "la", "le", "el", "dos", "di"}
NOT_NAMES = {"The", "A", "An", "In", "On", "At", "On", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
             "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December", "Mr", "Mrs", "Ms", "Dr", "He", "She", "It", "They",
             "We", "I", "This", "That", "But", "And", "Or", "If", "When", "While", "After", "Before", "According",
             "Earlier", "Later", "Also", "Meanwhile", "However", "There", "Here", "His", "Meanwhile", "Her",
             "Their", "Its", "Yesterday", "Today", "Tonight", "Now", "Then", "So", "Still", "Separately", "Why",
             "What", "Where", "Who", "How"}
# letters after a name that are no part of it: "Guy Mansfield QC", "Boris Johnson MP"
POST_NOMINALS = {"QC", "KC", "MP", "MEP", "MSP", "AM", "MLA", "TD", "Jr", "Jr.", "Sr", "Sr."}
HONORIFICS = {"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Gen.", "Gen", "Col.", "Lt.", "Adm.", "Sgt.",
              "Sheikh", "Mullah", "Ayatollah", "Prince", "Sir", "Lord", "Dame", "Archbishop", "Bishop", "Cardinal",
              "Rev.", "Imam", "Maj.", "Capt.", "Brig.", "Sen.", "Rep.", "Gov."}
# The commonest case endings machine translation leaves on names; a lone name with one of these is read
# as inflected even when the article gives no other sign of translation ("criticised Putina").
COMMON_ENDINGS = frozenset({"a", "u", "e", "em", "om", "ovi", "owi", "in", "ia", "iä", "n", "s", "lle", "lla", "llä",
                            "sta", "stä", "ssa", "ssä", "ille", "ista", "issa", "ym", "ą", "'in", "'ın", "’in"})

# head nouns that show an agent word is a modifier ("military exercise", "police station")
MODIFIED_NOUNS = {"exercise", "exercises", "base", "bases", "station", "stations", "ruling", "rulings", "operation",
                  "operations", "spending", "budget", "aid", "equipment", "vehicle", "vehicles", "source", "sources",
                  "reports", "report", "building", "headquarters", "election", "elections", "action", "actions",
                  "activity", "activities", "build-up", "buildup", "presence", "movements", "movement", "drills",
                  "drill", "hardware", "strategy", "doctrine", "term", "terms", "campaign", "policy", "policies",
                  "service", "personnel", "offensive", "control", "custody", "assistance", "support", "cooperation",
                  "decision", "order", "orders", "statement", "meeting", "talks", "summit", "visit", "sector",
                  "system", "recruitment", "training", "vehicles", "aircraft", "facility", "facilities", "post",
                  "posts", "positions", "position", "convoy", "convoys", "escort", "patrol", "patrols", "unit"}
# agent words that are often adjectives or noun modifiers ("military recruitment", "police station")
ADJECTIVAL_AGENTS = {"military", "police", "government", "opposition", "rebel", "separatist", "state", "court",
                     "army", "security", "intelligence", "media", "press", "parliament", "student", "union",
                     "civilian", "navy", "air force", "militia", "paramilitary", "terrorist", "insurgent",
                     "militant", "guerrilla", "jihadist", "refugee", "diplomat", "cabinet", "presidential office",
                     "presidency", "regime", "administration", "leadership", "defence ministry", "defense ministry"}


@dataclass
class Piece:
    """A stretch of tokens that names something: a KB entry, an agent noun, or an unknown person."""

    start: int                    # token index
    end: int                      # token index, exclusive
    start_char: int
    end_char: int
    kind: str                     # entry | agent | person (unknown name)
    entry: Entry | None = None
    agent: Agent | None = None
    surface_role: str = "name"    # name | adjective | capital | surname (entries)
    name: str | None = None       # for unknown persons: the name as written
    rule: str = "kb:exact"
    confidence: float = 1.0
    extra: dict = field(default_factory=dict)
    match_start: int | None = None  # where the name itself starts and ends, when the token is longer
    match_end: int | None = None    # ("Russian" in the token "Russian-backed")

    @property
    def is_country_like(self) -> bool:
        return self.kind == "entry" and self.entry is not None and self.entry.kind in ("country", "region")

    @property
    def is_person(self) -> bool:
        return self.kind == "person" or (self.kind == "entry" and self.entry is not None and self.entry.kind == "person")


def token_texts(doc: Doc) -> list[str]:
    """The tokens' texts, made once per Doc (iterating a Doc builds a Token object per token)."""
    cached = doc.user_data.get("fp_actor_texts")
    if cached is None or len(cached) != len(doc):
        cached = doc.user_data["fp_actor_texts"] = [t.text for t in doc]
    return cached


def annotated(doc: Doc, attr: str) -> bool:
    """doc.has_annotation, cached per Doc (it walks every token each time)."""
    key = "fp_actor_has_" + attr
    if key not in doc.user_data:
        doc.user_data[key] = doc.has_annotation(attr)
    return doc.user_data[key]


def _to_tokens(doc: Doc, start_char: int, end_char: int) -> tuple[int, int] | None:
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.start, span.end


def _best_surface(kb: KnowledgeBase, surfaces: list[Surface], day) -> Surface:
    def score(s: Surface):
        e = kb.entries.get(s.target)
        in_office = 0 if (e is not None and e.dated_at(day) is not None) else 1
        builtin = 0 if (e is not None and e.source != "builtin") else 1   # imported entries win
        return (ROLE_PRIORITY.get(s.role, 9), builtin, in_office)
    return min(surfaces, key=score)


def _sentence_initial(doc: Doc, i: int) -> bool:
    return i == 0 or doc[i].is_sent_start or doc[i - 1].text in ("\n", "\n\n", '"', "“", "‘", "'") or doc[i - 1].is_space


def find_pieces(doc: Doc, kb: KnowledgeBase, day, fuzzy_threshold: float) -> tuple[list[Piece], list[bool]]:
    """The knowledge base's pieces (names, agents, offices) and which tokens they took; names.py adds the
    unknown persons and short forms over the tokens left free."""
    text = doc_text(doc)
    hits = kb.matcher.find(text)
    name_hits = [replace(h, surfaces=[s for s in h.surfaces if s.role != "agent"]) for h in hits
                 if any(s.role != "agent" for s in h.surfaces)]
    agent_hits = [replace(h, surfaces=[s for s in h.surfaces if s.role == "agent"]) for h in hits
                  if any(s.role == "agent" for s in h.surfaces)]

    # bare last names need their full name somewhere in the article, or an honorific and the date: "Mr Straw"
    # in 2005 is the one Straw holding office that day (context.py then checks the article is about his country)
    named = {s.target for h in name_hits for s in h.surfaces if s.role == "name"}
    for h in name_hits:
        h.surfaces = [s for s in h.surfaces if s.role != "surname" or s.target in named
                      or _in_office_by_surname(kb, text, h, s, day)]
    name_hits = [h for h in name_hits if h.surfaces]

    # an inflected one-word name next to another capitalised word is part of another name
    # ("George Harrison" is not Kamala Harris + Hungarian -on; "Keith Richards")
    name_hits = [h for h in name_hits if not h.suffix or " " in text[h.start:h.end] or not _capitalised_neighbour(text, h)]
    # a lone inflected word ("Putinia") needs the person named elsewhere in the article, or other signs of
    # a translated text (an inflected full name): "Lagardere" in an English story is not Lagarde
    exact_targets = {s.target for h in name_hits if not h.suffix for s in h.surfaces}
    translated = any(h.suffix and " " in text[h.start:h.end] for h in name_hits)
    name_hits = [h for h in name_hits if not h.suffix or " " in text[h.start:h.end] or translated
                 or any(s.target in exact_targets for s in h.surfaces)
                 or (h.suffix in COMMON_ENDINGS and any(s.role == "name" for s in h.surfaces) and h.end - h.start >= 5)]

    votes: Counter = Counter()
    for h in name_hits:
        for lang in h.languages:
            votes[lang] += 1

    pieces: list[Piece] = []
    taken = [False] * (len(doc) + 1)
    for h in longest_first(name_hits):
        tok = _to_tokens(doc, h.start, h.token_end)
        if tok is None or any(taken[i] for i in range(*tok)):
            continue
        s = _best_surface(kb, h.surfaces, day)
        entry = kb.entries[s.target]
        if entry.kind == "person" and " " not in s.text and _other_first_name(kb, text, h, entry):
            continue    # "Jacques Barrot" is not Jean-Noel Barrot, "Ivanka Trump" not Donald Trump
        if entry.kind in ("organisation", "institution") and tok[1] - tok[0] == 1 and (
                _inside_other_name(doc, tok[0], hits) or _opens_other_name(doc, tok[0])
                or _heads_other_name(doc, tok[0], hits)):
            continue    # "the Trinamool Congress", "the Congress of South African Trade Unions": not the US Congress
        if s.role in ("name", "surname", "capital") and entry.kind in ("country", "person") and h.end - h.start <= 3 and not h.suffix:
            pass
        rule = "kb:exact"
        conf = 1.0 if s.role != "surname" else 0.9
        extra = {}
        if h.suffix:
            lang = pick_language(list(h.languages), votes)
            rule, conf = f"kb:inflected:{lang}", 0.9
            extra = {"suffix": h.suffix, "languages": list(h.languages)}
        if s.role == "surname":
            rule = "coref:surname" if not h.suffix else rule
            if s.target not in named and not h.suffix:
                rule, conf = IN_OFFICE_RULE, 0.8
        pieces.append(Piece(tok[0], tok[1], doc[tok[0]].idx, doc[tok[1] - 1].idx + len(doc[tok[1] - 1].text),
                            "entry", entry=entry, surface_role=s.role, rule=rule, confidence=conf, extra=extra,
                            match_start=h.start, match_end=h.token_end))
        for i in range(*tok):
            taken[i] = True

    _token_pass(doc, kb, pieces, taken, votes, fuzzy_threshold)
    _agent_pieces(doc, kb, agent_hits, pieces, taken)
    return pieces, taken


IN_OFFICE_RULE = "kb:surname:in-office"
SURNAME_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Baroness|Dame)\.?\s+$")


def _in_office_by_surname(kb: KnowledgeBase, text: str, h: Hit, s: Surface, day) -> bool:
    """"Mr Clarke" with no full name in the article: the person the KB knows by that surname, if an
    honorific stands before it and that person is the only one of the name holding an office on the day."""
    if day is None or h.suffix or not SURNAME_HONORIFIC.search(text[max(0, h.start - 12):h.start]):
        return False
    owners = kb.surname_owners.get(s.text, [])
    in_office = [o for o in owners if kb.entries[o].dated_at(day) is not None]
    return in_office == [s.target]


_WORD_BEFORE = re.compile(r"([A-Z][\w'’-]*)\s+$")
_WORD_AFTER = re.compile(r"^\s+([A-Z][\w'’-]*)")


def _capitalised_neighbour(text: str, h: Hit) -> bool:
    before = _WORD_BEFORE.search(text[max(0, h.start - 40):h.start])
    after = _WORD_AFTER.match(text[h.token_end:h.token_end + 40])
    return any(m is not None and m.group(1) not in NOT_NAMES and not _is_title_word(m.group(1)) for m in (before, after))


def _other_first_name(kb: KnowledgeBase, text: str, h: Hit, entry: Entry) -> bool:
    """A one-word name right after a capitalised word that is neither a title nor one of this person's names."""
    m = _WORD_BEFORE.search(text[max(0, h.start - 40):h.start])
    if m is None:
        return False
    word = m.group(1)
    if word in NOT_NAMES or word in HONORIFICS or word.rstrip(".") + "." in HONORIFICS or _is_title_word(word):
        return False
    if kb.agents.get(word.lower()) is not None or any(word in n.split() for n in entry.names):
        return False
    return True


def _name_word(tok) -> bool:
    """A capitalised word that may be part of a name: no function word or weekday (NOT_NAMES), particle or title."""
    return (tok.is_alpha and tok.text[:1].isupper() and tok.text not in NOT_NAMES and tok.lower_ not in NAME_PARTICLES
            and not _is_title_word(tok.text))


def _hits_over(tok, hits: list[Hit]) -> list[Hit]:
    """The matcher's hits that cover any of the token's characters."""
    return [h for h in hits if h.start < tok.idx + len(tok.text) and h.end > tok.idx]


def _inside_other_name(doc: Doc, i: int, hits: list[Hit]) -> bool:
    """A one-word body's name that ends a longer name of one organisation the model reads, whose words before
    it the KB does not know ("the Trinamool Congress"): another body's name."""
    tok, before = doc[i], doc[i - 1] if i > 0 else None
    if before is None or tok.ent_iob_ != "I" or tok.ent_type_ != "ORG" or before.ent_type_ != "ORG" \
            or before.is_sent_start or not _name_word(before):
        return False
    if tok.text.isupper():
        return False     # an acronym keeps its body inside a longer name: "the Continuity IRA" is an IRA
    return not _hits_over(before, hits)


def _heads_other_name(doc: Doc, i: int, hits: list[Hit]) -> bool:
    """A one-word body's name that is also the last word of organisation names ("Congress") ends another
    name when a capitalised word no KB name covers stands before it, whatever the model reads ("the All
    Progressives Congress", "the Pan-Africanist Congress"), and names another body when a party word follows
    ("the Congress party" of India)."""
    tok = doc[i]
    if tok.lower_ not in NAME_HEADS or tok.text.isupper():
        return False
    if i + 1 < len(doc) and doc[i + 1].lower_ in ("party", "parties"):
        return True
    if i == 0:
        return False
    before = doc[i - 1]
    if _sentence_initial(doc, before.i) or not _name_word(before) \
            or not any(t.is_alpha and len(t) > 3 and t.is_lower for t in tok.sent):
        return False    # a title-case headline's capitals say nothing ("Greenspan Worried Congress")
    over = _hits_over(before, hits)
    # no name the KB knows there; an agent's phrase that holds both words ("the Indian National Congress")
    # is the longer name and takes them
    return not over or any(all(s.role == "agent" for s in h.surfaces) and h.end >= tok.idx + len(tok.text)
                           for h in over)


def _opens_other_name(doc: Doc, i: int) -> bool:
    """A one-word body's name that opens a longer name of one organisation the model reads, going on with "of"
    and a capitalised word ("the Congress of South African Trade Unions", "the Congress of the People")."""
    tok = doc[i]
    if tok.ent_type_ != "ORG" or tok.text.isupper() or i + 2 >= len(doc):
        return False
    of = doc[i + 1]
    nxt = doc[i + 3] if doc[i + 2].lower_ == "the" and i + 3 < len(doc) else doc[i + 2]
    return of.lower_ == "of" and of.ent_iob_ == "I" and nxt.ent_iob_ == "I" and nxt.text[:1].isupper()


def _is_title_word(word: str) -> bool:
    return word.lower() in ("president", "minister", "premier", "chancellor", "leader", "secretary", "general",
                            "spokesman", "prime", "foreign", "opposition", "russian", "ukrainian", "kremlin")


def _token_pass(doc: Doc, kb: KnowledgeBase, pieces: list[Piece], taken: list[bool], votes: Counter,
                fuzzy_threshold: float) -> None:
    """Names the matcher missed: vowel-replacing endings, and (next to a person cue) fuzzy spellings."""
    known = kb.single_word_names
    named = {p.entry.id for p in pieces if p.entry is not None}
    translated = any(p.rule.startswith("kb:inflected") and p.end - p.start > 1 for p in pieces)
    for i, text in enumerate(token_texts(doc)):
        if taken[i] or len(text) < 4 or not text[:1].isupper() or not text.isalpha() or text in NOT_NAMES:
            continue
        if text in known:
            continue      # a known name as written that the matcher's checks turned down ("Cyrus Vance")
        t = doc[i]
        if _capitalised_neighbour(doc_text(doc), Hit(t.idx, t.idx + len(text), t.idx + len(text), [])):
            continue      # "Sean Dudas" is not Duda + German -s
        for base, suffix, langs in analyse(t.text, lambda s: s in known):
            surfaces = [s for s in known[base] if s.role != "surname" or _named_in(pieces, s.target)]
            if not t.text.startswith(base):
                # a replaced final vowel ("Obamovi") is a rule for persons' names only: "Franco" is not "France"
                surfaces = [s for s in surfaces if kb.entries[s.target].kind == "person"]
            if not translated and (suffix not in COMMON_ENDINGS or not t.text.startswith(base)):
                # as for the matcher's endings: the person must be named elsewhere in the article; always so
                # for a replaced vowel ("Monte" is not Monti, "Mode" not Modi)
                surfaces = [s for s in surfaces if s.target in named]
            if not surfaces:
                continue
            s = _best_surface(kb, surfaces, None)
            lang = pick_language(langs, votes)
            start, end = _extend_left(doc, kb.entries[s.target], t.i, base, taken)
            pieces.append(Piece(start, t.i + 1, doc[start].idx, t.idx + len(t.text), "entry", entry=kb.entries[s.target],
                                surface_role=s.role, rule=f"kb:inflected:{lang}", confidence=0.85,
                                extra={"suffix": suffix, "languages": langs, "base": base}))
            for i in range(start, t.i + 1):
                taken[i] = True
            break


def _named_in(pieces: list[Piece], entry_id: str) -> bool:
    return any(p.entry is not None and p.entry.id == entry_id and p.surface_role == "name" for p in pieces)


def _extend_left(doc: Doc, entry: Entry, i: int, base: str, taken: list[bool]) -> tuple[int, int]:
    """"Vladimira Putina": take the inflected first name(s) before an inflected last name too."""
    for n in entry.names:
        words = n.split()
        if len(words) < 2 or words[-1] != base:
            continue
        k = len(words) - 1
        j = i - 1
        ok = True
        while k > 0:
            k -= 1
            if j < 0 or taken[j]:
                ok = False
                break
            w, tok = words[k], doc[j].text
            if not (tok == w or (tok.startswith(w) and tok[len(w):] in ALL_SUFFIXES)):
                ok = False
                break
            j -= 1
        if ok:
            return j + 1, i + 1
    return i, i + 1


def _agent_pieces(doc: Doc, kb: KnowledgeBase, agent_hits: list[Hit], pieces: list[Piece], taken: list[bool]) -> None:
    has_pos = annotated(doc, "TAG")
    chosen = longest_first(agent_hits)
    agent_starts = {h.start for h in chosen}
    for h in chosen:
        if h.suffix:
            continue
        tok = _to_tokens(doc, h.start, h.end)
        if tok is None:
            continue
        if any(taken[i] for i in range(*tok)):
            # "Ukraine's Security Council": an organisation name that is also an agent noun, after a country
            over = [p for p in pieces if p.kind == "entry" and p.start == tok[0] and p.end == tok[1]
                    and p.entry.kind in ("organisation", "institution")]
            inside = _inside_written_name(doc, kb, h, tok, pieces)
            if inside:
                for p in inside:       # "the African National Congress": a party, not Africa and the US Congress
                    pieces.remove(p)
            elif not over or not _after_country(doc, pieces, tok[0]):
                continue
            else:
                pieces.remove(over[0])
        agent = kb.agents.get(h.surfaces[0].target[len("agent:"):])
        if agent is None:
            continue
        if _inside_proper_name(doc, tok, agent, taken):
            continue    # "National Union for the Total Independence of Angola" is a name, not a trade union
        if agent.phrase == "state" and tok[1] - tok[0] == 1 and tok[0] > 0 and doc[tok[0] - 1].pos_ == "PROPN" \
                and doc[tok[0] - 1].head.i == tok[0] and (tok[1] >= len(doc) or doc[tok[1]].lower_ != "of"):
            continue    # "in Katsina state", "Borno State": a federal state named, a place, not the government
            #             (but "the Sovereign State of Biafra" is a longer name)
        if agent.written and agent.role != "PTY" and tok[0] > 0 and doc[tok[0] - 1].like_num:
            continue    # "at 3 PM": an abbreviation after a number is a unit, not the prime minister
        nxt = tok[1]
        if agent.role != "PTY" and nxt < len(doc) and doc[nxt].text in ("Party", "Parties") \
                and doc[tok[0]].text[:1].isupper():
            continue    # "the National Congress Party": a party's name, not the congress
        if agent.phrase == "opposition" and nxt < len(doc) and doc[nxt].lower_ == "to":
            continue    # "its longtime opposition to disarmament": the stance, not the opposition
        if (nxt < len(doc) and not taken[nxt] and doc[nxt].idx not in agent_starts
                and _modifies_next(doc[nxt], has_pos, agent.phrase in ADJECTIVAL_AGENTS)
                and not _force_of_country(doc, pieces, tok[0], agent)):
            continue    # "military exercise": the agent word is an adjective here
        end = _portfolio_end(doc, tok[1], taken) if agent.phrase.split()[-1] in PORTFOLIO_HEADS else tok[1]
        pieces.append(Piece(tok[0], end, doc[tok[0]].idx, doc[end - 1].idx + len(doc[end - 1].text),
                            "agent", agent=agent, rule="kb:agent"))
        for i in range(tok[0], end):
            taken[i] = True


def _inside_written_name(doc: Doc, kb: KnowledgeBase, h: Hit, tok: tuple[int, int], pieces: list[Piece]) -> list[Piece]:
    """The KB's pieces that a longer name written as the KB writes it (a party's, capitals included) holds whole:
    "the African National Congress" is one party, not a region and the US Congress. Persons keep their
    names ("With Monti" is an Italian list, but "With Monti's backing" names Monti)."""
    agent = kb.agents.get(h.surfaces[0].target[len("agent:"):])
    if agent is None or not agent.written or tok[1] - tok[0] < 2:
        return []
    over = [p for p in pieces if p.start < tok[1] and p.end > tok[0]]
    if not over or any(p.start < tok[0] or p.end > tok[1] or p.kind != "entry" or p.entry.kind == "person"
                       or (p.start, p.end) == tok for p in over):
        return []
    return over


# last words of organisation names ("Homeland Union", "Islamic Salvation Front", "Sudan Liberation Army")
NAME_HEADS = {"union", "unions", "front", "army", "party", "parties", "movement", "alliance", "league", "brigade",
              "brigades", "group", "forces", "force", "guard", "organisation", "organization", "congress",
              "committee", "council", "coalition", "network", "militia", "battalion", "regiment"}


def _inside_proper_name(doc: Doc, tok: tuple[int, int], agent: Agent, taken: list[bool]) -> bool:
    """A capitalised agent noun right after a capitalised word that no KB name covers ends an unknown name."""
    first = doc[tok[0]]
    if agent.phrase.split()[-1] not in NAME_HEADS or not first.text[:1].isupper() or tok[0] == 0:
        return False
    prev = doc[tok[0] - 1]
    return (prev.text[:1].isupper() and prev.is_alpha and not taken[prev.i] and not _sentence_initial(doc, prev.i)
            and prev.text not in NOT_NAMES)


PORTFOLIO_HEADS = {"minister", "ministers", "ministry", "secretary", "commissioner", "department", "minister-designate"}


def _portfolio_end(doc: Doc, i: int, taken: list[bool]) -> int:
    """"Minister for Interior", "Ministry of Planning and Investment": the capitalised portfolio is part of
    the title (and says which office it is)."""
    if i + 1 >= len(doc) or doc[i].lower_ not in ("of", "for") or taken[i + 1]:
        return i
    k = i + 1
    if doc[k].lower_ == "the":
        k += 1
    end = k
    while end < len(doc) and not taken[end] and end - k < 5 and (
            doc[end].text[:1].isupper() and doc[end].is_alpha or doc[end].lower_ in ("and", "&") and end > k):
        end += 1
    while end > k and doc[end - 1].lower_ in ("and", "&"):
        end -= 1
    return end if end > k else i


def _after_country(doc: Doc, pieces: list[Piece], i: int) -> bool:
    j = i - 1
    while j >= 0 and doc[j].text in ("'s", "’s", "'", "’", "the"):
        j -= 1
    return any(p.is_country_like and p.end == j + 1 for p in pieces)


def _force_of_country(doc: Doc, pieces: list[Piece], i: int, agent: Agent) -> bool:
    """"Israeli army bulldozers", "an Israeli army patrol", "a Cambodian refugee camp": an agent word that
    modifies the noun after it, right after a country's adjective or name, still names that country's body or
    people (the compound's role); without a country ("military exercise", "police station") it is no actor,
    nor after a possessive, which owns the noun after it ("Israel's militia ally" is Israel's ally, a militia of
    Lebanon). "state" keeps its reading as a modifier: a state bank or firm is no government."""
    return agent.phrase != "state" and any(p.is_country_like and p.end == i for p in pieces)


def _modifies_next(tok, has_pos: bool, adjectival: bool) -> bool:
    """Is the agent word before `tok` a modifier of `tok` rather than a noun of its own?"""
    if not tok.is_alpha or not tok.text.islower():
        return False
    if tok.lower_ in MODIFIED_NOUNS:
        return True
    # with a parser: the agent word depends on the noun after it ("military" <- "exercise"); without one,
    # only the listed head nouns count (a plain word after "government" is as often its verb: "provide")
    if not (adjectival and has_pos and tok.tag_ in ("NN", "NNS") and tok.i > 0 and doc_head_is(tok)):
        return False
    # "the Sudanese government end curbs": a noun-tagged word followed by a noun phrase is a verb
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return after is None or after.tag_ not in ("NN", "NNS", "NNP", "NNPS", "DT", "PRP", "PRP$", "CD", "JJ")


def doc_head_is(tok) -> bool:
    """The word before `tok` (the agent) depends on `tok`: "military" <- "exercise"."""
    prev = tok.doc[tok.i - 1]
    return prev.head.i == tok.i
