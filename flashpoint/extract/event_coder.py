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

Actors come from doc._.fp_actor_mentions (ActorMention). The coder works on UD relations (our
model) and accepts the ClearNLP names (dobj, pobj, agent, nsubjpass) too.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from flashpoint.codes.verb_dictionary import VerbDictionary, VerbEntry, VerbPattern, split_code
from flashpoint.extract.base import ActorMention, actor_mentions
from flashpoint.extract.verb_patterns import ActorLookup, PatternMatch, PatternMatcher, PatternRequirements, Region

SUBJ = {"nsubj", "nsubj:pass", "nsubjpass", "csubj", "csubj:pass", "nsubj:outer"}
PASSIVE_SUBJ = {"nsubj:pass", "nsubjpass", "csubj:pass"}
AUX = {"aux", "aux:pass", "auxpass", "cop"}
OBJ = {"obj", "dobj", "iobj", "dative", "attr", "oprd"}
PREP_ARG = {"obl", "obl:agent", "obl:unmarked", "prep", "pobj", "agent", "nmod", "obl:tmod", "obl:npmod"}
CLAUSAL = {"acl", "acl:relcl", "relcl", "advcl", "advcl:relcl", "ccomp", "parataxis", "csubj", "xcomp", "appos",
           "list", "dislocated"}
# inside one noun phrase (the unit an actor name lives in)
NP_INTERNAL = {"compound", "amod", "det", "det:predet", "nummod", "flat", "flat:name", "nmod:poss", "poss", "case",
               "nmod:desc", "nmod:unmarked", "advmod", "fixed", "punct", "nn", "npadvmod", "predet", "quantmod"}
# prepositions that introduce whom an act is aimed at (a location "in X" is weaker evidence)
TARGET_PREPS = {"against", "with", "to", "toward", "towards", "on", "upon", "at", "into", "from", "for", "of", "over",
                "about", "between", "among", "across", "near", "onto", "inside", "by"}
PERSONAL = {"he", "she", "him", "her", "his"}
FIRST_PERSON = {"i", "we", "me", "us", "our", "my"}
GROUP_PRONOUNS = {"it", "they", "them", "its", "their", "we", "us", "our"}
RELATIVE = {"which", "who", "that", "whom", "whose"}
# "Serb forces were engaged in ethnic cleansing": participles that describe the subject, not a passive
STATIVE_PARTICIPLES = {"engage", "involve", "commit", "oppose", "prepare", "determine", "concern", "interest",
                       "dedicate", "resolve", "poise", "set", "bind"}
COMPLEMENT_MARKS = {"of", "for", "against", "with", "from", "into", "on", "over", "about"}
INVERTED_SPEECH = {"say", "add", "write", "report", "claim", "note", "insist", "state", "tell", "explain"}


@dataclass
class CoderOptions:
    require_dyad: bool = False           # emit only events with a coded source and target
    nested_events: bool = True           # also code verbs inside an already coded verb's phrase
    passive_without_agent: str = "target"  # "target" (news reading) or "source" (PETRARCH reading)
    skip_tokens: frozenset[int] = frozenset()   # tokens the coder must ignore (e.g. eliminated clauses)
    # PETRARCH takes the first actor after the verb even in "in X" (a place); news reading keeps
    # places named only as the scene ("clashes near Donetsk") out of the target slot.
    locations_as_targets: bool = True
    # PETRARCH falls back to the first actor anywhere after the verb for the target, and to the
    # first actor before it for the source; the news reading takes targets only from the verb's
    # object and prepositional phrases, and a source only from a subject (or none).
    linear_targets: bool = True
    source_fallback: bool = True
    # outlets ("told Reuters", "CNN reports") are channels, not actors of events
    exclude_media: bool = False
    # PETRARCH matches patterns over the whole verb phrase; the news reading leaves out adverbial and
    # relative clauses ("would blockade Paris to demand an end to the reform" is not about a demand)
    clausal_patterns: bool = True


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


def is_coded(m: ActorMention | None) -> bool:
    return m is not None and bool(m.code) and m.code != "---"


def is_media(m: ActorMention) -> bool:
    """News outlets and "the media": channels of a claim, not parties to an event."""
    return (m.kind == "media" or bool(m.code and m.code.endswith("MED") and len(m.code) <= 6)
            or m.role == "MED" or m.sector == "MED")


class EventCoder:
    """Codes the sentences of a Doc with one verb dictionary."""

    def __init__(self, dictionary: VerbDictionary, options: CoderOptions | None = None):
        self.dictionary = dictionary
        self.options = options or CoderOptions()
        self.requirements = PatternRequirements(dictionary)

    # -- public -----------------------------------------------------------------------------
    def code(self, doc: Doc, sentences: list[Span] | None = None,
             mentions: list[ActorMention] | None = None) -> list[CodedEvent]:
        index = MentionIndex(doc, mentions if mentions is not None else actor_mentions(doc))
        self._upper = [t.text.upper() for t in doc]
        self._lemmas = [t.lemma_.upper() for t in doc]
        lookup = index.lookup(lambda t: self.actors_of(t, index))
        matcher = PatternMatcher(self.dictionary, lookup, self.requirements)
        out: list[CodedEvent] = []
        for sent in sentences if sentences is not None else list(doc.sents):
            out.extend(self.code_sentence(doc, sent, index, matcher))
        return out

    def code_sentence(self, doc: Doc, sent: Span, index: MentionIndex, matcher: PatternMatcher) -> list[CodedEvent]:
        skip = set(self.options.skip_tokens)
        events: list[CodedEvent] = []
        verbless = not any(t.pos_ == "VERB" for t in sent)
        root = sent.root
        for tok in sent:
            if tok.i in skip or not (self.is_verb(tok, sent.start, root) or (verbless and self.headline_verb(tok))):
                continue
            found = self.lookup_verb(doc, tok, sent, skip, matcher)
            if found is None:
                continue
            entry, verb_tokens, match, code, post = found
            new = self.make_events(doc, tok, sent, entry, verb_tokens, match, code, index, post)
            events.extend(new)
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
        if tok.dep_ in ("amod", "compound", "nmod:poss", "case", "det"):
            return EventCoder.misparsed_finite(tok, sent_start, root)
        return tok.pos_ == "VERB" or (tok.tag_.startswith("VB") and tok.pos_ != "AUX")

    def headline_verb(self, tok: Token) -> bool:
        """In a sentence the parser gave no verb at all ("Venezuela releases dozens of activists"), a
        dictionary verb form in the 3rd person after a name is taken as the verb."""
        if tok.i == 0 or tok.tag_ not in ("NNS", "VBZ", "NN", "VBD", "VBN") \
                or not tok.text.lower().endswith(("s", "ed")):
            return False
        if tok.nbor(-1).pos_ not in ("PROPN", "NOUN") and tok.nbor(-1).tag_ not in ("NNP", "NNPS"):
            return False
        return bool(self.dictionary.entries_for(tok.text))

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
        if tok.tag_ not in ("VBD", "VBN"):
            return False
        prev = tok.nbor(-1)
        if prev.text.lower() in ("has", "have", "had", "was", "were", "is", "are", "been", "be", "being"):
            return True  # "it had halted aid" with "halted" parsed as an adjective
        if prev.pos_ not in ("PROPN", "NOUN", "PRON", "NUM") and prev.tag_ not in ("NNP", "NNS", "NN", "PRP"):
            return False
        if root.pos_ not in ("VERB", "AUX") or root.i == tok.i or (tok.tag_ == "VBD" and root.i > tok.i):
            return True
        # "Palestinian police in Jericho confiscated weapons": a participle right after a name, before its object
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
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
        for entry, verb_tokens in chosen:
            pre = self.region(doc, [i for i in range(sent.start, min(verb_tokens)) if i not in skip])
            post = self.region(doc, self.post_tokens(tok, verb_tokens, skip))
            match = self.best_match(matcher, entry.block.ordered_patterns(), pre, post, tok.i)
            if match is not None:
                if match.pattern.code is not None:
                    return entry, verb_tokens, match, match.pattern.code, post
                if self.dictionary.null_pattern_blocks:
                    return None
                match = None
            if fallback is None and entry.default_code is not None:
                fallback = (entry, verb_tokens, None, entry.default_code, post)
        return fallback

    @staticmethod
    def best_match(matcher: PatternMatcher, patterns: list[VerbPattern], pre: Region, post: Region,
                   verb_i: int) -> PatternMatch | None:
        """The most specific matching pattern; among equally specific ones, the one whose words lie
        nearest the verb ("cancelled a visit after a state of siege" is about the visit)."""
        best: PatternMatch | None = None
        best_key = None
        for pattern in patterns:
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
                continue
            while j < sent.end and doc[j].text.upper() in ("THE", "A", "AN") and doc[j].text.upper() != word:
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
        last = max(verb_tokens)
        found = [t.i for t in tok.subtree if t.i > last and t.i not in excluded]
        if not found:  # a verb the parser left without dependents: read on to the clause's end
            doc = tok.doc
            j = last + 1
            while j < len(doc) and len(found) < 6 and not doc[j].is_punct and doc[j].pos_ not in ("VERB", "AUX") \
                    and not doc[j].is_sent_start and j not in excluded:
                found.append(j)
                j += 1
        return found

    def region(self, doc: Doc, tokens: list[int]) -> Region:
        upper = getattr(self, "_upper", None)
        if upper is None or len(upper) != len(doc):
            self._upper = upper = [t.text.upper() for t in doc]
            self._lemmas = [t.lemma_.upper() for t in doc]
        return Region(tokens=tokens, words=[upper[i] for i in tokens], lemmas=[self._lemmas[i] for i in tokens])

    # -- actors -------------------------------------------------------------------------------
    def actors_of(self, tok: Token, index: MentionIndex, depth: int = 0) -> list[ActorMention]:
        """The actor(s) a nominal token stands for, with its coordinated conjuncts."""
        if depth > 6:
            return []
        found = [m for m in index.at(tok.i) if not (self.options.exclude_media and is_media(m))]
        if not found:
            found = self.first_in_phrase(tok, index)
        for child in tok.children:
            if child.dep_ == "conj" and child.i not in self.options.skip_tokens:
                for m in self.actors_of(child, index, depth + 1):
                    if m not in found:
                        found.append(m)
        return found

    def first_in_phrase(self, tok: Token, index: MentionIndex) -> list[ActorMention]:
        """The first actor inside a noun phrase (not inside its clauses or conjuncts), coded first."""
        blocked: set[int] = set(self.options.skip_tokens)
        for child in tok.children:
            if child.dep_ in CLAUSAL or child.dep_ == "conj" or child.dep_ == "cc":
                blocked.update(t.i for t in child.subtree)
        best_uncoded: list[ActorMention] = []
        for t in tok.subtree:
            if t.i in blocked:
                continue
            group = [m for m in index.at(t.i) if not (self.options.exclude_media and is_media(m))]
            if group:
                if any(is_coded(m) for m in group):
                    return [m for m in group]
                if not best_uncoded:
                    best_uncoded = group
        return list(best_uncoded)

    def resolve_pronoun(self, tok: Token, verb: Token, index: MentionIndex) -> list[ActorMention]:
        low = tok.text.lower()
        if low in FIRST_PERSON:  # "we oppose ...", said the spokesman: the speaker
            from flashpoint.extract.modality import speech_frame
            _, speaker = speech_frame(verb)
            return self.actors_of(speaker, index) if speaker is not None else []
        if low in RELATIVE and verb.dep_ in ("acl:relcl", "relcl", "advcl:relcl"):
            return self.actors_of(verb.head, index)
        # governed clause: "Ethiopia indicated it would act" -> Ethiopia
        head = verb
        for _ in range(6):
            if head.dep_ in ("ccomp", "xcomp", "advcl", "conj", "parataxis") and head.head.i != head.i:
                head = head.head
                subj = next((c for c in head.children if c.dep_ in SUBJ and c.pos_ != "PRON"), None)
                if subj is not None:
                    found = self.actors_of(subj, index)
                    if found:
                        return found
            else:
                break
        if low in ("it", "this", "that") and not self.options.source_fallback:
            return []  # "it" too often means a thing; only the governing clause resolves it
        # nearest earlier mention (this sentence, then the ones before)
        want_person = low in PERSONAL
        for m in sorted((m for m in index.mentions if m.end <= tok.i), key=lambda m: -m.end):
            if not is_coded(m):
                continue
            if want_person and m.kind not in ("person", "agent", "unknown"):
                continue
            if not want_person and m.kind == "person" and low in GROUP_PRONOUNS - {"we", "us", "our"}:
                continue
            return [m]
        return []

    def subject_of(self, verb: Token, index: MentionIndex,
                   depth: int = 0) -> tuple[list[ActorMention], Token | None, str]:
        """(actors, subject token, how found) of a verb, climbing through control and coordination."""
        if depth > 6:
            return [], None, "none"
        subj = next((c for c in verb.children if (c.dep_ in SUBJ or (c.dep_ == "expl" and c.text.lower() == "it"))
                     and c.i not in self.options.skip_tokens), None)
        if subj is not None:
            if subj.pos_ == "PRON" or subj.tag_ in ("PRP", "WP", "WDT"):
                return self.resolve_pronoun(subj, verb, index), subj, "pronoun"
            return self.actors_of(subj, index), subj, "subject"
        head = verb.head
        if verb.dep_ in ("xcomp", "advcl", "acl") and head.i != verb.i and head.pos_ in ("VERB", "AUX"):
            # object control: "warned Russia not to attack", "accused Kyiv of shelling"
            marker = {c.text.lower() for c in verb.children if c.dep_ in ("mark", "case")}
            obj = next((c for c in head.children if c.dep_ in ("obj", "dobj", "iobj") and c.i < verb.i), None)
            if obj is not None and (verb.dep_ == "xcomp" or marker & {"of", "for", "to"}):
                return self.actors_of(obj, index), obj, "controller"
        if verb.dep_ in ("xcomp", "conj", "advcl") and head.i != verb.i:
            found, tok, _ = self.subject_of(head, index, depth + 1)
            return found, tok, "governing"
        if verb.dep_ in ("acl", "acl:relcl", "relcl") and verb.head.i != verb.i and verb.tag_ != "VBN":
            return self.actors_of(verb.head, index), verb.head, "modified"
        return [], None, "none"

    def between(self, tok: Token, index: MentionIndex):
        """"clashes between Ukrainian troops and separatists": the first actor acts on the others."""
        for c in np_head(tok).children:
            if c.dep_ in ("nmod", "prep") and (c.text.lower() == "between" or any(
                    g.dep_ == "case" and g.text.lower() == "between" for g in c.children)):
                obj = next((g for g in c.children if g.dep_ == "pobj"), c) if c.dep_ == "prep" else c
                found = self.actors_of(obj, index)
                if len(found) >= 2:
                    return found[:1], found[1:]
        return None

    def agent_of(self, verb: Token) -> Token | None:
        for c in verb.children:
            if c.dep_ in ("obl:agent", "agent"):
                return next((g for g in c.children if g.dep_ == "pobj"), c) if c.dep_ == "agent" else c
            if c.dep_ in ("obl", "nmod") and any(g.dep_ == "case" and g.text.lower() == "by" for g in c.children):
                return c
        return None

    @staticmethod
    def is_passive(verb: Token) -> bool:
        return any(c.dep_ in PASSIVE_SUBJ or c.dep_ in ("aux:pass", "auxpass") for c in verb.children)

    def target_candidates(self, verb: Token, post: Region, index: MentionIndex,
                          exclude: list[ActorMention]) -> tuple[list[ActorMention], str]:
        in_post = set(post.tokens)
        source_codes = {m.code for m in exclude if is_coded(m)}
        exclude = list(exclude) + [m for m in index.mentions if is_coded(m) and m.code in source_codes]
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
                if prep in TARGET_PREPS:
                    tiers[0].append(child)
                elif prep is not None and self.options.locations_as_targets:
                    tiers[1].append(child)
        tiers[0].sort(key=lambda t: t.i)
        for want_coded in (True, False):
            for tier_tokens in tiers[0]:
                for t in self.argument_tokens(tier_tokens):
                    if t.i not in in_post or self.own_possession(index.doc[t.i]):
                        continue
                    group = [m for m in index.at(t.i) if m not in exclude and (is_coded(m) == want_coded)
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
        """An object's words, minus its clauses and, in the news reading, its "in X"/"near X" places."""
        blocked: set[int] = set()
        for t in arg.subtree:
            if t.i == arg.i:
                continue
            if t.dep_ in ("acl:relcl", "relcl", "advcl", "parataxis", "ccomp"):
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

    # -- events -------------------------------------------------------------------------------
    def make_events(self, doc: Doc, verb: Token, sent: Span, entry: VerbEntry, verb_tokens: tuple[int, ...],
                    match: PatternMatch | None, code: str, index: MentionIndex, post: Region) -> list[CodedEvent]:
        passive = (self.is_passive(verb) and not (verb.lemma_.lower() in STATIVE_PARTICIPLES
                                                  and self.agent_of(verb) is None)) or (
            verb.dep_ == "conj" and verb.tag_ == "VBN" and not any(c.dep_ in SUBJ for c in verb.children)
            and self.is_passive(verb.head))
        main_code = split_code(code)[0] or ""
        if passive and main_code[:2] == "15" and self.agent_of(verb) is None:
            passive = False  # "readiness was raised": the force posture is the subject's own
        sources: list[ActorMention] = []
        targets: list[ActorMention] = []
        source_from = target_from = "pattern"
        if match is not None and match.compound:
            sources = targets = match.compound
        if match is not None and match.source:
            sources = match.source
        if match is not None and match.target:
            targets = match.target
        subject_actors: list[ActorMention] = []
        subject_tok = None
        how = "none"
        if not sources or not targets:
            subject_actors, subject_tok, how = self.subject_of(verb, index)
            if not subject_actors and subject_tok is None and verb.lemma_.lower() in INVERTED_SPEECH:
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
        if not sources:
            agent = self.agent_of(verb) if passive else None
            if agent is not None:
                sources, source_from = self.actors_of(agent, index), "agent"
                if not targets:
                    targets, target_from = subject_actors, "passive-subject"
            elif passive and self.options.passive_without_agent == "target" and not targets:
                targets, target_from = subject_actors, "passive-subject"
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
        if not targets and not (match is not None and match.compound):
            targets, target_from = self.target_candidates(verb, post, index, exclude=sources)
        if self.options.exclude_media:
            sources = [m for m in sources if not is_media(m)]
            slot_filled = bool(targets) and match is not None and match.target is not None
            targets = [m for m in targets if not is_media(m)]
            if slot_filled and not targets:
                return []  # "spoke to Reuters": the pattern was about talking to an outlet
        if main_code[:2] == "15" or main_code[:3] == "087":
            # "deployed troops", "withdrew its forces": the forces moved are the source's own
            targets = [m for m in targets if not (m.kind == "agent" and len(m.code or "") <= 3)]
        if not sources and not (passive and self.options.passive_without_agent == "target") and (
                self.options.source_fallback or subject_tok is None and how == "none"):
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
        for s in src_list:
            for t in tgt_list:
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


__all__ = ["EventCoder", "CoderOptions", "CodedEvent", "MentionIndex", "np_head", "is_coded"]
