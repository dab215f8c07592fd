"""Both sides of a dyad: targets the verb's own arguments leave implicit, and acts that are not the
actor's own.

- A place attacked stands for its country: "Russian forces shelled Kharkiv" -> target UKR, "bombed
  a hospital in Idlib" -> SYR. Only for material conflict (CAMEO roots 18-20), and only a place
  inside the verb's own phrase (not one in another clause, not the attacker's own name).
- A statement about someone is aimed at them: "Merkel said Greece must meet its commitments" ->
  target Greece (the subject of what was said), when the statement has no addressee.
- What an act is done to, when no actor is named there, is its object's phrase: "detained 18 people",
  "rejected the proposal" (uncoded); for material conflict it belongs to the country of the place
  the verb's phrase names ("attacked an army camp in western Kabul" -> AFG).
- What one actor urges another to do is the first actor's appeal, not the second's act: "France urged
  Germany to extradite the suspect" is France's 02x to Germany; the extradition is nobody's event.
- A victim's passive takes its attacker from the attack it names ("killed in a Taliban attack"), from
  a device's by-phrase ("a mine planted by X") or from the clause that says how ("were killed when
  militants stormed the base"); an accident in that clause gives none.
- A force's facility stands for the force: "a police checkpoint" (COP), "an Afghan military base" (AFGMIL).
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from flashpoint.codes.agents import (ARMED_AT_HOME, ARMED_ROLES, CAUGHT_BETWEEN, COUNTRYLESS_ROLES, FACILITY_ROLES,
                                     HARMED_ALONE_ROLES, HOME_ROLES, STATE_FORCES, TYPE_HEADS, country_of)
from flashpoint.codes.petrarch.syntax import verb_forms
from flashpoint.kb import default_kb
from flashpoint.kb.builtin import builtin_agents
from flashpoint.extract.base import ActorMention, doc_text
from flashpoint.extract.places import is_scene, is_setting, scene_places_in
from flashpoint.nlp.deps import SUBJECTS
from flashpoint.nlp.extensions import slot
from flashpoint.extract.words import (AGREEING_VERBS, ARMED_ACT_NOUNS, ARMED_STRIKE_NOUNS, ASSAULT_VERBS,
                                      CLASH_NOUNS, COUNTED_VICTIM_WORDS, DEPLOYMENT_NOUNS, EXPULSION_VERBS,
                                      FACILITY_NOUNS,
                                      ISSUED_NOUNS, MOVE_VERBS, MUTUAL_FIGHT_VERBS, PART_NOUNS, PARTITIVE_WORDS,
                                      PEOPLE_NOUNS,
                                      QUANTITY_NOUNS, REPORTING_VERBS, RESULT_ADJECTIVES, SETTLEMENT_NOUNS,
                                      STAFF_NOUNS, STATEMENT_NOUNS, STRIKING_THINGS, WITHDRAW_VERBS)
from flashpoint.extract.events.target_model import model_target
from flashpoint.extract.events.arguments import (COERCION_ROOTS, MATERIAL_CONFLICT_ROOTS, OBJ, PASSIVE_SUBJ, TARGET_PREPS,
                                                aimed_at_by_attack, by_phrase, clause_governor, clause_subjects, counted,
                                                done_to, is_coded, is_media, is_weapon, joined_verb_read_as_noun,
                                                np_head, object_read_as_speaker, OBJECT_PRONOUNS, person_role,
                                                prep_objects, pronoun_fits, resultative_object, victim_verb, weapon_words)
from flashpoint.records import ActorRef

if TYPE_CHECKING:
    from flashpoint.extract.events.arguments import MentionIndex
    from flashpoint.extract.events.coder import CodedEvent, EventCoder

# codes whose scene stands for whom the act concerns when no one else is named: aid to, a ceasefire
# or a withdrawal in a place ("declared a ceasefire in South Sudan"); not meetings, which are held
# somewhere without being about it
PLACE_TARGET_ROOTS = MATERIAL_CONFLICT_ROOTS + ("07", "08")
# codes whose uncoded object phrase yields to a place the verb's phrase names: force posture and reduced
# relations in a place, material conflict there ("declared a state of siege in Bolivia"); not aid or
# concessions, whose object phrase names who gets them ("provided assistance to 550 households")
SCENE_TARGET_ROOTS = MATERIAL_CONFLICT_ROOTS + ("15", "16")
POSTURE_ROOT = "15"
# cooperation among coordinated actors is mutual: "Canada and Costa Rica agreed to ..." is each with
# the other (CAMEO codes such events in both directions)
MUTUAL_ROOTS = ("03", "04", "05", "06")
# ... but not what is given to, done for or said of a third party: "Greece and Israel offered help" (033: to
# the stricken country), reform (034), mediating (039, 045), visiting and hosting (042, 043), praising,
# defending, rallying, recognising, apologising, forgiving (051-056)
NOT_MUTUAL_CODES = ("033", "034", "039", "042", "043", "045", "051", "052", "053", "054", "055", "056")
# agreeing and consulting, whose object is what is agreed ("agreed on the draft text", "signed an agreement on
# trade"): coordinated subjects do it with each other before anything else is their target; not endorsing or
# aiding, whose object is whom ("security services and police backed the plan")
AGREEING_ROOTS = ("03", "04")
AGREEING_CODES = ("057",)
# verbs whose controlled clause is what the subject asks of the object, not what the object does
APPEAL_VERBS = {"urge", "ask", "call", "demand", "press", "request", "appeal", "encourage", "implore", "beg",
                "pressure", "pressurise", "pressurize", "push", "invite", "exhort", "persuade", "advise"}
# their inflected forms, lower case: the lemmatizer leaves some as written ("pressured")
APPEAL_FORMS = frozenset(f.lower() for v in APPEAL_VERBS for f in verb_forms(v))
# verbs of saying that direct someone only with an addressee and a "to" clause ("told Britain to stop
# interfering", "are telling councils to find more sites"); with a "that" clause they report ("told MPs that")
DIRECTING_VERBS = {"tell"}
# verbal codes a statement may carry (make a statement, appeal, intend, consult, ...: roots 01-05,
# and the verbal conflict ones 10-13)
VERBAL_ROOTS = ("01", "02", "03", "04", "05", "10", "11", "12", "13")
COMPLEMENT_DEPS = ("ccomp",)
POSSESSED_COUNTRY = "pronoun:possessed-country"  # the rule of "his country" (arguments.possessed_country)


def place_target(doc: Doc, verb: Token, sent: Span, root: str, target: ActorRef | None,
                 target_mention: ActorMention | None, source_mention: ActorMention | None,
                 ) -> tuple[ActorRef | None, str]:
    """(target, rule suffix): a material-conflict target named by a place gets the place's country."""
    if root not in PLACE_TARGET_ROOTS + SCENE_TARGET_ROOTS or (target is not None and target.code):
        return target, ""
    places = scene_places_in(doc, sent)
    if not places and root in MATERIAL_CONFLICT_ROOTS:
        places = article_scene(doc)  # no place in the sentence: where the article's fighting is
    if not places:
        home = home_country(source_mention)
        if home and target_mention is not None and not is_coded(target_mention) and root in MATERIAL_CONFLICT_ROOTS \
                and settlement(doc[target_mention.end - 1]):
            # "Taliban militants recaptured Kohistanat district": insurgents fight in their own country
            return ActorRef(name=target_mention.text, code=home, text=target_mention.text), ":target-place-home"
        return target, ""
    if target_mention is not None:  # "shelled Kharkiv": the uncoded target is a place
        for p in places:
            if p.evidence.start < target_mention.end_char and target_mention.start_char < p.evidence.end:
                return ActorRef(name=p.name, code=p.country, text=target_mention.text), ":target-place"
        if root in MATERIAL_CONFLICT_ROOTS and not is_coded(target_mention) and settlement(doc[target_mention.end - 1]):
            # "recaptured the coast town of Badhadhe": a place the gazetteer does not know, in the scene's country
            inside = {t.idx for t in verb.subtree}  # a place in the verb's own phrase first
            country = next((p.country for p in places if p.evidence.start in inside), places[0].country)
            return ActorRef(name=target_mention.text, code=country, text=target_mention.text), ":target-place"
        return target, ""
    # no target: the place the verb's own phrase names ("bombed a hospital in Idlib")
    inside: set[int] = set()
    agent = by_phrase(verb)
    for t in verb.children:
        if t.dep_ in SUBJECTS or t.dep_ in ("ccomp", "parataxis", "advcl", "conj", "csubj") or (
                agent is not None and t.left_edge.i <= agent.i <= t.right_edge.i):
            continue  # (nor the doer's by-phrase: "a rocket fired by Hamas militants from Gaza" was not fired at Gaza)
        inside.update(x.idx for x in t.subtree)  # where the verb's own words start
    # (a force's posture names where it stands, at home too: "troops remained on alert in North District")
    own = (source_mention.code or "")[:3] if source_mention is not None and root not in MATERIAL_CONFLICT_ROOTS \
        and root != POSTURE_ROOT else ""
    for p in places:
        if source_mention is not None and p.evidence.start < source_mention.end_char \
                and source_mention.start_char < p.evidence.end:
            continue
        if own and p.country == own:
            continue  # "a Syrian crackdown would halt violence in Syria": aid or a truce at home has no target
        if any(p.evidence.start <= i < p.evidence.end for i in inside):
            return ActorRef(name=p.name, code=p.country, text=p.evidence.text), ":target-place"
    return target, ""


def abstract_phrase(sent: Span, target: ActorRef, used: set[int], index: MentionIndex) -> bool:
    """The target phrase is what the act's pattern declares or imposes, not someone it is done to: the
    pattern's own words are in it ("a state of siege": declare + siege, "a curfew") and no actor heads
    it, so the place it was placed by says whom the act concerns better than its words do."""
    text = doc_text(sent.doc)
    start = next((t.idx for t in sent if text.startswith(target.text, t.idx)), None) if target.text else None
    if start is None:
        return False
    toks = [t for t in sent if start <= t.idx < start + len(target.text)]
    ids = {t.i for t in toks}
    head = next((t for t in toks if t.head.i not in ids or t.head.i == t.i), None)
    return head is not None and bool(ids & used) and not index.at(head.i)


def about_target(verb: Token, code: str, source: ActorRef | None,
                 subject_of: Callable[[Token], list[ActorMention]]) -> tuple[ActorRef | None, str]:
    """(target, rule suffix) of a statement with no addressee: the coded subject of what was said."""
    if code[:2] not in VERBAL_ROOTS:
        return None, ""
    for comp in verb.children:
        if comp.dep_ not in COMPLEMENT_DEPS:
            continue
        for m in subject_of(comp):
            if not is_coded(m) or m.rule == POSSESSED_COUNTRY:
                continue  # (nor "his country": the speaker's own)
            ref = m.ref()
            if source is not None and (ref.code == source.code or (ref.kb_id and ref.kb_id == source.kb_id)
                                       or (ref.text and ref.text == source.text)):
                continue  # "The army said it ...": the speaker speaks of itself
            return ref, ":target-about"
    return None, ""


# what an attitude is about: "skeptical about X", "pessimism in the future of X", "worried over X"
ATTITUDE_PREPS = {"about", "over", "of", "on", "in", "regarding", "concerning", "toward", "towards", "at", "with"}
# clauses an attitude holds ("skeptical the program would ...", "optimism that the timeline could ...")
ATTITUDE_CLAUSES = ("ccomp", "csubj", "advcl", "acl")
# a statement, a pessimistic or an optimistic comment (not a policy considered, 014, nor a denial, 016)
ATTITUDE_CODES = ("010", "012", "013")
# a feeling expressed as the verb's object ("expressed pessimism", "voiced optimism"): not any statement's
# object ("made the comments on BBC Radio 4", "send a positive signal of a rebound")
FEELING_CODES = ("012", "013")
# who holds an attitude said of the speaker ("said it is skeptical", "said he was confident"); not "what"
SPEAKER_PRONOUNS = {"it", "he", "she", "they", "we", "i"}


def phrase_tokens(doc: Doc, head: Token, coder: EventCoder) -> list[Token]:
    """The words of a noun phrase a statement or a protest is about: without its clauses, a date hung on it
    ("the new fees on Thursday") or what follows its first comma ("the fraud, arguing ..."); its head
    and the words before it when it is long ("Iranian motives in providing ...")."""
    toks = coder.argument_tokens(head)
    cut = next((t.i for t in toks if t.i > head.i and t.is_punct), None)
    dated = {x.i for c in head.children if c.i > head.i and c.dep_ in ("nmod", "obl") and _is_date(doc, c)
             for x in c.subtree}
    toks = [t for t in toks if (cut is None or t.i < cut) and t.i not in dated
            and (t.dep_ not in ("punct", "cc") or t.i < head.i)]
    toks = bare_phrase(toks, marks=True)
    if len(toks) > 12:
        toks = [t for t in toks if t.i <= head.i]
    return toks


def content_clause(noun: Token, clause: Token) -> bool:
    """"optimism that the new bridge would open", read as a relative clause with "that" its object: a
    clause with a subject of its own opened by "that" right after the noun says what the feeling is."""
    return clause.dep_ in ("acl:relcl", "relcl") and noun.i + 1 < len(noun.doc) \
        and noun.nbor(1).lower_ == "that" and noun.nbor(1).head.i == clause.i \
        and any(g.dep_ in SUBJECTS and g.pos_ in ("NOUN", "PROPN") for g in clause.children)


def attitude_target(doc: Doc, verb: Token, code: str, source: ActorRef | None, used: set[int],
                    index: MentionIndex, coder: EventCoder) -> tuple[ActorRef | None, str]:
    """(target, rule suffix) of a statement of the speaker's own attitude: what it is about. "said it is
    skeptical about Iranian motives" -> Iranian motives, "said it is skeptical the program would meet the
    deadline" -> the program, "expressed pessimism in the future of the economy", "expressed optimism
    that the timeline could be accelerated" -> the timeline. The attitude is an adjective said of the
    speaker itself ("it is skeptical", not "Russia is aggressive": about_target) or the pattern's own
    noun as the verb's object ("expressed optimism")."""
    if code not in ATTITUDE_CODES:
        return None, ""
    holders: list[Token] = []
    for c in verb.children:
        if c.dep_ == "ccomp" and c.pos_ == "ADJ" and c.i > verb.i:
            subj = next((g for g in c.children if g.dep_ in SUBJECTS or g.dep_ == "expl"), None)
            if subj is None or subj.lower_ in SPEAKER_PRONOUNS:  # "it is skeptical", "he was worried"
                holders.append(c)
        elif c.dep_ in OBJ and c.dep_ != "attr" and c.i > verb.i and _holds_pattern(c, used) \
                and code in FEELING_CODES:
            holders += [c, verb]  # "expressed pessimism in X": the phrase hangs on the noun or on the verb
    for h in holders:
        for c in h.children:
            if c.i < h.i or c.i in used:
                continue
            if c.dep_ in ("obl", "nmod") and c.pos_ in ("NOUN", "PROPN"):
                case = next((g.lower_ for g in c.children if g.dep_ == "case"), None)
                if case not in ATTITUDE_PREPS or _is_date(doc, c) or c.lower_ in ISSUED_NOUNS | STATEMENT_NOUNS \
                        or (case == "in" and h.pos_ == "ADJ"):
                    continue  # ("not acceptable in the modern age": where or when, not what about)
                if case == "in" and any(p.evidence.start <= c.idx < p.evidence.end for p in doc._.fp_places or []):
                    continue  # "concern in Brussels": where it was voiced
                head = c
            elif (c.dep_ in ATTITUDE_CLAUSES or content_clause(h, c)) and c.pos_ in ("VERB", "AUX", "ADJ") and not any(
                    g.dep_ == "mark" and g.lower_ not in ("that", "about", "whether") for g in c.children):
                head = next((g for g in c.children if g.dep_ in SUBJECTS and g.pos_ in ("NOUN", "PROPN")), None)
                if head is None:
                    continue
            else:
                continue
            found = [m for m in coder.actors_of(head, index) if is_coded(m) and not is_media(m)
                     and (source is None or m.code != source.code)] if index.at(head.i) else []
            if found:  # an actor heads it; one deeper inside ("a measure floated by the government") does not
                return found[0].ref(), ":target-attitude"
            if not head.text[:2].isalpha():
                continue
            toks = phrase_tokens(doc, head, coder)
            if toks and len(toks) <= 12 and not (source is not None and source.text and
                                                  doc[toks[0].i:toks[-1].i + 1].text == source.text):
                text = doc[toks[0].i:toks[-1].i + 1].text
                return ActorRef(name=text, code=None, text=text), ":target-attitude"
    return None, ""


# what a protest is against: "a strike against the new laws", "protested over the labour law"
PROTEST_PREPS = {"against", "over"}
# a purpose clause that says what a protest is against: "went on strike to protest the president's decision"
PROTEST_PURPOSES = {"protest", "denounce", "condemn", "oppose", "decry", "challenge", "reject", "demand"}
PROTEST_ROOT = "14"


def protest_target(doc: Doc, verb: Token, source: ActorRef | None, used: set[int], index: MentionIndex,
                   coder: EventCoder) -> tuple[ActorRef | None, str]:
    """(target, rule suffix) of a protest whose verb names no one: what it is against or over, on the verb,
    on its noun ("held a demonstration at the university against the siege of Kashmir": the siege, not
    where it was held), in "in protest against X", or the object of its purpose clause ("went on strike
    to protest the president's decision"). An actor heading the phrase is the target; else the phrase,
    with the code of the coded actor it names ("Mexican president's decision": MEXGOV)."""
    carriers = [verb] + [c for c in verb.children if c.dep_ in OBJ and c.dep_ != "attr" and c.i > verb.i]
    carriers += [c for c in verb.children if c.dep_ in ("obl", "nmod") and c.lemma_.lower() in PROTEST_PURPOSES
                 and c.i > verb.i]  # "in protest against X"
    heads = [o for t in carriers for o in prep_objects(t, PROTEST_PREPS) if o.i > verb.i]
    for c in verb.children:
        if c.dep_ in ("advcl", "xcomp") and c.i > verb.i and c.lemma_.lower() in PROTEST_PURPOSES and any(
                g.dep_ == "mark" and g.lower_ == "to" for g in c.children):
            heads += [o for o in c.children if o.dep_ in OBJ and o.dep_ != "attr" and o.i > c.i]
    own = (source.code or "") if source is not None else ""
    for head in sorted(heads, key=lambda t: t.i):
        if head.pos_ not in ("NOUN", "PROPN") or _is_date(doc, head) or head.i in used:
            continue
        at_head = [m for m in coder.actors_of(head, index) if is_coded(m) and not is_media(m) and m.code != own] \
            if index.at(head.i) else []
        if at_head:
            return at_head[0].ref(), ":target-protested"
        toks = phrase_tokens(doc, head, coder)
        if not toks:
            continue
        text = doc[toks[0].i:toks[-1].i + 1].text
        named = next((m for t in toks for m in index.at(t.i) if is_coded(m) and not is_media(m) and m.code != own),
                     None)
        if named is not None:  # whose decision or law it is stands for it, in its words
            return ActorRef(name=named.name, code=named.code, text=text, kb_id=named.kb_id), ":target-protested"
        return ActorRef(name=text, code=None, text=text), ":target-protested"
    return None, ""


def appeal_verb(verb: Token) -> bool:
    return verb.lemma_.lower() in APPEAL_VERBS or verb.lower_ in APPEAL_FORMS


def told_to(verb: Token) -> Token | None:
    """The addressee of a verb of saying that directs (DIRECTING_VERBS): "Britain" of "told Britain to stop
    interfering", when its object comes before a clause with "to"."""
    if verb.lemma_.lower() not in DIRECTING_VERBS:
        return None
    clause = next((c for c in verb.children if c.dep_ == "xcomp" and any(
        m.dep_ == "mark" and m.lower_ == "to" for m in c.children)), None)
    if clause is None:
        return None
    return next((c for c in verb.children if c.dep_ in ("obj", "dobj", "iobj") and c.i < clause.i), None)


def appealed(verb: Token, source_from: str) -> bool:
    """The verb is what someone urged another to do: "urged Germany to extradite", "urges France to
    pressure the US" (a clause the parser hangs on as adverbial), "called on Libya to crack down", "demanded
    that Chad withdraw", "told Britain to stop interfering"."""
    head = verb.head
    if head.i == verb.i:
        return False
    if told_to(head) is not None and verb.dep_ == "xcomp":
        return True
    if not appeal_verb(head):
        return False
    if verb.dep_ == "ccomp":
        # "demanded that the government withdraw its troops", "urged that Iran free them": the clause in the
        # base form, with no auxiliary, is what is asked for, not an act (nor an intent) of its subject
        return verb.tag_ == "VB" or (verb.tag_ == "VBP" and not any(c.dep_ in ("aux", "aux:pass", "auxpass")
                                                                     for c in verb.children))
    if verb.dep_ not in ("xcomp", "advcl"):
        return False
    if source_from == "controller" and verb.dep_ == "xcomp":
        return True
    if not any(c.dep_ == "mark" and c.lower_ == "to" for c in verb.children):
        return False
    # the appeal has an addressee before the clause: its object, or "on"/"upon"/"to" someone
    return appeal_addressee(head, before=verb.i) is not None


ADDRESSEE_CASES = ("on", "upon", "to")


def appeal_addressee(verb: Token, before: int | None = None) -> Token | None:
    """Whom an appeal is made to: the verb's object before the clause asked for ("urged the United Nations to
    move ..."; ``before``: that clause, else the verb's own clause with "to"), or "on"/"upon"/"to" someone
    ("called on the EU to ..."). None for an appeal made to no one: "called for sanctions against Nigeria", and
    "urged sanctions against Zimbabwe", whose object is what is asked for."""
    if before is None:
        before = next((c.i for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.i > verb.i
                       and any(m.dep_ == "mark" and m.lower_ == "to" for m in c.children)), None)
    for c in verb.children:
        if before is not None and c.i >= before:
            continue
        if (c.dep_ in ("obj", "dobj", "iobj") and before is not None) or (c.dep_ in ("obl", "prep") and (
                c.lower_ in ADDRESSEE_CASES or any(g.dep_ == "case" and g.lower_ in ADDRESSEE_CASES
                                                   for g in c.children))):
            return c
    return None


# words that say how much or which one, not whom: never a target on their own (dates: doc._.fp_dates)
NOT_TARGETS = {"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"}
PHRASE_PREPS = TARGET_PREPS - {"by", "from", "for", "about", "between", "among", "across", "near", "inside", "over"}
# what a statement or a feeling is about ("optimism about the deal", "condolences to the families")
ABOUT_PREPS = {"about", "over", "on", "at", "with", "to", "toward", "towards", "for"}
OWN = {"its", "their", "his", "her", "our", "own", "my"}


def _holds_pattern(tok: Token, used: set[int]) -> bool:
    """The noun is the pattern's word, or its words modify it ("emergency food supplies")."""
    return tok.i in used or any(c.i in used for c in tok.children if c.dep_ in ("compound", "amod", "nummod"))


def _is_date(doc: Doc, tok: Token) -> bool:
    return tok.ent_type_ in NOT_TARGETS or any(d.start_char <= tok.idx < d.end_char for d in slot(doc, "fp_dates") or [])


def _plain_subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in SUBJECTS), None)


def weapon_subject(verb: Token, weapons: frozenset[str]) -> Token | None:
    """The weapon or blast an act of violence is told of with, as its subject, when no actor is named:
    "rockets fired from Lebanon hit the town", "a missile struck a building", "an explosion hit a market",
    "rockets were fired at the town", "a drone strike killed two"; for a participle with no subject of its
    own ("..., killing five people") that of the clause it hangs on. Where they came from ("fired from
    Lebanon") does not say who fired them. Never a name ("the Rockets beat the Lakers") and never what is
    no weapon ("the storm hit the coast", "shares hit a record")."""
    subj = _plain_subject(verb)
    if subj is None and verb.dep_ in ("advcl", "conj", "xcomp") and verb.head.pos_ == "VERB" and not any(
            c.dep_ == "mark" for c in verb.children):  # not "because invading foreign nations ...": a reason
        subj = _plain_subject(clause_governor(verb))
    subj = relative_antecedent(subj, verb)  # "back-to-back explosions that killed 38 people": the explosions
    if subj is None or subj.pos_ != "NOUN" or subj.ent_type_:
        return None
    subj = counted(subj)  # "a series of car bombings killed ...", "a barrage of rockets hit ..."
    lemma = subj.lemma_.lower()
    if is_weapon(subj, weapons) or lemma in STRIKING_THINGS:
        return subj
    if lemma in ARMED_STRIKE_NOUNS and any(c.dep_ in ("compound", "amod") and (
            is_weapon(c, weapons) or c.lower_ in ("air", "suicide")) for c in subj.children):
        return subj
    if lemma in ARMED_ACT_NOUNS and any(aimed_at_by_attack(c, subj) for c in subj.children):
        return subj  # "an attack on a convoy killed eight people": an armed act aimed at someone, its doer unnamed
    return None


def object_phrase(doc: Doc, verb: Token, used: set[int], preps: set[str],
                  argument_tokens: Callable[[Token], list[Token]],
                  weapons: frozenset[str] = frozenset(), counted: bool = False,
                  owned: Callable[[Token], bool] | None = None) -> list[Token]:
    """The words of what the act is done to, without their clauses: the verb's direct object; when
    that object is the event's own noun ("carried out a raid on X", "offered condolences to X"),
    the object of its preposition; else the verb's first prepositional phrase in ``preps``. With
    ``counted`` (an attack), a number or "another" alone is what is hit too ("wounding 82, local sources
    said": the parser hangs the number on the speakers after the comma). A thing a possessive pronoun owns is
    the source's own and no target, unless ``owned`` finds its owner elsewhere ("towards their positions")."""
    candidates: list[Token] = []
    objects = list(verb.children)
    if verb.dep_ in ("amod", "compound") and verb.head.i > verb.i and verb.head.pos_ == "NOUN":
        objects.append(verb.head)  # a finite verb misread as its object's modifier: "Police fired tear gas at ..."
    result = resultative_object(verb)  # "Gunmen shot dead a journalist", "shot" read as a noun
    if result is not None and result not in objects:
        objects.append(result)
    spoken = object_read_as_speaker(verb) if counted else None  # "..., killing four passengers, police said"
    for c in objects:
        if c is result:  # (its result word is the pattern's, "shot dead", not what the object is)
            candidates.append(c)
        elif spoken is not None and c.i == spoken.head.i:
            candidates.append(spoken)
        elif (c.dep_ in OBJ and c.dep_ != "attr" or c.i == verb.head.i != verb.i) and c.i > verb.i:
            # the pattern's own words in it ("sent food supplies", "pledged 20 million dollars"): it is
            # what is given or done, and whom it concerns follows a preposition
            candidates.extend(prep_objects(c, preps) if _holds_pattern(c, used) else [c])
    candidates.extend(c for c in prep_objects(verb, preps) if c.i > verb.i and c.i not in used)
    for head in candidates:
        if counted and head.dep_ in OBJ and counted_victims(head) and not _is_date(doc, head):
            return [head]   # "injures another": no noun to take
        lead = next((c for c in head.children if c.dep_ == "nummod" and c.i < head.i), None)
        if counted and lead is not None and lead.i == verb.i + 1 and doc[lead.i + 1].text == "," \
                and lead.i + 1 < head.i:
            return [lead]   # "wounding 82, local sources said"
        if counted and head.dep_ in OBJ and partitive_whole(head) is not head and head.i not in used \
                and harmed_people(head):
            toks = bare_phrase([t for t in head.subtree if t.i > verb.i and not t.is_space])
            if toks and len(toks) <= 12:
                return toks  # "killing some of the learners", "wounding two of the nurses": a part of people
        if head.pos_ not in ("NOUN", "PROPN") or head.is_space or _is_date(doc, head) or _holds_pattern(head, used):
            continue    # a line break the tagger read as a noun is no phrase ("two killed" ending a headline)
        if is_weapon(head, weapons):  # "fired dozens of rockets at the town": the town
            candidates.extend(c for c in prep_objects(verb, {"at", "on", "onto", "towards", "toward", "into"})
                              if c not in candidates)
            continue
        if any(c.dep_ in ("nmod:poss", "poss") and c.lower_ in OWN for c in np_head(head).children) and not (
                owned is not None and owned(np_head(head))):
            continue  # "raised its readiness": the source's own (not "fired towards their positions", another's)
        # after the verb: a verb misread as its object's modifier leaves its subject inside the object
        toks = [t for t in argument_tokens(head) if (t.dep_ not in ("punct", "cc") or t.i < head.i) and t.i > verb.i
                and not t.is_space]
        joined = {x.i for t in toks if joined_verb_read_as_noun(t) is not None for x in t.subtree}
        # a result of the pattern's the parser hung on the object is the verb's ("tortured an inmate to death"); not
        # the words that complete the object's noun ("declared a state of siege")
        joined.update(x.i for c in head.children if c.i > head.i and c.i in used and c.pos_ == "NOUN"
                      and any(g.dep_ == "case" and g.lower_ == "to" and g.i in used for g in c.children)
                      for x in c.subtree)
        toks = [t for t in toks if t.i not in joined]  # "... to dozens of homes and shot dead three people"
        toks = bare_phrase(toks)
        while toks and toks[-1].dep_ in ("punct", "cc", "case"):
            toks = toks[:-1]
        if toks and len(toks) <= 12:
            return toks
    return []


# how a thing names its author: "a request from X", "accusations by X", "a proposal of X"
AUTHOR_PREPS = {"from", "by", "of"}


def author_target(verb: Token, used: set[int], source: ActorMention | None, index: MentionIndex,
                  coder: EventCoder) -> tuple[ActorRef | None, str]:
    """(target, rule suffix) when the verb's object is the pattern's own noun (a proposal, a request, an
    accusation, an offer): whose it is. "rejected an Afghan government offer" -> AFG, "refused a request
    from the ministry", "rejected accusations by the US", "the proposal submitted by China Merchants"."""
    for obj in verb.children:
        direct = obj.dep_ in OBJ and obj.dep_ != "attr" or (  # "rejected on Monday an offer", read as an adjunct
            obj.dep_ == "obl" and not any(g.dep_ == "case" for g in obj.children))
        if not direct or obj.i < verb.i or not _holds_pattern(obj, used):
            continue
        owners = [c for c in obj.children if c.dep_ in ("nmod:poss", "poss", "compound", "amod") and c.i < obj.i
                  and c.i not in used]
        owners += [c for c in prep_objects(obj, AUTHOR_PREPS) if c.i not in used]
        for c in obj.children:  # "the proposal submitted by X"
            if c.dep_ in ("acl", "acl:relcl", "relcl") and c.tag_ == "VBN":
                agent = by_phrase(c)
                if agent is not None:
                    owners.append(agent)
        for tok in owners:
            # an outlet that asks or proposes is a party to it ("refused a request from The New York Times")
            for m in coder.actors_of(tok, index) or index.at(tok.i):
                if m is not source and is_coded(m) and (source is None or m.code != source.code):
                    return m.ref(), ":target-author"
    return None, ""


def phrase_target(doc: Doc, verb: Token, sent: Span, code: str, source: ActorRef | None, used: set[int],
                  argument_tokens: Callable[[Token], list[Token]],
                  weapons: frozenset[str] = frozenset()) -> tuple[ActorRef | None, str]:
    """(target, rule suffix) from the object's phrase when no actor is named there."""
    root = code[:2]
    if code in ("010", "011") or root == "02":
        return None, ""  # what is said or asked for is content, not a target
    armed = root in MATERIAL_CONFLICT_ROOTS
    toks = object_phrase(doc, verb, used, ABOUT_PREPS if root == "01" else PHRASE_PREPS, argument_tokens,
                         weapons if armed else frozenset(), counted=armed,
                         owned=(lambda head: possessor(doc, head, source) is not None) if armed else None)
    if not toks or (root == "01" and verb.lemma_.lower() in REPORTING_VERBS):
        return None, ""
    text = doc[toks[0].i:toks[-1].i + 1].text
    if source is not None and source.text and text == source.text:
        return None, ""
    if root == "15" and any(t.lemma_.lower() in _armed_roles() for t in toks if t.head.i not in {x.i for x in toks}
                            or t.head.i == t.i):
        return None, ""  # "Israel mobilized army for ...": a force posture moves the actor's own forces
    return phrase_ref(doc, verb, sent, root, toks, source), ":target-phrase"


def passive_subject_target(doc: Doc, verb: Token, sent: Span, code: str, source: ActorRef | None,
                           argument_tokens: Callable[[Token], list[Token]],
                           weapons: frozenset[str]) -> tuple[ActorRef | None, str]:
    """(target, rule suffix) of a passive attack whose subject names no actor: "The village was attacked
    by Boko Haram" -> the village, of the scene's country; not a weapon ("the devices were planted by X").
    A participle modifying a noun tells of that noun as a passive does of its subject ("the lives of ten
    employees kidnapped by militants": the employees)."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj:pass", "nsubjpass")), None)
    if subj is None and verb.dep_ == "acl" and verb.head.i < verb.i:
        subj = verb.head
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or _is_date(doc, subj) or any(
            is_weapon(t, weapons) for t in (subj, *subj.children) if t.i <= subj.i):  # "explosive devices"
        return None, ""
    toks = [t for t in argument_tokens(subj) if (t.dep_ not in ("punct", "cc") or t.i < subj.i)
            and not (subj.i == verb.head.i and t.i >= verb.i)]
    toks = bare_phrase(toks)
    if not toks or len(toks) > 12:
        return None, ""
    return phrase_ref(doc, verb, sent, code[:2], toks, source), ":target-passive-subject"


def phrase_ref(doc: Doc, verb: Token, sent: Span, root: str, toks: list[Token],
               source: ActorMention | ActorRef | None = None, buildings: bool = True) -> ActorRef:
    """An uncoded target phrase as an actor reference: a group noun's role ("14 people": CVL) and,
    for material conflict or a role, the country of the place it or the verb's phrase names."""
    text = doc[toks[0].i:toks[-1].i + 1].text
    ids = {x.i for x in toks}
    head = next((t for t in toks if t.head.i == t.i or t.head.i not in ids), toks[-1])
    own = (source.code or "") if source is not None else ""
    named = next((m for m in slot(doc, "fp_actor_mentions") or [] if m.start <= head.i < m.end and is_coded(m)
                  and not is_media(m) and m.code != own
                  # "mobilized its army for ...": a force's own forces are not what its posture acts on
                  and not (root in ("15", "08") and own[:3] == m.code[:3])), None)
    if named is not None:  # "opened investigations against 28 Chilean government officials": an actor after all
        return ActorRef(name=named.name, code=named.code, text=text, kb_id=named.kb_id)
    if root in MATERIAL_CONFLICT_ROOTS:
        earlier = told_before(doc, head, own)
        if earlier is not None:  # "gunmen attacked Tse Ujoh community ... the attackers stormed the community"
            return ActorRef(name=earlier.name, code=earlier.code, text=text, kb_id=earlier.kb_id)
        owner = phrase_owner(doc, head, toks[0].i, source)
        if owner is not None:
            return ActorRef(name=owner.name, code=owner.code, text=text, kb_id=owner.kb_id)
    whole = whole_of(head)  # "the gate of the police station": the station's
    if root in MATERIAL_CONFLICT_ROOTS:
        staff = staff_of(sent, head, source)
        if staff is not None:  # "attacked a police station, killing three officers": the police's
            return ActorRef(name=staff.name, code=staff.code, text=text, kb_id=staff.kb_id)
    role = group_role(head, harmed=root in COERCION_ROOTS) or facility_role(whole) or (
        counted_victims(head) if root in MATERIAL_CONFLICT_ROOTS else None) or (
        harmed_people(head) if root in MATERIAL_CONFLICT_ROOTS else None)
    country = None
    if root in MATERIAL_CONFLICT_ROOTS or role:
        lo, hi = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        country = next((p.country for p in scene_places_in(doc, sent) if lo <= p.evidence.start < hi), None)
        if country is None:  # "bombed a hospital in Idlib": the place the verb's phrase names
            place, _ = place_target(doc, verb, sent, "19", None, None, None)
            country = place.code if place is not None else None
    if country is None and role is None and root in MATERIAL_CONFLICT_ROOTS and settlement(whole):
        # "took parts of the city", "attacked two villages": the scene's country, else the article's
        scene = scene_places_in(doc, sent) or article_scene(doc)
        home = home_country(source)  # insurgents take villages at home: "near the Somali-Kenya border"
        country = (home if home in {p.country for p in scene} else scene[0].country) if scene else home
    elif country is None and role is None and root in MATERIAL_CONFLICT_ROOTS and buildings and built(whole):
        # "opened fire on a drugs rehabilitation center in the city": a building or post is where the scene is,
        # not where the attacker's name says it is from ("Saudi jets fired missiles at a well")
        own = (source.text or "") if source is not None else ""
        scene = [p for p in scene_places_in(doc, sent) or article_scene(doc) if p.evidence.text not in own]
        country = scene[0].country if scene else None
    code_ = ((country or "") + (role or "")) or None
    return ActorRef(name=text, code=code_, text=text)


def staff_of(sent: Span, head: Token, source: ActorMention | ActorRef | None) -> ActorRef | None:
    """The force whose people a staff noun hit in an attack names ("attacked a police station, killing three
    officers": COP; "gunmen stormed an Amisom base, wounding two personnel": AMISOM): the post or unit of a force
    the sentence names nearest it, by its owner's code or its modifier's role (the scene gives the country). Not
    staff of a body of their own ("members of the party"), nor of the attacker's own side."""
    people = counted(head)
    if people.lemma_.lower() not in STAFF_NOUNS or any(c.dep_ in ("nmod", "prep", "nmod:poss", "poss", "compound")
                                                       for c in people.children):
        return None
    own = (source.code or "") if source is not None else ""
    posts = sorted((t for t in sent if t.i != people.i and t.pos_ == "NOUN" and built(t)),
                   key=lambda t: abs(t.i - people.i))
    for post in posts:
        owner = phrase_owner(post.doc, post, post.left_edge.i, source)
        role = facility_role(post)
        ref = owner if owner is not None and len(owner.code or "") > 3 else (
            ActorRef(name=post.text, code=(owner.code if owner is not None else "") + role, text=post.text)
            if role else None)
        if ref is not None and not (own and (ref.code == own or role_of(ref.code) == role_of(own)
                                             and country_of(ref.code) in (None, country_of(own)))):
            return ref
    return None


def whole_of(head: Token) -> Token:
    """What a part names its whole of: "the gate of the police station", "the entrance to a school" -> the
    station, the school; any other word itself."""
    if head.lemma_.lower() not in PART_NOUNS and head.lower_ not in PART_NOUNS:
        return head
    return next(iter(prep_objects(head, {"of", "to"})), head)


def told_before(doc: Doc, head: Token, own: str) -> ActorMention | None:
    """The coded actor a definite phrase names again: "the community" after "Tse Ujoh community", "the
    camp" after "a police camp" coded by its force: the last mention before it with the same head word and
    no modifier of its own ("the rival camp" is another), not the other side's."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) or any(
            c.dep_ in ("amod", "compound", "nmod:poss", "poss", "nummod") and c.i < head.i for c in head.children):
        return None
    lemma = head.lemma_.lower()
    found = [m for m in doc._.fp_actor_mentions or [] if m.end <= head.i and is_coded(m) and not is_media(m)
             and doc[m.end - 1].lemma_.lower() == lemma and doc[m.end - 1].pos_ == "NOUN"
             and not (own and m.code[:3] == own[:3] and role_of(m.code) == role_of(own))]
    return found[-1] if found else None


# a possessive pronoun and the pronoun it is the possessive of, for pronoun_fits
POSSESSIVE_PRONOUNS = {"their": "they", "its": "it", "his": "he", "her": "she"}


def possessor(doc: Doc, head: Token, source: ActorMention | ActorRef | None) -> ActorMention | None:
    """Whose thing an attack hit, told by a possessive pronoun: "shells fired by Russian occupants towards their
    positions" (the Ukrainian forces named before), "their convoy came under fire": the nearest coded actor
    before the pronoun, in its sentence or the one before, that the pronoun can stand for and that is not the
    attacker (one does not attack one's own), nor those who only tell of it ("Officials said militants ambushed
    their patrol"; but "The army said militants attacked its positions"). None when the sentence names no such
    actor."""
    poss = next((c for c in head.children if c.dep_ in ("nmod:poss", "poss") and c.i < head.i
                 and c.lower_ in POSSESSIVE_PRONOUNS), None)
    if poss is None:
        return None
    before = [m for m in doc._.fp_actor_mentions or [] if poss.sent.start <= m.start and m.end <= poss.i]
    return next((m for m in sorted(before, key=lambda m: -m.end)
                 if antecedent_of(doc, m, POSSESSIVE_PRONOUNS[poss.lower_], source)), None)


def antecedent_of(doc: Doc, m: ActorMention, pronoun: str, source: ActorMention | ActorRef | None) -> bool:
    """Whether a pronoun (its subject form: "they", "he", "she", "it") for the one an attack hit can stand for
    the mention: a coded actor, no outlet, that the pronoun fits (arguments.pronoun_fits), not the attacker (one
    does not attack one's own), nor people who only tell of it ("Officials said militants ambushed their patrol");
    a body telling of its own ("The army said militants attacked its positions"), or an armed one ("Ukrainian
    forces report shells fired by Russian occupants towards their positions"), is its own."""
    if not is_coded(m) or is_media(m) or not (pronoun_fits(pronoun, m, doc) or person_of_country(doc, m, pronoun)):
        return False
    if pronoun == "they" and teller(doc, m) and role_of(m.code) not in ARMED_ROLES:
        return False
    own_code = (source.code or "") if source is not None else ""
    own_text = (source.text or "") if source is not None else ""
    return not (m.code == own_code or (own_text and (m.text in own_text or own_text in m.text)))


def person_of_country(doc: Doc, m: ActorMention, pronoun: str) -> bool:
    """Whether a country's name modifies a common noun of people the personal pronoun can stand for: "a Palestinian
    schoolgirl" for "she", "Egyptian soldiers" for "they" (arguments.person_role; one person for "he" and "she")."""
    tok = doc[m.end - 1]
    if m.kind != "country" or tok.dep_ not in ("amod", "compound") or tok.head.i <= tok.i \
            or person_role(tok.head) is None:
        return False
    plural = tok.head.tag_ in ("NNS", "NNPS")
    return plural if pronoun == "they" else (not plural and pronoun in ("he", "she"))


def teller(doc: Doc, m: ActorMention) -> bool:
    """Whether the mention is the subject of a verb of saying ("Officials said ...")."""
    said = doc[m.end - 1]
    return said.dep_ in SUBJECTS and said.head.lemma_.lower() in REPORTING_VERBS


# an object pronoun (arguments.OBJECT_PRONOUNS) and its subject form, for pronoun_fits
OBJECT_PRONOUN_SUBJECTS = {"them": "they", "him": "he", "her": "she"}
# the prepositions that tell whom an attack was aimed at ("opened fire on them", "shot at him")
AIMED_PREPS = frozenset({"on", "at", "against", "upon"})


def pronoun_victim(doc: Doc, verb: Token, source: ActorRef | None) -> tuple[ActorRef | None, str]:
    """(target, rule suffix) of an assault told of its victim by a pronoun, its object or the object of its "on",
    "at" or "against" ("The guards opened fire on them": the attackers the sentence before names; "after fellow
    soldiers killed her": the Palestinian schoolgirl named before): the actor the pronoun stands for, named before
    it in its sentence or the one before (`antecedent_of`), the subject of a clause before any other mention (the
    one a story goes on telling of), else the nearest, and one who only tells of it last ("Officials said gunmen
    snatched him": the contractor named before, not the officials); the pronoun stays the target's words. Nothing
    when no mention fits."""
    prons = [c for c in verb.children if c.dep_ in OBJ and c.tag_ == "PRP"] + [
        t for t in prep_objects(verb, set(AIMED_PREPS)) if t.tag_ == "PRP"]
    pron = next((t for t in prons if t.lower_ in OBJECT_PRONOUNS), None)
    if pron is None:
        return None, ""
    start = pron.sent.start
    start = doc[start - 1].sent.start if start > 0 else start
    before = sorted((m for m in doc._.fp_actor_mentions or [] if start <= m.start and m.end <= pron.i
                     and not verb.left_edge.i <= m.start < verb.i),
                    key=lambda m: (teller(doc, m), doc[m.end - 1].dep_ not in SUBJECTS, -m.end))
    found = next((m for m in before if antecedent_of(doc, m, OBJECT_PRONOUN_SUBJECTS[pron.lower_], source)), None)
    if found is None:
        return None, ""
    return ActorRef(name=found.name, code=found.code, text=pron.text, kb_id=found.kb_id), ":target-pronoun"


def phrase_owner(doc: Doc, head: Token, start: int, source: ActorMention | ActorRef | None) -> ActorRef | None:
    """The coded actor whose thing was hit, named before it: "destroyed several Armenian army's artillery
    batteries" (ARMMIL), "attacked an Amisom base", "shelled Ukrainian army positions" (UKRMIL: a country
    before a force's post is that force). Not the attacker's own."""
    own = (source.code or "") if source is not None else ""
    for c in head.children:
        if c.dep_ not in ("nmod:poss", "poss", "compound", "amod") or not start <= c.i < head.i:
            continue
        lo, hi = max(start, c.left_edge.i), c.right_edge.i  # "Syrian army": the country modifies the force
        for m in doc._.fp_actor_mentions or []:
            if lo <= m.start <= hi and is_coded(m) and not is_media(m) and not (own and m.code[:3] == own[:3]):
                role = facility_role(head) if len(m.code) == 3 else None
                return ActorRef(name=m.name, code=m.code + (role or ""), text=m.text, kb_id=m.kb_id)
    owner = possessor(doc, head, source)  # "towards their positions": whose the pronoun says
    if owner is not None:
        return ActorRef(name=owner.name, code=owner.code, text=doc[start:head.i + 1].text, kb_id=owner.kb_id)
    return None


def built(tok: Token) -> bool:
    """The word names a building, a post or a vehicle ("several checkpoints", "a number of warehouses")."""
    head = counted(np_head(tok))
    return head.pos_ == "NOUN" and head.lemma_.lower() in FACILITY_NOUNS


def settlement(tok: Token) -> bool:
    """The word names a place to live or fight over: a settlement noun ("two villages", "parts of the
    city"), or a name the parser set in one ("the town of Badhadhe", "Kohistanat district")."""
    head = np_head(tok)
    if head.lemma_.lower() in QUANTITY_NOUNS | {"part"}:  # "parts of the city", "a number of towns"
        head = next(iter(prep_objects(head, {"of"})), head)
    if head.lemma_.lower() in SETTLEMENT_NOUNS:
        return True
    if head.pos_ == "PROPN" and (any(c.dep_ == "compound" and c.lemma_.lower() in SETTLEMENT_NOUNS for c in head.children)
                                 or head.ent_type_ in ("GPE", "LOC")):
        return True
    while head.dep_ == "conj" and head.head.i != head.i:  # "the areas of al-Hessi and Albu Eifan"
        head = head.head
    # "the town of Badhadhe": the name hangs on the settlement noun by "of"
    up = head.head if head.dep_ in ("pobj", "nmod", "appos") else None
    if up is not None and up.lower_ == "of":
        up = up.head
    return up is not None and up.i != head.i and up.lemma_.lower() in SETTLEMENT_NOUNS




def home_country(actor: ActorMention | ActorRef | None) -> str | None:
    """The country of an insurgent, militia or police actor ("AFGREBTAL" -> AFG), else None."""
    code = (actor.code or "") if actor is not None else ""
    return code[:3] if len(code) >= 6 and code[3:6] in HOME_ROLES else None


def article_scene(doc: Doc) -> list:
    """The article's scene places of its leading country, when one country leads (twice the next):
    where a sentence that names no place of its own is set."""
    key = "fp_article_scene"
    found = doc.user_data.get(key)
    if found is None:
        places = [p for p in doc._.fp_places or [] if p.country and is_scene(p)]
        counts = Counter(p.country for p in places).most_common(2)
        lead = counts[0][0] if counts and (len(counts) == 1 or counts[0][1] >= 2 * counts[1][1]) else None
        found = doc.user_data[key] = [p for p in places if p.country == lead]
    return found


@functools.lru_cache(maxsize=1)
def _group_roles() -> dict[str, str]:
    return {a.phrase: a.role for a in builtin_agents() if a.role and a.kind == "group" and " " not in a.phrase}


def group_role(head: Token, harmed: bool = False) -> str | None:
    """The role of a group noun the actor tables keep from standing alone ("people", "children"),
    which as what an act is done to ("killed 58 people") are plainly its victims; with ``harmed``, a
    person noun too ("killed one person", "shot a man"), and a staff noun whose force no one named
    (staff_of tries that first): "killing a security guard"."""
    roles = _group_roles()
    head = counted(head)  # "dozens of people": the people
    lemma = head.lemma_.lower()
    return roles.get(head.lower_) or roles.get(lemma) or (
        "CVL" if harmed and (lemma in PEOPLE_NOUNS or lemma in STAFF_NOUNS) else None)


def partitive_whole(head: Token) -> Token:
    """What a part is taken from: "some of the learners", "two of the protesters", "many of them" (a number or
    a quantifier with an of-phrase); any other noun itself."""
    if (head.pos_ == "NUM" or head.lower_ in PARTITIVE_WORDS) and head.ent_type_ not in ("DATE", "TIME", "MONEY"):
        return next(iter(prep_objects(head, {"of"})), head)
    return head


def harmed_people(head: Token) -> str | None:
    """The role of the people an assault or fight (roots 18-20) was done to, named by a common noun of a person
    that the group tables do not keep ("injuring a non-linear editor", "killing some of the learners", "shot
    two of the protesters"): arguments.person_role of the noun or of the whole a part is taken from. Such a
    victim is a side the scene's country places (the event component), not a phrase with no code."""
    return person_role(partitive_whole(head))


def bare_phrase(toks: list[Token], marks: bool = False) -> list[Token]:
    """A phrase without the determiner, preposition or punctuation opening it ("the village", "on the convoy"),
    and with ``marks`` a clause mark; "at least 40 people" keeps its "at" (a quantity, not a place). A result
    word the parser hung on the object is the verb's ("shot dead two men": "two men")."""
    opening = ("det", "case", "punct", "mark") if marks else ("det", "case", "punct")
    while toks and (toks[0].dep_ in opening or toks[0].pos_ == "ADP" or (
            toks[0].lower_ in RESULT_ADJECTIVES and len(toks) > 1)) and not (
            toks[0].lower_ == "at" and len(toks) > 1 and toks[1].lower_ in ("least", "most")):
        toks = toks[1:]
    return toks


def harmed_person(verb: Token, code: str, mentioned: Callable[[int], list]) -> ActorRef | None:
    """The one person a violent act was done to, named by a role noun the actor tables keep from standing alone
    in the singular ("a police officer was shot dead in Belfast", "gunmen killed a soldier"): that role, which the
    event component places in the scene's country. None where a mention covers the noun already."""
    if code[:2] not in MATERIAL_CONFLICT_ROOTS:
        return None
    for c in verb.children:
        if c.dep_ not in PASSIVE_SUBJ and c.dep_ not in ("obj", "dobj") or c.pos_ != "NOUN" or mentioned(c.i):
            continue
        words = [t for t in c.subtree if t.i <= c.i and t.dep_ in ("compound", "amod") or t is c]
        for phrase in (" ".join(t.lower_ for t in words[-2:]), c.lower_):
            agent = default_kb().agents.get(phrase)
            if agent is not None and agent.kind == "person" and not agent.plural and agent.role in HARMED_ALONE_ROLES \
                    and agent.source == "builtin":  # the hand-written table: "community" from PLOVER's is no person
                text = verb.doc[min(t.i for t in words):c.i + 1].text
                return ActorRef(name=text, code=agent.role, text=text)
    return None


def person_phrase(head: Token, victim: bool = False) -> ActorRef | None:
    """A common noun of people as a side (arguments.person_role): its words up to the noun, without the opening
    determiner ("a gunman", "three employees", "masked men"), and its role; with ``victim`` (the verb is done to
    people only: arguments.victim_verb), any common noun as a civilian ("the boxer was stabbed to death"). None
    for any other noun."""
    role = person_role(head) or ("CVL" if victim and head.pos_ == "NOUN" and not head.ent_type_ else None)
    if role is None or any(t.is_punct for t in head.subtree if t.i < head.i):
        return None  # (a comma before the noun: two phrases the parse ran together, "wounding 82, local sources")
    words = bare_phrase([t for t in head.subtree if t.i <= head.i])
    text = head.doc[words[0].i:head.i + 1].text if words else head.text
    return ActorRef(name=text, code=role, text=text)


def person_side(verb: Token, code: str, mentioned: Callable[[int], list], doer: bool) -> ActorRef | None:
    """The people an assault, fight or mass violence (roots 18-20) names by a common noun that no actor mention
    covers (`person_phrase`): with ``doer``, the subject of the active verb or the passive's by-phrase ("a gunman
    killed three employees", "two men stabbed ...", "was assaulted by two men"); else what it was done to, the
    object or the passive's subject ("... killed three employees", "a mob beat the journalist", "the men were
    shot"). The victim is a person whatever organisation the sentence names beside ("at the headquarters of the
    firm"); the event component places both in the scene's country."""
    if code[:2] not in MATERIAL_CONFLICT_ROOTS:
        return None
    subjects = clause_subjects(verb)  # "a man broke into a dormitory and stabbed eight children"
    governor = verb  # the clause whose doer did it: "..., killing three people" is the main clause's act
    for _ in range(3):
        if subjects or governor.dep_ not in ("advcl", "xcomp", "conj") or governor.head.i == governor.i:
            break
        governor = governor.head
        subjects = clause_subjects(governor)
    if doer:
        passive = any(c.dep_ in PASSIVE_SUBJ or c.dep_ in ("auxpass", "aux:pass") for c in verb.children)
        if verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "aux:pass", "auxpass") for c in verb.children):
            passive = True  # a participle with no auxiliary, "14 people killed in the blast": its subject was hurt
        heads = [by_phrase(verb)] if passive else [c for c in subjects if governor is verb]
    elif any(s.pos_ == "NOUN" and not mentioned(s.i) and person_role(s) is None for s in subjects):
        return None  # a thing did it: "the drug killed thousands of patients" tells of no attack
    elif any(any(c.dep_ in PASSIVE_SUBJ for c in v.children) and by_phrase(v) is None for v in {verb, governor}) \
            and not (victim_verb(verb) or verb.lemma_.lower() in ASSAULT_VERBS):
        # harm with no one doing it: "23,000 people have been killed following an earthquake", "Mozambique was
        # flooded, killing more than 200 people"
        return None
    else:
        heads = done_to(verb)
    victim = not doer and victim_verb(verb)
    heads = [relative_antecedent(h, verb) for h in heads]
    return next((ref for h in heads if h is not None and not mentioned(h.i) and (ref := person_phrase(h, victim))),
                None)


def relative_antecedent(tok: Token | None, verb: Token) -> Token | None:
    """A relative pronoun standing for the noun its clause hangs on ("fans who attacked officers": the fans; "an
    attack which killed 250 people": the attack); any other word as it is."""
    if tok is not None and tok.lower_ in ("who", "that", "whom", "which") and tok.tag_ in ("WP", "WDT") \
            and verb.dep_ in ("relcl", "acl:relcl") and verb.head.i != verb.i:
        return verb.head
    return tok


def displaced_target(verb: Token, code: str, target: ActorMention, mentioned: Callable[[int], list]) -> ActorRef | None:
    """The people an assault was done to (`person_side`) where the coder took an organisation or a place from
    elsewhere in the clause as its target ("a gunman killed three employees at the headquarters of the software
    firm": the employees, not the firm); None where the coded target is of the victims' own phrase ("three
    employees of the firm") or no person noun is the verb's object."""
    victim = person_side(verb, code, mentioned, doer=False)
    if victim is None:
        return None
    heads = done_to(verb)
    if any(h.lemma_.lower() in STAFF_NOUNS for h in heads):
        return None  # "attacked a police post, killing two officers": staff hit at a body's post are its (staff_of)
    if any(h.left_edge.i <= target.start and target.end - 1 <= h.right_edge.i for h in heads) \
            or any(target.start <= h.i < target.end for h in heads):
        return None
    return victim


# what a number stands for when it names no kind of thing ("82", not "1998" or "30 percent")
NUMBER_ENTITIES = ("", "CARDINAL")


def counted_victims(head: Token) -> str | None:
    """CVL for those an attack hit named by a number or "others" alone, the noun left to the sentence before:
    "killing 28 people and wounding 82", "kills one person and injures another", "firing on others". Not a
    part of something named ("three of the towns"), nor a date, an amount or a share; a place or time hung on
    the word is the scene's ("killing dozens in Kano")."""
    if any(c.lower_ == "of" or c.dep_ in ("nmod", "prep") and any(g.dep_ == "case" and g.lower_ == "of"
                                                                   for g in c.children) for c in head.children):
        return None
    counted = head.pos_ == "NUM" and head.like_num and head.ent_type_ in NUMBER_ENTITIES
    return "CVL" if counted or head.lower_ in COUNTED_VICTIM_WORDS else None


@functools.lru_cache(maxsize=1)
def _armed_roles() -> dict[str, str]:
    return {a.phrase: a.role for a in builtin_agents()
            if a.role in FACILITY_ROLES and " " not in a.phrase and a.kind in ("group", "body")}


def facility_role(head: Token) -> str | None:
    """The role of the force a place or thing belongs to, named by its modifier: "a police
    checkpoint" (COP), "an army post", "military convoy" (MIL). Attacking it attacks that force."""
    roles = _armed_roles()
    for c in head.children:
        if c.dep_ in ("compound", "amod", "nmod:poss", "poss") and c.i < head.i:
            role = roles.get(c.lower_) or roles.get(c.lemma_.lower())
            if role:
                return role
    return None


def facility_owner(doc: Doc, target: ActorRef | None, mention: ActorMention | None) -> tuple[ActorRef | None, str]:
    """(target, rule suffix): a country named as the modifier of a force's facility is that force:
    "stormed an Afghan military base" -> AFGMIL, "shelled Ukrainian army positions" -> UKRMIL."""
    if target is None or mention is None or not target.code or len(target.code) != 3:
        return target, ""
    tok = doc[mention.end - 1]
    if tok.dep_ not in ("amod", "compound", "nmod:poss") or tok.head.i <= tok.i or tok.head.pos_ != "NOUN":
        return target, ""
    role = facility_role(tok.head)
    if role is None:
        return target, ""
    return ActorRef(name=target.name, code=target.code + role, text=target.text, kb_id=target.kb_id), ":target-force"




# the attack a passive names as its cause: "killed in Taliban attacks", "died in a US drone strike"
CAUSE_PREPS = {"in", "during", "by", "after", "amid", "from", "under"}
# the clause that tells how a victim was hit: "were killed when militants stormed the base"
CAUSE_MARKS = {"when", "after", "as", "while", "during"}
ATTACKER_DEPS = {"compound", "amod", "nmod:poss", "poss", "nmod", "pobj"}


def nominal_agent(doc: Doc, verb: Token, mentions_at: Callable[[int], list[ActorMention]],
                  exclude: list[ActorMention], share: bool = False) -> tuple[ActorRef | None, str]:
    """(source, rule suffix) of an agentless passive whose cause is an act with its actor inside:
    "Ten soldiers were killed in a Taliban attack" -> Taliban. Places are scenes, not actors."""
    places = doc._.fp_places or []
    # "killed after clashes with X", with "clashes" parsed as a verb of its own clause
    clashes = [c for c in verb.children if c.dep_ == "advcl" and c.lemma_.lower() in CLASH_NOUNS
               and any(g.dep_ in ("mark", "case") and g.lower_ in CAUSE_PREPS for g in c.children)]
    # "two civilians were killed and four others wounded in separate IS attacks": coordinated participles share
    # the adjunct the parser hangs on one of them
    sharers = [c for c in verb.children if c.tag_ == "VBN" and (c.dep_ == "conj" or (  # or misread as an adverbial
        c.dep_ == "advcl" and not any(g.dep_ in ("mark", "advmod") for g in c.children)))]
    if verb.dep_ == "conj" and verb.head.tag_ == "VBN":
        sharers.append(verb.head)
    shared = [o for c in sharers for o in prep_objects(c, CAUSE_PREPS)] if share else []
    for cause in prep_objects(verb, CAUSE_PREPS) + clashes + shared:
        fight = hyphened(cause) in CLASH_NOUNS  # "during the shoot-out between ...", "out" its head
        if cause.pos_ not in ("NOUN", "PROPN", "VERB") and not fight:  # "in Taliban attacks", "attacks" a verb
            continue
        planted = planted_by(cause, mentions_at, exclude)
        if planted is not None:  # "injured by a mine planted by the militia"
            return planted.ref(), ":source-from-cause"
        if fight or cause.lemma_.lower() in CLASH_NOUNS:  # "killed in clashes with security forces": the other side
            side = between_side(cause, mentions_at, exclude)
            if side is not None:  # "soldiers killed in clashes between the army and rebels": the rebels
                return side.ref(), ":source-from-clash"
            for other in prep_objects(cause, {"with"}):
                for t in other.subtree:
                    found = [m for m in mentions_at(t.i) if is_coded(m) and m not in exclude]
                    if found:
                        return found[0].ref(), ":source-from-clash"
        for t in cause.subtree:
            if t.i == cause.i or t.dep_ not in ATTACKER_DEPS:
                continue
            if t.dep_ in ("nmod", "pobj") and not any(g.lower_ == "by" for g in (*t.children, t.head)):
                continue  # "an attack on X" is its target; "an attack by X" its actor
            for m in mentions_at(t.i):
                if not is_coded(m) or m in exclude or any(
                        p.evidence.start < m.end_char and m.start_char < p.evidence.end for p in places):
                    continue
                return m.ref(), ":source-from-cause"
        armed = armed_modifier(cause)
        if armed is not None:
            return armed, ":source-from-cause"
    return None, ""


def hyphened(tok: Token) -> str:
    """The word a hyphenated compound spells, which the tokenizer splits and the parser heads by its last part
    ("shoot-out", "fire-fight": "shootout", "firefight"); else the token's lemma."""
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text in ("-", "–") and not doc[tok.i - 1].whitespace_ \
            and not doc[tok.i - 2].whitespace_ and doc[tok.i - 2].head.i == tok.i:
        return (doc[tok.i - 2].lower_ + tok.lower_).replace("-", "")
    return tok.lemma_.lower()


def armed_modifier(cause: Token) -> ActorRef | None:
    """"killed in a rebel attack", "in separate insurgent attacks", "died in a militant ambush": an armed act
    named as a noun whose modifier is a kind of armed group the agents table knows (no name, so no mention: the
    role alone, which the event component places in the scene's country)."""
    if cause.lemma_.lower() not in ARMED_ACT_NOUNS:
        return None
    for t in cause.children:
        if t.dep_ in ("amod", "compound") and t.i < cause.i:
            agent = default_kb().agent(t.lower_)
            if agent is not None and agent.role in ARMED_AT_HOME:
                return ActorRef(name=t.text, code=agent.role, text=t.text)
    return None


def custodian(verb: Token, mentions_at: Callable[[int], list[ActorMention]],
              exclude: list[ActorMention]) -> tuple[ActorRef | None, str]:
    """(source, rule suffix) of an agentless passive harm done to someone held: "was tortured to death in Turkish
    police custody", "were beaten in the custody of Egyptian security forces": whoever holds them did it."""
    # on the verb, or on its result phrase ("tortured to death in custody")
    phrases = [verb] + [c for c in verb.children if c.dep_ == "obl" and c.lemma_.lower() in ("death", "dead")]
    for held in (o for p in phrases for o in prep_objects(p, {"in", "under"})):
        if held.lemma_.lower() != "custody":
            continue
        for t in held.subtree:
            found = [m for m in mentions_at(t.i) if t.i != held.i and is_coded(m) and m not in exclude]
            if found:
                return found[0].ref(), ":source-custodian"
    return None, ""


# a state's own coercion of people on its ground: arrest or detention (173), expulsion or deportation (174)
CUSTODY_CODES = ("173", "174")


def custody_state(doc: Doc, verb: Token, code: str, exclude: list[ActorMention]) -> tuple[ActorRef | None, str]:
    """(source, rule suffix) of an agentless passive arrest or expulsion told with the country it happened
    in: that country's authorities hold the power to arrest or expel there. "A missionary was arrested in
    Lebanon" -> Lebanon, "were detained in Cairo" -> Egypt, "inspectors have been expelled from North Korea"
    -> North Korea (an expulsion is from the expelling state, whether of people, 174, or of diplomats or inspectors,
    161 and 166x; an arrest "from" a place is not placed)."""
    expelled = code.startswith("174") or (code[:2] == "16" and verb.lemma_.lower() in EXPULSION_VERBS)
    if not code.startswith(CUSTODY_CODES) and not expelled:
        return None, ""
    preps = ({"in", "at", "inside"} if code.startswith(CUSTODY_CODES) else set()) | ({"from", "out"} if expelled else set())
    held = {i for m in exclude if m is not None for i in range(m.start, m.end)}
    for obl in prep_objects(verb, preps):
        if obl.i < verb.i or obl.i in held or any(g.dep_ in ("amod", "compound") and g.lower_ in ("custody",)
                                                   for g in obl.children):
            continue
        for p in doc._.fp_places or []:
            if p.country and p.evidence.start <= obl.idx < p.evidence.end and is_scene(p):
                return ActorRef(name=p.name, code=p.country, text=p.evidence.text), ":source-custody-state"
    return None, ""


def role_of(code: str | None) -> str:
    """The role part of an actor code: "INDMIL" -> MIL, "MIL" -> MIL, "AFGREBTAL" -> REB."""
    code = code or ""
    return code[3:6] if len(code) >= 6 and code[:3] not in TYPE_HEADS else code[:3]


def between_side(cause: Token, mentions_at: Callable[[int], list[ActorMention]],
                 exclude: list[ActorMention]) -> ActorMention | None:
    """The one party of a fight "between A and B" that is not of the victims' kind: "soldiers were killed in
    clashes between the army and Maoist rebels" -> the rebels (the army is the soldiers' side). Civilians
    caught between the two, or parties of one kind, name no attacker."""
    victims = {role_of(m.code) for m in exclude if m is not None and is_coded(m)}
    if not victims or victims & CAUGHT_BETWEEN:
        return None
    # (the parser may hang the pair on the verb: "killed in clashes between the army and Houthi rebels")
    pairs = prep_objects(cause, {"between"}) or [c for c in cause.head.children if c.i > cause.i and c.dep_ in (
        "obl", "nmod", "prep") and c.left_edge.lower_ == "between"]
    for pair in pairs:
        parties: list[ActorMention] = []
        inner = {t.i for c in pair.children if c.dep_ in ("nmod", "acl", "acl:relcl", "appos") for t in c.subtree}
        for t in [t for t in pair.subtree if t.i not in inner]:
            for m in mentions_at(t.i):
                if is_coded(m) and m not in parties and m not in exclude:
                    parties.append(m)
        if len(parties) < 2:
            continue
        others = [m for m in parties if role_of(m.code) not in victims]
        if len(others) == 1 and len(others) < len(parties):
            return others[0]
    return None




def planted_by(noun: Token, mentions_at: Callable[[int], list[ActorMention]],
               exclude: list[ActorMention]) -> ActorMention | None:
    """The coded actor of a participle's by-phrase on a weapon or device: "a bomb (planted|emplaced)
    by militants" -> militants."""
    for c in noun.children:
        if c.dep_ not in ("acl", "acl:relcl", "relcl") or c.tag_ != "VBN":
            continue
        agent = by_phrase(c)
        if agent is None:
            continue
        for t in agent.subtree:
            for m in mentions_at(t.i):
                if is_coded(m) and m not in exclude:
                    return m
    return None


# CAMEO 1712, destroy property: people killed when someone blew up or destroyed a thing were killed by them
DESTROY_PROPERTY_CODE = "1712"


def clause_agent(doc: Doc, verb: Token, coder: "EventCoder", index: "MentionIndex",
                 exclude: list[ActorMention]) -> tuple[ActorRef | None, str]:
    """(source, rule suffix) of a victim's passive whose subordinate clause tells who attacked:
    "soldiers were killed when militants stormed the base" -> militants; "... when a bomb planted by
    militants exploded" -> militants. The clause's verb must itself be an attack (CAMEO 18-20) or destroy
    something (1712: "soldiers were killed when militants blew up a tunnel under their post"). Coordinated
    participles share the clause the parser hangs on one of them: "a militant was killed and ten others were
    injured when a device, emplaced by AQAP militants, detonated" tells who killed the militant too."""
    sharers = [c for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBN"]
    if verb.dep_ == "conj" and verb.head.tag_ == "VBN":
        sharers.append(verb.head)
    for c in [c for v in [verb, *sharers] for c in v.children]:
        if not (c.left_edge.lower_ in CAUSE_MARKS or any(
                g.lower_ in CAUSE_MARKS for g in c.children if g.dep_ in ("mark", "advmod"))):
            continue
        if c.dep_ in ("obl", "nmod", "advcl") and c.pos_ in ("NOUN", "PROPN"):
            # the parser made the clause's subject an adjunct: "when devices, emplaced by militants, detonated"
            m = planted_by(c, index.at, exclude)
            if m is not None:
                return m.ref(), ":source-from-clause"
            continue
        if c.dep_ != "advcl":
            continue
        if not any((str(e.default_code or "")[:2] in MATERIAL_CONFLICT_ROOTS
                    or str(e.default_code or "").startswith(DESTROY_PROPERTY_CODE))
                   and coder.fit_entry(doc, c, c.sent, e) is not None
                   for e in coder.dictionary.entries_for(c.text, c.lemma_)):
            continue
        found, subj, _ = coder.subject_of(c, index)
        for m in found:
            if is_coded(m) and m not in exclude:
                return m.ref(), ":source-from-clause"
        if subj is not None:
            m = planted_by(subj, index.at, exclude)
            if m is not None:
                return m.ref(), ":source-from-clause"
    return None, ""


def destination_target(doc: Doc, verb: Token, code: str, ce: CodedEvent, index: MentionIndex,
                       coder: EventCoder) -> tuple[ActorRef | None, str]:
    """(target, rule suffix) of an act that moves what it acts on: where or to whom it goes, not what is
    moved. "Japan is sending troops to the UN force in South Sudan" -> South Sudan, "returned 12 skulls to
    Peru" -> Peru, "withdrew peacekeepers from Sinai" -> Sinai. What is moved is a thing or a force named by
    its kind (troops, experts, a team), never a named actor ("extradited Assange to the US" acts on Assange);
    not for material conflict, where what is hit is the target."""
    if code[:2] in MATERIAL_CONFLICT_ROOTS or code[:2] in COERCION_ROOTS or ce.answer or ce.passive:
        return None, ""  # ("children could be returned to their families": who is moved is the one acted on)
    movers = [verb] + [doc[i] for i in ce.used_tokens]
    lemmas = {t.lemma_.lower() for t in movers}
    preps = ({"to", "into"} if lemmas & MOVE_VERBS else set()) | ({"from", "out"} if lemmas & WITHDRAW_VERBS else set())
    if not preps:
        return None, ""
    objects = [c for t in movers for c in t.children if c.dep_ in OBJ and c.dep_ != "attr" and c.i > verb.i]
    objects += [o for t in movers for o in prep_objects(t, {"of"}) if t.i != verb.i]  # "the withdrawal of troops"
    objects += [o for t in list(objects) for o in prep_objects(t, {"of"})]  # "sent teams of CIA operatives into Libya"
    if not objects and not lemmas & SELF_MOVERS:
        return None, ""  # "happy to return to Old Trafford": someone going somewhere acts on no one there
    own = (ce.source.code or "")[:3] if ce.source is not None else ""
    for obj in objects:
        if group_role(obj, harmed=True) in ("CVL", "REF") or any(m.kind != "agent" or (m.code or "")[3:6] in ("CVL", "REF") or (is_coded(m) and len(m.code) > 3 and m.code[:3] != own and "context" not in m.rule)
               for m in index.at(obj.i)):
            # a named actor moved is acted on, known to the tables or not; so is another country's force by
            # name ("demanded the withdrawal of Serbian forces from Bosnia")
            return None, ""
    source = ce.source
    for carrier in movers + objects:
        for dest in prep_objects(carrier, preps):
            if dest.i < verb.i:
                continue
            found = _destination(doc, dest, source, index, coder)
            if found is not None:
                return found, ":target-destination"
    return None, ""


def sent_to_act(doc: Doc, verb: Token, code: str, ce: CodedEvent, source: ActorRef | None, target: ActorRef | None,
                index: MentionIndex, coder: EventCoder) -> tuple[ActorRef | None, ActorRef | None, str] | None:
    """(source, target, rule suffix) of an act done where someone was sent to do it: "France has sent seven
    experts to Saudi Arabia to investigate the attacks" -> France's investigation in Saudi Arabia (SAU),
    "dispatching a team to Detroit to investigate a collision" -> Detroit. The destination is whom the act
    concerns when the act names no coded actor of its own; the sender acts through whom it sent, so a
    source the parser found inside the destination is the sender. Not material conflict ("sent troops to
    Mali to fight the rebels": the rebels are the target) nor a move the act's own pattern names."""
    head = verb.head
    if verb.dep_ not in ("advcl", "xcomp") or head.i == verb.i or head.i > verb.i or code[:2] in COERCION_ROOTS \
            or head.lemma_.lower() not in MOVE_VERBS - {"return", "hand", "donate"} or head.i in ce.used_tokens \
            or not any(c.dep_ == "mark" and c.lower_ == "to" for c in verb.children):
        return None
    if target is not None and target.code:
        return None
    carriers = [head] + [c for c in head.children if c.dep_ in OBJ and c.dep_ != "attr" and head.i < c.i < verb.i]
    for carrier in carriers:
        for dest in prep_objects(carrier, {"to", "into"}):
            if not head.i < dest.i < verb.i:
                continue
            found = _destination(doc, dest, None, index, coder)
            if found is None:
                continue
            inside = range(dest.left_edge.i, dest.right_edge.i + 1)
            if ce.source is None or ce.source.start in inside:
                sender = next((c for c in head.children if c.dep_ in SUBJECTS), None)
                movers = [m for m in coder.actors_of(sender, index) if is_coded(m)] if sender is not None else []
                source = movers[0].ref() if movers else None
            if source is not None and found.code and source.code and found.code[:3] == source.code[:3] \
                    and found.code != source.code:
                return None  # "sent a team to Alabama": a state's agency at home concerns no other actor
            return source, found, ":target-sent-to"
    return None


# forces move themselves: "Twelve U.S. Army soldiers deployed to Nigeria", "Syria withdrew from Lebanon"
SELF_MOVERS = {"deploy", "redeploy", "withdraw", "pull", "withdrawal", "pullout", "deployment"}


def _destination(doc: Doc, dest: Token, source: ActorMention | None, index: MentionIndex,
                 coder: EventCoder, depth: int = 0) -> ActorRef | None:
    """Who or where a destination phrase names: a force or mission troops join stands for the place it is
    in ("the UN peacekeeping force in South Sudan"); a coded actor; a place's country; else the phrase
    itself when it names someone ("to its owner")."""
    if dest.pos_ not in ("NOUN", "PROPN") or _is_date(doc, dest):
        return None
    if dest.lemma_.lower() in DEPLOYMENT_NOUNS and depth < 2:
        for inner in prep_objects(dest, {"in"}):
            found = _destination(doc, inner, source, index, coder, depth + 1)
            if found is not None:
                return found
    for m in coder.actors_of(dest, index):
        if is_coded(m) and not is_media(m) and m is not source and (source is None or m.code != source.code):
            return m.ref()
    for p in doc._.fp_places or []:
        if p.evidence.start <= dest.idx < p.evidence.end and p.country:
            return ActorRef(name=p.name, code=p.country, text=p.evidence.text)
    if dest.pos_ == "NOUN" and (dest.lemma_.lower() in PEOPLE_NOUNS | {"owner", "family", "government", "authority"}):
        toks = [t for t in coder.argument_tokens(dest) if t.dep_ not in ("punct", "cc") or t.i < dest.i]
        toks = bare_phrase(toks)
        if toks and len(toks) <= 8:
            text = doc[toks[0].i:toks[-1].i + 1].text
            return ActorRef(name=text, code=None, text=text)
    return None


def beneficiary_target(doc: Doc, verb: Token, ce: CodedEvent, index: MentionIndex,
                       coder: EventCoder) -> ActorRef | None:
    """Whom aid is for when no one receives it by name: the actor or place its purpose names ("earmarked
    1.5 million euros in emergency aid to help Haiti", "mobilising funds to support peace building in
    Colombia", "provided $340 million for assistance in northern Iraq"). Not the giver's own country."""
    own = ((ce.source.code or "")[:3]) if ce.source is not None else ""
    carriers = [verb] + [doc[i] for i in ce.used_tokens]
    carriers += [c for t in list(carriers) for c in t.children if c.dep_ in OBJ and c.dep_ != "attr"]
    for t in carriers:  # "all aid to Albanian rebels in Macedonia": the rebels
        for pobj in prep_objects(t, {"to"}):
            if any(is_coded(m) and not is_media(m) for m in coder.actors_of(pobj, index)):
                return None
    spans: list[Token] = []
    for t in carriers:
        for c in t.children:
            if c.dep_ in ("acl", "advcl", "xcomp") and any(g.dep_ == "mark" and g.lower_ == "to" for g in c.children):
                spans.append(c)  # "to help Haiti"
            elif c.dep_ in ("obl", "nmod") and any(g.dep_ == "case" and g.lower_ in ("for", "in") for g in c.children):
                spans.append(c)  # "for assistance in northern Iraq"
    places = doc._.fp_places or []
    for head in spans:
        ids = {x.i for x in head.subtree if x.i > verb.i}
        if not ids:
            continue
        for m in sorted({id(m): m for i in sorted(ids) for m in index.at(i)}.values(), key=lambda m: m.start):
            if is_coded(m) and not is_media(m) and m is not ce.source and m.code[:3] != own:
                return m.ref()
        lo, hi = doc[min(ids)].idx, doc[max(ids)].idx + len(doc[max(ids)].text)
        for p in places:
            if lo <= p.evidence.start < hi and p.country and p.country != own:
                return ActorRef(name=p.name, code=p.country, text=p.evidence.text)
    return None


def threatened_target(doc: Doc, verb: Token, ce: CodedEvent, index: MentionIndex,
                       coder: EventCoder) -> ActorRef | None:
    """Whom a threat is aimed at when the verb names no one: the object of the act threatened ("threatened to
    shell Haifa" -> Haifa, ISR; "threatened to attack US Army base" -> the US Army), not an actor of its
    condition ("if Israel hits Beirut")."""
    for c in verb.children:
        if c.dep_ != "xcomp" or c.i < verb.i:
            continue
        for obj in c.children:
            if obj.dep_ not in OBJ or obj.dep_ == "attr" or obj.i < c.i or obj.pos_ not in ("NOUN", "PROPN"):
                continue
            for m in coder.actors_of(obj, index):
                if is_coded(m) and not is_media(m) and m is not ce.source and (
                        ce.source is None or m.code[:3] != (ce.source.code or "")[:3]):
                    return m.ref()
            for p in doc._.fp_places or []:
                if p.evidence.start <= obj.idx < p.evidence.end and p.country:
                    return ActorRef(name=p.name, code=p.country, text=p.evidence.text)
        # "threatened to cut off electricity to the republic of Nakhichevan": whom the act reaches
        for pobj in prep_objects(c, {"to", "against", "on", "at"}):
            for m in coder.actors_of(pobj, index):
                if is_coded(m) and not is_media(m) and m is not ce.source and (
                        ce.source is None or m.code[:3] != (ce.source.code or "")[:3]):
                    return m.ref()
    return None


def shared_object_target(doc: Doc, verb: Token, sent: Span, code: str, ce: CodedEvent, source: ActorRef | None,
                         index: MentionIndex, coder: EventCoder) -> ActorRef | None:
    """The object of a later coordinated verb that shares the subject, for a verb with none of its own:
    "security forces molested, attempted to rape and thrashed some women" -> the women, for each act."""
    weapons = weapon_words(coder.dictionary)
    if any(c.dep_ in OBJ and c.dep_ != "attr" and not is_weapon(c, weapons) for c in verb.children):
        return None  # "imposed a curfew and ramped up police presence": each has its own; a weapon fired is no target
    conjs = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i
             and not any(g.dep_ in SUBJECTS for g in c.children)]
    head = verb.head
    if verb.dep_ == "advcl" and head.i > verb.i and head.pos_ == "VERB" and not any(
            g.dep_ in ("mark", "advmod") for g in verb.children) and not any(g.dep_ in SUBJECTS for g in head.children):
        conjs.append(head)  # "molested, attempted to rape and thrashed": a list the parser read as adverbial
    for c in list(conjs):
        conjs.extend(g for g in c.children if g.dep_ == "conj" and g.pos_ == "VERB"
                     and not any(x.dep_ in SUBJECTS for x in g.children))
    for c in conjs:
        entries = coder.dictionary.entries_for(c.text, c.lemma_)
        if not any(str(e.default_code or "")[:2] in COERCION_ROOTS for e in entries) and (entries or not any(
                o.dep_ in OBJ and group_role(o, harmed=True) for o in c.children)):
            # the act whose object is shared is itself one of force ("destroyed", "thrashed"), or one the
            # dictionary does not know done to people ("beat and robbed several women")
            continue
        for obj in c.children:
            if obj.dep_ not in OBJ or obj.dep_ == "attr" or obj.i < c.i or obj.pos_ not in ("NOUN", "PROPN"):
                continue
            for m in coder.actors_of(obj, index):
                if is_coded(m) and not is_media(m) and m is not ce.source and (
                        ce.source is None or m.code != ce.source.code):
                    return m.ref()
        found, _ = phrase_target(doc, c, sent, code, source, set(), coder.argument_tokens, weapons)
        if found is not None:
            return found
    return None


def clash_side(doc: Doc, verb: Token, ce: CodedEvent, target: ActorRef | None, index: MentionIndex,
               coder: EventCoder) -> ActorRef | None:
    """The other side of a clash named only by whom it was with, when the clash is the circumstance of the
    act that governs it: that act's subject fought it ("militants were killed after fierce clashes with
    Afghan security forces" -> the militants; "the army recaptured the town after clashes with IS")."""
    head = verb.head
    if not prep_objects(verb, {"with"}) or verb.lemma_.lower() == "fire":  # "after rockets were fired at X": no clash
        return None
    if verb.lemma_.lower() not in CLASH_NOUNS or verb.dep_ not in ("advcl", "obl", "nmod") or head.i == verb.i \
            or head.pos_ != "VERB" or not any(g.lower_ in CAUSE_PREPS | CAUSE_MARKS for g in verb.children
                                             if g.dep_ in ("case", "mark")):
        return None
    for subj in head.children:
        if subj.dep_ not in SUBJECTS:
            continue
        for m in coder.actors_of(subj, index):
            ref = m.ref()
            if is_coded(m) and not is_media(m) and not (target is not None and (
                    ref.code == target.code or (ref.text and ref.text == target.text))):
                return ref
    return None


def complete_sides(doc: Doc, verb: Token, sent: Span, code: str, ce: "CodedEvent", source: ActorRef | None,
                   target: ActorRef | None, index: "MentionIndex", coder: "EventCoder",
                   rule: str, use_model: bool = True) -> tuple[ActorRef | None, ActorRef | None, str]:
    """(source, target, rule) with the sides the verb's own arguments left open filled in, each
    completion named in the rule."""
    if source is None and target is not None and ce.target is not None and code[:2] in MATERIAL_CONFLICT_ROOTS:
        tok = doc[ce.target.end - 1]
        if tok.dep_ in ("compound", "nmod:poss", "poss", "amod") and tok.head.i > tok.i \
                and is_weapon(tok.head, weapon_words(coder.dictionary)):
            # "planting the IRA bombs", "Taliban rockets hit the base": whose weapon it is acted
            source, target, rule = target, None, rule + ":source-weapon-owner"
    if source is None and code[:2] in MATERIAL_CONFLICT_ROOTS and target is not None:
        side = clash_side(doc, verb, ce, target, index, coder)
        if side is not None:
            source, rule = side, rule + ":source-clash-governor"
    # an act with no subject of its own is told without its doer as a passive is ("grenades were used to shoot
    # down an army helicopter during clashes with the rebels"): its cause phrase may name the doer
    subjectless = code[:2] in MATERIAL_CONFLICT_ROOTS and verb.pos_ == "VERB" and not any(
        c.dep_ in SUBJECTS for c in verb.children)
    if source is None and (ce.passive or subjectless):
        source, more = nominal_agent(doc, verb, index.at, [ce.target] if ce.target else [],
                                     share=code[:2] in COERCION_ROOTS)
        if source is None and code[:2] in MATERIAL_CONFLICT_ROOTS and ce.passive:
            source, more = clause_agent(doc, verb, coder, index, [ce.target] if ce.target else [])
        if source is None and code[:2] in MATERIAL_CONFLICT_ROOTS:
            source, more = custodian(verb, index.at, [ce.target] if ce.target else [])
        if source is None and by_phrase(verb) is None:
            source, more = custody_state(doc, verb, code, [ce.target] if ce.target else [])
        rule += more
    dispatched = sent_to_act(doc, verb, code, ce, source, target, index, coder)
    if dispatched is not None:
        return dispatched[0], dispatched[1], rule + dispatched[2]
    more = ""
    moved_to, how = destination_target(doc, verb, code, ce, index, coder)
    if moved_to is not None and not (target is not None and target.code == moved_to.code):
        return source, moved_to, rule + how  # (where the verb's own object already names it, nothing to add)
    if target is None and verb.dep_ in ("compound", "amod") and verb.head.i > verb.i:
        # a headline verb the parser read as a name modifying its object: "Army Kills Five Rebels"
        found = [m for m in coder.actors_of(verb.head, index) if m is not ce.source and is_coded(m) and m.start > verb.i]
        if found:
            target, more = found[0].ref(), ":target-headline"
    if target is None and ce.target is None and ce.used_tokens:
        target, more = author_target(verb, set(ce.used_tokens), ce.source, index, coder)
    if target is None and ce.target is None and ce.passive and code[:2] in MATERIAL_CONFLICT_ROOTS:
        target, more = passive_subject_target(doc, verb, sent, code, source, coder.argument_tokens,
                                              weapon_words(coder.dictionary))
    if target is None and ce.target is None and (code[:2] in AGREEING_ROOTS or code in AGREEING_CODES) \
            and ce.source is not None and ce.source_from in ("subject", "governing") \
            and ({verb.lemma_.lower()} | {doc[i].lemma_.lower() for i in ce.used_tokens}) & AGREEING_VERBS:
        partner = mutual_partner(doc, ce.source, index, coder, uncoded=True)  # "X and Y agreed on the text"
        if partner is not None:
            target, more = partner, ":target-mutual"
    if target is None and ce.target is None and code[:2] == PROTEST_ROOT:
        target, more = protest_target(doc, verb, source, set(ce.used_tokens), index, coder)
    if target is None and ce.target is None:
        target, more = phrase_target(doc, verb, sent, code, source, set(ce.used_tokens), coder.argument_tokens,
                                     weapon_words(coder.dictionary))
    if not more:
        target, more = place_target(doc, verb, sent, code[:2], target, ce.target, ce.source)
    elif more == ":target-phrase" and target is not None and code[:2] in SCENE_TARGET_ROOTS and (
            not target.code or abstract_phrase(sent, target, set(ce.used_tokens), index)):
        # "remained on alert in North District", "declared a state of siege in Bolivia": no one is acted on,
        # the place the verb's phrase names is what the act concerns
        placed, how = place_target(doc, verb, sent, code[:2], None, None, ce.source)
        if placed is not None:
            target, more = placed, how
    if code[:2] == "07" and ce.target is None and (target is None or not target.code):
        found = beneficiary_target(doc, verb, ce, index, coder)
        if found is not None:
            target, more = found, ":target-beneficiary"
    if not more and code[:2] in MATERIAL_CONFLICT_ROOTS:
        target, more = facility_owner(doc, target, ce.target)
    if target is None and (verb.lemma_.lower() in REPORTING_VERBS or appeal_verb(verb)):
        # (and what is asked of another: "Chile demanded that Peru release the fishermen" is asked of Peru)
        target, more = about_target(verb, code, source, lambda t: coder.subject_of(t, index)[0])
    if target is None and ce.target is None:
        target, more = attitude_target(doc, verb, code, source, set(ce.used_tokens), index, coder) \
            if code in ATTITUDE_CODES else (None, more)
    if target is None and code[:2] in MUTUAL_ROOTS and not code.startswith(NOT_MUTUAL_CODES) and ce.source is not None \
            and ce.source_from in ("subject", "governing"):
        partner = mutual_partner(doc, ce.source, index, coder)
        if partner is not None:
            target, more = partner, ":target-mutual"
    if target is None and ce.target is None and code[:2] in COERCION_ROOTS:
        target = shared_object_target(doc, verb, sent, code, ce, source, index, coder)
        more = ":target-shared-object" if target is not None else more
    if target is None and ce.target is None and code[:2] == "13":
        target = threatened_target(doc, verb, ce, index, coder)
        more = ":target-threatened" if target is not None else more
    if target is None and ce.target is None and code[:2] in MATERIAL_CONFLICT_ROOTS and ce.used_tokens:
        target, more = taken_place(doc, verb, sent, code, ce, source, coder)
    if target is None and code.startswith(SUICIDE_BOMBING_CODE):
        target, more = bombed_place(doc, sent, source)
    if target is None and ce.target is None and code[:2] in MATERIAL_CONFLICT_ROOTS:
        target, more = pronoun_victim(doc, verb, source)
    if target is None and ce.target is None and use_model:
        target, more = learned_target(doc, verb, sent, code, ce, index, coder)
    return source, target, rule + more


def taken_place(doc: Doc, verb: Token, sent: Span, code: str, ce: CodedEvent, source: ActorRef | None,
                coder: EventCoder) -> tuple[ActorRef | None, str]:
    """(target, rule suffix) of an attack or a seizure whose pattern holds its object, a settlement or a
    building ("seized a village", "captured a central town": the pattern is "seize + village"): that place,
    of the scene's country (or the insurgents' own, phrase_ref); nothing when no country is found."""
    for obj in verb.children:
        if obj.dep_ not in OBJ or obj.dep_ == "attr" or obj.i not in ce.used_tokens \
                or not (settlement(obj) or built(obj)):
            continue
        toks = [t for t in coder.argument_tokens(obj) if t.dep_ not in ("punct", "cc") or t.i < obj.i]
        toks = bare_phrase(toks)
        ref = phrase_ref(doc, verb, sent, code[:2], toks[:12] or [obj], source)
        if ref.code:
            return ref, ":target-taken-place"
        named, _ = story_countries(doc)
        if code.startswith(OCCUPY_CODE) and len(named) == 1:
            # territory taken in a story about one country ("government forces recaptured the town") is in it
            return ActorRef(name=ref.name, code=next(iter(named)), text=ref.text), ":target-taken-place"
    return None, ""


# CAMEO 192, occupy territory
OCCUPY_CODE = "192"
# CAMEO 1831, carry out a suicide bombing: the bombers are among its dead, so the place is what it hits
SUICIDE_BOMBING_CODE = "1831"


def bombed_place(doc: Doc, sent: Span, source: ActorRef | None) -> tuple[ActorRef | None, str]:
    """(target, rule suffix) of a suicide bombing that names no one it hit ("two suicide bombers blew
    themselves up after police surrounded them near Ankara"): where it happened, a scene place of its
    sentence in any clause (the bombers' own act is told around it), else of the article's lead country;
    not a place inside the bombers' own name."""
    own = (source.text or "") if source is not None else ""
    for p in scene_places_in(doc, sent) or article_scene(doc):
        if p.country and p.evidence.text not in own:
            return ActorRef(name=p.name, code=p.country, text=p.evidence.text), ":target-bombed-place"
    return None, ""


# CAMEO 196, violate a ceasefire: a truce binds two sides, so "India and Pakistan violated it" is each one's act on the other
CEASEFIRE_VIOLATION_CODE = "196"


def co_agents(tok: Token) -> set[int]:
    """The words of the phrases co-ordinated with the actor at ``tok``, those who act with it: "US and Iraqi troops",
    "the Maklar, Burfjord and Bukama", and the noun that co-ordinated modifiers share ("Kenyan and Somali forces").
    Only their own words: a clause on one of them is not theirs to share."""
    def chain(start: Token) -> list[Token]:
        while start.dep_ == "conj" and start.head.i != start.i:
            start = start.head
        found, todo = [], [start]
        while todo:
            t = todo.pop()
            found.append(t)
            todo.extend(c for c in t.children if c.dep_ == "conj")
        return found

    def own(t: Token):
        yield t.i
        for c in t.children:
            if c.dep_ not in ("relcl", "acl", "conj"):
                yield from own(c)

    out: set[int] = set()
    head = np_head(tok)
    # (a co-ordination of the shared noun's modifiers the parser broke: "the Saudi, Emirati and Bahraini air forces"
    # with "Bahraini" a compound of its own)
    mods = [c for c in head.children if c.dep_ in ("compound", "amod") and c.i < head.i]
    for start in dict.fromkeys([tok, head] + mods):
        conjs = chain(start)
        if len(conjs) > 1:
            out.update(i for t in conjs for i in own(t))
            out.add(head.i)
    return out


def learned_target(doc: Doc, verb: Token, sent: Span, code: str, ce: "CodedEvent", index: "MentionIndex",
                   coder: "EventCoder") -> tuple[ActorRef | None, str]:
    """The target_model's pick among the sentence's nouns, as a mention's actor or a phrase."""
    exclude = set(ce.verb_tokens) | set(ce.used_tokens)
    if ce.source is not None:
        exclude.update(range(ce.source.start, ce.source.end))
    agent = by_phrase(verb) if ce.passive else None
    if agent is not None:  # who acted is not what was acted on
        exclude.update(t.i for t in agent.subtree)
    if ce.source is not None and ce.source_from in ("subject", "governing") and code.startswith(NOT_MUTUAL_CODES):
        head = np_head(doc[ce.source.start])  # nor who acted with it: "Greece and Israel offered help"
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        if any(c.dep_ == "conj" for c in head.children):
            exclude.update(t.i for t in head.subtree)
    elif ce.source is not None and code[:2] in COERCION_ROOTS and not code.startswith(CEASEFIRE_VIOLATION_CODE) \
            and verb.lemma_.lower() not in MUTUAL_FIGHT_VERBS:
        # nor those named with it as the doers of a blow: "US and Iraqi troops stormed ..." are allies, not foes
        # (as against a fight or a truce broken, which each side does to the other: "India and Pakistan clashed")
        exclude.update(co_agents(doc[ce.source.start]))

    def phrase_of(tok: Token) -> ActorRef | None:
        m = next((m for m in index.at(tok.i) if m is not ce.source), None)
        if m is not None:
            return None if is_media(m) else m.ref()  # an outlet reports; it is not acted on
        toks = [t for t in coder.argument_tokens(tok) if t.dep_ not in ("punct", "cc") or t.i < tok.i]
        toks = bare_phrase(toks)
        # a building the model picks is not placed: only what the verb's own phrase says was hit is
        return phrase_ref(doc, verb, sent, code[:2], toks[:12] or [tok], ce.source, buildings=False)

    found = model_target(sent, verb, code, index.at, exclude, phrase_of)
    if found is None:
        return None, ""
    ref, suffix = found
    if ref is None or (ce.source is not None and ref.code and ref.code == ce.source.code):
        return None, ""
    return ref, suffix


def mutual_partner(doc: Doc, source: ActorMention, index: "MentionIndex", coder: "EventCoder",
                   uncoded: bool = False) -> ActorRef | None:
    """The first actor coordinated with the source ("Jordan and Britain agreed"); with ``uncoded``, a named one
    the tables do not know ("India and MERCOSUR have agreed": each with the other)."""
    head = np_head(doc[source.start])
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    others = [m for m in coder.actors_of(head, index) if m is not source and m.code != source.code
              and not (m.start < source.end and source.start < m.end) and not is_media(m)]
    best = next((m for m in others if is_coded(m)), None) or next(
        (m for m in others if uncoded and doc[m.end - 1].pos_ == "PROPN"
         and m.kind in ("organisation", "country", "place")), None)
    return best.ref() if best is not None else None




def story_countries(doc: Doc) -> tuple[set[str], set[str]]:
    """The countries a story names (by its actors: names, adjectives, roles, persons; not outlets, which
    report from elsewhere, nor armed groups, whose nationality is not where they fight: "a Pakistani
    militant" in Kashmir; and by its places), and those of its places alone."""
    key = "fp_story_countries"
    found = doc.user_data.get(key)
    if found is None:
        placed = [p for p in doc._.fp_places or [] if p.country]
        # a country named only as a modifier ("US forces") is whose, not where the story is set
        places = {p.country for p in placed if is_setting(p)}
        named = {p.country for p in placed} | {m.country for m in doc._.fp_actor_mentions or [] if m.country
                                               and not m.backer and not is_media(m)
                                               and role_of(m.code) not in ARMED_AT_HOME}
        found = doc.user_data[key] = (named, places)
    return found


def story_country(doc: Doc, other: str | None, armed: bool = False, attacked: bool = False, caught: bool = False,
                  ) -> tuple[str | None, str]:
    """(country, rule suffix) of a side with none of its own, beside the other side's code ``other``.
    Where one of the two is an armed group fighting at home (``armed``: this one), the other side's
    country: insurgents attack at home ("gunmen stormed Kabul University": AFGREB; "Taliban fighters
    killed civilians": AFGCVL) where the story places it there or names no other country; a state hits
    them abroad too (``attacked``: the armed group is the one acted on), so there only where every place
    the story names lies in that country or it names no other ("Israel killed two militants in Gaza"
    names no Israeli militants); an armed group beside foreigners is of the one country all the story's
    places lie in. Else the one country the story names besides the other side's (a foreign force's country
    is not its victims'). People caught up in it (``caught``: civilians, protesters, the press ...) acted on by a
    state's own forces, police or government, in a story that names no country but that state's, are of that
    state ("Angolan police ... killing one protester" AGOOPP, "Sudan's security forces raped women" SDNCVL)."""
    theirs = country_of(other)
    named, places = story_countries(doc)
    if theirs and (armed or role_of(other) in ARMED_AT_HOME):
        placed_there = places <= {theirs} if attacked else theirs in places
        if named <= {theirs} or (theirs in places and placed_there):
            return theirs, ":country-from-other-side"
        if armed and len(places) == 1 and theirs not in places:
            # foreigners harmed where every place of the story lies in one other country: an armed group of
            # that country ("two Korean engineers were kidnapped in Nigeria ... the kidnappers")
            return next(iter(places)), ":country-from-scene"
        return None, ""
    rest = named - {theirs}
    if not rest and theirs and caught and role_of(other) in STATE_FORCES:
        return theirs, ":country-of-state"
    return (next(iter(rest)), ":country-from-story") if len(rest) == 1 else (None, "")


def home_sides(doc: Doc, root: str, source: ActorRef | None, target: ActorRef | None,
               ) -> tuple[ActorRef | None, ActorRef | None, str]:
    """(source, target, rule suffix): a bare role on one side of a violent event (CAMEO 18-20) that no place
    of its sentence or story placed ("gunmen", "civilians") is of the other side's country when one of the
    two is an armed group fighting at home and the story names no other ("Afghan forces shot the gunmen"
    AFGREB, "Taliban fighters killed civilians" AFGCVL); else of the one country the story names besides the
    other side's ("Mexican officials said ... clashes with the rebels" MEXREB)."""
    if root not in MATERIAL_CONFLICT_ROOTS:
        return source, target, ""

    def settled(side: ActorRef | None, other: ActorRef | None, is_target: bool) -> tuple[ActorRef | None, str]:
        if side is None or side.code not in COUNTRYLESS_ROLES:
            return side, ""
        other_code = other.code if other is not None else None
        armed = side.code in ARMED_AT_HOME
        # the armed group is the one acted on: this side as target, or the other side as target
        attacked = (armed and is_target) or (not is_target and role_of(other_code) in ARMED_AT_HOME)
        caught = side.code in CAUGHT_BETWEEN | {"OPP"}  # those a state's force acts on where nothing says elsewhere
        country, how = story_country(doc, other_code, armed, attacked, caught)
        if country is None:
            return side, ""
        return ActorRef(name=side.name, code=country + side.code, text=side.text, kb_id=side.kb_id), how

    new_source, how_s = settled(source, target, False)
    new_target, how_t = settled(target, source, True)
    return new_source, new_target, how_s or how_t
