"""Who did what to whom: the dependency-driven coder behind fp_events.

For every verb of a sentence found in the verb dictionary, the coder
1. picks the verb's entry (multi-word verbs such as "break down", "move in" first),
2. matches the block's patterns against the words before the verb and the verb's own phrase
   after it (verb_patterns.py), most specific pattern first, else takes the verb's default code,
3. finds the source: a $ slot, else the grammatical subject (passives: the by-agent; controlled
   and coordinated verbs: the governing verb's subject; pronouns: the nearest fitting antecedent),
4. finds the target: a + slot, else the passive subject, else the first actor of the object and
   prepositional phrases, else the first actor anywhere in the verb's phrase,
5. expands coordinated actors ("Russia and Ukraine"), reciprocal codes ("031:032") and compound
   slots (%), and returns CodedEvent objects with the tokens that justify them.
Steps 3 and 4 ask event_arguments.py (ArgumentFinder, which EventCoder extends) who a verb's
arguments are; this file decides which verb, which pattern and which code.

Actors come from doc._.fp_actor_mentions (ActorMention). The coder works on UD relations (our
model) and accepts the ClearNLP names (dobj, pobj, agent, nsubjpass) too.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.attrs import LEMMA, ORTH, POS
from spacy.symbols import VERB
from spacy.tokens import Doc, Span, Token

from flashpoint.codes.agents import country_of
from flashpoint.codes.cameo import pentaclass_of_root
from flashpoint.codes.petrarch.syntax import verb_forms, verbs_of_noun
from flashpoint.codes.verb_dictionary import VerbDictionary, VerbEntry, VerbPattern, split_code
from flashpoint.extract.base import ActorMention, actor_mentions, dateline_tokens
from flashpoint.extract.events.arguments import (AUX, COERCION_ROOTS, MATERIAL_CONFLICT_ROOTS, MODIFIER_DEPS,
                                               NOMINAL_USES, OBJ, SUBJ, ArgumentFinder, MentionIndex,
                                               coordinated_misread, fight_told_by_noun, headline_participle,
                                               headline_passive, is_coded,
                                               is_media, joined_verb_read_as_noun, media_people, misread_plural,
                                               progressive_misread,
                                               noun_after_verb_with_object, noun_participle,
                                               object_taking_noun, passive_patient, passive_weapon, perfect_active, prep_objects,
                                               title_cased, by_phrase,
                                               verb_read_as_subject, weapon_words)
from flashpoint.extract.events.modality import FUTURE_GOVERNORS
from flashpoint.extract.events.options import CoderOptions
from flashpoint.extract.events.patterns import PatternMatch, PatternMatcher, PatternRequirements, Region
from flashpoint.extract.words import (BESIDE_PREPOSITIONS, CURRENCY_WORDS, ESCAPE_VERBS, FEELING_FORMS,
                                     INVERTED_SAYING, MUTUAL_FIGHT_VERBS, NAMING_VERBS, OCCASION_NOUNS, PREVENTING_VERBS,
                                     REPORTING_VERBS, SETTING_PREPOSITIONS, TIME_CASES, UNREALISED_WORDS)

# "Serb forces were engaged in ethnic cleansing": participles that describe the subject, not a passive
# acts a journalist suffers as anyone does: accused or sued (11, 12), arrested, attacked (17-20); released (084)
HARMED_MEDIA_ROOTS = ("11", "12") + COERCION_ROOTS
STATIVE_PARTICIPLES = {"engage", "involve", "commit", "oppose", "prepare", "determine", "concern", "interest",
                       "dedicate", "resolve", "poise", "set", "bind"}
# prepositions by which an event noun tells how something happened: "wounded in a grenade attack"
CAUSE_CASES = {"in", "during", "amid"}
# a noun after one of these with a participle is a clause misparsed: "after four suicide bombers struck"
CLAUSE_CASES = {"after", "before", "when", "while", "as", "since", "until", "once"}
# verbs whose object's participle tells what their subject did to it: "leaving 20 servicemen injured"
RESULTATIVE_VERBS = {"leave", "render"}
# determiners a multi-word verb's words may skip: "lay down their arms", "cut its ties", "take to the streets"
ENTRY_DETERMINERS = frozenset({"THE", "A", "AN", "THEIR", "ITS", "HIS", "HER", "OUR"})
# a present-tense verb form the parser hung on a preposition as its noun ("between the Glasgow clubs",
# "for the bank's funds"): a finite verb takes no preposition of its own, so the word is a plural noun
PRESENT_FINITE = ("VBZ", "VBP")
OBLIQUE_DEPS = ("obl", "nmod", "pobj")
COMPLEMENT_MARKS = {"of", "for", "against", "with", "from", "into", "on", "over", "about"}

# the CAMEO root of a plain statement: a verb of saying that codes one may name an act by its object (act_named)
PLAIN_ROOT = "01"
NAMED_ACT_RULE = "act-named-by-object"


def occasion(t: Token) -> bool:
    """A phrase of words.OCCASION_NOUNS: "in response to appeals", "ahead of an expected proposal"."""
    if t.dep_ not in ("obl", "nmod"):
        return False
    cases = {g.lower_ for g in t.children if g.dep_ == "case"}
    return ("in" in cases and t.lemma_.lower() in OCCASION_NOUNS) or "ahead" in cases


def moves_forces(code: str) -> bool:
    """A code of forces moved (15x mobilize, 087 withdraw): whose the forces are is whose the act is."""
    return code[:2] == "15" or code[:3] == "087"

# the PentaClass classes of material acts (cooperation 06-08, conflict 14-20): the acts an object noun may name
MATERIAL_CLASSES = (2, 4)
# what makes the act an object noun names undone: planned, feared, possible, prevented ("announced the planned
# withdrawal", "declared possible sanctions")
UNDONE_MODIFIERS = frozenset(f.lower() for w in FUTURE_GOVERNORS | PREVENTING_VERBS | UNREALISED_WORDS
                             for f in verb_forms(w)) | UNREALISED_WORDS | {"future", "proposed", "planned"}
# prepositions of a phrase that tells where an act happened: "near the town", "in Najaf", "outside the camp"
PLACE_PREPOSITIONS = SETTING_PREPOSITIONS | BESIDE_PREPOSITIONS | {"at"}


@dataclass
class CodedEvent:
    verb: int                         # token index of the verb
    verb_tokens: tuple[int, ...]      # verb with its particles/fixed words
    code: str                         # as the dictionary writes it
    source: ActorMention | None
    target: ActorMention | None
    source_code: str | None           # one part of a multi-actor code ("FRO" of "FRO/BIL/SAM")
    target_code: str | None
    entry: VerbEntry
    pattern: VerbPattern | None
    rule: str
    sentence: Span
    answer: bool = False              # the target's answering half of a reciprocal code ("031:032")
    passive: bool = False
    source_from: str = "subject"      # how the source was found (for confidence)
    target_from: str = "object"
    used_tokens: tuple[int, ...] = ()  # pattern words

    @property
    def tokens(self) -> list[int]:
        out = list(self.verb_tokens) + list(self.used_tokens)
        for m in (self.source, self.target):
            if m is not None:
                out.extend(range(m.start, m.end))
        return out


class EventCoder(ArgumentFinder):
    """Codes the sentences of a Doc with one verb dictionary (finding arguments as ArgumentFinder does)."""

    def __init__(self, dictionary: VerbDictionary, options: CoderOptions | None = None):
        self.dictionary = dictionary
        self.options = options or CoderOptions()
        self.requirements = PatternRequirements(dictionary)
        self._upper_cache: dict[int, str] = {}   # string hash -> the string in upper case, across documents

    # -- public -----------------------------------------------------------------------------
    def code(self, doc: Doc, sentences: list[Span] | None = None,
             mentions: list[ActorMention] | None = None) -> list[CodedEvent]:
        index = MentionIndex(doc, mentions if mentions is not None else actor_mentions(doc))
        self._upper, self._lemmas = self.upper_words(doc)
        self._pos = doc.to_array(POS).tolist()
        lookup = index.lookup(lambda t: self.actors_of(t, index))
        matcher = PatternMatcher(self.dictionary, lookup, self.requirements)
        out: list[CodedEvent] = []
        for sent in sentences if sentences is not None else list(doc.sents):
            out.extend(self.code_sentence(doc, sent, index, matcher))
        return out

    def code_sentence(self, doc: Doc, sent: Span, index: MentionIndex, matcher: PatternMatcher) -> list[CodedEvent]:
        skip = set(self.options.skip_tokens) | dateline_tokens(doc)   # not the credit of "Canadian Press - ..."
        events: list[CodedEvent] = []
        upper, lemmas, knows = self._upper, self._lemmas, self.dictionary.knows
        verbless = VERB not in self._pos[sent.start:sent.end]
        root = sent.root
        # the objects of verbs coded already that their pattern took: "opened fire on" is one act, not two
        taken: set[int] = set()
        # a headline the parser gave no verb has one: the first verb form after a name; the words after it are its
        # object ("Security Stopped Several Major Terrorist Attacks": no attack)
        headline = next((i for i in range(sent.start, sent.end) if knows(upper[i], lemmas[i])
                         and self.headline_verb(doc[i])), None) if verbless else None
        for i in range(sent.start, sent.end):  # a word the dictionary has no verb for codes nothing, whatever its reading
            if i in skip or i in taken or not knows(upper[i], lemmas[i]):
                continue    # (read by position: a Token object only for the words the dictionary knows)
            tok = doc[i]
            if not (self.is_verb(tok, sent.start, root) or i == headline or self.phrasal_read_as_noun(tok)):
                continue
            found = self.lookup_verb(doc, tok, sent, skip, matcher)
            if found is None:
                continue
            entry, verb_tokens, match, code, post = found
            named = self.act_named(doc, tok, sent, skip, matcher, index) if code.startswith(PLAIN_ROOT) else None
            if named is not None:   # "announced the deployment of troops": the deployment is the event
                entry, match, code, post = named
            new = self.make_events(doc, tok, sent, entry, verb_tokens, match, code, index, post)
            if named is not None:
                new = [self.named_target(replace(e, rule=f"{e.rule}:{NAMED_ACT_RULE}"), post, index) for e in new]
            events.extend(new)
            taken.update(i for e in new for i in e.used_tokens
                         if doc[i].dep_ in ("obj", "dobj") and doc[i].head.i == e.verb)
            if new and not self.options.nested_events:
                skip.update(post.tokens)
        return events

    # -- verbs and regions --------------------------------------------------------------------
    @staticmethod
    def is_verb(tok: Token, sent_start: int | None = None, root: Token | None = None) -> bool:
        if tok.dep_ in AUX:
            return False
        # "Russian-backed", "Kremlin-funded": a participle inside a compound modifier is no event
        if tok.i > 0 and tok.nbor(-1).text in ("-", "–") and not tok.nbor(-1).whitespace_:
            return False
        if tok.lower_ in CURRENCY_WORDS and tok.i + 1 < len(tok.doc) and tok.nbor(1).text[:1].isdigit():
            return False  # "pledged pounds 76m": money, whatever the tagger says
        if tok.dep_ in MODIFIER_DEPS:
            return EventCoder.misparsed_finite(tok, sent_start, root) or coordinated_misread(tok) is not None \
                or object_taking_noun(tok)
        if tok.tag_ in PRESENT_FINITE and tok.dep_ in OBLIQUE_DEPS and any(c.dep_ == "case" for c in tok.children):
            return False  # "the clash between the Glasgow clubs": a plural noun after a preposition, tagged a verb
        if tok.tag_ == "VBG" and tok.dep_ in ("xcomp", "obj", "dobj") and tok.head.lower_ in ESCAPE_VERBS:
            return False  # "civilians have fled fighting": what they fled, not what they did
        if tok.tag_ in PRESENT_FINITE and tok.dep_ in NOMINAL_USES and any(c.dep_ == "compound" for c in tok.children):
            return False  # "Villagers flee clashes, huddle in forests": a subject with nouns compounded on it is a noun
        if tok.tag_ in PRESENT_FINITE and EventCoder.noun_after_prepositional_object(tok):
            return False  # "in protest at alleged government attacks on civilians": a plural noun, its doer before it
        if tok.tag_ in ("VBN", "VBD") and tok.dep_ in NOMINAL_USES and any(
                c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in tok.children):
            return False  # "several of the wounded were in critical condition": people, not an act
        if tok.pos_ == "VERB":
            return True
        if tok.tag_ == "JJ" and tok.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in tok.children) and not any(
                c.dep_ in ("cop", "aux", "aux:pass", "auxpass") for c in tok.children):
            return True   # "a rampaging mob burnt down the police station": a past form read as the root adjective
        tag = tok.tag_
        if tag[:2] == "VB":
            return tok.pos_ != "AUX"
        # a verb the tagger read as a noun; a fight told by its noun with its two sides ("clashes between ...")
        return tag in ("NN", "NNS") and (object_taking_noun(tok) or verb_read_as_subject(tok)
                                         or noun_after_verb_with_object(tok) or joined_verb_read_as_noun(tok) is not None
                                         or fight_told_by_noun(tok)) or tag in ("NNP", "NNPS") and fight_told_by_noun(tok)

    @staticmethod
    def noun_after_prepositional_object(tok: Token) -> bool:
        """A present-tense "verb" with no subject of its own right after the noun a preposition opens, both hung
        on the same head: the parser split a noun phrase ("at [government attacks] on civilians", "over [army
        raids] on villages") into a noun and a verb, and the verb's doer would be taken from the clause around."""
        if tok.i == 0 or tok.dep_ == "ROOT" or any(c.dep_ in ("nsubj", "nsubj:pass", "expl") for c in tok.children):
            return False
        before = tok.nbor(-1)
        return (before.pos_ in ("NOUN", "PROPN") and before.dep_ in OBLIQUE_DEPS and before.head.i == tok.head.i
                and any(c.dep_ == "case" for c in before.children))

    def phrasal_read_as_noun(self, tok: Token) -> bool:
        """The first word of a multi-word dictionary verb the tagger read as a noun, with the rest of it right
        after: "Soldiers shot dead a protester", "Police in Kenya shot dead two men" ("shot" as in "a shot")."""
        if tok.tag_ not in ("NN", "NNS") or tok.i + 1 >= len(tok.doc) or tok.dep_ == "compound":
            return False
        if any(c.dep_ == "case" for c in tok.children):
            return False  # a preposition's noun is no verb: "killed by Israeli tank fire on the border", "under fire on"
        nxt = tok.nbor(1).text.upper()
        return any(e.after and e.after[0] == nxt for e in self.dictionary.entries_for(tok.text))

    def headline_verb(self, tok: Token) -> bool:
        """In a sentence the parser gave no verb at all ("Venezuela releases dozens of activists"), a
        dictionary verb form in the 3rd person after a name is taken as the verb."""
        if tok.i == 0:
            return False
        if self.title_cased(tok.sent) and tok.text[:1].isupper() and tok.tag_ in ("NNP", "NNPS", "NN", "NNS", "VB",
                                                                                  "VBP", "VBZ"):
            pass  # "Army Kills Five Rebels", "Police Arrest Protesters": every word capitalised, tagged a name
        elif tok.tag_ not in ("NNS", "VBZ", "NN", "VBD", "VBN") or not tok.text.lower().endswith(("s", "ed")):
            return False
        if tok.nbor(-1).pos_ not in ("PROPN", "NOUN") and tok.nbor(-1).tag_ not in ("NNP", "NNPS"):
            return False
        return bool(self.dictionary.entries_for(tok.text))

    title_cased = staticmethod(title_cased)

    @staticmethod
    def misparsed_finite(tok: Token, sent_start: int | None = None, root: Token | None = None) -> bool:
        """A finite verb the parser took for a modifier ("The US rejected calls" with "rejected" as
        an adjective of "calls"): past tense right after a noun phrase, in a clause with no verb head."""
        if sent_start is None:
            sent_start, root = tok.sent.start, tok.sent.root
        if tok.i == 0 or tok.i == sent_start:
            return False
        if tok.tag_ == "VB" and tok.nbor(-1).tag_ in ("MD", "TO"):
            return True  # "Israel must end attacks" with "end" parsed as a compound
        past = tok.tag_ in ("VBD", "VBN") or (tok.pos_ == "VERB" and tok.lower_.endswith("ed"))  # tagger said NN
        if not past and tok.tag_ == "JJ" and tok.lower_.endswith("ed") and root.pos_ not in ("VERB", "AUX") \
                and tok.i + 1 < len(tok.doc) and tok.nbor(-1).pos_ in ("NOUN", "PROPN"):
            # "The army blamed jihadists for the attack", read as one noun phrase with "blamed" its adjective:
            # in a sentence with no verb, a form in -ed right after a noun is the verb
            past = True
        if progressive_misread(tok):
            return True
        if not past:
            return False
        prev = tok.nbor(-1)
        if prev.text.lower() in ("has", "have", "had", "was", "were", "is", "are", "been", "be", "being"):
            return True  # "it had halted aid" with "halted" parsed as an adjective
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        if misread_plural(prev, sent_start):
            # "Turkish warplanes bombed rebel positions": the plural noun read as the verb ("warplanes" VBZ)
            # and the verb as an adjective of the object; the noun's phrase acts on what follows
            return nxt is not None and nxt.pos_ in ("NOUN", "DET", "NUM", "PROPN", "ADJ")
        if prev.pos_ not in ("PROPN", "NOUN", "PRON", "NUM") and prev.tag_ not in ("NNP", "NNS", "NN", "PRP"):
            return False
        if root.pos_ not in ("VERB", "AUX") or root.i == tok.i or (tok.tag_ != "VBN" and root.i > tok.i):
            return True
        # "Palestinian police in Jericho confiscated weapons": a participle right after a name, before its object
        return prev.pos_ == "PROPN" and nxt is not None and nxt.pos_ in ("NOUN", "DET", "NUM", "PROPN")

    def lookup_verb(self, doc: Doc, tok: Token, sent: Span, skip: set[int], matcher: PatternMatcher):
        entries = self.dictionary.entries_for(tok.text, tok.lemma_)
        if not entries:
            return None
        chosen = []
        for entry in entries:
            span = self.fit_entry(doc, tok, sent, entry)
            if span is not None:
                chosen.append((entry, span))
        if not chosen:
            return None
        fallback = None
        # a passive's subject fills the object slot of the verb's patterns, as its object would in the active
        # clause: a weapon ("a grenade was hurled at"), the ones expelled ("Russian diplomats were expelled")
        weapon = passive_weapon(tok, weapon_words(self.dictionary)) or passive_patient(tok)
        sides: dict[tuple[int, ...], tuple[Region, list[int], Region]] = {}  # entries often share the verb's tokens
        for entry, verb_tokens in chosen:
            if verb_tokens not in sides:
                post_tokens = self.post_tokens(tok, verb_tokens, skip)
                sides[verb_tokens] = (self.region(doc, [i for i in range(sent.start, min(verb_tokens)) if i not in skip]),
                                      post_tokens, self.region(doc, post_tokens))
            pre, post_tokens, post = sides[verb_tokens]
            own_tokens = post_tokens if self.options.clausal_patterns else self.own_phrase(tok, entry, post_tokens)
            own = post if own_tokens is post_tokens else self.region(doc, own_tokens)
            if weapon is not None and weapon.i not in skip:
                own = self.region(doc, [weapon.i, *own_tokens])
            match = self.best_match(matcher, entry.block.ordered_patterns(), pre, own, tok.i)
            if match is not None:
                if match.pattern.code is not None:
                    return entry, verb_tokens, match, match.pattern.code, post
                if self.dictionary.null_pattern_blocks:
                    return None
                match = None
            if fallback is None and entry.default_code is not None:
                fallback = (entry, verb_tokens, None, entry.default_code, post)
        return fallback

    def act_named(self, doc: Doc, tok: Token, sent: Span, skip: set[int], matcher: PatternMatcher,
                  index: MentionIndex):
        """The act a verb of saying names by its object noun, as (entry, match, code, post) of the verb the noun is
        made from: "Nigeria announced the deployment of 230 troops to Liberia" is Nigeria deploying troops to
        Liberia, "Russia announces tit-for-tat expulsions of Western diplomats" Russia expelling them. Only
        - for a verb that tells its speaker's own act as done (words.NAMING_VERBS: announce, claim, declare, admit;
          not deny, fear, predict, nor confirm, report, reveal, which as often tell others' acts) and codes a plain
          statement itself (its own patterns come first: "announced a suspension of aid" is 160 by them);
        - for its object noun, made from a verb of the dictionary by a suffix (syntax.verbs_of_noun: the "-ment" of
          "deployment", the "-ulsion" of "expulsion") or that verb's own word with its object after "of" ("the
          capture of the town"), whose event is a material one (PentaClass 2 or 4: given, moved, withdrawn,
          expelled, seized): a verbal act needs its own verb;
        - when the act is the speaker's own: not someone else's ("announced Russia's expulsion of", "the detention of
          activists by police", forces of another country moved: "the UN announced the withdrawal of Russian troops"),
          nor one denied, planned or feared ("no deployment", "the planned withdrawal", "possible sanctions").
        The pattern is matched against the words before the verb of saying and the noun's own phrase after it."""
        if tok.lemma_.lower() not in NAMING_VERBS:
            return None
        noun = next((c for c in tok.children if c.dep_ in ("obj", "dobj") and c.i > tok.i and c.pos_ == "NOUN"
                     and c.i not in skip), None)
        if noun is None:
            return None
        if by_phrase(noun) is not None:
            return None     # its doer named: "announced the detention of 40 activists by police"
        for c in noun.children:
            if c.dep_ in ("nmod:poss", "poss") and c.pos_ != "PRON":
                return None     # someone else's act, the speaker only tells it
            if c.dep_ == "det" and c.lower_ in ("no", "any"):
                return None
            if c.dep_ in ("amod", "compound") and c.i < noun.i and (
                    c.lemma_.lower() in UNDONE_MODIFIERS or c.lower_ in UNDONE_MODIFIERS):
                return None
        pre = self.region(doc, [i for i in range(sent.start, tok.i) if i not in skip])
        phrase = [t.i for t in noun.subtree if t.i > noun.i and t.i not in skip]
        post = self.region(doc, phrase)
        lemma = (noun.lemma_ or noun.text).lower()
        verbs = verbs_of_noun(lemma)
        of_phrase = next(iter(prep_objects(noun, {"of"})), None)
        if of_phrase is not None:
            verbs.append(lemma)     # a noun that is its verb's own word, with the verb's object after "of":
            # "confirmed the capture of the town", "announced the release of 50 prisoners" ("announced a strike": no)
        source_side = {country_of(m.code) for i in range(sent.start, tok.i) for m in index.at(i)}
        for verb in verbs:
            if not self.dictionary.knows(verb.upper(), verb.upper()):
                continue
            for entry in self.dictionary.entries_for(verb.upper(), verb.upper()):
                if entry.after or entry.before:
                    continue    # a multi-word verb needs its words beside it
                match = self.best_match(matcher, entry.block.ordered_patterns(), pre, post, noun.i)
                code = match.pattern.code if match is not None else entry.default_code
                if code is None or pentaclass_of_root((split_code(code)[0] or "")[:2]) not in MATERIAL_CLASSES:
                    continue    # a verbal act needs its own verb: "announced the dismissal of" rejects nothing
                if moves_forces(code):
                    forces = {country_of(m.code) for t in (of_phrase.subtree if of_phrase is not None else ())
                              for m in index.at(t.i)} - {None}
                    if forces and not forces & source_side:
                        return None     # "the UN announced the withdrawal of Russian troops": Russia's act
                return entry, match, code, post
        return None

    def named_target(self, event: CodedEvent, phrase: Region, index: MentionIndex) -> CodedEvent:
        """An act named by a noun has whom it was done to in the noun's phrase, as a verb has in its object: the first
        coded actor there that is not the source's side ("announced the expulsion of two Dutch diplomats": the
        Netherlands), where the event has no coded target of its own."""
        if is_coded(event.target):
            return event
        taken = set(range(event.source.start, event.source.end)) if event.source is not None else set()
        # (the forces deployed or withdrawn are the source's own, as make_events reads "deployed troops")
        moved = moves_forces(event.code)
        for i in phrase.tokens:
            for m in self.actors_of(event.sentence.doc[i], index) or index.at(i):
                if moved and m.kind == "agent" and len(m.code or "") <= 3:
                    continue
                if is_coded(m) and not taken & set(range(m.start, m.end)) and m.code != event.source_code:
                    return replace(event, target=m, target_code=self.codes_of(m)[0], target_from="named-act")
        return event

    @staticmethod
    def best_match(matcher: PatternMatcher, patterns: list[VerbPattern], pre: Region, post: Region,
                   verb_i: int) -> PatternMatch | None:
        """The most specific matching pattern; among equally specific ones, the one whose words lie
        nearest the verb ("cancelled a visit after a state of siege" is about the visit)."""
        best: PatternMatch | None = None
        best_key = None
        for pattern in matcher.candidates(patterns, pre, post):  # ordered, so the first break is the same
            if best is not None and pattern.specificity[0] != best.pattern.specificity[0]:
                break
            m = matcher.match(pattern, pre, post)
            if m is None:
                continue
            key = (min((abs(i - verb_i) for i in m.used), default=0), -pattern.specificity[1])
            if best is None or key < best_key:
                best, best_key = m, key
        return best

    @staticmethod
    def fit_entry(doc: Doc, tok: Token, sent: Span, entry: VerbEntry) -> tuple[int, ...] | None:
        """Token indices of the verb with the particles/preceding words its entry requires."""
        used = [tok.i]
        j = tok.i + 1
        for word in entry.after:
            prt = [c.i for c in tok.children if c.dep_ in ("compound:prt", "prt") and c.text.upper() == word
                   and c.i not in used]
            if prt:
                used.append(prt[0])
                j = max(j, prt[0] + 1)  # the entry's next word comes after the particle ("lay down arms")
                continue
            while j < sent.end and doc[j].text.upper() in ENTRY_DETERMINERS and doc[j].text.upper() != word:
                j += 1
            if j < sent.end and doc[j].text.upper() == word:
                used.append(j)
                j += 1
            else:
                return None
        k = tok.i - 1
        for word in reversed(entry.before):
            if k >= sent.start and doc[k].text.upper() == word:
                used.append(k)
                k -= 1
            else:
                return None
        return tuple(sorted(used))

    def post_tokens(self, tok: Token, verb_tokens: tuple[int, ...], skip: set[int]) -> list[int]:
        """The verb's own phrase after it: its subtree minus coordinated clauses and the verb itself."""
        excluded: set[int] = set(verb_tokens) | skip
        for child in tok.children:
            if not self.options.clausal_patterns and child.dep_ in ("advcl", "parataxis", "advcl:relcl", "list") \
                    and not ({g.text.lower() for g in child.children if g.dep_ in ("mark", "case")} & COMPLEMENT_MARKS):
                excluded.update(t.i for t in child.subtree)  # but "accused X of attacking" keeps its complement
            if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX") and child.i > tok.i:
                excluded.update(t.i for t in child.subtree)
            if child.dep_ == "cc" and child.i > tok.i and any(c.dep_ == "conj" and c.pos_ == "VERB"
                                                               for c in tok.children):
                excluded.add(child.i)
        subtree: list[int] = []     # (its positions, read once for the phrase below)
        for t in tok.subtree:  # "arrested two men and seized weapons": the second verb's phrase is its own
            subtree.append(t.i)
            if t.i <= tok.i:
                continue    # (each reading below is of a word after the verb)
            dep = t.dep_
            first = coordinated_misread(t) if dep == "amod" else None
            if first is not None and first.i == tok.i:  # Tokens are views: compare positions, not identity
                excluded.update(x.i for x in t.head.subtree)
                excluded.add(t.i - 1)
            if dep == "conj" and joined_verb_read_as_noun(t) is not None:  # "... and shot dead three people": its own
                excluded.update(x.i for x in t.subtree)
                excluded.add(t.i - 1)
            if dep == "acl:relcl" and "," in (t.left_edge.text, t.left_edge.nbor(-1).text
                                                                  if t.left_edge.i > 0 else ""):
                # a relative clause set off by a comma tells something else, its words its own verb's: "resumed a
                # debate on the plan, which is expected to end in a vote for a pull-out of troops" (no troops resumed)
                excluded.update(x.i for x in t.subtree)
        last = max(verb_tokens)
        if coordinated_misread(tok) is not None:  # "and seized weapons in Mombasa": the phrase it modifies
            return [t.i for t in tok.head.subtree if t.i > last and t.i not in excluded]
        if tok.dep_ in MODIFIER_DEPS and tok.head.i > tok.i and self.misparsed_finite(tok):
            # "has reasserted friendship with the officials of X", read as a modifier of "officials": the
            # noun it was hung on and that noun's phrase are the verb's object
            return [t.i for t in tok.head.subtree if t.i > last and t.i not in excluded]
        found = [i for i in subtree if i > last and i not in excluded]
        doc = tok.doc
        nxt = (found[-1] if found else last) + 1
        if nxt < len(doc) and doc[nxt].is_sent_start and doc[nxt].is_lower and doc[nxt].is_alpha:
            # "restore ties | with Minas Tirith border police.": the parser ended the sentence inside the
            # verb's phrase; a "sentence" that opens in lower case right after it goes on with that phrase
            found += [t.i for t in doc[nxt].sent if t.i not in excluded and not t.is_punct]
        if not found:  # a verb the parser left without dependents: read on to the clause's end
            j = last + 1
            while j < len(doc) and len(found) < 6 and not doc[j].is_punct and doc[j].pos_ not in ("VERB", "AUX") \
                    and not doc[j].is_sent_start and j not in excluded:
                found.append(j)
                j += 1
        return found

    @staticmethod
    def own_phrase(tok: Token, entry: VerbEntry, post_tokens: list[int]) -> list[int]:
        """The words a pattern of ``tok`` may match: its phrase after it without
        - a phrase that only dates it ("talks resumed after a 24-hour boycott" resume no boycott, "cancelled
          the visit amid a dispute"): a prepositional phrase on the verb headed by a time word (TIME_CASES);
        - the clause it reports, when ``tok`` only says or announces (a verb of saying whose entry codes a
          statement or nothing by default: "say", "announce", "declare"; not "warn", "accuse", "deny", whose
          patterns read what they are about): "announced it would prohibit all aid" is no aid, "declared that
          China must drop barriers or face tariff penalties" no sanction. That clause's nouns are its own
          verb's, coded on their own.
        Targets are still looked for in the whole phrase ("said Greece must")."""
        heads = [c for c in tok.children if c.dep_ in ("obl", "nmod", "obl:tmod") and c.i > tok.i
                 and any(g.dep_ == "case" and g.lower_ in TIME_CASES for g in c.children)]
        phrase = set(post_tokens)
        heads += [t for t in tok.subtree if t.i in phrase and occasion(t)]
        code = entry.default_code
        if tok.lemma_.lower() in REPORTING_VERBS and (code is None or code.startswith(("01", "02"))):
            heads += [c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i and c.pos_ in ("VERB", "AUX")
                      and any(g.dep_ in SUBJ for g in c.children)]
        if not heads:
            return post_tokens
        inside = {t.i for c in heads for t in c.subtree}
        return [i for i in post_tokens if i not in inside]

    def upper_words(self, doc: Doc) -> tuple[list[str], list[str]]:
        """Every token's text and lemma in upper case, read from the document's arrays through one
        cache of upper-cased strings (a Token object per word was most of the cost)."""
        cache, strings = self._upper_cache, doc.vocab.strings
        if len(cache) > 500_000:
            cache.clear()
        arr = doc.to_array([ORTH, LEMMA])
        orths, lemmas = arr[:, 0].tolist(), arr[:, 1].tolist()
        for h in set(orths).union(lemmas).difference(cache):    # (the strings not met before, each once)
            cache[h] = strings[h].upper()
        return list(map(cache.__getitem__, orths)), list(map(cache.__getitem__, lemmas))

    def region(self, doc: Doc, tokens: list[int]) -> Region:
        upper = getattr(self, "_upper", None)
        if upper is None or len(upper) != len(doc):
            self._upper, self._lemmas = self.upper_words(doc)
            upper = self._upper
        return Region(tokens=tokens, words=[upper[i] for i in tokens], lemmas=[self._lemmas[i] for i in tokens])

    # -- events -------------------------------------------------------------------------------
    def make_events(self, doc: Doc, verb: Token, sent: Span, entry: VerbEntry, verb_tokens: tuple[int, ...],
                    match: PatternMatch | None, code: str, index: MentionIndex, post: Region) -> list[CodedEvent]:
        agent = self.agent_of(verb)
        passive = (self.is_passive(verb) and not (verb.lemma_.lower() in STATIVE_PARTICIPLES
                                                  and agent is None)) or (
            verb.dep_ == "conj" and verb.tag_ == "VBN" and not any(c.dep_ in SUBJ for c in verb.children)
            and self.is_passive(verb.head) and not perfect_active(verb)
            and verb.head.lower_ not in FEELING_FORMS) or self.reduced_passive(verb, agent, index) \
            or (noun_participle(verb) and (code[:2] in MATERIAL_CONFLICT_ROOTS or (
                verb.lemma_.lower() not in REPORTING_VERBS and sent.root.pos_ in ("VERB", "AUX")))) or (
                self.bare_passive(verb) and (split_code(code)[0] or "")[:2] in COERCION_ROOTS)
        fighters = self.misread_fight(verb, agent, index)
        if fighters:
            passive = False  # a fight has no passive: "Somali troops and al-Shabab fighters clashed near Baidoa"
        # a gerund's by-phrase is its doer too: "Shelling by the RSF on a camp killed 40"
        gerund_by = agent is not None and not passive and verb.tag_ == "VBG"
        if (passive or gerund_by) and agent is not None:
            # the by-phrase names who acted, never whom it was done to ("a mine planted by X")
            by = {t.i for t in agent.subtree} | {c.i for c in verb.children if c.dep_ == "agent"}
            post = self.region(doc, [i for i in post.tokens if i not in by])
        main_code = split_code(code)[0] or ""
        if passive and main_code[:2] == "15" and self.agent_of(verb) is None:
            passive = False  # "readiness was raised": the force posture is the subject's own
        sources: list[ActorMention] = []
        targets: list[ActorMention] = []
        source_from = target_from = "pattern"
        if match is not None and match.compound:
            sources = targets = match.compound
            if min(m.start for m in match.compound) > verb.i:
                # "Eriador agrees with the Philippines and France": a compound after the verb is what its
                # subject acts on; only with no subject do its members act on each other
                subject_first = [m for m in self.subject_of(verb, index)[0] if m not in match.compound]
                if subject_first:
                    sources = subject_first
        if match is not None and match.source:
            sources = match.source
        if fighters and not sources:
            sources = fighters
        if match is not None and match.target:
            targets = match.target
        subject_actors: list[ActorMention] = []
        subject_tok = None
        how = "none"
        if not sources or not targets:
            subject_actors, subject_tok, how = self.subject_of(verb, index)
            if not subject_actors and subject_tok is None and verb.lemma_.lower() in INVERTED_SAYING:
                # "..., says Kremlin spokesman Dmitry Peskov": the speaker follows the verb
                after = next((c for c in verb.children if c.i > verb.i and c.dep_ in SUBJ | OBJ), None)
                if after is not None:
                    subject_actors, subject_tok, how = self.actors_of(after, index), after, "subject"
            if how == "subject" and subject_tok is not None and len(subject_actors) == 1:
                pair = self.between(subject_tok, index)
                if pair:
                    subject_actors, between_targets = pair
                    if not targets:
                        targets, target_from = between_targets, "between"
        if not sources and (not subject_actors or how == "governing"):
            # "fighting between A and B": A acts on B (not the subject of the clause the fighting is in:
            # "civilians were killed in fighting between the army and rebels")
            pair = self.between(verb, index)
            if pair and all(m in pair[0] + pair[1] for m in targets):
                (sources, targets), source_from, target_from = pair, "between", "between"
        if not sources:
            agent = agent if passive or gerund_by else None
            if agent is not None:
                sources, source_from = self.agent_actors(agent, index), "agent"
                if not targets and passive:
                    targets, target_from = subject_actors, "passive-subject"
                if not targets and passive and verb.dep_ == "acl":  # "civilians killed by the militia"
                    targets, target_from = self.actors_of(verb.head, index), "passive-subject"
            elif passive and self.options.passive_without_agent == "target" and not targets:
                targets, target_from = subject_actors, "passive-subject"
                if not targets and verb.dep_ == "acl":  # "Two U.S. Soldiers Killed in Iraq Bombings"
                    targets = self.actors_of(verb.head, index)
            else:
                usable = [m for m in subject_actors if m not in targets]
                if usable:
                    sources, source_from = usable, how
                elif subject_actors:  # the subject is the pattern's target: look one clause up
                    up = verb.head if verb.head.i != verb.i else None
                    while up is not None and not sources:
                        found, _, _ = self.subject_of(up, index)
                        sources = [m for m in found if m not in targets]
                        up = up.head if up.head.i != up.i else None
                    source_from = "governing"
        if not targets and verb.dep_ in ("compound", "amod") and verb.head.i > verb.i and verb.head.pos_ in (
                "NOUN", "PROPN") and not passive and title_cased(sent):
            # a headline verb the parser read as a modifier of its object: "U.S. Plane Attacks Najaf Rebels"
            targets = [m for m in self.actors_of(verb.head, index) if m.start > verb.i]
            target_from = "headline-object"
            sources = [m for m in sources if m not in targets]
        if not targets and not (match is not None and match.compound):
            targets, target_from = self.target_candidates(verb, post, index, exclude=sources)
        if self.options.exclude_media:
            sources = [m for m in sources if not is_media(m)]
            slot_filled = bool(targets) and match is not None and match.target is not None
            keep_people = main_code[:2] in HARMED_MEDIA_ROOTS or main_code[:3] == "084"
            targets = [m for m in targets if not is_media(m) or (keep_people and media_people(m))]
            if slot_filled and not targets:
                return []  # "spoke to Reuters": the pattern was about talking to an outlet
        if main_code[:2] == "15" or main_code[:3] == "087":
            # "deployed troops", "withdrew its forces": the forces moved are the source's own
            targets = [m for m in targets if not (m.kind == "agent" and len(m.code or "") <= 3)]
        if not sources and not (passive and self.options.passive_without_agent == "target") and (
                self.options.source_fallback or subject_tok is None and how == "none" and not self.cause_noun(verb)):
            sources, source_from = self.first_in_pre(verb_tokens, sent, index, targets), "before-verb"
        main, back = split_code(code)
        if main is None:
            return []
        events: list[CodedEvent] = []
        compound = match is not None and match.compound is not None and sources is targets
        pattern = match.pattern if match else None
        rule = pattern.rule if pattern else f"{self.dictionary.rule_prefix}:{entry.label.lower()}"
        used = tuple(match.used) if match else ()

        def emit(s, t, c, answer, sf, tf):
            for sc in self.codes_of(s):
                for tc in self.codes_of(t):
                    if s is not None and t is not None and s is t:
                        continue
                    if sc and tc and sc == tc and s is not None and t is not None and is_coded(s):
                        continue
                    events.append(CodedEvent(verb=verb.i, verb_tokens=verb_tokens, code=c, source=s, target=t,
                                             source_code=sc, target_code=tc, entry=entry, pattern=pattern,
                                             rule=rule, sentence=sent, answer=answer, passive=passive,
                                             source_from=sf, target_from=tf, used_tokens=used))

        src_list = sources or [None]
        tgt_list = targets or [None]
        # "police and protesters clashed": coordinated sides of a fight with no one else named act on each other
        # (a place the fight was near or in is not a third side when the sides are named apart: "rebels and troops
        # fought near the town of Kidal"; "US and Iraqi troops battled in Najaf" may be allies, who fought someone)
        placed = targets and all(self.where_fought(verb, t) for t in targets) and not any(
            m.kind == "agent" and not any(t.pos_ == "NOUN" or t.tag_ in ("NN", "NNS") for t in doc[m.start:m.end])
            for m in sources)   # (a common noun by its tag too: "Insurgents" opening a line is tagged NNS, posed PROPN)
        mutual = (not targets or placed) and len(sources) >= 2 and not passive \
            and verb.lemma_.lower() in MUTUAL_FIGHT_VERBS and main[:2] in MATERIAL_CONFLICT_ROOTS
        for s in src_list:
            for t in [t for t in sources if t is not s] if mutual else tgt_list:
                if compound and s is t:
                    continue
                emit(s, t, main, False, source_from, target_from)
                if back is not None and s is not None and t is not None:
                    emit(t, s, back, True, target_from, source_from)
        if self.options.require_dyad:
            events = [e for e in events if e.source_code and e.target_code and e.source_code != "---"
                      and e.target_code != "---"]
        return events

    @staticmethod
    def where_fought(verb: Token, m: ActorMention) -> bool:
        """The mention is in a phrase of the verb that tells where it happened, after a preposition of place
        ("clashed near the Iraqi city", "fought in Najaf"), not whom it was against ("clashed with police")."""
        for child in verb.children:
            if child.dep_ in ("obl", "nmod", "prep") and child.left_edge.i <= m.start <= child.right_edge.i:
                case = child.lower_ if child.dep_ == "prep" else next(
                    (g.lower_ for g in child.children if g.dep_ == "case"), None)
                return case in PLACE_PREPOSITIONS
        return False

    def misread_fight(self, verb: Token, agent: Token | None, index: MentionIndex) -> list[ActorMention]:
        """The actors of "A and B clashed" (or "A clashed with B") where the parser hung the verb on B (A) as a
        reduced relative ("B, who were clashed"): a fight that has no by-phrase has no passive, its noun phrase
        is its subject."""
        if verb.dep_ != "acl" or agent is not None or verb.lemma_.lower() not in MUTUAL_FIGHT_VERBS \
                or verb.head.pos_ not in ("NOUN", "PROPN") or verb.head.i > verb.i or any(
                    c.dep_ in OBJ or c.dep_ in SUBJ for c in verb.children):
            return []
        first = verb.head
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        if first.i == verb.head.i:
            # one side alone: "fighters clashed" may still be a headline's passive reading, but no one is
            # clashed with anyone: "troops clashed with guerrillas, the ministry said" is the troops' fight
            partner = any(c.dep_ in ("obl", "nmod") and any(g.dep_ == "case" and g.lower_ == "with" for g in c.children)
                          for c in verb.children)
            return self.actors_of(first, index) if partner else []
        found = self.actors_of(first, index)
        return found if len(found) >= 2 else []

    @staticmethod
    def cause_noun(verb: Token) -> bool:
        """An event noun that says how something happened to whoever precedes it: "Policemen Wounded in
        Kashmir Grenade Attack", "soldiers died during an ambush"; the actor before it is no doer."""
        return verb.pos_ in ("NOUN", "PROPN") and verb.dep_ in ("obl", "nmod") and any(
            c.dep_ == "case" and c.lower_ in CAUSE_CASES for c in verb.children)

    def bare_passive(self, verb: Token) -> bool:
        """A participle with no auxiliary and no object that tells what was done to a noun: a headline's
        "Two U.S. Soldiers Killed in Iraq Bombings" (whatever the parser made of it), the predicate of a
        passive ("was found tortured to death", "were reported killed"), a noun's modifier
        ("civilians killed in the attack"). Its noun is what was done to, never the doer."""
        if headline_passive(verb):
            return True  # "3 Egyptian soldiers killed in Israeli error": a headline's passive
        if any(c.dep_ in OBJ or c.dep_ in SUBJ for c in verb.children):
            return False  # "a tank attack officials blamed on a militia": a clause with its own subject
        if headline_participle(verb):
            return True
        if verb.tag_ != "VBN" or verb.head.i == verb.i:
            return False
        # a noun's modifier in a sentence with a verb of its own, not the sentence's only verb misread as
        # one ("The Global Campaign for Equal Nationality Rights called for reform", parsed with no verb root)
        return (verb.dep_ == "xcomp" and self.is_passive(verb.head)) or (
            verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < verb.i
            and verb.sent.root.pos_ in ("VERB", "AUX") and not any(
                # "after four suicide bombers struck", "emplaced by militants, detonated": the noun heads a
                # clause or a by-phrase the parser misread, and the participle is that clause's verb
                c.dep_ in ("case", "mark") and c.lower_ in CLAUSE_CASES | {"by"} for c in verb.head.children)
            # "leaving 20 servicemen injured": who left them so did it
            and verb.head.head.lemma_.lower() not in RESULTATIVE_VERBS
            # "Iraqi government forces seized on Thursday a cache", parsed with "forces" the subject of "cache"
            and not (verb.head.dep_ in SUBJ and verb.head.head.pos_ not in ("VERB", "AUX")))

    def reduced_passive(self, verb: Token, agent: Token | None, index: MentionIndex) -> bool:
        """A participle modifying a noun with its own by-phrase naming an actor is a passive: "a mine
        planted by the militia", "civilians killed by government forces" (not "cut by one hour"); the parser's own
        passive-agent link says so where its tagger took the participle for a noun ("teachers shot by rebels")."""
        return agent is not None and verb.dep_ == "acl" and (verb.tag_ == "VBN" or agent.dep_ == "obl:agent") \
            and bool(self.agent_actors(agent, index))

    def agent_actors(self, agent: Token, index: MentionIndex) -> list[ActorMention]:
        """The actors of a by-phrase, with its apposition: "by his predecessor Donald Trump"."""
        return self.actors_of(agent, index) or [m for c in agent.children if c.dep_ == "appos"
                                                for m in self.actors_of(c, index)]

    @staticmethod
    def codes_of(m: ActorMention | None) -> list[str | None]:
        if m is None:
            return [None]
        if m.code and "/" in m.code:
            return [c for c in m.code.split("/") if c]
        return [m.code]

    def first_in_pre(self, verb_tokens: tuple[int, ...], sent: Span, index: MentionIndex,
                     targets: list[ActorMention]) -> list[ActorMention]:
        """PETRARCH's fallback: the first coded actor before the verb that is not the target."""
        skip = self.options.skip_tokens
        for want_coded in (True, False):
            for i in range(sent.start, min(verb_tokens)):
                if i in skip:
                    continue
                group = [m for m in index.at(i) if m not in targets and is_coded(m) == want_coded
                         and not any(t.code == m.code for t in targets if is_coded(t))]
                if group:
                    return self.expand(group, index.doc[i], index, targets)
        return []


__all__ = ["EventCoder", "CoderOptions", "CodedEvent"]
