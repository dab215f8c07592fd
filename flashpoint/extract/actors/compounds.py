"""Combine pieces into actors: "Kremlin spokesman Dmitry Peskov" is one person coded RUSGOV.

Pieces that belong together are linked into a chain when only these stand between them:
  country adjective + agent      up to three modifiers   "Russian troops", "some 4,000 heavily armed Russian soldiers"
  country name + agent           nothing, "'s" (+ modifiers), or "the" before a capitalised agent (machine
                                 translation: "The United States the Foreign Ministry")
  organisation/institution + agent  nothing or "'s"      "NATO envoys", "Kremlin spokesman"
  agent + agent                  nothing or "of (the)"   "Foreign Ministry spokesman", "Representative of the Ministry of Defense"
  agent + country/organisation   "of (the)"; an organisation also right after ("news agency AFP")
  agent or country + person      nothing                 "Ukrainian President Volodymyr Zelensky"
  person + agent                 "'s", or nothing before a body ("the Biden administration")
  country adjective + a nation   nothing                 "Bosnian Serbs", "Bosnian Serb forces", "Kosovo Albanians"
                                 (the nation's people in the plural after a name): the first country's, the nation
                                 kept as the mention's ethnicity
A chain then gives one actor: a known person keeps the code the KB gives for the day; otherwise the code is
the country (or organisation) plus the head agent's role, where a spokesman-like head takes the role of what
it speaks for, a rebel/opposition modifier wins ("rebel commander" REB), and "former" turns GOV into ELI.
Coordinated countries share the agent ("Hungarian and Romanian officials"); "Russian-backed separatists"
records Russia as backer and leaves the separatists' country to the context (extract/actor_context.py).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz
from spacy.tokens import Doc, Span

from flashpoint.codes.agents import (
    INSTITUTIONAL_ROLES,
    NON_STATE_ROLES,
    PARTY_MEMBER_ROLES,
    TITLE_ROLES,
)
from flashpoint.extract.actors.context import place_countries
from flashpoint.extract.actors.pieces import NOT_NAMES, Piece, annotated
from flashpoint.extract.base import ActorMention, doc_text, sentence_index
from flashpoint.extract.words import (COMMUNITY_NOUNS, NAMESAKE_OFFICES, OWNER_PRONOUNS, PLACE_LEAD_WORDS,
                                      POSSESSIVE)
from flashpoint.kb.knowledge_base import KnowledgeBase
from flashpoint.kb.model import Entry, sector_of
from flashpoint.kb.offices import office_key
from flashpoint.nlp.datelines import story_openings

DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those"}
FUNCTION_WORDS = DETERMINERS | {
    "and", "or", "but", "nor", "of", "to", "in", "on", "at", "by", "for", "from", "with", "into", "over", "after",
    "before", "against", "about", "as", "than", "that", "which", "who", "whom", "whose", "it", "they", "he", "she",
    "we", "you", "i", "not", "no", "also", "has", "have", "had", "is", "are", "was", "were", "be", "been", "being",
    "will", "would", "could", "should", "may", "might", "can", "must", "did", "does", "do", "said", "says", "say",
    "told", "tells", "warned", "warns", "accused", "accuses", "called", "calls", "asked", "urged", "met", "sent",
    "sends", "send", "there", "here", "if", "when", "while", "where", "so", "then", "now", "still", "yet", "all",
    "both", "each", "every", "other", "another", "such", "what", "how", "why", "because", "since", "until",
    "reported", "reports", "claimed", "claims", "announced", "announces", "added", "stated", "stressed",
    "today", "yesterday", "tonight", "tomorrow", "now", "then", "recently", "earlier", "later", "again", "already",
}
# participles that do modify the noun after them ("armed separatists", "jailed opposition leader")
PARTICIPLE_MODIFIERS = {"armed", "exiled", "elected", "detained", "jailed", "displaced", "wounded", "injured",
                        "retired", "united", "proclaimed", "trained", "disgruntled", "ousted", "deposed", "embattled"}
MODIFIER_TAGS = {"JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "VBN", "RB", "HYPH", "VBG"}
# "Russian-backed separatists", "the al Qaeda-linked al Shabaab group": the modifier is the backer or an ally,
# not the actor
BACKING_WORDS = ("backed", "supported", "sponsored", "allied", "aligned", "funded", "armed", "controlled", "installed",
                 "trained", "friendly", "leaning", "linked", "affiliated", "associated", "inspired", "tied", "loyal")
BACKED = re.compile(r"^\s*-\s*(" + "|".join(BACKING_WORDS) + r")\b", re.IGNORECASE)
LED = re.compile(r"^\s*-\s*led\b", re.IGNORECASE)
PRO = re.compile(r"\bpro\s*-\s*$", re.IGNORECASE)
ANTI = re.compile(r"\banti\s*-\s*$", re.IGNORECASE)
ETHNIC = re.compile(r"\bethnic\s+$", re.IGNORECASE)
NOT_ACTOR = re.compile(r"^\s*-\s*(occupied|annexed|made|built|born|based|speaking|language|registered|held|era|style|"
                       r"brokered|mediated|flagged|bound|designed|produced)\b", re.IGNORECASE)


@dataclass
class Chain:
    pieces: list[Piece] = field(default_factory=list)
    backers: list[Piece] = field(default_factory=list)   # "Russian" in "Russian-backed separatists"
    led_by: Piece | None = None                            # "Saudi" in "Saudi-led coalition": the owner
    shared: list[Piece] = field(default_factory=list)      # agents shared by coordination ("Hungarian and ...")

    @property
    def start(self) -> int:
        return min(p.start for p in self.pieces + self.backers)

    @property
    def end(self) -> int:
        return max(p.end for p in self.pieces + self.backers)


def _is_modifier(tok, has_pos: bool) -> bool:
    if tok.text in ("-", "–"):
        # "Kremlin-backed", "Arab-Israeli": a hyphen inside a word; a dash with spaces both sides separates
        # ("AFP - Islamist rebels attacked", "Reuters - Government warplanes": a credit line, then the story)
        return not (tok.whitespace_ and tok.i > 0 and tok.doc[tok.i - 1].whitespace_)
    if tok.like_num:
        return True
    if not tok.is_alpha or tok.lower_ in FUNCTION_WORDS:
        return False
    if has_pos:
        return tok.tag_ in MODIFIER_TAGS
    # no tagger: a word in -ed is more likely a verb ("welcomed") unless it is a known modifier
    return not tok.lower_.endswith("ed") or tok.lower_ in PARTICIPLE_MODIFIERS


def _gap(doc: Doc, a: Piece, b: Piece) -> list:
    return list(doc[a.end:b.start])


def _mods(gap: list, has_pos: bool, limit: int) -> bool:
    return len(gap) <= limit and all(_is_modifier(t, has_pos) for t in gap)


def _is_of(gap: list) -> bool:
    return [t.lower_ for t in gap] in (["of"], ["of", "the"])


def _kind(p: Piece) -> str:
    if p.kind == "agent":
        return "agent"
    if p.kind == "person" or p.entry.kind == "person":
        return "person"
    if p.entry.kind in ("country", "region"):
        return "country"
    return "org"


def _opens_story(doc: Doc, a: int, b: int) -> bool:
    """A dateline closes between characters a and b: b is at or after the first word of its story."""
    return any(start <= a < story <= b for start, story in story_openings(doc_text(doc)))


def link(doc: Doc, chain: list[Piece], b: Piece, has_pos: bool) -> bool:
    """May piece b join the actor whose pieces so far are `chain` (b comes after them)?"""
    a = chain[-1]
    if sentence_index(doc, a.start) != sentence_index(doc, max(b.start, 0)):
        return False
    if b.start < len(doc) and _opens_story(doc, doc[a.start].idx, doc[b.start].idx):
        return False      # "AFP - President George W. Bush said": the dateline's agency is no part of the name
    gap = _gap(doc, a, b)
    ka, kb_ = _kind(a), _kind(b)
    texts = [t.text for t in gap]
    if kb_ == "agent":
        if b.agent.kind == "weapon" and ka != "country":
            return False      # "the Myanmar military('s) air strike": the military is the actor, the strike no part
        if ka == "country":
            if a.surface_role == "adjective" or a.entry.kind == "region":
                return _mods(gap, has_pos, 3)
            if not gap:
                return True
            if texts[0] in POSSESSIVE:
                return _mods(gap[1:], has_pos, 3)
            if has_pos and len(gap) <= 2 and all(t.tag_ == "JJ" for t in gap):
                return True       # a name as a modifier before adjectives: "US civil rights groups"
            # machine translation: "The United States the Foreign Ministry has warned ..."
            return texts == ["the"] and doc[b.start].text[:1].isupper()
        if ka == "org":
            return _mods(gap, has_pos, 2) or (texts[0] in POSSESSIVE and _mods(gap[1:], has_pos, 2))
        if ka == "person":
            return (bool(gap) and texts[0] in POSSESSIVE and _mods(gap[1:], has_pos, 2)) or (not gap and b.agent.kind == "body")
        if ka == "agent":
            return not gap or _is_of(gap)
    if kb_ == "country" and ka == "country" and not gap and a.entry.kind == "country" and b.entry.kind == "region":
        return True       # "U.S. European troops": a region qualifies the country's forces; the country owns them
    if kb_ == "country" and ka == "country" and not gap and _people_of_a_nation(doc, a, b):
        return True       # "Bosnian Serbs", "Kosovo Albanians": a nation's people in another country are its
    if kb_ in ("country", "org"):
        if ka == "agent":
            # "President of Ukraine", "leaders of NATO"; not "leaders of West German industry" (an adjective)
            return (_is_of(gap) and b.surface_role != "adjective") or (not gap and kb_ == "org")
        if ka == "person" and a.kind == "person":
            return texts == ["of"] and kb_ == "country"
        return False
    if kb_ == "person":
        if ka == "agent":
            titled = any(x.kind == "agent" and (x.agent.kind == "person" or x.agent.written) for x in chain)
            return titled and (not gap or all(t.text.rstrip(".") in ("Mr", "Mrs", "Ms", "Dr", "Gen", "Adm", "Col") for t in gap))
        if ka == "country":
            if not gap:      # "Chinese Xi Jinping"; a country's name right before a name the KB does not know
                return a.surface_role != "name" or b.kind != "person"      # is a first name: "Jordan Hayes"
            return ((a.surface_role == "adjective" and _mods(gap, has_pos, 2))
                    or (texts[0] in POSSESSIVE and _mods(gap[1:], has_pos, 2)))      # "Jordan's King Abdullah II"
        if ka == "org":
            return not gap or (texts[0] in POSSESSIVE and len(gap) == 1)
    return False


def _people_of_a_nation(doc: Doc, a: Piece, b: Piece) -> bool:
    """Piece b names the people of one nation ("Serbs", "Albanians", or its adjective after another adjective: "Serb")
    right after another country's adjective, or in the plural after its name ("Bosnian Serbs", "Bosnian Serb forces",
    "Kosovo Albanians"): an ethnic group of that country, whose actor the country codes (the nation is kept as its
    ethnicity)."""
    return a.entry.kind == "country" and b.entry.kind == "country" and b.surface_role == "adjective" and \
        (a.surface_role == "adjective" or (a.surface_role == "name" and doc[b.end - 1].text.endswith("s"))) and \
        (a.entry.code or "")[:3] != (b.entry.code or "")[:3]


def build_chains(doc: Doc, pieces: list[Piece]) -> list[Chain]:
    has_pos = annotated(doc, "TAG")
    text = doc_text(doc)
    chains: list[Chain] = []
    for p in pieces:
        backer = led = False
        if p.is_country_like or (p.kind == "entry" and p.entry.kind in ("organisation", "institution")):
            m_start = p.match_start if p.match_start is not None else p.start_char
            m_end = p.match_end if p.match_end is not None else p.end_char
            after, before = text[m_end:m_end + 30], text[max(0, m_start - 8):m_start]
            if NOT_ACTOR.match(after) or ANTI.search(before):
                continue          # "Israeli-occupied", "anti-Syria": the country is not the actor here
            backer = bool(BACKED.match(after)) or bool(PRO.search(before))
            led = bool(LED.match(after))
            if p.is_country_like and p.surface_role == "adjective" and ETHNIC.search(before):
                p.extra["ethnic"] = p.entry.code      # "ethnic Albanians in Serbia" live in Serbia
        cur = chains[-1] if chains else None
        if backer or led:
            # the modifier attaches to what follows: start a chain that waits for its head
            ch = Chain()
            if backer:
                ch.backers.append(p)
            else:
                ch.led_by = p
            chains.append(ch)
            continue
        if cur is not None and not cur.pieces and (cur.backers or cur.led_by):
            prev = cur.backers[-1] if cur.backers else cur.led_by
            gap = [t for t in doc[prev.end:p.start] if t.text not in ("-", "–") and t.lower_ not in BACKING_WORDS
                   and t.lower_ != "led"]
            if len(gap) <= 2 and all(_is_modifier(t, has_pos) for t in gap) and sentence_index(doc, prev.start) == sentence_index(doc, p.start):
                cur.pieces.append(p)
                continue
        if cur is not None and cur.pieces and link(doc, cur.pieces, p, has_pos) and not (
                p.is_person and any(x.is_person for x in cur.pieces)):
            cur.pieces.append(p)
            continue
        chains.append(Chain(pieces=[p]))
    # a modifier with nothing after it is an actor in its own right ("Russian-backed" + unknown noun)
    for ch in chains:
        if not ch.pieces:
            for p in ch.backers:
                p.extra["modifier"] = "backed"   # "a Kenyan-led mission": of another noun, no setting for the
            if ch.led_by:                        # sentence's other actors (actors/context.py)
                ch.led_by.extra["modifier"] = "led"
            ch.pieces = list(ch.backers) + ([ch.led_by] if ch.led_by else [])
            ch.backers, ch.led_by = [], None
    return chains


def _coordinated(doc: Doc, chains: list[Chain]) -> None:
    """"Hungarian and Romanian officials": a bare country right before "and"/","/"or" shares the agent."""
    for i, ch in enumerate(chains):
        first = ch.pieces[0]
        if not first.is_country_like or len(ch.pieces) < 2 or ch.pieces[1].kind != "agent" or ch.backers:
            continue
        head = [p for p in ch.pieces if p.kind == "agent"][-1].agent
        if any(p.is_person for p in ch.pieces) or not (head.plural or head.kind in ("group", "body")):
            continue          # "Syria and Palestinian leader Yasser Arafat": one leader, not Syria's
        j, start = i - 1, first.start
        while j >= 0:
            prev = chains[j]
            if len(prev.pieces) != 1 or not prev.pieces[0].is_country_like or prev.backers or prev.led_by:
                break
            gap = [t.lower_ for t in doc[prev.pieces[0].end:start]]
            # the conjunction stands before the last item: "Hungarian, Romanian and Czech officials"
            if gap not in ((["and"], ["or"], [",", "and"], [",", "or"]) if j == i - 1 else ([","],)):
                break
            p0 = prev.pieces[0]
            if first.surface_role == "adjective" and p0.surface_role != "adjective" and not _short_name(doc, p0):
                break
            prev.shared = ch.pieces[1:]
            start = prev.pieces[0].start
            j -= 1


def _one_holder(kb: KnowledgeBase, key: str, holder_for: str, day, org: Piece | None):
    """The one person holding the office that day; for an organisation's office, among several holders
    under its code (the UN's agencies share IGOUNO), the one whose title names the organisation."""
    found = kb.offices.holders(key, holder_for, day)
    if len(found) > 1 and org is not None:
        names = [n for n in org.entry.names if len(n) >= 2]
        def titled(p):
            role = p.dated_at(day)
            t = f" {role.title} " if role and role.title else ""
            return any(re.search(rf"(?<![\w.]){re.escape(n)}(?![\w])", t) for n in names)
        found = [p for p in found if titled(p)]
    return found[0] if len(found) == 1 else None


def _definite_title(doc: Doc, head: Piece) -> bool:
    """"the chancellor", "The Home Secretary": an office title in the singular right after "the"."""
    return (head.agent.title is not None and not head.agent.plural and head.start > 0
            and doc[head.start - 1].lower_ == "the" and head.end - head.start <= 3)


def _after_group_name(doc: Doc, i: int) -> bool:
    """"Yoruba leaders", "Ibo traditional elders": a capitalised name (of a people, a party) before a noun
    that would not stand alone."""
    j = i - 1
    if j >= 0 and doc[j].is_alpha and doc[j].text.islower() and doc[j].lower_ not in FUNCTION_WORDS:
        j -= 1
    return (j >= 0 and doc[j].is_alpha and doc[j].text[:1].isupper() and not doc[j].is_sent_start
            and doc[j].text not in ("The", "A", "An", "I"))


def _shadow(doc: Doc, i: int) -> bool:
    """"Shadow" opens the title that ends at token i: "Shadow Constitutional Affairs Secretary"."""
    j = i - 1
    while j >= 0 and i - j <= 4 and doc[j].is_alpha and doc[j].text[:1].isupper() and doc[j].lower_ != "shadow":
        j -= 1
    return j >= 0 and i - j <= 4 and doc[j].lower_ == "shadow"


def _short_name(doc: Doc, p: Piece) -> bool:
    """"US", "U.S.", "UK", "UAE": names used as adjectives ("US and British forces")."""
    text = doc_text(doc)[p.start_char:p.end_char]
    return len(text) <= 6 and text.replace(".", "").isupper()


def chain_mentions(doc: Doc, kb: KnowledgeBase, chains: list[Chain], day) -> list[ActorMention]:
    _coordinated(doc, chains)
    starts = {p.start for ch in chains for p in ch.pieces}
    countries = {p.start for ch in chains for p in ch.pieces if p.kind == "entry" and p.entry.kind == "country"}
    owners = countries | {p.start for ch in chains for p in ch.pieces
                          if p.kind == "entry" and p.entry.kind == "organisation"}
    out = []
    for ch in chains:
        if _inside_a_longer_name(doc, ch, starts):
            continue
        m = _mention(doc, kb, ch, day, _named_body(doc, ch, starts), countries, owners)
        if m is not None:
            out.append(m)
    return out


NAMED_BODY_WORDS = 4        # words of a name a body noun may carry ("the opposition newspaper La Prensa")


def _named_body(doc: Doc, ch: Chain, starts: set[int]) -> int | None:
    """"the opposition newspaper La Prensa", "the news agency Interfax": a body noun written in lower case
    right before capitalised words no KB name claims names that body; the end of the name, else None."""
    last = ch.pieces[-1]
    if last.kind != "agent" or last.agent.kind != "body" or not doc[last.end - 1].text.islower():
        return None
    k = last.end
    while (k < len(doc) and k - last.end < NAMED_BODY_WORDS and k not in starts and doc[k].is_alpha
           and doc[k].text[:1].isupper() and not doc[k].is_sent_start and doc[k].text not in NOT_NAMES):
        k += 1
    if k == last.end or (k < len(doc) and k in starts):
        return None         # no name, or one running into a KB name ("the agency AFP" is a compound already)
    return k


def _placed_body(doc: Doc, kb: KnowledgeBase, head: Piece, countries: set[int]) -> bool:
    """"A court in Istanbul", "the university in Kabul": a body noun that would not stand alone, set by
    "in" in a country or a place the gazetteer knows; the context gives it that country (context.py).
    Not forces ("tanks in Normandy", "the fleet in Tartus" are often another country's), nor a state body
    a noun qualifies ("the fee regime in Scotland" is a policy, not a government)."""
    j = head.end
    if (head.agent.kind != "body" or (head.agent.role or "")[:3] in ("MIL", "SPY") or j >= len(doc)
            or doc[j].lower_ != "in"):
        return False
    if (head.agent.role or "").startswith("GOV") and head.start > 0 and doc[head.start - 1].tag_ in ("NN", "NNS"):
        return False
    j += 1
    while j < len(doc) and doc[j].lower_ in PLACE_LEAD_WORDS:
        j += 1              # "in eastern Ukraine", "in the capital Kabul"
    if j >= len(doc) or not doc[j].text[:1].isupper():
        return False
    return j in countries or len(set(place_countries(kb, doc[j:j + 3].text))) == 1


def _inside_a_longer_name(doc: Doc, ch: Chain, starts: set[int]) -> bool:
    """"the German Federal Labour Office", "Labour Day": a party name (an agent matched as written) that a
    capitalised word nothing else claims continues is part of a longer name, not the party."""
    last = ch.pieces[-1]
    if last.kind != "agent" or not last.agent.written or last.agent.role != "PTY" or last.end >= len(doc) \
            or last.end in starts:
        return False
    nxt = doc[last.end]
    return nxt.is_alpha and nxt.text[:1].isupper() and not nxt.is_sent_start


def _owned_by_state(doc: Doc, head: Piece, owners: frozenset[int] | set[int]) -> bool:
    """"Bosnian Serbs said their forces had withdrawn", "Russia said its warplanes ...": a state organ that
    would not stand alone, owned by "its"/"their" with a country or organisation named before in this
    sentence or the one before (context.py's possessor clue then gives its country)."""
    i = head.start - 1
    if i < 0 or doc[i].lower_ not in OWNER_PRONOUNS or (head.agent.role or "")[:3] not in INSTITUTIONAL_ROLES:
        return False
    si = sentence_index(doc, i)
    return any(o < i and si - sentence_index(doc, o) <= 1 for o in owners)


def _namesake(entry: Entry, title: Span) -> bool:
    """The title before a known person's name names a state office other than every one the knowledge base gives
    them ("Defence Minister" before the prime minister Pedro Sánchez): someone else of the same name. Only for
    persons whose offices are listed."""
    key = office_key(" ".join(t.text for t in title if t.lower_ not in DETERMINERS))
    if not key or not (key in NAMESAKE_OFFICES or key.endswith(("minister", "secretary"))):
        return False    # "leader", "chief", "spokesman": no office specific enough to tell two people apart
    held = {office_key(d.title) for d in entry.dated if d.title} - {None}
    # "minister" before a prime minister, "president" before a vice president: one office said loosely
    return bool(held) and not any(key in h or h in key for h in held)


def _titled_elite(kb: KnowledgeBase, pcode: str, head: Piece | None, person: Piece, role: str | None) -> bool:
    """A known person the knowledge base holds no office for on the day (code ...ELI: out of office, or an office
    it does not list), written after a title of the present that gives a role of state or party ("Labour leader
    Shimon Peres", "Israeli President Moshe Katsav", "President Assad"): the text's title says what they are
    now. Not after "former", "ousted" and the like (the role read from the title is then ELI itself), nor after
    a bare "leader", which leads a government, a party or a rebellion alike (a word before it must say which:
    "Labour leader", "opposition leader")."""
    country, prole = kb.split(pcode)
    bare_leader = head is not None and head.agent.title == "leader" and role == head.agent.role
    return (prole == "ELI" and country is not None and head is not None and head.agent.title is not None
            and head.end <= person.start and role in TITLE_ROLES and not bare_leader)


def _mention(doc: Doc, kb: KnowledgeBase, ch: Chain, day, named_end: int | None = None,
             countries: frozenset[int] | set[int] = frozenset(),
             owners: frozenset[int] | set[int] = frozenset()) -> ActorMention | None:
    pieces = ch.pieces
    agents = [p for p in pieces if p.kind == "agent"] + [p for p in ch.shared if p.kind == "agent"]
    entries = [p for p in pieces if p.kind == "entry" and p.entry.kind != "person"]
    persons = [p for p in pieces if p.is_person]
    community = agents[-1] if agents and agents[-1].agent.phrase in COMMUNITY_NOUNS else None
    if community is not None and any(p.entry.kind == "country" and p.start >= community.end for p in entries):
        # "the Albanian population of Kosovo": the nation named before the noun is who they are, the country
        # after it where they live, whose civilians they are
        for p in entries:
            if p.is_country_like and p.surface_role == "adjective" and p.end <= community.start:
                p.extra["ethnic"] = p.entry.code
    for p, q in zip(entries, entries[1:]):
        if p.end == q.start and _people_of_a_nation(doc, p, q):
            q.extra["ethnic"] = q.entry.code      # "Bosnian Serbs": Bosnia's, of the Serb nation
    ethnic = [p for p in entries if p.extra.get("ethnic")]
    countries = [p for p in entries if p.entry.kind in ("country", "region") and not p.extra.get("ethnic")]
    orgs = [p for p in entries if p.entry.kind in ("organisation", "institution")]
    if ch.led_by is not None:
        countries.insert(0, ch.led_by)
    start_tok, end_tok = min(p.start for p in pieces), max(p.end for p in pieces)
    if named_end is not None:
        end_tok = named_end             # the body's own name after it ("the newspaper La Prensa")
    if ch.backers:
        start_tok = min(start_tok, min(b.start for b in ch.backers))
    span = doc[start_tok:end_tok]
    confidence = min(p.confidence for p in pieces)

    if not agents and not persons and len(entries) == 1 and not ethnic:          # a bare name
        e = entries[0]
        code = e.entry.code_at(day)
        country, role = kb.split(code)
        kind = {"country": "country", "region": "group"}.get(e.entry.kind, "organisation")
        return ActorMention(start=span.start, end=span.end, start_char=span.start_char, end_char=span.end_char,
                            text=span.text, name=e.entry.name, code=code, kb_id=e.entry.id,
                            country=country or (e.entry.country if e.entry.kind != "region" else None), role=role,
                            sector=e.entry.sector or sector_of(role), kind=kind, confidence=confidence, rule=e.rule,
                            extra={"surface": e.surface_role, **e.extra})

    head = agents[-1] if agents else None
    definite_office = False
    if (head is not None and not persons and not entries and not ch.backers and ch.led_by is None
            and not head.agent.alone and len(agents) == 1 and not _after_group_name(doc, span.start)
            and named_end is None):
        if (not _definite_title(doc, head) and not _placed_body(doc, kb, head, countries)
                and not _owned_by_state(doc, head, owners)):
            return None                                            # "the leader", "sources": not an actor alone
        # "the chancellor said": its holder, if the story's country has one (context)
        definite_office = _definite_title(doc, head)

    # whose actor: a country, else an organisation or institution
    country_code = None
    for c in countries:
        # the code of the day where it is a country's ("South Sudanese" before 2011 are Sudan's), not an imported
        # dictionary's code of a state that is gone (PETRARCH's SCGSRB); an imported country known by dated codes
        # only: its country
        on_day = c.entry.code_at(day)
        country_code = on_day if on_day in kb.country_codes else (c.entry.code or c.entry.country)
        break
    org = orgs[0] if orgs else None
    org_code = org.entry.code_at(day) if org else None
    org_country, org_role = kb.split(org_code)
    if country_code is None and org is not None and org.entry.kind == "institution":
        country_code = org_country

    # the role
    role = None
    if head is not None:
        role = head.agent.role
        # a leader of a body or group leads what it is ("church leaders" REL, "union leaders" LAB, "army leaders"
        # MIL), as a spokesman speaks for it; not a person noun before it ("deputy leader" is no sheriff's deputy)
        bodies = [a for a in agents[:-1] if a.agent.role and a.agent.kind in ("body", "group")]
        if head.agent.title == "leader" and not head.agent.inherit and bodies:
            role = bodies[-1].agent.role
        if head.agent.inherit:
            inherited = None
            for a in reversed(agents[:-1]):
                if not a.agent.inherit:
                    inherited = a.agent.role
                    break
            if inherited is None and org is not None:
                inherited = org_role if org_role else None
            if inherited is not None:
                role = inherited
        for a in agents[:-1]:
            if a.agent.role and a.agent.role[:3] in NON_STATE_ROLES and (role or "")[:3] not in NON_STATE_ROLES:
                role = a.agent.role
            elif (a.agent.role == "PTY" and (role or "")[:3] in ("GOV", "ELI")
                  and head.agent.title in (None, "leader", "spokesperson")):
                role = "PTY"            # "Tory leader", "Democratic Party chairman"; not "Labour minister"
        if role in PARTY_MEMBER_ROLES and (any(a.agent.role == "PTY" for a in agents) or org_role == "PTY"):
            role = "PTY"                # "BJP workers", "activists of the Communist Party of India": its members
        before = doc[max(0, span.start - 2):span.end].text.lower()
        if role and role.startswith("GOV") and re.search(r"\b(former|ex-|ex |ousted|deposed|exiled|late)\b", before):
            role = "ELI"
        elif role and role.startswith("GOV") and _shadow(doc, span.start):
            role = "PTY"            # "Shadow Home Secretary David Davis": the opposition's (PLOVER: shadow minister)
    elif org is not None and org.entry.kind == "institution":
        role = org_role

    # the code
    if org is not None and org.entry.kind == "organisation" and (country_code is None or org_country == country_code):
        code = org_code
        if head is not None and not head.agent.inherit and code and code.startswith("IGO") and role in ("MIL", "COP"):
            code += role
    elif country_code:
        code = country_code + (role or "")
    elif role in ("HRI", "NGO") and head is not None:
        code = "NGO" + ("HRI" if role == "HRI" else "")          # "a human rights group": NGOHRI (CAMEO 3.2)
    else:
        code = role if (head is not None) else None
    if ethnic and not agents and not persons:
        # "ethnic Albanians": civilians of where they live; "Bosnian Serbs": Bosnia's, as "Bosnians" are
        role, code = ("CVL", "CVL") if not countries else (None, country_code)

    country, _ = kb.split(code)
    name = None
    kb_id = None
    kind = "agent" if head is not None else ("organisation" if org else "country")
    rule = "kb:compound" if len(pieces) > 1 or agents else pieces[0].rule
    extra = {"agent": head.agent.phrase} if head is not None else {}
    if definite_office:
        extra["definite_office"] = True
    if named_end is not None:
        extra["named"] = doc[head.end:named_end].text if head is not None else None

    person = persons[0] if persons else None
    if person is not None and head is not None and head.start > person.start and not head.agent.inherit:
        # "the Biden administration", "Putin's government": the body, of the person's country
        if country_code is None and person.kind == "entry":
            pc, _ = kb.split(person.entry.code_at(day) or person.entry.code)
            country_code = pc or person.entry.country
            code = (country_code or "") + (role or "") or None
        person = None
        extra["of_person"] = doc[persons[0].start:persons[0].end].text
        if persons[0].kind == "entry":   # whom a later "Tsai" may stand for (context.corefer_surnames)
            extra["of_person_actor"] = _mention(doc, kb, Chain(pieces=[persons[0]]), day)
        country, _ = kb.split(code)
    holder = None
    if person is None and head is not None and head.agent.title and not head.agent.plural and day is not None:
        words = [t.text for t in span if t.lower_ not in DETERMINERS and t.text not in POSSESSIVE]
        key = office_key(" ".join(words))
        holder_for = country_code or org_code
        if key and holder_for:
            holder = _one_holder(kb, key, holder_for, day, org if country_code is None else None)
            if holder is not None:
                rule = "kb:office"
    if person is not None and person.kind == "person" and head is not None and head.agent.title and day is not None:
        # an unknown spelling right after a title: the office holder, if the names are alike
        key = office_key(" ".join(t.text for t in doc[start_tok:person.start] if t.lower_ not in DETERMINERS))
        holder_for = country_code or org_code
        if key and holder_for:
            cand = kb.offices.holder(key, holder_for, day)
            if cand is not None and max(fuzz.ratio(person.name, n) for n in cand.names) >= 75:
                person = Piece(person.start, person.end, person.start_char, person.end_char, "entry", entry=cand,
                               rule="kb:office", confidence=0.75)

    if person is not None and person.kind == "entry" and head is not None and head.agent.title and \
            head.end <= person.start and _namesake(person.entry, doc[head.start:head.end]):
        # "Defence Minister Pedro Sanchez" in a story from Bogota: the title names an office the knowledge base's
        # Pedro Sánchez never held; a namesake, coded like any titled person the KB does not know
        person = dataclasses.replace(person, kind="person", entry=None, name=doc[person.start:person.end].text,
                                     rule="kb:namesake", confidence=min(person.confidence, 0.6))

    if person is not None and person.kind == "entry":
        e = person.entry
        pcode = e.code_at(day)
        if pcode and _titled_elite(kb, pcode, head, person, role):
            # the knowledge base knows of no office the person holds that day (ELI), but the text gives a
            # current one before the name: "Labour leader Shimon Peres" ISRPTY, "President Assad" SYRGOV
            code = kb.split(pcode)[0] + role
        elif pcode:
            code = pcode
        elif e.country and not country_code:
            # no code of the person's covers the day (an imported dictionary's dated roles ended): still of
            # their country, in the role the title gives ("President Francois Mitterrand" FRAGOV)
            code = e.country + (role or "")
        country, role2 = kb.split(code)
        role = role2 if pcode else role
        name, kb_id, kind, rule = e.name, e.id, "person", person.rule
        confidence = min(confidence, person.confidence)
    elif person is not None:
        name, kind, rule = person.name, "person", person.rule
        if role is None and person.extra.get("rank_role"):
            role = person.extra["rank_role"]
            code = (country_code or "") + role
            country, _ = kb.split(code)
    elif holder is not None:
        hcode = holder.code_at(day) or code
        name, kb_id, kind, code = holder.name, holder.id, "person", hcode
        country, role = kb.split(code)
        confidence = min(confidence, 0.85)
    if name is None:
        if org is not None and code == org_code:
            name, kb_id = org.entry.name, org.entry.id
        else:
            name = (doc[head.end:named_end].text if named_end is not None and head is not None else
                    kb.compound_name(country_code if country_code in kb.by_country else country, role, span.text))
    backer = ch.backers[0].entry.code if ch.backers else None
    if ethnic:
        extra["ethnic"] = ethnic[0].entry.code
        if kind == "country" and not countries:
            kind = "group"      # a people alone; "Bosnian Serbs" stay a country's people, as "Bosnians" are
    # what the context (extract/actor_context.py) may still settle: whose actor this is
    if country is None and not (code or "").startswith(("IGO", "NGO", "IMG", "NGM", "INT", "MNC")) and org is None:
        if backer:
            extra["needs_country"] = "backed"
        elif ethnic:
            extra["needs_country"] = "ethnic"
        elif kind == "person" and kb_id is None and (head is not None or role):
            extra["needs_country"] = "titled"
        elif head is not None:
            extra["needs_country"] = "agent"
    if backer:
        extra["backer_text"] = doc[ch.backers[0].start:ch.backers[0].end].text
        if country_code is None or country_code == backer:
            code, country = role, None                              # the backed group's country comes from context
            name = kb.compound_name(None, role, span.text)
    return ActorMention(start=span.start, end=span.end, start_char=span.start_char, end_char=span.end_char,
                        text=span.text, name=name, code=code, kb_id=kb_id, country=country, role=role,
                        sector=sector_of(role) or (org.entry.sector if org else None), kind=kind,
                        confidence=confidence, rule=rule, backer=backer, extra=extra)
