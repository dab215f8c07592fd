"""What the rest of the article settles about actor mentions.

- The country of a backed group ("Russian-backed separatists" in a story about Donbas is UKRREB, with RUS
  as backer): another country named in the same sentence, else a place there (gazetteer: "Donetsk" is in
  Ukraine), else the country the article names most; never the backer itself.
- Short forms of persons: "Price" after "Ned Price", also for names the KB does not know.
- The model's named entities as a fallback for names nothing else recognised: persons and organisations
  with a null code (or a country code when an adjective gave one), places coded by their country.
- The article's focus (article_focus): the country the story is about, from its dateline, the countries
  its actors belong to and the places it names. A role alone ("the government", "police said") that
  nothing nearer places takes it; a role the text gives no clue for stays country-less, its rule ending
  in "+context:none".
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from spacy.tokens import Doc

from flashpoint.codes.agents import (ANTECEDENT_FORCES, ARMED_AT_HOME, INSTITUTIONAL_ROLES, NOT_FROM_SETTING,
                                     OFFICE_ROLES, OWNER_PREFIXES, PARTY_MEMBER_ROLES)
from flashpoint.extract.actors.pieces import (
    HONORIFICS,
    IN_OFFICE_RULE,
    NAME_HEADS,
    NAME_PARTICLES,
    POST_NOMINALS,
    annotated,
)
from flashpoint.extract.base import (
    ActorMention,
    article_of,
    doc_text,
    sentence_index,
    sentence_span,
)
from flashpoint.nlp.datelines import dateline, filed_from_bureau
from flashpoint.extract.words import (BESIDE_PREPOSITIONS, COMMUNITY_NOUNS, EMPLOYEE_NOUNS, FOREIGN_FORCES, OWNER_PRONOUNS,
                                      PERSON_OWNER_PRONOUNS, PLACE_OWNER_NOUNS, POSSESSIVE, SENDING_VERBS,
                                      SETTING_PREPOSITIONS, TRAILING_SAYING)
from flashpoint.kb.builtin import SHARED_COUNTRY_NAMES, SHARED_NAME_OTHER_FROM
from flashpoint.kb.gazetteer import Context, gazetteer_if_installed
from flashpoint.kb.knowledge_base import KnowledgeBase
from flashpoint.kb.model import sector_of
from flashpoint.kb.name_heads import body_role
from flashpoint.kb.offices import office_key
from flashpoint.kb.persons import dictionary_country
from flashpoint.nlp.deps import SUBJECTS


def place_countries(kb: KnowledgeBase, text: str, focus: str | None = None) -> list[str]:
    """CAMEO country codes of the sub-national places named in `text` ("eastern Donetsk" -> UKR). A name
    several countries share is read in the article's focus country if it has a place so called ("Norfolk"
    in a British story is the county, not the town in Virginia)."""
    g = gazetteer_if_installed()
    if g is None:
        return []
    iso3 = _code_to_iso3(kb).get(focus) if focus else None
    ctx = Context(countries={iso3: FOCUS_PLACE_WEIGHT}) if iso3 else None
    out = []
    for hit in g.scan(text):
        if hit.stop:
            continue
        e = g.resolve(hit, ctx)
        if e is not None and e.kind in ("region", "area", "city"):
            code = kb.iso3_to_code.get(e.country)
            if code:
                out.append(code)
    return out


PARTICLE = re.compile(r"(?<=[ -])[A-Z][a-z]{1,2}\b(?=[ -])")      # "-Au-", " Of ", " El-": not the first word
CONTEXT_KINDS = ("country", "agent", "person")     # not outlets or NGOs: Reuters says nothing of where
FOCUS_HOW = "fp_actor_focus_how"        # how the focus was found: "lead", "once" or "dateline"
FILED_IN_FOCUS = "fp_actor_filed_in_focus"    # the story is filed from the country it is about (not a bureau)
PLACED = "fp_actor_places"
# in the focus country a place may be up to 10**FOCUS_PLACE_WEIGHT times smaller than its namesake abroad
FOCUS_PLACE_WEIGHT = 4.0


@functools.lru_cache(maxsize=4)
def _code_to_iso3(kb: KnowledgeBase) -> dict[str, str]:
    return {code: iso3 for iso3, code in kb.iso3_to_code.items()}


DATELINE_WEIGHT = 3          # the dateline counts as much as three mentions
FOCUS_MIN = 2                # the focus country is named (or placed) at least twice ...
FOCUS_LEAD = 1.5             # ... and at least 1.5 times as often as any other


def _dateline(doc: Doc, kb: KnowledgeBase) -> tuple[str, int, int] | None:
    """The country of the dateline opening the story ("GAZA (Reuters) -", "MOSCOW, Dec 6 -", "LONDON
    1996-12-06"), or its body after a headline line ("Pakistan questions Indian arms spree\n\nISLAMABAD: ...");
    a bare colon counts, since the name must be a place the KB knows. With the country come the dateline's
    first and last characters, so that its town is not counted again as a place the story names."""
    text = doc_text(doc)
    first, _, rest = text[:HEADLINE_MAX + 80].partition("\n")
    d = dateline(text, bare_colon=True)
    if (d is None or not d.caps) and rest.strip() and len(first) <= HEADLINE_MAX:
        d = dateline(text, len(first) + 1, bare_colon=True)
    if d is None or not d.caps:
        return None
    name = d.place_text.title()
    # a name in capitals whose short particles are written in lower case: "PORT-AU-PRINCE" is Port-au-Prince,
    # "PORT OF SPAIN" Port of Spain, "SHARM EL-SHEIKH" Sharm el-Sheikh (tried only when the title case fails)
    found = place_countries(kb, name) or place_countries(kb, PARTICLE.sub(lambda w: w.group().lower(), name))
    if found:
        return found[0], d.start, d.end
    for hit in kb.matcher.find(name):            # a country's own name: "ISRAEL -", "UK -"
        for s_ in hit.surfaces:
            entry = kb.entries.get(s_.target)
            if entry is not None and entry.kind == "country" and hit.end - hit.start == len(name):
                return entry.code, d.start, d.end
    return None


def article_focus(doc: Doc, kb: KnowledgeBase, mentions: list[ActorMention]) -> str | None:
    """The country the article is about: the one its actors, offices only one country has, and places name
    most, when it leads clearly
    (at least FOCUS_MIN times, FOCUS_LEAD times the next), the dateline counting DATELINE_WEIGHT times;
    else the one country the story names at all when a person the KB knows or an office only it has names
    it ("Gordon Brown has hit first-time buyers" in a story naming no other country); else the dateline's;
    None when the story is about several countries alike, or names one only once by its name ("the
    government said Iraq must disarm" is not about Iraq's government)."""
    key = "fp_actor_focus"
    if key in doc.user_data:
        return doc.user_data[key]
    counts = article_countries([m for m in mentions if m.rule != IN_OFFICE_RULE])
    # persons the KB knows and offices only one country has: a clue even when named once
    known = Counter(m.country for m in mentions if m.kind == "person" and m.kb_id and m.country
                    and m.rule != IN_OFFICE_RULE)
    for m in mentions:
        # offices only one country has ("the Home Secretary", "the Chancellor of the Exchequer") name it too
        title = _title_as_written(doc, m) if not m.country else None
        country = kb.offices.country_of_title(title) if title else None
        if country:
            counts[country] += 1
            known[country] += 1
    found = _dateline(doc, kb)
    dateline, at, end = found if found else (None, 0, 0)
    lead = counts + Counter({dateline: DATELINE_WEIGHT}) if dateline else counts
    leader = lead.most_common(1)[0][0] if lead else None
    # places, read in the light of the countries the actors name ("Norfolk" with British actors)
    covered = [(m.start_char, m.end_char) for m in mentions]
    g = gazetteer_if_installed()
    placed = doc.user_data[PLACED] = []      # (where, country) of the places named: place_persons reads them
    if g is not None:
        iso3 = _code_to_iso3(kb).get(leader) if leader else None
        ctx = Context(countries={iso3: FOCUS_PLACE_WEIGHT}) if iso3 else None
        for hit in g.scan(doc_text(doc)):
            if hit.stop or at <= hit.name_start < end or any(a <= hit.name_start < b for a, b in covered):
                continue
            e = g.resolve(hit, ctx)
            if e is not None and e.kind in ("region", "area", "city"):
                code = kb.iso3_to_code.get(e.country)
                if code:
                    counts[code] += 1
                    placed.append((hit.name_start, code))
    # a bureau's dateline ("BANGKOK -" over a story about Myanmar) says nothing of what the story is about
    bureau = dateline is not None and filed_from_bureau(dateline, counts)
    if dateline and not bureau:
        counts[dateline] += DATELINE_WEIGHT
    ranked = counts.most_common(2)
    focus, how = None, None
    if ranked and ranked[0][1] >= FOCUS_MIN and (len(ranked) == 1 or ranked[0][1] >= FOCUS_LEAD * ranked[1][1]):
        focus, how = ranked[0][0], "lead"
    elif len(ranked) == 1 and known[ranked[0][0]]:
        focus, how = ranked[0][0], "once"   # the one country of the story, named once by its own person or office
    elif dateline and not bureau:
        focus, how = dateline, "dateline"
    doc.user_data[key] = focus
    doc.user_data[FOCUS_HOW] = how
    doc.user_data[FILED_IN_FOCUS] = bool(focus) and focus == dateline and not bureau
    return focus


def _title_as_written(doc: Doc, m: ActorMention) -> str | None:
    """The office title of a role mention, unless a longer title goes on after it: "Secretary of State for
    Culture, Media and Sport" is no "Secretary of State" (an office of one country in the KB)."""
    title = m.extra.get("agent")
    if title and m.end + 1 < len(doc) and doc[m.end].lower_ in ("for", "of") and doc[m.end + 1].text[:1].isupper():
        return None
    return title


def article_countries(mentions: list[ActorMention]) -> Counter:
    """How often the article names each country through its actors: countries, roles, persons and the
    state's institutions ("Downing Street", "the Pentagon", "the Tatmadaw")."""
    c: Counter = Counter()
    for m in mentions:
        if m.country and not m.backer and (m.kind in CONTEXT_KINDS or (m.kb_id or "").startswith("inst:")
                                           or m.kind == "organisation" and (m.code or "")[3:6] in INSTITUTIONAL_ROLES):
            c[m.country] += 1
    return c


def _sentence_text(doc: Doc, si: int) -> str:
    """A sentence's text, cut from the article's cached text (Span.text joins its tokens each time)."""
    span = sentence_span(doc, si)
    return doc_text(doc)[span.start_char:span.end_char]


def _place_after(doc: Doc, kb: KnowledgeBase, m: ActorMention, focus: str | None = None) -> list[str]:
    """"separatist region of Donetsk", "rebels in Darfur": a place right after the group."""
    end = min(len(doc), m.end + 5)
    if m.end < len(doc) and doc[m.end].lower_ in ("of", "in", "from"):
        return place_countries(kb, doc[m.end + 1:end].text, focus)
    return []


def _located(doc: Doc, mentions: list[ActorMention], m: ActorMention) -> list[str]:
    """"In Iraq, police said ...": a country the sentence is set in, named after "in" before the role; not a place
    that only says where another actor of a country is ("The Australian embassy in Baghdad is to be moved ...,
    the government said" is Australia's government)."""
    si = sentence_index(doc, m.start)
    found = {x.country for x in mentions if x.kind == "country" and x.country and x.end <= m.start
             and x.start > 0 and doc[x.start - 1].lower_ == "in" and sentence_index(doc, x.start) == si
             and not _places_an_actor(doc, mentions, x)}
    return list(found) if len(found) == 1 else []


def _places_an_actor(doc: Doc, mentions: list[ActorMention], x: ActorMention) -> bool:
    """x modifies a noun of another actor that has its country ("the Australian embassy in Baghdad")."""
    if not annotated(doc, "DEP"):
        return False
    root = doc[x.start:x.end].root
    return root.dep_ == "nmod" and any(y is not x and y.country and y.start <= root.head.i < y.end for y in mentions)


def _setting(doc: Doc, mentions: list[ActorMention], m: ActorMention) -> list[str]:
    """"A journalist has been killed in a car bomb explosion in ... east Beirut": in a story with no focus, the
    one country the sentence is set in, named after "in" anywhere in it."""
    si = sentence_index(doc, m.start)
    found = {x.country for x in mentions if x.kind == "country" and x.country and _after_in(doc, x.start)
             and sentence_index(doc, x.start) == si}
    return list(found) if len(found) == 1 else []


def _after_in(doc: Doc, i: int) -> bool:
    """The name at token i closes a phrase opened by "in" or its like: "in Baku", "in a residential sector of
    east Beirut", "throughout Indonesia"."""
    for j in range(i - 1, max(-1, i - 9), -1):
        w = doc[j]
        if w.lower_ in SETTING_PREPOSITIONS:
            return True
        if not w.is_alpha or w.lower_ in TARGET_PREPOSITIONS:
            return False
    return False


def _sentence_actors(doc: Doc, mentions: list[ActorMention], m: ActorMention) -> list[str]:
    """"Egyptian police opened fire to disperse fundamentalist demonstrators": the one country of the
    sentence's national actors (persons, roles, adjectives), not counting those it acts on ("against
    Nigeria") nor bare country names ("the government said Iraq must ..." is not Iraq's government)."""
    si = sentence_index(doc, m.start)
    actor = _acting_on_government(doc, m)
    found = {x.country for x in mentions if x is not m and x.country and not x.backer
             and not x.extra.get("modifier") and sentence_index(doc, x.start) == si
             and (x.kind in ("agent", "person") or (x.kind == "country" and x.extra.get("surface") == "adjective"))
             and not acted_on_or_beside(doc, x)
             and not x.extra.get("context_country") and not (actor is not None and x.start <= actor < x.end)}
    return list(found) if len(found) == 1 else []


def _sentence_countries(doc: Doc, mentions: list[ActorMention], m: ActorMention, any_name: bool) -> set[str]:
    """Countries m's sentence is set in or speaks of, not those it acts on ("sanctions against Nigeria", "visited
    Mali"): unless ``any_name``, only adjectives, possessives, "in/of X" and coded actors count, a bare country
    name does not."""
    si = sentence_index(doc, m.start)
    return {x.country for x in mentions if x is not m and x.country and not x.backer and not x.extra.get("modifier")
            and x.kind in CONTEXT_KINDS and sentence_index(doc, x.start) == si
            and not (x.start > 0 and doc[x.start - 1].lower_ in TARGET_PREPOSITIONS)
            and (any_name or _speaks_of(doc, x))}


def _nearest_first(mentions: list[ActorMention], m: ActorMention, countries: set[str]) -> list[str]:
    """The countries, those named nearest to m first (then the earlier in the text): a fixed order where several
    tie, not the order of a set, which changes from one process to the next."""
    def distance(country: str) -> tuple[int, int]:
        return min((abs(x.start - m.start), x.start) for x in mentions if x.country == country)
    return sorted(countries, key=distance)


def acted_on_or_beside(doc: Doc, x: ActorMention) -> bool:
    """x is the object of a preposition that tells what is acted on ("sanctions against Nigeria") or beside what a
    thing happens ("police detained two men outside the Japanese embassy"), past an article: a party acted on or
    a landmark, not a co-actor whose country the sentence's roles share."""
    i = x.start - 1
    if i >= 0 and doc[i].lower_ in ("the", "a", "an"):
        i -= 1
    return i >= 0 and doc[i].lower_ in TARGET_PREPOSITIONS | BESIDE_PREPOSITIONS


def _acting_on_government(doc: Doc, m: ActorMention) -> int | None:
    """The subject token of the verb a government role is the object of ("The American envoy met the prime
    minister", "France's foreign minister called the junta illegitimate"): a state's officials meet, call and
    criticise other states' governments, so the subject's country is not the object's. (Not other roles: "Egyptian
    police dispersed demonstrators" are Egypt's.)"""
    if m.role != "GOV" or m.kind != "agent":
        return None
    head = doc[m.end - 1]
    if head.dep_ not in ("obj", "dobj", "iobj", "obl"):
        return None
    return next((c.i for c in head.head.children if c.dep_ == "nsubj"), None)


def _place_before(doc: Doc, kb: KnowledgeBase, m: ActorMention, covered: set[int],
                  focus: str | None = None) -> list[str]:
    """"Darfur rebels": a capitalised place name right before the group that no other mention covers."""
    i = m.start - 1
    words = []
    while i >= 0 and i not in covered and doc[i].text[:1].isupper() and doc[i].is_alpha and len(words) < 3:
        words.insert(0, doc[i].text)
        i -= 1
    return place_countries(kb, " ".join(words), focus) if words else []


def _speaks_of(doc: Doc, x: ActorMention) -> bool:
    if x.kind != "country" or x.extra.get("surface") in ("adjective",):
        return True
    after = doc[x.end].text if x.end < len(doc) else ""
    before = doc[x.start - 1].lower_ if x.start > 0 else ""
    # "Haiti's", "in Haiti", "Vietnam is ...", "the Kenya Anti-Corruption Commission", a sentence's subject
    return (after in ("'s", "’s", "is", "was", "has", "had", "will", "would", "says", "said", "must", "should")
            or (after[:1].isupper() and after.isalpha()) or before in ("in", "of")
            or x.start == 0 or doc[x.start].is_sent_start)


def _named_group(doc: Doc, m: ActorMention, covered: set[int]) -> bool:
    i = m.start - 1
    if i >= 0 and doc[i].lower_ in ("the", "main", "local"):
        i -= 1
    return (i >= 0 and i not in covered and doc[i].is_alpha and doc[i].text[:1].isupper()
            and not doc[i].is_sent_start and doc[i].text not in ("The", "A", "An"))


def _peoples_groups(doc: Doc, kb: KnowledgeBase, mentions: list[ActorMention], covered: set[int]) -> None:
    """"Shona rebels", "the main Hutu rebel group": a capitalised word the KB does not know, read by the model
    as a person's name, right before a group's role noun is the name of the group's people, not a person:
    the group's mention takes the word in (and `_named_group` then reads the story's country for it)."""
    strangers = {x.end: x for x in mentions if x.kind == "person" and not x.code and not x.kb_id
                 and x.end - x.start == 1 and x.rule.startswith("ner:")}
    if not strangers:
        return
    for m in [m for m in mentions if m.extra.get("needs_country") == "agent" and m.start in strangers]:
        agent = kb.agents.get(m.extra.get("agent") or "")
        x = strangers[m.start]
        word = doc[x.start]
        if agent is None or not (agent.kind == "group" or agent.plural) or not word.is_alpha or (
                word.is_sent_start and word.tag_ not in ("NNP", "NNPS")):
            continue  # (opening a sentence, a capital says nothing unless the tagger reads a name: "Hutu rebels")
        m.start, m.start_char = x.start, x.start_char
        m.text = doc_text(doc)[m.start_char:m.end_char]
        m.extra["people"] = x.text
        mentions.remove(x)
        covered.discard(x.start)


def _mention_after(mentions: list[ActorMention], doc: Doc, m: ActorMention) -> list[str]:
    """"Security forces in Guinea", "prisoners in East Timor's capital": a country mention after in/of/from."""
    j = m.end
    if j >= len(doc) or doc[j].lower_ not in ("in", "of", "from"):
        return []
    j += 1
    while j < len(doc) and (doc[j].lower_ == "the" or doc[j].lower_ in DIRECTIONS):
        j += 1          # "in eastern Ukraine", "in the south of"
    return [x.country for x in mentions if x.start == j and x.country and x.kind in ("country", "group")]


TARGET_PREPOSITIONS = {"against", "with", "to", "toward", "towards", "on", "at", "from", "into", "over", "by", "for"}

# which clues each kind of country-less actor may use (see settle_countries)
CLUES = {
    "backed": ("after", "place_after", "before", "sentence", "sentence_places", "article"),
    "ethnic": ("after", "place_after", "sentence", "sentence_places"),
    "titled": ("dictionary", "after", "place_after", "before", "sentence", "article", "focus", "setting", "title"),
    "agent": ("possessor", "conjunct", "after", "place_after", "before", "reported", "bridge", "located",
              "antecedent", "sentence_actors", "focus", "setting", "title"),
}
# the clues that read where an actor is, not whose it is
SETTING_CLUES = ("after", "place_after", "before", "located", "sentence_actors", "sentence", "sentence_places",
                 "focus", "setting")
# a role alone that no clue places: no country, and the rule says so
NO_CLUE = "+context:none"


def _bridge(doc: Doc, mentions: list[ActorMention], m: ActorMention) -> list[str]:
    """"... the country's Department of Defense ... a defense administration official": an agent without a
    country takes the country of an actor in the two sentences before with the same role and a word in common."""
    words = {t.lower_ for t in doc[m.start:m.end] if t.is_alpha and len(t.text) >= 5} - {"official", "officials"}
    if not words or not m.role:
        return []
    si = sentence_index(doc, m.start)
    for x in reversed([x for x in mentions if x.end <= m.start and 0 <= si - sentence_index(doc, x.start) <= 2]):
        if x.country and x.role == m.role and words & {t.lower_ for t in doc[x.start:x.end]}:
            return [x.country]
    return []
ANTECEDENT_SENTENCES = 2     # how far back "the spy agency" looks for the actor it stands for


def _antecedent(doc: Doc, kb: KnowledgeBase, mentions: list[ActorMention], m: ActorMention) -> list[str]:
    """"... secret CIA bases in Pakistan ... the spy agency has concluded": a body named by a definite
    description ("the" + a body noun: agency, ministry, government) is the last body of that role named in its
    sentence or the ANTECEDENT_SENTENCES before (an institution, an organisation, or a body noun whose own
    words gave its country, not the story's focus); "the army" or "the police" is also the last force of its
    role whose own words named its country ("Israeli troops", "Iraqi policemen": ANTECEDENT_FORCES)."""
    if not m.role or m.start == 0 or doc[m.start - 1].lower_ != "the" or not doc[m.start].text.islower() \
            or not (_body(kb, m) or m.role in ANTECEDENT_FORCES):
        return []          # "the Lib Dems" is a name, "the ministers" persons
    si = sentence_index(doc, m.start)
    for x in reversed([x for x in mentions if x.end <= m.start]):
        if si - sentence_index(doc, x.start) > ANTECEDENT_SENTENCES:
            break
        if x.role == m.role and x.country and _body(kb, x) and x.extra.get("context_country") in (
                None, "possessor", "after", "place_after", "before"):
            return [x.country]
        if x.role == m.role and m.role in ANTECEDENT_FORCES and x.country and x.extra.get("context_country") is None:
            return [x.country]  # "Israeli troops killed two Palestinians ... the army said": its own words say whose
    return []


REPORT_CLAUSES = ("ccomp", "parataxis", "advcl", "conj")   # how a parse ties a report to the verb that trails it
# a country's name on the head of a subject no actor covers: "The US trade deficit", "China's economy" (not an
# adjective: "Eritrean deportees" are people of no state organ)
SUBJECT_MODIFIERS = ("compound", "nmod:poss")


def _reported_actor(doc: Doc, mentions: list[ActorMention], m: ActorMention) -> list[str]:
    """"Denmark today accepted a formula ..., government officials said": a state organ speaking a report that
    trails the clause it reports, after a comma, takes the country of that clause's acting subject when it is a
    state or one of its organs (Denmark, "The Bush administration", "The US trade deficit"), not one of a party
    or place the clause names ("... a meeting with prosecutors from Equatorial Guinea, officials said"). A
    passive subject is acted on ("Two Americans were abducted ..., the interior ministry said"), people of no
    state organ speak for no state's officials ("Eritrean deportees hijacked a plane ..., officials said" in
    Khartoum, "Taiwan rescue workers"), and subjects of several countries name none: these give nothing. Nor
    does a speaker of no state organ take it: "Israel struck targets in Gaza, militants said" (or "hospital
    officials") are not Israel's. A text with no parse gives nothing (its tokens' subtrees are not set)."""
    if not annotated(doc, "DEP"):
        return []
    root = doc[m.start:m.end].root
    verb, first = root.head, min(t.i for t in root.subtree if not t.is_punct)
    opening = m.start - (m.start > 0 and doc[m.start - 1].lower_ in ("the", "a", "an"))
    if root.dep_ != "nsubj" and m.end < len(doc) and doc[m.end].lemma_.lower() in TRAILING_SAYING \
            and doc[m.end].pos_ == "VERB" and opening > 0 and doc[opening - 1].text == "," \
            and not any(c.dep_ in ("nsubj", "ccomp") for c in doc[m.end].children):
        # the words say it, the parse does not: "..., the interior minister said" hung as an apposition of the
        # report's last noun, with "said" below the report's verb and no subject of its own
        root, verb, first = doc[m.end - 1], doc[m.end], opening
    elif root.dep_ != "nsubj":
        return []
    if m.role not in INSTITUTIONAL_ROLES or verb.i < m.end \
            or verb.lemma_.lower() not in TRAILING_SAYING \
            or first == 0 or doc[first - 1].text != ",":
        return []
    reports = [c for c in verb.children if c.dep_ in REPORT_CLAUSES and c.i < first]
    if verb.dep_ in REPORT_CLAUSES and verb.head.i < first:
        # the parse hung the trailing verb on the report: "X slowed ..., the government said"
        reports.append(verb.head)
    subject = None
    for report in reports:
        deps = {c.dep_: c for c in report.children}
        if "nsubj:pass" in deps:
            return []
        subject = deps.get("nsubj")
        if subject is not None:
            break
    if subject is None:
        return []
    countries = set()
    for head in (subject, *(c for c in subject.children if c.dep_ == "conj")):
        own = next((x for x in mentions if x is not m and x.start <= head.i < x.end), None)
        if own is not None and not (own.kind == "country" or own.role in INSTITUTIONAL_ROLES):
            return []
        if own is not None and own.country:
            countries.add(own.country)
            continue
        words = {c.i for c in head.children if c.dep_ in SUBJECT_MODIFIERS}
        countries.update(x.country for x in mentions if x.country and x.kind == "country"
                         and x.extra.get("surface") != "adjective" and words & set(range(x.start, x.end)))
    return list(countries) if len(countries) == 1 else []


def _body(kb: KnowledgeBase, m: ActorMention) -> bool:
    """An institution or organisation, or a mention headed by a body noun ("spy agency", "the ministry")."""
    if m.kind in ("organisation",) or (m.kb_id or "").startswith("inst:"):
        return True
    agent = kb.agents.get(m.extra.get("agent") or "")
    return m.kind == "agent" and agent is not None and agent.kind == "body"


def foreign(doc: Doc, kb: KnowledgeBase, m: ActorMention) -> bool:
    """"a foreign oil tanker", "foreign journalists": of another country than the story's, which the words do not name.
    Not the word in the name of a state's own office or body ("the foreign ministry said", "the foreign minister":
    an agent phrase of an institutional role that names one body or office holder)."""
    agent = kb.agents.get(m.extra.get("agent") or "")
    if agent is not None and "foreign" in agent.phrase.split() and agent.role in INSTITUTIONAL_ROLES \
            and not agent.plural and (agent.kind == "body" or agent.title):
        return False
    return any(t.lower_ == "foreign" and t.dep_ == "amod" for t in doc[m.start:m.end]) or (
        m.start > 0 and doc[m.start - 1].lower_ == "foreign")


def of_several_countries(doc: Doc, kb: KnowledgeBase, m: ActorMention) -> bool:
    """"the two governments", "both leaders", "the three foreign ministers": one body or office per country,
    counted, is several countries' (no single country to give); not "two ministers", who may serve one."""
    agent = kb.agents.get(m.extra.get("agent") or "")
    if m.kind != "agent" or agent is None or not agent.plural or agent.title == "minister" \
            or not (agent.title or (agent.kind == "body" and agent.role == "GOV")):
        return False
    head = doc[m.end - 1]
    counted = any(c.dep_ == "nummod" and c.lower_ not in ("one", "1") for c in head.children) \
        and any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in head.children)
    return counted or any(t.lower_ == "both" for t in doc[max(0, m.start - 2):m.end])


def owner_pronoun(doc: Doc, m: ActorMention) -> int | None:
    """The token of "its"/"their" owning a mention, at most two lower-case words before it ("its
    peacekeeping forces"), or None."""
    return _owner_before(doc, m, lambda t: t.lower_ in OWNER_PRONOUNS)


def _owner_before(doc: Doc, m: ActorMention, is_owner) -> int | None:
    """The token before a mention, past at most two lower-case words, that ``is_owner`` accepts, or None."""
    i = m.start - 1
    while i >= 0 and m.start - i < 3 and doc[i].is_alpha and doc[i].text.islower() and not is_owner(doc[i]):
        i -= 1
    return i if i >= 0 and is_owner(doc[i]) else None


def _conjunct_nationality(doc: Doc, mentions: list[ActorMention], m: ActorMention) -> list[str]:
    """"Israeli tanks and troops": a bare role joined by "and" to a noun whose nationality word stands before
    it shares that word (the troops are Israel's, not those of the place they stormed)."""
    head = doc[m.end - 1]
    first = head.head
    if m.start != head.i or head.dep_ != "conj" or first.i >= head.i:
        return []   # a role with words of its own before it ("Palestinian gunmen") has its own country or none
    x = next((x for x in mentions if x.start < first.i < x.end or x.end - 1 == first.i), None)
    if x is None or not x.country or x.start >= first.i:
        return []
    modifier = doc[x.start]
    return [x.country] if modifier.head.i == first.i and modifier.dep_ in ("amod", "compound", "nmod") else []


def _possessor(doc: Doc, mentions: list[ActorMention], m: ActorMention) -> list[str]:
    """"According to Ukraine, 20 of its soldiers": "its" is the last country or organisation named before,
    in this sentence or the one before; "Premier Silvio Berlusconi, an ally of President Bush, was acquitted of
    charges that have dogged his government": "his" or "her" is the last person named before as a subject (not
    one in an apposition or an object), whose country the role is of."""
    i = owner_pronoun(doc, m)
    if i is None:
        return _person_owner(doc, mentions, m) or _place_owner(doc, mentions, m)
    x = _possessor_mention(doc, mentions, m, i)
    return [x.country] if x is not None and x.country else []


def _person_owner(doc: Doc, mentions: list[ActorMention], m: ActorMention) -> list[str]:
    i = _owner_before(doc, m, lambda t: t.lower_ in PERSON_OWNER_PRONOUNS)
    if i is None:
        return []
    si = sentence_index(doc, m.start)
    x = next((x for x in reversed(mentions) if x.end <= i and x.kind == "person"
              and doc[x.start:x.end].root.dep_ in SUBJECTS
              and si - sentence_index(doc, x.start) <= 1), None)
    return [x.country] if x is not None and x.country else []


def _place_owner(doc: Doc, mentions: list[ActorMention], m: ActorMention) -> list[str]:
    """"Israeli strikes killed 17 in the Gaza Strip, according to the territory's health ministry": "the
    territory's" is the last country named before, in this sentence or the one before (a noun for a land,
    words.PLACE_OWNER_NOUNS, with "'s" just before the mention, at most two lower-case words between)."""
    i = _owner_before(doc, m, lambda t: t.text in POSSESSIVE)
    if i is None or i < 2 or doc[i - 1].lower_ not in PLACE_OWNER_NOUNS or doc[i - 2].lower_ != "the":
        return []
    si = sentence_index(doc, m.start)
    x = next((x for x in reversed(mentions) if x.end <= i - 2 and x.kind == "country" and x.country
              and si - sentence_index(doc, x.start) <= 1), None)
    return [x.country] if x is not None else []


def _possessor_mention(doc: Doc, mentions: list[ActorMention], m: ActorMention, i: int) -> ActorMention | None:
    si = sentence_index(doc, m.start)
    for x in reversed([x for x in mentions if x.end <= i and si - sentence_index(doc, x.start) <= 1]):
        if x.kind in ("country", "organisation"):
            return x
    return None


def organisation_possessor(doc: Doc, mentions: list[ActorMention], m: ActorMention) -> ActorMention | None:
    """"The United Nations rejected a call for its peacekeeping forces to be deployed in East Timor": "its"
    is an international organisation (no country of its own) the sentence is about, whose forces they are,
    not the place's."""
    i = owner_pronoun(doc, m)
    if i is None:
        return None
    x = _possessor_mention(doc, mentions, m, i)
    if x is None or x.country or not (x.code or "").startswith(OWNER_PREFIXES):
        return None
    # and the sentence is about it: its first actor ("The United States vetoed a Security Council resolution
    # censuring its military sweep": the United States' military)
    sx = sentence_index(doc, x.start)
    first = next((y for y in mentions if sentence_index(doc, y.start) == sx), None)
    return x if first is x else None


def member_of(doc: Doc, mentions: list[ActorMention], m: ActorMention) -> ActorMention | None:
    """"Ministers from the Commonwealth of Independent States", "troops of the African Union": people of an
    international organisation (no country of its own) are its own, not those of a place in its name or in
    the sentence."""
    j = m.end
    if j >= len(doc) or doc[j].lower_ not in ("of", "from"):
        return None
    starts = (j + 1, j + 2) if j + 2 < len(doc) and doc[j + 1].lower_ == "the" else (j + 1,)
    return next((x for x in mentions if x.start in starts and not x.country
                 and (x.code or "").startswith(OWNER_PREFIXES)), None)


def sender(doc: Doc, mentions: list[ActorMention], m: ActorMention) -> ActorMention | None:
    """"Russia deployed troops", "The United Nations has sent 21 military and civilian personnel": people
    sent, deployed or withdrawn (the verb's object) are the subject's own when the subject is a country, an
    organisation or a national actor; None without a parse or such a subject."""
    if not annotated(doc, "DEP"):
        return None
    tok = doc[m.end - 1]
    for _ in range(3):          # "military and civilian personnel": "military" hangs on "personnel"
        if tok.dep_ in ("conj", "amod", "compound", "nummod") and tok.head.i != tok.i:
            tok = tok.head
    if tok.dep_ not in ("obj", "dobj") or tok.head.lemma_.lower() not in SENDING_VERBS:
        return None
    subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    found = [x for x in mentions if x.start <= subj.i < x.end and x is not m and x.code
             and (x.country or x.code.startswith(OWNER_PREFIXES))]
    return found[0] if len(found) == 1 else None


DIRECTIONS = {"southern", "northern", "eastern", "western", "central", "south", "north", "east", "west",
              "southeastern", "southwestern", "northeastern", "northwestern"}


def diaspora(doc: Doc, mentions: list[ActorMention]) -> None:
    """"The Albanians of southern Serbia", "Russians in Latvia", "the Russian minority in Latvia": people named
    by a nation, living in another country, are coded by where they live (civilians, with the nation kept as
    `ethnic`)."""
    by_start = {m.start: m for m in mentions}
    for m in mentions:
        community = (m.kind == "agent" and m.extra.get("agent") in COMMUNITY_NOUNS and m.country
                     and not m.extra.get("context_country") and not m.extra.get("ethnic"))
        if not community and (m.kind != "country" or m.extra.get("surface") != "adjective" or not m.text.endswith("s")):
            continue
        j = m.end
        if j >= len(doc) or doc[j].lower_ not in ("of", "in"):
            continue
        j += 1
        while j < len(doc) and doc[j].lower_ in DIRECTIONS | {"the"}:
            j += 1
        other = by_start.get(j)
        if other is None or other.kind != "country" or not other.country or other.country == m.country:
            continue
        m.extra["ethnic"] = m.country
        m.country, m.role, m.sector = other.country, "CVL", "CVL"
        m.code = other.country + "CVL"
        m.kind, m.rule = "group", m.rule + "+context:residence"


KIND_WORDS = 2      # words between a nation and the noun of a named group's kind: "the Palestinian militant group"


def kind_before_name(doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """"The militant Palestinian group Hamas", "the Lebanese group Hezbollah": a nation's adjective, a lower-case word
    or two and the noun of a named organisation's kind (pieces.NAME_HEADS) right before its name are one mention, the
    organisation's, not the nation as an actor of its own, when the nation is the organisation's own or it has none."""
    by_end = {m.end: m for m in mentions if m.kind == "country" and m.extra.get("surface") == "adjective" and m.country}
    drop = set()
    for x in mentions:
        if x.kind != "organisation" or not x.code or x.start < 2 or doc[x.start - 1].lower_ not in NAME_HEADS:
            continue
        j = x.start - 1
        while j not in by_end and x.start - 1 - j < KIND_WORDS and j > 0 and doc[j - 1].is_lower \
                and doc[j - 1].is_alpha:
            j -= 1
        nation = by_end.get(j)
        if nation is None or id(nation) in drop or (x.country and x.country != nation.country):
            continue
        x.start, x.start_char = nation.start, nation.start_char
        x.text = doc_text(doc)[x.start_char:x.end_char]
        drop.add(id(nation))
    return [m for m in mentions if id(m) not in drop]


COMPASS_HALVES = ("North", "South")


def compass_halves(doc: Doc, kb: KnowledgeBase, mentions: list[ActorMention]) -> list[ActorMention]:
    """"Pyongyang will not improve ties with South Korea until questions about the South's experiments are
    answered": "the North" or "the South" alone is the country of that name ("North Korea", "South Korea") the
    article names, when it names one such country only; not a name it opens ("the South China Sea", "the North
    Atlantic") nor a point of the compass ("the South of France")."""
    named = {}
    for m in mentions:
        first = m.name.split()[0] if m.kind == "country" and m.country and m.name else None
        if first in COMPASS_HALVES and m.extra.get("surface") == "name":
            named.setdefault(first, set()).add((m.country, m.name, m.kb_id))
    if not named:
        return mentions
    covered = {i for m in mentions for i in range(m.start, m.end)}
    out = list(mentions)
    for tok in doc:
        found = named.get(tok.text)
        if not found or len(found) != 1 or tok.i in covered or tok.i == 0 or doc[tok.i - 1].lower_ != "the":
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and (nxt.text[:1].isupper() or nxt.lower_ == "of" or nxt.text == "-"):
            continue
        country, name, kb_id = next(iter(found))
        out.append(ActorMention(start=tok.i, end=tok.i + 1, start_char=tok.idx, end_char=tok.idx + len(tok.text),
                                text=tok.text, name=name, code=country, kb_id=kb_id, country=country,
                                kind="country", confidence=0.8, rule="kb:compass-half+context:article",
                                extra={"surface": "name"}))
    out.sort(key=lambda m: (m.start, m.end))
    return out


def shared_country_names(doc: Doc, kb: KnowledgeBase, mentions: list[ActorMention]) -> None:
    """"The Congo army said" in a story from Kinshasa about Goma: a short name two countries share
    (kb.builtin.SHARED_COUNTRY_NAMES) names the other country where the article's other actors, its dateline
    and its places name that one more often than the tables' own, or as often, where they name neither, in a story
    of the years news means the other by the short name (kb.builtin.SHARED_NAME_OTHER_FROM): since 1997 it says
    "Congo" for the Democratic Republic ten times for once for Congo-Brazzaville (the shared AG News, BBC and
    GeoWebNews texts that say "Congo": 10 tell of Kinshasa, Goma, Kivu or Kabila, 1 of Brazzaville), so "Congo's
    civil war" with no other clue is the DRC's; a story from Brazzaville, or of Zaire's years, keeps Congo-Brazzaville."""
    shared = [(m, w, SHARED_COUNTRY_NAMES[w]) for m in mentions for w in m.text.replace("'s", "").split()
              if w in SHARED_COUNTRY_NAMES and m.country == SHARED_COUNTRY_NAMES[w][0]
              and not _longer_name(kb, m.text, w, SHARED_COUNTRY_NAMES[w][0])]
    if not shared:
        return
    ambiguous = {id(m) for m, _, _ in shared}
    counts = article_countries([m for m in mentions if id(m) not in ambiguous])
    found = _dateline(doc, kb)
    if found:
        counts[found[0]] += DATELINE_WEIGHT
    counts.update(place_countries(kb, doc_text(doc)))
    published = article_of(doc).published
    for m, word, (own, other) in shared:
        since = SHARED_NAME_OTHER_FROM.get(word)
        if counts[other] > counts[own] or (counts[other] == counts[own] and since is not None and published is not None
                                           and published >= since):
            m.country = other
            if m.code and m.code.startswith(own):
                m.code = other + m.code[len(own):]
            m.rule += "+context:shared-name"


def _longer_name(kb: KnowledgeBase, text: str, word: str, country: str) -> bool:
    """The mention says which country in full ("Republic of the Congo", "Congo-Brazzaville")."""
    entry = kb.entries.get("country:" + country)
    return entry is not None and any(word in n and n != word and n in text for n in entry.names)


def settle_countries(doc: Doc, kb: KnowledgeBase, mentions: list[ActorMention]) -> None:
    """Give a country to actors whose own words do not name one, from what surrounds them: "Russian-backed
    separatists" in a story set in Donbas, "ethnic Albanians in Serbia", "President Yoweri Museveni" in a
    sentence about Uganda, "rebels in Darfur". Bare agents ("troops") only take a place attached to them."""
    counts = article_countries(mentions)
    covered = set()
    for x in mentions:
        covered.update(range(x.start, x.end))
    focus = article_focus(doc, kb, mentions) if any(m.extra.get("needs_country") for m in mentions) else None
    _peoples_groups(doc, kb, mentions, covered)
    for m in mentions:
        need = m.extra.get("needs_country")
        if not need or m.country or (m.role and m.code and not m.code.startswith(m.role)):
            continue          # settled, or of a region ("European leaders": EURGOV)
        several = of_several_countries(doc, kb, m)
        if several or (need == "agent" and foreign(doc, kb, m)):
            if several:  # no one CAMEO actor: left uncoded, so that no later step gives it the scene's country either
                m.code = None
            _no_clue(m)
            m.extra["not_story_country"] = True    # nor the story's country later (_second_focus)
            continue
        if need == "agent" and (m.extra.get("people") or _named_group(doc, m, covered)):
            need = "titled"      # "Shona rebels", "Hutu rebel group": a people's name; the story's country
        owner, how = (organisation_possessor(doc, mentions, m), "possessor") if need == "agent" else (None, None)
        if owner is None and need == "agent":
            owner, how = sender(doc, mentions, m), "sender"
        if owner is None and need == "agent":
            owner, how = member_of(doc, mentions, m), "member"
        if owner is not None and owner.country and not (m.role or "").startswith(NOT_FROM_SETTING):
            _assign(kb, m, owner.country, how)          # "Russia deployed troops": RUSMIL
            continue
        if owner is not None and not owner.country:
            # as "NATO troops" are coded in compounds: the organisation's code, plus a force's role
            m.code = owner.code + (m.role if m.role in ("MIL", "COP") else "")
            m.name, m.rule = owner.name, m.rule + "+context:" + how
            m.extra["context_country"] = how
            continue
        excluded = {m.backer, m.extra.get("ethnic")} - {None}
        si = sentence_index(doc, m.start)
        found, how = [], None
        for clue in CLUES[need]:
            if m.extra.get("agent") in FOREIGN_FORCES and clue in SETTING_CLUES:
                found = []      # peacekeepers in Congo are not Congo's
            elif clue == "possessor":
                found = _possessor(doc, mentions, m)
            elif clue == "dictionary":
                # a person the Phoenix dictionary names ("President Abdelaziz Bouteflika"): their own country,
                # before any the sentence names ("... welcomed South African leader F.W. de Klerk"); the
                # dictionary holds office holders, so a title of another kind ("critic Roger Clarke") takes
                # it only where the article names that country too
                country = dictionary_country(m.name) if m.kind == "person" else None
                found = [country] if country in kb.country_codes and (
                    (m.role or "") in OFFICE_ROLES or country in counts) else []
            elif clue == "conjunct":
                found = _conjunct_nationality(doc, mentions, m)
            elif clue == "after":
                found = _mention_after(mentions, doc, m)
            elif clue == "bridge":
                found = _bridge(doc, mentions, m)
            elif clue == "antecedent":
                found = _antecedent(doc, kb, mentions, m)
            elif clue == "reported":
                found = _reported_actor(doc, mentions, m)
            elif clue == "place_after":
                found = _place_after(doc, kb, m, focus)
            elif clue == "before":
                found = _place_before(doc, kb, m, covered, focus)
            elif clue == "located":
                found = _located(doc, mentions, m)
            elif ((m.role or "").startswith(NOT_FROM_SETTING) or (m.extra.get("named") and m.role == "BUS")) \
                    and clue in ("sentence_actors", "focus", "setting") \
                    and not ((m.role or "")[:3] in ARMED_AT_HOME and (clue == "setting" or (
                        clue == "focus" and doc.user_data.get(FILED_IN_FOCUS) and not _setting(doc, mentions, m)))):
                # nor a named company ("the firm LVMH" in a British story is no British firm); an armed group
                # fighting at home takes the one country its sentence is set in ("rebels stormed a village in
                # India's northeast": INDREB), as the event coder gives its sides, else the story's when it is
                # filed from there ("KATHMANDU (AP) - Maoist rebels ambushed ..."), not a focus found otherwise
                found = []
            elif clue == "sentence_actors":
                found = _sentence_actors(doc, mentions, m)
            elif clue == "setting":
                found = _setting(doc, mentions, m)
            elif clue == "focus":
                found = [focus] if focus else []
            elif clue == "title":
                # "the Home Secretary" in a story naming no country: the one country with such an office
                title = _title_as_written(doc, m)
                country = kb.offices.country_of_title(title) if title else None
                found = [country] if country and country in kb.country_codes else []
            elif clue == "sentence":
                found = _nearest_first(mentions, m, _sentence_countries(doc, mentions, m, need == "backed") - excluded)
                if need != "backed" and len(found) != 1:
                    found = []          # several countries in the sentence: no guess
            elif clue == "sentence_places":
                found = place_countries(kb, _sentence_text(doc, si), focus)
            elif clue == "article":
                ranked = [(c, n) for c, n in counts.most_common() if c not in excluded]
                # a backed group takes the country the story is mostly about; a titled stranger only the
                # country of a story about one country (the first at least three times as often as the next)
                second = ranked[1][1] if len(ranked) > 1 else 0
                found = [ranked[0][0]] if ranked and (need == "backed" or ranked[0][1] >= 3 * max(second, 1) and
                                                      (second or ranked[0][1] >= 1)) else []
            found = [c for c in found if c not in excluded]
            if found:
                how = clue
                break
        if not found:
            if m.extra.get("named") and m.role == "BUS":
                m.code = "MNC"       # a company named, of no country the text tells: CAMEO's corporation code
                m.kind = "organisation"
                continue
            if m.role:               # a role of no country the text tells: say so
                _no_clue(m)
            continue
        _assign(kb, m, Counter(found).most_common(1)[0][0], how)
    if focus is None:
        _second_focus(doc, kb, mentions)


def _no_clue(m: ActorMention) -> None:
    """A role the text gives no country: its rule says so."""
    m.rule += NO_CLUE
    m.extra["context_country"] = "none"


def _assign(kb: KnowledgeBase, m: ActorMention, country: str, how: str) -> None:
    m.country = country
    if m.role == "CVL" and m.extra.get("ethnic") and m.code == "CVL":
        m.code = country + "CVL"
    else:
        m.code = country + (m.role or "")
    if m.kind != "person" and not m.extra.get("named"):
        m.name = kb.compound_name(country, m.role, m.text)
    m.rule = m.rule + "+context:" + how
    m.confidence = round(m.confidence * (0.8 if how not in ("article", "sentence_places", "focus") else 0.6), 3)
    m.extra["context_country"] = how


SECOND_FOCUS = "fp_actor_second_focus"


def _second_focus(doc: Doc, kb: KnowledgeBase, mentions: list[ActorMention]) -> None:
    """A story that names no country outright may still place its roles: "Stevenage Labour Party members"
    (a British town), "Labour's candidate in Hull". Once the nearer clues have placed them, the countries so
    found make the focus as named ones do, and the roles left without a clue take it."""
    left = [m for m in mentions if m.extra.get("context_country") == "none" and m.role
            and m.extra.get("needs_country") in ("agent", "titled") and not m.role.startswith(NOT_FROM_SETTING)
            and not m.extra.get("not_story_country")]
    if not left:
        return
    doc.user_data.pop("fp_actor_focus", None)
    focus = article_focus(doc, kb, [m for m in mentions if m.extra.get("context_country") != "none"])
    if focus is None:
        return
    doc.user_data[SECOND_FOCUS] = True
    for m in left:
        m.rule = m.rule.removesuffix(NO_CLUE)
        _assign(kb, m, focus, "focus")


def check_in_office(doc: Doc, kb: KnowledgeBase, mentions: list[ActorMention]) -> None:
    """"Mr Straw" read by the date alone (rule kb:surname:in-office) stands only in a story about his
    country and with no namesake in it: where the article's focus is another country that names his
    nowhere else, or where another person of that surname is named ("Michael Howard" in a British story
    is not John Howard), he is an unknown person of that name. Runs before the context settles countries,
    so that a misread name lends its country to nothing."""
    found = [m for m in mentions if m.rule == IN_OFFICE_RULE]
    if not found:
        return
    focus = article_focus(doc, kb, mentions)
    named = {x.country for x in mentions if x.rule != IN_OFFICE_RULE and x.country}
    for m in found:
        surname = m.text.split()[-1]
        namesake = any(x.kind == "person" and x is not m and x.kb_id != m.kb_id and x.name.split()[-1] == surname
                       for x in mentions)             # "Tory leader Michael Howard" ... "Mr Howard"
        if not namesake and (focus is None or m.country == focus or m.country in named):
            continue
        m.name, m.code, m.kb_id, m.country, m.role, m.sector = m.text, None, None, None, None, None
        m.rule, m.confidence = "ner:surname", 0.5


STRANGER_RULES = ("title:name", "ner:PER", "ner:PERSON", "coref:surname", "ner:surname")
# clues too weak to pass on to a person in apposition: the story's country, not the phrase's own words
WEAK_CLUES = ("focus", "setting", "article", "sentence_actors", "none")
APPOSITION_MAX = 10          # words of an apposition: "the United Nations Emergency Relief Coordinator"
APPOSITION_LINKS = {"the", "a", "an", "for", "of", "at", "with", "to"}


def appositive_roles(doc: Doc, mentions: list[ActorMention]) -> None:
    """A person the KB does not know, followed by an apposition that names their role: "Kenzo Oshima, the
    United Nations Emergency Relief Coordinator," is IGOUNO, "Jorge Vastos, the Peruvian foreign minister,"
    PERGOV, "Ann Lee, a spokeswoman for the United Nations," IGOUNO. The apposition runs from the comma to
    the next one (or the sentence's end); the actor taken is its first coded mention that its own words
    place (not the story's country), with nothing but articles, the roles skipped and "for"/"of" before it
    ("the brother of the Chilean president" is no Chilean official). Failing that, a role the story's country
    placed, when it heads the apposition and has a country ("Hamadoun Dicko, the mayor of the nearby town,"
    in a story about Mali: the mayor's code is the person's, whatever placed it)."""
    strangers = [m for m in mentions if m.kind == "person" and m.code is None and m.kb_id is None]
    if not strangers:
        return
    by_start: dict[int, list[ActorMention]] = {}
    by_end: dict[int, list[ActorMention]] = {}
    for x in mentions:
        by_start.setdefault(x.start, []).append(x)
        by_end.setdefault(x.end, []).append(x)
    for m in strangers:
        # the role written before the name ("The UN envoy for Sudan, Ramtane Lamamra, said") or after it
        # ("Kenzo Oshima, the UN coordinator,")
        x, how = _role_before(doc, m, by_end), "apposition"
        if x is None:
            x, how = _role_after(doc, m, by_start)
        if x is not None:
            m.code, m.country, m.role, m.sector = x.code, x.country, x.role, x.sector
            m.rule += "+context:apposition"
            m.confidence = round(min(m.confidence, x.confidence) * 0.9, 3)
            m.extra["context_country"] = how
            m.extra["apposition"] = x.text


def _role_after(doc: Doc, m: ActorMention,
                by_start: dict[int, list[ActorMention]]) -> tuple[ActorMention | None, str | None]:
    """The role of the apposition after a stranger's name (see appositive_roles), with how it was placed: by
    its own words ("apposition") or, for a role that heads the apposition, by what placed that role."""
    i = m.end
    if i + 1 >= len(doc) or doc[i].text != "," or doc[i + 1].is_sent_start:
        return None, None
    si = sentence_index(doc, i)
    j = i + 1
    head_role = None             # the apposition's first role, placed by the story's country
    while j < len(doc) and j - i <= APPOSITION_MAX and sentence_index(doc, j) == si:
        here = [x for x in by_start.get(j, []) if x is not m]
        strong = [x for x in here if x.code and x.code != "---" and x.kind in ("agent", "organisation", "country")
                  and x.extra.get("context_country") not in WEAK_CLUES and not x.backer]
        if strong:
            x = max(strong, key=lambda x: x.end - x.start)
            if doc[x.end].text in (",", ".", ";") or doc[x.end].text[:1].isupper() or x.kind == "agent":
                return x, "apposition"
            break
        if here:                 # a role the story's country placed ("a spokesman for ..."): look on
            if head_role is None and all(doc[k].lower_ in APPOSITION_LINKS for k in range(i + 1, j)):
                head_role = next((x for x in here if x.kind == "agent" and x.role and x.country
                                  and not x.backer), None)
            j = max(x.end for x in here)
            continue
        if doc[j].lower_ not in APPOSITION_LINKS:
            break
        j += 1
    return head_role, head_role.extra.get("context_country") if head_role is not None else None


ROLE_OF_LINKS = ("for", "of", "to", "in", "at")


def _role_before(doc: Doc, m: ActorMention, by_end: dict[int, list[ActorMention]]) -> ActorMention | None:
    """The coded role a stranger's name stands in apposition to, written before it between commas: "The UN
    envoy, Ramtane Lamamra, urged", "Kenya's interior minister, Kithure Kindiki, said" (the name closed by a
    comma or the sentence's end, so "police, soldiers, John Smith and ..." is a list, not an apposition)."""
    c = m.start - 1
    if c < 1 or doc[c].text != "," or doc[m.start].is_sent_start:
        return None
    closed = m.end >= len(doc) or doc[m.end].text in (",", ".", ";") or doc[m.end].is_sent_start
    if not closed or (m.end < len(doc) and doc[m.end].text == "," and m.end + 1 < len(doc)
                      and doc[m.end + 1].lower_ in ("and", "or")):
        return None
    k = c
    for _ in range(3):       # over what the role is of or for: "the UN envoy for Sudan, ..."
        here = by_end.get(k, ())
        roles = [x for x in here if x.kind == "agent" and x.code and x.code != "---" and not x.backer
                 and x.extra.get("context_country") not in WEAK_CLUES]
        if roles:
            return max(roles, key=lambda x: x.end - x.start)
        if not here:
            return None
        k = min(x.start for x in here)
        if k > 0 and doc[k - 1].lower_ == "the":
            k -= 1
        if k < 1 or doc[k - 1].lower_ not in ROLE_OF_LINKS:
            return None
        k -= 1
    return None


def _name_words(text: str) -> list[str]:
    """A person mention's words without the letters after the name ("Guy Mansfield QC": Guy Mansfield)."""
    words = text.split()
    while len(words) > 1 and words[-1] in POST_NOMINALS:
        words = words[:-1]
    return words


def _person_key(m: ActorMention) -> str:
    words = [w for w in _name_words(m.text) if w not in HONORIFICS]
    return words[-1] if words else m.text


def _foreign_sentence(doc: Doc, mentions: list[ActorMention], si: int, focus: str) -> bool:
    """The sentence names a country other than `focus`: by an actor of it (a country, its adjective, a
    role or person of it) or by a place the gazetteer puts there (as article_focus read the places)."""
    if any(x.country and x.country != focus and sentence_index(doc, x.start) == si for x in mentions):
        return True
    span = sentence_span(doc, si)
    return any(c != focus and span.start_char <= at < span.end_char for at, c in doc.user_data.get(PLACED, ()))


def place_persons(doc: Doc, kb: KnowledgeBase, mentions: list[ActorMention]) -> None:
    """A person the KB does not know ("Michael Howard has backed ...", "Lord Falconer said", "Mr Milburn")
    in a story about one country is of that country: coded by the article's focus, the country alone (the
    text gives no role), when the sentence that first names the person (below the headline) names no other
    country, neither by its actors nor by its places. All mentions of one surname share the decision, and
    the surname needs a mention that reads as a person's name: a full name of capitalised words, or a
    surname after an honorific ("Yukos", "Jeanne", "Bird Flu Epidemic" tagged as persons are not). A role
    the person has from a title (corefer_surnames copies it from the full mention) is left as it is."""
    strangers = [m for m in mentions if m.kind == "person" and m.code is None and m.kb_id is None
                 and m.rule.startswith(STRANGER_RULES)]
    if not strangers:
        return
    focus = article_focus(doc, kb, mentions)
    groups: dict[str, list[ActorMention]] = {}
    for m in strangers:
        groups.setdefault(_person_key(m), []).append(m)
    known = _dictionary_persons(doc, kb, mentions, groups, focus)
    # only a focus the story names clearly: not one the placed roles made (one "American" in a story naming
    # no other country) nor one named once
    if focus is None or focus not in kb.country_codes or doc.user_data.get(SECOND_FOCUS) \
            or doc.user_data.get(FOCUS_HOW) == "once":
        return
    text = doc_text(doc)
    first_line = text.find("\n")
    headline_end = first_line if 0 < first_line <= HEADLINE_MAX else 0
    for key, group in groups.items():
        if key in known:
            continue
        body = [m for m in group if m.start_char >= headline_end]
        if not body or not any(_reads_as_a_name(m) for m in body):
            continue
        if _foreign_sentence(doc, mentions, sentence_index(doc, body[0].start), focus) or _employee(doc, body[0]):
            continue
        _place(group, focus, "focus")


def _place(group: list[ActorMention], country: str, how: str) -> None:
    for m in group:
        m.code, m.country = country, country
        m.rule += "+context:" + how
        m.confidence = round(min(m.confidence, 0.6) * 0.8, 3)
        m.extra["context_country"] = how


def _dictionary_persons(doc: Doc, kb: KnowledgeBase, mentions: list[ActorMention],
                        groups: dict[str, list[ActorMention]], focus: str | None) -> set[str]:
    """Strangers whose full name, as written, the Phoenix dictionary gives a country the article names, other
    than its focus ("Patricia Hewitt" in a story naming Britain beside another country): of that country.
    Returns the surnames so settled. A name the dictionary places in a country the story does not name is
    left to the focus: common names are shared ("Ian MacDonald" is also an Australian senator)."""
    named = set(article_countries(mentions)) | {c for _, c in doc.user_data.get(PLACED, ())}
    settled = set()
    for key, group in groups.items():
        full = max((m.name for m in group if len(_name_words(m.name)) >= 2), key=len, default=None)
        country = dictionary_country(full, alike=False) if full else None
        if country is None or country == focus or country not in named or country not in kb.country_codes:
            continue
        settled.add(key)
        _place(group, country, "dictionary")
    return settled


def _employee(doc: Doc, m: ActorMention) -> bool:
    """"Paul Sheard, economist at Lehman Brothers", "Arjan Sweere, an analyst with Petercam": quoted for
    an employer the story does not place."""
    words = [t.lower_ for t in doc[m.end:min(len(doc), m.end + 7)]]
    if not words or words[0] != ",":
        return False
    for i, w in enumerate(words[1:], 1):
        if w in EMPLOYEE_NOUNS or (w.endswith("s") and w[:-1] in EMPLOYEE_NOUNS):
            return i + 1 < len(words) and words[i + 1] in ("at", "with", "of", "for", "from", "in")
        if w in (",", ".", "said", "says", "told"):
            return False
    return False


HEADLINE_MAX = 200       # a first line this short, ended by a line break, is the headline
NAME_WORD = re.compile(r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*|[A-Z]\.|Mc[A-Z][a-z]+|Mac[A-Z][a-z]+")


def _reads_as_a_name(m: ActorMention) -> bool:
    """"Michael Howard", "Robert Kilroy-Silk", "Lord Falconer", "Mr Bez", "Guy Mansfield QC": capitalised
    name words only, two or more, or one after an honorific (letters after the name aside)."""
    words = _name_words(m.text)
    titled = bool(words) and words[0] in HONORIFICS
    if titled:
        words = words[1:]
    return (len(words) >= (1 if titled else 2) and len(words) <= 4
            and all(NAME_WORD.fullmatch(w) or w.lower() in NAME_PARTICLES for w in words))


def take_actor(m: ActorMention, src: ActorMention, rule: str, confidence_cap: float) -> None:
    """``m`` is the actor ``src`` names: its name, KB entry, code and parts; ``rule`` says how that was found, and
    the confidence is src's, at most ``confidence_cap``."""
    m.name, m.kb_id, m.code, m.country, m.role, m.sector = src.name, src.kb_id, src.code, src.country, src.role, src.sector
    m.rule, m.confidence = rule, min(src.confidence, confidence_cap)
    m.extra["antecedent"] = src.text


def corefer_surnames(mentions: list[ActorMention]) -> None:
    """A one-word person mention the KB did not resolve ("Price", "Mr Howard") takes the actor of a fuller
    mention whose last word it is ("Ned Price", "Tory leader Michael Howard"), or else whose first word it
    is (family name first: "Lai" -> "Lai Ching-te"), a person inside another's mention too ("Tsai" after "President
    Tsai Ing-wen's party"). A surname the KB matched only loosely (kb:fuzzy: "Sanchez"
    as Spain's Pedro Sánchez) yields to a fuller mention of the article that is somebody else ("Defence
    Minister Pedro Sanchez" of Colombia, judged a namesake): the article's own person comes first."""
    # and the persons inside others' mentions ("President Tsai Ing-wen's Democratic Progressive Party")
    persons = mentions + [m.extra["of_person_actor"] for m in mentions if m.extra.get("of_person_actor")]
    full = [m for m in persons if m.kind == "person" and len(_name_words(m.name)) >= 2
            and m.name.split()[0] not in HONORIFICS]
    for m in mentions:
        words = m.text.split()
        if words and words[0] in HONORIFICS:
            words = words[1:]             # "Mr Howard" is "Howard"
        if m.kind != "person" or len(words) != 1 or (m.kb_id and not m.rule.startswith("kb:fuzzy")):
            continue
        word = words[0]
        cands = ([f for f in full if f is not m and _name_words(f.name)[-1] == word]
                 or [f for f in full if f is not m and f.name.split()[0] == word])
        if m.kb_id and (not cands or any(f.kb_id == m.kb_id for f in cands)):
            continue
        names = {(f.name, f.kb_id) for f in cands}
        if len(names) != 1:
            continue
        src = min(cands, key=lambda f: abs(f.start - m.start))
        take_actor(m, src, "coref:surname", 0.9)


def corefer_acronyms(doc: Doc, mentions: list[ActorMention]) -> None:
    """An acronym the article defines in brackets right after a name it codes ("the British National Party
    (BNP)") is that actor wherever the knowledge base left the acronym unknown ("the BNP appealed"). The
    name opens with the acronym's first letter: a mention that is only the end of the name abbreviated
    ("Kenya" of "the Law Society of Kenya (LSK)") or no name ("armoured personnel carriers (APC)") lends none."""
    defined: dict[str, ActorMention] = {}
    for m in mentions:
        e = m.end
        if m.code and e + 2 < len(doc) and doc[e].text == "(" and doc[e + 2].text == ")" and _acronym(doc[e + 1].text) \
                and m.text.removeprefix("the ").removeprefix("The ")[:1] == doc[e + 1].text[0]:
            defined.setdefault(doc[e + 1].text, m)
    if not defined:
        return
    for m in mentions:
        src = defined.get(m.text)
        if src is None or m.code or m.kb_id:
            continue
        take_actor(m, src, "coref:acronym", 0.9)
        m.kind = src.kind


def _acronym(word: str) -> bool:
    """Two letters or more, the first and the last in capitals ("BNP", "DfID")."""
    return len(word) >= 2 and word.isalpha() and word[0].isupper() and word[-1].isupper()


def definite_offices(doc: Doc, kb: KnowledgeBase, mentions: list[ActorMention], day) -> list[ActorMention]:
    """"The chancellor said", "the Home Secretary told MPs": an office title alone after "the" (compounds.py
    marks it `definite_office`) is the person last named with that title in the three sentences before
    ("Chancellor Gordon Brown ... the chancellor"), else the one holder of that office in the country the
    context gave it (the story's, usually), on the article's day (kb/offices.py: "the chancellor" of a
    British story is the Chancellor of the Exchequer). One that neither settles is no actor: it is dropped."""
    out = []
    for i, m in enumerate(mentions):
        if not m.extra.get("definite_office"):
            out.append(m)
            continue
        agent = m.extra.get("agent")
        si = sentence_index(doc, m.start)
        prev = next((x for x in reversed(mentions[:i]) if x.kind == "person" and x.extra.get("agent") == agent
                     and x.code and si - sentence_index(doc, x.start) <= 3), None)
        holder = kb.offices.holder(office_key(agent), m.country, day) if prev is None and m.country and day else None
        if prev is not None:
            take_actor(m, prev, "coref:definite", 0.7)
        elif holder is not None:
            code = holder.code_at(day) or m.code
            m.name, m.code, m.kb_id, m.kind = holder.name, code, holder.id, "person"
            m.country, m.role = kb.split(code)
            m.sector = sector_of(m.role)
            m.rule = "kb:office" + m.rule[m.rule.find("+context:"):] if "+context:" in m.rule else "kb:office"
            m.confidence = min(m.confidence, 0.7)
        else:
            continue
        out.append(m)
    return out


def corefer_definite(doc: Doc, mentions: list[ActorMention]) -> None:
    """"The official said": a bare singular "the <agent>" is the last actor so described in the previous
    three sentences ("a defense administration official who spoke to CNN"; "Sudan's paramilitary Rapid Support
    Forces ... accused the paramilitary"). A country the context lent it (the story's, a bridge) yields to the
    antecedent, which says whose it is; one its own words gave ("its army") does not."""
    for i, m in enumerate(mentions):
        agent = m.extra.get("agent")
        if m.kind != "agent" or not agent or m.end - m.start != 1 or \
                m.country and m.extra.get("context_country") in (None, "possessor"):
            continue
        if m.start == 0 or doc[m.start - 1].lower_ != "the":
            continue
        si = sentence_index(doc, m.start)
        for prev in reversed(mentions[:i]):
            if si - sentence_index(doc, prev.start) > 3:
                break
            if prev.extra.get("agent") == agent and prev.end - prev.start > 1 or (
                    prev.kind == "person" and prev.extra.get("agent") == agent):
                if m.country and not prev.country:
                    break           # an antecedent of no country tells less than the context did
                take_actor(m, prev, "coref:definite", 0.7)
                break


NER_KINDS = {"PER": "person", "PERSON": "person", "ORG": "organisation", "LOC": "place", "GPE": "place",
             "FAC": None, "NORP": None}


def ner_fallback(doc: Doc, kb: KnowledgeBase, mentions: list[ActorMention]) -> list[ActorMention]:
    covered = set()
    for m in mentions:
        covered.update(range(m.start, m.end))
    out = []
    for ent in doc.ents:
        kind = NER_KINDS.get(ent.label_)
        if kind is None or any(i in covered for i in range(ent.start, ent.end)):
            continue
        text = ent.text.strip()
        if not text or not text[:1].isupper():
            continue
        code = country = None
        if kind == "place":
            # a place is an actor only when it acts ("Donetsk said", "Idlib rejected"); elsewhere it is a
            # place, which the places component reports
            if not (annotated(doc, "DEP") and ent.root.dep_ == "nsubj"):    # not "Donetsk was shelled"
                continue
            found = place_countries(kb, text)
            if not found:
                continue                      # a place the gazetteer does not know is not an actor here
            code = country = found[0]
        out.append(ActorMention(start=ent.start, end=ent.end, start_char=ent.start_char, end_char=ent.end_char,
                                text=ent.text, name=text, code=code, country=country, kind=kind,
                                sector=sector_of(None), confidence=0.5 if kind != "place" else 0.4,
                                rule=f"ner:{ent.label_}"))
        covered.update(range(ent.start, ent.end))
    return out


NAMED_RULE = "name:head-role"


def named_sides(doc: Doc, kb: KnowledgeBase, found: list[ActorMention], mentions: list[ActorMention]) -> None:
    """The model's organisations the KB left uncoded ("the New Wilten Army", "the Central Reserve Police
    Force", "the Kurdistan Democratic Party") take the role their name's head word gives among the KB's own
    names (kb/name_heads.py), and a country from where the text places them: a place right after the name
    ("... in Manipur"), the country the sentence is set in ("In Iraq, ..."), for a party, union, college or
    police (not an armed group, which may fight far from home) the country the article is about, and the one
    country the sentence's places lie in. No clue: the bare role, as for "the rebels". A name whose head word
    follows it in lower case ("the Islamist Ennahda party", "the Umma (Nation) party") is read so too
    (named_before_head)."""
    for m in found + named_before_head(doc, kb, found, mentions):
        if m.code or m.kind != "organisation" or not m.rule.startswith(("ner:", "title:")):
            continue
        role = body_role(kb, m.extra.get("head_name") or m.text)
        if role is None:
            continue
        m.role, m.code, m.sector = role, role, sector_of(role)
        m.rule += "+" + NAMED_RULE
        m.extra["named"] = True
        armed = role.startswith(NOT_FROM_SETTING)
        focus = article_focus(doc, kb, mentions)
        for how in ("place_after", "located", "sentence_places") if armed else (
                "place_after", "located", "focus", "sentence", "sentence_places"):
            if how == "place_after":
                countries = _place_after(doc, kb, m, focus)
            elif how == "located":
                countries = _located(doc, mentions, m)
            elif how == "focus":
                countries = [focus] if focus else []
            elif how == "sentence":      # "the Ennahda party said it will boycott Tunisia's elections"
                countries = list(_sentence_countries(doc, mentions, m, False))
            else:
                countries = place_countries(kb, doc[m.start].sent.text, focus)
            if len(set(countries)) == 1:
                _assign(kb, m, countries[0], how)
                break
        if role == "PTY":
            party_members(doc, m, mentions)


def _noun_after(doc: Doc, end: int) -> int | None:
    """The lower-case noun right after a name, past a gloss in brackets ("Umma (Nation) party")."""
    i = end
    if i < len(doc) and doc[i].text == "(":
        i = next((j + 1 for j in range(i + 1, min(i + 6, len(doc))) if doc[j].text == ")"), len(doc))
    if i < len(doc) and doc[i].pos_ in ("NOUN", "PROPN") and doc[i].is_alpha and doc[i].is_lower \
            and doc[i].dep_ != "compound":
        return i     # the noun heading the phrase ("party", not "party" of "Johnson party guests")
    return None


def named_before_head(doc: Doc, kb: KnowledgeBase, found: list[ActorMention],
                      mentions: list[ActorMention]) -> list[ActorMention]:
    """A name the KB does not know followed by a lower-case noun that heads bodies of one role ("the Islamist
    Ennahda party", "the fundamentalist Umma (Nation) party": kb/name_heads.py, "party" PTY) is that body, not a
    person or an organisation of no role: the mention runs on over the noun, an organisation whose country
    named_sides reads afresh. Those of ``mentions`` (a stranger read with a title before the name) are returned."""
    taken = {i for m in (*found, *mentions) for i in range(m.start, m.end)}
    out = []
    for m in (*found, *mentions):
        if m.kb_id or not (m.kind == "organisation" and m.rule.startswith("ner:") and not m.code
                           or m.kind == "person" and m.rule.startswith(("ner:PER", "title:name"))):
            continue
        j = _noun_after(doc, m.end)
        if j is None or j in taken:
            continue
        head_name = " ".join(t.text for t in doc[m.start:m.end] if not t.is_lower) + " " + doc[j].text
        if body_role(kb, head_name) is None:
            continue
        m.end, m.end_char = j + 1, doc[j].idx + len(doc[j])
        m.text = doc_text(doc)[m.start_char:m.end_char]
        m.name, m.kind, m.code, m.country, m.role = m.text, "organisation", None, None, None
        m.rule = ("ner:ORG" if m.rule.startswith("ner:") else m.rule.split("+")[0]) + "+head-after"
        m.extra["head_name"] = head_name
        taken.update(range(m.start, m.end))
        if m not in found:
            out.append(m)
    return out


def party_members(doc: Doc, party: ActorMention, mentions: list[ActorMention]) -> None:
    """"Workers of the Bharatiya Janata Party", "activists of the Kurdistan Democratic Party": the party's rank
    and file right before the party's name act as the party (as compounds code "BJP workers" when the KB
    knows the party)."""
    for x in mentions:
        if x.kind == "agent" and x.role in PARTY_MEMBER_ROLES and x.end < party.start and \
                [t.lower_ for t in doc[x.end:party.start]] in (["of"], ["of", "the"]):
            x.code, x.role, x.country = party.code, "PTY", party.country
            x.rule += "+member-of:" + NAMED_RULE
