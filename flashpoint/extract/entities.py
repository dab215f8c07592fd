"""fp_entities: the model's named entities (PER/ORG/LOC), corrected where a rule or the knowledge base knows better.

Runs right after the model, so every component that reads `doc.ents` (actors' fallback, places, speakers,
the event models' features) sees the corrected ones. Corrections, each general, none keyed to a text:
- a title opening a person's name is no part of it ("Emperor Meiji" -> "Meiji"), and an honorific
  opening any entity or right before it says it is a person's ("Ms Pugh" or "Mr Blunkett" read as a place
  -> "Pugh", "Blunkett" PER; words.NAME_TITLES, words.HONORIFICS);
- an office written with capitals is no part of a name ("US Secretary of State Colin Powell" or "Australian
  Foreign Minister" read as one organisation -> "US" LOC, "Colin Powell" PER; no entity): the offices are
  words.TITLE_NOUNS, words.NAME_TITLES and the knowledge base's agents for a person, and what stood before the
  office keeps an entity only where it is a country's or a body's name the knowledge base knows ("UN");
- an entity the tagger reads as an adjective is a nationality or a style, not a name ("Icelandic",
  "Macedonian"): dropped (Universal NER leaves nationalities out); so is an organisation that is a title and
  its seat ("Duke of Edinburgh", words.TITLES_OF_A_SEAT);
- a place right before the capitalised head of another name is part of that name ("Paris Agreement",
  "Minsk Protocol"; words.NAME_HEADS_AFTER_PLACE): dropped, so no place is read into a treaty;
- an organisation's exact name in the knowledge base (news agencies, IGOs, NGOs, armed groups, parties,
  companies; kb/data/organisations*.tsv) is ORG where the model gave it another label or only part of the
  name ("Interfax", "Xinhua" read as places), or no entity at all if it is a name of two words or more or
  an acronym of three letters or more outside a line in capitals ("Human Rights Watch", "ISIL"). A one-word name is left alone where the article uses it as a
  person's surname ("Fox" after "Liam Fox"), and a name inside a longer entity stays part of it
  ("BBC World Service");
- a name of two words or more that ends in a word for a body ("Consumer Technology Association", "Census
  Bureau", "Republican Party"; words.ORGANISATION_NAME_HEADS) is ORG, whatever label the model gave it or
  if it gave none: the head says what kind of thing the name is;
- a surname of a person the article names in full is that person's wherever it stands alone ("Rafferty"
  after "Tom Rafferty", read as a place or left out): the model labels each mention alone, the article
  names one person;
- a one-word name the model reads as a place is a person's where the text treats it as one and neither the
  gazetteer nor the knowledge base knows a place of that name ("Tolle's teachings", "a brother, Oscar,",
  "Kesha and Pebe"): every mention of it, but one after a locative preposition ("at Gatwick");
- a name the model reads as a person's is a place's, at every mention, where the text puts something in it
  ("in Najaf", "at Karnak") and the gazetteer knows a place of that name, unless a person of the article has it
  in a longer name;
- a first name the model cut off as a person of its own right before a person's name is part of that name
  ("Paula" | "Radcliffe" -> "Paula Radcliffe"): one capitalised proper noun, no title or honorific
  ("Spokesman William Gaillard" stays apart), with nothing between;
- a news agency or outlet credited in brackets or opening a line before a dash is ORG ("MOSCOW (Reuters) -",
  a headline's "(AFP)", "Reuters - Defense Secretary ..."; the knowledge base's media and nlp/words.WIRE_AGENCIES);
- in a line in capitals (a wire headline) the knowledge base's countries, capitals and organisations take their
  label and the model's other one-word entities go unless the gazetteer knows the place ("CHINA SAYS TAIWAN
  SPOILS ATMOSPHERE": CHINA and TAIWAN LOC, SPOILS none);
- a wire dateline's town is LOC ("MOSCOW, March 3 (Reuters) -", which the model reads as ORG; the
  dateline and its town are the places component's, extract/places.dateline_hits).
Speed: the organisation names are matched with spaCy's PhraseMatcher on exact token text, built once.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from flashpoint.extract.base import doc_text
from flashpoint.extract.places import LOCATIVE, dateline_hits
from flashpoint.extract.words import (BODY_WORDS, ERA_MARKERS, HONORIFICS, KIN_NOUNS, LEGAL_SUFFIXES, LIFE_NOUNS,
                                      NAME_HEADS_AFTER_PLACE, NAME_SMALL_WORDS, NAME_TITLES, ORGANISATION_NAME_HEADS,
                                      ORGANISATION_OF_HEADS, ORGANISATION_PLURALS, PERSON_ROLE_NOUNS, PLACE_NAME_HEADS,
                                      POSSESSIVE, TITLE_NOUNS, TITLES_OF_A_SEAT, WORK_NOUNS)
from flashpoint.kb.gazetteer import MIN_TOWN, gazetteer
from flashpoint.kb.knowledge_base import KnowledgeBase, default_kb
from flashpoint.nlp.calendar import CALENDAR_WORDS
from flashpoint.nlp.datelines import datelines
from flashpoint.nlp.words import WIRE_AGENCIES
from flashpoint.settings import component_defaults

ENTITIES_REQUIRE = ["token.tag", "doc.ents"]
# endings of the adjectives of peoples, languages and styles ("Icelandic", "Macedonian", "Japanese", "Danish")
ADJECTIVE_ENDINGS = ("ic", "ian", "ean", "an", "ese", "ish", "i")


@Language.factory("fp_entities", requires=ENTITIES_REQUIRE, assigns=["doc.ents"],
                  default_config=component_defaults("fp_entities"))
def make_entity_fixer(nlp: Language, name: str, organisations: bool) -> "EntityFixer":
    return EntityFixer(nlp, default_kb() if organisations else None)


def short_company_names(kb: KnowledgeBase) -> frozenset[str]:
    """The names organisation_names gives a company without its legal form ("SK Telecom"), which may also be
    a place's or a building's ("Madison Square Garden")."""
    full = set()
    for e in kb.entries.values():
        if e.kind == "organisation":
            full.update(n.removeprefix("the ").removeprefix("The ").strip() for n in e.names)
    return frozenset(n for n in organisation_names(kb) if n not in full)


def organisation_names(kb: KnowledgeBase) -> list[str]:
    """Every written form of the KB's organisations that is a name: capitalised words, small words
    between them ("the Arab League" -> "Arab League", "Save the Children"; not "UN peacekeepers"), and a
    company's name of three words or more without its legal form ("SK Telecom Corporation" -> "SK Telecom",
    words.LEGAL_SUFFIXES; not "Aaon Inc" -> "Aaon", a word the model reads as a name or not)."""
    names = set()
    for e in kb.entries.values():
        if e.kind != "organisation":
            continue
        for n in e.names:
            n = n.removeprefix("the ").removeprefix("The ").strip()
            words = n.split()
            if len(n) >= 2 and words and all(not w[:1].islower() for w in (words[0], words[-1])) and all(
                    not w[:1].islower() or w in NAME_SMALL_WORDS for w in words):
                names.add(n)
                if len(words) > 2 and words[-1].lower().rstrip(".") in LEGAL_SUFFIXES and words[-2][-1:].isalnum():
                    names.add(" ".join(words[:-1]))     # "SK Telecom Corporation" is "SK Telecom" in the news
    return sorted(names)


def office_phrases(kb: KnowledgeBase | None) -> list[str]:
    """The offices a person holds, lower case: words.TITLE_NOUNS and the titles of words.NAME_TITLES, and the
    knowledge base's agents for a person that name an office ("secretary-general") or have one of those as head,
    the word before "of" or "for", else the last ("foreign minister", "secretary of state", "special envoy",
    "crown prince"; not the PLOVER dictionary's "house of representatives")."""
    words = {w.lower().rstrip(".") for w in NAME_TITLES - HONORIFICS} | TITLE_NOUNS
    phrases = set(words)
    if kb is not None:
        for a in kb.agents.values():
            parts = a.phrase.split()
            link = next((k for k, w in enumerate(parts) if w in ("of", "for") and k > 0), len(parts))
            if a.kind == "person" and (a.title or len(parts) > 1 and parts[link - 1] in words):
                phrases.add(a.phrase)
    return sorted(phrases)


def office_holders(kb: KnowledgeBase) -> dict[str, str]:
    """The names a title may open with for the country or body its holder serves, and their label: countries'
    names LOC ("US Secretary of State"), organisations' names ORG ("UN Secretary General"); the adjectives of
    countries none ("Australian Foreign Minister")."""
    out: dict[str, str | None] = {}
    for e in kb.entries.values():
        if e.kind == "country":
            for n in e.names:
                out.setdefault(n, "LOC")
            for n in e.adjectives:
                out.setdefault(n, None)
    for n in organisation_names(kb):
        out.setdefault(n, "ORG")
    return out


def caps_names(kb: KnowledgeBase) -> dict[str, str]:
    """The names of countries and their capitals (LOC) and of organisations (ORG) as a line in capitals writes
    them ("CHINA", "SOUTH KOREA", "HUMAN RIGHTS WATCH", "NATO"): an organisation of one word only where its
    name is an acronym ("NATO", not "Apple" or "Fox", words in a headline), labelled ACRONYM_ORG."""
    out: dict[str, str] = {}
    for e in kb.entries.values():
        if e.kind == "country":
            for n in (*e.names, *e.capitals):
                if len(n) > 2 or n.isupper():
                    out.setdefault(n.upper(), "LOC")
    for n in organisation_names(kb):
        if " " in n:
            out.setdefault(n.upper(), "ORG")
        elif _caps_word(n):
            out.setdefault(n, ACRONYM_ORG)      # "WHO" may be a word of the headline: only where the model saw a name
    return out


def credit_pattern(kb: KnowledgeBase) -> re.Pattern:
    """The names of news agencies and outlets (the knowledge base's organisations of the media sector and
    nlp/words.WIRE_AGENCIES) in brackets, or opening a line before a dash: group 1 or 2."""
    names = {n for e in kb.entries.values() if e.kind == "organisation" and e.sector == "MED" for n in e.names
             if not n[:1].islower()} | WIRE_AGENCIES
    alternation = "|".join(map(re.escape, sorted(names, key=lambda n: (-len(n), n))))
    return re.compile(r"\((" + alternation + r")\)|(?m:^)[ \t]*(" + alternation + r")[ \t]+-[ \t]")


class EntityFixer:
    def __init__(self, nlp: Language, kb: KnowledgeBase | None):
        # One matcher, one pass: the words for a body (label BODY) and the KB's organisation names (ORG).
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.matcher.add("BODY", [nlp.make_doc(w) for w in BODY_HEADS])
        self.matcher.add("OF", [nlp.make_doc(w) for w in sorted(ORGANISATION_OF_HEADS)])
        # the one-token words _fix reads around each entity, found in the same pass (no token read per entity)
        for key, words in (("HONORIFIC", HONORIFICS), ("TITLE", NAME_TITLES), ("ERA", ERA_MARKERS),
                           ("AFTER_PLACE", NAME_HEADS_AFTER_PLACE)):
            self.matcher.add(key, [Doc(nlp.vocab, words=[w]) for w in sorted(words)])
        self.organisations = kb is not None
        # one-word names of countries, their peoples and capitals, organisations: no surname ("China" in a
        # misread "Air China", "Dems" in "Lib Dems" read as a person)
        self.not_surnames = frozenset() if kb is None else frozenset(
            n for e in kb.entries.values() if e.kind != "person"
            for n in (*e.names, *e.adjectives, *e.capitals) if " " not in n)
        self.short_names = frozenset()
        if kb is not None:
            self.matcher.add("ORG", list(nlp.tokenizer.pipe(organisation_names(kb))))
            self.short_names = short_company_names(kb)
        # offices a person holds, matched in any case and kept where written with capitals ("Foreign Minister")
        self.offices = PhraseMatcher(nlp.vocab, attr="LOWER")
        phrases = office_phrases(kb)
        self.offices.add("OFFICE", list(nlp.tokenizer.pipe(phrases)))
        # the plurals among them: a title before one person's name is in the singular ("Kings Cross" no title)
        self.plural_offices = frozenset(p for p in phrases if p.endswith("s") and p[:-1] in phrases)
        # names that stand before an office for the country or body it serves ("US", "UN"; "Australian" no name)
        self.office_holders = {} if kb is None else office_holders(kb)
        # countries, capitals and organisations by the name a line in capitals spells in capitals
        self.caps_names = {} if kb is None else caps_names(kb)
        # a news outlet credited in brackets or opening a line before a dash ("(Reuters)", "AFP - ")
        self.credits = None if kb is None else credit_pattern(kb)

    def __call__(self, doc: Doc) -> Doc:
        if not doc.has_annotation("ENT_IOB"):
            return doc
        ents = self.find(doc)
        if ents is not None:
            doc.ents = ents
        return doc

    def find(self, doc: Doc) -> list[Span] | None:
        """The corrected entities, or None where nothing changes."""
        old = list(doc.ents)
        matches = self.matcher(doc)
        words = {HONORIFIC_ID: set(), TITLE_ID: set(), ERA_ID: set(), AFTER_PLACE_ID: set()}
        for m, s, _ in matches:
            if m in words:
                words[m].add(s)
        ents = [e for e in (self._fix(doc, e, words) for e in old) if e is not None]
        ents = self._joined_names(doc, ents)
        ents = self._offices(doc, ents)
        ents = self._hyphenated_names(doc, ents)
        body_heads = [s for m, s, _ in matches if m == BODY_ID]
        ents = self._bodies(doc, ents, body_heads)
        ents = self._of_names(doc, ents, [s for m, s, _ in matches if m == OF_ID])
        ents = self._acronyms(doc, ents)
        ents = self._short_bodies(doc, ents, body_heads)
        ents = self._examples(doc, ents)
        ents = self._surnames(doc, ents, self.not_surnames)
        ents = self._persons_read_as_places(doc, ents, self.not_surnames)
        ents = self._places_read_as_persons(doc, ents)
        if self.caps_names:
            ents = self._caps_lines(doc, ents)
        ents = self._datelines(doc, ents)
        if self.credits is not None:
            ents = self._credits(doc, ents)
        if self.organisations:
            ents = self._organisations(doc, ents, [Span(doc, s, e, label="ORG") for m, s, e in matches if m == ORG_ID])
        ents = self._acronym_persons(ents)
        if len(ents) == len(old) and (all(a is b for a, b in zip(ents, old)) or
                                      [(e.start, e.end, e.label) for e in ents] == [(e.start, e.end, e.label) for e in old]):
            return None     # the same spans (most articles: each rule returned the model's own)
        return filter_spans(ents)

    @staticmethod
    def _fix(doc: Doc, ent: Span, words: dict[int, set[int]]) -> Span | None:
        """One entity corrected; `words`: the positions of honorifics, titles, era markers and heads after a
        place in the doc (by the matcher's key)."""
        label = ent.label_
        ent = _trimmed(doc, ent, label, words[ERA_ID])
        if ent is None:
            return None
        start, end = ent.start, ent.end
        honorifics = words[HONORIFIC_ID]
        if label != "PER" and start - 1 in honorifics and doc[start - 1].ent_iob == 2:
            return Span(doc, start, end, label="PER")     # "Mr Blunkett" with "Blunkett" read as a place
        titles = words[TITLE_ID] if label == "PER" else honorifics
        while start < end - 1 and start in titles and doc[start + 1].text not in POSSESSIVE + ("of",):
            start += 1
            titles = words[TITLE_ID]      # after an honorific, a person's name ("Lord Chancellor Lord Falconer")
        if start > ent.start:
            if end - 1 in words[TITLE_ID]:
                return None           # titles only: "Lord Chief Justice"
            return Span(doc, start, end, label="PER")
        if end - start == 1:
            if doc[start].tag_ == "JJ" and doc[start].lower_.endswith(ADJECTIVE_ENDINGS):
                return None
        elif label == "ORG" and end - start > 2 and doc[start].text in TITLES_OF_A_SEAT and doc[start + 1].text == "of":
            return None         # "Duke of Edinburgh", "Countess of Lennox": a person's title, no organisation
        if label == "LOC" and end in words[AFTER_PLACE_ID]:
            return None
        return ent

    @staticmethod
    def _joined_names(doc: Doc, ents: list[Span]) -> list[Span]:
        """A one-word person the model split off right before another person's name joins it ("Paula" |
        "Radcliffe")."""
        out: list[Span] = []
        for e in ents:
            last = out[-1] if out else None
            if last is not None and last.end == e.start and last.label_ == e.label_ == "PER" and len(last) == 1 and \
                    last[0].tag_ in PROPER_TAGS and last[0].is_title and last[0].whitespace_ == " " and \
                    last[0].text not in NAME_TITLES and last[0].text not in HONORIFICS and \
                    last[0].lower_ not in PERSON_ROLE_NOUNS and last[0].lower_ not in TITLE_NOUNS:
                out[-1] = Span(doc, last.start, e.end, label="PER")
            else:
                out.append(e)
        return out

    def _offices(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """An office written with capitals inside an entity is no part of a name: the model's "US Secretary of
        State Colin Powell" (ORG) -> "US" LOC and "Colin Powell" PER, "Australian Foreign Minister" (ORG) -> no
        entity, "Labour Minister Ghazi al-Gosaibi" (PER) -> "Ghazi al-Gosaibi". The words before the office keep
        an entity only where they are a country's or a body's name the knowledge base knows ("UN" ORG); the words
        after it are a person's name where they are capitalised words of a name (words.NAME_SMALL_WORDS and
        particles between). Where a one-word office opens an organisation's name, the name is the body's own
        ("General Motors", "Burger King"): only an office of two words or more, or one after the name or
        adjective of a country or body, is taken out of an organisation; a person's name keeps a one-word office
        at its end ("Stephen King", "John Major")."""
        spans = [x for x in ents if len(x) > 1 or x.label_ == "PER"]
        if not spans:
            return ents
        found = filter_spans([Span(doc, s, e) for _, s, e in self.offices(doc)])
        if not found:
            return ents
        at = {}
        for o in found:
            if all(t.text[:1].isupper() or t.text in NAME_SMALL_WORDS or t.text == "-" for t in o) and o[0].text[:1].isupper() \
                    and o[-1].text[:1].isupper() and not any(_caps_word(t.text) for t in o):
                at[o.start] = o
        if not at:
            return ents
        out, changed = [], False
        for x in ents:
            parts = self._office_parts(doc, x, at) if x.label_ in ("ORG", "PER") else None
            if parts is None:
                out.append(x)
            else:
                out.extend(parts)
                changed = True
        return sorted(out, key=lambda x: x.start) if changed else ents

    def _office_parts(self, doc: Doc, x: Span, at: dict[int, Span]) -> list[Span] | None:
        """The entities left of entity x once the first office inside it is taken out; None where none is."""
        office = next((at[i] for i in range(x.start, x.end) if i in at and at[i].end <= x.end), None)
        if office is None:
            return None
        before, after = doc[x.start:office.start], doc[office.end:x.end]
        if len(before) and before[-1].text in NAME_SMALL_WORDS or len(after) and after[0].text in NAME_SMALL_WORDS:
            return None         # a body's name: "House of Representatives", "Council of Ministers of ..."
        while len(before) and not before[-1].is_alpha:
            before = doc[before.start:before.end - 1]     # "Reuters - Defense Secretary"
        holder = self.office_holders.get(before.text) if len(before) else None
        adjective = len(before) > 0 and (all(t.tag_ == "JJ" for t in before) or before.text in self.office_holders)
        if len(office) == 1 and (x.label_ == "ORG" and holder is None and not adjective
                                 or x.label_ == "PER" and len(before) and not len(after)):
            return None         # "General Motors", "Stephen King"
        if len(after) and office.text.lower() in self.plural_offices:
            return None         # "Kings Cross"
        if len(before) and holder is None and not adjective and not len(after):
            return None         # "Human Rights Commissioner"? the words before may be the body's name
        if len(after) and not _person_name(after):
            return None         # "Secretary of State for Health", "President's Choice"
        if len(before) > 2 and holder is None:
            return None
        parts = []
        if holder is not None:
            parts.append(Span(doc, before.start, before.end, label=holder))
        if len(after):
            parts.append(Span(doc, after.start, after.end, label="PER"))
        return parts

    @staticmethod
    def _hyphenated_names(doc: Doc, ents: list[Span]) -> list[Span]:
        """A person's name the model cut at a hyphen goes on over it ("Kim Sun" | "-woo", "Lee Jae" | "-myung"):
        a hyphen joined to the name's last word and to a word after it, both without spaces."""
        out: list[Span] = []
        taken = {i for e in ents for i in range(e.start, e.end)}
        for e in ents:
            end = e.end
            while e.label_ == "PER" and end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
                    and not doc[end].whitespace_ and doc[end + 1].is_alpha and end + 1 not in taken:
                end += 2
            out.append(e if end == e.end else Span(doc, e.start, end, label="PER"))
        return out

    @staticmethod
    def _plain_name(doc: Doc, s: int, e: int) -> bool:
        """A name of two words or more, or an acronym of three letters or more, outside a line in capitals."""
        if e - s == 1 and not (len(doc[s].text) >= 3 and _caps_word(doc[s].text)):
            return False
        return not any(_caps_word(doc[i].text) for i in (s - 1, e) if 0 <= i < len(doc))

    @staticmethod
    def _bodies(doc: Doc, ents: list[Span], heads: list[int]) -> list[Span]:
        """Names of two words or more ending in a word for a body (the tokens `heads`) are organisations:
        the model's entities so ending, relabelled, and runs of proper nouns so ending that it left out."""
        if not heads:
            return ents
        ends = set(heads)
        out = [Span(doc, e.start, e.end, label="ORG") if e.end - 1 in ends and _body_name(e) else e for e in ents]
        taken = {i for i in heads for e in out if e.start <= i < e.end}
        added = []
        for i in heads:
            if i in taken or doc[i].tag_ not in PROPER_TAGS or doc[i].lower_ in PLACE_NAME_HEADS:
                continue
            s = _name_start(doc, i)
            if s < i and not any(x.start < i + 1 and s < x.end for x in added):
                added.append(Span(doc, s, i + 1, label="ORG"))
        return sorted(out + added, key=lambda x: x.start) if added else out

    @staticmethod
    def _of_names(doc: Doc, ents: list[Span], heads: list[int]) -> list[Span]:
        """A word for a body, "of" or "for" and a name is an organisation's name, to the end of that name
        ("the Government of Iraq", read as the place "Iraq"; "Federal Reserve Bank" + "of New York"; "Alliance
        of Democratic Forces" + "for the Liberation of Congo"): the model's organisation ending in the head,
        or the capitalised words ending in it that are no entity, made ORG over the name after "of"."""
        for i in heads:
            if i + 2 >= len(doc) or doc[i + 1].text not in ("of", "for"):
                continue        # lower case: "Of" in a headline in title case says nothing
            end = _name_after(doc, i + 2, ents)
            if end is None:
                continue
            holder = next((x for x in ents if x.start <= i < x.end), None)
            if holder is not None and (holder.end != i + 1 or holder.label_ != "ORG"):
                continue        # a longer name already ("University of Texas"), or a place's or a person's
            start = holder.start if holder is not None else _name_start(doc, i)
            ents = [x for x in ents if not (x.start < end and start < x.end)] + [Span(doc, start, end, label="ORG")]
        return sorted(ents, key=lambda x: x.start)

    @staticmethod
    def _acronyms(doc: Doc, ents: list[Span]) -> list[Span]:
        """An acronym in brackets after an organisation's name is that organisation's, there and wherever the
        article uses it ("Syrian Democratic Forces (SDF)", "the SDF said"). The name is the model's ORG entity
        right before the bracket, or the capitalised words there whose initials spell the acronym and one of
        which is a word for a body ("State Board of Antiquities and Heritage (SBAH)")."""
        text = doc_text(doc)
        if "(" not in text:
            return ents
        defined = set()
        for m in ACRONYM.finditer(text):
            acronym = doc.char_span(m.start(1), m.end(1))
            if acronym is None or len(acronym) != 1 or acronym.start < 2 or doc[acronym.start - 1].text != "(":
                continue
            a = acronym.start
            before = next((x for x in ents if x.end == a - 1), None)
            if before is None:
                start = _initials_start(doc, a - 1, m.group(1))
                if start is None or any(x.start < a - 1 and start < x.end and not (start <= x.start) for x in ents):
                    continue    # no such name, or one cut inside an entity
                ents = [x for x in ents if not start <= x.start < a - 1] + [Span(doc, start, a - 1, label="ORG")]
            elif before.label_ != "ORG":
                continue
            defined.add(m.group(1))
        if not defined:
            return ents
        # the acronym's every use: the model's entity of that one token relabelled, or a new one
        pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(defined))) + r")\b")
        at = {x.start: x for x in ents}
        covered = {i for x in ents for i in range(x.start, x.end)}
        for i in _token_starts(doc, pattern.finditer(text)):
            x = at.get(i)
            if x is not None and x.end == i + 1 and x.label_ != "ORG":
                ents = [y for y in ents if y is not x] + [Span(doc, i, i + 1, label="ORG")]
            elif i not in covered and not any(_caps_word(doc[j].text) for j in (i - 1, i + 1) if 0 <= j < len(doc)):
                ents.append(Span(doc, i, i + 1, label="ORG"))
        return sorted(ents, key=lambda x: x.start)

    @staticmethod
    def _acronym_persons(ents: list[Span]) -> list[Span]:
        """An acronym the model calls a person in one sentence is the organisation it calls it in more of the others
        ("Electronic Arts (EA) ... EA publishes ... EA said the industry was ...": a firm, not a man a later "he"
        stands for); a word in capitals is no person's name when the article uses it for a body."""
        counts: dict[str, list[int]] = {}
        for x in ents:
            if len(x) == 1 and _caps_word(x.text) and x.text.isalpha() and x.label_ in ("PER", "ORG"):
                counts.setdefault(x.text, [0, 0])[x.label_ == "ORG"] += 1
        bodies = {name for name, (per, org) in counts.items() if per and org > per}
        if not bodies:
            return ents
        return [Span(x.doc, x.start, x.end, label="ORG") if x.label_ == "PER" and x.text in bodies and len(x) == 1 else x
                for x in ents]

    @staticmethod
    def _short_bodies(doc: Doc, ents: list[Span], heads: list[int]) -> list[Span]:
        """A capitalised word for a body standing alone after "the" is the short form of a body's name the
        article spells out ("the Global Coalition to Counter ISIL" ... "the Coalition said", "the European
        Commission" ... "the Commission"): ORG, where an organisation of two words or more in the article
        holds that word. Not where the word opens a longer name ("the Coalition Provisional Authority")."""
        if not heads:
            return ents
        words = {t.text for x in ents if x.label_ == "ORG" and len(x) > 1 for t in x}
        covered = {i for x in ents for i in range(x.start, x.end)}
        added = [Span(doc, i, i + 1, label="ORG") for i in heads
                 if doc[i].text in words and i not in covered and i > 0 and doc[i - 1].lower_ == "the"
                 and not (i + 1 < len(doc) and (doc[i + 1].text[:1].isupper() or doc[i + 1].text in ("of", "for")))]
        return sorted(ents + added, key=lambda x: x.start) if added else ents

    @staticmethod
    def _examples(doc: Doc, ents: list[Span]) -> list[Span]:
        """The names a plural noun for organisations gives as examples are organisations' names ("companies
        such as Spotify, Tesla, Uber and Snapchat", read as places and a person): each name of the list after
        "such as" or "including", up to the first word that is neither a name nor a comma, "and" or "or"."""
        text = doc_text(doc)
        if "such as" not in text and "including" not in text:
            return ents
        starts = _token_starts_after(doc, EXAMPLES.finditer(text))
        if not starts:
            return ents
        at = {x.start: x for x in ents}
        inside = {j for x in ents for j in range(x.start + 1, x.end)}
        for k in starts:
            names, n = [], k
            while n < len(doc) and n not in inside:
                x = at.get(n)
                end = x.end if x is not None else n
                while end < len(doc) and end not in at and _name_word(doc[end]):
                    end += 1
                if end == n or (x is not None and x.label_ == "PER" and x.end == end and len(x) > 1):
                    break       # no name, or a person's full name ("groups such as Rolling Stone's Jann Wenner")
                if end < len(doc) and doc[end].text in POSSESSIVE:
                    break       # the owner of the example ("firms including Russia's Mobile Telesystems")
                names.append((n, end))
                n = end
                if n < len(doc) and doc[n].text == ",":
                    n += 1
                if n < len(doc) and doc[n].text in ("and", "or"):
                    n += 1
                if n >= len(doc) or not doc[n].text[:1].isupper():
                    break
            for s, e in names:
                ents = [y for y in ents if not (y.start < e and s < y.end)] + [Span(doc, s, e, label="ORG")]
        return sorted(ents, key=lambda x: x.start)

    @staticmethod
    def _surnames(doc: Doc, ents: list[Span], not_surnames=frozenset()) -> list[Span]:
        """A proper noun that is the last word of a person's full name elsewhere in the article is PER."""
        surnames = {e[-1].text for e in ents if e.label_ == "PER" and len(e) > 1 and _surname(e)} - not_surnames
        if not surnames:
            return ents
        out = [Span(doc, e.start, e.end, label="PER") if e.label_ != "PER" and len(e) == 1 and e.text in surnames
               else e for e in ents]
        text = doc_text(doc)
        in_ents = " ".join(text[e.start_char:e.end_char] for e in ents)
        alone = [n for n in surnames if text.count(n) > in_ents.count(n)]  # counted in C: mostly none
        added = []
        if alone:
            pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, alone)) + r")\b")
            for i in _token_starts(doc, pattern.finditer(text)):
                nxt = doc[i + 1] if i + 1 < len(doc) else None
                if doc[i].ent_iob == 2 and doc[i].tag_ in PROPER_TAGS and not (
                        nxt is not None and nxt.tag_ in PROPER_TAGS and nxt.text[:1].isupper()):
                    added.append(Span(doc, i, i + 1, label="PER"))
        return sorted(out + added, key=lambda x: x.start) if added else out

    @staticmethod
    def _persons_read_as_places(doc: Doc, ents: list[Span], known=frozenset()) -> list[Span]:
        """A one-word name the model calls a place is a person's, at every mention, where the article treats it
        as one once and no place of that name is known (the gazetteer's countries, regions and towns of
        MIN_TOWN people or more; the knowledge base's names, `known`): before a possessive and a noun a person
        owns ("Tolle's teachings", "Carangi's life", "Amis's novels"; words.LIFE_NOUNS, KIN_NOUNS, WORK_NOUNS),
        after a kin noun and a comma ("a brother, Oscar,") or "and" beside a person's name ("Richard and
        Mildred"). Not a mention after a locative preposition ("at Gatwick", places.LOCATIVE): the text puts
        something there, and the places component reads it."""
        lone = [x for x in ents if x.label_ == "LOC" and len(x) == 1 and _lone_name(x[0]) and x.text not in known
                and not _after_locative(doc, x.start)]
        if not lone:
            return ents
        per_ends = {x.end for x in ents if x.label_ == "PER"}
        per_starts = {x.start for x in ents if x.label_ == "PER"}
        names = {x.text for x in lone if _treated_as_person(doc, x, per_starts, per_ends)}
        names = {n for n in names if not _known_place(n)}
        if not names:
            return ents
        people = {x.start for x in lone if x.text in names}
        return [Span(doc, x.start, x.end, label="PER") if x.start in people and x.label_ == "LOC" else x for x in ents]

    @staticmethod
    def _places_read_as_persons(doc: Doc, ents: list[Span]) -> list[Span]:
        """A name the model calls a person is a place, at every mention, where the text puts something in it
        once ("in Najaf", "at Karnak", "born in Castelfranco Veneto"; PLACE_PREPOSITIONS) and the gazetteer knows
        a place of that name (a country, region, continent or landform, or a town of MIN_TOWN people or more), and
        no person of the article has it in a longer name ("Jordan" after "Michael Jordan")."""
        people = [x for x in ents if x.label_ == "PER" and len(x) <= 3]
        if not people:
            return ents
        names = {x.text for x in people if x.start > 0 and _after_place_preposition(doc, x.start)
                 and all(t.tag_ in PROPER_TAGS and t.text[:1].isupper() for t in x)}
        if not names:
            return ents
        longer = {t.text for x in ents if x.label_ == "PER" and x.text not in names for t in x}
        names = {n for n in names if not any(w in longer for w in n.split()) and _known_place(n)}
        if not names:
            return ents
        return [Span(doc, x.start, x.end, label="LOC") if x.label_ == "PER" and x.text in names else x for x in ents]

    @staticmethod
    def _datelines(doc: Doc, ents: list[Span]) -> list[Span]:
        """A dateline's town is a place, whatever the model made of a word in capitals."""
        text = doc_text(doc)
        # a line opening with a dateline whose town is in capitals ("MOSCOW, March 3", "GAZA (Reuters) -"); its
        # town is the one extract/places.dateline_hits finds there
        starts = {d.start for d in datelines(text) if d.caps}
        if not starts:        # most articles: no line opens with a dateline
            return ents
        for hit in dateline_hits(text):
            if hit.name_start not in starts:
                continue      # a word in capitals opening a sentence ("US Customs claimed")
            span = doc.char_span(hit.name_start, hit.name_end, label="LOC", alignment_mode="expand")
            if span is None or any(x.start == span.start and x.end == span.end and x.label_ == "LOC" for x in ents):
                continue
            ents = [x for x in ents if not (x.start < span.end and span.start < x.end)] + [span]
        return sorted(ents, key=lambda x: x.start)

    def _caps_lines(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """In a line in capitals (a wire headline, "CHINA SAYS TAIWAN SPOILS ATMOSPHERE FOR TALKS", or a dateline),
        where the model reads almost any word as a name (one in 25 of its entities right on tweets in capitals),
        the names of countries, capitals and organisations of the knowledge base (caps_names) take their own
        label: "CHINA" and "TAIWAN" LOC, "NATO" ORG, wherever the model put an entity or none. Of the model's
        other entities of one word there, one that is the name of a place the gazetteer knows ("CHECHNYA") is a
        place; the rest are dropped ("SPOILS", "SWEAR"; a dateline's town is _datelines' to read after). Names
        of two words or more stay as the model read them."""
        text = doc_text(doc)
        lines = [m.span() for m in CAPS_LINE.finditer(text)]
        if not lines:
            return ents
        found = []
        for a, b in lines:
            line = doc.char_span(a, b, alignment_mode="expand")
            if line is None:
                continue
            i = line.start
            while i < line.end:
                for n in range(min(CAPS_NAME_MAX, line.end - i), 0, -1):
                    words = doc[i:i + n]
                    label = self.caps_names.get(words.text)
                    if label == ACRONYM_ORG:
                        label = "ORG" if doc[i].ent_iob != 2 else None     # 2: outside the model's entities
                    if label is not None and words[0].is_alpha and words[-1].text[:1].isalpha():
                        found.append(Span(doc, i, i + n, label=label))
                        i += n
                        break
                else:
                    i += 1
            for x in ents:
                if line.start <= x.start and x.end == x.start + 1 and x.end <= line.end and not any(
                        x.start < f.end and f.start < x.end for f in found):
                    found.append(Span(doc, x.start, x.end, label="LOC") if _known_place(_title_case(x.text)) else
                                 Span(doc, x.start, x.start, label="LOC"))      # empty: dropped below
        if not found:
            return ents
        kept = [x for x in ents if not any(x.start < f.end and f.start < x.end or x.start == f.start for f in found)]
        return sorted(kept + [f for f in found if len(f)], key=lambda x: x.start)

    def _credits(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """A news agency or outlet credited for a story, in brackets ("MOSCOW (Reuters) -", a headline's
        "(AP)") or opening a line before a dash ("Reuters - Defense Secretary ..."), is an organisation, which the
        model mostly leaves out or runs on into the story's first words."""
        text = doc_text(doc)
        if "(" not in text and " -" not in text:
            return ents
        found = [s for m in self.credits.finditer(text) for g in (1, 2) if m.group(g)
                 for s in [doc.char_span(m.start(g), m.end(g), label="ORG")] if s is not None]
        if not found:
            return ents
        kept = [x for x in ents if not any(x.start < f.end and f.start < x.end for f in found)]
        return sorted(kept + found, key=lambda x: x.start)

    def _organisations(self, doc: Doc, ents: list[Span], matches: list[Span]) -> list[Span]:
        surnames = {e[-1].text for e in ents if e.label_ == "PER" and len(e) > 1}
        for match in filter_spans(matches):    # no overlaps, the longest first
            s, e = match.start, match.end
            inside = [x for x in ents if x.start < e and s < x.end]
            if not inside and not self._plain_name(doc, s, e):
                continue       # the model saw no entity here, and the name may be a word ("WHO" in a headline)
            if any(x.start < s or x.end > e for x in inside):
                continue       # the name is part of a longer one
            if inside and all(x.label_ == "ORG" and x.start == s and x.end == e for x in inside):
                continue
            if e - s == 1 and doc[s].text in surnames:
                continue
            if any(x.label_ == "LOC" and x.start == s and x.end == e for x in inside) and match.text in self.short_names:
                continue       # "at Madison Square Garden": a company's short name, but the model's place
            ents = [x for x in ents if x not in inside] + [Span(doc, s, e, label="ORG")]
        return sorted(ents, key=lambda x: x.start)


PROPER_TAGS = ("NNP", "NNPS")
# a capitalised word for a body, matched as written: not in capitals ("PARTY" in a headline is a headline word)
BODY_HEADS = sorted(w[:1].upper() + w[1:] for w in ORGANISATION_NAME_HEADS)
BODY_ID = get_string_id("BODY")
OF_ID = get_string_id("OF")
HONORIFIC_ID = get_string_id("HONORIFIC")
TITLE_ID = get_string_id("TITLE")
ERA_ID = get_string_id("ERA")
AFTER_PLACE_ID = get_string_id("AFTER_PLACE")
ORG_ID = get_string_id("ORG")
# an acronym in brackets: two letters or more, the first and last in capitals ("(SDF)", "(DfID)")
ACRONYM = re.compile(r"\( ?([A-Z][A-Za-z&]{0,8}[A-Z]) ?\)")
# a plural noun for organisations and "such as" or "including" ("companies such as", "groups, including")
EXAMPLES = re.compile(r"\b(?:" + "|".join(sorted(ORGANISATION_PLURALS)) + r"),? (?:such as|including) ")
# prepositions that put something in a place, not beside or toward it ("in Najaf", not "towards Churchill")
PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "into", "inside", "outside", "throughout", "within"})
# a line in capitals: two words in capitals or more, no lower-case letter ("CHINA SAYS TAIWAN SPOILS TALKS.")
CAPS_LINE = re.compile(r"(?m)^(?=[^a-z\n]*[A-Z]{2}[^a-z\n]*[ \t][^a-z\n]*[A-Z]{2})[^a-z\n]+$")
ACRONYM_ORG = "ORG?"         # caps_names' label for an organisation's acronym: ORG where the model saw a name
CAPS_NAME_MAX = 4           # tokens: the longest name looked up in such a line ("UNITED ARAB EMIRATES")
NAME_AFTER_OF_MAX = 8       # tokens: a name after "of" is no longer ("Liberation of the Congo")


def _name_start(doc: Doc, i: int) -> int:
    """The first of the capitalised words outside the model's entities that end at token i ("Federal
    Government", "Democratic Party": an adjective in the name, not one opening a sentence)."""
    s = i
    while s > 0 and doc[s - 1].ent_iob == 2 and doc[s - 1].text[:1].isupper() \
            and (doc[s - 1].tag_ in PROPER_TAGS or doc[s - 1].tag_ == "JJ" and not doc[s - 1].is_sent_start) \
            and not doc[s - 1].is_sent_end and not _caps_word(doc[s - 1].text):
        s -= 1        # ent_iob 2: outside the model's entities
    return s


def _name_after(doc: Doc, k: int, ents: list[Span]) -> int | None:
    """The end of the name starting at token k (after "of" or "of the"): entities other than persons', and
    capitalised proper nouns, joined by "of", "for" or "the"; None where no name starts there."""
    if k < len(doc) and doc[k].lower_ == "the":
        k += 1
    starts = {x.start: x for x in ents}
    inside = {j for x in ents for j in range(x.start + 1, x.end)}
    n, limit = k, min(len(doc), k + NAME_AFTER_OF_MAX)
    while n < limit and n not in inside:
        x = starts.get(n)
        if x is not None:
            if x.label_ == "PER" or x.end > limit:
                break
            n = x.end
        elif _name_word(doc[n]) or (
                n > k and doc[n].text in ("of", "for", "the") and n + 1 < limit
                and (doc[n + 1].text[:1].isupper() or doc[n + 1].text == "the")):
            n += 1      # a proper noun, or a small word joining two parts of the name
        else:
            break
    while n > k and doc[n - 1].text in ("of", "for", "the"):
        n -= 1
    return n if n > k else None


def _initials_start(doc: Doc, end: int, acronym: str) -> int | None:
    """The first token of the capitalised words ending before token `end` whose initials spell `acronym`
    (small words of a name skipped) and whose head is a word for a body: the word before the first "of" or
    "for" ("State Board of Antiquities and Heritage"), else the last ("Canadian Blood Services", not "...
    Rights Act"); None if there are none."""
    letters, initials = acronym.upper(), ""
    j = end - 1
    while j >= 0 and len(initials) < len(letters):
        t = doc[j]
        if t.text in NAME_SMALL_WORDS and initials:
            j -= 1
            continue
        if not t.text[:1].isupper() or _caps_word(t.text):
            return None
        initials = t.text[0] + initials
        j -= 1
    if initials != letters:
        return None
    words = [t.text for t in doc[j + 1:end]]
    link = next((k for k, w in enumerate(words) if w in ("of", "for") and k > 0), None)
    head = words[link - 1] if link is not None else words[-1]
    return j + 1 if head.lower() in BODY_WORDS else None


def _name_word(t) -> bool:
    """A word of a proper name: a capitalised proper noun, not in capitals, no month or weekday."""
    return t.tag_ in PROPER_TAGS and t.text[:1].isupper() and not _caps_word(t.text) and t.text not in CALENDAR_WORDS


def _token_starts(doc: Doc, matches) -> list[int]:
    """The tokens that the regex matches on the article's text are (whole tokens only): searched in C
    over the cached text, so the Python loops above see only these few."""
    out = []
    for m in matches:
        span = doc.char_span(m.start(), m.end())
        if span is not None and len(span) == 1:
            out.append(span.start)
    return out


def _token_starts_after(doc: Doc, matches) -> list[int]:
    """The tokens that start right after each regex match on the article's text."""
    out = []
    for m in matches:
        span = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if span is not None and span[0].idx == m.end():
            out.append(span.start)
    return out


def _body_name(ent: Span) -> bool:
    """The model's PER or LOC entity ending in a word for a body is the body's name: not a person's first
    name and a surname that is such a word ("Natalie Press"), not a place ending in one ("West Bank")."""
    if ent.label_ == "ORG" or len(ent) < 2:
        return False
    if ent.label_ == "PER":
        return len(ent) > 2
    return ent[-1].lower_ not in PLACE_NAME_HEADS


def _trimmed(doc: Doc, ent: Span, label: str, eras: set[int]) -> Span | None:
    """An entity without an era marker the model read into it ("the 8th century BC, Greece" -> "Greece"; "9th
    century BC" -> none) and, for an organisation, without the common noun after its name ("the Force
    Ouvrière union" -> "Force Ouvrière"): a name ends in a capitalised word. None where no name is left."""
    start, end = ent.start, ent.end
    era = start in eras
    if label == "PER" and not era and end - start > 1 and doc[end - 1].is_lower and doc[end - 1].is_alpha:
        # "Jamie Graham of" read from "said Jamie Graham of Total Film": a person's name ends in a capitalised word
        while end > start + 1 and doc[end - 1].is_lower and doc[end - 1].is_alpha:
            end -= 1
        return Span(doc, start, end, label=label) if doc[end - 1].text[:1].isupper() else ent
    lower_end = label == "ORG" and doc[end - 1].is_lower
    if not era and not lower_end:
        return ent      # most entities: one token read, no more
    if era and start > 0 and (doc[start - 1].like_num or doc[start - 1].lower_ in ("century", "centuries", "millennium")):
        start += 1
        while start < end and not doc[start].is_alpha:
            start += 1
    cut = end
    while lower_end and cut > start and doc[cut - 1].is_lower and doc[cut - 1].is_alpha \
            and doc[cut - 1].text not in NAME_SMALL_WORDS:
        cut -= 1
    if cut > start and doc[cut - 1].text not in NAME_SMALL_WORDS:
        end = cut     # not "Ministry of health": a name going on in lower case after "of"
    if (start, end) == (ent.start, ent.end):
        return ent
    if not any(t.text[:1].isupper() for t in doc[start:end]):
        return None
    return Span(doc, start, end, label=label)


def _lone_name(t) -> bool:
    """A capitalised proper noun of letters, not in capitals ("Kesha", "LaBeouf"; not "EU")."""
    return t.tag_ in PROPER_TAGS and t.is_alpha and t.text[:1].isupper() and not _caps_word(t.text) \
        and t.text not in CALENDAR_WORDS


def _treated_as_person(doc: Doc, x: Span, per_starts: set[int], per_ends: set[int]) -> bool:
    """The text treats this one-word name as a person's: a possessive and a noun a person owns after it
    (adjectives between: "LaBeouf's best performances"), a kin noun and a comma before it ("his brother,
    Oscar"), or "and" or a comma joining it to a person's name in a list ("Mandela, Tutu and others")."""
    i, n = x.start, len(doc)
    if i + 1 < n and doc[i + 1].text in POSSESSIVE:
        for t in doc[i + 2:min(n, i + 5)]:
            if t.lower_ in LIFE_NOUNS or t.lower_ in KIN_NOUNS or t.lower_ in WORK_NOUNS:
                return True
            if t.pos_ not in ("ADJ", "ADV") and t.tag_ not in ("JJ", "JJS", "JJR", "RBS", "RB"):
                break
    if i >= 2 and doc[i - 1].text == "," and doc[i - 2].lower_ in KIN_NOUNS:
        return True
    listed = ("and", ",")     # a comma joins names only inside a list: "Mandela, Tutu and others", not
    # "the regions of Macedon, Philip assembled"
    if i >= 2 and i - 1 in per_ends and (doc[i - 1].lower_ == "and" or doc[i - 1].text == "," and i + 1 < n
                                         and doc[i + 1].lower_ in listed):
        return True
    return i + 2 < n and i + 2 in per_starts and (doc[i + 1].lower_ == "and" or doc[i + 1].text == "," and i > 0
                                                   and doc[i - 1].lower_ in listed)


def _after_place_preposition(doc: Doc, i: int) -> bool:
    """Whether token i follows a preposition that puts something in a place, "the" apart ("in Najaf", "at the
    Sahel"; PLACE_PREPOSITIONS)."""
    j = i - 1 if i > 0 and doc[i - 1].lower_ != "the" else i - 2
    return j >= 0 and doc[j].lower_ in PLACE_PREPOSITIONS


def _after_locative(doc: Doc, i: int) -> bool:
    """Whether token i follows a locative preposition, "the" apart ("at Gatwick", "in the Sahel")."""
    j = i - 1 if i > 0 and doc[i - 1].lower_ != "the" else i - 2
    return j >= 0 and doc[j].lower_ in LOCATIVE


def _title_case(text: str) -> str:
    """A name in capitals as a gazetteer writes it: "NEW YORK" -> "New York", "AL-AIN" -> "Al-Ain"."""
    return " ".join("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")) for w in text.split(" "))


def _known_place(name: str) -> bool:
    """Whether the gazetteer knows a country, region, continent or landform of this name, or a town of
    MIN_TOWN people or more."""
    return any(e.kind != "city" or e.population >= MIN_TOWN for e in gazetteer().lookup(name))


def _surname(name: Span) -> bool:
    """The last word of a person's name can stand for the person alone: a capitalised word, not in
    capitals or an acronym ("Labour MPs"), not the second half of a hyphened pair ("Tory-Labour"), not a
    month or a weekday ("Theresa May" and "in May")."""
    last = name[-1].text
    return (len(last) > 1 and last[:1].isupper() and not last[:2].isupper() and name[-2].tag_ != "HYPH"
            and last not in CALENDAR_WORDS)


def _person_name(words: Span) -> bool:
    """Words that may be a person's name after a title: capitalised words not in capitals (small words and
    particles of a name between, "Staffan de Mistura", "Abu Musab al-Zarqawi"), a capitalised one last, a proper
    noun among them, no word for a body, and no more than six."""
    if len(words) > 6 or not words[-1].text.split("-")[-1][:1].isupper():
        return False
    if not any(t.tag_ in PROPER_TAGS for t in words):
        return False        # "Prosecutor Seeks" in a headline: a verb, no name
    return all((t.text[:1].isupper() and not _caps_word(t.text.rstrip(".")) or t.text in NAME_SMALL_WORDS or t.text in "-."
                or t.text[:1].islower() and "-" in t.text) and t.lower_ not in BODY_WORDS for t in words)


def _caps_word(text: str) -> bool:
    return len(text) > 1 and text.isupper()

