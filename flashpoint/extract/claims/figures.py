"""fp_figures: counted figures ("20 of its soldiers have been killed and 57 injured") with what
they count, whose people they are, who says so and over what time.

For each number that counts something (extract/numbers.py rules out years, dates, ages, money,
percentages, ordinals, phone numbers, "one of the") the words around it give:
  subject   the counted noun after it ("soldiers"; "20 of its soldiers"; "dozens of people"),
            inherited by an elliptic second figure ("and 57 injured");
  category  from the predicate (killed, injured, arrested, displaced, ...) before or after it,
            else from the noun itself (troops, refugees, protesters, equipment, ...); a number
            with neither is no figure;
  actor     whose people or forces: a country or group in the noun phrase ("Russian soldiers"),
            "its/their" (the claimant, else the last country or group before it), "X's", "troops
            from X", the subject of "massed/deployed" for forces;
  claimant  the speaker of the quote holding it, else "according to X" or a reporting outlet in
            its sentence ("CNN reports"), else null;
  scope     the time expression of its sentence, spans first ("since the beginning of the year").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from flashpoint.extract.claims.attribution import MEDIA_SAY_RE, Source, according_to_all, is_outlet, reporting_outlets
from flashpoint.extract.base import (ActorMention, Component, DateMention, actor_mentions, article_of, doc_text, evidence,
                                     record_id, sentence_index)
from flashpoint.extract.claims.numbers import TENS, UNITS, NumberSpan, numbers_in, why_not_a_count
from flashpoint.extract.claims.quotes import is_passive, speech_verb, subject_of, subject_tokens
from flashpoint.extract.claims.speakers import NON_COUNTRY_PREFIXES, SpeakerResolver, country_of
from flashpoint.extract.claims.sentences import sentence_of_token
from flashpoint.nlp.deps import SUBJECTS
from flashpoint.records import ActorRef, Figure, Scope
from flashpoint.settings import component_defaults
from flashpoint.extract.words import (CONDITION_GRADES, COUNTED_PEOPLE_WORDS, HOSPITAL_NOUNS, HOSPITAL_VERBS, ISSUED_NOUNS,
                                      QUOTE_ONLY, REPORTING_VERBS, SAYING_FORMS)

# Predicates: a word before or after the number that says what happened to the counted.
PREDICATES = {
    "killed": {"killed", "dead", "died", "die", "dies", "perished", "slain", "killing", "kills", "kill", "murdered",
               "executed", "massacred", "deaths", "fatalities", "bodies", "corpses", "lives", "toll", "drowned"},
    "injured": {"injured", "wounded", "hurt", "injuring", "wounding", "injuries", "hospitalised", "hospitalized",
                "wounds"},
    "arrested": {"arrested", "detained", "jailed", "imprisoned", "arrests", "detentions", "apprehended", "arresting",
                 "detaining", "detention", "custody", "sentenced"},
    "displaced": {"displaced", "uprooted", "fled", "displacing", "homeless", "flee", "fleeing"},
    "missing": {"missing", "unaccounted"},
    "evacuated": {"evacuated", "evacuees", "evacuating"},
    "rescued": {"rescued", "rescuing", "saved"},
    "captured": {"captured", "capturing", "prisoners", "pows", "surrendered"},
    "hostages": {"hostages", "abducted", "kidnapped", "abducting", "kidnapping", "hostage"},
    "casualties": {"casualties"},
    "protesters": {"protested", "demonstrated", "rallied", "protesting", "demonstrating", "rallying"},
}
# Nouns that are a category by themselves when nothing happens to them in the sentence.
NOUN_CATEGORIES = {
    "troops": {"troops", "soldiers", "servicemen", "servicewomen", "personnel", "marines", "paratroopers", "sailors",
               "reservists", "conscripts", "peacekeepers", "troop", "soldier", "forces", "guardsmen",
               "commandos", "recruits", "strong"},
    "fighters": {"fighters", "militants", "rebels", "insurgents", "militiamen", "jihadists", "separatists",
                 "mercenaries", "combatants", "gunmen"},
    "refugees": {"refugees", "asylum-seekers", "asylum", "migrants"},
    "protesters": {"protesters", "protestors", "demonstrators", "marchers", "rioters"},
    "equipment": {"tanks", "vehicles", "warships", "ships", "vessels", "aircraft", "jets", "planes", "helicopters",
                  "drones", "howitzers", "launchers", "artillery", "boats", "submarines"},
    "munitions": {"missiles", "rockets", "shells", "bombs", "grenades", "mortars", "rounds", "projectiles"},
    "attacks": {"attacks", "airstrikes", "strikes", "raids", "explosions", "blasts", "violations", "incidents",
                "clashes"},
    "displaced": {"idps"},
    "captured": {"prisoners", "pows", "captives"},
    "hostages": {"hostages"},
    "killed": {"deaths", "fatalities", "dead", "bodies", "corpses", "victims", "lives"},
    "injured": {"injuries"},
    "arrested": {"arrests", "detainees", "detentions"},
    "casualties": {"casualties"},
    "rescued": {"survivors"},
}
NOUN_CATEGORY = {w: c for c, words in NOUN_CATEGORIES.items() for w in words}
# A noun's own category that wins over a predicate ("20 deaths were reported").
STRONG_NOUNS = {"deaths", "fatalities", "casualties", "injuries", "arrests", "detentions", "victims", "lives"}
SKIP_AFTER = {"have", "has", "had", "been", "be", "being", "were", "was", "are", "is", "reportedly", "also", "so", "far",
              "now", "already", "confirmed", "believed", "thought", "feared", "said", "to", "still", "all", "allegedly",
              "later", "subsequently", "either", "both", "initially", "who", "that", "which", "were", "got", "left",
              "more", "others", "people", "in", "total", "altogether", "seriously", "critically", "badly", "lightly",
              "officially", "presumed", "remain", "remained", "remains", "are", "being", "listed", "as", "reported",
              "more", "had", "been", "since", "then", "just", "recently", "apparently", "likely", "probably", "feared"}
SKIP_BEFORE = {"a", "total", "of", "further", "another", "additional", "an", "the", "least", "at", "some", "including",
               "than", "more", "about", "around", "nearly", "almost", "over", "up", "to", "as", "many", "estimated",
               "approximately", "roughly", "only", "just", "rose", "risen", "climbed", "reached", "stood", "stands",
               "is", "was", "has", "had", "jumped", "increased", "now", "toll", "death", "left", "leaving", "their",
               "lives", "claimed", "the"}
ADJECTIVE_LIKE = {"heavily", "armed", "additional", "more", "other", "local", "foreign", "young", "unarmed", "innocent",
                  "elite", "regular", "active", "combat", "ground", "military", "army", "police", "government",
                  "rebel", "enemy", "allied", "special", "security", "new", "extra", "fresh", "Palestinian",
                  "its", "their", "his", "her", "our", "the", "those", "these", "of", "some", "armoured", "armored",
                  "fighter", "attack", "naval", "riot", "border", "air", "ballistic", "cruise", "artillery", "mortar",
                  "service", "displaced", "internally", "wounded", "injured", "captured", "dead"}
TROOP_VERBS = {"massed", "amassed", "deployed", "deploying", "deploy", "sent", "sending", "send", "stationed",
               "moved", "moving", "gathered", "concentrated", "has", "have", "had", "keeps", "maintains", "built",
               "mobilised", "mobilized", "mobilising", "mobilizing", "withdrew", "withdrawn", "pulled"}
POSSESSIVES = {"its", "their"}
SUBORDINATE = {"when", "after", "before", "as", "while", "because", "if", "since", "until", "where", "who", "which"}
NUMBER_WORDS = set(UNITS) | set(TENS) | {"dozens", "hundreds", "thousands", "scores"}
COUNTRYISH = ("country", "organisation", "group", "agent", "institution", "region")


@dataclass
class FigureParts:
    number: NumberSpan
    tokens: tuple[int, int]           # token range of the number
    category: str
    subject: str | None
    head: Token | None
    extent: tuple[int, int]           # characters of the figure's words
    how: str                          # which rule gave the category
    elliptic: bool = False


# What fp_figures reads: actors (whose forces, who claims), dates (a year is no count), quotes (claims
# inside them), and what the quote finder's helpers read
FIGURES_REQUIRE = ["doc._.fp_actor_mentions", "doc._.fp_dates", "doc._.fp_quotes", "token.dep", "token.pos",
                   "token.tag", "token.is_sent_start", "token.ent_type"]


@Language.factory("fp_figures", requires=FIGURES_REQUIRE, assigns=["doc._.fp_figures"],
                  default_config=component_defaults("fp_figures"))
def make_figure_finder(nlp: Language, name: str) -> "FigureFinder":
    return FigureFinder()


class FigureFinder(Component):
    slot = "fp_figures"

    def find(self, doc: Doc) -> list[Figure]:
        art = article_of(doc)
        out: list[Figure] = []
        resolver = SpeakerResolver(doc)
        previous: tuple[FigureParts, ActorRef | None, int, ActorRef | None] | None = None
        for number in numbers_in(doc):
            if why_not_a_count(doc_text(doc), number) or _inside_date(doc, number):
                continue
            span = doc.char_span(number.start, number.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            sent = _sentence(span[0])
            linked = previous is not None and previous[2] == sentence_index(doc, span[0].i) and \
                _linked(doc, previous[0], number)
            parts = read_figure(doc, number, span, inherit=previous[0].category if linked else None)
            if parts is None:
                continue
            claimant = claimant_for(doc, sent, number, resolver)
            if parts.how == "inherited" and previous is not None:
                claimant = claimant or previous[3]
            actor = actor_for(doc, sent, parts, claimant)
            if parts.elliptic and previous is not None and _joined(doc, previous[0], parts):
                parts.subject = parts.subject or previous[0].subject
                actor = actor or previous[1]
            scope = scope_for(doc, sent, parts)
            s_i = sentence_index(doc, span[0].i)
            out.append(Figure(
                id=record_id(doc, "figure", number.start, number.end, parts.category), article=art.id,
                value=number.value, approx=number.approx, category=parts.category, subject=parts.subject,
                actor=actor, claimant=claimant, scope=scope, sentence=s_i, evidence=evidence(doc, *parts.extent),
                rule=f"figure:{parts.how}" + (f"|range:{number.value:g}-{number.high:g}" if number.high else "")))
            previous = (parts, actor, s_i, claimant)
        return out


def _sentence(tok: Token) -> Span:
    return sentence_of_token(tok)


def _in_date(doc: Doc, tok: Token) -> bool:
    return any(d.start_char <= tok.idx < d.end_char for d in doc._.fp_dates or [])


def _inside_date(doc: Doc, n: NumberSpan) -> bool:
    return any(d.start_char <= n.start and n.end <= d.end_char for d in doc._.fp_dates or [])


def _word(tok: Token) -> str:
    return tok.lower_.strip("'’")


def read_figure(doc: Doc, number: NumberSpan, span: Span, inherit: str | None = None) -> FigureParts | None:
    """Subject, category and extent of the words around one number (None: it counts nothing we
    track). ``inherit`` is the category of a figure this one hangs on ("killed 23 civilians,
    including 9 children", "injured 17 soldiers and two civilians"), used when its own words
    name none."""
    sent = _sentence(span[0])
    after = [t for t in doc[span.end:sent.end] if not t.is_space]
    # the counted noun: "20 soldiers", "20 of its soldiers", "4,000 heavily armed Russian soldiers"
    head, k = None, 0
    if after and after[0].text in ("-", "–") and len(after) > 1 and after[1].lower_ == "strong":
        head, k = after[1], 2
    if head is None and after and after[0].lower_ == "of":
        k = 1
    mods = 0
    modifier_category = None  # "150 dead mullet", "20 wounded soldiers": the participle before the noun
    while head is None and k < len(after) and mods <= 5:
        t = after[k]
        w = _word(t)
        if (t.is_punct and t.text not in ("-",)) or _in_date(doc, t):
            break  # "soared to more than 340 yesterday": a date is no counted noun
        if w in PREDICATES["killed"] | PREDICATES["injured"] | PREDICATES["missing"] | {"arrested", "detained",
                                                                                         "displaced", "evacuated"}:
            nxt = after[k + 1] if k + 1 < len(after) else None
            if k == 0 and w in ("dead", "wounded", "injured") and nxt is not None and nxt.pos_ == "NOUN" and \
                    t.dep_ == "amod" and t.head.i == nxt.i and not nxt.lower_.endswith("wide"):  # "60 dead nationwide"
                modifier_category = "killed" if w == "dead" else "injured"
                k += 1
                mods += 1
                continue
            if w not in NOUN_CATEGORY or w in ("dead",):
                break  # "57 injured", "20 dead": no noun
        if w in NOUN_CATEGORY or w in COUNTED_PEOPLE_WORDS or t.text in COUNTED_PEOPLE_WORDS:
            head = t
            # "police officers", "armoured vehicles", "service members": the last noun is the head
            while k + 1 < len(after) and (_word(after[k + 1]) in NOUN_CATEGORY or _word(after[k + 1]) in COUNTED_PEOPLE_WORDS) \
                    and _word(after[k + 1]) not in ("dead", "more", "others") and after[k + 1].pos_ in ("NOUN", ""):
                k += 1
                head = after[k]
            break
        if t.pos_ == "NOUN" and w not in ADJECTIVE_LIKE and not t.text[:1].isupper():
            head = t
            break
        nxt = after[k + 1] if k + 1 < len(after) else None
        if t.text[:1].isupper() and t.text.endswith("s") and t.is_alpha and w not in ADJECTIVE_LIKE and (
                nxt is None or not (nxt.text[:1].isupper() or nxt.pos_ in ("NOUN", "PROPN"))):
            head = t  # "300 Muslims detained", "nine Iraqis were killed": a people's name ends the phrase
            break
        participle = w.endswith("ed") and (t.pos_ != "VERB" or t.dep_ == "amod" and t.head.i > t.i)  # "14 charred bodies"
        if w in ADJECTIVE_LIKE or t.pos_ in ("ADJ", "ADV", "DET", "PROPN", "NUM") or t.text[:1].isupper() \
                or w.endswith("ly") or participle or t.text in ("-", "'s", "’s"):
            k += 1
            mods += 1
            continue
        if w == "and" and mods and nxt is not None and nxt.pos_ in ("ADJ", "VERB") and nxt.dep_ in ("conj", "amod"):
            k += 1  # "25 charred and bloated bodies", "three young and unarmed men": one more modifier of the noun
            continue
        break
    if head is not None and _word(head) in ("more", "them", "whom", "which"):
        head = None
    if head is not None and _word(head) in ("year", "years") and head.i + 2 < len(doc) and \
            doc[head.i + 1].text == "-" and doc[head.i + 2].lower_ in ("old", "olds"):
        old = doc[head.i + 2]  # "two 19-year-olds", "three 20-year-old soldiers": someone of an age, not years
        head = old.head if old.dep_ == "amod" and old.head.i > old.i and old.head.pos_ == "NOUN" else old
    if head is not None and head.dep_ == "compound" and 0 < head.head.i - head.i <= 2 and \
            head.head.pos_ == "NOUN" and not any(t.is_punct for t in doc[head.i:head.head.i]):
        head = head.head  # "two suicide bombers": the compound's head is what is counted
    if after and _word(after[0]) in ("fewer", "less"):
        return None  # "230 fewer injuries": a difference, not a count
    if head is not None and _word(head) == "bodies" and mods > 0 and not any(
            _word(t).endswith(("ed", "en")) or _word(t) in ("dead", "headless", "burnt") for t in after[:k]):
        return None  # "100,000 public bodies" are institutions; "25 charred and bloated bodies" the dead
    service_members = head is not None and _word(head) == "members" and head.i > 0 and \
        doc[head.i - 1].lower_ == "service"
    noun_end = (head.i + 1) if head is not None else span.end
    # the predicate after: "have been killed", "were injured", "dead"
    category, how, pred_end = None, "", noun_end
    rest = [t for t in doc[noun_end:sent.end] if not t.is_space]
    coordinated = False
    lead_start = number.approx_start if number.approx_start is not None else number.start
    lead = [t for t in doc[sent.start:span.start] if t.idx < lead_start and not t.is_space][-1:]
    if lead and lead[0].pos_ == "VERB" and _word(lead[0]) in PREDICATES["killed"] | PREDICATES["injured"] and (
            head is None or lead[0].dep_ not in ("amod", "acl") and not is_passive(doc, lead[0])):
        rest = []  # "kills 8, forty others are injured", "killed four at a camp", "killing 17 soldiers with dozens
        # feared captured": the verb's object, whatever predicate follows it
    elif modifier_category is not None:
        category, how = modifier_category, "predicate-before"
        rest = []
    rest = _past_apposition(_past_inserted_part(rest))
    for j, t in enumerate(rest[:12]):
        if j >= 7 and not coordinated:
            break
        w = _word(t)
        if w == "among":  # "two police officers were among the 11 people killed"
            cat = next((_predicate(rest, i) for i in range(j + 1, min(len(rest), j + 7)) if _predicate(rest, i)), None)
            if cat:
                category, how, pred_end = cat, "among", t.i + 1
            break
        if t.text == "-" and j == 0 and head is not None:
            continue  # "seven passers-by were taken to hospital": the tail of a hyphenated noun
        cat = _predicate(rest, j)
        if cat and j > 0 and _word(rest[j - 1]) == "to" and t.tag_ == "VB":
            break  # "four men accused of planning to kill": an infinitive tells no event
        if cat:
            if cat in ("killed", "injured") and head is not None and not _lost_lives(rest, j) and agent_before_object(t):
                return None  # "the three attackers killed at least 19 people": the killers
            category, how, pred_end = cat, "predicate-after", t.i + 1
            break
        if w in ("and", ",") and j == 0 and j + 1 < len(rest) and (rest[j + 1].like_num or
                                                                 _word(rest[j + 1]) in NUMBER_WORDS):
            coordinated = True  # "two soldiers and five militants were killed", "6 guards, 10 civilians wounded"
            continue
        if coordinated and (t.like_num or _word(t) in NUMBER_WORDS or t.pos_ in ("NOUN", "ADJ", "PROPN")
                            or w in NOUN_CATEGORY or w in COUNTED_PEOPLE_WORDS):
            continue
        if t.is_punct or w in ("and", "but", "while", "or") or (t.like_num and j > 0):
            break
        if w not in SKIP_AFTER and t.pos_ not in ("ADV", "AUX", "PART"):
            if j > 2:
                break
    # the predicate before: "killing at least 20", "the death toll has risen to 35", "arrested 120"
    pred_start = number.approx_start if number.approx_start is not None else number.start
    before = [t for t in doc[sent.start:span.start] if not t.is_space]
    toll = TOLL_RE.search(doc_text(doc)[sent.start_char:pred_start])
    if category is None and toll:  # "the death toll from the attack has risen to 43", "the number of dead rose to 9"
        hurt = re.search(r"(?i)\b(?:injur|wound)", toll.group(0)[:toll.group(0).find(" ", 25) + 1 or None])
        category, how, pred_start = "injured" if hurt else "killed", "toll", sent.start_char + toll.start()
    elif category is None and (far := _toll_far(doc, span, sent)) is not None:
        category, how, pred_start = far[0], "toll", far[1]
    if (category is None or _word(head or span[0]) in STRONG_NOUNS) and how != "predicate-before":
        for t in reversed(before[-6:]):
            w = _word(t)
            cat = next((c for c, words in PREDICATES.items() if w in words), None)
            if w == "dead" and not (t.i > 0 and doc[t.i - 1].lower_ in ("shot", "shooting", "shoots")):
                cat = None  # "left 20 dead" is read after the number; "shot dead five" before it
            if cat:
                if category is None:
                    category, how = cat, "predicate-before"
                pred_start = min(pred_start, t.idx)
                break
            if t.is_punct or w in SUBORDINATE or (w not in SKIP_BEFORE and t.pos_ not in ("AUX", "ADV", "DET")):
                break
    if service_members and category is None:
        category, how = "troops", "noun"
    if head is not None and _word(head) == "lives" and re.search(r"(?i)\bsav(?:e|es|ed|ing)\b[\w\s]{0,20}$",
                                                                  doc_text(doc)[sent.start_char:number.start]):
        category, how = "rescued", "noun"  # "could save 65 lives"
    if head is not None and _word(head) in NOUN_CATEGORY and how != "noun":
        noun_cat = NOUN_CATEGORY[_word(head)]
        if category is None or _word(head) in STRONG_NOUNS:
            category, how = noun_cat, "noun"
    if category is None and inherit is not None and head is not None:
        category, how = inherit, "inherited"
    elif how == "noun" and inherit in ("killed", "injured") and category in ("troops", "fighters", "protesters"):
        category, how = inherit, "inherited"  # "the toll rose to 22 Iraqis and one U.S. soldier"
    if category is None:
        return None
    if category in ("killed", "injured") and head is not None and _not_a_victim(head):
        return None  # "two car bombs killed", "five members executed a fellow member": things, or the killers
    elliptic = head is None and how == "predicate-after"
    subject = head.text if head is not None and _word(head) != "strong" else ("troops" if head is not None else None)
    end_char = max(pred_end, noun_end)
    end_tok = doc[end_char - 1] if end_char - 1 < len(doc) else doc[-1]
    extent = (min(pred_start, number.start), end_tok.idx + len(end_tok))
    return FigureParts(number, (span.start, span.end), category, subject, head, extent, how, elliptic)


HARM_LEMMAS = {"kill", "wound", "injure", "execute", "murder", "shoot", "attack", "hurt", "massacre", "slay"}
HARM_PARTICIPLES = {"killed", "wounded", "injured", "murdered", "slain", "shot", "hurt", "executed", "massacred"}
BE_FORMS = {"was", "were", "is", "are", "been", "be", "being", "'s", "’s"}
TIME_NOUNS = {"day", "days", "week", "weekend", "morning", "afternoon", "evening", "night", "month", "year", "time"}
OBJECT_OPENERS = {"scores", "dozens", "hundreds", "thousands", "several", "many", "some", "all", "both"}


def agent_before_object(verb: Token) -> bool:
    """"The three attackers killed at least 19 people", "the army killed and wounded scores of
    terrorists": an active harm verb whose object follows it (a number, a determiner, a quantity),
    read off the words, for the parses that hang the object elsewhere; the noun before the verb is
    who killed, not who died. Not a passive ("were killed the day before") nor a time ("killed this week")."""
    doc = verb.doc
    if verb.i > 0 and doc[verb.i - 1].lower_ in BE_FORMS or \
            (verb.i > 1 and doc[verb.i - 2].lower_ in BE_FORMS and doc[verb.i - 1].pos_ == "ADV"):
        return False
    i = verb.i + 1
    if i + 1 < len(doc) and doc[i].lower_ in ("and", "or") and doc[i + 1].lower_ in HARM_PARTICIPLES:
        i += 2  # "killed and wounded scores"
    if i >= len(doc):
        return False
    nxt, after = doc[i], doc[i + 1] if i + 1 < len(doc) else None
    if after is not None and after.lower_ in TIME_NOUNS:
        return False  # "five killed the same day", "killed this week"
    if nxt.lower_ in ("at", "more", "over", "nearly", "almost", "about", "around"):
        return after is not None and (after.lower_ in ("least", "than") or after.like_num)
    return nxt.like_num or nxt.lower_ in OBJECT_OPENERS or (nxt.tag_ in ("DT", "PRP$") and nxt.lower_ not in (
        "this", "that", "these", "those", "each", "every", "no", "another"))


def _not_a_victim(head: Token) -> bool:
    """The counted noun is a thing (weapons, vehicles, attacks) or the subject of an active
    killing verb: what killed, not who died."""
    if NOUN_CATEGORY.get(_word(head)) in ("equipment", "munitions", "attacks") or _word(head) in ("bombs", "car"):
        return True
    verb = head.head
    if any(c.dep_ == "acl" and c.lemma_.lower() in HARM_LEMMAS and any(g.dep_ == "obj" for g in c.children)
           for c in head.children if c.i > head.i):
        return True  # "two suicide bombers killed eight people" parsed as a reduced relative
    return head.dep_ == "nsubj" and verb.lemma_.lower() in HARM_LEMMAS and verb.i > head.i and \
        any(c.dep_ == "obj" for c in verb.children)


TOLL_RE = re.compile(r"(?i)\b(?:(?:death\s+)?toll|number\s+of\s+(?:\w+\s+){0,3}?(?:deaths|dead|killed|fatalities|"
                     r"injured|wounded|injuries))\b[^.;:]{0,70}?\b(?:to|at|reached|hit|is|was|stands|stood|passed|"
                     r"exceeded|topped|cross(?:es|ed)?|surpass(?:es|ed)?)\s+(?:(?:more\s+than|at\s+least|about|around|nearly|almost|over|some)\s+)?$")


def fatal_manner(verb: Token) -> bool:
    """A blow told as fatal by its manner: "fatally shot", "was fatally wounded", "stabbed fatally"; whoever it
    struck died of it, whatever the verb alone would tell (a wound)."""
    doc = verb.doc
    return any(c.lower_ == "fatally" for c in verb.children) or \
        any(doc[i].lower_ == "fatally" for i in (verb.i - 1, verb.i + 1) if 0 <= i < len(doc))


def _lost_lives(rest: list[Token], j: int) -> bool:
    """"lost their lives", "lost his life": died, an idiom whose object is no victim."""
    nxt = _word(rest[j + 1]) if j + 1 < len(rest) else ""
    return _word(rest[j]) == "lost" and nxt in ("their", "his", "her") and j + 2 < len(rest) and \
        _word(rest[j + 2]) in ("lives", "life")


TOLL_SUBJECT_RE = re.compile(r"(?i)^(?:the\s+)?(?:(?:overall|official|final|latest)\s+)?(?:(?:death|casualty)\s+)?toll\b|"
                             r"^(?:the\s+)?number\s+of\s+(?:\w+\s+){0,3}?(?:(deaths|dead|killed|fatalities)|"
                             r"(injured|wounded|injuries|hurt))\b")
RISING_RE = re.compile(r"(?i)^(?:ris(?:e|es|en|ing)|rose|climb\w*|reach\w*|hit|hits|stand|stands|stood|pass\w*|"
                       r"exceed\w*|top|tops|topped|jump\w*|increas\w*|mount\w*|soar\w*|gr[eo]wn?|grows|cross\w*|surpass\w*)$")


def _toll_far(doc: Doc, span: Span, sent: Span) -> tuple[str, int] | None:
    """"The death toll from the landslide that buried a village ... on Sunday night has climbed to 64", "the number
    of people injured when a grandstand ... collapsed has risen to 38": the number a verb of rising or standing
    gives its subject, a toll or a number of dead or hurt that opens the sentence, however long the words
    between (TOLL_RE reads only a near one). The category and where the subject starts."""
    num = span.root
    verb = num.head
    if num.dep_ not in ("obl", "obj", "dobj") or not RISING_RE.match(verb.text):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    start = subject.left_edge.i if subject is not None else sent.start
    if start != sent.start and doc[sent.start:start].text.strip(" ,\"'“‘"):
        return None  # the subject of a clause inside the sentence, not what it opens with
    m = TOLL_SUBJECT_RE.match(doc[start:verb.i].text.lstrip(" \"'“‘"))
    if m is None:
        return None
    return ("injured" if m.group(2) else "killed"), doc[start].idx


def _past_inserted_part(rest: list[Token]) -> list[Token]:
    """"at least five people, including three women, lost their lives": the words after a part of those counted set
    off by commas (or brackets), where the predicate of the count goes on; the words as they are otherwise."""
    if len(rest) < 3 or rest[0].text not in (",", "(", "-", "–", "—") or _word(rest[1]) not in ("including", "among"):
        return rest
    close = {"(": ")"}.get(rest[0].text, rest[0].text)
    end = next((k for k in range(2, min(len(rest), 12)) if rest[k].text == close), None)
    return rest if end is None else rest[end + 1:]


def _past_apposition(rest: list[Token]) -> list[Token]:
    """"One of them, a woman in her 30s, later died": the words without an apposition set off by commas within the
    first words after the number (one whose head stands before it), where the predicate of the count goes on."""
    k = next((k for k, t in enumerate(rest[:4]) if t.text == ","), None)
    if k is None:
        return rest
    end = next((e for e in range(k + 2, min(len(rest), k + 12)) if rest[e].text == ","), None)
    if end is None or not any(t.dep_ == "appos" and t.head.i < rest[k].i for t in rest[k + 1:end]):
        return rest
    return rest[:k] + rest[end + 1:]


def _predicate(rest: list[Token], j: int) -> str | None:
    t = rest[j]
    w = _word(t)
    nxt = _word(rest[j + 1]) if j + 1 < len(rest) else ""
    if _lost_lives(rest, j):
        return "killed"
    if w in PREDICATES["injured"] | {"shot", "stabbed"} and fatal_manner(t):
        return "killed"  # "two guards were fatally stabbed"
    if w in ("taken", "held") and nxt in ("hostage", "captive"):
        return "hostages"
    if w == "taken" and nxt in ("prisoner", "captive", "prisoners"):
        return "captured"
    if w in ("forced", "driven") and nxt in ("from", "out", "to"):
        return "displaced"
    if w in ("toll", "lives", "bodies", "corpses", "flee", "fleeing"):
        return None  # only as words before the number
    if w == "dead" and j > 0 and _word(rest[j - 1]) in ("a", "an") and t.head.i > t.i and t.head.pos_ == "NOUN":
        return None  # "the two candidates are in a dead heat": "a dead" thing after it, no death ("60 dead nationwide")
    if t.lemma_.lower() in HOSPITAL_VERBS and any(_word(u) in HOSPITAL_NOUNS for u in rest[j + 1:j + 4]):
        return "injured"  # "seven passers-by were taken to hospital"
    if w == "in" and nxt in CONDITION_GRADES and j + 2 < len(rest) and _word(rest[j + 2]) == "condition":
        return "injured"  # "two were in critical condition"
    return next((c for c, words in PREDICATES.items() if w in words), None)


LINK_RE = re.compile(r"(?i)^[\s,]*(?:and|including|among\s+them|of\s+whom|among\s+whom|with|plus|as\s+well\s+as|"
                     r"along\s+with)?[\s,]*$")


def _linked(doc: Doc, prev: FigureParts, number: NumberSpan) -> bool:
    """This number continues the previous figure's list: "..., including 9 children", "... and two civilians"."""
    start = number.approx_start if number.approx_start is not None else number.start
    return prev.extent[1] <= start and bool(LINK_RE.match(doc_text(doc)[prev.extent[1]:start]))


def _joined(doc: Doc, prev: FigureParts, cur: FigureParts) -> bool:
    """"20 of its soldiers have been killed and 57 injured": the second figure is the first's ellipsis."""
    gap = doc_text(doc)[prev.extent[1]:cur.number.start]
    return len(gap) < 40 and bool(re.fullmatch(r"[\s,]*(?:and|while|with|,|as\s+well\s+as)?[\s\w]{0,20}", gap))


# -- whose, who says, when ----------------------------------------------------------------------

def _mention_ref(m: ActorMention) -> ActorRef:
    return m.ref()


def actor_for(doc: Doc, sent: Span, parts: FigureParts, claimant: ActorRef | None) -> ActorRef | None:
    """Whose people or forces the figure counts."""
    text = doc_text(doc)
    start = parts.number.end
    end = parts.head.idx + len(parts.head) if parts.head is not None else parts.number.end
    mentions = actor_mentions(doc)
    inside = [m for m in mentions if start <= m.start_char and m.end_char <= end and _owner_like(m)]
    covering = [m for m in mentions if parts.head is not None and m.start_char <= parts.head.idx < m.end_char
                and _owner_like(m)]
    if covering:
        return _mention_ref(max(covering, key=lambda m: m.end_char - m.start_char))
    if inside:
        return _mention_ref(inside[-1])
    words = text[start:end].lower().split()
    if any(w in POSSESSIVES for w in words):
        return claimant_as_owner(doc, sent, parts, claimant)
    # "Russia's 100,000 troops"
    before = text[max(sent.start_char, parts.number.start - 40):parts.number.start]
    owner = re.search(r"(?:'s|’s)\s+(?:[\w-]+\s+){0,2}$", before)
    if owner:
        at = parts.number.start - len(before) + owner.start()
        m = next((m for m in mentions if m.end_char == at and m.kind != "person"), None)
        if m is not None:
            return _mention_ref(m)
    # "troops from Russia", "soldiers of the Ukrainian army"
    if parts.head is not None:
        tail = text[end:min(sent.end_char, end + 40)]
        of = re.match(r"\s+(?:from|of)\s+(?:the\s+)?", tail)
        if of:
            m = next((m for m in mentions if m.start_char == end + of.end() and m.kind in COUNTRYISH), None)
            if m is not None:
                return _mention_ref(m)
    if parts.category in ("troops", "equipment", "fighters", "munitions"):
        return _deploying_subject(doc, sent, parts)
    return None


def _owner_like(m: ActorMention) -> bool:
    """A mention that can own people or forces: a country, group or organisation, or a role noun
    the actors component tied to one ("Russian soldiers" -> RUSMIL); not a bare role noun."""
    if m.kind == "person" or is_outlet(m.text):
        return False
    if m.kind == "agent":
        return bool(m.code and (country_of(m) or m.code.startswith(NON_COUNTRY_PREFIXES)))
    return True


def claimant_as_owner(doc: Doc, sent: Span, parts: FigureParts, claimant: ActorRef | None) -> ActorRef | None:
    """"its soldiers": the claimant when it is a country or group, else the last one named before."""
    if claimant is not None and claimant.code is not None or (claimant is not None and not is_outlet(claimant.text)
                                                              and claimant.name[:1].isupper()
                                                              and not claimant.name.startswith("unnamed")):
        return claimant
    prior = [m for m in actor_mentions(doc) if m.end_char <= parts.number.start and m.kind in COUNTRYISH
             and not is_outlet(m.text) and m.start_char >= sent.start_char - 400]
    return _mention_ref(prior[-1]) if prior else None


def _deploying_subject(doc: Doc, sent: Span, parts: FigureParts) -> ActorRef | None:
    """"Russia has massed 100,000 troops": the subject of a deploying verb owns the forces."""
    head = parts.head
    verb = head.head if head is not None and head.dep_ in ("obj", "dobj") else None
    if verb is not None and verb.lower_ in TROOP_VERBS | {"massing", "amassing", "stationing"}:
        subj = next((c for c in verb.children if c.dep_.startswith("nsubj")), None)
        if subj is not None:
            m = next((m for m in actor_mentions(doc) if m.start_char <= subj.idx < m.end_char and m.kind in COUNTRYISH),
                     None)
            if m is not None:
                return _mention_ref(m)
    before = doc_text(doc)[sent.start_char:parts.number.approx_start or parts.number.start]
    if re.search(r"\b(?:" + "|".join(TROOP_VERBS) + r")\b(?:\s+(?:up|a\s+total\s+of|an\s+estimated|some|about|"
                 r"around|more\s+than|at\s+least|nearly|over|up\s+to|roughly))*\s*$", before):
        prior = [m for m in actor_mentions(doc) if sent.start_char <= m.start_char and m.end_char <= parts.number.start
                 and m.kind in COUNTRYISH and not is_outlet(m.text)]
        if prior:
            return _mention_ref(prior[0])
    return None


def claimant_for(doc: Doc, sent: Span, number: NumberSpan, resolver: SpeakerResolver) -> ActorRef | None:
    """Who states the number: the speaker of the quote it is in, else the attribution of its
    sentence nearest to it ("according to X", "CNN reports"), else the teller of the next sentence
    when it tells "this" ("The governor disclosed this on Monday"), else nobody; named by the whole
    phrase the article gives it ("the Air Force rescue team", not only "Air Force")."""
    ref = _claimant_of(doc, sent, number, resolver)
    if ref is None:
        ref = _teller_of_this(doc, sent, resolver) or _teller_of_more(doc, sent, resolver)
    return _whole_phrase(doc, sent, ref)


def _claimant_of(doc: Doc, sent: Span, number: NumberSpan, resolver: SpeakerResolver) -> ActorRef | None:
    if _said_after(doc, sent, number):
        return None  # "a spokesman says after a series of explosions killed 215": when he spoke, not what he said
    putter = _toll_putter(doc, sent, number, resolver)
    if putter is not None:
        return putter  # "..., while the ambulance service put the number of injured at 15": the service's count
    relative = _relative_teller(doc, sent, number, resolver)
    if relative is not None:
        return relative  # "police detained a man who they say killed eight, state media said": the police's count
    citing = CITING_RE.search(sent.text)
    if citing:  # "..., the AP reported, citing the county sheriff", "JoyNews reported, citing hospital sources, that"
        who = doc.char_span(sent.start_char + citing.start("who"), sent.start_char + citing.end("who"),
                            alignment_mode="expand")
        speaker = resolver.resolve(_issuer(doc, sent, list(who))) if who is not None else None
        if speaker is not None and speaker.is_speaker:
            return speaker.ref
    holding = [q for q in doc._.fp_quotes or [] if q.speaker is not None and q.evidence.start <= number.start
               < q.evidence.end and number.text in q.text
               and not (CLAIMED_DEED_RE.match(q.text) or (q.verb or "").startswith("claim")
                        and CLAIMS_DEED_RE.search(sent.text))]  # "IS claimed responsibility for a bomb that killed 8"
    # "the ministry said ... killing 40, the Interfax news agency reported": the speaker the outlet passes on
    # claims the count, not the outlet; among speakers, the one whose words are nearest (the inner quote)
    if holding:
        q = min(holding, key=lambda q: (is_outlet(q.speaker.name) or is_outlet(q.speaker.text or ""),
                                        q.evidence.end - q.evidence.start))
        inner = _inner_teller(doc, sent, number, resolver, q.speaker_span)
        if inner is not None:
            return inner  # "officials say ..., while the Red Cross says 23 have died": the Red Cross's count
        if q.verb is not None and q.verb.lower().split()[0][:5] in DENIAL_STEMS:
            return None  # "X denied his group was responsible for the attack, killing 17": not X's count
        if q.speaker_span is not None and q.speaker.text.split()[-1].lower() in ISSUED_NOUNS:
            words = [t for t in doc[sent.start:sent.end] if q.speaker_span.start <= t.idx < q.speaker_span.end]
            issuer = resolver.resolve(_issuer(doc, sent, words)) if words else None
            if issuer is not None and issuer.is_speaker:
                return issuer.ref  # "according to a statement from the army": the army's count
        return _in_press_words(doc, sent, q.speaker)
    cited = CITED_AS_SAYING_RE.search(sent.text)
    if cited:  # "news agencies cited the Emergencies Ministry as saying": the ministry's count
        who = doc.char_span(sent.start_char + cited.start("who"), sent.start_char + cited.end("who"),
                            alignment_mode="expand")
        speaker = resolver.resolve(list(who)) if who is not None else None
        if speaker is not None and speaker.is_speaker:
            return speaker.ref
        return ActorRef(name=cited.group("who"), code=None, text=cited.group("who"))
    sources: list[Source] = according_to_all(doc, sent) + reporting_outlets(doc, sent)
    if not sources:
        teller = _speech_subject(doc, sent, number, resolver) or _passive_agent(doc, sent, resolver) or \
            _accuser(doc, sent, number, resolver) or _trailing_teller(doc, sent, number, resolver) or \
            _cut_off_teller(doc, sent, number, resolver)
        if teller is not None:
            return teller
        media = MEDIA_SAY_RE.search(sent.text)
        if media:  # "state media reported": the press at large, by its own words
            words = re.sub(r"\s+(?:say|said|says|reported|report|claim|claimed|suggest|suggested)$", "",
                           media.group(0)).strip()
            words = re.sub(r"^(?i:the)\s+", "", words)
            return ActorRef(name=words, code=None, text=words)
        return None
    best = min(sources, key=lambda s: min(abs(s.start_char - number.start), abs(s.end_char - number.start)))
    if best.actor is None and not best.via and best.text:
        toks = [t for t in doc[sent.start:sent.end] if best.start_char <= t.idx < best.end_char
                and t.idx >= best.end_char - len(best.text)]
        toks = _issuer(doc, sent, toks)  # "according to a statement from the army": the army
        speaker = resolver.resolve(toks)  # "according to local officials": an unnamed claimant
        best.anonymous = speaker.ref if speaker is not None and speaker.is_speaker else None
    return _in_press_words(doc, sent, best.ref())


def _inner_teller(doc: Doc, sent: Span, number: NumberSpan, resolver: SpeakerResolver, outer) -> ActorRef | None:
    """The speaker of a speech verb inside a quote that governs the number itself: "Local officials say floods
    have hit the province, while the Red Cross says 23 people have died", "police detained a man who they say
    killed eight": the nearest teller above the number whose subject is not the quote's own speaker."""
    at = doc.char_span(number.start, number.end, alignment_mode="expand")
    if at is None or not len(at) or outer is None:
        return None
    below = at[0]
    for verb in at[0].ancestors:
        deed = CLAIMED_DEED_RE.match(doc_text(doc), verb.idx + len(verb.text))  # "IS claimed the bomb that killed 8"
        if verb.i < sent.start or not speech_verb(verb) or is_passive(doc, verb) or \
                verb.lemma_.lower() in DENYING or below.dep_ != "ccomp" or deed:
            below = verb
            continue
        subject = [t for t in subject_of(verb) if not t.is_punct]
        if not subject or any(outer.start <= t.idx < outer.end for t in subject):
            return None  # the quote's own verb: its speaker, as found
        speaker = resolver.resolve(subject)
        return speaker.ref if speaker is not None and speaker.is_speaker else None
    return None


# "a man who they say killed five people", "a soldier whom prosecutors allege shot dead two": the tellers of
# a relative clause right before the deed that holds the number (a few words of the deed between)
RELATIVE_TELLER_RE = re.compile(r"(?i)\b(?:who|whom|that)\s+(?P<who>(?:[\w'’.-]+\s+){0,4}?[\w'’.-]+)\s+(?:say|says|said|"
                                r"believe|believes|believed|allege|alleges|alleged|suspect|suspects|suspected)\s+(?!that\b)"
                                r"(?:[\w'’-]+\s+){1,3}$")


def _relative_teller(doc: Doc, sent: Span, number: NumberSpan, resolver: SpeakerResolver) -> ActorRef | None:
    """Who says the deed of a relative clause that holds the number: "Police arrested a man who they say shot
    dead two guards, the Daily Nation reported": the police, not the outlet that passes it on."""
    at = number.approx_start if number.approx_start is not None else number.start
    m = RELATIVE_TELLER_RE.search(doc_text(doc)[max(sent.start_char, at - 120):at])
    if m is None:
        return None
    base = max(sent.start_char, at - 120)
    who = doc.char_span(base + m.start("who"), base + m.end("who"), alignment_mode="expand")
    if who is None or any(t.pos_ in ("VERB", "AUX") for t in who):
        return None  # "a camp official who pleaded anonymity said that ...": the relative clause is the teller's own
    words = list(who)
    rel = doc[who[0].i - 1] if who[0].i > 0 else None
    if len(words) == 1 and words[0].lower_ in ("they", "it") and rel is not None and rel.i > 0:
        # "police detained a man who they say ...": "they" are whoever did the deed to the man
        noun = doc[rel.i - 1]
        subject = next((c for c in noun.head.children if c.dep_ in SUBJECTS), None) \
            if noun.dep_ in ("obj", "dobj") else None
        if subject is not None:
            words = [t for t in subject.subtree if t.i < noun.i]
    speaker = resolver.resolve(words)
    return speaker.ref if speaker is not None and speaker.is_speaker else None


SPOKE_AFTER_RE = re.compile(r"(?i)^(?:\s+[\w']+){0,3}?\s+(?:after|before|following|since|when|as)\s+[^,;:\"“”]*$")


def _said_after(doc: Doc, sent: Span, number: NumberSpan) -> bool:
    """The number is told in a clause that dates the speech ("the spokesman said after a bomb killed 12 that ..."),
    right after the speech verb and before any "that", not in what the verb reports."""
    verbs = [t for t in sent if t.idx + len(t.text) <= number.start and speech_verb(t)]
    if not verbs:
        return False
    between = doc_text(doc)[verbs[-1].idx + len(verbs[-1].text):number.start]
    return bool(SPOKE_AFTER_RE.match(between)) and not re.search(r"(?i)\bthat\b", between)


# "put the death toll at", "placed the number of injured at": the subject of the verb states the count
PUT_AT_RE = re.compile(r"(?i)^\s+the\s+(?:[\w'’-]+\s+){0,5}?(?:toll|number|figure|count)\b(?:\s+[\w'’-]+){0,4}?\s+at\s+$")


def _toll_putter(doc: Doc, sent: Span, number: NumberSpan, resolver: SpeakerResolver) -> ActorRef | None:
    """"The Red Crescent put the death toll at 41": whoever puts the toll at the number claims it."""
    at = number.approx_start if number.approx_start is not None else number.start
    verbs = [t for t in sent if t.idx + len(t.text) <= at and t.lower_ in ("put", "puts", "putting", "placed", "places",
                                                                           "placing")]
    if not verbs or not PUT_AT_RE.match(doc_text(doc)[verbs[-1].idx + len(verbs[-1].text):at]):
        return None
    speaker = resolver.resolve(subject_tokens(doc, sent, verbs[-1], (number.start, number.end)))
    return speaker.ref if speaker is not None and speaker.is_speaker else None


# "made this known", "disclosed this", "This was confirmed by": a sentence that attributes the one before
THIS_WORDS = {"this", "these", "that"}
TOLL_WORDS = {"toll", "figure", "figures", "tally", "deaths", "casualties", "number"}
DEFINITE_WORDS = {"the", "this", "that", "these", "those"}
TELLING_THIS = {"disclose", "confirm", "announce", "reveal", "say", "state", "report", "tell", "make", "give"}


def _teller_of_this(doc: Doc, sent: Span, resolver: SpeakerResolver) -> ActorRef | None:
    """"Four people died after drinking toxic alcohol. The district collector disclosed this on Monday": the next
    sentence's teller, when what it tells is "this" (its object, or the subject of its passive)."""
    if sent.end >= len(doc):
        return None
    nxt = doc[sent.end].sent
    for this in nxt:
        # "A government spokesman confirmed the toll": a definite toll tells the count before as "this" does
        toll = this.lower_ in TOLL_WORDS and any(c.lower_ in DEFINITE_WORDS for c in this.children)
        if not (this.lower_ in THIS_WORDS or toll) or this.i - nxt.start > 12 or this.head.i == this.i:
            continue
        verb = this.head
        if any(c.dep_ in ("advmod", "neg") and c.lower_ in ("not", "n't", "never") for c in verb.children):
            return None  # "The army has not confirmed the toll": nobody tells it
        if verb.lemma_.lower() not in TELLING_THIS or (verb.lemma_.lower() in ("make", "give") and not any(
                c.lower_ in ("known", "public") for c in verb.children)):
            continue
        if this.dep_ in ("obj", "dobj"):
            words = [t for t in subject_of(verb) if not t.is_punct]
        elif this.dep_ in ("nsubj:pass", "nsubjpass"):
            agent = next((c for c in verb.children if c.dep_ in ("obl:agent", "obl", "agent") and any(
                g.lower_ == "by" for g in c.children)), None)
            words = [t for t in agent.subtree if t.lower_ != "by"] if agent is not None else _by_phrase_after(nxt, verb)
        else:
            continue
        speaker = resolver.resolve(words) if words else None
        return speaker.ref if speaker is not None and speaker.is_speaker else None
    return None


def _teller_of_more(doc: Doc, sent: Span, resolver: SpeakerResolver) -> ActorRef | None:
    """"At least 258 people have been killed in a gas attack. The observatory also reported hundreds of injured": the
    teller of the next sentence of the paragraph, when it "also" tells another count of the harmed: its "also" says
    it told the count before as well. Not a teller of the incident alone ("Police said the blast rocked the
    village" leaves the count the writer's), nor of something else ("Police said they had arrested two suspects")."""
    if sent.end >= len(doc):
        return None
    nxt = doc[sent.end].sent
    if "\n" in doc_text(doc)[sent.end_char:nxt.start_char] or "\n" in nxt.text.strip():
        return None  # a new paragraph or a line of its own: another report
    if not any(t.lower_ == "also" for t in nxt) or not any(t.lower_ in HARMED_WORDS for t in nxt):
        return None
    for verb in (t for t in nxt if speech_verb(t) and not is_passive(doc, t) and t.lemma_.lower() not in DENYING):
        if any(c.dep_ in ("advmod", "neg") and c.lower_ in ("not", "n't", "never") for c in verb.children):
            continue
        words = [t for t in subject_of(verb) if not t.is_punct]
        speaker = resolver.resolve(words) if words else None
        if speaker is not None and speaker.is_speaker:
            return speaker.ref
    return None


HARMED_WORDS = {"injured", "wounded", "hurt", "dead", "killed", "casualties", "injuries", "deaths", "fatalities"}


# how a speaker's words hang on the head of the phrase that names it ("the Air Force rescue team", "Syrian
# state-run TV", "a spokesman for the governor, Azar Jawzjani")
PHRASE_DEPS = {"compound", "amod", "flat", "flat:name", "appos", "nmod", "nmod:poss", "npadvmod", "poss", "pobj",
               "prep", "obl:npmod", "nummod"}
CLAUSE_DEPS = {"acl", "acl:relcl", "relcl", "advcl", "ccomp", "parataxis", "cc:preconj"}


def _whole_phrase(doc: Doc, sent: Span, ref: ActorRef | None) -> ActorRef | None:
    """The claimant's words widened to the noun phrase they are part of: the head noun after them and its
    modifiers ("Syrian state" -> "Syrian state-run TV"), the office a name stands beside ("Azar Jawzjani" ->
    "A spokesman for the provincial governor, Azar Jawzjani") and the claimants joined to it ("according to
    residents, rebels and a monitoring group"); the name stays."""
    if ref is None or not ref.text:
        return ref
    at = doc_text(doc).find(ref.text, sent.start_char, sent.end_char)
    span = doc.char_span(at, at + len(ref.text), alignment_mode="expand") if at >= 0 else None
    if span is None or not len(span):
        return ref
    head = span[-1]
    for _ in range(6):
        if head.dep_ not in PHRASE_DEPS or head.head.i == head.i or head.head.pos_ not in ("NOUN", "PROPN", "ADP"):
            break
        head = head.head
    while head.pos_ == "ADP" and head.head.i != head.i:
        head = head.head
    if head.pos_ not in ("NOUN", "PROPN") or not (head.dep_.startswith("nsubj") or any(
            c.lower_ == "according" or speech_verb(c) for c in head.children) or head.head.lower_ in ("citing", "quoting")):
        return ref  # only the phrase that tells: a subject (or one the parse hangs its verb on), "according to ...",
        # "citing ..."
    cut = {t.i for c in head.children if c.dep_ in CLAUSE_DEPS or c.pos_ in ("VERB", "AUX") for t in c.subtree}
    words = [t for t in head.subtree if t.i not in cut]
    if any(t.i not in {w.i for w in words} for t in span):
        return ref
    while words and (words[0].pos_ in ("DET", "ADP") or words[0].is_punct):
        words = words[1:]
    while words and (words[-1].is_punct or words[-1].pos_ in ("CCONJ", "ADP")):
        words = words[:-1]
    if not words or len(words) > 15 or any(b.i - a.i != 1 for a, b in zip(words, words[1:])) or any(
            t.pos_ in ("VERB", "AUX") and not (t.i > 0 and doc[t.i - 1].text == "-") for t in words):
        return ref  # not a noun phrase ("state-run" is)
    text = doc_text(doc)[words[0].idx:words[-1].idx + len(words[-1].text)]
    if len(text) <= len(ref.text) or ref.text not in text:
        return ref
    return ActorRef(name=ref.name, code=ref.code, text=text, kb_id=ref.kb_id)


def _issuer(doc: Doc, sent: Span, toks: list) -> list:
    """Who issued "a statement from the army", "a report issued by the UN" (the words after the document
    noun and "from"/"by", to the next punctuation), else the words as they are."""
    if not toks or toks[-1].lower_ not in ISSUED_NOUNS:
        return toks
    after = list(doc[toks[-1].i + 1:sent.end])
    after = after[:next((i for i, t in enumerate(after) if t.is_punct), len(after))]
    while after and after[0].lower_ in ("issued", "released", "published"):
        after = after[1:]
    if len(after) > 1 and after[0].lower_ in ("from", "by", "of"):
        return after[1:]
    return toks


def _in_press_words(doc: Doc, sent: Span, ref: ActorRef | None) -> ActorRef | None:
    """The claimant as the press words that name it: "the private Dogan news agency said" (an outlet
    the list does not know, resolved to its bare "news agency"), "according to Lebanese media reports"
    (resolved to the country's name alone)."""
    if ref is None or not ref.text:
        return ref
    named = NAMED_OUTLET_SAYS_RE.search(sent.text)
    if named and ref.text in named.group("outlet") and ref.text != named.group("outlet"):
        return ActorRef(name=named.group("outlet"), code=None, text=named.group("outlet"))
    for src in according_to_all(doc, sent):
        if ref.text in src.text and ref.text != src.text and PRESS_WORDS_RE.search(src.text) and not src.via:
            return ActorRef(name=ref.name, code=ref.code, text=src.text, kb_id=ref.kb_id)
    return ref


def _speech_subject(doc: Doc, sent: Span, number: NumberSpan, resolver: SpeakerResolver) -> ActorRef | None:
    """"The ministry reported 25 new attacks": the subject of a speech verb before the number."""
    verbs = [t for t in sent if t.idx < number.start and speech_verb(t) and not is_passive(doc, t)
             and not any(c.dep_ in ("aux:pass", "auxpass") for c in t.children)  # "bodies have been found"
             and t.lemma_.lower() not in DENYING  # "the spokesman denied ... the attack, killing 17": not his count
             and not (t.dep_ in ("acl", "amod", "advcl", "acl:relcl")  # "ruling party", "a video showing the
                      and not any(c.dep_ in ("ccomp", "parataxis") for c in t.children))  # killings": says nothing
             and not _frames_quotes_only(t)]
    if not verbs:
        return None
    verb = verbs[-1]
    speaker = resolver.resolve(subject_tokens(doc, sent, verb, (number.start, number.end)))
    return speaker.ref if speaker is not None and speaker.is_speaker else None


def _frames_quotes_only(verb: Token) -> bool:
    """A verb that tells speech only around a quote or before a clause it reports ("continued", "asked"):
    "Insurgents continued to strike ..., resulting in the deaths of one US soldier" tells no count."""
    lemma = speech_verb(verb)
    return lemma in QUOTE_ONLY and lemma not in REPORTING_VERBS and not any(c.dep_ == "ccomp" for c in verb.children)


def _trailing_teller(doc: Doc, sent: Span, number: NumberSpan, resolver: SpeakerResolver) -> ActorRef | None:
    """"... was found dead on Wednesday, a witness who saw the body told Reuters": the speaker of a speech verb
    that closes the sentence after a comma, when nothing before the number says who tells it."""
    text = doc_text(doc)
    verbs = [t for t in sent if t.idx > number.end and speech_verb(t) and not is_passive(doc, t)
             and t.lemma_.lower() not in DENYING and t.dep_ in ("ROOT", "parataxis", "ccomp", "conj")
             and "," in text[number.end:t.idx]
             and not any(c.dep_ in ("ccomp", "xcomp", "obj", "dobj") and c.i > t.i for c in t.children)]
    if not verbs:  # "..., and the military said it had captured ...": a verb that says something else
        return None
    verb = verbs[-1]
    subject = [t for t in subject_tokens(doc, sent, verb, (number.start, number.end)) if not t.is_punct]
    if not subject or subject[0].idx < number.end or "," not in text[number.end:subject[0].idx]:
        return None  # the subject stands after the count and a comma: the attribution closes the sentence
    speaker = resolver.resolve(subject)
    return speaker.ref if speaker is not None and speaker.is_speaker else None


def _cut_off_teller(doc: Doc, sent: Span, number: NumberSpan, resolver: SpeakerResolver) -> ActorRef | None:
    """A text cut off before its speech verb ("Twelve people were killed ..., rescue workers"): the speaker noun
    phrase after the last comma that ends the text, with no verb and no closing stop."""
    words = [t for t in sent if not t.is_space]
    if not words or sent.end < len(doc) and any(not t.is_space for t in doc[sent.end:]) or words[-1].is_punct:
        return None
    comma = max((k for k, t in enumerate(words) if t.text == ","), default=None)
    tail = words[comma + 1:] if comma is not None else []
    if not tail or tail[0].idx < number.end or len(tail) > 6 or any(
            t.pos_ not in ("DET", "ADJ", "NOUN", "PROPN") for t in tail) or tail[-1].pos_ != "NOUN":
        return None  # "..., local police", not "..., Bujumbura, Burundi"
    speaker = resolver.resolve(tail)
    return speaker.ref if speaker is not None and speaker.is_speaker else None


CLAIMED_DEED_RE = re.compile(r"(?i)\s*(?:the\s+)?(?:responsibility|credit)\b")
CLAIMS_DEED_RE = re.compile(r"(?i)\bclaim\w*\s+(?:full\s+|the\s+)?(?:responsibility|credit)\b")
CITED_AS_SAYING_RE = re.compile(r"\b(?:cited|quoted|citing|quoting)\s+(?:the\s+|an?\s+)?(?P<who>[\w'’\-]+(?:\s+[\w'’\-]+){0,4}?)"
                                r"\s+as\s+say(?:ing|s)\b")
# a report that closes on its source: "..., the Associated Press reported, citing the county sheriff."
CITING_RE = re.compile(r",\s+(?:citing|quoting)\s+(?P<who>[\w'’\-]+(?:\s+[\w'’\-]+){0,6}?)\s*(?:[.;]|,|$)")
NAMED_OUTLET_SAYS_RE = re.compile(r"(?P<outlet>(?:[A-Z][\w'’\-]*\s+){1,3}(?:news\s+agency|newspaper|broadcaster|daily|"
                                  r"news\s+portal|TV|television|radio))\s+(?:said|says|reported|reports|quoted|cited)\b")
PRESS_WORDS_RE = re.compile(r"(?i)\b(?:media|press|reports?|newspapers?|agency|television|radio|broadcaster)\b")
ACCUSING = {"accuse", "blame", "charge"}
DENYING = {"deny", "reject", "dismiss", "refute", "dispute"}
DENIAL_STEMS = {"deny", "denie", "denia", "rejec", "dismi", "refut", "dispu"}


def _accuser(doc: Doc, sent: Span, number: NumberSpan, resolver: SpeakerResolver) -> ActorRef | None:
    """"rebels who accused Khartoum of killing 75 civilians": who accuses claims the count."""
    at = doc.char_span(number.start, number.end, alignment_mode="expand")
    if at is None or not len(at):
        return None
    for verb in sent:
        if verb.i >= at[0].i or verb.lemma_.lower() not in ACCUSING or at[0] not in list(verb.subtree):
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ in ("who", "that", "which") and verb.dep_ == "acl:relcl":
            subj = verb.head
        if subj is not None:
            speaker = resolver.resolve([t for t in subj.subtree if t.i <= subj.i])
            if speaker is not None and speaker.is_speaker:
                return speaker.ref
    return None


def _passive_agent(doc: Doc, sent: Span, resolver: SpeakerResolver) -> ActorRef | None:
    """"Six deaths were confirmed by the hospital director": the agent of a passive speech verb."""
    for verb in sent:
        if not (speech_verb(verb) and is_passive(doc, verb)):
            continue
        agent = next((c for c in verb.children if c.dep_ in ("obl:agent", "obl") and any(
            g.lower_ == "by" and g.dep_ == "case" for g in c.children)), None)
        words = [t for t in agent.subtree if not (t.dep_ == "case" and t.head.i == agent.i)] if agent is not None \
            else _by_phrase_after(sent, verb)
        if words:
            speaker = resolver.resolve(words)
            if speaker is not None and speaker.is_speaker:
                return speaker.ref
    return None


def _by_phrase_after(sent: Span, verb: Token) -> list[Token]:
    """"Nine persons have been confirmed dead by the police after gunmen attacked": the noun phrase after
    the "by" that follows the verb (and its "dead"), read left to right where the parse hangs it elsewhere."""
    k = verb.i + 1
    while k < sent.end and sent.doc[k].pos_ in ("ADJ", "ADV") and sent.doc[k].head.i == verb.i:
        k += 1
    if k >= sent.end or sent.doc[k].lower_ != "by":
        return []
    words = []
    for t in sent.doc[k + 1:sent.end]:
        if t.pos_ not in ("DET", "ADJ", "NOUN", "PROPN") and t.tag_ != "HYPH":
            break
        words.append(t)
    return words


def scope_for(doc: Doc, sent: Span, parts: FigureParts) -> Scope | None:
    """The time the figure covers: a span in its sentence first ("since 2014", "in the past week"),
    else the nearest other time expression that is not the date of a statement ("said on Friday")."""
    dates: list[DateMention] = [d for d in doc._.fp_dates or [] if sent.start_char <= d.start_char
                                and d.end_char <= sent.end_char and d.date is not None]
    usable = [d for d in dates if not _statement_date(doc, d) and not _of_another_clause(doc, d, parts.number.start)]
    if not usable:
        return None
    spans = [d for d in usable if d.granularity == "span"]
    pick = min(spans or usable, key=lambda d: abs(d.start_char - parts.number.start))
    return Scope(text=pick.text, start=pick.date, end=pick.end_date or pick.date)


def _of_another_clause(doc: Doc, d: DateMention, at: int) -> bool:
    """A date in a relative clause that does not hold the figure dates that clause, not the count: "Bertha Caceres,
    who won the 2015 Goldman Prize, was murdered Thursday" (the murder is of Thursday), unlike "the attack, which
    killed five in 2015"."""
    span = doc.char_span(d.start_char, d.end_char, alignment_mode="expand")
    if span is None or not len(span):
        return False
    for tok in (span.root, *span.root.ancestors):
        if tok.dep_ in ("acl:relcl", "relcl"):
            first, last = tok.left_edge, tok.right_edge
            return not first.idx <= at < last.idx + len(last.text)
    return False


def _statement_date(doc: Doc, d: DateMention) -> bool:
    before = doc_text(doc)[max(0, d.start_char - 30):d.start_char].lower().split()
    return bool(before) and (before[-1] in SAYING_FORMS or (len(before) > 1 and before[-2] in SAYING_FORMS and
                                                           before[-1] not in ("that",)))
