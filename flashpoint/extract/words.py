"""The word lists extraction shares: verbs of saying and pronouns, each once.

Every component that needs a verb of saying reads it here, selecting by what the verb does, so two
components never disagree about whether "warn" reports speech.
"""

from __future__ import annotations

from flashpoint.codes.petrarch.syntax import IRREGULAR, verb_forms
# the honorifics live below extraction, where the dateline grammar reads them too; extraction reads them here
from flashpoint.nlp.words import FEMALE_HONORIFICS, HONORIFICS, MALE_HONORIFICS  # noqa: F401

# Participles that give a thing its name ("the Xbox 2, codenamed Xenon,"): set off by a comma they are no verb of
# the clause, so they say nothing of its tense (extract/timex.py).
NAMING_PARTICIPLES = frozenset({"codenamed", "code-named", "dubbed", "nicknamed", "named", "called", "titled", "entitled",
                                "branded", "labelled", "labeled", "renamed"})

# Words an infinitive of intent hangs on: an order, a bid or a tip for what is to come ("an order to block Sunday's
# sale", "tipped to win the prize on Friday"); the time in that infinitive lies after the past verb of the clause.
INTENT_NOUNS = frozenset({"order", "orders", "injunction", "ruling", "bid", "move", "effort", "efforts", "attempt", "push",
                          "drive", "motion", "tipped", "poised", "favoured", "favored", "ready"})
# Verbs in their bare form, read from the AG News test and BBC texts: the words that follow "will", "would" or "to" five
# times or more and after a determiner ("the", "a", "its") less than half as often, less forms in -ing, -ed, -ly and plural -s
# and the pronouns, adverbs, plural nouns and function words that follow "to" as often. A headline's "X to <verb>" speaks
# of what is to come.
BARE_VERBS = frozenset({
    "abandon", "abolish", "accept", "access", "accommodate", "achieve", "acknowledge", "acquire", "act", "adapt",
    "add", "address", "admit", "adopt", "advertise", "advise", "affect", "agree", "allow", "announce", "apologise",
    "appear", "appoint", "approve", "argue", "arrive", "ask", "assess", "assist", "assume", "attend", "attract",
    "avoid", "beat", "become", "begin", "behave", "believe", "benefit", "blame", "block", "bolster", "boost",
    "borrow", "bridge", "broadcast", "browse", "build", "bump", "buy", "calm", "cancel", "capitalise", "capture",
    "carry", "catch", "celebrate", "change", "check", "choose", "clamp", "click", "climb", "clinch", "collaborate",
    "collect", "combat", "combine", "come", "comment", "commit", "communicate", "compete", "complain", "complete",
    "concentrate", "conclude", "confirm", "confront", "connect", "consider", "consolidate", "consult", "contact",
    "contain", "contend", "continue", "contribute", "control", "convert", "convey", "convince", "cope", "cover",
    "crack", "create", "criticise", "curb", "cut", "decide", "declare", "defend", "defer", "define", "defraud",
    "defy", "deliver", "demonstrate", "deny", "depend", "deploy", "derail", "describe", "destroy", "detain",
    "detect", "deteriorate", "determine", "develop", "die", "dig", "disable", "disclose", "discover", "discuss",
    "dismiss", "disrupt", "distribute", "dominate", "donate", "download", "drive", "earn", "ease", "eat",
    "eliminate", "embrace", "emerge", "emulate", "enable", "encourage", "enforce", "engage", "enhance", "enjoy",
    "ensure", "enter", "eradicate", "erase", "escape", "establish", "evaluate", "examine", "exclude", "execute",
    "exercise", "exist", "expand", "expect", "explain", "explode", "exploit", "explore", "express", "extend",
    "favour", "feature", "feel", "fill", "find", "finish", "fit", "fix", "flourish", "follow", "force", "forget",
    "fulfil", "fund", "gain", "gather", "gauge", "generate", "get", "give", "go", "grab", "grow", "guide", "halt",
    "halve", "handle", "hang", "happen", "harm", "have", "hear", "help", "hide", "highlight", "hire", "hit", "hold",
    "hurt", "identify", "ignore", "implement", "impose", "impress", "improve", "include", "incorporate", "inflate",
    "inform", "inherit", "insist", "install", "integrate", "interact", "intervene", "introduce", "invest",
    "investigate", "involve", "join", "jump", "justify", "keep", "kill", "know", "lay", "learn", "leave", "let",
    "lie", "lift", "like", "listen", "locate", "lodge", "look", "lose", "love", "lure", "maintain", "make",
    "manage", "manipulate", "marry", "maximise", "mean", "meet", "mention", "merge", "miss", "modernise", "modify",
    "monitor", "motivate", "mount", "navigate", "negotiate", "observe", "obtain", "occupy", "offset", "operate",
    "oppose", "organise", "oust", "overcome", "oversee", "overturn", "participate", "pass", "pay", "perform",
    "persuade", "pick", "play", "plead", "plug", "portray", "pose", "predict", "prefer", "prepare", "preserve",
    "prevent", "produce", "promote", "propose", "prosecute", "prosper", "protect", "protest", "prove", "provide",
    "publish", "pull", "punish", "pursue", "push", "put", "qualify", "quell", "quit", "raise", "ratify", "reach",
    "react", "read", "realise", "reap", "reassure", "rebuild", "receive", "recognise", "recommend", "recover",
    "recruit", "reduce", "refer", "reflect", "reform", "refuse", "regain", "register", "regulate", "rein",
    "reinforce", "reject", "relax", "relieve", "relocate", "remain", "remember", "remind", "remove", "renew",
    "rent", "repay", "replace", "represent", "require", "resign", "resolve", "respond", "restate", "restore",
    "restructure", "resume", "retain", "retire", "revamp", "reveal", "reverse", "revitalise", "revive", "reward",
    "roll", "sack", "satisfy", "save", "say", "scrap", "seal", "secure", "see", "seek", "seem", "seize", "sell",
    "send", "serve", "set", "settle", "shoot", "shore", "shut", "simplify", "sink", "sit", "slash", "slip", "solve",
    "speak", "spend", "spur", "squeeze", "stand", "stay", "steal", "steer", "stem", "stick", "stimulate", "stir",
    "stop", "store", "strengthen", "submit", "sue", "suffer", "suggest", "surrender", "survive", "suspend",
    "sustain", "swap", "switch", "tackle", "take", "talk", "tap", "teach", "tell", "thank", "think", "throw",
    "thwart", "tighten", "travel", "treat", "trick", "trim", "try", "turn", "uncover", "undergo", "undermine",
    "understand", "unveil", "update", "use", "verify", "wait", "walk", "want", "warn", "watch", "weaken", "wear",
    "welcome", "widen", "win", "wipe", "withdraw", "wonder", "woo", "worsen", "write",
})
# Nouns of a prospect before "of" and a verb in -ing ("a very good chance of doing well on Saturday", "hopes of
# winning on Sunday"): what they speak of may lie ahead of a past telling, as after "tipped to".
PROSPECT_NOUNS = frozenset({"chance", "chances", "hope", "hopes", "prospect", "prospects", "danger", "risk"})

# Verbs of saying: lemma -> what the verb does, as flags.
#   reports     its clause content is reported, not asserted ("X said that troops ...": modality)
#   quotes      it introduces a quote or reported speech (speakers and quotes find it by word form)
#   quote-only  it frames a direct quote, but introduces reported speech with "that" only when one follows
#   trails      it reports what was said when it trails the clause ("..., Peskov said")
#   inverts     it may stand before its subject after a quote ("..., said Peskov")
#   names-act   its object noun may name the speaker's own act, told as done: "announced the deployment of troops",
#               "claimed the capture of the town"; not a verb that as often tells others' acts ("confirmed the killing of
#               two soldiers", "reported the arrest of", "revealed the detention of": the teller is no actor), nor
#               "denied", "feared", "predicted" (events/coder.py act_named)
SAYING: dict[str, str] = {
    "accuse": "reports",
    "acknowledge": "reports quotes names-act",
    "add": "reports quotes quote-only trails inverts",
    "admit": "reports quotes names-act",
    "affirm": "reports",
    "allege": "reports quotes",
    "announce": "reports quotes names-act",
    "answer": "quotes quote-only",
    "argue": "reports quotes",
    "ask": "quotes quote-only",
    "assert": "reports quotes",
    "assure": "reports quotes",
    "believe": "reports",
    "blame": "reports",
    "caution": "reports quotes",
    "charge": "reports",
    "claim": "reports quotes trails inverts names-act",
    "comment": "quotes",
    "complain": "reports quotes",
    "concede": "quotes",
    "conclude": "reports quotes",  # "the inquiry concluded that ...": its finding, reported (not "concluded a deal")
    "condemn": "reports",
    "confirm": "reports quotes trails",
    "consider": "reports",
    "contend": "quotes",
    "continue": "quotes quote-only",
    "counter": "quotes",  # "Parry countered: “...”"
    "criticise": "reports",
    "criticize": "reports",
    "declare": "reports quotes names-act",
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
    "rule": "quotes quote-only that-next",  # a judge or referee: "Kaplan ruled that ..."; not "ruled the country that"
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
    # verbs of the manner of speaking frame what they quote ("“Here! Here!,” shouted Yehia Hammad"; "“He's not
    # finished yet,” whispered the Conservative Party person"; "he jokes"), never a report without "that"
    "exclaim": "quotes quote-only",
    "joke": "quotes quote-only",
    "laugh": "quotes quote-only",
    "murmur": "quotes quote-only",
    "mutter": "quotes quote-only",
    "scream": "quotes quote-only",
    "shout": "quotes quote-only",
    "whisper": "quotes quote-only",
    "yell": "quotes quote-only",
    # imploring and confiding frame what they quote too ("“Don't you care about the Inuit?”, implored campaigner Barry
    # Lim"; "“...,” a crestfallen Mr Lim confided in the presenter"; "“Stay calm,” he urged"), a report only with
    # "that" (not "plead": "pleaded guilty to charges that ...")
    "beg": "quotes quote-only",
    "boast": "quotes quote-only",
    "confide": "quotes quote-only",
    "implore": "quotes quote-only",
    "muse": "quotes quote-only",
    "retort": "quotes quote-only",
    "urge": "quotes quote-only",
}
# Verbs that ask for something ("urged the government to act", "called on Moscow to withdraw"; events/modality.py
# reads a request's act as no act yet; claims/quotes.py gives what an asked one is "to admit" or "to say" to the one
# who asks, since the asked one has said nothing)
REQUEST_GOVERNORS = {"demand", "urge", "ask", "call", "request", "appeal", "insist", "want", "press", "push",
                     "encourage", "invite", "order", "require", "pressure", "need"}
# their inflected forms, lower case: the lemmatizer leaves some as written ("pressured")
REQUEST_FORMS = frozenset(f.lower() for v in REQUEST_GOVERNORS for f in verb_forms(v))
# Verbs of judging that put a few quoted words in their subject's mouth ("described him as “a fine
# broadcaster”", "called it “surreal”", "accused her of “playing a card”"; claims/quotes.py partial quotes)
JUDGING_VERBS = frozenset({"describe", "call", "hail", "brand", "label", "dub", "term", "accuse", "praise", "condemn",
                           "denounce", "slam", "blast", "criticise", "criticize", "liken", "compare"})
JUDGING_FORMS = frozenset(f.lower() for v in JUDGING_VERBS for f in verb_forms(v))
# Verbs whose subject speaks or decides for a body ("the hospital said", "Harvard University announced"): a
# named site that is their subject is the body that runs it, no place (extract/places.py)
VOICE_LEMMAS = frozenset({"say", "tell", "announce", "confirm", "deny", "state", "report", "warn", "add", "insist",
                          "claim", "urge", "call", "welcome", "condemn", "reject", "respond", "decline", "refuse",
                          "plan", "hope"})
# Past forms of saying that are verbs wherever they stand, whatever the tagger says ("said", not a noun).
ALWAYS_SAYING_FORMS = frozenset({"said", "says", "told", "added", "formulated", "wrote", "stressed", "warned",
                                 "insisted", "explained"})
# Simple past forms that are never a past participle ("rose", "fell", "grew": the participles are "risen",
# "fallen", "grown"): after a noun such a form is a clause's verb, whatever the tagger said (claims/quotes.py)
SIMPLE_PAST_ONLY = frozenset({forms.split()[0].lower() for forms in IRREGULAR.values()
                              if len(forms.split()) == 2 and forms.split()[1].endswith(("N", "UNG", "UNK"))} |
                             {"grew", "swam", "sang", "sprang"}) - {"struck", "got"}  # "was struck by", "has got"
# Forms of the verbs of saying that the one English verb inflector (codes/petrarch/syntax.py) does not make.
EXTRA_FORMS: dict[str, tuple[str, ...]] = {"quip": ("quipped", "quipping")}


def saying(flag: str) -> frozenset[str]:
    """The lemmas of the verbs of saying that carry `flag`."""
    return frozenset(lemma for lemma, flags in SAYING.items() if flag in flags.split())


REPORTING_VERBS = saying("reports")
NAMING_VERBS = saying("names-act")
TRAILING_SAYING = saying("trails")
# the state a violent verb leaves its object in, said right after the verb: "shot dead", "beaten unconscious"
RESULT_ADJECTIVES = frozenset({"dead", "unconscious"})
INVERTED_SAYING = saying("inverts")
QUOTE_ONLY = saying("quote-only")
THAT_NEXT = saying("that-next")  # reports only the "that"-clause right after it
# Word form -> lemma of every verb that introduces what someone said, so quotes need no lemmatizer.
SAYING_FORMS: dict[str, str] = {form.lower(): q for q in sorted(saying("quotes"))
                                for form in (*verb_forms(q), *EXTRA_FORMS.get(q, ()))}

# Verbs of saying only with their particle: "pointed out that France was outperforming ...", "he points out" (not
# "pointed to the figures", "pointed a gun"): form -> (lemma, the particle that must follow; claims/quotes.py)
PARTICLE_SAYING: dict[str, str] = {"point": "out"}
PARTICLE_SAYING_FORMS: dict[str, tuple[str, str]] = {form.lower(): (lemma, particle)
                                                     for lemma, particle in sorted(PARTICLE_SAYING.items())
                                                     for form in verb_forms(lemma)}

# Currency names: before an amount they name money ("pledged pounds 76m", "dollars 7,000"), never an act,
# however the tagger reads them (event coder: "pounds" is no bombardment)
CURRENCY_WORDS = frozenset({"pound", "pounds", "dollar", "dollars", "euro", "euros", "yen", "franc", "francs",
                            "peso", "pesos", "rupee", "rupees", "yuan", "rouble", "roubles", "ruble", "rubles",
                            "mark", "marks", "lira", "shekel", "shekels", "rand", "won"})

# Pronouns
FIRST_PERSON_SUBJECTS = frozenset({"i", "we"})
FIRST_PERSON = FIRST_PERSON_SUBJECTS | {"me", "us", "our", "my"}
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
# what one tells that is no report of words: "Tide tells the story of a young father", "told the truth"
NARRATIVE_NOUNS = frozenset({"story", "stories", "tale", "tales", "truth", "lie", "lies", "joke", "jokes", "secret",
                             "secrets", "anecdote", "anecdotes"})
# relative pronouns that open a clause about the noun before them ("a farmer who loses his land")
RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose", "which"})
PLURAL_PRONOUNS = frozenset({"they", "them"})
# the third person plural, possessive too: never one person ("A local official said ...: they" is not the official)
THIRD_PERSON_PLURAL = PLURAL_PRONOUNS | {"their"}
THING_PRONOUNS = frozenset({"it"})
# pronouns that can stand for a group, a state or an organisation ("it said", "their forces", "we")
COLLECTIVE_PRONOUNS = frozenset({"it", "they", "them", "its", "their", "we", "us", "our"})
FIRST_PERSON_PLURAL = frozenset({"we", "us", "our"})
# Nouns for a publication or a work that "says" what it prints ("“...,” the paper said", "the magazine wrote"): quoted
# words in the first person there are a writer's or a character's, not a person's the phrase names (claims/speakers.py)
# a periodical that speaks in its own columns: "the paper says" is the newspaper just named (claims/speakers.py)
PRESS_NOUNS = frozenset({"paper", "newspaper", "daily", "weekly", "tabloid", "broadsheet", "magazine", "journal"})
PUBLICATION_NOUNS = PRESS_NOUNS | frozenset({
                               "website", "site", "blog", "book", "memoir", "autobiography", "biography", "film",
                               "documentary", "programme", "program", "show", "song", "album", "play", "novel", "column",
                               "editorial", "article", "advert", "advertisement", "note", "email", "e-mail", "letter",
                               "document", "memo", "headline", "caption", "sign", "banner",
                               "placard", "slogan", "text", "message", "video", "tape", "recording", "transcript"})
# one person speaking of themself, as quoted words do ("I was in a lot of pain"; claims/speakers.py): "I" written as a
# capital, whatever follows it ("I'm", "I've")
FIRST_PERSON_SINGULAR = frozenset({"I", "me", "my", "myself", "mine"})
# the possessives that give a body or force its owner ("its peacekeepers", "their forces"; actors/context.py and
# compounds.py): the country or organisation named before
# the possessive marks as the tokenizer splits them off ("Russia's", "the rebels'")
POSSESSIVE = ("'s", "’s", "'", "’")
OWNER_PRONOUNS = frozenset({"its", "their"})
# "his government", "her party": a person owns the role, and their country is its country (extract/actors/context.py)
PERSON_OWNER_PRONOUNS = frozenset({"his", "her"})
# "the territory's health ministry": a noun for a land, owning an institution, points back to the last country named
PLACE_OWNER_NOUNS = frozenset({"country", "territory", "nation", "state", "enclave", "island", "kingdom", "republic",
                               "region", "province"})
FEMININE_PRONOUNS = frozenset({"she", "her"})
# Nouns for a person by what they do, which a definite phrase uses for someone the article named just before
# ("Simon Le Bon said ... "...," the singer said"; claims/speakers.py): no titles (those are in speakers.py) and
# nothing a firm or a document could be ("the retailer", "the regulator", "the report")
PERSON_ROLE_NOUNS = frozenset({
    "singer", "actor", "actress", "star", "host", "presenter", "comedian", "musician", "guitarist", "drummer",
    "bassist", "frontman", "rapper", "songwriter", "composer", "writer", "author", "novelist", "playwright",
    "poet", "artist", "painter", "photographer", "filmmaker", "film-maker", "producer", "designer", "dancer",
    "player", "footballer", "striker", "midfielder", "defender", "goalkeeper", "cricketer", "batsman", "bowler",
    "athlete", "sprinter", "runner", "swimmer", "cyclist", "boxer", "golfer", "coach", "manager", "skipper",
    "businessman", "businesswoman", "tycoon", "billionaire", "millionaire", "entrepreneur", "banker", "economist",
    "politician", "campaigner", "veteran", "pensioner", "teenager", "woman", "man", "boy", "girl", "mother", "father",
    "priest", "bishop", "archbishop", "scientist", "professor", "academic", "lawyer", "barrister", "solicitor",
    "victim", "survivor", "suspect", "defendant", "boss", "chef", "model", "celebrity",
})
# Plural nouns for people who may be "they" of a later "they said" (besides plural titles and roles; claims/speakers.py)
PLURAL_PEOPLE_NOUNS = frozenset({
    "people", "men", "women", "mps", "critics", "campaigners", "protesters", "rebels", "fans", "parents", "investors",
    "economists", "families", "relatives", "villagers", "students", "teachers", "doctors", "nurses", "unions",
    "groups", "farmers", "militants", "victims", "survivors", "hostages", "refugees", "pilots", "scientists",
    "researchers", "voters"})
# Nouns plural in the singular form, never the antecedent of "it" ("Police said it ..." is not the police;
# events/arguments.py)
PLURAL_ONLY_NOUNS = frozenset({"police", "people", "personnel"})
# Words before a title that make it another office: "Deputy Prime Minister John Prescott" is not "the prime minister"
# (claims/speakers.py)
OFFICE_QUALIFIERS = frozenset({"deputy", "vice", "assistant", "shadow", "former", "acting", "junior", "under", "ex",
                               "associate"})
# Words before a title for an office someone left: "the former UN envoy told ..." with no name goes on about the
# person just named, not a new one (claims/speakers.py)
PAST_OFFICE_WORDS = frozenset({"former", "ex"})
# Followers of a group, who act as the group: "government supporters attacked", "cadres of the opposition"
MEMBER_NOUNS = frozenset({"supporters", "loyalists", "followers", "sympathisers", "sympathizers", "partisans",
                          "cadres", "members"})
# Nouns for a written statement an actor issues: "X issued a statement saying/that ..." is X's report (claims/quotes.py)
STATEMENT_NOUNS = frozenset({"statement", "statements", "communique", "communiqué", "declaration"})
# Words that give a speaker a second name: "JK, also known as Jason King", "Norman Cook, aka Fatboy Slim" (claims/)
ALIAS_MARKERS = (("also", "known", "as"), ("better", "known", "as"), ("known", "as"), ("aka",), ("a.k.a.",),
                 ("a.k.a",), ("alias",), ("real", "name"))
# Last words of organisations' names: a speaker so named is no "he" or "she" ("the Equal Opportunities
# Commission"; claims/speakers.py)
ORGANISATION_HEADS = frozenset({
    "commission", "council", "association", "office", "department", "bank", "party", "union", "institute",
    "agency", "committee", "federation", "board", "authority", "organisation", "organization", "group", "ministry",
    "corporation", "company", "society", "fund", "trust", "foundation", "league", "court", "assembly", "parliament",
    "bureau", "service", "centre", "center", "club", "university", "inc", "ltd", "plc", "corp", "network", "alliance",
    "coalition", "forum", "panel", "watchdog", "regulator", "government", "executive", "secretariat", "tribunal",
})
# Nouns a definite phrase uses for an organisation the article named just before ("Contrack said ... But the
# firm denied ...", "the OECD said ... the Paris-based think tank said"; claims/speakers.py)
ORGANISATION_NOUNS = frozenset({"firm", "company", "group", "bank", "carmaker", "retailer", "airline", "tank",
                                "think-tank", "charity", "insurer", "lender", "supermarket", "chain", "giant",
                                "operator", "manufacturer", "maker", "conglomerate", "broadcaster", "club", "band",
                                "organisation", "organization", "body", "consortium", "venture", "watchdog",
                                "regulator", "studio", "label", "publisher", "network", "producer", "developer"})
# Last words that make a name of two words or more an organisation's ("Consumer Technology Association",
# "Census Bureau", "Combined Joint Task Force", "Central Command"; extract/entities.py): ORGANISATION_HEADS less the words also heading places and buildings
# ("Hampton Court", "Oval Office", "Lincoln Center", "Metropolitan Club") and with the plural heads of bodies
ORGANISATION_NAME_HEADS = (ORGANISATION_HEADS - {"office", "centre", "center", "club", "court", "government",
                                                 "executive", "panel", "network", "university"}) | {
    "services", "brands", "airlines", "airways", "industries", "holdings", "embassy", "forces",
    "police", "army", "navy", "guard", "corps", "press", "times", "post", "news", "agency", "inc.", "corp.", "ltd.",
    "co.", "force", "command", "fleet", "brigade", "brigades", "battalion", "regiment", "squadron"}
# Capitalised words for a body that name one by what follows "of" or "for": "Government of Iraq", "Bank of
# America", "Alliance of Democratic Forces for the Liberation of Congo" (extract/entities.py takes the name
# to the end of the name after "of"). Not the heads of places' names ("Union of ...", "Republic of ...",
# "Kingdom of ...") nor of titles ("Minister of ...", "Secretary of State"), nor a legislature, whose
# members are "of" or "for" their seats ("entered Parliament for Sheffield Brightside").
ORGANISATION_OF_HEADS = frozenset({
    "Government", "Governments", "Ministry", "Department", "Bank", "Council", "Embassy", "Office", "Board",
    "Commission", "Committee", "Institute", "Academy", "Court", "Assembly", "Party", "League", "Alliance",
    "Coalition", "Front", "Army", "Forces", "Society", "Foundation", "Agency", "Authority", "Bureau",
    "Association", "Organisation", "Organization", "College", "University", "Corps", "Navy", "Fund", "Trust",
    "Movement", "Command", "Directorate", "Secretariat", "Tribunal", "Chamber",
    "Brigade", "Brigades", "Battalion", "Regiment", "Division", "Guards", "Police", "Service", "Services",
    "Conference"})
# Plural nouns for organisations whose examples after "such as" or "including" are organisations' names
# ("companies such as Spotify, Tesla and Uber", "groups including Hamas"; extract/entities.py): the
# ORGANISATION_NOUNS and heads in the plural, and the kinds of companies and outlets named by brand
ORGANISATION_PLURALS = frozenset({
    "firms", "companies", "groups", "banks", "carmakers", "retailers", "airlines", "insurers", "lenders",
    "supermarkets", "chains", "giants", "operators", "manufacturers", "makers", "conglomerates", "broadcasters",
    "clubs", "bands", "organisations", "organizations", "bodies", "watchdogs", "regulators", "studios", "labels",
    "publishers", "networks", "producers", "developers", "charities", "agencies", "parties", "newspapers",
    "outlets", "websites", "sites", "platforms", "apps", "services", "brands", "startups", "start-ups", "teams",
    "universities", "unions", "institutions", "militias", "factions", "businesses", "corporations", "rivals"})
# Every last word of a body's name, the heads and the name heads: a name after a title so ending is an
# organisation's, not a person's (extract/actors/names.py, events/uncoded.py)
BODY_WORDS = ORGANISATION_HEADS | ORGANISATION_NAME_HEADS
# Words after a name that make it a company's ("Northrop Grumman Corp.", "Qantas Airways", "Community
# Pharmacy LP"): no title before such a name makes it a person's (extract/actors/names.py)
COMPANY_SUFFIXES = frozenset({"corp", "corp.", "corporation", "inc", "inc.", "co", "co.", "plc", "ltd", "ltd.", "llc",
                              "lp", "ag", "sa", "nv", "group", "holdings", "airways", "airlines", "administration"})
# The legal forms closing a company's registered name, which news drops ("SK Telecom Corporation" is "SK Telecom";
# extract/entities.py): not "group", "airways" or "holdings", part of the name it is known by
LEGAL_SUFFIXES = frozenset({"corp", "corporation", "inc", "incorporated", "co", "plc", "ltd", "limited", "llc", "lp",
                            "ag", "sa", "nv", "spa", "bv", "gmbh", "ab", "asa", "oyj", "kk"})
# Last words of public bodies' names besides those: a capitalised subject of two words or more so ending names
# an organisation even where the knowledge base lacks it ("Immigration and Customs Enforcement returned ...";
# extract/events/uncoded.py)
BODY_NAME_HEADS = frozenset({"enforcement", "administration", "command", "directorate", "inspectorate",
                             "protection", "security", "intelligence", "prosecution", "prosecutors", "guards"})
# Nouns that, counted as two or with "both", name two parties the text has just named ("the two sides agreed",
# "both countries"; extract/events/uncoded.py)
RECIPROCAL_NOUNS = frozenset({"side", "country", "nation", "government", "neighbour", "neighbor", "state"})
# ... of which these also end the names of places ("West Bank", "Soviet Union", "Russian Federation"): such a
# name is an organisation only where the model read it as a person's ("JP Morgan Chase Bank")
PLACE_NAME_HEADS = frozenset({"bank", "union", "federation"})
# Participles between a speaker and a verb of saying in -ing that leave the speaker speaking ("he is seen
# asking", "she was heard saying"; claims/quotes.py)
PERCEPTION_PARTICIPLES = frozenset({"seen", "heard", "overheard", "filmed", "recorded", "caught", "shown"})
# Nouns of family that name the person after them ("Mr Eavis' daughter Emily said"; claims/speakers.py)
KIN_NOUNS = frozenset({"daughter", "son", "wife", "husband", "mother", "father", "brother", "sister", "widow",
                       "widower", "partner", "fiancee", "fiance", "girlfriend", "boyfriend", "niece", "nephew",
                       "cousin", "uncle", "aunt", "grandson", "granddaughter"})

# Nouns a person's name owns and a place's does not ("Tolle's teachings", "Carangi's life", "Amis's novels"):
# with KIN_NOUNS and WORK_NOUNS, a one-word name the model calls a place and the gazetteer does not know, before
# a possessive and one of them, is a person's (extract/entities.py)
LIFE_NOUNS = frozenset({"life", "career", "death", "birth", "funeral", "childhood", "youth", "retirement", "debut",
                        "wedding", "marriage", "teachings", "performance", "performances", "feats", "biography",
                        "memoir", "memoirs", "autobiography", "grave", "parents", "children"})

# Nouns for a person that tell a gender ("His mother Katherine Jackson told ... “...,” she said" where the
# article's "Mr Jackson" is her son; claims/speakers.py)
FEMALE_PERSON_NOUNS = frozenset({"mother", "wife", "daughter", "sister", "widow", "niece", "aunt", "granddaughter",
                                 "grandmother", "girlfriend", "fiancee", "actress", "chairwoman", "spokeswoman",
                                 "businesswoman", "sportswoman", "congresswoman", "woman", "girl", "queen", "princess",
                                 "duchess", "mum", "stepmother", "mother-of-two", "mother-of-three"})
# Nouns that name two people (lemmas): "a young couple were shot dead" 2, "his parents" 2, "twin brothers" 2
PAIR_NOUNS = frozenset({"couple", "parent", "twin"})
# Possessors of one person: "his parents" are two people, "their parents" may be several children's
SINGLE_POSSESSORS = frozenset({"his", "her", "my", "its"})
MALE_PERSON_NOUNS = frozenset({"father", "husband", "son", "brother", "widower", "nephew", "uncle", "grandson",
                               "grandfather", "boyfriend", "fiance", "businessman", "sportsman", "congressman", "man",
                               "boy", "king", "prince", "duke", "dad", "stepfather", "frontman", "father-of-two",
                               "father-of-three"})

# Actors: prepositions that set a sentence in a place, as "in" does ("students throughout Indonesia")
SETTING_PREPOSITIONS = frozenset({"in", "throughout", "across", "within", "inside"})
# Actors: prepositions that tell beside what a thing happens ("outside the Japanese embassy", "near the British
# High Commission"): the actor named after one is a landmark, not a party to the act, so a role in the sentence
# does not take its country (actors/context.acted_on_or_beside)
BESIDE_PREPOSITIONS = frozenset({"outside", "near", "beside", "behind", "opposite", "around", "inside"})
# Actors: nouns of a people living as a community among another ("the Russian minority in Latvia", "the Albanian
# population of Kosovo"): the nation before them is who they are, the country after them where they live, whose
# civilians they are (actors/compounds.py, actors/context.diaspora)
COMMUNITY_NOUNS = frozenset({"minority", "minorities", "community", "communities", "population", "populations",
                             "diaspora", "diasporas"})
# Prepositions of a phrase that dates an act by another one: none of its nouns is what the act is about, nor its doer
# ("met the minister after talks with the rebels", "since a visit by X", "ahead of the summit"; events/coder.py,
# events/arguments.py)
TIME_CASES = frozenset({"after", "before", "since", "until", "amid", "following", "during", "ahead"})
# Nouns after "in" of a phrase that tells what an act answers, awaits or buys, not what it is: "will send trainers in
# response to appeals by Iraqi leaders" (no appeal sent), "in the wake of", "in exchange for", "in return for"
# (events/coder.occasion)
OCCASION_NOUNS = frozenset({"response", "reaction", "wake", "exchange", "return", "run-up"})
# Prepositions of where a blow is aimed ("fired rockets at northern Israel", "called for sanctions against
# Nigeria"): the place is the target's, not the attacker's (events.aimed_place)
AIMED_PREPOSITIONS = frozenset({"at", "into", "onto", "toward", "towards", "against"})

# Actors: people quoted for the firm or institution they work at ("Paul Sheard, economist at Lehman
# Brothers"), whose country is their employer's and not the story's (extract/actors/context.place_persons)
EMPLOYEE_NOUNS = frozenset({"economist", "analyst", "strategist", "professor", "lecturer", "researcher", "expert",
                            "consultant", "trader", "dealer", "fellow"})

# Casualty reading (claims/figures.py, claims/casualties.py)
# Verbs that take the hurt to hospital: "were taken to hospital", "was rushed to a hospital" = injured
# Words that deny the clause they stand in ("not", "never", "no ... were hurt"); the pronouns that deny
# who ("none were killed", "nobody was hurt") beside them.
NEGATORS = frozenset({"not", "n't", "never", "no", "neither", "nor", "without"})
NEGATIVE_PRONOUNS = frozenset({"none", "nobody"})
# Verbs that deny the act their to-clause tells ("refused to attack the town", "failed to take the city",
# "declined to impose sanctions"): the act is negated (events/modality.py)
REFUSING_VERBS = frozenset({"refuse", "decline", "fail", "refrain", "reject"})
# Verbs that deny what they frame: "denied targeting civilians", "rejected claims that its soldiers shot ...": the
# act is said not to have happened (modality "negated"), however the frame reports it
DENYING_VERBS = frozenset({"deny", "reject", "dismiss", "refute", "rebut", "repudiate", "disown", "dispute"})
# Verbs that pursue or rebuke someone for an act not found by a court ("arrested for collaborating with Israel",
# "expelled diplomats for taking part in protests", "wanted for killing"): the act of their "for"/"of" clause is
# only alleged, on the word of whoever pursues (events/modality.alleged_by), not told as done. A conviction or a
# sentence ("convicted of attacking a police officer", "jailed for financing bombings") is a finding and tells it.
PURSUING_VERBS = frozenset({"arrest", "detain", "expel", "deport", "sanction", "prosecute", "try", "sue", "want",
                            "investigate", "criticize", "criticise", "condemn", "rebuke", "censure", "slam", "sack"})
# Verbs that send someone out of a state's ground: an agentless passive one "from" a country was done by that
# country ("inspectors have been expelled from North Korea", "diplomats were expelled from Russia"), whichever
# CAMEO code the ones sent out give it (174 people, 161 diplomats, 166x inspectors, aid workers: events/sides.py)
# ("expell": the model's lemma of "expelled")
EXPULSION_VERBS = frozenset({"expel", "expell", "deport"})
# Nouns of hearsay whose "that" clause is only said, as a claim's or a report's is (events/modality.py):
# "rumours that Israel poisoned Arafat", "speculation that the army attacked the convoy"
HEARSAY_NOUNS = frozenset({"rumour", "rumor", "speculation", "allegation", "suggestion", "hearsay", "gossip",
                           "accusation", "claim", "charge", "assertion"})
# Events: what a crowd in the streets does that is no protest (events/uncoded.festive_crowd): "About 250,000 people
# took to the streets on Sunday to celebrate 40 years of the carnival", "thousands marched to welcome the team
# home". Lemmas, lower case.
FESTIVE_VERBS = frozenset({"celebrate", "cheer", "welcome", "greet", "watch", "enjoy", "party", "dance", "applaud"})
# Verbs that keep their object from the act of a "from" clause ("stopped protesters from attacking the embassy",
# "barred journalists from visiting Tibet"): the object would have done it, and it was not done (events/)
PREVENTING_VERBS = frozenset({"prevent", "stop", "bar", "block", "ban", "keep", "deter", "prohibit", "restrain",
                              "forbid", "hinder", "dissuade"})
# Nouns of measures taken: an infinitive on one that is a verb's object ("took steps to expand press freedoms",
# "adopted measures to curb the protests") is done by that verb's subject (events/arguments.py subject_of)
MEASURE_NOUNS = frozenset({"step", "steps", "measure", "measures", "action", "actions"})
# What rules out the act it governs: the verb of "ruled out lifting the ban" (with "out") and the noun of "lifting
# the ban is out of the question" (its clausal subject; with "out" before it): the act is refused, not done
RULING_OUT_HEADS = frozenset({"rule", "question"})

HOSPITAL_VERBS = frozenset({"take", "rush", "admit", "fly", "airlift", "evacuate", "send", "carry", "bring",
                            "transfer", "transport", "hospitalise", "hospitalize", "treat"})
HOSPITAL_NOUNS = frozenset({"hospital", "hospitals", "clinic", "infirmary"})
# Parts of the body: harm done to a person's part is an injury to the person ("a demonstrator's hand was mangled by
# an explosive", "a policeman lost an eye")
BODY_PARTS = frozenset({"hand", "hands", "arm", "arms", "leg", "legs", "foot", "feet", "eye", "eyes", "finger", "fingers",
                        "toe", "toes", "limb", "limbs", "ear", "ears", "nose", "jaw", "skull", "spine", "ribs", "rib",
                        "knee", "knees", "hip", "wrist", "ankle", "elbow", "shoulder", "face", "head", "teeth", "tooth",
                        "chest", "neck", "stomach", "abdomen", "thigh", "thighs", "groin", "buttock", "buttocks", "torso"})
# (not "back": "stabbed in the back" is as often a betrayal)
# What is done to a part of the body that hurts its person: stems, as the lemmatizer leaves some ("mangl")
BODY_HARM_STEMS = ("mangl", "sever", "amputat", "blow", "blown", "blew", "fractur", "shatter", "crush", "break", "broke",
                   "smash", "gouge", "rip", "tear", "torn")
# "in critical condition": the grade of a condition that only the hurt are in
CONDITION_GRADES = frozenset({"critical", "serious", "grave", "stable", "life-threatening", "fair"})
# Nouns of fiction: harm told in a film's or novel's plot is no casualty ("In the film, a soldier shoots his
# brother", "The movie tells the story of a woman who is killed"): the noun frames the clause of the harm
# A film's scenes: "in the opening battle scene", "the final sequence" (a scene with a word before it; "at the
# scene" of a real incident has none, and "the crime scene" is named as one: words.SCENE_OF_INCIDENT)
SCENE_NOUNS = frozenset({"scene", "scenes", "sequence", "sequences"})
SCENE_OF_INCIDENT = frozenset({"crime", "accident", "attack", "blast", "bomb", "bombing", "murder", "shooting",
                               "explosion", "crash", "fire", "incident"})
FICTION_NOUNS = frozenset({"film", "films", "movie", "movies", "novel", "novels", "thriller", "sitcom", "screenplay",
                           "documentary", "sequel", "blockbuster", "storyline", "fiction"})
# Works that tell real or made-up acts in a clause of their own (sense veto, events/sense.py told_by_work): "the
# documentary recounts how German troops invaded Poland", "her grandmother's diaries, which describe how soldiers
# shot a neighbour": the work tells the act, the article tells of the work (a report or a video, which tells
# what happened lately, is none of them)
TELLING_WORK_NOUNS = FICTION_NOUNS | frozenset({
    "documentaries", "diary", "diaries", "memoir", "memoirs", "biography", "biographies", "autobiography", "biopic",
    "book", "books", "play", "musical", "opera", "drama", "series", "episode", "novella", "saga", "epic",
})
# ... and the verbs they tell it by, which take the act as a clause ("recounts how", "describes how", "tells how",
# "shows how", "depicts soldiers shooting"); lemmas
TELLING_VERBS = frozenset({"recount", "describe", "tell", "show", "depict", "portray", "chronicle", "document",
                           "relate", "narrate", "recall", "recreate", "dramatise", "dramatize", "explore", "follow",
                           "retell", "imagine", "reveal", "detail", "trace"})
# Nouns of a work of art or fiction (sense veto, events/sense.py): a violent verb whose clause such a noun
# heads or frames tells a plot or names a title ("In the film, soldiers kill a farmer", "the novel in which
# a boy is murdered", "his song about shooting the sheriff"), not an act of the people named
# (not "video" or "documentary", which show real acts: "a video showed soldiers shooting protesters")
WORK_NOUNS = FICTION_NOUNS - {"documentary"} | frozenset({
    "song", "songs", "album", "albums", "lyrics", "book", "books", "play", "plays", "musical", "opera", "drama",
    "dramas", "episode", "episodes", "trilogy", "single", "sitcoms",
})
# ... and a game a maker sells, not a match played: "the video game in which players shoot police officers"
GAME_NOUNS = frozenset({"game", "games"})
GAME_KINDS = frozenset({"video", "computer", "online", "console", "arcade", "pc", "mobile"})
# ... and, in a piece about sport, business, technology or entertainment, anywhere in the sentence, with the
# words of shows, games and charts ("a war film in which soldiers kill", "his single stormed the charts")
WORK_WORDS = WORK_NOUNS | frozenset({
    "lyric", "track", "story", "plot", "character", "characters", "scene", "scenes", "script", "series", "show",
    "shows", "comedy", "game", "games", "chart", "charts", "video", "videos", "documentary", "documentaries",
})
# Words of a piece about the arts, sport, business or technology (sense veto, events/sense.py): an article with
# GENRE_MIN of them among its first words is such a piece whatever the article model reads (the works and the
# match words above, and those of charts, markets and gadgets); a conflict or political report has few
GENRE_WORDS = WORK_NOUNS | frozenset({
    "striker", "midfielder", "defender", "goalkeeper", "half-time", "crossbar", "equaliser", "innings", "wicket",
    "hat-trick", "league", "tournament", "stadium", "footballer", "winger", "actor", "actress", "singer", "band",
    "oscar", "oscars", "award", "awards", "festival", "chart", "charts", "shares", "profits", "investors",
    "earnings", "analysts", "quarterly", "revenue", "revenues", "software", "users", "broadband", "gadget",
    "gadgets",
    # the arts and shows: stars, screens, stages and charts
    "music", "star", "stars", "starring", "tv", "debut", "comedy", "hollywood", "rock", "pop", "rapper", "nominated",
    "nominations", "fans", "concert", "gig", "celebrity", "premiere", "soundtrack",
    # firms and markets
    "profit", "stock", "sales", "securities", "shareholders", "turnover", "retailer", "economists",
    # computers, phones and the net
    "technology", "digital", "online", "computer", "computers", "mobile", "web", "pc", "pcs", "device", "devices",
    "phones", "gaming", "consumers", "download", "wireless",
})
GENRE_MIN = 4
# Words of a match report: "shot" in a text with two of these is a shot at goal, not at a person
SPORT_WORDS = frozenset({"striker", "midfielder", "defender", "goalkeeper", "half-time", "crossbar", "equaliser",
                         "equalizer", "innings", "wicket", "hat-trick", "scored", "scoring", "league", "tournament",
                         "stadium", "goal", "goals", "match", "matches", "footballer", "unbeaten", "winger",
                         "wickets", "batsman", "batsmen", "bowler", "bowlers", "batting"})
# Titles a place's name opens ("Manitoba Premier Brian Pallister", "EU Transport Commissioner", "Ohio Governor"):
# the place names whose official it is (places: a "+modifier" record, not part of a person's name)
PLACE_TITLES = frozenset({"Premier", "Governor", "Gov.", "Mayor", "President", "Minister", "Senator", "Sen.",
                          "Commissioner", "Secretary", "Ambassador", "Representative", "Rep.", "Attorney",
                          "Chancellor", "Prime", "Foreign", "Sheriff", "Congressman", "Congresswoman", "MP", "MLA",
                          "MEP", "Councillor", "Councilman", "Councilwoman", "Lieutenant", "Lt.", "Treasurer",
                          "Comptroller", "Auditor", "Assemblyman", "Assemblywoman", "Delegate"})
# Words of a piece about a team sport: in an article with two of them, a town's name written like a club's
# (TEAM_NOUNS, TEAM_JOINS, a score) is the club in every mention, no place (places.team_names)
CLUB_SPORT_WORDS = SPORT_WORDS | frozenset({"premiership", "cup", "fixture", "fixtures", "referee", "penalty",
                                            "kick-off", "squad", "boss", "fans", "derby", "relegation", "promoted",
                                            "semi-final", "quarter-final", "playoff", "play-off", "playoffs"})
# Era markers after a year or a century ("the 8th century BC", "500 B.C."): no part of a name the model reads on
# (entities), and "B.C." there is no British Columbia (places)
ERA_MARKERS = frozenset({"BC", "AD", "BCE", "CE", "B.C.", "A.D."})
# Words after a place's name that make it a commodity's ("Brent crude", "Urals crude": oil benchmarks named after
# a field or a region), no mention of the place (places.rejection)
COMMODITY_AFTER_NAME = frozenset({"crude"})
# Words after a town's name that make it a club's ("Chelsea boss", "Liverpool's striker", "Bolton fans"; "Chelsea
# have yet to confirm": a club takes a plural verb in British English, a town a singular one)
TEAM_NOUNS = frozenset({"manager", "boss", "striker", "midfielder", "defender", "goalkeeper", "keeper", "winger",
                        "forward", "captain", "skipper", "coach", "chairman", "fans", "supporters", "side", "team",
                        "squad", "player", "players", "academy", "youngster", "debut", "full-back", "centre-back",
                        "centre-half", "midfield", "reserves", "captaincy", "playmaker", "loanee", "trainee", "have",
                        "are", "were"})
# Words between two teams or before one ("Chelsea v Liverpool", "beat Bolton", "against Fulham", "leaders Barcelona")
TEAM_JOINS = frozenset({"v", "v.", "vs", "vs.", "versus", "against", "beat", "beating", "defeated", "thrashed",
                        "edged", "joined", "join", "joins", "drew", "face", "faces", "facing", "faced", "play", "plays",
                        "played", "playing", "rivals", "leaders", "champions", "holders"})
# What a shot at goal ends in: "shot Liverpool into the lead", "shot wide", "shot the Czechs to victory"
SHOT_RESULTS = frozenset({"lead", "victory", "win", "ahead", "level", "wide", "clear", "top", "title", "glory", "final",
                          "semi-final", "over", "home", "net", "bar", "post", "goal", "corner", "draw"})

# Violent verbs that also tell a rise when used without an object (sense veto, events/sense.py): "shot to
# fame", "stormed to a 6-4 6-3 win", "Dell shot up 8 percent"; with an object they keep their sense
# ("stormed the school", "gunmen shot up a village"). What they rise to: SHOT_RESULTS and RISE_GOALS.
RISE_VERBS = frozenset({"shoot", "storm", "rocket", "blast", "surge"})
RISE_FORMS = frozenset(f.lower() for v in RISE_VERBS for f in verb_forms(v))
RISE_GOALS = frozenset({"fame", "prominence", "stardom", "number", "record", "high", "peak", "summit", "first",
                        "percent", "%", "point", "points", "cent", "cents"})
# Verbs of winning a contest that CAMEO's patterns read as violence ("England beat Fiji 26-21", "Kim defeated
# Hernych 7-5 6-3", "the motion was defeated 310-219"): beside a score they tell a match or a vote
CONTEST_VERBS = frozenset({"beat", "defeat", "rout", "oust", "thrash", "crush", "hammer", "trounce", "down",
                           "overpower", "overwhelm", "destroy", "demolish", "edge", "batter", "whip", "storm"})
CONTEST_FORMS = frozenset(f.lower() for v in CONTEST_VERBS for f in verb_forms(v))
# ... and what the winner of a contest gets: "beat Morrissey to the music award", "beat Roddick to win the
# title", "beat off competition from": the prize (with SHOT_RESULTS), the verb of winning it, the rivals
CONTEST_PRIZES = frozenset({"award", "prize", "crown", "trophy", "medal", "gold", "silver", "bronze", "cup",
                            "spot", "place", "nomination", "punch", "post", "line", "finish", "record", "deal",
                            "contract", "seat", "berth", "honour", "honor", "oscar", "number"})
CONTEST_GAINS = frozenset({"win", "reach", "claim", "clinch", "lift", "secure", "retain", "book", "earn", "collect",
                           "scoop", "land", "grab", "qualify", "advance", "progress", "top"})
CONTEST_RIVALS = frozenset({"competition", "challenge", "bid", "rival", "rivals", "contender", "contenders"})
# Verbs of an accusation, whose "of" clause is what the accuser says another did (sense veto, events/sense.py
# accused_of: "accusing ministers of destroying the NHS"); not "condemn" or "blame", which a real attack takes
# ("condemned Israel for bombing the school"); lemmas
ACCUSATION_VERBS = frozenset({"accuse"})
# ... and the occasion a verb of winning is done in: "the president's party was routed in the midterm elections",
# "crushed in the vote", "beaten in the final" (a vote or a match, not a battle); lemmas
CONTEST_OCCASIONS = frozenset({"election", "elections", "poll", "polls", "vote", "ballot", "primary", "primaries",
                               "referendum", "race", "runoff", "run-off", "by-election", "caucus", "caucuses",
                               "match", "game", "final", "semi-final", "quarter-final", "tournament", "championship",
                               "league", "derby", "play-off", "playoff", "contest", "competition"})
# Nouns of what a camera shoots (sense veto): "the film was shot in Morocco", "shooting of the series"
FILMED_NOUNS = FICTION_NOUNS | frozenset({"scene", "scenes", "series", "episode", "episodes", "video", "footage",
                                          "pilot", "production", "advert", "commercial", "show"})

# Verbs whose subject undergoes an attack rather than makes it (events: the doers told in a sentence beside an
# attack): "a Hamas leader survived the assassination attempt", "the convoy withstood the ambush"
UNDERGOING_VERBS = frozenset({"survive", "suffer", "sustain", "endure", "withstand"})
# Verbs of getting away from something: what one flees is another's act ("civilians have fled fighting", the
# parser reading "fighting" as the civilians' own verb); the event coder reads such a gerund as a noun. Every form:
# the lemmatizer leaves "fled" as it is
ESCAPE_VERBS = frozenset({"flee", "flees", "fled", "fleeing", "escape", "escapes", "escaped", "escaping", "evade",
                          "evades", "evaded", "evading", "dodge", "dodges", "dodged", "dodging"})

# A weapon fired or launched as a trial, not at anyone (sense veto): "test" right before the verb ("test-fired
# a missile", "test fired Akash"), on its object ("fired test missiles"), or the exercise the verb's phrase
# names ("fired live rounds during military exercises", "launched in a drill")
WEAPON_TRIALS = frozenset({"test", "tests", "trial", "trials", "drill", "drills", "exercise", "exercises",
                           "manoeuvres", "maneuvers", "games", "wargames"})

# Physical-harm evidence (sense veto, events/sense.py): words that put an attack in a frame of
# bodily harm — weapons, armed forces, wounds and the dead. A violent verb in a political article
# ("attacked the plans", "defeat the government") needs one of these, a casualty figure or an armed
# actor in its sentence to count as someone hurt or attacked physically. Lemmas, lower case; not
# "war" or "battle", which politics uses as freely as conflict news.
PHYSICAL_HARM_WORDS = frozenset({
    "bomb", "bombing", "bomber", "missile", "rocket", "shell", "shelling", "artillery", "mortar", "grenade",
    "explosive", "gun", "gunman", "gunmen", "gunfire", "gunshot", "rifle", "pistol", "knife", "machete",
    "airstrike", "warplane", "helicopter", "drone", "weapon", "ammunition", "bullet",
    "troop", "soldier", "army", "militant", "militia", "insurgent", "rebel", "guerrilla", "fighter",
    "terrorist", "jihadist", "sniper", "wound", "wounded", "injure", "injured", "injury", "casualty", "dead",
    "corpse", "blood", "hostage", "civilian", "murder", "massacre", "stab", "shoot", "torture", "rape",
    "ambush", "blast", "explosion", "riot", "kidnapper", "hijacker", "bodyguard", "warship", "ceasefire",
    "truce", "siege", "blockade", "curfew",
})
# Adjectives that make an attack a verbal one ("launched a scathing attack on the prince", "a personal
# attack on the minister"): criticism, never an assault (sense veto, events/sense.py)
# Verbs of moving on a place ("march on the capital", "advance on", "push into", "cross into"): an attack
# only when armed forces move; farmers, students or voters marching on a capital march (sense veto)
ADVANCE_VERBS = frozenset({"march", "advance", "push", "cross", "move", "converge"})
ADVANCE_FORMS = frozenset(f.lower() for v in ADVANCE_VERBS for f in verb_forms(v))
# Verbs of closing in on a place ("besieged parliament", "surrounded the police station"): an attack (190) or a
# blockade (191) when armed forces close in; a crowd that bears no arms obstructs in protest (CAMEO 144)
SIEGE_VERBS = frozenset({"besiege", "surround", "encircle", "blockade", "barricade"})
VERBAL_ATTACK_WORDS = frozenset({
    "scathing", "blistering", "withering", "stinging", "verbal", "vitriolic", "rhetorical", "thinly-veiled",
    "scornful", "excoriating", "bitter", "personal", "outspoken", "furious", "angry",
})
# Those whose attacks are words ("attacked by critics", "reviewers attacked the film"): criticism, never an
# assault (sense veto, events/sense.py)
CRITIC_NOUNS = frozenset({"critic", "critics", "reviewer", "reviewers", "commentator", "commentators", "columnist",
                          "columnists", "pundit", "pundits", "blogger", "bloggers", "press", "tabloid", "tabloids"})
# What a violent verb can act on only figuratively (sense veto, events/sense.py): things said, decided or
# planned, offices held, sums and quantities. "Attacked the decision", "took over the chairmanship",
# "wiped out the surplus", "fight the proposals" hurt nobody; a verb whose object is one of these (or an
# ideology, a noun in -ism: "defeat fanaticism") is no assault. Lemmas, lower case; no noun that also names
# a body of people or a place ("government", "settlement", "position", "campaign").
PROPOSITION_NOUNS = frozenset({
    "decision", "ruling", "verdict", "judgment", "judgement", "plan", "proposal", "policy", "bill", "law",
    "legislation", "budget", "measure", "reform", "scheme", "idea", "claim", "remark", "comment", "statement",
    "speech", "record", "report", "strategy", "approach", "stance", "handling", "move", "manifesto", "programme",
    "program", "initiative", "agenda", "argument", "view", "criticism", "tax", "regulation", "rule",
    "deal", "motion", "amendment", "vote", "result", "election", "chairmanship", "presidency", "leadership",
    "management", "helm", "role", "job", "portfolio", "contract", "bid", "takeover", "merger", "price",
    "deficit", "surplus", "profit", "debt", "rate", "cost", "spending", "lead", "advantage", "deadline",
    # legal steps and the ills a campaign fights: "fight extradition", "fight the charges", "fight piracy"
    "extradition", "deportation", "charge", "lawsuit", "appeal", "conviction", "ban", "fine", "competition",
    "inflation", "recession", "piracy", "spam", "fraud", "corruption", "poverty", "obesity",
    # what hits, targets or attacks only figuratively as the doer ("an e-mail scam targets police chiefs",
    # "the tax hits pensioners"): messages, software and offers
    "scam", "e-mail", "email", "phishing", "worm", "trojan", "spyware", "software", "advert", "advertisement",
    "offer",
    # what a piece "captures" or "seizes" only in the mind or the market ("captured the students' interest",
    # "captured the country's mood", "seized market share"; not "market", a place bombs hit)
    "interest", "imagination", "attention", "mood", "spirit", "essence", "share",
    # what an economy or a career has and policies or practices "destroy", "wreck" or "damage" only figuratively
    # ("would destroy jobs and wreck the recovery", "China's trade practices have destroyed American jobs")
    "recovery", "growth", "economy", "confidence", "reputation", "career", "chance", "prospect", "hope", "morale",
    "practice",
})
# Verbs of protest whose object or clause makes them verbs of showing or gathering (sense veto, events/sense.py):
# "the loan demonstrates the EU's commitment", "demonstrated that the system works", "rallied support" are no
# protest, "thousands demonstrated in the capital" and "rallied outside parliament" are; lemmas
SHOWING_VERBS = frozenset({"demonstrate", "rally"})
# Violent verbs whose particle makes an idiom of starting or of criticism (sense veto, events/sense.py): "the
# chancellor kicked off the game", "struck up a friendship", "hit out at his critics", "lashed out at the
# press" hurt nobody; verb lemma -> particles
IDIOM_PARTICLES = {"kick": frozenset({"off"}), "strike": frozenset({"up"}), "hit": frozenset({"out"}),
                   "lash": frozenset({"out"})}
# Verbs whose particle makes an assault on a body of what may be a contest or a metaphor (sense veto,
# events/sense.py assault_told): "a mob beat up two vigilantes", "soldiers roughed up the reporter", "was gunned
# down", "mowed down the protesters"; "beat Haiti", "gunned the engine" are none; verb lemma -> particles
ASSAULT_PARTICLES = {"beat": frozenset({"up"}), "rough": frozenset({"up"}), "gun": frozenset({"down"}),
                     "mow": frozenset({"down"})}
# Who downs tools: a "strike" carried out or called by workers or their unions is a stoppage of work
# (CAMEO 143), not an air strike (sense veto, events/sense.py); lemmas, lower case
LABOUR_WORDS = frozenset({
    "union", "worker", "workforce", "staff", "employee", "driver", "teacher", "nurse", "miner", "docker",
    "postman", "firefighter", "unionist", "tuc", "walkout", "picket", "pay",
})
# Land a force can hold (sense veto, events/sense.py): an occupation (CAMEO 192: "occupies northern Cyprus",
# "took control of the town") holds a territory, a place or a building; with no physical-harm evidence in its
# sentence, one whose every object is another common noun ("cannot control their nuclear material", "controls
# the printing presses", "took control of the company") holds nothing a force occupies. Lemmas, lower case.
TERRITORY_NOUNS = frozenset({
    "territory", "land", "region", "area", "zone", "province", "district", "state", "country", "capital", "city",
    "town", "village", "suburb", "neighbourhood", "neighborhood", "quarter", "street", "square", "border",
    "frontier", "coast", "island", "peninsula", "strip", "bank", "valley", "hill", "mountain", "ridge", "pass",
    "road", "highway", "bridge", "crossing", "airport", "airfield", "airbase", "port", "harbour", "harbor", "base",
    "camp", "position", "outpost", "garrison", "barracks", "checkpoint", "post", "building", "compound",
    "embassy", "parliament", "palace", "headquarters", "ministry", "station", "hospital", "school", "prison",
    "mosque", "church", "temple", "oilfield", "field", "refinery", "dam", "mine", "plant", "facility", "ship",
    "vessel", "tanker", "north", "south", "east", "west", "part", "half", "side", "stronghold", "enclave",
    "settlement", "colony", "height", "heights", "forest", "desert", "river", "lake", "sea", "waters",
})
# Words that set an act of force among what might happen, not what did (sense veto, events/sense.py): "makes
# these countries vulnerable to terrorist attacks", "the risk of attack", "fear of reprisals", "possible strikes"
UNREALISED_WORDS = frozenset({
    "vulnerable", "susceptible", "exposed", "prone", "risk", "danger", "threat", "fear", "spectre", "specter",
    "prospect", "possibility", "likelihood", "possible", "potential",
})
# Restrictions, and the verbs that end them (sense veto, events/sense.py): "ended the trade embargo on Libya",
# "lifted sanctions", "eased the blockade" yield (CAMEO 08); they are not the sanction, embargo or blockade
RESTRICTION_NOUNS = frozenset({
    "sanction", "sanctions", "embargo", "ban", "blockade", "restriction", "restrictions", "curfew", "boycott",
    "freeze", "moratorium", "siege", "quota", "tariff",
})
ENDING_VERBS = frozenset({
    "lift", "end", "ease", "remove", "scrap", "drop", "relax", "revoke", "repeal", "rescind", "cancel",
    "terminate", "loosen", "waive", "abolish", "overturn", "dismantle",
})
# Participles of a state of mind ("it was deeply alarmed by the reports"): a verb joined to one does not share
# its passive ("... and called for an investigation" is the speaker's own act)
FEELING_PARTICIPLES = frozenset({
    "alarm", "shock", "concern", "dismay", "sadden", "disappoint", "worry", "surprise", "appal", "appall",
    "outrage", "horrify", "trouble", "disturb", "delight", "please", "satisfy", "frustrate", "anger", "upset",
    "distress", "stun", "encourage", "relieve", "grieve",
})
FEELING_FORMS = frozenset(f.lower() for v in FEELING_PARTICIPLES for f in verb_forms(v))
# Violent verbs with no common figurative sense: the coded verb itself is physical-harm evidence
# ("was kidnapped in Baghdad"), as "attack", "fight", "beat" or "blast" are not ("blasted the plans").
LITERAL_HARM_VERBS = frozenset({
    "kidnap", "abduct", "stab", "shoot", "torture", "rape", "murder", "massacre", "behead", "assassinate",
    "wound", "injure", "bomb", "ambush", "hijack", "lynch", "gun",
})
# the literal harm verbs that name an attacker's act ("stabbed", "was shot", "kidnapped"): not "injure" and "wound",
# which a fall, a crash or a match does as well (events/sense.py assault_told, events/sides.py person_side)
ASSAULT_VERBS = LITERAL_HARM_VERBS - {"injure", "wound"}
# Violent verbs whose victim is always a person or people, whatever noun names them ("the boxer was stabbed to
# death", "kidnapped the presenter"; events/arguments.py person_role): not "shoot", "kill", "hijack" or "bomb",
# which hit things as well ("shot a film", "killed the deal", "hijacked a ship")
PERSON_VICTIM_VERBS = frozenset({"stab", "murder", "assassinate", "behead", "lynch", "strangle", "kidnap", "abduct",
                                 "rape", "torture"})
# Verbs of violence that, done by a person to a person, can only be physical ("a gunman killed three employees",
# "was assaulted by two men"), as "attack" (criticism) and "beat" (a match) are not (events/sense.py plain_assault)
PERSON_HARM_VERBS = frozenset({"kill", "slay", "assault"})
# their inflected forms, lower case: the lemmatizer leaves some cut short ("tortur", "injur")
LITERAL_HARM_FORMS = frozenset(f.lower() for v in LITERAL_HARM_VERBS for f in verb_forms(v))

# Natural hazards, accidents and disease (sense veto, events/sense.py): a violent verb whose agent is one
# of these ("an earthquake killed 24", "killed in a bus crash", "the tsunami which struck") tells of a
# disaster, which CAMEO and PLOVER code as no event: nobody attacked anyone. Not "fire", "blast" or
# "explosion", which bombs and guns share.
HAZARD_WORDS = frozenset({
    "earthquake", "quake", "aftershock", "tremor", "tsunami", "tidal", "flood", "flooding", "floodwater",
    "storm", "hurricane", "typhoon", "cyclone", "tornado", "twister", "monsoon", "downpour", "rainstorm", "rain",
    "rainfall", "snowfall",
    "blizzard", "snowstorm", "avalanche", "landslide", "landslip", "mudslide", "eruption", "volcano", "lava",
    "drought", "heatwave", "wildfire", "bushfire", "blaze", "lightning", "crash", "collision", "derailment",
    "accident", "collapse", "shipwreck", "epidemic", "outbreak", "disease", "virus", "cholera", "famine",
})
# verbs of an accident: the clause a violent participle hangs on ("a plane crashed, killing 54")
HAZARD_VERBS = frozenset({"crash", "collapse", "capsize", "derail", "sink", "erupt"})
# An explosion, a blast or a fire is an accident when its phrase names an industrial or domestic cause or
# site ("a gas explosion at a coal mine", "a boiler blast", "a fire at a fireworks warehouse") and no
# weapon or attack ("a bomb explosion at a market" stays an attack). Lower case; the causes are matched as
# written ("a mine planted by" is no "plant"), the blasts and attack words as written or by lemma.
BLAST_WORDS = frozenset({"explosion", "blast", "fire", "leak"})
ACCIDENT_CAUSES = frozenset({
    "gas", "methane", "boiler", "chemical", "chemicals", "fireworks", "firework", "firecracker", "firecrackers",
    "coal", "colliery", "mining", "pit", "pipeline", "refinery", "reactor", "furnace", "factory", "plant",
    "warehouse", "depot", "tanker", "cylinder", "industrial", "accidental", "electrical", "kitchen",
})
# What strikes a place without naming who fired it, beside the verb dictionary's &WEAPONS (lemmas, lower
# case): the subject of "mortar shells hit a market", "an explosion hit a market", "the barrage killed five"
# (events/sides.py weapon_subject); the sense veto keeps the accidental blasts out (ACCIDENT_CAUSES)
STRIKING_THINGS = frozenset({"shell", "shelling", "explosion", "blast", "airstrike", "air-strike", "shrapnel",
                             "gunfire", "barrage", "salvo", "projectile", "warhead", "bombing", "car-bomb", "ied"})
# Attack nouns whose weapon is a modifier: "a drone strike", "an air strike", "tank fire", "a rocket attack"
ARMED_STRIKE_NOUNS = frozenset({"strike", "attack", "fire", "raid", "bombardment"})
# acts of armed force named as nouns, whose modifier may name who did them ("a rebel attack", "insurgent ambushes")
ARMED_ACT_NOUNS = ARMED_STRIKE_NOUNS | frozenset({"ambush", "assault", "offensive", "bombing", "shelling", "airstrike"})
# what a subject "comes under" when it is what an armed attack hit ("the convoy came under fire", "came under a
# grenade attack", "came under heavy shelling"; events/arguments.py under_attack)
UNDER_ATTACK_NOUNS = ARMED_ACT_NOUNS | frozenset({"gunfire", "barrage"})
# Nouns of violence that tell an event of their own when a phrase after one of their prepositions names whom it was
# aimed at (events/nominal.py): "an attack on the embassy", "the assassination of a Hamas leader"; their CAMEO code
# as the verbs of the same act are coded (attack 190, bomb 183, shell 194, air strike 195, assassinate 186, abduct
# 181, massacre 202)
_AIMED_AT = frozenset({"on", "against"})
NOMINAL_VIOLENCE = {
    "attack": ("190", _AIMED_AT), "assault": ("190", _AIMED_AT), "raid": ("190", _AIMED_AT),
    "ambush": ("190", _AIMED_AT), "offensive": ("190", _AIMED_AT), "bombing": ("183", _AIMED_AT | {"of"}),
    "shelling": ("194", _AIMED_AT | {"of"}), "airstrike": ("195", _AIMED_AT),
    "bombardment": ("195", _AIMED_AT | {"of"}), "assassination": ("186", frozenset({"of"})),
    "killing": ("190", frozenset({"of"})), "murder": ("190", frozenset({"of"})), "massacre": ("202", frozenset({"of"})),
    "kidnapping": ("181", frozenset({"of"})), "abduction": ("181", frozenset({"of"})),
}
ATTACK_WORDS = frozenset({
    "bomb", "bombing", "bomber", "explosive", "device", "grenade", "shell", "rocket", "mortar", "missile",
    "suicide", "attack", "attacker", "militant", "insurgent", "terrorist", "ied", "landmine", "car-bomb",
})

# Titles and honorifics before a person's name: no part of the name (Universal NER, CoNLL and OntoNotes
# leave them out), and the sign that the name is a person's ("Ms Pugh", "Emperor Meiji", "Lord North").
# fp_entities starts a named entity after them. HONORIFICS (nlp/words.py) make any entity they open a person's;
# the other titles are stripped from PER entities only ("General Motors", "Prince Edward Island" are no persons).
NAME_TITLES = HONORIFICS | frozenset({
    "Prof.", "Professor", "King", "Queen", "Emperor", "Empress", "Pope", "Prince", "Princess", "Sheikh", "Imam", "Ayatollah", "Mullah",
    "Archbishop", "Bishop", "Cardinal", "Reverend", "Rev.", "President", "Chancellor", "Senator", "Sen.", "Rep.",
    "Gov.", "Governor", "Chief", "Justice", "General", "Gen.", "Col.", "Lt.", "Maj.", "Capt.", "Sgt.", "Adm.", "Brig.", "Judge"})
# Titles of nobility and offices named by their seat, "Duke of Cumberland", "Archbishop of Canterbury": an
# entity so opening names a person by a title, no organisation (extract/entities.py)
TITLES_OF_A_SEAT = NAME_TITLES | frozenset({
    "Duke", "Duchess", "Earl", "Count", "Countess", "Baron", "Baroness", "Marquess", "Marquis", "Marchioness",
    "Viscount", "Viscountess", "Lord", "Lady", "Mayor", "Sultan", "Emir", "Patriarch", "Prior", "Abbot", "Dean"})
# Small words inside an organisation's name ("Save the Children", "Organization of Islamic Cooperation")
NAME_SMALL_WORDS = frozenset({"of", "the", "and", "for", "on", "in", "de", "del", "des", "du", "la", "le", "al",
                              "el", "da", "do", "dos", "van", "von", "der", "a", "an", "at", "to", "&"})
# Capitalised heads that make a place name before them part of another name, an agreement, treaty,
# meeting or prize, not a place ("Paris Agreement", "Kigali Amendment", "Minsk Protocol", "Geneva Conventions")
NAME_HEADS_AFTER_PLACE = frozenset({
    "Agreement", "Agreements", "Accord", "Accords", "Treaty", "Amendment", "Protocol", "Convention", "Conventions",
    "Declaration", "Charter", "Summit", "Conference", "Talks", "Process", "Format", "Crisis", "War", "Games",
    "Olympics", "Prize", "Award", "Awards", "Marathon", "Open", "Cup"})

# Devices someone sets off (lemmas): an act done with one and no doer named was done by someone of the place
# ("a roadside bombing near Samarra killed a soldier": attackers in Iraq; events/__init__.py scene_attackers).
# Not the arms a state's forces fire from afar (shells, rockets, missiles), whose side the place does not tell.
PLANTED_DEVICES = frozenset({"bomb", "bombing", "bomber", "car-bomb", "explosive", "ied", "grenade", "landmine",
                             "minefield", "suicide"})
# Those who did a violent act, named only as its doers (lemmas): "the attackers stormed the base" names no
# actor, so the events of the same incident may tell who they were (events/incidents.py)
ANONYMOUS_ATTACKERS = frozenset({"attacker", "assailant", "perpetrator", "raider", "culprit", "killer", "shooter",
                                 "abductor", "kidnapper", "hijacker", "bomber"})
# Verbs whose subject did the act their object noun names ("a former inmate who masterminded the abduction of two
# engineers", "militants carried out the kidnapping"): that subject is its doer, named even when no actor code is
# (events.scene_attackers gives such an act no doer of the scene's country). Lemmas.
DOER_VERBS = frozenset({"mastermind", "carry", "commit", "perpetrate", "plan", "plot", "organise", "organize",
                        "order", "stage", "conduct", "execute", "claim"})
# "agent" names a substance as often as a person: with one of these before it, it is the substance ("were poisoned
# by a nerve agent", "a chemical agent"), not a person who did or suffered anything (events/arguments.person_role)
SUBSTANCE_AGENT_MODIFIERS = frozenset({"nerve", "chemical", "biological", "toxic", "blister", "choking", "riot",
                                       "warfare", "cleaning", "orange", "contrast", "causative", "infectious"})
# Nouns for people as such (lemmas), which the actor tables keep only in some plurals: done to, they are
# civilians ("killed one person", "shot a man", "a bride was abducted"; events/sides.py group_role); a crowd and a
# mob too (the PLOVER agents dictionary's MOB ~CVL), whose violence is a person's ("a mob beat ...": arguments.py
# person_role)
PEOPLE_NOUNS = frozenset({"person", "man", "woman", "child", "boy", "girl", "teenager", "baby", "bride", "groom",
                          "crowd", "mob",
                          "civilian", "resident", "villager", "passenger", "bystander", "passer-by", "pedestrian",
                          "worshipper", "pilgrim", "farmer", "herder", "shepherd", "fisherman", "shopkeeper",
                          "trader", "driver", "family", "local", "inhabitant", "dweller", "worker", "labourer",
                          "laborer", "miner", "watchman", "vendor", "tourist", "commuter", "shopper", "traveller",
                          "traveler", "motorist"})
# People named by where they are from, after "the" and a town ("the Harrogate man", "the Nelson residents";
# places.py: a town abroad so named is a place, not the name of a show or firm)
FOLK_NOUNS = frozenset({"man", "men", "woman", "women", "boy", "boys", "girl", "girls", "teenager", "teenagers",
                        "resident", "residents", "native", "natives", "couple", "pensioner", "villagers"})
# Nouns that count what follows their "of" ("dozens of rockets", "a number of towns"; events: what is counted
# is what the phrase names)
QUANTITY_NOUNS = frozenset({"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "score", "scores",
                            "number", "handful", "couple", "group", "lot", "tens"})
# Quantifiers that take a part of what their of-phrase names ("some of the learners", "many of the protesters",
# "one of the guards"; events/sides.py partitive_whole): the people hurt are those the of-phrase names
PARTITIVE_WORDS = frozenset({"some", "many", "several", "most", "all", "few", "one", "each", "both", "any"})
# Verbs that leave their object in the state a participle after it tells ("leaving 20 soldiers injured": the act's
# doer hurt them; events/arguments.py)
RESULT_VERBS = frozenset({"leave"})
# Nouns of a count of the dead or hurt: a verb whose object is one tells of the count, not of an act ("raising the
# death toll to 22 Iraqis and one U.S. soldier" raises no troops; events/__init__.py)
TOLL_NOUNS = frozenset({"toll", "tally"})
# Nouns of a run of acts or shots, counting what follows "of" as a quantity noun does ("a series of car bombings",
# "a barrage of rockets": the bombings and rockets are what struck; events/arguments.py counted)
SERIES_NOUNS = frozenset({"series", "wave", "spate", "string", "barrage", "volley", "salvo", "hail", "round"})
# Words that stand for people counted or set apart without a noun of their own: hit by an attack, they are
# its victims ("killing 28 people and wounding 82", "kills one person and injures another", "firing on
# others", "killing dozens"; events/sides.py counted_victims)
COUNTED_VICTIM_WORDS = frozenset({"other", "others", "another", "dozens", "scores", "hundreds", "thousands"})
# Nouns of settled places and stretches of land (lemmas): attacked, shelled or taken, they stand for the country
# they lie in ("recaptured the town of X", "shelled two villages", "took parts of the city"; events/sides.py).
# Not a force's posts ("base", "checkpoint", "positions"), which stand for the force.
SETTLEMENT_NOUNS = frozenset({
    "town", "city", "village", "hamlet", "settlement", "district", "area", "region", "province", "locality",
    "neighbourhood", "neighborhood", "suburb", "outskirts", "county", "municipality", "governorate", "territory",
    "hilltop", "hill", "valley", "capital", "enclave", "township", "countryside", "oilfield",
})
# Verbs that move what they act on to someone or somewhere (lemmas): the act concerns where it goes, not the
# troops, experts or things moved ("sent troops to Liberia", "returned 12 skulls to Peru"; events/sides.py
# destination_target). Those that take it away name the place it leaves ("withdrew peacekeepers from Sinai").
MOVE_VERBS = frozenset({"send", "deploy", "dispatch", "redeploy", "return", "contribute", "deliver", "ship",
                        "transfer", "hand", "station", "airlift", "donate", "deployment", "delivery", "shipment"})
WITHDRAW_VERBS = frozenset({"withdraw", "pull", "recall", "withdrawal", "pullout"})
# Verbs that move people of the mover's own ("Russia deployed troops", "the United Nations has
# sent 21 personnel": Russia's troops, UN personnel; actors/context.py sender), not things or others' people
# ("returned 12 skulls", "handed over prisoners")
SENDING_VERBS = frozenset({"send", "deploy", "dispatch", "redeploy", "station", "airlift", "contribute", "withdraw",
                           "pull", "recall", "mobilize", "mobilise", "move"})
# Forces that serve abroad by their nature (agent phrases, kb/data/agents.tsv): peacekeepers in a country are not
# its forces, so the places and the story's country around them do not place them ("Peacekeepers fire on
# troops" in a Congo story; actors/context.py settle_countries)
FOREIGN_FORCES = frozenset({"peacekeepers", "peacekeeping force"})
# Verbs of agreeing and consulting (lemmas): coordinated subjects do it with each other ("Britain and Germany
# have agreed to share information", "X and Y signed an agreement on trade"), not with what they agree on;
# not offering, backing or visiting, which coordinated subjects do to a third party (events/sides.py)
AGREEING_VERBS = frozenset({"agree", "sign", "conclude", "reach", "negotiate", "consult", "cooperate", "share",
                            "ink", "initial", "join", "team", "partner", "ally", "merge", "settle"})
# Nouns for a body that troops join, which is not itself the party concerned: "contributed troops to the NATO-led
# force in Afghanistan" concerns Afghanistan (lemmas)
DEPLOYMENT_NOUNS = frozenset({"force", "mission", "operation", "contingent", "coalition", "deployment"})
# the part of a place or building by which a blow is told ("near the gate of the police station", "at the entrance
# to a school"): the whole is what was hit
PART_NOUNS = frozenset({"gate", "gates", "entrance", "entrances", "door", "doors", "wall", "walls", "perimeter",
                        "vicinity", "premises", "courtyard", "compound", "doorstep", "fence"})
# Nouns for the people who serve a body, whose side is the body's (lemmas): hit in an attack on a force's post or
# unit, they are that force's ("attacked a police station, killing three officers": the police; "an army checkpoint
# ..., killing two personnel": the army; events/sides.py staff_of)
STAFF_NOUNS = frozenset({"officer", "personnel", "member", "staff", "guard", "employee"})
# Buildings, posts and vehicles (lemmas): attacked with no owner named, they lie in the scene's country as a
# settlement does ("opened fire on a drugs rehabilitation center in the city", "overran several checkpoints";
# events/sides.py phrase_ref); an owner or force named before them wins ("a police checkpoint": COP)
FACILITY_NOUNS = frozenset({
    "checkpoint", "base", "post", "outpost", "camp", "position", "barracks", "convoy", "vehicle", "car", "truck",
    "bus", "building", "house", "home", "residence", "hospital", "clinic", "school", "university", "college",
    "center", "centre", "market", "marketplace", "mosque", "church", "temple", "shrine", "restaurant", "hotel",
    "office", "headquarters", "station", "compound", "bridge", "road", "highway", "airport", "port", "facility",
    "warehouse", "depot", "plant", "factory", "well", "farm", "shop", "store", "bakery", "prison", "jail",
    "street", "lane",
})
# Fighting between two sides, as a noun (lemmas): "killed in clashes with security forces" names the other side
# after "with", who did the killing (events/sides.py nominal_agent)
CLASH_NOUNS = frozenset({"clash", "fighting", "fight", "battle", "gunfight", "firefight", "skirmish", "exchange",
                         "confrontation", "encounter", "shootout", "gunbattle", "fire"})
# Verbs of fighting each other: "police and protesters clashed" is each side's act on the other when the
# verb names no one it was with (events/coder.py)
# (and the exchange of fire: "exchange" and "trade" are mutual only in a code of material conflict, as all these)
MUTUAL_FIGHT_VERBS = frozenset({"clash", "fight", "battle", "skirmish", "exchange", "trade"})
# Nouns of a fight between two sides (events): "clashes between police and protesters left three dead",
# "heavy fighting broke out between government forces and rebels"
FIGHT_NOUNS = frozenset({"clash", "clashes", "fighting", "fight", "battle", "skirmish", "gunfight", "firefight",
                         "gunbattle"})
# Nouns for a named site, a building or ground with a name, written in lower case after the name ("Kabul
# airport", "Abu Ghraib prison", "Zaporizhzhia nuclear plant", "the Pioneer cinema"; extract/places.py). They
# are the English names of the GeoNames feature codes of class S (spots, buildings) and of the facilities in
# class H/L/R/T that news names: AIRP airport, AIRB airbase, AIRF airfield, PRN prison, HSP hospital, CLIN
# clinic, UNIV university, SCH school, STDM stadium, ATHF arena, MSQE mosque, CH church, CTRL cathedral, TMPL
# temple, SYG synagogue, SHRN shrine, MSTY monastery, BDG bridge, DAM dam, SQR square, ST street, RD road, CMP
# camp, CMPRF refugee camp, INSM military base, BRKS barracks, PS power plant/station, PSN nuclear plant, PRT
# port, HBR harbour, OILR refinery, RSTN railway station, BUSTN bus station, MALL mall, HTL hotel,
# MUS museum, PAL palace, CSTL castle, EMB embassy, CTHSE courthouse, FRM farm, MN mine, FY ferry
# terminal, THTR theatre, CINE cinema, RECG racecourse, RSTP restaurant (GeoNames' "restaurant" RSTP is a stop;
# the restaurant comes from OpenStreetMap's amenity=restaurant), FUEL gas/petrol station, CPLX complex.
SITE_NOUNS = frozenset({
    "airport", "airbase", "airfield", "prison", "jail", "gaol", "hospital", "clinic", "infirmary", "university",
    "stadium", "arena", "mosque", "church", "cathedral", "temple", "synagogue", "shrine", "monastery", "bridge",
    "dam", "square", "camp", "base", "barracks", "plant", "station", "port", "harbour", "harbor", "refinery",
    "terminal", "mall", "hotel", "museum", "palace", "castle", "embassy", "consulate", "courthouse",
    "mine", "theatre", "theater", "cinema", "racecourse", "restaurant", "complex", "checkpoint", "crossing",
    "compound", "academy", "college",
})
# Words for a site that also name the body that runs it or meet it ("Harvard University said", "the Lviv
# university"): a site only where the text puts something at it (a locative cue before it).
# Not "market" (a financial market in business news: "the London market").
SITE_NOUNS_IF_LOCATIVE = frozenset({"university", "college", "academy", "hospital", "clinic", "museum", "hotel",
                                    "church", "station", "complex", "terminal", "compound", "base", "camp", "square",
                                    "mall", "arena", "theatre", "theater"})
# Words for a site only with a word like "refugee" or "military" before them: "the England camp" is a team's.
SITE_NOUNS_IF_MODIFIED = frozenset({"camp"})
# Words between a site's name and its noun ("Zaporizhzhia nuclear plant", "Kherson oil refinery", "Tanf
# military base", "Domodedovo international airport").
SITE_MODIFIERS = frozenset({"nuclear", "power", "military", "air", "naval", "navy", "army", "gas", "oil", "petrol",
                            "detention", "refugee", "train", "railway", "rail", "bus", "ferry", "border", "police",
                            "international", "central", "main", "maximum-security", "high-security", "hydroelectric",
                            "coal", "chemical", "steel", "thermal", "fuel", "grain", "sea", "river", "city"})

# Military units named after their state, after the name ("Georgia Cavalry", "Ohio Volunteers", "Third Missouri
# State Militia", "First Washington Territory Infantry", "California Volunteer Cavalry"; extract/places.py): the
# unit is no mention of the state, nor does it put the story there.
UNIT_WORDS = frozenset({"Infantry", "Cavalry", "Artillery", "Regiment", "Brigade", "Battalion", "Division",
                        "Volunteers", "Volunteer", "Vols", "Militia", "Guard", "Rifles", "Fusiliers", "Battery",
                        "Zouaves", "Dragoons", "Highlanders"})
# Capitalised heads of the name of a military command or unit that names it by the place after "of" ("Army of the
# Potomac", "Department of the Gulf", "Military Division of the Mississippi", "First Cavalry of Colorado",
# "Fifty-Fourth Regiment of Massachusetts Volunteers"), the plurals ("Armies of the United States") and the
# abbreviations of the war records ("Dept. of the Pacific", "Mil. Div. of the Mississippi", "First Cav. of
# Colorado"): the place names the command, and is no place mention (extract/places.py). Not "District": a
# district is an area ("the Southern District of New York" a court's, "District of Columbia" a whole name).
COMMAND_OF_HEADS = frozenset({"Army", "Armies", "Department", "Departments", "Dept", "Division", "Divisions", "Div",
                              "Corps", "Cav"}) | UNIT_WORDS - {"Guard"}

# words between "in" and the place it sets a body in: "a court in eastern Ukraine", "in the capital Kabul"
PLACE_LEAD_WORDS = frozenset({"the", "capital", "city", "town", "province", "region", "southern", "northern",
                              "eastern", "western", "central", "southeastern", "southwestern", "northeastern",
                              "northwestern"})

# What a source issues, not who it is: "according to a statement from the army" is the army's claim
ISSUED_NOUNS = frozenset({"statement", "report", "communique", "communiqué", "release", "bulletin", "tally",
                          "figures", "data", "letter", "post", "tweet", "message", "announcement", "briefing"})
# What a source finds and publishes from its own counting: "according to a survey by the bankers' association" is
# the association's claim (claims/attribution.py, with ISSUED_NOUNS)
FINDING_NOUNS = frozenset({"survey", "surveys", "study", "studies", "poll", "polls", "research", "analysis", "estimate",
                           "estimates", "statistics", "census", "audit", "review", "index", "findings", "reports"})

# Nouns of an incident a relative clause can tell the toll of: "the tragedy that killed 191 people", "the 2004
# tsunami, which killed 230,000" (with the casualty component's incident nouns)
RECALLED_INCIDENT_NOUNS = frozenset({"tragedy", "disaster", "massacre", "massacres", "tsunami", "quake", "hurricane",
                                     "typhoon", "cyclone", "atrocity", "atrocities", "siege", "hijacking", "hijackings",
                                     "genocide", "killings", "incident", "crackdown", "blaze", "derailment", "sinking",
                                     "bombing", "bombings", "attack", "attacks", "shooting", "shootings", "explosion",
                                     "blast", "crash", "fire", "riot", "riots", "stampede", "earthquake", "assault",
                                     "rampage", "ambush", "raid", "strike", "airstrike", "uprising", "war", "storm",
                                     "floods", "flooding", "violence", "clashes", "pogrom", "standoff", "hostage-taking",
                                     "mutiny", "coup", "insurgency", "offensive", "collapse", "landslide", "avalanche"})
# Illnesses: a death they cause or a sentence they are told in is natural, no casualty ("HIV is decimating African
# countries, killing the most productive adults", "Aids is killing millions", "died of cancer"); age and natural causes
# beside them, and a drug overdose ("A drug overdose killed former baseball star Ken Caminiti")
ILLNESS_WORDS = frozenset({"illness", "cancer", "disease", "diseases", "aids", "hiv", "malaria", "tuberculosis",
                           "cholera", "measles", "influenza", "flu", "polio", "ebola", "sars", "pneumonia", "leukaemia",
                           "leukemia", "dementia", "alzheimer", "diabetes", "epidemic", "pandemic", "tumour", "tumor",
                           "stroke", "heart", "infection", "infections", "aged", "age", "natural", "overdose",
                           "overdoses"})
# What "heart" must name to be an illness ("died of a heart attack", "heart failure"; not "in the heart of the camp")
HEART_TROUBLES = frozenset({"attack", "attacks", "failure", "disease", "diseases", "condition", "conditions", "problem",
                            "problems", "ailment", "ailments", "complaint", "trouble", "surgery", "defect", "arrest"})
# Words that frame an incident as one the article recalls, not the one it reports: "since the 2004 tsunami, which
# killed ...", "the anniversary of the bombing that killed ...", "victims of the Madrid bombings ... the tragedy
# that killed 191", "the worst since the attack in which 17 died", "charged in connection with the siege that left
# 360 dead"
# Conflicts that last for months or years: a toll counted "in the war" or in a relative clause of one ("the war,
# in which 100,000 civilians died") covers another period than the incident a report tells of
LONG_CONFLICT_NOUNS = frozenset({"conflict", "war", "insurgency", "uprising", "rebellion", "crisis"})
RECALL_FRAMES = frozenset({"since", "anniversary", "memorial", "commemoration", "commemorate", "remembrance",
                           "remember", "recall", "victim", "survivor", "family", "relative", "inquiry", "inquest",
                           "trial", "worst", "deadliest", "bloodiest", "biggest", "compensation", "aftermath", "memory",
                           "tribute", "legacy", "lesson", "reminiscent", "echo", "repeat", "repetition", "reminder",
                           "mastermind", "plotter", "perpetrator", "retaliation", "revenge", "charge", "indict", "acquit",
                           "convict", "suspect", "accuse", "connection"})
# The frames of a commemoration: a place or event they govern is remembered, so deaths told in a relative clause
# on it are of that past ("the anniversary of the liberation of Dachau, where my uncle was murdered", "the memorial
# at Lockerbie, where 270 people died")
COMMEMORATION_FRAMES = frozenset({"anniversary", "anniversaries", "memorial", "commemoration", "commemorations",
                                  "remembrance"})

# Nouns for whoever speaks for a body or holds an office ("a spokesman", "officials", "the minister"): a speaker
# phrase (claims/speakers.py), and no part of a person's name that the model ran on into (fp_entities)
TITLE_NOUNS = frozenset({
    "official", "officials", "spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokespersons",
    "spokesmen", "spokeswomen", "source", "sources", "diplomat", "diplomats", "officer", "officers", "commander",
    "commanders", "minister", "ministers", "aide", "aides", "adviser", "advisers", "advisor", "advisors",
    "representative", "representatives", "envoy", "envoys", "negotiator", "negotiators", "lawmaker", "lawmakers",
    "legislator", "legislators", "senator", "senators", "analyst", "analysts", "expert", "experts", "investigator",
    "investigators", "prosecutor", "prosecutors", "witness", "witnesses", "resident", "residents", "insider",
    "insiders", "observer", "observers", "monitor", "monitors", "activist", "activists", "general", "colonel",
    "ambassador", "governor", "mayor", "leader", "leaders", "chief", "head", "director", "secretary", "member",
    "members", "authorities", "authority", "king", "queen", "prince", "emir", "sheikh", "president", "premier",
    "chancellor", "pope", "cleric", "judge", "lieutenant", "major", "captain", "sergeant", "admiral", "marshal",
    "commissioner", "ombudsman", "vice-president", "chairman", "chairwoman", "chair", "founder", "deputy", "mediator",
    "rapporteur", "coordinator", "surgeon", "doctor", "medic", "medics", "worker", "workers", "journalist",
    "correspondent", "publicist", "agent",
})

# Heads of a victim phrase that are people (lemmas); recognised actors and named persons count too.
CASUALTY_PERSON_NOUNS = frozenset({
    "man", "woman", "child", "boy", "girl", "baby", "infant", "toddler", "teenager", "teen", "youth", "person",
    "people", "individual", "civilian", "resident", "villager", "soldier", "policeman", "policewoman", "officer",
    "commander", "chief", "leader", "official", "journalist", "reporter", "photographer", "hostage", "captive",
    "militant", "gunman", "fighter", "rebel", "insurgent", "guerrilla", "worker", "student", "pupil", "schoolgirl",
    "schoolboy", "learner", "farmer", "driver", "passenger", "pilgrim", "worshipper", "protester", "protestor", "demonstrator",
    "bystander", "passer-by", "passer", "guard", "bodyguard", "member", "marine", "trooper", "serviceman", "servicewoman",
    "peacekeeper", "diplomat", "envoy", "ambassador", "priest", "cleric", "imam", "monk", "nun", "doctor", "nurse",
    "medic", "paramedic", "teacher", "mother", "father", "son", "daughter", "brother", "sister", "wife", "husband",
    "relative", "pensioner", "suspect", "prisoner", "detainee", "inmate", "national", "citizen", "settler", "refugee",
    "migrant", "tourist", "engineer", "contractor", "employee", "miner", "sailor", "pilot", "crewman", "elder",
    "terrorist", "bomber", "attacker", "assailant", "spokesman", "spokeswoman", "minister", "mayor", "governor",
    "politician", "lawmaker", "activist", "lawyer", "judge", "colonel", "general", "captain", "sergeant", "lieutenant",
    "major", "agent", "informant", "trader", "shopkeeper", "vendor", "customer", "shopper", "fisherman", "herder",
    "shepherd", "preschooler", "kid", "adult", "girlfriend", "boyfriend", "neighbor", "neighbour", "friend",
    "customer", "victim", "casualty", "militiaman", "jihadist", "separatist", "mercenary", "combatant", "recruit",
    "guardsman", "policemen", "others", "other", "another", "one", "chairman", "president", "head", "deputy",
    "grandfather", "grandmother", "grandson", "granddaughter", "grandparent", "grandchild", "uncle", "aunt",
    "nephew", "niece", "cousin", "parent", "sibling", "fiancé", "fiancee", "widow", "orphan", "couple", "family",
    "prelate", "patriarch", "bishop", "coordinator", "worker", "staffer", "volunteer", "surgeon", "editor",
    "columnist", "director", "businessman", "businesswoman", "executive", "student", "pedestrian", "motorist",
    "cyclist", "rider", "hiker", "climber", "swimmer", "patient", "resident", "homeowner", "tenant", "landlord",
    "filmmaker", "film-maker", "artist", "writer", "poet", "singer", "musician", "actor", "actress", "novelist",
    "ranger", "sentry", "gendarme", "conscript", "cadet", "commando", "sniper", "troop", "paramilitary", "constable",
    "extremist", "jihadi", "warlord", "bandit", "kidnapper", "robber", "smuggler", "poacher", "worshiper",
    "churchgoer", "mourner", "spectator", "visitor", "guest", "labourer", "laborer", "porter", "clerk", "firefighter",
    "rescuer", "crew", "schoolchild", "abductee", "jawan", "personnel", "staff", "crewmember", "seafarer",
    # offices and posts of local news ("a town manager was gunned down", "a councillor was shot dead")
    "manager", "councillor", "councilor", "councilman", "councilwoman", "senator", "legislator", "mp", "aide",
    "adviser", "advisor", "secretary", "commissioner", "headman", "chieftain", "magistrate", "prosecutor",
    "investigator", "witness", "candidate", "registrar", "administrator", "superintendent", "inspector",
}) | (PEOPLE_NOUNS - {"crowd", "mob"})  # and people as such ("stabbed three commuters"), one of a crowd is no crowd

# Words after a number that make it a count of people ("20 civilians", "12 more", "of whom"; claims/figures.py)
COUNTED_PEOPLE_WORDS = frozenset({"people", "persons", "civilians", "children", "women", "men", "residents",
    "villagers", "inhabitants", "workers", "journalists", "students", "officers", "policemen", "police", "officials",
    "patients", "passengers", "pilgrims", "miners", "doctors", "nurses", "teenagers", "minors", "individuals",
    "citizens", "nationals", "settlers", "worshippers", "others", "employees", "staff", "family", "families", "aid",
    "volunteers", "guards", "crew", "prisoners", "detainees", "boys", "girls", "babies", "infants", "adults",
    "youths", "farmers", "fishermen", "activists", "supporters", "voters", "Palestinians", "Israelis", "Ukrainians",
    "Russians", "Afghans", "Syrians", "Iraqis", "Americans", "Yemenis", "Sudanese", "Rohingya", "more", "them",
    "whom", "which", "members"})

# Offices (kb/offices.office_key) that name one holder in a state at a time, with every "... minister" and
# "... secretary": a title of one before a known person who never held it names a namesake ("Defence Minister Pedro
# Sanchez" in a Colombian story; actors/compounds.py). "Leader", "chief", "spokesman" tell no two people apart.
NAMESAKE_OFFICES = frozenset({"president", "vice president", "governor", "mayor", "chancellor", "premier"})
