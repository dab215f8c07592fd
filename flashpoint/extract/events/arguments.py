"""Who the actors of a verb are: its subject, object and prepositional arguments as actor mentions.

The event coder (event_coder.py) asks this part for a verb's source and target candidates: the actor a
noun phrase stands for with its coordinated conjuncts, the subject through control, coordination and
relative clauses, pronouns resolved to the nearest fitting antecedent (for "we", the speaker of the quote
record that holds it, else the subject of the speech verb), the
by-agent of a passive, and the objects and prepositional phrases a target comes from.
"""

from __future__ import annotations

import functools

from spacy.tokens import Doc, Span, Token

from flashpoint.extract.base import ActorMention, doc_text, paragraph_bounds
from flashpoint.extract.events.modality import prevented, speech_frame
from flashpoint.extract.events.options import CoderOptions
from flashpoint.extract.events.patterns import ActorLookup, Region
from flashpoint.extract.places import INSIDE
from flashpoint.extract.words import (ARMED_ACT_NOUNS, ATTACK_WORDS, CASUALTY_PERSON_NOUNS, COLLECTIVE_PRONOUNS,
                                      COUNTED_PEOPLE_WORDS, FIGHT_NOUNS, FIRST_PERSON, FIRST_PERSON_PLURAL, MEASURE_NOUNS,
                                      PEOPLE_NOUNS, PERSON_VICTIM_VERBS, PLURAL_ONLY_NOUNS, QUANTITY_NOUNS, REPORTING_VERBS,
                                      RESULT_ADJECTIVES, RESULT_VERBS, SERIES_NOUNS, SUBSTANCE_AGENT_MODIFIERS,
                                      THIRD_PERSON_PLURAL, TIME_CASES, TRAILING_SAYING, UNDER_ATTACK_NOUNS)
from flashpoint.codes.agents import OUTLAW_ROLES
from flashpoint.kb.builtin import builtin_agents
from flashpoint.kb.model import Agent
from flashpoint.nlp.deps import PASSIVE_SUBJECTS, SUBJECTS
from flashpoint.records import ActorRef

SUBJ = SUBJECTS | {"csubj", "csubj:pass", "nsubj:outer"}
PASSIVE_SUBJ = PASSIVE_SUBJECTS | {"csubj:pass"}
AUX = {"aux", "aux:pass", "auxpass", "cop"}
OBJ = {"obj", "dobj", "iobj", "dative", "attr", "oprd"}
PREP_ARG = {"obl", "obl:agent", "obl:unmarked", "prep", "pobj", "agent", "nmod", "obl:tmod", "obl:npmod"}
CLAUSAL = {"acl", "acl:relcl", "relcl", "advcl", "advcl:relcl", "ccomp", "parataxis", "csubj", "xcomp", "appos",
           "list", "dislocated"}
# inside one noun phrase (the unit an actor name lives in)
NP_INTERNAL = {"compound", "amod", "det", "det:predet", "nummod", "flat", "flat:name", "nmod:poss", "poss", "case",
               "nmod:desc", "nmod:unmarked", "advmod", "fixed", "punct", "nn", "npadvmod", "predet", "quantmod"}
# relations of a verb the parser mistook for part of a noun phrase (see EventCoder.misparsed_finite)
MODIFIER_DEPS = {"amod", "compound", "nmod:poss", "case", "det"}
# prepositions that introduce whom an act is aimed at (a location "in X" is weaker evidence)
TARGET_PREPS = {"against", "with", "to", "toward", "towards", "on", "upon", "at", "into", "from", "for", "of", "over",
                "about", "between", "among", "across", "near", "onto", "inside", "by"}
PERSONAL = {"he", "she", "him", "her", "his"}
# "his country", "their nation": a country named by whose it is (ArgumentFinder.possessed_country)
OWNED_COUNTRY_NOUNS = {"country", "nation"}
POSSESSIVES = {"his", "her", "its", "their", "our"}
COORDINATORS = ("and", "or", ",", "&")   # what joins coordinated modifiers ("French and Malian troops")
# how a time phrase relates to another moment ("hours earlier", "days after the vote")
TIME_RELATIONS = {"earlier", "later", "after", "before", "ago", "afterwards", "since"}
# the relations of a verb form the tagger read as a verb where it stands as a noun
NOMINAL_USES = {"obl", "nmod", "obj", "dobj", "pobj", "nsubj", "nsubj:pass"}
MATERIAL_CONFLICT_ROOTS = ("18", "19", "20")
# acts that harm someone: coercion (arrests, detentions, seizures) and material conflict; a bare participle
# of one is what was done to its noun ("civilians killed", "activists detained"), where one of a statement or
# a gift is more often a finite verb the parser misread ("police confirmed", "the food aid groups donated")
COERCION_ROOTS = ("17",) + MATERIAL_CONFLICT_ROOTS
# words that open a clause the parser may read as a prepositional phrase ("after gunmen attacked")
CLAUSE_MARKERS = {"after", "before", "when", "while", "as", "since", "until", "once", "because"}
RELATIVE = {"which", "who", "that", "whom", "whose"}
QUESTION_WORDS = frozenset({"who", "what", "which", "whoever", "whatever"})  # outside a relative clause
OBJECT_PRONOUNS = frozenset({"them", "him", "her"})
PARTICLES = frozenset({"down", "up", "out", "off"})  # of phrasal verbs: "gunned down", "rounded up", "wiped out"


def quotes_of(doc: Doc) -> list:
    """The quote records fp_quotes wrote on the doc ([] before it ran, or without it)."""
    return (doc._.fp_quotes or []) if Doc.has_extension("fp_quotes") else []


def quote_speaker_mentions(tok: Token, index: MentionIndex) -> list[ActorMention]:
    """The actor at the speaker span of the quote record (fp_quotes) holding ``tok``: "we" in “We oppose
    ...,” he said is whoever the quote's speaker resolved to; [] when no quote holds it or no coded actor
    mention lies at its speaker's span (then the speech verb's subject phrase is read as before)."""
    at = tok.idx
    holding = [q for q in quotes_of(tok.doc) if q.speaker_span is not None and q.evidence.start <= at < q.evidence.end
               and not q.speaker_span.start <= at < q.speaker_span.end]
    if not holding:
        return []
    span = min(holding, key=lambda q: (not q.direct, q.evidence.end - q.evidence.start)).speaker_span
    inside = [m for m in index.mentions if span.start <= m.start_char and m.end_char <= span.end and is_coded(m)]
    groups = index.groups(inside)
    return groups[0] if groups else []


def direct_quote_start(tok: Token) -> int:
    """The character offset where the direct quote holding ``tok`` starts (fp_quotes), -1 outside one: a pronoun
    in a quote speaks of someone in the speaker's story, not of whoever the narrative named before it."""
    starts = []
    for q in quotes_of(tok.doc):
        if not (q.direct and q.evidence.start <= tok.idx < q.evidence.end):
            continue
        at = q.evidence.text.find(q.text) if q.text else -1   # the quoted words, not the frame ("..., he said")
        if at >= 0 and q.evidence.start + at <= tok.idx < q.evidence.start + at + len(q.text):
            starts.append(q.evidence.start + at)
    return max(starts) if starts else -1


def one_person(doc: Doc, m: ActorMention) -> bool:
    """A person, or a singular role noun for one ("A local official", "governor", "spokesman"; not "officials",
    "the army"): no antecedent of "they"."""
    if m.kind == "person":
        return True
    agent = agent_of(m) if m.kind == "agent" else None
    return agent is not None and agent.kind == "person" and not agent.plural and doc[m.end - 1].tag_ in ("NN", "NNP")


def many(doc: Doc, m: ActorMention) -> bool:
    """A role noun in the plural ("troops", "officials", "police"): no antecedent of "it"."""
    agent = agent_of(m)
    head = doc[m.end - 1]
    return (agent is not None and agent.plural) or head.tag_ == "NNS" or head.lower_ in PLURAL_ONLY_NOUNS


def not_a_person(m: ActorMention) -> bool:
    """A role noun the agents table knows as a body, a group or a weapon, or in the plural ("the government",
    "officials"): no antecedent of "he" or "she". A role it does not know is given the benefit of the doubt."""
    agent = agent_of(m) if m.kind == "agent" else None
    return agent is not None and (agent.kind != "person" or agent.plural)


def pronoun_fits(pronoun: str, m: ActorMention, doc: Doc) -> bool:
    """Could the pronoun (lower case) stand for the mention? "he"/"she" is one person (not "the government",
    nor "officials"); "it", "they" and the other collective pronouns are not one person ("the minister")."""
    if pronoun in PERSONAL:
        return m.kind in ("person", "agent", "unknown") and not not_a_person(m)
    if pronoun == "it" and m.kind == "agent" and many(doc, m):
        return False  # "Police released a photo of the truck just before it blew up": not the police
    if pronoun in THIRD_PERSON_PLURAL and m.kind == "country" and doc[m.end - 1].dep_ in ("amod", "compound") \
            and doc[m.end - 1].head.tag_ in ("NN", "NNP") and doc[m.end - 1].head.i > m.end - 1:
        return False  # "a Turkish hostage, who they threatened to behead": one hostage, not Turkey
    return not (pronoun in (COLLECTIVE_PRONOUNS - FIRST_PERSON_PLURAL) | THIRD_PERSON_PLURAL and one_person(doc, m))


def np_head(tok: Token) -> Token:
    """The head of the noun phrase a token belongs to."""
    seen = 0
    while tok.dep_ in NP_INTERNAL and tok.head.i != tok.i and seen < 20:
        tok = tok.head
        seen += 1
    return tok


class MentionIndex:
    """Actor mentions by token, for the coder and the pattern matcher."""

    def __init__(self, doc: Doc, mentions: list[ActorMention]):
        self.doc = doc
        self.mentions = mentions
        self.covering: dict[int, list[ActorMention]] = {}
        for m in mentions:
            for i in range(m.start, m.end):
                cur = self.covering.get(i)
                if not cur or (m.end - m.start) > (cur[0].end - cur[0].start):
                    self.covering[i] = [m]
                elif (m.end - m.start) == (cur[0].end - cur[0].start) and m not in cur:
                    cur.append(m)
        self.by_start: dict[int, list[ActorMention]] = {}
        self.by_end: dict[int, list[ActorMention]] = {}
        self.subjects: dict[tuple, tuple] = {}    # ArgumentFinder.subject_of's answers for this Doc and these mentions
        for m in mentions:
            self.by_start.setdefault(m.start, []).append(m)
            self.by_end.setdefault(m.end - 1, []).append(m)

    def at(self, i: int) -> list[ActorMention]:
        return self.covering.get(i, [])

    def groups(self, found: list[ActorMention]) -> list[list[ActorMention]]:
        """Mentions with one span form one group (a composed "ambassadors of A, B" gives several)."""
        spans: dict[tuple[int, int], list[ActorMention]] = {}
        for m in found:
            spans.setdefault((m.start, m.end), []).append(m)
        return sorted(spans.values(), key=lambda g: -(g[0].end - g[0].start))

    def lookup(self, actors_of) -> ActorLookup:
        def compound_at(i: int, step: int):
            group = self.at(i)
            if not group:
                return None
            tok = self.doc[group[0].start if step > 0 else group[0].end - 1]
            found = actors_of(np_head(tok))
            if len(found) < 2:
                return None
            last = max(m.end - 1 for m in found) if step > 0 else min(m.start for m in found)
            return found, last

        def bounds(i: int):
            head = np_head(self.doc[i])
            if head.pos_ not in ("NOUN", "PROPN", "PRON", "NUM", "ADJ", "X"):
                return None
            unit = [t.i for t in head.subtree if t.i == head.i or np_head(t).i == head.i]
            return min(unit), max(unit)

        return ActorLookup(lambda i: self.groups(self.by_start.get(i, [])),
                           lambda i: self.groups(self.by_end.get(i, [])), compound_at, bounds)


def is_coded(m: ActorMention | ActorRef | None) -> bool:
    return m is not None and bool(m.code) and m.code != "---"


def media_people(m: ActorMention) -> bool:
    """Journalists, reporters, a named correspondent: people of the media, who can be arrested, released or
    attacked (an outlet, "Reuters", "the BBC", is only ever the channel of a claim). The coder keeps them
    as the target of such acts and drops them from every other side (coder.HARMED_MEDIA_ROOTS)."""
    if not is_media(m):
        return False
    agent = agent_of(m)
    return m.kind == "person" or (m.kind == "agent" and agent is not None and agent.kind == "person")


@functools.lru_cache(maxsize=1)
def agents_by_phrase() -> dict[str, Agent]:
    """The agents table by phrase: whether a role noun names a person ("journalists", "reporter", "official") or a
    body ("television", "the press"), and whether it is plural."""
    return {a.phrase.lower(): a for a in builtin_agents()}


def agent_of(m: ActorMention) -> Agent | None:
    """The agents-table entry of the role noun a mention was coded from ("official" of "A local official")."""
    return agents_by_phrase().get(str(m.extra.get("agent", "")).lower())


def is_media(m: ActorMention) -> bool:
    """News outlets and "the media": channels of a claim, not parties to an event."""
    return (m.kind == "media" or bool(m.code and m.code.endswith("MED") and len(m.code) <= 6)
            or m.role == "MED" or m.sector == "MED")


def title_cased(sent: Span) -> bool:
    """A headline in title case: (nearly) every word of four letters or more starts upper-case."""
    words = [t.text for t in sent if t.is_alpha and len(t.text) >= 4]
    return len(words) >= 2 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)


def headline_participle(tok: Token) -> bool:
    """A bare capitalised participle after its noun in a title-case headline, which headlines use for the
    passive: "Two U.S. Soldiers Killed in Iraq Bombings" (the tagger calls "Killed" a name). With an
    object it is an active verb ("Troops Killed Five Rebels")."""
    return (tok.text[:1].isupper() and tok.lower_.endswith("ed") and tok.i > 0 and not tok.is_sent_start
            and tok.nbor(-1).pos_ in ("PROPN", "NOUN", "NUM") and not any(c.dep_ in OBJ for c in tok.children)
            and title_cased(tok.sent))


def headline_line(sent: Span) -> bool:
    """The article's first paragraph, one line with no closing stop, in any case, with a body after it:
    a headline ("3 Egyptian soldiers killed in Israeli error"), whose grammar drops the auxiliary of the
    passive. (A lone snippet with no stop is no headline.)"""
    doc = sent.doc
    if len(sent) > 20 or sent[-1].text in (".", "!", "?", "”", '"', "'", ":"):
        return False
    text = doc_text(doc)
    start, end = paragraph_bounds(doc, sent.start_char)
    return not text[:start].strip() and text[start:end].strip() == sent.text.strip() and bool(text[end:].strip())


def headline_passive(tok: Token) -> bool:
    """A past form with a subject, no object and no auxiliary in a headline line: "3 Egyptian soldiers
    killed in Israeli error" tells what was done to the soldiers (an active verb would take its object:
    "Troops kill three rebels")."""
    if tok.tag_ not in ("VBD", "VBN") or not tok.lower_.endswith(("ed", "en", "ot")) or any(
            c.dep_ in OBJ or c.dep_ in AUX for c in tok.children):
        return False
    told_of = any(c.dep_ in SUBJ and c.i < tok.i for c in tok.children) or (  # "soldiers killed in ..."
        tok.dep_ == "acl" and tok.head.i < tok.i)  # ... or the participle parsed as the noun's modifier
    return told_of and headline_line(tok.sent)


def perfect_active(verb: Token) -> bool:
    """A past participle with its own "have" ("had been sent to the area and had arrested three suspects"):
    an active perfect, whatever the verb it is joined to; it does not share that verb's passive."""
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children) and not any(
        c.dep_ in ("aux:pass", "auxpass") for c in verb.children)


def participle(tok: Token) -> bool:
    """A past participle, the tagger's, a headline's, or one tagged a past tense inside a noun phrase."""
    return tok.tag_ == "VBN" or headline_participle(tok) or modifying_past(tok)


def noun_participle(verb: Token) -> bool:
    """A participle modifying a noun with no object of its own tells what was done to the noun, a passive
    whoever the clause around it is about: "the ministry published the names of soldiers killed in the
    fighting" (the soldiers were killed; not the ministry's act). Not on a noun heading the sentence, where it
    is the sentence's verb misread ("Police and protesters clashed"), nor on what an act left so ("leaving 20
    soldiers injured": the act's doer did it). The coder reads it so for harm, and for other acts where the
    participle does not report and the sentence has a verb of its own (coder.make_events)."""
    return verb.dep_ == "acl" and verb.head.i < verb.i and verb.head.pos_ in ("NOUN", "PROPN") \
        and verb.head.dep_ != "ROOT" and participle(verb) and not any(c.dep_ in OBJ for c in verb.children) \
        and not (verb.head.dep_ in OBJ and verb.head.head.lemma_.lower() in RESULT_VERBS) and not cut_clause(verb)


def modifying_past(tok: Token) -> bool:
    """"the names of the service members killed recently in Iraq": a past form with no object of its own that
    the parser hung on a noun inside another phrase is a participle (what was done to the noun), though tagged
    a past tense; on the noun heading the sentence it is that sentence's verb (finite_on_head), and where the
    parser cut a clause (cut_clause) that clause's."""
    return tok.tag_ == "VBD" and tok.dep_ == "acl" and tok.head.i < tok.i and tok.head.dep_ != "ROOT" \
        and not any(c.dep_ in OBJ or c.dep_ in SUBJ for c in tok.children) and not cut_clause(tok)


def cut_clause(verb: Token) -> bool:
    """A verb hung on a noun as its modifier that is the verb of a clause the parser cut: after a comma ("a
    mine, planted by militants, detonated") or on a noun a clause opener governs ("after four bombers
    struck")."""
    return verb.nbor(-1).text == "," or any(c.dep_ in ("case", "mark") and c.lower_ in CLAUSE_MARKERS
                                            for c in verb.head.children)


def fight_noun(tok: Token) -> bool:
    """A noun of a fight (words.FIGHT_NOUNS), tagged as a noun, or as a verb or a name where it is a clause's subject
    ("Heavy clashes broke out between police and protesters": "clashes" tagged VBZ; "Clashes broke out ..." NNP;
    "fighting broke out between ..." VBG)."""
    nominal = tok.tag_ in ("NN", "NNS") or (tok.dep_ in SUBJ and tok.tag_ in ("VBZ", "VBG", "NNP", "NNPS"))
    return nominal and (tok.lower_ in FIGHT_NOUNS or tok.lemma_.lower() in FIGHT_NOUNS)


def headed_by_between(phrase: Token) -> bool:
    """A phrase whose preposition is "between" ("between the army and rebels")."""
    return any(g.dep_ == "case" and g.lower_ == "between" for g in phrase.children)


def has_between(tok: Token) -> bool:
    return any(c.dep_ in ("nmod", "obl") and headed_by_between(c) for c in tok.children)


def fight_between(tok: Token) -> list[Token]:
    """The words beside a fight noun that hold its "between" phrase where the noun does not: the verb it is the
    subject of ("heavy fighting broke out between government forces and rebels") and a clause on the noun
    ("killed in clashes that broke out between US troops and insurgents")."""
    out = [tok.head] if tok.dep_ in SUBJ and tok.head.i != tok.i else []
    return out + [c for c in tok.children if c.dep_ in ("acl:relcl", "relcl", "acl")]


def fight_told_by_noun(tok: Token) -> bool:
    """A fight told by its noun with the two sides after "between", on the noun or in its clause: "clashes
    between police and protesters left three dead", "fighting broke out between the army and rebels"."""
    return fight_noun(tok) and any(has_between(h) for h in [tok, *fight_between(tok)])


def scene_of_attack(t: Token, head: Token, m: ActorMention) -> bool:
    """A city named before an attack noun is where it happened, not who did it: "the London bombings",
    "a Baghdad car bomb" (while "the Hamas attack" and "the Russian bombing" name their attackers); so is a
    place in a phrase of place after it ("bombings in Baghdad")."""
    if m.kind == "country" and t.dep_ in ("nmod", "obl") and t.head.i < t.i and t.head.lemma_.lower() in ATTACK_WORDS \
            and any(c.dep_ == "case" and c.lower_ in INSIDE for c in t.children):
        return True  # "a series of car bombings in Baghdad killed one soldier": where, not who
    return m.extra.get("surface") == "capital" and t.i < head.i and t.dep_ in ("compound", "nmod") \
        and head.lemma_.lower() in ATTACK_WORDS


# prepositions after an attack noun that name whom or what it was aimed at ("an attack on the convoy", "strikes
# against militants"), and the nouns of attacks and of what they are made with
AIMED_PREPOSITIONS = frozenset({"on", "upon", "against"})
AIMED_HEADS = ATTACK_WORDS | ARMED_ACT_NOUNS


def aimed_at_by_attack(t: Token, head: Token) -> bool:
    """The word is inside what an attack named in the phrase was aimed at, its target, not its doer: "a suicide
    attack on a convoy belonging to the Nato mission", "a mortar attack on an Iraqi National Guard headquarters",
    "a rocket attack on a US base" (while "an attack by rebels on" names the doer before the target)."""
    while t.i != head.i:
        if t.dep_ in ("nmod", "obl", "pobj") and t.head.lemma_.lower() in AIMED_HEADS and any(
                c.dep_ == "case" and c.lower_ in AIMED_PREPOSITIONS for c in t.children):
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def misread_verb_subject(verb: Token, index: MentionIndex) -> Token | None:
    """"Israeli soldiers shot and wounded two Palestinians": the parser read the first of two coordinated
    past-tense verbs as a noun heading the sentence ("soldiers shot", a compound); the plural actor noun
    before it is the subject of the verb joined to it by "and"."""
    head = verb.head
    if (verb.dep_ != "conj" or verb.tag_ != "VBD" or head.i == verb.i or head.dep_ != "ROOT"
            or head.tag_ != "NN" or not any(c.dep_ == "cc" and head.i < c.i < verb.i for c in verb.children)):
        return None
    return next((c for c in head.children if c.dep_ == "compound" and c.i == head.i - 1
                 and c.tag_ in ("NNS", "NNPS") and index.at(c.i)), None)


def root_name_subject(verb: Token, index: MentionIndex) -> Token | None:
    """"Greece, like most other members, plans to impose ...": the parser made the name the sentence's root
    and the subjectless verb after the aside its conjunct; the coded actor heading the sentence, which no
    verb governs, is the verb's subject."""
    head = verb.head
    if verb.dep_ != "conj" or head.dep_ != "ROOT" or head.i >= verb.i or head.pos_ not in ("PROPN", "NOUN"):
        return None
    opens_sentence = np_head(head.sent[0]).i == head.i      # "Greece", "The Greek government"
    if not opens_sentence or any(c.dep_ == "cc" for c in verb.children):
        return None
    return head if any(is_coded(m) for m in index.at(head.i)) else None


def trailing_attribution(verb: Token, index: MentionIndex) -> Token | None:
    """"Soldiers killed a rebel commander in Guaviare, Defence Minister Pedro Sanchez said": a subjectless verb
    of saying that trails its clause (words.TRAILING_SAYING) right after a comma and the name of a coded
    actor, which the parser hung elsewhere (a conjunct of the place before it): that actor said it."""
    if verb.i < 2 or verb.lemma_.lower() not in TRAILING_SAYING or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    prev = verb.nbor(-1)
    found = [m for m in index.at(prev.i) if is_coded(m) and m.end == verb.i]
    if prev.pos_ not in ("NOUN", "PROPN") or not found:
        return None
    start = min(m.start for m in found)
    return prev if start > 0 and verb.doc[start - 1].text == "," else None


def coordinated_misread(tok: Token) -> Token | None:
    """"Police arrested two men and seized weapons", "condemned the attack and promised aid": the parser read
    the second of two coordinated verbs as an adjective of its object, that object joined to the first
    verb's. A past form in -ed right after "and", with no determiner before it, is that verb: returns the
    first verb, whose subject it shares ("the stolen cars", "and the seized weapons" stay adjectives)."""
    if tok.dep_ != "amod" or tok.i == 0 or tok.nbor(-1).lower_ not in ("and", "but", "then"):
        return None
    if not (tok.tag_ == "VBD" or (tok.tag_ == "VBN" and tok.lower_.endswith("ed"))):
        return None
    noun = tok.head
    if noun.dep_ != "conj" or noun.i <= tok.i or noun.head.i >= tok.i:
        return None
    first = noun.head
    if first.pos_ == "VERB":  # the object joined to the first verb itself ("condemned ... and promised aid")
        return first
    verb = first.head
    if first.dep_ not in OBJ or verb.pos_ != "VERB" or verb.i >= first.i:
        return None
    return verb


def pronoun_object_antecedent(verb: Token) -> Token | None:
    """"troops mistook three police officers for militants and shot them dead", "captured four policemen and
    later executed them": a pronoun object of the second of two joined verbs stands for the first one's direct
    object, where both are plural or both singular (None otherwise)."""
    pron = next((c for c in verb.children if c.dep_ in ("obj", "dobj") and c.lower_ in OBJECT_PRONOUNS), None)
    first = verb.head
    if pron is None or verb.dep_ != "conj" or first.pos_ != "VERB" or first.i >= verb.i:
        return None
    obj = next((c for c in first.children if c.dep_ in ("obj", "dobj")), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
        return None
    plural = obj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "nummod" and c.lower_ not in ("one", "1") for c in obj.children)
    return obj if plural == (pron.lower_ == "them") else None


def verb_read_as_modifier(verb: Token) -> Token | None:
    """"Riot police fired tear gas and rounded up dozens": the parser read the first of two joined verbs as a
    modifier of its object, with its own subject, and joined the second to that object: the first verb
    (whose subject the second shares), or None."""
    noun = verb.head
    if verb.dep_ != "conj" or noun.i >= verb.i or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    return next((c for c in noun.children if c.dep_ in ("amod", "acl") and c.i < noun.i and c.tag_ in ("VBD", "VBN")
                 and any(g.dep_ in SUBJ for g in c.children)), None)


def misread_plural(tok: Token, sent_start: int) -> bool:
    """A plural noun the tagger read as a present-tense verb ("Turkish warplanes", "the rebels", with
    "warplanes" VBZ): a word in -s right after an adjective or a determiner opens no clause, whatever its tag."""
    if tok.tag_ not in ("VBZ", "VBP") or not tok.lower_.endswith("s") or tok.i <= sent_start:
        return False
    return tok.nbor(-1).pos_ in ("ADJ", "DET") and tok.nbor(-1).lower_ not in ("that", "which", "this")


def progressive_misread(tok: Token) -> bool:
    """"Officials have been pressuring workers to end the strike", read as "been" a copula and "pressuring" an
    adjective of "workers": an -ing form right after "been", before its object, is the progressive verb
    (nothing in the news "has been fleeing refugees"). The noun's subject is the verb's."""
    if tok.tag_ != "VBG" or tok.dep_ not in ("amod", "compound") or tok.i == 0 or tok.nbor(-1).lower_ != "been":
        return False
    return tok.head.i > tok.i and tok.i + 1 < len(tok.doc) and tok.nbor(1).pos_ in ("NOUN", "DET", "NUM", "PROPN",
                                                                                     "ADJ", "PRON")


def finite_on_head(verb: Token) -> bool:
    """A past tense the parser hung on the noun heading the sentence as its modifier: "Nearly 70 countries
    signed the treaty", read as a noun phrase. The noun is the verb's subject."""
    return verb.dep_ == "acl" and verb.tag_ == "VBD" and verb.head.dep_ == "ROOT" and verb.head.i < verb.i \
        and verb.head.pos_ in ("NOUN", "PROPN")


# where the noun heading a clause the parser read without its verb hangs: the root, a subject, or the clause
# a trailing "residents said" reports
CLAUSE_HEAD_DEPS = ("ROOT", "nsubj", "ccomp", "parataxis")


def phrase_bearer(verb: Token) -> Token | None:
    """A past tense with an object, that the parser hung on the noun of a prepositional phrase after the sentence's
    subject ("Gunmen on motorcycles killed a chief", "Soldiers in armoured vehicles fired on the crowd" read as
    "motorcycles killed"): the noun the phrase belongs to, heading the sentence, is the verb's subject."""
    noun = verb.head
    takes_object = any(c.dep_ in OBJ for c in verb.children) if verb.tag_ == "VBD" else (  # "shot dead a chief"
        resultative_object(verb) is not None)
    if verb.dep_ != "acl" or not takes_object or noun.i >= verb.i or noun.dep_ not in ("nmod", "obl") \
            or not any(c.dep_ == "case" for c in noun.children):
        return None
    bearer = noun.head
    return bearer if bearer.i < noun.i and bearer.pos_ in ("NOUN", "PROPN") and bearer.dep_ in CLAUSE_HEAD_DEPS \
        else None


def object_taking_noun(tok: Token) -> bool:
    """A noun heading its sentence with a direct object of its own is a past-tense verb the parser read
    as a noun after its subject ("Troops shot dead three protesters", "Police shot a man", with
    "Troops shot" and "Police shot" compounds): a noun takes no object."""
    return tok.tag_ in ("NN", "NNS") and tok.i > 0 and (tok.dep_ == "ROOT" and any(
        c.dep_ in ("obj", "dobj") and c.i > tok.i for c in tok.children) or resultative_object(tok) is not None) \
        and any(c.dep_ in ("compound", "nsubj") and c.right_edge.i == tok.i - 1 for c in tok.children)


def absolute_participle(verb: Token) -> bool:
    """"..., with five villagers killed in the raid": after "with", a noun and a past participle tell what was
    done to the noun, which the parser reads as the verb's subject ("with" opens no finite clause); so does a
    participle joined to it ("and three drivers kidnapped"). None that takes an object of its own."""
    if any(c.dep_ in ("obj", "dobj") for c in verb.children):
        return False
    for v in (verb, verb.head) if verb.dep_ == "conj" else (verb,):
        if v.tag_ in ("VBD", "VBN") and any(c.dep_ == "mark" and c.lower_ == "with" for c in v.children):
            return True
    return False


def set_off_participle(verb: Token) -> bool:
    """"Abu Hamza, already detained in London on a request from the United States, was arrested": a past
    participle set off by a comma after the noun, with no auxiliary, tells what was done to the noun, which the
    parser may read as the participle's subject."""
    if verb.tag_ != "VBN" or verb.dep_ == "ROOT" or any(c.dep_ in ("aux", "aux:pass", "auxpass", "obj", "dobj")
                                                          for c in verb.children):
        return False    # the sentence's main verb is a finite one the tagger took for a participle
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    return subj is not None and any(t.text == "," and t.head.i in (subj.i, verb.i) for t in verb.doc[subj.i + 1:verb.i])


def agent_participle(verb: Token) -> bool:
    """"spent his final years encircled by the Israeli army": a past participle hung as a complement or an
    adverbial clause with a by-agent is passive, with no auxiliary or passive subject to say so (one modifying a
    noun keeps its reading)."""
    return verb.tag_ == "VBN" and verb.dep_ in ("xcomp", "advcl") and any(c.dep_ in ("obl:agent", "agent")
                                                                         for c in verb.children)


def reduced_relative(verb: Token) -> bool:
    """"a hunt for three UN workers kidnapped last month": a past form right after the noun a preposition opens,
    read as a relative clause with that noun its subject, is a participle telling what was done to the noun (a
    relative clause with its noun as subject needs "who", "that" or "which")."""
    if verb.tag_ not in ("VBD", "VBN") or verb.dep_ not in ("acl:relcl", "acl") or any(
            c.dep_ in ("obj", "dobj", "aux", "aux:pass", "auxpass") for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i == verb.i - 1), None)
    return subj is not None and subj.tag_ not in ("WP", "WDT") and any(c.dep_ == "case" for c in subj.children)


def comma_participle(verb: Token) -> bool:
    """An -ing clause after a comma, hung on the clause before it: "..., killing 22 people"."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > 0 and verb.nbor(-1).text == ","


def clause_governor(verb: Token) -> Token:
    """The verb a participle clause after a comma belongs to ("..., killing 22 people"): its head, or where the
    parser hung it on a participle modifying the object of a verb before it ("a car bomb hit a bus carrying
    guards, killing 22 people"; "troops fired on a crowd protesting the vote, wounding five") that verb: a
    comma-led clause tells what the whole clause did, not what the modified noun was doing."""
    head = verb.head
    if not comma_participle(verb) or head.i >= verb.i or head.dep_ != "acl" or head.tag_ not in ("VBG", "VBN"):
        return head
    noun = head.head
    if noun.i < head.i and noun.dep_ in ("obj", "dobj", "obl") and noun.head.pos_ == "VERB" and noun.head.i < noun.i:
        return noun.head
    return head


def joined_verb_read_as_noun(tok: Token) -> Token | None:
    """"set fire to dozens of homes and shot dead three people", with "shot" read as a noun joined to
    "dozens": a noun after "and" with a direct object of its own is a verb (a noun takes no object), joined
    to the clause whose verb is returned (None when it is no such noun)."""
    if tok.tag_ not in ("NN", "NNS") or tok.dep_ != "conj" or tok.i == 0 or tok.nbor(-1).lower_ != "and" \
            or not any(c.dep_ in ("obj", "dobj") and c.i > tok.i for c in tok.children):
        return None
    head = tok.head
    for _ in range(6):
        if head.pos_ == "VERB":
            return head if head.i < tok.i else None
        if head.head.i == head.i:
            return None
        head = head.head
    return None


def resultative_object(tok: Token) -> Token | None:
    """The object of a noun read from a verb told with its result, "X shot dead a councillor", "X shot dead
    two men": the parser hangs the object on the result adjective right after the noun (an open complement,
    or the clause's head with the noun its subject), or hangs the adjective on an object it joins to the
    noun with no preposition (a bare noun phrase after a noun is no phrase of that noun's), or reads the
    whole clause as one noun phrase, the object its head."""
    if tok.tag_ not in ("NN", "NNS") or tok.i + 2 >= len(tok.doc):
        return None
    nxt = tok.nbor(1)
    if nxt.pos_ != "ADJ" or nxt.lower_ not in RESULT_ADJECTIVES:
        return None
    heads_clause = tok.dep_ in ("ROOT", "ccomp")
    if nxt.head.i == tok.i or (tok.dep_ == "nsubj" and tok.head.i == nxt.i):
        return next((c for c in nxt.children if c.dep_ in ("obj", "dobj") and c.i > nxt.i), None)
    obj = nxt.head
    if tok.dep_ == "compound" and obj.i == tok.head.i and obj.i > nxt.i and obj.pos_ == "NOUN":
        return obj  # the whole clause read as one noun phrase, "Police shot dead two robbers"
    if heads_clause and obj.head.i == tok.i and obj.i > nxt.i and obj.dep_ in ("nmod", "obj", "dobj", "obl") \
            and obj.pos_ in ("NOUN", "PROPN") and not any(c.dep_ == "case" for c in obj.children):
        return obj
    if place_phrase_subject(tok) is not None and obj.head.i == tok.head.i and obj.i > nxt.i and obj.dep_ == "nmod" \
            and obj.pos_ in ("NOUN", "PROPN") and not any(c.dep_ == "case" for c in obj.children):
        return obj  # "Police in Kenya shot dead two men": the object hangs on the subject, as "shot" does
    return None


def place_phrase_subject(tok: Token) -> Token | None:
    """"Police in Kenya shot dead two men", read as "police in [Kenya shot]": a noun after a preposition with the
    place before it as its compound, hung on the noun heading the sentence, is that noun's verb; the noun is its
    subject."""
    head = tok.head
    if tok.dep_ != "nmod" or head.i >= tok.i or head.pos_ not in ("NOUN", "PROPN") or head.dep_ not in CLAUSE_HEAD_DEPS:
        return None
    case = [c for c in tok.children if c.dep_ == "case" and c.i < tok.i]
    place = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i and c.pos_ == "PROPN"]
    return head if case and place and case[0].i < place[0].i else None


def noun_after_verb_with_object(tok: Token) -> bool:
    """"will not wire tap the links": a noun with a direct object of its own, governed by the verb, modal
    or "to" right before it, is a verb the tagger read as a noun (a noun takes no object)."""
    if tok.dep_ not in ("xcomp", "conj") or tok.tag_ not in ("NN", "NNS") or tok.i == 0:
        return False
    if tok.nbor(-1).tag_ not in ("VB", "MD", "TO"):
        return False
    return any(c.dep_ in ("obj", "dobj") and c.i > tok.i for c in tok.children)


def verb_read_as_subject(tok: Token) -> bool:
    """"Ethiopia departs from Libya five years after crowds trashed its embassy": the parser took "after"
    for a preposition, made the after-clause the sentence and the verb before it a noun ("Ethiopia departs",
    a compound) subject of that clause's verb. A noun subject right after the name compounding it, whose
    verb has a second subject opened by a clause word ("after crowds"), is the sentence's own verb."""
    if tok.dep_ != "nsubj" or tok.tag_ not in ("NN", "NNS") or tok.i == 0:
        return False
    prev = tok.nbor(-1)
    if prev.dep_ != "compound" or prev.head.i != tok.i or prev.pos_ != "PROPN":
        return False
    return any(c.dep_ in SUBJ and c.i > tok.i and any(g.dep_ in ("case", "mark") and g.lower_ in CLAUSE_MARKERS
                                                      for g in c.children) for c in tok.head.children)


class ArgumentFinder:
    """Actors of a verb's arguments under the coder's options (news or PETRARCH reading)."""

    options: CoderOptions

    def actors_of(self, tok: Token, index: MentionIndex, depth: int = 0) -> list[ActorMention]:
        """The actor(s) a nominal token stands for, with its coordinated conjuncts."""
        if depth > 6:
            return []
        found = [m for m in index.at(tok.i) if not (self.options.exclude_media and is_media(m) and not media_people(m))]
        if not found:
            found = self.first_in_phrase(tok, index)
        kids = list(tok.children)
        for c in kids:
            if c.dep_ in ("flat", "flat:name") and c.i > tok.i:
                # a conjunct may hang on the last word of a multi-word name ("between Minas Tirith and Osgiliath")
                kids += [g for g in c.children if g.dep_ == "conj"]
        for child in kids:
            # a verb joined to a noun is a clause the parser hung there ("Lions, tigers, and Gondor welcomed"
            # with "welcomed" a conjunct of "Lions"), no further actor of the noun's
            if child.dep_ == "conj" and child.i not in self.options.skip_tokens and child.pos_ not in ("VERB", "AUX") \
                    and not attribution_conjunct(child):
                for m in self.actors_of(child, index, depth + 1) or self.of_phrase_after(child, tok, index):
                    if m not in found:
                        found.append(m)
        for m in self.coordinated_modifiers(tok, index, found):
            found.append(m)
        return found

    @staticmethod
    def of_phrase_after(conj: Token, first: Token, index: MentionIndex) -> list[ActorMention]:
        """"Ithilen's sheep and goats of Gondor", with "of Gondor" hung on "sheep": the of-phrase right
        after a conjunct that names no actor is that conjunct's."""
        doc = conj.doc
        j = conj.i + 1
        if j + 1 >= len(doc) or doc[j].lower_ != "of":
            return []
        head = np_head(doc[j + 1])
        if head.head.i != first.i or head.dep_ not in ("nmod", "prep", "pobj"):
            return []
        return [m for m in index.at(j + 1) if is_coded(m)]

    def coordinated_modifiers(self, tok: Token, index: MentionIndex, found: list[ActorMention]):
        """"French and Malian troops": the parser hangs "Malian" off "French" (or both off "troops",
        with "and" between them); each coordinated nationality names its own actor, and both act."""
        if not found:
            return []
        doc = tok.doc
        out: list[ActorMention] = []
        for mod in tok.children:
            if mod.dep_ not in ("amod", "compound") or mod.i in self.options.skip_tokens or mod.i > tok.i:
                continue
            # a conjunct joined by a word or comma: "Bukavu/Nairobi - United Nations peacekeepers" (a
            # wire dateline the parser hung on the noun) coordinates no actors
            conjs = [c for c in mod.children if c.dep_ == "conj" and doc[c.i - 1].lower_ in COORDINATORS]
            if not conjs and not (mod.i + 1 < tok.i and doc[mod.i + 1].lower_ in COORDINATORS):
                continue
            for t in [mod] + conjs:
                # a name inside a longer mention made of the coordination ("Eriadori and Calenardhon
                # leaders" read as one actor) still names its own
                for m in index.at(t.i) + index.by_start.get(t.i, []):
                    if m not in found and m not in out and is_coded(m) and \
                            not (self.options.exclude_media and is_media(m)):
                        out.append(m)
        return out

    def listed_before(self, subj: Token, found: list[ActorMention], index: MentionIndex) -> list[ActorMention]:
        """"Fornost and the evil awful Gondor welcomed", "Evil Mordor, the awful Fornost, and good Gondor
        welcomed": a subject that ends a list of actor names opening the sentence, joined by commas and
        "and"/"or" with only determiners and adjectives besides, has them all as subjects, however the
        parser broke the list (the earlier names as a clause, an apposition or the root). The list must
        reach the sentence's first word and hold "and" or "or": "In Gaza, Hamas said" is none."""
        if not found:
            return []
        doc, skip = subj.doc, self.options.skip_tokens
        start = min(m.start for m in found)
        if not subj.i - 3 <= start <= subj.i:
            return []
        out: list[ActorMention] = []
        joined = coordinated = False
        i = start - 1
        while i >= 0 and not doc[i + 1].is_sent_start:   # back to the sentence's first word
            t = doc[i]
            if i in skip:
                return []
            group = [m for m in index.at(i) if is_coded(m) and not (self.options.exclude_media and is_media(m))]
            if group and joined:
                out += [m for m in group if m not in found and m not in out]
                i = min(m.start for m in group) - 1
                joined = False
            elif t.lower_ in ("and", "or", ","):
                joined = True
                coordinated = coordinated or t.lower_ != ","
                i -= 1
            elif t.tag_ in ("DT", "JJ", "JJR", "JJS", "PRP$") and not group:
                i -= 1
            else:
                return []
        return out if coordinated and not joined else []

    def first_in_phrase(self, tok: Token, index: MentionIndex) -> list[ActorMention]:
        """The first actor inside a noun phrase (not inside its clauses or conjuncts), coded first."""
        blocked: set[int] = set(self.options.skip_tokens)
        for child in tok.children:
            if child.dep_ in CLAUSAL or child.dep_ == "conj" or child.dep_ == "cc":
                blocked.update(t.i for t in child.subtree)
        best_uncoded: list[ActorMention] = []
        owner: list[ActorMention] = []
        for t in tok.subtree:
            if t.i in blocked:
                continue
            group = [m for m in index.at(t.i) if not (self.options.exclude_media and is_media(m))
                     and not scene_of_attack(t, tok, m) and not aimed_at_by_attack(t, tok)]
            if group:
                if any(is_coded(m) for m in group):
                    if owner and all(m.kind == "country" for m in group):
                        continue
                    if not owner and t.dep_ in ("nmod:poss", "poss") and t.head.i == tok.i and t.i < tok.i \
                            and all(m.kind == "country" for m in group):
                        # "Yemen's Houthi movement": the group the phrase names, not the country that has it
                        owner = group
                        continue
                    return [m for m in group]
                if not best_uncoded:
                    best_uncoded = group
        return owner or list(best_uncoded)

    def resolve_pronoun(self, tok: Token, verb: Token, index: MentionIndex) -> list[ActorMention]:
        low = tok.text.lower()
        if low in FIRST_PERSON:  # "we oppose ...", said the spokesman: the speaker
            found = quote_speaker_mentions(tok, index)
            if found:
                return found
            _, speaker = speech_frame(verb)
            return self.actors_of(speaker, index) if speaker is not None else []
        if low in RELATIVE and verb.dep_ in ("acl:relcl", "relcl", "advcl:relcl"):
            return self.actors_of(verb.head, index)
        if low in QUESTION_WORDS and tok.tag_ in ("WP", "WDT"):
            return []  # "it was too early to say who planted the bomb": a question names no one
        # governed clause: "Ethiopia indicated it would act" -> Ethiopia
        head = verb
        for _ in range(6):
            if head.dep_ in ("ccomp", "xcomp", "advcl", "conj", "parataxis") and head.head.i != head.i:
                head = head.head
                found = self.named_subject_actors(head, index)
                if found and all(pronoun_fits(low, m, tok.doc) for m in found):
                    return found
                if found:   # "Petro suspended the truce after it attacked ...": "it" is not Petro
                    break
            else:
                break
        # a clause opening the sentence before the pronoun: "while the US recognises the policy, it will offer
        # to assist Taiwan", "after Russia invaded, it annexed ..." -> the subordinate clause's subject
        fronted = [c for c in tok.head.children if c.dep_ == "advcl" and c.i < tok.i] if tok.dep_ in SUBJ else []
        for clause in fronted:
            found = self.named_subject_actors(clause, index)
            if found and all(is_coded(m) and pronoun_fits(low, m, tok.doc) for m in found):
                return found
        if low in ("it", "this", "that") and not self.options.source_fallback:
            return []  # "it" too often means a thing; only the governing or a fronted clause resolves it
        # nearest earlier mention (this sentence, then the ones before); in a direct quote, the quote's own
        floor = direct_quote_start(tok)
        for m in sorted((m for m in index.mentions if m.end <= tok.i), key=lambda m: -m.end):
            if m.start_char < floor:
                break
            if is_coded(m) and pronoun_fits(low, m, tok.doc):
                return [m]
        return []

    def named_subject_actors(self, clause: Token, index: MentionIndex) -> list[ActorMention]:
        """The actors of a clause's subject that is no pronoun (none where it has no such subject)."""
        subj = next((c for c in clause.children if c.dep_ in SUBJ and c.pos_ != "PRON"), None)
        return self.actors_of(subj, index) if subj is not None else []

    def possessed_country(self, subj: Token, verb: Token, index: MentionIndex) -> list[ActorMention]:
        """"Putin said his country will not lift the ban": a country named only by whose it is ("his
        country", "their nation") is the country of the actor the possessive refers to (RUS)."""
        if subj.lemma_.lower() not in OWNED_COUNTRY_NOUNS:
            return []
        poss = next((c for c in subj.children if c.dep_ in ("nmod:poss", "poss") and c.lower_ in POSSESSIVES), None)
        if poss is None:
            return []
        owner = next((m for m in self.resolve_pronoun(poss, verb, index) if is_coded(m)), None)
        country = (owner.country or owner.code[:3]) if owner is not None else None
        if not country or not country.isalpha() or country in ("IGO", "NGO", "MNC"):
            return []
        doc = subj.doc
        text = doc[poss.i:subj.i + 1].text
        return [ActorMention(start=poss.i, end=subj.i + 1, start_char=poss.idx, end_char=subj.idx + len(subj.text),
                             text=text, name=text, code=country, country=country, kind="country",
                             rule="pronoun:possessed-country")]

    def subject_of(self, verb: Token, index: MentionIndex,
                   depth: int = 0) -> tuple[list[ActorMention], Token | None, str]:
        """(actors, subject token, how found) of a verb, climbing through control and coordination."""
        # remembered with the index (one Doc, its mentions): the coder, its events and their sides ask of a verb
        # again and again; each caller gets a list of its own
        key = (id(self), verb.i, depth)
        found = index.subjects.get(key)
        if found is None:
            found = index.subjects[key] = self._subject_of(verb, index, depth)
        return list(found[0]), found[1], found[2]

    def _subject_of(self, verb: Token, index: MentionIndex,
                    depth: int) -> tuple[list[ActorMention], Token | None, str]:
        if depth > 6:
            return [], None, "none"
        subjects = [c for c in verb.children if (c.dep_ in SUBJ or (c.dep_ == "expl" and c.text.lower() == "it"))
                    and c.i not in self.options.skip_tokens]
        subj = subjects[0] if subjects else None
        if len(subjects) > 1 and self.time_adjunct(subj, index):
            subj = subjects[1]  # "Hours earlier Maduro expelled ...": the time phrase is no subject
        # two subjects with a verb between them are no broken coordination but a misparse of the first: "Japan
        # issued an order against Bobby Fischer, who is wanted in the US, an immigration official said" (both
        # read as subjects of "said"); the one nearest before the verb is its subject
        split = len(subjects) > 1 and any(t.pos_ in ("VERB", "AUX") and t.i != verb.i
                                          for t in verb.doc[subjects[0].i + 1:subjects[-1].i])
        if split:
            subj = max((c for c in subjects if c.i < verb.i), key=lambda c: c.i, default=subjects[-1])
        if subj is not None:
            # (a pronoun's word inside a person's name is the name: the surname He, "He Yadong said")
            if (subj.pos_ == "PRON" or subj.tag_ in ("PRP", "WP", "WDT")) \
                    and not any(m.kind == "person" for m in index.at(subj.i)):
                return self.resolve_pronoun(subj, verb, index), subj, "pronoun"
            found = self.actors_of(subj, index) or self.possessed_country(subj, verb, index)
            found += [m for m in self.listed_before(subj, found, index) if m not in found]
            for other in subjects if not split else ():
                # two nominal subjects of one verb are a coordination the parser broke ("Mordor, the
                # Shire, Fornost and Bree welcomed": Mordor and Shire both nsubj): each acts
                if other.i != subj.i and other.dep_ == subj.dep_ and other.pos_ in ("NOUN", "PROPN") \
                        and not self.time_adjunct(other, index):
                    found += [m for m in self.actors_of(other, index) if m not in found]
            return found, subj, "subject"
        joined = joined_verb_read_as_noun(verb)
        if joined is not None:  # "Gang members set fire to ... and shot dead three people": the first verb's doers
            return self.subject_of(joined, index, depth + 1)
        head = verb.head
        if verb.dep_ in ("xcomp", "advcl", "acl") and head.i != verb.i and head.pos_ in ("VERB", "AUX"):
            # object control: "warned Russia not to attack", "accused Kyiv of shelling"
            marker = {c.text.lower() for c in verb.children if c.dep_ in ("mark", "case")}
            obj = next((c for c in head.children if c.dep_ in ("obj", "dobj", "iobj") and c.i < verb.i), None)
            if obj is not None and verb.dep_ == "xcomp" and participle(verb) and head.lemma_.lower() in RESULT_VERBS:
                # "shelled the base, leaving 20 soldiers injured": the object underwent it; who left them so did it
                found, tok, _ = self.subject_of(head, index, depth + 1)
                return found, tok, "governing"
            if obj is not None and (verb.dep_ == "xcomp" or marker & {"of", "for", "to"} or prevented(verb)):
                found = self.actors_of(obj, index)
                # "shunned work to protest at ...": an adverbial "to" clause whose governing verb's object is
                # no actor tells the purpose of the subject's act, and the subject does both
                if found or verb.dep_ != "advcl" or marker & {"of", "for"} or prevented(verb):
                    return found, obj, "controller"
        doer = self.participle_after_object(verb, index)
        if doer is not None:
            return self.actors_of(doer, index), doer, "modified"
        before = self.clause_subject_before(verb, index)
        if before is not None:
            return self.actors_of(before, index), before, "subject"
        misread = (misread_verb_subject(verb, index) or root_name_subject(verb, index)
                   or trailing_attribution(verb, index))
        if misread is not None:
            return self.actors_of(misread, index), misread, "subject"
        told = reported_clause_before(verb)
        if told is not None:
            found, tok, _ = self.subject_of(told, index, depth + 1)
            return found, tok, "governing"
        first = verb_read_as_modifier(verb)
        if first is not None:  # "riot police fired tear gas and rounded up dozens", "fired" read as gas's
            found, tok, _ = self.subject_of(first, index, depth + 1)
            return found, tok, "governing"
        if verb.dep_ in ("xcomp", "conj", "advcl") and head.i != verb.i:
            governor = clause_governor(verb)
            if comma_participle(verb) and not any(c.dep_ in ("mark", "case") for c in verb.children) \
                    and self.is_passive(governor):
                # "two-thirds of the country was flooded, killing 700": what a passive's subject underwent did
                # the harm, not the subject; its by-phrase names who did, if any
                agent = self.agent_of(governor)
                if agent is not None:
                    return self.actors_of(agent, index), agent, "governing"
                return [], next((c for c in governor.children if c.dep_ in SUBJ), governor), "governing"
            found, tok, _ = self.subject_of(governor, index, depth + 1)
            return found, tok, "governing"
        measure = verb.head
        if verb.dep_ == "acl" and measure.lower_ in MEASURE_NOUNS and measure.dep_ in ("obj", "dobj") \
                and measure.head.i != measure.i and any(c.dep_ == "mark" and c.lower_ == "to" for c in verb.children):
            # "took steps to expand press freedoms": whoever takes the steps does what they are for
            found, tok, _ = self.subject_of(measure.head, index, depth + 1)
            return found, tok, "governing"
        if verb.dep_ in ("acl", "acl:relcl", "relcl") and verb.head.i != verb.i and (not participle(verb) or any(
                c.dep_ in ("obj", "dobj") for c in verb.children)):
            # a participle with a direct object is no passive: "militants lobbed a grenade" misread as a
            # noun modified by "lobbed" has the noun as its subject; a past tense on the noun heading the
            # sentence is that sentence's verb ("Nearly 70 countries signed the treaty")
            found = self.actors_of(verb.head, index)
            if not found and verb.head.dep_ == "conj" and verb.head.head.i != verb.head.i:
                # "the Syrian army and the popular forces seized back the city", read as a modifier of the
                # last conjunct: the coordinated subject acts
                found = self.actors_of(verb.head.head, index)
            bearer = phrase_bearer(verb)
            if not found and bearer is not None:
                # "Gunmen on motorcycles killed a village chief", read as a modifier of "motorcycles": the noun
                # the phrase hangs on is the subject
                return self.actors_of(bearer, index), bearer, "subject"
            return found, verb.head, "subject" if finite_on_head(verb) else "modified"
        placed = place_phrase_subject(verb) if object_taking_noun(verb) else None
        if placed is not None:  # "Police in Kenya shot dead two men": not "Kenya", the place
            return self.actors_of(placed, index), placed, "subject"
        if verb.dep_ in NOMINAL_USES:
            # a verb form used as a noun ("killed in Taliban attacks"): its actor modifies it
            for c in verb.children:
                if c.dep_ in ("compound", "nmod:poss", "poss", "amod") and c.i < verb.i:
                    found = self.actors_of(c, index)
                    if found:
                        return found, c, "subject"
        first = coordinated_misread(verb)
        if first is not None:  # "Police arrested two men and seized weapons": the first verb's subject
            found, tok, _ = self.subject_of(first, index, depth + 1)
            return found, tok, "governing"
        if object_taking_noun(verb):  # "Troops shot dead three protesters": the compound is its subject
            before = verb.nbor(-1)
            return self.actors_of(before, index), before, "subject"
        if progressive_misread(verb):
            subj = next((c for c in verb.head.children if c.dep_ in SUBJ and c.i < verb.i), None)
            if subj is not None:
                return self.actors_of(subj, index), subj, "subject"
        if verb.dep_ in MODIFIER_DEPS and verb.i > 0 and index.at(verb.i - 1):
            # a finite verb the parser took for a modifier ("Britain mobilized army reservists", with
            # "Britain" and "mobilized" both inside "reservists"): the actor right before it acts
            before = index.doc[verb.i - 1]
            return self.actors_of(before, index), before, "subject"
        return [], None, "none"

    @staticmethod
    def participle_after_object(verb: Token, index: MentionIndex) -> Token | None:
        """"used tear gas to disperse demonstrators protesting election results": an -ing form right after
        its governing verb's object, with no word opening a clause ("while", "after"), that the parser hung
        on the verb: it tells what the object's actors were doing, so they are its subject."""
        head = verb.head
        if verb.dep_ != "advcl" or verb.tag_ != "VBG" or head.i == verb.i or any(
                c.dep_ in ("mark", "case") for c in verb.children):
            return None
        obj = next((c for c in head.children if c.dep_ in ("obj", "dobj") and c.i < verb.i), None)
        if obj is None or max(t.i for t in obj.subtree) != verb.i - 1 or not any(is_coded(m) for m in index.at(obj.i)):
            return None
        return obj

    @staticmethod
    def clause_subject_before(verb: Token, index: MentionIndex) -> Token | None:
        """The actor right before a subjectless finite verb, when a clause marker opens its phrase: the
        subject of a clause the parser read as a prepositional phrase ("killed after suspected gunmen
        attacked the village", with "gunmen" hung on "after" and "attacked" coordinated)."""
        if verb.i == 0 or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.dep_ not in ("conj", "advcl", "acl"):
            return None
        prev = verb.nbor(-1)
        if prev.pos_ not in ("NOUN", "PROPN") or not index.at(prev.i) or prev.head.i == verb.i:
            return None
        marked = any(c.dep_ in ("case", "mark") and c.lower_ in CLAUSE_MARKERS for c in np_head(prev).children)
        return prev if marked else None

    @staticmethod
    def time_adjunct(tok: Token, index: MentionIndex) -> bool:
        """A noun the parser made a subject that is a time phrase: "Hours earlier", "Minutes after the
        vote", "Days before" (no actor, and it says when relative to something)."""
        if index.at(tok.i) or tok.pos_ != "NOUN":
            return False
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        return nxt is not None and nxt.lower_ in TIME_RELATIONS and (
            nxt.head.i == tok.i or nxt.head.head.i == tok.i or nxt.head.i == tok.head.i)

    def between(self, tok: Token, index: MentionIndex):
        """"clashes between Ukrainian troops and separatists": the first actor acts on the others; for a fight
        noun, also where its clause puts the two sides (`fight_between`)."""
        holders = [np_head(tok)] + (fight_between(tok) if fight_noun(tok) else [])
        for c in (c for h in holders for c in h.children):
            if c.dep_ in ("nmod", "obl", "prep") and (c.text.lower() == "between" or headed_by_between(c)):
                obj = next((g for g in c.children if g.dep_ == "pobj"), c) if c.dep_ == "prep" else c
                found = self.actors_of(obj, index)
                if len(found) >= 2:
                    return found[:1], found[1:]
        return None

    def agent_of(self, verb: Token) -> Token | None:
        found = by_phrase(verb)
        if found is not None:
            return found
        attack = under_attack(verb)
        if attack is not None:  # "came under fire from gunmen", "came under attack by four lines of armoured vehicles"
            found = next(iter(prep_objects(attack, {"from", "by"}) + prep_objects(verb, {"from", "by"})), None)
            if found is not None:
                return found
        if self.is_passive(verb):
            # the parser hung the by-phrase on what the passive made of its object: "a farmer was shot dead by
            # soldiers", "was beaten unconscious by police" (the secondary predicate after the verb)
            for c in verb.children:
                if c.dep_ in ("xcomp", "acomp") and c.i > verb.i:
                    for g in c.children:
                        if g.dep_ in ("obl:agent", "agent"):
                            return next((x for x in g.children if x.dep_ == "pobj"), g) if g.dep_ == "agent" else g
                        if g.dep_ in ("obl", "nmod") and any(x.dep_ == "case" and x.lower_ == "by" for x in g.children):
                            return g
            # the parser hung the by-phrase on the noun before it: "have been planted on the roads by the Al Shabaab"
            for c in verb.children:  # not a time or an event it was done after ("since a visit by X")
                # ... or on an adverb after the verb: "was opposed earlier by Osgiliath"
                if c.dep_ in ("obl", "nmod", "advmod") and c.i > verb.i and not any(
                        x.dep_ == "case" and x.lower_ in TIME_CASES for x in c.children):
                    for g in c.children:
                        if g.dep_ in ("nmod", "obl") and g.i > c.i and any(
                                x.dep_ == "case" and x.lower_ == "by" for x in g.children):
                            return g
        return None

    @staticmethod
    def is_passive(verb: Token) -> bool:
        """Passive by its subject, its auxiliary or its by-agent ("spent his final years encircled by the Israeli
        army"); not by "IS" (the Islamic State) the parser took for one: "three IS fighters attacked the base"."""
        # remembered per Doc (asked twice of most verbs; the parse does not change once the model has run)
        known = verb.doc.user_data.setdefault("fp_passive_verbs", {})
        found = known.get(verb.i)
        if found is None:
            found = known[verb.i] = ArgumentFinder._is_passive(verb)
        return found

    @staticmethod
    def _is_passive(verb: Token) -> bool:
        aux = any(c.dep_ in ("aux:pass", "auxpass") and c.text != "IS" for c in verb.children)
        # a passive subject beside an active one and no passive auxiliary is a parse slip: "Mali's spokesman,
        # Colonel X, said" with "spokesman" read as nsubj:pass and the name as nsubj
        return aux or any(c.dep_ in PASSIVE_SUBJ for c in verb.children) and not any(
            c.dep_ == "nsubj" for c in verb.children) or absolute_participle(verb) or set_off_participle(verb) \
            or agent_participle(verb) or reduced_relative(verb) or under_attack(verb) is not None

    def target_candidates(self, verb: Token, post: Region, index: MentionIndex,
                          exclude: list[ActorMention]) -> tuple[list[ActorMention], str]:
        in_post = set(post.tokens)
        source_codes = {m.code for m in exclude if is_coded(m)}
        exclude = list(exclude) + [m for m in index.mentions if is_coded(m) and m.code in source_codes]
        earlier = pronoun_object_antecedent(verb)
        if earlier is not None:  # "mistook three police officers for militants and shot them dead"
            found = [m for m in self.actors_of(earlier, index) if m not in exclude]
            if found:
                return found, "object-pronoun"
        tiers: list[list[Token]] = [[], []]
        for child in verb.children:
            if child.i not in in_post:
                continue
            if child.dep_ in OBJ or (child.dep_ in ("xcomp", "ccomp", "dep") and child.pos_ in ("PROPN", "NOUN")):
                tiers[0].append(child)
            elif child.dep_ in PREP_ARG:
                prep = next((g.text.lower() for g in child.children if g.dep_ == "case"), None)
                if child.dep_ in ("prep", "agent"):
                    prep = child.text.lower()
                    child = next((g for g in child.children if g.dep_ == "pobj"), child)
                if prep == "with" and any(c.dep_ == "acl" and c.tag_ == "VBG" for c in child.children):
                    continue  # "condemned the veto, with the US ambassador calling it shameful": an aside, not whom
                if prep in PARTICLES and verb.i + 1 < len(verb.doc) and verb.nbor(1).lower_ == prep:
                    tiers[0].append(child)  # "gunned down a Briton", the particle read as a preposition: the object
                    continue
                if prep in TARGET_PREPS:
                    tiers[0].append(child)
                elif prep is not None and self.options.locations_as_targets:
                    tiers[1].append(child)
        result = resultative_object(verb)  # "Gunmen shot dead a councillor", "shot" read as a noun
        if result is not None and result.i in in_post and result not in tiers[0]:
            tiers[0].append(result)
        spoken = object_read_as_speaker(verb)  # "..., killing four passengers, police said"
        if spoken is not None and spoken.i in in_post and spoken not in tiers[0]:
            tiers[0].append(spoken)
        tiers[0].sort(key=lambda t: t.i)
        words: dict[int, list[int]] = {}    # each object's words that may be a target, read once for both passes
        for want_coded in (True, False):
            for tier_tokens in tiers[0]:
                if tier_tokens.i not in words:
                    words[tier_tokens.i] = [t.i for t in self.argument_tokens(tier_tokens)
                                            if t.i in in_post and not self.own_possession(index.doc[t.i])]
                for i in words[tier_tokens.i]:
                    group = [m for m in index.at(i) if m not in exclude and (is_coded(m) == want_coded)
                             and not (self.options.exclude_media and is_media(m))]
                    if group:
                        tok = index.doc[group[0].start]
                        return self.expand(group, tok, index, exclude), "object"
            if not self.options.linear_targets and any(c.dep_ not in ("punct",) for c in verb.children):
                continue
            for i in post.tokens:
                group = [m for m in index.at(i) if m not in exclude and (is_coded(m) == want_coded)
                         and (m.kind != "place" or self.options.locations_as_targets)]
                if group:
                    return self.expand(group, index.doc[i], index, exclude), "phrase"
        return [], "none"

    def argument_tokens(self, arg: Token) -> list[Token]:
        """An object's words, minus its clauses and, in the news reading, its "in X"/"near X" places; an object
        read as a speaker's subject ends at its comma (object_read_as_speaker), and the speaker of a trailing
        attribution hung on it as a conjunct is not in it (attribution_conjunct)."""
        blocked: set[int] = set()
        if arg.dep_ in SUBJ and arg.head.lemma_.lower() in REPORTING_VERBS:
            blocked.update(t.i for t in arg.subtree if t not in before_comma(arg))
        for t in arg.subtree:
            if t.i == arg.i:
                continue
            if t.dep_ in ("acl:relcl", "relcl", "advcl", "parataxis", "ccomp") or attribution_conjunct(t):
                blocked.update(x.i for x in t.subtree)
            elif not self.options.linear_targets and t.dep_ in ("nmod", "obl", "acl"):
                case = next((g.text.lower() for g in t.children if g.dep_ == "case"), None)
                if case is not None and case not in TARGET_PREPS:
                    blocked.update(x.i for x in t.subtree)
        return sorted((t for t in arg.subtree if t.i not in blocked), key=lambda x: x.i)

    @staticmethod
    def own_possession(tok: Token) -> bool:
        """"moved its troops", "raised their readiness": the source's own, not a target."""
        head = np_head(tok)
        return any(c.dep_ in ("nmod:poss", "poss") and c.text.lower() in ("its", "their", "his", "her", "our", "own")
                   for c in head.children)

    def expand(self, group: list[ActorMention], tok: Token, index: MentionIndex,
               exclude: list[ActorMention]) -> list[ActorMention]:
        """A group plus the actors coordinated with it."""
        out = list(group)
        head = np_head(tok)
        for m in self.actors_of(head, index):
            if m not in out and m not in exclude:
                out.append(m)
        return out


def prep_objects(tok: Token, preps: set[str]) -> list[Token]:
    """The objects of the token's prepositional phrases headed by one of ``preps``."""
    out = []
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            out.extend(g for g in c.children if g.dep_ == "pobj")
        elif c.dep_ in ("obl", "nmod") and any(g.dep_ == "case" and g.lower_ in preps for g in c.children):
            out.append(c)
    return out


def counted(head: Token) -> Token:
    """What a quantity or series noun counts ("rockets" of "dozens of rockets", "bombings" of "a series of
    bombings"); any other noun itself."""
    if head.lemma_.lower() in QUANTITY_NOUNS or head.lemma_.lower() in SERIES_NOUNS:
        return next(iter(prep_objects(head, {"of"})), head)
    return head


def told_to_death(verb: Token) -> bool:
    """Whether the verb is told with a result of death or harm to the body: "beat the journalist to death",
    "hacked to death", "was shot dead", "left him unconscious" (words.RESULT_ADJECTIVES)."""
    for c in verb.children:
        if c.lower_ in RESULT_ADJECTIVES and c.i > verb.i:
            return True
        if c.lemma_.lower() == "death" and any(g.lower_ == "to" for g in c.children if g.dep_ in ("case", "prep")):
            return True
        if c.lower_ == "to" and c.dep_ == "prep" and any(g.lemma_.lower() == "death" for g in c.children):
            return True
    return False


def victim_verb(verb: Token) -> bool:
    """Whether the violent verb can only be done to people: a verb of such an act (words.PERSON_VICTIM_VERBS:
    "stabbed", "kidnapped", "murdered") or one told with death as its result (`told_to_death`: "shot dead",
    "beaten to death"). Its object, or its passive's subject, is a person whatever noun names it."""
    return verb.lemma_.lower() in PERSON_VICTIM_VERBS or told_to_death(verb)


def clause_subjects(verb: Token) -> list[Token]:
    """The verb's own subjects, or, for a verb joined to another with none of its own, that verb's: "a man broke
    into a dormitory and stabbed eight children" (the man stabbed)."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:outer")]
    if not subjects and verb.dep_ == "conj" and verb.head.i != verb.i:
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubj:outer")]
    return subjects


@functools.lru_cache(maxsize=1)
def _person_roles() -> tuple[dict[str, str], dict[str, str]]:
    """The roles of the one-word agents that are people or groups of them: the hand-written table's, and the
    derived tables' (PLOVER agents: "employee" LAB), which count only for a word the person lists hold."""
    hand: dict[str, str] = {}
    derived: dict[str, str] = {}
    for a in builtin_agents():
        if a.role and a.kind in ("person", "group") and " " not in a.phrase:
            (hand if a.source == "builtin" else derived).setdefault(a.phrase, a.role)
    return hand, derived


def person_role(head: Token) -> str | None:
    """The role of a common noun that names a person or a group of people, whoever they are, with no name to make
    it an actor mention: the agents table's ("a gunman" REB, "armed robbers" CRM, "a journalist" MED, "three
    employees" LAB), else CVL for a noun of people (words.CASUALTY_PERSON_NOUNS, PEOPLE_NOUNS,
    COUNTED_PEOPLE_WORDS: "a man", "two men", "a mob", "eight children"). None for a name, a pronoun or a
    noun of anything else ("the firm", "a bank", "the deal"). A count is of what it counts ("dozens of people");
    the derived tables' criminals and fighters count (`OUTLAW_ROLES`: "thieves" CRM)."""
    head = counted(head)
    if head.pos_ != "NOUN" or head.ent_type_ not in ("", "NORP"):
        return None
    hand, derived = _person_roles()
    lower, lemma = head.lower_, head.lemma_.lower()
    if lemma == "agent" and any(c.dep_ in ("compound", "amod") and c.lower_ in SUBSTANCE_AGENT_MODIFIERS
                                for c in head.children):
        return None     # "by a nerve agent": a substance
    role = hand.get(lower) or hand.get(lemma)
    if role:
        return role
    role = derived.get(lower) or derived.get(lemma)
    if role in OUTLAW_ROLES:
        return role  # "thieves", "burglars", "kidnappers", "hitmen": the derived table's criminals and fighters
    if lemma in CASUALTY_PERSON_NOUNS or lemma in PEOPLE_NOUNS or lower in COUNTED_PEOPLE_WORDS:
        return derived.get(lower) or derived.get(lemma) or "CVL"
    return None


def is_weapon(head: Token, weapons: frozenset[str]) -> bool:
    """The noun names a weapon of the dictionary's &WEAPONS (or counts them: "dozens of rockets")."""
    head = counted(head)
    return head.text.upper() in weapons or head.lemma_.upper() in weapons


_WEAPONS: dict[int, frozenset[str]] = {}


def weapon_words(dictionary) -> frozenset[str]:
    """The verb dictionary's &WEAPONS synset, single words (upper case), once per dictionary."""
    found = _WEAPONS.get(id(dictionary))
    if found is None:
        found = _WEAPONS[id(dictionary)] = frozenset(p[0] for p in dictionary.synset_phrases("WEAPONS") if len(p) == 1)
    return found


def under_attack(verb: Token) -> Token | None:
    """"The convoy came under fire", "police came under a grenade attack": a subject that comes under an armed act
    is what the act hit, as a passive's subject is; the act's noun after "under" (None for any other verb)."""
    if verb.lemma_.lower() != "come":
        return None
    return next((c for c in verb.children if c.dep_ in ("obl", "nmod") and c.i > verb.i
                 and c.lemma_.lower() in UNDER_ATTACK_NOUNS
                 and any(g.dep_ == "case" and g.lower_ == "under" for g in c.children)), None)


def done_to(verb: Token) -> list[Token]:
    """What the verb is done to: its direct objects and its passive's subjects ("killed three employees", "the
    men were shot")."""
    return [c for c in verb.children if c.dep_ in PASSIVE_SUBJ or c.dep_ in ("obj", "dobj")]


def by_phrase(verb: Token) -> Token | None:
    """The head of the verb's own by-phrase, which names its doer in a passive ("was hit by rebels") or a gerund
    ("shelling by the army"). The parser may hang "by" on a name compounded on the noun: "by Hamas militants"."""
    for c in verb.children:
        if c.dep_ in ("obl:agent", "agent"):
            return next((g for g in c.children if g.dep_ == "pobj"), c) if c.dep_ == "agent" else c
        if c.dep_ in ("obl", "nmod") and (any(g.dep_ == "case" and g.lower_ == "by" for g in c.children) or (
                c.left_edge.lower_ == "by" and c.left_edge.dep_ == "case")):
            return c
    return None


def passive_subject(verb: Token) -> Token | None:
    """The common noun a passive verb is told of: its passive subject, or the noun a reduced relative naming its
    doer hangs on ("missiles fired by the warplanes", "a rocket fired by Hamas militants"; not "rockets fired from
    Lebanon hit the town": the act is the hit, told once, by someone unnamed). None for a name ("Russia was
    accused")."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj:pass", "nsubjpass")), None)
    if subj is None and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.i < verb.i and by_phrase(verb) is not None:
        subj = verb.head
    return None if subj is None or subj.pos_ != "NOUN" or subj.ent_type_ else subj


def passive_weapon(verb: Token, weapons: frozenset[str]) -> Token | None:
    """The weapon a passive verb's subject names, which is what the verb's patterns take as its object: "a
    grenade was hurled by rebels at a police station" is "rebels hurled a grenade at ...", "three missiles
    were launched at the airport"; the weapon word itself ("rockets" of "dozens of rockets")."""
    subj = passive_subject(verb)
    return counted(subj) if subj is not None and is_weapon(subj, weapons) else None


def passive_patient(verb: Token) -> Token | None:
    """What any passive verb's subject names is what the verb's patterns take as its object, as they would in the
    active clause: "Sixty Russian diplomats were expelled by the United States" is "the United States expelled
    sixty Russian diplomats" (161, a diplomatic break, not 174, a deportation), "Russian diplomats expelled by the
    US" the same; the thing counted ("inspectors" of "dozens of inspectors")."""
    subj = passive_subject(verb)
    return counted(subj) if subj is not None else None


def object_read_as_speaker(verb: Token) -> Token | None:
    """"..., killing four passengers, police said": the parse reads the object of a comma-led -ing clause as
    the subject of the attribution after it (the speaker a conjunct behind a second comma) and hangs that
    attribution on the participle. The noun between the participle and the verb of saying, with no comma
    before it, is what the participle was done to; None where the participle has an object of its own."""
    if verb.tag_ != "VBG" or verb.i == 0 or verb.nbor(-1).text != "," \
            or any(c.dep_ in OBJ and c.i > verb.i for c in verb.children):
        return None
    for said in verb.children:
        if said.i <= verb.i or said.lemma_.lower() not in REPORTING_VERBS:
            continue
        subj = next((c for c in said.children if c.dep_ in SUBJ and verb.i < c.i < said.i), None)
        if subj is not None and subj.pos_ in ("NOUN", "PROPN", "NUM") \
                and not any(t.text == "," for t in verb.doc[verb.i + 1:subj.i]):
            return subj
    return None


def attribution_conjunct(tok: Token) -> bool:
    """"..., injuring two paramilitary personnel, police reported", "seized the city from the council, an official
    said", "took control of the district by Saturday, Mahfoozullah Akbari, a spokesman for the police, told dpa":
    the parse hangs the speaker of a trailing attribution on the noun before it as a conjunct or an apposition.
    Such a noun after a comma with no "and" or "or" of its own (or the conjuncts after one such), with only its
    own words, commas and further conjuncts or appositions between it and a verb of saying whose subject is
    neither after the verb nor the noun it hangs on ("riots, officials and residents said" say it together), is
    who told the story, not one more actor of the phrase."""
    if tok.dep_ not in ("conj", "appos") or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.dep_ == "cc" for c in tok.children):  # "..., officials and residents said": with the first
        return any(attribution_conjunct(s) for s in tok.head.children if s.dep_ == tok.dep_ and s.i < tok.i
                   and not any(c.dep_ == "cc" for c in s.children))
    doc = tok.doc
    start = next((t.i for t in tok.subtree if not t.is_punct), tok.i)  # (the parse may hang the comma on it)
    if start == 0 or doc[start - 1].text != ",":
        return False
    own = {t.i for sib in tok.head.children if sib.dep_ in ("conj", "appos") and sib.i >= tok.i for t in sib.subtree}
    j = tok.i + 1
    while j < len(doc) and (j in own or doc[j].is_punct) and doc[j].pos_ not in ("VERB", "AUX"):
        j += 1
    return j < len(doc) and doc[j].lemma_.lower() in TRAILING_SAYING and not any(
        c.dep_ in SUBJ and (c.i > j or c.i == tok.head.i) for c in doc[j].children)


def before_comma(arg: Token) -> list[Token]:
    """The words of a phrase up to the first comma after its head ("four passengers" of "four passengers,
    police"): an object read as a speaker's subject carries the speaker as its conjunct."""
    toks = sorted(arg.subtree, key=lambda t: t.i)
    cut = next((t.i for t in toks if t.i > arg.i and t.text == ","), None)
    return [t for t in toks if cut is None or t.i < cut]


def reported_clause_before(verb: Token) -> Token | None:
    """"Rebels fired a missile at the tanker, injuring two crew members, the military said": the parse hangs the
    -ing form on the attribution after it, whose speaker did not injure anyone. The participle tells what the
    reported clause before it did: that clause's verb (the nearest verb before it in the sentence that is not
    one of saying), or None where the participle hangs on anything else."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or head.i <= verb.i or head.lemma_.lower() not in REPORTING_VERBS:
        return None
    return next((t for t in reversed(verb.doc[verb.sent.start:verb.i]) if t.pos_ == "VERB" and t.tag_ != "VBG"
                 and t.dep_ in ("ROOT", "parataxis", "ccomp", "conj") and t.lemma_.lower() not in REPORTING_VERBS),
                None)
