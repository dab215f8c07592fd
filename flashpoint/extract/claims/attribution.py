"""Who says so: "according to Reuters", "told news agency AFP", "CNN reports", "the media say".

Shared by quotes, figures and events. A ``Source`` is what a sentence credits a claim to: an actor
mention ("according to Ukraine"), an anonymous speaker ("a NATO official who spoke to Reuters"),
outlets passing it on (``via``), or several of these at once. Outlets are news organisations,
never speakers of their own: "according to the news agency AFP" has via ["AFP"] and no actor.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from flashpoint.extract.base import ActorMention, mentions_in, span_text
from flashpoint.extract.words import FINDING_NOUNS, ISSUED_NOUNS
from flashpoint.records import ActorRef

OUTLETS = (
    "AFP", "Agence France-Presse", "Reuters", "AP", "Associated Press", "CNN", "BBC", "BBC News", "ABC", "ABC News",
    "NBC", "NBC News", "CBS", "CBS News", "Fox News", "MSNBC", "CNBC", "NPR", "PBS", "Al Jazeera", "Al Arabiya",
    "TASS", "RIA Novosti", "RIA", "Interfax", "Interfax-Ukraine", "Ukrinform", "UNIAN", "Sputnik", "RT", "Meduza",
    "Kommersant", "Izvestia", "Novaya Gazeta", "DPA", "dpa", "Xinhua", "Global Times", "CCTV", "Bloomberg",
    "The New York Times", "New York Times", "The Washington Post", "Washington Post", "The Wall Street Journal",
    "Wall Street Journal", "Financial Times", "The Guardian", "The Times", "The Telegraph", "The Independent",
    "Politico", "Axios", "Newsweek", "USA Today", "Los Angeles Times", "The Economist", "Sky News", "ITV",
    "Channel 4 News", "Deutsche Welle", "DW", "France 24", "Euronews", "Le Monde", "Der Spiegel", "Spiegel",
    "Bild", "Yle", "Helsingin Sanomat", "SVT", "NRK", "ANSA", "EFE", "Lusa", "Kyodo", "NHK", "Yonhap", "KCNA",
    "Anadolu", "Anadolu Agency", "Daily Sabah", "IRNA", "Tasnim", "Fars", "Press TV", "SANA", "WAFA", "Haaretz",
    "The Times of Israel", "Times of Israel", "The Jerusalem Post", "Jerusalem Post", "Arab News", "Kyiv Independent",
    "Kyiv Post", "Ukrainska Pravda", "Voice of America", "VOA", "Radio Free Europe", "RFE/RL", "PTI", "ANI",
    "Dawn", "Nikkei", "The Hindu", "Times of India", "South China Morning Post", "Agence France Presse",
)
_OUTLET_ALT = "|".join(re.escape(o) for o in sorted(OUTLETS, key=len, reverse=True))
OUTLET_RE = re.compile(r"(?<![\w-])(" + _OUTLET_ALT + r")(?![\w-])")
# "news agency Xyz", "the broadcaster Xyz", "Xyz news agency": outlets not in the list above.
GENERIC_OUTLET_RE = re.compile(r"(?i:\b(?:news\s+agency|broadcaster|newspaper|daily|news\s+channel|tv\s+channel|"
                               r"news\s+site|news\s+outlet|radio\s+station|television))\s+"
                               r"(?P<name>[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3})")

_OBJECT_END = (r"(?=\s*(?:[,;:.!?()\"“”]|$)|\s+(?:in|on|at|since|during|after|before|when|while|as|who|which|that|"
               r"and|but|from|over|last|this|is|are|was|were|has|have|had|said|says)\b)")
ACCORDING_RE = re.compile(r"(?i:according\s+to)\s+(?P<obj>.+?)" + _OBJECT_END, re.S)
# "according to a survey released on Monday by the X", "a report earlier this week from the X": who made the document
DOCUMENT_SOURCE_RE = re.compile(r"\s+(?:(?:released|published|issued|compiled|conducted|carried\s+out)\s+)?"
                                r"(?:(?:on|last|this|earlier|in)\s+(?:\w+\s+){0,2}?)?(?:from|by)\s+"
                                r"(?P<src>(?:the\s+)?[A-Z].*?)" + _OBJECT_END, re.S)
TOLD_RE = re.compile(r"\b(?:told|telling|tells|tell|spoke\s+to|speaking\s+to|talking\s+to|talked\s+to|said\s+to|"
                     r"(?:in\s+)?(?:an\s+)?interview\s+with|wrote\s+in|writing\s+in|quoted\s+by|cited\s+by)\s+"
                     r"(?P<obj>(?:the\s+)?(?:[\w'’\-]+\s+){0,4}?(?:" + _OUTLET_ALT
                     + r"|media|press|reporters|journalists))(?![\w-])")
REPORTS_RE = re.compile(r"(?P<outlet>" + _OUTLET_ALT + r")(?:'s|’s)?\s+(?:\w+\s+)?(?P<verb>reports?|reported|said|says|"
                        r"writes|wrote|claims|cited|quoted|learned|has\s+learned|revealed|reveals)\b"
                        r"|\b(?P<verb2>writes|wrote|reports|reported|according\s+to)\s+(?:the\s+)?(?:\w+\s+){0,2}?"
                        r"(?P<outlet2>" + _OUTLET_ALT + r")(?![\w-])")
MEDIA_SAY_RE = re.compile(r"\b(?:the\s+)?(?:(?:local|state|Russian|Ukrainian|US|U\.S\.|foreign|international|"
                          r"western|Western|\w+)\s+)?(?P<who>media|press|reports|newspapers)\s+(?:say|said|says|"
                          r"reported|report|claim|claimed|suggest|suggested)\b|\b(?:media|press)\s+reports\b")
# the heart of every MEDIA_SAY_RE match ("media say", "press reports"): a sentence without it is not searched
# with the whole pattern, whose optional word before the noun is tried at every word of the sentence
MEDIA_SAY_CORE = re.compile(r"\b(?:media|press|reports|newspapers)\s+(?:say|said|says|reported|report|claim|claimed|"
                            r"suggest|suggested)\b|\b(?:media|press)\s+reports\b")
SPOKE_TO_RE = re.compile(r"\b(?:who|which)\s+(?:spoke|talked|was\s+speaking|spoke\s+on\s+condition\s+of\s+anonymity)"
                         r"\s+(?:to|with)\s+(?:the\s+)?(?:\w+\s+){0,3}?(?P<outlet>" + _OUTLET_ALT + r")(?![\w-])")


@dataclass
class Source:
    """A claimant found in a sentence: an actor mention, outlet names, or both.

    actor: the mention credited ("Ukraine" in "according to Ukraine"), None for outlets only.
    via: outlets that passed the claim on ("AFP").
    rule: which phrasing found it ("according_to", "reports", "told", "media_say", "spoke_to").
    text/start_char/end_char: the words of the attribution in the article.
    anonymous: an ActorRef for an unnamed claimant ("according to a NATO official"), which a caller
    resolving speakers with the context (extract/speakers.py) may set; ``ref()`` then returns it.
    """

    actor: ActorMention | None
    via: list[str]
    rule: str
    text: str = ""
    start_char: int = -1
    end_char: int = -1
    anonymous: ActorRef | None = None
    extra: dict = field(default_factory=dict)

    def ref(self) -> ActorRef | None:
        """The claimant as an actor reference: the actor, the unnamed speaker, else the first outlet."""
        if self.actor is not None:
            return self.actor.ref()
        if self.anonymous is not None:
            return self.anonymous
        if self.via:
            return ActorRef(name=self.via[0], code=None, text=self.via[0])
        return None


def outlets_in(text: str) -> list[str]:
    """Outlet names in a piece of text, each once, in order ("news agency Xyz" included)."""
    found = [(m.start(), m.group(1)) for m in OUTLET_RE.finditer(text)]
    for m in GENERIC_OUTLET_RE.finditer(text):
        name = m.group("name")
        if not any(s <= m.start("name") < s + len(o) for s, o in found) and name.split()[0] not in ("In", "On", "The"):
            found.append((m.start("name"), name))
    return list(dict.fromkeys(name for _, name in sorted(found)))


def is_outlet(text: str) -> bool:
    text = re.sub(r"^(?:the\s+)?(?:news\s+agency|agency|broadcaster|newspaper|channel)\s+", "", text.strip(), flags=re.I)
    text = re.sub(r"(?:'s|’s)$", "", text)
    return bool(OUTLET_RE.fullmatch(text)) or bool(re.fullmatch(r"(?:the\s+)?" + _OUTLET_ALT, text))


def names_outlet(text: str) -> bool:
    """A phrase whose head is an outlet: "the Sunday Telegraph", "news channel CNN", "Reuters"."""
    outlets = outlets_in(text)
    return bool(outlets) and (is_outlet(text) or text.endswith(outlets[-1]))


def _mention_over(doc: Doc, sent: Span, start: int, end: int) -> ActorMention | None:
    """The actor mention overlapping [start, end) that is not an outlet (persons first)."""
    found = [a for a in mentions_in(doc, sent.start, sent.end) if a.start_char < end and a.end_char > start
             and not is_outlet(a.text)]
    found.sort(key=lambda a: (a.kind != "person", a.start_char))
    return found[0] if found else None


def according_to(doc: Doc, sent: Span) -> Source | None:
    """The claimant of "according to X" in a sentence, as an actor mention and/or outlets.

    "according to the news agency AFP" -> via ["AFP"]; "according to CNN's sources" -> via ["CNN"];
    "according to Ukraine" -> the mention of Ukraine."""
    found = according_to_all(doc, sent)
    return found[0] if found else None


# The patterns' finds in a sentence's text are remembered by the text: fp_quotes, its speakers and fp_events read
# the same sentences' attributions again and again (a text's finds are the same wherever it stands).

def according_to_all(doc: Doc, sent: Span) -> list[Source]:
    return [Source(actor=_mention_over(doc, sent, sent.start_char + start, sent.start_char + end), via=list(via),
                   rule="according_to", text=obj, start_char=sent.start_char + at, end_char=sent.start_char + end)
            for at, obj, start, end, via in _according_in(span_text(sent))]


@functools.lru_cache(maxsize=4096)
def _according_in(text: str) -> tuple[tuple[int, str, int, int, tuple[str, ...]], ...]:
    """(where the phrase starts, its claimant's words, their start and end, the outlets in them) of each "according
    to" phrase in a sentence's text."""
    out = []
    for m in ACCORDING_RE.finditer(text):
        obj = m.group("obj")
        start, end = m.start("obj"), m.end("obj")
        noun = re.search(r"(\w+)(?:\s+(?:released|published|issued|compiled|conducted))?"
                         r"(?:\s+(?:earlier|last|this|on|in)(?:\s+\w+){0,2})?\s*$", obj)
        made = DOCUMENT_SOURCE_RE.match(text, m.start("obj") + noun.end(1)) \
            if noun and noun.group(1).lower() in ISSUED_NOUNS | FINDING_NOUNS else None
        if made:  # the maker of the document is the claimant
            obj = made.group("src")
            start, end = made.start("src"), made.end("src")
        out.append((m.start(), obj, start, end, tuple(outlets_in(obj))))
    return tuple(out)


def told_outlets(sent: Span | str) -> list[str]:
    """Outlets a speaker talked to: "told news agency AFP", "spoke to Reuters", "in an interview
    with ABC". "told the media" and "told reporters" name none."""
    return list(_told_in(sent if isinstance(sent, str) else span_text(sent)))


@functools.lru_cache(maxsize=4096)
def _told_in(text: str) -> tuple[str, ...]:
    out: list[str] = []
    for m in TOLD_RE.finditer(text):
        out.extend(outlets_in(m.group("obj")))
    for m in SPOKE_TO_RE.finditer(text):
        out.append(m.group("outlet"))
    return tuple(dict.fromkeys(out))


def reporting_outlets(doc: Doc, sent: Span) -> list[Source]:
    """Outlets reporting a claim themselves: "CNN reports", "writes CNN", "Reuters reported"."""
    return [Source(actor=None, via=[outlet], rule="reports", text=words, start_char=sent.start_char + a,
                   end_char=sent.start_char + b) for outlet, words, a, b in _reports_in(span_text(sent))]


@functools.lru_cache(maxsize=4096)
def _reports_in(text: str) -> tuple[tuple[str, str, int, int], ...]:
    return tuple((m.group("outlet") or m.group("outlet2"), m.group(0), m.start(), m.end()) for m in REPORTS_RE.finditer(text))


def media_say(sent: Span | str) -> bool:
    """"the media say", "Russian media reported": a claim credited to the press at large."""
    text = sent if isinstance(sent, str) else span_text(sent)
    return MEDIA_SAY_CORE.search(text) is not None and MEDIA_SAY_RE.search(text) is not None


def spoke_to(sent: Span | str) -> list[str]:
    """Outlets in "a NATO official who spoke to Reuters"."""
    text = sent if isinstance(sent, str) else span_text(sent)
    return [m.group("outlet") for m in SPOKE_TO_RE.finditer(text)]


def sources_in(doc: Doc, sent: Span) -> list[Source]:
    """Every attribution in a sentence, in text order: according-to phrases, reporting outlets,
    the media at large."""
    found = according_to_all(doc, sent)
    covered = [(s.start_char, s.end_char) for s in found]
    for s in reporting_outlets(doc, sent):
        if not any(a <= s.start_char < b or s.start_char <= a < s.end_char for a, b in covered):
            found.append(s)
    text = span_text(sent)
    m = MEDIA_SAY_RE.search(text) if MEDIA_SAY_CORE.search(text) else None
    if m:
        found.append(Source(actor=None, via=[], rule="media_say", text=m.group(0),
                            start_char=sent.start_char + m.start(), end_char=sent.start_char + m.end()))
    return sorted(found, key=lambda s: s.start_char)
