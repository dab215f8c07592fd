"""How an event is put, and on whose word: modality and attribution from the parse.

Modality (records.MODALITIES), first that applies:
- negated      "did not attack", "never threatened", "refused to attack" (words.REFUSING_VERBS); "refrained
               from ... " is coded by the verb itself
- conditional  an if/unless clause on the event or around it ("would act if tensions escalate")
- hypothetical would/could/might/may/should without a condition
- future       will/shall, "is going to", or governed by intend/plan/prepare/vow ... to
- reported     inside what someone says (the complement of say, tell, claim, accuse X of ...), what someone
               is arrested, expelled, suspected or blamed for ("arrested for collaborating with Israel": alleged
               by the arrester, alleged_by), or credited by "according to", "X reports"
- asserted     otherwise

Attribution: the speaker of the enclosing speech verb ("Peskov said Russia would move troops":
the move is attributed to Peskov), else an "according to" claimant; ``via`` lists the outlets
("told news agency AFP", "CNN reports", "an official who spoke to CNN").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from flashpoint.extract.claims.attribution import sources_in, told_outlets
from flashpoint.codes.petrarch.syntax import verb_forms
from flashpoint.extract.base import ActorMention
from flashpoint.extract.words import (DENYING_VERBS, HEARSAY_NOUNS, NEGATORS, PREVENTING_VERBS, PROPOSITION_NOUNS,
                                      PURSUING_VERBS, REFUSING_VERBS, REPORTING_VERBS, REQUEST_FORMS,
                                      REQUEST_GOVERNORS, RULING_OUT_HEADS, TRAILING_SAYING)
from flashpoint.nlp.deps import SUBJECTS

CONDITION_MARKERS = {"if", "unless", "provided", "providing", "should", "whether"}
# what may be, must be or is only possible; "can" an ability ("its missiles can hit anywhere in Israel")
HYPOTHETICAL_AUX = {"would", "could", "might", "may", "should", "'d", "must", "can"}
FUTURE_AUX = {"will", "shall", "'ll", "wo"}
OBLIGATION_AUX = {"must", "should", "ought"}
FUTURE_ADJECTIVES = {"willing", "ready", "prepared", "determined", "committed", "eager", "set", "poised", "due",
                     "likely", "able", "keen", "open"}
# (not "decide": a government that "decided to lift sanctions" has made the act its own, as CAMEO codes it;
# nor "begin", "start": "forces began shelling the city" tells the shelling under way, no threat of it)
FUTURE_GOVERNORS = {"intend", "plan", "prepare", "vow", "pledge", "promise", "aim", "expect", "agree",
                    "seek", "want", "hope", "threaten", "schedule", "set", "go", "move", "mull",
                    "consider", "weigh", "propose", "offer", "plot", "conspire", "scheme"}
# their inflected forms, lower case: the lemmatizer leaves some cut short ("plotting" -> "plott")
FUTURE_FORMS = frozenset(f.lower() for v in FUTURE_GOVERNORS for f in verb_forms(v))
QUESTION_VERBS = {"ask", "wonder", "question", "inquire", "enquire", "decide", "know", "see", "check"}
ACCUSING = {"accuse", "blame", "charge", "criticize", "criticise", "condemn", "suspect", "praise", "thank"}
# a to-infinitive on a noun of intent (words.PROPOSITION_NOUNS, INTENT_NOUNS: "the wars to liberate Iraq", "a
# plan to invade", "the attempt to storm the building") tells a purpose or a kind, not an act; a purpose on any
# other noun or clause ("fired tear gas to disperse the crowd", "sent troops to retake the town") is often
# carried out, and stays an act
INTENT_NOUNS = frozenset({"war", "wars", "attempt", "effort", "call", "threat", "pledge", "promise", "right",
                          "power", "order", "bid"})
REPORTED_DEPS = {"ccomp", "parataxis", "xcomp", "advcl", "acl", "csubj", "conj"}


@dataclass
class Claim:
    modality: str
    negated: bool = False
    tense: str | None = None          # "future" | "hypothetical" | None
    obligation: bool = False          # must / should / have to: what someone says another must do
    speaker: list[ActorMention] = field(default_factory=list)
    speaker_verb: Token | None = None
    via: list[str] = field(default_factory=list)
    according_to: ActorMention | None = None


def _children(tok: Token, deps: set[str]) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def _aux_words(tok: Token) -> set[str]:
    return {c.text.lower() for c in tok.children if c.dep_ in ("aux", "aux:pass", "auxpass", "cop", "mark")}


# "was wrongly convicted of planting the bombs", "acquitted of murdering": the act the verb of a court or an
# accuser names is denied when a clearing verb or a word of error governs it
ALLEGING = {"accuse", "convict", "charge", "suspect", "blame", "jail", "sentence", "indict", "acquit", "clear",
            "exonerate"}
CLEARING = {"acquit", "clear", "exonerate"}
# their inflected forms, lower case: the lemmatizer leaves some cut short ("acquitt", "exonerat"), and
# verb_forms does not double a final consonant ("acquitted")
DOUBLED_FORMS = frozenset({"acquitted", "acquitting"})
CLEARING_FORMS = frozenset(f.lower() for v in CLEARING for f in verb_forms(v)) | DOUBLED_FORMS
ALLEGING_FORMS = frozenset(f.lower() for v in ALLEGING for f in verb_forms(v)) | CLEARING_FORMS
# their inflected forms, lower case: the lemmatizer leaves some as written ("expelled" -> "expell")
PURSUING_FORMS = frozenset(f.lower() for v in PURSUING_VERBS for f in verb_forms(v))
# a court's finding tells the act as done: "was convicted of attacking a police officer", "jailed for financing"
FINDING = {"convict", "sentence", "jail"}
FINDING_FORMS = frozenset(f.lower() for v in FINDING for f in verb_forms(v))
UNFOUNDED = {"wrongly", "falsely", "wrongfully", "mistakenly"}


# the words that open the clause of the act someone is accused, suspected or punished for ("charged with plotting")
ALLEGED_MARKS = ("for", "of", "with")
PASSIVE_AGENT_DEPS = ("obl:agent", "agent")
# how a verb holds the person it accuses or punishes
HELD_DEPS = ("obj", "dobj", "obl", "nsubj:pass", "nsubjpass", "nmod")


def alleged_by(tok: Token) -> Token | None:
    """The verb of accusing, suspecting or punishing whose "for"/"of" clause tells the act at ``tok`` (an -ing
    verb), or None. "A missionary was arrested for collaborating with Israel", "expelled diplomats for taking part
    in protests", "a man suspected of helping Saddam", "blamed the rebels for attacking the convoy": the act is
    alleged by whoever arrests, expels, suspects or blames, not told as done. A court's finding ("convicted of
    attacking", "jailed for financing") tells it as done. The parser hangs the clause on
    the verb or on its object ("diplomats ... for taking part"); praise and thanks ("praised Myanmar for releasing
    prisoners") credit an act that was done and are not here."""
    if tok.tag_ != "VBG" or not any(c.dep_ in ("mark", "case") and c.lower_ in ALLEGED_MARKS and c.i < tok.i
                                    for c in tok.children):
        return None
    head = tok.head
    # the "for" clause hung on the verb's object: "expelled diplomats from three countries for ..." ("the decision
    # of rescinding the status" tells what the decision is, and was done)
    held = any(c.dep_ in ("mark", "case") and c.lower_ == "for" for c in tok.children)
    for _ in range(3 if held else 0):
        if head.head.i == head.i or head.pos_ not in ("NOUN", "PROPN", "PRON") or head.dep_ not in HELD_DEPS:
            break
        head = head.head
    if head.i == tok.i or head.pos_ not in ("VERB", "AUX"):
        return None
    lemma = head.lemma_.lower()
    if lemma in CLEARING | FINDING or head.lower_ in FINDING_FORMS:
        return None
    alleging = lemma in ALLEGING or head.lower_ in ALLEGING_FORMS
    return head if alleging or lemma in PURSUING_VERBS or head.lower_ in PURSUING_FORMS else None


def alleged_acts(verb: Token) -> list[Token]:
    """The -ing verbs of the acts ``verb`` (an arrest, a charge, a blame) alleges: "collaborating" of "was
    arrested in Lebanon for collaborating with Israel" (alleged_by read from the verb down)."""
    return [t for t in verb.subtree if t.i != verb.i and t.tag_ == "VBG" and (by := alleged_by(t)) is not None
            and by.i == verb.i]


def alleger(verb: Token) -> Token | None:
    """Who alleges the act a verb of accusing or punishing names: its subject, or in the passive the "by" agent
    ("was arrested by Dutch police for ..."); None where no one is named."""
    passive = any(c.dep_ in ("nsubj:pass", "nsubjpass", "aux:pass", "auxpass") for c in verb.children)
    if not passive:
        return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    for c in verb.children:
        if c.dep_ in PASSIVE_AGENT_DEPS or (c.dep_ == "obl" and any(g.lower_ == "by" and g.dep_ == "case"
                                                                    for g in c.children)):
            return c
    return None


def ruled_out(tok: Token) -> bool:
    """The act is ruled out: "ruled out lifting the ban" (the -ing clause of "rule out"), "sending troops is out of
    the question" (the clausal subject of "out of the question"); what is ruled out is refused, not done."""
    head = tok.head
    if head.i == tok.i or head.lemma_.lower() not in RULING_OUT_HEADS or tok.tag_ != "VBG":
        return False
    if head.pos_ == "VERB":
        return tok.i > head.i and any(c.lower_ == "out" for c in (*head.children, *tok.children) if c.i < tok.i)
    return tok.dep_ in ("csubj", "nsubj") and any(c.lower_ == "out" and c.i < head.i for c in head.children)


# their inflected forms, lower case: the lemmatizer leaves some as written ("barred" -> "barr")
PREVENTING_FORMS = frozenset(f.lower() for v in PREVENTING_VERBS for f in verb_forms(v)) | {"barred", "barring"}


def prevented(tok: Token) -> bool:
    """The act of a "from" clause under a verb of prevention, itself not negated: "stopped protesters from
    attacking the embassy", "barred journalists from visiting Tibet" (done by the object, if at all)."""
    head = tok.head
    return head.i != tok.i and tok.tag_ == "VBG" and (head.lemma_.lower() in PREVENTING_VERBS
                                                      or head.lower_ in PREVENTING_FORMS) and any(
        c.dep_ in ("mark", "case") and c.lower_ == "from" for c in tok.children) and not any(
        c.dep_ in ("neg", "advmod", "aux") and c.lower_ in NEGATORS for c in head.children)


def is_negated(tok: Token) -> bool:
    if ruled_out(tok) or prevented(tok):
        return True  # "ruled out lifting the ban", "lifting the ban is out of the question", "kept them from voting"
    for c in tok.children:
        if c.dep_ in ("neg", "advmod", "det", "cc:preconj", "aux", "case", "mark") and c.text.lower() in NEGATORS:
            if c.dep_ == "mark" and c.text.lower() != "without":
                continue
            return True
    # "will not dismantle its programs or improve ties": a verb joined by "or" to a negated one, sharing its
    # subject and auxiliary, is negated with it ("neither ... nor" too)
    if tok.dep_ == "conj" and tok.head.i != tok.i and any(c.dep_ == "cc" and c.lower_ in ("or", "nor")
                                                          for c in tok.children) \
            and not any(c.dep_ in SUBJECTS or c.dep_ in ("aux", "aux:pass") for c in tok.children) \
            and any(c.dep_ in ("neg", "advmod", "aux") and c.text.lower() in NEGATORS for c in tok.head.children):
        return True
    # "was wrongly convicted of planting the bombs", "cleared of attacking": an allegation denied
    head = tok.head
    if head.i != tok.i and (head.lemma_.lower() in ALLEGING or head.lower_ in ALLEGING_FORMS) and any(
            c.dep_ in ("mark", "case") and c.lower_ in ("of", "for", "with") for c in tok.children) and (
            head.lemma_.lower() in CLEARING or head.lower_ in CLEARING_FORMS
            or any(c.lower_ in UNFOUNDED for c in head.children)):
        return True
    # "did not want to attack", "has no plans to invade": negation on the governing verb
    head = tok
    for _ in range(3):
        if head.dep_ not in ("xcomp",) or head.head.i == head.i:
            break
        head = head.head
        if any(c.text.lower() in NEGATORS and c.dep_ in ("neg", "advmod", "aux") for c in head.children):
            return True
        if head.lemma_.lower() in REFUSING_VERBS:
            return True  # "refused to attack the town", "failed to take the city": the act did not happen
    return False


def _clause_chain(tok: Token, limit: int = 6) -> list[Token]:
    """The verb, then the verbs governing it through clause links (xcomp/ccomp/conj/advcl...)."""
    chain = [tok]
    cur = tok
    for _ in range(limit):
        if cur.head.i == cur.i:
            break
        if cur.dep_ not in ("xcomp", "ccomp", "conj", "advcl", "parataxis", "acl", "acl:relcl", "csubj"):
            break
        cur = cur.head
        chain.append(cur)
    return chain


def is_conditional(tok: Token) -> bool:
    for verb in _clause_chain(tok, 3):
        for c in verb.children:
            # an if-clause, also when the parser took its verb for a noun ("if NATO expands" as obl)
            if c.dep_ not in ("mark", "punct", "cc") and c.i > verb.i - 12 and any(
                    m.text.lower() in CONDITION_MARKERS - {"whether", "should"}
                    for m in c.children if m.dep_ == "mark"):
                return True
        if verb.dep_ == "advcl" and any(m.text.lower() in CONDITION_MARKERS for m in verb.children if m.dep_ == "mark"):
            return True
        if _condition_on_trailing_speech(verb):
            return True
        if verb.i != tok.i and verb.dep_ not in ("xcomp", "conj"):
            break
    return False


def _condition_on_trailing_speech(verb: Token) -> bool:
    """"Moscow will act if NATO expands, Peskov said": the parser often hangs the if-clause on the
    reporting verb after it; an if-clause that stands between the reported verb and its "said" belongs
    to what was said."""
    for speech in verb.children:
        if speech.i <= verb.i or speech.dep_ not in ("parataxis", "advcl", "ccomp", "conj") \
                or speech.lemma_.lower() not in REPORTING_VERBS:
            continue
        for c in speech.children:
            if verb.i < c.i < speech.i and c.dep_ == "advcl" and any(
                    m.dep_ == "mark" and m.text.lower() in CONDITION_MARKERS - {"whether", "should"} for m in c.children):
                return True
    return False


def requests(verb: Token) -> bool:
    """The verb asks for something (REQUEST_GOVERNORS), by its lemma or, where the lemmatizer left the word as
    written, by its form."""
    return verb.lemma_.lower() in REQUEST_GOVERNORS or verb.lower_ in REQUEST_FORMS


def _of_intent(word: Token) -> bool:
    """"ready to", "open to", "set to": an adjective of intent governing the act. The verb of the same form
    with an object of its own does what it says, the infinitive after it its purpose ("opened the bridge
    to allow food deliveries", "set a date to vote")."""
    return word.lemma_.lower() in FUTURE_ADJECTIVES and not any(c.dep_ in ("obj", "dobj") for c in word.children)


def tense_modality(tok: Token) -> str | None:
    for verb in _clause_chain(tok, 4):
        aux = _aux_words(verb)
        if aux & HYPOTHETICAL_AUX:
            return "hypothetical"
        if aux & FUTURE_AUX or ("going" in aux and verb.i != tok.i):
            return "future"
        if verb.i != tok.i and tok.dep_ in ("xcomp",) and requests(verb):
            return "hypothetical"
        if verb.i != tok.i and tok.dep_ == "xcomp" and (verb.lemma_.lower() in FUTURE_GOVERNORS
                                                        or verb.lower_ in FUTURE_FORMS or _of_intent(verb)):
            return "future"
        if verb.dep_ != "xcomp":
            break
    # "is to visit", "are going to attack"
    if tok.dep_ == "xcomp" and tok.head.lemma_ in ("be", "go") and any(c.text.lower() == "to" for c in tok.children):
        return "future"
    if tok.dep_ in ("xcomp", "advcl") and _of_intent(tok.head):
        return "future"
    if ruled_out(tok):
        return "hypothetical"  # what is ruled out may only be done: refused, as "will not lift the ban" is
    # "demanded that the US cancel ...": what is asked for has not happened
    if tok.dep_ == "ccomp" and requests(tok.head):
        return "hypothetical"
    # a to-infinitive that no verb takes as its complement tells a purpose or a kind, not an act: "wars to
    # liberate Iraq", "an offensive to retake the town", "sent to attack"
    if tok.tag_ == "VB" and any(c.dep_ == "mark" and c.lower_ == "to" for c in tok.children):
        # the noun it hangs on; a parse that gives the infinitive a subject hangs it there ("the Wars to liberate")
        noun = tok.head if tok.dep_ == "acl" else next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if noun is not None and noun.pos_ in ("NOUN", "PROPN") and (
                noun.lemma_.lower() in INTENT_NOUNS | PROPOSITION_NOUNS or noun.lower_ in INTENT_NOUNS):
            return "hypothetical"
        if noun is not None and headline_future(tok, noun):
            return "future"
    return None


def headline_future(verb: Token, noun: Token) -> bool:
    """"Europe to send more troops to Iraq", "Britain to pull troops out of Basra": a headline's to-infinitive
    after its subject, in a sentence with no finite verb, says what is to be done (headlines drop "is")."""
    return noun.dep_ == "ROOT" and noun.pos_ in ("NOUN", "PROPN") and not any(
        t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in verb.sent)


DEMAND_AUX = {"must"}


def demanded_clause(verb: Token) -> Token | None:
    """The clause a speech verb reports as what someone else must do: "the ministry said China must drop
    its barriers", "US forces must ensure security, the Red Cross said" (CAMEO codes such a statement as a
    demand, 10). None for "should" (advice), a pronoun subject ("said it must act": the speaker's own
    need, or unclear whose) and a negated speech verb."""
    if is_negated(verb):
        return None
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if verb.dep_ == "parataxis" and verb.head.i != verb.i:
        clauses.append(verb.head)  # the clause first, the speaker after it
    for clause in clauses:
        if not _aux_words(clause) & DEMAND_AUX:
            continue
        subjects = clause_subjects(clause)
        if subjects and all(s.pos_ == "PRON" for s in subjects):
            continue
        return clause
    return None


def clause_subjects(clause: Token) -> list[Token]:
    """The nominal subjects of a clause's verb ("China" of "China must drop its barriers")."""
    return [c for c in clause.children if c.dep_ in SUBJECTS]


def has_obligation(tok: Token) -> bool:
    aux = _aux_words(tok)
    if aux & OBLIGATION_AUX:
        return True
    if tok.dep_ == "xcomp" and _aux_words(tok.head) & OBLIGATION_AUX:  # "must be ready to mediate"
        return True
    head = tok.head
    return tok.dep_ == "xcomp" and head.lemma_.lower() in ("have", "need") and any(
        c.text.lower() == "to" for c in tok.children)


def speech_frame(tok: Token) -> tuple[Token | None, Token | None]:
    """(speech verb, its subject) when ``tok`` sits in what someone says, else (None, None)."""
    cur = tok
    for _ in range(6):
        if cur.head.i == cur.i:
            break
        head = cur.head
        if cur.dep_ in ("acl", "acl:relcl") and head.pos_ == "NOUN" and head.lemma_.lower() in HEARSAY_NOUNS \
                and any(g.dep_ == "mark" and g.lower_ == "that" for g in cur.children):
            return head, None  # "rumours that Israel poisoned Arafat": only said, by no one named
        hearsay = _hearsay_before(cur)
        if hearsay is not None:
            return hearsay, None
        if head.lemma_.lower() in REPORTING_VERBS and head.i != tok.i and (
                cur.dep_ in REPORTED_DEPS or head.i < tok.i):  # "said on Tuesday that Sudan must ..." misparsed
            if cur.dep_ == "conj" and head.dep_ not in REPORTED_DEPS:
                cur = head
                continue
            subj = next((c for c in head.children if c.dep_ in SUBJECTS), None)
            if subj is None:  # "..., says Kremlin spokesman Peskov": the speaker after the verb
                subj = next((c for c in head.children if c.i > head.i and c.dep_ in ("obj", "appos", "dobj")), None)
            return head, subj
        if cur.pos_ in ("VERB", "AUX") and cur.i != tok.i and cur.dep_ not in (
                "xcomp", "ccomp", "conj", "advcl", "acl", "acl:relcl", "parataxis"):
            break
        cur = head
    # postposed "..., Peskov said": the speech verb hangs below the event verb (or a verb governing it)
    for verb in _clause_chain(tok, 4):
        for c in verb.children:
            # an unmarked advcl is the same reporting clause misparsed (a real one has "as", "before"...)
            trailing = c.dep_ in ("parataxis", "ccomp") or (
                c.dep_ == "advcl" and not any(g.dep_ == "mark" for g in c.children))
            if trailing and c.lemma_.lower() in TRAILING_SAYING and c.i > tok.i \
                    and not any(g.dep_ == "ccomp" for g in c.children):
                subj = next((g for g in c.children if g.dep_ in SUBJECTS), None)
                if subj is None:  # "..., says Peskov"
                    subj = next((g for g in c.children if g.i > c.i and g.dep_ in ("obj", "nsubj", "appos")), None)
                if subj is not None:
                    return c, subj
    # a separate trailing clause the parser left unattached: "..., says Kremlin spokesman Peskov."
    if tok.doc.has_annotation("DEP"):
        sent = tok.sent
        for t in sent:
            if t.i > tok.i and t.dep_ == "ROOT" and t.head.i == t.i and t.lemma_.lower() in TRAILING_SAYING \
                    and t.i > 0 and t.nbor(-1).text in (",", "”", '"', "'", "’") and not any(
                        g.dep_ == "ccomp" for g in t.children):
                subj = next((g for g in t.children if g.dep_ in ("nsubj", "nsubj:pass", "obj", "appos")), None)
                if subj is not None:
                    return t, subj
        # ... or split off as a "sentence" of its own
        if sent.end < len(tok.doc) and sent[-1].text in (",", "”", '"') or (
                len(sent) > 1 and sent.end < len(tok.doc) and sent[-1].text in ("”", '"') and sent[-2].text == ","):
            nxt = tok.doc[sent.end].sent
            first = next((t for t in nxt if not t.is_punct), None)
            if first is not None and first.lemma_.lower() in TRAILING_SAYING:
                subj = next((g for g in first.children if g.dep_ in ("nsubj", "nsubj:pass", "obj", "appos")), None)
                if subj is not None:
                    return first, subj
    return None, None


def _hearsay_before(clause: Token) -> Token | None:
    """The noun of hearsay a "that" clause belongs to when the parser hung the clause on the verb the noun's phrase
    is on: "France defended itself against accusations by Ivory Coast authorities, and some western evacuees,
    that it used excessive force" (the clause an advcl of "defended")."""
    if clause.dep_ not in ("advcl", "ccomp") or clause.head.i == clause.i or not any(
            g.dep_ == "mark" and g.lower_ == "that" and g.i < clause.i for g in clause.children):
        return None
    return next((c for c in clause.head.children if c.i < clause.i and c.dep_ in ("obj", "dobj", "obl")
                 and c.pos_ == "NOUN" and c.lemma_.lower() in HEARSAY_NOUNS), None)


def _sentence_sources(doc: Doc, sent: Span):
    """Outlets and according-to claimants of a sentence, computed once per sentence."""
    cache = doc.user_data.setdefault("fp_sentence_sources", {})
    key = (sent.start, sent.end)
    if key not in cache:
        cache[key] = (tuple(told_outlets(sent)), sources_in(doc, sent))
    return cache[key]


def denies(speech: Token | None) -> bool:
    """The frame denies what it reports: "X denied (that) ...", "X rejected claims/accusations that ..."."""
    if speech is None:
        return False
    if speech.lemma_.lower() in DENYING_VERBS:
        return not is_negated(speech)          # "did not deny that ..." denies nothing
    return speech.pos_ == "NOUN" and speech.dep_ in ("obj", "dobj") and \
        speech.head.lemma_.lower() in DENYING_VERBS and not is_negated(speech.head)


def claim_for(doc: Doc, verb: Token, sent: Span, actors_of, is_speech_event: bool) -> Claim:
    """Modality and attribution of the event coded at ``verb``; ``actors_of(token)`` resolves a
    speaker token to actor mentions (the coder's resolver, pronouns included)."""
    speech, speaker_tok = (None, None) if is_speech_event else speech_frame(verb)
    accused = alleged_by(verb) if speech is None and not is_speech_event else None
    if accused is not None:  # "arrested for collaborating with Israel": alleged by whoever arrested
        speaker_tok = alleger(accused)
    via, sources = _sentence_sources(doc, sent)
    via = list(via)
    according = next((s.actor for s in sources if s.actor is not None), None)
    for s in sources:
        via.extend(v for v in s.via if v not in via)
    lemma = verb.lemma_.lower()
    negated = is_negated(verb)
    tense = tense_modality(verb)
    obligation = has_obligation(verb)
    if obligation and tense == "hypothetical":
        tense = None
    if negated or denies(speech):
        modality = "negated"
    elif is_speech_event:
        # the statement was made; what it says carries the condition or the "would"
        modality = "future" if (_aux_words(verb) & FUTURE_AUX) else "asserted"
    elif is_conditional(verb) and lemma not in QUESTION_VERBS:
        modality = "conditional"
    else:
        modality = tense or ("reported" if (speech is not None or accused is not None
                                             or (sources and not is_speech_event)) else "asserted")
    speaker = actors_of(speaker_tok) if speaker_tok is not None else []
    return Claim(modality=modality, negated=negated, tense=tense, obligation=obligation, speaker=speaker,
                 speaker_verb=speech, via=list(dict.fromkeys(via)),
                 according_to=according)


__all__ = ["Claim", "alleged_acts", "alleged_by", "claim_for", "is_negated", "is_conditional", "tense_modality", "speech_frame"]
