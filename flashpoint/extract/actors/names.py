"""Names the knowledge base does not know as written: unknown persons after a title or an honorific
("Defence Minister Pierre Joxe", "Lt. Gen. Prosper Avril") or tagged PER by the model, their short forms
later in the article, and misspellings and transliterations of known names (rapidfuzz, the last step:
"Zelenskky", "Afganistan"), each with the rule and a confidence.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz
from spacy.tokens import Doc

from flashpoint.extract.actors.pieces import (
    HONORIFICS,
    NAME_PARTICLES,
    NOT_NAMES,
    Piece,
    _sentence_initial,
    annotated,
    token_texts,
)
from flashpoint.extract.base import in_headline
from flashpoint.extract.words import BODY_WORDS, COMPANY_SUFFIXES, NAME_TITLES
from flashpoint.kb.builtin import AMBIGUOUS_CAPITALS
from flashpoint.kb.fuzzy import FuzzyKeys
from flashpoint.kb.gazetteer import gazetteer_if_installed
from flashpoint.kb.inflection import translit_key
from flashpoint.kb.knowledge_base import KnowledgeBase
from flashpoint.kb.model import Entry
from flashpoint.nlp.calendar import MONTH_NAMES

# roles that an honorific gives a name it precedes ("Lt. Gen. Prosper Avril" is military)
RANK_ROLES = {"Gen.": "MIL", "Gen": "MIL", "Col.": "MIL", "Lt.": "MIL", "Adm.": "MIL", "Sgt.": "MIL", "Maj.": "MIL",
              "Capt.": "MIL", "Brig.": "MIL", "Sen.": "LEG", "Rep.": "LEG", "Gov.": "GOV", "Archbishop": "REL",
              "Bishop": "REL", "Cardinal": "REL", "Rev.": "REL", "Imam": "REL", "Ayatollah": "REL", "Mullah": "REL"}
PERSON_LABELS = ("PER", "PERSON")
COMMON_NOUN_TAGS = ("NN", "NNS", "NNPS")


def _read_as_person(doc: Doc, title_end: int, j: int, k: int) -> bool:
    """The model reads doc[j:k] as a person, or as one entity with the party word before it ("Liberal
    Democrat Charles Kennedy" tagged whole); not "Democrats Question Kerry's" (a headline)."""
    if all(doc[i].ent_type_ in PERSON_LABELS for i in range(j, k)):
        return True
    first = doc[j]
    return (first.ent_iob_ == "I" and doc[title_end].ent_type_ == first.ent_type_ != ""
            and all(doc[i].ent_iob_ == "I" for i in range(j, k)))


def surnames_named_like_countries(doc: Doc, pieces: list[Piece], taken: list[bool]) -> None:
    """A country's name that ends a person's name the model tags ("Prime Minister Luis Montenegro", "Michael
    Jordan", "Pedro Chad") is the person's surname, and one that opens it ("Jordan Hayes", "Chad Johnson") the
    given name: the country's piece is dropped, and the name is read as a person's like any other. So is a
    seat of power named by one word that ends such a name ("Alexander Pope"). Only where the other names, in
    the same entity, are capitalised words (no title, no honorific)."""
    if not annotated(doc, "ENT_IOB"):
        return
    known = {p.start for p in pieces if p.kind == "entry" and p.entry is not None and p.entry.kind == "person"}
    for e in doc.ents:
        if e.label_ not in PERSON_LABELS or len(e) < 2 or known & set(range(e.start, e.end)):
            continue
        for p in [p for p in pieces if (p.is_country_like or _one_word_institution(p)) and p.surface_role == "name"
                  and ((e.start < p.start and p.end == e.end) or (p.start == e.start and p.end < e.end))]:
            if _one_word_institution(p) and p.end != e.end:
                continue      # "Pope Francis": the title before the name stays the office
            others = doc[e.start:p.start] if p.end == e.end else doc[p.end:e.end]
            if all(t.is_alpha and t.text[:1].isupper() and t.text not in NAME_TITLES for t in others):
                _drop(p, pieces, taken)
    # the model may tag the given name apart ("Jordan" LOC, "Hayes" PER): a country's name right before a
    # person the KB does not know, with nothing between, is that person's given name, not their country
    starts = {e.start for e in doc.ents if e.label_ in PERSON_LABELS and e.start not in known
              and doc[e.start].text not in NAME_TITLES}
    # (not where the model's "person" is a role word the agents table knows: "European MPs", "Canadian MPs")
    roles_at = {q.start for q in pieces if q.kind == "agent"}
    for p in [p for p in pieces if p.is_country_like and p.surface_role == "name" and p.end in starts
              and p.end not in roles_at
              and p.end - p.start == 1 and doc[p.start].text[:1].isupper() and doc[p.start].is_alpha]:
        _drop(p, pieces, taken)


def _drop(p: Piece, pieces: list[Piece], taken: list[bool]) -> None:
    """The piece is no actor: its tokens are free for the person's name."""
    pieces.remove(p)
    for i in range(p.start, p.end):
        taken[i] = False


def _one_word_institution(p: Piece) -> bool:
    """A seat of power named by one word ("Pope", "Kremlin"): a surname after given names ("Alexander Pope")."""
    return p.kind == "entry" and p.entry is not None and p.entry.kind == "institution" and p.end - p.start == 1


def unknown_persons(doc: Doc, kb: KnowledgeBase, pieces: list[Piece], taken: list[bool], fuzzy_threshold: float) -> None:
    """Capitalised names after a person title or an honorific, and PER entities, that the KB does not know
    as written; then lone capitalised words close to a known name or country (misspellings)."""
    spans: list[tuple[int, int, str]] = []
    surnames_named_like_countries(doc, pieces, taken)
    person_at = {p.start: p for p in pieces if p.kind == "entry" and p.entry.kind == "person"}
    # a person title, or a party name ("Democrat John Kerry", "Tory MP Ann Widdecombe" has its title)
    # (a full name of two words or more after a party: "Labour Day", "Federal Labour Office" are no persons)
    starts = [(p.end, True) for p in pieces if p.kind == "agent" and p.agent.kind == "person"]
    starts += [(p.end, "party") for p in pieces if p.kind == "agent" and p.agent.written and p.agent.role == "PTY"]
    starts += [(i, False) for i, text in enumerate(token_texts(doc)) if text in HONORIFICS and not taken[i]]
    has_ents = annotated(doc, "ENT_IOB")
    agent_at = {p.end: p.agent for p in pieces if p.kind == "agent"}
    for j0, after_title in starts:
        j = j0
        while j < len(doc) and doc[j].text in HONORIFICS:
            j += 1
        k = j
        while k < len(doc) and k - j < 5 and not taken[k] and _name_token(doc, k, first=k == j):
            k += 1
        if k < len(doc) and k > j and k in person_at:
            # "President Omar El Bashir": the KB knows the end of the name; it takes the words before it
            kp = person_at[k]
            kp.start, kp.start_char = j, doc[j].idx
            for i in range(j, k):
                taken[i] = True
            continue
        while k > j and doc[k - 1].text in ("-", "'"):
            k -= 1
        if after_title == "party" and (k - j < 2 or (k < len(doc) and doc[k].text[:1].isupper())
                                       or (has_ents and not _read_as_person(doc, j0 - 1, j, k))):
            continue     # a party word titles a full name, one the model reads as a person where it reads any
        if k > j and _organisation_name(doc, j0, j, k, agent_at.get(j0)):
            if j == j0 and doc[j0 - 1].text[:1].isupper():     # the title word opens the name: no title either
                pieces[:] = [p for p in pieces if not (p.kind == "agent" and p.end == j0)]
            continue
        if k > j and after_title is True and has_ents and in_headline(doc, j, k) \
                and not _read_as_person(doc, j0 - 1, j, k):
            continue     # a title-case headline's words after a role ("Candidates Spar on Iraq", "Philippine
            # Rebels Free Troops"): capitals say nothing of a name there, the model's reading does
        if k > j and (after_title or k - j >= 1):
            spans.append((j0 if not after_title else j, k, "title:name"))
    _title_and_ner_spans(doc, kb, pieces, taken, fuzzy_threshold, spans)
    # misspelt countries and other spellings of capitals before the model's PER entities, which often
    # take a place name for a person ("Khatmandu")
    _lone_fuzzy(doc, kb, pieces, taken, fuzzy_threshold)
    ner = [(e.start, e.end, "ner:PER") for e in doc.ents if e.label_ in ("PER", "PERSON")
           and not any(taken[i] for i in range(e.start, e.end))]
    _title_and_ner_spans(doc, kb, pieces, taken, fuzzy_threshold, ner)


def _organisation_name(doc: Doc, j0: int, j: int, k: int, agent=None) -> bool:
    """The capitalised words after a title are (part of) an organisation's name, not a person's: the title
    word opens the name ("General Motors", "Office for National Statistics", "Christian Aid"), or a headline
    goes on after it ("DreamWorks Officer Quits"). So when
    - a word of the name is a verb (a headline in title case: "Students Pay More");
    - the name ends in a body's word ("... Business Club", "official Bank of England"), or a company's suffix
      follows it ("Northrop Grumman Corp.", "China's National Petroleum Corporation"), unless a business or
      media word describes the company before it ("carmaker Suzuki Motor Corp." keeps the carmaker's code);
    - a capitalised title word runs straight into one word that the model reads as part of one organisation,
      place or facility with it ("National Bureau", "Yellowstone National Park"), that the tagger reads as a
      common noun ("General Motors", "Customer Satisfaction"; "General Petraeus" is a proper noun), or the
      title word itself as an adjective ("General Dynamics", "Christian Aid")."""
    if any(doc[i].tag_.startswith("VB") for i in range(j, k)):
        return True
    descriptor = agent is not None and agent.role in ("BUS", "MED") and doc[j0 - 1].text[:1].islower()
    if not descriptor and (doc[k - 1].lower_ in BODY_WORDS or (k < len(doc) and doc[k].lower_ in COMPANY_SUFFIXES
                                                               and doc[k].text[:1].isupper())):
        return True
    if j != j0 or j0 == 0:
        return False                 # an honorific between ("General Sir Mike Jackson") or no title word
    title = doc[j0 - 1]
    if k - j > 1 or not (title.text[:1].isupper() and title.is_alpha):
        return False                 # "EU Trade Commissioner Peter Mandelson", read as one organisation
    return ((doc[j].ent_iob_ == "I" and doc[j].ent_type_ in ("ORG", "LOC", "FAC", "GPE")
             and title.ent_type_ == doc[j].ent_type_)
            or doc[j].tag_ in COMMON_NOUN_TAGS or title.tag_ == "JJ")


def _title_and_ner_spans(doc: Doc, kb: KnowledgeBase, pieces: list[Piece], taken: list[bool],
                         fuzzy_threshold: float, spans: list[tuple[int, int, str]]) -> None:
    seen = set()
    for start, end, rule in sorted(spans):
        if (start, end) in seen or any(taken[i] for i in range(start, end)):
            continue
        seen.add((start, end))
        name_start = start
        while name_start < end - 1 and doc[name_start].text in HONORIFICS:
            name_start += 1  # (a name that is all honorific words is a surname: "said Lord", of Alan Lord)
        name = doc[name_start:end].text
        ranks = [RANK_ROLES[doc[i].text] for i in range(start, name_start) if doc[i].text in RANK_ROLES]
        piece = Piece(start, end, doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text), "person", name=name,
                      rule=rule, confidence=0.6, extra={"rank_role": ranks[-1]} if ranks else {})
        match = _fuzzy(name, kb.fuzzy_index, fuzzy_threshold) if name_start < end else None
        if match is not None and not _fuzzy_person_ok(name, match, _named_ids(pieces)):
            match = None
        if match is not None:
            entry_id, surface, score = match
            piece = Piece(start, end, piece.start_char, piece.end_char, "entry", entry=kb.entries[entry_id],
                          rule="kb:fuzzy", confidence=round(0.5 + 0.45 * score / 100, 3),
                          extra={"score": round(score, 1), "matched": surface})
        pieces.append(piece)
        for i in range(start, end):
            taken[i] = True


def _lone_fuzzy(doc: Doc, kb: KnowledgeBase, pieces: list[Piece], taken: list[bool], fuzzy_threshold: float) -> None:
    """"Zelenskky" (another spelling of a person the article names) or "Afganistan", "Phillippines" (countries),
    compared with one-word names only, so "Borrel" is not read as "Borrell Fontelles"; place names the
    gazetteer knows as written ("Indiana") are left alone, other spellings of capitals it knows are taken."""
    named = _named_ids(pieces)
    pkeys, powners = [], []           # the article's persons' one-word names
    for eid in named:
        e = kb.entries[eid]
        if e.kind == "person":
            words = {n for n in e.names if " " not in n} | {e.name.split()[-1]}
            for w in words:
                if len(w) >= 5:
                    pkeys.append(translit_key(w))
                    powners.append((eid, w))
    persons = FuzzyKeys(pkeys, powners)
    gaz = None
    known = kb.single_word_names
    for i, text in enumerate(token_texts(doc)):
        if (taken[i] or len(text) < 6 or not text[:1].isupper() or not text.isalpha() or text.isupper()
                or text in NOT_NAMES or text in known):
            continue
        if gaz is None:
            gaz = gazetteer_if_installed() or False
        t = doc[i]
        capital = _gazetteer_capital(kb, gaz, text) if gaz else None
        if capital is not None:
            pieces.append(Piece(i, i + 1, t.idx, t.idx + len(text), "entry", entry=capital,
                                surface_role="capital", rule="gazetteer:capital", confidence=0.8))
            taken[i] = True
            continue
        match, kind = None, None
        if pkeys and not _sentence_initial(doc, i):
            match, kind = _fuzzy(text, persons, max(fuzzy_threshold, 90.0)), "person"
        if match is None:
            got = _place_fuzzy(kb, text)
            # "Bernie Sanders", "Michael Gambon": part of a person's name, not a misspelt Berne or Gabon
            if got is not None and not (gaz and gaz.lookup(text)) and not _next_to_capitalised(doc, i, taken):
                match, kind = got, "place"
        if match is None:
            continue
        entry_id, surface, score = match
        role = "name"
        if kind == "place":
            e = kb.entries[entry_id]
            role = "adjective" if surface in e.adjectives else ("capital" if surface in e.capitals else "name")
        pieces.append(Piece(i, i + 1, t.idx, t.idx + len(text), "entry", entry=kb.entries[entry_id],
                            surface_role=role, rule="kb:fuzzy", confidence=round(0.5 + 0.4 * score / 100, 3),
                            extra={"score": round(score, 1), "matched": surface}))
        taken[i] = True


def _next_to_capitalised(doc: Doc, i: int, taken: list[bool]) -> bool:
    for j in (i - 1, i + 1):
        if 0 <= j < len(doc) and not taken[j] and doc[j].is_alpha and doc[j].text[:1].isupper() \
                and doc[j].text not in NOT_NAMES and not _sentence_initial(doc, max(i, j)):
            return True
    return False


def _place_fuzzy(kb: KnowledgeBase, word: str):
    cache = kb.__dict__.setdefault("_place_fuzzy_cache", {})
    if word not in cache:
        got = _fuzzy(word, kb.fuzzy_places, 90.0 if len(word) >= 8 else 92.0, plain=True)
        low = word.lower()
        # not a longer or shorter word that contains the name: "Americas", "Australasia", "Argentines"
        if got is not None and not (got[1][:1] == word[:1] and abs(len(got[1]) - len(word)) <= 1
                                    and low not in got[1].lower() and got[1].lower() not in low
                                    and low[:-1] not in got[1].lower()):
            got = None
        if len(cache) > 50_000:
            cache.clear()
        cache[word] = got
    return cache[word]


def _gazetteer_capital(kb: KnowledgeBase, gaz, word: str) -> Entry | None:
    if word in AMBIGUOUS_CAPITALS or word in getattr(gaz, "stop", {}):
        return None
    entries = gaz.lookup(word)
    if not entries:
        return None
    best = entries[0]
    if best.kind == "country" or (best.kind == "city" and best.id in gaz.capitals):
        code = kb.iso3_to_code.get(best.country)
        if word in best.name:
            return None    # "Salvador" of San Salvador, "Emirates": a part of the name, not a spelling of it
        for e in kb.by_country.values():
            if e.code == code and e.kind == "country":
                # only other spellings of a capital or country the KB uses as a metonym ("Khatmandu");
                # capitals it leaves out on purpose ("Brussels" is the EU's) stay out
                if best.name in e.capitals or best.name in e.names:
                    return e
                return None
    return None


def _name_token(doc: Doc, k: int, first: bool) -> bool:
    t = doc[k]
    if not first and not doc[k - 1].whitespace_ and (t.text in ("-", "'") or doc[k - 1].text in ("-", "'")):
        return t.text in ("-", "'") or t.is_alpha          # "Jean-Bertrand", "Fazl-ur-Rehman", "O'Neill"
    if t.text.lower() in NAME_PARTICLES and not first:
        return True
    if t.text == "He" and first and k > 0 and doc[k - 1].is_alpha and k + 1 < len(doc) and doc[k + 1].is_title \
            and doc[k + 1].is_alpha and doc[k + 1].text not in NOT_NAMES:
        return True         # the surname He after a title ("Vice Premier He Lifeng"), not the pronoun
    if t.text in NOT_NAMES:
        # a month the model reads as going on with the person's name before it is a surname ("Labour MSP Christine
        # May said", "Brian May"); elsewhere a month or a weekday ends a name ("Blair May Quit", "Smith in May")
        return not first and t.text in MONTH_NAMES and t.ent_iob_ == "I" and t.ent_type_ in PERSON_LABELS \
            and not in_headline(doc, k, k + 1)     # a title-case headline's "May" is the verb ("GM May Close Plant")
    if re.fullmatch(r"(?:[A-Z]\.)+", t.text):       # initials: "F.W."
        return True
    if not first and re.fullmatch(r"I{1,3}|IV|VI{0,3}", t.text):     # "Abdullah II"
        return True
    return t.text[:1].isupper() and any(c.islower() for c in t.text) and (t.is_alpha or "-" in t.text or "'" in t.text)


def _named_ids(pieces: list[Piece]) -> set[str]:
    return {p.entry.id for p in pieces if p.entry is not None and p.rule != "kb:fuzzy"}


def _fuzzy_person_ok(name: str, match, named: set[str]) -> bool:
    """When a near spelling may stand for a known person: the same name once transliterated ("Selenskyj",
    "Navalnyj"), or a close spelling (a typo) of a person the article names exactly elsewhere; a full name
    also when first and last names are each close ("Volodimir Zelenskyy"). "Mr Spitzer" is not Sean Spicer,
    "Mike Watts" not Mike Waltz."""
    entry_id, surface, score = match
    if len(name.split()) == 1:
        return entry_id in named          # one word ("Mr Barot"): only another spelling of someone named
    if score >= 100:
        return True
    if name[:1].lower() != surface[:1].lower():
        return False
    if entry_id in named:
        return True
    a, b = name.split(), surface.split()
    if len(a) >= 2 and len(b) >= 2 and score >= 92:
        return (fuzz.ratio(translit_key(a[-1]), translit_key(b[-1])) >= 90
                and fuzz.ratio(translit_key(a[0]), translit_key(b[0])) >= 85)
    return False


def _fuzzy(name: str, index: FuzzyKeys, threshold: float, plain: bool = False):
    key = name.lower() if plain else translit_key(name)
    return index.closest(key, threshold) if len(key) >= 5 else None


def short_forms(doc: Doc, pieces: list[Piece], taken: list[bool]) -> None:
    """"Dumonceau" after "Defence Minister Pierre Dumonceau": the last name of a person the KB does not know,
    found again on its own, is that person (the coreference step copies the full mention's coding). So is
    the first word: Chinese, Korean and Vietnamese names put the family name first ("Lai" after "President
    Lai Ching-te")."""
    names = [p.name for p in pieces if p.kind == "person" and p.name and len(p.name.split()) >= 2]
    short: dict[str, str] = {}
    for position in (-1, 0):  # every last name before any first word
        for name in names:
            short.setdefault(name.split()[position], name)
    if not short:
        return
    for i, text in enumerate(token_texts(doc)):
        if not taken[i] and text in short and len(text) >= 3 and text[0].isupper():
            t = doc[i]
            pieces.append(Piece(t.i, t.i + 1, t.idx, t.idx + len(t.text), "person", name=t.text,
                                rule="coref:surname", confidence=0.8, extra={"full_name": short[text]}))
            taken[t.i] = True
