"""Non-governmental bodies the knowledge base does not know, named as such bodies are named.

"The Association of African Jurists", "the Third World Water Forum", "the Kenya Medical Association": a
name of capitalised words whose head is a word that, among the organisations the KB holds, heads
non-governmental bodies (at least NGO_HEAD_SHARE of at least NGO_HEAD_MIN names: Association, Foundation,
Institute, Society, Forum...) and heads no government, legislative, judicial or security role of the
agents table ("committee" heads "central committee", GOV: a committee may be a state's), nor buildings or
places (words.ORGANISATION_NAME_HEADS leaves out "Centre": "Lincoln Center"). The head is the
last word, or the word before "of"/"for" ("Association of ..."). The body is coded NGO, followed by the
country or region a name or adjective inside it gives (NGOKEN, NGOAFR), as the Phoenix dictionaries code
NGOs; a name holding a state's role word ("Police Federation", "Senate ...") is left alone, and so is one a
KB entry other than a country or region already covers.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from spacy.tokens import Doc

from flashpoint.codes.agents import INSTITUTIONAL_ROLES
from flashpoint.extract.actors.pieces import Piece, token_texts
from flashpoint.extract.base import PLACE_LABELS
from flashpoint.extract.words import ORGANISATION_NAME_HEADS
from flashpoint.kb.knowledge_base import KnowledgeBase
from flashpoint.kb.model import Entry
from flashpoint.kb.name_heads import head_of

NGO_HEAD_MIN = 8            # names a head word must head among the KB's organisations ...
NGO_HEAD_SHARE = 0.9        # ... and the share of them that are NGOs
LINKS = ("of", "for", "and", "the", "on")      # small words inside a body's name ("Society for the Protection of")
RULE = "name:ngo-head"


@functools.lru_cache(maxsize=4)
def ngo_heads(kb: KnowledgeBase) -> frozenset[str]:
    """Lower-case head words of the KB's NGO names (see the module)."""
    kinds: dict[str, Counter] = {}
    for e in kb.entries.values():
        kind = e.extra.get("org_kind") if e.kind == "organisation" else None
        if kind is None:
            continue
        for n in e.names:
            words = re.findall(r"[A-Za-z]+", n)
            if len(words) >= 2:
                kinds.setdefault(head_of([w.lower() for w in words]), Counter())[kind] += 1
    state = {p.split()[-1] for p, a in kb.agents.items() if a.role in INSTITUTIONAL_ROLES}
    return frozenset(h for h, c in kinds.items() if sum(c.values()) >= NGO_HEAD_MIN
                     and c["ngo"] >= NGO_HEAD_SHARE * sum(c.values()) and h not in state
                     and h in ORGANISATION_NAME_HEADS)


def _capitalised(doc: Doc, i: int) -> bool:
    t = doc[i]
    return t.is_alpha and t.text[:1].isupper() and t.text not in ("The", "A", "An")


def _a_state(doc: Doc, inside: list[Piece], start: int, end: int) -> bool:
    """"Federation of Bosnia and Herzegovina", "Federation of Malaysia": after "of" nothing but countries."""
    words = [t.lower_ for t in doc[start:end]]
    if "of" not in words:
        return False
    rest = range(start + words.index("of") + 1, end)
    covered = {j for p in inside if p.is_country_like for j in range(p.start, p.end)}
    return all(j in covered or doc[j].lower_ in LINKS for j in rest)


def _a_place(doc: Doc, start: int, end: int) -> bool:
    """The model reads the name as a place or a building ("the World Trade Center"), where it reads any."""
    return any(doc[j].ent_type_ in PLACE_LABELS for j in range(start, end))


def unknown_bodies(doc: Doc, kb: KnowledgeBase, pieces: list[Piece], taken: list[bool]) -> None:
    """Add an organisation piece for each unknown NGO name (see the module), in place of the country, region
    and agent pieces inside it."""
    heads = ngo_heads(kb)
    owner = {}
    for p in pieces:
        for i in range(p.start, p.end):
            owner[i] = p
    texts = token_texts(doc)   # the walk reads every word: from the cached texts, not a Token per word
    i, n = 0, len(doc)
    while i < n:
        if not (texts[i][:1].isupper() and texts[i].lower() in heads):  # (a token's lower_ is its text lowered)
            i += 1
            continue
        head = start = i
        while start > 0 and _capitalised(doc, start - 1) and not doc[start - 1].is_sent_start:
            start -= 1
        if start > 0 and _capitalised(doc, start - 1) and (p := owner.get(start - 1)) is not None and p.is_country_like:
            start -= 1                      # a country opening the sentence ("Kenya Medical Association said")
        end = i + 1
        while end + 1 < n and doc[end].lower_ in ("of", "for") and (_capitalised(doc, end + 1) or (
                doc[end + 1].lower_ == "the" and end + 2 < n and _capitalised(doc, end + 2))):
            end += 2 if doc[end + 1].lower_ != "the" else 3
            while end < n and (_capitalised(doc, end) or (doc[end].lower_ in ("and", "of") and end + 1 < n
                                                          and _capitalised(doc, end + 1))):
                end += 1
        i = end
        if end - start < 2:
            continue
        if head in owner:
            continue                        # the head is part of a KB name ("Russian Federation")
        inside = list({id(p): p for j in range(start, end) if (p := owner.get(j)) is not None}.values())
        if any(p.start < start or p.end > end for p in inside):
            continue                        # a KB name runs across the body's edge
        if _a_state(doc, inside, start, end) or _a_place(doc, start, end):
            continue
        if any(p.kind == "person" or (p.kind == "entry" and not p.is_country_like)
               or (p.kind == "agent" and p.agent.role in INSTITUTIONAL_ROLES) for p in inside):
            continue
        places = [p.entry.code for p in inside if p.is_country_like and p.entry.code]
        code = "NGO" + (places[0] if len(set(places)) == 1 else "")
        text = doc[start:end].text
        entry = Entry(id=f"name:ngo:{text}", name=text, kind="organisation", code=code,
                      names=(text,), sector="NGO", source="text", extra={"org_kind": "ngo"})
        for p in inside:
            pieces.remove(p)
        for j in range(start, end):
            taken[j] = True
        pieces.append(Piece(start, end, doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text), "entry",
                            entry=entry, rule=RULE, confidence=0.6))
