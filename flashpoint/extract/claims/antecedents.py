"""Whom a pronoun or a definite description that speaks stands for: the facts speakers.py weighs.

- ``gender``: "m", "f" or None for a person's name in a document: the knowledge base's entry, else a
  first name two or more of the knowledge base's people bear, all of one gender ("Michael"), else an
  honorific the article gives the name ("Mr Nattrass", "Mrs May") or the pronoun its own report goes on
  with ("Beverley Knight said she ..."); a first name comes before the surname's honorific because a
  mother and son share a surname.
- ``is_main_subject``: a mention that is the subject of its sentence's main clause or opens the
  sentence ("Mr Blair said ...", "Mr Blunkett quit ...") is what a later "he" most likely picks up;
  a name inside an adverbial clause ("Asked if Mr Blunkett could return, he replied"), an object or a
  possessor ("Sir Alan's findings") is not.
"""

from __future__ import annotations

import functools
import re

from spacy.attrs import ORTH
from spacy.tokens import Doc

from flashpoint.extract.base import doc_text
from flashpoint.extract.words import FEMALE_HONORIFICS, HONORIFICS, MALE_HONORIFICS, TITLE_NOUNS, TITLES_OF_A_SEAT
from flashpoint.kb.persons import builtin_persons
from flashpoint.nlp.deps import SUBJECTS

AGENT_DEPS = frozenset({"obl:agent", "agent"})


@functools.lru_cache(maxsize=1)
def _kb_genders() -> tuple[dict[str, str], dict[str, str]]:
    """(person id or full name -> gender, first name -> gender) from the knowledge base's people; a first
    name both genders carry, or only one person, is left out."""
    by_id: dict[str, str] = {}
    first: dict[str, set[str]] = {}
    bearers: dict[str, int] = {}
    for e in builtin_persons():
        g = (e.extra or {}).get("gender")
        if g not in ("m", "f"):
            continue
        by_id[e.id] = g
        names = {word for name in e.names if (word := _first_name(name))}
        by_id.update({name: g for name in e.names if len(name.split()) > 1})  # "Theresa May": hers by her full name
        for word in names:
            if word[:1].isupper() and word.isalpha():
                first.setdefault(word, set()).add(g)
                bearers[word] = bearers.get(word, 0) + 1
    # a first name only one person of the knowledge base bears says little ("Morgan" of Morgan Ortagus is
    # Morgan Freeman's too): only a name several people share, all of one gender, decides
    return by_id, {k: next(iter(v)) for k, v in first.items() if len(v) == 1 and bearers.get(k, 0) > 1}


def _title(word: str) -> bool:
    return word in TITLES_OF_A_SEAT or word.lower() in TITLE_NOUNS


def _first_name(name: str) -> str | None:
    """The first name of a knowledge-base name of two or more words, after any title or rank before it ("Dr",
    "Admiral", "Field Marshal"): a title tells no one's gender ("Dr Manmohan Singh" makes no "Dr" a man)."""
    words = name.split()
    k = 0
    while k < len(words) - 2 and (_title(words[k]) or _title(words[k + 1])):
        k += 1
    return words[k] if len(words) > 1 and not _title(words[k]) else None


@functools.lru_cache(maxsize=1)
def _first_names() -> frozenset[str]:
    """Every first word of a knowledge-base person's name of two or more words."""
    return frozenset(w for e in builtin_persons() for name in e.names if len(w := name.split()[0]) > 1
                     and len(name.split()) > 1 and w[:1].isupper() and w.isalpha())


def is_first_name(word: str) -> bool:
    """A word some knowledge-base person bears as a first name ("Mike", "Theresa")."""
    return word in _first_names()


def gender(doc: Doc, name: str, kb_id: str | None = None, reports: bool = True) -> str | None:
    """"m", "f" or None for the person a name refers to in ``doc``; ``reports=False`` leaves out the weakest
    sign, the pronoun a report goes on with ("Esther Rantzen said he was 'so lovely'": he is the man she
    speaks of)."""
    by_id, first = _kb_genders()
    if kb_id and kb_id in by_id:
        # a bare surname the article gives an honorific of the other gender is someone else of that name: "Lord
        # Harris" is no Kamala Harris, however the knowledge base linked "Harris"
        titled = _honorifics(doc).get(name.strip()) if len(name.split()) == 1 else None
        return titled if titled and titled != by_id[kb_id] else by_id[kb_id]
    if name.strip() in by_id:
        return by_id[name.strip()]
    words = [w for w in re.split(r"\s+", name.strip()) if w]
    if not words:
        return None
    if len(words) > 1 and words[0] in first:
        return first[words[0]]  # "Katherine Jackson" beside her son "Mr Jackson": the first name is hers alone
    honorific = _honorifics(doc).get(words[-1]) or (_self_reference(doc).get(words[-1]) if reports else None)
    if honorific:
        return honorific
    if words[0] in MALE_HONORIFICS:
        return "m"
    if words[0] in FEMALE_HONORIFICS:
        return "f"
    return None


def _honorific_gender(word: str) -> str | None:
    return "m" if word in MALE_HONORIFICS else "f" if word in FEMALE_HONORIFICS else None


def _honorifics(doc: Doc) -> dict[str, str]:
    """Surname -> gender for every "Mr X" / "Mrs X" in the document (computed once per document)."""
    cached = doc.user_data.get("fp_quote_honorifics")
    if cached is None:
        cached = {}
        # each distinct word asked once, from the ORTH array (a Token per word was most of the cost)
        orths = doc.to_array(ORTH).tolist()[:-1]
        strings = doc.vocab.strings
        honorific = {h: g for h in set(orths) if (g := _honorific_gender(strings[h].rstrip(".")))}
        for i, h in enumerate(orths):
            g = honorific.get(h)
            if g is None:
                continue
            k = i + 1
            while k + 1 < len(doc) and doc[k + 1].text[:1].isupper() and doc[k + 1].is_alpha:
                k += 1  # "Mr Kilroy-Silk", "Sir Alan Budd": the last capitalised word of the name
            surname = doc[k].text
            if surname[:1].isupper() and cached.get(surname, g) == g:
                cached[surname] = g
            else:
                cached[surname] = ""  # both: say nothing
        doc.user_data["fp_quote_honorifics"] = cached
    return cached


# "Beverley Knight said she sang", "Size told reporters he was": a name whose own report goes on with a
# pronoun for its subject gives that pronoun's gender.
SELF_REFERENCE = re.compile(r"\b([A-Z][\w'’-]+),?\s+(?:has\s+|had\s+|also\s+)?(?:said|says|told\s+\w+|added|insisted|"
                            r"argued|claimed|admitted|denied|explained|stressed|revealed)\s+(?:that\s+)?(she|he)\b")


def _self_reference(doc: Doc) -> dict[str, str]:
    """Surname -> gender from "X said she/he ..." in the document (computed once per document)."""
    cached = doc.user_data.get("fp_quote_self_reference")
    if cached is None:
        cached = {}
        for m in SELF_REFERENCE.finditer(doc_text(doc)):
            g = "f" if m.group(2) == "she" else "m"
            cached[m.group(1)] = g if cached.get(m.group(1), g) == g else ""
        doc.user_data["fp_quote_self_reference"] = cached
    return cached


def _inside_whose_clause(doc: Doc, i: int) -> bool:
    """Token ``i`` stands in an aside that ", whose" opens, no comma closing it before ``i``: the aside tells of
    something of the one named before it, and a name there is not what the sentence is about."""
    sent_start = doc[i].sent.start
    for k in range(i - 1, sent_start, -1):
        if doc[k].text in (",", ";", ":", "(", ")") or doc[k].is_quote:
            return False
        if doc[k].lower_ == "whose":
            return doc[k - 1].text == ","
    return False


def is_main_subject(doc: Doc, start_char: int, end_char: int) -> bool:
    """A mention that is the subject of its sentence's main clause (or of a verb coordinated with it)."""
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    if span is None or not len(span):
        return False
    if _paired_with_name(doc, span):
        return False  # "Turkington and Collard gathered 20 podiums": two people are a "they", neither alone a "he"
    if _inside_whose_clause(doc, span.start):
        return False  # "Mr Karger, whose favourite film was Mike Leigh's drama Vera Drake, stayed upbeat": his film's
    if _opens_sentence(doc, span.start) and span.end < len(doc) and doc[span.end].tag_ != "POS":
        return True  # a name opening its sentence is its subject, whatever the parse did ("Mr Blunkett quit/NN as")
    if _opens_after_connective(doc, span.start) and span.end < len(doc) and \
            (doc[span.end].text == "," or doc[span.end].pos_ in ("VERB", "AUX")):
        return True  # "But Sir Bernard Ingham, Thatcher's press secretary, took": the parse made the aside subject
    for tok in span:
        if tok.head.i in range(span.start, span.end):
            continue
        if tok.dep_ == "appos" and tok.head.dep_ in SUBJECTS | AGENT_DEPS and tok.head.i < tok.i:
            tok = tok.head  # "Her colleague Ken Livingstone agreed": the name stands beside the subject
        if tok.dep_ in AGENT_DEPS and tok.head.dep_ == "ROOT" and tok.head.tag_ == "VBN" and \
                any(c.dep_ in ("aux:pass", "auxpass") for c in tok.head.children):
            return True  # "The speech was introduced by his son Nick": who does it, the passive's subject in all but form
        if tok.dep_ not in SUBJECTS:
            continue
        verb = tok.head
        if verb.tag_ == "VBG" and not any(c.dep_ in ("aux", "aux:pass") for c in verb.children):
            return False  # "picture Tony Blair doing it": the subject of an -ing form with no auxiliary is no clause's
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head
        return verb.dep_ == "ROOT" or _opens_sentence(doc, tok.left_edge.i)
    return False


def _paired_with_name(doc: Doc, span) -> bool:
    """The name ``span`` is coordinated with another proper name ("Turkington and Collard", "Collard and
    Turkington"): a subject of two people. "Mr Smith and his wife" stays his (a common noun is no second name)."""
    after = doc[span.end:span.end + 2]
    if len(after) == 2 and after[0].lower_ == "and" and after[1].pos_ == "PROPN":
        return True
    before = doc[max(0, span.start - 2):span.start]
    return len(before) == 2 and before[1].lower_ == "and" and before[0].pos_ == "PROPN" and \
        before[0].ent_type_ == doc[span.start].ent_type_ != ""


def fronted_for_name(doc: Doc, i: int) -> tuple[int, int] | None:
    """The tokens (start, end) of the proper name a "For" opening its sentence brings in before a comma ("But for
    Allen Weiner, a research director at Gartner, the future of search is ...", "For Jupiter analyst Olivier
    Beauvillain, Yahoo's decision was an error"): whose view the sentence gives, the person a "he" after it
    stands for; None when ``i`` opens no such phrase ("For the first time, ...", "for years")."""
    if doc[i].lower_ != "for" or not (_opens_sentence(doc, i) or _opens_after_connective(doc, i)):
        return None
    k = i + 1
    while k < len(doc) and k - i <= 8 and doc[k].text != "," and not doc[k].is_sent_start:
        k += 1
    if k >= len(doc) or doc[k].text != ",":
        return None
    end = k
    while end > i + 1 and doc[end - 1].pos_ != "PROPN":
        end -= 1
    start = end
    while start > i + 1 and doc[start - 1].pos_ == "PROPN":
        start -= 1
    if end != k or end - start < 2 or doc[end - 1].tag_ == "POS":
        return None  # the name must close the phrase: "For Britain's farmers," is about the farmers
    return start, end


# words that may open a sentence before its subject ("But Mr Hart said", "However, Sir John argued")
OPENING_CONNECTIVES = frozenset({"but", "and", "however", "yet", "meanwhile", "still", "so"})


def _opens_after_connective(doc: Doc, i: int) -> bool:
    """A name at ``i`` that opens its sentence after a connective and honorifics: "But Sir Bernard Ingham"."""
    k = i - 1
    while k >= 0 and doc[k].text.rstrip(".") in HONORIFICS:
        k -= 1
    if k >= 0 and doc[k].text == ",":
        k -= 1
    return k >= 0 and doc[k].lower_ in OPENING_CONNECTIVES and _opens_sentence(doc, k)


def _opens_sentence(doc: Doc, i: int) -> bool:
    """A subject right after a full stop (and a closing quote mark): the parse ran two sentences into one
    ('... freedom." Charles Kennedy welcomed ...') and hung this clause on the other."""
    k = i - 1
    while k >= 0 and (doc[k].is_space or doc[k].is_quote):
        k -= 1
    return k < 0 or doc[k].text in (".", "!", "?")


__all__ = ["fronted_for_name", "gender", "is_first_name", "is_main_subject"]
