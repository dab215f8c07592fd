"""The sense veto: does a material-conflict event (CAMEO roots 14-20) rest on material-conflict evidence?

The verb patterns code "Brazil beat Haiti 6-0" as an assault and "Blair attacked Tory plans" as a
fight: the words are violent, the sense is not. A small learned model decides the sense from the
sentence and the article, where the patterns cannot:

- the sentence model reads the sentence's words and word pairs, the coded verb with each word of
  its sentence and with its dependents, the CAMEO root, the roles of the event's actors (armed
  forces, rebels, civilians ...), the casualty figures and the kinds of names in the sentence;
- the article model reads the words of the whole article and says whether it is a piece about
  sport, business, technology or entertainment (a topic signal, not a list of words to avoid);
- a logistic combination of the two (stacked on out-of-fold scores) gives the probability that
  the event is real material conflict.

Both are logistic regressions over hashed features (2^18 slots each), trained by
training/train_sense.py on the tune parts of the shared annotations (ConfliBERT PentaClass
sentences, PLOVER gold, NGEC synthetic stories) and of the non-conflict news (flashpoint/eval/splits.py);
the weights ship beside this file (models/<name>.npz) and are applied here with NumPy alone.
Only sentences holding a candidate event are read, and the article once per document.

The component keeps an event whose score reaches the bar and appends the model's name and score to
its rule ("verb:strike+model:sense-v2=0.93"); below it the event is dropped. In an article the article
model reads as sport, business, technology or entertainment, or whose first words speak of films, awards,
charts or markets, or that the genre model (`GenreModel`, learned from the news corpora's own category labels by
training/train_genre.py) reads as a whole article of sport, business, technology or the arts
(`SenseVeto.genre_piece`, `SenseVeto.genre_read`), the score alone is not enough: the event
needs a frame of material conflict of its own (`genre_frame`: no film, song or book in its sentence, no
quoted title, no plot told in the present below the headline, physical harm and a state, an armed body or a verb
of assault in its literal sense for an assault, coded actors on both sides otherwise), as the sentence model
knows the words of the pieces it was trained on better than those of a new one. The bar is
`sense_threshold` in an article the article model reads as not conflict news (sport, business,
technology, entertainment); elsewhere an assault, fight or mass violence (roots 18-20) needs
physical-harm evidence in its sentence (a weapon, armed forces, a wound, a casualty figure, an armed
actor: `harm_evidence`) or one state acting against another (`interstate`) to be judged against the
low `sense_floor`, and without either the higher
`sense_harmless` ("Blair attacked Tory plans", "defeat the government" in a political article), the
other material-conflict roots `sense_floor` (default_config.cfg). Before any score, a root 18-20 event
whose harm a natural hazard, an accident or a disease does ("floods killed 20", "killed in a bus
crash"), with no armed actor on either side, is dropped (`disaster`): CAMEO and PLOVER code no event
for a disaster, which has no attacker; a bare blast is one when the next sentences tell an accident's cause
and no attack (`cause_told_next`: "Explosion kills eight ... a gas leak"). In any article, a violent verb
acting on a decision, an office, a sum or an ideology (`abstract_object`: "attacked the decision", "took over
the chairmanship"), or done by one ("an e-mail scam targets police chiefs"), or a strike by workers
(`labour_strike`) is no assault, and a seizure or an arrest of an object of the mind is none ("captured the
students' interest"); a violent verb with the particle of an idiom starts or criticises (`idiom`: "kicked off
the game", "hit out at critics"); "demonstrate" or "rally" with an object shows or gathers (`shown`: "the loan
demonstrates the EU's commitment"); a plot told of a video game is a work's (`work_noun`), and so is what a
documentary, a diary or a memoir recounts or what happens where a play is set (`told_by_work`, `in_work`); a verb of
winning in an election or a match is a contest (`contest`: "was routed in the midterm elections"); a restriction ended (`lifted`: "ended the trade embargo") is no sanction; an
attack that only might happen (`unrealised`: "vulnerable to terrorist attacks") is none; an occupation (192)
without physical-harm evidence needs a territory, a place or a building (`no_territory`: "cannot control their
nuclear material"); and a show of force (root 15) needs physical-harm evidence. An assault plainly done to a
person's body (`plain_assault`: "a gunman killed three employees", "a mob beat the journalist to death", "was
stabbed", "two vigilantes have been beaten up by a mob") needs no more: it frames itself in a genre piece, and no
bar of the score holds it back in any article where it is told as a fact (`told_as_fact`). A person killed by no
one named or by a person ("a journalist is killed on the border": `person_hurt`) is physical-harm evidence.
"""

from __future__ import annotations

import functools
import math
import re
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from spacy.tokens import Doc, Span, Token

from flashpoint.codes.agents import (ARMED_ROLES, COUNTRYLESS_ROLES, FORCE_ROLES, INSTITUTIONAL_PREFIXES, PERSON_ROLES,
                                     PUBLIC_ROLES)
from flashpoint.codes.petrarch.syntax import verb_forms
from flashpoint.extract.base import article_of, framed_by, model_file
from flashpoint.extract.dates import BACKGROUND_YEARS, NOUN_CLAUSES
from flashpoint.extract.events.arguments import (MATERIAL_CONFLICT_ROOTS, by_phrase, clause_subjects, person_role,
                                                told_to_death, victim_verb)
from flashpoint.extract.words import (
    ACCIDENT_CAUSES,
    ACCUSATION_VERBS,
    ASSAULT_PARTICLES,
    ASSAULT_VERBS,
    ADVANCE_FORMS,
    ATTACK_WORDS,
    BLAST_WORDS,
    CONTEST_FORMS,
    CONTEST_GAINS,
    CONTEST_OCCASIONS,
    CONTEST_PRIZES,
    CONTEST_RIVALS,
    CRITIC_NOUNS,
    ENDING_VERBS,
    FILMED_NOUNS,
    GAME_KINDS,
    GAME_NOUNS,
    GENRE_MIN,
    GENRE_WORDS,
    HAZARD_VERBS,
    HAZARD_WORDS,
    IDIOM_PARTICLES,
    LABOUR_WORDS,
    LITERAL_HARM_FORMS,
    LITERAL_HARM_VERBS,
    PHYSICAL_HARM_WORDS,
    PERSON_HARM_VERBS,
    PROPOSITION_NOUNS,
    RESTRICTION_NOUNS,
    RISE_FORMS,
    RISE_GOALS,
    SHOT_RESULTS,
    SHOWING_VERBS,
    TELLING_VERBS,
    TELLING_WORK_NOUNS,
    TERRITORY_NOUNS,
    UNREALISED_WORDS,
    VERBAL_ATTACK_WORDS,
    WEAPON_TRIALS,
    WORK_NOUNS,
    WORK_WORDS,
)
from flashpoint.nlp.calendar import CALENDAR_WORDS
from flashpoint.nlp.deps import PASSIVE_SUBJECTS, SUBJECTS

MODEL_DIR = Path(__file__).resolve().parent / "models"
MATERIAL_ROOTS = frozenset(str(r) for r in range(14, 21))
# roots whose events say someone was hurt or attacked physically (assault, fight, mass violence):
# outside conflict news they need physical-harm evidence in their sentence (`harm_evidence`)
HARM_ROOTS = frozenset(MATERIAL_CONFLICT_ROOTS)
# CAMEO root 15, exhibit force posture (military or police power, alerts, mobilisation): it needs physical-harm
# evidence (armed actors, weapons) in its sentence in any article
POSTURE_ROOT = "15"
# ... armed or police forces and their arms, in the singular and the plural (the lemmatizer leaves some
# plurals as they are: "troops", "armed forces"); no word business uses as freely ("unit", "division", "fleet",
# "carrier", "aircraft", "alert")
FORCE_WORDS = frozenset(w for base in PHYSICAL_HARM_WORDS | {
    "force", "military", "police", "policeman", "reservist", "navy", "marine", "paratrooper", "battalion", "brigade",
    "regiment", "patrol", "warplane", "gunboat",
} for w in (base, base + "s"))
# code prefixes that are no state: organisations and the roles an actor carries without a country
NON_STATE = COUNTRYLESS_ROLES | INSTITUTIONAL_PREFIXES | {"IGO", "NGO", "MNC", "IMG", "NGM", "INT", "ASA", "EUR",
                                                          "AFR", "MEA", "WSB", "SAM", "NAF", "WAF", "EAF"}
# the figure categories (claims/figures.py) that count people hurt
HARM_FIGURES = frozenset({"killed", "injured"})
N_BITS = 18
ARTICLE_TOKENS = 800  # the article model reads the first this many tokens
ARTICLE_CLIP = 4.0
# the genre model's classes (training/train_genre.py: the news corpora's own categories) and its hashed slots
GENRES = ("news", "sport", "business", "tech", "arts")
GENRE_BITS = 16
# the genre model reads an article of at least this many tokens: a lone sentence or a snippet tells too little
GENRE_MIN_TOKENS = 100
_DIGITS = re.compile(r"\d")
# a match's or a vote's score: "26-21", "7-5 6-3", "(7-4)", "310-219" (not a year's span: "2003-04")
_SCORE = re.compile(r"(?<![\d,.])\d{1,3}\s?-\s?\d{1,3}(?![\d,.%])")
# the veto judges the sense of the verb, not whether or when the act happened (modality.py records
# that): the verb's negation and auxiliaries are left out, so "did not attack" scores as "attacked"
MODALITY_DEPS = ("neg", "aux")
NEGATIONS = frozenset({"not", "n't", "never", "no"})
# words that deny the verb they stand before in its clause ("nor does he kill"), beside modality.py's negations
DENYING_CONJUNCTIONS = frozenset({"nor", "neither"})


def norm(tok: Token) -> str | None:
    """A token as a feature: lower case, digits as 0; None for punctuation and spaces."""
    if tok.is_punct or tok.is_space:
        return None
    return _DIGITS.sub("0", tok.lower_)


def role(code: str | None) -> str:
    if not code:
        return "none"
    return code[3:6] or "country" if len(code) >= 3 else code


def roles_of(code: str | None) -> set[str]:
    """The three-letter chunks of an actor code ("RUSMILREB" -> {RUS, MIL, REB}; "COP" -> {COP})."""
    return {code[i:i + 3] for i in range(0, len(code), 3)} if code else set()


def state_of(code: str | None) -> str | None:
    """The country an actor code starts with ("RUSMIL" -> "RUS"); None for an organisation, a role without
    a country ("REB", "CVL") or no code."""
    head = code[:3].upper() if code else ""
    return head if len(head) == 3 and head.isalpha() and head not in NON_STATE else None


def interstate(source_code: str | None, target_code: str | None) -> bool:
    """One state's actor against another's ("Russia attacked Ukraine", "Turkey shelled Syrian positions"):
    the bar of a force used across a border is `sense_floor` even without a word of harm."""
    src, tgt = state_of(source_code), state_of(target_code)
    return bool(src and tgt and src != tgt)


def harm_evidence(doc: Doc, sent: Span, verb: Token, source_code: str | None, target_code: str | None,
                  sent_index: int | None = None) -> bool:
    """Whether the sentence of a candidate event puts it in a frame of physical harm: an armed actor
    (forces, rebels, police) on either side, a figure of people killed or injured, or a word of weapons,
    armed forces or wounds (words.PHYSICAL_HARM_WORDS) other than the coded verb, or a coded verb with no
    figurative sense (words.LITERAL_HARM_VERBS: "was kidnapped"), or a person killed or assaulted by no one named or
    by a person (`person_hurt`: "a journalist is killed on the border"). "Blair attacked Tory plans" and
    "defeat the government" have none; "troops attacked the village" and "the bomb killed 12" have one."""
    if (roles_of(source_code) | roles_of(target_code)) & ARMED_ROLES:
        return True
    if sent_index is not None and any(f.sentence == sent_index and f.category in HARM_FIGURES
                                      for f in doc._.fp_figures or []):
        return True
    if verb.lemma_.lower() in LITERAL_HARM_VERBS or verb.lower_ in LITERAL_HARM_FORMS or told_to_death(verb):
        return True
    if person_hurt(verb):
        return True
    return any(t.i != verb.i and (t.lemma_.lower() in PHYSICAL_HARM_WORDS or t.lower_ in PHYSICAL_HARM_WORDS
                                  or joined_compound(t) in PHYSICAL_HARM_WORDS) for t in sent)


PERSON_PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them", "who"})


def person_token(tok: Token | None) -> bool:
    """A person or people: a common noun of people (arguments.person_role), a person's name or a personal pronoun."""
    return tok is not None and (tok.ent_type_ == "PERSON" or person_role(tok) is not None
                                or (tok.pos_ == "PRON" and tok.lower_ in PERSON_PRONOUNS))


def person_victim(tok: Token, verb: Token) -> bool:
    """Whether what a violent verb is done to is a person: a person (`person_token`), or any noun for a verb done to
    people only (arguments.victim_verb: "kidnapped the presenter"; a verb a particle makes an assault of,
    words.ASSAULT_PARTICLES: "two vigilantes have been beaten up")."""
    return person_token(tok) or (tok.pos_ == "NOUN" and (victim_verb(verb) or with_particle(verb, ASSAULT_PARTICLES)))


def plain_assault(verb: Token, source_code: str | None, target_code: str | None) -> bool:
    """Whether an assault, fight or mass violence is plainly one done to a person's body, whatever the article is
    about: what it is done to is a person (the object or the passive's subject: `person_token`, any noun for a verb
    done to people only: arguments.victim_verb; a coded person of `PERSON_ROLES` where the verb has neither), and
    the act is physical: an assault in its literal sense (`assault_told`), a result of death (`told_to_death`) or
    a weapon it is done with ("attacked the goalkeeper with a knife"), whoever did it ("the rapper was shot dead"),
    or a killing or an assault (words.PERSON_HARM_VERBS) that a person or an armed body did ("a gunman killed
    three employees"; "were killed after an earthquake" names no one). "Brazil beat Haiti", "killed the deal",
    "the drug killed patients", "shot a 67" and "beat the goalkeeper" are none."""
    victims = done_to(verb)
    if victims:
        if not any(person_victim(v, verb) for v in victims):
            return False
    elif not roles_of(target_code) & PERSON_ROLES:
        return False
    weapon = any(c.lemma_.lower() in PHYSICAL_HARM_WORDS and any(g.lower_ == "with" for g in c.children)
                 for c in verb.children if c.dep_ in ("obl", "nmod"))
    weapon |= any(c.lower_ == "with" and any(g.lemma_.lower() in PHYSICAL_HARM_WORDS for g in c.children)
                  for c in verb.children if c.dep_ == "prep")
    physical = assault_told(verb) or told_to_death(verb) or weapon
    if not (physical or verb.lemma_.lower() in PERSON_HARM_VERBS):
        return False
    if (roles_of(source_code) | roles_of(target_code)) & ARMED_ROLES:
        return True
    return done_by_person(verb, unnamed=physical)


def person_hurt(verb: Token) -> bool:
    """Whether a killing or an assault (words.PERSON_HARM_VERBS, `assault_told`: "killed", "beaten up") is done to a
    person (`person_token`: its object or its passive's subject) by a person or, in the passive, by no one named: "a
    prominent journalist is killed on the border", "two vigilantes have been beaten up by a mob", "a gunman killed
    three employees". A hazard's killing is ruled out before (`disaster`); "a drug overdose killed the star" (no
    person does it), "killed the bill" and "Brazil beat Haiti" (no person hurt) are none."""
    if not (verb.lemma_.lower() in PERSON_HARM_VERBS or assault_told(verb)) or denied_by_conjunction(verb):
        return False
    if not any(person_victim(v, verb) for v in done_to(verb)):
        return False
    return done_by_person(verb, unnamed=True)


def done_to(verb: Token) -> list[Token]:
    """What the verb is done to: its direct objects and its passive's subjects (the parser's nsubjpass or
    nsubj:pass; arguments.done_to also takes a clausal passive subject)."""
    return [c for c in verb.children if c.dep_ in PASSIVE_SUBJECTS or c.dep_ in ("obj", "dobj")]


def done_by_person(verb: Token, unnamed: bool) -> bool:
    """Whether a person did the act: in the passive, the person its by-phrase names (``unnamed`` where it names no
    one: "the rapper was shot dead"); in the active, a person among its clause's subjects ("a gunman killed")."""
    if any(c.dep_ in PASSIVE_SUBJECTS or c.dep_ in ("auxpass", "aux:pass") for c in verb.children):
        doer = by_phrase(verb)
        return unnamed if doer is None else person_token(doer)
    return any(person_token(d) for d in clause_subjects(verb))


def joined_compound(tok: Token) -> str | None:
    """A noun written in two words as one ("air strike" -> "airstrike", "war plane" -> "warplane"): the
    compound before it and its lemma, joined; None for a word without one."""
    if tok.dep_ != "compound" or tok.head.i != tok.i + 1:
        return None
    return tok.lower_ + tok.head.lemma_.lower()


def force_named(sent: Span) -> bool:
    """Whether a sentence names armed or police forces or their arms, the coded word included ("deployed
    troops", "mobilized reservists", "police patrols"): the evidence a show of force (root 15) needs."""
    return any(t.lemma_.lower() in FORCE_WORDS or t.lower_ in FORCE_WORDS for t in sent)


def hazard_agent(verb: Token) -> bool:
    """Whether what does the harm is a natural hazard, an accident or a disease (words.HAZARD_WORDS): the
    verb's subject ("an earthquake killed 24", "Tropical Storm Jeanne killed", headline "flooding kills
    nine"), its by-phrase ("killed by Hurricane Jeanne"), the place of a passive or intransitive victim
    ("were killed in a bus crash"), the clause a participle or a second verb hangs on ("a quake rocked
    Bali, killing one and injuring two", "a plane crashed, killing 54") or the noun a relative clause or
    a headline verb describes ("the tsunami which struck", "mosque collapse kills 10")."""
    v = verb
    for _ in range(3):  # "..., killing one person and injuring two": the harm is the main clause's
        if v.dep_ in ("advcl", "xcomp", "conj") and v.head.i != v.i \
                and not any(c.dep_ in ("nsubj", "csubj") for c in v.children):
            v = v.head
        else:
            break
    if v.i != verb.i and v.lemma_.lower() in HAZARD_VERBS:
        return True  # "a plane crashed, killing 54"
    heads = []
    if v.dep_ in ("acl", "acl:relcl", "relcl", "flat"):
        heads.append(v.head)  # "the tsunami which struck", "mosque collapse kills 10"
    subject = [c for c in v.children if c.dep_ in ("nsubj", "csubj")]
    for c in subject:
        if c.lower_ not in ("which", "that"):
            heads.append(c)
        elif c.i > 0 and c.doc[c.i - 1].pos_ in ("NOUN", "PROPN"):
            heads.append(c.doc[c.i - 1])  # the noun a relative pronoun stands for, however the clause attaches
    # a headline's subject parsed as a compound, a title word left off the name ("Hurricane Maria")
    heads += [c for c in v.lefts if c.dep_ in ("compound", "obl:unmarked", "obl:npmod")]
    for c in v.children:
        case = {g.lower_ for g in c.children if g.dep_ == "case"}
        if c.dep_ in ("obl:agent", "agent") or (c.dep_ == "obl" and (case & {"by"} or (not subject and case & {"in"}))):
            heads.append(c)  # "killed by the hurricane"; "were killed in a bus crash"
    for h in heads:
        # the noun and what stands before it in its phrase, and so for a noun set beside it ("a magnitude 6.4
        # earthquake" parsed as an apposition to "magnitude") or joined to it ("heavy rains and flooding")
        words = [t for n in [h, *(c for c in h.children if c.dep_ in ("appos", "flat", "conj"))]
                 for t in n.subtree if t.i <= n.i]
        if any(t.lemma_.lower() in HAZARD_WORDS or t.lower_ in HAZARD_WORDS for t in words):
            return True
        # "a gas explosion at a coal mine" (the blast may head the phrase the parse hung the verb on)
        blast = next((b for b in [h, *list(h.ancestors)[:3]] if b.lemma_.lower() in BLAST_WORDS
                      or b.lower_ in BLAST_WORDS), None)
        if blast is not None:
            written = {t.lower_ for t in blast.subtree}
            if written & ACCIDENT_CAUSES and not (written | {t.lemma_.lower() for t in blast.subtree}) & ATTACK_WORDS:
                return True
            if blast.i == h.i and cause_told_next(blast):
                return True
    return False


def words_of(span) -> set[str]:
    return {t.lower_ for t in span} | {t.lemma_.lower() for t in span}


CAUSE_WINDOW = 2  # the sentences after a blast's that may tell its cause (a headline's: the lead and the next)


def cause_told_next(blast: Token) -> bool:
    """Whether a bare blast that does the harm ("Explosion in southern Italy kills eight") is explained as an
    accident by one of the next CAUSE_WINDOW sentences ("... a gas leak was the likely cause",
    words.ACCIDENT_CAUSES), with no word of an attack (words.ATTACK_WORDS: a bomb, a device, a militant) in
    the blast's sentence or those."""
    doc, sent = blast.doc, blast.sent
    written = words_of(sent)
    cause = False
    for _ in range(CAUSE_WINDOW):
        if sent.end >= len(doc):
            break
        sent = doc[sent.end].sent
        cause |= bool(words_of(sent) & ACCIDENT_CAUSES)
        written |= words_of(sent)
    return cause and not written & ATTACK_WORDS


def disaster(verb: Token, source_code: str | None, target_code: str | None) -> bool:
    """An assault, fight or mass violence whose harm a hazard or an accident does (`hazard_agent`) and
    with no armed actor on either side: no event."""
    return hazard_agent(verb) and not (roles_of(source_code) | roles_of(target_code)) & ARMED_ROLES


def quoted_title(sent: Span, verb: Token) -> bool:
    """Whether the verb stands inside a short quoted phrase in title case, the name of a work
    ('the single "Like Toy Soldiers"', '"Kill Bill"'), not a report of an act."""
    quotes = [t.i for t in sent if t.is_quote]
    before = [i for i in quotes if i < verb.i]
    after = [i for i in quotes if i > verb.i]
    if len(before) % 2 == 0 or not after:
        return False
    words = [t for t in verb.doc[before[-1] + 1:after[0]] if t.is_alpha]
    return 0 < len(words) <= 8 and words[0].is_title and 2 * sum(w.is_title for w in words) >= len(words)


def in_work(verb: Token) -> bool:
    """Whether a work of art or fiction (words.WORK_NOUNS) heads the verb's clause or frames it: its plot
    ("In the film, a soldier shoots his brother", "the novel in which a boy is killed"), its setting ("the play is
    set in Srebrenica in July 1995, where forces killed 8,000 men": the work the passive's subject) or its title
    ("the song Shoot The Sheriff")."""
    return framed_by(verb, work_noun, ("nsubj", "obl", "nmod", "compound", *sorted(PASSIVE_SUBJECTS)))


def told_by_work(verb: Token) -> bool:
    """Whether the act is told in a clause of a verb of telling (words.TELLING_VERBS) whose subject is a work
    (words.TELLING_WORK_NOUNS): "the documentary recounts how German troops invaded Poland in 1939", "her
    grandmother's diaries, which describe how soldiers shot a neighbour". The work tells it, the article tells of the
    work: history or a story, not news ("a video shows soldiers beating protesters" and "the report describes how
    militias killed villagers" name no such work)."""
    t = verb
    for step in range(7):
        if step:
            if t.head.i == t.i or t.dep_ in SUBJECTS:
                return False  # the act is the subject of the clause above ("soldiers who shot ... are shown in it")
            t = t.head
        # the tagger may read "The documentary recounts how ..." as an adjective and a noun: the word of telling is
        # then a subject of the clause it tells, or of "how", and the work modifies it
        teller = next((x for x in ((t,) if step else ()) + tuple(c for c in t.children if c.dep_ in ("nsubj", "csubj"))
                       if x.lemma_.lower() in TELLING_VERBS and (x.pos_ == "VERB" if x.i == t.i else x.pos_ == "NOUN")),
                      None)
        if teller is None:
            continue
        subjects = [c for c in teller.children if c.dep_ in ("nsubj", "csubj")
                    or (teller.pos_ == "NOUN" and c.dep_ in ("amod", "compound"))]
        if teller.dep_ in ("acl:relcl", "relcl") and any(s.lower_ in ("which", "that") for s in subjects):
            subjects.append(teller.head)  # "her diaries, which describe how ..."
        return any(s.lower_ in TELLING_WORK_NOUNS for s in subjects)
    return False


def work_noun(tok: Token) -> bool:
    """A noun of a work of art or fiction (words.WORK_NOUNS), or a game a maker sells ("a video game", "computer
    games": words.GAME_KINDS), not a match."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    return tok.lower_ in WORK_NOUNS or (tok.lower_ in GAME_NOUNS and any(
        c.dep_ in ("compound", "amod") and c.lower_ in GAME_KINDS for c in tok.children))


def verbal_attack(verb: Token) -> bool:
    """Whether the attack is said to be a verbal one: the coded word, or the noun it acts through
    ("launched a scathing attack on"), carries an adjective of criticism (words.VERBAL_ATTACK_WORDS), or its
    doer is a critic (words.CRITIC_NOUNS). An angry doer is no sign ("angry activists staged rallies",
    "an angry mob attacked the police"): the adjective must qualify the act."""
    nouns = [verb] + [c for c in verb.children if c.dep_ in ("obj", "dobj", "nsubj:pass")]
    if any(a.dep_ in ("amod", "compound") and a.lower_ in VERBAL_ATTACK_WORDS for n in nouns for a in n.children):
        return True
    # ... however the parse hangs the adjective: what stands between the verb and the noun it acts through
    # ("Republicans launch blistering attack on rival": "blistering" parsed as the object or a clause)
    for n in nouns[1:] + [c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i]:
        head = n if n.pos_ in ("NOUN", "PROPN") else next((c for c in n.children if c.pos_ == "NOUN"
                                                           and c.dep_ in ("obj", "dobj", "compound")), None)
        if head is not None and any(t.lower_ in VERBAL_ATTACK_WORDS for t in n.subtree if verb.i < t.i < head.i):
            return True
    # ... or its doer is one whose attacks are words: "has been attacked by critics", "reviewers attacked the film"
    doers = [c for c in verb.children if c.dep_ in ("nsubj", "obl:agent", "agent") or (c.dep_ in ("obl", "nmod") and any(
        g.dep_ == "case" and g.lower_ == "by" for g in c.children))]
    return any(d.lemma_.lower() in CRITIC_NOUNS or d.lower_ in CRITIC_NOUNS for d in doers)


PROTEST_ROOT = "14"


def unarmed_advance(verb: Token, source_code: str | None) -> bool:
    """A verb of moving on a place (words.ADVANCE_VERBS: "marching on the capital", "pushed into the square")
    whose mover is a named actor who bears no arms (farmers, students, a party): a march, not an attack. A
    state, an armed role or an unknown mover keeps the attack ("troops advanced on the town")."""
    if verb.lower_ not in ADVANCE_FORMS or not source_code:
        return False
    roles = roles_of(source_code)
    return bool(roles) and not roles & FORCE_ROLES and not (len(source_code) == 3 and state_of(source_code))


def shown(verb: Token) -> bool:
    """A verb of protest used for showing or gathering (words.SHOWING_VERBS with an object or a clause): "the
    loan demonstrates the EU's commitment", "the tests demonstrated that it works", "rallied support". A
    protest of that verb takes none ("thousands demonstrated in the capital", "rallied outside parliament")."""
    return verb.lemma_.lower() in SHOWING_VERBS and any(c.dep_ in ("obj", "dobj", "ccomp") for c in verb.children)


def with_particle(verb: Token, table: dict[str, frozenset[str]]) -> bool:
    """Whether the verb stands with one of the particles ``table`` gives its lemma ("kicked off", "beaten up"); a form
    the lemmatizer leaves as it is ("beaten") counts as its verb's."""
    particles = table.get(verb.lemma_.lower()) or next(
        (p for base, p in table.items() if verb.lower_ in lower_forms(base)), None)
    if not particles:
        return False
    if any(c.dep_ in ("compound:prt", "prt") and c.lower_ in particles for c in verb.children):
        return True
    # the parse may hang the particle on what follows it as a preposition ("kicked off the game": off <case- game)
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return after is not None and after.lower_ in particles and after.pos_ in ("ADP", "PART", "ADV")


@functools.cache
def lower_forms(verb: str) -> frozenset[str]:
    """The verb's inflected forms, lower case, made once per verb."""
    return frozenset(f.lower() for f in verb_forms(verb))


def idiom(verb: Token) -> bool:
    """A violent verb whose particle makes an idiom of starting or of criticism (words.IDIOM_PARTICLES): "kicked
    off the campaign", "struck up a friendship", "hit out at critics", "lashed out at the press"."""
    return with_particle(verb, IDIOM_PARTICLES)


def weapon_trial(verb: Token) -> bool:
    """A weapon fired as a test or in an exercise (words.WEAPON_TRIALS): "test" right before the verb, however
    the parse hung it ("India on Friday test fired Akash": "test" a modifier of India); a trial noun as the
    verb's object or modifying it ("launched a missile test", "fired test missiles"); or one heading a phrase on
    the verb ("during military exercises", "in a drill"). Not a weapon fired at someone ("at a town during the
    exercise"; "on Sunday" is no aim)."""
    doc = verb.doc
    if any(c.dep_ in ("obl", "nmod") and c.text not in CALENDAR_WORDS and any(
            g.dep_ == "case" and g.lower_ in AIM_CASES | {"at"} for g in c.children) for c in verb.children):
        return False  # fired "at a town", "on protesters": aimed at someone, whatever the occasion
    before = [doc[j].lower_ for j in range(max(0, verb.i - 2), verb.i)]
    if before[-1:] == ["test"] or before == ["test", "-"]:
        return True
    for c in verb.children:
        if c.dep_ in ("obj", "dobj") and (c.lower_ in WEAPON_TRIALS or any(
                g.lower_ in WEAPON_TRIALS and g.dep_ in ("compound", "amod", "nmod") and g.i < c.i for g in c.children)):
            return True  # "fired test missiles", "launched a ballistic missile test"
        if c.dep_ in ("obl", "nmod") and c.lower_ in WEAPON_TRIALS and c.i > verb.i and \
                any(g.dep_ == "case" for g in c.children):
            return True
    return False


def object_of_act(verb: Token) -> list[Token]:
    """What the verb is done to: its direct objects, its passive subjects, and the "of" phrase of a verb
    used as a noun ("the shooting of The Libertine")."""
    out = done_to(verb)
    if verb.pos_ == "NOUN":
        out += [c for c in verb.children if c.dep_ == "nmod" and any(g.lower_ == "of" for g in c.children)]
    return out


def rise_sense(verb: Token) -> bool:
    """A violent verb of motion used without a victim, for a rise (words.RISE_FORMS): "shot to fame", "stormed
    to the top of the charts", "Dell shot up 8 percent". With an object it keeps its sense ("stormed the
    school", "gunmen shot up a village"), and "shot to death" is no rise."""
    if verb.lower_ not in RISE_FORMS:
        return False
    goals = SHOT_RESULTS | RISE_GOALS
    if any(o.lemma_.lower() not in goals and o.lower_ not in goals for o in object_of_act(verb)):
        return False
    for c in verb.children:
        if c.dep_ in ("compound:prt", "prt", "advmod") and c.lower_ == "up":
            return True
        if c.dep_ in ("obl", "nmod") and (c.lemma_.lower() in goals or c.lower_ in goals) and any(
                g.dep_ == "case" and g.lower_ in ("to", "into") for g in c.children):
            return True
    return False


def contest(sent: Span, verb: Token) -> bool:
    """A verb of winning (words.CONTEST_FORMS) beside a score ("England beat Fiji 26-21", "Kim defeated
    Hernych 7-5 6-3", "the motion was defeated 310-219"), a prize ("beat Morrissey to the music award"), the
    verb of winning one ("beat Roddick to win the title", "beaten Australia to reach the final") or rivals
    ("beat off competition from") or the occasion it was done in ("was routed in the midterm elections", "beaten
    in the final": words.CONTEST_OCCASIONS): a match, a vote or an award, not a fight."""
    if verb.lower_ not in CONTEST_FORMS:
        return False
    if _SCORE.search(sent.text):
        return True
    prizes = CONTEST_PRIZES | SHOT_RESULTS
    for c in verb.children:
        marks = {g.lower_ for g in c.children if g.dep_ in ("mark", "case")}
        if c.dep_ in ("obl", "nmod") and c.lemma_.lower() in CONTEST_OCCASIONS and marks & {"in", "at"}:
            return True
        if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in CONTEST_GAINS and "to" in marks:
            return True
        if c.dep_ in ("obl", "nmod") and c.lemma_.lower() in prizes and "to" in marks:
            return True
        if c.dep_ in ("compound:prt", "prt") and c.lower_ == "off" and any(
                o.dep_ in ("obj", "dobj") and o.lemma_.lower() in CONTEST_RIVALS for o in verb.children):
            return True
    return False


def second_person(verb: Token) -> bool:
    """A violent verb whose doer or victim is "you": a game's or a guide's narration ("You can shoot an
    enemy", "each time you are killed"), not a report of what someone did."""
    return any(c.dep_ in SUBJECTS and c.lower_ == "you" for c in verb.children)


def filmed(verb: Token) -> bool:
    """"The film was shot in Morocco", "the shooting of the series": a camera's shot (words.FILMED_NOUNS)."""
    if verb.lemma_.lower() not in ("shoot", "shooting") and verb.lower_ not in ("shot", "shooting"):
        return False
    return any(o.lemma_.lower() in FILMED_NOUNS or o.lower_ in FILMED_NOUNS for o in object_of_act(verb))


AIM_CASES = frozenset({"on", "against", "upon"})
# the codes of a seizure and an arrest (CAMEO 171, 173), which an object of the mind makes figurative as it does
# an assault's ("captured the students' interest", "captured everybody's imagination")
SEIZING_CODES = frozenset({"171", "173"})
# entity types of things a violent verb can strike: people, bodies, places, buildings, vehicles
BODY_ENTITIES = frozenset({"PERSON", "PER", "ORG", "GPE", "LOC", "NORP", "FAC"})


def aimed_at(verb: Token) -> list[Token]:
    """What the coded verb acts on: its direct objects and, for an attack told by a noun (the verb's own or
    its object's: "launched an attack on the plans"), the noun after "on" or "against"."""
    objects = [c for c in verb.children if c.dep_ in ("obj", "dobj")]
    for n in [verb, *objects]:
        if n.pos_ != "NOUN":
            continue
        for c in n.children:
            if when_word(c):
                continue  # "attacked the government's health policy on Tuesday": a day is no aim
            if c.dep_ in ("nmod", "obl") and any(g.dep_ == "case" and g.lower_ in AIM_CASES for g in c.children):
                objects.append(c)
            elif c.dep_ == "prep" and c.lower_ in AIM_CASES:
                objects += [g for g in c.children if g.dep_ == "pobj"]
    return [o for o in objects if o.i != verb.i]


def when_word(tok: Token) -> bool:
    """A day, a month or a time ("on Tuesday", "on 5 May", "on the night"): the parser may hang one on a noun as
    the thing an attack is "on"."""
    return tok.text in CALENDAR_WORDS or tok.ent_type_ in ("DATE", "TIME")


def abstract_object(verb: Token) -> bool:
    """Whether everything the violent verb acts on is a thing said, decided or held, a sum, or an ideology
    (words.PROPOSITION_NOUNS, a noun in -ism), never a body or a place: "attacked the decision by the
    court", "took over the chairmanship of the EU", "wiped out the surplus", "to defeat the fanaticism of
    terrorists". Nobody is hurt, whoever is named inside the phrase."""
    doers = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    if doers and all(abstract_noun(d) for d in doers):
        return True  # "an e-mail scam targets police chiefs", "the decision hit the workers": no one acts
    objects = aimed_at(verb)
    if not objects:
        return False
    for o in objects:
        lemma = o.lemma_.lower()
        if o.pos_ != "NOUN" or o.ent_type_ in BODY_ENTITIES:
            return False
        if lemma not in PROPOSITION_NOUNS and o.lower_ not in PROPOSITION_NOUNS \
                and not (lemma.endswith("ism") and len(lemma) > 5):
            return False
    return True


def abstract_noun(tok: Token) -> bool:
    """A common noun of a thing said, decided, held or sent (words.PROPOSITION_NOUNS) with no word of harm in
    its phrase ("the scam", not "the bombing campaign")."""
    if tok.pos_ != "NOUN" or tok.ent_type_ in BODY_ENTITIES:
        return False
    if tok.lemma_.lower() not in PROPOSITION_NOUNS and tok.lower_ not in PROPOSITION_NOUNS:
        return False
    return not any(t.lemma_.lower() in PHYSICAL_HARM_WORDS or t.lower_ in PHYSICAL_HARM_WORDS for t in tok.subtree)


def labour_strike(sent: Span, verb: Token, source_code: str | None) -> bool:
    """Whether the attack is a strike of workers: the coded word or its object is the noun "strike" and
    the doer is labour (a LAB actor) or the sentence speaks of unions, workers or pay (words.LABOUR_WORDS):
    "trade unions carried out strikes" is a stoppage of work, not an air strike."""
    nouns = [verb, *aimed_at(verb), *(c for c in verb.children if c.dep_ in ("obj", "dobj"))]
    if not any(n.pos_ == "NOUN" and n.lemma_.lower() == "strike" for n in nouns):
        return False
    return "LAB" in roles_of(source_code) or any(t.lemma_.lower() in LABOUR_WORDS for t in sent)


def public_party(source_code: str | None, target_code: str | None) -> bool:
    """Whether a state, its government or an armed body is on either side of an event: a bare country code
    ("RUS"), or a role that governs or bears arms (PUBLIC_ROLES). A fight between private people ("the rapper
    stabbed a man", "she was assaulted") has none: a crime, not the political violence CAMEO codes."""
    for code in (source_code, target_code):
        if code and (len(code) == 3 and state_of(code) or roles_of(code) & PUBLIC_ROLES):
            return True
    return False


def state_side(mention) -> str | None:
    """The code of an event's side as `public_party` reads it: a person's bare country code ("Robert Opal"
    USA) is the person's nationality, not the state acting."""
    if mention is None or not mention.code:
        return None
    return None if mention.kind == "person" and len(mention.code) == 3 else mention.code


# finite verbs of a sentence told in the present: "follows", "shell", "is attacked"; "has attacked" is a perfect
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
PERFECT_AUX = frozenset({"have", "has"})


def told_in_present(sent: Span) -> bool:
    """Whether a sentence below the headline is told in the simple present: a finite verb in the present and none
    in the past, the perfect aside ("The story follows a fisherman whose village is attacked by rebels", "soldiers
    later shell the camp, killing dozens"). In a review or a preview that is the narration of a plot, where news
    tells what happened in the past ("rebels attacked the village") and keeps the present for its headline
    ("Army kills five rebels"), which is the article's first sentence and never counts."""
    if sent.start == 0:
        return False
    present = False
    for t in sent:
        if t.tag_ == "VBD" or t.tag_ == "MD" or (t.tag_ in PRESENT_TAGS and t.lower_ in PERFECT_AUX):
            return False  # a past, a modal ("will attack", "could kill") or a perfect: not a narrated plot
        present |= t.tag_ in PRESENT_TAGS
    return present


def genre_frame(sent: Span, verb: Token, root: str, source_code: str | None, target_code: str | None,
                harm: bool, public: bool | None = None) -> bool:
    """Whether a material-conflict event in a piece about sport, business, technology or entertainment
    rests on material-conflict evidence of its own: its sentence tells of no work of fiction or art
    (words.WORK_WORDS: a film's plot, a song's title, a book's reception), its verb names none
    (`quoted_title`) and it is not told in the present below the headline (`told_in_present`: a plot retold); an assault, fight or mass violence (roots 18-20) has physical-harm evidence
    (``harm``: "beat Elvis to number one", "battled over his role" and, in a sport piece, "Spain beat Australia"
    have none) and a state or an
    armed body on one side (``public``, by default `public_party`) or a verb that names an assault in its
    literal sense (`assault_told`: "the rapper was stabbed" is violence, whoever did it); any other
    root a coded actor on both sides ("Delta cut 6,900 jobs", "block the sale", "took over the
    regulation" have none)."""
    if quoted_title(sent, verb) or any(t.lower_ in WORK_WORDS for t in sent) or told_in_present(sent):
        return False
    if root in HARM_ROOTS:
        return (harm and ((public_party(source_code, target_code) if public is None else public) or assault_told(verb))) \
            or plain_assault(verb, source_code, target_code)
    return bool(source_code and target_code)


ASSAULT_FORMS = frozenset(f.lower() for v in ASSAULT_VERBS for f in verb_forms(v))


def assault_told(verb: Token) -> bool:
    """Whether the coded verb names an assault in its literal sense ("the singer was stabbed", "a man shot the
    guitarist", "kidnapped a journalist"): in a piece about the arts, sport or business, a crime against a
    person is violence though no state or armed body takes part. What is told of a work, in the present or
    years before is no news (`genre_frame`, `told_of_years_before`); "shot to fame" and "shot in London" are
    other senses (`rise_sense`, `filmed`). A verb a particle makes an assault of counts (words.ASSAULT_PARTICLES: "two
    vigilantes have been beaten up by a mob", "was gunned down"), not the verb alone ("Brazil beat Haiti")."""
    return verb.lemma_.lower() in ASSAULT_VERBS or verb.lower_ in ASSAULT_FORMS or with_particle(verb, ASSAULT_PARTICLES)


_YEAR = re.compile(r"^(1[5-9]|20)\d\d$")


def told_of_years_before(verb: Token) -> bool:
    """Whether the verb's clause, or the noun a relative clause of it describes, names a year BACKGROUND_YEARS or
    more before the article's ("was executed in 1943", "the 1994 genocide, in which militias killed 800,000"):
    in a piece about a film or a book, the history it tells, not news. The event's own date (dates.py) misses
    the year of the noun a clause hangs on, which a review tells its history by."""
    published = article_of(verb.doc).published
    if published is None:
        return False
    words = list(verb.subtree)
    if verb.dep_ in NOUN_CLAUSES and verb.head.i != verb.i:
        words += [c for c in verb.head.children if c.i < verb.head.i]  # "the 1994 genocide, in which ..."
    return any(_YEAR.match(t.text) and published.year - int(t.text) >= BACKGROUND_YEARS for t in words)


def genre_words(doc: Doc) -> bool:
    """Whether GENRE_MIN of words.GENRE_WORDS (films, albums, awards, charts, markets) stand among the first
    ARTICLE_TOKENS words of the article: a genre piece whatever the article model reads."""
    cache = doc.user_data.setdefault("fp_sense_article", {})  # a per-call cache, dropped by fp_events
    if "genre words" not in cache:
        cache["genre words"] = len({t.lower_ for t in doc[:ARTICLE_TOKENS]} & GENRE_WORDS)
    return cache["genre words"] >= GENRE_MIN


def lifted(verb: Token) -> bool:
    """Whether the act ends a restriction rather than imposing one: a verb of ending (words.ENDING_VERBS) with a
    sanction, an embargo or a blockade as its object ("ended the U.S. trade embargo on Libya", "lifted the
    siege"), or the restriction coded as a noun under such a verb ("to lift sanctions"): a yield (CAMEO 08)."""
    if verb.lemma_.lower() in ENDING_VERBS:
        return any(o.lemma_.lower() in RESTRICTION_NOUNS or o.lower_ in RESTRICTION_NOUNS for o in object_of_act(verb))
    # "to lift sanctions", also in a headline the parser reads badly ("EU to Lift U.S. Sanctions")
    return (verb.lemma_.lower() in RESTRICTION_NOUNS or verb.lower_ in RESTRICTION_NOUNS) and verb.head.i != verb.i \
        and (verb.head.lemma_.lower() in ENDING_VERBS or verb.head.lower_ in ENDING_VERBS)


def unrealised(doc: Doc, ce) -> bool:
    """Whether the act is only a possibility: the coded word, or a noun of the pattern that tells it ("makes
    these countries vulnerable to terrorist attacks"), hangs on a word of risk (words.UNREALISED_WORDS:
    "vulnerable to", "the risk of", "fear of") or is qualified by one ("possible strikes"); or the coded verb is
    what a verb of risk or fear governs ("the prime minister risks being assassinated", also where the parser read
    "risks" as the passive's subject)."""
    verb = doc[ce.verb]
    if verb.pos_ in ("VERB", "AUX") and verb.tag_ in ("VBG", "VBN") and (
            (verb.dep_ in ("xcomp", "ccomp", "acl") and verb.head.lemma_.lower() in UNREALISED_WORDS)
            or any(c.dep_ in PASSIVE_SUBJECTS and c.lemma_.lower() in UNREALISED_WORDS and c.i == verb.i - 2
                   and doc[verb.i - 1].lower_ == "being" for c in verb.children)):
        return True
    for i in (ce.verb, *ce.used_tokens):
        n = doc[i]
        if n.pos_ != "NOUN":
            continue
        if any(c.dep_ == "amod" and c.lower_ in UNREALISED_WORDS for c in n.children):
            return True
        head = n.head
        if head.pos_ == "ADP" and head.lower_ in ("to", "of") and head.head.i != head.i:
            head = head.head  # "vulnerable to attacks" in a parse that hangs the noun on its preposition
        elif not any(c.dep_ == "case" and c.lower_ in ("to", "of") for c in n.children) and n.dep_ != "pobj":
            continue
        if head.i != n.i and (head.lemma_.lower() in UNREALISED_WORDS or head.lower_ in UNREALISED_WORDS):
            return True
    return False


OCCUPY_CODE = "192"


def no_territory(verb: Token) -> bool:
    """Whether an occupation (CAMEO 192) holds nothing a force occupies: every object of the verb, and what a
    "control of" phrase names, is a common noun that is no territory, place or building (words.TERRITORY_NOUNS)
    and names no place ("cannot control their nuclear material", "controls the printing presses")."""
    objects = aimed_at(verb)
    for o in list(objects):
        if o.lemma_.lower() == "control":  # "took control of the company"
            objects.remove(o)
            objects += [g for c in o.children if c.dep_ in ("nmod", "prep") for g in ([c] if c.dep_ == "nmod"
                                                                                        else c.children)]
    if not objects:
        return False
    return all(o.pos_ == "NOUN" and not o.ent_type_ and o.lemma_.lower() not in TERRITORY_NOUNS
               and o.lower_ not in TERRITORY_NOUNS for o in objects)


def denied_by_conjunction(verb: Token) -> bool:
    """Whether a "nor" or a "neither" before the verb denies it ("nor does she kill innocent people"); the parse may
    hang it on the auxiliary."""
    return any(g.lower_ in DENYING_CONJUNCTIONS for c in verb.children if c.i < verb.i for g in (c, *c.children))


# the forms of the verbs of an accusation (words.ACCUSATION_VERBS)
ACCUSING_FORMS = frozenset(f.lower() for v in ACCUSATION_VERBS for f in verb_forms(v))


def accused_of(verb: Token) -> bool:
    """Whether the act is what someone is accused of: the verb's clause opens with "of" and hangs on the accused
    ("accusing the government of waging war on the poor": on "government", the object of "accusing") or on the verb
    of accusing itself; a second act joined to the first is in the accusation too ("of wrecking the NHS and killing
    off the family doctor")."""
    while verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ == "VERB":
        verb = verb.head
    if not any(c.dep_ == "mark" and c.lower_ == "of" for c in verb.children) and not (
            verb.i > 0 and verb.doc[verb.i - 1].lower_ == "of"):
        return False
    head = verb.head
    if head.i == verb.i:
        return False
    # the tagger may read "accused ministers of destroying" as an adjective on the accused
    if any(c.dep_ == "amod" and c.lower_ in ACCUSING_FORMS for c in head.children):
        return True
    if head.dep_ in ("obj", "dobj", "nsubj:pass", "nsubjpass"):
        head = head.head
    return head.lower_ in ACCUSING_FORMS or head.lemma_.lower() in ACCUSATION_VERBS


def told_as_fact(verb: Token, ev) -> bool:
    """Whether an event is told as a fact: asserted (modality.py: not reported, denied, negated, conditional or to
    come) and not denied by a conjunction (`denied_by_conjunction`)."""
    return ev.modality == "asserted" and not denied_by_conjunction(verb)


@dataclass(frozen=True)
class VetoFacts:
    """What the veto knows of a candidate event before any model reads it (`veto_facts`): the training
    script records these beside the features, so its out-of-fold figures are those of the whole veto."""
    ruled_out: str | None  # the rule that drops the event whatever the scores ("disaster", "contest" ...)
    harm: bool             # `harm_evidence`
    across: bool           # `interstate`
    framed: bool           # `genre_frame`: what the event needs in a genre piece
    genre_words: bool      # `genre_words`: the article is a genre piece by its words
    source_code: str | None = None
    target_code: str | None = None
    plain: bool = False    # `plain_assault`: a person's body plainly hurt, kept whatever the scores


def veto_facts(doc: Doc, ce, ev, genre_piece: bool | None = None) -> VetoFacts:
    """The model-free half of `SenseVeto.check` for the event ``ev`` coded from ``ce``: every fact when
    ``genre_piece`` is None (the training script records them all); the veto at run time, which knows
    whether the article is a genre piece, stops at the first rule that drops the event and reads the genre
    frame only in a genre piece (facts it skips are left False, the frame True)."""
    full = genre_piece is None
    source_code = ev.source.code if ev.source is not None else None
    target_code = ev.target.code if ev.target is not None else None
    verb, sent = doc[ce.verb], ce.sentence
    ruled_out = None
    if ev.root in HARM_ROOTS and disaster(verb, source_code, target_code):
        ruled_out = "disaster"  # a flood or a crash that kills is no attack: CAMEO and PLOVER code no event
    elif in_work(verb) or told_by_work(verb):
        ruled_out = "work"  # a film's plot, a song's title, what a documentary recounts: nobody named did it now
    elif verbal_attack(verb):
        ruled_out = "verbal"  # "a scathing attack on the prince": criticism, not an assault
    elif rise_sense(verb) or contest(sent, verb) or second_person(verb) or filmed(verb) or idiom(verb):
        ruled_out = "not-a-fight"  # "shot to fame", "beat Fiji 26-21", "you are killed" in a game, "shot in"
    elif ev.root in HARM_ROOTS and weapon_trial(verb):
        ruled_out = "trial"  # "test-fired a missile", "fired live rounds during exercises": no one attacked
    elif ev.root in HARM_ROOTS and unarmed_advance(verb, source_code):
        ruled_out = "not-a-fight"  # "farmers marching on the capital": a march, not an assault
    elif ev.root == PROTEST_ROOT and shown(verb):
        ruled_out = "not-a-fight"  # "the loan demonstrates the EU's commitment": showing, not protesting
    elif (ev.root in HARM_ROOTS and (abstract_object(verb) or labour_strike(sent, verb, source_code))) \
            or (ev.code[:3] in SEIZING_CODES and abstract_object(verb)):
        ruled_out = "abstract"  # "attacked the decision", "took over the chairmanship", "captured the mood"
    elif lifted(verb):
        ruled_out = "lifted"  # "ended the trade embargo", "lifted the siege": a restriction ended, a yield
    elif unrealised(doc, ce):
        ruled_out = "unrealised"  # "vulnerable to terrorist attacks": what might happen
    if ruled_out and not full:
        return VetoFacts(ruled_out, False, False, True, False, source_code, target_code)
    harm = harm_evidence(doc, sent, verb, source_code, target_code, ev.sentence)
    if ruled_out is None and ev.root == POSTURE_ROOT and not (harm or force_named(sent)):
        ruled_out = "no-force"  # a show of force needs a force: "the test was carried out by the authorities"
    if ruled_out is None and ev.code == OCCUPY_CODE and not harm and no_territory(verb):
        ruled_out = "no-territory"  # "cannot control their nuclear material": nothing a force occupies
    across = interstate(source_code, target_code)
    if ruled_out is None and (ev.root in HARM_ROOTS or ev.code[:3] in SEIZING_CODES) and not (harm or across) \
            and accused_of(verb):
        ruled_out = "rhetoric"  # "accusing ministers of destroying the NHS": no weapon, force or wound, one side's charge
    genre = genre_words(doc)
    plain = ev.root in HARM_ROOTS and plain_assault(verb, source_code, target_code)
    if not full and not genre_piece:
        return VetoFacts(ruled_out, harm, across, True, genre, source_code, target_code, plain)
    # two states on the two sides are no frame of harm in such a piece: "Spain beat Australia" is a match; and
    # what the text dates years before the article is a work's subject or history, not news ("the film tells of
    # the 1994 genocide, in which militias killed 800,000 people")
    framed = not (ev.background or told_of_years_before(verb)) and genre_frame(
        sent, verb, ev.root, source_code, target_code, harm, public_party(state_side(ce.source), state_side(ce.target)))
    return VetoFacts(ruled_out, harm, across, framed, genre, source_code, target_code, plain)


def sentence_features(doc: Doc, sent: Span, verb: Token, root: str, source_code: str | None,
                      target_code: str | None, sent_index: int | None = None, harm: bool | None = None) -> list[str]:
    """The sentence model's features of one candidate event (names only; hashed by `hashed`); ``harm``
    is `harm_evidence` when the caller has it already."""
    lemma = verb.lemma_.lower()
    skip = {c.i for c in verb.children if c.dep_ in MODALITY_DEPS or c.lower_ in NEGATIONS}
    words = [n for n in (norm(t) for t in sent if t.i not in skip) if n is not None]
    feats = [f"r:{root}", f"v:{lemma}", f"rv:{root}|{lemma}"]
    # the actors' roles (armed forces, rebels, police, civilians ...) are conflict evidence; a bare
    # country is none: "Brazil beat Haiti" names teams by their countries as "Turkey attacked Syria" does
    src, tgt = role(source_code), role(target_code)
    feats += [f"s:{src}"] if src != "country" else []
    feats += [f"t:{tgt}"] if tgt != "country" else []
    feats += [f"st:{src}|{tgt}"] if "country" not in (src, tgt) else []
    feats += [f"w:{w}" for w in words]
    feats += [f"b:{a}_{b}" for a, b in zip(words, words[1:])]
    feats += [f"vw:{lemma}|{w}" for w in words]
    for child in verb.children:
        n = norm(child)
        if n is None or child.i in skip:
            continue
        feats.append(f"vd:{lemma}|{child.dep_}|{child.lemma_.lower()}")
        if child.ent_type_:
            feats.append(f"ve:{lemma}|{child.dep_}|{child.ent_type_}")
        for gc in child.children:  # "launched an attack on plans", "attacked the decision by the court"
            if gc.dep_ in ("pobj", "dobj", "prep", "compound", "amod", "nmod") and norm(gc) is not None:
                feats.append(f"vg:{lemma}|{child.lemma_.lower()}|{gc.lemma_.lower()}")
    if verb.dep_:
        feats.append(f"vh:{lemma}|{verb.dep_}|{verb.head.lemma_.lower()}")
    # an agentless passive ("were killed in the floods") tells of harm without an attacker
    deps = {c.dep_ for c in verb.children}
    if deps & PASSIVE_SUBJECTS or "auxpass" in deps or "aux:pass" in deps:
        agent = bool(deps & {"agent", "obl:agent"})
        feats += [f"p:{'agent' if agent else 'noagent'}", f"pv:{lemma}|{agent}"]
    if harm is None:
        harm = harm_evidence(doc, sent, verb, source_code, target_code, sent_index)
    feats.append(f"h:{int(harm)}|{root}")
    if hazard_agent(verb):
        feats.append("hz:1")
    feats += [f"e:{ent.label_}" for ent in sent.ents]
    if sent_index is not None:
        feats += [f"f:{f.category}" for f in doc._.fp_figures or [] if f.sentence == sent_index]
    return feats


def article_features(doc: Doc) -> list[str]:
    """The article model's features: the distinct words of the article (its first ARTICLE_TOKENS)."""
    seen = {n for n in (norm(t) for t in doc[:ARTICLE_TOKENS]) if n is not None}
    return [f"a:{w}" for w in sorted(seen)]


def crc_of(features: list[str]) -> list[int]:
    """The CRC-32 of each feature name: what `hashed` masks to a model's slots."""
    return [zlib.crc32(f.encode("utf-8")) for f in features]


def slots(crc: list[int], bits: int) -> np.ndarray:
    """`hashed` from the features' CRC-32s: the distinct slot indices of a model of 2^bits slots."""
    mask = (1 << bits) - 1
    return np.fromiter({c & mask for c in crc}, dtype=np.int64)


def article_crc(doc: Doc) -> list[int]:
    """The CRC-32s of `article_features`, once per document: the article and genre models read the same words,
    each masked to its own slots."""
    cache = doc.user_data.setdefault("fp_sense_article", {})  # a per-call cache, dropped by fp_events
    if "crc" not in cache:
        cache["crc"] = crc_of(article_features(doc))
    return cache["crc"]


def hashed(features: list[str], bits: int = N_BITS) -> np.ndarray:
    """Feature names to distinct slot indices (CRC-32: the same on every machine and run)."""
    return slots(crc_of(features), bits)


def clip_article(z: float) -> float:
    """The article model's logit, bounded: a long article's many words push it far from zero, and
    the topic should shift the decision, not make it."""
    return max(-ARTICLE_CLIP, min(ARTICLE_CLIP, z))


def sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@dataclass
class SenseModel:
    name: str
    sentence_w: np.ndarray
    sentence_b: float
    article_w: np.ndarray
    article_b: float
    stack: np.ndarray  # weights of [sentence logit, article logit (clipped), 1]
    bits: int = N_BITS

    @classmethod
    def load(cls, path: str | Path) -> "SenseModel":
        with np.load(path, allow_pickle=False) as z:
            return cls(name=str(z["name"]), sentence_w=z["sentence_w"].astype(np.float32),
                       sentence_b=float(z["sentence_b"]), article_w=z["article_w"].astype(np.float32),
                       article_b=float(z["article_b"]), stack=z["stack"].astype(np.float64), bits=int(z["bits"]))

    def sentence_logit(self, features: list[str]) -> float:
        return float(self.sentence_w[hashed(features, self.bits)].sum()) + self.sentence_b

    def article_logit_of(self, idx: np.ndarray) -> float:
        """The article model's logit from the features' slot indices (`hashed`, `slots`)."""
        return float(self.article_w[idx].sum()) + self.article_b

    def combine(self, sentence_logit: float, article_logit: float) -> float:
        a, b, c = self.stack
        return sigmoid(a * sentence_logit + b * clip_article(article_logit) + c)


@functools.lru_cache(maxsize=4)
def load_sense_model(name_or_path: str) -> SenseModel:
    """A shipped model by name ("sense-v2": models/sense-v2.npz) or a model file by path; loaded once
    per process."""
    return SenseModel.load(model_file(name_or_path, MODEL_DIR))


@dataclass
class GenreModel:
    """What kind of piece an article is (`GENRES`: news of the world and politics, sport, business, technology,
    the arts), learned from the news corpora's own category labels (training/train_genre.py) over the article
    model's features (`article_features`): a multinomial logistic regression applied with NumPy alone."""

    name: str
    weights: np.ndarray  # (2^bits, len(genres))
    bias: np.ndarray
    genres: tuple[str, ...]
    bits: int = GENRE_BITS

    @classmethod
    def load(cls, path: str | Path) -> "GenreModel":
        with np.load(path, allow_pickle=False) as z:
            return cls(name=str(z["name"]), weights=z["weights"].astype(np.float32), bias=z["bias"].astype(np.float32),
                       genres=tuple(str(g) for g in z["genres"]), bits=int(z["bits"]))

    def probabilities_of(self, idx: np.ndarray) -> dict[str, float]:
        """The probability of each genre from the features' slot indices (`hashed`, `slots`)."""
        z = self.weights[idx].sum(axis=0) + self.bias
        p = np.exp(z - z.max())
        p /= p.sum()
        return {g: float(x) for g, x in zip(self.genres, p)}


@functools.lru_cache(maxsize=4)
def load_genre_model(name_or_path: str) -> GenreModel:
    """A shipped genre model by name ("genre-v1": models/genre-v1.npz) or a model file by path; loaded once."""
    return GenreModel.load(model_file(name_or_path, MODEL_DIR))


class SenseVeto:
    """Scores the candidate material-conflict events of a document; the article once per document."""

    def __init__(self, model: SenseModel, threshold: float, floor: float = 0.0, harmless: float | None = None,
                 harm_floor: float | None = None, genre: GenreModel | None = None, genre_news_max: float = 0.2):
        self.model = model
        # the article's kind by the news corpora's own categories: an article of GENRE_MIN_TOKENS or more it
        # reads as news of the world with a probability at most genre_news_max is a genre piece too
        self.genre = genre
        self.genre_news_max = genre_news_max
        self.threshold = threshold  # the bar in an article the article model reads as not conflict news
        self.floor = floor  # the bar everywhere else: only a clearly non-violent sense is vetoed
        # the bar of an assault, fight or mass violence (roots 18-20) without physical-harm evidence in
        # its sentence, in an article that is not sport or business: "Blair attacked Tory plans"
        self.harmless = floor if harmless is None else harmless
        # ... and with it: an armed actor named in passing is weak evidence ("the former police chief
        # clashed with a campaigner", "terrorists will not be able to strike")
        self.harm_floor = floor if harm_floor is None else harm_floor

    @property
    def name(self) -> str:
        return self.model.name

    def applies(self, root: str) -> bool:
        return root in MATERIAL_ROOTS

    def score(self, doc: Doc, sent: Span, verb: Token, root: str, source_code: str | None, target_code: str | None,
              sent_index: int | None = None, harm: bool | None = None) -> float:
        s = self.model.sentence_logit(sentence_features(doc, sent, verb, root, source_code, target_code, sent_index,
                                                        harm))
        return self.model.combine(s, self.article_logit(doc))

    def article_logit(self, doc: Doc) -> float:
        cache = doc.user_data.setdefault("fp_sense_article", {})  # a per-call cache, dropped by find()
        if self.model.name not in cache:
            cache[self.model.name] = self.model.article_logit_of(slots(article_crc(doc), self.model.bits))
        return cache[self.model.name]

    def genre_read(self, doc: Doc) -> tuple[str, float] | None:
        """The genre model's reading of a whole article that is no news of the world: (its likeliest genre, the
        probability of news), when the article has GENRE_MIN_TOKENS tokens or more and the model gives news
        at most `genre_news_max`; None otherwise (no model, a lone sentence or snippet, news)."""
        if self.genre is None or len(doc) < GENRE_MIN_TOKENS:
            return None
        cache = doc.user_data.setdefault("fp_sense_article", {})
        key = "genre:" + self.genre.name
        if key not in cache:
            p = self.genre.probabilities_of(slots(article_crc(doc), self.genre.bits))
            news = p.get("news", 1.0)
            cache[key] = (max(p, key=p.get), news) if news <= self.genre_news_max else None
        return cache[key]

    def genre_piece(self, doc: Doc) -> bool:
        """Whether the article is a piece about the arts, sport, business or technology: the article model
        reads it so, or GENRE_MIN of words.GENRE_WORDS stand among its first words (a review or a chart story
        the model reads as news of the world still speaks of films, albums and awards: `genre_words`), or
        the genre model, which knows the kinds of article by the corpora's categories rather than conflict
        from the rest, reads the whole article as one (`genre_read`: a business story of sanctions and
        crashes, a review of a war film)."""
        return self.article_logit(doc) > 0 or genre_words(doc) or self.genre_read(doc) is not None

    def bar(self, article_logit: float, root: str, harm: bool, across: bool = False, read: bool = False) -> float:
        """The score an event needs. In a piece about sport, business, technology or entertainment:
        `threshold`. Elsewhere (conflict and political news, a lone sentence) an assault, fight or mass
        violence (roots 18-20) without physical-harm evidence in its sentence (`harm_evidence`) needs
        `harmless`, one with it `harm_floor`, one state's against another's (``across``: `interstate`) and
        every other event only `floor`: the topic raises the bar, it does not lower it for conflict news
        the model knows few words of. ``read``: the genre model reads the article as a genre piece (`genre_read`),
        which raises the bar as the article model does."""
        if article_logit > 0 or read:
            return self.threshold
        if root in HARM_ROOTS and not across:
            return max(self.floor, self.harm_floor if harm else self.harmless)
        return self.floor

    def keeps(self, score: float, article_logit: float, root: str = "19", harm: bool = True,
              across: bool = False, read: bool = False) -> bool:
        return score >= self.bar(article_logit, root, harm, across, read)

    def check(self, doc: Doc, ce, ev) -> bool:
        """Whether the component keeps the event ``ev`` coded from ``ce`` (a coder.CodedEvent);
        a scored event that stays gets the model's name and score in its rule."""
        if not self.applies(ev.root):
            return True
        article = self.article_logit(doc)       # cached on the doc: genre_piece reads the same value
        genre = self.genre_piece(doc)
        facts = veto_facts(doc, ce, ev, genre)
        if facts.ruled_out:
            return False
        if genre and not facts.framed:
            return False  # sport, business, technology or entertainment, and no frame of material conflict
        score = self.score(doc, ce.sentence, doc[ce.verb], ev.root, facts.source_code, facts.target_code,
                           ev.sentence, facts.harm)
        read = self.genre_read(doc) if genre else None
        # a person's body plainly hurt ("a mob beat the journalist to death", "two men stabbed the footballer",
        # "two vigilantes have been beaten up by a mob") is violence in any article: the sentence model knows too
        # few words of crime for the bars, in a piece about sport, business or films as in the news, where it must
        # be told as a fact (`told_as_fact`: not "no evidence that any detainee was tortured")
        if not (facts.plain and (genre or told_as_fact(doc[ce.verb], ev))) and not self.keeps(score, article, ev.root, facts.harm or facts.across, facts.across,
                                              read is not None):
            return False
        ev.rule += self.rule_suffix(score, read)
        return True

    def rule_suffix(self, score: float, genre: tuple[str, float] | None = None) -> str:
        """The genre model's reading where it made the article a genre piece, then the model's name and score
        ("+genre:genre-v1=arts@0.03+model:sense-v2=0.93": read as arts, news at 0.03; scored 0.93)."""
        read = f"+genre:{self.genre.name}={genre[0]}@{genre[1]:.2f}" if genre is not None and self.genre else ""
        return f"{read}+model:{self.model.name}={score:.2f}"


__all__ = ["SenseModel", "SenseVeto", "load_sense_model", "GenreModel", "load_genre_model", "GENRES", "GENRE_BITS",
           "GENRE_MIN_TOKENS", "article_crc", "crc_of", "slots", "assault_told", "plain_assault", "person_token", "sentence_features", "article_features",
           "hashed", "clip_article", "harm_evidence", "unarmed_advance", "told_in_present", "genre_frame", "quoted_title",
           "in_work", "told_by_work", "when_word", "accused_of", "verbal_attack", "person_hurt", "told_as_fact", "denied_by_conjunction",
           "hazard_agent", "disaster", "veto_facts", "VetoFacts", "genre_words", "interstate", "abstract_object", "rise_sense", "contest", "public_party", "state_side",
           "second_person", "filmed", "idiom", "shown", "labour_strike", "aimed_at", "abstract_noun", "lifted", "unrealised", "no_territory",
           "joined_compound", "weapon_trial", "HARM_ROOTS",
           "MATERIAL_ROOTS", "MODEL_DIR"]
