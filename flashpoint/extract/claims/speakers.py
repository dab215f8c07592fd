"""Who is speaking: a subject phrase ("Kremlin spokesman Dmitry Peskov", "he", "a defense
administration official who spoke to CNN", "the official") resolved to an actor reference.

Used by quotes (speakers) and figures (claimants). Resolution order for a phrase:
  1. a pronoun -> the last person of its gender (he/she), organisation or country (it) that spoke or
     is the subject of a main clause in its sentence or the two before, else the most recent such
     mention; the last speaker (they, when a group spoke last). Names inside the words the pronoun's
     verb reports are not its antecedent ("Mr Bush's first task was ..., he said" is not Bush's);
     a definite phrase of a person's trade ("the singer said") is resolved the same way;
  2. a named person in the head of the phrase -> that person ("Kremlin spokesman Dmitry Peskov");
  3. a title noun without a name (official, spokesman, diplomat, source) -> an unnamed speaker:
     "unnamed defense official", coded from an organisation or country in the phrase ("a NATO
     official" -> IGOWSTNAT) or else from the context (the last mention of the same department,
     e.g. "Department of Defense", and its country); a definite "the official" is the unnamed
     speaker met before with the same title;
  4. an organisation or country mention ("the Kremlin", "Ukraine's defence ministry");
  5. outlets and "the media" are never speakers (they become ``via``).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from flashpoint.codes.agents import ROLE_CODES
from flashpoint.extract.claims.attribution import (GENERIC_OUTLET_RE, OUTLET_RE, is_outlet, names_outlet, outlets_in,
                                                   told_outlets)
from flashpoint.extract.base import (ActorMention, actor_mentions, article_of, doc_text, sentence_index, sentence_span,
                                     whole_word_hits)
from flashpoint.nlp.datelines import dateline
from flashpoint.nlp.deps import SUBJECTS
from flashpoint.nlp.extensions import slot
from flashpoint.kb.builtin import country_entries
from flashpoint.kb.knowledge_base import default_kb
from flashpoint.kb.offices import office_key
from flashpoint.extract.claims.antecedents import (fronted_for_name, gender, is_first_name,
                                                   is_main_subject)
from flashpoint.extract.claims.sentences import sentence_of_char
from flashpoint.records import ActorRef
from flashpoint.extract.words import HONORIFICS as HONORIFIC_WORDS
from flashpoint.extract.words import (ALIAS_MARKERS, FEMALE_PERSON_NOUNS, FEMININE_PRONOUNS, FIRST_PERSON_SUBJECTS,
                                      KIN_NOUNS, MALE_PERSON_NOUNS, ORGANISATION_HEADS, ORGANISATION_NOUNS,
                                      PERSON_PRONOUNS, PERSON_ROLE_NOUNS, PLURAL_PEOPLE_NOUNS, PLURAL_PRONOUNS,
                                      OFFICE_QUALIFIERS, PAST_OFFICE_WORDS, POSSESSIVE, QUANTITY_NOUNS, THING_PRONOUNS,
                                      TITLE_NOUNS, FINDING_NOUNS, FIRST_PERSON_SINGULAR, ISSUED_NOUNS, NARRATIVE_NOUNS,
                                      PRESS_NOUNS, PUBLICATION_NOUNS, STATEMENT_NOUNS)

FIRST_PERSON_SINGULAR_LOWER = frozenset(w.lower() for w in FIRST_PERSON_SINGULAR)
FIRST_PERSON_RE = re.compile(r"\b(?:" + "|".join(sorted(FIRST_PERSON_SINGULAR)) + r")\b", re.IGNORECASE)
INSTITUTION_NOUNS = {"ministry", "government", "military", "army", "police", "administration", "department",
                     "navy", "office", "agency", "command", "forces", "service", "services", "cabinet", "presidency",
                     "embassy", "mission", "headquarters", "staff", "council", "committee", "parliament"}
# Department words in an unnamed speaker's phrase -> (name word, CAMEO role): "defense official" -> MIL.
SECTORS = [
    (re.compile(r"(?i)\b(?:defen[cs]e|pentagon)\b"), "defense", "MIL"),
    (re.compile(r"(?i)\b(?:military|army|armed\s+forces|navy|air\s+force|general\s+staff|forces)\b"), "military", "MIL"),
    (re.compile(r"(?i)\b(?:intelligence|spy)\b"), "intelligence", "SPY"),
    (re.compile(r"(?i)\b(?:police|interior\s+ministry|law\s+enforcement|security)\b"), "security", "COP"),
    (re.compile(r"(?i)\b(?:foreign\s+ministry|foreign\s+affairs|state\s+department|diplomatic)\b"),
     "foreign ministry", "GOV"),
    (re.compile(r"(?i)\b(?:health\s+ministry|health)\b"), "health", "GOV"),
    (re.compile(r"(?i)\b(?:white\s+house|kremlin|government|administration|presidential|ministry|cabinet)\b"),
     "government", "GOV"),
]
GOVERNMENT_TITLES = {"official", "officials", "spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen",
                     "spokeswomen", "spokespersons", "diplomat", "diplomats", "minister", "ministers", "aide", "aides",
                     "adviser", "advisers", "advisor", "advisors", "representative", "representatives", "envoy", "envoys",
                     "negotiator", "negotiators", "ambassador", "authorities", "authority", "secretary", "governor"}
MILITARY_TITLES = {"officer", "officers", "commander", "commanders", "general", "colonel"}
NON_COUNTRY_PREFIXES = ("IGO", "NGO", "NGM", "INT", "MNC", "UIS", "IMG", "REG", "WST")
RELATIVE_CUT = {"who", "whom", "whose", "which", "that", ",", ";", ":", "(", "—", "–"}
GENERIC_NON_SPEAKERS = {"this", "that", "these", "those", "which", "what", "who", "there", "here", "one", "all", "some",
                        "many", "others", "it", "everyone", "nobody", "anyone", "someone", "something", "nothing"}
LEADING_NOISE = {"and", "but", "when", "while", "as", "after", "before", "because", "since", "if", "so", "then",
                 "meanwhile", "however", "also", "where", "although", "though", "earlier", "later", "separately",
                 "previously", "yesterday"}
# a relative pronoun before the speaker, the object of the clause's verb of saying ("which critics called")
OBJECT_RELATIVES = {"which", "whom"}
MODIFIER_PREPS = {"of", "for", "from", "to", "at", "with", "in", "close"}


@dataclass
class Speaker:
    """A resolved speaker: the reference to emit, how it was found, and outlets named on the way."""

    ref: ActorRef | None
    kind: str                      # person | actor | anonymous | pronoun | outlet | media | unknown
    rule: str
    mention: ActorMention | None = None
    via: list[str] = field(default_factory=list)
    title: str | None = None       # the title noun of an unnamed speaker ("official")
    span: tuple[int, int] | None = None  # characters naming the speaker: its mention, else its words

    @property
    def is_speaker(self) -> bool:
        return self.ref is not None and self.kind != "media"


AGED = re.compile(r"\b\d+-year-old$")
AGE_INSIDE = re.compile(r"\b\d+-year-old\b")
AFTER_HONORIFIC = re.compile(r"(?<![\w.])(?:" + "|".join(sorted(h for h in HONORIFIC_WORDS if not h.endswith(".")))
                             + r")\.?\s+$")
HONORIFICS = re.compile(r"^(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Brig|Cpl|Pte)\.?\s+)+(?=\S)")


def clean_name(text: str) -> str:
    """A name as written minus honorifics and abbreviated ranks ("Mr Blair" -> "Blair", "Gen. Ali
    Reza" -> "Ali Reza"); titles that are part of a name ("Lord Falconer", "Sir Alan") stay."""
    return HONORIFICS.sub("", text.strip())


DASHES = {"-", "--", "—", "–"}


def after_dateline(tokens: list[Token]) -> list[Token]:
    """Words after a wire dateline ("KIEV (Reuters) -", "BAGHDAD, Iraq -", "AP -") when the phrase
    starts with one (nlp/datelines.py)."""
    d = dateline(doc_text(tokens[0].doc), tokens[0].idx) if tokens else None
    if d is None or not d.closed:
        return tokens
    return [t for t in tokens if t.idx >= d.end]


def _in_opening_participle(tok: Token) -> bool:
    """``tok`` lies inside a participle clause that opens its sentence, before that clause's comma ("Welcoming |the
    ruling|, Ms Sherlock said", "Asked about |the report|, the minister said"); not a participle that is a word of the
    subject ("Leading economists said")."""
    words = [t for t in tok.sent if not (t.is_space or t.is_punct)]
    first = words[0] if words else None
    if first is None or first.i >= tok.i or first.tag_ not in ("VBG", "VBN", "VBD") or \
            first.dep_ in ("amod", "compound", "nmod") or first.text[:1].islower() or first.lower_ == "according":
        return False
    if first.tag_ == "VBD" and first.lower_ not in ("asked", "pressed", "questioned"):
        return False  # a past verb opens a clause of its own; "Asked about X," is a participle the tagger misread
    return not any(t.text == "," for t in tok.doc[first.i:tok.i])


PLACE_ENTS = {"GPE", "LOC", "NORP", "FAC"}  # both label sets the shipped models use


def without_possessor(tokens: list[Token]) -> list[Token]:
    """"Comey's allies", "Pearson's Financial Times", "the farmers' union": the one who speaks is what
    the phrase's head noun names, not its possessor, so the parse's possessor (with its words) is
    dropped. A place or country stays: "Ukraine's air force" and "London's most senior police officer" are
    coded by it, and so does an institution ("the prosecutor's office")."""
    inside = {t.i for t in tokens}
    for t in tokens:
        if t.dep_ not in ("poss", "nmod:poss") or t.head.i not in inside or t.head.i <= t.i or t.pos_ == "PRON":
            continue
        if t.head.lower_ in INSTITUTION_NOUNS:
            continue  # "the prosecutor's office", "the party's press office": the possessor names the institution
        if t.head.lower_ in ISSUED_NOUNS | FINDING_NOUNS and \
                not any(w.i > t.head.i and w.pos_ in ("NOUN", "PROPN") for w in tokens):
            # "Chelsea's statement added", "the bank's own survey found": a paper speaks for whoever issued it
            mark = next((c.i for c in t.children if c.dep_ == "case" or c.tag_ == "POS"), t.i + 1)
            owner = [w for w in tokens if w.i < mark]
            if owner:
                return owner
        words = list(t.subtree)
        lo = min(w.idx for w in words)
        own = [m for m in actor_mentions(t.doc) if lo <= m.start_char and m.end_char <= t.head.idx]
        # "Comey's allies" whatever entity type the tagger gave Comey; "Sweden's Volvo", "the British
        # Bankers' Association" whatever it gave Sweden or Bankers
        person = any(m.kind == "person" and m.start_char <= t.idx < m.end_char for m in own)
        if not person and (any(w.ent_type_ in PLACE_ENTS for w in words) or any(m.kind == "country" for m in own)):
            continue
        drop = {w.i for w in words} | {c.i for c in t.children if c.dep_ == "case"}
        kept = [w for w in tokens if w.i not in drop]
        if any(w.pos_ in ("NOUN", "PROPN") for w in kept):
            return kept
    return tokens


QUANTIFIERS = {"one", "two", "three", "some", "several", "many", "most", "all", "both", "each", "none", "few"}


def without_brackets(tokens: list[Token]) -> list[Token]:
    """"Coca-Cola Co. (KO.N: Quote, Profile, Research)", "the Office for National Statistics (ONS)": words in
    brackets are no part of the speaker's name (unless nothing else is left)."""
    kept, depth = [], 0
    for t in tokens:
        depth += t.text == "("
        if depth == 0:
            kept.append(t)
        depth -= t.text == ")" and depth > 0
    return kept if any(t.is_alpha for t in kept) else tokens


def without_dashed_aside(tokens: list[Token]) -> list[Token]:
    """"DJ Norman Cook - aka Fatboy Slim - has said": the words between two spaced dashes are an aside
    about the speaker, not the speaker (one dash alone may end a dateline: "LONDON - Officials said")."""
    dashes = [j for j, t in enumerate(tokens) if j > 0 and t.text in DASHES and tokens[j - 1].whitespace_]
    if len(dashes) < 2:
        return tokens
    return tokens[:dashes[0]] + tokens[dashes[1] + 1:]


ALIAS_STARTS = {marker[0] for marker in ALIAS_MARKERS}


def alias_at(tokens: list[Token], k: int) -> int:
    """How many tokens from ``k`` say that a second name follows ("also known as", "aka"); 0 when none do."""
    if k >= len(tokens) or tokens[k].lower_ not in ALIAS_STARTS:
        return 0
    for marker in ALIAS_MARKERS:
        if tuple(t.lower_ for t in tokens[k:k + len(marker)]) == marker:
            return len(marker)
    return 0


def alias_names(tokens: list[Token]) -> tuple[list[Token], list[Token]] | None:
    """"JK, also known as Jason King", "Norman Cook, aka Fatboy Slim": the two names of one speaker, each
    without the commas around it; None when the phrase gives no second name."""
    if not any(t.lower_ in ALIAS_STARTS for t in tokens):
        return None
    for k in range(1, len(tokens)):
        n = alias_at(tokens, k)
        if not n or tokens[k - 1].text not in (",", "(", "-", "—", "–"):
            continue
        first = [t for t in tokens[:k - 1] if not t.is_punct or t.text in ("-", ".")]
        second = []
        for t in tokens[k + n:]:
            if t.text in (",", ")", ";", "(") or t.text in DASHES and t.whitespace_:
                break
            second.append(t)
        if first and second:
            return first, second
    return None


def without_quantifier(tokens: list[Token]) -> list[Token]:
    """"one of the world's leading credit rating agencies", "some of the protesters": the group speaks."""
    if len(tokens) > 3 and tokens[0].lower_ in QUANTIFIERS and tokens[1].lower_ == "of":
        return tokens[2:]
    return tokens


def country_of(m: ActorMention) -> str | None:
    """ISO alpha-3 country of a mention: its own field, else the first three letters of its code."""
    if m.country:
        return m.country
    if m.code and len(m.code) >= 3 and m.code[:3].isalpha() and m.code[:3].isupper() \
            and not m.code.startswith(NON_COUNTRY_PREFIXES):
        return m.code[:3]
    return None


# A word before a title that makes it another office: "Deputy Prime Minister John Prescott" is not "the prime minister"
OFFICE_QUALIFIER = re.compile(r"(?i)\b(?:" + "|".join(sorted(OFFICE_QUALIFIERS)) + r")[\s-]+$")


def _surname_agent(doc: Doc, m: ActorMention) -> bool:
    """A role noun the actors component coded ("Hunter" -> civilians) that is a capitalised word inside a person's
    name the recogniser found ("Ian Hunter", "Tom Baker"): no agent, a surname."""
    if m.kind != "agent" or not m.text[:1].isupper():
        return False
    span = doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
    return span is not None and all(t.ent_type_ in ("PER", "PERSON") and t.ent_iob_ == "I" for t in span)


# the aside right after a name, up to its noun: ", the daughter of", ", his widow", ", a mother-of-two from"
APPOSITIVE_NOUN = re.compile(r",\s+(?:the|a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?([\w-]+)(?=\s+(?:of|from|who|and)\b|,)")


@functools.lru_cache(maxsize=1)
def _person_demonyms() -> frozenset[str]:
    """The knowledge base's words for a country's people that name one person after "the" ("the Norwegian", "the
    Dutchman"); not those that name a whole people ("the French", "the Swiss", "the Chinese")."""
    return frozenset(adj for adj in _country_adjectives()
                     if adj[:1].isupper() and " " not in adj and not adj.endswith(("ese", "ch", "sh", "s", "men")))


@functools.lru_cache(maxsize=1)
def _country_adjectives() -> frozenset[str]:
    """The knowledge base's adjectives of countries ("Dutch", "Norwegian", "Chinese")."""
    return frozenset(adj for e in country_entries() for adj in e.adjectives)


def _initials_of_a_trade(tok: Token) -> bool:
    """Capital initials the tagger reads as a common noun, no name a recogniser saw anywhere in the document: an
    office or a trade by its initials ("said the CEO"), which a definite phrase uses for someone named before it
    ("The BNP has denied ...", the party named elsewhere, is no trade)."""
    if not (tok.text.isupper() and tok.is_alpha and 2 <= len(tok.text) <= 4 and tok.tag_ == "NN"):
        return False
    return not any(tok.text in e.text.split() for e in tok.doc.ents) and \
        not any(tok.text in m.text.split() for m in actor_mentions(tok.doc))


def _comma_in_name(tokens: list[Token], k: int) -> bool:
    """The comma at ``tokens[k]`` lists the parts of a department's name before the title of its speaker, which
    ends the phrase: "A Department for Environment, Food and Rural Affairs spokeswoman"."""
    n = k + 1
    while n < len(tokens) and (tokens[n].text[:1].isupper() or tokens[n].text in (",", "and", "&")):
        n += 1
    return n > k + 1 and n == len(tokens) - 1 and tokens[n].lower_ in TITLE_NOUNS and tokens[n - 1].text[:1].isupper() \
        and any(t.text in ("and", "&") for t in tokens[k + 1:n])  # a list of the name's parts, not "Ivan Petrov, Kremlin"


def _introduced_with_role(doc: Doc, m: ActorMention) -> bool:
    """A person named in full for the first time and described by an aside that gives their office or trade ("the
    personal choice of Steven Gaydos, executive editor of industry magazine Variety. But while he tipped Swank ..."):
    the writer brings in whom the next sentences are about, wherever the name stands in its clause (not a name in a
    list: "X, Y and Z")."""
    if len(m.text.split()) < 2:
        return False
    span = doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
    if span is None or span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return False
    for t in doc[span.end + 1:span.end + 8]:
        if t.is_punct or t.is_quote or t.ent_type_ in ("PER", "PERSON") or t.pos_ in ("VERB", "AUX"):
            return False
        if t.lower_ in TITLE_NOUNS or t.lower_ in PERSON_ROLE_NOUNS or \
                t.dep_ == "appos" and t.tag_ == "NN" and span.start <= t.head.i < span.end:
            return True  # (the parse's aside on the name, a common noun: "executive editor of ...")
    return False


def _person_name_span(doc: Doc, m: ActorMention) -> tuple[int, int]:
    """Where the name of a person mention stands: before a possessive the mention runs on over ("Tony Blair's former
    press secretary" is coded as Blair, whose name is no subject of the clause that phrase is the subject of), after
    one that only says where the person is from ("Britain's Paula Radcliffe has also not ruled out ...": the subject)."""
    k = min((m.text.find(p) for p in ("'s", "’s") if p in m.text), default=-1)
    if k <= 0:
        return m.start_char, m.end_char
    after = doc.char_span(m.start_char + k + 2, m.end_char, alignment_mode="contract")
    if after is not None and len(after) and after[0].ent_type_ in ("PER", "PERSON") and after[0].text[:1].isupper():
        return after.start_char, m.end_char
    return m.start_char, m.start_char + k


class SpeakerResolver:
    """Resolves subject phrases in one document, remembering unnamed speakers for "the official"."""

    def __init__(self, doc: Doc, excluded: list[tuple[int, int]] | None = None):
        self.doc = doc
        self.excluded = excluded or []       # character spans (quotes) whose mentions pronouns skip
        self.unnamed: list[tuple[int, Speaker]] = []
        self.spoken: list[tuple[int, Speaker]] = []
        self.content: list[tuple[int, int]] = []  # the words the phrase's verb reports: no antecedent there
        self.reported: list[tuple[int, int]] = []  # the words every phrase so far reports: no salient antecedent there
        self.voice = False  # the phrase frames a direct quote
        self.quote_text = ""  # the words of the direct quote the phrase frames
        self._person_index: list[tuple[int, Speaker, bool]] | None = None
        self.pronoun_gender: dict[str, str] = {}  # name -> the gender of a pronoun that stood for it
        self._genders: dict[tuple, str | None] = {}   # _gender's answers from a speaker's words and the article
        self._sentence_words: dict[int, bool] = {}
        self._pronoun_memo: dict[int, Speaker | None] = {}  # a subject pronoun's position -> whom it stands for
        self._quoted_memo: dict[int, bool] = {}

    # pronouns and definite phrases look back over their sentence and the two before it for a salient antecedent
    WINDOW = 2
    # a "she" with no woman of known gender in the window looks this many sentences back for one
    FEMALE_WINDOW = 5

    # -- public -----------------------------------------------------------------------------
    def resolve(self, tokens: list[Token], content: list[tuple[int, int]] | None = None,
                salient: bool = True, voice: bool = False, quote: tuple[int, int] | None = None) -> Speaker | None:
        """The speaker a phrase names, or None when the phrase names nobody; ``content``: the character
        spans of what the phrase's verb reports (names there are not what a pronoun stands for); ``salient``: False
        when the speaker is not whom the sentence is about, so no pronoun after it takes them for having spoken;
        ``voice``: the phrase frames words quoted as spoken (a direct quote), which one person says, not a people;
        ``quote``: that quote's character span (a "he" is nobody the quote speaks of by name)."""
        self.content = content or []
        self.reported += self.content
        self.voice = voice
        self.quote_text = doc_text(self.doc)[quote[0]:quote[1]] if quote else ""
        words = [t for t in tokens if not t.is_space and t.text not in ("“", "”", '"', "‘", "’")]
        tokens = [t for t in words if not (self._in_date(t) and not self._names_with(t))]
        if not tokens and len(words) == 1 and self._is_surname(words[0].text):
            tokens = words  # "“...,” Friday said" after "coach Mike Friday": his surname, not the day
        # "Muqtada al-Sadr Monday said": the day is no part of him; "the Sunday Times" is a name
        tokens = after_dateline(without_dashed_aside(without_brackets(tokens)))
        aliased = self._aliased(tokens)
        if aliased is not None:
            return aliased
        tokens = self._whole_names(without_possessor(without_quantifier(tokens)))
        while tokens and (tokens[0].is_punct or tokens[0].lower_ in LEADING_NOISE
                          or (tokens[0].lower_ in OBJECT_RELATIVES and len(tokens) > 1)):
            tokens = tokens[1:]     # "..., which critics called 'relentless'": the critics speak
        comma = next((k for k, t in enumerate(tokens) if t.text == ","), None)
        if comma is not None and 0 < comma < len(tokens) - 1 and tokens[0].dep_ != "amod" and \
                (tokens[0].tag_ in ("VBG", "VBN") or tokens[0].lower_.endswith("ing") and tokens[1].tag_ == "IN"):
            tokens = tokens[comma + 1:]  # "Commenting on the delay, Mr Levy said": an opening participle clause
        elif comma is not None and comma < len(tokens) - 1 and _in_opening_participle(tokens[0]):
            tokens = tokens[comma + 1:]  # "Welcoming the ruling, Maeve Sherlock said": the parse made the participle's
            # object the subject; the participle's clause ends at its comma and the speaker follows
        if not tokens:
            return None
        named = self._named_before_appositive(tokens)
        if named is not None:
            return named
        start_char = tokens[0].idx
        phrase_text = doc_text(self.doc)[tokens[0].idx:tokens[-1].idx + len(tokens[-1])]
        head, rest = self._split_relative(tokens)
        via = told_outlets(phrase_text)
        speaker = self._appositive_name(head, rest)
        if speaker is None:
            speaker = self._resolve_head(head, rest, start_char)
        if speaker is not None:
            speaker.via = list(dict.fromkeys([*speaker.via, *via]))
            if speaker.span is None:
                speaker.span = self._span_of(speaker, tokens)
            if speaker.is_speaker and salient:
                self.spoken.append((start_char, speaker))
        return speaker

    def _is_surname(self, word: str) -> bool:
        """A word the document gives someone as a surname: the last word of a person's full name, or the word
        after a known first name ("coach Mike Friday", whatever the recogniser made of it)."""
        if any(p[1].mention is not None and len(p[1].mention.text.split()) > 1 and
               p[1].mention.text.split()[-1] == word for p in self._people()):
            return True
        return any(is_first_name(m.group(1)) for m in
                   re.finditer(rf"\b([A-Z][a-z]+)\s+{re.escape(word)}\b", doc_text(self.doc)))

    def _aliased(self, tokens: list[Token]) -> Speaker | None:
        """"JK, also known as Jason King, said": one speaker by two names, named by the one that is a person's
        full name (a person the recogniser found, or a known first name and a capitalised surname), else the first."""
        names = alias_names(tokens)
        if names is None:
            return None
        first, second = names

        def full_name(words: list[Token]) -> ActorMention | bool:
            lo, hi = words[0].idx, words[-1].idx + len(words[-1])
            person = next((m for m in actor_mentions(self.doc) if m.kind == "person" and m.start_char <= lo and
                           hi <= m.end_char), None)
            caps = [t for t in words if t.text[:1].isupper() and t.is_alpha]
            return person or (len(caps) >= 2 and caps[-1].i == words[-1].i and is_first_name(caps[-2].text))

        side = second if full_name(second) and not full_name(first) else first
        # the name itself: the capitalised words closing the side ("Rapper JK" is JK)
        run = []
        for t in reversed(side):
            if not (t.text[:1].isupper() or t.text in ("-", ".")) or t.lower_ in TITLE_NOUNS and run:
                break
            run.insert(0, t)
        run = run or side
        lo, hi = run[0].idx, run[-1].idx + len(run[-1])
        text = doc_text(self.doc)[lo:hi]
        found = full_name(run)
        ref = found.ref() if isinstance(found, ActorMention) and found.text == text else \
            ActorRef(name=clean_name(text), code=None, text=text)
        speaker = Speaker(ref, "person", "speaker:alias", span=(tokens[0].idx, tokens[-1].idx + len(tokens[-1])))
        self.spoken.append((tokens[0].idx, speaker))
        return speaker

    def _whole_names(self, tokens: list[Token]) -> list[Token]:
        """A phrase the parse cut inside a name keeps the whole name: "But Human Rights Watch says" (the parse's
        subject "Watch") is Human Rights Watch, the span the recognisers gave it; "the Constitutional Affairs
        Select Committee" (the subject "Select Committee") runs back over the capitalised words of the
        organisation's name."""
        if not tokens:
            return tokens
        first = tokens[0]
        cover = [m for m in actor_mentions(self.doc) if m.start_char < first.idx < m.end_char]
        lo = min((m.start_char for m in cover), default=None)
        k = first.i
        if lo is None and first.text[:1].isupper() and \
                any(t.lower_ in ORGANISATION_HEADS for t in tokens if t.text[:1].isupper()):
            while k > 0 and self.doc[k - 1].text[:1].isupper() and self.doc[k - 1].is_alpha and \
                    self.doc[k - 1].lower_ not in LEADING_NOISE and \
                    (not self.doc[k - 1].is_sent_start or self.doc[k - 1].pos_ == "PROPN") and \
                    self.doc[k - 1].pos_ != "DET":
                k -= 1
        elif lo is not None:
            while k > 0 and self.doc[k - 1].idx >= lo:
                k -= 1
            if any(t.tag_ == "POS" or t.lower_ in POSSESSIVE for t in self.doc[k:first.i]):
                return tokens  # "Michael Jackson's mother": the possessor dropped stays dropped
        if k == first.i:
            return tokens
        return [t for t in self.doc[k:first.i] if not t.is_space] + tokens

    def _named_before_appositive(self, tokens: list[Token]) -> Speaker | None:
        """"Mr Hain, Leader of the Commons, told ...": when the parse gives the verb the appositive between
        commas for its subject, the person named just before the first comma speaks."""
        first = tokens[0].i
        if tokens[-1].text != "," or first < 2:
            return None
        k = first - 1  # "John Ison, from the controversial group Fathers 4 Justice, said": the parse's subject is
        while k > max(0, first - 7) and self.doc[k].text != "," and self.doc[k].tag_ in ("IN", "DT", "JJ", "NN", "NNP",
                                                                                        "NNS", "CD", "POS"):
            k -= 1  # the group's name; the words back to the comma open the same aside
        if self.doc[k].text != "," or (k < first - 1 and self.doc[k + 1].tag_ != "IN"):
            return None
        first = k + 1
        if any(t.ent_type_ in ("PERSON", "PER") and t.lower_ not in TITLE_NOUNS and t.lower_ not in PERSON_ROLE_NOUNS
               for t in tokens):
            return None     # "Mr X, spokesman Ivan Petrov, said": the appositive names its own person
        comma = self.doc[first - 1].idx
        person = next((p for p in self._people() if p[1].mention is not None
                       and p[1].mention.end_char == comma and p[1].mention.kind == "person"), None)
        if person is None:
            return self._unknown_before_appositive(first - 1, tokens)
        m = person[1].mention
        speaker = Speaker(self._person_ref(m), "person", "speaker:before-appositive", mention=m)
        speaker.span = (m.start_char, m.end_char)
        self.spoken.append((m.start_char, speaker))
        return speaker

    def _named_elsewhere(self, tok: Token) -> bool:
        """The word at ``tok`` stands capitalised inside another sentence of the document, as a proper name
        ("drug-testing expert Michelle Verroken. Verroken, ...": the second is a name whatever its tag), or right
        after another such word where the splitter opened a sentence between the two ("Michelle. Verroken")."""
        doc = self.doc
        return any(t.text == tok.text and t.i != tok.i and t.pos_ == "PROPN" and
                   (not t.is_sent_start or t.i > 0 and doc[t.i - 1].pos_ == "PROPN") for t in doc)

    def _unknown_before_appositive(self, comma: int, tokens: list[Token]) -> Speaker | None:
        """"Verroken, a former director of drug-free sport, insists": a name no recogniser knew that opens the
        sentence before an aside naming an office or a trade (the parse's subject) is the person who speaks."""
        if not any(t.lower_ in TITLE_NOUNS or t.lemma_.lower() in PERSON_ROLE_NOUNS for t in tokens):
            return None
        k = comma
        while k > 0 and self.doc[k - 1].is_alpha and self.doc[k - 1].text[:1].isupper() and \
                (self.doc[k - 1].pos_ == "PROPN" or self._named_elsewhere(self.doc[k - 1])):
            k -= 1
        words = list(self.doc[k:comma])
        if not words or not self._unknown_name(words) or \
                not is_main_subject(self.doc, words[0].idx, words[-1].idx + len(words[-1])):
            return None
        lo, hi = words[0].idx, words[-1].idx + len(words[-1])
        name = doc_text(self.doc)[lo:hi]
        speaker = Speaker(ActorRef(name=name, code=None, text=name), "name", "speaker:before-appositive", span=(lo, hi))
        self.spoken.append((lo, speaker))
        return speaker

    def _span_of(self, speaker: Speaker, tokens: list[Token]) -> tuple[int, int]:
        """Where the article names the speaker: the mention it was resolved to when that mention is
        its words or lies outside the phrase ("he" -> "Mr Putin" before), else its words in the phrase."""
        lo, hi = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
        m = speaker.mention
        words = speaker.ref.text if speaker.ref is not None else ""
        if m is not None and (m.text == words or not lo <= m.start_char < hi):
            return m.start_char, m.end_char
        k = doc_text(self.doc).find(words, lo, hi) if words else -1
        if k >= 0:
            return k, k + len(words)
        return (m.start_char, m.end_char) if m is not None else (lo, hi)

    @staticmethod
    def _names_with(tok: Token) -> bool:
        """A day word the parse makes part of a following name ("the Sunday Telegraph"), or a surname after a
        first name ("coach Mike Friday"; not "Muqtada al-Sadr Monday said")."""
        if tok.dep_ in ("compound", "amod") and tok.head.i > tok.i and tok.head.pos_ == "PROPN":
            return True
        doc = tok.doc
        return tok.i > 0 and is_first_name(doc[tok.i - 1].text) and doc[tok.i - 1].text not in HONORIFIC_WORDS and \
            not (tok.i > 1 and doc[tok.i - 2].text[:1].isupper() and doc[tok.i - 2].is_alpha)

    def _in_date(self, tok: Token) -> bool:
        return any(d.start_char <= tok.idx < d.end_char for d in slot(self.doc, "fp_dates") or [])

    def _appositive_name(self, head: list[Token], rest: list[Token]) -> Speaker | None:
        """"The spokesman for the regional government, Ivan Petrov," "The coach, Ian Rennie," name the person;
        "The retailers' body, the BRC," names the organisation."""
        if rest and rest[0].text == "," and head[-1].lower_ in ORGANISATION_NOUNS | ORGANISATION_HEADS:
            return self._appositive_organisation(rest)
        if not rest or rest[0].text != ",":
            return None
        if any(m.kind == "person" for m in self._mentions(head[0].idx, head[-1].idx + len(head[-1]))):
            return None
        appos = []
        for t in rest[1:]:
            if t.text in (",", ";", "(", ")"):
                break
            appos.append(t)
        if not appos or len(appos) > 5 or not all(t.text[:1].isupper() or t.text in ("-", ".") for t in appos):
            return None
        end = appos[-1].idx + len(appos[-1])
        persons = [m for m in self._mentions(appos[0].idx, end) if m.kind == "person"]
        if not any(t.lower_ in TITLE_NOUNS or t.lower_ in PERSON_ROLE_NOUNS or t.lower_ == "president" for t in head) \
                and not self._person_noun_naming(head, appos, persons):
            return None
        if persons:
            m = persons[-1]
            tail = doc_text(self.doc)[m.end_char:end].strip()
            if tail and not m.kb_id and all(w[:1].isupper() for w in tail.split()):
                # "Major General Shaukat Sultan" where the recogniser stopped at "Shaukat"
                return Speaker(ActorRef(name=f"{m.name} {tail}", code=m.code, text=doc_text(self.doc)[m.start_char:end]),
                               "person", "speaker:appositive", mention=m)
            return Speaker(self._person_ref(m), "person", "speaker:appositive", mention=m)
        name = doc_text(self.doc)[appos[0].idx:appos[-1].idx + len(appos[-1])]
        return Speaker(ActorRef(name=clean_name(name), code=None, text=name), "person", "speaker:appositive")

    def _person_noun_naming(self, head: list[Token], appos: list[Token], persons: list[ActorMention]) -> bool:
        """"the Lukoil's owner, Ameer Karass,", "a neighbour, Mary Brown,": a common noun of any trade or
        relation, no word list's, heads a phrase whose aside between commas is wholly one person the recognisers
        know; a noun for a body, a document or a thing stays out ("the company, John Lewis,")."""
        noun = head[-1]
        if len(persons) != 1 or noun.tag_ != "NN" or not noun.is_lower or not noun.is_alpha or \
                noun.lower_ in ORGANISATION_NOUNS | ORGANISATION_HEADS | INSTITUTION_NOUNS | ISSUED_NOUNS | \
                FINDING_NOUNS | STATEMENT_NOUNS | NARRATIVE_NOUNS | GENERIC_NON_SPEAKERS | PUBLICATION_NOUNS:
            return False
        m = persons[0]
        return m.start_char <= appos[0].idx and m.end_char >= appos[-1].idx + len(appos[-1])

    def _appositive_organisation(self, rest: list[Token]) -> Speaker | None:
        """The name between the commas after a noun for an organisation: "the BRC" of "The retailers' body, the BRC,"
        (a capitalised name of one to five words, "the" before it or not; none when the aside is anything else)."""
        appos = []
        for t in rest[1:]:
            if t.text in (",", ";", "(", ")"):
                break
            appos.append(t)
        if appos and appos[0].lower_ == "the":
            appos = appos[1:]
        if not appos or len(appos) > 5 or not all(t.text[:1].isupper() or t.text in ("-", "&") for t in appos) or \
                len(rest) <= len(appos) + 1 or rest[-1].text != ",":
            return None
        end = appos[-1].idx + len(appos[-1])
        found = [m for m in self._mentions(appos[0].idx, end) if m.kind != "person"]
        if found:
            return Speaker(found[-1].ref(), "actor", "speaker:appositive", mention=found[-1])
        name = doc_text(self.doc)[appos[0].idx:end]
        return Speaker(ActorRef(name=clean_name(name), code=None, text=name), "name", "speaker:appositive")

    def remember(self, char: int, speaker: Speaker) -> None:
        self.spoken.append((char, speaker))

    # -- steps ------------------------------------------------------------------------------
    @staticmethod
    def _split_relative(tokens: list[Token]) -> tuple[list[Token], list[Token]]:
        for k, t in enumerate(tokens):
            if k > 0 and t.lower_ in RELATIVE_CUT and not (t.text == "," and _comma_in_name(tokens, k)):
                return tokens[:k], tokens[k:]
        return tokens, []

    def _resolve_head(self, head: list[Token], rest: list[Token], start_char: int) -> Speaker | None:
        doc = self.doc
        words = [t.lower_ for t in head]
        if len(head) == 1 and words[0] in PERSON_PRONOUNS | PLURAL_PRONOUNS | THING_PRONOUNS | FIRST_PERSON_SUBJECTS:
            return self._pronoun(words[0], start_char)
        text = doc_text(doc)[head[0].idx:head[-1].idx + len(head[-1])]
        starts = {t.idx for t in head}  # a dropped possessor's mentions are not the phrase's ("X, Oxfam's head")
        mentions = [m for m in self._mentions(head[0].idx, head[-1].idx + len(head[-1])) if m.start_char in starts]
        # a role noun the actors component coded inside a person's name is the surname ("said Ian Hunter")
        heads = [m for m in mentions if not self._is_modifier(m, head) and not _surname_agent(doc, m)]
        named_heads = [m for m in heads if m.kind != "agent"]  # a role noun the actors component coded is still a title
        title = next((t for t in reversed(head) if t.lower_ in TITLE_NOUNS and not self._inside_mention(t, named_heads)
                      and not (t.lower_ == "official" and t.dep_ == "amod" and t.i < head[-1].i)
                      and not self._surname_word(t)), None)
        # "official figures" name no official
        named = self._name_after_title(head, title) if title is not None else None
        kin = next((t for t in head[:-1] if t.lower_ in KIN_NOUNS), None)
        if named is None and kin is not None:  # "Mr Eavis' daughter Emily": Emily
            named = self._name_after_title(head, kin)
        if named is not None:
            return named
        persons = [m for m in heads if m.kind == "person"]
        if any(t.lower_ in PAST_OFFICE_WORDS for t in head[1:3]):
            # "the former UN secretary general": an office's words linked to whoever holds it now name no one now
            named_now = [m for m in persons if (m.name.split() or [""])[-1] in m.text]
            former = self._former_holder(head, start_char) if len(named_now) < len(persons) else None
            if former is not None:
                return former
            persons = named_now
        if not persons and 2 <= len(head) <= 4 and head[0].text in HONORIFIC_WORDS and \
                all(t.text[:1].isupper() and (t.is_alpha or t.text in ("-", "'")) for t in head[1:]):
            # "Mr King", "Dr Major": an honorific makes a person of the words after it, whatever the recognisers
            # took them for (a title, an office); the person named in full before, when there is one
            known = [p[1] for p in self._people_before(start_char) if p[1].ref is not None and
                     p[1].ref.name.split()[-1:] == [head[-1].text]]
            if known:
                return Speaker(known[-1].ref, "person", "speaker:honorific", mention=known[-1].mention)
            return Speaker(ActorRef(name=clean_name(text), code=None, text=text), "person", "speaker:honorific")
        if not persons:
            titled = self._titled_person(head, start_char)
            if titled is not None:  # "the England coach" after "England coach Sven-Goran Eriksson": Eriksson
                return titled
        if persons:
            m = persons[-1]
            run = self._capitalised_run(head, m) if not (m.code or m.kb_id) else m.text
            if run != m.text:  # the recogniser caught "Cross" of "the Red Cross", "Jean" of "Jean-Pierre"
                return Speaker(ActorRef(name=clean_name(run), code=None, text=run), "person", "speaker:person+run",
                               mention=m)
            return Speaker(self._person_ref(m), "person", "speaker:person", mention=m)
        if title is not None and not self._title_is_modifier(title, head):
            return self._unnamed(head, rest, title, mentions, start_char)
        role = head[-1]
        if mentions and not heads and role.lower_ in PERSON_ROLE_NOUNS and role.tag_ in ("NN", "NNS"):
            # "the England skipper", "Bangladesh's coach": the names only qualify a person by trade, who is the
            # one person just named (a definite phrase for one), else an unnamed person coded by the qualifier
            if head[0].lower_ == "the" and role.tag_ == "NN":
                found = self._person_in_reach(self._people_before(start_char), self._window_start(start_char),
                                              start_char)
                if found is not None:
                    return found
            return self._unnamed(head, rest, role, mentions, start_char)
        if names_outlet(text):
            outlets = outlets_in(text)
            # "the Sunday Telegraph reported", "Reuters says": the outlet is who reports it
            run = []  # the capitalised words closing the phrase: "the Sunday Telegraph", "news channel CNN"
            for t in reversed(head):
                if not t.text[:1].isupper() or t.pos_ != "PROPN":
                    break
                run.insert(0, t)
            name = doc_text(doc)[run[0].idx:run[-1].idx + len(run[-1])] if run else ""
            return Speaker(ActorRef(name=name if name.endswith(outlets[-1]) else outlets[-1], code=None, text=text),
                           "outlet", "speaker:outlet")
        national = self._national(head, start_char)
        if national is not None:
            return national
        if mentions and all(m.kind == "country" and m.text in _country_adjectives() for m in mentions):
            # "the Norwegian sprinter": a nationality describes the person by trade, the one just named
            described = self._definite(head, [], start_char)
            if described is not None:
                return described
        actors = [m for m in heads if not is_outlet(m.text)]
        if actors:
            m = max(actors, key=lambda a: (a.end - a.start, a.start))
            after = [t for t in head if t.idx >= m.end_char]
            if after and after[-1].lower_ in INSTITUTION_NOUNS | {"force", "guard"} and after[-1].i == head[-1].i:
                return self._institution(head, mentions, start_char)  # "the UN refugee agency", "Ukraine's air force"
            if m.kind == "organisation" and after and after[-1].i == head[-1].i and after[-1].tag_ == "NNS" and \
                    all(t.is_alpha and t.is_lower for t in after) and after[-1].lower_ not in ORGANISATION_NOUNS:
                # "Microsoft shareholders", "Bollywood film distributors": the people the name qualifies speak
                words = doc_text(doc)[m.start_char:after[-1].idx + len(after[-1])]
                return Speaker(ActorRef(name=words, code=None, text=text), "unknown", "speaker:qualified-group",
                               mention=m)
            qualified = self._qualified_body(head, m, after)
            if qualified is not None:
                return qualified
            named = self._organisation_of_country(head, actors)
            if named is not None:
                return named
            if not (m.code or m.kb_id):
                run = self._capitalised_run(head, m)
                if run != m.text:  # the recogniser caught "Cross" of "the Red Cross"
                    return Speaker(ActorRef(name=run, code=None, text=run), "actor", "speaker:actor+run", mention=m)
            return Speaker(m.ref(), "actor", "speaker:actor", mention=m)
        if words[-1] in ("media", "press", "reports", "newspapers"):
            return Speaker(None, "media", "speaker:media")
        inst = next((t for t in reversed(head) if t.lower_ in INSTITUTION_NOUNS), None)
        if inst is not None:
            return self._institution(head, mentions, start_char)
        core = head[1:] if len(head) > 1 and head[0].lower_ in ("the", "a", "an") else head
        if all(t.text[:1].isupper() and (t.is_alpha or t.text in ("-", ".") or "." in t.text) for t in core) \
                and len(core) <= 4 and not (len(core) == 1 and core[0].lower_ in ("the", "this", "that", "there", "it")) \
                and not (head[0].lower_ == "the" and len(core) == 1 and _initials_of_a_trade(core[0])):
            # a name the recognisers missed ("Peskov told AFP", "according to the UN"): kept as written
            name = doc_text(doc)[core[0].idx:core[-1].idx + len(core[-1])]
            return Speaker(ActorRef(name=clean_name(name), code=None, text=name), "name", "speaker:name")
        antecedent = self._definite(head, mentions, start_char) or self._definite_organisation(head, mentions,
                                                                                                start_char) or \
            self._definite_press(head, mentions, start_char)
        if antecedent is not None:
            return antecedent
        # a possessive or a hyphen is no word of its own: "the world's top air-express shipper"
        words = [t for t in core if t.text not in ("'s", "’s", "-")]
        if any(t.pos_ == "PROPN" for t in head) or (len(words) <= (4 if len(words) == len(core) else 6) and
                                                   all(t.is_alpha for t in words) and
                                                   core[-1].lower_ not in GENERIC_NON_SPEAKERS and
                                                   core[-1].pos_ in ("NOUN", "PROPN", "")):
            # "the pope", "an aid worker": a speaker we cannot code, kept in the article's words
            name = doc_text(doc)[core[0].idx:core[-1].idx + len(core[-1])]
            return Speaker(ActorRef(name=name, code=None, text=text), "unknown", "speaker:unresolved")
        return None

    def _qualified_body(self, head: list[Token], m: ActorMention, after: list[Token]) -> Speaker | None:
        """"An Islamic militant group ... said", "the pan-European bourse said": an adjective the recognisers coded
        (a faith, a people, a region) that only qualifies the common noun closing the phrase names no speaker; the
        body that noun names speaks, in the article's words and with the adjective's code."""
        words = self.doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
        body = bool(after) and after[-1].lower_ in ORGANISATION_NOUNS  # "an Islamic militant group"
        if m.kind not in ("group", "country", "agent") or words is None or not after or after[-1].i != head[-1].i or \
                not (body or m.kind != "agent" and all(t.pos_ == "ADJ" or t.text in _country_adjectives() for t in words)) or \
                not all(t.is_lower and t.is_alpha for t in after) or after[-1].tag_ not in ("NN", "NNS") or \
                after[-1].lower_ in TITLE_NOUNS | PERSON_ROLE_NOUNS or after[-1].lemma_.lower() in PERSON_ROLE_NOUNS:
            return None
        text = doc_text(self.doc)
        core = head[1:] if head[0].lower_ in ("the", "a", "an") else head
        name = text[min(m.start_char, core[0].idx):after[-1].idx + len(after[-1])]
        return Speaker(ActorRef(name=name, code=m.code, text=text[head[0].idx:after[-1].idx + len(after[-1])]), "actor",
                       "speaker:qualified-body", mention=m)

    def _organisation_of_country(self, head: list[Token], actors: list[ActorMention]) -> Speaker | None:
        """A country that only qualifies the name closing the phrase: "France's Peugeot", "French carmaker
        Renault", "the British Chambers of Commerce", "the Inter-American Development Bank". The named
        organisation speaks, coded by its country (none for a region's: "Inter-American", "Caribbean"); an actor the
        knowledge base knows inside that name keeps its own reference."""
        country_m = next((a for a in actors if a.kind == "country" and country_of(a) or a.kind == "group" and
                          a.code and not a.role and all(t.ent_type_ in PLACE_ENTS or t.pos_ == "ADJ" for t in
                                                        self.doc.char_span(a.start_char, a.end_char) or [])), None)
        last = head[-1]
        if country_m is None or not last.text[:1].isupper() or last.pos_ != "PROPN" or \
                last.lower_ in TITLE_NOUNS | INSTITUTION_NOUNS or country_m.start_char <= last.idx < country_m.end_char:
            return None  # "Britain", "the United States", "Ukraine's President": no organisation's name
        run = [last]
        for t in reversed(head[:-1]):
            if t.text in ("'", "’") and t.i > 0 and t.nbor(-1).text[:1].isupper() and t.nbor(-1).idx >= country_m.end_char:
                run.insert(0, t)  # "the British Bankers' Association"
            elif t.text[:1].isupper() and (t.is_alpha or t.text[:1].isalpha()):
                run.insert(0, t)
            elif t.text in ("-", "&") or (t.lower_ in ("of", "for", "and") and run[0].text[:1].isupper()):
                run.insert(0, t)
            else:
                break  # "'s", a lower-case word ("carmaker"), a determiner
        while run and (not run[0].text[:1].isupper() or run[0].lower_ in ("the", "a", "an")):
            run = run[1:]
        lo, hi = run[0].idx, last.idx + len(last)
        inside = [a for a in actors if lo <= a.start_char and a.end_char <= hi and a is not country_m]
        own = [t for t in run if not country_m.start_char <= t.idx < country_m.end_char]
        if not own:
            return None  # the country's name alone
        coded = [a for a in inside if a.code or a.kb_id]
        if coded:
            m = max(coded, key=lambda a: a.end_char - a.start_char)
            return Speaker(m.ref(), "actor", "speaker:actor", mention=m)
        text = doc_text(self.doc)
        regional = lo <= country_m.start_char and text[country_m.start_char - 1:country_m.start_char] == "-"
        core = head[1:] if head[0].lower_ in ("the", "a", "an") else head
        code = country_of(country_m) if country_m.kind == "country" and not regional else None
        return Speaker(ActorRef(name=text[lo:hi], code=code,
                                text=text[core[0].idx:hi]), "actor", "speaker:organisation+country")

    def _name_after_title(self, head: list[Token], title: Token) -> Speaker | None:
        """"spokesman Dmitry Peskov", "Representative of the Ministry of Defense John Kirby": the
        capitalised words closing a phrase that has a title are the speaker's name, whatever the
        tagger made of them."""
        k = head.index(title)
        name: list[Token] = []
        for t in reversed(head[k + 1:]):
            if t.text == "-" and name:
                name.insert(0, t)
                continue
            if not (t.text[:1].isupper() and t.is_alpha) or t.lower_ in TITLE_NOUNS or t.lower_ in INSTITUTION_NOUNS \
                    or any(rx.fullmatch(t.text) for rx, _, _ in SECTORS) or t.lower_ in ("foreign", "state", "interior"):
                break
            name.insert(0, t)
        while name and name[0].text == "-":
            name = name[1:]
        # "the chairman of Chrysler LLC Jim Press", "the head of Ford Motor Co Alan Mulally": the employer's name and
        # the person's run together with no comma; the person closing the run is the speaker
        person = self._person_closing(name) if name else None
        if person is not None:
            return person
        if not name or len([t for t in name if t.text != "-"]) > 4:
            return None
        before_name = head[head.index(name[0]) - 1]
        if before_name is not title and before_name.lower_ in MODIFIER_PREPS | {"the", "a", "an", "'s", "’s", "and", "&"}:
            return None  # "a spokesperson for the European Commission": the name is the employer's; "the chairman
            # of the Police Federation of England and Wales": "Wales" closes the employer's name
        text = doc_text(self.doc)[name[0].idx:name[-1].idx + len(name[-1])]
        if is_outlet(text):
            return None
        covering = [m for m in actor_mentions(self.doc) if m.start_char <= name[0].idx and
                    name[-1].idx + len(name[-1]) <= m.end_char]
        if covering:
            m = max(covering, key=lambda a: a.end_char - a.start_char)
            return Speaker(self._person_ref(m), "person", "speaker:title+name", mention=m)
        inner = [m for m in actor_mentions(self.doc) if name[0].idx <= m.start_char and m.end_char <=
                 name[-1].idx + len(name[-1])]
        if inner:
            m = max(inner, key=lambda a: a.end_char - a.start_char)
            if m.kind not in ("person", "unknown") and (m.code or m.kb_id):
                return None  # "spokesman NATO": an organisation, not a name
            if m.code or m.kb_id or m.text == text:
                return Speaker(self._person_ref(m), "person", "speaker:title+name", mention=m)
        return Speaker(ActorRef(name=clean_name(text), code=None, text=text), "person", "speaker:title+name")

    def _person_closing(self, name: list[Token]) -> Speaker | None:
        """The person closing a run of capitalised words after a title that opens with other words, an employer's
        ("Chrysler LLC Jim Press", "Ford Motor Co Alan Mulally"): two or three words opening with a first name some
        person of the knowledge base bears, or that a recogniser saw as a person's, whatever it made of the run as a
        whole; None when the run opens with the name (one person's name) or has none."""
        words = [t for t in name if t.text != "-"]
        end = words[-1].idx + len(words[-1])
        # the recognisers' person closing the run, where they saw one
        seen = {m.start_char for m in actor_mentions(self.doc) if m.kind == "person" and m.end_char == end} | \
            {e.start_char for e in self.doc.ents if e.label_ in ("PER", "PERSON") and e.end_char == end}
        for k in range(len(words) - 2, 0, -1):
            if len(words) - k > 3:
                break
            if (is_first_name(words[k].text) or words[k].idx in seen) and words[k].whitespace_ and \
                    not words[k - 1].text.endswith(".") and not self._in_body_name(words[k]):
                start = words[k].idx
                text = doc_text(self.doc)[start:end]
                same = next((m for m in actor_mentions(self.doc) if m.kind == "person" and
                             (m.start_char, m.end_char) == (start, end)), None)
                if same is not None:
                    return Speaker(self._person_ref(same), "person", "speaker:title+employer+name", mention=same)
                return Speaker(ActorRef(name=clean_name(text), code=None, text=text), "person",
                               "speaker:title+employer+name")
        return None

    def _in_body_name(self, tok: Token) -> bool:
        """``tok`` is inside a body's name the recognisers saw running on before it ("JP Morgan Chase")."""
        return any(m.start_char < tok.idx < m.end_char for m in actor_mentions(self.doc) if m.kind != "person") or \
            any(e.start_char < tok.idx < e.end_char for e in self.doc.ents if e.label_ not in ("PER", "PERSON"))

    def _capitalised_run(self, head: list[Token], m: ActorMention) -> str:
        """The capitalised words around a mention inside a phrase ("Red Cross" around "Cross")."""
        inside = [k for k, t in enumerate(head) if m.start_char <= t.idx < m.end_char]
        if not inside:
            return m.text
        lo, hi = inside[0], inside[-1]

        def joined(k: int) -> bool:  # head[k] is a hyphen between two capitalised words, no space: "Green-Karol"
            return 0 < k < len(head) - 1 and head[k].text == "-" and not head[k - 1].whitespace_ and \
                not head[k].whitespace_ and head[k - 1].text[:1].isupper() and head[k + 1].text[:1].isupper()

        while lo > 0 and (head[lo - 1].text[:1].isupper() and head[lo - 1].is_alpha and
                          (not head[lo - 1].is_sent_start or head[lo - 1].pos_ == "PROPN") or joined(lo - 1)):
            lo -= 1  # "Blake" of "Blake Lee-Harwood" opening the sentence is a name; "The" is not; "Green-" of
            # "Green-Karol" is the surname's first half
        while hi + 1 < len(head) and (head[hi + 1].text[:1].isupper() and head[hi + 1].is_alpha or joined(hi + 1)):
            hi += 1
        return doc_text(self.doc)[head[lo].idx:head[hi].idx + len(head[hi])]

    def _person_ref(self, m: ActorMention) -> ActorRef:
        """A person mention's reference; a bare surname the knowledge base gave a namesake ("Mbeki": Thabo Mbeki) is
        the person the article named in full with that surname before it ("striker Leon Mbeki"), unless one of
        those is the namesake."""
        ref = m.ref()
        words = [w for w in m.text.split() if w not in HONORIFIC_WORDS]
        if len(words) != 1 or not ref.kb_id:
            return ref
        full = [p for p in actor_mentions(self.doc) if p.kind == "person" and p.end_char <= m.start_char and
                len(p.text.split()) > 1 and p.text.split()[-1] == words[0]]
        if not full or any(p.kb_id == ref.kb_id or p.ref().name == ref.name for p in full):
            return ref
        return full[-1].ref()

    def _mentions(self, start: int, end: int) -> list[ActorMention]:
        return [m for m in actor_mentions(self.doc) if m.start_char >= start and m.end_char <= end]

    def _is_modifier(self, m: ActorMention, head: list[Token]) -> bool:
        """A mention after "of/for/to/from" or before "'s" describes the speaker, it is not it:
        "an aide to Putin", "Biden's adviser"."""
        before = [t for t in head if t.idx < m.start_char]
        after = [t for t in head if t.idx >= m.end_char]
        if before and before[-1].lower_ in MODIFIER_PREPS:
            return True
        prep = next((k for k, t in enumerate(before) if t.lower_ in MODIFIER_PREPS), None)
        if prep is not None and prep + 1 < len(before) and before[prep + 1].lower_ in ("the", "a", "an", "its", "their") \
                and any(t.lower_ in TITLE_NOUNS for t in before[:prep]):
            return True  # "a spokesman for the Red Cross": the Red Cross employs the speaker
        if any(t.lower_ in MODIFIER_PREPS for t in before) and m.kind != "person":
            return True
        if prep is not None and prep > 0 and before[prep].lower_ == "of" and any(
                p.kind == "person" and p.end_char == before[prep - 1].idx + len(before[prep - 1]) and
                len(p.text.split()) >= 2 and not any(w.lower() in TITLE_NOUNS or w in HONORIFIC_WORDS for w in p.text.split())
                for p in self._mentions(before[0].idx, before[prep].idx)):
            return True  # "said Jamie Graham of Total Film": the person named in full right before "of" speaks,
            # whatever a recogniser made of a word of the magazine's name after it (not "Chancellor of the Exchequer X")
        if after and after[0].lower_ in ("'s", "’s", "'"):
            return bool([t for t in after[1:] if t.lower_ in TITLE_NOUNS or t.lower_ in INSTITUTION_NOUNS]) or \
                self._qualifies_person(after[1:], head)
        return self._qualifies_person(after, head)

    @staticmethod
    def _qualifies_person(after: list[Token], head: list[Token]) -> bool:
        """A name before the noun for a person by office or trade that closes the phrase qualifies that person:
        "an al-Sadr aide", "the England skipper", "Bangladesh's coach" speak themselves, not al-Sadr or the
        country (no proper noun between: "Prime Minister Tony Blair" is the name's own title)."""
        return bool(after) and after[-1].i == head[-1].i and after[-1].tag_ in ("NN", "NNS") and \
            (after[-1].lower_ in TITLE_NOUNS or after[-1].lower_ in PERSON_ROLE_NOUNS) and \
            not any(t.pos_ == "PROPN" or t.text[:1].isupper() for t in after)

    @staticmethod
    def _surname_word(tok: Token) -> bool:
        """"Mr King", "Paul King": a capitalised title word right after an honorific or a first name is a surname."""
        if not tok.text[:1].isupper() or tok.i == 0:
            return False
        prev = tok.doc[tok.i - 1].text
        return prev in HONORIFIC_WORDS or is_first_name(prev)

    @staticmethod
    def _inside_mention(tok: Token, mentions: list[ActorMention]) -> bool:
        return any(m.start_char <= tok.idx < m.end_char for m in mentions)

    @staticmethod
    def _title_is_modifier(title: Token, head: list[Token]) -> bool:
        """"official" in "official news agency" or "head" in "head of state X" is no speaker noun
        when a capitalised name follows it (that name is then the speaker)."""
        k = head.index(title)
        return any(t.text[:1].isupper() and t.lower_ not in TITLE_NOUNS for t in head[k + 1:k + 2]) and \
            title.lower_ in ("official", "head", "chief", "general", "secretary")

    def _pronoun(self, word: str, char: int) -> Speaker | None:
        if word in FIRST_PERSON_SUBJECTS:
            return None
        prior = [m for m in actor_mentions(self.doc) if m.end_char <= char and not self._excluded(m.start_char)]
        if word in PERSON_PRONOUNS:
            want = "f" if word in FEMININE_PRONOUNS else "m"
            people = self._people_before(char)
            # an unnamed speaker with one person's title ("The minister told delegates ... she said")
            people += [(c, s, True) for c, s in self.spoken if c < char and s.kind == "anonymous" and s.title
                       and not s.title.endswith(("s", "people")) and not self._excluded(c)]
            people += self._pronoun_subjects(word, char)
            people += self._viewpoint_holders(char)
            people.sort(key=lambda p: p[0])
            agreeing = [p for p in people if self._gender(p[1]) in (None, want)]
            if not agreeing:  # nobody of that gender: the pronoun a report went on with was someone else's
                agreeing = [p for p in people if self._gender(p[1], reports=False) in (None, want)]
            # "“I said to Harry ... it's Harry's life,” he said": one who speaks in the first person of someone by
            # name is not that someone
            agreeing = [p for p in agreeing if not self._spoken_of(p[1])] or agreeing
            if want == "f":   # most people in news with no known gender are men: a known woman in reach is "she"
                window = self._window_start(char)
                known = [p for p in agreeing if p[0] >= window and self._gender(p[1]) == "f"]
                if not known:  # ... and one a little further back, before a name of no known gender nearer
                    wider = self._window_start(char, self.FEMALE_WINDOW)
                    known = [p for p in agreeing if p[0] >= wider and self._gender(p[1]) == "f"]
                agreeing = known or agreeing
                found = self._salient(agreeing, char) if known else self._salient_person(agreeing, char)
            else:
                found = self._salient_person(agreeing, char)
            if found is None:
                return None
            if found.kind == "anonymous":
                return found
            if found.ref is not None and self._gender(found) is None:
                self.pronoun_gender[found.ref.name] = want  # "Hilary Swank ... she told the audience": hers now
            return Speaker(found.ref, found.kind, "speaker:pronoun", mention=found.mention, span=found.span)
        if word in PLURAL_PRONOUNS:
            # the last group that spoke: an organisation, unnamed officials, or people named by a plural noun
            # ("Critics say ... They also argue", "campaigners said ... “...,” they said")
            groups = [(c, s) for c, s in self.spoken if c < char and not self._excluded(c) and
                      (s.kind in ("anonymous", "actor") or s.kind in ("unknown", "name") and s.ref is not None and
                       self._plural_noun(s))]
            subject = self._plural_subject(char)
            if subject is not None and (not groups or groups[-1][0] < subject[0]):
                return subject[1]  # "The two men arrived on Monday. They said ...": the people the text is about
            return groups[-1][1] if groups else None
        # (a plural common noun is no "it": "... look after their workers ... It added that": not the workers)
        things = [(m.start_char, Speaker(m.ref(), "actor", "speaker:pronoun", mention=m),
                   is_main_subject(self.doc, m.start_char, m.end_char))
                  for m in prior if m.kind in ("organisation", "country", "agent", "group") and
                  not (word in THING_PRONOUNS and self._plural_head(m))]
        # an organisation that spoke, which no recogniser knew or one took for a person by its one word
        # ("Qantas said ... However, it stressed")
        things += [(c, Speaker(s.ref, "actor", "speaker:pronoun", mention=s.mention, span=s.span), True)
                   for c, s in self.spoken if c < char and s.ref is not None and
                   (s.kind == "actor" or s.kind in ("name", "person") and len(s.ref.text.split()) == 1 and
                    not s.ref.kb_id and self._gender(s) is None or
                    s.kind == "unknown" and s.ref.name.split()[-1].lower() not in PERSON_ROLE_NOUNS)]
        things.sort(key=lambda x: x[0])
        window = self._window_start(char)
        if not things:  # "Acme Motors has recalled 40,000 cars. “...,” it said": a name no recogniser knew
            return self._named_subject(window, char)
        named = [x for x in things if x[1].kind != "unknown" and x[0] >= window]
        # a name beats "the firm" it stands for: "Microsoft said ... The firm said ... it added"
        return self._salient([x for x in things if x[1].kind != "unknown"] if named else things, char)

    def _plural_head(self, m: ActorMention) -> bool:
        """The mention's last word is a plural common noun ("their workers", "the rebels"; not "Visitor Attractions")."""
        span = self.doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
        return span is not None and len(span) > 0 and span[-1].tag_ == "NNS" and span[-1].text[:1].islower()

    def _spoken_of(self, s: Speaker) -> bool:
        """The direct quote being framed speaks in the first person and names ``s`` (by a word of their name of three
        letters or more, capitalised): it speaks of them, so it is not theirs."""
        if not self.quote_text or s.ref is None or not FIRST_PERSON_RE.search(self.quote_text):
            return False
        words = {w for w in re.findall(r"[A-Z][\w'-]{2,}", s.ref.name) if w not in HONORIFIC_WORDS}
        return any(re.search(r"\b" + re.escape(w) + r"\b", self.quote_text) for w in words)

    def _viewpoint_holders(self, char: int) -> list[tuple[int, Speaker, bool]]:
        """People in reach of ``char`` whom an opening "For X," makes what the sentence is about ("But for Allen
        Weiner, a research director at Gartner, the future of search is not ... “...,” he said": Weiner, not the
        last speaker): a person the recogniser found there, or a name that opens with a known first name."""
        span = self.doc.char_span(self._window_start(char), char, alignment_mode="contract")
        found = []
        for tok in span or []:
            if tok.lower_ != "for" or self._excluded(tok.idx):
                continue
            name = fronted_for_name(self.doc, tok.i)
            if name is None:
                continue
            lo, hi = self.doc[name[0]].idx, self.doc[name[1] - 1].idx + len(self.doc[name[1] - 1])
            people = [m for m in actor_mentions(self.doc) if m.kind == "person" and lo <= m.start_char < hi]
            if people:
                m = people[-1]
                found.append((lo, Speaker(self._person_ref(m), "person", "mention", mention=m), True))
            elif (is_first_name(self.doc[name[0]].text) or self._surname_of_person(self.doc[name[1] - 1].text)) and not any(
                    m.start_char < hi and lo < m.end_char and m.kind in ("organisation", "country", "agent", "group")
                    for m in actor_mentions(self.doc)):
                words = doc_text(self.doc)[lo:hi]
                found.append((lo, Speaker(ActorRef(name=words, code=None, text=words), "name", "speaker:pronoun",
                                          span=(lo, hi)), True))
        return found

    def _surname_of_person(self, word: str) -> bool:
        """``word`` ends a person mention of the document ("Mr Weiner", "Allen Weiner")."""
        return any(m.kind == "person" and m.text.split()[-1] == word for m in actor_mentions(self.doc))

    def _named_subject(self, window: int, char: int) -> Speaker | None:
        """The last main clause's subject between ``window`` and ``char`` (outside quotes) that is a proper name no
        recogniser took for a person: what an "it" with no organisation or country in reach stands for."""
        span = self.doc.char_span(window, char, alignment_mode="contract")
        for tok in reversed(list(span or [])):
            if tok.dep_ not in SUBJECTS or tok.pos_ != "PROPN" or self._excluded(tok.idx):
                continue
            words = [t for t in self.doc[tok.left_edge.i:tok.i + 1] if t.pos_ == "PROPN"]
            if not words or words[-1].i != tok.i or any(t.ent_type_ in ("PER", "PERSON") for t in words) or \
                    not is_main_subject(self.doc, words[0].idx, tok.idx + len(tok)):
                continue
            name = doc_text(self.doc)[words[0].idx:tok.idx + len(tok)]
            return Speaker(ActorRef(name=name, code=None, text=name), "name", "speaker:pronoun",
                           span=(words[0].idx, tok.idx + len(tok)))
        return None

    def _pronoun_subjects(self, word: str, char: int) -> list[tuple[int, Speaker, bool]]:
        """The same pronoun as a main clause's subject in reach of ``char`` (outside quotes), each as the person
        it stands for there: the text went on about that person, whoever it named since ("He now plays in
        Qatar. So he admires two old team-mates, Maldini and Costacurta. “...,” he said": not Costacurta)."""
        span = self.doc.char_span(self._window_start(char), char, alignment_mode="contract")
        found = []
        for tok in span or []:
            if tok.lower_ != word or tok.dep_ not in SUBJECTS or self._excluded(tok.idx) or \
                    not is_main_subject(self.doc, tok.idx, tok.idx + len(tok)):
                continue
            if tok.idx not in self._pronoun_memo:
                self._pronoun_memo[tok.idx] = None  # a chain that comes back here finds nobody
                quote_text, self.quote_text = self.quote_text, ""  # (an earlier "he" is no one's of this quote)
                self._pronoun_memo[tok.idx] = self._pronoun(word, tok.idx)
                self.quote_text = quote_text
            s = self._pronoun_memo[tok.idx]
            if s is not None:
                found.append((tok.idx, s, True))
        return found

    def _salient_person(self, candidates: list[tuple[int, Speaker, bool]], char: int) -> Speaker | None:
        """Whom a "he" or "she" stands for: the last salient person in reach (``_salient``); when no person in reach
        is salient, the last of the salient people a little further back (FEMALE_WINDOW sentences: one who spoke
        three sentences before) and the names no recogniser knew that a main clause there has for its subject
        ("Staunton is one of the favourites ... she told reporters"), ahead of a person named only in an object or a
        list ("DiCaprio faces competition from X, Y and Z. ... he told the BBC": not Z); else the last person named."""
        window = self._window_start(char)
        if any(main and c >= window for c, _, main in candidates):
            return self._salient(candidates, char)
        wider = self._window_start(char, self.FEMALE_WINDOW)
        fallback = [(c, s) for c, s, main in candidates if main and c >= wider] + self._unknown_subjects(wider, char)
        if fallback:
            return max(fallback, key=lambda cs: cs[0])[1]
        return candidates[-1][1] if candidates else None

    def _unknown_subjects(self, window: int, char: int) -> list[tuple[int, Speaker]]:
        """Proper names between ``window`` and ``char`` (outside quotes and reported words) that are a main clause's
        subject and that no recogniser took for an actor or a place: people the tagger did not know."""
        span = self.doc.char_span(window, char, alignment_mode="contract")
        found = []
        for tok in span or []:
            if tok.dep_ not in SUBJECTS or tok.pos_ != "PROPN" or self._excluded(tok.idx):
                continue
            words = [t for t in self.doc[tok.left_edge.i:tok.i + 1] if t.pos_ == "PROPN"]
            if not words or words[-1].i != tok.i or not self._unknown_name(words):
                continue
            lo, hi = words[0].idx, tok.idx + len(tok)
            if not is_main_subject(self.doc, lo, hi):
                continue
            name = doc_text(self.doc)[lo:hi]
            found.append((lo, Speaker(ActorRef(name=name, code=None, text=name), "name", "speaker:pronoun",
                                      span=(lo, hi))))
        return found

    def _unknown_name(self, words: list[Token]) -> bool:
        """Capitalised words that look like a person's name no recogniser took for an actor or a place: no word of an
        organisation's name, no title, no acronym, and not a lone common word a sentence opens with (the lemma
        lowers it: "News of the deal spread")."""
        if any(t.lower_ in ORGANISATION_HEADS or t.lower_ in TITLE_NOUNS or (t.is_upper and len(t) > 1) or
               not t.text[:1].isupper() for t in words):
            return False
        if len(words) == 1 and words[0].is_sent_start and not words[0].lemma_[:1].isupper() and \
                not self._named_elsewhere(words[0]):
            return False
        if words[0].i > 0 and self.doc[words[0].i - 1].lower_ == "the":
            return False  # "The Tigers are top of the table": a team or a body takes "the", a person's name does not
        lo, hi = words[0].idx, words[-1].idx + len(words[-1])
        places = [(p.evidence.start, p.evidence.end) for p in self.doc._.fp_places or []]
        return not any(m.start_char < hi and lo < m.end_char for m in actor_mentions(self.doc)) and \
            not any(a < hi and lo < b for a, b in places)

    def _plural_subject(self, char: int) -> tuple[int, Speaker] | None:
        """The last main clause's subject in reach of ``char`` (its sentence and the WINDOW before, outside quotes)
        that is a plural noun for people ("the two men", "officials from both countries", "MPs"), resolved."""
        span = self.doc.char_span(self._window_start(char), char, alignment_mode="contract")
        for subject in reversed(list(span or [])):
            if subject.dep_ not in SUBJECTS or self._excluded(subject.idx):
                continue
            tok = subject
            if subject.lower_ in QUANTITY_NOUNS | QUANTIFIERS:
                # "Hundreds of nurses held a strike", "some of the villagers": the people counted are the subject
                tok = next((c for c in subject.children if c.i > subject.i and c.tag_ in ("NNS", "NNPS") and
                            any(d.lower_ == "of" for d in c.children)), subject)
            # a plural noun for people, whatever tag the tagger gave a capitalised one ("Nurses held ...")
            if tok.tag_ not in ("NNS", "NNPS") and tok.lower_ not in PLURAL_PEOPLE_NOUNS or \
                    not (tok.lower_ in PLURAL_PEOPLE_NOUNS or tok.lower_ in TITLE_NOUNS or
                         tok.lemma_.lower() in PERSON_ROLE_NOUNS):
                continue
            if not is_main_subject(self.doc, subject.idx, subject.idx + len(subject)):
                continue
            phrase = [t for t in self.doc[tok.left_edge.i:tok.i + 1] if not t.is_space and t.dep_ != "case"]
            head, rest = self._split_relative(phrase)
            found = self._resolve_head(head, rest, phrase[0].idx) if head else None
            if found is not None and found.ref is not None:
                if found.span is None:
                    found.span = self._span_of(found, phrase)
                return subject.idx, Speaker(found.ref, found.kind, "speaker:pronoun", mention=found.mention, span=found.span)
        return None

    def _plural_noun(self, s: Speaker) -> bool:
        """A speaker the article names by a plural common noun ("critics", "the campaigners")."""
        span = self.doc.char_span(*s.span, alignment_mode="expand") if s.span else None
        return span is not None and len(span) > 0 and span[-1].tag_ == "NNS"

    def _salient(self, candidates: list[tuple[int, Speaker, bool]], char: int) -> Speaker | None:
        """The last salient candidate (one that spoke or is a main clause's subject) in the sentence of
        ``char`` and the WINDOW before it; else the last candidate."""
        if not candidates:
            return None
        window = self._window_start(char)
        salient = [s for c, s, main in candidates if main and c >= window]
        return salient[-1] if salient else candidates[-1][1]

    def subject_before(self, char: int) -> Speaker | None:
        """The person the sentence right before ``char`` is about (its main clause's subject): who a quote
        standing alone after it, with no frame and no speaker before it, is by ("Mr Brown outlined his
        view. “As our manifesto ...”")."""
        window = self._window_start(char, 1)
        found = [s for c, s, main in self._people_before(char) if main and c >= window and self._heads_phrase(c)]
        if found:
            return found[-1]
        # "He was clearly upset. “...”": the person the pronoun subject stands for
        prev = self.doc.char_span(window, char, alignment_mode="contract")
        subject = next((t for t in prev or [] if t.dep_ in SUBJECTS
                        and t.head.dep_ == "ROOT" and t.lower_ in ("he", "she")), None)
        return self._pronoun(subject.lower_, subject.idx) if subject is not None else None

    def introduced_before(self, char: int, since: int) -> Speaker | None:
        """The person the sentence right before ``char`` brings in as its main clause's subject, named there for
        the first time and after ``since`` (the end of the last quote): whose words a quote standing alone after it
        are, rather than the last speaker's ("“...,” said Mr Lane. His friend, Saxon Spence, lays the blame on one
        issue. “We lost people ...”")."""
        window = max(self._window_start(char, 1), since)
        people = self._people_before(char)
        found = [(c, s) for c, s, main in people if main and c >= window and s.ref is not None and
                 s.kind == "person" and self._heads_phrase(c)]
        if not found:
            return None
        c, person = found[-1]

        def surname(ref) -> str:  # (a reference may have no name: "" has no last word)
            return (ref.name.split() or [""])[-1]

        if any(c2 < c and s2.ref is not None and surname(s2.ref) == surname(person.ref) for c2, s2, _ in people):
            return None  # named before: no newcomer
        return person

    def _heads_phrase(self, char: int) -> bool:
        """The name at ``char`` is a phrase of its own, not a word that modifies a noun after it ("Physio
        sessions with ... have been", "Blair aides say")."""
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        if span is None or not len(span):
            return False
        k = span.start
        while k + 1 < len(self.doc) and self.doc[k + 1].pos_ == "PROPN":
            k += 1
        nxt = self.doc[k + 1] if k + 1 < len(self.doc) else None
        return self.doc[k].dep_ != "compound" and (nxt is None or nxt.pos_ not in ("NOUN", "PROPN"))

    def _window_start(self, char: int, sentences: int | None = None) -> int:
        """The first character of the sentence WINDOW (or ``sentences``) sentences before the one holding
        ``char``, counting only sentences with words (not a paragraph break or a lone quote mark the splitter
        made one)."""
        tok = self.doc.char_span(char, char + 1, alignment_mode="expand")
        k = sentence_index(self.doc, tok.start) if tok is not None and len(tok) else 0
        left = self.WINDOW if sentences is None else sentences
        while k > 0 and left > 0:
            k -= 1
            # a sentence wholly inside a quote holds no antecedent: it does not count ("The coach said ...
            # “He deserves it. He has been playing well.” And he added ...": the coach is in reach)
            left -= self._has_words(k)
        return sentence_span(self.doc, k).start_char

    def _has_words(self, k: int) -> bool:
        """Sentence ``k`` has a word outside the quotes (computed once per sentence)."""
        found = self._sentence_words.get(k)
        if found is None:
            sent = sentence_span(self.doc, k)
            inside = [(a, b) for a, b in self.excluded if a < sent.end_char and b > sent.start_char]
            found = self._sentence_words[k] = any(t.is_alpha and not any(a <= t.idx < b for a, b in inside)
                                                  for t in sent)
        return found

    def _gender(self, s: Speaker, reports: bool = True) -> str | None:
        if s.kind == "anonymous":
            return "f" if (s.title or "").endswith("woman") else "m" if (s.title or "").endswith("man") else None
        # what the words and the article say is remembered by those words (every pronoun asks of each person before
        # it); what a pronoun said of a name is read anew, as it grows
        m = s.mention
        key = (s.ref.text if s.ref is not None else None, reports) + (
            (m.text, m.kb_id, m.end_char) if m is not None else (None, None, None))
        if key not in self._genders:
            self._genders[key] = self._told_gender(s, reports)
        return self._genders[key] or (self.pronoun_gender.get(s.ref.name) if s.ref is not None and reports else None)

    def _told_gender(self, s: Speaker, reports: bool) -> str | None:
        # "His mother Katherine Jackson", "the actress Jane Doe": a noun in the speaker's words tells, before any
        # surname the article gives an honorific for ("Mr Jackson" is her son)
        words = {w.lower().strip(",") for w in (s.ref.text.split() if s.ref is not None else ())}
        if words & FEMALE_PERSON_NOUNS and not words & MALE_PERSON_NOUNS:
            return "f"
        if words & MALE_PERSON_NOUNS and not words & FEMALE_PERSON_NOUNS:
            return "m"
        if s.mention is not None:  # "Ayesha Khan, the daughter of ...": the noun of the aside after the name tells
            aside = APPOSITIVE_NOUN.match(doc_text(self.doc), s.mention.end_char)
            noun = aside.group(1).lower() if aside else ""
            if noun in FEMALE_PERSON_NOUNS or noun in MALE_PERSON_NOUNS:
                return "f" if noun in FEMALE_PERSON_NOUNS else "m"
        return gender(self.doc, s.mention.text, s.mention.kb_id, reports) if s.mention is not None else \
            gender(self.doc, s.ref.text, reports=reports) if s.ref is not None else None

    def _definite(self, head: list[Token], mentions: list[ActorMention], char: int) -> Speaker | None:
        """"the singer", "the British-born presenter", "the 49-year-old": a definite phrase for a person by
        trade names the salient person just before it (its sentence and the WINDOW before), not a new one."""
        noun = head[-1]
        # the tokenizer splits "the 45-year-old" into "45 - year - old"
        aged = head[0].lower_ == "the" and noun.lower_ == "old" and \
            AGED.search(doc_text(self.doc)[head[0].idx:noun.idx + len(noun)]) is not None
        # "the mother-of-nine", "the father-of-two" (split by the tokenizer): the noun before the first hyphen
        hyphened = len(head) > 2 and head[2].text == "-" and head[1].lower_ in PERSON_ROLE_NOUNS and \
            all(t.text == "-" or t.is_alpha for t in head[1:])
        if hyphened:
            aged, noun = True, head[1]
        # "the 29-year-old midfielder": an age before the noun is a word of the description, not of its length
        with_age = not aged and AGE_INSIDE.search(doc_text(self.doc)[head[0].idx:noun.idx]) is not None
        if (head[0].lower_ != "the" or len(head) > (9 if aged or with_age else 5) or mentions or
                noun.tag_ not in ("NN", "JJ") or
                not (noun.lower_ in PERSON_ROLE_NOUNS or noun.lower_.endswith("-year-old") or aged or
                     _initials_of_a_trade(noun)) or
                any(t.pos_ == "PROPN" or t.lower_ in TITLE_NOUNS for t in head)) and \
                not self._one_speaking_of_self(head, mentions):
            return None
        window = self._window_start(char)
        people = self._people_before(char)
        # "... said the 22-year-old" three sentences of "she" after her name: the person the article is on (the
        # last who spoke or was a main clause's subject)
        want = "f" if noun.lower_ in FEMALE_PERSON_NOUNS else "m" if noun.lower_ in MALE_PERSON_NOUNS else None
        if want is not None:  # "the mother-of-nine" is no man
            people = [p for p in people if self._gender(p[1]) in (None, want)]
        return self._person_in_reach(people, window, char)

    def _one_speaking_of_self(self, head: list[Token], mentions: list[ActorMention]) -> bool:
        """"The tournament debutant added: “I love it here”", "“I was in a lot of pain,” said the Waterford man": a
        definite phrase of a few words closing in a common noun (no organisation's, document's or outlet's, no title)
        that frames quoted words in the first person singular is a person, whatever the noun; a place or a club
        before the noun only describes them."""
        noun = head[-1]
        if not self.voice or head[0].lower_ != "the" or not 2 <= len(head) <= 5 or noun.tag_ != "NN" or \
                not noun.is_lower or not noun.text.replace("-", "").isalpha() or \
                noun.lower_ in ORGANISATION_NOUNS | INSTITUTION_NOUNS | ISSUED_NOUNS | FINDING_NOUNS | STATEMENT_NOUNS or \
                noun.lower_ in NARRATIVE_NOUNS | GENERIC_NON_SPEAKERS | PUBLICATION_NOUNS or noun.lower_ in TITLE_NOUNS or \
                any(m.kind == "person" for m in mentions) or names_outlet(doc_text(self.doc)[head[0].idx:noun.idx + len(noun)]):
            return False
        # "My leg is sore", "I'm": the pronoun before any apostrophe, whatever its case at the quote's opening
        return any(re.split(r"['’]", w.strip(".,;:!?'’\"“”()[]"))[0].lower() in FIRST_PERSON_SINGULAR_LOWER
                   for a, b in self.content for w in doc_text(self.doc)[a:b].split())

    def _person_in_reach(self, people: list[tuple[int, Speaker, bool]], window: int, char: int) -> Speaker | None:
        """The salient person of ``people`` between ``window`` and ``char``, else the last main clause's subject."""
        recent = [p for p in people if window <= p[0] < char] or [p for p in people if p[2]][-1:]
        if not recent:
            return None
        found = self._salient(recent, char)
        return Speaker(found.ref, found.kind, "speaker:definite", mention=found.mention, span=found.span)

    def _national(self, head: list[Token], char: int) -> Speaker | None:
        """"the Norwegian said", "the Australian told reporters": one person named by nationality is the person
        just before it, as "the singer" is (not the country; "the French", "the Swiss" are a people, not one)."""
        if len(head) != 2 or head[0].lower_ != "the" or \
                head[1].text not in (_country_adjectives() if self.voice else _person_demonyms()):
            return None  # "“...,” said the Swiss": quoted words are one person's, whatever else the word may name
        return self._person_in_reach(self._people_before(char), self._window_start(char), char)

    def _definite_organisation(self, head: list[Token], mentions: list[ActorMention], char: int) -> Speaker | None:
        """"the firm", "the Paris-based economics think tank": a definite phrase for an organisation by its trade
        names the last organisation that is a main clause's subject or spoke in its sentence and the three
        before (a recognised organisation, an institution, or a one-word name that is no one's surname:
        "Contrack said ... But the firm denied ..."), never a country or a person."""
        if head[0].lower_ != "the" or len(head) > 8 or head[-1].lower_ not in ORGANISATION_NOUNS or \
                any(m.kind != "country" and not all(t.ent_type_ in PLACE_ENTS for t in
                                                    self.doc.char_span(m.start_char, m.end_char) or [])
                    for m in mentions):
            return None
        window = self._window_start(char, 3)
        found = [(m.start_char, Speaker(m.ref(), "actor", "mention", mention=m),
                  is_main_subject(self.doc, m.start_char, m.end_char))
                 for m in actor_mentions(self.doc) if m.kind == "organisation" and window <= m.start_char < char
                 and not self._excluded(m.start_char)]
        surnames = {p[1].mention.text.split()[-1] for p in self._people() if p[1].mention is not None
                    and len(p[1].mention.text.split()) > 1}
        found += [(c, s, True) for c, s in self.spoken if window <= c < char and s.ref is not None and
                  (s.kind == "actor" and (s.mention is None or s.mention.kind == "organisation") or
                   s.kind in ("name", "person") and len(s.ref.text.split()) == 1 and not s.ref.kb_id and
                   s.ref.text not in surnames and self._gender(s) is None)]
        found = sorted((x for x in found if x[2]), key=lambda x: x[0])  # only one that spoke or was a subject:
        if not found:  # "... can hold 6GB ... The company also said" is no "6GB"'s
            return None
        best = found[-1][1]
        return Speaker(best.ref, "actor", "speaker:definite-organisation", mention=best.mention, span=best.span)

    def _definite_press(self, head: list[Token], mentions: list[ActorMention], char: int) -> Speaker | None:
        """"the paper says", "the newspaper wrote": a definite phrase for a periodical names the newspaper named last in
        its sentence and the three before (outside quotes): a known outlet, "daily ABC", or an organisation or an
        unknown name that is a main clause's subject ("Marca criticises Gary Neville. “...,” the paper says")."""
        if head[0].lower_ != "the" or len(head) > 4 or head[-1].lower_ not in PRESS_NOUNS or mentions:
            return None
        window = self._window_start(char, 3)
        text = doc_text(self.doc)
        found = [(m.start("name"), m.group("name")) for m in GENERIC_OUTLET_RE.finditer(text, window, head[0].idx)]
        found += [(m.start(), m.group(1)) for m in OUTLET_RE.finditer(text, window, head[0].idx)]
        found += [(m.start_char, m.text) for m in actor_mentions(self.doc) if m.kind == "organisation" and
                  window <= m.start_char < head[0].idx and is_main_subject(self.doc, m.start_char, m.end_char)]
        span = self.doc.char_span(window, head[0].idx, alignment_mode="contract")
        for tok in span or []:  # a name no recogniser knew as a main clause's subject, even opening its sentence
            words = [t for t in self.doc[tok.left_edge.i:tok.i + 1] if t.pos_ == "PROPN"]
            if tok.dep_ in SUBJECTS and tok.pos_ == "PROPN" and words and words[-1].i == tok.i and \
                    all(t.text[:1].isupper() and t.ent_type_ not in PLACE_ENTS | {"PERSON", "PER"} for t in words) and \
                    is_main_subject(self.doc, words[0].idx, tok.idx + len(tok)):
                found.append((words[0].idx, doc_text(self.doc)[words[0].idx:tok.idx + len(tok)]))
        found = sorted(f for f in found if not self._excluded(f[0]))
        if not found:
            return None
        c, name = found[-1]
        return Speaker(ActorRef(name=clean_name(name), code=None, text=name), "outlet", "speaker:definite-press",
                       span=(c, c + len(name)))

    def _titled_person(self, head: list[Token], char: int) -> Speaker | None:
        """"the England coach", "the Chelsea boss": the one person the article named earlier with those words
        right before the name ("England coach Sven-Goran Eriksson") or after it ("Jose Mourinho, the Chelsea
        boss"); None when nobody or several were."""
        noun = head[-1]
        if head[0].lower_ != "the" or not 2 <= len(head) <= 5 or noun.tag_ != "NN" or \
                noun.lower_ not in TITLE_NOUNS and noun.lower_ not in PERSON_ROLE_NOUNS or \
                not all(t.is_alpha or t.text == "-" for t in head):
            return None
        # in either case: "the home secretary" after "Home Secretary Charles Clarke"
        title = "(?i:" + r"\s+".join(re.escape(t.text) for t in head[1:]) + ")"
        name = r"((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)"
        text = doc_text(self.doc)[:head[0].idx]
        names = {m.group(1) for m in re.finditer(rf"(?<![\w-]){title}\s+{name}", text)
                 if not OFFICE_QUALIFIER.search(text[max(0, m.start() - 24):m.start()])}
        # (a title before a name opens that person's name, no aside of the words before the comma: "the detentions
        # in Cuba, Archbishop Tutu told BBC News" makes no Cuba the archbishop)
        names |= {m.group(1) for m in re.finditer(rf"{name},\s+(?:the\s+)?{title}\b(?!\s+[A-Z])", text)}
        surnames = {n.split()[-1] for n in names}
        if len(surnames) != 1:
            return None
        full = max(names, key=len)
        surname = surnames.pop()
        known = [s for _, s, _ in self._people_before(char) if s.ref is not None and
                 (s.ref.name.split() or [""])[-1] == surname]
        if known:
            s = known[-1]
            return Speaker(s.ref, "person", "speaker:titled", mention=s.mention, span=s.span)
        return Speaker(ActorRef(name=clean_name(full), code=None, text=full), "person", "speaker:titled")

    def _people_before(self, char: int) -> list[tuple[int, Speaker, bool]]:
        """People mentioned before ``char`` (outside quotes and the reported words), in text order, each
        with whether it is salient: person mentions (salient as a main clause's subject), later bare uses
        of their surnames the recogniser missed, and named speakers found so far (salient)."""
        # a person named in words someone reported is not whom the text is about: "And Tony Blair would lead the
        # campaign, he said. “...,” he promised" is the one who said it, not Mr Blair
        found = [(c, s, main and not any(a <= c < b for a, b in self.reported))
                 for c, s, main in self._people() if c < char and not self._excluded(c)]
        # (a speaker named by a plural noun is a "they": "Critics fear the move ... “...,” he said" is not theirs)
        found += [(c, s, True) for c, s in self.spoken if c < char and s.kind in ("person", "name")
                  and not self._excluded(c) and not (s.kind == "name" and s.ref is not None and
                                                     s.ref.name.split()[-1].lower() in ORGANISATION_HEADS)
                  and not self._plural_noun(s)]
        return sorted(found, key=lambda cs: cs[0])

    def _people(self) -> list[tuple[int, Speaker, bool]]:
        """Every person mention of the document and every later bare use of a surname, with its salience
        (computed once per document)."""
        if self._person_index is None:
            doc = self.doc
            text = doc_text(doc)
            # a name after an honorific is a person's whatever the recogniser took it for ("Dr Fox" as ORG)
            people = [m for m in actor_mentions(doc) if (m.kind == "person" or
                      AFTER_HONORIFIC.search(text, max(0, m.start_char - 10), m.start_char)) and
                      not all(w.lower() in TITLE_NOUNS for w in m.text.split())]
            # "Mr Hain, Leader of the Commons": a title the recogniser took for a name is nobody a "he" stands for
            firsts = {}
            for m in people:
                firsts.setdefault(m.text.split()[-1], m.start_char)
            found = [(m.start_char, Speaker(self._person_ref(m) if m.kind == "person" else ActorRef(m.text, None, m.text), "person",
                                            "mention", mention=m),
                      is_main_subject(doc, *_person_name_span(doc, m)) or
                      (firsts[m.text.split()[-1]] == m.start_char and _introduced_with_role(doc, m)))
                     for m in people]
            surnames = {m.text.split()[-1]: m for m in people if len(m.text.split()) > 1}
            for surname, m in surnames.items():  # a text search: walking every token is the slow part
                for a in whole_word_hits(text, surname, m.end_char):
                    tok = doc.char_span(a, a + len(surname))
                    if tok is None or any(p.start_char <= a < p.end_char for p in people):
                        continue
                    found.append((a, Speaker(m.ref(), "person", "mention:surname", mention=m),
                                  is_main_subject(doc, a, a + len(surname))))
            self._person_index = sorted(found, key=lambda p: p[0])
        return self._person_index

    def quoted(self, char: int) -> bool:
        """``char`` is inside one of the excluded spans (the quotes; memoised, they do not change)."""
        found = self._quoted_memo.get(char)
        if found is None:
            found = self._quoted_memo[char] = any(a <= char < b for a, b in self.excluded)
        return found

    def _excluded(self, char: int) -> bool:
        return self.quoted(char) or any(a <= char < b for a, b in self.content)

    def _unnamed(self, head: list[Token], rest: list[Token], title: Token, mentions: list[ActorMention],
                 char: int) -> Speaker:
        """An unnamed speaker: "a NATO official", "a defense administration official who spoke to CNN",
        "the official" (the one met before). Its code: the organisation or country in the phrase (or
        a compound agent the actors component coded, "U.S. defense official" -> USAMIL), else the
        country from the context plus the role of its department."""
        others = [m for m in mentions if m.kind != "agent"]
        former = self._former_holder(head, char)
        if former is not None:
            return former
        past = any(t.lower_ in PAST_OFFICE_WORDS for t in head[1:3])  # "the former UN chief" holds no office now
        if head[0].lower_ == "the" and not others and not past:
            holder = self._office_holder(head, mentions, char)
            if holder is not None:
                return holder
        if head[0].lower_ in ("the", "this", "that") and not others:
            same = [s for c, s in self.unnamed if c < char and s.title == title.lower_]
            if same:
                return same[-1]
            lead = self._lead_person(head, title, char)
            if lead is not None:
                return lead
        phrase = " ".join(t.text for t in head)
        sector = next(((label, role) for rx, label, role in SECTORS if rx.search(phrase)), None)
        agent = next((m for m in mentions if m.kind == "agent" and m.start_char <= title.idx < m.end_char), None)
        org = next((m for m in mentions if m.code and m.code.startswith(NON_COUNTRY_PREFIXES)), None)
        country_m = next((m for m in mentions if country_of(m)), None)
        country = country_of(country_m) if country_m else None
        role = sector[1] if sector else ("MIL" if title.lower_ in MILITARY_TITLES else
                                         "GOV" if title.lower_ in GOVERNMENT_TITLES else "")
        if agent is not None and agent.role:
            role = agent.role
        rule = "speaker:unnamed"
        if org is None and country is None:
            country = self.context_country(char, sector[0] if sector else None)
            rule = "speaker:unnamed+context" if country else rule
        if org is not None:
            code = org.code
        elif agent is not None and agent.code and country_of(agent):
            code = agent.code
        else:
            code = country + role if country else None
        named = org or next((m for m in others if country_of(m) or not is_outlet(m.text)), None)
        qualifier = (named.text + " ") if named is not None else ""
        if named is not None and named.start_char <= title.idx < named.end_char:  # an agent "UN envoy" holds the title
            qualifier = doc_text(self.doc)[named.start_char:title.idx].strip()
            qualifier = qualifier + " " if qualifier else ""
        if named is None:  # "A NATO official" where no recogniser saw NATO: its capitalised words
            caps = [t.text for t in head[:head.index(title)] if t.text[:1].isupper() and t.is_alpha
                    and t.lower_ not in ("a", "an", "the", "this", "that", "one", "two", "three", "several")]
            qualifier = " ".join(caps) + " " if caps else ""
        if sector and sector[0] not in qualifier.lower():
            qualifier += sector[0] + " "
        name = f"unnamed {qualifier}{title.lower_}"
        last = rest[-1] if rest else head[-1]
        text = doc_text(self.doc)[head[0].idx:last.idx + len(last)]
        speaker = Speaker(ActorRef(name=name, code=code, text=text), "anonymous", rule, title=title.lower_)
        self.unnamed.append((char, speaker))
        return speaker

    def _lead_person(self, head: list[Token], title: Token, char: int) -> Speaker | None:
        """"But the Tory leader argued", "the home secretary said" in an article about one person: a definite
        title of one person, with no name, office or organisation of its own, met before, names the person the
        article is about (the first person who is a main clause's subject or spoke), when that person is in
        reach (its sentence and the WINDOW before) and nobody else there is a main clause's subject or spoke."""
        if head[0].lower_ != "the" or len(head) > 4 or title.tag_ != "NN" or title.i != head[-1].i:
            return None
        people = self._people_before(char)
        lead = next((s for _, s, main in people if main and s.ref is not None), None)
        if lead is None:
            return None
        window = self._window_start(char)
        near = [(s, main) for c, s, main in people if c >= window and s.ref is not None]
        if not any(s.ref.name == lead.ref.name for s, _ in near) or \
                any(main and s.ref.name != lead.ref.name for s, main in near) or self._titled_otherwise(lead, head, title):
            return None
        sent = sentence_of_char(self.doc, char)
        if sent is not None and any(sent.start_char <= c < char and s.ref is not None and s.ref.name == lead.ref.name
                                    for c, s, _ in people):
            return None  # "Tull ... was called “a forger” by the sentencing judge": the person of the sentence is not its judge
        return Speaker(lead.ref, lead.kind if lead.kind in ("person", "name") else "person", "speaker:lead",
                       mention=lead.mention, span=lead.span)

    def _former_holder(self, head: list[Token], char: int) -> Speaker | None:
        """"Petra Lind has called for calm. The former Swedish envoy to Kenya told ...": "the former" and a title,
        with no name, goes on about the one person who spoke or is a main clause's subject in reach (its sentence
        and the WINDOW before), whatever countries or bodies the title names; a person new to the text would be
        named. None when nobody or several people are in reach, or the person is in the phrase's own sentence."""
        words = [t for t in head if not t.is_space]
        if len(words) < 3 or words[0].lower_ != "the" or words[1].lower_ not in PAST_OFFICE_WORDS:
            return None
        window = self._window_start(char)
        near = [(c, s, main) for c, s, main in self._people_before(char) if c >= window and s.ref is not None]
        names = {s.ref.name for _, s, _ in near}
        names = {n for n in names if not any(n != o and set(n.split()) < set(o.split()) for o in names)}
        if len(names) != 1 or not any(main for _, _, main in near):
            return None  # "Reis met Costa. The former envoy said": either may be the envoy, or neither
        sent = sentence_of_char(self.doc, char)
        c, person = max(((c, s) for c, s, _ in near if s.ref.name in names), key=lambda cs: cs[0])
        if sent is not None and c >= sent.start_char or self._titled_otherwise(person, words, words[-1], in_office=False):
            return None  # "Lind was praised by the former envoy": the person of the sentence is not who speaks of her;
            # "Minister Reis": a person the text gives another title is no former envoy
        return Speaker(person.ref, person.kind if person.kind in ("person", "name") else "person", "speaker:former",
                       mention=person.mention, span=person.span)

    def _titled_otherwise(self, person: Speaker, head: list[Token], title: Token, in_office: bool = True) -> bool:
        """The article gives ``person`` another title ("President Pervez Musharraf" is no "information
        minister"), or (``in_office``: not for a former office) the knowledge base knows the person and not in
        the office the title names."""
        surname = person.ref.name.split()[-1]
        for m in actor_mentions(self.doc):
            if m.kind != "person" or m.text.split()[-1:] != [surname]:
                continue
            span = self.doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
            if span is None:
                continue
            words = [t.lower_ for t in self.doc[max(0, span.start - 2):span.end]]
            if any(w in TITLE_NOUNS and w != title.lower_ for w in words):
                return True
        kb_id = person.mention.kb_id if person.mention is not None else None
        key = office_key(" ".join(t.text for t in head[1:]))
        if kb_id and key and in_office:
            holders = default_kb().offices.holders(key, None, article_of(self.doc).published)
            return kb_id not in {e.id for e in holders}
        return False

    def _office_holder(self, head: list[Token], mentions: list[ActorMention], char: int) -> Speaker | None:
        """"the prime minister told ...": the one person named earlier in the article whom the knowledge
        base has in that office on the article's day (in the country the phrase's agent was coded with);
        None when nobody or several such were named."""
        key = office_key(" ".join(t.text for t in head[1:]))
        if key is None:
            return None
        agent = next((m for m in mentions if m.kind == "agent" and m.code), None)
        country = agent.code[:3] if agent is not None else None
        holders = {e.id for e in
                   default_kb().offices.holders(key, country, article_of(self.doc).published)}
        named = {p[1].mention.kb_id: p[1] for p in self._people_before(char)
                 if p[1].mention is not None and p[1].mention.kb_id in holders}
        if len(named) != 1:
            return None
        found = next(iter(named.values()))
        return Speaker(found.ref, "person", "speaker:office-holder", mention=found.mention, span=found.span)

    def _institution(self, head: list[Token], mentions: list[ActorMention], char: int) -> Speaker:
        """"the ministry", "the military", "Ukraine's defence ministry" without a knowledge-base entry."""
        phrase = " ".join(t.text for t in head)
        sector = next(((label, role) for rx, label, role in SECTORS if rx.search(phrase)), None)
        org = next((m for m in mentions if m.code and m.code.startswith(NON_COUNTRY_PREFIXES)), None)
        country_m = next((m for m in mentions if country_of(m)), None)
        country = country_of(country_m) if country_m else None
        if org is None and country is None and not mentions:
            country = self.context_country(char, sector[0] if sector else None)
        role = sector[1] if sector else "GOV"
        core = head[1:] if head[0].lower_ in ("the", "a", "an") else head
        name = doc_text(self.doc)[core[0].idx:core[-1].idx + len(core[-1])]
        if country in ROLE_CODES:  # a mention coded "GOV" alone names no country: no "GOVGOV"
            country = None
        code = org.code if org is not None else (country + role if country else None)
        text = doc_text(self.doc)[head[0].idx:head[-1].idx + len(head[-1])]
        return Speaker(ActorRef(name=name, code=code, text=text), "actor", "speaker:institution")

    def context_country(self, char: int, sector: str | None) -> str | None:
        """The country an unnamed speaker most likely serves, from the text before ``char``: the last
        sentence naming the same department ("Department of Defense" for a defense official), and in
        it the nearest country-bearing mention before that word; else None."""
        if not sector:
            return None
        rx = next(r for r, label, _ in SECTORS if label == sector)
        text = doc_text(self.doc)[:char]
        hits = list(rx.finditer(text))
        for hit in reversed(hits[-6:]):
            prior = [m for m in actor_mentions(self.doc) if country_of(m) and m.end_char <= char
                     and not is_outlet(m.text)]  # "(Reuters) - ..., a police officer said": no British police
            before = [m for m in prior if m.end_char <= hit.end() and hit.start() - m.end_char < 200]
            covering = [m for m in prior if m.start_char <= hit.start() < m.end_char]
            if covering:
                return country_of(covering[-1])
            if before:
                sent = sentence_of_char(self.doc, hit.start())
                sent_start = sent.start_char if sent is not None else 0
                in_sentence = [m for m in before if m.start_char >= sent_start]
                if in_sentence:
                    return country_of(in_sentence[-1])
        return None


