"""fp_casualties: how many people an incident killed, injured, left missing, abducted or got
arrested, each count with the figure records behind it and who claims them.

Two steps:
  victims    people the figures component cannot see because no number names them: the object
             of kill/shoot/wound ("Gunmen shot dead a man"), the subject of a passive ("a
             civilian was killed") or of "die", the "of" of "the killing/death/fatal shooting of a
             teenager"; coordinated victims add up ("a man and two women" = 3). Only persons count:
             a person noun, a recognised actor or a named person, never "two AK rifles". "Shot"
             without "dead" or "to death" is injured; plural victims without a number ("a number
             of militants", "several Marines", "some injured", "many fatalities") are an unknown
             count; "to death" and "fatally" kill whatever the verb ("stoned a woman to death",
             "was fatally assaulted"); threats, plots and infinitives ("threatened to kill") are no
             casualties.
  reconcile  the article's casualty figures become one count per category: a figure restating an
             earlier count (a headline, a summary sentence) is linked, not added; a running toll
             ("bringing the death toll to 22") or a fuller later count replaces; a smaller later
             count is a part of the earlier one; coordinated figures of one sentence and "another
             47" add; different claimants of one incident give low and high; figures for another
             period ("since January", a year long past, "during World War Two", "months of fighting have
             cost thousands of lives") or projections ("will die") are kept apart with their scope (link
             "apart").

The events component attaches to each violent event the figures of its sentence nearest its verb
(``casualties_for_events``); the article record carries the reconciled summary.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from flashpoint.extract.base import (PLACE_LABELS, actor_mentions, article_of, doc_text, evidence, framed_by, record_id, sentence_index,
                                     words_used)
from flashpoint.extract.claims.figures import agent_before_object, claimant_for, fatal_manner, scope_for
from flashpoint.extract.claims.numbers import TENS, UNITS, numbers_in, why_not_a_count
from flashpoint.extract.claims.quotes import speech_verb
from flashpoint.extract.claims.sentences import sentence_of_token
from flashpoint.extract.claims.speakers import SpeakerResolver
from flashpoint.extract.words import BODY_HARM_STEMS, BODY_PARTS, CASUALTY_PERSON_NOUNS, CLASH_NOUNS, \
    COMMEMORATION_FRAMES, CONDITION_GRADES, FEMALE_PERSON_NOUNS, FICTION_NOUNS, HAZARD_WORDS, HEART_TROUBLES, \
    HOSPITAL_NOUNS, HOSPITAL_VERBS, ILLNESS_WORDS, LONG_CONFLICT_NOUNS, MALE_PERSON_NOUNS, PAIR_NOUNS, PERSON_PRONOUNS, \
    PHYSICAL_HARM_WORDS, RECALL_FRAMES, RECALLED_INCIDENT_NOUNS, SCENE_NOUNS, SCENE_OF_INCIDENT, SHOT_RESULTS, \
    SINGLE_POSSESSORS, SPORT_WORDS, VOICE_LEMMAS
from flashpoint.nlp.calendar import ORDINAL_DAY_WORDS, WEEKDAY_NAMES
from flashpoint.nlp.datelines import dateline_of
from flashpoint.nlp.deps import SUBJECTS
from flashpoint.records import CASUALTY_CATEGORIES, ActorRef, Casualties, CasualtyClaim, CasualtyCount, Event, Figure

# figure categories -> casualty categories
CATEGORY_OF = {"killed": "killed", "injured": "injured", "missing": "missing", "hostages": "abducted",
               "arrested": "arrested"}
# Verbs whose object (or passive subject) is killed or injured; "shoot" and "stab" kill only with
# "dead" / "to death" (or a conjoined "killed"), otherwise they injure.
KILL_VERBS = {"kill", "murder", "slay", "assassinate", "behead", "massacre", "slaughter", "lynch", "execute",
              "decapitate", "gun"}
INJURE_VERBS = {"wound", "injure", "hurt", "maim", "hospitalise", "hospitalize"}
SHOOT_VERBS = {"shoot", "stab", "gore", "hack", "beat", "bludgeon", "strangle", "club", "burn"}
SHOT_THINGS = {"missile", "missiles", "rocket", "rockets", "down", "plane", "drone"}  # "shot down a drone"
INJURE_UNLESS_DEAD = {"shoot", "stab"}  # the others harm people only "to death" ("bludgeoned the Kiwis")
DIE_VERBS = {"die", "perish", "bleed"}
# Verbs of killing that carry out things as often: they kill only the people they count ("executed 12 prisoners", not
# "executed 12 search warrants", "3,000 trades were executed")
CARRY_OUT_VERBS = {"execute"}
# Verbs whose "to death" is no killing: a sentence passed, a figure of speech ("bored to death", "scared to death")
NOT_FATAL_TO_DEATH = {"sentence", "condemn", "doom", "scare", "frighten", "bore", "worry", "tickle", "love", "please",
                      "work"}
HARM = KILL_VERBS | INJURE_VERBS | SHOOT_VERBS
HARM_OR_DIE = HARM | DIE_VERBS
# Verbs that tell someone is dead without killing them: "was found dead", "are feared dead", "Dozens reported dead"
DEAD_VERBS = {"find", "report", "fear", "presume", "confirm", "believe", "declare", "pronounce"}
# Verbs whose infinitive happened: "continued to shell", "managed to kill a guard" (not "tried to kill")
DONE_TO = {"continue", "begin", "start", "manage", "proceed"}
# Nouns of killing whose "of" names the victim: "the killing of a teenager", "the death of two soldiers"
KILL_NOUNS = {"killing", "killings", "death", "deaths", "murder", "murders", "assassination", "beheading",
              "execution", "slaying"}
FATAL = {"fatal", "deadly", "fatally"}
# What makes "X died" a casualty and not an obituary: the death comes from an incident.
INCIDENT_NOUNS = {"attack", "attacks", "blast", "blasts", "bomb", "bombs", "bombing", "bombings", "explosion",
                  "explosions", "clash", "clashes", "fighting", "violence", "shooting", "shootings", "crash",
                  "accident",
                  "fire", "raid", "raids", "strike", "strikes", "airstrike", "airstrikes", "wounds", "injuries",
                  "ambush", "shelling", "gunfire", "assault", "custody", "flooding", "floods", "storm", "riot",
                  "riots", "stampede", "collapse", "landslide", "earthquake", "battle", "battles", "offensive",
                  "rampage", "siege", "mine", "landmine", "rocket", "rockets", "mortar", "missile", "gunbattle",
                  "derailment", "collision", "sinking", "capsizing", "pile-up"}  # accidents of transport as crashes
# What "deadly" can say killed (lemmas, beside the incident nouns): fighting between two sides ("its deadly
# confrontation with France") and a hazard that strikes ("last week's deadly tsunami"), not an illness or a
# hazard that kills slowly or never by itself ("a deadly virus", "a deadly outbreak", "deadly rain")
DEADLY_INCIDENT_LEMMAS = (CLASH_NOUNS | HAZARD_WORDS) - ILLNESS_WORDS - {
    "outbreak", "virus", "famine", "drought", "heatwave", "rain", "rainfall", "snowfall", "downpour", "monsoon", "lava",
    "volcano", "tidal", "exchange"}
# What a person "died after being hit by" (a car, a bullet, falling masonry): a death dealt, not a natural one
STRUCK_VERBS = {"hit", "strike", "struck", "run", "ram", "crush", "trample", "knock", "mow", "pin"}
# Verbs of an assault whose victim a coordinated "died" tells dead ("was attacked by gunmen and died of his wounds");
# not words.ASSAULT_VERBS, the sense veto's literal assaults
ASSAULTS_BEFORE_DYING = {"attack", "assault", "torture", "ambush", "lynch", "abuse"}
# A fall from a height is an accident of its own ("fell to his death from scaffolding", "died after falling from
# the stands"); "fall ill", "fall asleep" are no fall
FALL_VERBS = {"fall", "plunge", "tumble", "topple"}
FALL_FROM = {"from", "off", "into", "down", "onto", "through", "over"}
REFLEXIVES = {"himself": 1, "herself": 1, "him": 1, "her": 1, "he": 1, "she": 1, "self": 1}  # one person each
# Quantities that stand for people when something kills or wounds them: "wounds several", "killed hundreds"
QUANTITY_WORDS = {"several", "many", "others", "dozens", "scores", "hundreds", "thousands", "tens", "few", "number",
                  "handful", "lot"}
VAGUE_AT_LEAST = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000}
# "dozens" is at least 24 and, in conflict reporting, rarely above 60: the range UCDP-style low/high give
VAGUE_RANGE = {"dozens": (24, 60), "scores": (40, 100), "hundreds": (200, 900), "thousands": (2000, 9000)}
VAGUE_WORD_RE = re.compile(r"(?i)\b(dozens|scores|hundreds|thousands)\b")
VAGUE_PLURAL = {"several", "many", "some", "number", "scores", "dozens", "hundreds", "numerous", "few", "unknown",
                "countless", "other"}
MODAL_AUX = {"will", "would", "could", "might", "may", "can", "should", "shall", "must", "'ll"}
# Heads that make what hangs below them a threat, plan or failure, not a casualty.
IRREALIS = {"threaten", "threat", "plan", "plot", "vow", "try", "attempt", "bid", "effort", "want", "seek", "aim",
            "intend", "order", "urge", "call", "fail", "conspire", "sentence", "face", "risk", "fear", "warn", "would"}
# Cues that a later count adds a new incident rather than restating or updating the earlier one.
ADD_RE = re.compile(r"(?i)\b(?:another|also|more|others?|separate(?:ly)?|elsewhere|in\s+addition|additional|further|"
                    r"second|meanwhile)\b")
# The figure's own words say its victims are more than those counted ("another civilian", "two other people");
# not "four others" or "five more", which a second claimant's breakdown of the same victims also says
OTHERS_RE = re.compile(r"(?i)(?:another|(?:[\w-]+\s+){1,2}other)\b")
TOLL_RE = re.compile(r"(?i)\b(?:toll|bringing|raising|brings|raises|total(?:\s+of)?|rose\s+to|risen\s+to|climbed|"
                     r"altogether|in\s+all|overall)\b")
PART_RE = re.compile(r"(?i)\b(?:including|among\s+(?:them|whom|the\s+dead|those)|of\s+whom|of\s+them)\s*$")
# "since" a day of this week or some days ago dates the start of the incident the article reports ("an offensive that has
# killed 100 since tanks rolled in 16 days ago", "killed in the clashes since Saturday"), not another period
RECENT_SINCE = (r"since(?!\s+(?:(?:last\s+)?(?:" + "|".join(WEEKDAY_NAMES) + r"|weekend|yesterday|dawn|"
                r"(?:this|last)\s+(?:morning|night))\b|[^.;]{0,60}?\b(?:days?|hours?)\s+ago\b))")
# Another period than the incident's ("in the past two days", "over the last 48 hours" is the toll of the incidents the
# article reports)
PERIOD_RE = re.compile(r"(?i)\b(?:" + RECENT_SINCE + r"|so\s+far\s+this|this\s+year|this\s+month|"
                       r"(?:in|over)\s+the\s+(?:past|last)(?!\s+(?:\w+\s+)?(?:days|hours|day|night))|"
                       r"last\s+year|years?\s+of|months\s+of|a\s+year|"
                       r"(?:first|past)\s+(?:\w+\s+)?(?:months|years|weeks)|"
                       r"(?:over|during|within)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|\w+ty)\s+"
                       r"(?:years|decades|months)|"
                       r"(?:in|during)\s+the\s+(?:\w+\s+)?(?:" + "|".join(sorted(LONG_CONFLICT_NOUNS)) + r")|"
                       r"(?:every|each|per)\s+(?:year|month|week|day)|annually)\b")
RATE_RE = re.compile(r"(?i)\b(?:(?:every|each|per)\s+(?:year|month|week|day)|annually)\b")  # not "in a week"
PROJECTION_RE = re.compile(r"(?i)\b(?:will|would|could|might|may|can|set\s+to|likely\s+to|expected\s+to|risk|"
                           r"projected|forecast|threat(?:en(?:s|ed)?)?\s+to)\b(?:\s+\w+){0,3}\s*$")
IRREALIS_TO_RE = re.compile(r"(?i)\b(?:threat\w*|vow\w*|plann?\w*|plot\w*|tr(?:y|ies|ied|ying)|attempt\w*|"
                            r"intend\w*|promis\w*|want\w*|seek\w*|sought|aim\w*|order\w*|fail\w*|conspir\w*|"
                            r"refus\w*|bid|effort)\s+to\s+$")
ELAPSED_RE = re.compile(r"(?i)\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|many)\s+"
                        r"(?:years?|decades?|months)\s+(?:after|since)\b")
YEAR_RE = re.compile(r"\b((?:19|20)\d\d)\b")
SENTENCE_YEAR_RE = re.compile(r"(?i)\s*(?:in|during|since|by|throughout)\s+(?:\w+\s+){0,3}?((?:19|20)\d\d)\b")
# a year long past in the figure's own clause after it: "... died in one morning on September 11th 2001"
AFTER_YEAR_RE = re.compile(r"(?i)(?:[^.;,]|(?<=\d)[.,](?=\d)){0,60}?\b(?:in|on|during)\s+(?:\w+\s+){0,3}?"
                           r"((?:19|20)\d\d)\b")
# a comma or semicolon that ends a clause, not the comma of "7,450"
CLAUSE_BREAK_RE = re.compile(r";|,(?!\d)|(?<!\d),")
# "demonstrators killed last month": the deaths themselves dated last month (not "quakes that began last month
# have killed 30", where the period is the quakes')
LAST_MONTH_RE = re.compile(r"(?i)\s*(?:\w+\s+)?last\s+month\b")
# the incident that deals the count is dated to another month or year by its own words
LAST_PERIODS_RE = re.compile(r"(?i)\b(?:last|previous)\s+(?:month|year)['’]s\b")
OLD = timedelta(days=60)
# A world war named as the time of the deaths, in the figure's own clause: long past whatever the article's date ("NKVD
# forces murdered more than 15,000 Polish officers during World War Two", "300 villagers killed in the Second World War")
WORLD_WAR = r"(?:the\s+)?(?:(?:first|second)\s+world\s+war|world\s+war\s+(?:one|two|i{1,2}|[12])|ww\s*(?:i{1,2}|[12]))\b"
WORLD_WAR_AFTER_RE = re.compile(r"(?i)[^.;]{0,60}?\b(?:in|during|throughout|before|after)\s+" + WORLD_WAR)
WORLD_WAR_BEFORE_RE = re.compile(r"(?i)\b(?:in|during|throughout)\s+" + WORLD_WAR)
# Spans of time whose "of" names a long struggle: as the subject of what took the lives, they make a tally over the
# span, not an incident ("months of fighting have cost thousands of lives", "a decade of conflict has claimed 50,000")
LONG_SPANS = {"year", "month", "decade"}
# A cheap first look: texts without these stems have no victims for the parse to find
HARM_WORDS_RE = re.compile(r"(?i)\b(?:kill|murder|slay|slain|assassinat|behead|massacr|slaughter|lynch|execut|"
                           r"decapitat|"
                           r"gun|wound|injur|hurt|maim|shot|shoot|stab|gore|hack|beat|bludgeon|strangl|club|burn|die|"
                           r"dead|death|fatalit|fatally|perish|bled|bleed|hospital|condition|lost|los[ei]|fell|fall|plung|tumbl|toppl|inhalation|"
                           r"mangl|sever|amputat|blown|blew|fractur|shatter|crush|broke|smash|gouge|ripped|torn)")
NUMBER_WORDS = set(UNITS) | set(TENS) | {"dozens", "scores", "hundreds", "thousands", "a", "an", "one"}


@dataclass
class CasualtyReading:
    """What fp_casualties leaves on the Doc: the victim figures it found (besides fp_figures'), the
    article summary, and each casualty figure's count category and link."""

    figures: list[Figure] = field(default_factory=list)
    summary: Casualties | None = None
    links: dict[str, str] = field(default_factory=dict)   # figure id -> counted | restates | ... | apart
    scores: dict[str, float] = field(default_factory=dict)  # figure id -> the mention model's probability
    model: str | None = None                               # the model's rule suffix maker, by name
    bar: float = 0.0                                       # figures scoring below it are not counted

    def __iter__(self):
        """The reading's parts in a fixed order (victim figures, summary, links, scores), as a
        component's list of findings iterates."""
        return iter([*self.figures, *([self.summary] if self.summary is not None else []),
                     *sorted(self.links.items()), *sorted(self.scores.items())])

    def rejected(self, figure_id: str) -> bool:
        """The mention model judged this figure no casualty of the article's incidents."""
        return self.scores.get(figure_id, 1.0) < self.bar

    def with_provenance(self, f: Figure) -> Figure:
        """The figure with the model's name and probability appended to its rule, when it was judged."""
        p = self.scores.get(f.id)
        if p is None or self.model is None:
            return f
        return dataclasses.replace(f, rule=f"{f.rule}+model:{self.model}={p:.2f}")


# What fp_casualties reads: figures (the counts), dates (their scope), quotes and actors (claimants, and
# which victims are people), and the model's parse, lemmas, tags and entities
CASUALTIES_REQUIRE = ["doc._.fp_figures", "doc._.fp_dates", "doc._.fp_quotes", "doc._.fp_actor_mentions",
                      "token.dep", "token.lemma", "token.pos", "token.tag", "token.ent_type", "token.is_sent_start"]


def casualty_candidates(doc: Doc) -> tuple[list[Figure], list[Figure], set[str]]:
    """The figures the reconciliation may count (numbered figures the victims do not take in, less
    things, negations and fiction, plus the victims), the victim figures, and the numbered figures'
    ids the victims take in."""
    numbered = list(doc._.fp_figures or [])
    victims, covered = victim_figures(doc, numbered)
    figures = [f for f in numbered if f.id not in covered and not _missing_a_thing(f) and not _dead_in_custody(doc, f)
               and not _negated(doc_text(doc), f) and not _counts_claimants(f)
               and not _counts_things(doc, f) and not _in_fiction_at(doc, f)] + victims
    figures = [f for f in figures if not _killed_by_illness(doc, f) and not _judicial_execution(doc, f)]
    combined, twins = [], []
    for f in figures:
        g = _combined(doc_text(doc), f)
        combined.append(g)
        if g is not f and not g.rule.endswith(":missing:unknown"):
            twins += _combined_twin(doc, g, figures)
    return _teller_carried_on(doc, _headline_claimants(doc, combined + twins)), victims + twins, covered


COMBINED_RE = re.compile(r"(?i)\b(kill|wound|injur)\w*\s+(?:and|or)\s+(kill|wound|injur)\w*\s+(?:(?:at\s+least|more\s+than|"
                         r"over|nearly|about|some|up\s+to)\s+)?[\w,]+")


COMBINED_TAIL_RE = re.compile(r"(?i)\s+(?:and|or)\s+(dead|killed|wounded|injured)\b")
MISSING_TAIL_RE = re.compile(r"(?i)\s+(?:and|or)\s+(?:missing|unaccounted\s+for)\b")


def _combined(text: str, f: Figure) -> Figure:
    """"killing and wounding dozens", "killed or wounded at least 26 civilians": one number for the dead and
    the hurt together says there were some of each, not how many of either."""
    if CATEGORY_OF.get(f.category) not in ("killed", "injured") or f.rule.endswith(":unknown"):
        return f
    if MISSING_TAIL_RE.match(text, f.evidence.end):  # "440 Britons were either dead or missing": some dead, not 440
        return dataclasses.replace(f, value=0, approx=None, rule=f"{f.rule}:missing:unknown")
    m = COMBINED_RE.search(text, max(0, f.evidence.start - 30), f.evidence.end)
    tail = COMBINED_TAIL_RE.match(text, f.evidence.end)  # "left scores of the terrorists dead and wounded"
    if (m is None or m.end() < f.evidence.start or (m.group(1).lower() == "kill") == (m.group(2).lower() == "kill")) \
            and not (tail and (f.evidence.text.lower().endswith(("dead", "killed")) != (tail.group(1).lower() in (
                "dead", "killed")))):
        return f
    return dataclasses.replace(f, value=0, approx=None, rule=f"{f.rule}:unknown")


def _combined_twin(doc: Doc, f: Figure, figures: list[Figure]) -> list[Figure]:
    """"killed and wounded scores of terrorists": the one figure the numbers give (injured, its nearer
    verb) says some were killed too; an unknown figure of the other category stands beside it, unless
    the sentence has a figure of that category already."""
    other = "injured" if CATEGORY_OF[f.category] == "killed" else "killed"
    if any(CATEGORY_OF.get(g.category) == other and g.sentence == f.sentence for g in figures):
        return []
    return [dataclasses.replace(f, category=other, id=record_id(doc, "figure", f.id, other),
                                rule=f.rule.replace(":unknown", ":combined:unknown"))]


def _counts_claimants(f: Figure) -> bool:
    """"injuring six soldiers, two military sources told AFP": the number counts who told it."""
    return f.claimant is not None and bool(f.claimant.text) and f.evidence.text.strip() in f.claimant.text


HEADLINE_CHARS = 300    # a first line no longer than this, then a blank line: a headline


def headline_cut(text: str) -> int | None:
    """Where a one-line headline ends (its blank line), or None when the text opens with none."""
    cut = text.find("\n\n")
    return None if cut < 0 or cut > HEADLINE_CHARS or "\n" in text[:cut] else cut


def _headline_claimants(doc: Doc, figures: list[Figure]) -> list[Figure]:
    """A headline drops the attribution its lede gives: "Suicide bomber kills girl, wounds 6 others" /
    "... killed himself and a 12-year-old girl ..., police said". Headline figures with no claimant
    take the claimant of the first attributed casualty figure of the lede (the body's first sentence)."""
    text = doc_text(doc)
    cut = headline_cut(text)
    if cut is None or not any(f.evidence.end <= cut for f in figures):
        return figures
    body = doc.char_span(cut + 2, len(text), alignment_mode="expand")
    first = next((t for t in body if not t.is_space), None) if body is not None else None
    lede = sentence_index(doc, first.i) if first is not None else -1
    said = next((f.claimant for f in sorted(figures, key=lambda f: f.evidence.start) if f.sentence == lede
                 and f.claimant is not None and CATEGORY_OF.get(f.category)), None)
    if said is None:
        return figures
    return [dataclasses.replace(f, claimant=said) if f.evidence.end <= cut and f.claimant is None
            and CATEGORY_OF.get(f.category) else f for f in figures]


def _teller_carried_on(doc: Doc, figures: list[Figure]) -> list[Figure]:
    """A report goes on in the teller's words when its next sentence tells of the victims as more of those or
    as theirs: "A US military official said seven marines have been killed. Several other Marines have been
    wounded in the attack", "The mayor was shot and wounded, the army said. His bodyguard was killed", "two hikers
    were killed ..., rescue officials said. A third member of the group was flown to hospital." A casualty figure
    nobody claims, in a sentence with no verb of saying, whose victims are told by a word that points back ("other",
    "another", a possessive pronoun, an ordinal, "of them") takes the claimant of the casualty figures of the
    sentence right before it in the same paragraph. Victims told afresh ("Seven passers-by were taken to
    hospital") stay the writer's, as does what follows a teller who tells no count ("Police said a bomb went
    off. Five people died."), a headline, or a sentence across a paragraph break."""
    text = doc_text(doc)
    cut = headline_cut(text) or -1
    tellers: dict[int, ActorRef] = {}  # a sentence's first token -> the claimant of its casualty figures
    carried: dict[int, ActorRef] = {}
    for f in sorted(figures, key=lambda f: f.evidence.start):
        at = doc.char_span(f.evidence.start, f.evidence.end, alignment_mode="expand")
        if not CATEGORY_OF.get(f.category) or at is None or not len(at) or f.evidence.start <= cut:
            continue
        sent, claimant = at[0].sent, f.claimant
        before = doc[sent.start - 1].sent if sent.start > 0 else None
        if claimant is None and before is not None and before.start in tellers and \
                "\n" not in text[before.end_char:sent.start_char] and not any(speech_verb(t) for t in sent) \
                and _points_back(at):
            claimant = carried[id(f)] = tellers[before.start]
        if claimant is not None:
            tellers.setdefault(sent.start, claimant)
    return [dataclasses.replace(f, claimant=carried[id(f)]) if id(f) in carried else f for f in figures]


POINTING_BACK = {"other", "another", "them", "whom"} | set(ORDINAL_DAY_WORDS) - {"first"}


def _points_back(span: Span) -> bool:
    """Whether a figure's words tell its victims by the ones told before: "other", "another", "his bodyguard",
    "a third member", "one of them"."""
    return any(t.lower_ in POINTING_BACK or t.tag_ == "PRP$" for t in span)


class CasualtyCounter:
    def __init__(self, model=None):
        self.model = model  # casualty_model.CasualtyModel, or None: every candidate counts

    def __call__(self, doc: Doc) -> Doc:
        doc._.fp_casualties = self.read(doc)
        return doc

    def read(self, doc: Doc) -> CasualtyReading:
        figures, victims, covered = casualty_candidates(doc)
        scores, bar = {}, 0.0
        if self.model is not None and figures:
            scores, bar = self.model.judge(doc, figures)
        vetoed = {fid for fid, p in scores.items() if p < bar}
        summary, links = reconcile(doc, figures, vetoed)
        for fid in covered:
            links[fid] = "part"
        return CasualtyReading(figures=victims, summary=summary, links=links, scores=scores,
                               model=self.model.name if self.model is not None else None, bar=bar)


HEDGE_WORDS = {"more", "than", "at", "least", "about", "around", "nearly", "almost", "some", "over", "up", "to",
               "roughly", "approximately", "an", "estimated", "fewer", "less"}
# Counted nouns that stand for people though no person noun: the dead, their bodies and lives
COUNT_NOUNS = {"deaths", "fatalities", "dead", "bodies", "corpses", "victims", "lives", "injuries", "casualties", "people",
               "persons", "others", "more", "members", "troops", "forces", "personnel", "crew", "staff", "police"}


def _counts_things(doc: Doc, f: Figure) -> bool:
    """"Two Buenos Aires banks kill 1": the number counts what killed, not who died. Only a number
    that stands before its predicate with a counted noun that is no person is dropped."""
    if CATEGORY_OF.get(f.category) not in ("killed", "injured") or not f.subject:
        return False
    verb = _harm_verb(doc, f)
    if verb is not None and _lemma(verb) in CARRY_OUT_VERBS:
        span = doc.char_span(f.evidence.start, f.evidence.end, alignment_mode="expand")
        counted = next((t for t in span if t.text == f.subject and t.i != verb.i), None) if span is not None else None
        if counted is not None and counted.lower_ not in COUNT_NOUNS and not _is_person(doc, counted,
                                                                                         actor_mentions(doc)) \
                and not (counted.text[:1].isupper() and counted.text.endswith("s")):
            return True  # "Police executed 12 search warrants": carried out, whichever side the number stands
    words = f.evidence.text.split()
    while len(words) > 1 and words[0].lower() in HEDGE_WORDS:
        words = words[1:]  # "More than 150 dead mullet"
    if not words or (not words[0][:1].isdigit() and words[0].lower() not in NUMBER_WORDS):
        return False
    span = doc.char_span(f.evidence.start, f.evidence.end, alignment_mode="expand")
    head = next((t for t in span if t.text == f.subject), None) if span is not None else None
    if head is None or head.lower_ in COUNT_NOUNS:
        return False
    return not _is_person(doc, head, actor_mentions(doc)) and not (head.text[:1].isupper() and head.text.endswith("s")
                                                                    and head.ent_type_ in ("NORP", ""))


def _in_fiction_at(doc: Doc, f: Figure) -> bool:
    span = doc.char_span(f.evidence.start, f.evidence.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and in_fiction(span.root)


def in_fiction(tok: Token) -> bool:
    """Harm told in a film's or novel's plot: a fiction noun heads the clause or frames it ("In the
    film, a soldier shoots his brother"; "The movie tells the story of a woman who is killed")."""
    return framed_by(tok, lambda t: t.lower_ in FICTION_NOUNS or film_scene(t), ("nsubj", "obl", "nmod"))


def film_scene(tok: Token) -> bool:
    """"in the opening battle scene", "the final sequence": a scene named by a word before it, and not the
    scene of an incident ("at the scene", "the crime scene")."""
    return tok.lower_ in SCENE_NOUNS and any(c.dep_ in ("amod", "compound") and c.lower_ not in SCENE_OF_INCIDENT
                                             for c in tok.children)


# Where someone was when shot, not where a ball went: "outside her home", "in a bar", "near the border post"
PLACE_CASES = {"in", "at", "outside", "inside", "near", "behind", "by", "beside", "from", "on", "within", "around"}


def _shot_at_goal(tok: Token) -> bool:
    """"Baros shot wide", "shot Liverpool into the lead": a shot in a match report, not at a person ("shot a woman
    outside her home" is: a place the shot was fired in, not its result)."""
    if any(c.lower_ in SHOT_RESULTS or any(g.lower_ in SHOT_RESULTS for g in c.children if g.dep_ == "amod")
           for c in tok.children if c.dep_ in ("advmod", "obl", "xcomp", "compound:prt", "advcl")
           and not any(g.dep_ == "case" and g.lower_ in PLACE_CASES for g in c.children)):
        return True
    return words_used(tok.doc, SPORT_WORDS) >= 2


def _hospital_victim(tok: Token) -> Token | None:
    """"Seven passers-by were taken to hospital", "left him in critical condition", "the guard was in
    serious condition": the person the hospital or the condition is about."""
    if tok.lower_ in HOSPITAL_NOUNS:
        verb = tok.head
        if any(c.lower_ == "in" and c.dep_ == "case" for c in tok.children):  # where the hurt are
            if any(c.dep_ == "cop" for c in tok.children):
                return next((c for c in tok.children if c.dep_ == "nsubj"), None)  # "Eleven people were in hospital"
            if tok.dep_ == "obl" and _lemma(verb) in STAYING_VERBS:
                return next((c for c in verb.children if c.dep_ == "nsubj"), None)  # "48 people remain in hospital"
        if tok.dep_ != "obl" or _lemma(verb) not in HOSPITAL_VERBS:
            return None
        return next((c for c in verb.children if c.dep_ in ("nsubj:pass", "nsubjpass", "obj")), None)
    if tok.lower_ != "condition" or not any(c.dep_ == "amod" and c.lower_ in CONDITION_GRADES for c in tok.children):
        return None
    if any(c.dep_ == "cop" for c in tok.children):
        return next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if tok.dep_ == "obl":  # "left him in critical condition", "remains in serious condition"
        verb = tok.head
        return next((c for c in verb.children if c.dep_ == "obj"), None) or \
            next((c for c in verb.children if c.dep_ == "nsubj" and _lemma(verb) in STAYING_VERBS), None)
    return None


STAYING_VERBS = {"remain", "be", "stay", "lie"}  # where the hurt are: "remains in serious condition", "are in hospital"


# Proceedings over a killing: "charged with the murder of", "accused of killing", "a trial over the death of"
LEGAL = {"charge", "accuse", "convict", "acquit", "indict", "try", "trial", "sentence", "prosecute", "suspect",
         "suspected", "guilty", "innocent", "probe", "inquiry", "investigation", "inquest", "case", "verdict",
         "penalty", "execution", "appeal", "jail"}  # "the death penalty for a bomber who killed 202"


SENTENCING = {"convict", "acquit", "indict", "try", "sentence", "prosecute", "jail", "charge"}


# Of those, a court's: an accusation or an inquiry over a count still tells of the incident ("rebels who
# accused Khartoum of killing 75 civilians")
COURT = LEGAL - {"accuse", "suspect", "suspected", "probe", "inquiry", "investigation", "case"}


# Who hears or finds in proceedings: what "the court heard" or "an inquest found" happened is what they are about
HEARING_BODIES = {"court", "inquest", "trial", "jury", "tribunal", "hearing", "inquiry"}


def _legal_frame(tok: Token, words: set[str] = LEGAL) -> bool:
    """The killing is what a court or an inquiry is about, not an incident the article reports."""
    if tok.dep_ == "acl:relcl" and tok.head.dep_ in ("obj", "dobj", "nsubj:pass") and \
            _lemma(tok.head.head) in words & SENTENCING:
        return True  # "jailed a man who killed three", "X, who killed 12, was sentenced"
    t = tok
    for _ in range(4):
        if t.head.i == t.i:
            return False
        link = {c.lower_ for c in t.children if c.dep_ in ("case", "mark")}
        up = t.head
        if link & {"with", "of", "over", "for", "in", "into"} and (_lemma(up) in words or up.lower_ in words):
            return True
        if t.dep_ == "ccomp" and any(c.dep_ in SUBJECTS and HEARING_BODIES & {_lemma(c), c.lower_}
                                     for c in up.children):
            return True  # "An inquest heard that the soldier died", "the court was told he shot two men"
        t = up
    return False


def _sibling_victims(verb: Token, victim: Token) -> list[Token]:
    """"Nine tourists, two Jordanians and an Egyptian were killed" parsed as two subjects of the verb:
    the other subject (or object) on the same side, joined to the victim by a comma or "and"."""
    out = []
    for c in verb.children:
        if c.dep_ != victim.dep_ or c.i <= victim.i or (c.i > verb.i) != (victim.i > verb.i):
            continue
        between = verb.doc[victim.i + 1:c.i]
        if any(t.text in (",", "and") for t in between) and not any(t.pos_ in ("VERB", "AUX") for t in between):
            out.append(c)
    return out


VIOLENT_LEMMAS = {"explode", "detonate", "attack", "ambush", "shell", "bomb", "grenade", "gunfire", "clash", "fire",
                  "storm", "raid"}
CAPTIVITY = ("kidnap", "abduct", "hostage", "captive", "captor", "gunm", "militant")


def _violent_context(tok: Token) -> bool:
    """Words of an incident, of harm or of captivity in the sentence, the one before or the headline,
    besides ``tok``."""
    sent = sentence_of_token(tok)
    prev = sentence_of_token(tok.doc[sent.start - 1]) if sent.start > 0 else None
    first = sentence_of_token(tok.doc[0])
    return any(t.i != tok.i and (t.lower_ in INCIDENT_NOUNS - {"injuries", "wounds"} or _lemma(t) in HARM
                                 or t.lower_.startswith(CAPTIVITY) or _lemma(t) in VIOLENT_LEMMAS)
               for s in (sent, prev, first) if s is not None for t in s)


def _dies_later(tok: Token) -> bool:
    """A pronoun that dies later in the sentence is the person hurt before ("... where he later died"); so is
    the subject the hurt share with a "die" coordinated after them ("was beaten, injured, and then died")."""
    root = _conj_root(tok)
    return any(_lemma(t) in DIE_VERBS and (any(c.dep_ == "nsubj" and c.lower_ in ("he", "she", "they", "who")
                                                for c in t.children) or (harmed := _harmed_before_dying(t)) is not None
                                           and harmed.i == root.i)
               for t in tok.doc[tok.i + 1:sentence_of_token(tok).end])


def _conj_root(tok: Token) -> Token:
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _harmed_before_dying(die: Token) -> Token | None:
    """The verb of harm a subjectless "die" is coordinated with, whose subject it shares: "A man was beaten by
    police and later died in hospital", "was shot, taken to hospital and died there", "was attacked on Monday and
    died of his wounds". The first verb of the coordination, when it or a verb of it is one of harm."""
    if die.dep_ != "conj" or any(c.dep_.startswith("nsubj") for c in die.children):
        return None
    first = _conj_root(die)
    chain = [first, *(c for c in first.children if c.dep_ == "conj" and c.i < die.i)]
    if first.pos_ not in ("VERB", "AUX") or not any(_lemma(v) in HARM | STRUCK_VERBS | ASSAULTS_BEFORE_DYING
                                                    for v in chain):
        return None
    return first


def _wounded_who_died(tok: Token) -> bool:
    """"A teenager who was wounded in a strike last week has died": the hurt of a relative clause on the one who
    died are the dead, counted by the death."""
    person = tok.head
    return tok.dep_ in ("acl:relcl", "relcl", "acl") and person.dep_ in SUBJECTS and \
        _lemma(person.head) in DIE_VERBS


def _wound_of_the_dead(tok: Token, victim: Token | None) -> bool:
    """"A taxi driver was shot dead on Monday. He was shot twice in the chest": a wound told of "he" or "she"
    when the nearest harm told before it is a death is the dead person's wound, not someone else hurt (not
    after "a guard was killed and his colleague wounded", where the nearest harm is a wound)."""
    if victim is None or victim.lower_ not in ("he", "she", "him", "her"):
        return False
    for t in reversed(tok.doc[:tok.i]):
        if t.pos_ not in ("VERB", "AUX", "ADJ", "NOUN"):
            continue
        lemma = _lemma(t)
        if lemma in DIE_VERBS and t.pos_ in ("VERB", "AUX"):
            return True
        if lemma in HARM or t.lower_ in ("shot", "stabbed"):
            category = _kill_category(t)
            if category is not None:
                return category == "killed"
    return False


def _hurt_nearby(tok: Token) -> bool:
    """A hospital or condition belongs to an incident told in its sentence or the one before, and
    to no death told beside it ("taken to hospital, where he died")."""
    sent = sentence_of_token(tok)
    if any(_lemma(t) in DIE_VERBS or t.lower_ in ("dead", "death") for t in sent) or _natural_death(sent):
        return False
    if _from_incident(sent):
        return True
    prev = tok.doc[sent.start - 1] if sent.start > 0 else None
    return prev is not None and _from_incident(sentence_of_token(prev))


def _missing_a_thing(f: Figure) -> bool:
    """"missing three drugs tests": the verb "miss", not missing people."""
    return f.category == "missing" and f.evidence.text.lower().startswith("miss")


def _dead_in_custody(doc: Doc, f: Figure) -> bool:
    """"the deaths of 78 Muslim protesters in police custody": people whose death a noun of killing tells were
    held, not arrested; the number counts the dead (read as victims where the sentence reports them)."""
    if f.category not in ("arrested", "hostages", "missing"):
        return False
    span = doc.char_span(f.evidence.start, f.evidence.end, alignment_mode="expand")
    number = next((t for t in span or () if t.like_num or t.pos_ == "NUM"), None)
    people = number.head if number is not None and number.dep_ == "nummod" else None
    return people is not None and people.dep_ == "nmod" and people.head.lower_ in KILL_NOUNS and any(
        g.dep_ == "case" and g.lower_ == "of" for g in people.children)


# -- victims ---------------------------------------------------------------------------------

# "suffered leg wounds", "sustained serious injuries": the subject is hurt
WOUND_NOUNS = {"wounds", "wound", "injuries", "injury", "burns", "inhalation"}  # "treated for smoke inhalation"
SUFFER_VERBS = {"suffer", "sustain", "receive"}
SUFFER_STEMS = ("suffer", "sustain")  # the lemmatizer's "sustaine" of "sustaining"
# Participles the lemmatizer leaves as adjectives ("an unknown number of people were injured")
PARTICIPLES = {"injured": "injure", "wounded": "wound", "killed": "kill", "murdered": "murder", "slain": "slay",
               "beaten": "beat", "flown": "fly"}  # the lemmatizer leaves "flown" ("was flown to hospital")


def _wound_bearer(tok: Token) -> Token | None:
    """Who bears the wounds ``tok`` names: the subject of "he suffered leg wounds"; of the verb an
    "after sustaining serious injuries" clause hangs from ("a man was airlifted to hospital after
    sustaining ..."); the patient of "was treated for dog bite injuries"."""
    verb = tok.head
    if tok.dep_ == "obj" and (_lemma(verb) in SUFFER_VERBS or verb.lower_.startswith(SUFFER_STEMS)):
        for _ in range(3):  # sustaining -> airlifted -> had: the first subject up the clauses
            subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
            if subject is not None or verb.dep_ not in ("advcl", "xcomp") or verb.head.i == verb.i:
                return subject
            verb = verb.head
        return None
    if tok.dep_ == "obl" and _lemma(verb) == "treat" and any(c.lower_ == "for" for c in tok.children):
        return next((c for c in verb.children if c.dep_ == "nsubj:pass"), None)
    return None


def _lemma(tok: Token) -> str:
    if tok.lower_ == "bled":
        return "bleed"  # the lemmatizer's "bl"
    lemma = tok.lemma_.lower() if tok.lemma_ else tok.lower_
    lemma = PARTICIPLES.get(lemma, lemma)
    if lemma in FALL_VERBS and _fall_to_death(tok):
        return "die"  # "two climbers fell to their deaths", "a worker plunged to his death"
    if lemma == "lose" and any(c.dep_ in ("obj", "dobj") and c.lower_ in ("life", "lives") and any(
            g.dep_ in ("nmod:poss", "poss") for g in c.children) for c in tok.children):
        return "die"  # "three members of the family lost their lives": the idiom is a verb of dying
    if lemma in HARM_OR_DIE or tok.pos_ not in ("VERB", "ADJ") or not tok.lower_.endswith(("ing", "ed", "s")):
        return lemma
    w = tok.lower_  # the lemmatizer's slips on harm verbs: "injuring" -> "injur"
    return next((stem for stem in (w[:-3], w[:-3] + "e", w[:-2], w[:-2] + "e", w[:-1])
                 if stem in HARM_OR_DIE), lemma)


def _is_person(doc: Doc, tok: Token, mentions) -> bool:
    if _titles_a_work(tok):
        return False  # "The film Hotel Rwanda was shot in South Africa": a title, whatever its words name
    if (verb := _another_harmed(tok)) is not None:  # "kills one person and injures another": one more of those
        return any(c.dep_ in ("obj", "dobj", "conj") and c.pos_ in ("NOUN", "PROPN") and c.i < verb.i and
                   _is_person(doc, c, mentions) for c in verb.head.children)  # the first verb harmed
    if tok.lower_ in QUANTITY_WORDS:  # "a number of militants": the people are in the "of"
        of = next((c for c in tok.children if c.dep_ == "nmod" and not any(
            g.dep_ == "case" and g.lower_ != "of" for g in c.children)), None)  # not "kill dozens in (an) attack"
        return of is None or _is_person(doc, of, mentions)
    if _lemma(tok) in CASUALTY_PERSON_NOUNS or tok.lower_ in CASUALTY_PERSON_NOUNS or tok.lower_ in REFLEXIVES:
        return True
    if tok.ent_type_ in ("PERSON", "PER") or (tok.ent_type_ in ("NORP",) and tok.pos_ in ("NOUN", "PROPN")):
        return True  # the model's own label is PER; PERSON is spaCy's English one
    if _hurt_in_the_body(tok):
        return True  # "a pitcher was shot in the leg", "four fans suffered stab wounds": whatever the word, someone
    if _titled_name(tok):
        return True
    if any(c.dep_ == "amod" and c.lower_ == "old" and any(
            g.lower_ in ("year", "years") for g in c.children) for c in tok.children):
        return True  # "a 34-year-old motorcyclist", "a 19-year-old conscript": whatever the word, someone of an age
    if tok.lower_ in ("old", "olds") and any(c.dep_ == "compound" and c.lower_ in ("year", "years") and any(
            g.dep_ == "nummod" or g.like_num for g in c.children) for c in tok.children):
        return True  # "a 17-year-old was shot dead", "two 19-year-olds": the age alone names someone
    if tok.pos_ == "NOUN" and any(c.dep_ == "appos" and c.ent_type_ in ("PERSON", "PER") for c in tok.children):
        return True  # "the newly appointed municipal manager, Edward Sithole,": whatever the post, a person
    return any(m.start_char <= tok.idx < m.end_char and (m.kind in ("person", "agent", "group") or m.kind == "country"
                                                         and tok.ent_type_ not in PLACE_LABELS)
               for m in mentions) and tok.pos_ in ("NOUN", "PROPN", "ADJ")  # "Hotel Rwanda was shot": a place's name,
    # a country's own name, not its people ("Iraqis", "two Afghans")


BODY_CASES = frozenset({"in", "on"})


def _hurt_in_the_body(tok: Token) -> bool:
    """Whether the common noun ``tok`` is hurt in a part of the body, which only a living being has: the one shot,
    stabbed or hit "in the leg" (a part of the body after "in" or "on" on the verb it undergoes: "a pitcher was shot
    in the leg", "gunmen shot the driver in the chest"), or who bears the wounds or injuries its verb tells
    (_wound_bearer: "four visiting fans suffered stab wounds"). Not an idiom's "back" ("stabbed in the back"), which
    words.BODY_PARTS leaves out."""
    verb = tok.head
    if tok.pos_ != "NOUN" or verb.i == tok.i or verb.pos_ != "VERB":
        return False
    if tok.dep_ in ("nsubj:pass", "nsubjpass", "obj", "dobj"):
        return any(c.dep_ in ("obl", "nmod") and c.lower_ in BODY_PARTS
                   and any(g.dep_ == "case" and g.lower_ in BODY_CASES for g in c.children) for c in verb.children)
    return any(c.lower_ in WOUND_NOUNS and _wound_bearer(c) == tok for c in verb.children)


def _titles_a_work(tok: Token) -> bool:
    """A name that a noun of fiction stands beside names a work: "the film Hotel Rwanda", "his new movie Kisna", "the
    novel, Atonement," (the noun a compound of the name, or the name in apposition to the noun), and the noun itself
    ("the film, Michael Clayton,": not "the manager, Edward Sithole,")."""
    if tok.lower_ in FICTION_NOUNS:
        return True
    if tok.pos_ != "PROPN":
        return False
    todo = [c for c in tok.children if c.dep_ in ("compound", "nmod:desc", "flat")]
    while todo:  # down the name's own words: "film" hangs on "Hotel" of "the film Hotel Rwanda"
        t = todo.pop()
        if t.lower_ in FICTION_NOUNS:
            return True
        todo.extend(c for c in t.children if c.dep_ in ("compound", "nmod:desc", "flat"))
    return tok.dep_ == "appos" and tok.head.lower_ in FICTION_NOUNS


NOT_A_PERSON_ENTITY = ("ORG", "LOC", "GPE", "FAC", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW")


def _titled_name(tok: Token) -> bool:
    """A name headed by a person's title or trade, whether or not the tagger knows the name: "Dutch filmmaker
    Theo van Gogh", "the Greek Orthodox Patriarch Petros VII" (the title is a compound in the name's phrase; not
    "the Workers Party" or "Refugee Council", which the tagger calls organisations)."""
    if tok.pos_ != "PROPN" or tok.ent_type_ in NOT_A_PERSON_ENTITY:
        return False
    todo = [c for c in tok.children if c.dep_ in ("compound", "nmod:desc", "flat") and c.i < tok.i]
    while todo:
        t = todo.pop()
        if t.ent_type_ in NOT_A_PERSON_ENTITY:
            continue
        if _lemma(t) in CASUALTY_PERSON_NOUNS and _lemma(t) not in QUANTITY_WORDS | {"one", "other", "another"}:
            return True
        todo.extend(c for c in t.children if c.dep_ in ("compound", "nmod:desc", "flat") and c.i < t.i)
    return False


def _another_harmed(tok: Token) -> Token | None:
    """The second of two joined verbs of harm whose object is a bare "another" ("killed one man and injured
    another"), whether the parse makes "another" the object or the determiner of whatever word follows
    ("injured another late on Saturday", "wounded another near the border post")."""
    if tok.lower_ != "another":
        return None
    if tok.dep_ in ("obj", "dobj"):
        verb = tok.head
    elif tok.dep_ == "det" and tok.i > 0 and _lemma(tok.head) not in CASUALTY_PERSON_NOUNS and \
            tok.head.ent_type_ not in ("PERSON", "NORP"):
        verb = tok.doc[tok.i - 1]
    else:
        return None
    first = verb.head
    if verb.dep_ != "conj" or _lemma(verb) not in HARM or not (_lemma(first) in HARM or first.lower_ in ("shot",
                                                                                                       "stabbed")):
        return None
    return verb


def _named_beside_a_person(tok: Token, mentions) -> bool:
    """A name joined by "and" to a person's name is a person's too, whatever the tagger took it for: "Dumisani
    Malunga, 42, and Bheko Chiliza, 39, were shot dead" ("MOSUL, Iraq" has no "and")."""
    head = tok.head
    return tok.dep_ == "conj" and tok.pos_ == "PROPN" and head.pos_ == "PROPN" and head.i < tok.i and \
        any(c.dep_ == "cc" and c.lower_ == "and" for c in tok.children) and \
        (head.ent_type_ in ("PER", "PERSON") or any(m.start_char <= head.idx < m.end_char and m.kind == "person"
                                                     for m in mentions))


def _conjuncts(head: Token) -> list[Token]:
    out, todo = [], [head]
    while todo:
        t = todo.pop()
        out.append(t)
        todo.extend(c for c in t.children if (c.dep_ == "conj" or _listed_apposition(t, c))
                    and c.pos_ in ("NOUN", "PROPN", "PRON", "ADJ", "NUM")
                    and not any(v.pos_ == "VERB" for v in t.doc[t.i + 1:c.i]))  # "... and injured scores": a clause
    if len(out) == 1:
        out += _linear_conjunct(head) or _list_before(head)
    return sorted(out, key=lambda t: t.i)


def _sex(tok: Token) -> str | None:
    lemma = tok.lemma_.lower()
    return "f" if lemma in FEMALE_PERSON_NOUNS or tok.lower_ in FEMALE_PERSON_NOUNS else \
        "m" if lemma in MALE_PERSON_NOUNS or tok.lower_ in MALE_PERSON_NOUNS else None


def _listed_apposition(head: Token, c: Token) -> bool:
    """"two men, a woman and a child": the parse makes the woman an apposition of the men, but a woman
    cannot rename men; a phrase of the other sex after the comma is the list's next member ("two
    civilians, a woman and her daughter" renames the civilians: no sex to differ)."""
    if c.dep_ != "appos" or c.i < head.i:
        return False
    mine, theirs = _sex(head), _sex(c)
    return mine is not None and theirs is not None and mine != theirs


LIST_GLUE = {",", "and"}


def _list_before(head: Token) -> list[Token]:
    """"Two men, a woman and a child were killed" when the parse hangs the child alone on the verb: the
    persons' phrases listed before it, from the start of the sentence, joined by commas and "and"."""
    doc, sent = head.doc, sentence_of_token(head)
    k = head.left_edge.i - 1
    if k <= sent.start or doc[k].lower_ != "and" or head.dep_ not in SUBJECTS:
        return []
    out: list[Token] = []
    while k > sent.start and doc[k].text in LIST_GLUE:
        k -= 1
        noun = doc[k]
        if noun.pos_ not in ("NOUN", "PROPN"):
            return []
        while k > sent.start and doc[k - 1].pos_ in ("DET", "NUM", "ADJ") and doc[k - 1].text not in LIST_GLUE:
            k -= 1
        out.append(noun)
        k -= 1
    return out if k < sent.start else []


def _linear_conjunct(head: Token) -> list[Token]:
    """"killed himself and a 12-year-old girl" when the parse hangs the girl elsewhere: the noun
    of a short phrase right after "and" (no verb or punctuation between; no harm word either, even one
    the tagger calls an adjective: "killed one man and injured 15 people" is two clauses)."""
    doc = head.doc
    if head.i + 1 >= len(doc) or doc[head.i + 1].lower_ != "and":
        return []
    for t in doc[head.i + 2:min(len(doc), head.i + 9)]:
        if t.pos_ in ("VERB", "AUX", "PUNCT", "ADP", "SCONJ") and t.text not in ("-",):
            return []
        if _lemma(t) in HARM_OR_DIE:
            return []
        if t.pos_ in ("NOUN", "PROPN") and (t.i + 1 >= len(doc) or doc[t.i + 1].pos_ not in ("NOUN", "PROPN")) \
                and t.lower_ not in ("year",):
            # not the subject of a clause of its own: "killed a soldier and the military launched strikes"
            return [] if t.dep_.startswith("nsubj") and t.head.i > t.i else [t]
    return []


@dataclass
class Headcount:
    value: float | None
    approx: str | None = None
    unknown: bool = False
    numbered: list = field(default_factory=list)      # NumberSpans inside


def _count_one(doc: Doc, tok: Token, numbers) -> Headcount | None:
    """How many people one conjunct names: "a man" 1, "two women" 2, "militants" unknown."""
    w = tok.lower_
    before = [t.lower_ for t in tok.doc[max(0, tok.i - 2):tok.i]]
    if w in ("nobody", "none", "noone", "no-one") or any(c.lower_ == "no" for c in tok.children) or before[-1:] == [
            "no"] or before == ["no", "-"]:
        return None  # "no one was hurt", "no-one was hurt"
    if w in REFLEXIVES:
        return Headcount(1)
    lo = min(t.idx for t in tok.subtree if t.i <= tok.i)
    inside = [n for n in numbers if lo <= n.start and n.end <= tok.idx + len(tok.text)
              and not any(t.dep_ in ("nmod:poss",) and t.idx <= n.start < t.idx + len(t.text) for t in tok.subtree)]
    if inside:
        n = inside[-1]
        return Headcount(n.value, n.approx or ("at least" if n.kind == "vague" else None), numbered=[n])
    if w == "another":
        end = tok.idx + len(tok.text)
        more = [n for n in numbers if n.start > end and not doc_text(tok.doc)[end:n.start].strip()]
        if more:  # "a fire that killed 19 people and injured another eight": eight, not one more
            return Headcount(more[0].value, more[0].approx, numbered=[more[0]])
        return Headcount(1)
    if w == "both" or any(c.lower_ == "both" and c.dep_ in ("det", "det:predet", "amod") for c in tok.children):
        return Headcount(2)  # "killing both men"
    if w in VAGUE_AT_LEAST:
        return Headcount(VAGUE_AT_LEAST[w], "at least")
    if w in QUANTITY_WORDS:
        return Headcount(None, unknown=True)
    kids = {c.lower_ for c in tok.children if c.dep_ in ("det", "nmod:poss", "amod", "nummod", "det:poss")}
    if kids & VAGUE_PLURAL or any(c.lower_ in ("number",) for c in tok.subtree):
        return Headcount(None, unknown=True)
    if _a_pair(tok):
        return Headcount(2)
    plural = tok.tag_ in ("NNS", "NNPS") or (w.endswith("s") and w not in ("his",) and tok.pos_ == "NOUN"
                                              and _lemma(tok) != w)
    if w in ("people", "others", "children", "men", "women", "police"):
        plural = True
    if plural:
        return Headcount(None, unknown=True)
    return Headcount(1)


def _a_pair(tok: Token) -> bool:
    """Two people in one word: "a young couple" (not "a couple of soldiers", a few), "his parents" or "the boy's
    parents" (one child's; "their parents" may be several children's), "twins", "twin brothers"."""
    lemma = _lemma(tok)
    if lemma not in PAIR_NOUNS and not any(c.dep_ in ("amod", "compound") and c.lower_ == "twin" for c in tok.children):
        return False
    if lemma == "couple":
        return tok.tag_ == "NN" and not any(c.dep_ == "nmod" for c in tok.children)
    if lemma == "parent":
        return tok.lower_ == "parents" and any(
            c.dep_ in ("nmod:poss", "poss") and (c.lower_ in SINGLE_POSSESSORS or c.tag_ in ("NN", "NNP"))
            for c in tok.children)
    return tok.tag_ in ("NNS", "NNPS") and not any(c.dep_ == "nummod" for c in tok.children)


def _victim_count(doc: Doc, head: Token, numbers, mentions, extra: list[Token] | None = None
                  ) -> tuple[Headcount | None, list[Token]]:
    heads = [*(extra or []), head]
    listed = [head] if _taken_for_tellers(head) else [c for h in heads for c in _conjuncts(h)]
    parts = [t for t in dict.fromkeys(listed) if _named_beside_a_person(t, mentions)
             or _is_person(doc, t, mentions)
             and not (t.i != head.i and t.ent_type_ in ("GPE", "LOC") and t.pos_ == "PROPN")]  # "MOSUL, Iraq"
    parts.sort(key=lambda t: t.i)
    if not parts:
        return None, []
    counts = [_count_one(doc, t, numbers) for t in parts]
    if any(c is None for c in counts):
        return None, parts
    if any(c.unknown for c in counts):
        known = [c for c in counts if not c.unknown]
        if not known:
            return Headcount(None, unknown=True), parts
        counts = known
    total = sum(c.value for c in counts)
    approx = next((c.approx for c in counts if c.approx), None)
    return Headcount(total, approx, numbered=[n for c in counts for n in c.numbered]), parts


def _irrealis(tok: Token) -> bool:
    """"threatened to kill", "a plot to kill", "will kill", "failed to kill", "not killed"."""
    if any(c.dep_ in ("aux",) and c.lower_ in MODAL_AUX for c in tok.children):
        return True
    if any(c.dep_ in ("advmod", "neg") and c.lower_ in ("not", "n't", "never") for c in tok.children):
        return True
    head = tok
    for _ in range(3):
        if head.dep_ in ("xcomp", "acl", "ccomp", "advcl", "conj", "nmod", "obl") and head.head.i != head.i:
            infinitive = any(c.lower_ == "to" and c.dep_ in ("mark", "aux") for c in head.children)
            up = head.head
            # "had to be airlifted" happened
            done = _lemma(up) in DONE_TO or (up.lower_ == "had" and head.dep_ == "xcomp")
            if infinitive and head.dep_ in ("xcomp", "acl", "advcl") and not done:
                return True
            if _lemma(up) in IRREALIS or up.lower_ in IRREALIS:
                return True
            head = up
        else:
            break
    return False


def _kill_category(tok: Token) -> str | None:
    lemma = _lemma(tok)
    words = {c.lower_ for c in tok.children}
    after = [t.lower_ for t in tok.doc[tok.i + 1:tok.i + 3]]
    death = "dead" in words or any(c.lower_ == "death" for c in tok.subtree if c.i > tok.i and c.i - tok.i <= 3) or \
        after[:1] == ["dead"] or "to death" in " ".join(t.lower_ for t in tok.doc[tok.i + 1:tok.i + 9]) or \
        re.match(r"(?i)(?:the|a|an|two|three|four|both|all)?\s*\w+\s+dead\b", tok.doc[tok.i + 1:tok.i + 4].text)
    # "shot the gunmen dead"
    killed_too = any(c.dep_ == "conj" and (_lemma(c) in KILL_VERBS or _lemma(c) in HARM and fatal_manner(c))
                     for c in tok.children) or (tok.dep_ == "conj" and _lemma(tok.head) in KILL_VERBS)
    fatally = fatal_manner(tok)  # "fatally shot a teenager", "was fatally wounded": the blow killed
    if lemma in KILL_VERBS:
        if lemma == "gun" and "down" not in words:
            return None
        return "killed"
    if lemma in INJURE_VERBS:
        return "killed" if fatally else "injured"
    if lemma in SHOOT_VERBS or tok.lower_ in ("shot", "stabbed"):
        if lemma not in INJURE_UNLESS_DEAD and tok.lower_ not in ("shot", "stabbed") and not death:
            return None
        if lemma == "shoot" and any(c.dep_ in ("obl",) and c.lower_ in SHOT_THINGS for c in tok.children):
            return None
        return "killed" if death or killed_too or fatally else "injured"
    return None


def _left_dead(tok: Token) -> Token | None:
    """"left both bombers dead", "leaving several people dead": the object of "leave" that "dead" tells of
    (parsed as the verb's complement or as the object's adjective)."""
    if tok.lower_ != "dead":
        return None
    if tok.dep_ == "xcomp" and _lemma(tok.head) == "leave":
        return next((c for c in tok.head.children if c.dep_ in ("obj", "dobj")), None)
    if tok.dep_ != "amod" or tok.head.i > tok.i:
        return None
    if tok.head.dep_ in ("obj", "dobj") and _lemma(tok.head.head) == "leave":
        return tok.head
    if any(c.dep_ == "conj" for c in tok.children):
        return None  # "left dozens of fighters dead and wounded": some of each, read where "dead and" is
    noun = tok.head  # "left two policemen and several attackers dead": "dead" on the last of the listed
    for _ in range(4):  # ... or on the people of a quantity: "an unknown number of separatists", "dozens of civilians"
        if noun.dep_ == "conj" and noun.head.i < noun.i or noun.dep_ == "nmod" and noun.head.lower_ in QUANTITY_WORDS:
            noun = noun.head
    if noun.pos_ == "VERB" and _lemma(noun) == "leave":  # the listed joined to the verb by the parse
        return next((c for c in noun.children if c.dep_ in ("obj", "dobj")), None)
    return noun if noun.dep_ in ("obj", "dobj") and _lemma(noun.head) == "leave" else None


def _verb_taken_for_a_noun(tok: Token) -> Token | None:
    """"A brown bear kills one person and wounds several": the tagger's plural noun "wounds" joined to a verb
    of harm is the second verb; its object is the noun phrase right after it, wherever the parse hangs it."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NNS" or tok.dep_ != "conj" or tok.head.pos_ != "VERB" or \
            _lemma(tok.head) not in HARM or _lemma(tok) not in HARM:
        return None
    return _np_head_after(tok)


def _reduced_relative(tok: Token) -> Token | None:
    """"The case of a parole officer apparently killed while ...", "Family members of a college student killed by
    police will wait ...": a participle right after the "of" phrase of the clause's subject, which the parse made
    the clause's own verb (no auxiliary, no object), tells of the person right before it, not of the subject."""
    if tok.tag_ != "VBN" or any(c.dep_ in ("aux", "aux:pass", "auxpass", "obj", "dobj") for c in tok.children):
        return None
    k = tok.i - 1
    while k > 0 and tok.doc[k].pos_ == "ADV":
        k -= 1
    prev = tok.doc[k]
    subject = prev.head
    if prev.dep_ != "nmod" or prev.pos_ not in ("NOUN", "PROPN") or not any(
            g.dep_ == "case" and g.lower_ == "of" for g in prev.children):
        return None
    return prev if subject.head.i == tok.i and subject.dep_ in SUBJECTS else None


def _victim_of(tok: Token) -> Token | None:
    """The victim's head: the object, the passive subject, the subject of an intransitive "die"."""
    if (second := _verb_taken_for_a_noun(tok)) is not None:
        return second
    if (relative := _reduced_relative(tok)) is not None:
        return relative
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else tok
    if after.dep_ == "det" and _another_harmed(after) is not None:
        return after  # "and injured another late on Saturday": one more person
    lemma = _lemma(tok)
    if lemma == "kill" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "off":
        return None  # "Chelsea killed off the game", "the frost killed off the crop": an end put to something
    if tok.dep_ == "conj" and tok.head.lower_ == "dead" and tok.i == tok.head.i + 2 and \
            tok.doc[tok.i - 1].lower_ in ("and", "or") and _left_dead(tok.head) is not None:
        return _left_dead(tok.head)  # "leaving several people dead and injured": the same people
    deps = ("nsubj", "nsubj:pass") if lemma in DIE_VERBS else ("obj", "dobj", "nsubj:pass", "nsubjpass")
    kids = [c for c in tok.children if c.dep_ in deps]
    if len(kids) > 1:  # "a man who they say killed five people": a relative pronoun the parse made a second
        # object before the verb is its subject, the killer; the object after the verb is the victim
        kids = [c for c in kids if not (c.lower_ in ("who", "that") and c.i < tok.i)] or kids
    # "KHARTOUM (Reuters) - Two employees ... were killed": a dateline parsed as a second subject is no victim
    kid = next((c for c in kids if not (c.text.isupper() and len(c.text) > 1) and c.ent_type_ not in ("GPE", "LOC")),
               kids[0] if kids else None)
    if kid is None and lemma in DIE_VERBS and tok.dep_ == "acl" and tok.tag_ == "VBD" and tok.head.i < tok.i:
        kid = tok.head  # "An elderly woman died after ...", parsed as a reduced relative: "die" takes no object
    if kid is None and lemma in DIE_VERBS and (harmed := _harmed_before_dying(tok)) is not None:
        kid = next((c for c in harmed.children if c.dep_ in ("nsubj:pass", "nsubjpass", "nsubj")), None)
    if kid is None:  # "shot dead a man" parsed with the man below "dead"
        kid = next((g for c in tok.children if c.dep_ == "xcomp" and c.lower_ in ("dead", "death")
                    for g in c.children if g.dep_ in ("obj", "dobj")), None)
    leaver = tok.head if tok.dep_ == "xcomp" else tok.head.head if tok.dep_ == "conj" and tok.head.dep_ == "xcomp" \
        and _lemma(tok.head) in HARM else None  # not "leaving three people dead and dozens wounded"
    if kid is None and leaver is not None and _lemma(leaver) == "leave":  # "left several people killed and injured"
        kid = next((c for c in leaver.children if c.dep_ in ("obj", "dobj")), None)
        first = tok if tok.dep_ == "xcomp" else tok.head
        if kid is not None and any(t.lower_ == "and" for t in tok.doc[kid.i:first.i]):
            kid = None  # "leaving three people dead and dozens wounded": the wounded are the dozens
    if kid is None and lemma not in DIE_VERBS:  # "killing and wounding a number of militants"
        kid = next((g for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB" and _lemma(c) in HARM
                    for g in c.children if g.dep_ in ("obj", "dobj")), None)
    skip = 1 if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "dead" else 0
    if kid is None and lemma not in DIE_VERBS and tok.i + 1 + skip < len(tok.doc) and \
            tok.doc[tok.i + 1 + skip].tag_ in ("DT", "PRP$", "CD"):
        kid = _np_head_after(tok.doc[tok.i + skip])  # "killed the country 's most wanted terrorist", parsed as a clause
    if kid is None and tok.tag_ in ("VBN", "VBD") and lemma not in DIE_VERBS and not any(
            c.dep_ in ("aux", "obj") or (c.dep_ == "conj" and any(g.dep_ == "obj" for g in c.children))
            for c in tok.children):
        kid = None if agent_before_object(tok) else next(  # a headline: "Hamas official killed"
            (c for c in tok.children if c.dep_ == "nsubj"), None)  # not "the army killed and wounded scores"
    if kid is None and lemma not in DIE_VERBS:
        kid = _count_before_tellers(tok, skip)
    if kid is None and tok.dep_ == "conj" and lemma not in DIE_VERBS:
        kid = next((c for c in tok.children if c.i > tok.i and c.dep_ in ("advmod", "obl", "npadvmod")
                    and c.lower_ in QUANTITY_WORDS), None)  # "killing six people and wounding many more": not the six
    if kid is None and tok.dep_ == "conj" and lemma not in DIE_VERBS and not any(
            c.like_num or c.pos_ == "NUM" for c in tok.children) and not any(
            t.like_num for t in tok.doc[tok.i + 1:tok.i + 5]) and not _counted_before(tok):
        # "killed 44 people and wounded 27", "six were killed and 20 wounded": not shared
        # "killed and wounded a number of militants", "was shot and killed": the shared argument
        kid = next((c for c in tok.head.children if c.dep_ in deps), None)
        if kid is None:
            kid = next((c for c in tok.children if c.dep_ in ("obj",)), None)
        if kid is None and tok.head.dep_ == "acl" and _lemma(tok.head) in HARM:
            kid = tok.head.head  # "left several passengers killed and injured"
    if kid is None and tok.dep_ in ("acl", "acl:relcl") and lemma not in DIE_VERBS:
        kid = None if agent_before_object(tok) else tok.head  # "a Briton who was shot dead", "a French
        # national shot dead in Jeddah"; not "the three attackers killed at least 19 people" (parsed as a relative)
        if tok.dep_ == "acl:relcl" and not any(c.dep_ == "nsubj:pass" for c in tok.children):
            if any(c.dep_ in ("nsubj",) for c in tok.children):
                return None
    if kid is not None and kid.lower_ in ("who", "that", "which") and tok.dep_ == "acl:relcl":
        kid = tok.head
    if kid is not None and kid.i > tok.i and any(c.dep_ == "case" and c.lower_ in ("'s", "’s") for c in kid.children):
        kid = _np_head_after(kid) or kid  # "shot dead the country 's most wanted suspect": the possessor is no victim
    if kid is None and tok.i > 0 and lemma not in DIE_VERBS and not any(c.dep_ == "obj" for c in tok.children) \
            and tok.tag_ != "VBG":
        prev = tok.doc[tok.i - 1]  # "A French national shot dead in Jeddah" (parsed as a noun)
        dead = tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "dead"
        if dead and prev.pos_ in ("NOUN", "PROPN", "ADJ") and prev.dep_ != "compound":
            kid = prev
    if kid is None and tok.dep_ == "amod" and tok.i + 1 == tok.head.i and tok.i > 0 and (
            tok.head.like_num or tok.head.pos_ == "NUM" or tok.head.lower_ in QUANTITY_WORDS) and (
            tok.doc[tok.i - 1].lower_ == "and" or tok.doc[tok.i - 1].pos_ in ("NOUN", "PROPN")):
        kid = tok.head  # "the blast injured dozens", "... and wounded 12": the verb parsed as the count's adjective
    return kid


def _taken_for_tellers(tok: Token) -> bool:
    """A count the parse made the subject of a verb of saying after it, with the tellers as its conjuncts:
    "... and wounding dozens, residents and witnesses said"."""
    return tok.dep_ == "nsubj" and tok.head.i > tok.i and _lemma(tok.head) in VOICE_LEMMAS and (
        tok.like_num or tok.pos_ == "NUM" or tok.lower_ in QUANTITY_WORDS)


def _count_before_tellers(tok: Token, skip: int) -> Token | None:
    """The count right after an active verb of harm that has no object, taken by the parse for the
    tellers' subject ("killing a man and wounding dozens, residents said"): the verb's victims."""
    k = tok.i + 1 + skip
    if tok.tag_ not in ("VBG", "VBD") or k >= len(tok.doc) or not _taken_for_tellers(tok.doc[k]):
        return None
    return tok.doc[k]


def _counted_before(tok: Token) -> bool:
    """"Six people were killed and 20 (were) wounded": a number of its own right before the verb."""
    k = tok.i - 1
    while k > 0 and tok.doc[k].lower_ in ("were", "was", "have", "had", "been", "are", "others", "more", "other",
                                          "people"):
        k -= 1
    return k >= 0 and (tok.doc[k].like_num or tok.doc[k].pos_ == "NUM") and tok.doc[k].i > tok.head.i


def _np_head_after(tok: Token) -> Token | None:
    """The head of the noun phrase right after ``tok`` read left to right (the last noun of its first
    run of nouns after any possessor): for parses that hang the phrase elsewhere."""
    doc = tok.doc
    for t in doc[tok.i + 1:min(len(doc), tok.i + 10)]:
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if t.pos_ in ("NOUN", "PROPN", "ADJ") and (nxt is None or (nxt.pos_ not in ("NOUN", "PROPN", "ADJ")
                                                                    and nxt.lower_ not in ("'s", "’s"))):
            return t  # the tagger's adjective for "militant" heads the phrase when no noun follows
        if t.pos_ in ("DET", "ADJ", "ADV", "NUM", "PART", "NOUN", "PROPN") or t.tag_ in ("VBN", "VBG", "PRP$"):
            continue
        return None
    return None


def victim_figures(doc: Doc, numbered: list[Figure]) -> tuple[list[Figure], set[str]]:
    """Figures for victims the numbers miss, and the ids of numbered figures they take in (the "two
    women" of "a man and two women were shot dead", which now counts 3)."""
    text = doc_text(doc)
    candidates = _harm_tokens(doc, text)
    if not candidates:
        return [], set()  # no word of killing or harm: nothing to read (most articles)
    numbers = [n for n in numbers_in(doc) if not why_not_a_count(text, n)]
    mentions = actor_mentions(doc)
    resolver: SpeakerResolver | None = None
    art = article_of(doc)
    out: list[Figure] = []
    covered: set[str] = set()
    seen_heads: set[tuple[int, str]] = set()
    for tok in candidates:
        category, victim = None, None
        lemma = _lemma(tok)
        if _some_harmed(tok):
            if (tok.i, HARMED_PEOPLE[tok.lower_]) not in seen_heads:
                seen_heads.add((tok.i, HARMED_PEOPLE[tok.lower_]))
                out.append(_some_harm_figure(doc, tok, art.id, resolver := resolver or SpeakerResolver(doc)))
            continue
        if tok.lower_ in WOUND_NOUNS and _wound_bearer(tok) is not None:
            victim = _wound_bearer(tok)
            if victim is None or _irrealis(tok.head) or in_fiction(tok) or _dies_later(tok) or \
                    not _violent_context(tok) or _shot_at_goal(tok):
                continue
            category = "injured"  # "he suffered leg wounds"
        elif tok.pos_ in ("VERB", "AUX", "NOUN", "ADJ") and (lemma in KILL_VERBS | INJURE_VERBS | SHOOT_VERBS | DIE_VERBS
                                                           or tok.lower_ in ("shot", "stabbed")):
            if tok.pos_ == "NOUN" and tok.lower_ not in ("shot", "stabbed") and not any(
                    c.dep_ in ("obj",) for c in tok.children) and _verb_taken_for_a_noun(tok) is None:
                continue
            if lemma == "bleed" and not (tok.i + 2 < len(doc) and doc[tok.i + 2].lower_ == "death"):
                continue  # "bled to death" dies; bleeding alone does not
            if lemma in DIE_VERBS:
                sent = sentence_of_token(tok)
                if not (lemma == "bleed" or _from_incident(sent) or _struck_down(tok) or _harmed_before_dying(tok)
                        is not None) or _natural_death(sent) or \
                        _natural_in_lead(sent):
                    continue  # bleeding to death tells a wound whatever the sentence calls what dealt it
                category = "killed"
            else:
                category = _kill_category(tok)
            if category is None or _irrealis(tok) or in_fiction(tok):
                continue
            if category == "injured" and (lemma == "shoot" or tok.lower_ == "shot") and _shot_at_goal(tok):
                continue
            if category == "injured" and (_dies_later(tok) or _wounded_who_died(tok)):
                continue  # "was shot and taken to hospital, where he died": the death counts him
            victim = _victim_of(tok)
            if category == "injured" and _wound_of_the_dead(tok, victim):
                continue  # "... was shot dead. He was shot in the chest": the dead man's wound
            if victim is not None and victim.lower_ == "themselves":  # "two suicide bombers ..., killing themselves"
                verb = tok if any(c.dep_ == "nsubj" for c in tok.children) else tok.head
                victim = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        elif _left_dead(tok) is not None:
            if _irrealis(tok.head) or in_fiction(tok):
                continue
            victim, category = _left_dead(tok), "killed"  # "the blast left both bombers dead"
        elif tok.lower_ == "dead" and tok.dep_ in ("xcomp", "advmod", "obl") and _lemma(tok.head) in DEAD_VERBS:
            victim = _found_dead(tok)
            if victim is None or _irrealis(tok.head) or not _violent_context(tok) or \
                    _natural_death(sentence_of_token(tok)):
                continue
            category = "killed"  # "was found dead", "found him dead", "Dozens reported dead"
        elif tok.lower_ == "deadly" and _deadly_incident(tok):
            if (tok.head.i, "killed") in seen_heads:
                continue
            seen_heads.add((tok.head.i, "killed"))  # "after deadly clashes between herders": some dead
            out.append(dataclasses.replace(_some_harm_figure(doc, tok, art.id, resolver := resolver or SpeakerResolver(
                doc), tok.head), claimant=None))  # the writer's word for the incident, no one's count
            continue
        elif (verb := _fatal_blow(tok)) is not None:
            victim = _dealt_to(verb)  # "tortured a young inmate to death", "was fatally assaulted"
            if victim is None or _irrealis(verb) or in_fiction(verb) or _legal_frame(verb):
                continue
            category, tok = "killed", verb
        elif tok.lower_ in HARM_NOUNS and _some_harm(tok):
            if (tok.i, HARM_NOUNS[tok.lower_]) in seen_heads:
                continue
            seen_heads.add((tok.i, HARM_NOUNS[tok.lower_]))
            out.append(_some_harm_figure(doc, tok, art.id, resolver := resolver or SpeakerResolver(doc)))
            continue
        elif tok.pos_ in ("VERB", "AUX") and (part := _body_part_harmed(tok)) is not None:
            victim = _owner_of_part(tok, part)
            if victim is None or _irrealis(tok) or in_fiction(tok) or _dies_later(tok) or not (
                    _violent_context(tok) or any(_lemma(t) in PHYSICAL_HARM_WORDS for t in sentence_of_token(tok))):
                continue  # an explosive, a bullet, a soldier: harm in a sentence of force, not a broken leg on the pitch
            category = "injured"  # "a demonstrator's hand was mangled by an explosive", "a policeman lost an eye"
        elif tok.lower_ in HOSPITAL_NOUNS or tok.lower_ == "condition":
            victim = _hospital_victim(tok)
            if victim is None or not _hurt_nearby(tok) or _irrealis(tok.head):
                continue
            category = "injured"
        elif tok.lower_ in KILL_NOUNS or (tok.lower_ in ("shooting", "stabbing") and any(
                c.lower_ in FATAL for c in tok.children)):
            victim = next((c for c in tok.children if c.dep_ == "nmod" and any(
                g.lower_ == "of" for g in c.children)), None)
            category = "killed"
            if tok.lower_ in ("death", "deaths") and victim is not None and (
                    _natural_death(sentence_of_token(tok)) or not _from_incident(sentence_of_token(tok))):
                continue  # "the death of Yasser Arafat": a death, not a casualty, unless an incident caused it
            if victim is not None and (_irrealis(tok) or _answered(tok)):
                continue
        if victim is None or category is None or (victim.i, category) in seen_heads or _legal_frame(tok):
            continue
        extra = [tok.head] if category == "killed" and lemma in DIE_VERBS and tok.dep_ == "conj" and \
            tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i < victim.i else []  # "a woman, ..., and a girl died"
        if victim.head.i == tok.i and victim.dep_ in ("nsubj:pass", "nsubjpass", "obj", "dobj", "nsubj"):
            extra += _sibling_victims(tok, victim)
        extra += _companions(tok)
        count, parts = _victim_count(doc, victim, numbers, mentions, extra)
        if count is None:
            continue
        seen_heads.add((victim.i, category))
        inner = [f for f in numbered if any(
            f.evidence.start <= n.start < f.evidence.end for n in count.numbered)]
        if inner and all(CATEGORY_OF.get(f.category) == category for f in inner) and \
                sum(f.value for f in inner) == count.value:
            continue  # "killing 25 people": the figures component has it
        for f in inner:
            covered.add(f.id)
        lo = min([tok.idx] + [p.left_edge.idx for p in parts])
        hi_tok = max([tok] + parts, key=lambda t: t.i)
        hi = hi_tok.idx + len(hi_tok.text)
        sent = sentence_of_token(tok)
        anchor = min(count.numbered, key=lambda n: n.start) if count.numbered else None
        resolver = resolver or SpeakerResolver(doc)
        claimant = claimant_for(doc, sent, anchor or _Point(victim.idx, victim.idx + len(victim.text)), resolver)
        figure = Figure(
            id=record_id(doc, "figure", lo, hi, category, "victim"), article=art.id, value=count.value or 0,
            approx=count.approx, category=category, subject=parts[0].text, actor=None, claimant=claimant,
            scope=scope_for(doc, sent, _Parts(_Point(lo, hi))), sentence=sentence_index(doc, tok.i),
            evidence=evidence(doc, lo, hi), rule="figure:victim" + (":unknown" if count.unknown else ""))
        out.append(figure)
    return out, covered


def _body_part_harmed(verb: Token) -> Token | None:
    """The part of the body ``verb`` harms: the passive subject of a verb of harm to it ("a demonstrator's hand was
    mangled", "his leg was blown off") or what a person loses ("lost an eye", "lost both legs")."""
    lemma = _lemma(verb)
    for c in verb.children:
        if c.lower_ not in BODY_PARTS:
            continue
        if c.dep_ in ("nsubj:pass", "nsubjpass") and (lemma.startswith(BODY_HARM_STEMS) or verb.lower_.startswith(
                BODY_HARM_STEMS) or lemma in INJURE_VERBS):
            return c
        if c.dep_ in ("obj", "dobj") and lemma == "lose" and not any(g.dep_ in ("nmod", "acl", "acl:relcl")
                                                                    for g in c.children):
            return c  # not "lost its head of logistics"
    return None


def _owner_of_part(verb: Token, part: Token) -> Token | None:
    """Whose the harmed part is: its possessor ("a demonstrator's hand"), or the subject of "lost" ("a policeman
    lost an eye"); a person (a noun of people, "he" or "she", a name), not a body ("the army lost its head")."""
    if part.dep_ in ("obj", "dobj"):
        owner = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    else:
        owner = next((c for c in part.children if c.dep_ in ("nmod:poss", "poss")), None)
    if owner is None:
        return None
    person = _lemma(owner) in CASUALTY_PERSON_NOUNS or owner.lower_ in PERSON_PRONOUNS or \
        owner.ent_type_ in ("PER", "PERSON")
    return owner if person else None


def _fatal_blow(tok: Token) -> Token | None:
    """The verb a "to death" or a "fatally" tells as killing whoever it struck, whatever the verb ("stoned a woman to
    death", "tortured to death", "crushed to death", "was fatally assaulted"), when the verb is none the lists of
    harm already read (not "sentenced to death", "bored to death")."""
    if tok.lower_ in ("death", "deaths") and tok.dep_ in ("obl", "nmod", "advmod", "obl:arg") and any(
            c.dep_ == "case" and c.lower_ == "to" for c in tok.children) and not any(
            c.dep_ in ("det", "nmod:poss") for c in tok.children):  # not "fought to the death"
        verb = tok.head
        if verb.pos_ in ("NOUN", "PROPN", "PRON") and verb.dep_ in ("obj", "dobj", "nsubj:pass", "nsubjpass"):
            verb = verb.head  # "stoned a woman to death", parsed with "to death" on the woman
    elif tok.lower_ == "fatally" and tok.dep_ == "advmod":
        verb = tok.head
    else:
        return None
    lemma = _lemma(verb)
    if verb.pos_ != "VERB" or lemma in HARM_OR_DIE or lemma in NOT_FATAL_TO_DEATH or lemma in FALL_VERBS or \
            verb.lower_ in ("shot", "stabbed"):
        return None
    if any(c.dep_ in ("obj", "dobj") and c.lower_ in ("himself", "herself", "themselves") for c in verb.children):
        return None  # "drank himself to death": a life's end, not a blow
    return verb


def _dealt_to(verb: Token) -> Token | None:
    """Who a fatal blow struck: the object, the passive subject, or the subject of a verb with no object ("three
    children burned to death")."""
    kids = {c.dep_: c for c in reversed(list(verb.children))}
    for dep in ("obj", "dobj", "nsubj:pass", "nsubjpass"):
        if dep in kids:
            return kids[dep]
    if verb.dep_ == "conj" and not any(c.dep_ in SUBJECTS for c in verb.children):
        return _dealt_to(verb.head)
    return kids.get("nsubj")


def _found_dead(dead: Token) -> Token | None:
    """Who is "dead" after a verb of finding or telling: its object or passive subject ("found him dead",
    "were feared dead"), or the subject of a headline's active form right before "dead" ("Dozens reported
    dead"), not the finder ("Police found the bodies")."""
    verb = dead.head
    who = next((c for c in verb.children if c.dep_ in ("nsubj:pass", "nsubjpass", "obj")), None)
    if who is None and _lemma(verb) != "find" and dead.i == verb.i + 1:
        who = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    return who


# Plural nouns of harm that, with no number, say there were some dead or hurt: "causing deaths and injuries"
HARM_NOUNS = {"deaths": "killed", "fatalities": "killed", "injuries": "injured"}
# Participles and adjectives that stand for the people themselves ("Some injured were reported", "several wounded
# were airlifted", "many dead remain under the rubble")
HARMED_PEOPLE = {"dead": "killed", "injured": "injured", "wounded": "injured", "hurt": "injured"}
VAGUE_SOME = {"some", "several", "many", "numerous", "more", "other", "countless"}
# what does that to them: an incident causes them, someone inflicts or suffers them, a report tells them
SOME_HARM_VERBS = {"cause", "inflict", "result", "leave", "report", "suffer", "sustain", "confirm", "bring"}


def _some_harm(tok: Token) -> bool:
    """"An attack ..., causing deaths and injuries", "resulting in deaths": an unknown number of this
    incident's dead (or hurt), not "no deaths", "two deaths" or "deaths from smoking"."""
    if any(c.dep_ in ("nummod", "det", "amod", "nmod:poss") and (c.like_num or c.lower_ in ("no", "any", "few", "the"))
           for c in tok.children) or any(c.dep_ == "nmod" for c in tok.children):
        return False
    head = tok.head
    while head.dep_ == "conj" and head.lower_ in HARM_NOUNS and head.head.i != head.i:
        head = head.head.head if head.head.lower_ in HARM_NOUNS else head.head  # "deaths and injuries"
    if tok.dep_ == "conj" and tok.head.lower_ in HARM_NOUNS:
        head = tok.head.head
    if _lemma(head) not in SOME_HARM_VERBS or _irrealis(head) or in_fiction(tok):
        return False
    return _violent_context(tok) and not _natural_death(sentence_of_token(tok))


def _some_harmed(tok: Token) -> bool:
    """"Some injured were reported", "several wounded were airlifted": the hurt or dead as a noun phrase of their
    own with a word of some number and no noun after it, in a sentence of violence: an unknown number of them."""
    if tok.lower_ not in HARMED_PEOPLE or tok.dep_ not in ("nsubj", "nsubj:pass", "nsubjpass", "obj", "dobj"):
        return False
    if not any(c.dep_ in ("det", "amod") and c.lower_ in VAGUE_SOME and c.i < tok.i for c in tok.children):
        return False
    return _violent_context(tok) and not (_irrealis(tok.head) or in_fiction(tok))


def _deadly_incident(tok: Token) -> bool:
    """"the latest outbreak of deadly clashes", "Saturday's deadly bombing": an incident said to have killed (not
    "the deadly virus", "a deadly weapon"), not one the sentence tells as what came before or since ("after deadly
    bombings"), in a sentence that tells no natural death, threat or fiction."""
    noun = tok.head
    if tok.dep_ != "amod" or noun.i < tok.i or not (noun.lower_ in INCIDENT_NOUNS - {"wounds", "injuries", "custody"}
                                                     or _lemma(noun) in DEADLY_INCIDENT_LEMMAS):
        return False
    if any(c.dep_ in ("case", "mark") and c.lower_ in OTHER_TIME_MARKS for c in noun.children):
        return False  # "seeking to avoid any show of weakness after deadly bombings in ...": what came before
    return not (_irrealis(noun.head) or in_fiction(tok) or _natural_death(sentence_of_token(tok)))


def _some_harm_figure(doc: Doc, tok: Token, article: str, resolver: SpeakerResolver, last: Token | None = None
                      ) -> Figure:
    category, sent = HARM_NOUNS.get(tok.lower_) or HARMED_PEOPLE.get(tok.lower_, "killed"), sentence_of_token(tok)
    last = last or tok
    lo, hi = tok.idx, last.idx + len(last.text)
    return Figure(id=record_id(doc, "figure", lo, hi, category, "harm-noun"), article=article, value=0, approx=None,
                  category=category, subject=tok.text, actor=None,
                  claimant=claimant_for(doc, sent, _Point(lo, hi), resolver),
                  scope=scope_for(doc, sent, _Parts(_Point(lo, hi))), sentence=sentence_index(doc, tok.i),
                  evidence=evidence(doc, lo, hi), rule="figure:victim:unknown")


def _companions(verb: Token) -> list[Token]:
    """"was killed with three other militants", "killed along with two others": victims beside the
    named one, in a "with" phrase of the verb that says they are others."""
    return [c for c in verb.children if c.dep_ in ("obl", "nmod") and c.pos_ in ("NOUN", "PRON")
            and any(g.lower_ == "with" and g.dep_ == "case" for g in c.children)
            and (c.lower_ == "others" or any(g.lower_ in ("other", "another") for g in c.children))]


def _harm_tokens(doc: Doc, text: str) -> list[Token]:
    """The tokens a cheap look at the text finds words of harm in (visiting every token is the cost)."""
    out: dict[int, Token] = {}
    for m in HARM_WORDS_RE.finditer(text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None and len(span):
            out[span[0].i] = span[0]
    return [out[i] for i in sorted(out)]


@dataclass
class _Point:
    """The little of a NumberSpan that claimant_for and scope_for read (where the count stands)."""

    start: int
    end: int
    text: str = ""
    approx_start: int | None = None


@dataclass
class _Parts:
    number: _Point


def _from_incident(sent: Span) -> bool:
    return any(t.lower_ in INCIDENT_NOUNS or _lemma(t) in HARM for t in sent)


def _struck_down(die: Token) -> bool:
    """"died after being hit by a car", "died when he was struck by a falling beam": the death follows a blow
    the dead took (a clause of its own below the verb, in the passive), or a fall ("fell to his death", "died
    after falling from the stands")."""
    return any(c.dep_ == "advcl" and _lemma(c) in STRUCK_VERBS and any(g.dep_ in ("aux:pass", "auxpass")
                                                                       for g in c.children) for c in die.children) \
        or _fall_to_death(die) or any(c.dep_ == "advcl" and _fell_from_height(c) for c in die.children)


def _fall_to_death(tok: Token) -> bool:
    """"fell to his death", "plunged to their deaths": a verb of falling whose "to" phrase is death."""
    return any(c.dep_ in ("obl", "nmod") and c.lower_ in ("death", "deaths") and any(
        g.dep_ == "case" and g.lower_ == "to" for g in c.children) for c in tok.children)


def _fell_from_height(tok: Token) -> bool:
    """"died after falling from the top tier", "died when she fell off a ladder": a fall from or into
    somewhere (not "fell ill", "fell asleep", "fell in love")."""
    lemma = tok.lemma_.lower() if tok.lemma_ else tok.lower_
    return lemma in FALL_VERBS and any(c.dep_ in ("obl", "advmod", "compound:prt") and (c.lower_ in FALL_FROM or any(
        g.dep_ == "case" and g.lower_ in FALL_FROM for g in c.children)) for c in tok.children)


def _natural_in_lead(sent: Span) -> bool:
    """A headline's death that the lead tells as natural ("Brazilian soccer player dies ..." over "... died of
    a heart attack during the second half of a match")."""
    doc = sent.doc
    if sent.start != 0 or sent.end >= len(doc) or "\n" not in doc_text(doc)[sent.start_char:doc[sent.end].idx + 1]:
        return False
    lead = sentence_of_token(doc[sent.end])
    return any(_lemma(t) in DIE_VERBS for t in lead) and _natural_death(lead)


def _natural_death(sent: Span) -> bool:
    return any(_illness(t) for t in sent) or bool(re.search(r"(?i)\b(?:he|she)\s+was\s+\d+\b", sent.text))


def _illness(tok: Token) -> bool:
    """"cancer", "Aids", "bird flu" (not the verb "aids"); "heart" only as a heart attack, failure or disease
    (not "in the heart of the refugee camp")."""
    if tok.lower_ == "heart":
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        return (nxt is not None and nxt.lower_ in HEART_TROUBLES) or tok.head.lower_ in HEART_TROUBLES or (
            tok.dep_ == "nsubj" and tok.head.lemma_.lower() in ("stop", "fail"))  # "his heart stopped"
    return tok.lower_ in ILLNESS_WORDS and tok.pos_ != "VERB" and tok.tag_ != "VBZ" and \
        (tok.lower_ != "aids" or tok.text[0].isupper())


def _names_illness(noun: Token) -> bool:
    """The noun or a word that names it is an illness: "Aids", "the HIV virus", "bird flu"."""
    return _illness(noun) or any(c.dep_ in ("compound", "amod") and _illness(c) for c in noun.children)


JUDICIAL = SENTENCING | {"court", "penalty", "injection", "gallows", "judicial", "judge", "tribunal"}


def _judicial_execution(doc: Doc, f: Figure) -> bool:
    """A state's execution of the condemned is no casualty of an incident: "executed three men convicted of drug
    trafficking", "was hanged after the Supreme Court rejected his appeal" (the verb's sentence tells of a court, a
    sentence or a conviction); "militants executed 12 hostages" still counts."""
    if CATEGORY_OF.get(f.category) != "killed":
        return False
    span = doc.char_span(f.evidence.start, f.evidence.end, alignment_mode="expand")
    verbs = [t for t in span or () if _lemma(t) in ("execute", "hang") and t.pos_ == "VERB"]
    return any(_lemma(t) in JUDICIAL or t.lower_ in JUDICIAL for v in verbs for t in v.sent if t.i != v.i)


def _killed_by_illness(doc: Doc, f: Figure) -> bool:
    """A death an illness causes is natural, no casualty: the illness is the subject of the verb of harm or of
    the clause a participle of harm hangs from ("Aids is killing millions", "HIV is decimating African countries,
    killing the most productive adults"), or what someone died of ("died of cancer", "Aids deaths")."""
    if CATEGORY_OF.get(f.category) != "killed":
        return False
    span = doc.char_span(f.evidence.start, f.evidence.end, alignment_mode="expand")
    if span is None:
        return False
    for tok in span:
        if _lemma(tok) in HARM_OR_DIE:
            verb = tok
            for _ in range(2):  # "killing ..." hanging from the clause whose subject does it
                subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj", "agent", "obl:agent")]
                if subjects or verb.dep_ not in ("advcl", "xcomp", "conj", "acl") or verb.head.i == verb.i:
                    break
                verb = verb.head
            if any(_names_illness(s) for s in subjects):
                return True
            if any(c.dep_ in ("obl", "nmod", "prep") and (any(k.lower_ in ("of", "from") for k in c.children)
                                                          or c.lower_ in ("of", "from"))
                   and any(_names_illness(t) for t in [c, *c.children]) for c in tok.children):
                return True  # "died of cancer"
        elif tok.lower_ in ("death", "deaths") and _names_illness(tok):
            return True  # "Aids deaths"
    return False


# -- reconciliation --------------------------------------------------------------------------

@dataclass
class _Tally:
    value: float | None
    approx: str | None
    unknown: bool
    claims: list[CasualtyClaim]
    low: float | None = None
    high: float | None = None
    total: bool = False  # "a total of two civilians were killed and four others wounded": later counts break it down
    # who else told the same count: "kills 12" (headline) restated by "killing 12, a police officer said" is the
    # police's count, so the attackers' "30 killed" after it is another claimant's, not a fuller toll
    restated_by: list[CasualtyClaim] = field(default_factory=list)


TOTAL_BEFORE_RE = re.compile(r"(?i)\b(?:a\s+total\s+of|in\s+total|in\s+all|altogether|overall)\b")
TOTAL_AFTER_RE = re.compile(r"(?i)^[^.;]{0,40}?\b(?:in\s+total|in\s+all|altogether)\b")


def _a_total(text: str, f: Figure) -> bool:
    """The figure's sentence says it totals the incidents it goes on to tell one by one."""
    start = text.rfind(".", 0, f.evidence.start) + 1
    return bool(TOTAL_BEFORE_RE.search(text, start, f.evidence.start) or
                TOTAL_AFTER_RE.search(text[f.evidence.end:f.evidence.end + 60]))


def _claim(f: Figure, link: str) -> CasualtyClaim:
    return CasualtyClaim(figure=f.id, value=None if f.rule.endswith(":unknown") else f.value, approx=f.approx,
                         claimant=f.claimant, sentence=f.sentence, text=f.evidence.text, link=link, scope=f.scope)


def _apart(doc: Doc, f: Figure) -> bool:
    """Another period, a past incident or a projection: not this article's incident."""
    text = doc_text(doc)
    published = article_of(doc).published
    scope = f.scope if f.scope is not None and _near(text, f, f.scope.text) and \
        not _dateline(text, f, f.scope.text) else None
    if scope is not None and published is not None and scope.end is not None and scope.end < published - OLD:
        return True
    sent_start = text.rfind(".", 0, f.evidence.start) + 1
    before = text[max(sent_start, f.evidence.start - 100):f.evidence.start]
    if PROJECTION_RE.search(before[-60:]) or IRREALIS_TO_RE.search(before) or \
            re.search(r"(?i)\b(?:will|would|could|might|may|can)\s+(?:\w+\s+)?(?:die|be\s+(?:killed|injured|"
                      r"wounded|hurt))|\bwould\s+(?:\w+\s+)?have\s+(?:died|been\s+(?:killed|injured|wounded|hurt))",
                      f.evidence.text):
        return True
    if _legal_count(doc, f):
        return True  # "found not guilty of killing five people": what a court is about, not an incident reported
    clause = CLAUSE_BREAK_RE.split(before)[-1]
    if LAST_PERIODS_RE.search(clause):
        return True  # "last month's protests left 23 people dead": an incident of another month
    if ELAPSED_RE.search(clause):
        return True  # "Two years after the tsunami killed 230,000 people, ...": the incident an anniversary recalls
    if published is not None and any(int(y) < published.year for y in YEAR_RE.findall(clause)):
        return True  # "the 1994 bombing that killed 85 people"
    opening = SENTENCE_YEAR_RE.match(text, sent_start)
    if published is not None and opening and int(opening.group(1)) < published.year:
        return True  # "In 2017 alone, 37 Ontarians died": a year that opens the sentence frames all of it
    framing = f.scope is not None and f.scope.text and text[sent_start:].lstrip().startswith(f.scope.text)
    if framing and published is not None and f.scope.end is not None and f.scope.end < published - OLD:
        return True  # "In June, an assault on an army post killed 26 soldiers": so does any time that opens it
    if scope is not None and PERIOD_RE.search(scope.text):
        return True
    years = f.scope  # the sentence's own time span, near the figure or not, closed before the report
    if years is not None and years.start is not None and years.end is not None and published is not None and \
            years.end < published and (years.end - years.start).days > 366:
        return True  # "Between 1990 and 2004, 25 children ... and two have died": a tally over years, not an incident
    if WORLD_WAR_BEFORE_RE.search(clause) or WORLD_WAR_AFTER_RE.match(text, f.evidence.end):
        return True  # "murdered more than 15,000 Polish officers during World War Two"
    if _a_long_spans_toll(doc, f):
        return True  # "where months of fighting have cost thousands of lives"
    later = AFTER_YEAR_RE.match(text, f.evidence.end)
    if published is not None and later and published - date(int(later.group(1)), 12, 31) > OLD:
        return True  # "3000 people died in one morning in New York on September 11th 2001"
    if published is not None and _told_of_long_ago(doc, text, f, published):
        return True
    if published is not None and _when_of_a_past_date(doc, f, published):
        return True  # "the deadliest attack since July 2005, when four bombers killed 52 people"
    if published is not None and _recalled_incident(doc, f, published):
        return True
    if _marks_an_anniversary(doc, f):
        return True
    if _an_actors_record(doc, f):
        return True
    if published is not None and _named_victim_of_an_old_incident(doc, text, f, published):
        return True
    if published is not None and _victim_who_died_long_ago(doc, f, published):
        return True  # "the flight on which she died in 2001 ... She and eight others were killed": one death, long past
    if published is not None and _dated_to_an_earlier_month(doc, f, published):
        return True
    after = text[f.evidence.end:f.evidence.end + 25]
    clause = CLAUSE_BREAK_RE.split(re.split(r"[.!?]\s", text[f.evidence.end:f.evidence.end + 60])[0])[0]
    # a period's words within 25 characters after the figure, read on to the sentence's end ("since tanks rolled
    # into Gaza 16 days ago" is the incident's own start)
    period_after = next((m for m in PERIOD_RE.finditer(text, f.evidence.end, _sentence_end(text, f.evidence.end))
                         if m.end() <= f.evidence.end + 25), None)
    return bool(period_after or PERIOD_RE.search(before[-25:]) or LAST_MONTH_RE.match(after)
                or RATE_RE.search(clause))  # "3,000 people die from hospital infections each year"


# What a sentence does when it marks an anniversary: "Relatives of the 298 people killed ... marked the tenth
# anniversary", "Hundreds gathered to commemorate the anniversary of ..."
MARKING_VERBS = {"mark", "commemorate", "remember", "honour", "honor", "mourn", "observe", "celebrate"}


def _marks_an_anniversary(doc: Doc, f: Figure) -> bool:
    """The figure's sentence marks an anniversary (its verb of marking takes "anniversary" as object): whatever
    it counts is the incident recalled, not a new one ("the bombing on the anniversary of ... killed five" is
    new: there the anniversary is no object of marking)."""
    span = doc.char_span(f.evidence.start, f.evidence.end, alignment_mode="expand")
    if span is None:
        return False
    above = {a.i for a in span[0].ancestors}
    for t in sentence_of_token(span[0]):
        verb = t.head
        if t.lower_ not in ("anniversary", "anniversaries") or t.dep_ not in ("obj", "dobj") or \
                _lemma(verb) not in MARKING_VERBS:
            continue
        if verb.i in above:
            return True  # "Relatives of the 298 people killed ... marked the tenth anniversary"
        if verb.head.i in above and not any(c.dep_ in SUBJECTS for c in verb.children):
            return True  # "Families of the 52 killed gathered to mark the anniversary"; not "as the country marked"
    return False


WHOLE_PERIODS = {"month", "quarter", "season", "year"}
NOUN_CLAUSES = {"acl", "acl:relcl", "relcl", "ccomp"}
OTHER_TIME_MARKS = {"since", "after", "before", "until", "till"}  # a clause of another time than its verb's


def _dated_to_an_earlier_month(doc: Doc, f: Figure, published: date) -> bool:
    """The figure's own verb of harm is dated, in its own clause, to a month (or longer) that ended before the
    month the article was published: the deaths of another incident ("a memorial ... for the three firefighters
    who died battling a blaze last month"). Not a time that hangs on a noun or inside a clause of one on the
    way ("three soldiers died on Tuesday of wounds suffered in an ambush last month": they died now)."""
    verb = _harm_verb(doc, f)
    if verb is None:
        return False
    this_month = published.replace(day=1)
    for d in doc._.fp_dates or []:
        if d.granularity not in WHOLE_PERIODS or d.date is None or (d.end_date or d.date) >= this_month:
            continue
        when = doc.char_span(d.start_char, d.end_char, alignment_mode="expand")
        if when is None or not len(when):
            continue
        t = when.root.head
        while t.i != verb.i and t.head.i != t.i and t.pos_ in ("VERB", "AUX") and t.dep_ not in NOUN_CLAUSES and \
                not any(c.dep_ == "mark" and c.lower_ in OTHER_TIME_MARKS for c in t.children):
            t = t.head  # up through verbs only: not "in one of the deadliest strikes since ...", "since X broke out"
        if t.i == verb.i:
            return True
    return False


def _when_of_a_past_date(doc: Doc, f: Figure, published: date) -> bool:
    """The count is told in a "when" clause on a date long past, so that date is its time: "since July 2005, when
    four bombers killed 52 people", "in 1994, when militias slaughtered 800,000" (the start of a "since" span)."""
    span = doc.char_span(f.evidence.start, f.evidence.end, alignment_mode="expand")
    if span is None:
        return False
    verb = next((t for t in span if _lemma(t) in HARM_OR_DIE or t.lower_ == "dead"), span.root)
    verbs = [verb, *(a for a in verb.ancestors if a.pos_ in ("VERB", "AUX") and a.i >= verb.sent.start)][:3]
    when = next((c for v in verbs for c in v.children if c.lower_ == "when" and c.i < v.i), None)
    if when is None:
        return False
    text = doc_text(doc)
    for d in doc._.fp_dates or []:
        if d.date is not None and d.end_char <= when.idx and re.fullmatch(r"\s*,?\s*", text[d.end_char:when.idx]):
            told = d.date if d.text.lower().startswith("since") else (d.end_date or d.date)
            return told < published - OLD
    return False


DEFINITE_DETS = {"the", "this", "that", "these", "those"}
NAMING_ENTS = {"GPE", "LOC", "NORP", "DATE", "EVENT", "FAC", "ORG"}


def _recalled_incident(doc: Doc, f: Figure, published: date) -> bool:
    """The count is told in a relative clause of a definite incident the article recalls, not the one it reports:
    "the 2004 tsunami, which killed 230,000", "the Parkland shooting in which 17 died", "victims of the Madrid
    train bombings ... the tragedy that killed 191 people". The incident is recalled when something frames it so
    ("since", "the anniversary of", "victims of", "the worst since": RECALL_FRAMES among its heads), or when it
    is named (a place, a people, a year: "the Madrid bombings") outside the headline and lead. A dated incident
    within two months of publication ("Sunday's attack, which killed 12") is the article's own; so is an
    indefinite one ("a bomb that killed 12 people exploded") and a plain "the attack, which killed 12"."""
    span = doc.char_span(f.evidence.start, f.evidence.end, alignment_mode="expand")
    if span is None:
        return False
    verb = next((t for t in span if _lemma(t) in HARM_OR_DIE or t.lower_ == "dead"), None) or _costing_verb(span)
    if verb is None:
        return False
    if verb.lower_ == "dead":  # "the hostage-taking that left 360 people dead" ("dead" on "left" or on "people")
        verb = next((a for a in list(verb.ancestors)[:2] if a.lemma_ == "leave"), verb)
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head  # "which killed 12 and wounded 30"
    relative = any(c.lower_ in ("that", "which") and (c.dep_.startswith("nsubj") or any(  # "in which 17 died"
        g.dep_ == "case" and g.i < c.i for g in c.children)) for c in verb.children)
    if verb.dep_ not in ("relcl", "acl:relcl") and not (verb.dep_ == "acl" and verb.tag_ == "VBN") and not relative:
        return False  # a clause whose subject is "that"/"which" is relative however the parse hangs it
    noun = _incident_of(verb)
    if noun is None:  # "the anniversary of the liberation of Dachau, where my uncle was murdered": a place remembered
        return any(a.lower_ in COMMEMORATION_FRAMES for a in (verb.head, *verb.head.ancestors))
    if _lemma(noun) in LONG_CONFLICT_NOUNS:
        return True  # "the Iraq war, in which 100,000 civilians died": a war's toll, not an incident's
    mods = _premodifiers(noun)
    if not (noun.pos_ == "PROPN" or any(t.lower_ in DEFINITE_DETS or t.tag_ in ("POS", "PRP$") for t in mods)):
        return False  # "a bomb that killed 12 people exploded": the article's incident
    recent = published - OLD
    lo = min([t.idx for t in noun.subtree] + [t.idx for t in mods])
    hi = max(t.idx + len(t) for t in noun.subtree)
    if any(d.date is not None and lo <= d.start_char < hi and (d.end_date or d.date) >= recent
           for d in doc._.fp_dates or []):
        return False  # "Sunday's attack, which killed 12", "the bombing that killed 12 on Tuesday"
    named = _named_incident(noun)
    sent = noun.sent
    if not named and not _framed(noun):  # "the tragedy": the named incident of its sentence it takes up, if any
        earlier = [t for t in sent if t.i < noun.i and t.pos_ in ("NOUN", "VERB") and
                   (t.lower_ in RECALLED_INCIDENT_NOUNS or _lemma(t) in RECALLED_INCIDENT_NOUNS) and _named_incident(t)]
        if not earlier:
            return False
        noun, named = earlier[-1], True
    if _framed(noun):
        return True
    if not named or _in_lead(doc, sent):
        return False
    lead = {t.lower_ for s in doc.sents if _in_lead(doc, s) for t in s}
    return not {t.lower_ for t in _naming_words(noun)} & lead  # "The Kabul market attack, which killed 26" after a
    # lead in Kabul: the article's own incident


COSTING_VERBS = {"claim", "cost", "take"}  # "a conflict that has claimed 160,000 lives": what took lives


def _costing_verb(span: Span) -> Token | None:
    """The verb whose object the counted lives or dead are, where it costs them ("claimed 160,000 lives", "has cost
    5,000 lives"): the killing verb of a count that holds none."""
    head = span.root.head
    return head if span.root.dep_ in ("obj", "dobj") and head.pos_ == "VERB" and _lemma(head) in COSTING_VERBS \
        else None


def _in_lead(doc: Doc, sent: Span) -> bool:
    """The sentence is the headline or the first sentence after it (the first sentence where there is none)."""
    text = doc_text(doc)
    cut = headline_cut(text)
    if cut is None:
        return sent.start == 0
    first = next((t for t in doc if t.idx > cut and not t.is_space), None)
    # by the extractors' sentence index, which reads a dateline with the story sentence it opens
    return first is None or sentence_index(doc, sent.start) <= sentence_index(doc, first.i)


def _named_incident(noun: Token) -> bool:
    """"the Madrid train bombings", "the 2004 tsunami", "Beslan's school siege": a name, a people or a year before
    the incident noun."""
    return bool(_naming_words(noun))


def _naming_words(noun: Token) -> list[Token]:
    return [t for t in dict.fromkeys([*noun.subtree, *_premodifiers(noun)]) if t.i < noun.i and
            t.dep_ not in ("det", "punct") and t.pos_ != "DET" and
            (t.pos_ == "PROPN" or t.ent_type_ in NAMING_ENTS or re.fullmatch(r"(?:19|20)\d\d", t.text))]


def _is_incident_noun(tok: Token) -> bool:
    hyphened = tok.i > 1 and tok.doc[tok.i - 1].text == "-" and \
        tok.doc[tok.i - 2:tok.i + 1].text.lower() in RECALLED_INCIDENT_NOUNS  # "hostage-taking"
    return tok.lower_ in RECALLED_INCIDENT_NOUNS | LONG_CONFLICT_NOUNS or tok.ent_type_ == "EVENT" or hyphened or \
        (tok.pos_ == "NOUN" and _lemma(tok) in RECALLED_INCIDENT_NOUNS)


def _incident_of(verb: Token) -> Token | None:
    """The incident noun a relative clause tells of: its head, or (where the parse hangs the clause elsewhere:
    "survivors of the Parkland shooting in which 17 died") the word right before the clause."""
    if _is_incident_noun(verb.head) and verb.head.i < verb.i:
        return verb.head
    held = verb.head  # "the bombing of the embassy in Nairobi, which killed 200": the clause hangs on the place,
    for _ in range(3):  # or on the last of the places ("the attacks on hotels, a station and a centre which left 166 dead")
        if held.dep_ not in ("nmod", "pobj", "obl", "compound", "appos", "conj") or held.head.i == held.i:
            break
        held = held.head if held.head.pos_ != "ADP" else held.head.head
        if _is_incident_noun(held) and held.i < verb.i:
            return held
    left = min(t.i for t in verb.subtree)
    prev = verb.doc[left - 1] if left > 0 else None
    if prev is not None and prev.text == "," and left > 1:
        prev = verb.doc[left - 2]
    return prev if prev is not None and _is_incident_noun(prev) else None


def _premodifiers(noun: Token) -> list[Token]:
    """The words of the noun phrase before the noun, read off the text: "the Parkland school", "Sunday 's"."""
    out = []
    end = noun.i - 2 if noun.i > 1 and noun.doc[noun.i - 1].text == "-" else noun.i  # "the Beslan hostage-taking"
    for t in reversed(noun.doc[max(0, end - 6):end]):
        if t.text == "-" and t.i > 0 and not t.whitespace_ and not t.nbor(-1).whitespace_:
            continue  # "the three-day attacks"
        if t.pos_ not in ("DET", "PROPN", "NOUN", "ADJ", "NUM", "PART", "PRON") or t.pos_ == "PRON" and t.tag_ != "PRP$":
            break
        out.append(t)
        if t.pos_ == "DET" or t.tag_ == "PRP$":
            break
    return out


def _framed(noun: Token) -> bool:
    """A recall frame governs the incident: its preposition ("since the tsunami") or a head above it ("the
    anniversary of the bombing", "victims of the attack", "the worst since ...")."""
    if any(c.dep_ == "case" and c.lower_ == "since" for c in noun.children):
        return True
    return any(_lemma(a) in RECALL_FRAMES or a.lower_ in RECALL_FRAMES for a in noun.ancestors)


FRAME_DATE_RE = re.compile(r"(?i)\b(?:in|on|during|by|until)\s+(?:the\s+)?(?:\w+\s+){0,2}$")
FRAME_WORD_RE = re.compile(r"(?i)(?:in|on|during|by|until)\b")


def _a_long_spans_toll(doc: Doc, f: Figure) -> bool:
    """The verb that takes the figure's lives has for subject a span of years, months or decades "of" something:
    "where months of fighting have cost thousands of lives", "a decade of conflict has claimed 50,000 lives" (not
    "three days of clashes killed 40", the incident itself, nor "after months of talks, gunmen killed five")."""
    span = doc.char_span(f.evidence.start, f.evidence.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    verb = next((t for t in [span.root, *span.root.ancestors] if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    for subj in (c for c in verb.children if c.dep_ in SUBJECTS):
        if _lemma(subj) in LONG_SPANS and any(c.dep_ in ("nmod", "prep") and (c.lower_ == "of" or any(
                g.dep_ == "case" and g.lower_ == "of" for g in c.children)) for c in subj.children):
            return True
    return False


def _told_of_long_ago(doc: Doc, text: str, f: Figure, published: date) -> bool:
    """The paragraph's last date before the figure sets the time it tells of, and that is more than a year
    before publication: "But in June 1998, Jacobs is back before a jury ... 'Five people are dead,'
    Holland recalled". Only a date in an adverbial phrase frames ("in June 1998", not "the 1998 bombing")."""
    para = text.rfind("\n", 0, f.evidence.start) + 1
    before = [d for d in doc._.fp_dates or [] if para <= d.start_char and d.end_char <= f.evidence.start
              and d.date is not None and (d.end_date or d.date) <= published]  # a past date is no plan, "future" or not
    if not before:
        return False
    last = max(before, key=lambda d: d.start_char)
    framed = FRAME_DATE_RE.search(text[max(para, last.start_char - 30):last.start_char]) or \
        FRAME_WORD_RE.match(last.text)  # "in 1993" before the date, or "By the early seventies" in it
    opens = max(text.rfind(". ", para, last.start_char), text.rfind(".\n", para, last.start_char)) + 1
    if re.search(r"[.!?]\s", text[last.end_char:f.evidence.start]) and \
            len(text[opens or para:last.start_char].split()) > 3:
        return False  # an earlier sentence's date frames what follows only from its opening ("In 2002, ..."),
    return bool(framed) and (published - (last.end_date or last.date)).days > 365  # not a caption's "... in 2016."


def _an_actors_record(doc: Doc, f: Figure) -> bool:
    """The count is told in a relative clause of the perfect on someone who did the killing, so it is their record, not
    an incident the article reports: "The group, which has killed hundreds of soldiers, claimed the kidnapping", "an
    ally whose group has already beheaded two Americans". Not one on an incident ("attacks that have killed 430",
    "the storm, which has killed 12"), nor a clause in the simple past ("gunmen who killed five were arrested")."""
    span = doc.char_span(f.evidence.start, f.evidence.end, alignment_mode="expand")
    verb = next((t for t in span or [] if _lemma(t) in HARM_OR_DIE), None)
    if verb is None or not any(c.dep_ == "aux" and _lemma(c) == "have" for c in verb.children):
        return False
    doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    whose = next((g for g in doer.children if g.lower_ == "whose"), None) if doer is not None else None
    if doer is None or not (doer.tag_ in ("WDT", "WP") and verb.dep_ in ("relcl", "acl:relcl") or whose is not None):
        return False  # the relative word (or "whose ...", however the parse hangs its clause) does the killing
    held = verb.head if whose is None else next((t for t in reversed(doc[:whose.i]) if not t.is_punct), whose)
    return held.pos_ in ("NOUN", "PROPN") and not (_is_incident_noun(held) or held.lower_ in INCIDENT_NOUNS or _lemma(held) in INCIDENT_NOUNS
                or _lemma(held) in ILLNESS_WORDS)


def _named_victim_of_an_old_incident(doc: Doc, text: str, f: Figure, published: date) -> bool:
    """Harm done to someone named whom an earlier sentence names as the victim of an incident of an earlier year or of
    proceedings ("the acquittal of an officer ... in the 2011 shooting of Anthony Lamar Smith. Stockley shot Smith after
    Smith fled"): the old incident told again, not a new one."""
    if not f.rule.startswith("figure:victim") or not f.subject or not f.subject[:1].isupper():
        return False
    name = re.compile(r"\b" + re.escape(f.subject) + r"\b")
    for sent in doc.sents:
        if sent.end_char > f.evidence.start:
            return False
        if not name.search(sent.text):
            continue
        years = [int(y) for y in YEAR_RE.findall(sent.text)]
        if any(y < published.year for y in years) or any(_lemma(t) in COURT | RECALL_FRAMES for t in sent):
            return True
    return False


def _victim_who_died_long_ago(doc: Doc, f: Figure, published: date) -> bool:
    """The figure's victim is one whose death the text dates more than a year before publication, elsewhere in it:
    "the ill-fated flight on which she died in 2001 ... She and eight others were killed on the plane"; "Gay couple
    ... Gary Matson and Winfield Mowden were found dead on July 1, 1999" for "murdered a gay couple". A person dies
    once: told again without its date, it is the old death. The victim is known by a pronoun or a name, or by a
    noun beside the names of the dead ("gay couple"), never by a class of people alone ("30 people died in 2001"
    is no tie to "12 people were killed")."""
    if CATEGORY_OF.get(f.category) != "killed" or not f.subject:
        return False
    span = doc.char_span(f.evidence.start, f.evidence.end, alignment_mode="expand")
    if span is None or (f.scope is not None and f.scope.end is not None and f.scope.end >= published - OLD):
        return False
    victims = _long_dead(doc, published)
    return f.subject.lower() in victims and not any(
        d.date is not None and (d.end_date or d.date) >= published - OLD and d.start_char >= span.sent.start_char
        and d.end_char <= span.sent.end_char for d in doc._.fp_dates or [])


def _long_dead(doc: Doc, published: date) -> set[str]:
    """The words (lower case) that name whoever the text says died or was killed more than a year before
    publication, the date in the clause of the verb of death itself: pronouns, names, and the nouns of a phrase
    that names the dead ("gay couple Gary Matson and Winfield Mowden")."""
    key = ("fp_long_dead", published)
    found = doc.user_data.get(key)
    if found is not None:
        return found
    found = set()
    long_ago = published - timedelta(days=365)
    for d in doc._.fp_dates or []:
        if d.date is None or d.future or (d.end_date or d.date) >= long_ago or d.granularity in ("span", "present"):
            continue
        when = doc.char_span(d.start_char, d.end_char, alignment_mode="expand")
        if when is None or not len(when):
            continue
        verb = when.root.head if when.root.head.pos_ != "ADP" else when.root.head.head
        while verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX") and not _of_death(verb) and \
                verb.dep_ not in NOUN_CLAUSES | {"conj"}:
            verb = verb.head
        if not _of_death(verb):
            continue
        passive = any(c.dep_ in ("nsubj:pass", "nsubjpass", "aux:pass", "auxpass") for c in verb.children)
        harm = _lemma(verb) not in DIE_VERBS  # "killed X", "found X dead"; not "X died"
        for c in verb.children:
            if c.dep_ in ("nsubj:pass", "nsubjpass") or (c.dep_ == "nsubj" and not harm) or \
                    (c.dep_ in ("obj", "dobj") and harm and not passive):
                found |= _victim_words(c, verb)
        if verb.dep_ == "conj" and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < verb.i:
            found |= _victim_words(verb.head, verb)  # "Gay couple Gary Matson and ... were found dead": the parse's
            # root is the subject phrase, the verb its conjunct
    doc.user_data[key] = found
    return found


def _of_death(verb: Token) -> bool:
    """A verb that tells a death: of killing or dying, or that leaves or finds someone dead ("shot dead", "were
    found dead"); not of wounding ("was shot in 2001" and lived)."""
    return verb.pos_ in ("VERB", "AUX") and (_lemma(verb) in KILL_VERBS | DIE_VERBS or any(
        c.lower_ == "dead" and c.dep_ in ("xcomp", "acomp", "advcl", "advmod", "oprd") for c in verb.children))


def _victim_words(head: Token, verb: Token) -> set[str]:
    """A victim phrase's naming words (not those of the verb's own clause): a pronoun, or its nouns where it
    holds a name (only people die: a name there is a person's, whatever the entity tagger says)."""
    if head.lower_ in PERSON_PRONOUNS:
        return {head.lower_}
    clause = {t.i for t in verb.subtree} if head.is_ancestor(verb) else set()
    words = [t for t in head.subtree if t.pos_ in ("NOUN", "PROPN") and not t.like_num and t.i not in clause]
    return {t.lower_ for t in words} if any(t.pos_ == "PROPN" for t in words) else set()


ANSWERS = {"retaliation", "response", "revenge", "reprisal", "reprisals", "avenge", "retaliate"}


def _answered(noun: Token) -> bool:
    """A killing told as what another act answers ("the attack was in response to the military's killing of a rebel
    leader", "in retaliation for the killing of two villagers", "to avenge the killing of"): what came before."""
    up = noun.head
    return _lemma(up) in ANSWERS or up.lower_ in ANSWERS


def _legal_count(doc: Doc, f: Figure) -> bool:
    """A numbered count whose verb of harm a charge, a trial or a verdict frames ("found not guilty of
    killing five people"); the victims the parse finds are checked (more widely) where they are found."""
    if f.rule.startswith("figure:victim"):
        return False
    span = doc.char_span(f.evidence.start, f.evidence.end, alignment_mode="expand")
    return span is not None and any(_lemma(t) in HARM_OR_DIE and _legal_frame(t, COURT) for t in span)


def _dateline(text: str, f: Figure, words: str) -> bool:
    """"MOSUL, Iraq, Dec 9 (AFP) - Six guardsmen were wounded": the dateline's date is the report's, no scope."""
    at = text.rfind(words, max(0, f.evidence.start - 300), f.evidence.start)
    d = dateline_of(text, at) if at >= 0 else None
    return d is not None and d.closed and d.date is not None and d.date[0] < at + len(words) and at < d.date[1] \
        and "." not in text[d.end:f.evidence.start]


def _near(text: str, f: Figure, words: str) -> bool:
    """``words`` stand in the figure's clause: no comma or semicolon between them and the figure."""
    lo, hi = max(0, f.evidence.start - 200), min(len(text), f.evidence.end + 200)
    at = text.find(words, lo, hi)
    if at < 0:
        return True
    between = text[at + len(words):f.evidence.start] if at < f.evidence.start else text[f.evidence.end:at]
    return not CLAUSE_BREAK_RE.search(between)


def _negated(text: str, f: Figure) -> bool:
    """"no one was hurt", "none were killed"."""
    return bool(re.search(r"(?i)\b(?:no|none\s+of)\s*$", text[max(0, f.evidence.start - 8):f.evidence.start]))


def _same_value(a: _Tally, f: Figure) -> bool:
    if a.value is None or f.value is None:
        return False
    if a.value == f.value:
        return True
    lo, hi = sorted((a.value, f.value))
    hedged = a.approx in ("more than", "at least", "about", "nearly") or f.approx in ("more than", "at least", "about",
                                                                                      "nearly")
    return hedged and hi <= lo * 1.1  # "over 600" then "at least 622"; not "one" then "at least two"


def _claimants(claims: list[CasualtyClaim]) -> set[str]:
    return {c.claimant.name for c in claims if c.claimant is not None}


def reconcile(doc: Doc, figures: list[Figure], vetoed: set[str] = frozenset()
              ) -> tuple[Casualties | None, dict[str, str]]:
    """One count per category over the article's incidents (see the module docstring). Figures whose
    ids are ``vetoed`` (the mention model judged them no casualty of the article's incidents) are not
    counted: kept apart with their scope where the rules set them apart too, else left out."""
    links: dict[str, str] = {}
    counts: dict[str, CasualtyCount] = {}
    text = doc_text(doc)
    for category in CASUALTY_CATEGORIES:
        figs = sorted((f for f in figures if CATEGORY_OF.get(f.category) == category),
                      key=lambda f: f.evidence.start)
        if not figs:
            continue
        apart = [f for f in figs if _apart(doc, f)]
        apart += _headline_of_apart(text, figs, apart)
        if not apart and all(f.id in vetoed for f in figs):
            continue
        live, members = _coordinated_groups(text, [f for f in figs if f not in apart and f.id not in vetoed])
        parts = {f.id for i, f in enumerate(live) if i and PART_RE.search(
            text[live[i - 1].evidence.start:f.evidence.start][-40:]) and live[i - 1].sentence == f.sentence}
        parts |= {f.id for f, g in itertools.pairwise(live) if f.rule.startswith("figure:among") and g.sentence == f.sentence
                  and f.value <= g.value}  # "three children were among six people killed": of the six
        claims: list[CasualtyClaim] = []
        tally: _Tally | None = None
        prev: Figure | None = None
        for f in live:
            if f.id in parts:
                claims.append(_claim(f, "part"))
                continue
            unknown = f.rule.endswith(":unknown")
            if tally is None:
                tally = _Tally(None if unknown else f.value, f.approx, unknown, [_claim(f, "counted")],
                               total=_a_total(text, f))
                prev = f
                continue
            if unknown:  # "several others were wounded" beside a number: nothing to add
                claims.append(_claim(f, "part"))
                continue
            if tally.value is None:
                claims += [replace_link(c, "replaced") for c in tally.claims]
                tally = _Tally(f.value, f.approx, False, [_claim(f, "counted")])
                prev = f
                continue
            link = "added" if _on_another_day(doc, prev, f) or _separate_act(doc, prev, f) else \
                _relation(text, tally, prev, f)
            if link == "added":
                tally.value += f.value
                tally.approx = tally.approx or f.approx
                tally.claims.append(_claim(f, "counted"))
            elif link == "restates":
                claims.append(_claim(f, "restates"))
                tally.restated_by.append(claims[-1])
                if f.value > tally.value or (f.approx and not tally.approx):
                    tally.value, tally.approx = max(tally.value, f.value), f.approx or tally.approx
            elif link == "alternative":
                tally.low = min(tally.low if tally.low is not None else tally.value, f.value)
                tally.high = max(tally.high if tally.high is not None else tally.value, f.value)
                claims.append(_claim(f, "alternative"))
            elif link == "replaces":
                claims += [replace_link(c, "replaced") for c in tally.claims]
                tally = _Tally(f.value, f.approx, False, [_claim(f, "counted")])
            else:
                claims.append(_claim(f, link))
            prev = f
        claims += [_claim(f, "apart") for f in apart]
        if members:  # a group's claim stands for its members' figures, each with the group's link
            tally_claims = tally.claims if tally is not None else []
            for group in (tally_claims, claims):
                group[:] = [m_claim for c in group for m_claim in (
                    [_claim(m, c.link) for m in members[c.figure]] if c.figure in members else [c])]
        if tally is None:
            counts[category] = CasualtyCount(best=None, unknown=False, claims=tuple(claims))
        else:
            best = tally.value
            low, high = tally.low, tally.high
            if best is not None and tally.approx == "up to":
                high = high if high is not None else best
            if best is not None and tally.approx in ("at least", "more than") and low is None:
                low = best
            vague = VAGUE_WORD_RE.search(" ".join(c.text for c in tally.claims if c.link == "counted"))
            if vague and len(tally.claims) >= 1 and best == VAGUE_RANGE[vague.group(1).lower()][0]:
                low, high = VAGUE_RANGE[vague.group(1).lower()]
            counts[category] = CasualtyCount(best=best, low=low, high=high, unknown=tally.unknown and best is None,
                                             approx=tally.approx, claims=tuple(tally.claims + claims))
        for c in counts[category].claims:
            links[c.figure] = c.link
    if not counts:
        return None, links
    hurt = counts.get("injured")
    died = _hurt_who_died(text, [f for f in figures if links.get(f.id) == "counted"])
    if hurt is not None and hurt.best is not None and 0 < died < hurt.best:
        counts["injured"] = dataclasses.replace(hurt, best=hurt.best - died, low=None if hurt.low is None else max(
            0, hurt.low - died), high=None if hurt.high is None else hurt.high - died)
    return Casualties(**counts), links


# "one of them", "two of the wounded", "one of the nine people injured": some of the hurt told before
OF_THE_HURT_RE = re.compile(r"(?i)^\s*[\w-]+\s+of\s+(?:(?P<them>them|whom)\b|the\s+(?:[\w-]+\s+){0,3}?(?:wounded|injured|hurt)\b)")


def _hurt_who_died(text: str, counted: list[Figure]) -> float:
    """How many of those counted hurt died of it, as the deaths tell them: "A man stabbed three commuters ... One of
    them later died in hospital" (one killed, two hurt), "Two of the wounded died overnight". A count of "them" is of
    the hurt only when the casualty figure told right before it is of the hurt. The dead are not also the hurt."""
    died = 0.0
    ordered = sorted(counted, key=lambda f: f.evidence.start)
    for k, f in enumerate(ordered):
        m = OF_THE_HURT_RE.match(f.evidence.text)
        if CATEGORY_OF.get(f.category) != "killed" or m is None or not f.value:
            continue
        before = [g for g in ordered[:k] if CATEGORY_OF.get(g.category) in ("killed", "injured")]
        if m.group("them") and not (before and CATEGORY_OF.get(before[-1].category) == "injured"):
            continue
        if any(CATEGORY_OF.get(g.category) == "injured" for g in before):
            died += f.value
    return died


def _headline_of_apart(text: str, figs: list[Figure], apart: list[Figure]) -> list[Figure]:
    """"War costs 100,000 Iraqi lives" over "Around 100,000 Iraqis have been killed ... since the invasion": a
    headline count that only a period's total the body keeps apart restates is that total, apart too (not a
    count the body sets apart by a date alone, which may be the dateline's)."""
    cut = headline_cut(text)
    if cut is None or not apart:
        return []
    body = [f for f in figs if f.evidence.start > cut and f not in apart]
    totals = [g for g in apart if g.evidence.start > cut and PERIOD_RE.search(
        text, text.rfind(".", 0, g.evidence.start) + 1, _sentence_end(text, g.evidence.end))]  # a period's total
    return [f for f in figs if f.evidence.end <= cut and f not in apart and f.value and
            any(g.value == f.value for g in totals) and not any(g.value == f.value for g in body)]


def _sentence_end(text: str, at: int) -> int:
    end = text.find(".", at)
    return len(text) if end < 0 else end


def _coordinated_groups(text: str, figs: list[Figure]) -> tuple[list[Figure], dict[str, list[Figure]]]:
    """"Six guardsmen and 10 civilians were wounded": figures of one sentence whose second stands
    inside the first's words after "and" or a comma count one group (their sum), reconciled as one."""
    out: list[Figure] = []
    members: dict[str, list[Figure]] = {}
    for f in figs:
        lead = out[-1] if out else None
        group = members.get(lead.id, [lead]) if lead is not None else []
        first = group[0] if group else None
        if first is not None and first.sentence == f.sentence and first.evidence.start < f.evidence.start < \
                first.evidence.end and COORDINATED_RE.search(text[group[-1].evidence.start:f.evidence.start]):
            group = [*group, f]
            merged = dataclasses.replace(first, id=f"{first.id}+{len(group)}", value=sum(g.value for g in group),
                                         approx=next((g.approx for g in group if g.approx), None))
            members.pop(lead.id, None)
            members[merged.id] = group
            out[-1] = merged
            continue
        out.append(f)
    return out, members


SUPERSEDED_RE = re.compile(r"(?i)(?:\b(?:earlier|previous|initial|original|prior)\s+(?:death\s+|casualty\s+)?"
                           r"(?:toll|count|figure|estimate|tally)s?\s+(?:of\s+)?|\b(?:up|down)\s+from\s+(?:an?\s+)?"
                           r"(?:earlier\s+|previous\s+)?)(?:at\s+least\s+|about\s+|some\s+)?[\w,.]+(?:\s+[a-z]+)?\s*$")
TOLL_UPDATE_RE = re.compile(r"(?i)\b(?:bringing|raising|brings|raises|taking|takes|rose|risen|climbed|increased|"
                            r"jumped|soared|reached|now)\b")
COORDINATED_RE = re.compile(r"(?i)^[\w\s-]*?(?:\band|\bplus|\bas\s+well\s+as|,)\s*$")
COORD_RE = re.compile(r"(?i)[\s,;]*(?:and|while|as\s+well\s+as|plus|with|besides)?[\s,]*")
NOMINAL_RE = re.compile(r"(?i)\b(?:deaths?|killings?|murders?|slayings?)\s+of\s*$")
CONTRARY_RE = re.compile(r"(?i)\s*(?:however|but|yet|meanwhile,?\s+(?:\w+\s+){0,3}?(?:said|say|claimed|put))\b")
AGGREGATE = 4  # a later count this many times the incident's is another scope (a national or war total)
# some of those already counted: "five of the injured", "dozens of the wounded", "two of the dead"
SHARE_OF_RE = re.compile(r"(?i)\bof\s+(?:the|those|them)\s*(?:wounded|injured|dead|victims|casualties|hurt)?\b")
# one of the strikes the count is told of: "Israeli strikes killed 17 ... One strike hit a school, killing six"
ONE_OF_RE = re.compile(r"(?i)\b(?:one|a\s+single)\s+(?:of\s+the\s+)?(?:air\s*)?(?:strikes?|attacks?|raids?|blasts?|bombs?|"
                       r"bombings?|shells?|missiles?|rockets?|explosions?|airstrikes?|drones?)\b")


def _harm_verb(doc: Doc, f: Figure) -> Token | None:
    """The figure's own verb of harm ("killed" of "bandits killed 20 people"), if its words hold one: the one
    no other of them governs ("died" of "a police officer who was shot in May died")."""
    span = doc.char_span(f.evidence.start, f.evidence.end, alignment_mode="expand")
    verbs = [t for t in span if _lemma(t) in HARM_OR_DIE] if span is not None else []
    ids = {t.i for t in verbs}
    return next((t for t in verbs if not any(a.i in ids for a in t.ancestors)), verbs[0] if verbs else None)


def _incident_day(doc: Doc, f: Figure) -> date | None:
    """The day the figure's own verb of harm is dated ("bandits killed 20 people on Wednesday"), not the day
    someone told of it ("On Tuesday, officials said 20 had died")."""
    verb = _harm_verb(doc, f)
    if verb is None:
        return None
    for d in doc._.fp_dates or []:
        if d.date is None or d.granularity != "day" or (d.end_date or d.date) != d.date:
            continue
        when = doc.char_span(d.start_char, d.end_char, alignment_mode="expand")
        if when is not None and len(when) and when.root.head.i == verb.i and when.root.i != verb.i:
            return d.date
    return None


def _on_another_day(doc: Doc, prev: Figure, f: Figure) -> bool:
    """Two counts in different sentences whose killings are dated on different days are two incidents, added
    ("Gunmen killed 12 villagers on Monday. On Wednesday, bandits killed 20 people"), unless the later one
    tells a toll ("the toll rose to 20 on Wednesday")."""
    if prev.sentence == f.sentence:
        return False
    text = doc_text(doc)
    lead = text[max(0, f.evidence.start - 60):f.evidence.start]
    lead = lead[lead.rfind(".") + 1:]
    if TOLL_RE.search(lead + f.evidence.text) or TOLL_UPDATE_RE.search(lead + f.evidence.text):
        return False
    days = _incident_day(doc, prev), _incident_day(doc, f)
    return None not in days and days[0] != days[1]


# a later count of one sentence that is some of those already counted, or points back at them
SHARE_WORDS_RE = re.compile(r"(?i)\b(?:of\s+(?:them|whom|those|the\s+(?:dead|wounded|injured|victims|casualties|hurt|"
                            r"killed|deceased))|including|among|but|whereas|however|while)\b")
RUN_IN_BREAK_RE = re.compile(r"[():\u2013\u2014]|\s-\s|--")
BACK_POINTERS = DEFINITE_DETS | {"both", "all", "he", "she", "they", "him", "her", "them", "his", "their", "its"}


def _separate_act(doc: Doc, prev: Figure, f: Figure) -> bool:
    """Two counts of one sentence, each told by its own verb of harm, the later of people the sentence has not
    counted yet ("killing a police officer and a guard before two of the attackers were shot dead") are the
    victims of two acts: added, whatever their values. Not a share of those counted ("two of them", "two of the
    dead", "including"), another teller's count ("but rebels said"), a toll, nor people a definite word or a
    pronoun may point back to ("before he died", "both were killed")."""
    if prev.sentence != f.sentence or prev.evidence.end > f.evidence.start or f.rule.endswith(":unknown"):
        return False
    text = doc_text(doc)
    if SHARE_WORDS_RE.search(text, prev.evidence.end, f.evidence.end) or \
            ONE_OF_RE.search(text, prev.evidence.end, f.evidence.start) or \
            TOLL_RE.search(text, prev.evidence.end, f.evidence.end) or \
            TOLL_UPDATE_RE.search(text, prev.evidence.end, f.evidence.end):
        return False
    if prev.claimant is not None and f.claimant is not None and prev.claimant.name != f.claimant.name:
        return False
    first, second = _harm_verb(doc, prev), _harm_verb(doc, f)
    if first is None or second is None or first.i == second.i or RUN_IN_BREAK_RE.search(
            text, prev.evidence.end, f.evidence.start) or any(_lemma(t) in VOICE_LEMMAS for t in doc[first.i:second.i]):
        return False  # a headline run into its story ("... killed by landmines: army BAMAKO (AFP) - Six troops
        # were killed"), a count someone else's words tell ("as the minister said over 3,000 had perished")
    if any(c.lower_ == "to" and c.dep_ in ("mark", "aux") for c in second.children):
        return False  # "the second attack to kill seven people this week": what kind of incident it was
    span = doc.char_span(f.evidence.start, f.evidence.end, alignment_mode="expand")
    who = span[1] if span[0].i == second.i and len(span) > 1 else span[0]  # "killing both men", "both men died"
    before = doc[who.i - 1] if who.i > 0 else who  # "the 12 were killed"
    return who.lower_ not in BACK_POINTERS and before.lower_ not in BACK_POINTERS


def _relation(text: str, tally: _Tally, prev: Figure, f: Figure) -> str:
    """How figure ``f`` relates to the count so far: added (coordinated victims, "another 47"),
    restates, replaces (a running toll, a fuller count), alternative (another claimant), part
    (a smaller later count: a breakdown) or apart (another incident or scope)."""
    gap = text[prev.evidence.end:f.evidence.start]
    lead = text[max(0, f.evidence.start - 60):f.evidence.start]
    lead = lead[lead.rfind(".") + 1:]
    if prev.sentence == f.sentence and prev.evidence.end <= f.evidence.start and COORD_RE.fullmatch(gap):
        return "added"
    if SUPERSEDED_RE.search(text[max(0, f.evidence.start - 45):f.evidence.end]):
        return "replaced"  # "Six were killed, the ministry said, raising an earlier toll of four": the four is old
    if NOMINAL_RE.search(text[max(0, f.evidence.start - 20):f.evidence.start] + f.evidence.text[:20]) or \
            re.match(r"(?i)(?:the\s+)?(?:deaths?|killings?|murders?)\s+of\b", f.evidence.text):
        return "apart"  # "the deaths of 85 protesters": an incident told elsewhere, after this one
    if _same_value(tally, f):
        return "restates"
    if TOLL_UPDATE_RE.search(lead + f.evidence.text):
        return "replaces"
    if tally.total and f.value < tally.value:
        return "part"  # "A total of ... four others wounded ... In Diyala, ... three others were wounded"
    if f.value < tally.value and SHARE_OF_RE.search(f.evidence.text):
        return "part"  # "wounded 40 ... Five of the injured were in a serious condition": a share of them
    if f.value < tally.value and ONE_OF_RE.search(text, text.rfind(".", 0, f.evidence.start) + 1, f.evidence.start):
        return "part"  # "... killed 17 overnight, the ministry said. One strike hit a school, killing six": a share
    if OTHERS_RE.match(f.evidence.text):
        return "added"  # "31 peacekeepers were injured ... another civilian was heavily injured, said X": more
        # victims, whoever tells of them, never another claimant's figure for the same ones
    mine = _claimants(tally.claims + tally.restated_by)
    theirs = {f.claimant.name} if f.claimant is not None else set()
    if mine and theirs and not (mine & theirs):
        return "alternative"
    if prev.sentence != f.sentence and theirs and CONTRARY_RE.match(text, text.rfind(".", 0, f.evidence.start) + 1):
        return "alternative"  # "Nine were confirmed dead by the police. However, an eyewitness claimed twelve"
    if ADD_RE.search(lead[-30:] + f.evidence.text):
        return "added"  # "... while another 47 people died"
    if prev.sentence == f.sentence and re.search(r"(?i)\b(?:but|whereas|however)\b", gap):
        return "alternative"  # "12 soldiers were killed, the army said, but rebels put the toll at 30"
    if TOLL_RE.search(lead + f.evidence.text):
        return "replaces"
    if ADD_RE.search(lead[-30:] + f.evidence.text):
        return "added"
    if f.value >= AGGREGATE * tally.value:
        return "apart"
    return "replaces" if f.value > tally.value else "part"


def replace_link(c: CasualtyClaim, link: str) -> CasualtyClaim:
    return CasualtyClaim(figure=c.figure, value=c.value, approx=c.approx, claimant=c.claimant, sentence=c.sentence,
                         text=c.text, link=link, scope=c.scope)


# -- events ----------------------------------------------------------------------------------

def _violent(ev: Event) -> bool:
    return ev.root in ("18", "19", "20") or ev.code.startswith("14")


def casualties_for_events(doc: Doc, events: list[Event]) -> list[Event]:
    """Give each violent event the casualty figures of its sentence nearest its words; a protest
    (14x) only where people are hurt."""
    reading: CasualtyReading | None = doc._.fp_casualties
    if reading is None:
        return events
    figures = [f for f in list(doc._.fp_figures or []) + reading.figures
               if CATEGORY_OF.get(f.category) and reading.links.get(f.id) != "part" and not reading.rejected(f.id)]
    chosen: dict[str, list[Figure]] = {}
    for f in figures:
        candidates = [e for e in events if e.sentence == f.sentence and _violent(e)]
        if not candidates:
            continue
        best = min(candidates, key=lambda e: (_distance(e, f), e.evidence.start))
        chosen.setdefault(best.id, []).append(f)
    for ev in events:
        figs = chosen.get(ev.id)
        if not figs:
            continue
        counts = {}
        for category in CASUALTY_CATEGORIES:
            mine = [f for f in figs if CATEGORY_OF[f.category] == category]
            if not mine:
                continue
            known = [f for f in mine if not f.rule.endswith(":unknown")]
            link = "apart" if all(reading.links.get(f.id) == "apart" for f in mine) else "counted"
            best = sum(f.value for f in known) if known else None
            counts[category] = CasualtyCount(
                best=best, low=best if best is not None and any(f.approx in ("at least", "more than") for f in known)
                else None, high=best if any(f.approx == "up to" for f in known) else None,
                unknown=best is None, approx=next((f.approx for f in known if f.approx), None),
                claims=tuple(_claim(f, reading.links.get(f.id, link)) for f in mine))
        ev.casualties = Casualties(**counts) if counts else None
    return events


def _distance(ev: Event, f: Figure) -> int:
    if ev.evidence.start <= f.evidence.start < ev.evidence.end:
        return 0
    return min(abs(f.evidence.start - ev.evidence.end), abs(ev.evidence.start - f.evidence.end))


__all__ = ["CASUALTIES_REQUIRE", "CasualtyCounter", "CasualtyReading", "casualty_candidates", "victim_figures",
           "reconcile", "casualties_for_events"]
