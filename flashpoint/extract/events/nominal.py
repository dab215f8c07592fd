"""Violent events a noun tells: "a rebel attack on a Colombian oil pipeline", "the assassination in Damascus of a
leader of Hamas", "claimed responsibility for the attack on Charlie Hebdo".

News names many attacks by a noun rather than a verb, most often in the clause that tells what followed from
them ("oil prices rose after ...", "X claimed responsibility for ..."), and the verb patterns code verbs only
(and nouns after a light verb: "carried out an attack on"). A noun of violence (words.NOMINAL_VIOLENCE) is an
event of its own when it says whom it was aimed at: a coded actor in its phrase after the preposition the noun
takes ("an attack on / against X", "the killing / assassination / kidnapping of X", "attacks in which ...": no).
Its doer is a coded actor named before it ("Israeli attacks on", "Hamas's attack on") or after "by", or a kind of
armed group named before it ("a rebel attack on": sides.armed_modifier, placed by the event component), or the doer
of the coded act it tells the manner of ("settlers set fire to the offices in an attack on Palestinians"); else it is
left open, for the incident's other events, a claim of responsibility or the scene to fill (incidents.py,
scene_attackers). Not coded: a noun a coded event has taken already ("carried out a grenade attack on"), one
that only tells what a coded violent verb was done in ("killed in an attack on the convoy": that verb is the
event), an attack told as what might happen, was planned, feared, threatened or prevented ("the threat of
attacks on oil workers", "plotting to bomb"), and one with "no" or "any" before it. The sense veto judges these
events as it does the verbs' (a "heart attack", "Blair's attack on Tory plans" are no material conflict).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from flashpoint.codes.petrarch.syntax import verb_forms
from flashpoint.extract.events.arguments import MentionIndex, is_coded
from flashpoint.extract.events.coder import CAUSE_CASES, CodedEvent
from flashpoint.extract.events.modality import FUTURE_GOVERNORS
from flashpoint.extract.words import NOMINAL_VIOLENCE, PREVENTING_VERBS, UNREALISED_WORDS

# the rule prefix of the events of this module
NOUN_RULE = "noun:"
# what a noun of violence hangs on when the act is only planned, prevented or feared ("a plot to bomb", "foiled
# attacks on", "warned of attacks on"); not the light verbs of those lists ("keeping a floor under oil prices was an
# attack on a pipeline", "set", "go", "move")
UNDONE_HEADS = (FUTURE_GOVERNORS | PREVENTING_VERBS | UNREALISED_WORDS | {
    "plot", "plan", "foil", "thwart", "warn", "warning", "avert", "call", "urge", "deny", "denial"}) - {
    "keep", "set", "go", "move"}
UNDONE_FORMS = frozenset(f.lower() for w in UNDONE_HEADS for f in verb_forms(w)) | UNDONE_HEADS
NO_DETERMINERS = frozenset({"no", "any"})
MODIFIER_DEPS = ("amod", "compound", "nmod:poss", "poss")
PHRASE_DEPS = ("nmod", "obl", "prep")
PLACE_CASES = frozenset({"in", "at", "near"})


def case_of(phrase: Token) -> str | None:
    """The preposition a noun phrase is introduced by ("on" of "on a pipeline")."""
    return next((c.lower_ for c in phrase.children if c.dep_ == "case"), None)


def coded_in(tokens, index: MentionIndex, actors_of, avoid: set[int]) -> object | None:
    """The first coded actor mention of the tokens (the phrase's head's own first: "the killing of a Hamas leader")
    that holds none of the tokens to avoid (the other side's)."""
    for t in tokens:
        for m in actors_of(t) or index.at(t.i):
            if is_coded(m) and not avoid & set(range(m.start, m.end)):
                return m
    return None


def undone(noun: Token) -> bool:
    """The act is told as planned, prevented, threatened or feared, or denied by "no"/"any"."""
    if any(c.dep_ == "det" and c.lower_ in NO_DETERMINERS for c in noun.children):
        return True
    if any(c.dep_ in ("amod", "compound") and c.i < noun.i and (c.lemma_.lower() in UNDONE_FORMS or c.lower_ in
                                                                 UNDONE_FORMS) for c in noun.children):
        return True  # "planned attacks on", "possible attacks on", "planning attacks on" (misread as a compound)
    t, steps = noun, 0
    while t.head.i != t.i and steps < 4:
        t, steps = t.head, steps + 1
        if t.lemma_.lower() in UNDONE_FORMS or t.lower_ in UNDONE_FORMS:  # "planning attacks on"
            return True
        if t.pos_ in ("VERB", "AUX"):
            return False
    return False


def cause_of_coded(noun: Token, verbs: set[int]) -> bool:
    """The noun only tells what a coded verb was done in or by ("were killed in an attack on their convoy")."""
    return noun.head.i in verbs and noun.head.i != noun.i and case_of(noun) in CAUSE_CASES | {"by", "with"}


def nominal_events(doc: Doc, sent: Span, coded: list[CodedEvent], index: MentionIndex, actors_of,
                   ) -> list[CodedEvent]:
    """The events the nouns of violence of a sentence tell, none a coded event of the sentence has taken."""
    taken = {i for ce in coded for i in ce.tokens} | {ce.verb for ce in coded}
    violent = {ce.verb for ce in coded if ce.code[:2] in ("18", "19", "20")}
    out: list[CodedEvent] = []
    for noun in sent:
        act = NOMINAL_VIOLENCE.get(noun.lemma_.lower()) if noun.pos_ == "NOUN" else None
        if act is None or noun.i in taken or cause_of_coded(noun, violent) or undone(noun):
            continue
        code, cases = act
        phrases = [c for c in noun.children if c.dep_ in PHRASE_DEPS and c.i > noun.i]
        # "the assassination in Damascus of a Hamas leader": a phrase the parser hung on the place between
        phrases += [g for c in phrases if case_of(c) in PLACE_CASES for g in c.children
                    if g.dep_ in PHRASE_DEPS and g.i > c.i and case_of(g) == "of"]
        aimed = [c for c in phrases if case_of(c) in cases]
        if not aimed:
            continue
        # a "by" phrase the parser hung inside the aimed one names the doer: "the bombardment of the town by Syrian jets"
        agents = [c for c in phrases if case_of(c) == "by"] + [
            d for d in aimed[0].subtree if d.i != aimed[0].i and d.dep_ in PHRASE_DEPS and case_of(d) == "by"]
        by_tokens = {t.i for c in agents for t in c.subtree}
        target = coded_in([t for t in sorted(aimed[0].subtree, key=lambda t: (t.i != aimed[0].i, t.i))
                           if t.i not in by_tokens], index, actors_of, by_tokens)
        if target is None:
            continue
        own = set(range(target.start, target.end))
        by = [t for c in agents for t in sorted(c.subtree, key=lambda t: (t.i != c.i, t.i))]
        modifiers = [t for c in noun.children if c.dep_ in MODIFIER_DEPS and c.i < noun.i for t in c.subtree]
        source = coded_in(modifiers + by, index, actors_of, own)
        if source is None and case_of(noun) in CAUSE_CASES:  # "settlers set fire to the offices in an attack on X"
            source = next((ce.source for ce in coded if ce.verb == noun.head.i and is_coded(ce.source)
                           and not own & set(range(ce.source.start, ce.source.end))), None)
        if source is not None and source.code == target.code:
            source = None
        rule = f"{NOUN_RULE}{noun.lemma_.lower()}+{case_of(aimed[0])}"
        out.append(CodedEvent(verb=noun.i, verb_tokens=(noun.i,), code=code, source=source, target=target,
                              source_code=source.code if source is not None else None, target_code=target.code,
                              entry=None, pattern=None, rule=rule, sentence=sent,
                              source_from="modified", target_from="object"))
    return out
