"""The word lists extraction shares: verbs of saying and pronouns, each once.

Every component that needs a verb of saying reads it here, selecting by what the verb does, so two
components never disagree about whether "warn" reports speech.
"""

from __future__ import annotations

from flashpoint.codes.petrarch.syntax import verb_forms

# Verbs of saying: lemma -> what the verb does, as flags.
#   reports     its clause content is reported, not asserted ("X said that troops ...": modality)
#   quotes      it introduces a quote or reported speech (speakers and quotes find it by word form)
#   quote-only  it frames a direct quote, but introduces reported speech with "that" only when one follows
#   trails      it reports what was said when it trails the clause ("..., Peskov said")
#   inverts     it may stand before its subject after a quote ("..., said Peskov")
SAYING: dict[str, str] = {
    "accuse": "reports",
    "acknowledge": "reports quotes",
    "add": "reports quotes quote-only trails inverts",
    "admit": "reports quotes",
    "affirm": "reports",
    "allege": "reports quotes",
    "announce": "reports quotes",
    "answer": "quotes quote-only",
    "argue": "reports quotes",
    "ask": "quotes quote-only",
    "assert": "reports quotes",
    "assure": "reports quotes",
    "believe": "reports",
    "blame": "reports",
    "caution": "reports quotes",
    "charge": "reports",
    "claim": "reports quotes trails inverts",
    "comment": "quotes",
    "complain": "reports quotes",
    "concede": "quotes",
    "conclude": "quotes",
    "condemn": "reports",
    "confirm": "reports quotes trails",
    "consider": "reports",
    "contend": "quotes",
    "continue": "quotes quote-only",
    "criticise": "reports",
    "criticize": "reports",
    "declare": "reports quotes",
    "deny": "reports quotes",
    "disclose": "quotes",
    "emphasise": "reports quotes",
    "emphasize": "reports quotes",
    "estimate": "reports quotes",
    "explain": "reports quotes inverts",
    "fear": "reports quotes",
    "find": "quotes quote-only",  # documents and courts: "..., the survey found."; "the court found that ..."
    "formulate": "reports quotes quote-only",
    "indicate": "reports",
    "insist": "reports quotes trails inverts",
    "maintain": "reports quotes",
    "note": "reports quotes trails inverts",
    "observe": "quotes",
    "pledge": "quotes",
    "post": "reports",
    "predict": "reports quotes",
    "promise": "quotes",
    "quip": "quotes",
    "recall": "quotes",
    "reiterate": "reports quotes",
    "remark": "quotes",
    "repeat": "quotes quote-only",
    "reply": "quotes quote-only",
    "report": "reports quotes trails inverts",
    "respond": "quotes quote-only",
    "reveal": "reports quotes",
    "say": "reports quotes trails inverts",
    "show": "quotes quote-only",  # "..., a new study shows."; "figures show that ..."
    "state": "reports quotes trails inverts",
    "stress": "reports quotes",
    "suggest": "reports quotes",
    "tell": "reports quotes trails inverts",
    "think": "reports",
    "tweet": "reports quotes quote-only",
    "underline": "quotes",
    "vow": "quotes",
    "warn": "reports quotes trails",
    "worry": "reports",
    "write": "reports quotes quote-only trails inverts",
}
# Past forms of saying that are verbs wherever they stand, whatever the tagger says ("said", not a noun).
ALWAYS_SAYING_FORMS = frozenset({"said", "says", "told", "added", "formulated", "wrote", "stressed", "warned",
                                 "insisted", "explained"})
# Forms of the verbs of saying that the one English verb inflector (codes/petrarch/syntax.py) does not make.
EXTRA_FORMS: dict[str, tuple[str, ...]] = {"quip": ("quipped", "quipping")}


def saying(flag: str) -> frozenset[str]:
    """The lemmas of the verbs of saying that carry `flag`."""
    return frozenset(lemma for lemma, flags in SAYING.items() if flag in flags.split())


REPORTING_VERBS = saying("reports")
TRAILING_SAYING = saying("trails")
INVERTED_SAYING = saying("inverts")
QUOTE_ONLY = saying("quote-only")
# Word form -> lemma of every verb that introduces what someone said, so quotes need no lemmatizer.
SAYING_FORMS: dict[str, str] = {form.lower(): q for q in sorted(saying("quotes"))
                                for form in (*verb_forms(q), *EXTRA_FORMS.get(q, ()))}

# Pronouns
FIRST_PERSON_SUBJECTS = frozenset({"i", "we"})
FIRST_PERSON = FIRST_PERSON_SUBJECTS | {"me", "us", "our", "my"}
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
PLURAL_PRONOUNS = frozenset({"they", "them"})
THING_PRONOUNS = frozenset({"it"})
# pronouns that can stand for a group, a state or an organisation ("it said", "their forces", "we")
COLLECTIVE_PRONOUNS = frozenset({"it", "they", "them", "its", "their", "we", "us", "our"})
FIRST_PERSON_PLURAL = frozenset({"we", "us", "our"})

# Casualty reading (claims/figures.py, claims/casualties.py)
# Verbs that take the hurt to hospital: "were taken to hospital", "was rushed to a hospital" = injured
HOSPITAL_VERBS = frozenset({"take", "rush", "admit", "fly", "airlift", "evacuate", "send", "carry", "bring",
                            "transfer", "transport", "hospitalise", "hospitalize", "treat"})
HOSPITAL_NOUNS = frozenset({"hospital", "hospitals", "clinic", "infirmary"})
# "in critical condition": the grade of a condition that only the hurt are in
CONDITION_GRADES = frozenset({"critical", "serious", "grave", "stable", "life-threatening", "fair"})
# Nouns of fiction: harm told in a film's or novel's plot is no casualty ("In the film, a soldier shoots his
# brother", "The movie tells the story of a woman who is killed"): the noun frames the clause of the harm
FICTION_NOUNS = frozenset({"film", "films", "movie", "movies", "novel", "novels", "thriller", "sitcom", "screenplay",
                           "documentary", "sequel", "blockbuster", "storyline", "fiction"})
# Words of a match report: "shot" in a text with two of these is a shot at goal, not at a person
SPORT_WORDS = frozenset({"striker", "midfielder", "defender", "goalkeeper", "half-time", "crossbar", "equaliser",
                         "equalizer", "innings", "wicket", "hat-trick", "scored", "scoring", "league", "tournament",
                         "stadium", "goal", "goals", "match", "matches", "footballer", "unbeaten", "winger"})
# What a shot at goal ends in: "shot Liverpool into the lead", "shot wide", "shot the Czechs to victory"
SHOT_RESULTS = frozenset({"lead", "victory", "win", "ahead", "level", "wide", "clear", "top", "title", "glory", "final",
                          "semi-final", "over", "home", "net", "bar", "post", "goal", "corner", "draw"})
