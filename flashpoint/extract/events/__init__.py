"""fp_events: who did what to whom, coded in CAMEO and PLOVER, with modality and provenance.

The coding itself is event_coder.py (dependency parse + verb-pattern dictionary); this component
turns its CodedEvents into records.Event: CAMEO checks, Goldstein/QuadClass, PLOVER type and mode,
modality and attribution (modality.py), date (a date in the sentence, else publication), location
(a place in the sentence, else the paragraph), evidence span, rule and confidence. Once every event of
the article is coded, a violent event's open side is taken from another event of the same incident
(incidents.py: "Six policemen were injured. Police said militants lobbed a grenade").

Settings (default_config.cfg, [components.fp_events]):
  dictionary  = null | path to a verb dictionary (PETRARCH/TABARI format) to code with instead of ours
  dictionary_lemmas = whether that dictionary names verbs by lemma (ours does; PETRARCH's does not)
  min_confidence = events below this are dropped
  statements = whether plain statements (CAMEO 010, "X said") are kept as events
  sense_model = null | the sense veto's model (sense.py): a shipped model's name or a .npz path
  sense_threshold = material-conflict events (roots 14-20) scoring below this in a non-conflict article are dropped
  sense_floor = the same bar in every other article
  sense_harmless = the bar of a root 18-20 event without physical-harm evidence outside sport and business
  sense_harm_floor = the bar of a root 18-20 event with physical-harm evidence outside sport and business
  sense_genre_model = null | the genre model (sense.py): a whole article it reads as no news of the world is a genre piece
  sense_genre_news_max = ... when it gives news at most this probability
"""

from __future__ import annotations

import dataclasses
import functools

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from flashpoint.codes.cameo import event_code, nearest_known
from flashpoint.codes.cameo_intent import demand_code, intent_code, refusal_code, threat_code
from flashpoint.codes.petrarch_verbs import read_verb_dictionary
from flashpoint.codes.plover import plover_for
from flashpoint.codes.verb_dictionary import OWN_VERBS, VerbDictionary
from flashpoint.errors import UnknownCodeError
from flashpoint.extract.base import (ActorMention, Component, article_of, doc_text, mentions_in, paragraph_bounds,
                                     record_id, sentence_index, span_text, told_order)
from flashpoint.extract.dates import event_dating
from flashpoint.extract.actors.names import PERSON_LABELS
from flashpoint.extract.events.arguments import (COERCION_ROOTS, OBJ, SUBJ, MentionIndex, is_coded,
                                                joined_verb_read_as_noun)
from flashpoint.extract.events.coder import CodedEvent, CoderOptions, EventCoder
from flashpoint.extract.events.incidents import BORROWED_CONFIDENCE, INCIDENT_WINDOW, TOLD, complete_incidents, same_side
from flashpoint.extract.events.modality import (Claim, alleged_acts, claim_for, clause_subjects, demanded_clause,
                                                is_negated)
from flashpoint.extract.claims.casualties import casualties_for_events
from flashpoint.extract.events.nominal import NOUN_RULE, nominal_events
from flashpoint.extract.events.sense import SenseVeto, load_genre_model, load_sense_model
from flashpoint.extract.events.uncoded import ARMED_SECTORS, festive_crowd, reciprocal_pair, uncoded_subject
from flashpoint.extract.events.sides import (CAUSE_MARKS, MATERIAL_CONFLICT_ROOTS, appeal_addressee, armed_modifier,
                                             appeal_verb, appealed, article_scene, complete_sides, displaced_target, harmed_person, home_sides,
                                             person_side, role_of, told_to, weapon_subject, weapon_words)
from flashpoint.extract.places import actor_code, is_scene, is_setting, scene_places_in
from flashpoint.nlp.deps import SUBJECTS
from flashpoint.nlp.extensions import slot
from flashpoint.extract.claims.quotemarks import quote_spans
from flashpoint.records import ActorRef, Attribution, Event, Evidence, PlaceRef, Quote
from flashpoint.settings import component_defaults
from flashpoint.extract.words import (ACCIDENT_CAUSES, AIMED_PREPOSITIONS, ANONYMOUS_ATTACKERS, ATTACK_WORDS, DOER_VERBS,
                                      BLAST_WORDS, FIRST_PERSON_SUBJECTS, FOREIGN_FORCES,
                                      PLANTED_DEVICES, MEMBER_NOUNS, REPORTING_VERBS, SIEGE_VERBS,
                                      TOLL_NOUNS, UNDERGOING_VERBS)

# The source of an event whose actor the text does not name (an agentless passive): the contract
# wants an actor reference, so it gets one with no code, as unknown actors do.
UNNAMED = ActorRef(name="unnamed", code=None, text="")
from flashpoint.codes.agents import COUNTRYLESS_ROLES as ROLE_CODES  # noqa: E402
from flashpoint.codes.agents import INSTITUTIONAL_PREFIXES as ORG_PREFIXES  # noqa: E402
from flashpoint.codes.agents import INSTITUTIONAL_ROLES  # noqa: E402
from flashpoint.codes.agents import ARMED_AT_HOME  # noqa: E402
from flashpoint.codes.agents import STATE_FORCES  # noqa: E402
from flashpoint.codes.agents import PROTEST_SECTORS  # noqa: E402
from flashpoint.codes.agents import country_of  # noqa: E402
OWN_DICTIONARY = OWN_VERBS
# What fp_events reads: actors, dates (an event's date), places (its location), direct quotes (who speaks
# inside them), figures (the sense veto reads a sentence's casualty figures, sense.py) and casualties (a
# violent event's casualties), and the model's parse, lemmas, tags and entity types (a date is no target)
EVENTS_REQUIRE = ["doc._.fp_actor_mentions", "doc._.fp_dates", "doc._.fp_places", "doc._.fp_quotes",
                  "doc._.fp_figures", "doc._.fp_casualties", "token.dep", "token.lemma", "token.pos", "token.tag",
                  "token.is_sent_start", "token.ent_type"]


@functools.lru_cache(maxsize=8)
def load_dictionary(path: str | None = None, lemmas: bool = True) -> VerbDictionary:
    """Our dictionary (default) or an imported PETRARCH/TABARI one."""
    if path is None:
        return read_verb_dictionary(OWN_DICTIONARY, match_lemmas=True, rule_prefix="verb", name="flashpoint")
    return read_verb_dictionary(path, match_lemmas=lemmas, rule_prefix="petrarch")


@Language.factory("fp_events", requires=EVENTS_REQUIRE, assigns=["doc._.fp_events"],
                  default_config=component_defaults("fp_events"))
def make_event_coder(nlp: Language, name: str, dictionary: str | None, dictionary_lemmas: bool,
                     min_confidence: float, statements: bool, target_model: bool, sense_model: str | None,
                     sense_threshold: float, sense_floor: float, sense_harmless: float,
                     sense_harm_floor: float, sense_genre_model: str | None,
                     sense_genre_news_max: float) -> "EventComponent":
    vd = load_dictionary(dictionary, dictionary_lemmas) if dictionary else load_dictionary()
    genre = load_genre_model(sense_genre_model) if sense_genre_model else None
    sense = SenseVeto(load_sense_model(sense_model), sense_threshold, sense_floor, sense_harmless,
                      sense_harm_floor, genre, sense_genre_news_max) if sense_model else None
    return EventComponent(vd, min_confidence=min_confidence, statements=statements, target_model=target_model,
                          sense=sense)


def quote_holding(doc: Doc, verb: Token) -> Quote | None:
    """The direct quote whose quoted words hold ``verb`` (not its frame: "X told AFP")."""
    quotes = [q for q in slot(doc, "fp_quotes") or [] if q.direct]
    if not quotes:
        return None
    at = verb.idx
    spans = doc.user_data.get("fp_quote_spans")
    if spans is None:  # a per-call cache, dropped by find()
        spans = doc.user_data["fp_quote_spans"] = quote_spans(doc_text(doc))
    inside = next((span for span in spans if span.start <= at < span.end), None)
    if inside is None:
        return None
    return next((q for q in quotes if q.evidence.start <= inside.start < q.evidence.end), None)


def dedup_key(ev: Event) -> tuple:
    """Events of one sentence with one code and the same two sides are one event."""
    return (ev.sentence, ev.code, ev.source.code if ev.source else None, ev.target.code if ev.target else None,
            ev.source.name if ev.source else None, ev.target.name if ev.target else None)


def event_id(doc: Doc, ce: CodedEvent, code: str, source: ActorRef | None, target: ActorRef | None) -> str:
    """An event's id: its verb, code and the codes of its two sides (a side completed later changes it)."""
    return record_id(doc, "event", ce.verb, code, source.code if source else None, target.code if target else None,
                     ce.answer)


def agentless(doc: Doc, ce: CodedEvent, weapons: frozenset[str]) -> bool:
    """The event's own words name no doer: a passive without a by-phrase ("were killed"), a verb with
    no subject ("killing four"), or one whose subject is only the act's doers ("the attackers") or
    the weapon ("a roadside bomb killed five soldiers")."""
    if ce.source is not None:
        return False
    verb = doc[ce.verb]
    if ce.passive:
        return True
    subj = next((c for c in verb.children if c.dep_ in SUBJ), None)
    return subj is None or subj.lemma_.lower() in ANONYMOUS_ATTACKERS or subj.lemma_.upper() in weapons \
        or weapon_subject(verb, weapons) is not None  # "the explosions destroyed two vehicles"


def settings_in(doc: Doc, sent: Span) -> list:
    """The places a sentence is set in: towns and regions, or a country named as the setting ("in Iraq"), not
    a country named as what is acted on ("sanctions against Nigeria") or the victims' nationality ("one U.S.
    soldier")."""
    return [p for p in scene_places_in(doc, sent) if is_setting(p)]


# CAMEO 181, abduct, hijack or take hostage: no state's act (a state arrests), so one no one is named for was
# done by someone of the place it happened in, as a planted device was set off
ABDUCTION_CODE = "181"


def told_with(verb: Token) -> list[Token]:
    """The words that tell what a violent act was done with: the verb, its subject, its phrases after "in",
    "by" or "with" ("killed in a car bomb explosion", "targeted with a grenade attack"), the clause that tells
    how ("injured when a hand grenade exploded", "killed when their truck hit a landmine"), the subject of the
    clause a subjectless verb goes on ("a bomb exploded in a market, killing five people") and the noun the
    verb modifies ("car bomb attacks targeting Shia fighters")."""
    parts = [c for c in verb.children if c.dep_ in SUBJ or (c.dep_ in ("obl", "nmod") and any(
        g.dep_ == "case" and g.lower_ in ("in", "by", "with") for g in c.children))]
    parts += [c for c in verb.children if c.dep_ == "advcl" and any(
        g.dep_ in ("mark", "advmod") and g.lower_ in CAUSE_MARKS for g in c.children)]
    if verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.i != verb.i and not any(
            c.dep_ in SUBJ for c in verb.children):
        parts += [c for c in verb.head.children if c.dep_ in SUBJ]
    words = [verb] + [t for c in parts for t in c.subtree]
    if verb.dep_ == "acl" and verb.head.i < verb.i:
        words += [verb.head] + [c for c in verb.head.children if c.dep_ in ("compound", "amod")]
    return words


def scene_attackers(doc: Doc, events: list[Event], made: list[CodedEvent], unnamed: set[int]):
    """(index, event) for violent events told as done with a planted device, or abductions, and no doer
    anywhere in the incident ("a roadside bombing near Samarra killed one U.S. soldier", "killed in a car bomb
    explosion in Beirut", "an aid worker kidnapped in Iraq"): the source is whoever set it off, of the one
    country the sentence's scene places lie in (a sentence with none: the article's lead country's, as a
    suicide bombing's place is found), coded by that country alone (as the PLOVER gold codes them); none
    where the places lie in several countries or in none."""
    for i in sorted(unnamed):
        e, ce = events[i], made[i]
        if e.root not in MATERIAL_CONFLICT_ROOTS or e.modality not in TOLD or is_coded(e.source):
            continue
        if not e.code.startswith(ABDUCTION_CODE) and not any(
                t.lemma_.lower() in PLANTED_DEVICES for t in told_with(doc[ce.verb])):
            continue
        if doer_named(doc[ce.verb]):
            continue
        places = settings_in(doc, ce.sentence) or article_scene(doc)
        if not places or len({p.country for p in places}) != 1:
            continue
        place = places[0]
        source = ActorRef(name=f"attackers in {place.name}", code=actor_code(place.country), text=place.evidence.text)
        yield i, dataclasses.replace(e, source=source, rule=e.rule + ":source-from-scene",
                                     confidence=round(max(0.05, e.confidence - 0.15), 2))


def doer_named(word: Token) -> bool:
    """The act a noun names is the object of a verb of doing whose subject is named, not as its doers only: "a
    former inmate who masterminded the abduction of two Chinese engineers" (words.DOER_VERBS); its doer is that
    subject, even when it has no actor code, not someone of the scene's country."""
    verb = word.head
    if word.dep_ not in ("obj", "dobj") or verb.i == word.i or verb.lemma_.lower() not in DOER_VERBS:
        return False
    return any(c.dep_ == "nsubj" and c.lemma_.lower() not in ANONYMOUS_ATTACKERS for c in verb.children)


def told_attackers(doc: Doc, events: list[Event], unnamed: set[int]):
    """(index, event) for violent events whose own words name no doer, when the sentence or the one next to it
    names the attackers in an act that is not itself an attack: as its doers ("the attackers escaped on a
    motorbike") or as an armed group the incident's act is told of ("the terrorists fled after the attack").
    The nearest such actor, the subject of its clause (not one killed, arrested or blamed), is the source; a
    noun that names its people as the act's doers says so in any place of its clause ("officials are
    negotiating with the kidnappers", "the hunt for the attackers"), where not itself harmed."""
    told = told_order(doc)
    harmed = {(e.target.text, e.sentence) for e in events if e.target is not None and e.root in MATERIAL_CONFLICT_ROOTS}
    doers = []
    for m in doc._.fp_actor_mentions or []:
        head = doc[m.end - 1]
        if not is_coded(m) or role_of(m.code) not in ARMED_AT_HOME:
            continue
        if head.lemma_.lower() not in ANONYMOUS_ATTACKERS:
            if head.dep_ != "nsubj" or head.head.i == head.i:
                continue
            verb, own = head.head, {t.i for t in head.subtree}
            if verb.lemma_.lower() in UNDERGOING_VERBS:
                continue  # "a Hamas leader survived the attack": whom it was aimed at
            # the attack noun in the subject's own clause, not in a clause joined to it with a subject of its own
            # ("the leader survived, but five were killed in the explosion")
            own |= {t.i for c in verb.children if c.dep_ in ("conj", "parataxis", "advcl", "ccomp")
                    and any(g.dep_ in SUBJ for g in c.children) for t in c.subtree}
            if not any(t.i not in own and t.pos_ == "NOUN" and t.lemma_.lower() in ATTACK_WORDS | BLAST_WORDS
                       and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children)
                       for t in verb.subtree):
                continue
        doers.append((told.get(sentence_index(doc, head.i), 0), m))
    for i in sorted(unnamed):
        e = events[i]
        if e.root not in MATERIAL_CONFLICT_ROOTS or e.modality not in TOLD or is_coded(e.source):
            continue
        at = told.get(e.sentence, e.sentence)
        coded_target = is_coded(e.target)
        near = [(abs(s - at), s > at, m) for s, m in doers if abs(s - at) <= INCIDENT_WINDOW
                and (m.text, e.sentence) not in harmed and not (coded_target and same_side(e.target.code, m.code))]
        if near:
            m = min(near, key=lambda x: x[:2])[2]
            yield i, dataclasses.replace(e, source=m.ref(), rule=e.rule + ":source-from-doers",
                                         confidence=round(max(0.05, e.confidence - BORROWED_CONFIDENCE), 2))


def accident_story(doc: Doc, end: int) -> bool:
    """The story up to token ``end`` tells of an industrial or domestic blast (words.ACCIDENT_CAUSES: gas,
    chemicals, a plant, a mine) and names no weapon or attack (words.ATTACK_WORDS): an explosion it
    tells of is an accident, whoever it killed."""
    words = {t.lower_ for t in doc[:end]} | {t.lemma_.lower() for t in doc[:end]}
    return bool(words & ACCIDENT_CAUSES) and not words & ATTACK_WORDS


def origin_place(doc: Doc, place) -> bool:
    """The place is where something came from ("fired from Lebanon"), not where it happened."""
    return place_case(doc, place, {"from"})


def aimed_place(doc: Doc, place) -> bool:
    """The place is what something was aimed at ("fired rockets at northern Israel"), which says where the
    blow fell, not where those who dealt it are."""
    return place_case(doc, place, AIMED_PREPOSITIONS)


def place_case(doc: Doc, place, cases) -> bool:
    """Whether a preposition of ``cases`` marks the place's words."""
    span = doc.char_span(place.evidence.start, place.evidence.end, alignment_mode="expand")
    return span is not None and any(c.dep_ == "case" and c.lower_ in cases for t in span for c in t.children)


ARREST = "173"
ALLEGATION = "112"


def arrested_for(doc: Doc, ce: CodedEvent, ev: Event) -> Event | None:
    """An arrest told with the act it is for accuses as well as detains: "A Christian missionary was arrested in
    Lebanon for collaborating with Israel" is Lebanon's arrest of him (173, PLOVER COERCE) and its charge that he
    collaborated (112, PLOVER ACCUSE, as the PLOVER gold codes that sentence and as its codebook puts "charge with a
    crime"); the collaboration itself is only alleged (modality.alleged_by). The accusation has the arrest's sides;
    None for an arrest told without what it is for, or with no one arrested."""
    if ev.code != ARREST or ev.target is None or not alleged_acts(doc[ce.verb]):
        return None
    cameo = event_code(ALLEGATION)
    return dataclasses.replace(ev, id=event_id(doc, ce, ALLEGATION, ev.source, ev.target), code=ALLEGATION,
                               root=cameo.root, goldstein=cameo.goldstein, quadclass=cameo.quadclass,
                               plover=plover_for(ALLEGATION), rule=ev.rule + ":arrested-for")


def named_person(sent: Span, text: str | None) -> bool:
    """The words are a person's name the sentence's entities hold ("Stephon Clark")."""
    return bool(text) and any(e.label_ in PERSON_LABELS and e.text == text for e in sent.ents)


def same_actor(a: ActorRef, b: ActorRef) -> bool:
    if a.kb_id or b.kb_id:
        return a.kb_id == b.kb_id
    return a.name == b.name and a.code == b.code


def in_actor_codes(ref: ActorRef | None) -> ActorRef | None:
    """A side whose country a place gave, coded in the actors' country codes (places.actor_code)."""
    code = actor_code(ref.code) if ref is not None else None
    return ref if ref is None or code == ref.code else dataclasses.replace(ref, code=code)


def first_person_subject(verb: Token) -> bool:
    """"We oppose ...", "I will not allow ...": the speaker (or the body they speak for) acts."""
    head = verb
    while head.dep_ in ("conj", "xcomp") and head.head.i != head.i:
        head = head.head
    return any(c.dep_ in SUBJECTS and c.lower_ in FIRST_PERSON_SUBJECTS for c in head.children)


class EventComponent(Component):
    slot = "fp_events"

    def __init__(self, dictionary: VerbDictionary, *, min_confidence: float, statements: bool,
                 options: CoderOptions | None = None, target_model: bool = True,
                 sense: SenseVeto | None = None):
        self.dictionary = dictionary
        self.coder = EventCoder(dictionary, options or CoderOptions(
            locations_as_targets=False, linear_targets=False, source_fallback=False, exclude_media=True,
            clausal_patterns=False))
        self.min_confidence = min_confidence
        self.statements = statements
        self.target_model = target_model
        self.sense = sense  # the veto of material-conflict events without material-conflict evidence

    def find(self, doc: Doc) -> list[Event]:
        mentions = list(doc._.fp_actor_mentions or [])
        index = MentionIndex(doc, mentions)
        coded = self.coder.code(doc, mentions=mentions)
        # "a rebel attack on a Colombian pipeline"; not in a piece about sport, business, technology or the arts,
        # where an attack a noun names is one the reader knows ("since the attack on train stations in Madrid"),
        # not the news: a genre piece that reports an attack tells it with a verb
        if self.sense is None or not self.sense.genre_piece(doc):
            coded += [ce for sent in doc.sents for ce in nominal_events(
                doc, sent, [c for c in coded if c.sentence.start == sent.start], index,
                lambda t: self.coder.actors_of(t, index))]
        coded = self.reciprocal(coded, index, mentions)
        # the verbs of the events that are not statements (a reported demand's clause may hold one)
        doc.user_data["fp_coded_verbs"] = {ce.verb for ce in coded if not ce.code.startswith(("01", "02"))
                                           and (ce.source is not None or ce.target is not None)}
        out: list[Event] = []
        made: list[CodedEvent] = []
        seen: set[tuple] = set()
        for ce in coded:
            ev = self.to_record(doc, ce, index)
            if ev is None or ev.confidence < self.min_confidence:
                continue
            if self.sense is not None and not self.sense.check(doc, ce, ev):
                continue
            key = dedup_key(ev)
            if key in seen:
                continue
            seen.add(key)
            out.append(ev)
            made.append(ce)
            charge = arrested_for(doc, ce, ev)
            if charge is not None and dedup_key(charge) not in seen:
                seen.add(dedup_key(charge))
                out.append(charge)
                made.append(ce)
        out = self.completed(doc, out, made, seen)
        for cache in ("fp_sentence_sources", "fp_quote_spans", "fp_sense_article", "fp_article_scene", "fp_story_countries",
                      "fp_coded_verbs"):  # per-call caches, not document data
            doc.user_data.pop(cache, None)
        return casualties_for_events(doc, out)  # violent events carry their incident's casualties

    def reciprocal(self, coded: list[CodedEvent], index: MentionIndex,
                   mentions: list[ActorMention]) -> list[CodedEvent]:
        """Events whose subject is "the two sides" or "both countries" (uncoded.py), once for each of the two
        countries just named: acting on each other when the verb names no target, else each on the target."""
        out: list[CodedEvent] = []
        for ce in coded:
            verb = ce.sentence.doc[ce.verb]
            _, subject, how = (self.coder.subject_of(verb, index) if ce.source is None and not ce.passive
                               and not ce.answer else ([], None, "none"))
            pair = reciprocal_pair(subject, mentions) if subject is not None and how == "subject" else None
            if pair is None:
                out.append(ce)
                continue
            a, b = pair
            for s, t in ((a, b), (b, a)) if ce.target is None else ((a, ce.target), (b, ce.target)):
                out.append(dataclasses.replace(ce, source=s, target=t, source_code=s.code,
                                               target_code=t.code if t is not ce.target else ce.target_code,
                                               source_from="reciprocal", rule=ce.rule + ":reciprocal"))
        return out

    def completed(self, doc: Doc, events: list[Event], made: list[CodedEvent], seen: set[tuple]) -> list[Event]:
        """The events with the sides other events of their incident name (incidents.py); one that
        then repeats another event of its sentence is dropped."""
        drop: set[int] = set()
        weapons = weapon_words(self.dictionary)
        open_source = {i for i, ce in enumerate(made) if agentless(doc, ce, weapons)}
        done = complete_incidents(events, open_source, told_order(doc))
        completed = {i for i, _ in done}
        unnamed = {i for i, ce in enumerate(made) if ce.source is None}
        open_source -= completed
        done += (named := list(told_attackers(doc, events, open_source)))
        completed |= {i for i, _ in named}
        done += [(i, ev) for i, ev in scene_attackers(doc, events, made, unnamed - completed)]
        for i, ev in done:
            # a bare role lent by another sentence ("The army blamed jihadists") is of the story's country too
            source, target, more = home_sides(doc, ev.root, ev.source, ev.target)
            if more:
                ev = dataclasses.replace(ev, source=source, target=target, rule=ev.rule + more)
            key = dedup_key(ev)
            if key in seen:
                drop.add(i)
                continue
            seen.add(key)
            events[i] = dataclasses.replace(ev, id=event_id(doc, made[i], ev.code, ev.source, ev.target))
        return [e for i, e in enumerate(events) if i not in drop]

    # -- one event ------------------------------------------------------------------------------
    def to_record(self, doc: Doc, ce: CodedEvent, index: MentionIndex) -> Event | None:
        try:
            code = nearest_known(ce.code)
        except UnknownCodeError:
            return None  # an imported dictionary's non-CAMEO code
        if not self.statements and code.startswith("01") and code != "016":
            return None
        verb = doc[ce.verb]
        if any(c.dep_ in OBJ and c.lemma_.lower() in TOLL_NOUNS for c in verb.children):
            return None  # "raising the death toll to 22 Iraqis": a count, no act
        # the weapon the act is told of with when no one is named ("a missile struck a building"): no doer
        struck = self.struck_by(doc, verb, code) if ce.source is None else None
        if struck is not None and self.accidental(doc, struck):
            return None  # "a series of explosions rocked the chemical plant, killing four workers": no attack
        named, named_how = self.uncoded_source(verb, ce, index, code) if ce.source is None and struck is None \
            else (None, "")
        if named is None and ce.source is None and ce.rule.startswith(NOUN_RULE):
            named = armed_modifier(verb)  # "a rebel attack on a Colombian pipeline": a kind of armed group
            named_how = "modifier" if named is not None else named_how
        if named is None and ce.source is None and struck is None:
            # people named by a common noun that did the violence: "a gunman killed", "two men stabbed"
            named = person_side(verb, code, index.at, doer=True)
            named_how = "person" if named is not None else named_how
        # one person harmed, named by a role alone ("a police officer was shot dead"), or people by a common noun
        # ("killed three employees", "a mob beat the journalist"): the target, placed below
        harmed = harmed_person(verb, code, index.at) if ce.target is None else None
        # ... and people named by a common noun ("killed three employees", "a mob beat the journalist"): the target
        # where the sides' completion finds none of its own (a group's role, a force's staff: sides.py)
        victims = person_side(verb, code, index.at, doer=False) if ce.target is None and harmed is None else None
        displaced = displaced_target(verb, code, ce.target, index.at) if ce.target is not None else None
        if ce.source is None and ce.target is None and named is None and struck is None and harmed is None \
                and victims is None:
            return None
        opened = struck is not None and ce.target is None  # kept for the place or people it hit alone
        sent = ce.sentence
        if appealed(verb, ce.source_from):
            return None  # "France urged Germany to extradite": France's appeal is the event, not this
        is_speech = verb.lemma_.lower() in REPORTING_VERBS and code[:2] in ("01", "02", "11", "13")
        # a verb the parser read as a noun joined to another's object ("set fire to homes and shot dead three")
        # is told as that verb is: reported, denied or asserted with it
        claim = claim_for(doc, joined_verb_read_as_noun(verb) or verb, sent, lambda t: self.coder.actors_of(t, index),
                          is_speech)
        if opened and (claim.modality not in TOLD or claim.negated):
            return None  # "rockets could hit Tel Aviv": no one's threat, and nothing hit
        source = self.ref(ce.source, ce.source_code) or named
        target = displaced or self.ref(ce.target, ce.target_code) or harmed
        harmed = displaced or harmed
        code, source, target, modality, shift = self.announced(code, claim, ce, source, target,
                                                               self.considered(verb))
        shift += ":target-harmed" if target is not None and target is harmed else ""
        if named is not None and source is named:
            shift += ":source-" + named_how
        code, source, shift = self.protest_reading(doc, sent, verb, code, ce, source, shift)
        code, target, shift = self.demanded(doc, verb, code, is_speech, ce, target, index, shift)
        code, target, shift = self.sanctions_asked(verb, code, ce, target, index, shift)
        source, target, shift = self.placed(doc, sent, code, modality, source, target, shift)
        open_sides = (source, target)
        source, target, shift = complete_sides(doc, verb, sent, code, ce, source, target, index, self.coder, shift,
                                               self.target_model)
        if (source, target) != open_sides:  # a side named elsewhere ("insurgents", "killed 12 people")
            placed_source, placed_target, more = self.placed(doc, sent, code, modality, source, target, "")
            source = placed_source if open_sides[0] is None else source
            target = placed_target if open_sides[1] is None else target
            shift += more if more not in shift else ""
        if target is None and victims is not None:
            target, more = self.placed(doc, sent, code, modality, source, victims, "")[1:]
            shift += ":target-person" + more
        source, target, more = home_sides(doc, code[:2], source, target)
        shift += more
        if opened and target is None:
            return None  # a weapon and nothing it hit: no dyad to code
        shift += ":source-weapon" if struck is not None and source is None else ""
        quote = quote_holding(doc, verb)
        if source is None and quote is not None and quote.speaker is not None and first_person_subject(verb):
            source, shift = quote.speaker, shift + "+quote_speaker"  # "We oppose ..." said by Ned Price
        source, target = in_actor_codes(source), in_actor_codes(target)  # a place's XKX is the actors' KSV
        if source is not None and target is not None and same_actor(source, target):
            return None  # "we will not be intimidated," Lai said: no one acts on themselves in a dyad
        if source is None:  # "Russia and Ukraine have been accused ...": the actor is not named
            source = UNNAMED
        cameo = event_code(code)
        attribution = self.attribution(claim, ce)
        if attribution.actor is None and quote is not None and quote.speaker is not None:
            attribution = Attribution(actor=quote.speaker, via=attribution.via)  # the quote's speaker claims it
        span = self.evidence_span(doc, ce, sent)
        day, precision, background = event_dating(doc, sent.start_char, sent.end_char, verb)
        art = article_of(doc)
        return Event(
            id=event_id(doc, ce, code, source, target),
            article=art.id, date=day, source=source, target=target, code=code, root=cameo.root,
            goldstein=cameo.goldstein, quadclass=cameo.quadclass, plover=plover_for(code), modality=modality,
            attribution=attribution, location=self.location(doc, sent), sentence=sentence_index(doc, verb.i),
            evidence=Evidence(start=span[0], end=span[1], text=span_text(doc[span[2]:span[3] + 1])),
            rule=ce.rule + (":answer" if ce.answer else "") + shift,
            confidence=self.confidence(ce, claim, code), verb=verb.text, date_precision=precision,
            background=background)

    def uncoded_source(self, verb: Token, ce: CodedEvent, index: MentionIndex, code: str,
                       ) -> tuple[ActorRef | None, str]:
        """The subject of an event with no coded doer that still names one (uncoded.py): an organisation the
        knowledge base lacks, or a group by its sector ("employees" LAB); never in a passive, an answer
        half, or, for a sector noun, an event of violence (whoever is hurt may be the grammatical subject);
        with how it was named: "uncoded", "sector", or "owner" (an armed group's own fighters)."""
        if ce.passive or ce.answer:
            return None, ""
        actors, subject, how = self.coder.subject_of(verb, index)
        if actors or subject is None or how != "subject" or index.at(subject.i):
            return None, ""
        named = uncoded_subject(subject, protest=code[:2] == "14" and not festive_crowd(verb))
        owner = self.owning_group(verb, subject, named, index)
        if owner is not None:
            return owner, "owner"
        if named is not None and named.code not in (None, *ARMED_SECTORS) and code[:2] in ("18", "19", "20") \
                and subject.lower_ not in MEMBER_NOUNS:
            return None, ""  # "employees died in the blast"; armed groups are the doers of force ("fighters
            #                  attacked"), and so are a group's followers ("government supporters attacked")
        if named is not None and named.code is None and "14" <= code[:2] <= "20" and not is_coded(
                ce.target):
            return None, ""  # material conflict by a body nobody codes needs a coded party it was done to
        return named, "uncoded" if named is not None and named.code is None else "sector"

    def owning_group(self, verb: Token, subject: Token, named: ActorRef | None,
                     index: MentionIndex) -> ActorRef | None:
        """"Hamas said its fighters fired rockets", "the Taliban said their fighters killed ten police": an armed
        group's own fighters or members, owned by "its"/"their", act as the group the pronoun stands for."""
        if not (subject.lower_ in MEMBER_NOUNS or (named is not None and named.code in ARMED_SECTORS)):
            return None
        poss = next((c for c in subject.children if c.dep_ in ("nmod:poss", "poss") and c.lower_ in ("its", "their")),
                    None)
        if poss is None:
            return None
        owner = next((m for m in self.coder.resolve_pronoun(poss, verb, index) if is_coded(m)), None)
        if owner is None or owner.kind not in ("organisation", "group") or role_of(owner.code) not in ARMED_AT_HOME:
            return None
        ref = owner.ref()
        return ActorRef(name=ref.name, code=ref.code, text=subject.doc[poss.i:subject.i + 1].text, kb_id=ref.kb_id)

    def struck_by(self, doc: Doc, verb: Token, code: str) -> Token | None:
        """The weapon or blast an act of violence (roots 18-20) names in place of its doer ("a missile struck a
        building in Kyiv", "rockets were fired at Kiryat Shmona"), for an event coded with an unnamed source
        and the target the place or people hit give (sides.py weapon_subject)."""
        if code[:2] not in MATERIAL_CONFLICT_ROOTS:
            return None
        return weapon_subject(verb, weapon_words(self.dictionary))

    @staticmethod
    def accidental(doc: Doc, struck: Token) -> bool:
        """The blast an act is told of with is an accident of the story's ("explosions tore through an industrial
        area where chemicals were stored. The blasts killed 50")."""
        return struck.lemma_.lower() in BLAST_WORDS and accident_story(doc, struck.sent.end)

    def considered(self, verb: Token) -> bool:
        """The verb is what its subject is weighing ("is considering sending aid", "mulls lifting the
        ban"): its governor is a verb of the dictionary's CONSIDER block."""
        head = verb.head
        return verb.dep_ == "xcomp" and head.i != verb.i and any(
            e.block.name == "CONSIDER" for e in self.dictionary.entries_for(head.text, head.lemma_))

    @staticmethod
    def announced(code: str, claim: Claim, ce: CodedEvent, source: ActorRef | None, target: ActorRef | None,
                  considered: bool = False):
        """CAMEO codes what is announced, refused or demanded as such (codes/cameo_intent.py):
        (code, source, target, modality, rule suffix). Cooperation someone is only weighing is CAMEO's
        "consider policy option" (014); force or coercion weighed stays a threat."""
        modality = claim.modality
        if ce.answer:
            return code, source, target, modality, ""
        if claim.negated and (claim.tense in ("future", "hypothetical")):
            refused = refusal_code(code)
            if refused:
                return refused, source, target, "reported" if claim.speaker else "asserted", ":refusal"
        if claim.obligation and not claim.negated and claim.speaker and ce.source not in claim.speaker:
            demanded = demand_code(code)
            if demanded:
                speaker = claim.speaker[0].ref()
                return demanded, speaker, source or target, "asserted", ":demand"
        if claim.negated:
            return code, source, target, modality, ""
        if claim.tense in ("future", "hypothetical") or modality == "conditional":
            shifted = intent_code(code)
            if shifted and considered:
                return "014", source, target, modality, ":considered"
            if shifted:
                return shifted, source, target, modality, ":intent"
            shifted = threat_code(code)
            if shifted:
                return shifted, source, target, modality, ":threat"
        return code, source, target, modality, ""

    def demanded(self, doc: Doc, verb: Token, code: str, is_speech: bool, ce: CodedEvent, target: ActorRef | None,
                 index: MentionIndex, shift: str):
        """A statement that another must do what no other event of the sentence codes ("the ministry said
        China must drop its barriers") is CAMEO's demand (100), with the one who must act as its target:
        (code, target, rule suffix). So is telling someone to do something ("told Britain to stop
        interfering", "Ministers are telling councils to find more sites"), but telling journalists what to
        expect is no demand of them."""
        addressee = told_to(verb) if code[:2] == "01" and is_speech else None
        if addressee is not None and not is_negated(verb):
            # (whatever else the statement's words matched: "telling councils to find sites, amid rows concerning")
            actors = [m for m in self.coder.actors_of(addressee, index) if m is not ce.source]
            if actors and role_of(actors[0].code) == "MED":
                return code, target, shift
            if target is None and actors:
                target = self.ref(actors[0], actors[0].code)
            return "100", target, shift + ":told-to"
        if code != "010" or not is_speech:
            return code, target, shift
        clause = demanded_clause(verb)
        if clause is None:
            return code, target, shift
        # the clause's own verbs ("must withdraw and return"), not a purpose or a condition hanging on them
        inside = {clause.i} | {c.i for c in clause.children if c.dep_ in ("xcomp", "conj") and c.i != verb.i}
        if inside & doc.user_data.get("fp_coded_verbs", set()):
            return code, target, shift  # "said Y must return the helicopter": that event is coded as demanded
        if target is None:
            subject = next(iter(clause_subjects(clause)), None)
            actors = [m for m in self.coder.actors_of(subject, index) if m is not ce.source] if subject is not None \
                else []
            if actors:
                target = self.ref(actors[0], actors[0].code)
        return "100", target, shift + ":demand-clause"

    def sanctions_asked(self, verb: Token, code: str, ce: CodedEvent, target: ActorRef | None, index: MentionIndex,
                        shift: str):
        """Asking for sanctions threatens no one with them (1312): whoever asks cannot impose them. Asked of
        someone ("Israel urged the United Nations to move toward sanctions against Iran") it is a demand of them
        (100, PLOVER REQUEST, the one asked its target); called for before no one ("Archbishop Desmond Tutu
        called for sanctions against Nigeria") it denounces the one they are aimed at (111, PLOVER ACCUSE, as
        the PLOVER gold reads it): (code, target, rule suffix). A threat of sanctions ("warned of sanctions") is
        not here."""
        if code != "1312" or not appeal_verb(verb):
            return code, target, shift
        addressee = appeal_addressee(verb)
        asked = [m for m in self.coder.actors_of(addressee, index) if m is not ce.source] \
            if addressee is not None else []
        if asked:
            return "100", self.ref(asked[0], asked[0].code), shift + ":sanctions-asked"
        return "111", target, shift + ":sanctions-called-for"

    @staticmethod
    def protest_reading(doc: Doc, sent: Span, verb, code: str, ce: CodedEvent, source: ActorRef | None,
                        shift: str):
        """Protest (14) as CAMEO reads it: a government or organisation that "protests" complains
        officially (114); a state's forces or government that block or blockade restrict movement (191), they do
        not obstruct in protest (144); protesters nobody names are the civilians of the place (HKGCVL). And a
        crowd (agents.PROTEST_SECTORS: civilians, workers, students, farmers, protesters) that besieges or
        surrounds a place (words.SIEGE_VERBS: "orange-clad protesters besieged parliament", "hundreds of
        villagers besieged a Thai military camp") obstructs in protest (144): it neither attacks (190) nor
        blockades (191)."""
        if code[:2] == "19":
            if verb.lemma_.lower() in SIEGE_VERBS and source is not None and role_of(source.code) in PROTEST_SECTORS:
                return "144", source, shift + ":crowd-siege"
            return code, source, shift
        if code[:2] != "14":
            return code, source, shift
        m = ce.source
        code_ = m.code or "" if m is not None else ""
        if code[:3] == "144" and role_of(code_) in STATE_FORCES:
            return "191", source, shift + ":state-force"    # "troops blockaded the villages"
        if m is not None and verb.lemma_.lower() == "protest" and is_coded(m) and (
                code_[3:6] in INSTITUTIONAL_ROLES or code_[:3] in ORG_PREFIXES):
            return "114", source, shift + ":official"
        if source is None:
            place = next(iter(scene_places_in(doc, sent)), None)
            if place is not None:
                return code, ActorRef(name=f"civilians of {place.name}", code=f"{place.country}CVL",
                                      text=place.evidence.text), shift + ":source-from-place"
        return code, source, shift

    @staticmethod
    def placed(doc: Doc, sent: Span, code: str, modality: str, source: ActorRef | None, target: ActorRef | None,
               shift: str):
        """Generic actors named without a country ("students", "security forces") take the country of
        the place the sentence is set in: "students throughout Indonesia" -> IDNEDU; in fighting told
        as having happened with no place of its own, the country the article's places lead with
        ("militants attacked"), not in what may happen ("terrorists will strike")."""
        # a person named with no code who was harmed in a violent act told as done ("Stephon Clark was shot by
        # officers in Sacramento"): of the place hit, as people named by a role are; who the person is for, no
        # one can tell, so the country alone
        victim = target is not None and not target.code and code[:2] in MATERIAL_CONFLICT_ROOTS and modality in TOLD \
            and named_person(sent, target.text)
        if not victim and not any(r is not None and r.code in ROLE_CODES for r in (source, target)):
            return source, target, shift
        # a town, region or site says where before a country does, which may only say whose ("US and Iraqi
        # forces pushed into Fallujah to drive out insurgents": Fallujah's insurgents, not the US's)
        places = sorted(scene_places_in(doc, sent), key=lambda p: p.feature in ("country", "continent"))
        place, how = next(iter(places), None), ":country-from-place"
        if place is None and code[:2] in MATERIAL_CONFLICT_ROOTS and modality in TOLD:
            # (where the article's fighting is, not a country it names only as whose something is: "A large US
            # assault is expected" does not make the insurgents American)
            place, how = next((p for p in article_scene(doc) if is_setting(p)), None), ":country-from-article"
        if place is None:
            return source, target, shift
        # those acted on are of the place hit, not of where the blow came from ("rockets fired from Lebanon
        # hit Kiryat Shmona, wounding two people": Israel's); those who act, not of where they aimed
        # ("militants fired rockets at northern Israel")
        # (and not the attacker's own country named as an actor, not as a setting: "Russia launched drones at Odesa,
        # injuring nine" are Odesa's; "Russia's defence ministry said its forces struck infrastructure" not Russia's)
        own = country_of(source.code) if source is not None and code[:2] in COERCION_ROOTS else None
        # nor a country named as the nationality of someone acting: "US and Iraqi forces pushed into Fallujah to
        # drive out insurgents" are Fallujah's insurgents, not the United States'
        acting = [(m.start_char, m.end_char) for m in mentions_in(doc, sent.start, sent.end) if m.role]
        struck = [p for p in places if not (p.feature == "country" and "+locative" not in p.rule and (
            (own and p.country == own) or any(a <= p.evidence.start < b for a, b in acting)))]
        fallback = place if struck == places else (struck[0] if struck else None)
        hit = next((p for p in struck if not origin_place(doc, p)), fallback)
        # (a place the sentence names itself before the dateline's town: "JERUSALEM - ... in southern Lebanon")
        home = next((p for p in sorted(places, key=lambda p: "dateline" in p.rule) if not aimed_place(doc, p)),
                    None) if places else place

        def with_country(r: ActorRef | None, at) -> ActorRef | None:
            if r is None or at is None or r.code not in ROLE_CODES or r.text.lower() in FOREIGN_FORCES:
                return r        # peacekeepers in Congo are not Congo's
            return ActorRef(name=r.name, code=at.country + r.code, text=r.text, kb_id=r.kb_id)

        if victim:
            return (with_country(source, home), ActorRef(name=target.name, code=hit.country, text=target.text,
                                                          kb_id=target.kb_id) if hit is not None and hit.country else target,
                    shift + how)
        return with_country(source, home), with_country(target, hit), shift + how

    @staticmethod
    def ref(m: ActorMention | None, code: str | None) -> ActorRef | None:
        if m is None:
            return None
        ref = m.ref()
        if code and code != ref.code:
            ref = ActorRef(name=ref.name, code=code, text=ref.text, kb_id=ref.kb_id)
        return ref

    @staticmethod
    def attribution(claim: Claim, ce: CodedEvent) -> Attribution:
        speaker = next((m for m in claim.speaker if m is not ce.source or claim.speaker_verb is not None), None)
        actor = speaker.ref() if speaker is not None else (claim.according_to.ref() if claim.according_to else None)
        return Attribution(actor=actor, via=tuple(claim.via))

    @staticmethod
    def evidence_span(doc: Doc, ce: CodedEvent, sent: Span) -> tuple[int, int, int, int]:
        toks = [i for i in ce.tokens if sent.start <= i < sent.end] or [ce.verb]
        lo, hi = min(toks), max(toks)
        return doc[lo].idx, doc[hi].idx + len(doc[hi].text), lo, hi

    @staticmethod
    def location(doc: Doc, sent: Span) -> PlaceRef | None:
        places = [p for p in slot(doc, "fp_places") or [] if is_scene(p)]     # not "Moscow said"
        idx = sentence_index(doc, sent.start)
        in_sentence = [p for p in places if p.sentence == idx]
        if not in_sentence:
            lo, hi = paragraph_bounds(doc, sent.start_char)
            in_sentence = [p for p in places if lo <= p.evidence.start < hi]
        best = next((p for p in in_sentence if p.lat is not None), in_sentence[0] if in_sentence else None)
        return best.ref() if best is not None else None

    @staticmethod
    def confidence(ce: CodedEvent, claim: Claim, code: str) -> float:
        c = 0.8 if ce.pattern is not None else 0.65
        c += {"subject": 0.1, "agent": 0.1, "pattern": 0.1, "controller": 0.05, "governing": 0.0, "modified": 0.0,
              "pronoun": -0.1, "before-verb": -0.2}.get(ce.source_from, 0.0)
        if ce.target is None:
            c -= 0.05
        elif ce.target_from == "phrase":
            c -= 0.1
        if not is_coded(ce.source):
            c -= 0.15
        if claim.modality in ("hypothetical", "conditional"):
            c -= 0.05
        return round(max(0.05, min(0.99, c)), 2)


__all__ = ["EventComponent", "make_event_coder", "load_dictionary", "OWN_DICTIONARY"]
